/**
 * @packageDocumentation
 * One run of a verify job, as a session: the manager finds the node holding the job's repository
 * in the capacity view, asks it for a verify pass over the points not verified within the job's
 * `older_than_days` (roles/repository/verify-due.ts), keeps its progress (MB/s, like a backup's)
 * in the session record, and ends with its report: every damaged point named with its bad blocks
 * in the log, the webhook told. A repository that stops answering fails the session instead of
 * leaving it running.
 *
 * Why a session: operators look for a health check where they look for backups (`session list`,
 * the dashboard, the webhook), and "never two runs of one job at once" holds for it as well.
 *
 * @example
 * ```ts
 * ctx.spawn('verify-1', verifySessionActor({ job, record, capacity, save, onEnd }), { restart: 'temporary' })
 * ```
 */
import type { ActorContext, Behavior } from '../../node/runtime/actors/behavior.ts'
import { address } from '../../node/runtime/actors/address.ts'
import { UserError } from '../../node/runtime/actors/errors.ts'
import { parseAddress } from '../../node/runtime/actors/address.ts'
import type { Capacity } from '../../protocols/capacity.ts'
import type { SessionRecord, VerifyJob, VerifyPassReport } from '../../proto/index.ts'
import { repositoryNodes, waitForNodes } from './mesh-view.ts'
import type { NotifyOptions } from './notify.ts'
import { SessionLog, short } from './session-log.ts'
import { notifySessionEnd } from './session-notify.ts'

export interface VerifySessionInit {
  job: VerifyJob
  record: SessionRecord
  capacity: Capacity
  save: (record: SessionRecord) => Promise<void>
  onEnd: (record: SessionRecord) => void
  /** how long to wait for the repository to show up in the view */
  discoveryTimeoutMs?: number
  /** a repository silent this long (no progress, no report) fails the session (10 min) */
  stallMs?: number
  notify?: NotifyOptions
}

const DEFAULT_STALL_MS = 10 * 60_000
/** Damaged points named one by one in the log; the rest are counted. */
const LOGGED_POINTS = 50

export function verifySessionActor (init: VerifySessionInit): () => Behavior {
  return () => {
    const log = new SessionLog(init.record, init.save)
    const { job } = init
    let timer: NodeJS.Timeout | undefined
    let ended = false
    let end: ((report: VerifyPassReport | Error) => void) | undefined
    const stallMs = init.stallMs ?? DEFAULT_STALL_MS
    const alive = (peer: string): void => {
      clearTimeout(timer)
      timer = setTimeout(() => end?.(new UserError('ERR_REPOSITORY_UNREACHABLE',
        `repository "${job.repository}" on node ${short(peer)} said nothing for ${Math.round(stallMs / 1000)} s during the verify; is its daemon running? (\`meshbackup status\`)`)), stallMs)
      timer.unref()
    }

    const finish = (report: VerifyPassReport | Error): void => {
      if (ended) return
      ended = true
      clearTimeout(timer)
      if (report instanceof Error) {
        log.fail(report.message)
        return
      }
      init.record.verifyReport = report
      const seconds = Math.max((report.durationMs ?? 0) / 1000, 0.001)
      log.line(`verified ${report.pointsChecked ?? 0} restore point(s) of repository ${job.repository} (${report.pointsSkipped ?? 0} verified within ${job.olderThanDays ?? 0} days skipped): ` +
        `read ${report.blocksChecked ?? 0} distinct blocks, ${mb(report.bytesChecked)} MB raw at ${(mb(report.bytesChecked) / seconds).toFixed(1)} MB/s (${mb(report.bytesRead)} MB stored)`)
      const damaged = report.damagedPoints ?? []
      for (const d of damaged.slice(0, LOGGED_POINTS)) {
        log.fail(`restore point ${d.pointId} of VM ${d.vm} is damaged: ${d.badBlocks ?? 0} bad block(s); ${(d.problems ?? [])[0] ?? ''}`)
      }
      if (damaged.length > LOGGED_POINTS) log.fail(`… and ${damaged.length - LOGGED_POINTS} more damaged restore points (\`meshbackup points list\`)`)
      if (damaged.length > 0) {
        log.line(`${report.badBlocks ?? 0} bad block(s) are marked: the next backup of each VM sends them again, which repairs its points; until then they restore only with --allow-damaged`)
      }
      for (const p of report.problems ?? []) log.fail(p)
    }

    const run = async (ctx: ActorContext): Promise<void> => {
      log.line(`session ${init.record.id} of verify job ${job.name} started on manager ${ctx.peerId}${init.record.trigger && init.record.trigger !== 'manual' ? ` (${init.record.trigger === 'missed' ? 'a scheduled run missed while the manager was down' : `schedule "${job.schedule}"`})` : ''}`)
      try {
        const nodes = await waitForNodes(init.capacity, () => repositoryNodes(init.capacity, job.repository ?? ''), init.discoveryTimeoutMs ?? 15_000,
          () => new UserError('ERR_REPOSITORY_UNREACHABLE', `repository "${job.repository}" is unreachable: no node has announced it; is its daemon running, and is it a member of this mesh?`), ctx.signal)
        const outcome = new Promise<VerifyPassReport | Error>((resolve) => { end = resolve })
        alive(nodes[0]!)
        await ctx.ask(address(nodes[0]!, 'repository'), { verifyPassRequest: { repository: job.repository, olderThanDays: job.olderThanDays ?? 0, verifyJob: job.name } }, 30_000)
        finish(await outcome)
      } catch (err) {
        finish(err as Error)
      }
      log.finish()
      await log.flush()
      init.onEnd(init.record)
      await notifySessionEnd({ name: job.name, notify: job.notify }, init.record, log, { ...init.notify, signal: ctx.signal })
      void ctx.stop()
    }

    return {
      started (ctx) { void run(ctx) },
      stopped () { clearTimeout(timer) },
      receive (msg, ctx) {
        const from = ctx.sender == null ? '' : parseAddress(ctx.sender).peerId
        if (msg.verifyPassProgress != null) {
          init.record.verifyProgress = msg.verifyPassProgress
          alive(from)
          log.progressed()
        }
        if (msg.verifyPassReport != null) end?.(msg.verifyPassReport)
      }
    }
  }
}

function mb (bytes: number | null | undefined): number {
  return Math.round((bytes ?? 0) / 1e5) / 10
}
