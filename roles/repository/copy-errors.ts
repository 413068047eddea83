/**
 * @packageDocumentation
 * Why a point of a copy run was not copied, beyond what the writer or the block-fetch protocol
 * say themselves: the source could not give a block, its manifest is inconsistent, the run was
 * stopped. The message names the point (and block) and what to do.
 *
 * @example
 * ```ts
 * throw new CopyError('ERR_COPY_ABORTED', 'the copy run was stopped; run the copy job again to go on')
 * ```
 */
import { CodedError } from '../../node/core/errors.ts'
import type { CopyErrorCode } from './error-codes.ts'

export class CopyError extends CodedError<CopyErrorCode> {}
