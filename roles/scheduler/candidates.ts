/**
 * @packageDocumentation
 * One round's picture of the load view, indexed for placing tasks: proxies with a free slot by
 * the hosts they reach, repositories by name (busy proxies only when a round needs them). A round builds it once and, after each placement
 * attempt, refreshes only the nodes it asked for leases. In a round nodes only get busier (a
 * grant, a refusal): a slot freed meanwhile kicks another round, which sees it. So the questions
 * a round asks per kind of task ("is a fitting proxy free?") cost the free nodes, not the whole
 * mesh; `planPlacement` still makes every decision, from `nodesFor(task)`.
 *
 * @example
 * ```ts
 * const index = new CandidateIndex(view)
 * if (index.hasFreeProxy(task) && index.hasFreeRepository(task.repository ?? '')) {
 *   const plan = planPlacement(task, index.nodesFor(task), { unplaceableAfterMs: 30000 })
 * }
 * index.refresh(peerId)
 * ```
 */
import type { TaskSpec } from '../../proto/index.ts'
import { reach, type NodeLoad } from './placement.ts'
import type { LoadView } from './view.ts'

const NONE: NodeLoad[] = []

export class CandidateIndex {
  private readonly view: Pick<LoadView, 'nodes' | 'node'>
  // the nodes a round may ask for a lease: free proxies and repositories
  private readonly byPeer = new Map<string, NodeLoad>()
  // only nodes free when indexed; ones that filled up since are dropped when met
  private readonly freeProxiesByHost = new Map<string, NodeLoad[]>()
  private readonly repositoriesByName = new Map<string, NodeLoad[]>()
  // every proxy by host, built only when a round needs it
  private proxiesByHost: Map<string, NodeLoad[]> | undefined

  constructor (view: Pick<LoadView, 'nodes' | 'node'>) {
    this.view = view
    for (const node of view.nodes({ busyProxies: false })) {
      const proxy = node.proxy
      if (proxy != null && proxy.active < proxy.slots) {
        this.byPeer.set(node.peerId, node)
        for (const h of proxy.hosts) push(this.freeProxiesByHost, h.host ?? '', node)
      }
      if (node.repository != null) {
        this.byPeer.set(node.peerId, node)
        push(this.repositoriesByName, node.repository.name, node)
      }
    }
  }

  /**
   * What `planPlacement` needs to decide for the task: repositories with its name, and proxies
   * reaching its host — only the free ones when it avoids none (the busy ones cannot change the
   * plan then), every one when it does (to tell whether it avoids them all).
   */
  nodesFor (task: TaskSpec, avoid: readonly string[] = NONE_IDS, pinned?: string): NodeLoad[] {
    const host = task.host?.name ?? ''
    const proxies = (avoid.length === 0 ? this.freeProxiesByHost.get(host) : this.allProxies().get(host)) ?? NONE
    const repositories = this.repositories(task.repository ?? '', pinned)
    return [...new Set([...proxies, ...repositories])]
  }

  /**
   * A proxy that could ever take the task (it reaches the host, in the pinned mode, and is not in
   * `avoid`; busy or not), when a repository with its name is announced too; undefined when
   * nothing announced could take it. `hint`: a proxy that did last time, looked at first.
   * `repositoryPeer`: the repository node the task must go to (vm-pins.ts).
   */
  placeable (task: TaskSpec, avoid: readonly string[] = NONE_IDS, hint?: string, repositoryPeer?: string): string | undefined {
    const host = task.host?.name ?? ''
    const name = task.repository ?? ''
    if (host === '' || name === '' || this.repositories(name, repositoryPeer).length === 0) return undefined
    const pinned = pinnedMode(task)
    const reaches = (n: NodeLoad | undefined): boolean => n?.proxy != null && !avoid.includes(n.peerId) && reach(n.proxy, host, pinned) != null
    if (hint != null && !avoid.includes(hint) && reaches(this.view.node(hint))) return hint
    const found = (this.freeProxiesByHost.get(host) ?? NONE).find(reaches) ?? (this.allProxies().get(host) ?? NONE).find(reaches)
    return found?.peerId
  }

  /** Whether a proxy with a free slot reaches the task's host in a mode it allows, `avoid` aside. */
  hasFreeProxy (task: TaskSpec, avoid: readonly string[] = NONE_IDS): boolean {
    const host = task.host?.name ?? ''
    const list = this.freeProxiesByHost.get(host)
    if (list == null) return false
    compact(list, (n) => n.proxy != null && n.proxy.active < n.proxy.slots)
    const pinned = pinnedMode(task)
    return list.some((n) => !avoid.includes(n.peerId) && reach(n.proxy!, host, pinned, task.modes ?? undefined) != null)
  }

  /** Whether a repository with this name (the `pinned` node only, when set) has a free slot and `bytes` free. */
  hasFreeRepository (name: string, bytes = 0, pinned?: string): boolean {
    return this.repositories(name, pinned).some((n) => {
      const r = n.repository!
      return r.active < r.slots && r.freeBytes >= bytes
    })
  }

  /** The most bytes free on a repository with this name (busy or not; the `pinned` node only, when set). */
  mostFree (name: string, pinned?: string): number {
    let most = 0
    for (const n of this.repositories(name, pinned)) most = Math.max(most, n.repository!.freeBytes)
    return most
  }

  /** Takes a node's load from the view again (after a lease request); a node gone from it counts as full. */
  refresh (peerId: string): void {
    const node = this.byPeer.get(peerId)
    if (node == null) return
    const now = this.view.node(peerId)
    // the lists were built from hosts and names: those stay as indexed until the next round
    if (node.proxy != null) node.proxy = now?.proxy != null ? { ...now.proxy, hosts: node.proxy.hosts } : { ...node.proxy, active: node.proxy.slots }
    if (node.repository != null) node.repository = now?.repository != null ? { ...now.repository, name: node.repository.name } : { ...node.repository, active: node.repository.slots }
  }

  private repositories (name: string, pinned: string | undefined): NodeLoad[] {
    if (pinned == null) return this.repositoriesByName.get(name) ?? NONE
    // every repository is indexed by peer: a pinned VM's node is one lookup, not a scan
    const node = this.byPeer.get(pinned)
    return node?.repository?.name === name ? [node] : NONE
  }

  /** Whether the repository node `pinned` announces the name `name` (free or busy). */
  announces (name: string, pinned: string): boolean {
    return this.byPeer.get(pinned)?.repository?.name === name
  }

  private allProxies (): Map<string, NodeLoad[]> {
    if (this.proxiesByHost != null) return this.proxiesByHost
    const byHost = new Map<string, NodeLoad[]>()
    for (const fresh of this.view.nodes()) {
      // the indexed ones carry this round's grants and refusals
      const node = this.byPeer.get(fresh.peerId) ?? fresh
      for (const h of node.proxy?.hosts ?? []) push(byHost, h.host ?? '', node)
    }
    this.proxiesByHost = byHost
    return byHost
  }
}

const NONE_IDS: readonly string[] = []

function pinnedMode (task: TaskSpec): string | undefined {
  return task.mode != null && task.mode !== '' ? task.mode : undefined
}

function push (map: Map<string, NodeLoad[]>, key: string, node: NodeLoad): void {
  const list = map.get(key)
  if (list == null) map.set(key, [node])
  // a proxy announcing one host twice is listed once
  else if (list[list.length - 1] !== node) list.push(node)
}

// drops, in place, the entries that no longer pass
function compact (list: NodeLoad[], keep: (n: NodeLoad) => boolean): void {
  let j = 0
  for (let i = 0; i < list.length; i++) {
    const n = list[i] as NodeLoad
    if (keep(n)) list[j++] = n
  }
  list.length = j
}
