/**
 * @packageDocumentation
 * Every error code roles/proxy/ raises or answers to, in one place: the role's error classes take
 * their codes from here. README.md's "Error codes" says what each means and what to do.
 */

/**
 * disk-move.ts: DiskMoveError's own codes. Most moves fail with the code of what failed under
 * them (the host, the pipe, the repository), passed on; ERR_DATA_MOVER stands for a failure
 * without a code of its own.
 */
export type DiskMoveErrorCode =
  | 'ERR_BAD_TASK'
  | 'ERR_TASK_CANCELLED'
  | 'ERR_DATA_MOVER'

/**
 * actor.ts: the proxy actor's answers; ERR_HOST stands for a host call's failure without a code
 * of its own, ERR_RECOVERY_FAILED for a recovery's
 */
export type ProxyActorErrorCode =
  | 'ERR_BAD_TASK'
  | 'ERR_UNEXPECTED_MESSAGE'
  | 'ERR_HOST'
  | 'ERR_RECOVERY_FAILED'

/** open-disk.ts: no transport mode could read the disk; a disk that changed size is not worth another mode */
export type OpenDiskErrorCode =
  | 'ERR_NO_TRANSPORT'
  | 'ERR_DISK_SIZE_CHANGED'

/** orphan-watch.ts: the reason a task is aborted when the manager that gave it is gone */
export type OrphanErrorCode = 'ERR_TASK_ORPHANED'

/**
 * recoveries.ts: a recovery this node does not run (stopped, or the node restarted and left no
 * record of it), or no way to run one; a migrate before the VM runs; an encrypted recovery to
 * adopt without its key; a leftover recovery whose VM was gone when this node tried to adopt it
 */
export type RecoveryRunErrorCode =
  | 'ERR_NO_SUCH_RECOVERY'
  | 'ERR_RECOVERY_NO_EXPORTS'
  | 'ERR_RECOVERY_STATE'
  | 'ERR_RESTORE_KEY_MISSING'
  | 'ERR_RECOVERY_ADOPT_FAILED'
  | 'ERR_BAD_REQUEST'

/** every code of the role */
export type ProxyErrorCode = DiskMoveErrorCode | ProxyActorErrorCode | OpenDiskErrorCode | OrphanErrorCode | RecoveryRunErrorCode
