/**
 * @packageDocumentation
 * Health check of a restore point: reads every stored block of every disk, decompresses it,
 * checks its length and re-hashes it. Problems are collected in a report, never thrown.
 *
 * @example
 * ```ts
 * const report = await verifyPoint({ point, readBlock: d => repo.readBlock(d) })
 * if (!report.ok) console.log(report.problems.join('\n'))
 * ```
 */
import type { VerifyReport } from '../../proto/index.ts'
import { decompressBlock, type Compression } from './compression.ts'
import { DIGEST_LENGTH, isZeroDigest, sha256 } from './digest.ts'
import type { StoredPoint } from './manifests.ts'

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
  readBlock: (digest: Uint8Array) => Promise<{ data: Buffer, compression: Compression, rawLength: number }>
  onProgress?: (blocksDone: number, blocksTotal: number) => void
  /** Blocks read and hashed at once. */
  concurrency?: number
  /** Problems listed in full; the rest are counted. */
  maxProblems?: number
}

/** Checks every block of `point`; each distinct digest is read once. */
export async function verifyPoint (init: VerifyInit): Promise<VerifyResult> {
  const { point } = init
  const maxProblems = init.maxProblems ?? 100
  const problems: string[] = []
  let moreProblems = 0
  const report = (p: string): void => {
    if (problems.length < maxProblems) problems.push(p)
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
    try {
      const b = await init.readBlock(digest)
      let raw: Buffer
      try {
        raw = await decompressBlock(b.data, b.compression, b.rawLength)
      } catch (err) {
        return { problem: `does not decompress (${(err as Error).message})`, rawLength: b.rawLength }
      }
      if (raw.length !== b.rawLength) return { problem: `decompresses to ${raw.length} bytes, not ${b.rawLength}`, rawLength: b.rawLength }
      if (!(await sha256(raw)).equals(digest)) return { problem: 'its bytes do not hash to its digest', rawLength: b.rawLength }
      return { rawLength: b.rawLength }
    } catch (err) {
      return { problem: (err as Error).message, rawLength: 0 }
    }
  }

  let done = 0
  let bytes = 0
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < work.length) {
      const w = work[next++]!
      const key = w.digest.toString('hex')
      let outcome = checked.get(key)
      if (outcome === undefined) {
        outcome = check(w.digest)
        checked.set(key, outcome)
      }
      const { problem, rawLength } = await outcome
      const disk = point.disks[w.disk]!
      const where = `disk ${disk.index} (${disk.name || 'unnamed'}) block ${w.block} (${key.slice(0, 16)}…)`
      if (problem !== undefined) report(`${where}: ${problem}`)
      else if (rawLength !== w.expected) report(`${where}: holds ${rawLength} bytes, its place on the disk needs ${w.expected}`)
      else bytes += rawLength
      done++
      init.onProgress?.(done, work.length)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, init.concurrency ?? 8) }, worker))

  if (moreProblems > 0) problems.push(`… and ${moreProblems} more problems`)
  return { pointId: point.id, ok: problems.length === 0, blocksChecked: done, bytesChecked: bytes, problems }
}
