/**
 * @packageDocumentation
 * Every error code node/daemon/ raises or answers to, in one place: the layer's error classes take
 * their codes from here. README.md's "Error codes" says what each means and what to do.
 *
 * The admin handler raises its codes as UserErrors (node/runtime/actors/errors.ts), whose code is a
 * string: they cross the admin wire, and the roles behind the handler raise theirs the same way.
 */

/** node/daemon/config.ts: a home, its config.json, keys or token that cannot be used (ConfigError) */
export type ConfigErrorCode =
  | 'ERR_BAD_CONFIG'
  | 'ERR_BAD_HTTP_ADDRESS'
  | 'ERR_BAD_KEY'
  | 'ERR_BAD_LOG_LEVEL'
  | 'ERR_BAD_MEMBER'
  | 'ERR_BAD_PEER_ID'
  | 'ERR_BAD_REPOSITORY_PATH'
  | 'ERR_BAD_ROLE'
  | 'ERR_BAD_TOKEN'
  | 'ERR_HOME_EXISTS'
  | 'ERR_KEY_UNREADABLE'
  | 'ERR_NO_HOME'
  | 'ERR_NO_KEY'
  | 'ERR_NO_SUCH_MEMBER'
  | 'ERR_REPOSITORY_CONFIG'

/**
 * node/daemon/daemon.ts and http/server.ts: a daemon that cannot start. All but ERR_DAEMON_START
 * and ERR_ROLE_START are ConfigErrors (the home or its config is where to look); those two stand
 * in for a failure that came without a code of its own.
 */
export type StartErrorCode =
  | 'ERR_ADMIN_SOCKET' // admin-socket.ts: the home's admin.sock cannot be made
  | 'ERR_DAEMON_RUNNING'
  | 'ERR_DAEMON_START'
  | 'ERR_DB'
  | 'ERR_DB_LOCKED'
  | 'ERR_HTTP_LISTEN'
  | 'ERR_LISTEN'
  | 'ERR_ROLE_START'

/**
 * node/daemon/admin/handler.ts, restore.ts, rebuild.ts: an admin request the daemon refuses.
 * ERR_NO_MANAGER and ERR_NO_REPOSITORY are built from the role the handler waits for.
 */
export type AdminErrorCode =
  | 'ERR_BAD_REQUEST'
  | 'ERR_MISSING_BLOCK' // point-exports.ts: the repository serving a point cannot give one of its blocks (damaged or lost there)
  | 'ERR_NO_MANAGER'
  | 'ERR_NO_REPOSITORY'
  | 'ERR_NO_SUCH_DISK'
  | 'ERR_NO_SUCH_HOST'
  | 'ERR_NO_SUCH_POINT'
  | 'ERR_NO_SUCH_REPOSITORY'
  | 'ERR_NO_SUCH_VM'
  | 'ERR_POINT_DAMAGED'
  | 'ERR_POINT_NOT_SERVED' // files.ts: no way here to serve a point's disk over NBD for file-level restore
  | 'ERR_RECOVERY_FAILED'

/**
 * node/daemon/admin/boot-check.ts (verify --boot): a boot check this daemon cannot run as asked;
 * ERR_BOOT_CHECK_VM_EXITED is node/hosts/'s, recorded when the recovery path could not start the VM.
 */
export type BootCheckRequestErrorCode =
  | 'ERR_BOOT_CHECK_UNAVAILABLE'
  | 'ERR_BOOT_CHECK_BAD_REQUEST'
  | 'ERR_BOOT_CHECK_VM_EXITED'

/** node/daemon/admin/restore-target.ts: a place a restore cannot write to (RestoreTargetError) */
export type RestoreTargetErrorCode =
  | 'ERR_BAD_TARGET'
  | 'ERR_NO_SUCH_FOLDER'
  | 'ERR_TARGET_EXISTS'
  | 'ERR_TARGET_IN_USE'
  | 'ERR_TARGET_NO_SPACE'

/**
 * node/daemon/cli/: a command line the CLI refuses, or a daemon it cannot reach (CliError); the key
 * of an encrypted point it cannot find (point-key.ts) or a passphrase it cannot ask for (passphrase.ts)
 */
export type CliErrorCode =
  | 'ERR_ADMIN_SOCKET_DENIED' // common.ts: the daemon's admin socket is not this user's to open
  | 'ERR_BAD_ARGUMENT'
  | 'ERR_BAD_SIZE'
  | 'ERR_DAEMON_UNREACHABLE' // common.ts: the admin socket is there, the daemon behind it does not answer
  | 'ERR_KEY_MISMATCH'
  | 'ERR_KEY_UNAVAILABLE'
  | 'ERR_NO_DAEMON'
  | 'ERR_NO_PASSPHRASE'
  | 'ERR_NO_SUCH_POINT'
  | 'ERR_POINT_KEPT'
  | 'ERR_POINT_LOCKED'
  | 'ERR_WAIT_TIMEOUT'

/**
 * node/daemon/cli/exit-codes.ts: the codes with an exit code of their own; the others get theirs
 * from their family (ERR_NO_SUCH_…, ERR_BAD_…).
 */
export type ExitCodeErrorCode =
  | 'ERR_DAEMON_HUNG_UP'
  | 'ERR_DAEMON_RUNNING'
  | 'ERR_DAEMON_UNREACHABLE'
  | 'ERR_HOST_IN_USE'
  | 'ERR_NO_DAEMON'
  | 'ERR_POINT_LOCKED'
  | 'ERR_LOCK_LOWERING_REFUSED'
  | 'ERR_SESSION_RUNNING'
  | 'ERR_TARGET_EXISTS'
  | 'ERR_TARGET_IN_USE'
  | 'ERR_FS_NOT_FOUND'
  | 'ERR_FS_NO_SUCH_PARTITION'
  | 'ERR_FS_BAD_PATH'
  | 'ERR_FS_TARGET_EXISTS'

/**
 * node/daemon/admin-socket.ts: the admin protocol's codes, raised on the local socket as
 * protocols/admin.ts raises them over libp2p (ERR_ADMIN_SOCKET is a start error, above)
 */
export type AdminSocketErrorCode =
  | 'ERR_ADMIN'
  | 'ERR_BAD_REQUEST'
  | 'ERR_DAEMON_HUNG_UP'
  | 'ERR_FRAME_TOO_LARGE'

/** node/daemon/repl/: REPL input it cannot run, or a daemon connection it lost (ReplError) */
export type ReplErrorCode =
  | 'ERR_BAD_ARGUMENT'
  | 'ERR_BAD_REQUEST'
  | 'ERR_DAEMON_LOST'
  | 'ERR_NO_SUCH_COMMAND'

/** node/daemon/http/: a request the HTTP endpoint refuses (HttpError) */
export type HttpErrorCode =
  | 'ERR_BAD_HOST_HEADER'
  | 'ERR_BAD_QUERY'
  | 'ERR_METHOD'
  | 'ERR_NOT_FOUND'
  | 'ERR_UNAUTHORIZED'

/** node/daemon/http/server.ts: the code answered for an error that carries none (a bug) */
export type HttpInternalErrorCode = 'ERR_INTERNAL'

/**
 * node/daemon/http/ and repl/mesh-client.ts: codes raised elsewhere (the admin handler, the roles
 * behind it, the admin client of protocols/admin.ts, the actor runtime) that these files match on
 * to answer or retry.
 */
export type MatchedErrorCode =
  | 'ERR_ASK_TIMEOUT'
  | 'ERR_BAD_REQUEST'
  | 'ERR_DAEMON_HUNG_UP'
  | 'ERR_NO_SUCH_SESSION'
  | 'ERR_SESSION_RUNNING'
  // node/hosts/guest-fs/'s codes that http/errors.ts gives a status of their own (404, 400, 422)
  | 'ERR_FS_NOT_FOUND'
  | 'ERR_FS_NO_SUCH_PARTITION'
  | 'ERR_FS_BAD_PATH'
  | 'ERR_FS_NOT_A_DIRECTORY'
  | 'ERR_FS_UNSUPPORTED'
  | 'ERR_FS_UNRECOGNIZED'
  | 'ERR_BOOT_CHECK_NO_SCREENSHOT'

/** every code of the layer */
export type DaemonErrorCode =
  | ConfigErrorCode
  | StartErrorCode
  | AdminErrorCode
  | BootCheckRequestErrorCode
  | RestoreTargetErrorCode
  | CliErrorCode
  | ExitCodeErrorCode
  | ReplErrorCode
  | HttpErrorCode
  | HttpInternalErrorCode
  | MatchedErrorCode
