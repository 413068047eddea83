/**
 * @packageDocumentation
 * Typed errors of the repository storage engine. Each carries a `code` that a CLI or a peer can
 * map to a message (it travels as `PipeError.code`), and `subject`: the point, block, file or
 * repository that failed.
 *
 * @example
 * ```ts
 * try { await repo.getPoint(id) } catch (err) {
 *   if (err instanceof RepositoryError && err.code === 'ERR_NO_SUCH_POINT') console.log(err.message)
 * }
 * ```
 */
import { CodedError } from '../../node/core/errors.ts'
import type { RepositoryErrorCode } from './error-codes.ts'

/** An error of the storage engine; `subject` names what failed. */
export class RepositoryError extends CodedError<RepositoryErrorCode> {
  readonly subject: string

  constructor (code: RepositoryErrorCode, message: string, options: { subject?: string, cause?: unknown } = {}) {
    super(code, message, { cause: options.cause })
    this.subject = options.subject ?? ''
  }
}

/** Errors caused by the caller's input, answered to the peer rather than treated as faults. */
const USER_CODES: ReadonlySet<string> = new Set<RepositoryErrorCode>([
  'ERR_BAD_ARGUMENT', 'ERR_NO_SUCH_POINT', 'ERR_POINT_EXISTS', 'ERR_BASE_MISMATCH',
  'ERR_NO_SUCH_STAGED_DISK', 'ERR_BLOCK_OUT_OF_RANGE', 'ERR_BAD_BLOCK_LENGTH',
  'ERR_UNSUPPORTED_COMPRESSION', 'ERR_DIGEST_MISMATCH', 'ERR_SEALED_MISMATCH', 'ERR_SEALED_BLOCK_DAMAGED', 'ERR_KEY_MISMATCH', 'ERR_INCOMPLETE_DISK', 'ERR_WRITER_CLOSED',
  'ERR_REPOSITORY_BUSY', 'ERR_POINT_LOCKED', 'ERR_LOCK_LOWERING_REFUSED'
])

/** True when `err` is a RepositoryError caused by the caller's input (not a fault of the store). */
export function isUserError (err: unknown): err is RepositoryError {
  return err instanceof RepositoryError && USER_CODES.has(err.code)
}

/** True when `err` is a Node.js system error with this errno code (e.g. 'ENOENT'). */
export function isSystemError (err: unknown, code: string): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === code
}

/** ERR_BAD_ARGUMENT: a malformed header, id or request from the caller. */
export function badArgument (message: string): RepositoryError {
  return new RepositoryError('ERR_BAD_ARGUMENT', message)
}
