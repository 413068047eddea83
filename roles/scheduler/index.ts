/**
 * @packageDocumentation
 * The scheduler role: spawns the scheduler actor at `<peerId>/scheduler` and wakes its queue
 * whenever the capacity view changes (a node announced, or one expired). The view only guides
 * the choice; proxies and repositories grant or refuse the slots themselves (node/leases.ts).
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
import type { Role, RoleComponents } from '../../node/role.ts'
import type { Address } from '../../node/actors/address.ts'
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

export function scheduler (components: SchedulerComponents, options: SchedulerOptions = {}): SchedulerRole {
  const { system, capacity } = components
  const actor = schedulerActor({ ...options, capacity })
  let at: Address | undefined

  // announcements arrive every period from every node: wake the actor only when tasks wait
  const onChange = (): void => {
    if (at != null && actor.busy) system.tell(at, { tick: { name: CAPACITY_TICK } })
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
      at = undefined
      await actor.stop()
    },
    stats: () => actor.stats()
  }
}
