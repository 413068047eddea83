/**
 * @packageDocumentation
 * The repository's end of a data pipe (protocol.ts): it reads the header (taking the proxy's bulk
 * lane when offered), hands the pipe to the role's handler, and turns what the handler throws into
 * an error frame for the proxy.
 *
 * @example
 * ```ts
 * await handlePipe(libp2p, async (pipe) => {
 *   await pipe.sendDigests(undefined, 0)
 *   for (let b = await pipe.nextBlock(); b !== undefined; b = await pipe.nextBlock()) store(b)
 *   await pipe.sendSummary({ stagedId: 's1' })
 * })
 * ```
 */
import type { TLSSocket } from 'node:tls'
import type { Libp2p, PeerId } from '@libp2p/interface'
import { pb, type BulkLaneOffer, type PipeBlock, type PipeFrame, type PipeHeader, type PipeSummary } from '../../proto/index.ts'
import { DEFAULT_MAX_FRAME_BYTES } from '../frames/codec.ts'
import type { Frames } from '../frames/frames.ts'
import { framed } from '../frames/stream-frames.ts'
import { framedSocket } from '../frames/socket-frames.ts'
import { connectLane, remoteHost } from '../bulk-lane.ts'
import { DATAPIPE_PROTOCOL, DIGEST_LENGTH, DIGESTS_PER_CHUNK, MAX_PIPE_BLOCK_SIZE, PipeError } from './protocol.ts'

/** The repository's end of a pipe, handed to the role's handler with the header already read. */
export interface PipeServer {
  readonly header: PipeHeader
  readonly remotePeer: string
  /**
   * Sends the base digests in chunks; undefined or empty: no usable base. `resumedRanges`: the
   * blocks an earlier attempt stored, as [first, count, ...]; `repairRanges`: the blocks the
   * proxy must send whatever it compares (their stored copy is bad). Call once, first.
   */
  sendDigests(digests: Uint8Array | undefined, baseSize: number, resumedRanges?: number[], repairRanges?: number[], digestAlgorithm?: string): Promise<void>
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

  async sendDigests (digests: Uint8Array | undefined, baseSize: number, resumedRanges: number[] = [], repairRanges: number[] = [], digestAlgorithm = ''): Promise<void> {
    const all = digests ?? new Uint8Array(0)
    if (all.byteLength % DIGEST_LENGTH !== 0) throw new RangeError(`digest list of ${all.byteLength} bytes is not a multiple of ${DIGEST_LENGTH}`)
    const chunkBytes = DIGESTS_PER_CHUNK * DIGEST_LENGTH
    let offset = 0
    do {
      const part = all.subarray(offset, offset + chunkBytes)
      const last = offset + part.byteLength >= all.byteLength
      await this.#f.writeMessage(pb.PipeFrame, {
        digests: { firstIndex: offset / DIGEST_LENGTH, digests: part, last, baseSize: all.byteLength > 0 ? baseSize : 0, resumedRanges: last ? resumedRanges : [], repairRanges: last ? repairRanges : [], digestAlgorithm: last ? digestAlgorithm : '' }
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
