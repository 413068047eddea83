/**
 * @packageDocumentation
 * Which restore points a job's retention policy lets go. Pure: points, policy and "now" in, the
 * verdict out, so the rule can be tested without a repository.
 *
 * The rule (GFS), applied to each VM's points separately, all calendar arithmetic in UTC: a point
 * is kept when it is
 * - one of the newest `keepLast` points of its VM, or
 * - younger than `keepDays` days (created after now − keepDays × 24 h), or
 * - the newest point of its ISO week (Monday 00:00 UTC to Monday), for the `weekly` most recent
 *   calendar weeks counting the current one (weekly 4: this week and the three before), or
 * - the newest point of its calendar month, for the `monthly` most recent months counting the
 *   current one.
 * The newest point of a VM is always kept, and a policy that is all zero keeps everything. A
 * damaged point (its manifest cannot be read) is kept and not counted.
 * Every other point expires. The repository may still refuse to delete an expired point that a
 * restore or an incremental uses; it reports those as kept.
 *
 * @example
 * ```ts
 * const ids = selectExpired(points, { keepLast: 2 }, Date.now())
 * ```
 */
import type { PointSummary, Retention } from '../../proto/index.ts'

const DAY_MS = 24 * 60 * 60 * 1000
const WEEK_MS = 7 * DAY_MS

/** The verdict on one VM's points: which expire, and why each kept point stays. */
export interface RetentionVerdict {
  vm: string
  expired: PointSummary[]
  kept: Array<{ point: PointSummary, reasons: string[] }>
}

/** True when the policy keeps every point (nothing to apply). */
export function keepsEverything (retention: Retention | null | undefined): boolean {
  const r = retention ?? {}
  return !(r.keepLast ?? 0) && !(r.keepDays ?? 0) && !(r.weekly ?? 0) && !(r.monthly ?? 0)
}

/** The ids of the points the policy lets go, over every VM in `points`. */
export function selectExpired (points: PointSummary[], retention: Retention | null | undefined, now: number): string[] {
  return applyRetention(points, retention, now).flatMap((v) => v.expired.map((p) => p.id ?? ''))
}

/** The verdict per VM (VMs in name order, points newest first). */
export function applyRetention (points: PointSummary[], retention: Retention | null | undefined, now: number): RetentionVerdict[] {
  const byVm = new Map<string, PointSummary[]>()
  for (const p of points) {
    const vm = p.vm ?? ''
    byVm.set(vm, [...(byVm.get(vm) ?? []), p])
  }
  return [...byVm.keys()].sort().map((vm) => {
    // a damaged point cannot be restored: it neither counts towards the policy (so a damaged newest
    // point never lets the last good one go) nor is deleted by it (it stays for inspection until
    // someone forgets it)
    const all = byVm.get(vm)!
    const verdict = judgeVm(vm, all.filter((p) => p.damaged !== true), retention ?? {}, now)
    for (const p of all) if (p.damaged === true) verdict.kept.push({ point: p, reasons: ['damaged: not counted, forget it by hand'] })
    return verdict
  })
}

function judgeVm (vm: string, points: PointSummary[], r: Retention, now: number): RetentionVerdict {
  // newest first; equal times fall back to the id so the verdict does not depend on input order
  const sorted = [...points].sort((a, b) => (b.createdAtMs ?? 0) - (a.createdAtMs ?? 0) || (b.id ?? '').localeCompare(a.id ?? ''))
  const reasons = new Map<PointSummary, string[]>(sorted.map((p) => [p, []]))
  const keep = (p: PointSummary, why: string): void => { reasons.get(p)!.push(why) }
  if (keepsEverything(r)) {
    for (const p of sorted) keep(p, 'retention keeps everything')
  } else {
    const keepLast = r.keepLast ?? 0
    const keepDays = r.keepDays ?? 0
    const weekly = r.weekly ?? 0
    const monthly = r.monthly ?? 0
    if (sorted.length > 0) keep(sorted[0]!, 'newest')
    for (let i = 0; i < Math.min(keepLast, sorted.length); i++) keep(sorted[i]!, `last ${keepLast}`)
    if (keepDays > 0) {
      for (const p of sorted) if ((p.createdAtMs ?? 0) > now - keepDays * DAY_MS) keep(p, `younger than ${keepDays} day(s)`)
    }
    const nowWeek = weekStart(now)
    const nowMonth = monthIndex(now)
    const seenWeeks = new Set<number>()
    const seenMonths = new Set<number>()
    for (const p of sorted) {
      const at = p.createdAtMs ?? 0
      const week = weekStart(at)
      // sorted newest first: the first point met in a period is that period's newest
      if (weekly > 0 && !seenWeeks.has(week) && (nowWeek - week) / WEEK_MS < weekly) keep(p, `weekly ${isoWeek(at)}`)
      seenWeeks.add(week)
      const month = monthIndex(at)
      if (monthly > 0 && !seenMonths.has(month) && nowMonth - month < monthly) keep(p, `monthly ${new Date(at).toISOString().slice(0, 7)}`)
      seenMonths.add(month)
    }
  }
  const verdict: RetentionVerdict = { vm, expired: [], kept: [] }
  for (const p of sorted) {
    const why = reasons.get(p)!
    if (why.length === 0) verdict.expired.push(p)
    else verdict.kept.push({ point: p, reasons: why })
  }
  return verdict
}

/** Monday 00:00 UTC of the ISO week holding `ms`. */
function weekStart (ms: number): number {
  const day = Math.floor(ms / DAY_MS)
  // 1970-01-01 was a Thursday: day 0 is weekday 3 counting from Monday
  const weekday = ((day + 3) % 7 + 7) % 7
  return (day - weekday) * DAY_MS
}

function monthIndex (ms: number): number {
  const d = new Date(ms)
  return d.getUTCFullYear() * 12 + d.getUTCMonth()
}

/** The ISO 8601 week label, e.g. 2026-W01 (the week-year may differ from the calendar year). */
export function isoWeek (ms: number): string {
  const monday = weekStart(ms)
  const thursday = new Date(monday + 3 * DAY_MS)
  const year = thursday.getUTCFullYear()
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / WEEK_MS) + 1
  return `${year}-W${String(week).padStart(2, '0')}`
}
