/**
 * @packageDocumentation
 * Moves one disk from its snapshot file to a repository over the data pipe: the proxy's half of
 * the seed's "Data Movers connect to each other". Per block, in several workers at once:
 *
 * ```
 * read → zero? ──yes──→ base says non-zero? → send a zero marker; else skip
 *          └─no─→ SHA-256 → same as the base digest? → skip (unchanged)
 *                    └─→ zstd (kept only if smaller) → send
 * ```
 *
 * An encrypted job's task carries its data key (TaskSpec.data_key, in memory only, never logged):
 * the block id is then the keyed id (HMAC-SHA-256) in place of SHA-256, and the compressed (or
 * raw) block goes out sealed (node/core/crypto/block-cipher.ts), in the same codec thread call;
 * the pipe's header names the key's fingerprint so the repository can check each frame's key.
 *
 * The job's rate limit is a token bucket in front of the read: it paces the bytes read from the
 * disk, whatever then becomes of them (zero, unchanged, compressed). The throttling rules that
 * came with the task (`limiter`, node/runtime/traffic.ts) count the bytes that go on the wire
 * instead: each block frame waits its turn under every rule in force just before it is sent.
 *
 * Zero blocks never leave the proxy as data, unchanged blocks not at all. Each worker reads into
 * the same shared buffer block after block; hashing and compression run in the daemon's codec
 * threads (node/core/codec-pool.ts), and a block is sent before its buffer is reused.
 *
 * @example
 * ```ts
 * const move = new DiskMove({ libp2p, task, repositoryPeer, repositoryLease, signal })
 * const { stagedId, stats, warnings } = await move.run()   // move.stats is live meanwhile
 * ```
 */
import type { Libp2p } from '@libp2p/interface'
import type { TaskSpec } from '../../proto/index.ts'
import { openPipe, type PipeClient } from '../../protocols/datapipe/client.ts'
import { isZero } from '../../node/hosts/disk-reader.ts'
import type { BlockSource } from '../../node/hosts/block-source.ts'
import { openDisk, type OpenedDisk } from './open-disk.ts'
import { planTaskSkips, type TaskSkipsOptions } from './skip-blocks.ts'
import { SKIP_EXCLUDED, SKIP_FREE, SKIP_SWAP } from '../../node/hosts/guest-fs/skip-plan.ts'
import { TokenBucket } from './token-bucket.ts'
import { runBlocks } from './block-pipeline.ts'
import { codecPool } from '../../node/core/codec-pool.ts'
import { blockBuffers, type BlockBuffers } from './block-buffers.ts'
import type { NodeMetrics } from '../../node/runtime/metrics.ts'
import type { BulkLane } from '../../protocols/bulk-lane.ts'
import { CodedError } from '../../node/core/errors.ts'
import { dataKeyFingerprint, KEY_BYTES } from '../../node/core/crypto/fingerprint.ts'
import type { KeyMaterial } from '../../node/core/crypto/key-file.ts'
import type { WireLimiter } from '../../node/core/shared-rate.ts'

/** How often a moving disk tells the repository how far it got (PipeMark). */
const MARK_INTERVAL_MS = 1000

export const DEFAULT_BLOCK_SIZE = 1024 * 1024
/**
 * Blocks in flight per task at most: one task alone needs about eight to keep both codec threads
 * of a 2-core proxy busy. Each holds a pair of the proxy's block buffers (block-buffers.ts), whose
 * budget bounds the proxy's memory and shares it between tasks.
 */
export const DEFAULT_CONCURRENCY = 8

const DIGEST_LENGTH = 32
/** A block frame's bytes besides its payload: length prefix, index, digest, lengths (about). */
const BLOCK_FRAME_OVERHEAD = 48

export interface DiskMoveInit {
  libp2p: Libp2p
  task: TaskSpec
  repositoryPeer: string
  repositoryLease: string
  signal?: AbortSignal
  /** blocks in flight at most (8); fewer while other tasks hold the proxy's buffers */
  concurrency?: number
  /** the block buffers this task draws from (default: the daemon's pool, shared by its tasks) */
  buffers?: BlockBuffers
  /** this node's bulk lane, offered to the repository for the blocks; undefined: libp2p only */
  lane?: BulkLane
  /** bytes read from the disk, as they are read (the proxy's throughput) */
  onBytesRead?: (bytes: number) => void
  /** the throttling rules' limiter for this task's traffic to the repository (wire bytes) */
  limiter?: WireLimiter
  /** how the disk is opened (default open-disk.ts; a test gives CBT's changed blocks this way) */
  openDisk?: (task: TaskSpec, blockSize: number, what: string, signal?: AbortSignal) => Promise<OpenedDisk>
  /** how the skip plan reaches debugfs (tests: a fake mount, another debugfs) */
  skips?: TaskSkipsOptions
  /** the daemon's Prometheus counters, when there is a daemon */
  metrics?: Pick<NodeMetrics, 'bytesRead' | 'bytesSent' | 'zeroBlocksSkipped' | 'taskDuration'>
}

/** TaskStats with every field present (see proto/task.proto for their meaning). */
export interface MoveStats {
  bytesRead: number
  /** payload bytes sent (compressed) */
  bytesSent: number
  bytesStored: number
  blocksTotal: number
  blocksZero: number
  blocksUnchanged: number
  /** block frames sent: data blocks and zero markers */
  blocksSent: number
  blocksDeduped: number
  rawBytesSent: number
  durationMs: number
  /** blocks not read because the host's bitmap says they did not change */
  blocksSkippedCbt: number
  /** blocks not read because an earlier attempt of the task stored them in the repository */
  blocksResumed: number
  /** blocks not read and stored as zero: free space, swap, excluded files' data (skip-blocks.ts) */
  blocksSkippedFree: number
  blocksSkippedSwap: number
  blocksSkippedExcluded: number
}

export interface DiskMoveResult {
  stagedId: string
  stats: MoveStats
  warnings: string[]
  /** what the proxy found in the disk and skipped or read whole (session log lines, not warnings) */
  notes: string[]
  /** the transport mode that read the disk */
  mode: string
}

/** A failure of the move, naming the VM, the disk and the cause; `code` comes from the cause. */
export class DiskMoveError extends CodedError {
  constructor (code: string, message: string, cause?: unknown) {
    super(code, message, { cause })
  }
}

export class DiskMove {
  readonly stats: MoveStats = {
    bytesRead: 0,
    bytesSent: 0,
    bytesStored: 0,
    blocksTotal: 0,
    blocksZero: 0,
    blocksUnchanged: 0,
    blocksSkippedCbt: 0,
    blocksResumed: 0,
    blocksSkippedFree: 0,
    blocksSkippedSwap: 0,
    blocksSkippedExcluded: 0,
    blocksSent: 0,
    blocksDeduped: 0,
    rawBytesSent: 0,
    durationMs: 0
  }

  /** blocks read and dealt with (sent, skipped or zero) */
  blocksDone = 0
  /** true once the repository answered the header: it then releases its lease itself */
  pipeOpened = false
  readonly warnings: string[] = []
  readonly notes: string[] = []
  readonly #init: DiskMoveInit

  constructor (init: DiskMoveInit) {
    this.#init = init
  }

  /** What is being moved, for messages. */
  get what (): string {
    const t = this.#init.task
    return `disk ${t.disk ?? 0}${t.diskName ? ` (${t.diskName})` : ''} of VM "${t.vm ?? ''}"`
  }

  async run (): Promise<DiskMoveResult> {
    const started = performance.now()
    let result = 'failed'
    try {
      const moved = await this.#run()
      result = 'ok'
      return moved
    } catch (err) {
      throw this.#wrap(err)
    } finally {
      this.stats.durationMs = Math.round(performance.now() - started)
      this.#init.metrics?.taskDuration.observe({ role: 'proxy', result }, this.stats.durationMs / 1000)
    }
  }

  async #run (): Promise<DiskMoveResult> {
    const { task, signal } = this.#init
    signal?.throwIfAborted()
    const blockSize = task.blockSize != null && task.blockSize > 0 ? task.blockSize : DEFAULT_BLOCK_SIZE
    const size = task.size ?? 0
    const compression = task.compression === 'none' ? 'none' : 'zstd'
    if (task.compression != null && task.compression !== '' && task.compression !== 'none' && task.compression !== 'zstd') {
      throw new DiskMoveError('ERR_BAD_TASK', `compression "${task.compression}" is not supported (use "zstd" or "none")`)
    }
    const level = task.compressionLevel != null && task.compressionLevel !== 0 ? task.compressionLevel : 1
    const dataKey = taskDataKey(task)
    // the throttle counts the bytes read from the disk (zero blocks too: they are read), not the
    // compressed bytes sent, so the disk is read at the job's rate; it starts empty, so the
    // task's read rate never exceeds the rate, from its first block on
    const rateLimit = task.rateLimitBps ?? 0
    const bucket = rateLimit > 0 ? new TokenBucket({ rateBps: rateLimit, initialTokens: 0 }) : undefined

    const disk = await (this.#init.openDisk ?? openDisk)(task, blockSize, this.what, signal)
    const reader = disk.source
    this.warnings.push(...disk.warnings)
    // what need not be stored, found before a block is hashed: read through the disk's own
    // reader while the repository opens the pipe and sends the base's digests (not one after the other)
    const planning = planTaskSkips(task, disk, this.what, this.#init.skips)
    let pipe: PipeClient | undefined
    try {
      this.stats.blocksTotal = reader.blockCount
      pipe = await openPipe(this.#init.libp2p, this.#init.repositoryPeer, {
        taskId: task.taskId ?? '',
        leaseId: this.#init.repositoryLease,
        sessionId: task.sessionId ?? '',
        job: task.job ?? '',
        vm: task.vm ?? '',
        disk: task.disk ?? 0,
        diskName: task.diskName ?? '',
        size,
        blockSize,
        basePoint: task.basePoint ?? '',
        cbtBitmap: task.view?.cbtNext ?? '',
        resumeKey: task.resumeKey ?? '',
        keyFingerprint: dataKey?.fingerprint ?? '',
        digestAlgorithms: ['sha256', 'blake3']
      }, { signal, lane: this.#init.lane })
      const base = await pipe.baseDigests()
      this.pipeOpened = true
      const skips = await planning
      this.notes.push(...skips.notes)
      const skipOf = skips.reasons
      if (pipe.laneDeclined !== undefined) {
        this.warnings.push(`${this.what}: the blocks went over libp2p, not the bulk lane (${pipe.laneDeclined}); let the repository reach this proxy's bulk lane port or set "bulkLane": "off"`)
      }
      if ((task.basePoint ?? '') !== '' && base === undefined) {
        this.warnings.push(`${this.what}: base point ${task.basePoint} is not usable on the repository; the disk was sent in full`)
      }
      // blocks whose stored copy in the base is bad: read and sent whatever CBT or the digest
      // compare says, which stores them again and repairs the points that use them
      const repair = resumedMask(pipe.repairRanges, reader.blockCount)
      // CBT names the blocks changed since the base point: a repository without that base starts
      // from zeros, so every block is read (the other blocks would be lost)
      const baseBlocks = base === undefined ? 0 : base.byteLength / DIGEST_LENGTH
      // a block skipped now that the base holds as data is stored as zero too, changed or not
      // (freed since, or newly excluded): the point says what this backup would restore
      const changed = base === undefined ? undefined : withSkipped(withRepairs(disk.changed, repair), skipOf, base, baseBlocks)
      if (changed != null) this.stats.blocksSkippedCbt = reader.blockCount - changed.length
      // what an earlier attempt stored is done before this one starts: progress goes on from there
      const resumed = resumedMask(pipe.resumedRanges, reader.blockCount)
      if (resumed !== undefined) {
        this.stats.blocksResumed = changed === undefined ? resumed.reduce((n, b) => n + b, 0) : changed.reduce((n, i) => n + (resumed[i] ?? 0), 0)
        this.blocksDone += this.stats.blocksResumed
      }
      const client = pipe
      const codec = codecPool()
      // the repository's block digest (BLAKE3 in format 3, SHA-256 before): it stores a block only
      // if it hashes to the digest sent, and the base's digests are of that kind too
      const algorithm = pipe.digestAlgorithm
      // a full read skips what the transport knows to be zero (holes, unallocated, zero extents)
      const data = changed === undefined ? await dataBlocks(reader) : undefined
      // a block and its compressed form, from the proxy's pool (shared with the codec threads)
      const pool = this.#init.buffers ?? blockBuffers()

      // the repository journals a mark once the blocks before it are durable: a retry reads none
      // of them again, unchanged ones included (they are never sent)
      let lastMark = performance.now()
      const settled = async (done: number): Promise<void> => {
        if (performance.now() - lastMark < MARK_INTERVAL_MS) return
        lastMark = performance.now()
        await client.sendMark(done < (changed?.length ?? reader.blockCount) ? (changed?.[done] ?? done) : reader.blockCount)
      }

      await runBlocks({
        count: reader.blockCount,
        indexes: changed,
        concurrency: this.#init.concurrency ?? DEFAULT_CONCURRENCY,
        signal,
        settled,
        work: async (index) => {
          if (resumed?.[index] === 1) return
          const skip = skipOf?.[index] ?? 0
          if (skip !== 0) {
            // never read: stored as zero (a zero marker where the base holds data)
            if (skip === SKIP_FREE) this.stats.blocksSkippedFree++
            else if (skip === SKIP_SWAP) this.stats.blocksSkippedSwap++
            else if (skip === SKIP_EXCLUDED) this.stats.blocksSkippedExcluded++
            const mustZero = repair?.[index] === 1
            const baseDigest = index < baseBlocks && !mustZero ? base!.subarray(index * DIGEST_LENGTH, (index + 1) * DIGEST_LENGTH) : undefined
            if (mustZero || (baseDigest !== undefined && !isZero(baseDigest))) {
              await client.sendZero(index)
              this.stats.blocksSent++
            }
            this.blocksDone++
            return
          }
          // a block to repair compares with nothing: it is sent (a zero one as a zero marker)
          const mustSend = repair?.[index] === 1
          const baseDigest = index < baseBlocks && !mustSend ? base!.subarray(index * DIGEST_LENGTH, (index + 1) * DIGEST_LENGTH) : undefined
          const baseIsZero = !mustSend && (baseDigest === undefined || isZero(baseDigest))
          const hole = data !== undefined && data[index] === 0
          // a hole is not read, so it costs no tokens; tokens come before buffers, so a throttled
          // task does not hold the proxy's shared buffers while it waits
          if (!hole) await bucket?.take(Math.min(blockSize, reader.size - index * blockSize), signal)
          const buffers = hole ? undefined : await pool.take(blockSize, signal)
          try {
            const raw = buffers === undefined ? undefined : await reader.read(index, buffers.input)
            if (raw !== undefined) {
              this.stats.bytesRead += raw.byteLength
              this.#init.onBytesRead?.(raw.byteLength)
              this.#init.metrics?.bytesRead.inc(raw.byteLength)
            }
            if (raw === undefined || isZero(raw)) {
              this.stats.blocksZero++
              this.#init.metrics?.zeroBlocksSkipped.inc()
              if (!baseIsZero) {
                await client.sendZero(index)
                this.stats.blocksSent++
              }
              this.blocksDone++
              return
            }
            // hashed, and compressed unless unchanged, in a codec thread; sealed too under a key
            const { digest, length, compressed } = await codec.pack({
              input: raw,
              output: compression === 'zstd' || dataKey !== undefined ? buffers!.output : undefined,
              level: compression === 'zstd' ? level : undefined,
              unless: baseDigest,
              key: dataKey?.material,
              algorithm
            })
            if (baseDigest !== undefined && digest.equals(baseDigest)) {
              this.stats.blocksUnchanged++
              this.blocksDone++
              return
            }
            const payload = length >= 0 ? buffers!.output.subarray(0, length) : raw
            const method = (dataKey === undefined ? length >= 0 : compressed) ? 'zstd' : 'none'
            // the rules count what goes on the wire: the payload and its frame's few header bytes
            await this.#init.limiter?.take(payload.byteLength + BLOCK_FRAME_OVERHEAD, signal)
            await client.sendBlock({ index, digest, rawLength: raw.byteLength, compression: method, sealed: dataKey !== undefined }, payload)
            this.stats.blocksSent++
            this.stats.bytesSent += payload.byteLength
            this.#init.metrics?.bytesSent.inc(payload.byteLength)
            this.stats.rawBytesSent += raw.byteLength
            this.blocksDone++
          } finally {
            if (buffers !== undefined) pool.give(buffers)
          }
        }
      })

      await reader.close()
      if (reader.modified) {
        this.warnings.push(`${this.what}: the image ${task.source} was written while it was read; the backup is only crash-consistent if the snapshot was`)
      }
      const summary = await pipe.end()
      this.stats.bytesStored = summary.bytesStored ?? 0
      this.stats.blocksDeduped = summary.blocksDeduped ?? 0
      return { stagedId: summary.stagedId ?? '', stats: this.stats, warnings: this.warnings, notes: this.notes, mode: disk.mode }
    } catch (err) {
      pipe?.abort(err as Error)
      throw err
    } finally {
      // the plan reads through the reader (and may hold a mount): it ends first
      await planning.catch(() => {})
      await reader.close().catch(() => {})
    }
  }

  #wrap (err: unknown): DiskMoveError {
    if (err instanceof DiskMoveError) return new DiskMoveError(err.code, `backup of ${this.what} failed: ${err.message}`, err)
    const e = err as Error & { code?: unknown, remoteCode?: unknown }
    if (this.#init.signal?.aborted === true) {
      return new DiskMoveError('ERR_TASK_CANCELLED', `backup of ${this.what} was cancelled after ${this.blocksDone} of ${this.stats.blocksTotal} blocks`, err)
    }
    const code = typeof e.remoteCode === 'string' && e.remoteCode !== '' ? e.remoteCode : typeof e.code === 'string' && e.code !== '' ? e.code : 'ERR_DATA_MOVER'
    return new DiskMoveError(code, `backup of ${this.what} failed: ${e.message ?? String(err)}`, err)
  }
}

/**
 * The task's data key and its fingerprint, or undefined for a plain job. A key that does not
 * match the fingerprint the manager gave would seal blocks the points name under another key:
 * refused before a block is read.
 */
function taskDataKey (task: TaskSpec): KeyMaterial | undefined {
  const material = task.dataKey ?? new Uint8Array(0)
  if (material.byteLength === 0) {
    if ((task.keyFingerprint ?? '') !== '') throw new DiskMoveError('ERR_BAD_TASK', `the task names data key ${task.keyFingerprint} but carries no key; the manager must put the job's key in its tasks`)
    return undefined
  }
  if (material.byteLength !== KEY_BYTES) throw new DiskMoveError('ERR_BAD_TASK', `the task's data key is ${material.byteLength} bytes, not ${KEY_BYTES}`)
  const fingerprint = dataKeyFingerprint(material)
  if ((task.keyFingerprint ?? '') !== fingerprint) {
    throw new DiskMoveError('ERR_BAD_TASK', `the task's data key has fingerprint ${fingerprint}, but the task names ${task.keyFingerprint || 'none'}; the manager's key catalog and the job disagree`)
  }
  return { material, fingerprint }
}

/** One byte per block, 1 where the source may hold data; undefined when it cannot say. */
async function dataBlocks (source: BlockSource): Promise<Uint8Array | undefined> {
  const map = new Uint8Array(source.blockCount)
  try {
    for await (const index of source.blocks()) if (index >= 0 && index < map.length) map[index] = 1
  } catch {
    return undefined
  }
  return map
}

/** CBT's changed blocks with the blocks to repair added, in order; undefined (read all) stays so. */
function withRepairs (changed: number[] | undefined | null, repair: Uint8Array | undefined): number[] | undefined {
  if (changed == null) return undefined
  if (repair === undefined) return changed
  const all = new Set(changed)
  for (let i = 0; i < repair.length; i++) if (repair[i] === 1) all.add(i)
  return [...all].sort((a, b) => a - b)
}

/** The blocks to visit with the skipped blocks whose base digest is not zero added, in order; undefined (read all) stays so. */
function withSkipped (changed: number[] | undefined, skip: Uint8Array | undefined, base: Uint8Array, baseBlocks: number): number[] | undefined {
  if (changed === undefined || skip === undefined) return changed
  const all = new Set(changed)
  for (let i = 0; i < skip.length && i < baseBlocks; i++) {
    if (skip[i] !== 0 && !all.has(i) && !isZero(base.subarray(i * DIGEST_LENGTH, (i + 1) * DIGEST_LENGTH))) all.add(i)
  }
  return all.size === changed.length ? changed : [...all].sort((a, b) => a - b)
}

/** One byte per block, 1 for the blocks of [first, count, ...] ranges (resumed, or to repair); undefined for none. */
function resumedMask (ranges: readonly number[], blockCount: number): Uint8Array | undefined {
  if (ranges.length === 0) return undefined
  const mask = new Uint8Array(blockCount)
  for (let i = 0; i + 1 < ranges.length; i += 2) mask.fill(1, Math.min(ranges[i]!, blockCount), Math.min(ranges[i]! + ranges[i + 1]!, blockCount))
  return mask
}
