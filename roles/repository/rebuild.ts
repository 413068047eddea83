/**
 * @packageDocumentation
 * Rebuilds the block index from the pack files alone (lost or damaged index/): every pack is
 * scanned, each record's data is decompressed and re-hashed, and good records are indexed.
 *
 * @example
 * ```ts
 * const r = await rebuildIndex({ root, index })
 * console.log(`${r.indexed} blocks from ${r.packs} packs`, r.problems)
 * ```
 */
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { BlockIndex, IndexEntry } from './block-index.ts'
import { decompressBlock } from './compression.ts'
import { sha256 } from './digest.ts'
import { isPackId, scanPack } from './packs.ts'

export interface RebuildResult {
  packs: number
  /** Records found intact and indexed. */
  indexed: number
  /** What was skipped, and why (damaged records, torn pack tails). */
  problems: string[]
}

const BATCH = 4096

/** Indexes every intact record of every pack under `<root>/packs`; the index is cleared first. */
export async function rebuildIndex (init: { root: string, index: BlockIndex }): Promise<RebuildResult> {
  const packsDir = join(init.root, 'packs')
  const problems: string[] = []
  let packs = 0
  let indexed = 0
  await init.index.clear()
  for (const sub of (await readdir(packsDir)).sort()) {
    if (!/^[0-9a-f]{2}$/.test(sub)) continue
    for (const file of (await readdir(join(packsDir, sub))).sort()) {
      const packId = file.slice(0, -'.pack'.length)
      if (!file.endsWith('.pack') || !isPackId(packId)) continue
      packs++
      let batch: IndexEntry[] = []
      const scan = await scanPack(join(packsDir, sub, file), async ({ offset, header, data }) => {
        let ok = false
        try {
          const raw = await decompressBlock(data, header.compression, header.rawLength)
          ok = raw.length === header.rawLength && (await sha256(raw)).equals(header.digest)
        } catch {}
        if (!ok) {
          problems.push(`pack ${packId} offset ${offset}: block ${header.digest.toString('hex')} is damaged, skipped`)
          return
        }
        batch.push({
          digest: Buffer.from(header.digest),
          location: { packId, offset, length: header.length, rawLength: header.rawLength, compression: header.compression }
        })
        if (batch.length >= BATCH) {
          await init.index.putMany(batch)
          indexed += batch.length
          batch = []
        }
      })
      await init.index.putMany(batch)
      indexed += batch.length
      if (scan.problem !== undefined) problems.push(`pack ${packId}: ${scan.problem}; ${scan.size - scan.end} bytes after it ignored`)
    }
  }
  return { packs, indexed, problems }
}
