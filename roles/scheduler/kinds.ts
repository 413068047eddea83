/**
 * @packageDocumentation
 * The waiting tasks, grouped by kind. Tasks of one kind (same host, repository, pinned mode and
 * readable modes; and, once a VM is pinned to a repository node, same VM) can run on exactly the
 * same proxies and repositories, so when one of them finds no free slot, none of the others behind
 * it can find one either: a round passes over the whole kind at once, and costs the number of
 * kinds, not the number of waiting tasks.
 *
 * Within a kind, retried tasks come first, then first tries in arrival order. Across kinds,
 * `KindOrder` merges the kinds by their next task (retries first, then by arrival), so a round
 * takes tasks in the order one FIFO of the whole queue would.
 *
 * @example
 * ```ts
 * const kinds = new Kinds<Pending>()
 * kinds.add(pending)
 * const order = new KindOrder(kinds.values(), nextSeq)
 * for (let cursor = order.take(); cursor != null; cursor = order.take()) {
 *   cursor.advance()   // or cursor.close(): no task of this kind can be placed in this round
 *   order.put(cursor)
 * }
 * ```
 */
import type { TaskSpec } from '../../proto/index.ts'
import { MinHeap } from '../../node/core/min-heap.ts'

/** What the grouping needs of a waiting task. */
export interface Queued {
  taskId: string
  /** the kind's key: tasks with equal keys have the same candidates */
  kind: string
  /** the key without the VM: kinds of one family read the same host through the same proxies */
  family: string
  /** arrival order */
  seq: number
  /** a task that is back after a failed attempt: it goes before first tries */
  retry: boolean
  /** when a round first saw that no announced node could take it */
  unplaceableSince?: number
  /** the bytes its repository must have free */
  bytes: number
  /** its repository's name */
  repository: string
  /** the repository node it must go to (its VM's, vm-pins.ts); tasks of a kind share it, and a
   * pin moves the VM's waiting tasks (Kinds.move), so this is the one place a waiting task's pin is read */
  pinned?: string
  cancelled: boolean
}

/** One kind's waiting tasks. */
export class Kind<T extends Queued> {
  readonly key: string
  readonly family: string
  readonly repository: string
  /** the repository node every task of the kind must go to, if they are a pinned VM's */
  readonly pinned: string | undefined
  /** tasks back after a failed attempt, in the order they came back */
  readonly retries = new Map<string, T>()
  /** first tries, in arrival order */
  readonly fresh = new Map<string, T>()
  /** tasks a round found unplaceable: their deadline runs */
  readonly unplaceable = new Set<T>()
  /** no waiting task needs more bytes than this (an upper bound: taking a task out does not lower it) */
  maxBytes = 0
  /** a proxy that reached the kind's host last round: looked at first to know one still does */
  reaching: string | undefined

  constructor (key: string, family = key, repository = '', pinned?: string) {
    this.key = key
    this.family = family
    this.repository = repository
    this.pinned = pinned
  }

  get size (): number {
    return this.retries.size + this.fresh.size
  }

  /** Retries, then first tries; tasks added meanwhile are met too, tasks taken out are not. */
  * tasks (): Generator<T> {
    yield * this.retries.values()
    yield * this.fresh.values()
  }
}

/** Every waiting task, by kind. */
export class Kinds<T extends Queued> {
  private readonly byKey = new Map<string, Kind<T>>()

  add (task: T): Kind<T> {
    let kind = this.byKey.get(task.kind)
    if (kind == null) this.byKey.set(task.kind, kind = new Kind(task.kind, task.family, task.repository, task.pinned))
    ;(task.retry ? kind.retries : kind.fresh).set(task.taskId, task)
    kind.maxBytes = Math.max(kind.maxBytes, task.bytes)
    if (task.unplaceableSince != null) kind.unplaceable.add(task)
    return kind
  }

  /** Moves a waiting task to another kind (its VM was pinned); its order among retries or first tries follows the moves. */
  move (task: T, key: string, pinned: string | undefined): Kind<T> | undefined {
    const from = this.byKey.get(task.kind)
    if (from == null || (task.retry ? from.retries : from.fresh).get(task.taskId) !== task) return undefined
    this.remove(task)
    task.kind = key
    task.pinned = pinned
    return this.add(task)
  }

  remove (task: T): void {
    const kind = this.byKey.get(task.kind)
    if (kind == null) return
    const from = task.retry ? kind.retries : kind.fresh
    if (from.get(task.taskId) !== task) return
    from.delete(task.taskId)
    kind.unplaceable.delete(task)
    if (kind.size === 0) this.byKey.delete(task.kind)
  }

  get (key: string): Kind<T> | undefined {
    return this.byKey.get(key)
  }

  values (): IterableIterator<Kind<T>> {
    return this.byKey.values()
  }

  clear (): void {
    this.byKey.clear()
  }
}

/** Where a round is in one kind: the next task to look at, of those that waited when it began. */
export class Cursor<T extends Queued> {
  readonly kind: Kind<T>
  head: T | undefined
  private readonly it: Iterator<T>
  private readonly until: number

  /** `until`: tasks from this seq on arrived during the round; the next round takes them */
  constructor (kind: Kind<T>, until = Infinity) {
    this.kind = kind
    this.it = kind.tasks()
    this.until = until
    this.advance()
  }

  /** On to the kind's next waiting task. */
  advance (): void {
    for (;;) {
      const next = this.it.next()
      if (next.done === true) {
        this.head = undefined
        return
      }
      if (!next.value.cancelled && next.value.seq < this.until) {
        this.head = next.value
        return
      }
    }
  }

  /** Nothing more of this kind in this round. */
  close (): void {
    this.head = undefined
  }
}

/** Retries first, then by arrival. */
export function before (a: Queued, b: Queued): boolean {
  if (a.retry !== b.retry) return a.retry
  return a.seq < b.seq
}

/** The kinds of one round, merged by their next task. */
export class KindOrder<T extends Queued> {
  private readonly heap = new MinHeap<Cursor<T>>((a, b) => before(a.head as T, b.head as T))

  constructor (kinds: Iterable<Kind<T>>, until = Infinity) {
    for (const kind of kinds) this.put(new Cursor(kind, until))
  }

  /** The cursor whose task comes first, out of the order until `put` back. */
  take (): Cursor<T> | undefined {
    return this.heap.pop()
  }

  /** Puts a cursor back in the order, unless its kind has nothing more for this round. */
  put (cursor: Cursor<T>): void {
    if (cursor.head != null) this.heap.push(cursor)
  }
}

/** Tasks of one family read the same host through the same proxies into the same repository name. */
export function familyOf (task: TaskSpec): string {
  return `${task.host?.name ?? ''}\0${task.repository ?? ''}\0${task.mode ?? ''}\0${(task.modes ?? []).join(',')}`
}

/**
 * Tasks of one kind get the same plan from the same view, size and proxies to avoid aside: a
 * family, and a pinned VM's disks a kind of their own.
 */
export function kindOf (family: string, vm: string | undefined, pinned: string | undefined): string {
  return pinned != null && vm != null ? `${family}\0${vm}\0${pinned}` : family
}
