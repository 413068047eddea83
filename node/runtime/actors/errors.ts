/**
 * Typed errors of the actor runtime. `code` is what callers (and the CLI) branch on; it also
 * crosses the wire in a reply envelope's `error_code`, so a remote asker sees the same code.
 */
import { CodedError } from '../../core/errors.ts'

/**
 * ActorError is a failure of the runtime or of an actor, with a stable code: the runtime's own
 * are ActorErrorCode (../error-codes.ts). `code` stays a string because an ActorError also carries
 * a remote actor's code and the codes a role's behaviour raises.
 */
export class ActorError extends CodedError {
  /** the address (address.ts) of the actor the error is about, when there is one */
  readonly address: string | undefined

  constructor (code: string, message: string, options: { address?: string, cause?: unknown } = {}) {
    super(code, message, { cause: options.cause })
    this.address = options.address
  }
}

/**
 * UserError is thrown by a behaviour for bad input: it is answered to the asker and the actor
 * keeps running ("let it crash" is for bugs, not for input).
 */
export class UserError extends ActorError {
  constructor (code: string, message: string, options: { address?: string, cause?: unknown } = {}) {
    super(code, message, options)
    this.name = 'UserError'
  }
}

/** toError turns anything thrown into an Error without losing it. */
export function toError (err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err))
}

/** errorCode is the string `code` an error carries (ActorError or a Node system error), or ''. */
export function errorCode (err: Error): string {
  const code = (err as { code?: unknown }).code
  return typeof code === 'string' ? code : ''
}
