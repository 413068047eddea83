/**
 * @packageDocumentation
 * The health check of many restore points in one pass (a verify job's run): every stored block
 * the points refer to is read once however many points share it, in pack and offset order so
 * that the packs are read front to back, and decompressed and re-hashed in the codec threads
 * (node/core/codec-pool.ts) into buffers reused block after block; a sealed block's frame is
 * checked by its checksum (no key here). A block that is not indexed,
 * whose record fails its checks or whose bytes do not hash to its digest is reported bad (the
 * caller marks it damaged); each point learns which of its blocks are bad and where they sit.
 *
 * Why one pass, not a loop over `verifyPoint`: synthetic fulls share almost every block, so a
 * repository of thirty daily points of one VM holds barely more than one point's data. Checking
 * point by point reads it thirty times; this reads it once.
 *
 * @example
 * ```ts
 * const result = await verifyPass({ points, index, reader, onBad: (d, why) => index.markDamaged(d, why) })
 * result.points.get(id)!.badDigests    // the point's blocks found bad
 * ```
 */
import { codecPool, packRoom, sharedBlock, type CodecPool } from '../../node/core/codec-pool.ts'
import type { BlockIndex } from './block-index.ts'
import { DIGEST_LENGTH, digestHex, isZeroDigest, type DigestAlgorithm } from './digest.ts'
import type { StoredPoint } from './manifests.ts'
import type { PackReader } from './pack-reader.ts'
import { readFollowingMoves } from './block-reads.ts'
import { RECORD_HEADER_LENGTH, type BlockLocation } from './packs.ts'
import { sealedBlockProblem } from './sealed-blocks.ts'

/** Index lookups at once. */
const LOOKUP = 8192

export interface VerifyPassProgress {
  /** distinct stored blocks checked, and to check */
  blocksDone: number
  blocksTotal: number
  /** raw bytes of those blocks */
  bytesDone: number
  bytesTotal: number
}

/** What the pass found in one point. */
export interface PointVerdict {
  /** distinct digests of the point whose stored copy is bad or missing */
  badDigests: Buffer[]
  /** problems, each naming the disk, block and (when stored) the pack offset, in disk and block order */
  problems: string[]
  /** stored blocks of the point, counting each reference */
  blocksReferenced: number
}

export interface VerifyPassResult {
  blocksChecked: number
  bytesChecked: number
  /** stored (compressed) bytes read from the packs */
  bytesRead: number
  durationMs: number
  /** hex digest → why its stored copy is bad */
  bad: Map<string, string>
  points: Map<string, PointVerdict>
}

export interface VerifyPassInit {
  points: StoredPoint[]
  index: BlockIndex
  reader: PackReader
  /** a bad block (missing, or its record or bytes fail their checks), before the pass ends */
  onBad?: (digest: Buffer, why: string) => Promise<void> | void
  onProgress?: (p: VerifyPassProgress) => void
  /** blocks read and checked at once (default 8: enough to keep two codec threads and the disk busy) */
  concurrency?: number
  codec?: CodecPool
  /** the repository's block digest (default SHA-256) */
  algorithm?: DigestAlgorithm
  signal?: AbortSignal
  /** problems listed per point; the rest are counted */
  maxProblems?: number
}

interface Block {
  digest: Buffer
  location?: BlockLocation
}

/** Checks every block the points refer to, each distinct one once. */
export async function verifyPass (init: VerifyPassInit): Promise<VerifyPassResult> {
  const started = performance.now()
  const codec = init.codec ?? codecPool()
  const blocks = new Map<string, Block>()
  for (const point of init.points) {
    for (const disk of point.disks) {
      for (let at = 0; at < disk.digests.length; at += DIGEST_LENGTH) {
        if (isZeroDigest(disk.digests, at)) continue
        const key = disk.digests.toString('latin1', at, at + DIGEST_LENGTH)
        if (!blocks.has(key)) blocks.set(key, { digest: Buffer.from(disk.digests.subarray(at, at + DIGEST_LENGTH)) })
      }
    }
  }
  const all = [...blocks.values()]
  for (let i = 0; i < all.length; i += LOOKUP) {
    const chunk = all.slice(i, i + LOOKUP)
    const found = await init.index.getMany(chunk.map(b => b.digest))
    found.forEach((loc, k) => { chunk[k]!.location = loc })
  }

  const bad = new Map<string, string>()
  const fail = async (b: Block, why: string): Promise<void> => {
    bad.set(b.digest.toString('latin1'), why)
    await init.onBad?.(b.digest, why)
  }
  const stored: Block[] = []
  for (const b of all) {
    if (b.location === undefined) await fail(b, 'it is not in the block index')
    else stored.push(b)
  }
  // front to back through each pack: the disk reads ahead, no seek between neighbours
  stored.sort((a, b) => a.location!.packId < b.location!.packId ? -1 : a.location!.packId > b.location!.packId ? 1 : a.location!.offset - b.location!.offset)

  const progress: VerifyPassProgress = { blocksDone: 0, blocksTotal: stored.length, bytesDone: 0, bytesTotal: stored.reduce((n, b) => n + b.location!.rawLength, 0) }
  let bytesRead = 0
  let next = 0
  const worker = async (): Promise<void> => {
    let input: Buffer | undefined
    while (next < stored.length) {
      init.signal?.throwIfAborted()
      const b = stored[next++]!
      const loc = b.location!
      // records are read into a shared buffer the codec threads see without a copy, grown as
      // needed; the raw block is not wanted here, only its digest: no output buffer, no copy
      if (input === undefined || input.byteLength < RECORD_HEADER_LENGTH + loc.length) input = sharedBlock(Math.max(RECORD_HEADER_LENGTH + loc.length, packRoom(loc.rawLength)))
      const where = `pack ${loc.packId} offset ${loc.offset}`
      let why: string | undefined
      try {
        const { data } = await readFollowingMoves(init, b.digest, loc, input)
        bytesRead += data.byteLength
        if (loc.sealed) {
          // no key here: the frame's checksum is what the repository can check
          const damage = sealedBlockProblem(data, loc)
          if (damage !== undefined) why = `${where}: ${damage}`
        } else {
          const { digest, length } = await codec.unpack({ input: data, compression: loc.compression, rawLength: loc.rawLength, algorithm: init.algorithm })
          if (length !== loc.rawLength) why = `${where}: it decompresses to ${length} bytes, not ${loc.rawLength}`
          else if (!digest.equals(b.digest)) why = `${where}: its bytes do not hash to its digest`
        }
      } catch (err) {
        const code = (err as { code?: string }).code
        // the reader's message names the pack and offset; a codec failure means bad data
        why = code === 'ERR_CORRUPT_BLOCK' || code === 'ERR_MISSING_PACK' ? (err as Error).message : `${where}: it does not decompress (${(err as Error).message})`
      }
      if (why !== undefined) await fail(b, why)
      progress.blocksDone++
      progress.bytesDone += loc.rawLength
      init.onProgress?.(progress)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, init.concurrency ?? 8) }, worker))

  const points = new Map<string, PointVerdict>()
  for (const point of init.points) points.set(point.id, verdict(point, bad, blocks, init.maxProblems ?? 100))
  return {
    blocksChecked: stored.length,
    bytesChecked: progress.bytesDone,
    bytesRead,
    durationMs: Math.round(performance.now() - started),
    bad: new Map([...bad].map(([k, why]) => [Buffer.from(k, 'latin1').toString('hex'), why])),
    points
  }
}

/** The bad blocks of one point, and whether each stored block fits its place on the disk. */
function verdict (point: StoredPoint, bad: Map<string, string>, blocks: Map<string, Block>, maxProblems: number): PointVerdict {
  const problems: string[] = []
  let more = 0
  const badDigests = new Map<string, Buffer>()
  let referenced = 0
  const report = (p: string): void => { if (problems.length < maxProblems) problems.push(p); else more++ }
  for (const disk of point.disks) {
    for (let i = 0, at = 0; at < disk.digests.length; i++, at += DIGEST_LENGTH) {
      if (isZeroDigest(disk.digests, at)) continue
      referenced++
      const key = disk.digests.toString('latin1', at, at + DIGEST_LENGTH)
      const where = `disk ${disk.index} (${disk.name || 'unnamed'}) block ${i} (${digestHex(disk.digests.subarray(at, at + 16))}…)`
      const why = bad.get(key)
      if (why !== undefined) {
        if (!badDigests.has(key)) badDigests.set(key, Buffer.from(key, 'latin1'))
        report(`${where}: ${why}; the next backup of the VM sends this block again`)
        continue
      }
      const expected = Math.min(disk.blockSize, disk.size - i * disk.blockSize)
      const raw = blocks.get(key)?.location?.rawLength
      if (raw !== undefined && raw !== expected) report(`${where}: holds ${raw} bytes, its place on the disk needs ${expected}`)
    }
  }
  if (more > 0) problems.push(`… and ${more} more problems`)
  return { badDigests: [...badDigests.values()], problems, blocksReferenced: referenced }
}
