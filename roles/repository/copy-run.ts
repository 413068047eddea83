/**
 * @packageDocumentation
 * One copy run on the target repository: the points a copy job selected are pulled from the source
 * repository node over the block-fetch protocol, through this repository's own ingest path — a
 * disk writer per disk (`beginDisk` / `putBlock` / `finish`, so every fetched block is checked
 * as a backup's: plain ones decompressed and re-hashed, sealed ones by their frame check, no key
 * needed) and `commitPoint`, so a copied point is visible only once complete. A copy keeps its
 * point's id, VM, job, session, creation time, data key and recovery wraps; this repository's
 * lock period applies from its arrival.
 *
 * Only the blocks this repository lacks cross the wire: each disk's digests are looked up first
 * (`holdsBlocks`), and the blocks held are put by digest alone (deduplicated, as an unchanged
 * block of a backup). An interrupted run resumes: a writer's resume journal, keyed by (copy job,
 * point, disk), and the blocks indexed since, are not fetched again.
 *
 * @example
 * ```ts
 * const report = await runCopy({ repo, request, open: () => openBlockFetch({ libp2p, peerId: source }), onProgress })
 * ```
 */
import type { CopyFailure, CopiedPoint, CopyProgress, CopyReport, CopyRunRequest, FetchedBlock, RestorePoint } from '../../proto/index.ts'
import { DIGEST_LENGTH, isZeroDigest } from './digest.ts'
import type { DiskWriter } from './disk-writer.ts'
import { CopyError } from './copy-errors.ts'
import type { Repository } from './store.ts'

/** What a copy needs of one block-fetch stream (protocols/block-fetch.ts's BlockFetchClient). */
export interface CopyStream {
  manifest(pointId: string): Promise<RestorePoint>
  blocks(digests: Uint8Array[], onBlock: (block: FetchedBlock) => Promise<void>): Promise<void>
  close(): Promise<void>
  /** the source repository's block digest ('sha256' when absent) */
  readonly digestAlgorithm?: string
}

export interface CopyRunInit {
  repo: Repository
  request: CopyRunRequest
  /** opens one stream to the source repository node */
  open: () => Promise<CopyStream>
  /**
   * Streams to the source (4): one TCP connection's window caps a long fat link, several fill it.
   * Blocks in flight at most: streams × window × batch (4 × 4 × 8 = 128 blocks).
   */
  streams?: number
  /** block requests in flight per stream (4) */
  window?: number
  /** digests per block request (8) */
  batch?: number
  /** at most every `progressMs` (1000) and at each point's end */
  onProgress?: (p: CopyProgress) => void
  progressMs?: number
  signal?: AbortSignal
}

/** A block of a disk to settle: its digest and every place of the disk it fills. */
interface Wanted {
  digest: Buffer
  at: number[]
}

const PUTS_AT_ONCE = 256
const EMPTY = new Uint8Array(0)

export async function runCopy (init: CopyRunInit): Promise<CopyReport> {
  const { repo, request } = init
  const started = Date.now()
  const copied: CopiedPoint[] = []
  const failed: CopyFailure[] = []
  const problems: string[] = []
  const pointIds = request.pointIds ?? []
  const progress: CopyProgress = {
    repository: repo.name, pointsTotal: pointIds.length, pointsDone: 0, bytesTotal: 0, bytesDone: 0,
    bytesFetched: 0, blocksFetched: 0, blocksPresent: 0, elapsedMs: 0, pointId: ''
  }
  let told = 0
  const tell = (force = false): void => {
    if (init.onProgress === undefined || (!force && Date.now() - told < (init.progressMs ?? 1000))) return
    told = Date.now()
    init.onProgress({ ...progress, elapsedMs: Date.now() - started })
  }
  const report = (): CopyReport => ({
    repository: repo.name,
    copied,
    failed,
    blocksFetched: progress.blocksFetched,
    bytesFetched: progress.bytesFetched,
    blocksPresent: progress.blocksPresent,
    durationMs: Date.now() - started,
    problems
  })

  let streams: CopyStream[]
  try {
    streams = await Promise.all(Array.from({ length: Math.max(1, init.streams ?? 4) }, async () => await init.open()))
  } catch (err) {
    const e = err as Error & { code?: string }
    problems.push(e.message)
    for (const id of pointIds) failed.push({ pointId: id, code: e.code ?? 'ERR_COPY_FAILED', message: `not copied: ${e.message}` })
    return report()
  }
  // block ids are digests: a point names its blocks by its repository's algorithm, and the
  // target checks every block it stores by its own; across algorithms nothing would check
  const sourceDigest = streams[0]?.digestAlgorithm || 'sha256'
  if (sourceDigest !== repo.digestAlgorithm) {
    await Promise.all(streams.map(async (s) => { await s.close().catch(() => {}) }))
    const e = digestMismatch(request.sourceRepository ?? '', sourceDigest, repo.name, repo.digestAlgorithm)
    problems.push(e.message)
    for (const id of pointIds) failed.push({ pointId: id, code: e.code, message: `not copied: ${e.message}` })
    return report()
  }
  try {
    // every manifest first (pipelined): the run's total, for its MB/s and ETA
    const manifests = await Promise.all(pointIds.map(async (id) => await streams[0]!.manifest(id).then((p) => p, (err: Error) => err)))
    for (const m of manifests) if (!(m instanceof Error)) progress.bytesTotal = (progress.bytesTotal ?? 0) + dataBytes(m)
    tell(true)
    for (let k = 0; k < pointIds.length; k++) {
      const pointId = pointIds[k]!
      const point = manifests[k]!
      progress.pointId = pointId
      try {
        if (init.signal?.aborted === true) throw new CopyError('ERR_COPY_ABORTED', `the copy run was stopped before restore point ${pointId}; run the copy job again to go on`)
        if (point instanceof Error) throw point
        copied.push(await copyPoint(init, streams, point, progress, tell))
      } catch (err) {
        const e = err as Error & { code?: string, remoteCode?: string }
        const vm = point instanceof Error ? '' : point.vm ?? ''
        // a writer's refusal names the block and disk; the session needs the point too
        const message = e.message.includes(pointId) ? e.message : `restore point ${pointId} of VM ${vm}: ${e.message}`
        failed.push({ pointId, vm, code: e.remoteCode || e.code || 'ERR_COPY_FAILED', message })
      }
      progress.pointsDone = (progress.pointsDone ?? 0) + 1
      tell(true)
    }
  } finally {
    await Promise.all(streams.map(async (s) => { await s.close().catch(() => {}) }))
  }
  return report()
}

async function copyPoint (init: CopyRunInit, streams: CopyStream[], point: RestorePoint, progress: CopyProgress, tell: () => void): Promise<CopiedPoint> {
  const { repo, request } = init
  const pointId = point.id ?? ''
  const vm = point.vm ?? ''
  const out: CopiedPoint = { pointId, vm, job: point.job ?? '', blocksFetched: 0, bytesFetched: 0, blocksPresent: 0 }
  const already = await repo.pointSummary(pointId)
  if (already !== undefined) {
    // a run stopped between the commit and its report, or another job copied it
    progress.bytesDone = (progress.bytesDone ?? 0) + dataBytes(point)
    return out
  }
  const stagedIds: string[] = []
  for (const disk of point.disks ?? []) {
    const writer = await repo.beginDisk({
      sessionId: point.sessionId ?? '',
      job: point.job ?? '',
      vm,
      disk: disk.index ?? 0,
      diskName: disk.name ?? '',
      size: disk.size ?? 0,
      blockSize: disk.blockSize ?? 0,
      keyFingerprint: disk.keyFingerprint ?? '',
      // one key per (copy job, point, disk): a later run of the job resumes from what this one made durable
      resumeKey: `copy:${request.copyJob ?? ''}:${pointId}:${disk.index ?? 0}`
    })
    try {
      await copyDisk(init, streams, writer, Buffer.from(disk.digests ?? EMPTY), pointId, out, progress, tell)
      stagedIds.push((await writer.finish()).stagedId)
    } catch (err) {
      // what it stored is made durable and journaled for the next run
      await writer.abort({ keep: true }).catch(() => {})
      throw err
    }
  }
  await repo.commitPoint({
    pointId,
    job: point.job ?? '',
    sessionId: point.sessionId ?? '',
    vm,
    host: point.host ?? '',
    stagedIds,
    keyFingerprint: point.keyFingerprint ?? '',
    recoveryWraps: point.recoveryWraps ?? [],
    createdAtMs: point.createdAtMs ?? 0,
    config: point.config ?? undefined
  })
  return out
}

async function copyDisk (init: CopyRunInit, streams: CopyStream[], writer: DiskWriter, digests: Buffer, pointId: string, out: CopiedPoint, progress: CopyProgress, tell: () => void): Promise<void> {
  const blocks = writer.blocks
  if (digests.length !== blocks * DIGEST_LENGTH) {
    throw new CopyError('ERR_COPY_BAD_MANIFEST', `disk ${writer.disk} of restore point ${pointId} lists ${digests.length / DIGEST_LENGTH} digests for ${blocks} blocks on the source: its manifest is damaged there; verify the source repository`)
  }
  const rawLength = (at: number): number => Math.min(writer.blockSize, writer.size - at * writer.blockSize)
  const sealed = writer.keyFingerprint !== ''
  const resumed = new Set(writer.resumed.blocks.map((b) => b.at))
  const wanted = new Map<string, Wanted>()
  for (let at = 0; at < blocks; at++) {
    if (isZeroDigest(digests, at * DIGEST_LENGTH)) continue
    if (resumed.has(at)) {
      // an earlier run made it durable: it is in the writer's digest list already
      settled(progress, out, rawLength(at), 'present')
      continue
    }
    const digest = digests.subarray(at * DIGEST_LENGTH, (at + 1) * DIGEST_LENGTH)
    const key = digest.toString('hex')
    const w = wanted.get(key)
    if (w === undefined) wanted.set(key, { digest: Buffer.from(digest), at: [at] })
    else w.at.push(at)
  }
  const all = [...wanted.values()]
  const held = await init.repo.holdsBlocks(all.map((w) => w.digest))
  // a block put by digest alone is deduplicated against the stored copy: no data needed
  const putHeld = async (digest: Buffer, at: number): Promise<void> => {
    await writer.putBlock({ index: at, digest, rawLength: rawLength(at), compression: 'none', sealed, data: EMPTY })
    settled(progress, out, rawLength(at), 'present')
  }
  const present = all.filter((_, k) => held[k] === true)
  for (let k = 0; k < present.length; k += PUTS_AT_ONCE) {
    await Promise.all(present.slice(k, k + PUTS_AT_ONCE).flatMap((w) => w.at.map(async (at) => { await putHeld(w.digest, at) })))
    tell()
  }

  const missing = all.filter((_, k) => held[k] !== true)
  const batch = Math.max(1, init.batch ?? 8)
  const batches: Wanted[][] = []
  for (let k = 0; k < missing.length; k += batch) batches.push(missing.slice(k, k + batch))
  let next = 0
  let stop: Error | undefined
  const fetched = async (w: Wanted, block: FetchedBlock): Promise<void> => {
    if (!w.digest.equals(block.digest ?? EMPTY)) {
      throw new CopyError('ERR_COPY_BAD_MANIFEST', `the source answered block ${w.digest.toString('hex')} of restore point ${pointId} with another block; copy again`)
    }
    if ((block.missingCode ?? '') !== '') {
      throw new CopyError('ERR_COPY_SOURCE_BLOCK',
        `block ${w.at[0]} of disk ${writer.disk} of restore point ${pointId} cannot be read on the source (${block.missingCode}: ${block.missing ?? ''}); ` +
        'the point is damaged there: verify the source repository; its next backup repairs it, then copy again')
    }
    const data = block.data ?? EMPTY
    const [first, ...rest] = w.at
    // the first place stores it (checked on the way in); the others dedup against it
    await writer.putBlock({ index: first!, digest: w.digest, rawLength: block.rawLength ?? 0, compression: block.compression ?? '', sealed: block.sealed === true, data })
    progress.blocksFetched = (progress.blocksFetched ?? 0) + 1
    progress.bytesFetched = (progress.bytesFetched ?? 0) + data.byteLength
    out.blocksFetched = (out.blocksFetched ?? 0) + 1
    out.bytesFetched = (out.bytesFetched ?? 0) + data.byteLength
    settled(progress, out, rawLength(first!), 'fetched')
    for (const at of rest) await putHeld(w.digest, at)
    tell()
  }
  const window = Math.max(1, init.window ?? 4)
  await Promise.all(streams.map(async (stream) => {
    const inflight = new Set<Promise<void>>()
    while (next < batches.length && stop === undefined) {
      if (init.signal?.aborted === true) throw new CopyError('ERR_COPY_ABORTED', `the copy of restore point ${pointId} was stopped; run the copy job again to go on (what arrived is kept)`)
      const wanted = batches[next++]!
      let k = 0
      const asked = stream.blocks(wanted.map((w) => w.digest), async (block) => { await fetched(wanted[k++]!, block) })
      const done = asked.then(() => { inflight.delete(done) }, (err: Error) => { stop ??= err; inflight.delete(done); throw err })
      done.catch(() => {})
      inflight.add(done)
      if (inflight.size >= window) await Promise.race(inflight).catch(() => {})
    }
    await Promise.all(inflight).catch(() => {})
  }))
  if (stop !== undefined) throw stop
}

function settled (progress: CopyProgress, out: CopiedPoint, raw: number, how: 'present' | 'fetched'): void {
  progress.bytesDone = (progress.bytesDone ?? 0) + raw
  if (how === 'present') {
    progress.blocksPresent = (progress.blocksPresent ?? 0) + 1
    out.blocksPresent = (out.blocksPresent ?? 0) + 1
  }
}

/** Raw bytes of a point's non-zero blocks: what a copy settles. */
function dataBytes (point: RestorePoint): number {
  let bytes = 0
  for (const d of point.disks ?? []) {
    const digests = d.digests ?? EMPTY
    const blockSize = d.blockSize ?? 0
    const size = d.size ?? 0
    for (let at = 0; at * DIGEST_LENGTH < digests.byteLength; at++) {
      if (!isZeroDigest(digests, at * DIGEST_LENGTH)) bytes += Math.min(blockSize, size - at * blockSize)
    }
  }
  return bytes
}

const FORMAT_OF: Record<string, string> = { sha256: 'format 2 or older, SHA-256 block ids', blake3: 'format 3, BLAKE3 block ids' }

/** Why a copy between repositories of different block digests is refused, and what to do. */
function digestMismatch (source: string, sourceDigest: string, target: string, targetDigest: string): CopyError {
  const want = sourceDigest === 'sha256' ? 2 : 3
  const named = source === '' ? 'the source repository' : `repository "${source}"`
  return new CopyError('ERR_COPY_DIGEST_MISMATCH',
    `${named} (${FORMAT_OF[sourceDigest] ?? `block ids by ${sourceDigest}`}) cannot be copied to repository "${target}" ` +
    `(${FORMAT_OF[targetDigest] ?? targetDigest}): its block ids would not check there. Copy to a repository of format ${want}: ` +
    `a new repository is created in format ${want} with "format": ${want} in the "repository" section of its node's config before its first start`)
}
