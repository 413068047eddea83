/**
 * @packageDocumentation
 * The contract every hypervisor host connector meets (the file, QEMU and synthetic hosts): list
 * VMs, take a point-in-time view of a VM's disks, and always give that view back; and HostError,
 * how they fail. The connectors import this file and connect-host.ts chooses among them, so this
 * contract never imports a connector.
 *
 * @example
 * ```ts
 * import { connectHost } from './connect-host.ts'
 * const host = connectHost({ name: 'lab', type: 'file', path: '/srv/vms' })
 * const [vm] = await host.inventory()
 * const snap = await host.snapshot(vm.name!, 'session-42')
 * try { // read snap.disks[i].file with a DiskReader
 * } finally { await host.release(vm.name!, snap.snapshotId!, false) }
 * ```
 */
import type { CbtBase, HostSpec, SnapshotReply, VmInfo } from '../../proto/index.ts'
import { CodedError } from '../core/errors.ts'

/** How to take a snapshot, for hosts that offer a choice (the file host ignores it). */
export interface SnapshotOptions {
  /** 'overlay' (default): the base image is readable directly and over NBD; 'fleece': NBD only */
  kind?: 'overlay' | 'fleece'
  /** the CBT bitmap each disk's base point recorded; none: a full read */
  bases?: CbtBase[]
  /** false: do not keep changed block tracking (default true) */
  cbt?: boolean
}

/** A hypervisor host as seen from one node. */
export interface HostConnector {
  readonly spec: HostSpec
  /** What the last inventory() skipped and why (e.g. a malformed manifest), for the session log. */
  readonly problems: readonly HostError[]
  /** Transport modes this node reaches the host with ('direct', 'hotadd', 'nbd'); [] when none. Never throws. */
  probe(): Promise<string[]>
  /** The VMs the host holds. A VM that cannot be described is left out and listed in `problems`. */
  inventory(): Promise<VmInfo[]>
  /** A point-in-time view of the VM's disks; `disks[].file` is what a proxy reads. */
  snapshot(vm: string, sessionId: string, options?: SnapshotOptions): Promise<SnapshotReply>
  /** Removes what snapshot() created. Always safe to call, also twice or after a failed snapshot. */
  release(vm: string, snapshotId: string, failed: boolean): Promise<void>
  /** Snapshot ids still present on the host (for the snapshot hunter). */
  leftovers(): Promise<string[]>
}

export interface HostErrorInit {
  host?: string
  vm?: string
  file?: string
  cause?: unknown
}

/**
 * A host connector or disk read failure. This layer's codes for it are HostErrorCode
 * (error-codes.ts); `code` stays a string because the proxy raises it with a code of its own.
 */
export class HostError extends CodedError {
  readonly host?: string
  readonly vm?: string
  readonly file?: string

  constructor (code: string, message: string, init: HostErrorInit = {}) {
    super(code, message, { cause: init.cause })
    this.host = init.host
    this.vm = init.vm
    this.file = init.file
  }
}
