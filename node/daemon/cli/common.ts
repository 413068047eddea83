/**
 * @packageDocumentation
 * What every CLI command shares: the home, one admin call to its daemon, output helpers, and the
 * parsers of sizes and counts that name the option they refuse.
 */
import { resolve } from 'node:path'
import type { Command } from 'commander'
import type { AdminReply, AdminRequest, Progress } from '../../../proto/index.ts'
import { connectAdmin, type AdminClient } from '../../../protocols/admin.ts'
import { defaultHome, homePaths, loadKey, processAlive, readDaemonInfo } from '../config.ts'
import { CodedError } from '../../core/errors.ts'
import type { CliErrorCode } from '../error-codes.ts'

export class CliError extends CodedError<CliErrorCode> {}

export function homeOf (cmd: Command): string {
  return resolve(cmd.optsWithGlobals<{ home?: string }>().home ?? defaultHome())
}

async function daemonAddress (home: string): Promise<string> {
  const info = await readDaemonInfo(home)
  if (info == null) throw new CliError('ERR_NO_DAEMON', `no daemon is running for ${home}; start one with \`meshbackup daemon --home ${home}\``)
  if (!processAlive(info.pid)) throw new CliError('ERR_NO_DAEMON', `no daemon is running for ${home} (daemon.json names pid ${info.pid}, which has exited); start one with \`meshbackup daemon --home ${home}\``)
  const addr = info.addrs.find((a) => a.includes('/tcp/')) ?? info.addrs[0]
  if (addr == null) throw new CliError('ERR_NO_DAEMON', `the daemon for ${home} listens on no address`)
  return `${addr}/p2p/${info.peerId}`
}

/** An admin connection to the home's running daemon, with the home's admin key (the REPL keeps one open). */
export async function connectHome (home: string): Promise<AdminClient> {
  const daemon = await daemonAddress(home)
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
