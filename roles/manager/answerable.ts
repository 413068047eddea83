/**
 * @packageDocumentation
 * A failure the manager answers instead of crashing on: a refusal by another node (its code kept)
 * becomes a UserError, so the admin asker gets the code and message and the manager's mailbox,
 * with its running sessions, lives on.
 */
import { UserError, errorCode, toError } from '../../node/runtime/actors/errors.ts'
import type { ManagerErrorCode } from './error-codes.ts'

/** `err` as a UserError with its own code (or `fallback`), the context before its message. */
export function answerable (err: unknown, fallback: ManagerErrorCode, context: string): UserError {
  if (err instanceof UserError) return err
  const e = toError(err)
  return new UserError(errorCode(e) || fallback, `${context}: ${e.message}`, { cause: err })
}
