/**
 * @packageDocumentation
 * Frames on one connection, whatever carries them: the {@link Frames} interface a protocol reads
 * and writes whole frames or protobuf messages through, its options, and the pieces both carriers
 * (a libp2p stream in stream-frames.ts, a TLS socket in socket-frames.ts) share, so a protocol
 * switches from one to the other without changing a line of its own.
 *
 * @example
 * ```ts
 * async function answer (f: Frames): Promise<void> {
 *   const request = await f.readMessage(pb.Envelope, { timeoutMs: 5_000 })
 *   await f.writeMessage(pb.Envelope, reply(request))
 *   await closeAndDrain(f)
 * }
 * ```
 */
import type { PeerId, AbortOptions } from '@libp2p/interface'
import { FrameError } from './frame-error.ts'

/** Writers wait while more than this many bytes are queued on the stream. */
export const DEFAULT_WRITE_HIGH_WATER_BYTES = 1024 * 1024

/**
 * Frames on one connection, whatever carries them (a libp2p stream in stream-frames.ts, a TLS
 * socket in socket-frames.ts): read and write whole frames or protobuf messages.
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
  /** The remote peer id as given to `framed` or `framedSocket`, or '' if none was given. */
  readonly remotePeer: string
}


export interface ReadOptions {
  /** Fail the read with FrameError ERR_READ_TIMEOUT if no frame arrives within this time. */
  timeoutMs?: number
}

export interface FramedOptions {
  /** Largest payload accepted or written; default DEFAULT_MAX_FRAME_BYTES (codec.ts). */
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
