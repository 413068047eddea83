/**
 * @packageDocumentation
 * Tasks waiting for a proxy and a repository, and the rounds that place them. Waiting tasks are
 * grouped by kind (kinds.ts: tasks with the same candidates); a round takes them in arrival
 * order across kinds, plans each against the load view and asks the chosen nodes for leases, and
 * passes over the rest of a kind as soon as one of its tasks finds no free proxy or repository
 * slot — so a round costs about the number of kinds and the free nodes, not the length of the
 * queue (found by sim/: at 10,000 waiting tasks and 1,000 proxies, every released slot started
 * a round over the whole queue). Retried tasks go before first tries (see `add`).
 *
 * Nothing polls: a round runs when a task arrives, when the view changes or a slot is released
 * (`kick()`), and when a missing host or repository has been waited for long enough (one timer,
 * for the earliest such deadline). One round runs at a time; kicks during a round ask for
 * exactly one more round after it.
 *
 * @example
 * ```ts
 * const queue = new PlacementQueue({ view, leases, onPlaced, onFailed })
 * queue.add({ task, replyTo })
 * await queue.kick()
 * ```
 */
import type { PlaceTask, TaskPlaced, TaskSpec } from '../../proto/index.ts'
import { silentLogger, type Logger } from '../../node/actors/logger.ts'
import { CandidateIndex } from './candidates.ts'
import { KindOrder, Kinds, type Kind, type Queued } from './kinds.ts'
import { neededBytes, planPlacement, type Plan, type ProxyChoice, type RepositoryChoice } from './placement.ts'
import type { LoadView, SlotRole } from './view.ts'

/** How the queue reaches the nodes' lease tables (ask/tell in the actor; fakes in tests). */
export interface LeaseClient {
  /** resolves with the grant or the node's reason for refusing; rejects when the node did not answer */
  request(peerId: string, role: SlotRole, taskId: string): Promise<{ leaseId: string } | { refused: string }>
  release(peerId: string, role: SlotRole, leaseId: string): void
}

/** A task waiting for placement. */
export interface Pending extends Queued {
  task: TaskSpec
  sessionId: string
  replyTo: string
  avoidProxies: string[]
  /** when it arrived */
  since: number
  /** when a round first saw that no announced node could take it */
  unplaceableSince?: number
}

export interface SchedulerStats {
  /** tasks waiting */
  queued: number
  placed: number
  failed: number
  /** leases refused or not answered */
  refusals: number
  leaseRequests: number
  rounds: number
  /** how long the oldest waiting task has waited */
  longestWaitMs: number
  /** the longest wait of a placed task */
  maxWaitedMs: number
}

export interface PlacementQueueInit {
  view: LoadView
  leases: LeaseClient
  onPlaced: (pending: Pending, placed: TaskPlaced) => void
  onFailed: (pending: Pending, reason: string) => void
  /** a host or repository nobody announces is waited for this long (30 s) */
  unplaceableAfterMs?: number
  now?: () => number
  /** the deadline timer (real timers, unref'd); the simulator passes virtual ones */
  timers?: Timers
  log?: Logger
}

/** Sets and clears the one deadline timer. */
export interface Timers {
  set(fn: () => void, ms: number): unknown
  clear(handle: unknown): void
}

const realTimers: Timers = {
  set (fn, ms) {
    const timer = setTimeout(fn, ms)
    timer.unref()
    return timer
  },
  clear (handle) { clearTimeout(handle as NodeJS.Timeout | undefined) }
}

export const DEFAULT_UNPLACEABLE_AFTER_MS = 30_000

export class PlacementQueue {
  private readonly view: LoadView
  private readonly leases: LeaseClient
  private readonly onPlaced: PlacementQueueInit['onPlaced']
  private readonly onFailed: PlacementQueueInit['onFailed']
  private readonly unplaceableAfterMs: number
  private readonly now: () => number
  private readonly timers: Timers
  private readonly log: Logger
  private readonly pending = new Map<string, Pending>()
  private readonly kinds = new Kinds<Pending>()
  private seq = 0
  // nodes asked for a lease in the current attempt: the round's index refreshes them
  private readonly asked = new Set<string>()
  private running: Promise<void> | undefined
  private again = false
  private closed = false
  private deadline: unknown
  private deadlineAt = Infinity
  // leases this scheduler gave back itself: the node's release notice for them is already counted
  private readonly givenBack = new Set<string>()
  private readonly counts = { placed: 0, failed: 0, refusals: 0, leaseRequests: 0, rounds: 0, maxWaitedMs: 0 }

  constructor (init: PlacementQueueInit) {
    this.view = init.view
    this.leases = init.leases
    this.onPlaced = init.onPlaced
    this.onFailed = init.onFailed
    this.unplaceableAfterMs = init.unplaceableAfterMs ?? DEFAULT_UNPLACEABLE_AFTER_MS
    this.now = init.now ?? Date.now
    this.timers = init.timers ?? realTimers
    this.log = init.log ?? silentLogger
  }

  /**
   * Queues a task (a task already waiting is replaced: the latest request wins).
   *
   * A task that names proxies to avoid is a retry (the manager avoids the proxy a failed attempt
   * ran on): it goes before every first try of its kind, and a round looks at retries before
   * first tries. It already had its turn once and lost it to a failure, not to the queue; its job
   * waits on it, and a retry reads its disk again from the first block, so behind a full queue
   * it would end the backup window last. Retries are few (the tasks of failed nodes), so first
   * tries cannot starve behind them.
   */
  add (place: PlaceTask): Pending {
    const task = place.task ?? {}
    const taskId = task.taskId ?? ''
    const before = this.pending.get(taskId)
    if (before != null) this.drop(before)
    const avoidProxies = place.avoidProxies ?? []
    const pending: Pending = {
      task,
      taskId,
      kind: kindOf(task),
      seq: this.seq++,
      retry: avoidProxies.length > 0,
      bytes: neededBytes(task),
      sessionId: task.sessionId ?? '',
      replyTo: place.replyTo ?? '',
      avoidProxies,
      since: before?.since ?? this.now(),
      cancelled: false
    }
    this.pending.set(taskId, pending)
    this.kinds.add(pending)
    return pending
  }

  /** Drops a session's waiting tasks; leases a round obtains for them are given back. */
  cancel (sessionId: string): Pending[] {
    const dropped: Pending[] = []
    for (const pending of this.pending.values()) {
      if (pending.sessionId === sessionId) dropped.push(pending)
    }
    for (const pending of dropped) this.drop(pending)
    if (dropped.length > 0) this.armDeadline()
    return dropped
  }

  get size (): number {
    return this.pending.size
  }

  waiting (): Pending[] {
    return [...this.pending.values()]
  }

  /** Runs a round now, or one more after the current one; resolves when the queue is idle. */
  kick (): Promise<void> {
    if (this.closed) return Promise.resolve()
    if (this.running != null) {
      this.again = true
      return this.running
    }
    this.running = this.loop().finally(() => { this.running = undefined })
    return this.running
  }

  stats (): SchedulerStats {
    const now = this.now()
    let longestWaitMs = 0
    for (const pending of this.pending.values()) longestWaitMs = Math.max(longestWaitMs, now - pending.since)
    return { queued: this.pending.size, longestWaitMs, ...this.counts }
  }

  /** A node released a lease we held (its task ended, or we gave it back): count the slot free. */
  slotReleased (peerId: string, role: SlotRole | undefined, leaseId: string): void {
    if (this.givenBack.delete(leaseId)) return
    for (const r of role != null ? [role] : ['proxy', 'repository'] as const) this.view.released(peerId, r)
  }

  /** Stops rounds and the deadline timer; a round in flight gives back what it obtains. */
  close (): void {
    this.closed = true
    this.timers.clear(this.deadline)
    this.deadline = undefined
    for (const pending of this.pending.values()) pending.cancelled = true
    this.pending.clear()
    this.kinds.clear()
  }

  private async loop (): Promise<void> {
    do {
      this.again = false
      try {
        await this.round()
      } catch (err: any) {
        // a bug in a round must not wedge the queue: the next kick tries again
        this.log.error('placement round failed', { error: err?.message ?? String(err) })
      }
    } while (this.again && !this.closed)
  }

  private async round (): Promise<void> {
    if (this.pending.size === 0) return
    this.counts.rounds++
    const index = new CandidateIndex(this.view)
    // the queue as it was when the round began: tasks arriving meanwhile kicked the next round
    const order = new KindOrder(this.kinds.values(), this.seq)
    for (let cursor = order.take(); cursor != null; cursor = order.take()) {
      if (this.closed) return
      const pending = cursor.head as Pending
      const next = pending.cancelled ? 'next' : await this.visit(pending, cursor.kind, index)
      if (next === 'next') cursor.advance()
      else cursor.close()
      order.put(cursor)
    }
    this.armDeadline()
  }

  // One task's turn in a round. The quick checks on the index mirror planPlacement, which decides
  // whenever a task may be placed; a first try that finds no free proxy or no free repository
  // slot ends its kind's turn ('close'), as every first try of the kind would find the same.
  private async visit (pending: Pending, kind: Kind<Pending>, index: CandidateIndex): Promise<'next' | 'close'> {
    const task = pending.task
    const name = task.repository ?? ''
    const reaching = index.placeable(task, pending.avoidProxies, kind.reaching)
    if (reaching == null) {
      // nothing announced could take it, or it names no host or repository: the plan says which
      if (pending.retry) {
        this.settle(pending, kind, this.plan(pending, index))
        return 'next'
      }
      for (const other of [...kind.fresh.values()]) this.settle(other, kind, this.plan(other, index))
      return 'close'
    }
    if (!pending.retry) kind.reaching = reaching
    this.stillPlaceable(pending, kind)
    if (pending.bytes > index.mostFree(name)) {
      this.settle(pending, kind, this.plan(pending, index))
      return 'next'
    }
    if (!index.hasFreeProxy(task, pending.avoidProxies) || !index.hasFreeRepository(name)) {
      if (pending.retry) return 'next'
      this.failTooLarge(kind, index, name)
      return 'close'
    }
    // a repository slot is free but not with room for this disk: a smaller one may fit
    if (!index.hasFreeRepository(name, pending.bytes)) return 'next'
    const plan = this.plan(pending, index)
    if (this.settle(pending, kind, plan) && plan.kind === 'candidates') {
      this.asked.clear()
      await this.attempt(pending, plan.proxies, plan.repositories)
      for (const peerId of this.asked) index.refresh(peerId)
    }
    return 'next'
  }

  private plan (pending: Pending, index: CandidateIndex): Plan {
    return planPlacement(pending.task, index.nodesFor(pending.task, pending.avoidProxies), {
      avoidProxies: pending.avoidProxies,
      unplaceableAfterMs: this.unplaceableAfterMs
    })
  }

  // fails the task, or starts or stops its unplaceable deadline, as the plan says; true when it has candidates on both sides
  private settle (pending: Pending, kind: Kind<Pending>, plan: Plan): boolean {
    if (plan.kind === 'failed') {
      this.fail(pending, plan.reason)
      return false
    }
    if (plan.kind === 'unplaceable') {
      const now = this.now()
      pending.unplaceableSince ??= now
      kind.unplaceable.add(pending)
      if (now - pending.unplaceableSince >= this.unplaceableAfterMs) this.fail(pending, plan.reason)
      return false
    }
    pending.unplaceableSince = undefined
    kind.unplaceable.delete(pending)
    return plan.proxies.length > 0 && plan.repositories.length > 0
  }

  // a placeable first try means every first try of its kind is placeable: their deadlines stop
  private stillPlaceable (pending: Pending, kind: Kind<Pending>): void {
    if (kind.unplaceable.size === 0) return
    for (const other of [...kind.unplaceable]) {
      if (other !== pending && other.retry) continue
      other.unplaceableSince = undefined
      kind.unplaceable.delete(other)
    }
  }

  // A kind's turn ended on a busy slot; a disk larger than any repository's free space fails now,
  // not when its turn comes. Rare: the kind's largest disk is remembered as an upper bound.
  private failTooLarge (kind: Kind<Pending>, index: CandidateIndex, repository: string): void {
    const mostFree = index.mostFree(repository)
    if (kind.maxBytes <= mostFree) return
    let max = 0
    for (const other of [...kind.tasks()]) {
      if (other.bytes > mostFree) this.settle(other, kind, this.plan(other, index))
      else max = Math.max(max, other.bytes)
    }
    kind.maxBytes = max
  }

  // proxy first, then repository; a repository refusing after a proxy granted gives the proxy lease back
  private async attempt (pending: Pending, proxies: ProxyChoice[], repositories: RepositoryChoice[]): Promise<void> {
    const bytes = neededBytes(pending.task)
    for (const proxy of proxies) {
      const proxyLease = await this.lease(proxy.peerId, 'proxy', pending)
      if (proxyLease == null) continue
      this.view.granted(proxy.peerId, 'proxy')
      for (const repo of repositories) {
        if (pending.cancelled) break
        const repositoryLease = await this.lease(repo.peerId, 'repository', pending)
        if (repositoryLease == null) continue
        this.view.granted(repo.peerId, 'repository', bytes)
        if (pending.cancelled) {
          this.giveBack(repo.peerId, 'repository', repositoryLease, bytes)
          break
        }
        const waitedMs = this.now() - pending.since
        this.forget(pending)
        this.counts.placed++
        this.counts.maxWaitedMs = Math.max(this.counts.maxWaitedMs, waitedMs)
        this.onPlaced(pending, {
          taskId: pending.taskId,
          proxyPeer: proxy.peerId,
          proxyLease,
          repositoryPeer: repo.peerId,
          repositoryLease,
          mode: proxy.mode,
          waitedMs
        })
        return
      }
      // no repository took it: no other proxy would help, wait for a slot
      this.giveBack(proxy.peerId, 'proxy', proxyLease, 0)
      return
    }
  }

  private async lease (peerId: string, role: SlotRole, pending: Pending): Promise<string | undefined> {
    if (pending.cancelled) return undefined
    this.counts.leaseRequests++
    this.asked.add(peerId)
    let answer: { leaseId: string } | { refused: string }
    try {
      answer = await this.leases.request(peerId, role, pending.taskId)
    } catch (err: any) {
      answer = { refused: `no answer: ${err?.message ?? String(err)}` }
    }
    if ('refused' in answer) {
      this.counts.refusals++
      this.view.refused(peerId, role)
      this.log.debug('lease refused', { taskId: pending.taskId, peerId, role, reason: answer.refused })
      return undefined
    }
    if (pending.cancelled) {
      this.giveBack(peerId, role, answer.leaseId, 0, false)
      return undefined
    }
    return answer.leaseId
  }

  private giveBack (peerId: string, role: SlotRole, leaseId: string, bytes: number, counted = true): void {
    this.leases.release(peerId, role, leaseId)
    if (counted) this.view.released(peerId, role, bytes)
    this.givenBack.add(leaseId)
    // a node that never confirms must not grow the set forever
    if (this.givenBack.size > 1000) this.givenBack.delete(this.givenBack.values().next().value as string)
  }

  private fail (pending: Pending, reason: string): void {
    this.drop(pending)
    this.counts.failed++
    this.onFailed(pending, reason)
  }

  private drop (pending: Pending): void {
    pending.cancelled = true
    this.forget(pending)
  }

  private forget (pending: Pending): void {
    if (this.pending.get(pending.taskId) === pending) this.pending.delete(pending.taskId)
    this.kinds.remove(pending)
  }

  // one timer for the earliest moment a waiting task turns from unplaceable to failed
  private armDeadline (): void {
    let next = Infinity
    for (const kind of this.kinds.values()) {
      for (const pending of kind.unplaceable) {
        if (pending.unplaceableSince != null) next = Math.min(next, pending.unplaceableSince + this.unplaceableAfterMs)
      }
    }
    if (next === this.deadlineAt || this.closed) return
    this.timers.clear(this.deadline)
    this.deadline = undefined
    this.deadlineAt = next
    if (next === Infinity) return
    this.deadline = this.timers.set(() => {
      this.deadline = undefined
      this.deadlineAt = Infinity
      void this.kick()
    }, Math.max(0, next - this.now()))
  }
}

// tasks of one kind get the same plan from the same view, size and proxies to avoid aside
function kindOf (task: TaskSpec): string {
  return `${task.host?.name ?? ''}\0${task.repository ?? ''}\0${task.mode ?? ''}\0${(task.modes ?? []).join(',')}`
}
