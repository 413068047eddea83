/**
 * @packageDocumentation
 * How long a task nothing announced can take may wait. A host no proxy reaches, a repository no
 * node announces, a VM's repository node that left or a repository without room for the disk is
 * waited for (30 s by default: a node restarting is back by then), then the task fails with the
 * plan's reason. A task that can never fit fails at once.
 *
 * Nothing polls: one timer runs for the earliest deadline of all waiting tasks, and kicks the
 * round that fails the tasks whose deadline passed.
 *
 * @example
 * ```ts
 * const deadlines = new UnplaceableDeadlines({ afterMs: 30_000, now: Date.now, timers, fail, kick })
 * if (deadlines.settle(pending, kind, plan)) await attempt(pending, plan)
 * deadlines.arm(kinds.values())
 * ```
 */
import type { Kind } from './kinds.ts'
import type { Plan } from './placement.ts'
import type { Pending } from './waiting-tasks.ts'

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

export interface UnplaceableDeadlinesInit {
  /** how long an unplaceable task waits */
  afterMs: number
  now: () => number
  /** real timers (unref'd) when absent; the simulator passes virtual ones */
  timers?: Timers
  /** takes the task out of the queue and tells its manager why */
  fail: (pending: Pending, reason: string) => void
  /** runs a round: it fails the tasks whose deadline passed */
  kick: () => void
}

export class UnplaceableDeadlines {
  private readonly afterMs: number
  private readonly now: () => number
  private readonly timers: Timers
  private readonly fail: UnplaceableDeadlinesInit['fail']
  private readonly kick: UnplaceableDeadlinesInit['kick']
  private closed = false
  private deadline: unknown
  private deadlineAt = Infinity

  constructor (init: UnplaceableDeadlinesInit) {
    this.afterMs = init.afterMs
    this.now = init.now
    this.timers = init.timers ?? realTimers
    this.fail = init.fail
    this.kick = init.kick
  }

  /** Fails the task, or starts or stops its unplaceable deadline, as the plan says; true when it has candidates on both sides. */
  settle (pending: Pending, kind: Kind<Pending>, plan: Plan): boolean {
    if (plan.kind === 'failed') {
      this.fail(pending, plan.reason)
      return false
    }
    pending.waitsForSpace = plan.kind === 'unplaceable' && plan.space === true
    if (plan.kind === 'unplaceable') {
      const now = this.now()
      pending.unplaceableSince ??= now
      kind.unplaceable.add(pending)
      if (now - pending.unplaceableSince >= this.afterMs) this.fail(pending, plan.reason)
      return false
    }
    pending.unplaceableSince = undefined
    kind.unplaceable.delete(pending)
    return plan.proxies.length > 0 && plan.repositories.length > 0
  }

  /**
   * A placeable first try means every first try of its kind is placeable (unless its VM's
   * repository node is gone: that is its own): their deadlines stop.
   */
  stillPlaceable (pending: Pending, kind: Kind<Pending>, pinned: string | undefined): void {
    if (kind.unplaceable.size === 0) return
    for (const other of [...kind.unplaceable]) {
      // a proxy reaching the host says nothing of a repository's space
      if (other.waitsForSpace === true) continue
      if (other !== pending && (other.retry || pinned != null || other.pinned != null)) continue
      other.unplaceableSince = undefined
      kind.unplaceable.delete(other)
    }
  }

  /**
   * Tasks whose deadline passed are failed (or found placeable) here, not when their turn comes:
   * a kind whose turn ends on a busy proxy never reaches a disk behind it whose VM's repository
   * node is gone, and the deadline timer, finding it still waiting, would fire again at once.
   */
  expire (kinds: Iterable<Kind<Pending>>, plan: (pending: Pending) => Plan): void {
    const now = this.now()
    for (const kind of [...kinds]) {
      for (const pending of [...kind.unplaceable]) {
        if (pending.unplaceableSince != null && now - pending.unplaceableSince >= this.afterMs) this.settle(pending, kind, plan(pending))
      }
    }
  }

  /** One timer for the earliest moment a waiting task turns from unplaceable to failed. */
  arm (kinds: Iterable<Kind<Pending>>): void {
    let next = Infinity
    for (const kind of kinds) {
      for (const pending of kind.unplaceable) {
        if (pending.unplaceableSince != null) next = Math.min(next, pending.unplaceableSince + this.afterMs)
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
      this.kick()
      // whole ms, and never 0: a virtual clock's sum (since + wait) can fall a hair short of the
      // deadline and fire the timer, at the same instant, forever
    }, Math.max(1, Math.ceil(next - this.now())))
  }

  /** Stops the timer for good. */
  close (): void {
    this.closed = true
    this.timers.clear(this.deadline)
    this.deadline = undefined
  }
}
