/**
 * @packageDocumentation
 * RecoveryError: an instant recovery that cannot start, migrate or stop on this node; its code is
 * one of error-codes.ts's RecoveryErrorCode and crosses the wire in the reply to the manager.
 */
import { CodedError } from '../../core/errors.ts'
import type { RecoveryErrorCode } from '../error-codes.ts'

export class RecoveryError extends CodedError<RecoveryErrorCode> {}
