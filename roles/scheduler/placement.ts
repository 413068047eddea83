/**
 * @packageDocumentation
 * Where a task may run, from the load the mesh announced: pure functions, no I/O. Proxies that
 * reach the task's host are ranked least loaded first (active/slots), then fastest (throughput),
 * then by peer id so every scheduler ranks the same way; repositories with the task's
 * repository name likewise, after a space check. `planPlacement` also says when a task can never
 * fit (fail now) or when nothing that could take it is in the view (wait, then fail).
 *
 * @example
 * ```ts
 * const plan = planPlacement(task, view.nodes(), { avoidProxies: [], unplaceableAfterMs: 30000 })
 * if (plan.kind === 'candidates') console.log(plan.proxies[0]?.peerId, plan.proxies[0]?.mode)
 * ```
 */
import type { HostReach, TaskSpec } from '../../proto/index.ts'
import { formatBytesExact as formatBytes } from '../../node/core/units.ts'

/** Transport modes in order of preference: read shared storage, then local attach, then the network. */
export const MODES = ['direct', 'hotadd', 'nbd'] as const

/** A proxy's load as the scheduler believes it (announcement plus its own unannounced leases). */
export interface ProxyLoad {
  slots: number
  active: number
  throughputBps: number
  hosts: HostReach[]
}

/** A repository's load as the scheduler believes it. */
export interface RepositoryLoad {
  name: string
  slots: number
  active: number
  /** free bytes less its reserve and the bytes `expectedBytes` says are still to come */
  freeBytes: number
  /** bytes the disks placed there and still being written are expected to take yet */
  expectedBytes?: number
  throughputBps: number
}

/** One node of the view; a node may be a proxy, a repository, or both. */
export interface NodeLoad {
  peerId: string
  proxy?: ProxyLoad
  repository?: RepositoryLoad
}

export interface ProxyChoice {
  peerId: string
  /** the best mode this proxy reaches the host in (or the pinned one) */
  mode: string
  load: number
}

export interface RepositoryChoice {
  peerId: string
  load: number
}

export interface PlanOptions {
  /** proxies that already failed this task */
  avoidProxies?: string[]
  /** how long a missing host or repository is waited for; only used to word the reason */
  unplaceableAfterMs: number
  /** the repository node the task must go to: its VM's other disks are there (vm-pins.ts) */
  repositoryPeer?: string
}

/**
 * candidates: free proxies and repositories, best first (either list may be empty: all busy, wait);
 * unplaceable: nothing announced could ever take the task (wait for one, then fail with reason);
 *   `space`: only the disks being written on its repository stand in the way (wait for them, then fail);
 * failed: the task cannot fit as it is (fail now).
 */
export type Plan =
  | { kind: 'candidates', proxies: ProxyChoice[], repositories: RepositoryChoice[] }
  | { kind: 'unplaceable', reason: string, space?: boolean }
  | { kind: 'failed', reason: string }

/** The best mode in `modes` (direct > hotadd > nbd), or the pinned mode if `modes` has it. */
export function bestMode (modes: readonly string[], pinned?: string): string | undefined {
  if (pinned != null && pinned !== '') return modes.includes(pinned) ? pinned : undefined
  return MODES.find((mode) => modes.includes(mode))
}

/**
 * The mode a proxy reaches `host` in, or undefined when it does not reach it. `allowed` narrows
 * the choice to the modes the disk's snapshot can be read through (a fleece: NBD modes only).
 */
export function reach (proxy: ProxyLoad, host: string, pinned?: string, allowed?: readonly string[]): string | undefined {
  for (const h of proxy.hosts) {
    if (h.host !== host) continue
    const modes = allowed != null && allowed.length > 0 ? (h.modes ?? []).filter((m) => allowed.includes(m)) : h.modes ?? []
    const mode = bestMode(modes, pinned)
    if (mode != null) return mode
  }
  return undefined
}

const ratio = (active: number, slots: number): number => slots > 0 ? active / slots : Infinity
const byPeer = (a: { peerId: string }, b: { peerId: string }): number => a.peerId < b.peerId ? -1 : a.peerId > b.peerId ? 1 : 0

/** Free proxies that reach the task's host, least loaded first. */
export function rankProxies (task: TaskSpec, nodes: NodeLoad[], avoidProxies: readonly string[] = []): ProxyChoice[] {
  const host = task.host?.name ?? ''
  const ranked: Array<ProxyChoice & { throughput: number }> = []
  for (const node of nodes) {
    const proxy = node.proxy
    if (proxy == null || avoidProxies.includes(node.peerId) || proxy.active >= proxy.slots) continue
    const mode = reach(proxy, host, task.mode ?? undefined, task.modes ?? undefined)
    if (mode == null) continue
    ranked.push({ peerId: node.peerId, mode, load: ratio(proxy.active, proxy.slots), throughput: proxy.throughputBps })
  }
  ranked.sort((a, b) => a.load - b.load || b.throughput - a.throughput || byPeer(a, b))
  return ranked.map(({ peerId, mode, load }) => ({ peerId, mode, load }))
}

/** Free repositories with the task's name and room for the disk, least loaded first; only `pinned` when set. */
export function rankRepositories (task: TaskSpec, nodes: NodeLoad[], pinned?: string): RepositoryChoice[] {
  const size = neededBytes(task)
  const ranked: Array<RepositoryChoice & { free: number, throughput: number }> = []
  for (const node of nodes) {
    const repo = node.repository
    if (repo == null || repo.name !== task.repository || repo.active >= repo.slots || repo.freeBytes < size) continue
    if (pinned != null && node.peerId !== pinned) continue
    ranked.push({ peerId: node.peerId, load: ratio(repo.active, repo.slots), free: repo.freeBytes, throughput: repo.throughputBps })
  }
  ranked.sort((a, b) => a.load - b.load || b.free - a.free || b.throughput - a.throughput || byPeer(a, b))
  return ranked.map(({ peerId, load }) => ({ peerId, load }))
}

/** The share of its size an incremental is expected to store (changed blocks, compressed). */
export const INCREMENTAL_SHARE = 0.1

/**
 * Bytes the disk is expected to take in the repository, counted against its free space from its
 * placement until its lease ends. A full may store every allocated block: its size (zero blocks
 * and compression make it less, never more). An incremental stores what changed: a tenth of the
 * size, as the disk size would refuse it for no reason (the repository stops a disk that would eat
 * its reserve, ERR_REPOSITORY_FULL, so an estimate short of the truth costs a retry, not data).
 */
export function neededBytes (task: TaskSpec): number {
  const size = task.size ?? 0
  return task.basePoint != null && task.basePoint !== '' ? Math.ceil(size * INCREMENTAL_SHARE) : size
}

/** Decides what to do with a task given the current view. */
export function planPlacement (task: TaskSpec, nodes: NodeLoad[], options: PlanOptions): Plan {
  const taskId = task.taskId ?? ''
  const host = task.host?.name ?? ''
  const repository = task.repository ?? ''
  const pinned = task.mode != null && task.mode !== '' ? task.mode : undefined
  const avoid = options.avoidProxies ?? []
  const wait = formatDuration(options.unplaceableAfterMs)
  if (host === '') return { kind: 'failed', reason: `task ${taskId} names no host: the manager must send the VM's host with each task` }
  if (repository === '') return { kind: 'failed', reason: `task ${taskId} names no repository: set the job's repository` }

  const pin = options.repositoryPeer
  const repos = nodes.filter((n) => n.repository?.name === repository && (pin == null || n.peerId === pin))
  if (repos.length === 0 && pin != null) {
    return {
      kind: 'unplaceable',
      reason: `repository node ${pin}, which holds the other disks of VM '${task.vm ?? ''}' in this session, has not announced itself for ${wait}: ` +
        'a restore point is committed on one node, so the VM gets none in this session; the next session backs it up again. Is that daemon running?'
    }
  }
  if (repos.length === 0) {
    return {
      kind: 'unplaceable',
      reason: `no repository named '${repository}' has announced itself for ${wait}: is its daemon running, and is it in this node's member list?`
    }
  }
  const needed = neededBytes(task)
  const mostFree = Math.max(...repos.map((n) => n.repository?.freeBytes ?? 0))
  if (mostFree < needed) {
    const where = `repository '${repository}'${pin != null ? ` node ${pin} (it holds the VM's other disks)` : repos.length > 1 ? ` (the freest of its ${repos.length} nodes)` : ''}`
    const disk = `(VM '${task.vm ?? ''}', disk '${task.diskName || task.disk || 0}')`
    // what the disks being written there may still take: when they are in, they may have taken less
    const mostAfter = Math.max(...repos.map((n) => (n.repository?.freeBytes ?? 0) + (n.repository?.expectedBytes ?? 0)))
    if (mostAfter >= needed) {
      return {
        kind: 'unplaceable',
        space: true,
        reason: `${where} has ${formatBytes(mostFree)} free once the disks being written there are in (${formatBytes(mostAfter)} now, after its reserve), ` +
          `the disk needs about ${formatBytes(needed)} ${disk}; it waited ${wait} for them: free space (retention, gc) or back up to a larger repository (ERR_REPOSITORY_FULL)`
      }
    }
    return {
      kind: 'failed',
      reason: `${where} has ${formatBytes(mostFree)} free after its reserve, the disk needs about ${formatBytes(needed)} ${disk}: ` +
        'free space (retention, gc) or back up to a larger repository (ERR_REPOSITORY_FULL)'
    }
  }

  const reaching = nodes.filter((n) => n.proxy != null && reach(n.proxy, host, pinned) != null)
  const through = pinned != null ? ` in mode '${pinned}'` : ''
  if (reaching.length === 0) {
    return {
      kind: 'unplaceable',
      reason: `no proxy reaching host '${host}'${through} has announced itself for ${wait}: is a proxy daemon running where it can reach the host, ` +
        `and is it in this node's member list?${pinned != null ? ' Or let the job choose the transport mode.' : ''}`
    }
  }
  if (reaching.every((n) => avoid.includes(n.peerId))) {
    return {
      kind: 'unplaceable',
      reason: `every proxy reaching host '${host}'${through} (${reaching.map((n) => n.peerId).join(', ')}) already failed this task, ` +
        `and no other has announced itself for ${wait}: check those proxies' logs, or add a proxy that reaches the host`
    }
  }
  return { kind: 'candidates', proxies: rankProxies(task, nodes, avoid), repositories: rankRepositories(task, nodes, pin) }
}

/** `30 s`, or `250 ms` below a second. */
export function formatDuration (ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`
}

