/**
 * @packageDocumentation
 * Tasks whose manager is gone. A data mover reports to its session's task actor on a manager
 * node; when that manager crashes, nobody will commit what the task stages, so running it to
 * its end only holds a slot, a lease, a snapshot read and staged files on the repository. A
 * task is abandoned when its manager leaves the capacity view and does not come back within
 * `graceMs` (a brief disconnect is forgiven), or comes back restarted (its announcement
 * sequence started again: the new daemon knows nothing of the task).
 *
 * @example
 * ```ts
 * const orphans = new OrphanWatch()
 * capacity.on('expired', (peer) => orphans.left(peer))
 * capacity.on('change', (e) => { if (e) orphans.seen(e.announcement.peerId, e.announcement.seq) })
 * const watched = orphans.watch(managerPeer)   // watched.signal aborts when the task is orphaned
 * watched.done()
 * ```
 */

export interface OrphanWatchInit {
  /** ms a manager may be out of the view before its tasks are abandoned (3000) */
  graceMs?: number
  /** told once per abandoned manager, with how many tasks it had here */
  onAbandon?: (peer: string, tasks: number, why: string) => void
}

export interface Watched {
  /** aborts with the reason when the task's manager is gone */
  signal: AbortSignal
  /** the task ended: stop watching it */
  done: () => void
}

export class OrphanWatch {
  readonly #graceMs: number
  readonly #onAbandon: OrphanWatchInit['onAbandon']
  readonly #tasks = new Map<string, Set<AbortController>>()
  readonly #timers = new Map<string, NodeJS.Timeout>()
  readonly #seq = new Map<string, number>()

  constructor (init: OrphanWatchInit = {}) {
    this.#graceMs = init.graceMs ?? 3000
    this.#onAbandon = init.onAbandon
  }

  watch (manager: string): Watched {
    const controller = new AbortController()
    let set = this.#tasks.get(manager)
    if (set === undefined) this.#tasks.set(manager, set = new Set())
    set.add(controller)
    return {
      signal: controller.signal,
      done: () => {
        set.delete(controller)
        if (set.size === 0 && this.#tasks.get(manager) === set) this.#tasks.delete(manager)
      }
    }
  }

  /** The peer left the capacity view. */
  left (peer: string): void {
    if (!this.#tasks.has(peer) || this.#timers.has(peer)) return
    const timer = setTimeout(() => {
      this.#timers.delete(peer)
      this.#abandon(peer, `its manager ${peer} left the mesh ${this.#graceMs} ms ago and did not come back`)
    }, this.#graceMs)
    timer.unref()
    this.#timers.set(peer, timer)
  }

  /** An announcement of the peer arrived. */
  seen (peer: string, seq: number | undefined): void {
    const timer = this.#timers.get(peer)
    if (timer !== undefined) {
      clearTimeout(timer)
      this.#timers.delete(peer)
    }
    const last = this.#seq.get(peer)
    this.#seq.set(peer, seq ?? 0)
    if (last !== undefined && (seq ?? 0) < last) this.#abandon(peer, `its manager ${peer} restarted and no longer runs the session`)
  }

  close (): void {
    for (const timer of this.#timers.values()) clearTimeout(timer)
    this.#timers.clear()
  }

  #abandon (peer: string, why: string): void {
    const set = this.#tasks.get(peer)
    if (set === undefined || set.size === 0) return
    this.#tasks.delete(peer)
    this.#onAbandon?.(peer, set.size, why)
    const reason = Object.assign(new Error(`task abandoned: ${why}`), { code: 'ERR_TASK_ORPHANED' })
    for (const controller of set) controller.abort(reason)
  }
}
