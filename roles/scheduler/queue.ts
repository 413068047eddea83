/**
 * @packageDocumentation
 * The rounds that place the waiting tasks (waiting-tasks.ts) on a proxy and a repository. Waiting
 * tasks are grouped by kind (kinds.ts: tasks with the same candidates); a round takes them in
 * arrival order across kinds, plans each against the load view and asks the chosen nodes for
 * leases (lease-asks.ts), and passes over the rest of a kind as soon as one of its tasks finds no
 * free proxy or repository slot — so a round costs about the number of kinds and the free nodes,
 * not the length of the queue (found by sim/: at 10,000 waiting tasks and 1,000 proxies, every
 * released slot started a round over the whole queue). Retried tasks go before first tries (see
 * `WaitingTasks.add`). The disks of one VM in one session all go to the repository node its first
 * placed disk went to (vm-pins.ts): a restore point is committed on one node; when the manager
 * names the node holding the VM's base point, that is the one.
 *
 * Nothing polls: a round runs when a task arrives, when the view changes or a slot is released
 * (`kick()`), and when a missing host or repository has been waited for long enough
 * (unplaceable-deadlines.ts: one timer, for the earliest such deadline). One round runs at a
 * time; kicks during a round ask for exactly one more round after it. Retries that arrive during
 * a round are placed beside it (`placeRetries`), so a dead proxy's tasks do not wait for the
 * round's first tries.
 *
 * @example
 * ```ts
 * const queue = new PlacementQueue({ view, leases, onPlaced, onFailed })
 * queue.add({ task, replyTo })
 * await queue.kick()
 * ```
 */
import type { PlaceTask, TaskPlaced } from '../../proto/index.ts'
import { silentLogger, type Logger } from '../../node/core/logger.ts'
import { CandidateIndex } from './candidates.ts'
import { Cursor, KindOrder, type Kind } from './kinds.ts'
import { LeaseAsks, type LeaseClient, type Leased } from './lease-asks.ts'
import { planPlacement, type Plan } from './placement.ts'
import { DEFAULT_UNPLACEABLE_AFTER_MS, UnplaceableDeadlines, type Timers } from './unplaceable-deadlines.ts'
import type { LoadView, SlotRole } from './view.ts'
import { WaitingTasks, type Pending } from './waiting-tasks.ts'

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

export class PlacementQueue {
  private readonly view: LoadView
  private readonly onPlaced: PlacementQueueInit['onPlaced']
  private readonly onFailed: PlacementQueueInit['onFailed']
  private readonly unplaceableAfterMs: number
  private readonly now: () => number
  private readonly log: Logger
  private readonly tasks: WaitingTasks
  private readonly asks: LeaseAsks
  private readonly deadlines: UnplaceableDeadlines
  // the round in flight: a kind made during it (a VM just pinned) joins its order
  private roundOrder: { order: KindOrder<Pending>, until: number } | undefined
  private running: Promise<void> | undefined
  private again = false
  // retries placed beside a round in flight (see placeRetries)
  private lane: Promise<void> | undefined
  private laneAgain = false
  private closed = false
  private readonly counts = { placed: 0, failed: 0, rounds: 0, maxWaitedMs: 0 }

  constructor (init: PlacementQueueInit) {
    this.view = init.view
    this.onPlaced = init.onPlaced
    this.onFailed = init.onFailed
    this.unplaceableAfterMs = init.unplaceableAfterMs ?? DEFAULT_UNPLACEABLE_AFTER_MS
    this.now = init.now ?? Date.now
    this.log = init.log ?? silentLogger
    this.tasks = new WaitingTasks({ view: this.view, now: this.now })
    this.asks = new LeaseAsks({ view: this.view, leases: init.leases, log: this.log })
    this.deadlines = new UnplaceableDeadlines({
      afterMs: this.unplaceableAfterMs,
      now: this.now,
      timers: init.timers,
      fail: (pending, reason) => { this.fail(pending, reason) },
      kick: () => { void this.kick() }
    })
  }

  /** Queues a task (see `WaitingTasks.add`); a retry arriving during a round is placed beside it. */
  add (place: PlaceTask): Pending {
    const pending = this.tasks.add(place)
    if (pending.retry && this.running != null) void this.placeRetries()
    return pending
  }

  /** Drops a session's waiting tasks; leases a round obtains for them are given back. */
  cancel (sessionId: string): Pending[] {
    const dropped = this.tasks.cancel(sessionId)
    if (dropped.length > 0) this.deadlines.arm(this.tasks.kinds.values())
    return dropped
  }

  get size (): number {
    return this.tasks.size
  }

  waiting (): Pending[] {
    return [...this.tasks.values()]
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

  /** A round or the retry lane is waiting on lease answers. */
  get active (): boolean {
    return this.running != null || this.lane != null
  }

  stats (): SchedulerStats {
    const now = this.now()
    let longestWaitMs = 0
    for (const pending of this.tasks.values()) longestWaitMs = Math.max(longestWaitMs, now - pending.since)
    const { placed, failed, rounds, maxWaitedMs } = this.counts
    return { queued: this.tasks.size, longestWaitMs, placed, failed, ...this.asks.counts, rounds, maxWaitedMs }
  }

  /** A node released a lease we held (its task ended, or we gave it back): count the slot free. */
  slotReleased (peerId: string, role: SlotRole | undefined, leaseId: string): void {
    this.asks.slotReleased(peerId, role, leaseId)
  }

  /** Stops rounds and the deadline timer; a round in flight gives back what it obtains. */
  close (): void {
    this.closed = true
    this.deadlines.close()
    this.tasks.clear()
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
    if (this.tasks.size === 0) return
    this.counts.rounds++
    const index = new CandidateIndex(this.view)
    this.deadlines.expire(this.tasks.kinds.values(), (pending) => this.plan(pending, index))
    // the queue as it was when the round began: tasks arriving meanwhile kicked the next round
    const until = this.tasks.nextSeq
    const busy = new Map<string, boolean>()
    const order = new KindOrder([...this.tasks.kinds.values()].filter((kind) => !this.passOver(kind, index, busy)), until)
    this.roundOrder = { order, until }
    try {
      for (let cursor = order.take(); cursor != null; cursor = order.take()) {
        if (this.closed) return
        const pending = cursor.head as Pending
        const next = this.untried(pending) ? await this.visit(pending, cursor.kind, index) : 'next'
        if (next === 'next') cursor.advance()
        else cursor.close()
        order.put(cursor)
      }
    } finally {
      this.roundOrder = undefined
    }
    this.deadlines.arm(this.tasks.kinds.values())
  }

  /**
   * Retries that arrive during a round are placed beside it, not after it. A round takes the queue
   * as it was when it began, and each placement waits for its lease answers (on a loaded host,
   * a dial and hundreds of ms each): a dead proxy's retries waited behind every first try of the
   * round in flight (15 s at 30 nodes). Here they wait for nothing: the lane looks at the waiting
   * retries alone, one at a time, with its own index. A round and the lane never try the same task
   * (`attempting`); they may ask one node for its last slot at once, and the node refuses one.
   */
  // still waiting, and not being tried by the round or the lane (either may have placed it meanwhile)
  private untried (pending: Pending): boolean {
    return !pending.cancelled && pending.attempting !== true && this.tasks.holds(pending)
  }

  private async placeRetries (): Promise<void> {
    if (this.lane != null) {
      this.laneAgain = true
      return
    }
    this.lane = (async () => {
      do {
        this.laneAgain = false
        try {
          const index = new CandidateIndex(this.view)
          for (const kind of [...this.tasks.kinds.values()]) {
            for (const pending of [...kind.retries.values()]) {
              if (this.closed) return
              if (this.untried(pending)) await this.visit(pending, kind, index)
            }
          }
        } catch (err: any) {
          this.log.error('placing retries failed', { error: err?.message ?? String(err) })
        }
      } while (this.laneAgain && !this.closed)
    })().finally(() => { this.lane = undefined })
    await this.lane
  }

  /**
   * Kinds a round need not visit, as it would only close them at their first task: a pinned VM
   * whose node has no free slot, and first tries of a family (host, repository, modes) whose
   * proxies or repositories are all busy (a busy datacenter keeps thousands of disks, of a
   * thousand VMs, waiting so). A round only makes nodes busier, so this holds until it ends.
   * Kinds with retries or running deadlines are visited: their tasks may have to fail.
   */
  private passOver (kind: Kind<Pending>, index: CandidateIndex, busy: Map<string, boolean>): boolean {
    if (kind.unplaceable.size > 0) return false
    if (kind.pinned != null && index.announces(kind.repository, kind.pinned) && !index.hasFreeRepository(kind.repository, 0, kind.pinned)) return true
    if (kind.retries.size > 0) return false
    let full = busy.get(kind.family)
    if (full == null) {
      const first = kind.fresh.values().next().value
      if (first == null) return false
      // a proxy must reach the host (else its tasks' deadlines start), and none be free
      full = index.placeable(first.task, NO_PROXIES, kind.reaching) != null && (!index.hasFreeProxy(first.task) || !index.hasFreeRepository(kind.repository))
      busy.set(kind.family, full)
    }
    // what the visit's close would do: a disk larger than any repository's free space fails now
    if (full) this.failTooLarge(kind, index, kind.repository)
    return full
  }

  // One task's turn in a round. The quick checks on the index mirror planPlacement, which decides
  // whenever a task may be placed; a first try that finds no free proxy or no free repository
  // slot ends its kind's turn ('close'), as every first try of the kind would find the same.
  private async visit (pending: Pending, kind: Kind<Pending>, index: CandidateIndex): Promise<'next' | 'close'> {
    const task = pending.task
    const name = task.repository ?? ''
    // a VM's later disks go where its first went: same proxies as the kind, but one repository node
    const pinned = pending.pinned
    // its VM's node is there but full: it waits; with no slot free there, so do the VM's other disks (its kind)
    if (pinned != null && pending.unplaceableSince == null && index.announces(name, pinned)) {
      if (!index.hasFreeRepository(name, 0, pinned)) return 'close'
      // a slot but not the room: it cannot go elsewhere, so it fails, or waits with a deadline
      if (!index.hasFreeRepository(name, pending.bytes, pinned)) {
        this.deadlines.settle(pending, kind, this.plan(pending, index))
        return 'next'
      }
    }
    const reaching = index.placeable(task, pending.avoidProxies, kind.reaching, pinned)
    if (reaching == null) {
      // nothing announced could take it, or it names no host or repository: the plan says which;
      // one already known to be so waits for its deadline (a timer kicks the round that fails it)
      if ((pending.retry || pinned != null) && pending.unplaceableSince != null && this.now() - pending.unplaceableSince < this.unplaceableAfterMs) return 'next'
      if (pending.retry || pinned != null) {
        this.deadlines.settle(pending, kind, this.plan(pending, index))
        return 'next'
      }
      for (const other of [...kind.fresh.values()]) this.deadlines.settle(other, kind, this.plan(other, index))
      return 'close'
    }
    if (!pending.retry) kind.reaching = reaching
    this.deadlines.stillPlaceable(pending, kind, pinned)
    if (pending.bytes > index.mostFree(name, pinned)) {
      this.deadlines.settle(pending, kind, this.plan(pending, index))
      return 'next'
    }
    if (!index.hasFreeProxy(task, pending.avoidProxies) || !index.hasFreeRepository(name)) {
      if (pending.retry) return 'next'
      this.failTooLarge(kind, index, name)
      return 'close'
    }
    // a repository slot is free but not with room for this disk, or not on its VM's node: another task may fit
    if (!index.hasFreeRepository(name, pending.bytes, pinned)) return 'next'
    const plan = this.plan(pending, index)
    if (this.deadlines.settle(pending, kind, plan) && plan.kind === 'candidates') {
      const asked = new Set<string>()
      pending.attempting = true
      try {
        const leased = await this.asks.attempt(pending, plan.proxies, plan.repositories, asked)
        if (leased != null) this.placed(pending, leased)
      } finally {
        pending.attempting = false
      }
      for (const peerId of asked) index.refresh(peerId)
    }
    return 'next'
  }

  private plan (pending: Pending, index: CandidateIndex): Plan {
    const pinned = pending.pinned
    return planPlacement(pending.task, index.nodesFor(pending.task, pending.avoidProxies, pinned), {
      avoidProxies: pending.avoidProxies,
      unplaceableAfterMs: this.unplaceableAfterMs,
      repositoryPeer: pinned
    })
  }

  // A kind's turn ended on a busy slot; a disk larger than any repository's free space fails now,
  // not when its turn comes. Rare: the kind's largest disk is remembered as an upper bound.
  private failTooLarge (kind: Kind<Pending>, index: CandidateIndex, repository: string): void {
    const mostFree = index.mostFree(repository)
    if (kind.maxBytes <= mostFree) return
    let max = 0
    for (const other of [...kind.tasks()]) {
      if (other.bytes > mostFree) this.deadlines.settle(other, kind, this.plan(other, index))
      else max = Math.max(max, other.bytes)
    }
    kind.maxBytes = max
  }

  private placed (pending: Pending, leased: Leased): void {
    const waitedMs = this.now() - pending.since
    this.tasks.forget(pending)
    this.pin(pending, leased.repository.peerId)
    this.counts.placed++
    this.counts.maxWaitedMs = Math.max(this.counts.maxWaitedMs, waitedMs)
    this.onPlaced(pending, {
      taskId: pending.taskId,
      proxyPeer: leased.proxy.peerId,
      proxyLease: leased.proxyLease,
      repositoryPeer: leased.repository.peerId,
      repositoryLease: leased.repositoryLease,
      mode: leased.proxy.mode,
      waitedMs
    })
  }

  private fail (pending: Pending, reason: string): void {
    this.tasks.drop(pending)
    this.counts.failed++
    this.onFailed(pending, reason)
  }

  private pin (placed: Pending, peerId: string): void {
    const made = this.tasks.pin(placed, peerId)
    // the round in flight meets the VM's next disk in its turn, as it would have in the host's kind
    if (this.roundOrder != null) for (const kind of made) this.roundOrder.order.put(new Cursor(kind, this.roundOrder.until))
  }
}

const NO_PROXIES: readonly string[] = []
