/**
 * @packageDocumentation
 * The one error every framing failure is: a frame too large or malformed, a connection ended or
 * reset, a read or write that timed out. The codec, the stream and the socket framing all throw
 * it, so a protocol tells a broken peer from a slow one by `code` alone, whatever carried the
 * frames.
 *
 * @example
 * ```ts
 * try { await f.read({ timeoutMs: 5_000 }) } catch (err) {
 *   if (err instanceof FrameError && err.code === 'ERR_READ_TIMEOUT') retry()
 * }
 * ```
 */
import { CodedError } from '../../node/core/errors.ts'
import type { FrameErrorCode } from '../error-codes.ts'

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

export function tooLarge (size: number, limit: number, who: string): FrameError {
  return new FrameError('ERR_FRAME_TOO_LARGE',
    `${who} a frame of ${size} bytes, over the limit of ${limit} bytes (maxFrameBytes); ` +
    'split the message, or raise maxFrameBytes on both ends if frames this large are intended',
  { size, limit })
}
