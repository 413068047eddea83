/**
 * @packageDocumentation
 * The scheduler role: spawns the scheduler actor at `<peerId>/scheduler` and wakes its queue
 * whenever the capacity view changes (a node announced, or one expired). The view only guides
 * the choice; proxies and repositories grant or refuse the slots themselves (node/runtime/leases.ts).
 *
 * @example
 * ```ts
 * const role = scheduler(components)
 * await role.start()
 * components.system.tell(`${components.peerId}/scheduler`, { placeTask: { task, replyTo } })
 * role.stats()   // { queued, placed, refusals, longestWaitMs, ... }
 * await role.stop()
 * ```
 */
import type { Role, RoleComponents } from '../../node/runtime/role.ts'
import type { Address } from '../../node/runtime/actors/address.ts'
import type { CapacityEntry } from '../../protocols/capacity.ts'
import { CAPACITY_TICK, SCHEDULER_NAME, schedulerActor, type SchedulerOptions } from './actor.ts'
import type { SchedulerStats } from './queue.ts'
import type { CapacityView } from './view.ts'

export { SCHEDULER_NAME, type SchedulerOptions } from './actor.ts'
export type { SchedulerStats } from './queue.ts'

export interface SchedulerRole extends Role {
  /** where task actors send PlaceTask and CancelPlacement */
  readonly address: Address
  /** for the HTTP status endpoint */
  stats(): SchedulerStats
}

/** What the role uses of the node's components (RoleComponents fits; tests pass a fake view). */
export interface SchedulerComponents extends Pick<RoleComponents, 'peerId' | 'system' | 'log'> {
  capacity: CapacityView & {
    on(event: 'change', listener: (entry: CapacityEntry | undefined) => void): unknown
    off(event: 'change', listener: (entry: CapacityEntry | undefined) => void): unknown
  }
}

/** Capacity-driven placement rounds run at most this often (lease releases kick at once). */
export const ROUND_EVERY_MS = 100

/** Whether an announcement shows a free proxy or repository slot: only then can a waiting task be placed. */
export function freeSlot (entry: CapacityEntry | undefined): boolean {
  const a = entry?.announcement
  if (a == null) return false
  const proxy = a.proxy != null && (a.proxy.active ?? 0) < (a.proxy.slots ?? 0)
  const repository = a.repository != null && (a.repository.active ?? 0) < (a.repository.slots ?? 0)
  return proxy || repository
}

export function scheduler (components: SchedulerComponents, options: SchedulerOptions = {}): SchedulerRole {
  const { system, capacity } = components
  const actor = schedulerActor({ ...options, capacity })
  let at: Address | undefined

  // Announcements arrive every period from every node (hundreds a second in a large mesh): wake
  // the actor only when tasks wait and the announcement shows a free slot — a node leaving never
  // makes a task placeable — and at most once per ROUND_EVERY_MS: the first change at once, the
  // ones inside the window by one trailing round, so no chance is lost.
  let timer: NodeJS.Timeout | undefined
  let trailing = false
  const tick = (): void => {
    if (at != null && actor.busy) system.tell(at, { tick: { name: CAPACITY_TICK } })
  }
  const onChange = (entry: CapacityEntry | undefined): void => {
    if (at == null || !actor.busy || !freeSlot(entry)) return
    if (timer != null) {
      trailing = true
      return
    }
    tick()
    const window = (): void => {
      timer = undefined
      if (!trailing) return
      trailing = false
      tick()
      timer = setTimeout(window, ROUND_EVERY_MS)
      timer.unref()
    }
    timer = setTimeout(window, ROUND_EVERY_MS)
    timer.unref()
  }

  return {
    name: SCHEDULER_NAME,
    get address () {
      if (at == null) return `${components.peerId}/${SCHEDULER_NAME}`
      return at
    },
    async start () {
      if (at != null) return
      at = system.spawn(SCHEDULER_NAME, actor.factory, { restart: 'transient' })
      capacity.on('change', onChange)
      components.log.info('scheduler started', { address: at })
    },
    async stop () {
      if (at == null) return
      capacity.off('change', onChange)
      clearTimeout(timer)
      timer = undefined
      at = undefined
      await actor.stop()
    },
    stats: () => actor.stats()
  }
}
