/**
 * @packageDocumentation
 * The NBD server's error: one CodedError with a code per failure a caller (the recovery
 * orchestration, a test) acts on differently, naming the export, address or block it is about.
 *
 * @example
 * ```ts
 * if (err instanceof NbdServerError && err.code === 'ERR_NBD_SERVER_FETCH_FAILED') console.error(`block ${err.block} unreachable`)
 * ```
 */
import { CodedError } from '../../core/errors.ts'
import type { NbdServerErrorCode } from '../error-codes.ts'

/** A failure of the NBD server or of a point disk source; `block` is the block number when one block is to blame. */
export class NbdServerError extends CodedError<NbdServerErrorCode> {
  readonly address?: string
  readonly exportName?: string
  readonly block?: number

  constructor (code: NbdServerErrorCode, message: string, init: { address?: string, exportName?: string, block?: number, cause?: unknown } = {}) {
    super(code, message, init.cause === undefined ? undefined : { cause: init.cause })
    if (init.address !== undefined) this.address = init.address
    if (init.exportName !== undefined) this.exportName = init.exportName
    if (init.block !== undefined) this.block = init.block
  }
}
