/**
 * @packageDocumentation
 * The retention step that ends a session that did not fail: the job's points are listed on every
 * node of its repository, the policy (retention.ts) judges them per VM, and each node is asked to
 * delete its expired ones (those within their lock period wait, and the log says until when). Every verdict is written to the session log with its reasons. A step
 * that fails costs a warning, never the session: retention runs again after the next one.
 *
 * @example
 * ```ts
 * if (!keepsEverything(job.retention)) await retainPoints(ctx, job, repositoryNodes, log)
 * ```
 */
import type { Job, PointSummary } from '../../proto/index.ts'
import type { ActorContext } from '../../node/runtime/actors/behavior.ts'
import { address } from '../../node/runtime/actors/address.ts'
import { listPoints } from './repository-points.ts'
import { applyRetention } from './retention.ts'
import type { SessionLog } from './session-log.ts'

/**
 * Deletes the job's points its retention lets go, on the nodes of the repository that hold them.
 * A VM's points may be on several nodes of one repository name: the policy counts them all.
 */
export async function retainPoints (ctx: Pick<ActorContext, 'ask'>, job: Job, nodes: string[], log: SessionLog): Promise<void> {
  const policy = describeRetention(job)
  let points: PointSummary[]
  try {
    points = await listPoints(ctx, job, nodes)
  } catch (err: any) {
    log.warn(`retention (${policy}): listing the points of job ${job.name} failed: ${err.message}; nothing deleted, retention runs again after the next session`)
    return
  }
  const verdicts = applyRetention(points, job.retention, Date.now())
  for (const v of verdicts) {
    const kept = v.kept.map((k) => `${k.point.id} (${k.reasons.join(', ')})`)
    log.line(`retention (${policy}): VM ${v.vm}: keeps ${v.kept.length} point(s): ${few(kept)}; ${v.expired.length > 0 ? `expired: ${few(v.expired.map((p) => p.id ?? ''))}` : 'none expired'}`)
  }
  // a point within its lock is not asked for: the repository would refuse it (and count an
  // attempt); it expires on a later run, once its unlock date has passed
  const now = Date.now()
  const locked = (p: PointSummary): boolean => (p.lockUntilMs ?? 0) > now
  const due = verdicts.flatMap((v) => v.expired)
  const waiting = due.filter(locked)
  if (waiting.length > 0) {
    log.line(`retention: ${waiting.length} expired point(s) wait for their unlock date: ${few(waiting.map((p) => `${p.id ?? ''} (locked until ${new Date(p.lockUntilMs ?? 0).toISOString()})`))}`)
  }
  const expired = due.filter((p) => !locked(p))
  for (const node of nodes) {
    const here = expired.filter((p) => p.repositoryPeer === node).map((p) => p.id ?? '')
    if (here.length > 0) await deletePoints(ctx, job, node, here, log)
  }
}

async function deletePoints (ctx: Pick<ActorContext, 'ask'>, job: Job, node: string, expired: string[], log: SessionLog): Promise<void> {
  try {
    const reply = await ctx.ask(address(node, 'repository'), { deletePoints: { pointIds: expired } }, 120_000)
    if (reply.pointsDeleted == null) throw new Error('the repository answered without saying what it deleted')
    const deleted = reply.pointsDeleted.deleted ?? []
    const kept = reply.pointsDeleted.kept ?? []
    log.line(`retention: repository ${job.repository} deleted ${deleted.length} expired point(s)${deleted.length > 0 ? `: ${few(deleted)}` : ''}`)
    // the repository keeps a point a restore or an incremental is using; it goes next time
    for (const k of kept) log.line(`retention: repository ${job.repository} kept ${k}`)
  } catch (err: any) {
    log.warn(`retention: deleting ${expired.length} expired point(s) failed: ${err.message}; retention runs again after the next session`)
  }
}

function describeRetention (job: Job): string {
  const r = job.retention ?? {}
  const parts = [
    r.keepLast ? `last ${r.keepLast}` : '',
    r.keepDays ? `${r.keepDays} day(s)` : '',
    r.weekly ? `${r.weekly} weekly` : '',
    r.monthly ? `${r.monthly} monthly` : ''
  ].filter((p) => p !== '')
  return `keep ${parts.join(' + ')}`
}

/** A list for a log line: the first ten, then how many more. */
function few (items: string[], max = 10): string {
  return items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} and ${items.length - max} more`
}
