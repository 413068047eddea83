/**
 * @packageDocumentation
 * A socket's reads into memory that is used again rather than a new Buffer per read: straight into
 * the frame being assembled, or into one small reused buffer between frames. socket-frames.ts
 * reads a socket bound to one through it.
 */
import type { OnReadOpts, Socket } from 'node:net'

// sockets opened with a ReusedReads, so that their framing reads through it without being told
const bound = new WeakMap<Socket, ReusedReads>()

/** Where a socket read with {@link ReusedReads} delivers. */
export interface ReadSink {
  /** bytes that arrived in the shared read buffer, valid only until this returns */
  chunk(chunk: Uint8Array): void
  /** where the next read may land directly (the rest of a frame being assembled), if anywhere */
  room(): Uint8Array | undefined
  /** `bytes` arrived in the last `room()` */
  filled(bytes: number): void
}

/**
 * A socket's reads without a new Buffer per read (the `onread` option of `tls.connect` and
 * `net.connect`): without it TLS hands every 16 KiB record over as a new Buffer, and at a
 * gigabyte a second those kept V8's collector marking the daemon's heap several times a second.
 * Inside a frame, a read lands straight in the frame's (shared) memory; between frames, in one
 * small reused buffer. Node offers this only to the side that opens the connection. A socket
 * bound to it is framed through it by {@link framedSocket}; what arrives before that is copied
 * and kept.
 *
 * @example
 * ```ts
 * const reads = new ReusedReads()
 * const socket = tls.connect({ host, port, onread: reads.onread })
 * reads.bind(socket)
 * const f = framedSocket(socket)
 * ```
 */
export class ReusedReads {
  readonly onread: OnReadOpts
  readonly #scratch: Buffer
  #sink: ReadSink | undefined
  #early: Uint8Array[] = []

  constructor (bytes = 64 * 1024) {
    this.#scratch = Buffer.allocUnsafe(bytes)
    this.onread = {
      // asked again after every read, for the buffer of the next one
      buffer: () => this.#sink?.room() ?? this.#scratch,
      callback: (bytes, buffer) => {
        if (buffer !== this.#scratch) this.#sink!.filled(bytes)
        else if (this.#sink !== undefined) this.#sink.chunk(buffer.subarray(0, bytes))
        else this.#early.push(Uint8Array.prototype.slice.call(buffer, 0, bytes))
        return true // pausing is the framing's, through socket.pause()
      }
    }
  }

  /** Marks `socket` as opened with this `onread`: framedSocket then reads it through this object. */
  bind (socket: Socket): void {
    bound.set(socket, this)
  }

  attach (sink: ReadSink): void {
    const early = this.#early
    this.#early = []
    this.#sink = sink
    for (const chunk of early) sink.chunk(chunk)
  }
}

/** The ReusedReads `socket` was bound to, if any: its framing then reads through it. */
export function reusedReadsOf (socket: Socket): ReusedReads | undefined {
  return bound.get(socket)
}
