/**
 * @packageDocumentation
 * Length-prefixed frames (codec.ts) on a Node socket (the TLS sockets of the bulk lane): the same
 * wire format and the same {@link Frames} interface as on a libp2p stream (stream-frames.ts), so a
 * protocol switches from its libp2p stream to a socket without changing a line of its own.
 * Backpressure both ways: a write waits while the socket holds more than `highWaterBytes` unsent,
 * and the socket is paused while more than `readHighWaterBytes` of decoded frames wait unread.
 *
 * Block frames are assembled in memory from a per-connection pool (buffer-pool.ts); a reader that
 * hands the message back with `release` lets the next frame use the same memory. A socket opened
 * with a ReusedReads (reused-reads.ts) is read through it, without a new Buffer per read.
 *
 * @example
 * ```ts
 * const f = framedSocket(tlsSocket, { remotePeer: peerId })
 * await f.write(head, payload)          // one frame, payload not copied
 * const frame = await f.read({ timeoutMs: 5_000 })
 * ```
 */
import type { Socket } from 'node:net'
import { DEFAULT_MAX_FRAME_BYTES, encodeFrameHeader, FrameDecoder } from './codec.ts'
import { FrameError } from './frame-error.ts'
import {
  awaitFrame, decodeFrame, DEFAULT_WRITE_HIGH_WATER_BYTES, settleWaiters,
  type FramedOptions, type Frames, type ReadOptions, type Waiter
} from './frames.ts'
import { sharedFramePool, POOLED_FRAME_BYTES, type FramePool } from './buffer-pool.ts'
import { reusedReadsOf } from './reused-reads.ts'

/**
 * Decoded frames a lane reader lets wait before pausing the socket: half the libp2p default, since
 * a socket stops at once (no stream window still in flight) and each waiting megabyte is memory.
 */
const LANE_READ_HIGH_WATER_BYTES = 2 * 1024 * 1024

/** Wraps a connected socket in length-prefixed framing; reading starts at once. */
export function framedSocket (socket: Socket, options: FramedOptions = {}): Frames {
  return new SocketFrames(socket, options)
}

class SocketFrames implements Frames {
  readonly remotePeer: string
  readonly #socket: Socket
  readonly #maxFrameBytes: number
  readonly #highWater: number
  readonly #readHighWater: number
  readonly #writeTimeoutMs: number | undefined
  readonly #decoder: FrameDecoder
  readonly #pool: FramePool = sharedFramePool
  /** the frame each message read with readMessage was decoded from, for `release` */
  readonly #frameOf = new WeakMap<object, Uint8Array>()
  #frames: Uint8Array[] = []
  #queuedBytes = 0
  #waiters: Waiter[] = []
  #ended = false
  #error: Error | undefined
  #paused = false
  #writeChain: Promise<void> = Promise.resolve()

  constructor (socket: Socket, options: FramedOptions) {
    this.#socket = socket
    this.remotePeer = options.remotePeer?.toString() ?? ''
    this.#maxFrameBytes = options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES
    this.#highWater = options.highWaterBytes ?? DEFAULT_WRITE_HIGH_WATER_BYTES
    this.#readHighWater = options.readHighWaterBytes ?? LANE_READ_HIGH_WATER_BYTES
    this.#writeTimeoutMs = options.writeTimeoutMs
    // small frames (acknowledgements, headers) are not worth a pooled megabyte
    this.#decoder = new FrameDecoder({ maxFrameBytes: this.#maxFrameBytes, allocate: (bytes) => bytes < POOLED_FRAME_BYTES / 4 ? Buffer.allocUnsafe(bytes) : this.#pool.take(bytes) })
    socket.setNoDelay(true)
    const reads = reusedReadsOf(socket)
    if (reads !== undefined) {
      reads.attach({
        chunk: (chunk) => this.#onData(chunk, true),
        room: () => this.#error === undefined ? this.#decoder.room() : undefined,
        filled: (bytes) => this.#onFilled(bytes)
      })
      // 'end' comes only to a flowing stream; with onread nothing else would start it
      socket.resume()
    } else {
      socket.on('data', this.#onData)
    }
    socket.on('end', this.#onEnd)
    socket.on('error', this.#onError)
    socket.on('close', this.#onClose)
    // a socket reading with onread may have met its end before it was framed: its bytes are in
    // hand (delivered above), so that end is clean, not a reset
    if (socket.readableEnded) this.#onEnd()
    if (socket.destroyed) this.#onClose()
  }

  async read (options: ReadOptions = {}): Promise<Uint8Array | undefined> {
    if (this.#frames.length > 0) return this.#shift()
    if (this.#error !== undefined) throw this.#error
    if (this.#ended) return undefined
    return await awaitFrame((w) => this.#waiters.push(w), (w) => { this.#waiters = this.#waiters.filter((x) => x !== w) }, options, this.#peerSuffix())
  }

  async readMessage<T> (codec: { decode(bytes: Uint8Array): T }, options?: ReadOptions): Promise<T | undefined> {
    const bytes = await this.read(options)
    if (bytes === undefined) return undefined
    const message = decodeFrame(codec, bytes, this.#peerSuffix())
    if (typeof message === 'object' && message !== null) this.#frameOf.set(message, bytes)
    return message
  }

  /** Resolves once the socket has taken the bytes (TLS: encrypted): then the parts may be reused. */
  write (...parts: Uint8Array[]): Promise<void> {
    // writes are issued in call order; each caller then waits for its own frame only
    const issued = this.#writeChain.then(async () => await this.#write(parts))
    this.#writeChain = issued.then(() => {}, () => {})
    return issued.then(async ({ taken }) => { await taken })
  }

  async writeMessage<T> (codec: { encode(m: T): { finish(): Uint8Array } }, message: T): Promise<void> {
    await this.write(codec.encode(message).finish())
  }

  async close (options: { signal?: AbortSignal } = {}): Promise<void> {
    await this.#writeChain
    const socket = this.#socket
    if (socket.destroyed || socket.writableFinished) return
    await new Promise<void>((resolve, reject) => {
      const onAbort = (): void => { socket.destroy(); reject(options.signal?.reason ?? new Error('close aborted')) }
      options.signal?.addEventListener('abort', onAbort, { once: true })
      socket.end(() => {
        options.signal?.removeEventListener('abort', onAbort)
        resolve()
      })
    })
  }

  release (message: object): void {
    const frame = this.#frameOf.get(message)
    if (frame === undefined) return
    this.#frameOf.delete(message)
    this.#pool.give(frame)
  }

  abort (err: Error): void {
    if (this.#error === undefined) this.#error = err
    this.#settleWaiters()
    this.#socket.destroy()
  }

  #peerSuffix (): string {
    return this.remotePeer === '' ? '' : ` from peer ${this.remotePeer}`
  }

  async #write (parts: Uint8Array[]): Promise<{ taken: Promise<void> }> {
    let length = 0
    for (const part of parts) length += part.byteLength
    if (length > this.#maxFrameBytes) {
      throw new FrameError('ERR_FRAME_TOO_LARGE', `refusing to write a frame of ${length} bytes, over the limit of ${this.#maxFrameBytes} bytes (maxFrameBytes)`, { size: length, limit: this.#maxFrameBytes })
    }
    await this.#waitForRoom()
    const socket = this.#socket
    if (this.#error !== undefined) throw this.#error
    if (socket.destroyed || !socket.writable) {
      throw new FrameError('ERR_STREAM_ENDED', `cannot write: the connection${this.#peerSuffix()} is closed; open a new one`)
    }
    // one writev for the header and the parts: fewer TLS records, no copy
    const { promise: taken, resolve, reject } = Promise.withResolvers<void>()
    taken.catch(() => {})
    const chunks = [encodeFrameHeader(length), ...parts.filter((p) => p.byteLength > 0)]
    socket.cork()
    for (let i = 0; i < chunks.length - 1; i++) socket.write(chunks[i])
    socket.write(chunks[chunks.length - 1]!, (err) => { if (err == null) resolve(); else reject(err) })
    socket.uncork()
    return { taken }
  }

  async #waitForRoom (): Promise<void> {
    const socket = this.#socket
    if (socket.writableLength <= this.#highWater) return
    await new Promise<void>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined
      const done = (): void => {
        clearTimeout(timer)
        socket.off('drain', done)
        socket.off('close', done)
        resolve()
      }
      socket.on('drain', done)
      socket.on('close', done)
      if (this.#writeTimeoutMs !== undefined) {
        timer = setTimeout(() => {
          done()
          reject(new FrameError('ERR_WRITE_TIMEOUT', `the remote read nothing for ${this.#writeTimeoutMs} ms${this.#peerSuffix()}; it is stalled or overloaded`))
        }, this.#writeTimeoutMs)
      }
    })
  }

  #onData = (chunk: Uint8Array, transient = false): void => {
    if (this.#error !== undefined) return
    let frames: Uint8Array[]
    try {
      frames = this.#decoder.push(chunk, { transient })
    } catch (err) {
      this.abort(err as Error)
      return
    }
    this.#deliver(frames)
  }

  #deliver (frames: Uint8Array[]): void {
    for (const frame of frames) {
      const waiter = this.#waiters.shift()
      if (waiter !== undefined) waiter.resolve(frame)
      else {
        this.#frames.push(frame)
        this.#queuedBytes += frame.byteLength
      }
    }
    if (!this.#paused && this.#queuedBytes > this.#readHighWater) {
      this.#paused = true
      this.#socket.pause()
    }
  }

  #onFilled (bytes: number): void {
    if (this.#error !== undefined) return
    const frame = this.#decoder.filled(bytes)
    if (frame !== undefined) this.#deliver([frame])
  }

  #onEnd = (): void => {
    if (this.#ended || this.#error !== undefined) return
    try {
      this.#decoder.end()
    } catch (err) {
      this.abort(err as Error)
      return
    }
    this.#ended = true
    this.#settleWaiters()
  }

  #onError = (err: Error): void => {
    if (this.#error !== undefined || this.#ended) return
    this.#error = new FrameError('ERR_STREAM_RESET', `the connection${this.#peerSuffix()} failed: ${err.message}`, { cause: err })
    this.#settleWaiters()
  }

  #onClose = (): void => {
    // a close without 'end' (destroyed, reset) ends every read that is still waiting
    if (!this.#ended && this.#error === undefined) {
      this.#error = new FrameError('ERR_STREAM_RESET', `the connection${this.#peerSuffix()} was closed before its end`)
    }
    this.#settleWaiters()
  }

  #settleWaiters (): void {
    const waiters = this.#waiters
    this.#waiters = []
    settleWaiters(waiters, this.#error)
  }

  #shift (): Uint8Array {
    const frame = this.#frames.shift()!
    this.#queuedBytes -= frame.byteLength
    if (this.#paused && this.#queuedBytes <= this.#readHighWater / 2) {
      this.#paused = false
      this.#socket.resume()
    }
    return frame
  }
}
