/**
 * @packageDocumentation
 * The data mover: a temporary child of the proxy actor (`<peerId>/proxy/task-<taskId>`), one per
 * task. It moves the disk (see disk-move.ts), tells the manager's task actor its progress every
 * second and its result at the end, gives back the proxy's lease (telling the lease's holder),
 * and stops itself. It never throws: a failure becomes a TaskResult with ok = false whose error
 * names the VM, the disk and the cause; stopping the actor cancels the move.
 *
 * @example
 * ```ts
 * ctx.spawn(`task-${taskId}`, dataMover({ assignment, libp2p, leases, proxyPeer }), { restart: 'temporary' })
 * ```
 */
import type { Libp2p } from '@libp2p/interface'
import type { TaskAssignment, TaskResult } from '../../proto/index.ts'
import type { BehaviorFactory, ActorContext } from '../../node/runtime/actors/behavior.ts'
import { address } from '../../node/runtime/actors/address.ts'
import type { LeaseTable } from '../../node/runtime/leases.ts'
import { DiskMove } from './disk-move.ts'
import type { NodeMetrics } from '../../node/runtime/metrics.ts'
import type { BulkLane } from '../../protocols/bulk-lane.ts'
import type { ReadMeters } from './read-meters.ts'
import type { OrphanWatch } from './orphan-watch.ts'
import type { WireLimiter } from '../../node/core/shared-rate.ts'
import { throttleWaits } from '../../node/runtime/traffic.ts'

export interface DataMoverInit {
  assignment: TaskAssignment
  libp2p: Libp2p
  /** the proxy's lease table: the task's lease is released here at the end */
  leases: LeaseTable
  /** bytes read, as they are read */
  onBytesRead?: (bytes: number) => void
  /** the proxy's meters: this task's read rate counts in the proxy's throughput while it runs */
  readMeters?: ReadMeters
  /** the daemon's Prometheus counters */
  metrics?: NodeMetrics
  /** ms between progress reports (1000) */
  progressIntervalMs?: number
  /** blocks in flight (8) */
  concurrency?: number
  /** this node's bulk lane, offered to the repository for the blocks; undefined: libp2p only */
  lane?: BulkLane
  /** aborts the move when the manager the task reports to is gone */
  orphans?: OrphanWatch
  /** the limiter of the task's traffic to `peer` under its throttling rules */
  traffic?: (peer: string, rules: TaskAssignment['trafficRules']) => WireLimiter
}

export function dataMover (init: DataMoverInit): BehaviorFactory {
  return () => ({
    started (ctx) {
      // in the background: the mailbox stays open and stopping the actor aborts ctx.signal
      void run(ctx, init)
    },
    receive () {}
  })
}

async function run (ctx: ActorContext, init: DataMoverInit): Promise<void> {
  const { assignment } = init
  const task = assignment.task ?? {}
  const taskId = task.taskId ?? ''
  const reportTo = assignment.reportTo ?? ''
  const repositoryPeer = assignment.repositoryPeer ?? ''
  const tell = (msg: Parameters<ActorContext['tell']>[1]): void => {
    if (reportTo === '') return
    try {
      ctx.tell(reportTo, msg)
    } catch (err) {
      ctx.log.warn('cannot report to the task actor', { reportTo, error: (err as Error).message })
    }
  }
  const meter = init.readMeters?.start()
  // reportTo is `<manager peer>/…`: a task whose manager is gone is nobody's to commit
  const watched = init.orphans?.watch(reportTo.split('/')[0] ?? '')
  const limiter = (assignment.trafficRules ?? []).length > 0 ? init.traffic?.(repositoryPeer, assignment.trafficRules) : undefined
  const move = new DiskMove({
    libp2p: init.libp2p,
    task,
    repositoryPeer,
    repositoryLease: assignment.repositoryLease ?? '',
    signal: watched === undefined ? ctx.signal : AbortSignal.any([ctx.signal, watched.signal]),
    concurrency: init.concurrency,
    lane: init.lane,
    limiter,
    onBytesRead: (bytes) => {
      meter?.add(bytes)
      init.onBytesRead?.(bytes)
    },
    metrics: init.metrics
  })
  // while it runs, durationMs says how long the mover has been at it, so the manager's rate of
  // a running disk is bytes and time of one moment
  const started = performance.now()
  const progress = setInterval(() => {
    tell({ taskProgress: { taskId, stats: { ...move.stats, durationMs: Math.round(performance.now() - started) }, blocksDone: move.blocksDone } })
  }, init.progressIntervalMs ?? 1000)
  progress.unref()

  let result: TaskResult
  try {
    const moved = await move.run()
    result = { taskId, ok: true, error: '', warnings: moved.warnings, notes: moved.notes, stats: moved.stats, stagedId: moved.stagedId, proxyPeer: ctx.peerId, mode: moved.mode }
    ctx.log.info('disk moved', { taskId, vm: task.vm, disk: task.disk, ...moved.stats })
  } catch (err) {
    result = { taskId, ok: false, error: (err as Error).message, warnings: move.warnings, notes: move.notes, stats: { ...move.stats }, stagedId: '', proxyPeer: ctx.peerId }
    ctx.log.warn('disk move failed', { taskId, vm: task.vm, disk: task.disk, error: (err as Error).message })
    // the repository releases its lease once it saw the pipe; before that, nobody would
    if (!move.pipeOpened && repositoryPeer !== '' && (assignment.repositoryLease ?? '') !== '') {
      try {
        ctx.tell(address(repositoryPeer, 'repository'), { leaseRelease: { leaseId: assignment.repositoryLease, peerId: repositoryPeer } })
      } catch (tellErr) {
        ctx.log.warn('cannot give the repository lease back', { repositoryPeer, error: (tellErr as Error).message })
      }
    }
  } finally {
    clearInterval(progress)
    meter?.end()
    watched?.done()
    limiter?.close()
  }
  if (limiter !== undefined) result.throttled = throttleWaits(limiter, assignment.trafficRules)
  tell({ taskProgress: { taskId, stats: { ...move.stats }, blocksDone: move.blocksDone } })
  tell({ taskResult: result })

  const leaseId = assignment.proxyLease ?? ''
  const released = init.leases.release(leaseId)
  if (released?.holder !== undefined) {
    try {
      ctx.tell(released.holder, { leaseRelease: { leaseId, peerId: ctx.peerId } })
    } catch (err) {
      ctx.log.warn('cannot tell the lease holder', { holder: released.holder, error: (err as Error).message })
    }
  }
  await ctx.stop()
}
