/**
 * @packageDocumentation
 * Hashing and compression of blocks in worker threads (node/core/codec-worker.ts), one per core,
 * shared by every data mover of the daemon (SHA-256 or BLAKE3 by the job's repository); for an encrypted job, the keyed block id and the
 * sealed frame too (node/core/crypto/block-cipher.ts), each thread keeping one cipher per key.
 *
 * Why not the libuv pool (WebCrypto, zlib's async calls): those copy each block and allocate
 * its output on the daemon's heap, and at a gigabyte a second of such buffers V8 ran a full
 * mark-compact of the daemon several times a second — a third of the data path's CPU went to
 * garbage collection. Here the blocks are views of SharedArrayBuffers the caller reuses
 * ({@link sharedBlock}), so the daemon allocates nothing per block.
 *
 * @example
 * ```ts
 * const codec = codecPool()
 * const input = sharedBlock(blockSize), output = sharedBlock(packRoom(blockSize))   // reused block after block
 * const { digest, length } = await codec.pack({ input, output, level: 1, unless: baseDigest })
 * // length -1: not compressed (or unchanged: digest equals `unless`); else output[0..length)
 * const { digest } = await codec.unpack({ input: payload, compression: 'zstd', rawLength })
 *
 * // encrypted: the keyed block id, and a sealed frame of the (compressed) block in output[0..length)
 * const out = sharedBlock(sealedPackRoom(blockSize))
 * const sealed = await codec.pack({ input, output: out, level: 1, key: dataKey })   // { digest: id, length, compressed }
 * const { digest: id2 } = await codec.unpack({ input: frame, compression: 'zstd', rawLength, key: dataKey, sealed: true, blockId: id })
 * ```
 */
import { getCompileCacheDir } from 'node:module'
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { CodedError } from './errors.ts'
import { SEAL_OVERHEAD } from './crypto/block-cipher.ts'
import { dataKeyFingerprint } from './crypto/fingerprint.ts'
import type { DigestAlgorithm } from './digest-algorithm.ts'

/** A data key on its way to a worker: its fingerprint names the worker's cached cipher. */
interface KeyFields { key?: Uint8Array, keyFingerprint?: string }

/** The block digest of the repository the block belongs to ('sha256' when absent); under a key, the keyed form of it. */
interface DigestField { algorithm?: DigestAlgorithm }

export type CodecJob =
  | { op: 'pack', id: number, input: Uint8Array, output?: Uint8Array, level?: number, unless?: Uint8Array } & KeyFields & DigestField
  | { op: 'unpack', id: number, input: Uint8Array, compression: string, rawLength: number, output?: Uint8Array, blockId?: Uint8Array } & KeyFields & DigestField

export type CodecReply =
  | { id: number, digest: Uint8Array, length: number, compressed?: boolean, error?: undefined }
  | { id: number, error: { code: string, message: string } }

export interface PackResult {
  /** the block's digest by `algorithm` (SHA-256 by default); given a key, its keyed block id */
  digest: Buffer
  /**
   * bytes of compressed data in `output`, or -1 when the block is sent as it is; given a key, the
   * sealed frame's bytes in `output` (-1 only for a block unchanged since `unless`)
   */
  length: number
  /** given a key: whether the payload inside the sealed frame is compressed (zstd) */
  compressed: boolean
}

export interface UnpackResult {
  /** the raw block's digest by `algorithm`; for a sealed block, its keyed block id */
  digest: Buffer
  /** raw bytes (written to `output` when one was given) */
  length: number
}

/** A codec failure; `code` ERR_BAD_LENGTH or zlib's code means the data is damaged. */
export class CodecError extends CodedError {}

/**
 * The output size `pack` needs so that compressing a block of `bytes` never runs out of room
 * (zstd's compress bound): an incompressible block then ends its frame like any other, where
 * running out mid-frame would cost the thread its compression context.
 */
export function packRoom (bytes: number): number {
  return bytes + (bytes >>> 8) + (bytes < 128 * 1024 ? (128 * 1024 - bytes) >>> 11 : 0) + 64
}

/** The output size `pack` needs to seal a block of `bytes` (compressed or not) under a data key. */
export function sealedPackRoom (bytes: number): number {
  return packRoom(bytes) + SEAL_OVERHEAD
}

/** A block buffer the workers see without a copy. */
export function sharedBlock (bytes: number): Buffer {
  return Buffer.from(new SharedArrayBuffer(bytes))
}

interface Thread {
  worker: Worker
  busy: number
}

interface Job {
  resolve(reply: { digest: Uint8Array, length: number, compressed?: boolean }): void
  reject(err: Error): void
  thread: Thread
  /** the staging buffer the input was copied to, returned to the free list when the job is done */
  staged?: Buffer
}

export class CodecPool {
  readonly #threads: Thread[] = []
  readonly #jobs = new Map<number, Job>()
  /** SharedArrayBuffers that inputs in ordinary memory are copied into for the threads */
  readonly #staging: Buffer[] = []
  #next = 1
  #closed = false

  constructor (init: { threads?: number } = {}) {
    const count = Math.max(1, init.threads ?? availableParallelism())
    for (let i = 0; i < count; i++) this.#threads.push(this.#spawn())
  }

  /**
   * Hashes `input` (by `algorithm`, default SHA-256) and, given a level and an output, compresses it unless its digest equals `unless`.
   * Given a data `key` (32 bytes): the digest is the keyed block id, and unless it equals `unless`
   * the block is compressed (kept only if smaller) and sealed into `output`, which needs
   * {@link sealedPackRoom} bytes.
   */
  async pack (job: { input: Uint8Array, output?: Uint8Array, level?: number, unless?: Uint8Array, key?: Uint8Array, algorithm?: DigestAlgorithm }): Promise<PackResult> {
    const reply = await this.#run({ op: 'pack', id: 0, ...job, ...keyFields(job.key) })
    return { digest: Buffer.from(reply.digest.buffer, reply.digest.byteOffset, reply.digest.byteLength), length: reply.length, compressed: reply.compressed === true }
  }

  /**
   * Decompresses `input` (into `output`, if given: with a byte of room beyond `rawLength` it is
   * written in place, else copied there) and hashes the raw block; fails unless it is `rawLength` bytes.
   * `sealed` with a data `key` and the block's id: `input` is a sealed frame, opened first (GCM)
   * and the raw block's keyed id returned as the digest; a frame of another key fails with
   * ERR_WRONG_KEY, a damaged or altered one with ERR_BLOCK_DAMAGED. Without an output the block
   * is only checked.
   */
  async unpack (job: { input: Uint8Array, compression: string, rawLength: number, output?: Uint8Array, sealed?: boolean, key?: Uint8Array, blockId?: Uint8Array, algorithm?: DigestAlgorithm }): Promise<UnpackResult> {
    const { sealed, key, ...rest } = job
    if (sealed === true && key === undefined) throw new CodecError('ERR_CODEC', 'a sealed block cannot be opened without its data key')
    const reply = await this.#run({ op: 'unpack', id: 0, ...rest, ...(sealed === true ? keyFields(key) : {}) })
    return { digest: Buffer.from(reply.digest.buffer, reply.digest.byteOffset, reply.digest.byteLength), length: reply.length }
  }

  async close (): Promise<void> {
    this.#closed = true
    await Promise.all(this.#threads.map(async (t) => await t.worker.terminate()))
  }

  #run (job: CodecJob): Promise<{ digest: Uint8Array, length: number, compressed?: boolean }> {
    if (this.#closed) return Promise.reject(new CodecError('ERR_CODEC_CLOSED', 'the codec pool is closed'))
    // the least busy thread: tasks sharing the proxy share its cores in arrival order
    let thread = this.#threads[0]!
    for (const t of this.#threads) if (t.busy < thread.busy) thread = t
    const id = this.#next++
    const { promise, resolve, reject } = Promise.withResolvers<{ digest: Uint8Array, length: number, compressed?: boolean }>()
    // postMessage would clone an ordinary buffer into a fresh allocation on both sides; a copy
    // into a reused shared buffer costs a memcpy and allocates nothing
    let staged: Buffer | undefined
    if (!(job.input.buffer instanceof SharedArrayBuffer)) {
      staged = this.#takeStaging(job.input.byteLength)
      staged.set(job.input)
      job.input = staged.subarray(0, job.input.byteLength)
    }
    this.#jobs.set(id, { resolve, reject, thread, staged })
    thread.busy++
    if (thread.busy === 1) thread.worker.ref()
    thread.worker.postMessage({ ...job, id })
    return promise
  }

  #takeStaging (bytes: number): Buffer {
    const free = this.#staging.pop()
    return free !== undefined && free.byteLength >= bytes ? free : sharedBlock(Math.max(bytes, free?.byteLength ?? 0))
  }

  #settle (job: Job): void {
    if (job.staged !== undefined && this.#staging.length < 16) this.#staging.push(job.staged)
  }

  #spawn (): Thread {
    // the compile cache the process enabled (node/bin/meshbackup.js) is not a thread's own: given
    // to it, the thread takes its modules type-stripped from there instead of loading the type
    // stripper, which halves its start (about 0.3 → 0.16 CPU-s, and 30 → 16 MiB of RSS)
    const cache = getCompileCacheDir?.()
    const worker = new Worker(new URL('./codec-worker.ts', import.meta.url), cache === undefined ? {} : { env: { ...process.env, NODE_COMPILE_CACHE: cache } })
    const thread: Thread = { worker, busy: 0 }
    worker.on('message', (reply: CodecReply) => {
      const job = this.#jobs.get(reply.id)
      if (job === undefined) return
      this.#jobs.delete(reply.id)
      this.#settle(job)
      if (--thread.busy === 0) worker.unref()
      if (reply.error !== undefined) job.reject(new CodecError(reply.error.code, reply.error.message))
      else job.resolve(reply)
    })
    let gone = false
    const lost = (why: string): void => {
      if (gone) return
      gone = true
      for (const [id, job] of this.#jobs) {
        if (job.thread !== thread) continue
        this.#jobs.delete(id)
        this.#settle(job)
        job.reject(new CodecError('ERR_CODEC_WORKER', `a codec worker thread ${why}; the block is tried again with the task`))
      }
      if (this.#closed) return
      const index = this.#threads.indexOf(thread)
      if (index >= 0) this.#threads[index] = this.#spawn()
    }
    worker.on('error', (err: Error) => lost(`failed: ${err.message}`))
    worker.on('exit', (code) => { if (!this.#closed) lost(`exited with code ${code}`) })
    // after the listeners: adding a 'message' listener refs the worker again, and an idle thread
    // started with its role kept a stopped daemon from exiting
    worker.unref()
    return thread
  }
}

/** Fingerprints of the keys seen, so a key's is computed once (HKDF and SHA-256), not per block. */
const fingerprints = new WeakMap<Uint8Array, string>()

function keyFields (key: Uint8Array | undefined): KeyFields {
  if (key === undefined) return {}
  let keyFingerprint = fingerprints.get(key)
  if (keyFingerprint === undefined) {
    // a key of the wrong size fails here, in the caller, with ERR_BAD_KEY_MATERIAL
    keyFingerprint = dataKeyFingerprint(key)
    fingerprints.set(key, keyFingerprint)
  }
  return { key, keyFingerprint }
}

let shared: CodecPool | undefined

/** The daemon's pool, started on first use. */
export function codecPool (): CodecPool {
  shared ??= new CodecPool()
  return shared
}

/**
 * Starts the daemon's codec threads now: the proxy and repository roles call it when they start.
 * A thread's start (a Node isolate, its modules) costs about 0.16 CPU-s and 16 MiB, twice that
 * when it strips the types itself (see #spawn). Started on first use, as they were, the threads
 * of the proxy and the repository made the first backup after a start pay about 15% of its CPU
 * (the bench's 1 GiB full backup, eight A/B pairs). The threads are unref'd, keep no daemon from
 * exiting and cost nothing while idle.
 */
export function startCodecThreads (): CodecPool {
  return codecPool()
}
