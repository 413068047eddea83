/**
 * @packageDocumentation
 * The base of meshbackup's typed errors: a stable `code` a CLI or peer can map to a message, and a
 * message that names the thing that failed and what to do.
 */
export class CodedError extends Error {
  readonly code: string

  constructor (code: string, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = new.target.name
    this.code = code
  }
}
