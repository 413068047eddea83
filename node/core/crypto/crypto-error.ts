/**
 * @packageDocumentation
 * The error of node/core/crypto/: one class, its codes from node/core/error-codes.ts. A key or a
 * passphrase that does not fit and data that is damaged get different codes, so the CLI can ask
 * for the right key where it should and point at verify and repair where it should.
 */
import type { CryptoErrorCode } from '../error-codes.ts'
import { CodedError } from '../errors.ts'

export class CryptoError extends CodedError<CryptoErrorCode> {}
