/**
 * @packageDocumentation
 * What every CLI command shares: the home, one admin call to its daemon, output helpers, and the
 * parsers of sizes and counts that name the option they refuse.
 *
 * A command reaches its home's daemon over the daemon's local admin socket (admin-socket.ts): no
 * libp2p node, no key. Only when there is no socket (a daemon older than it, or a home whose path
 * is too long for a unix socket), or MESHBACKUP_ADMIN_VIA=libp2p asks for it, does the CLI dial
 * the daemon over libp2p with the home's admin key; that code is loaded only then. This file is
 * loaded by every command, so it imports nothing heavy.
 */
import { readFileSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Command } from 'commander'
import type { AdminReply, AdminRequest, Progress } from '../../../proto/index.ts'
import type { AdminClient } from '../../../protocols/admin.ts'
import { connectAdminSocket } from '../admin-socket.ts'
import { defaultHome, homePaths, processAlive, readDaemonInfo } from '../home.ts'
import { CodedError } from '../../core/errors.ts'
import type { CliErrorCode } from '../error-codes.ts'

export class CliError extends CodedError<CliErrorCode> {}

export function homeOf (cmd: Command): string {
  return resolve(cmd.optsWithGlobals<{ home?: string }>().home ?? defaultHome())
}

function noDaemon (home: string, why = ''): CliError {
  return new CliError('ERR_NO_DAEMON', `no daemon is running for ${home}${why}; start one with \`meshbackup daemon --home ${home}\``)
}

async function daemonAddress (home: string): Promise<string> {
  const info = await readDaemonInfo(home)
  if (info == null) throw noDaemon(home)
  if (!processAlive(info.pid)) throw noDaemon(home, ` (daemon.json names pid ${info.pid}, which has exited)`)
  const addr = info.addrs.find((a) => a.includes('/tcp/')) ?? info.addrs[0]
  if (addr == null) throw new CliError('ERR_NO_DAEMON', `the daemon for ${home} listens on no address`)
  return `${addr}/p2p/${info.peerId}`
}

/** The login name of a uid, from /etc/passwd (the uid itself when it has none). */
function userName (uid: number): string {
  try {
    const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.split(':')[2] === String(uid))
    if (line != null) return line.split(':')[0]!
  } catch {}
  return `uid ${uid}`
}

/** Why this user cannot open the socket, and who can: its owner (or the home's, when the home cannot be entered). */
async function socketDenied (home: string, path: string, err: NodeJS.ErrnoException): Promise<CliError> {
  const owner = await stat(path).catch(async () => await stat(home)).then((s) => userName(s.uid), () => undefined)
  const who = owner == null ? 'the daemon\'s user and root' : owner === 'root' ? 'root' : `the daemon's user ${owner} and root`
  const as = owner == null ? 'the daemon\'s user' : owner.startsWith('uid ') ? owner : `${owner} (e.g. \`sudo -u ${owner} meshbackup …\`)`
  return new CliError('ERR_ADMIN_SOCKET_DENIED', `cannot open the daemon's admin socket ${path} (${err.code}): only ${who} may (the socket is mode 0600, its home 0700); run the command as ${as}, or pass --home for a node home of your own`)
}

/**
 * An admin connection to the home's running daemon (the REPL keeps one open): over its admin
 * socket, else over libp2p with the home's admin key.
 */
export async function connectHome (home: string): Promise<AdminClient> {
  const path = homePaths(home).adminSocket
  if (process.env.MESHBACKUP_ADMIN_VIA !== 'libp2p') {
    try {
      return await connectAdminSocket(path)
    } catch (err: any) {
      if (err.code === 'EACCES' || err.code === 'EPERM') throw await socketDenied(home, path, err)
      if (err.code === 'ECONNREFUSED') {
        // the socket file of a daemon that was killed: nobody listens on it
        const info = await readDaemonInfo(home)
        if (info == null || !processAlive(info.pid)) throw noDaemon(home, ` (${path} is left from a daemon that has exited)`)
        throw new CliError('ERR_DAEMON_UNREACHABLE', `the daemon for ${home} (pid ${info.pid}) does not answer on its admin socket ${path}; is it still starting or stuck? look at its log, or restart it`)
      }
      // no socket (a daemon older than the socket, or a home path too long for one): libp2p below
      if (err.code !== 'ENOENT' && err.code !== 'ENAMETOOLONG' && err.code !== 'EINVAL') throw new CliError('ERR_DAEMON_UNREACHABLE', `cannot open the daemon's admin socket ${path}: ${err.message}`)
    }
  }
  const daemon = await daemonAddress(home)
  const [{ connectAdmin }, { loadKey }] = await Promise.all([import('../../../protocols/admin.ts'), import('../config.ts')])
  return await connectAdmin({ privateKey: await loadKey(homePaths(home).adminKey), daemon })
}

/** One admin call to the home's daemon. */
export async function call (cmd: Command, request: AdminRequest, onProgress?: (p: Progress) => void): Promise<AdminReply> {
  const admin = await connectHome(homeOf(cmd))
  try {
    return await admin.request(request, onProgress)
  } finally {
    await admin.close()
  }
}

export function json (cmd: Command): boolean {
  return cmd.optsWithGlobals<{ json?: boolean }>().json === true
}

export function print (value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n')
}

/** Decoded messages keep defaults on the prototype: JSON gets every field, zeros included. */
export function plain<T> (type: { toObject(message: any, options?: object): object }, message: T): object {
  return type.toObject(message, { defaults: true, arrays: true, longs: Number, bytes: String })
}

export function parseSize (text: string, option = 'size'): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmgt]?)(i?b?)?$/i.exec(text.trim())
  if (m == null) throw new CliError('ERR_BAD_SIZE', `${option} "${text}" is not a size (e.g. 1M, 512K, 4194304)`)
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g' | 't']
  return Math.round(Number(m[1]) * mult)
}

/** A commander parser for a whole number option; names the option when the value is not one. */
export function count (option: string): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value.trim())) throw new CliError('ERR_BAD_ARGUMENT', `${option} ${value}: use a whole number (0 or more)`)
    return Number(value)
  }
}

/** A commander parser for a lock period in days: 0 to 36500, fractions allowed. */
export function lockDays (option: string): (value: string) => number {
  return (value) => {
    const days = Number(value.trim())
    if (value.trim() === '' || !Number.isFinite(days) || days < 0 || days > 36_500) throw new CliError('ERR_BAD_ARGUMENT', `${option} ${value}: use a number of days from 0 (no lock) to 36500`)
    return days
  }
}

export function collect (value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((s) => s.trim()).filter((s) => s !== '')]
}
