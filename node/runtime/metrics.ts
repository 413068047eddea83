/**
 * @packageDocumentation
 * The daemon's Prometheus metrics: one prom-client Registry per daemon (several daemons may share
 * a process in tests), every name prefixed `meshbackup_`. The data path counts into the counters
 * as blocks move; the gauges are read from the capacity view (and the scheduler, when this node
 * has that role) at scrape time, so they never go stale. A role may register its own metrics in
 * `registry`: the manager's per-job gauges (roles/manager/job-metrics.ts) live there.
 *
 * @example
 * ```ts
 * const metrics = createMetrics({ peerId, capacity })
 * metrics.bytesRead.inc(1 << 20)
 * res.setHeader('content-type', metrics.contentType)
 * res.end(await metrics.text())
 * ```
 */
import { Counter, Gauge, Histogram, Registry } from 'prom-client'
import type { CapacityEntry } from '../../protocols/capacity.ts'

/** What the scheduler role reports, for its gauges (roles/scheduler SchedulerStats fits). */
export interface SchedulerGaugeStats {
  queued: number
  placed: number
  failed: number
  refusals: number
  longestWaitMs: number
}

export interface MetricsInit {
  /** this node: its own announcement gives the active tasks */
  peerId: string
  capacity: { entries(): CapacityEntry[] }
  /** the scheduler's counters when this node runs that role */
  scheduler?: () => SchedulerGaugeStats
}

export interface NodeMetrics {
  readonly registry: Registry
  /** the Content-Type of `text()` (Prometheus text format) */
  readonly contentType: string
  /** bytes of disk a proxy read */
  readonly bytesRead: Counter
  /** payload bytes a proxy sent on data pipes (after compression) */
  readonly bytesSent: Counter
  /** new bytes a repository wrote to its packs */
  readonly bytesStored: Counter
  /** blocks a repository already held, so did not store again */
  readonly blocksDeduplicated: Counter
  /** zero blocks a proxy never sent as data */
  readonly zeroBlocksSkipped: Counter
  /** attempts on locked restore points this node's repository refused, by action (delete | overwrite | lower) */
  readonly lockRefusals: Counter<'action'>
  /** seconds one task took on this node, by role (proxy | repository) and result (ok | failed) */
  readonly taskDuration: Histogram<'role' | 'result'>
  /** restore points of this node's repository that are damaged (bad blocks a verify found, or an unreadable manifest); set by the repository role */
  readonly damagedPoints: Gauge<'repository'>
  text(): Promise<string>
}

const ROLES_WITH_SLOTS = ['proxy', 'repository'] as const

export function createMetrics (init: MetricsInit): NodeMetrics {
  const registry = new Registry()
  const registers = [registry]
  const counter = (name: string, help: string): Counter => new Counter({ name: `meshbackup_${name}`, help, registers })

  const bytesRead = counter('bytes_read_total', 'Bytes of disk read by this node\'s proxy.')
  const bytesSent = counter('bytes_sent_total', 'Payload bytes sent on data pipes by this node\'s proxy (compressed).')
  const bytesStored = counter('bytes_stored_total', 'New bytes written to packs by this node\'s repository.')
  const blocksDeduplicated = counter('blocks_deduplicated_total', 'Blocks this node\'s repository already held and did not store again.')
  const zeroBlocksSkipped = counter('zero_blocks_skipped_total', 'Zero blocks this node\'s proxy did not send as data.')
  const lockRefusals = new Counter({
    name: 'meshbackup_locked_point_refusals_total',
    help: 'Attempts to delete, overwrite or unlock locked restore points that this node\'s repository refused, whoever asked.',
    labelNames: ['action'] as const,
    registers
  })
  const taskDuration = new Histogram({
    name: 'meshbackup_task_duration_seconds',
    help: 'Seconds one backup task (one disk) took on this node.',
    labelNames: ['role', 'result'] as const,
    buckets: [0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600, 1800, 3600, 7200],
    registers
  })

  const damagedPoints = new Gauge({
    name: 'meshbackup_damaged_points',
    help: 'Restore points of this node\'s repository that cannot be restored whole: blocks a verify found bad (until a backup repairs them), or an unreadable manifest.',
    labelNames: ['repository'] as const,
    registers
  })
  new Gauge({
    name: 'meshbackup_active_tasks',
    help: 'Tasks this node runs now (slots leased), per role.',
    labelNames: ['role'] as const,
    registers,
    collect () {
      this.reset()
      const own = init.capacity.entries().find((e) => e.announcement.peerId === init.peerId)?.announcement
      for (const role of ROLES_WITH_SLOTS) {
        const section = own?.[role]
        if (section != null) this.set({ role }, section.active ?? 0)
      }
    }
  })
  new Gauge({
    name: 'meshbackup_slots',
    help: 'Task slots each node of the capacity view announces, per role.',
    labelNames: ['peer', 'role'] as const,
    registers,
    collect () {
      this.reset()
      for (const { announcement: a } of init.capacity.entries()) {
        for (const role of ROLES_WITH_SLOTS) {
          const section = a[role]
          if (section != null) this.set({ peer: a.peerId ?? '', role }, section.slots ?? 0)
        }
      }
    }
  })
  new Gauge({
    name: 'meshbackup_capacity_entry_age_seconds',
    help: 'Seconds since the last announcement of each node in the capacity view arrived.',
    labelNames: ['peer'] as const,
    registers,
    collect () {
      this.reset()
      const now = Date.now()
      for (const entry of init.capacity.entries()) this.set({ peer: entry.announcement.peerId ?? '' }, (now - entry.receivedAt) / 1000)
    }
  })
  if (init.scheduler != null) {
    const stats = init.scheduler
    new Gauge({
      name: 'meshbackup_scheduler_tasks',
      help: 'Tasks of this scheduler: waiting (queued), placed and failed since start.',
      labelNames: ['state'] as const,
      registers,
      collect () {
        const s = stats()
        this.set({ state: 'queued' }, s.queued)
        this.set({ state: 'placed' }, s.placed)
        this.set({ state: 'failed' }, s.failed)
      }
    })
    new Gauge({
      name: 'meshbackup_scheduler_lease_refusals',
      help: 'Leases refused or not answered since the scheduler started.',
      registers,
      collect () { this.set(stats().refusals) }
    })
    new Gauge({
      name: 'meshbackup_scheduler_longest_wait_seconds',
      help: 'How long the oldest waiting task has waited for a slot.',
      registers,
      collect () { this.set(stats().longestWaitMs / 1000) }
    })
  }

  return {
    registry,
    contentType: registry.contentType,
    bytesRead,
    bytesSent,
    bytesStored,
    blocksDeduplicated,
    zeroBlocksSkipped,
    lockRefusals,
    taskDuration,
    damagedPoints,
    text: async () => await registry.metrics()
  }
}
