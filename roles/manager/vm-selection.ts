/**
 * @packageDocumentation
 * Which VMs of the host's inventory a session backs up: all of them, or the ones the job names.
 * A VM the job covers is never silently left out: one the host cannot describe, or does not
 * have, is failed in the session log with the reason.
 *
 * @example
 * ```ts
 * const vms = selectVms(inventory, job, log)   // the failed ones are in log.record.failedVms
 * ```
 */
import type { HostInventory, InventoryProblem, Job, VmInfo } from '../../proto/index.ts'
import type { SessionLog } from './session-log.ts'

/**
 * The VMs of the inventory the job covers. A VM the host has but cannot describe (a malformed
 * vm.json, a missing image, a disk path leaving its folder) fails with the host's reason: a VM
 * the job covers is never silently left out.
 */
export function selectVms (inventory: HostInventory, job: Job, log: SessionLog): VmInfo[] {
  const vms = inventory.vms ?? []
  const problems = inventory.problems ?? []
  const failed = (p: InventoryProblem): void => log.vmFailed(p.vm ?? '', `host "${job.host}" cannot describe it: ${p.message} (${p.code})`, p.code ?? '')
  if ((job.vms?.length ?? 0) === 0) {
    for (const p of problems) failed(p)
    if (vms.length === 0 && problems.length === 0) log.warn(`host "${job.host}" has no VMs: nothing to back up`)
    return vms
  }
  const chosen: VmInfo[] = []
  for (const name of job.vms!) {
    const vm = vms.find((v) => v.name === name)
    const problem = problems.filter((p) => p.vm === name)
    if (vm != null) chosen.push(vm)
    else if (problem.length > 0) problem.forEach(failed)
    else {
      const broken = problems.length > 0 ? `; it cannot describe: ${[...new Set(problems.map((p) => p.vm))].join(', ')}` : ''
      log.vmFailed(name, `VM "${name}" not found on host "${job.host}" (it has: ${vms.map((v) => v.name).join(', ') || 'no VMs'}${broken})`, 'ERR_NO_SUCH_VM')
    }
  }
  return chosen
}
