/**
 * @packageDocumentation
 * The proxy actor (`<peerId>/proxy`): grants and releases task slots, answers the manager's host
 * requests (inventory, snapshot, release: this node is the one that reaches the host), and starts
 * one data mover child per task assignment, returning at once so the mailbox stays free.
 *
 * @example
 * ```ts
 * system.spawn('proxy', proxyActor({ leases, libp2p }), { restart: 'permanent' })
 * await system.ask(`${peerId}/proxy`, { hostInventoryRequest: { host: { name: 'lab', type: 'file', path } } })
 * ```
 */
import type { Libp2p } from '@libp2p/interface'
import type { ActorMessage, HostSpec, TaskAssignment } from '../../proto/index.ts'
import type { BehaviorFactory } from '../../node/runtime/actors/behavior.ts'
import { UserError } from '../../node/runtime/actors/errors.ts'
import { messageKind } from '../../node/runtime/actors/message.ts'
import { answerLeaseMessage, type LeaseTable } from '../../node/runtime/leases.ts'
import { connectHost } from '../../node/hosts/connect-host.ts'
import type { HostConnector } from '../../node/hosts/host.ts'
import { dataMover } from './data-mover.ts'
import type { Recoveries } from './recoveries.ts'
import type { ReadMeters } from './read-meters.ts'
import type { NodeMetrics } from '../../node/runtime/metrics.ts'
import type { BulkLane } from '../../protocols/bulk-lane.ts'
import type { OrphanWatch } from './orphan-watch.ts'
import type { WireLimiter } from '../../node/core/shared-rate.ts'

export interface ProxyActorInit {
  leases: LeaseTable
  libp2p: Libp2p
  /** the connector for a host (connectHost) */
  connect?: (spec: HostSpec) => HostConnector
  /** bytes read by data movers, as they are read */
  onBytesRead?: (bytes: number) => void
  /** each running data mover's read rate; the proxy announces their sum */
  readMeters?: ReadMeters
  /** the daemon's Prometheus counters, handed to each data mover */
  metrics?: NodeMetrics
  /** blocks in flight per task (8) */
  concurrency?: number
  /** ms between a data mover's progress reports (1000) */
  progressIntervalMs?: number
  /** this node's bulk lane, offered to repositories for the blocks; undefined: libp2p only */
  lane?: BulkLane
  /** abandons the tasks of a manager that is gone */
  orphans?: OrphanWatch
  /** the limiter of a task's traffic to `peer` under its throttling rules (node/runtime/traffic.ts) */
  traffic?: (peer: string, rules: TaskAssignment['trafficRules']) => WireLimiter
  /** the instant recoveries this node runs (absent: it runs none) */
  recoveries?: Recoveries
}

export function proxyActor (init: ProxyActorInit): BehaviorFactory {
  const { leases } = init
  const connect = init.connect ?? connectHost

  return () => ({
    async receive (msg, ctx): Promise<ActorMessage | void> {
      const kind = messageKind(msg)
      const lease = answerLeaseMessage(leases, msg, ctx)
      if (lease !== undefined) return lease
      switch (kind) {
        case 'hostInventoryRequest': {
          const host = msg.hostInventoryRequest!.host ?? {}
          // a VM the host cannot describe travels with the inventory: the manager fails it by name
          return {
            hostInventory: await hostCall(`inventory of host "${host.name ?? ''}"`, async () => {
              const connector = connect(host)
              const vms = await connector.inventory()
              return { vms, problems: connector.problems.map((p) => ({ vm: p.vm ?? '', code: p.code, message: p.message, file: p.file ?? '' })) }
            })
          }
        }
        case 'snapshotRequest': {
          const r = msg.snapshotRequest!
          const host = r.host ?? {}
          const reply = await hostCall(`snapshot of VM "${r.vm ?? ''}" on host "${host.name ?? ''}"`,
            async () => await connect(host).snapshot(r.vm ?? '', r.sessionId ?? '', {
              kind: r.kind === 'fleece' ? 'fleece' : 'overlay',
              bases: r.bases ?? [],
              cbt: r.cbt !== false
            }))
          return { snapshotReply: reply }
        }
        case 'releaseRequest': {
          const r = msg.releaseRequest!
          const host = r.host ?? {}
          await hostCall(`release of snapshot ${r.snapshotId || `(session ${r.sessionId ?? ''})`} of VM "${r.vm ?? ''}" on host "${host.name ?? ''}"`, async () => {
            const connector = connect(host)
            // a manager that crashed mid-snapshot knows only the session: snapshot ids start with it
            const ids = r.snapshotId ? [r.snapshotId] : (await connector.leftovers()).filter((id) => r.sessionId && id.startsWith(`${r.sessionId}-`))
            for (const id of ids) await connector.release(r.vm ?? '', id, r.failed === true)
          })
          return { ok: {} }
        }
        case 'taskAssignment': {
          const assignment = msg.taskAssignment!
          const task = assignment.task ?? {}
          const taskId = task.taskId ?? ''
          const reportTo = assignment.reportTo ?? ''
          if (taskId === '' || reportTo === '') {
            throw new UserError('ERR_BAD_TASK', `a task assignment needs a task id and a reportTo address (got "${taskId}", "${reportTo}")`)
          }
          const name = `task-${taskId.replaceAll('/', '_')}`
          if (ctx.children().includes(`${ctx.self}/${name}`)) return { ok: {} } // a repeated assignment: already running
          if (!leases.claim(assignment.proxyLease ?? '', taskId)) {
            ctx.tell(reportTo, {
              taskResult: {
                taskId,
                ok: false,
                error: `proxy ${ctx.peerId} holds no lease ${assignment.proxyLease || '(none)'} for task ${taskId} (disk ${task.disk ?? 0} of VM "${task.vm ?? ''}"): it expired or was never granted; place the task again`,
                proxyPeer: ctx.peerId
              }
            })
            return { ok: {} }
          }
          ctx.spawn(name, dataMover({
            assignment,
            libp2p: init.libp2p,
            leases,
            onBytesRead: init.onBytesRead,
            readMeters: init.readMeters,
            metrics: init.metrics,
            concurrency: init.concurrency,
            lane: init.lane,
            orphans: init.orphans,
            traffic: init.traffic,
            progressIntervalMs: init.progressIntervalMs
          }), { restart: 'temporary' })
          return { ok: {} }
        }
        // a recovery that cannot start or be adopted (the repository not yet in view after a
        // restart, QEMU refusing) is the asker's answer: it crashed the proxy actor, which after
        // four tries was given up with every backup task it would have run
        case 'recoveryStart':
          return { recoveryInfo: await answered(async () => await recoveriesOf(init).start(msg.recoveryStart!), 'ERR_RECOVERY_FAILED') }
        case 'recoveryControl':
          return { recoveryList: { recoveries: await answered(async () => await recoveriesOf(init).control(msg.recoveryControl!), 'ERR_RECOVERY_FAILED') } }
        default:
          throw new UserError('ERR_UNEXPECTED_MESSAGE', `the proxy actor does not handle ${kind} messages`)
      }
    }
  })
}

function recoveriesOf (init: ProxyActorInit): Recoveries {
  if (init.recoveries === undefined) throw new UserError('ERR_RECOVERY_NO_EXPORTS', 'this node runs no instant recoveries: its daemon has nothing to serve point disks over NBD with')
  return init.recoveries
}

/** Runs a host connector call; its failure goes back to the asker as a UserError with its code. */
async function hostCall<T> (what: string, fn: () => Promise<T>): Promise<T> {
  return await answered(fn, 'ERR_HOST', what)
}

/**
 * Runs a request's work; its failure goes back to the asker as a UserError with its code (else
 * `fallback`), its message after "`what` failed: " when given.
 */
async function answered<T> (fn: () => Promise<T>, fallback: string, what?: string): Promise<T> {
  try {
    return await fn()
  } catch (err) {
    const e = err as Error & { code?: unknown }
    const code = typeof e.code === 'string' && e.code !== '' ? e.code : fallback
    const message = e.message ?? String(err)
    throw new UserError(code, what === undefined ? message : `${what} failed: ${message}`, { cause: err })
  }
}
