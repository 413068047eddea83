/**
 * @packageDocumentation
 * Telling systemd that the daemon is ready (a `Type=notify` unit, node/daemon/systemd/meshbackup.service).
 * systemd passes the address of its notification socket in NOTIFY_SOCKET; Node cannot open an
 * AF_UNIX datagram socket, so the daemon runs `systemd-notify --ready --pid=<its pid>` (the unit
 * sets NotifyAccess=all so systemd takes the message from that child). MAINPID names the daemon,
 * also when the installed command started it through a wrapper on an older Node (node/bin).
 * systemd-notify waits until systemd has processed the message (its BARRIER=1), so the message
 * is never dropped for coming from a process that has already exited.
 *
 * @example
 * ```ts
 * await notifyReady(log)   // once everything is up; does nothing outside systemd
 * ```
 */
import { execFile } from 'node:child_process'
import type { Logger } from '../core/logger.ts'

/**
 * Sends READY=1 (and MAINPID) to systemd when NOTIFY_SOCKET is set; resolves true when sent. A
 * failure is logged, not thrown: the daemon runs, and systemd reports the unit's start timeout.
 */
export async function notifyReady (log: Logger, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const socket = env.NOTIFY_SOCKET
  if (socket == null || socket === '') return false
  return await new Promise((resolve) => {
    execFile('systemd-notify', ['--ready', `--pid=${process.pid}`], { env, timeout: 10_000, encoding: 'utf8' }, (err, _stdout, stderr) => {
      if (err == null) {
        log.info('told systemd the daemon is ready', { socket })
        resolve(true)
        return
      }
      const missing = (err as NodeJS.ErrnoException).code === 'ENOENT'
      log.error(missing
        ? 'NOTIFY_SOCKET is set but systemd-notify is not on PATH: systemd will not learn that the daemon is ready; install systemd (it ships systemd-notify) or use Type=exec in the unit'
        : 'systemd-notify --ready failed: systemd will not learn that the daemon is ready', { socket, error: stderr.trim() || err.message })
      resolve(false)
    })
  })
}
