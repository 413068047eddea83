/**
 * @packageDocumentation
 * Durable file operations shared by packs and manifests: write all of a buffer list at a
 * position, fsync a directory, and replace a file atomically (tmp/ → fsync → rename → fsync dir).
 *
 * @example
 * ```ts
 * await writeFileAtomic({ tmpDir: join(root, 'tmp'), path: join(root, 'points', id + '.point'), data: [bytes, sum] })
 * ```
 */
import { randomBytes } from 'node:crypto'
import { open, rename, rm, type FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** Writes every byte of `buffers` at `position`, resuming after short writes. */
export async function writevFully (fh: FileHandle, buffers: Uint8Array[], position: number): Promise<void> {
  let total = 0
  for (const b of buffers) total += b.byteLength
  let { bytesWritten } = await fh.writev(buffers, position)
  while (bytesWritten < total) {
    // Rare (signals, quotas): drop what was written and go again from there.
    let skip = bytesWritten
    const rest: Uint8Array[] = []
    for (const b of buffers) {
      if (skip >= b.byteLength) { skip -= b.byteLength; continue }
      rest.push(skip > 0 ? b.subarray(skip) : b)
      skip = 0
    }
    const r = await fh.writev(rest, position + bytesWritten)
    if (r.bytesWritten === 0) throw new Error(`write made no progress at offset ${position + bytesWritten}`)
    bytesWritten += r.bytesWritten
  }
}

/** fsync a directory so that entries created or renamed in it survive a crash. */
export async function fsyncDir (path: string): Promise<void> {
  const fh = await open(path, 'r')
  try {
    await fh.sync()
  } finally {
    await fh.close()
  }
}

/**
 * Replaces `path` with `data` atomically: readers see the old file or the whole new one, never a
 * part, and after the promise resolves the new file survives a crash.
 */
export async function writeFileAtomic (init: { tmpDir: string, path: string, data: Uint8Array[] }): Promise<void> {
  const tmp = join(init.tmpDir, `${basename(init.path)}.${randomBytes(6).toString('hex')}.tmp`)
  const fh = await open(tmp, 'wx')
  try {
    await writevFully(fh, init.data, 0)
    await fh.sync()
  } catch (err) {
    await fh.close().catch(() => {})
    await rm(tmp, { force: true })
    throw err
  }
  await fh.close()
  try {
    await rename(tmp, init.path)
  } catch (err) {
    await rm(tmp, { force: true })
    throw err
  }
  await fsyncDir(dirname(init.path))
}
