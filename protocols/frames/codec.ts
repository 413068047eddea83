/**
 * @packageDocumentation
 * The length-prefix frame codec and its limits, independent of what carries the bytes.
 *
 * Wire format: `varint(length) || payload`, the varint being unsigned LEB128 in its shortest
 * form and at most 8 bytes (enough for 2^53 - 1). Every protocol of meshbackup that carries
 * protobuf messages on a stream uses it. The maximum frame size is enforced from the header,
 * before a frame is accumulated, so a hostile length costs nothing.
 *
 * @example
 * ```ts
 * const decoder = new FrameDecoder({ maxFrameBytes: DEFAULT_MAX_FRAME_BYTES })
 * const frames = decoder.push(chunk)     // every frame the chunk completes
 * decoder.end()                          // throws if the input stopped inside a frame
 * socket.write(encodeFrameHeader(payload.byteLength)); socket.write(payload)
 * ```
 */
import type { Uint8ArrayList } from 'uint8arraylist'
import { FrameError, tooLarge } from './frame-error.ts'

/** The largest frame payload accepted unless a protocol chooses another bound. */
export const DEFAULT_MAX_FRAME_BYTES = 8 * 1024 * 1024

/** The longest varint prefix accepted: 8 bytes carry 56 bits, enough for 2^53 - 1. */
const MAX_HEADER_BYTES = 8

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
