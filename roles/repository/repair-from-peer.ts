/**
 * @packageDocumentation
 * Repair from a copy: the blocks of a restore point this repository no longer holds intact
 * (marked damaged by a verify, or missing from the index) are fetched from other repository nodes
 * over block fetch, in the order given, and stored through a disk writer of this repository, so
 * each is checked on arrival exactly as a backup's block (plain: decompressed and re-hashed;
 * sealed: its frame checked, no key needed). Storing a block clears its damage mark, which
 * repairs every point that uses it. A block no source gives, or whose copies are all refused,
 * stays damaged and is named with why.
 *
 * @example
 * ```ts
 * const r = await repairPoint({ repo, pointId, sources: [{ repository: 'dr', open: () => openBlockFetch({ libp2p, peerId }) }] })
 * r.blocksRepaired; r.repairedFrom; r.unrepaired
 * ```
 */
import type { FetchedBlock, RepairedFrom } from '../../proto/index.ts'
import type { CopyStream } from './copy-run.ts'
import { DIGEST_LENGTH, isZeroDigest } from './digest.ts'
import type { StoredDisk } from './manifests.ts'
import type { Repository } from './store.ts'

/** Another repository node that may hold good copies. */
export interface RepairSource {
  /** its repository's name, for the report */
  repository: string
  open: () => Promise<Pick<CopyStream, 'blocks' | 'close'>>
}

export interface RepairInit {
  repo: Repository
  pointId: string
  sources: RepairSource[]
  /** digests per block request (8) and requests in flight (8) */
  batch?: number
  window?: number
}

export interface RepairResult {
  /** distinct blocks that were bad here and are stored again */
  blocksRepaired: number
  repairedFrom: RepairedFrom[]
  /** the bad blocks still bad: "disk D (name) block N (digest…): why" */
  unrepaired: string[]
}

/** A bad block of the point: its digest, where it first sits, and why each source did not give it. */
interface Bad {
  digest: Buffer
  disk: StoredDisk
  at: number
  why: string[]
}

/** Takes good copies of the point's bad blocks from `sources`, in order, until none is left. */
export async function repairPoint (init: RepairInit): Promise<RepairResult> {
  const { repo } = init
  const release = repo.hold(init.pointId, 'it is being repaired')
  try {
    const point = await repo.getPoint(init.pointId)
    const bad = await badBlocks(repo, point.disks)
    const result: RepairResult = { blocksRepaired: 0, repairedFrom: [], unrepaired: [] }
    if (bad.size === 0) return result
    for (const source of init.sources) {
      if (bad.size === 0) break
      const got = await repairFrom(init, point.vm, point.job, source, bad)
      if (got > 0) result.repairedFrom.push({ repository: source.repository, blocks: got })
      result.blocksRepaired += got
    }
    if (init.sources.length === 0) for (const b of bad.values()) b.why.push('no other repository node to take it from')
    for (const b of bad.values()) {
      result.unrepaired.push(`disk ${b.disk.index} (${b.disk.name || 'unnamed'}) block ${b.at} (${b.digest.toString('hex').slice(0, 16)}…): ${b.why.join('; ')}`)
    }
    return result
  } finally {
    release()
  }
}

/** Every distinct non-zero block of the disks this repository does not hold intact, by hex digest. */
async function badBlocks (repo: Repository, disks: StoredDisk[]): Promise<Map<string, Bad>> {
  const all = new Map<string, Bad>()
  for (const disk of disks) {
    for (let at = 0; at * DIGEST_LENGTH < disk.digests.length; at++) {
      if (isZeroDigest(disk.digests, at * DIGEST_LENGTH)) continue
      const digest = disk.digests.subarray(at * DIGEST_LENGTH, (at + 1) * DIGEST_LENGTH)
      const key = digest.toString('hex')
      if (!all.has(key)) all.set(key, { digest: Buffer.from(digest), disk, at, why: [] })
    }
  }
  const list = [...all.values()]
  const held = await repo.holdsBlocks(list.map((b) => b.digest))
  const out = new Map<string, Bad>()
  list.forEach((b, k) => { if (held[k] !== true) out.set(b.digest.toString('hex'), b) })
  return out
}

/**
 * One source: its copies of the bad blocks, disk by disk, each through a writer of that disk's
 * geometry that ends without a manifest (`finishBlocks`). Returns the blocks repaired.
 */
async function repairFrom (init: RepairInit, vm: string, job: string, source: RepairSource, bad: Map<string, Bad>): Promise<number> {
  let stream
  try {
    stream = await source.open()
  } catch (err) {
    for (const b of bad.values()) b.why.push(`${source.repository}: ${(err as Error).message}`)
    return 0
  }
  let repaired = 0
  try {
    const disks = [...new Set([...bad.values()].map((b) => b.disk))]
    for (const disk of disks) {
      const wanted = [...bad.values()].filter((b) => b.disk === disk)
      const writer = await init.repo.beginDisk({
        sessionId: 'repair', job, vm, disk: disk.index, diskName: disk.name, size: disk.size, blockSize: disk.blockSize, keyFingerprint: disk.keyFingerprint ?? ''
      })
      const stored: Bad[] = []
      const put = async (b: Bad, block: FetchedBlock): Promise<void> => {
        if ((block.missingCode ?? '') !== '') {
          b.why.push(`${source.repository} cannot give it (${block.missingCode})`)
          return
        }
        try {
          await writer.putBlock({ index: b.at, digest: b.digest, rawLength: block.rawLength ?? 0, compression: block.compression ?? '', sealed: block.sealed === true, data: block.data ?? new Uint8Array(0) })
          stored.push(b)
        } catch (err) {
          // its copy there is bad too (or of another kind): refused, nothing stored
          const code = (err as { code?: string }).code
          b.why.push(`${source.repository}'s copy was refused (${code !== undefined ? `${code}: ` : ''}${(err as Error).message})`)
        }
      }
      try {
        await fetchAll(stream, wanted, put, init.batch ?? 8, init.window ?? 8)
      } catch (err) {
        for (const b of wanted) if (!stored.includes(b)) b.why.push(`${source.repository}: ${(err as Error).message}`)
      }
      try {
        await writer.finishBlocks()
      } catch (err) {
        for (const b of stored) b.why.push(`storing ${source.repository}'s copy failed: ${(err as Error).message}`)
        continue
      }
      for (const b of stored) bad.delete(b.digest.toString('hex'))
      repaired += stored.length
    }
  } finally {
    await stream.close().catch(() => {})
  }
  return repaired
}

/** Asks for `wanted` in batches, `window` requests in flight; `put` is called for each answer, in order. */
async function fetchAll (stream: Pick<CopyStream, 'blocks'>, wanted: Bad[], put: (b: Bad, block: FetchedBlock) => Promise<void>, batch: number, window: number): Promise<void> {
  const inflight = new Set<Promise<void>>()
  let failure: unknown
  for (let k = 0; k < wanted.length && failure === undefined; k += batch) {
    const part = wanted.slice(k, k + batch)
    let n = 0
    const asked = stream.blocks(part.map((b) => b.digest), async (block) => { await put(part[n++]!, block) })
    const done: Promise<void> = asked.then(() => { inflight.delete(done) }, (err: unknown) => { failure ??= err; inflight.delete(done) })
    inflight.add(done)
    if (inflight.size >= window) await Promise.race(inflight)
  }
  await Promise.all(inflight)
  if (failure !== undefined) throw failure
}
