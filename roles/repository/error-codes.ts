/**
 * @packageDocumentation
 * Every error code roles/repository/ raises or answers to, in one place: the role's error classes
 * take their codes from here. README.md's "Error codes" says what each means and what to do.
 */

/** errors.ts: RepositoryError, the storage engine's; the comment says what the user or caller should do. */
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
  | 'ERR_SEALED_MISMATCH' // a plain block for an encrypted disk, or a sealed one for a plain disk: nothing stored
  | 'ERR_SEALED_BLOCK_DAMAGED' // a sealed block fails its frame checksum (damaged in transit): nothing stored
  | 'ERR_KEY_MISMATCH' // a sealed block, or a staged disk being committed, is under another data key than the backup names
  | 'ERR_INCOMPLETE_DISK' // finish() while a block failed or a required block was not sent
  | 'ERR_WRITER_CLOSED' // putBlock/finish after finish/abort
  | 'ERR_MISSING_BLOCK' // no stored block has this digest
  | 'ERR_MISSING_PACK' // the index points at a pack file that is gone
  | 'ERR_CORRUPT_BLOCK' // a pack record fails its checks
  | 'ERR_CORRUPT_MANIFEST' // a manifest file fails its checksum
  | 'ERR_REPOSITORY_BUSY' // GC or an index rebuild while disks are being written, or while another runs: retry later
  | 'ERR_REPOSITORY_FENCED' // a bucket-backed repository lost its lease (another node took it over, or the bucket stopped answering): it takes no more writes
  | 'ERR_REPOSITORY_HELD' // another live node holds the bucket-backed repository's lease
  | 'ERR_REPOSITORY_FULL' // the file system is (nearly) full: free space or use another repository
  | 'ERR_POINT_LOCKED' // the point is within its lock period: nobody may delete or change it before its unlock date
  | 'ERR_LOCK_LOWERING_REFUSED' // the lock period can be lowered only on the repository's own node

/** receiver.ts: a data pipe refused before any work, because the task holds no lease here */
export type ReceiverErrorCode = 'ERR_NO_LEASE'

/**
 * actor.ts: the repository actor's answers to an ask. The `…_FAILED` codes stand for an engine
 * failure without a code of its own; one with a code (a RepositoryErrorCode) is passed on as it is.
 */
export type RepositoryActorErrorCode =
  | 'ERR_COMMIT_FAILED'
  | 'ERR_LIST_FAILED'
  | 'ERR_DELETE_FAILED'
  | 'ERR_LOCK_FAILED'
  | 'ERR_NO_SENDER'
  | 'ERR_NO_SUCH_REPOSITORY'
  | 'ERR_UNEXPECTED_MESSAGE'

/** index.ts: a node with the repository role whose config.json has no "repository" section */
export type RepositoryConfigErrorCode = 'ERR_REPOSITORY_CONFIG'

/**
 * s3/: the S3 object store under a repository kept in a bucket (s3/errors.ts maps every S3 or
 * network failure to one of these; the message names the bucket and key and what to do).
 */
export type ObjectStoreErrorCode =
  | 'ERR_S3_BAD_CREDENTIALS_FILE' // the credentials file is missing, unreadable or not {accessKeyId, secretAccessKey}
  | 'ERR_S3_CREDENTIALS_EXPOSED' // the credentials file is readable by group or others: chmod 600 it
  | 'ERR_S3_BAD_CREDENTIALS' // the server does not know the access key, or the secret does not match
  | 'ERR_S3_UNREACHABLE' // no answer from the endpoint (refused, timed out, name not found)
  | 'ERR_S3_UNAVAILABLE' // the server answered 5xx or "slow down" after the retries
  | 'ERR_S3_ACCESS_DENIED' // the credentials may not do this on this bucket
  | 'ERR_S3_NO_SUCH_BUCKET' // the bucket does not exist
  | 'ERR_S3_BUCKET_EXISTS' // creating a bucket whose name is taken
  | 'ERR_S3_NO_SUCH_KEY' // the object (or that version of it) does not exist
  | 'ERR_S3_OBJECT_LOCKED' // a version under retention: not deleted, retention not shortened
  | 'ERR_S3_NO_OBJECT_LOCK' // a retention asked of a bucket created without Object Lock
  | 'ERR_S3_BAD_RETENTION' // a retention date that is not in the future
  | 'ERR_S3_BAD_RANGE' // a byte range beyond the object's end
  | 'ERR_S3_CORRUPT_TRANSFER' // bytes damaged on the way (Content-MD5 refused, or a body of the wrong length)
  | 'ERR_S3_FULL' // the bucket's quota or the server's space is used up
  | 'ERR_S3_REQUEST_FAILED' // any other refusal: the message names S3's own error code

/** copy-run.ts and repair-from-peer.ts (copy-errors.ts): a point of a copy run, or a repair, that could not be done */
export type CopyErrorCode =
  | 'ERR_COPY_SOURCE_BLOCK' // the source cannot read a block of the point (damaged or missing there): verify the source
  | 'ERR_COPY_BAD_MANIFEST' // the source's manifest does not match its disk, or it answered another block
  | 'ERR_COPY_DIGEST_MISMATCH' // source and target name blocks by different digests (format 2 SHA-256, format 3 BLAKE3): copy to a repository of the source's format
  | 'ERR_COPY_ABORTED' // the run was stopped (the node is stopping): run the copy job again, it resumes
  | 'ERR_COPY_FAILED' // a failure without a code of its own

/** every code of the role */
export type RepositoryRoleErrorCode = RepositoryErrorCode | ReceiverErrorCode | RepositoryActorErrorCode | RepositoryConfigErrorCode | ObjectStoreErrorCode | CopyErrorCode
