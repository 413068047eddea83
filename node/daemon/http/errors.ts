/**
 * @packageDocumentation
 * Errors of the HTTP endpoint, answered as JSON `{ error: { code, message } }` with a status that
 * fits the code: the admin handler's codes (ERR_NO_SUCH_JOB, ERR_SESSION_RUNNING, ...) keep their
 * meaning over HTTP.
 */
import { CodedError } from '../../core/errors.ts'
import type { HttpErrorCode } from '../error-codes.ts'

/** A request the endpoint refuses, with the HTTP status to answer. */
export class HttpError extends CodedError<HttpErrorCode> {
  readonly status: number

  constructor (status: number, code: HttpErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options)
    this.status = status
  }
}

/** The HTTP status for an error the admin handler (or the manager behind it) threw. */
export function statusOf (err: unknown): number {
  if (err instanceof HttpError) return err.status
  const code = (err as { code?: unknown }).code
  if (typeof code !== 'string') return 500
  if (code.startsWith('ERR_NO_SUCH_') || code === 'ERR_BOOT_CHECK_NO_SCREENSHOT') return 404
  if (code === 'ERR_SESSION_RUNNING') return 409
  // file-level restore: a path or partition that is not there, input that is wrong, a volume it cannot read
  if (code === 'ERR_FS_NOT_FOUND' || code === 'ERR_FS_NO_SUCH_PARTITION') return 404
  if (code === 'ERR_FS_BAD_PATH' || code === 'ERR_FS_NOT_A_DIRECTORY') return 400
  if (code === 'ERR_FS_UNSUPPORTED' || code === 'ERR_FS_UNRECOGNIZED' || code === 'ERR_POINT_NOT_SERVED') return 422
  if (code.startsWith('ERR_BAD_')) return 400
  if (code === 'ERR_ASK_TIMEOUT' || code.endsWith('_UNREACHABLE') || /^ERR_NO_(MANAGER|SCHEDULER|PROXY|REPOSITORY)$/.test(code)) return 503
  return 500
}
