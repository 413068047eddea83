/**
 * @packageDocumentation
 * The tasks waiting for placement: each by its task id (the latest request for a task wins), by
 * kind (kinds.ts), and by VM, with the repository node each VM of a session is pinned to
 * (vm-pins.ts). A placed, failed or cancelled task leaves all three at once; a VM getting pinned
 * moves its waiting disks to a kind of their own. The rounds that place these tasks are queue.ts.
 *
 * @example
 * ```ts
 * const tasks = new WaitingTasks({ view, now: Date.now })
 * const pending = tasks.add({ task, replyTo })
 * tasks.forget(pending)   // placed: it waits no more
 * ```
 */
import type { PlaceTask, TaskSpec } from '../../proto/index.ts'
import { Kinds, familyOf, kindOf, type Kind, type Queued } from './kinds.ts'
import { neededBytes } from './placement.ts'
import type { LoadView } from './view.ts'
import { VmPins, vmKey } from './vm-pins.ts'

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

export interface WaitingTasksInit {
  /** names the repository of the node holding a VM's base point */
  view: LoadView
  now: () => number
}

export class WaitingTasks {
  private readonly view: LoadView
  private readonly now: () => number
  private readonly pending = new Map<string, Pending>()
  readonly kinds = new Kinds<Pending>()
  // one repository node per VM and session
  private readonly pins = new VmPins()
  // the waiting disks of each VM: they move to their VM's own kind when it is pinned
  private readonly byVm = new Map<string, Set<Pending>>()
  private seq = 0

  constructor (init: WaitingTasksInit) {
    this.view = init.view
    this.now = init.now
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
    return pending
  }

  /** Drops a session's waiting tasks and its VMs' pins. */
  cancel (sessionId: string): Pending[] {
    const dropped: Pending[] = []
    for (const pending of this.pending.values()) {
      if (pending.sessionId === sessionId) dropped.push(pending)
    }
    for (const pending of dropped) this.drop(pending)
    this.pins.forgetSession(sessionId)
    return dropped
  }

  get size (): number {
    return this.pending.size
  }

  /** The arrival number the next task gets: tasks from it on arrive after this moment. */
  get nextSeq (): number {
    return this.seq
  }

  values (): IterableIterator<Pending> {
    return this.pending.values()
  }

  /** It still waits: not placed, failed, cancelled or replaced by a later request. */
  holds (pending: Pending): boolean {
    return this.pending.get(pending.taskId) === pending
  }

  /** Takes a task out for good: a lease a round obtains for it is given back. */
  drop (pending: Pending): void {
    pending.cancelled = true
    this.forget(pending)
  }

  /** Takes a task out (it was placed, or dropped). */
  forget (pending: Pending): void {
    if (this.pending.get(pending.taskId) === pending) this.pending.delete(pending.taskId)
    this.kinds.remove(pending)
    if (pending.vm == null) return
    const disks = this.byVm.get(pending.vm)
    if (disks?.delete(pending) === true && disks.size === 0) this.byVm.delete(pending.vm)
  }

  /**
   * The VM's other disks (and retries) go to the node this one went to; each placement keeps the
   * pin fresh. Its waiting disks become a kind of their own: they can use only that node's slots,
   * so a round passes over them at once while it is full instead of looking at each. Returns the
   * kinds this made.
   */
  pin (placed: Pending, peerId: string): Set<Kind<Pending>> {
    const vm = placed.vm
    const before = this.pins.get(vm)
    this.pins.set(vm, peerId, this.now())
    const made = new Set<Kind<Pending>>()
    if (vm == null || before === peerId) return made
    for (const disk of this.byVm.get(vm) ?? []) {
      const key = kindOf(disk.family, vm, peerId)
      const fresh = this.kinds.get(key) == null
      const kind = this.kinds.move(disk, key, peerId)
      if (kind != null && fresh) made.add(kind)
    }
    return made
  }

  /** Cancels every waiting task (the queue closes). */
  clear (): void {
    for (const pending of this.pending.values()) pending.cancelled = true
    this.pending.clear()
    this.kinds.clear()
    this.byVm.clear()
  }
}
