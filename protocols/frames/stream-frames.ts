/**
 * @packageDocumentation
 * Length-prefixed frames (codec.ts) on a libp2p 3 stream, with backpressure both ways: a write
 * waits while the stream holds more than `highWaterBytes` unsent, and the stream is paused while
 * more than `readHighWaterBytes` of decoded frames wait unread.
 *
 * The yamux muxer must be built with the options of yamux-options.ts so that a paused reader's
 * buffer stays under the stream's own limit.
 *
 * @example
 * ```ts
 * import { framed } from './frames/stream-frames.ts'
 * const stream = await libp2p.dialProtocol(peer, '/meshbackup/x/1.0.0')
 * const f = framed(stream, { remotePeer: peer })
 * await f.writeMessage(pb.Envelope, { to: 'peer/actor' })
 * const reply = await f.readMessage(pb.Envelope, { timeoutMs: 5_000 })
 * await f.close()
 * ```
 */
import type { Stream, AbortOptions } from '@libp2p/interface'
import type { Uint8ArrayList } from 'uint8arraylist'
import { DEFAULT_MAX_FRAME_BYTES, encodeFrameHeader, FrameDecoder } from './codec.ts'
import { FrameError, tooLarge } from './frame-error.ts'
import {
  awaitFrame, decodeFrame, DEFAULT_WRITE_HIGH_WATER_BYTES, settleWaiters,
  type FramedOptions, type Frames, type ReadOptions, type Waiter
} from './frames.ts'

/** Readers pause the stream while more than this many decoded bytes wait to be read. */
export const DEFAULT_READ_HIGH_WATER_BYTES = 4 * 1024 * 1024

/** Bytes a queued frame is counted as beyond its payload, so that empty frames still count. */
const QUEUED_FRAME_OVERHEAD = 64

/** Fills the slot of a frame already read so the queue does not keep it alive. */
const RELEASED = new Uint8Array(0)

/** Frames on one libp2p stream. */
export interface FramedStream extends Frames {
  /** The underlying stream. */
  readonly stream: Stream
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
