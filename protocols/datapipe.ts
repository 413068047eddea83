/**
 * @packageDocumentation
 * The data pipe: one libp2p stream per task disk from the proxy (client) to the repository
 * (server), carrying pb.PipeFrame frames.
 *
 * ```
 * proxy                                   repository
 *   { header }                        →
 *                                     ←   { digests } … { digests, last: true }   (base point's list; one empty last chunk when none)
 *   { block } { block } … { end }     →
 *                                     ←   { summary }
 *                                     ←   { error }  at any time, then the repository closes
 * ```
 *
 * A block's payload goes out as its own part of the frame (see {@link encodeBlockFrame}): the
 * compressed bytes are never copied into an encoded message. This file knows nothing of leases,
 * stores or disks; roles/proxy and roles/repository bring those.
 *
 * @example
 * ```ts
 * // repository
 * await handlePipe(libp2p, async (pipe) => {
 *   await pipe.sendDigests(undefined, 0)
 *   for (let b = await pipe.nextBlock(); b !== undefined; b = await pipe.nextBlock()) store(b)
 *   await pipe.sendSummary({ stagedId: 's1' })
 * })
 * // proxy
 * const pipe = await openPipe(libp2p, repositoryPeer, header)
 * const base = await pipe.baseDigests()          // undefined: no usable base point
 * await pipe.sendBlock({ index: 0, digest, rawLength, compression: 'zstd' }, compressed)
 * const summary = await pipe.end()
 * ```
 */
import type { TLSSocket } from 'node:tls'
import type { Libp2p, PeerId } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { pb, type BulkLaneOffer, type PipeBlock, type PipeFrame, type PipeHeader, type PipeSummary } from '../proto/index.ts'
import { framed, DEFAULT_MAX_FRAME_BYTES, type Frames } from './framing.ts'
import { framedSocket } from './socket-framing.ts'
import { connectLane, offerLane, remoteHost, type BulkLane } from './bulk-lane.ts'
import { CodedError } from '../node/core/errors.ts'

export const DATAPIPE_PROTOCOL = '/meshbackup/datapipe/1.0.0'

/** The largest block size a pipe carries: a block frame must fit in one frame with room to spare. */
export const MAX_PIPE_BLOCK_SIZE = 4 * 1024 * 1024

/** Digests per PipeDigests chunk: 1 MiB of 32-byte digests. */
export const DIGESTS_PER_CHUNK = 32 * 1024

const DIGEST_LENGTH = 32

/**
 * Codes: ERR_PIPE_REFUSED (the repository sent an error frame; `remoteCode` holds its code),
 * ERR_PIPE_PROTOCOL (a frame out of order or malformed), ERR_PIPE_CLOSED (the stream ended early),
 * ERR_PIPE_UNREACHABLE (no stream could be opened), ERR_PIPE_TIMEOUT, ERR_PIPE_ABORTED.
 */
export class PipeError extends CodedError {
  /** the code the remote side sent in its error frame, if that is what failed */
  readonly remoteCode: string
  /** the remote peer */
  readonly peer: string

  constructor (code: string, message: string, options: { peer?: string, remoteCode?: string, cause?: unknown } = {}) {
    super(code, message, { cause: options.cause })
    this.peer = options.peer ?? ''
    this.remoteCode = options.remoteCode ?? ''
  }
}

/** Unsigned LEB128, as protobuf writes lengths and tags. */
function varint (value: number): number[] {
  const bytes: number[] = []
  while (value >= 0x80) {
    bytes.push((value % 0x80) | 0x80)
    value = Math.floor(value / 0x80)
  }
  bytes.push(value)
  return bytes
}

/**
 * Encodes `outer{ field: inner{ …head, 15: data } }` as two parts: everything up to the payload,
 * and the payload itself (not copied). `head` is the encoded inner message without its field 15.
 * Shared with protocols/restore, whose RestoreBlock also keeps its payload in field 15.
 */
export function encodePayloadFrame (field: number, head: Uint8Array, data: Uint8Array): Uint8Array[] {
  const dataPrefix = data.byteLength > 0 ? [(15 << 3) | 2, ...varint(data.byteLength)] : []
  const innerLength = head.byteLength + dataPrefix.length + data.byteLength
  const outerPrefix = [(field << 3) | 2, ...varint(innerLength)]
  const first = new Uint8Array(outerPrefix.length + head.byteLength + dataPrefix.length)
  first.set(outerPrefix, 0)
  first.set(head, outerPrefix.length)
  first.set(dataPrefix, outerPrefix.length + head.byteLength)
  return data.byteLength > 0 ? [first, data] : [first]
}

/**
 * The parts of a PipeFrame{ block } whose payload is `data`: pass them to FramedStream.write so
 * the payload is sent without being copied. `block.data`, if set, is ignored.
 */
export function encodeBlockFrame (block: PipeBlock, data: Uint8Array): Uint8Array[] {
  const { data: _ignored, ...meta } = block
  return encodePayloadFrame(3, pb.PipeBlock.encode(meta).finish(), data)
}

export interface PipeOptions {
  /** ms to wait for the repository's digest list (30 s) */
  digestsTimeoutMs?: number
  /** ms to wait for the summary after the end frame (10 min: the repository fsyncs) */
  summaryTimeoutMs?: number
  /** ms a block may wait for room on the stream before the repository counts as stalled (5 min) */
  writeTimeoutMs?: number
  /** aborts the pipe */
  signal?: AbortSignal
  /** this node's bulk lane: offered to the repository, which connects to it to receive the blocks */
  lane?: BulkLane
}

/** The proxy's end of a pipe. */
export interface PipeClient {
  /** The base point's digests (32 bytes per block), or undefined when the repository has none to offer. */
  baseDigests(): Promise<Buffer | undefined>
  /** The size in bytes of the base disk the digests describe (0 without a base). */
  readonly baseSize: number
  /** Blocks an earlier attempt stored, as [first, count, ...]; known once baseDigests() resolved. */
  readonly resumedRanges: readonly number[]
  /** Sends a block that differs from the base; once it resolves, `data` may be reused. */
  sendBlock(meta: PipeBlock, data: Uint8Array): Promise<void>
  /** Tells the repository that block `index` became zero. */
  sendZero(index: number): Promise<void>
  /** Tells the repository that every block below `below` was sent or is unchanged (PipeMark). */
  sendMark(below: number): Promise<void>
  /** Sends the end frame and waits for the repository's summary. */
  end(): Promise<PipeSummary>
  /** Resets the stream; the repository discards what it staged. */
  abort(err: Error): void
  /** Block frames sent so far. */
  readonly blocksSent: number
  /** What carries the blocks: 'tls' (the bulk lane) or 'libp2p'; known once baseDigests() resolved. */
  readonly transport: 'tls' | 'libp2p'
  /** Why the repository did not take the offered bulk lane, if it did not. */
  readonly laneDeclined: string | undefined
}

/** Opens a pipe to `peer` and sends the header; the repository answers with the base digests. */
export async function openPipe (libp2p: Libp2p, peer: PeerId | string, header: PipeHeader, options: PipeOptions = {}): Promise<PipeClient> {
  const peerId = typeof peer === 'string' ? peerIdFromString(peer) : peer
  const who = peerId.toString()
  if ((header.blockSize ?? 0) > MAX_PIPE_BLOCK_SIZE) {
    throw new PipeError('ERR_PIPE_PROTOCOL', `block size ${header.blockSize} is over the data pipe's limit of ${MAX_PIPE_BLOCK_SIZE} bytes; use a smaller block size in the job`, { peer: who })
  }
  let f: Frames
  try {
    const timeout = AbortSignal.timeout(30_000)
    const stream = await libp2p.dialProtocol(peerId, DATAPIPE_PROTOCOL, { signal: options.signal == null ? timeout : AbortSignal.any([options.signal, timeout]) })
    f = framed(stream, { remotePeer: who, maxFrameBytes: DEFAULT_MAX_FRAME_BYTES, writeTimeoutMs: options.writeTimeoutMs ?? 300_000 })
  } catch (err) {
    throw new PipeError('ERR_PIPE_UNREACHABLE', `cannot open a data pipe to repository ${who}: ${(err as Error).message}`, { peer: who, cause: err })
  }
  return new Client(f, who, header, options)
}

class Client implements PipeClient {
  #f: Frames
  readonly #peer: string
  #transport: 'tls' | 'libp2p' = 'libp2p'
  #laneDeclined: string | undefined
  readonly #digests: Promise<Buffer | undefined>
  readonly #summary: Promise<PipeSummary>
  readonly #options: PipeOptions
  #failure: Error | undefined
  #onSignal: (() => void) | undefined
  #baseSize = 0
  #resumedRanges: readonly number[] = []
  #sent = 0
  #done = false

  constructor (f: Frames, peer: string, header: PipeHeader, options: PipeOptions) {
    this.#f = f
    this.#peer = peer
    this.#options = options
    const sent = options.lane === undefined ? f.writeMessage(pb.PipeFrame, { header }) : this.#offerLane(options.lane, header)
    const digests = Promise.withResolvers<Buffer | undefined>()
    // one reader for the whole life of the pipe, so an error frame is seen whenever it comes
    this.#summary = (async () => {
      await sent
      digests.resolve(await this.#readDigests())
      return await this.#readSummary()
    })()
    this.#summary.catch((err: Error) => {
      digests.reject(err)
      this.#fail(err)
    })
    this.#digests = digests.promise
    this.#digests.catch(() => {})
    if (options.signal != null) {
      const signal = options.signal
      this.#onSignal = () => this.abort(new PipeError('ERR_PIPE_ABORTED', `data pipe to ${peer} cancelled: ${String(signal.reason?.message ?? signal.reason ?? 'aborted')}`, { peer }))
      if (signal.aborted) this.#onSignal()
      else signal.addEventListener('abort', this.#onSignal, { once: true })
    }
  }

  get baseSize (): number { return this.#baseSize }
  get resumedRanges (): readonly number[] { return this.#resumedRanges }
  get transport (): 'tls' | 'libp2p' { return this.#transport }
  get laneDeclined (): string | undefined { return this.#laneDeclined }
  get blocksSent (): number { return this.#sent }

  async baseDigests (): Promise<Buffer | undefined> {
    return await this.#digests
  }

  async sendBlock (meta: PipeBlock, data: Uint8Array): Promise<void> {
    // the bulk lane resolves once the socket took the bytes; a libp2p stream keeps what it is
    // given until it is written out, so it gets its own copy
    await this.#write(encodeBlockFrame(meta, this.#transport === 'tls' ? data : Buffer.from(data)))
    this.#sent++
  }

  async sendZero (index: number): Promise<void> {
    await this.#write(encodeBlockFrame({ index, zero: true }, new Uint8Array(0)))
    this.#sent++
  }

  async sendMark (below: number): Promise<void> {
    await this.#write([pb.PipeFrame.encode({ mark: { settledBelow: below } }).finish()])
  }

  async end (): Promise<PipeSummary> {
    await this.#write([pb.PipeFrame.encode({ end: { blocksSent: this.#sent } }).finish()])
    const timeoutMs = this.#options.summaryTimeoutMs ?? 600_000
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new PipeError('ERR_PIPE_TIMEOUT', `repository ${this.#peer} sent no summary within ${timeoutMs} ms after the last block`, { peer: this.#peer })), timeoutMs)
    })
    try {
      const summary = await Promise.race([this.#summary, timeout])
      this.#done = true
      this.#cleanup()
      await this.#f.close().catch(() => {})
      return summary
    } catch (err) {
      this.abort(err as Error)
      throw this.#failure ?? err
    } finally {
      clearTimeout(timer)
    }
  }

  abort (err: Error): void {
    this.#fail(err)
  }

  async #write (parts: Uint8Array[]): Promise<void> {
    if (this.#failure !== undefined) throw this.#failure
    try {
      await this.#f.write(...parts)
    } catch (err) {
      // the remote's own reason (an error frame) says more than "stream reset"
      throw this.#failure ?? new PipeError('ERR_PIPE_CLOSED', `data pipe to repository ${this.#peer} broke: ${(err as Error).message}`, { peer: this.#peer, cause: err })
    }
  }

  #fail (err: Error): void {
    if (this.#done || this.#failure !== undefined) return
    this.#failure = err
    this.#cleanup()
    this.#f.abort(err)
  }

  #cleanup (): void {
    if (this.#onSignal !== undefined) this.#options.signal?.removeEventListener('abort', this.#onSignal)
  }

  async #read (timeoutMs: number | undefined, waitingFor: string): Promise<ReturnType<typeof pb.PipeFrame.decode>> {
    const frame = await this.#readOrEnd(timeoutMs, waitingFor)
    if (frame === undefined) {
      throw new PipeError('ERR_PIPE_CLOSED', `repository ${this.#peer} closed the data pipe before sending ${waitingFor}; see its log`, { peer: this.#peer })
    }
    return frame
  }

  /** The next frame, or undefined when the stream ended; an error frame is thrown as a PipeError. */
  async #readOrEnd (timeoutMs: number | undefined, waitingFor: string): Promise<ReturnType<typeof pb.PipeFrame.decode> | undefined> {
    let frame
    try {
      frame = await this.#f.readMessage(pb.PipeFrame, timeoutMs === undefined ? undefined : { timeoutMs })
    } catch (err) {
      if (this.#failure !== undefined) throw this.#failure
      const code = (err as { code?: string }).code === 'ERR_READ_TIMEOUT' ? 'ERR_PIPE_TIMEOUT' : 'ERR_PIPE_CLOSED'
      throw new PipeError(code, `data pipe to repository ${this.#peer} failed while waiting for ${waitingFor}: ${(err as Error).message}`, { peer: this.#peer, cause: err })
    }
    if (frame?.frame === 'error') {
      const e = frame.error!
      throw new PipeError('ERR_PIPE_REFUSED', `repository ${this.#peer}: ${e.message || e.code || 'error'}`, { peer: this.#peer, remoteCode: e.code ?? '' })
    }
    return frame
  }

  async #readDigests (): Promise<Buffer | undefined> {
    const chunks: Uint8Array[] = []
    let expected = 0
    for (;;) {
      const frame = await this.#read(this.#options.digestsTimeoutMs ?? 30_000, 'the base digests')
      if (frame.frame !== 'digests') throw this.#unexpected(frame.frame, 'digests')
      const d = frame.digests!
      const bytes = d.digests ?? new Uint8Array(0)
      if ((d.firstIndex ?? 0) !== expected || bytes.byteLength % DIGEST_LENGTH !== 0) {
        throw new PipeError('ERR_PIPE_PROTOCOL', `repository ${this.#peer} sent a malformed digest chunk (first index ${d.firstIndex}, ${bytes.byteLength} bytes, expected index ${expected})`, { peer: this.#peer })
      }
      expected += bytes.byteLength / DIGEST_LENGTH
      if (bytes.byteLength > 0) chunks.push(bytes)
      this.#baseSize = d.baseSize ?? 0
      if (d.last === true) {
        this.#resumedRanges = checkRanges(d.resumedRanges ?? [], this.#peer)
        break
      }
    }
    if (expected === 0) return undefined
    return Buffer.concat(chunks)
  }

  /**
   * Sends the header with an offer of this node's lane, and moves the rest of the pipe onto the
   * repository's TLS connection; or stays on libp2p when the repository declines, saying why.
   */
  async #offerLane (lane: BulkLane, header: PipeHeader): Promise<void> {
    const control = this.#f
    const answer = 'the answer to the bulk lane offer'
    const outcome = await offerLane(lane, async (offer) => { await control.writeMessage(pb.PipeFrame, { header: { ...header, lane: offer } }) }, async () => {
      const frame = await this.#readOrEnd(this.#options.digestsTimeoutMs ?? 30_000, answer)
      // the stream ended: the repository switched, its connection is on its way
      if (frame === undefined) return undefined
      if (frame.frame === 'lane') return frame.lane!.declined || 'declined'
      throw this.#unexpected(frame.frame, answer)
    })
    if (typeof outcome === 'string') {
      this.#laneDeclined = outcome
      return
    }
    this.#f = framedSocket(outcome, { remotePeer: this.#peer, maxFrameBytes: DEFAULT_MAX_FRAME_BYTES, writeTimeoutMs: this.#options.writeTimeoutMs ?? 300_000 })
    this.#transport = 'tls'
    void control.close().catch(() => {})
  }

  async #readSummary (): Promise<PipeSummary> {
    const frame = await this.#read(undefined, 'the summary')
    if (frame.frame !== 'summary') throw this.#unexpected(frame.frame, 'summary')
    return frame.summary!
  }

  #unexpected (got: string | undefined, wanted: string): PipeError {
    return new PipeError('ERR_PIPE_PROTOCOL', `repository ${this.#peer} sent a ${got ?? 'empty'} frame where ${wanted} was expected; it speaks another version of ${DATAPIPE_PROTOCOL}`, { peer: this.#peer })
  }
}

/** The repository's end of a pipe, handed to the role's handler with the header already read. */
export interface PipeServer {
  readonly header: PipeHeader
  readonly remotePeer: string
  /**
   * Sends the base digests in chunks; undefined or empty: no usable base. `resumedRanges`: the
   * blocks an earlier attempt stored, as [first, count, ...]. Call once, first.
   */
  sendDigests(digests: Uint8Array | undefined, baseSize: number, resumedRanges?: number[]): Promise<void>
  /** The next block, or undefined after the end frame (then `end` is set); marks between blocks go to `onMark`. */
  nextBlock(): Promise<PipeBlock | undefined>
  /** Called with each PipeMark's settled_below, in order with the blocks nextBlock returns. */
  onMark: ((settledBelow: number) => void) | undefined
  /** Tells the pipe that nothing refers to a block's bytes any more: its memory takes the next frame. */
  done(block: PipeBlock): void
  /** The end frame, once nextBlock() returned undefined. */
  readonly end: { blocksSent: number } | undefined
  sendSummary(summary: PipeSummary): Promise<void>
}

/** Called for each pipe; a thrown error is sent to the proxy as an error frame (its `code` and message). */
export type PipeHandler = (pipe: PipeServer) => Promise<void>

export interface HandlePipeOptions {
  /** ms to wait for the header after the stream opens (30 s) */
  headerTimeoutMs?: number
  /** ms to wait for the next block (5 min: a throttled or busy proxy still sends something) */
  blockTimeoutMs?: number
  /** concurrent pipes per connection (64) */
  maxInboundStreams?: number
  /** connect to the lane a proxy offers, and receive its blocks there (true) */
  lane?: boolean
  log?: { warn: (msg: string, fields?: Record<string, unknown>) => void }
}

/** Registers the pipe handler on `libp2p`; unregister with `libp2p.unhandle(DATAPIPE_PROTOCOL)`. */
export async function handlePipe (libp2p: Libp2p, onPipe: PipeHandler, options: HandlePipeOptions = {}): Promise<void> {
  await libp2p.handle(DATAPIPE_PROTOCOL, async (stream, connection) => {
    const peer = connection.remotePeer.toString()
    const f = framed(stream, { remotePeer: peer, maxFrameBytes: DEFAULT_MAX_FRAME_BYTES })
    let frames: Frames = f
    try {
      const first = await f.readMessage(pb.PipeFrame, { timeoutMs: options.headerTimeoutMs ?? 30_000 })
      if (first === undefined) return
      if (first.frame !== 'header') {
        throw new PipeError('ERR_PIPE_PROTOCOL', `expected a header frame first, got ${first.frame ?? 'an empty frame'}`, { peer })
      }
      checkHeader(first.header!, peer)
      const offer = first.header!.lane
      if (offer != null) {
        const socket = await takeLane(libp2p, connection.remotePeer, offer, options).catch(async (err: Error) => {
          options.log?.warn('bulk lane not taken: the blocks come over libp2p', { peer, error: err.message })
          await f.writeMessage(pb.PipeFrame, { lane: { declined: err.message } })
          return undefined
        })
        if (socket !== undefined) {
          frames = framedSocket(socket, { remotePeer: peer, maxFrameBytes: DEFAULT_MAX_FRAME_BYTES })
          void f.close().catch(() => {})
        }
      }
      const server = new Server(frames, first.header!, peer, options)
      await onPipe(server)
      await frames.close()
    } catch (err) {
      const e = err as Error & { code?: string }
      options.log?.warn('data pipe failed', { peer, code: e.code, error: e.message })
      await refuse(frames, e.code ?? 'ERR_INTERNAL', e.message)
      if (frames !== f) f.abort(e)
    }
  }, { maxInboundStreams: options.maxInboundStreams ?? 64 })
}

// the repository's half of the switch: it receives the blocks, so it opens the connection
async function takeLane (libp2p: Libp2p, proxy: PeerId, offer: BulkLaneOffer, options: HandlePipeOptions): Promise<TLSSocket> {
  if (options.lane !== true) throw new Error('this repository keeps block data on libp2p ("bulkLane": "off" in its config.json)')
  const host = remoteHost(libp2p, proxy)
  if (host === undefined && (offer.host ?? '') === '') throw new Error(`the connection to proxy ${proxy.toString()} is not over an IP address`)
  return await connectLane(offer, { host: host ?? '' })
}

function checkHeader (header: PipeHeader, peer: string): void {
  const blockSize = header.blockSize ?? 0
  if (blockSize <= 0 || blockSize > MAX_PIPE_BLOCK_SIZE) {
    throw new PipeError('ERR_PIPE_PROTOCOL', `header of task ${header.taskId} has block size ${blockSize}; it must be from 1 to ${MAX_PIPE_BLOCK_SIZE} bytes`, { peer })
  }
}

/** Sends an error frame, closes our end, and gives the proxy a moment to hang up before resetting. */
async function refuse (f: Frames, code: string, message: string): Promise<void> {
  try {
    await f.writeMessage(pb.PipeFrame, { error: { code, message } })
    await f.close({ signal: AbortSignal.timeout(5000) })
    // keep reading (and dropping) what is in flight so the proxy sees the error, not a reset
    const deadline = Date.now() + 5000
    while (Date.now() < deadline) {
      if (await f.read({ timeoutMs: Math.max(1, deadline - Date.now()) }) === undefined) return
    }
    f.abort(new PipeError('ERR_PIPE_TIMEOUT', 'the proxy kept sending after an error frame'))
  } catch (err) {
    f.abort(err as Error)
  }
}

class Server implements PipeServer {
  readonly header: PipeHeader
  readonly remotePeer: string
  readonly #f: Frames
  readonly #options: HandlePipeOptions
  #end: { blocksSent: number } | undefined
  #received = 0
  readonly #frameOf = new WeakMap<PipeBlock, object>()

  constructor (f: Frames, header: PipeHeader, peer: string, options: HandlePipeOptions) {
    this.#f = f
    this.header = header
    this.remotePeer = peer
    this.#options = options
  }

  get end (): { blocksSent: number } | undefined { return this.#end }

  done (block: PipeBlock): void {
    const frame = this.#frameOf.get(block)
    if (frame === undefined) return
    this.#frameOf.delete(block)
    this.#f.release?.(frame)
  }

  async sendDigests (digests: Uint8Array | undefined, baseSize: number, resumedRanges: number[] = []): Promise<void> {
    const all = digests ?? new Uint8Array(0)
    if (all.byteLength % DIGEST_LENGTH !== 0) throw new RangeError(`digest list of ${all.byteLength} bytes is not a multiple of ${DIGEST_LENGTH}`)
    const chunkBytes = DIGESTS_PER_CHUNK * DIGEST_LENGTH
    let offset = 0
    do {
      const part = all.subarray(offset, offset + chunkBytes)
      const last = offset + part.byteLength >= all.byteLength
      await this.#f.writeMessage(pb.PipeFrame, {
        digests: { firstIndex: offset / DIGEST_LENGTH, digests: part, last, baseSize: all.byteLength > 0 ? baseSize : 0, resumedRanges: last ? resumedRanges : [] }
      })
      offset += part.byteLength
    } while (offset < all.byteLength)
  }

  onMark: ((settledBelow: number) => void) | undefined

  async nextBlock (): Promise<PipeBlock | undefined> {
    for (;;) {
      const frame = await this.#nextFrame()
      if (frame?.frame !== 'mark') return this.#block(frame)
      const below = frame.mark!.settledBelow ?? 0
      if (!Number.isSafeInteger(below) || below < 0) {
        throw new PipeError('ERR_PIPE_PROTOCOL', `proxy ${this.remotePeer} sent a mark of ${below} blocks in task ${this.header.taskId}`, { peer: this.remotePeer })
      }
      this.onMark?.(below)
    }
  }

  async #nextFrame (): Promise<PipeFrame | undefined> {
    if (this.#end !== undefined) return undefined
    let frame
    try {
      frame = await this.#f.readMessage(pb.PipeFrame, { timeoutMs: this.#options.blockTimeoutMs ?? 300_000 })
    } catch (err) {
      const code = (err as { code?: string }).code
      throw new PipeError(code === 'ERR_MALFORMED_FRAME' || code === 'ERR_FRAME_TOO_LARGE' ? 'ERR_PIPE_PROTOCOL' : code === 'ERR_READ_TIMEOUT' ? 'ERR_PIPE_TIMEOUT' : 'ERR_PIPE_CLOSED',
        `data pipe from proxy ${this.remotePeer} (task ${this.header.taskId}) failed after ${this.#received} blocks: ${(err as Error).message}`, { peer: this.remotePeer, cause: err })
    }
    if (frame === undefined) {
      throw new PipeError('ERR_PIPE_CLOSED', `proxy ${this.remotePeer} closed the data pipe of task ${this.header.taskId} without an end frame after ${this.#received} blocks`, { peer: this.remotePeer })
    }
    return frame
  }

  #block (frame: PipeFrame | undefined): PipeBlock | undefined {
    if (frame === undefined) return undefined
    if (frame.frame === 'block') {
      this.#received++
      this.#frameOf.set(frame.block!, frame)
      return frame.block!
    }
    if (frame.frame === 'end') {
      const blocksSent = frame.end!.blocksSent ?? 0
      if (blocksSent !== this.#received) {
        throw new PipeError('ERR_PIPE_PROTOCOL', `proxy ${this.remotePeer} says it sent ${blocksSent} blocks for task ${this.header.taskId}, but ${this.#received} arrived`, { peer: this.remotePeer })
      }
      this.#end = { blocksSent }
      return undefined
    }
    throw new PipeError('ERR_PIPE_PROTOCOL', `proxy ${this.remotePeer} sent a ${frame.frame ?? 'empty'} frame in the block stream of task ${this.header.taskId}`, { peer: this.remotePeer })
  }

  async sendSummary (summary: PipeSummary): Promise<void> {
    await this.#f.writeMessage(pb.PipeFrame, { summary })
  }
}

/** Resumed ranges as a peer sent them: [first, count, ...] ascending and apart, or ERR_PIPE_PROTOCOL. */
function checkRanges (ranges: number[], peer: string): number[] {
  let next = 0
  for (let i = 0; i < ranges.length; i += 2) {
    const first = ranges[i]!
    const count = ranges[i + 1]
    if (count === undefined || !Number.isSafeInteger(first) || !Number.isSafeInteger(count) || count < 1 || first < next) {
      throw new PipeError('ERR_PIPE_PROTOCOL', `repository ${peer} sent malformed resumed ranges (at pair ${i / 2}): it speaks another version of ${DATAPIPE_PROTOCOL}`, { peer })
    }
    next = first + count
  }
  return ranges
}
