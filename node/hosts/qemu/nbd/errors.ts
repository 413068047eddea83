/**
 * @packageDocumentation
 * The NBD client's error: one CodedError with a code per failure a caller acts on differently
 * (retry, fix the address, fix the export), naming the export it happened on.
 *
 * @example
 * ```ts
 * if (err instanceof NbdError && err.code === 'ERR_NBD_NO_EXPORT') console.error(`no export ${err.exportName} at ${err.address}`)
 * ```
 */
import { CodedError } from '../../../core/errors.ts'
import type { NbdErrorCode } from '../../error-codes.ts'

/**
 * An NBD failure. `address` and `exportName` name the export; `errno` is the server's error
 * value for ERR_NBD_SERVER_ERROR (EIO 5, EPERM 1, EINVAL 22, ENOSPC 28, ...).
 */
export class NbdError extends CodedError<NbdErrorCode> {
  readonly address: string
  readonly exportName: string
  readonly errno?: number

  constructor (code: NbdErrorCode, message: string, init: { address?: string, exportName?: string, errno?: number, cause?: unknown } = {}) {
    super(code, message, init.cause === undefined ? undefined : { cause: init.cause })
    this.address = init.address ?? ''
    this.exportName = init.exportName ?? ''
    if (init.errno !== undefined) this.errno = init.errno
  }
}
