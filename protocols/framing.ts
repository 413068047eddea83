/**
 * @packageDocumentation
 * Unsigned-varint length-prefixed frames on a libp2p 3 stream, with backpressure both ways and a
 * maximum frame size enforced before a frame is accumulated.
 *
 * Wire format: `varint(length) || payload`, the varint being unsigned LEB128 in its shortest
 * form and at most 8 bytes (enough for 2^53 - 1). Every protocol of meshbackup that carries
 * protobuf messages on a stream uses it.
 *
 * The yamux muxer must be built with {@link yamuxStreamOptions} (see its comment) so that a
 * paused reader's buffer stays under the stream's own limit.
 *
 * @example
 * ```ts
 * import { framed } from './framing.ts'
 * const stream = await libp2p.dialProtocol(peer, '/meshbackup/x/1.0.0')
 * const f = framed(stream, { remotePeer: peer })
 * await f.writeMessage(pb.Envelope, { to: 'peer/actor' })
 * const reply = await f.readMessage(pb.Envelope, { timeoutMs: 5_000 })
 * await f.close()
 * ```
 */
import type { PeerId, Stream, AbortOptions } from '@libp2p/interface'
import type { Uint8ArrayList } from 'uint8arraylist'
import { CodedError } from '../node/core/errors.ts'

/** The largest frame payload accepted unless a protocol chooses another bound. */
export const DEFAULT_MAX_FRAME_BYTES = 8 * 1024 * 1024

/** Writers wait while more than this many bytes are queued on the stream. */
export const DEFAULT_WRITE_HIGH_WATER_BYTES = 1024 * 1024

/** Readers pause the stream while more than this many decoded bytes wait to be read. */
export const DEFAULT_READ_HIGH_WATER_BYTES = 4 * 1024 * 1024

/**
 * Yamux stream options the mesh builder must pass as `yamux({ streamOptions: yamuxStreamOptions })`.
 *
 * A paused stream keeps receiving what the remote may still send inside the window it was
 * granted (up to `maxStreamWindowSize`), and before a handler attaches its reader yamux keeps
 * granting window; the stream resets itself once its unread buffer passes `maxReadBufferLength`.
 * With the defaults (16 MiB window, 4 MiB buffer) a reader paused behind 1 MiB frames had its
 * stream reset ("Read buffer length of 4194316 exceeded limit of 4194304"); with these, a paused
 * stream held at most ~2.3 MiB unread, 8 MiB frames passed, and a 4 MiB window did not cost
 * throughput on loopback. The 16 MiB buffer leaves room for the window four times over.
 */
export const yamuxStreamOptions = {
  maxStreamWindowSize: 4 * 1024 * 1024,
  maxReadBufferLength: 16 * 1024 * 1024
}

/** The longest varint prefix accepted: 8 bytes carry 56 bits, enough for 2^53 - 1. */
const MAX_HEADER_BYTES = 8

/** Bytes a queued frame is counted as beyond its payload, so that empty frames still count. */
const QUEUED_FRAME_OVERHEAD = 64

/** Fills the slot of a frame already read so the queue does not keep it alive. */
const RELEASED = new Uint8Array(0)

export type FrameErrorCode =
  | 'ERR_FRAME_TOO_LARGE'
  | 'ERR_MALFORMED_FRAME'
  | 'ERR_STREAM_ENDED'
  | 'ERR_STREAM_RESET'
  | 'ERR_READ_TIMEOUT'
  | 'ERR_WRITE_TIMEOUT'

/** A framing failure: `code` says which; `size` and `limit` are set for oversized frames. */
export class FrameError extends CodedError<FrameErrorCode> {
  readonly size?: number
  readonly limit?: number

  constructor (code: FrameErrorCode, message: string, details: { size?: number, limit?: number, cause?: unknown } = {}) {
    super(code, message, { cause: details.cause })
    this.size = details.size
    this.limit = details.limit
  }
}

function tooLarge (size: number, limit: number, who: string): FrameError {
  return new FrameError('ERR_FRAME_TOO_LARGE',
    `${who} a frame of ${size} bytes, over the limit of ${limit} bytes (maxFrameBytes); ` +
    'split the message, or raise maxFrameBytes on both ends if frames this large are intended',
  { size, limit })
}

/** Encodes a frame length as the shortest unsigned LEB128 varint. */
export function encodeFrameHeader (length: number): Uint8Array {
  if (!Number.isSafeInteger(length) || length < 0) {
    throw new RangeError(`frame length must be an integer from 0 to 2^53 - 1, got ${length}`)
  }
  const bytes: number[] = []
  let rest = length
  while (rest >= 0x80) {
    bytes.push((rest % 0x80) | 0x80)
    rest = Math.floor(rest / 0x80)
  }
  bytes.push(rest)
  return Uint8Array.from(bytes)
}

/**
 * Incremental frame decoder, independent of libp2p: feed it chunks as they arrive and collect
 * the frames they complete. Every byte is copied at most once: a frame lying inside one chunk
 * comes out as a view of that chunk, and a frame spanning chunks is copied into its buffer as its
 * pieces arrive. A chunk pushed as `transient` (its memory is reused once `push` returns, as with
 * a socket's `onread` buffer) is never kept: every frame it carries is copied. After an error the
 * decoder stays failed and throws the same error again.
 */
export class FrameDecoder {
  readonly maxFrameBytes: number
  /** the length varint read so far: its value, its next digit's weight, its bytes */
  #header = 0
  #scale = 1
  #headerBytes = 0
  /** the frame being assembled, once its length is known, and how much of it has arrived */
  #frame: Uint8Array | undefined
  #filled = 0
  #failure: FrameError | undefined

  readonly #allocate: (bytes: number) => Uint8Array

  /** `allocate` gives the memory a frame spanning chunks is assembled in (at least `bytes` long). */
  constructor (opts: { maxFrameBytes: number, allocate?: (bytes: number) => Uint8Array }) {
    if (!Number.isSafeInteger(opts.maxFrameBytes) || opts.maxFrameBytes < 0) {
      throw new RangeError(`maxFrameBytes must be a non-negative integer, got ${opts.maxFrameBytes}`)
    }
    this.maxFrameBytes = opts.maxFrameBytes
    // every byte is overwritten: no need to zero-fill (a 1 MiB block crosses ~64 TLS records)
    this.#allocate = opts.allocate ?? ((bytes) => Buffer.allocUnsafe(bytes))
  }

  /** Bytes received but not yet returned in a frame (a partial header or payload). */
  get bufferedBytes (): number {
    return this.#headerBytes + this.#filled
  }

  /** The error that failed this decoder, if any. */
  get failure (): FrameError | undefined {
    return this.#failure
  }

  /** Adds received bytes and returns every frame they complete, in order. */
  push (chunk: Uint8Array | Uint8ArrayList, options: { transient?: boolean } = {}): Uint8Array[] {
    if (this.#failure !== undefined) throw this.#failure
    const frames: Uint8Array[] = []
    const transient = options.transient === true
    try {
      if (chunk instanceof Uint8Array) {
        this.#consume(chunk, transient, frames)
      } else {
        for (const buf of chunk) this.#consume(buf, transient, frames)
      }
    } catch (err) {
      this.#fail(err as FrameError)
    }
    return frames
  }

  /**
   * The unfilled rest of the frame being assembled, for a reader that can receive straight into
   * it (then call {@link filled}); undefined between frames.
   */
  room (): Uint8Array | undefined {
    return this.#failure === undefined ? this.#frame?.subarray(this.#filled) : undefined
  }

  /** Counts `bytes` received straight into {@link room}; returns the frame they complete, if any. */
  filled (bytes: number): Uint8Array | undefined {
    const frame = this.#frame
    if (frame === undefined || bytes > frame.byteLength - this.#filled) throw new RangeError(`${bytes} bytes do not fit the frame being assembled`)
    this.#filled += bytes
    if (this.#filled < frame.byteLength) return undefined
    this.#frame = undefined
    this.#filled = 0
    return frame
  }

  /** Declares the end of input; throws if it cut a frame short. */
  end (): void {
    if (this.#failure !== undefined) throw this.#failure
    if (this.#frame !== undefined) {
      this.#fail(new FrameError('ERR_MALFORMED_FRAME',
        `the stream ended inside a frame: ${this.#filled} of ${this.#frame.byteLength} payload bytes arrived; ` +
        'the sender stopped or crashed mid-frame'))
    }
    if (this.#headerBytes > 0) {
      this.#fail(new FrameError('ERR_MALFORMED_FRAME',
        `the stream ended inside a frame header (${this.#headerBytes} bytes); the sender stopped or crashed mid-frame`))
    }
  }

  #fail (err: FrameError): never {
    this.#failure = err
    this.#frame = undefined
    this.#filled = 0
    this.#headerBytes = 0
    throw err
  }

  #consume (buf: Uint8Array, transient: boolean, frames: Uint8Array[]): void {
    let at = 0
    while (at < buf.byteLength) {
      const frame = this.#frame
      if (frame !== undefined) {
        const part = Math.min(buf.byteLength - at, frame.byteLength - this.#filled)
        frame.set(at === 0 && part === buf.byteLength ? buf : buf.subarray(at, at + part), this.#filled)
        this.#filled += part
        at += part
        if (this.#filled === frame.byteLength) {
          frames.push(frame)
          this.#frame = undefined
          this.#filled = 0
        }
        continue
      }
      const length = this.#headerByte(buf[at]!)
      at++
      if (length < 0) continue
      if (length === 0) frames.push(new Uint8Array(0))
      else if (!transient && buf.byteLength - at >= length) {
        frames.push(buf.subarray(at, at + length))
        at += length
      } else {
        this.#frame = this.#allocate(length).subarray(0, length)
      }
    }
  }

  /** Takes one byte of the length varint: the length once it is complete, else -1. */
  #headerByte (byte: number): number {
    const value = this.#header + (byte & 0x7f) * this.#scale
    const count = ++this.#headerBytes
    if (byte >= 0x80) {
      if (count === MAX_HEADER_BYTES) {
        throw new FrameError('ERR_MALFORMED_FRAME',
          `malformed frame header: the length varint is longer than ${MAX_HEADER_BYTES} bytes; the peer does not speak this framing`)
      }
      this.#header = value
      this.#scale *= 0x80
      return -1
    }
    if (count > 1 && byte === 0) {
      throw new FrameError('ERR_MALFORMED_FRAME',
        'malformed frame header: the length varint is not in its shortest form; the peer does not speak this framing')
    }
    if (value > Number.MAX_SAFE_INTEGER) {
      throw new FrameError('ERR_MALFORMED_FRAME',
        'malformed frame header: the length is over 2^53 - 1; the peer does not speak this framing')
    }
    if (value > this.maxFrameBytes) throw tooLarge(value, this.maxFrameBytes, 'the peer announced')
    this.#header = 0
    this.#scale = 1
    this.#headerBytes = 0
    return value
  }
}

/**
 * Frames on one connection, whatever carries them (a libp2p stream here, a TLS socket in
 * protocols/socket-framing.ts): read and write whole frames or protobuf messages.
 */
export interface Frames {
  /** The next frame; `undefined` once the remote has closed its end cleanly. */
  read(options?: ReadOptions): Promise<Uint8Array | undefined>
  /** The next frame decoded with `codec`; a decode failure is a FrameError ERR_MALFORMED_FRAME. */
  readMessage<T>(codec: { decode(bytes: Uint8Array): T }, options?: ReadOptions): Promise<T | undefined>
  /**
   * Writes ONE frame whose payload is the concatenation of `parts`, without copying them: do not
   * modify the parts afterwards. Waits first while more than `highWaterBytes` are queued.
   * Writes are sent in call order.
   */
  write(...parts: Uint8Array[]): Promise<void>
  /** Encodes `message` with `codec` and writes it as one frame. */
  writeMessage<T>(codec: { encode(m: T): { finish(): Uint8Array } }, message: T): Promise<void>
  /** Waits for pending writes, then closes the writable end; reads go on until the remote closes. */
  close(options?: AbortOptions): Promise<void>
  /** Resets the stream at once; pending and later reads fail with `err`. */
  abort(err: Error): void
  /**
   * Hands back the memory of a message read with readMessage, once nothing refers to its bytes
   * any more, so the next frame can be assembled in it; optional (a frame never handed back is
   * left to the garbage collector).
   */
  release?(message: object): void
  /** The remote peer id as given to {@link framed}, or '' if none was given. */
  readonly remotePeer: string
}

/** Frames on one libp2p stream. */
export interface FramedStream extends Frames {
  /** The underlying stream. */
  readonly stream: Stream
}

export interface ReadOptions {
  /** Fail the read with FrameError ERR_READ_TIMEOUT if no frame arrives within this time. */
  timeoutMs?: number
}

export interface FramedOptions {
  /** Largest payload accepted or written; default {@link DEFAULT_MAX_FRAME_BYTES}. */
  maxFrameBytes?: number
  /** A write waits while more than this many bytes are queued; default 1 MiB. */
  highWaterBytes?: number
  /** The stream is paused while more than this many decoded bytes wait unread; default 4 MiB. */
  readHighWaterBytes?: number
  /** A write waiting for room longer than this fails with ERR_WRITE_TIMEOUT; default: no limit. */
  writeTimeoutMs?: number
  /** The remote peer (libp2p 3 streams do not carry it); shown as `remotePeer`. */
  remotePeer?: PeerId | string
}

/** A read waiting for the next frame. */
export interface Waiter {
  resolve(frame: Uint8Array | undefined): void
  reject(err: Error): void
}

/** Waits for the next frame through a waiter `add` registers, failing with ERR_READ_TIMEOUT after `timeoutMs`. */
export async function awaitFrame (add: (w: Waiter) => void, remove: (w: Waiter) => void, options: ReadOptions, peerSuffix: string): Promise<Uint8Array | undefined> {
  return await new Promise((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const waiter: Waiter = {
      resolve: (frame) => { clearTimeout(timer); resolve(frame) },
      reject: (err) => { clearTimeout(timer); reject(err) }
    }
    if (options.timeoutMs !== undefined) {
      timer = setTimeout(() => {
        remove(waiter)
        reject(new FrameError('ERR_READ_TIMEOUT', `no frame arrived within ${options.timeoutMs} ms${peerSuffix}; the peer may be stalled or gone`))
      }, options.timeoutMs)
    }
    add(waiter)
  })
}

/** Answers every waiting read once no frame will come: with `error`, or as the end. */
export function settleWaiters (waiters: Waiter[], error: Error | undefined): void {
  for (const waiter of waiters) {
    if (error !== undefined) waiter.reject(error)
    else waiter.resolve(undefined)
  }
}

/** Decodes a frame with `codec`; what does not decode is a FrameError ERR_MALFORMED_FRAME. */
export function decodeFrame<T> (codec: { decode(bytes: Uint8Array): T }, bytes: Uint8Array, peerSuffix: string): T {
  try {
    return codec.decode(bytes)
  } catch (err) {
    throw new FrameError('ERR_MALFORMED_FRAME',
      `could not decode a ${bytes.byteLength}-byte frame${peerSuffix}: ${(err as Error).message}; ` +
      'the peer speaks another version of this protocol', { cause: err })
  }
}

/**
 * Closes our end after a last answer or a refusal, then reads and drops what the remote still
 * sends until it closes its end too, resetting the stream if it has not within `timeoutMs`: a
 * handler that just closed its end and returned left the stream half-open for as long as the
 * remote liked, buffering whatever it sent.
 */
export async function closeAndDrain (f: Frames, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  try {
    await f.close({ signal: AbortSignal.timeout(timeoutMs) })
    while (Date.now() < deadline) {
      if (await f.read({ timeoutMs: Math.max(1, deadline - Date.now()) }) === undefined) return
    }
    f.abort(new FrameError('ERR_READ_TIMEOUT', `the peer kept its end open ${timeoutMs} ms after this end closed`))
  } catch (err) {
    f.abort(err as Error)
  }
}

/** Wraps a libp2p stream in length-prefixed framing; reading starts at once. */
export function framed (stream: Stream, options: FramedOptions = {}): FramedStream {
  return new Framed(stream, options)
}

class Framed implements FramedStream {
  readonly stream: Stream
  readonly remotePeer: string
  readonly #maxFrameBytes: number
  readonly #highWater: number
  readonly #readHighWater: number
  readonly #writeTimeoutMs: number | undefined
  readonly #decoder: FrameDecoder
  /** Decoded frames not yet read, from index `#head` on. */
  #frames: Uint8Array[] = []
  #head = 0
  #queuedBytes = 0
  #waiters: Waiter[] = []
  #ended = false
  #error: Error | undefined
  #paused = false
  #resuming = false
  #pauseAfterResume = false
  #writeChain: Promise<void> = Promise.resolve()

  constructor (stream: Stream, options: FramedOptions) {
    this.stream = stream
    this.remotePeer = options.remotePeer?.toString() ?? ''
    this.#maxFrameBytes = options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES
    this.#highWater = options.highWaterBytes ?? DEFAULT_WRITE_HIGH_WATER_BYTES
    this.#readHighWater = options.readHighWaterBytes ?? DEFAULT_READ_HIGH_WATER_BYTES
    this.#writeTimeoutMs = options.writeTimeoutMs
    this.#decoder = new FrameDecoder({ maxFrameBytes: this.#maxFrameBytes })

    if (stream.status === 'aborted' || stream.status === 'reset') {
      this.#error = new FrameError('ERR_STREAM_RESET', `the stream was already ${stream.status}`)
      return
    }
    stream.addEventListener('message', this.#onMessage)
    stream.addEventListener('end', this.#onEnd)
    stream.addEventListener('close', this.#onClose)
    if (stream.readableEnded) this.#onEnd()
  }

  async read (options: ReadOptions = {}): Promise<Uint8Array | undefined> {
    if (this.#head < this.#frames.length) return this.#shift()
    if (this.#error !== undefined) throw this.#error
    if (this.#ended) return undefined
    return await awaitFrame((w) => this.#waiters.push(w), (w) => { this.#waiters = this.#waiters.filter((x) => x !== w) }, options, this.#peerSuffix())
  }

  async readMessage<T> (codec: { decode(bytes: Uint8Array): T }, options?: ReadOptions): Promise<T | undefined> {
    const bytes = await this.read(options)
    return bytes === undefined ? undefined : decodeFrame(codec, bytes, this.#peerSuffix())
  }

  write (...parts: Uint8Array[]): Promise<void> {
    const run = this.#writeChain.then(async () => this.#write(parts))
    this.#writeChain = run.catch(() => {})
    return run
  }

  async writeMessage<T> (codec: { encode(m: T): { finish(): Uint8Array } }, message: T): Promise<void> {
    return this.write(codec.encode(message).finish())
  }

  async close (options?: AbortOptions): Promise<void> {
    await this.#writeChain
    await this.stream.close(options)
  }

  abort (err: Error): void {
    this.#fail(err)
  }

  #peerSuffix (): string {
    return this.remotePeer === '' ? '' : ` from peer ${this.remotePeer}`
  }

  async #write (parts: Uint8Array[]): Promise<void> {
    let length = 0
    for (const part of parts) length += part.byteLength
    if (length > this.#maxFrameBytes) throw tooLarge(length, this.#maxFrameBytes, 'refusing to write')
    await this.#waitForRoom()
    this.#assertWritable()
    try {
      this.stream.send(encodeFrameHeader(length))
      for (const part of parts) {
        if (part.byteLength > 0) this.stream.send(part)
      }
    } catch (err) {
      throw new FrameError('ERR_STREAM_ENDED', `could not write to the stream: ${(err as Error).message}`, { cause: err })
    }
  }

  #assertWritable (): void {
    const { status, writeStatus } = this.stream
    if (status !== 'open' || writeStatus !== 'writable') {
      throw new FrameError(status === 'reset' || status === 'aborted' ? 'ERR_STREAM_RESET' : 'ERR_STREAM_ENDED',
        `cannot write: the stream is ${status} (write end ${writeStatus})${this.#peerSuffix()}; open a new stream`)
    }
  }

  /** One 'drain' is not enough with yamux: wait until the queue is actually under the mark. */
  async #waitForRoom (): Promise<void> {
    const deadline = this.#writeTimeoutMs === undefined ? undefined : Date.now() + this.#writeTimeoutMs
    while (this.stream.writeBufferLength > this.#highWater) {
      this.#assertWritable()
      await new Promise<void>((resolve, reject) => {
        const stream = this.stream
        let timer: ReturnType<typeof setTimeout> | undefined
        const done = (): void => {
          clearTimeout(timer)
          stream.removeEventListener('drain', done)
          stream.removeEventListener('idle', done)
          stream.removeEventListener('close', done)
          resolve()
        }
        stream.addEventListener('drain', done)
        stream.addEventListener('idle', done)
        stream.addEventListener('close', done)
        if (deadline !== undefined) {
          timer = setTimeout(() => {
            done()
            reject(new FrameError('ERR_WRITE_TIMEOUT',
              `the remote read nothing for ${this.#writeTimeoutMs} ms${this.#peerSuffix()}; it is stalled or overloaded`))
          }, Math.max(0, deadline - Date.now()))
        }
      })
    }
  }

  #onMessage = (evt: { data: Uint8Array | Uint8ArrayList }): void => {
    if (this.#error !== undefined) return
    let frames: Uint8Array[]
    try {
      frames = this.#decoder.push(evt.data)
    } catch (err) {
      this.#fail(err as Error)
      return
    }
    for (const frame of frames) {
      const waiter = this.#waiters.shift()
      if (waiter !== undefined) {
        waiter.resolve(frame)
      } else {
        this.#frames.push(frame)
        this.#queuedBytes += frame.byteLength + QUEUED_FRAME_OVERHEAD
      }
    }
    if (!this.#paused && this.#queuedBytes > this.#readHighWater) {
      // yamux undoes a pause() made inside the message dispatch of resume(): pause after it
      if (this.#resuming) this.#pauseAfterResume = true
      else this.#pause()
    }
  }

  #onEnd = (): void => {
    if (this.#ended || this.#error !== undefined) return
    const status = this.stream.status
    // a reset also ends the readable side; the 'close' event that follows reports it as an error
    if (status === 'reset' || status === 'aborted') return
    try {
      this.#decoder.end()
    } catch (err) {
      this.#fail(err as Error)
      return
    }
    this.#ended = true
    this.#settleWaiters()
  }

  #onClose = (evt: Event & { error?: Error }): void => {
    this.stream.removeEventListener('message', this.#onMessage)
    this.stream.removeEventListener('end', this.#onEnd)
    this.stream.removeEventListener('close', this.#onClose)
    if (evt.error === undefined) {
      this.#onEnd()
      return
    }
    if (this.#error === undefined && !this.#ended) {
      this.#error = new FrameError('ERR_STREAM_RESET',
        `the stream was reset${this.#peerSuffix()}: ${evt.error.message}`, { cause: evt.error })
      this.#settleWaiters()
    }
  }

  #fail (err: Error): void {
    if (this.#error === undefined) this.#error = err
    this.#settleWaiters()
    this.stream.abort(err)
  }

  #settleWaiters (): void {
    const waiters = this.#waiters
    this.#waiters = []
    settleWaiters(waiters, this.#error)
  }

  #shift (): Uint8Array {
    const frame = this.#frames[this.#head]
    this.#frames[this.#head++] = RELEASED
    if (this.#head === this.#frames.length) {
      this.#frames = []
      this.#head = 0
    } else if (this.#head >= 1024 && this.#head * 2 >= this.#frames.length) {
      this.#frames = this.#frames.slice(this.#head)
      this.#head = 0
    }
    this.#queuedBytes -= frame.byteLength + QUEUED_FRAME_OVERHEAD
    if (this.#paused && this.#queuedBytes <= this.#readHighWater / 2) this.#resume()
    return frame
  }

  #pause (): void {
    try {
      this.stream.pause()
      this.#paused = true
    } catch {
      // the readable end is already closing: nothing more will arrive to hold back
    }
  }

  #resume (): void {
    this.#paused = false
    this.#resuming = true
    try {
      this.stream.resume()
    } catch {
      // the readable end closed while paused
    } finally {
      this.#resuming = false
    }
    if (this.#pauseAfterResume) {
      this.#pauseAfterResume = false
      this.#pause()
    }
  }
}
