/**
 * @packageDocumentation
 * A job is checked against the mesh when it is written, not when it first runs: its repository
 * must be announced by some node, and every VM it names must be one its host has and can
 * describe. A refusal names what exists, so the operator can correct the command at once.
 */
import type { HostCheckReply, HostSpec, Job } from '../../proto/index.ts'
import { UserError } from '../../node/runtime/actors/errors.ts'
import type { Capacity } from '../../protocols/capacity.ts'
import { repositoryNames, repositoryNodes, waitForNodes } from './mesh-view.ts'

export interface JobChecksInit {
  capacity: Capacity
  /** how long to wait for the repository's nodes to show up (a manager just started) */
  repositoryWaitMs: number
  /** the host's inventory through a proxy reaching it; refuses with ERR_HOST_UNREACHABLE */
  inventory: (host: HostSpec) => Promise<HostCheckReply>
}

/** Which checks a write needs: an edit checks only what it changes. */
export interface JobCheckScope {
  repository: boolean
  vms: boolean
}

export async function checkJobTargets (init: JobChecksInit, job: Job, host: HostSpec, scope: JobCheckScope): Promise<void> {
  if (scope.repository) await checkRepository(init, job)
  if (scope.vms && (job.vms?.length ?? 0) > 0) checkVms(job, await init.inventory(host))
}

async function checkRepository (init: JobChecksInit, job: Job): Promise<void> {
  const { capacity } = init
  await waitForNodes(capacity, () => repositoryNodes(capacity, job.repository ?? ''), init.repositoryWaitMs, () => {
    const names = repositoryNames(capacity)
    return new UserError('ERR_NO_SUCH_REPOSITORY',
      `job "${job.name}": no node of the mesh announces repository "${job.repository}"; ` +
      `${names.length > 0 ? `the mesh has: ${names.join(', ')}` : 'no node announces any repository yet (is the repository daemon running, and a member of this mesh?)'}`)
  })
}

function checkVms (job: Job, inventory: HostCheckReply): void {
  const described = (inventory.vms ?? []).map((v) => v.name ?? '')
  const problems = inventory.problems ?? []
  const named = job.vms ?? []
  const broken = named.flatMap((name) => described.includes(name) ? [] : problems.filter((p) => p.vm === name))
  if (broken.length > 0) {
    throw new UserError(broken[0]!.code || 'ERR_BAD_VM',
      `job "${job.name}": host "${job.host}" cannot back up ${broken.map((p) => `VM "${p.vm}": ${p.message}${broken.length > 1 ? ` (${p.code})` : ''}`).join('; ')}; fix the VM on the host first (\`meshbackup host check ${job.host}\`)`)
  }
  const missing = named.filter((name) => !described.includes(name))
  if (missing.length > 0) {
    throw new UserError('ERR_NO_SUCH_VM',
      `job "${job.name}": host "${job.host}" has no VM ${missing.map((m) => `"${m}"`).join(', ')}; it has: ${described.join(', ') || 'no VMs'}`)
  }
}
