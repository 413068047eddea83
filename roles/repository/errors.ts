/**
 * @packageDocumentation
 * Typed errors of the repository storage engine. Each carries a `code` that a CLI or a peer can
 * map to a message (it travels as `PipeError.code`), and `subject`: the point, block, file or
 * repository that failed.
 *
 * @example
 * ```ts
 * try { await repo.getPoint(id) } catch (err) {
 *   if (err instanceof RepositoryError && err.code === 'ERR_NO_SUCH_POINT') console.log(err.message)
 * }
 * ```
 */
import { CodedError } from '../../node/core/errors.ts'

/** Codes raised by this folder; the comment says what the user or caller should do. */
export type RepositoryErrorCode =
  | 'ERR_NOT_A_REPOSITORY' // the folder holds something else: pick another path
  | 'ERR_REPOSITORY_NAME_MISMATCH' // the folder is another repository: check the name/path
  | 'ERR_UNSUPPORTED_FORMAT' // written by a newer meshbackup: upgrade
  | 'ERR_REPOSITORY_LOCKED' // another process has the repository open
  | 'ERR_REPOSITORY_CLOSED' // used after close()
  | 'ERR_BAD_ARGUMENT' // malformed header, id or request from the caller
  | 'ERR_NO_SUCH_POINT' // the restore point does not exist (deleted by retention?)
  | 'ERR_POINT_EXISTS' // a different point already has this id
  | 'ERR_BASE_MISMATCH' // the base point cannot seed this disk (other VM, other block size)
  | 'ERR_NO_SUCH_STAGED_DISK' // commit names a staged disk that was never finished
  | 'ERR_BLOCK_OUT_OF_RANGE' // block index beyond the disk
  | 'ERR_BAD_BLOCK_LENGTH' // raw length does not match the block's place on the disk
  | 'ERR_UNSUPPORTED_COMPRESSION' // compression other than "zstd"/"none"
  | 'ERR_DIGEST_MISMATCH' // the block's bytes do not hash to its digest: nothing stored
  | 'ERR_INCOMPLETE_DISK' // finish() while a block failed or a required block was not sent
  | 'ERR_WRITER_CLOSED' // putBlock/finish after finish/abort
  | 'ERR_MISSING_BLOCK' // no stored block has this digest
  | 'ERR_MISSING_PACK' // the index points at a pack file that is gone
  | 'ERR_CORRUPT_BLOCK' // a pack record fails its checks
  | 'ERR_CORRUPT_MANIFEST' // a manifest file fails its checksum
  | 'ERR_REPOSITORY_BUSY' // GC or an index rebuild while disks are being written, or while another runs: retry later
  | 'ERR_BASE_UNUSABLE' // the base point refers to blocks the index lacks or knows damaged: back up in full
  | 'ERR_REPOSITORY_FULL' // the file system is (nearly) full: free space or use another repository

/** An error of the storage engine; `subject` names what failed. */
export class RepositoryError extends CodedError<RepositoryErrorCode> {
  readonly subject: string

  constructor (code: RepositoryErrorCode, message: string, options: { subject?: string, cause?: unknown } = {}) {
    super(code, message, { cause: options.cause })
    this.subject = options.subject ?? ''
  }
}

/** Errors caused by the caller's input, answered to the peer rather than treated as faults. */
const USER_CODES: ReadonlySet<string> = new Set<RepositoryErrorCode>([
  'ERR_BAD_ARGUMENT', 'ERR_NO_SUCH_POINT', 'ERR_POINT_EXISTS', 'ERR_BASE_MISMATCH',
  'ERR_NO_SUCH_STAGED_DISK', 'ERR_BLOCK_OUT_OF_RANGE', 'ERR_BAD_BLOCK_LENGTH',
  'ERR_UNSUPPORTED_COMPRESSION', 'ERR_DIGEST_MISMATCH', 'ERR_INCOMPLETE_DISK', 'ERR_WRITER_CLOSED',
  'ERR_REPOSITORY_BUSY'
])

/** True when `err` is a RepositoryError caused by the caller's input (not a fault of the store). */
export function isUserError (err: unknown): err is RepositoryError {
  return err instanceof RepositoryError && USER_CODES.has(err.code)
}

/** True when `err` is a Node.js system error with this errno code (e.g. 'ENOENT'). */
export function isSystemError (err: unknown, code: string): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === code
}

/** ERR_BAD_ARGUMENT: a malformed header, id or request from the caller. */
export function badArgument (message: string): RepositoryError {
  return new RepositoryError('ERR_BAD_ARGUMENT', message)
}
