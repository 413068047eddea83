/**
 * @packageDocumentation
 * Every error code roles/manager/ (guest/ included) raises or answers to, in one place: the
 * role's error classes take their codes from here. README.md's "Error codes" says what each
 * means and what to do.
 */

/** catalog.ts, configuration.ts, job-edit.ts, schedule.ts: a host or job that cannot be registered, found or edited */
export type CatalogErrorCode =
  | 'ERR_BAD_NAME'
  | 'ERR_BAD_HOST'
  | 'ERR_NO_SUCH_HOST'
  | 'ERR_HOST_IN_USE'
  | 'ERR_BAD_JOB'
  | 'ERR_NO_SUCH_JOB'
  | 'ERR_NO_SUCH_SESSION'
  | 'ERR_BAD_FIELD'
  | 'ERR_BAD_SCHEDULE'
  | 'ERR_COPY_BAD_JOB'

/**
 * throttle-rules.ts: a throttling rule added under a name in use, or removed under one not in use
 * (a malformed rule answers node/core's TrafficRuleErrorCode: ERR_BAD_RULE_…)
 */
export type ThrottleErrorCode =
  | 'ERR_RULE_EXISTS'
  | 'ERR_NO_SUCH_RULE'

/** actor.ts, job-edit.ts, points-forget.ts, schedule.ts: an admin request the manager refuses as asked */
export type AdminRequestErrorCode =
  | 'ERR_BAD_REQUEST'
  | 'ERR_SESSION_RUNNING'

/**
 * session.ts, job-checks.ts, vm-selection.ts, host-inventory.ts, snapshot-hunter.ts,
 * points-forget.ts: a host, VM or repository a session, a check or a request needs and does not
 * find. ERR_BAD_VM stands for an unusable VM whose host gave no code of its own.
 */
export type ReachErrorCode =
  | 'ERR_HOST_UNREACHABLE'
  | 'ERR_REPOSITORY_UNREACHABLE'
  | 'ERR_NO_SUCH_REPOSITORY'
  | 'ERR_NO_SUCH_VM'
  | 'ERR_BAD_VM'

/** points-forget.ts: a repository node's refusal without a code of its own */
export type PointsErrorCode = 'ERR_DELETE_FAILED'

/**
 * guest/errors.ts: GuestError. ERR_GUEST_PROCESSING is the one the manager acts on (the VM
 * fails); the others say why one channel could not be used, and guest processing falls back.
 */
export type GuestErrorCode =
  | 'ERR_GUEST_PROCESSING' // required processing failed: the VM fails (or set failure_policy "ignore")
  | 'ERR_GUEST_SETTINGS' // the job's guest settings are malformed: fix the job
  | 'ERR_GUEST_SSH_UNREACHABLE' // refused, no route, or no handshake in time
  | 'ERR_GUEST_SSH_AUTH' // the guest refused the user/key/password
  | 'ERR_GUEST_HOST_KEY' // the guest's SSH host key is not the one pinned for it
  | 'ERR_GUEST_SSH_FAILED' // connected, but the temp folder, upload or a command failed
  | 'ERR_GUEST_QGA_FAILED' // the guest agent could not take or run the scripts

/** guest/guest-processing.ts: the guest agent's code (node/hosts/qemu/) it answers to: a blocked fsfreeze is no failure */
export type GuestAgentErrorCode = 'ERR_QGA_COMMAND_DISABLED'

/**
 * key-catalog.ts, configuration.ts, actor.ts: the manager's key catalog. ERR_NO_SUCH_KEY is also
 * a job naming a key the catalog lacks; ERR_KEYS_SECRET, the home secret that keeps data keys
 * usable without their passphrases, unreadable or damaged.
 */
export type KeyCatalogErrorCode =
  | 'ERR_NO_SUCH_KEY'
  | 'ERR_KEY_EXISTS'
  | 'ERR_KEYS_SECRET'

/**
 * recoveries.ts: instant recoveries. ERR_RECOVERY_NO_NODE: no proxy reaches the QEMU host, so no
 * node can run the VM there; ERR_NO_SUCH_RECOVERY: no recovery by that id (also from the node that
 * runs it, after it restarted and left no record); ERR_RECOVERY_STATE: a stopped recovery cannot be
 * migrated or stopped; ERR_RECOVERY_ATTACH_NO_VM: --attach-to names a host no proxy reaches (no VM
 * answers on its monitor); ERR_RECOVERY_ADOPT_FAILED (the node's, after it restarted): a stop of a
 * recovery whose VM is gone drops the record.
 */
export type RecoveryErrorCode =
  | 'ERR_RECOVERY_NO_NODE'
  | 'ERR_NO_SUCH_RECOVERY'
  | 'ERR_RECOVERY_STATE'
  | 'ERR_RECOVERY_ATTACH_NO_VM'
  | 'ERR_RECOVERY_ADOPT_FAILED'
  | 'ERR_NO_SUCH_POINT'
/**
 * boot-checks.ts: a boot check's screenshot asked for by an id the manager does not keep;
 * catalog.ts, boot-check-job.ts: a boot-check job that cannot be saved, a VM of its run with no
 * good point to check, no node in view that runs boot checks
 */
export type BootCheckErrorCode =
  | 'ERR_BOOT_CHECK_NO_SCREENSHOT'
  | 'ERR_BOOT_CHECK_BAD_JOB'
  | 'ERR_BOOT_CHECK_NO_POINT'
  | 'ERR_BOOT_CHECK_NO_NODE'

/** every code of the role */
export type ManagerErrorCode =
  | RecoveryErrorCode
  | CatalogErrorCode
  | AdminRequestErrorCode
  | ReachErrorCode
  | PointsErrorCode
  | GuestErrorCode
  | GuestAgentErrorCode
  | KeyCatalogErrorCode
  | ThrottleErrorCode
  | BootCheckErrorCode
