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

export type NbdErrorCode =
  | 'ERR_NBD_BAD_ADDRESS'
  | 'ERR_NBD_UNREACHABLE'
  | 'ERR_NBD_PROTOCOL'
  | 'ERR_NBD_NO_EXPORT'
  | 'ERR_NBD_UNSUPPORTED'
  | 'ERR_NBD_SERVER_ERROR'
  | 'ERR_NBD_DISCONNECTED'
  | 'ERR_NBD_TIMEOUT'
  | 'ERR_NBD_ABORTED'
  | 'ERR_NBD_CLOSED'
  | 'ERR_NBD_READ_ONLY'
  | 'ERR_NBD_NO_CONTEXT'
  | 'ERR_NBD_OUT_OF_RANGE'
  | 'ERR_NBD_UNALIGNED'
  | 'ERR_NBD_BUFFER_TOO_SMALL'

/**
 * An NBD failure. `address` and `exportName` name the export; `errno` is the server's error
 * value for ERR_NBD_SERVER_ERROR (EIO 5, EPERM 1, EINVAL 22, ENOSPC 28, ...).
 */
export class NbdError extends CodedError {
  override readonly code: NbdErrorCode
  readonly address: string
  readonly exportName: string
  readonly errno?: number

  constructor (code: NbdErrorCode, message: string, init: { address?: string, exportName?: string, errno?: number, cause?: unknown } = {}) {
    super(code, message, init.cause === undefined ? undefined : { cause: init.cause })
    this.code = code
    this.address = init.address ?? ''
    this.exportName = init.exportName ?? ''
    if (init.errno !== undefined) this.errno = init.errno
  }
}
