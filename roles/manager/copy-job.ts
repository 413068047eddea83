/**
 * @packageDocumentation
 * One run of a copy job, as a session: the manager lists the points of the source repository
 * (filtered by the job's backup job and VM) and those the target holds already, and asks the
 * target repository node to copy the others from the source node holding them (it pulls over
 * block fetch: roles/repository/copy-run.ts). It keeps the target's progress (MB/s, ETA) in the
 * session record, names every point not copied and why, and succeeds only when every selected
 * point is on the target. The target's own GFS retention (the copy job's `--keep-*`) then runs
 * over the copied points, per backup job and VM, as a backup session's does.
 *
 * @example
 * ```ts
 * ctx.spawn('session-7', copySessionActor({ job, record, capacity, save, onEnd }), { restart: 'temporary' })
 * ```
 */
import type { ActorContext, Behavior } from '../../node/runtime/actors/behavior.ts'
import { address, parseAddress } from '../../node/runtime/actors/address.ts'
import { UserError } from '../../node/runtime/actors/errors.ts'
import type { Capacity } from '../../protocols/capacity.ts'
import type { CopyJob, CopyReport, PointSummary, SessionRecord, TrafficRuleWire } from '../../proto/index.ts'
import { repositoryNodes, waitForNodes } from './mesh-view.ts'
import type { NotifyOptions } from './notify.ts'
import type { ThrottleRules } from './throttle-rules.ts'
import { keepsEverything, selectExpired } from './retention.ts'
import { retainPoints } from './session-retention.ts'
import { SessionLog, short } from './session-log.ts'
import { notifySessionEnd } from './session-notify.ts'

export interface CopySessionInit {
  job: CopyJob
  record: SessionRecord
  capacity: Capacity
  save: (record: SessionRecord) => Promise<void>
  onEnd: (record: SessionRecord) => void
  /** how long to wait for the repositories to show up in the view */
  discoveryTimeoutMs?: number
  /** a target silent this long (no progress, no report) fails the session (10 min) */
  stallMs?: number
  notify?: NotifyOptions
  /** the throttling rules for traffic from a source to the target, each with this pair's share of its rate */
  throttle?: Pick<ThrottleRules, 'assign' | 'release'>
}

const DEFAULT_STALL_MS = 10 * 60_000
/** Failed points named one by one in the log; the rest are counted. */
const LOGGED_FAILURES = 50

export function copySessionActor (init: CopySessionInit): () => Behavior {
  return () => {
    const log = new SessionLog(init.record, init.save)
    const { job } = init
    let timer: NodeJS.Timeout | undefined
    let end: ((report: CopyReport | Error) => void) | undefined
    const stallMs = init.stallMs ?? DEFAULT_STALL_MS
    const alive = (peer: string): void => {
      clearTimeout(timer)
      timer = setTimeout(() => end?.(new UserError('ERR_REPOSITORY_UNREACHABLE',
        `repository "${job.to}" on node ${short(peer)} said nothing for ${Math.round(stallMs / 1000)} s during the copy; is its daemon running? (\`meshbackup status\`) The next run resumes where this one stopped`)), stallMs)
      timer.unref()
    }
    const nodesOf = async (name: string, ctx: ActorContext): Promise<string[]> => await waitForNodes(init.capacity, () => repositoryNodes(init.capacity, name), init.discoveryTimeoutMs ?? 15_000,
      () => new UserError('ERR_REPOSITORY_UNREACHABLE', `repository "${name}" is unreachable: no node has announced it; is its daemon running, and is it a member of this mesh?`), ctx.signal)
    const pointsOn = async (nodes: string[], ctx: ActorContext): Promise<PointSummary[]> => {
      const lists = await Promise.all(nodes.map(async (node) => {
        const reply = await ctx.ask(address(node, 'repository'), { pointsListRequest: { job: job.job ?? '', vm: job.vm ?? '' } }, 30_000)
        return (reply.pointsList?.points ?? []).map((p) => ({ ...p, repositoryPeer: p.repositoryPeer || node }))
      }))
      return lists.flat()
    }

    /** Asks the target to copy `points` from `source`, and waits for its report. */
    const copyFrom = async (ctx: ActorContext, target: string, source: string, points: PointSummary[]): Promise<CopyReport | Error> => {
      const outcome = new Promise<CopyReport | Error>((resolve) => { end = resolve })
      alive(target)
      const flow = `copy-${init.record.id ?? ''}-${source}`
      try {
        await ctx.ask(address(target, 'repository'), {
          copyRunRequest: {
            copyJob: job.name,
            sessionId: init.record.id,
            sourceRepository: job.from,
            sourcePeer: source,
            targetRepository: job.to,
            pointIds: points.map((p) => p.id ?? ''),
            // the job's own --rate travels as one more rule: the source's limiter takes the lowest
            trafficRules: [...init.throttle?.assign(flow, source, target) ?? [], ...jobRate(job)]
          }
        }, 30_000)
        const report = await outcome
        clearTimeout(timer)
        return report
      } finally {
        init.throttle?.release(flow)
      }
    }

    const tell = (report: CopyReport, total: CopyReport): void => {
      total.copied!.push(...report.copied ?? [])
      total.failed!.push(...report.failed ?? [])
      total.problems!.push(...report.problems ?? [])
      total.blocksFetched = (total.blocksFetched ?? 0) + (report.blocksFetched ?? 0)
      total.bytesFetched = (total.bytesFetched ?? 0) + (report.bytesFetched ?? 0)
      total.blocksPresent = (total.blocksPresent ?? 0) + (report.blocksPresent ?? 0)
      total.durationMs = (total.durationMs ?? 0) + (report.durationMs ?? 0)
      total.repositoryPeer = report.repositoryPeer
      for (const c of report.copied ?? []) log.point(c.pointId ?? '')
    }

    const run = async (ctx: ActorContext): Promise<void> => {
      const filter = [job.job ? `job ${job.job}` : '', job.vm ? `VM ${job.vm}` : ''].filter((s) => s !== '').join(', ')
      log.line(`session ${init.record.id} of copy job ${job.name} started on manager ${ctx.peerId}: repository ${job.from} → ${job.to}${filter ? ` (${filter})` : ''}` +
        `${init.record.trigger && init.record.trigger !== 'manual' ? ` (${init.record.trigger === 'missed' ? 'a scheduled run missed while the manager was down' : `schedule "${job.schedule}"`})` : ''}`)
      const total: CopyReport = { repository: job.to, copied: [], failed: [], problems: [], blocksFetched: 0, bytesFetched: 0, blocksPresent: 0, durationMs: 0 }
      try {
        const [sources, targets] = await Promise.all([nodesOf(job.from ?? '', ctx), nodesOf(job.to ?? '', ctx)])
        const [have, held] = await Promise.all([pointsOn(sources, ctx), pointsOn(targets, ctx)])
        const there = new Set(held.map((p) => p.id ?? ''))
        const absent = have.filter((p) => !there.has(p.id ?? ''))
        // a point the target's retention would let go at once is not copied (else every run would
        // copy it again and delete it again)
        const expired = new Set<string>()
        if (!keepsEverything(job.retention)) {
          for (const name of new Set(absent.map((p) => p.job ?? ''))) {
            const all = [...held, ...absent].filter((p) => (p.job ?? '') === name)
            for (const id of selectExpired(all, job.retention, Date.now())) expired.add(id)
          }
        }
        const missing = absent.filter((p) => !expired.has(p.id ?? '')).sort((a, b) => (a.createdAtMs ?? 0) - (b.createdAtMs ?? 0))
        log.line(`repository ${job.from} holds ${have.length} selected restore point(s); ${have.length - absent.length} are on ${job.to} already, ` +
          `${expired.size > 0 ? `${expired.size} older than the target's retention keeps, ` : ''}${missing.length} to copy`)
        // one target node receives the copies (a name served by several nodes: the first)
        const target = targets[0]!
        for (const source of [...new Set(missing.map((p) => p.repositoryPeer ?? ''))]) {
          const points = missing.filter((p) => p.repositoryPeer === source)
          log.line(`node ${short(target)} copies ${points.length} point(s) from node ${short(source)}`)
          const report = await copyFrom(ctx, target, source, points)
          if (report instanceof Error) throw report
          tell(report, total)
        }
        init.record.copyReport = total
        const seconds = Math.max((total.durationMs ?? 0) / 1000, 0.001)
        log.line(`copied ${total.copied!.length} restore point(s) to ${job.to}: fetched ${total.blocksFetched} block(s), ${mb(total.bytesFetched)} MB at ${(mb(total.bytesFetched) / seconds).toFixed(1)} MB/s; ` +
          `${total.blocksPresent} block(s) were on the target already and did not move`)
        for (const f of total.failed!.slice(0, LOGGED_FAILURES)) log.fail(`restore point ${f.pointId} not copied (${f.code}): ${f.message}`)
        if (total.failed!.length > LOGGED_FAILURES) log.fail(`… and ${total.failed!.length - LOGGED_FAILURES} more restore points not copied`)
        for (const p of total.problems!) log.fail(p)
        if (log.outcome() !== 'failed' && !keepsEverything(job.retention)) {
          // the target's own retention, per backup job (retention judges each VM's points)
          const jobs = [...new Set([...held, ...missing].map((p) => p.job ?? ''))].filter((j) => j !== '')
          for (const name of jobs) await retainPoints(ctx, { name, repository: job.to, retention: job.retention }, targets, log)
        }
      } catch (err) {
        init.record.copyReport = total
        log.fail((err as Error).message)
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
        if (msg.copyProgress != null) {
          init.record.copyProgress = msg.copyProgress
          alive(from)
          log.progressed()
        }
        if (msg.copyReport != null) end?.(msg.copyReport)
      }
    }
  }
}

function mb (bytes: number | null | undefined): number {
  return Math.round((bytes ?? 0) / 1e5) / 10
}

/** A copy job's --rate as a rule over every pair, shared by the run's streams on the source. */
function jobRate (job: CopyJob): TrafficRuleWire[] {
  const rateBps = Number(job.rateLimitBps ?? 0)
  // a rule name is [A-Za-z0-9_-]: the session and the source's log name it
  return rateBps > 0 ? [{ name: `copy-job-${job.name ?? ''}`.slice(0, 64), from: 'any', to: 'any', days: '', hours: '', rateBps, timeZone: 'UTC' }] : []
}
