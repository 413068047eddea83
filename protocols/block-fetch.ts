/**
 * @packageDocumentation
 * The block-fetch protocol: a repository node reads restore point manifests and stored blocks from
 * another repository node, to copy points (a copy job) or to take a good copy of a damaged block
 * (a verify's repair). Every repository node serves it.
 *
 * ```
 * requester                                       source repository
 *   { hello: { bulk_lane } }                  →
 *                                             ←   { lane }  (TLS bulk lane, protocols/bulk-lane.ts) …
 *   … (on the lane, or { lane_declined })     →
 *                                             ←   { ready }
 *   { manifest: { id, point_id } }            →
 *   { blocks: { id, digests } } × many        →   (requests pipelined: many in flight)
 *                                             ←   { manifest }  { block } … { block } { batch_end } …
 *                                                 (answers in request order; { error } ends the stream)
 * ```
 *
 * Blocks travel as they are stored (compression code, sealed flag, raw length, data): a sealed
 * block stays sealed, so a copy needs no key; the receiver checks each block as a backup's
 * (roles/repository's disk writer). A block the source cannot read is answered with its code and
 * no data, so that one bad block fails one point, not the stream. The requester keeps several
 * batches in flight per stream and may open several streams: on a long fat link one TCP
 * connection's window (the kernel's tcp_rmem) caps what a single stream carries.
 *
 * @example
 * ```ts
 * await handleBlockFetch(libp2p, repo, { lane })                          // on every repository node
 * const source = await openBlockFetch({ libp2p, peerId: sourcePeer })    // on the one that copies
 * const point = await source.manifest('web01-20260101-0000')
 * await source.blocks(digests, async (block) => { await writer.putBlock(...) })
 * await source.close()
 * ```
 */
import type { Libp2p, PeerId } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { pb, type FetchedBlock, type FetchRequest, type RestorePoint } from '../proto/index.ts'
import type { RestoreLimiter } from './restore.ts'
import { CodedError } from '../node/core/errors.ts'
import { DEFAULT_MAX_FRAME_BYTES } from './frames/codec.ts'
import { closeAndDrain, type Frames } from './frames/frames.ts'
import { framed } from './frames/stream-frames.ts'
import { framedSocket } from './frames/socket-frames.ts'
import { connectLane, offerLane, remoteHost, type BulkLane } from './bulk-lane.ts'
import { encodePayloadFrame } from './datapipe/block-frame.ts'
import type { BlockFetchErrorCode } from './error-codes.ts'
import { parseDigestAlgorithm, type DigestAlgorithm } from '../node/core/digest-algorithm.ts'

export const BLOCK_FETCH_PROTOCOL = '/meshbackup/block-fetch/1.0.0'

const DIGEST_LENGTH = 32
/** Blocks the server reads ahead of the one it is writing (its storage's latency hidden). */
const READ_AHEAD = 16
/**
 * Room for a stored block of the usual size and its record header: the server reads blocks into
 * buffers it takes back once they are on the wire, as the restore server does. A fresh megabyte
 * per block made the repository's lane writes cost four to seven times the restore's per byte.
 */
const READ_BUFFER_BYTES = 1024 * 1024 + 4096
/** Digests in one FetchBlocks request at most (one frame). */
export const MAX_BATCH = 4096
/** Stream idle time after which a requester waiting for answers gives up. */
export const DEFAULT_IDLE_MS = 60_000

/** A block-fetch failure; `remoteCode`: the code the source answered with, if it did. */
export class BlockFetchError extends CodedError<BlockFetchErrorCode> {
  readonly remoteCode: string

  constructor (code: BlockFetchErrorCode, message: string, options: { remoteCode?: string, cause?: unknown } = {}) {
    super(code, message, { cause: options.cause })
    this.remoteCode = options.remoteCode ?? ''
  }
}

/** What the server needs from a repository (roles/repository's Repository meets it). */
export interface BlockFetchSource {
  getPoint(id: string): Promise<RestorePoint>
  /** the block as stored, read into `into` when given and large enough; `sealed`: `data` is a sealed frame */
  readBlock(digest: Uint8Array, into?: Buffer): Promise<{ data: Uint8Array, compression: string, rawLength: number, sealed?: boolean }>
  /** the repository's block digest (default SHA-256), told in the ready frame */
  readonly digestAlgorithm?: DigestAlgorithm
}

export interface HandleBlockFetchOptions {
  log?: { warn: (msg: string, fields?: Record<string, unknown>) => void, info?: (msg: string, fields?: Record<string, unknown>) => void }
  /** offered to requesters that can connect to it: block data on TLS instead of libp2p */
  lane?: BulkLane
  /** ms to wait for the hello after the stream opens (30 s) */
  helloTimeoutMs?: number
  /** the limiter of the traffic to `peer` under the throttling rules the hello brought (none: unthrottled) */
  limiter?: (peer: string, rules: NonNullable<FetchRequest['hello']>['trafficRules']) => RestoreLimiter | undefined
}

/** Serves manifests and stored blocks of `source`; stop with {@link unhandleBlockFetch}. */
export async function handleBlockFetch (libp2p: Libp2p, source: BlockFetchSource, options: HandleBlockFetchOptions = {}): Promise<void> {
  await libp2p.handle(BLOCK_FETCH_PROTOCOL, async (stream, connection) => {
    const peer = connection.remotePeer.toString()
    await serveStream(framed(stream, { remotePeer: peer }), peer, source, options)
  })
}

export async function unhandleBlockFetch (libp2p: Libp2p): Promise<void> {
  await libp2p.unhandle(BLOCK_FETCH_PROTOCOL)
}

async function serveStream (f: Frames, peer: string, source: BlockFetchSource, options: HandleBlockFetchOptions): Promise<void> {
  let frames = f
  try {
    const hello = await f.readMessage(pb.FetchRequest, { timeoutMs: options.helloTimeoutMs ?? 30_000 })
    if (hello === undefined) return
    if (hello.request !== 'hello') throw new BlockFetchError('ERR_COPY_FETCH_PROTOCOL', `block fetch from ${peer} began with ${hello.request ?? 'an empty request'}, not a hello`)
    if (options.lane !== undefined && hello.hello?.bulkLane === true) {
      const socket = await offerLane(options.lane, async (lane) => { await f.writeMessage(pb.FetchFrame, { lane }) }, async () => {
        const answer = await f.readMessage(pb.FetchRequest)
        return answer === undefined ? undefined : answer.laneDeclined || 'declined'
      })
      if (typeof socket !== 'string') {
        frames = framedSocket(socket, { remotePeer: peer })
        void f.close().catch(() => {})
      }
    }
    await frames.writeMessage(pb.FetchFrame, { ready: { digestAlgorithm: source.digestAlgorithm ?? 'sha256' } })
    const rules = hello.hello?.trafficRules ?? []
    const limiter = rules.length > 0 ? options.limiter?.(peer, rules) : undefined
    try {
      await serveRequests(frames, source, limiter)
    } finally {
      limiter?.close()
      const slowest = limiter?.slowest
      if (slowest !== undefined) options.log?.info?.(`block fetch (a copy) to ${peer} throttled by rule "${slowest.rule}": waited ${(slowest.waitedMs / 1000).toFixed(1)} s for it`, { peer, rule: slowest.rule, waitedMs: Math.round(slowest.waitedMs) })
    }
    await frames.close()
  } catch (err) {
    const e = err as Error & { code?: string }
    options.log?.warn('block fetch stream failed', { peer, code: e.code, error: e.message })
    try {
      await frames.writeMessage(pb.FetchFrame, { error: { code: e.code ?? 'ERR_INTERNAL', message: e.message } })
      await closeAndDrain(frames, 5000)
    } catch (closeErr) {
      frames.abort(closeErr as Error)
    }
    if (frames !== f) f.abort(e)
  }
}

/**
 * Reads requests as they come and answers them in order: blocks are read up to READ_AHEAD ahead
 * of the one being written (across batch boundaries), so the source's storage and the wire
 * overlap, and the writer is paced by the stream.
 */
async function serveRequests (f: Frames, source: BlockFetchSource, limiter?: RestoreLimiter): Promise<void> {
  const answers: Array<Promise<{ parts: Uint8Array[], buffer?: Buffer }>> = []
  const free: Buffer[] = []
  let wakeWriter: (() => void) | undefined
  let wakeReader: (() => void) | undefined
  let readerDone = false
  let readerError: Error | undefined
  let reads = 0
  const push = (answer: Promise<{ parts: Uint8Array[], buffer?: Buffer }>): void => {
    answer.catch(() => {})
    answers.push(answer)
    wakeWriter?.()
  }
  const reader = (async () => {
    try {
      for (;;) {
        const request = await f.readMessage(pb.FetchRequest)
        if (request === undefined) break
        if (request.request === 'manifest') {
          const id = request.manifest!.id ?? 0
          const pointId = request.manifest!.pointId ?? ''
          push(source.getPoint(pointId).then(
            (point) => ({ parts: [pb.FetchFrame.encode({ manifest: { id, point } }).finish()] }),
            (err: Error & { code?: string }) => ({ parts: [pb.FetchFrame.encode({ manifest: { id, errorCode: err.code ?? 'ERR_INTERNAL', error: err.message } }).finish()] })))
        } else if (request.request === 'blocks') {
          const id = request.blocks!.id ?? 0
          const digests = request.blocks!.digests ?? new Uint8Array(0)
          if (digests.byteLength % DIGEST_LENGTH !== 0 || digests.byteLength / DIGEST_LENGTH > MAX_BATCH) {
            throw new BlockFetchError('ERR_COPY_FETCH_PROTOCOL', `a block request lists ${digests.byteLength} bytes of digests: not a whole number of 32-byte digests, or more than ${MAX_BATCH}`)
          }
          for (let at = 0; at < digests.byteLength; at += DIGEST_LENGTH) {
            while (reads >= READ_AHEAD) await new Promise<void>((resolve) => { wakeReader = resolve })
            const digest = Buffer.from(digests.subarray(at, at + DIGEST_LENGTH))
            reads++
            const buffer = free.pop() ?? Buffer.allocUnsafeSlow(READ_BUFFER_BYTES)
            push(source.readBlock(digest, buffer).then(
              (b) => ({ parts: encodePayloadFrame(4, pb.FetchedBlock.encode({ digest, rawLength: b.rawLength, compression: b.compression, sealed: b.sealed === true }).finish(), b.data), buffer }),
              (err: Error & { code?: string }) => ({ parts: [pb.FetchFrame.encode({ block: { digest, missingCode: err.code ?? 'ERR_INTERNAL', missing: err.message } }).finish()], buffer })
            ).finally(() => { reads--; wakeReader?.() }))
          }
          push(Promise.resolve({ parts: [pb.FetchFrame.encode({ batchEnd: { id } }).finish()] }))
        } else {
          throw new BlockFetchError('ERR_COPY_FETCH_PROTOCOL', `unexpected block fetch request ${request.request ?? '(empty)'}`)
        }
      }
    } catch (err) {
      readerError = err as Error
    } finally {
      readerDone = true
      wakeWriter?.()
    }
  })()
  for (;;) {
    if (answers.length === 0) {
      if (readerDone) break
      await new Promise<void>((resolve) => { wakeWriter = resolve })
      wakeWriter = undefined
      continue
    }
    const { parts, buffer } = await answers.shift()!
    // the rules count what goes on the wire
    if (limiter !== undefined) await limiter.take(parts.reduce((n, p) => n + p.byteLength, 0))
    await f.write(...parts)
    if (buffer !== undefined) free.push(buffer)
  }
  await reader
  if (readerError !== undefined) throw readerError
}

export interface OpenBlockFetchOptions {
  libp2p: Libp2p
  /** the source repository node */
  peerId: PeerId | string
  /** false: stay on libp2p even when the source offers its bulk lane */
  lane?: boolean
  /** ms without a frame, while answers are due, after which the fetch fails (60 s) */
  idleTimeoutMs?: number
  /** the throttling rules the source waits on before each block frame (a copy's, from the manager) */
  trafficRules?: NonNullable<FetchRequest['hello']>['trafficRules']
  signal?: AbortSignal
}

/** The requesting end of one block-fetch stream. */
export interface BlockFetchClient {
  /** A point's manifest as the source holds it; ERR_COPY_FETCH_REFUSED with `remoteCode` ERR_NO_SUCH_POINT when it has none. */
  manifest(pointId: string): Promise<RestorePoint>
  /**
   * Asks for the stored blocks of `digests` (at most MAX_BATCH); `onBlock` is called for each, in
   * order, as it arrives (a block the source cannot give has `missingCode` set and no data).
   * Resolves once every block came and every `onBlock` settled; rejects with the first `onBlock`
   * failure. Several calls may be in flight: that is what fills a long link.
   */
  blocks(digests: Uint8Array[], onBlock: (block: FetchedBlock) => Promise<void>): Promise<void>
  /**
   * Hands back the memory of the frame that carried `block`, once nothing refers to its data any
   * more (decompressed, or copied), so the next block is assembled in it; a block never handed
   * back is left to the garbage collector.
   */
  release(block: FetchedBlock): void
  /** Stored bytes received so far. */
  readonly bytesReceived: number
  /** 'tls' (the bulk lane) or 'libp2p' */
  readonly transport: 'tls' | 'libp2p'
  /** The source repository's block digest, as its ready frame said ('' or absent: SHA-256); may name one this node does not know. */
  readonly digestAlgorithm: string
  /** Ends the stream (requests in flight fail). */
  close(): Promise<void>
}

interface Waiting {
  kind: 'manifest' | 'blocks'
  id: number
  what: string
  resolve: (value: unknown) => void
  reject: (err: Error) => void
  onBlock?: (block: FetchedBlock) => Promise<void>
  expected: number
  received: number
  handling: Array<Promise<void>>
}

/**
 * The digest the blocks of `client`'s repository are checked by, for a reader that checks them
 * itself (an NBD export of a point); a name this meshbackup does not know is refused here,
 * rather than every block failing its check. (A copy compares the name with its target's.)
 */
export function checkedDigestAlgorithm (client: BlockFetchClient, who: string): DigestAlgorithm {
  const algorithm = parseDigestAlgorithm(client.digestAlgorithm)
  if (algorithm === undefined) throw new BlockFetchError('ERR_COPY_FETCH_PROTOCOL', `repository node ${who} names its blocks by "${client.digestAlgorithm}", which this meshbackup does not know: upgrade this node`)
  return algorithm
}

/** Opens a block-fetch stream to a source repository node (switching to its bulk lane when it offers one). */
export async function openBlockFetch (options: OpenBlockFetchOptions): Promise<BlockFetchClient> {
  const peerId = typeof options.peerId === 'string' ? peerIdFromString(options.peerId) : options.peerId
  const who = peerId.toString()
  let f: Frames
  try {
    const timeout = AbortSignal.timeout(30_000)
    const stream = await options.libp2p.dialProtocol(peerId, BLOCK_FETCH_PROTOCOL, { signal: options.signal == null ? timeout : AbortSignal.any([options.signal, timeout]) })
    f = framed(stream, { remotePeer: who, maxFrameBytes: DEFAULT_MAX_FRAME_BYTES })
  } catch (err) {
    throw new BlockFetchError('ERR_COPY_FETCH_UNREACHABLE', `cannot open a block fetch stream to repository node ${who}: ${(err as Error).message}; is its daemon running and a member of this mesh?`, { cause: err })
  }
  const idle = options.idleTimeoutMs ?? DEFAULT_IDLE_MS
  const laneHost = options.lane === false ? undefined : remoteHost(options.libp2p, peerId)
  let transport: 'tls' | 'libp2p' = 'libp2p'
  let digestAlgorithm = 'sha256'
  const fail = (err: unknown): never => {
    f.abort(err as Error)
    if (err instanceof BlockFetchError) throw err
    throw new BlockFetchError('ERR_COPY_FETCH_PROTOCOL', `block fetch from ${who} failed while setting up: ${(err as Error).message}`, { cause: err })
  }
  try {
    await f.writeMessage(pb.FetchRequest, { hello: { bulkLane: laneHost !== undefined, trafficRules: options.trafficRules ?? [] } })
    let first = await f.readMessage(pb.FetchFrame, { timeoutMs: 30_000 })
    if (first?.frame === 'lane' && laneHost !== undefined) {
      try {
        const socket = await connectLane(first.lane!, { host: laneHost, signal: options.signal })
        const control = f
        f = framedSocket(socket, { remotePeer: who, maxFrameBytes: DEFAULT_MAX_FRAME_BYTES })
        transport = 'tls'
        void control.close().catch(() => {})
      } catch (err) {
        await f.writeMessage(pb.FetchRequest, { laneDeclined: (err as Error).message })
      }
      first = await f.readMessage(pb.FetchFrame, { timeoutMs: 30_000 })
    }
    if (first?.frame === 'error') throw new BlockFetchError('ERR_COPY_FETCH_REFUSED', `repository node ${who} refused the block fetch: ${first.error?.message ?? ''}`, { remoteCode: first.error?.code ?? '' })
    if (first?.frame !== 'ready') throw new BlockFetchError('ERR_COPY_FETCH_PROTOCOL', `repository node ${who} answered the block fetch hello with ${first?.frame ?? 'nothing'}`)
    digestAlgorithm = first.ready?.digestAlgorithm || 'sha256'
  } catch (err) {
    fail(err)
  }
  return new FetchClient(f, who, transport, idle, options.signal, digestAlgorithm)
}

class FetchClient implements BlockFetchClient {
  readonly transport: 'tls' | 'libp2p'
  readonly digestAlgorithm: string
  bytesReceived = 0
  readonly #f: Frames
  readonly #who: string
  readonly #idleMs: number
  readonly #waiting: Waiting[] = []
  /** the frame each block handed out came in, for `release` */
  readonly #frameOf = new WeakMap<FetchedBlock, object>()
  #nextId = 1
  #failure: Error | undefined
  #reading = false

  constructor (f: Frames, who: string, transport: 'tls' | 'libp2p', idleMs: number, signal: AbortSignal | undefined, digestAlgorithm: string) {
    this.#f = f
    this.#who = who
    this.transport = transport
    this.digestAlgorithm = digestAlgorithm
    this.#idleMs = idleMs
    signal?.addEventListener('abort', () => { this.#fail(new BlockFetchError('ERR_COPY_FETCH_ABORTED', `block fetch from ${who} cancelled`)) }, { once: true })
  }

  async manifest (pointId: string): Promise<RestorePoint> {
    const id = this.#nextId++
    const answer = this.#expect({ kind: 'manifest', id, what: `the manifest of restore point ${pointId}`, expected: 0 })
    await this.#send(pb.FetchRequest.encode({ manifest: { id, pointId } }).finish())
    return await answer as RestorePoint
  }

  async blocks (digests: Uint8Array[], onBlock: (block: FetchedBlock) => Promise<void>): Promise<void> {
    if (digests.length > MAX_BATCH) throw new RangeError(`at most ${MAX_BATCH} digests per block request, not ${digests.length}`)
    const id = this.#nextId++
    const answer = this.#expect({ kind: 'blocks', id, what: `${digests.length} block(s)`, expected: digests.length, onBlock })
    await this.#send(pb.FetchRequest.encode({ blocks: { id, digests: Buffer.concat(digests) } }).finish())
    await answer
  }

  release (block: FetchedBlock): void {
    const frame = this.#frameOf.get(block)
    if (frame === undefined) return
    this.#frameOf.delete(block)
    this.#f.release?.(frame)
  }

  async close (): Promise<void> {
    this.#fail(new BlockFetchError('ERR_COPY_FETCH_CLOSED', `the block fetch stream to ${this.#who} was closed`))
    await this.#f.close().catch(() => {})
  }

  #expect (w: Omit<Waiting, 'resolve' | 'reject' | 'received' | 'handling'>): Promise<unknown> {
    if (this.#failure !== undefined) return Promise.reject(this.#failure)
    const { promise, resolve, reject } = Promise.withResolvers<unknown>()
    promise.catch(() => {})
    this.#waiting.push({ ...w, resolve, reject, received: 0, handling: [] })
    if (!this.#reading) void this.#read()
    return promise
  }

  async #send (bytes: Uint8Array): Promise<void> {
    try {
      await this.#f.write(bytes)
    } catch (err) {
      this.#fail(new BlockFetchError('ERR_COPY_FETCH_CLOSED', `cannot send a request to repository node ${this.#who}: ${(err as Error).message}`, { cause: err }))
    }
  }

  #fail (err: Error): void {
    if (this.#failure !== undefined) return
    this.#failure = err
    for (const w of this.#waiting.splice(0)) w.reject(err)
    this.#f.abort(err)
  }

  /** The one reader: answers are matched to requests in order. */
  async #read (): Promise<void> {
    this.#reading = true
    try {
      while (this.#waiting.length > 0 && this.#failure === undefined) {
        let frame
        try {
          frame = await this.#f.readMessage(pb.FetchFrame, { timeoutMs: this.#idleMs })
        } catch (err) {
          const code = (err as { code?: string }).code
          throw code === 'ERR_READ_TIMEOUT'
            ? new BlockFetchError('ERR_COPY_FETCH_STALLED', `repository node ${this.#who} sent nothing for ${Math.round(this.#idleMs / 1000)} s while ${this.#waiting[0]!.what} were due; is its daemon running? (\`meshbackup status\`)`, { cause: err })
            : new BlockFetchError('ERR_COPY_FETCH_CLOSED', `the block fetch stream from ${this.#who} failed: ${(err as Error).message}`, { cause: err })
        }
        if (frame === undefined) throw new BlockFetchError('ERR_COPY_FETCH_CLOSED', `repository node ${this.#who} closed the block fetch stream with ${this.#waiting[0]!.what} due; see its log`)
        if (frame.frame === 'error') {
          throw new BlockFetchError('ERR_COPY_FETCH_REFUSED', `repository node ${this.#who} stopped the block fetch: ${frame.error?.message ?? ''}`, { remoteCode: frame.error?.code ?? '' })
        }
        const head = this.#waiting[0]!
        if (frame.frame === 'manifest' && head.kind === 'manifest' && (frame.manifest!.id ?? 0) === head.id) {
          this.#waiting.shift()
          const m = frame.manifest!
          if ((m.errorCode ?? '') !== '') head.reject(new BlockFetchError('ERR_COPY_FETCH_REFUSED', `repository node ${this.#who} cannot give ${head.what}: ${m.error ?? ''}`, { remoteCode: m.errorCode ?? '' }))
          else head.resolve(m.point ?? {})
        } else if (frame.frame === 'block' && head.kind === 'blocks' && head.received < head.expected) {
          head.received++
          const block = frame.block!
          this.#frameOf.set(block, frame)
          this.bytesReceived += block.data?.byteLength ?? 0
          const handled = head.onBlock!(block)
          handled.catch(() => {})
          head.handling.push(handled)
        } else if (frame.frame === 'batchEnd' && head.kind === 'blocks' && (frame.batchEnd!.id ?? 0) === head.id && head.received === head.expected) {
          this.#waiting.shift()
          void Promise.all(head.handling).then(() => head.resolve(undefined), head.reject)
        } else {
          throw new BlockFetchError('ERR_COPY_FETCH_PROTOCOL', `repository node ${this.#who} sent ${frame.frame ?? 'an empty frame'} while ${head.what} were due`)
        }
      }
    } catch (err) {
      this.#fail(err as Error)
    } finally {
      this.#reading = false
    }
  }
}
