/**
 * @packageDocumentation
 * Where a repository's packs are kept, as GC and rebuild see them: the folder's packs/ tree, or
 * a bucket (s3/bucket-packs.ts). Both list their packs with sizes and remove one; a bucket also
 * gives each pack's records from the table at its end, so a rebuild need not read packs whole.
 *
 * @example
 * ```ts
 * const packs = folderPacks(join(root, 'packs'), { beforeRemove })
 * for (const [id, size] of await packs.list()) …
 * await packs.remove(id)          // 'deleted', or 'locked' (a bucket's retention has not passed)
 * ```
 */
import { readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { isSystemError } from './errors.ts'
import { fsyncDir } from './files.ts'
import { isPackId, packPath } from './packs.ts'
import type { TableRecord } from './s3/pack-table.ts'

export interface PackStorage {
  /** 'folder': packs/ on the node; 's3': a bucket, the node holding only packs being written */
  readonly kind: 'folder' | 's3'
  /** every stored pack, by id, with its size in bytes */
  list: () => Promise<Map<string, number>>
  /** removes a pack for good; 'locked' when its retention forbids it yet (kept, asked again by the next GC) */
  remove: (id: string) => Promise<'deleted' | 'locked'>
  /** the pack's records from its table (a bucket), or why they cannot be read that way; absent: scan the file */
  records?: (id: string, size: number) => Promise<TableRecord[] | string>
  /** the local file of a pack, for a scan */
  path?: (id: string) => string
}

/** The packs/ tree of a repository folder. */
export function folderPacks (packsRoot: string, options: { beforeRemove?: (path: string, id: string) => Promise<void> } = {}): PackStorage {
  return {
    kind: 'folder',
    list: async () => await listPackFiles(packsRoot),
    path: (id) => packPath(packsRoot, id),
    remove: async (id) => {
      const path = packPath(packsRoot, id)
      await options.beforeRemove?.(path, id)
      await rm(path, { force: true })
      await fsyncDir(join(path, '..'))
      return 'deleted'
    }
  }
}

/** Pack id → file size, for every pack file under `packsRoot`, in id order. */
export async function listPackFiles (packsRoot: string): Promise<Map<string, number>> {
  const out = new Map<string, number>()
  for (const sub of (await readdir(packsRoot).catch(() => [] as string[])).sort()) {
    if (!/^[0-9a-f]{2}$/.test(sub)) continue
    for (const file of (await readdir(join(packsRoot, sub))).sort()) {
      const id = file.slice(0, -'.pack'.length)
      if (!file.endsWith('.pack') || !isPackId(id)) continue
      try {
        out.set(id, (await stat(join(packsRoot, sub, file))).size)
      } catch (err) {
        if (!isSystemError(err, 'ENOENT')) throw err
      }
    }
  }
  return out
}
