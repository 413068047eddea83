/**
 * @packageDocumentation
 * A boot check as a session (kind "boot-check"): operators look for it where they look for backups
 * (`session list`, the dashboard, the webhook). Whoever runs the check (the recovery path behind
 * `verify POINT --boot`) opens the session with BootCheckBegin, runs it, and sends the result with
 * BootCheckRecord; the manager keeps the result (boot-checks.ts), writes its log lines and the
 * verdict, ends the session (success when the check passed, failed otherwise), and tells the
 * point's backup job's webhook. A result sent without a begin gets a session of its own, already ended.
 *
 * Session ids are `<job>~boot.<time>`: "~" is not in job names, so a job's own sessions (`<job>.…`)
 * stay apart and "never two sessions of one job at once" does not hold a backup back.
 *
 * @example
 * ```ts
 * const session = await beginBootCheck(catalog, { pointId, vm, job })
 * const { kept } = await endBootCheck(deps, { check: { ...result, sessionId: session.id }, screenshotPng, log })
 * ```
 */
import type { BootCheck, BootCheckBegin, BootCheckRecord, Job, SessionRecord } from '../../proto/index.ts'
import type { BootChecks } from './boot-checks.ts'
import { type Catalog, sessionId } from './catalog.ts'
import { notifies, notifySession, sessionSummary, type NotifyOptions, type SessionSummary } from './notify.ts'

export const BOOT_CHECK_KIND = 'boot-check'

/** Opens a running session for a check about to start. */
export async function beginBootCheck (catalog: Pick<Catalog, 'saveSession'>, begin: BootCheckBegin, now = Date.now()): Promise<SessionRecord> {
  const job = begin.job ?? ''
  const record: SessionRecord = {
    id: sessionId(`${job || begin.vm || 'point'}~boot`, new Date(now)),
    job,
    kind: BOOT_CHECK_KIND,
    state: 'running',
    trigger: 'manual',
    startedAtMs: now,
    tasks: [],
    points: [begin.pointId ?? ''],
    log: [`${new Date(now).toISOString()} boot check of restore point ${begin.pointId} (VM ${begin.vm}${begin.repository ? `, repository ${begin.repository}` : ''}${begin.host ? `, on host ${begin.host}` : ''}) started, in isolation: no network`]
  }
  await catalog.saveSession(record)
  return record
}

export interface EndBootCheckDeps {
  catalog: Pick<Catalog, 'saveSession' | 'session' | 'job'>
  bootChecks: Pick<BootChecks, 'save'>
  notify?: NotifyOptions
}

/**
 * Keeps the result and ends its session. The webhook is told after both are saved, in the
 * background (`notified` settles when it was; its outcome is the session's last line); it never
 * fails the call.
 */
export async function endBootCheck (deps: EndBootCheckDeps, rec: BootCheckRecord, now = Date.now()): Promise<{ kept: BootCheck, session: SessionRecord, notified: Promise<void> }> {
  const c = rec.check ?? {}
  let record: SessionRecord | undefined
  if (c.sessionId) record = await deps.catalog.session(c.sessionId).catch(() => undefined)
  if (record == null || record.kind !== BOOT_CHECK_KIND) {
    const startedAtMs = Math.max(0, Number(rec.startedAtMs || (Number(c.checkedAtMs || now) - Number(c.durationMs ?? 0))))
    record = await beginBootCheck({ saveSession: async () => {} }, { pointId: c.pointId, vm: c.vm, job: c.job, repository: c.repository, host: c.host }, startedAtMs)
  }
  const kept = await deps.bootChecks.save({ ...rec, check: { ...c, sessionId: record.id, checkedAtMs: c.checkedAtMs || now } })
  const stamp = (line: string, at = now): string => /^\d{4}-\d\d-\d\dT/.test(line) ? line : `${new Date(at).toISOString()} ${line}`
  // the check's own moments: the VM's start, its heartbeat, the end of the check (before the VM was
  // thrown away), so the log reads in order once the runner's stamped lines are merged in
  const vmStart = Number(rec.startedAtMs ?? 0) || Math.max(0, Number(kept.checkedAtMs ?? now) - Number(kept.durationMs ?? 0))
  const checkEnd = kept.durationMs ? vmStart + Number(kept.durationMs) : Number(kept.checkedAtMs ?? now)
  const seconds = (ms: number | null | undefined): string => `${(Number(ms ?? 0) / 1000).toFixed(1)} s`
  const lines = (rec.log ?? []).map((l) => stamp(l))
  if (kept.bootMs) lines.push(stamp(`heartbeat (${kept.heartbeat === 'serial' ? 'console line' : 'guest agent'}) ${seconds(kept.bootMs)} after the VM started`, vmStart + Number(kept.bootMs)))
  if (kept.scriptRan === true) lines.push(stamp(`script exited ${kept.scriptExit}${kept.output ? `: ${kept.output.trim().split('\n').slice(-3).join(' | ')}` : ''}`, checkEnd))
  if (kept.screenshotId) lines.push(stamp(`screenshot kept: /api/boot-checks/${encodeURIComponent(kept.screenshotId)}/screenshot.png`, checkEnd))
  lines.push(stamp(kept.pass === true
    ? `boot check passed: ${kept.reason}`
    : `error: boot check failed (${kept.code || 'no code'}): ${kept.reason}`, checkEnd))
  // ISO stamps sort as text; a stable sort keeps lines of one moment in the order written
  const log = [...(record.log ?? []), ...lines.sort((a, b) => a.slice(0, 24) < b.slice(0, 24) ? -1 : a.slice(0, 24) > b.slice(0, 24) ? 1 : 0)]
  const ended: SessionRecord = {
    ...record,
    state: kept.pass === true ? 'success' : 'failed',
    endedAtMs: now,
    bootCheck: kept,
    log
  }
  ended.log!.push(stamp(`session ended: ${ended.state}; boot check of ${kept.pointId} in ${seconds(now - Number(ended.startedAtMs ?? now))}`))
  await deps.catalog.saveSession(ended)

  // the point's backup job says where to notify; a webhook that hangs must not hold the caller
  // (the manager's mailbox): it is told in the background, its outcome the session's last line
  const notified = (async () => {
    const job: Job | undefined = kept.job ? await deps.catalog.job(kept.job).catch(() => undefined) : undefined
    if (job == null || !notifies(job.notify, ended.state ?? '')) return
    const outcome = await notifySession(job.notify, { ...sessionSummary(ended, 0), bootCheck: bootCheckSummary(kept) }, deps.notify)
    ended.log!.push(stamp(outcome.error != null ? `warning: ${outcome.error}` : `notification of the ${ended.state} boot check sent to job ${job.name}'s webhook`, Date.now()))
    await deps.catalog.saveSession(ended)
  })().catch(() => {})
  return { kept, session: ended, notified }
}

/** What a webhook receives of a boot check (SessionSummary.bootCheck). */
export function bootCheckSummary (c: BootCheck): NonNullable<SessionSummary['bootCheck']> {
  return {
    id: c.id ?? '',
    pointId: c.pointId ?? '',
    vm: c.vm ?? '',
    pass: c.pass === true,
    code: c.code ?? '',
    reason: c.reason ?? '',
    bootMs: Number(c.bootMs ?? 0),
    scriptExit: c.scriptRan === true ? (c.scriptExit ?? 0) : null,
    output: c.output ?? '',
    screenshot: c.screenshotId ? `/api/boot-checks/${encodeURIComponent(c.screenshotId)}/screenshot.png` : ''
  }
}
