/**
 * @packageDocumentation
 * A job's guest processing settings resolved for one VM: the per-VM entry overrides the job's
 * credentials, address and guest agent channel; `{vm}` in the channel expands to the VM name;
 * empty fields take their defaults (timeout 600 s, policy "require").
 *
 * @example
 * ```ts
 * const target = resolveGuestTarget('vm1', job.guest, undefined)
 * target.qga        // 'unix:/run/qemu/vm1-qga.sock' from 'unix:/run/qemu/{vm}-qga.sock'
 * ```
 */
import type { GuestProcessing, GuestCredentials } from '../../../proto/index.ts'
import type { QgaInterface } from '../../../node/hosts/qemu/qga.ts'
import { GuestError } from './errors.ts'

export type { GuestProcessing, GuestCredentials }

export const DEFAULT_SCRIPT_TIMEOUT_S = 600
export const DEFAULT_SSH_PORT = 22

export type FailurePolicy = 'require' | 'ignore'

/** Everything guest processing needs to know about one VM. */
export interface GuestTarget {
  vm: string
  enabled: boolean
  preFreeze: string
  postThaw: string
  /** Absent when neither the VM nor the job names a user. */
  credentials?: { user: string, privateKey?: string, password?: string }
  /** Absent when neither the VM entry nor the caller knows it: ask the guest agent. */
  address?: { host: string, port: number }
  /** The guest agent channel with `{vm}` expanded; absent when none is configured. */
  qga?: string
  /** The SSH host key fingerprint the job pins for this VM (SHA256:…); absent: the manager's pin */
  hostKey?: string
  timeoutMs: number
  policy: FailurePolicy
}

/** Resolves `settings` for `vm`; `address` (host[:port]) is the caller's, used when the VM entry has none. */
export function resolveGuestTarget (vm: string, settings: GuestProcessing, address?: string): GuestTarget {
  const entry = (settings.vms ?? []).find(v => v.vm === vm)
  const policy = settings.failurePolicy ?? ''
  if (policy !== '' && policy !== 'require' && policy !== 'ignore') {
    throw new GuestError('ERR_GUEST_SETTINGS', `guest processing failure_policy "${policy}" is neither "require" nor "ignore": fix the job`, { vm })
  }
  const creds = hasCredentials(entry?.credentials) ? entry?.credentials : settings.credentials
  const user = creds?.user ?? ''
  const addr = nonEmpty(entry?.address) ?? nonEmpty(address)
  const qga = nonEmpty(entry?.qga) ?? nonEmpty(settings.qga)
  const timeoutS = settings.scriptTimeoutS ?? 0
  return {
    vm,
    enabled: settings.enabled === true,
    preFreeze: settings.preFreeze ?? '',
    postThaw: settings.postThaw ?? '',
    credentials: user === ''
      ? undefined
      : { user, privateKey: nonEmpty(creds?.privateKey), password: nonEmpty(creds?.password) },
    address: addr === undefined ? undefined : parseHostPort(addr, vm),
    qga: qga === undefined ? undefined : expandQgaChannel(qga, vm),
    hostKey: nonEmpty(entry?.hostKey)?.trim(),
    timeoutMs: (timeoutS > 0 ? timeoutS : DEFAULT_SCRIPT_TIMEOUT_S) * 1000,
    policy: policy === 'ignore' ? 'ignore' : 'require'
  }
}

/** Parses `host`, `host:port`, `[v6]` or `[v6]:port`. */
export function parseHostPort (address: string, vm = ''): { host: string, port: number } {
  const m = /^(?:\[([^\]]+)\]|([^:[\]]+))(?::(\d{1,5}))?$/.exec(address.trim())
  const port = m?.[3] === undefined ? DEFAULT_SSH_PORT : Number(m[3])
  if (m === null || port < 1 || port > 65535) {
    throw new GuestError('ERR_GUEST_SETTINGS', `guest address "${address}" of VM ${vm} is not host[:port]: fix the job's guest settings`, { vm })
  }
  return { host: m[1] ?? m[2], port }
}

/** Expands `{vm}` in a guest agent channel. */
export function expandQgaChannel (channel: string, vm: string): string {
  return channel.replaceAll('{vm}', vm)
}

/** The guest's first non-loopback, non-link-local IPv4 address, as the seed takes it from VMware Tools. */
export function pickGuestAddress (interfaces: QgaInterface[]): { address: string, iface: string } | undefined {
  for (const i of interfaces) {
    for (const a of i.addresses) {
      if (a.type !== 'ipv4' || a.address.startsWith('127.') || a.address.startsWith('169.254.')) continue
      return { address: a.address, iface: i.name }
    }
  }
  return undefined
}

function hasCredentials (c: GuestCredentials | null | undefined): boolean {
  return c != null && ((c.user ?? '') !== '' || (c.privateKey ?? '') !== '' || (c.password ?? '') !== '')
}

function nonEmpty (s: string | null | undefined): string | undefined {
  return s === undefined || s === null || s.trim() === '' ? undefined : s
}
