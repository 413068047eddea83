/**
 * @packageDocumentation
 * Health check of a restore point: reads every stored block of every disk, decompresses it,
 * checks its length and re-hashes it (a sealed block: its frame's checksum, without the key). Problems are collected in a report, never thrown; each
 * names the disk, the block and, when the block is stored but bad, its pack and offset.
 *
 * @example
 * ```ts
 * const report = await verifyPoint({ point, readBlock: d => repo.readBlock(d) })
 * if (!report.ok) console.log(report.problems.join('\n'))
 * ```
 */
import type { VerifyReport } from '../../proto/index.ts'
import { decompressBlock, type Compression } from './compression.ts'
import { blockDigest, DIGEST_LENGTH, isZeroDigest, type DigestAlgorithm } from './digest.ts'
import type { StoredPoint } from './manifests.ts'
import type { BlockLocation } from './packs.ts'
import { sealedBlockProblem } from './sealed-blocks.ts'

/** A VerifyReport with every field present. */
export interface VerifyResult extends VerifyReport {
  pointId: string
  ok: boolean
  /** Stored (non-zero) blocks checked, counting a block each time the point references it. */
  blocksChecked: number
  /** Raw (uncompressed) bytes of those blocks. */
  bytesChecked: number
  problems: string[]
}

export interface VerifyInit {
  point: StoredPoint
  /** the block as stored, and where it was read from (named in problems) */
  readBlock: (digest: Uint8Array) => Promise<{ data: Buffer, compression: Compression, rawLength: number, sealed?: boolean, location?: BlockLocation }>
  /** a stored block whose bytes are bad (they do not decompress, or hash to another digest) */
  onDamaged?: (digest: Buffer, why: string) => Promise<void> | void
  onProgress?: (blocksDone: number, blocksTotal: number) => void
  /** the repository's block digest (default SHA-256) */
  algorithm?: DigestAlgorithm
  /** Blocks read and hashed at once. */
  concurrency?: number
  /** Problems listed in full; the rest are counted. */
  maxProblems?: number
}

/** Checks every block of `point`; each distinct digest is read once. */
export async function verifyPoint (init: VerifyInit): Promise<VerifyResult> {
  const { point } = init
  const maxProblems = init.maxProblems ?? 100
  // kept with their place, to be listed in disk and block order (blocks finish in any order)
  const found: Array<{ order: number, text: string }> = []
  let moreProblems = 0
  const report = (order: number, p: string): void => {
    if (found.length < maxProblems) found.push({ order, text: p })
    else moreProblems++
  }

  const work: Array<{ disk: number, block: number, digest: Buffer, expected: number }> = []
  for (const [d, disk] of point.disks.entries()) {
    const blocks = disk.digests.length / DIGEST_LENGTH
    for (let i = 0; i < blocks; i++) {
      if (isZeroDigest(disk.digests, i * DIGEST_LENGTH)) continue
      work.push({
        disk: d,
        block: i,
        digest: disk.digests.subarray(i * DIGEST_LENGTH, (i + 1) * DIGEST_LENGTH),
        expected: Math.min(disk.blockSize, disk.size - i * disk.blockSize)
      })
    }
  }

  // digest hex → outcome: undefined when good, else why not, and the raw length found.
  const checked = new Map<string, Promise<{ problem?: string, rawLength: number }>>()
  const check = async (digest: Buffer): Promise<{ problem?: string, rawLength: number }> => {
    let b
    try {
      b = await init.readBlock(digest)
    } catch (err) {
      // the message names the pack and offset when the record is there but damaged
      return { problem: (err as Error).message, rawLength: 0 }
    }
    const where = b.location === undefined ? '' : `pack ${b.location.packId} offset ${b.location.offset}: `
    let why: string | undefined
    if (b.sealed === true) {
      why = sealedBlockProblem(b.data, b)
    } else {
      try {
        const raw = await decompressBlock(b.data, b.compression, b.rawLength)
        if (raw.length !== b.rawLength) why = `it decompresses to ${raw.length} bytes, not ${b.rawLength}`
        else if (!(await blockDigest(init.algorithm ?? 'sha256', raw)).equals(digest)) why = 'its bytes do not hash to its digest'
      } catch (err) {
        why = `it does not decompress (${(err as Error).message})`
      }
    }
    if (why === undefined) return { rawLength: b.rawLength }
    await init.onDamaged?.(digest, `${where}${why}`)
    return { problem: `${where}${why}; the next backup that has this block stores it again`, rawLength: b.rawLength }
  }

  let done = 0
  let bytes = 0
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < work.length) {
      const order = next++
      const w = work[order]!
      const key = w.digest.toString('hex')
      let outcome = checked.get(key)
      if (outcome === undefined) {
        outcome = check(w.digest)
        checked.set(key, outcome)
      }
      const { problem, rawLength } = await outcome
      const disk = point.disks[w.disk]!
      const where = `disk ${disk.index} (${disk.name || 'unnamed'}) block ${w.block} (${key.slice(0, 16)}…)`
      if (problem !== undefined) report(order, `${where}: ${problem}`)
      else if (rawLength !== w.expected) report(order, `${where}: holds ${rawLength} bytes, its place on the disk needs ${w.expected}`)
      else bytes += rawLength
      done++
      init.onProgress?.(done, work.length)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, init.concurrency ?? 8) }, worker))

  const problems = found.sort((a, b) => a.order - b.order).map(f => f.text)
  if (moreProblems > 0) problems.push(`… and ${moreProblems} more problems`)
  return { pointId: point.id, ok: problems.length === 0, blocksChecked: done, bytesChecked: bytes, problems }
}
