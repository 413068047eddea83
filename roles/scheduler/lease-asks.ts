/**
 * @packageDocumentation
 * One placement attempt: asking the planned proxies and repositories for a slot each, through the
 * nodes' own lease tables. The view only guides the choice; a node grants or refuses. While a
 * request is out its slot counts as taken and, on a repository, the disk's bytes as reserved
 * (view.ts), so a round and the retry lane beside it do not both wait on one node for its last
 * slot or its last bytes. A lease nobody can use (a proxy without a repository, a cancelled
 * session) is given back at once, and its release notice is then not counted twice.
 *
 * @example
 * ```ts
 * const asks = new LeaseAsks({ view, leases, log })
 * const leased = await asks.attempt(pending, plan.proxies, plan.repositories, new Set())
 * if (leased != null) console.log(leased.proxy.peerId, leased.repository.peerId)
 * ```
 */
import type { Logger } from '../../node/core/logger.ts'
import { neededBytes, type ProxyChoice, type RepositoryChoice } from './placement.ts'
import type { LoadView, SlotRole } from './view.ts'
import type { Pending } from './waiting-tasks.ts'

/** How the queue reaches the nodes' lease tables (ask/tell in the actor; fakes in tests). */
export interface LeaseClient {
  /** resolves with the grant or the node's reason for refusing; rejects when the node did not answer */
  request(peerId: string, role: SlotRole, taskId: string): Promise<{ leaseId: string } | { refused: string }>
  release(peerId: string, role: SlotRole, leaseId: string): void
}

/** The two leases a placed task runs on. */
export interface Leased {
  proxy: ProxyChoice
  proxyLease: string
  repository: RepositoryChoice
  repositoryLease: string
}

export interface LeaseAsksInit {
  view: LoadView
  leases: LeaseClient
  log: Logger
}

export class LeaseAsks {
  private readonly view: LoadView
  private readonly leases: LeaseClient
  private readonly log: Logger
  // leases this scheduler gave back itself: the node's release notice for them is already counted
  private readonly givenBack = new Set<string>()
  readonly counts = { refusals: 0, leaseRequests: 0 }

  constructor (init: LeaseAsksInit) {
    this.view = init.view
    this.leases = init.leases
    this.log = init.log
  }

  /**
   * The first proxy and the first repository are asked at once: a placement waits for the slower
   * answer, not for both in turn (on a loaded host each takes hundreds of ms, and every waiting
   * task, a dead proxy's retries too, waits for the placement in flight). Then the other proxies in
   * order and, with a proxy held, the other repositories; a lease nobody can use is given back.
   * Undefined when no proxy or no repository granted one, or the task was cancelled meanwhile.
   */
  async attempt (pending: Pending, proxies: ProxyChoice[], repositories: RepositoryChoice[], asked: Set<string>): Promise<Leased | undefined> {
    // a lease's space is counted by its reservation (lease), not by the slot correction
    const bytes = 0
    const first = repositories[0]
    if (first == null || proxies.length === 0) return
    const firstRepository = this.lease(first.peerId, 'repository', pending, asked)
    let proxy: ProxyChoice | undefined
    let proxyLease: string | undefined
    for (const choice of proxies) {
      proxyLease = await this.lease(choice.peerId, 'proxy', pending, asked)
      if (proxyLease == null) continue
      proxy = choice
      break
    }
    let repo = first
    let repositoryLease = await firstRepository
    if (proxy == null || proxyLease == null) {
      // every proxy refused: wait for a slot
      if (repositoryLease != null) this.giveBack(first.peerId, 'repository', repositoryLease, bytes)
      return
    }
    for (let i = 1; repositoryLease == null && i < repositories.length && !pending.cancelled; i++) {
      repo = repositories[i]!
      repositoryLease = await this.lease(repo.peerId, 'repository', pending, asked)
    }
    if (repositoryLease == null || pending.cancelled) {
      // no repository took it (no other proxy would help), or the session was cancelled meanwhile
      if (repositoryLease != null) this.giveBack(repo.peerId, 'repository', repositoryLease, bytes)
      this.giveBack(proxy.peerId, 'proxy', proxyLease, 0)
      return
    }
    return { proxy, proxyLease, repository: repo, repositoryLease }
  }

  /** A node released a lease we held (its task ended, or we gave it back): count the slot free. */
  slotReleased (peerId: string, role: SlotRole | undefined, leaseId: string): void {
    this.view.freeSpace(leaseId)
    if (this.givenBack.delete(leaseId)) return
    for (const r of role != null ? [role] : ['proxy', 'repository'] as const) this.view.released(peerId, r)
  }

  // `asked`: the nodes this attempt asked, whose load the caller's index takes afresh afterwards
  // The slot counts as taken from the moment it is asked for (given back on a refusal): the round
  // and the retry lane beside it then do not both wait on one node for its last slot.
  private async lease (peerId: string, role: SlotRole, pending: Pending, asked: Set<string>): Promise<string | undefined> {
    if (pending.cancelled) return undefined
    this.counts.leaseRequests++
    asked.add(peerId)
    // the disk's space counts from the request until its lease ends (view.ts)
    const bytes = role === 'repository' ? neededBytes(pending.task) : 0
    const asking = `${pending.taskId}@${peerId}`
    this.view.reserveSpace(peerId, asking, bytes)
    this.view.granted(peerId, role, 0)
    let answer: { leaseId: string } | { refused: string }
    try {
      answer = await this.leases.request(peerId, role, pending.taskId)
    } catch (err: any) {
      answer = { refused: `no answer: ${err?.message ?? String(err)}` }
    }
    this.view.freeSpace(asking, false)
    if ('refused' in answer) {
      this.counts.refusals++
      this.view.released(peerId, role, 0)
      this.view.refused(peerId, role)
      this.log.debug('lease refused', { taskId: pending.taskId, peerId, role, reason: answer.refused })
      return undefined
    }
    this.view.reserveSpace(peerId, answer.leaseId, bytes)
    if (pending.cancelled) {
      this.giveBack(peerId, role, answer.leaseId, 0)
      return undefined
    }
    return answer.leaseId
  }

  private giveBack (peerId: string, role: SlotRole, leaseId: string, bytes: number, counted = true): void {
    this.leases.release(peerId, role, leaseId)
    this.view.freeSpace(leaseId, false)
    if (counted) this.view.released(peerId, role, bytes)
    this.givenBack.add(leaseId)
    // a node that never confirms must not grow the set forever
    if (this.givenBack.size > 1000) this.givenBack.delete(this.givenBack.values().next().value as string)
  }
}
