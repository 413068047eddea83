/**
 * @packageDocumentation
 * The CLI's exit codes, so a script can tell a typo from a missing daemon from a failed backup.
 * A command's error code picks the exit code; a session's end state picks it for `job run --wait`.
 */
import type { ExitCodeErrorCode } from '../error-codes.ts'

export const EXIT = {
  ok: 0,
  /** the operation ran and failed (a failed session, a damaged point, an I/O error) */
  failed: 1,
  /** the command line or the configuration it names is wrong (bad option, bad name, bad config) */
  usage: 2,
  /** the session ended with warnings: every VM asked for is protected, but something needs a look (a weaker snapshot, a fallback, nothing to back up) */
  warning: 3,
  /** a job, host, VM, point or disk named on the command line does not exist */
  notFound: 4,
  /** no daemon runs for the home, or it does not answer */
  noDaemon: 5,
  /** refused to protect something: a target exists, a host is in use, a session is running, a point is locked */
  refused: 6
} as const

const BY_CODE: Record<string, number> = {
  ERR_NO_DAEMON: EXIT.noDaemon,
  ERR_DAEMON_UNREACHABLE: EXIT.noDaemon,
  ERR_DAEMON_HUNG_UP: EXIT.noDaemon,
  ERR_SESSION_RUNNING: EXIT.refused,
  ERR_TARGET_EXISTS: EXIT.refused,
  ERR_TARGET_IN_USE: EXIT.refused,
  ERR_HOST_IN_USE: EXIT.refused,
  ERR_DAEMON_RUNNING: EXIT.refused,
  ERR_POINT_LOCKED: EXIT.refused,
  ERR_LOCK_LOWERING_REFUSED: EXIT.refused,
  // file-level restore (node/hosts/guest-fs/)
  ERR_FS_NOT_FOUND: EXIT.notFound,
  ERR_FS_NO_SUCH_PARTITION: EXIT.notFound,
  ERR_FS_BAD_PATH: EXIT.usage,
  ERR_FS_TARGET_EXISTS: EXIT.refused
} satisfies Record<ExitCodeErrorCode, number>

/** The exit code for an error code: exact matches first, then by the code's family. */
export function exitCodeOf (code: string | undefined): number {
  if (code == null || code === '') return EXIT.failed
  const exact = BY_CODE[code]
  if (exact != null) return exact
  if (code.startsWith('commander.')) return EXIT.usage
  if (/^ERR_(NO_SUCH|UNKNOWN)_/.test(code)) return EXIT.notFound
  if (/^ERR_(BAD|INVALID)_/.test(code)) return EXIT.usage
  return EXIT.failed
}

/** The exit code of a session that ended in `state`. */
export function sessionExitCode (state: string | null | undefined): number {
  if (state === 'success') return EXIT.ok
  if (state === 'warning') return EXIT.warning
  return EXIT.failed
}
