/**
 * @packageDocumentation
 * The one base of meshbackup's typed errors: a stable `code` a CLI or peer can map to a message
 * and an exit code, and a message that names the thing that failed and what to do. Every error
 * class of the project extends it, so `err instanceof CodedError` tells a known failure from a bug.
 */
export class CodedError<Code extends string = string> extends Error {
  readonly code: Code

  constructor (code: Code, message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause })
    this.name = new.target.name
    this.code = code
  }
}
