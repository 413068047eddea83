/**
 * @packageDocumentation
 * The connector for a registered host, chosen by its `type`: the one place that knows every kind
 * of host, so the kinds and the contract they meet (host.ts) never import each other.
 *
 * @example
 * ```ts
 * const host = connectHost({ name: 'kvm1', type: 'qemu', qmp: 'unix:/run/vm1.qmp' })
 * const modes = await host.probe()   // e.g. ['direct', 'hotadd']
 * ```
 */
import type { HostSpec } from '../../proto/index.ts'
import { FileHost } from './file.ts'
import { HostError, type HostConnector } from './host.ts'
import { QemuHost } from './qemu/qemu-host.ts'
import { SyntheticHost } from './synthetic.ts'

/** The connector for a registered host, chosen by its type. */
export function connectHost (spec: HostSpec): HostConnector {
  switch (spec.type) {
    case 'file':
      return new FileHost(spec)
    case 'qemu':
      return new QemuHost(spec)
    case 'synthetic':
      return new SyntheticHost(spec)
    default:
      throw new HostError('ERR_UNKNOWN_HOST_TYPE',
        `host "${spec.name ?? ''}" has type "${spec.type ?? ''}", which this node has no connector for; use type "file", "qemu" or "synthetic"`,
        { host: spec.name ?? undefined })
  }
}
