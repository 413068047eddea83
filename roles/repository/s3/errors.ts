/**
 * @packageDocumentation
 * The object store's one error class, and the mapping of every failure the AWS SDK throws (an S3
 * error answer, or no answer at all) to a stable code whose message names the bucket, the key and
 * what to do. S3 says little about why it refused: a 403 `AccessDenied` is both "these
 * credentials may not" and "this version is under retention", so the caller says which request it
 * was (`lockedWhenDenied`) and the mapping picks the code from that.
 *
 * @example
 * ```ts
 * try { await client.send(command) } catch (err) {
 *   throw s3Failure(err, { action: 'read', endpoint, bucket, key })
 * }
 * ```
 */
import { CodedError } from '../../../node/core/errors.ts'
import type { ObjectStoreErrorCode } from '../error-codes.ts'

/** A failure of the object store; `bucket` and `key` name what failed ('' when none). */
export class ObjectStoreError extends CodedError<ObjectStoreErrorCode> {
  readonly bucket: string
  readonly key: string
  /** S3's own error code when the server answered (e.g. 'AccessDenied'), else '' */
  readonly s3Code: string
  /** the HTTP status of the answer, 0 without one */
  readonly status: number

  constructor (code: ObjectStoreErrorCode, message: string, options: { bucket?: string, key?: string, s3Code?: string, status?: number, cause?: unknown } = {}) {
    super(code, message, { cause: options.cause })
    this.bucket = options.bucket ?? ''
    this.key = options.key ?? ''
    this.s3Code = options.s3Code ?? ''
    this.status = options.status ?? 0
  }
}

/** What was being done when a request failed: the words of the message. */
export interface S3Context {
  /** what the request did, as a verb phrase: 'write', 'read bytes 0-99 of', 'delete version V of' */
  action: string
  endpoint: string
  bucket: string
  key?: string
  /** a 403 here means the object is under retention (deleting a version, changing its retention) */
  lockedWhenDenied?: boolean
  /** the request sets a retention: a 400 InvalidRequest means the bucket has no Object Lock */
  setsRetention?: boolean
}

/** The parts of an SDK error the mapping reads: a service exception, or a Node network error. */
interface SdkFailure {
  name?: string
  code?: string
  message?: string
  $metadata?: { httpStatusCode?: number }
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE'])

/** The coded error for `err`, thrown by the SDK during the request `context` describes. */
export function s3Failure (err: unknown, context: S3Context): ObjectStoreError {
  if (err instanceof ObjectStoreError) return err
  const failure = (typeof err === 'object' && err !== null ? err : {}) as SdkFailure
  const status = failure.$metadata?.httpStatusCode ?? 0
  const s3Code = status === 0 ? '' : (failure.name ?? '')
  const { bucket, key = '', endpoint } = context
  const what = key === '' ? `bucket "${bucket}"` : `"${key}" in bucket "${bucket}"`
  const make = (code: ObjectStoreErrorCode, message: string): ObjectStoreError =>
    new ObjectStoreError(code, message, { bucket, key, s3Code, status, cause: err })

  if (status === 0) {
    const why = failure.code ?? failure.name ?? 'no answer'
    if (NETWORK_CODES.has(failure.code ?? '') || failure.name === 'TimeoutError') {
      return make('ERR_S3_UNREACHABLE', `cannot ${context.action} ${what}: no answer from S3 at ${endpoint} (${why}); check the endpoint and the network, and that the server runs`)
    }
  }
  const answer = s3Code === '' ? (failure.message ?? 'unknown failure') : `${status} ${s3Code}`
  const refused = `S3 at ${endpoint} refused to ${context.action} ${what} (${answer})`
  // InvalidRequest is also S3's answer to retention headers on a bucket without Object Lock
  if (s3Code === 'ObjectLockConfigurationNotFoundError' || s3Code === 'InvalidBucketState' || (s3Code === 'InvalidRequest' && context.setsRetention === true)) {
    return make('ERR_S3_NO_OBJECT_LOCK', `${refused}: the bucket has no Object Lock; a bucket gets it only when it is created with Object Lock`)
  }
  switch (s3Code) {
    case 'InvalidAccessKeyId':
    case 'SignatureDoesNotMatch':
      return make('ERR_S3_BAD_CREDENTIALS', `${refused}: the server does not know the access key or the secret does not match; check the credentials file`)
    case 'NoSuchBucket':
      return make('ERR_S3_NO_SUCH_BUCKET', `${refused}: bucket "${bucket}" does not exist; check its name, or create it`)
    case 'BucketAlreadyExists':
    case 'BucketAlreadyOwnedByYou':
      return make('ERR_S3_BUCKET_EXISTS', `${refused}: a bucket of that name exists already; pick another name, or open the existing repository`)
    case 'NoSuchKey':
    case 'NoSuchVersion':
    case 'NotFound':
      return make('ERR_S3_NO_SUCH_KEY', `${refused}: the object${context.action.includes('version') ? ' version' : ''} does not exist (deleted, or never written)`)
    case 'InvalidRange':
      return make('ERR_S3_BAD_RANGE', `${refused}: the range lies beyond the object's end; the object is shorter than its reader expects`)
    case 'BadDigest':
    case 'InvalidDigest':
      return make('ERR_S3_CORRUPT_TRANSFER', `${refused}: the bytes arrived damaged (Content-MD5 differs); nothing was stored; retry, and check the network or the host's memory if it repeats`)
    case 'QuotaExceeded':
    case 'InsufficientCapacity':
    case 'EntityTooLarge':
      return make('ERR_S3_FULL', `${refused}: the bucket's quota or the server's space is used up; free space (retention, GC) or raise the quota`)
    case 'SlowDown':
    case 'ServiceUnavailable':
    case 'InternalError':
      return make('ERR_S3_UNAVAILABLE', `${refused}: the server is overloaded or failing; retry later, and look at the server's health`)
    case 'AccessDenied':
    case 'AllAccessDisabled':
      if (context.lockedWhenDenied === true) {
        return make('ERR_S3_OBJECT_LOCKED', `${refused}: the version is under a retention date (COMPLIANCE: nobody can delete it or shorten its retention before that date, not even the bucket owner), or these credentials may not change it`)
      }
      return make('ERR_S3_ACCESS_DENIED', `${refused}: these credentials may not do this on the bucket; check the bucket's policy and the user's permissions`)
  }
  if (status === 507) return make('ERR_S3_FULL', `${refused}: the server has no space left; free space or add capacity`)
  if (status >= 500) return make('ERR_S3_UNAVAILABLE', `${refused}: the server failed; retry later, and look at the server's health`)
  if (status === 416) return make('ERR_S3_BAD_RANGE', `${refused}: the range lies beyond the object's end`)
  if (status === 403) return make('ERR_S3_ACCESS_DENIED', `${refused}: these credentials may not do this on the bucket`)
  return make('ERR_S3_REQUEST_FAILED', `${refused}; see S3's error code`)
}
