/**
 * Test helpers for the repository storage engine: temp folders, synthetic disk images, sending
 * an image through a DiskWriter the way the proxy does, and restoring it back from a point.
 */
import { createHash, randomBytes } from 'node:crypto'
import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { promisify } from 'node:util'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { PipeBlock, PipeHeader } from '../../../proto/index.ts'
import { compressBlock, decompressBlock, type Compression } from '../../../roles/repository/compression.ts'
import { blockDigestSync, DIGEST_LENGTH, isZeroDigest, type DigestAlgorithm } from '../../../roles/repository/digest.ts'
import type { DiskWriter, DiskWriterResult, Repository } from '../../../roles/repository/store.ts'

const run = promisify(execFile)

/** Temp folders made by a spec; `cleanup()` in afterEach removes them. */
export class TempDirs {
  private readonly dirs: string[] = []

  async make (): Promise<string> {
    const d = await mkdtemp(join(tmpdir(), 'meshbackup-repo-'))
    this.dirs.push(d)
    return d
  }

  async cleanup (): Promise<void> {
    await Promise.all(this.dirs.splice(0).map(async d => { await removeTree(d) }))
  }
}

/** rm -rf, clearing the immutable attribute of locked points' files first when they have it. */
export async function removeTree (dir: string): Promise<void> {
  try {
    await rm(dir, { recursive: true, force: true })
  } catch {
    // an immutable file fails the unlink (EPERM, then ENOTDIR as rm takes it for a folder)
    await run('chattr', ['-R', '-i', dir]).catch(() => {})
    await rm(dir, { recursive: true, force: true })
  }
}

export const BS = 64 * 1024

/**
 * A disk image of `size` bytes: compressible data blocks (a random half and a zero half), with
 * every block listed in `zeroBlocks` left all zero.
 */
export function makeImage (size: number, opts: { zeroBlocks?: number[], blockSize?: number } = {}): Buffer {
  const bs = opts.blockSize ?? BS
  const img = Buffer.alloc(size)
  const zero = new Set(opts.zeroBlocks ?? [])
  for (let i = 0; i * bs < size; i++) {
    if (zero.has(i)) continue
    const end = Math.min(size, i * bs + bs)
    randomBytes(Math.ceil((end - i * bs) / 2)).copy(img, i * bs)
  }
  return img
}

/** The block digest of a repository created now (format 3): BLAKE3. */
export function sha (b: Uint8Array): Buffer {
  return blockDigestSync('blake3', b)
}

/** The block digest of a format 2 repository: SHA-256. */
export function sha256 (b: Uint8Array): Buffer {
  return createHash('sha256').update(b).digest()
}

export function header (init: Partial<PipeHeader> & { size: number }): PipeHeader {
  return { taskId: 't1', sessionId: 's1', job: 'nightly', vm: 'web-1', disk: 0, diskName: 'vda', blockSize: BS, digestAlgorithms: ['sha256', 'blake3'], ...init }
}

/** The PipeBlock a proxy would send for block `index` of `img`. */
export async function pipeBlock (img: Buffer, index: number, compression: Compression = 'zstd', blockSize = BS, algorithm: DigestAlgorithm = 'blake3'): Promise<PipeBlock> {
  const raw = img.subarray(index * blockSize, Math.min(img.length, (index + 1) * blockSize))
  if (raw.every(b => b === 0)) return { index, zero: true }
  return { index, digest: blockDigestSync(algorithm, raw), rawLength: raw.length, compression, data: await compressBlock(Buffer.from(raw), compression) }
}

/**
 * Sends blocks of `img` (all, or `indices`) with up to `inFlight` putBlock calls pending, then
 * finishes. Zero blocks are sent as `zero` only when `sendZero` (a proxy never sends them).
 */
export async function sendImage (writer: DiskWriter, img: Buffer, opts: { indices?: number[], compression?: Compression, inFlight?: number, sendZero?: boolean, algorithm?: DigestAlgorithm } = {}): Promise<DiskWriterResult> {
  const indices = opts.indices ?? Array.from({ length: writer.blocks }, (_, i) => i)
  let next = 0
  const lane = async (): Promise<void> => {
    while (next < indices.length) {
      const block = await pipeBlock(img, indices[next++]!, opts.compression ?? 'zstd', writer.blockSize, opts.algorithm)
      if (block.zero === true && opts.sendZero !== true) continue
      await writer.putBlock(block)
    }
  }
  await Promise.all(Array.from({ length: opts.inFlight ?? 8 }, lane))
  return await writer.finish()
}

/** Rebuilds disk `disk` of a point from its digests and the stored blocks. */
export async function restoreImage (repo: Repository, pointId: string, disk = 0): Promise<Buffer> {
  const point = await repo.getPoint(pointId)
  const d = point.disks.find(x => x.index === disk)
  if (d === undefined) throw new Error(`point ${pointId} has no disk ${disk}`)
  const img = Buffer.alloc(d.size)
  for (let i = 0; i * d.blockSize < d.size; i++) {
    if (isZeroDigest(d.digests, i * DIGEST_LENGTH)) continue
    const digest = d.digests.subarray(i * DIGEST_LENGTH, (i + 1) * DIGEST_LENGTH)
    const stored = await repo.readBlock(digest)
    const raw = await decompressBlock(stored.data, stored.compression, stored.rawLength)
    if (!blockDigestSync(repo.digestAlgorithm, raw).equals(digest)) throw new Error(`block ${i} does not match its digest`)
    raw.copy(img, i * d.blockSize)
  }
  return img
}

/** Resolves `p` or rejects after `ms` (a test must not hang). */
export async function within<T> (p: Promise<T>, ms = 10_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  try {
    return await Promise.race([p, new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms) })])
  } finally {
    clearTimeout(timer)
  }
}
