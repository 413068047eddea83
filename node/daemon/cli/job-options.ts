/**
 * @packageDocumentation
 * The job settings `job add` and `job edit` both take, declared once. `job add` gets the defaults
 * of a new job; `job edit` none, so an option left out leaves the saved setting as it is. The
 * per-VM guest options (VM=VALUE) are read here for both too.
 */
import type { Command } from 'commander'
import { CliError, collect, count } from './common.ts'

/** The fastest zstd level a job may ask for (zstd's negative levels; the manager's catalog checks the same bounds). */
const MAX_FAST_LEVEL = 7

/** A commander parser for a zstd level: 1 to 19, or a fast level -1 to -7. */
function zstdLevel (value: string): number {
  const level = Number(value.trim())
  if (!/^-?\d+$/.test(value.trim()) || level < -MAX_FAST_LEVEL || level > 19 || level === 0) {
    throw new CliError('ERR_BAD_ARGUMENT', `--level ${value}: use a whole number from 1 to 19, or a fast level from ${-MAX_FAST_LEVEL} to -1`)
  }
  return level
}

type Setting = [flags: string, help: string, parse?: (value: string, previous: any) => unknown, addDefault?: unknown]

const SETTINGS: Setting[] = [
  ['--block-size <size>', 'block size (power of two, 4K-8M)', undefined, '1M'],
  ['--compression <kind>', 'zstd | none', undefined, 'zstd'],
  ['--level <n>', `zstd level: 1 to 19, or a fast level ${-MAX_FAST_LEVEL} to -1 (less CPU for more bytes)`, zstdLevel, 1],
  ['--rate <bytes/s>', 'throttle: each task reads at most this many bytes per second from its disk (zero blocks count: they are read; compression does not raise it), e.g. 100M (0: off)', undefined, '0'],
  ['--keep-last <n>', 'retention: keep the newest N points of each VM (0: not used)', count('--keep-last'), 0],
  ['--keep-days <d>', 'retention: keep the points younger than D days', count('--keep-days'), 0],
  ['--keep-weekly <w>', 'retention: keep the newest point of each of the last W ISO weeks', count('--keep-weekly'), 0],
  ['--keep-monthly <m>', 'retention: keep the newest point of each of the last M months', count('--keep-monthly'), 0],
  ['--key <name>', 'encrypt its points with this data key of the manager (`meshbackup key list`); job edit: "none" for plain points. A changed key makes the next backup full'],
  ['--notify-on <states>', 'when to notify: failed,warning,success (a new job: failed,warning)', collect],
  ['--pre-freeze <file>', 'script run in the guest before the snapshot (stored on the manager)'],
  ['--post-thaw <file>', 'script run in the guest right after the snapshot'],
  ['--guest-user <user>', 'SSH user in the guests'],
  ['--guest-key <file>', 'SSH private key file for the guests'],
  ['--guest-password <password>', 'SSH password for the guests (prefer a key)'],
  ['--guest-address <vm=host[:port]>', 'SSH address of a VM (repeatable; default: from qemu-ga; job edit: replaces the per-VM settings)', collect],
  ['--guest-host-key <vm=SHA256:...>', 'SSH host key a VM must present (repeatable; default: the key seen first is pinned; job edit: replaces the per-VM settings)', collect],
  ['--guest-qga <address>', 'guest agent channel: unix:PATH or tcp:HOST:PORT ({vm} expands to the VM name)'],
  ['--guest-timeout <seconds>', 'timeout of each script', count('--guest-timeout'), 600],
  ['--guest-policy <policy>', 'when guest processing fails: require (the VM fails) | ignore (warn, crash-consistent)', undefined, 'require']
]

/** Adds the shared job settings to `cmd`, with a new job's defaults when `defaults` is set. */
export function addJobSettingOptions (cmd: Command, defaults: boolean): Command {
  for (const [flags, help, parse, addDefault] of SETTINGS) {
    const value = defaults ? addDefault : undefined
    if (parse != null) cmd.option(flags, help, parse, value)
    else cmd.option(flags, help, value as string | undefined)
  }
  return cmd
}

/** Per-VM guest settings from the repeatable VM=VALUE options, one entry per VM. */
export function guestVms (addresses: string[], hostKeys: string[]): Array<{ vm: string, address?: string, hostKey?: string }> {
  const vms = new Map<string, { vm: string, address?: string, hostKey?: string }>()
  const each = (pairs: string[], option: string, usage: string, set: (entry: { vm: string, address?: string, hostKey?: string }, value: string) => void): void => {
    for (const pair of pairs) {
      const at = pair.indexOf('=')
      if (at < 1) throw new CliError('ERR_BAD_ARGUMENT', `${option} ${pair}: use ${usage}`)
      const vm = pair.slice(0, at)
      if (!vms.has(vm)) vms.set(vm, { vm })
      set(vms.get(vm)!, pair.slice(at + 1))
    }
  }
  each(addresses, '--guest-address', 'VM=HOST[:PORT]', (e, v) => { e.address = v })
  each(hostKeys, '--guest-host-key', 'VM=SHA256:… (as ssh-keygen -lf prints it)', (e, v) => {
    if (!/^SHA256:[A-Za-z0-9+/]{43}$/.test(v)) throw new CliError('ERR_BAD_ARGUMENT', `--guest-host-key ${e.vm}=${v}: use VM=SHA256:… as \`ssh-keygen -lf\` prints the guest's host key`)
    e.hostKey = v
  })
  return [...vms.values()]
}
