/**
 * @packageDocumentation
 * The repository's side of a data pipe: checks the task's lease, stages the disk in the store
 * (seeded from the base point when there is one), sends the base digests the proxy compares
 * with, stores the blocks that arrive (several in flight, never more than `inFlight`: the pipe
 * is not read while the bound is reached, so a slow disk slows the proxy instead of filling
 * memory), and answers the summary. Whatever happens, the staged disk is finished or aborted
 * and the lease released; an error reaches the proxy as an error frame, never the daemon.
 *
 * @example
 * ```ts
 * await handlePipe(libp2p, receiver({ repo, leases, released: (holder, leaseId) => tell(holder, leaseId) }))
 * ```
 */
import type { PipeHandler, PipeServer } from '../../protocols/datapipe/server.ts'
import type { LeaseTable } from '../../node/runtime/leases.ts'
import { silentLogger, type Logger } from '../../node/core/logger.ts'
import type { PipeHeader } from '../../proto/index.ts'
import type { DiskWriter, Repository } from './store.ts'
import type { NodeMetrics } from '../../node/runtime/metrics.ts'
import { RepositoryError } from './errors.ts'
import { CodedError } from '../../node/core/errors.ts'
import type { ReceiverErrorCode } from './error-codes.ts'
import { belowReserve, isOutOfSpace, repositoryFull, repositorySpace, type RepositorySpace } from './free-space.ts'
import { startCodecThreads } from '../../node/core/codec-pool.ts'

/**
 * Blocks being verified and stored at once per pipe. Each holds its megabyte frame; with the
 * socket's read window that bounds a pipe's memory, and four keep the codec threads busy when
 * several pipes arrive at once (eight cost ~20 MiB more per repository and no time).
 */
export const DEFAULT_IN_FLIGHT = 4

export interface ReceiverInit {
  repo: Repository
  leases: LeaseTable
  /** called after a task's lease was released, to tell its holder */
  released: (holder: string, leaseId: string) => void
  log?: Logger
  /** blocks in flight per pipe (8) */
  inFlight?: number
  /** payload bytes received, for the throughput the repository announces */
  onBytes?: (bytes: number) => void
  /** the daemon's Prometheus counters, when there is a daemon */
  metrics?: Pick<NodeMetrics, 'bytesStored' | 'blocksDeduplicated' | 'taskDuration'>
  /** bytes kept free in the repository's file system (free-space.ts; default 256 MiB or 5%) */
  reserveBytes?: number
}

/** The free space is looked at after this many received bytes at most (and at a quarter of the reserve). */
const SPACE_CHECK_BYTES = 16 * 1024 * 1024

/** Why a base point cannot seed a disk, for which the disk is sent in full instead. */
const UNUSABLE_BASE = new Set(['ERR_NO_SUCH_POINT', 'ERR_BASE_MISMATCH', 'ERR_CORRUPT_MANIFEST', 'ERR_UNSUPPORTED_FORMAT'])

/** A pipe refused before any work: the task holds no lease here. */
export class ReceiverError extends CodedError<ReceiverErrorCode> {}

/** The datapipe handler of a repository node. */
export function receiver (init: ReceiverInit): PipeHandler {
  const log = init.log ?? silentLogger
  const limit = Math.max(1, init.inFlight ?? DEFAULT_IN_FLIGHT)
  // every new block is checked in a codec thread: started with the role, not by the first backup
  startCodecThreads()

  return async (pipe: PipeServer): Promise<void> => {
    const header = pipe.header
    const leaseId = header.leaseId ?? ''
    const task = header.taskId ?? ''
    const what = `disk ${header.disk ?? 0} of VM "${header.vm ?? ''}" (task ${task})`
    // a proxy of an older meshbackup hashes by SHA-256 whatever it is told: every block it sent a
    // format 3 repository would be refused one by one
    const known = header.digestAlgorithms ?? []
    const algorithm = init.repo.digestAlgorithm ?? 'sha256'
    if (algorithm !== 'sha256' && !known.includes(algorithm)) {
      throw new RepositoryError('ERR_DIGEST_MISMATCH',
        `repository ${init.repo.name} names blocks by ${algorithm} (format ${init.repo.formatVersion}), which the proxy sending ${what} cannot hash by: upgrade meshbackup on the proxy's node`)
    }
    if (leaseId === '' || !init.leases.claim(leaseId, task)) {
      throw new ReceiverError('ERR_NO_LEASE',
        `no lease ${leaseId || '(none)'} for task ${task} on repository ${init.repo.name}: it expired or was never granted here; the scheduler must place the task again`)
    }
    let writer: DiskWriter | undefined
    const started = performance.now()
    let outcome = 'failed'
    // raw bytes of the blocks stored, deduplicated or marked zero: the rest of the disk may still need room
    let settled = 0
    // a disk that would eat the reserve fails before the file system is full: the index and
    // the other disks' manifests still get written
    const space = async (): Promise<RepositorySpace | undefined> => await repositorySpace(init.repo.path, init.reserveBytes).catch(() => undefined)
    const full = (s: RepositorySpace | undefined, cause?: unknown): Error => repositoryFull({
      name: init.repo.name,
      path: init.repo.path,
      space: s,
      what,
      neededBytes: Math.max(0, (header.size ?? 0) - settled),
      cause
    })
    try {
      const before = await space()
      if (before !== undefined && belowReserve(before)) throw full(before)
      const checkEvery = Math.max(1024 * 1024, Math.min(SPACE_CHECK_BYTES, Math.floor((before?.reserve ?? 0) / 4)))
      let unchecked = 0
      const base = await usableBase(init.repo, header, log)
      writer = await init.repo.beginDisk(base === undefined ? { ...header, basePoint: '' } : header)
      const repair = base === undefined ? [] : writer.requiredRanges()
      // the proxy hashes the blocks with this repository's digest, and each new one is checked with it
      await pipe.sendDigests(base?.digests, base?.size ?? 0, writer.resumedRanges(), repair, algorithm)
      if (repair.length > 0) log.info('repairing damaged blocks of the base point: the proxy sends them again', { task, vm: header.vm, disk: header.disk, basePoint: header.basePoint, ranges: repair.length / 2 })
      if (writer.resumed.blocks.length > 0 || writer.resumed.settledBelow > 0) {
        log.info('resuming a disk', { task, vm: header.vm, disk: header.disk, stored: writer.resumed.blocks.length, settledBelow: writer.resumed.settledBelow })
      }
      pipe.onMark = (below) => { writer!.mark(below) }

      const inflight = new Set<Promise<void>>()
      let failure: Error | undefined
      for (;;) {
        // stop reading while the bound is reached: the proxy waits on the stream's window
        while (inflight.size >= limit) await Promise.race(inflight)
        if (failure !== undefined) throw failure
        if (unchecked >= checkEvery) {
          unchecked = 0
          const now = await space()
          if (now !== undefined && belowReserve(now)) throw full(now)
        }
        const block = await pipe.nextBlock()
        if (block === undefined) break
        init.onBytes?.(block.data?.byteLength ?? 0)
        unchecked += block.data?.byteLength ?? 0
        const put: Promise<void> = writer.putBlock(block).then(() => { settled += block.rawLength || (header.blockSize ?? 0) }, (err: Error) => { failure ??= err }).finally(() => pipe.done(block))
        const tracked = put.finally(() => inflight.delete(tracked))
        inflight.add(tracked)
      }
      await Promise.all(inflight)
      if (failure !== undefined) throw failure
      const result = await writer.finish()
      init.metrics?.bytesStored.inc(result.bytesStored ?? 0)
      init.metrics?.blocksDeduplicated.inc(result.blocksDeduped ?? 0)
      outcome = 'ok'
      await pipe.sendSummary({
        stagedId: result.stagedId,
        blocksReceived: result.blocksReceived,
        blocksStored: result.blocksStored,
        blocksDeduped: result.blocksDeduped,
        bytesStored: result.bytesStored,
        blocksResumed: writer.resumed.blocks.length
      })
      log.info('disk staged', { task, vm: header.vm, disk: header.disk, stagedId: result.stagedId, blocks: result.blocksReceived, stored: result.blocksStored, deduped: result.blocksDeduped })
    } catch (caught) {
      let err = caught
      if (isOutOfSpace(err) && (err as { code?: string }).code !== 'ERR_REPOSITORY_FULL') err = full(await space(), err)
      // out of space, its packs are removed here: the space goes back before the next disk is
      // placed; otherwise what it stored is kept for the task's retry to resume from
      await writer?.abort({ keep: !isOutOfSpace(err) && (err as { code?: string }).code !== 'ERR_REPOSITORY_FULL' }).catch(() => {})
      log.warn('receiving a disk failed', { task, what, error: (err as Error).message })
      throw err
    } finally {
      init.metrics?.taskDuration.observe({ role: 'repository', result: outcome }, (performance.now() - started) / 1000)
      const released = init.leases.release(leaseId)
      try {
        if (released?.holder !== undefined) init.released(released.holder, leaseId)
      } catch (err) {
        log.warn('cannot tell the lease holder', { holder: released?.holder, error: (err as Error).message })
      }
    }
  }
}

/**
 * The base point's digests when they can seed this disk; otherwise undefined and the disk is
 * sent in full (the base was deleted by retention, belongs to another VM, has another block
 * size or another data key (or none), or its manifest is damaged): a missing base costs time, not the backup. Blocks of the
 * base that are missing or damaged are sent again (the writer requires them: repair ranges).
 */
async function usableBase (repo: Repository, header: PipeHeader, log: Logger): Promise<{ size: number, digests: Buffer, repair: number[] } | undefined> {
  const basePoint = header.basePoint ?? ''
  if (basePoint === '') return undefined
  try {
    const base = await repo.baseDigests(basePoint, header.vm ?? '', header.disk ?? 0, header.keyFingerprint ?? '')
    if (base === undefined || base.blockSize !== header.blockSize) return undefined
    return base
  } catch (err) {
    const code = (err as { code?: string }).code
    if (!UNUSABLE_BASE.has(code ?? '')) throw err
    log.warn('base point unusable: the disk is sent in full', { basePoint, vm: header.vm, disk: header.disk, error: (err as Error).message })
    return undefined
  }
}
