/**
 * @packageDocumentation
 * How `meshbackup host check` shows a host's inventory: the VMs it can describe, then each VM it
 * cannot, with the file at fault and the reason.
 */
import type { HostCheckReply } from '../../../proto/index.ts'
import { formatBytes } from '../../core/units.ts'
import { table } from './render.ts'

export function renderHostCheck (check: HostCheckReply): string {
  const host = check.host ?? {}
  const vms = check.vms ?? []
  const problems = check.problems ?? []
  const lines = [`host ${host.name} (${host.type} ${host.path || host.qmp}), inventory taken by proxy …${(check.checkedBy ?? '').slice(-6)}`, '']
  lines.push(vms.length === 0
    ? 'no VM it can describe'
    : table([['VM', 'STATE', 'DISKS', 'SIZE'], ...vms.map((v) => [v.name ?? '', v.state ?? '', String(v.disks?.length ?? 0), formatBytes((v.disks ?? []).reduce((n, d) => n + (d.size ?? 0), 0))])]))
  if (problems.length > 0) {
    lines.push('', `${problems.length} VM problem(s): these VMs cannot be backed up until fixed`)
    for (const p of problems) lines.push(`  ${p.vm}: ${p.code}: ${p.message}`)
  }
  return lines.join('\n')
}
