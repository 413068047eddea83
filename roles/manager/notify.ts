/**
 * @packageDocumentation
 * Session notifications: when a session ends in one of the job's `notify.on` states (default
 * failed and warning), its summary is POSTed as JSON to the job's webhook. Each attempt times out
 * after 10 s; a failed attempt (no answer, or a status other than 2xx) is retried twice with
 * backoff. A webhook that stays down costs a warning line in the session log, never the session.
 *
 * @example
 * ```ts
 * const outcome = await notifySession(job.notify, sessionSummary(record, warnings))
 * if (outcome.error != null) log.line(`warning: ${outcome.error}`)
 * ```
 */
import type { Notify, SessionRecord } from '../../proto/index.ts'

export const NOTIFY_STATES = ['failed', 'warning', 'success']
export const DEFAULT_NOTIFY_ON = ['failed', 'warning']
const LOG_LINES = 20

/** The JSON a webhook receives. */
export interface SessionSummary {
  job: string
  sessionId: string
  state: string
  trigger: string
  startedAt: string
  endedAt: string
  durationMs: number
  tasks: Array<{ vm: string, disk: number, diskName: string, state: string, bytesRead: number, bytesStored: number, bytesPerSecond: number, error: string }>
  points: string[]
  /** every VM the session left without a restore point, and why (the log's tail may not reach back to it) */
  failedVms: Array<{ vm: string, reason: string, code: string }>
  warnings: number
  /** the last lines of the session log */
  log: string[]
  /** a verify job's session: what it checked, and every damaged point it found */
  verify?: {
    repository: string
    pointsChecked: number
    badBlocks: number
    bytesChecked: number
    damagedPoints: Array<{ pointId: string, vm: string, job: string, badBlocks: number, problems: string[] }>
  }
  /** a boot check's session (kind "boot-check"): its result; `screenshot` is the path of its PNG on the manager's HTTP endpoint */
  bootCheck?: {
    id: string
    pointId: string
    vm: string
    pass: boolean
    code: string
    reason: string
    bootMs: number
    scriptExit: number | null
    output: string
    screenshot: string
  }
}

export interface NotifyOptions {
  timeoutMs?: number
  retries?: number
  /** delay before the first retry, doubled for each next one */
  backoffMs?: number
  /** aborts the attempts (the manager stops) */
  signal?: AbortSignal
}

export interface NotifyOutcome {
  /** false: the session's state is not one the job notifies on, or no webhook is set */
  sent: boolean
  attempts: number
  /** set when every attempt failed: what the session log says */
  error?: string
}

/** Whether a session ending in `state` notifies under these settings. */
export function notifies (notify: Notify | null | undefined, state: string): boolean {
  if (!notify?.webhook) return false
  const on = (notify.on?.length ?? 0) > 0 ? notify.on! : DEFAULT_NOTIFY_ON
  return on.includes(state)
}

export function sessionSummary (record: SessionRecord, warnings: number): SessionSummary {
  const started = record.startedAtMs ?? 0
  const ended = record.endedAtMs ?? 0
  return {
    job: record.job ?? '',
    sessionId: record.id ?? '',
    state: record.state ?? '',
    trigger: record.trigger || 'manual',
    startedAt: new Date(started).toISOString(),
    endedAt: ended > 0 ? new Date(ended).toISOString() : '',
    durationMs: ended > 0 ? ended - started : 0,
    tasks: (record.tasks ?? []).map((t) => {
      const s = t.stats ?? {}
      const seconds = (s.durationMs ?? 0) / 1000
      return {
        vm: t.vm ?? '',
        disk: t.disk ?? 0,
        diskName: t.diskName ?? '',
        state: t.state ?? '',
        bytesRead: s.bytesRead ?? 0,
        bytesStored: s.bytesStored ?? 0,
        bytesPerSecond: seconds > 0 ? Math.round((s.bytesRead ?? 0) / seconds) : 0,
        error: t.error ?? ''
      }
    }),
    points: [...(record.points ?? [])],
    failedVms: (record.failedVms ?? []).map((f) => ({ vm: f.vm ?? '', reason: f.reason ?? '', code: f.code ?? '' })),
    warnings,
    log: (record.log ?? []).slice(-LOG_LINES),
    ...(record.kind === 'verify' ? { verify: verifySummary(record) } : {})
  }
}

/** Damaged points named at most this many times in a webhook; the count says the rest. */
const NOTIFIED_POINTS = 100

function verifySummary (record: SessionRecord): NonNullable<SessionSummary['verify']> {
  const r = record.verifyReport ?? {}
  return {
    repository: r.repository ?? '',
    pointsChecked: r.pointsChecked ?? 0,
    badBlocks: r.badBlocks ?? 0,
    bytesChecked: r.bytesChecked ?? 0,
    damagedPoints: (r.damagedPoints ?? []).slice(0, NOTIFIED_POINTS).map((d) => ({
      pointId: d.pointId ?? '', vm: d.vm ?? '', job: d.job ?? '', badBlocks: d.badBlocks ?? 0, problems: (d.problems ?? []).slice(0, 5)
    }))
  }
}

/** POSTs the summary when the settings ask for it; never throws. */
export async function notifySession (notify: Notify | null | undefined, summary: SessionSummary, options: NotifyOptions = {}): Promise<NotifyOutcome> {
  if (!notifies(notify, summary.state)) return { sent: false, attempts: 0 }
  const url = notify!.webhook!
  const timeoutMs = options.timeoutMs ?? 10_000
  const retries = options.retries ?? 2
  const backoffMs = options.backoffMs ?? 1000
  const body = JSON.stringify(summary)
  let last = ''
  let attempts = 0
  for (let attempt = 1; attempt <= 1 + retries; attempt++) {
    if (attempt > 1) await new Promise((resolve) => setTimeout(resolve, backoffMs * 2 ** (attempt - 2)))
    if (options.signal?.aborted === true) {
      last = 'the manager stopped'
      break
    }
    attempts = attempt
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'meshbackup' },
        body,
        signal: options.signal != null ? AbortSignal.any([AbortSignal.timeout(timeoutMs), options.signal]) : AbortSignal.timeout(timeoutMs)
      })
      // the body is not needed; reading it frees the connection
      await response.arrayBuffer().catch(() => {})
      if (response.ok) return { sent: true, attempts: attempt }
      last = `HTTP ${response.status} ${response.statusText}`.trim()
    } catch (err: any) {
      last = err?.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : (err?.cause?.message ?? err?.message ?? String(err))
    }
  }
  return { sent: false, attempts, error: `notifying ${redactUrl(url)} failed after ${attempts} attempt(s): ${last}; check the webhook URL and that it answers 2xx` }
}

// webhook URLs often carry a token in the query or userinfo: logs show only scheme, host and path
function redactUrl (url: string): string {
  try {
    const u = new URL(url)
    return `${u.protocol}//${u.host}${u.pathname}`
  } catch {
    return '(bad URL)'
  }
}
