/**
 * @packageDocumentation
 * The scheduler actor (the seed's "resource scheduler"): takes PlaceTask from the manager's task
 * actors, places each on a proxy and a repository through their lease tables, and answers the
 * task actor with TaskPlaced or PlacementFailed. Placement rounds run beside the mailbox (see
 * queue.ts), so a slow lease answer never holds up PlaceTask, CancelPlacement or a released slot.
 *
 * Messages: placeTask, cancelPlacement, leaseRelease (a node freed a slot we held a lease on),
 * tick { name: 'capacity' } (the view changed). Anything else is answered `{ ok: {} }`.
 *
 * @example
 * ```ts
 * const actor = schedulerActor({ capacity })
 * system.spawn('scheduler', actor.factory)
 * system.tell(`${peerId}/scheduler`, { placeTask: { task, replyTo: taskActor } })
 * ```
 */
import type { ActorMessage } from '../../proto/index.ts'
import type { ActorContext, Behavior, BehaviorFactory } from '../../node/runtime/actors/behavior.ts'
import { address, parseAddress } from '../../node/runtime/actors/address.ts'
import { UserError } from '../../node/runtime/actors/errors.ts'
import { PlacementQueue, type SchedulerStats } from './queue.ts'
import { LoadView, type CapacityView, type SlotRole } from './view.ts'

export const SCHEDULER_NAME = 'scheduler'
/** The tick the role sends when the capacity view changed. */
export const CAPACITY_TICK = 'capacity'

export interface SchedulerOptions {
  /** a task whose host or repository no node announces is failed after this long (30 s) */
  unplaceableAfterMs?: number
  /** how long a granted lease waits for its task (30 s) */
  leaseTtlMs?: number
  /** how long a lease request waits for the node's answer (5 s) */
  askTimeoutMs?: number
  /** capacity entries older than this many periods are ignored (3) */
  missedPeriods?: number
  now?: () => number
}

export interface SchedulerActorInit extends SchedulerOptions {
  capacity: CapacityView
}

/** The factory to spawn, and a window on the running incarnation. */
export interface SchedulerActor {
  factory: BehaviorFactory
  /** stats of the current incarnation (zeros before it starts) */
  stats(): SchedulerStats
  /** tasks are waiting: a view change is worth a round */
  readonly busy: boolean
  /** stops the actor itself (it is spawned transient, so it stays stopped) */
  stop(): Promise<void>
}

const EMPTY_STATS: SchedulerStats = { queued: 0, placed: 0, failed: 0, refusals: 0, leaseRequests: 0, rounds: 0, longestWaitMs: 0, maxWaitedMs: 0 }

export function schedulerActor (init: SchedulerActorInit): SchedulerActor {
  let queue: PlacementQueue | undefined
  let context: ActorContext | undefined

  const factory: BehaviorFactory = () => {
    // fresh state per incarnation: a crash loses the waiting tasks (rounds catch their own errors, so receive is all that can crash)
    let q: PlacementQueue | undefined

    const behavior: Behavior = {
      started (ctx) {
        context = ctx
        q = queue = new PlacementQueue({
          view: new LoadView({ capacity: init.capacity, now: init.now, missedPeriods: init.missedPeriods }),
          now: init.now,
          log: ctx.log,
          unplaceableAfterMs: init.unplaceableAfterMs,
          leases: {
            async request (peerId, role, taskId) {
              // a node that leaves the view fails this ask at once (ActorSystem.peerLeft), so a
              // round does not wait out the timeout on a proxy killed after the request was sent
              const reply = await ctx.ask(address(peerId, role), {
                leaseRequest: { taskId, ttlMs: init.leaseTtlMs ?? 30_000, holder: ctx.self }
              }, init.askTimeoutMs ?? 5000)
              if (reply.leaseGrant != null) return { leaseId: reply.leaseGrant.leaseId ?? '' }
              if (reply.leaseRefusal != null) return { refused: reply.leaseRefusal.reason || `${role} ${peerId} refused` }
              return { refused: `${role} ${peerId} answered a lease request with something else` }
            },
            release (peerId, role, leaseId) {
              ctx.tell(address(peerId, role), { leaseRelease: { leaseId, peerId } })
            }
          },
          onPlaced (pending, placed) {
            ctx.log.info('task placed', { taskId: placed.taskId, proxy: placed.proxyPeer, repository: placed.repositoryPeer, mode: placed.mode, waitedMs: placed.waitedMs })
            ctx.tell(pending.replyTo, { taskPlaced: placed })
          },
          onFailed (pending, reason) {
            ctx.log.warn('task not placed', { taskId: pending.taskId, reason })
            ctx.tell(pending.replyTo, { placementFailed: { taskId: pending.taskId, reason } })
          }
        })
      },

      receive (msg: ActorMessage, ctx) {
        if (q == null) return
        if (msg.placeTask != null) {
          const place = msg.placeTask
          const taskId = place.task?.taskId ?? ''
          if (taskId === '' || !isAddress(place.replyTo ?? '')) {
            throw new UserError('ERR_BAD_PLACE_TASK', `PlaceTask for task '${taskId}' needs task.taskId and replyTo, the address of the task actor that gets TaskPlaced or PlacementFailed`)
          }
          q.add(place)
          kick(q, ctx)
          return
        }
        if (msg.cancelPlacement != null) {
          const dropped = q.cancel(msg.cancelPlacement.sessionId ?? '')
          if (dropped.length > 0) ctx.log.info('placements cancelled', { sessionId: msg.cancelPlacement.sessionId, tasks: dropped.length })
          return
        }
        if (msg.leaseRelease != null) {
          const peerId = msg.leaseRelease.peerId || senderPeer(ctx)
          if (peerId != null) q.slotReleased(peerId, senderRole(ctx), msg.leaseRelease.leaseId ?? '')
          kick(q, ctx)
          return
        }
        if (msg.tick != null && msg.tick.name === CAPACITY_TICK) {
          kick(q, ctx)
        }
        // everything else: { ok: {} } to an ask
      },

      stopped () {
        q?.close()
        if (queue === q) queue = undefined
      }
    }
    return behavior
  }

  return {
    factory,
    stats: () => queue?.stats() ?? { ...EMPTY_STATS },
    get busy () { return (queue?.size ?? 0) > 0 },
    async stop () { await context?.stop() }
  }
}

function kick (queue: PlacementQueue, ctx: ActorContext): void {
  queue.kick().catch((err: Error) => ctx.log.error('placement failed', { error: err.message }))
}

function isAddress (a: string): boolean {
  try {
    parseAddress(a)
    return true
  } catch {
    return false
  }
}

function senderPeer (ctx: ActorContext): string | undefined {
  try {
    return ctx.sender != null ? parseAddress(ctx.sender).peerId : undefined
  } catch {
    return undefined
  }
}

// a proxy and a repository on one node are told apart by the releasing actor's name
function senderRole (ctx: ActorContext): SlotRole | undefined {
  try {
    const name = ctx.sender != null ? parseAddress(ctx.sender).name.split('/')[0] : undefined
    return name === 'proxy' || name === 'repository' ? name : undefined
  } catch {
    return undefined
  }
}
