/**
 * @packageDocumentation
 * The error of file-level restore: a CodedError naming the disk, volume or guest path that failed.
 *
 * @example
 * ```ts
 * if (err instanceof GuestFsError && err.code === 'ERR_FS_UNSUPPORTED') console.error(err.message)
 * ```
 */
import { CodedError } from '../../core/errors.ts'
import type { GuestFsErrorCode } from '../error-codes.ts'

/** A failure reading a guest's filesystem; `subject` is the disk, volume or path it concerns. */
export class GuestFsError extends CodedError<GuestFsErrorCode> {
  readonly subject: string

  constructor (code: GuestFsErrorCode, message: string, init: { subject?: string, cause?: unknown } = {}) {
    super(code, message, init.cause === undefined ? undefined : { cause: init.cause })
    this.subject = init.subject ?? ''
  }
}
