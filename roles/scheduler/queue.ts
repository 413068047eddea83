/**
 * @packageDocumentation
 * Tasks waiting for a proxy and a repository, and the rounds that place them. Waiting tasks are
 * grouped by kind (kinds.ts: tasks with the same candidates); a round takes them in arrival
 * order across kinds, plans each against the load view and asks the chosen nodes for leases, and
 * passes over the rest of a kind as soon as one of its tasks finds no free proxy or repository
 * slot — so a round costs about the number of kinds and the free nodes, not the length of the
 * queue (found by sim/: at 10,000 waiting tasks and 1,000 proxies, every released slot started
 * a round over the whole queue). Retried tasks go before first tries (see `add`). The disks of
 * one VM in one session all go to the repository node its first placed disk went to (vm-pins.ts):
 * a restore point is committed on one node; when the manager names the node holding the VM's base
 * point, that is the one.
 *
 * Nothing polls: a round runs when a task arrives, when the view changes or a slot is released
 * (`kick()`), and when a missing host or repository has been waited for long enough (one timer,
 * for the earliest such deadline). One round runs at a time; kicks during a round ask for
 * exactly one more round after it. Retries that arrive during a round are placed beside it
 * (`placeRetries`), so a dead proxy's tasks do not wait for the round's first tries.
 *
 * @example
 * ```ts
 * const queue = new PlacementQueue({ view, leases, onPlaced, onFailed })
 * queue.add({ task, replyTo })
 * await queue.kick()
 * ```
 */
import type { PlaceTask, TaskPlaced, TaskSpec } from '../../proto/index.ts'
import { silentLogger, type Logger } from '../../node/core/logger.ts'
import { CandidateIndex } from './candidates.ts'
import { Cursor, KindOrder, Kinds, type Kind, type Queued } from './kinds.ts'
import { neededBytes, planPlacement, type Plan, type ProxyChoice, type RepositoryChoice } from './placement.ts'
import type { LoadView, SlotRole } from './view.ts'
import { VmPins, vmKey } from './vm-pins.ts'

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
  /** its session and VM (vm-pins.ts), when it names both */
  vm?: string
  /** when it arrived */
  since: number
  /** its lease requests are out (a round or the retry lane): nobody else tries it meanwhile */
  attempting?: boolean
  /** it waits for the disks being written on its repository to be in (a deadline runs: unplaceableSince) */
  waitsForSpace?: boolean
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
  // one repository node per VM and session
  private readonly pins = new VmPins()
  // the waiting disks of each VM: they move to their VM's own kind when it is pinned
  private readonly byVm = new Map<string, Set<Pending>>()
  // the round in flight: a kind made during it (a VM just pinned) joins its order
  private roundOrder: { order: KindOrder<Pending>, until: number } | undefined
  private seq = 0
  private running: Promise<void> | undefined
  private again = false
  // retries placed beside a round in flight (see placeRetries)
  private lane: Promise<void> | undefined
  private laneAgain = false
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
    const vm = vmKey(task)
    // the VM's base point is on this node: its disks go there (on another node, an incremental reads every block)
    const baseNode = place.repositoryPeer ?? ''
    if (baseNode !== '' && this.pins.get(vm) == null && this.view.node(baseNode)?.repository?.name === task.repository) this.pins.set(vm, baseNode, this.now())
    const pinned = this.pins.get(vm)
    const family = familyOf(task)
    const pending: Pending = {
      task,
      taskId,
      kind: kindOf(family, vm, pinned),
      family,
      seq: this.seq++,
      retry: avoidProxies.length > 0,
      bytes: neededBytes(task),
      repository: task.repository ?? '',
      pinned,
      sessionId: task.sessionId ?? '',
      replyTo: place.replyTo ?? '',
      avoidProxies,
      vm,
      since: before?.since ?? this.now(),
      cancelled: false
    }
    this.pending.set(taskId, pending)
    this.kinds.add(pending)
    if (vm != null) {
      let disks = this.byVm.get(vm)
      if (disks == null) this.byVm.set(vm, disks = new Set())
      disks.add(pending)
    }
    if (pending.retry && this.running != null) void this.placeRetries()
    return pending
  }

  /** Drops a session's waiting tasks; leases a round obtains for them are given back. */
  cancel (sessionId: string): Pending[] {
    const dropped: Pending[] = []
    for (const pending of this.pending.values()) {
      if (pending.sessionId === sessionId) dropped.push(pending)
    }
    for (const pending of dropped) this.drop(pending)
    this.pins.forgetSession(sessionId)
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

  /** A round or the retry lane is waiting on lease answers. */
  get active (): boolean {
    return this.running != null || this.lane != null
  }

  stats (): SchedulerStats {
    const now = this.now()
    let longestWaitMs = 0
    for (const pending of this.pending.values()) longestWaitMs = Math.max(longestWaitMs, now - pending.since)
    return { queued: this.pending.size, longestWaitMs, ...this.counts }
  }

  /** A node released a lease we held (its task ended, or we gave it back): count the slot free. */
  slotReleased (peerId: string, role: SlotRole | undefined, leaseId: string): void {
    this.view.freeSpace(leaseId)
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
    this.byVm.clear()
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
    this.expire(index)
    // the queue as it was when the round began: tasks arriving meanwhile kicked the next round
    const until = this.seq
    const busy = new Map<string, boolean>()
    const order = new KindOrder([...this.kinds.values()].filter((kind) => !this.passOver(kind, index, busy)), until)
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
    this.armDeadline()
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
    return !pending.cancelled && pending.attempting !== true && this.pending.get(pending.taskId) === pending
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
          for (const kind of [...this.kinds.values()]) {
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
        this.settle(pending, kind, this.plan(pending, index))
        return 'next'
      }
    }
    const reaching = index.placeable(task, pending.avoidProxies, kind.reaching, pinned)
    if (reaching == null) {
      // nothing announced could take it, or it names no host or repository: the plan says which;
      // one already known to be so waits for its deadline (a timer kicks the round that fails it)
      if ((pending.retry || pinned != null) && pending.unplaceableSince != null && this.now() - pending.unplaceableSince < this.unplaceableAfterMs) return 'next'
      if (pending.retry || pinned != null) {
        this.settle(pending, kind, this.plan(pending, index))
        return 'next'
      }
      for (const other of [...kind.fresh.values()]) this.settle(other, kind, this.plan(other, index))
      return 'close'
    }
    if (!pending.retry) kind.reaching = reaching
    this.stillPlaceable(pending, kind, pinned)
    if (pending.bytes > index.mostFree(name, pinned)) {
      this.settle(pending, kind, this.plan(pending, index))
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
    if (this.settle(pending, kind, plan) && plan.kind === 'candidates') {
      const asked = new Set<string>()
      pending.attempting = true
      try {
        await this.attempt(pending, plan.proxies, plan.repositories, asked)
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

  // fails the task, or starts or stops its unplaceable deadline, as the plan says; true when it has candidates on both sides
  private settle (pending: Pending, kind: Kind<Pending>, plan: Plan): boolean {
    if (plan.kind === 'failed') {
      this.fail(pending, plan.reason)
      return false
    }
    pending.waitsForSpace = plan.kind === 'unplaceable' && plan.space === true
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

  // a placeable first try means every first try of its kind is placeable (unless its VM's
  // repository node is gone: that is its own): their deadlines stop
  private stillPlaceable (pending: Pending, kind: Kind<Pending>, pinned: string | undefined): void {
    if (kind.unplaceable.size === 0) return
    for (const other of [...kind.unplaceable]) {
      // a proxy reaching the host says nothing of a repository's space
      if (other.waitsForSpace === true) continue
      if (other !== pending && (other.retry || pinned != null || other.pinned != null)) continue
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

  // The first proxy and the first repository are asked at once: a placement waits for the slower
  // answer, not for both in turn (on a loaded host each takes hundreds of ms, and every waiting
  // task, a dead proxy's retries too, waits for the placement in flight). Then the other proxies in
  // order and, with a proxy held, the other repositories; a lease nobody can use is given back.
  private async attempt (pending: Pending, proxies: ProxyChoice[], repositories: RepositoryChoice[], asked: Set<string>): Promise<void> {
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
    const waitedMs = this.now() - pending.since
    this.forget(pending)
    this.pin(pending, repo.peerId)
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
    if (pending.vm == null) return
    const disks = this.byVm.get(pending.vm)
    if (disks?.delete(pending) === true && disks.size === 0) this.byVm.delete(pending.vm)
  }

  // The VM's other disks (and retries) go to the node this one went to; each placement keeps the
  // pin fresh. Its waiting disks become a kind of their own: they can use only that node's slots,
  // so a round passes over them at once while it is full instead of looking at each.
  private pin (placed: Pending, peerId: string): void {
    const vm = placed.vm
    const before = this.pins.get(vm)
    this.pins.set(vm, peerId, this.now())
    if (vm == null || before === peerId) return
    const made = new Set<Kind<Pending>>()
    for (const disk of this.byVm.get(vm) ?? []) {
      const key = kindOf(disk.family, vm, peerId)
      const fresh = this.kinds.get(key) == null
      const kind = this.kinds.move(disk, key, peerId)
      if (kind != null && fresh) made.add(kind)
    }
    // the round in flight meets the VM's next disk in its turn, as it would have in the host's kind
    if (this.roundOrder != null) for (const kind of made) this.roundOrder.order.put(new Cursor(kind, this.roundOrder.until))
  }

  // Tasks whose deadline passed are failed (or found placeable) here, not when their turn comes:
  // a kind whose turn ends on a busy proxy never reaches a disk behind it whose VM's repository
  // node is gone, and the deadline timer, finding it still waiting, would fire again at once.
  private expire (index: CandidateIndex): void {
    const now = this.now()
    for (const kind of [...this.kinds.values()]) {
      for (const pending of [...kind.unplaceable]) {
        if (pending.unplaceableSince != null && now - pending.unplaceableSince >= this.unplaceableAfterMs) this.settle(pending, kind, this.plan(pending, index))
      }
    }
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
      // whole ms, and never 0: a virtual clock's sum (since + wait) can fall a hair short of the
      // deadline and fire the timer, at the same instant, forever
    }, Math.max(1, Math.ceil(next - this.now())))
  }
}

// tasks of one family read the same host through the same proxies into the same repository name
function familyOf (task: TaskSpec): string {
  return `${task.host?.name ?? ''}\0${task.repository ?? ''}\0${task.mode ?? ''}\0${(task.modes ?? []).join(',')}`
}

// tasks of one kind get the same plan from the same view, size and proxies to avoid aside: a
// family, and a pinned VM's disks a kind of their own
function kindOf (family: string, vm: string | undefined, pinned: string | undefined): string {
  return pinned != null && vm != null ? `${family}\0${vm}\0${pinned}` : family
}

const NO_PROXIES: readonly string[] = []
