/**
 * @packageDocumentation
 * Per-job Prometheus gauges on the manager's daemon, so an operator can alert on "no good backup
 * of job X for 26 h" and on a failed last session. They are computed from the sessions saved in
 * the manager's catalog when the role starts — so they survive a manager restart — and then
 * updated as each session ends. One series per job (label `job`):
 *
 * | metric | value |
 * |---|---|
 * | `meshbackup_job_last_success_timestamp_seconds` | unix time the last session that ended `success` or `warning` (every VM got its restore point) ended; 0: none yet |
 * | `meshbackup_job_last_session_end_timestamp_seconds` | unix time the last ended session ended |
 * | `meshbackup_job_last_session_result{result}` | 1 for that session's result (`success`, `warning`, `failed`), 0 for the others |
 * | `meshbackup_job_last_session_duration_seconds` | how long it ran |
 * | `meshbackup_job_last_session_bytes_read` | bytes its proxies read from the disks |
 * | `meshbackup_job_last_session_bytes_stored` | new bytes its repositories stored |
 *
 * A job appears once one of its sessions has ended.
 *
 * @example
 * ```ts
 * const metrics = new JobMetrics(registry)
 * metrics.load(await catalog.sessions(Number.MAX_SAFE_INTEGER))
 * metrics.observe(record)   // when a session ends
 * ```
 */
import { Gauge, type Registry } from 'prom-client'
import type { SessionRecord } from '../../proto/index.ts'

/** The states a session ends in. */
export const SESSION_RESULTS = ['success', 'warning', 'failed'] as const

/** The states that leave every VM of the session a restore point. */
const GOOD = new Set(['success', 'warning'])

interface LastSession {
  id: string
  state: string
  startedAtMs: number
  endedAtMs: number
  bytesRead: number
  bytesStored: number
}

interface JobState {
  /** end of the last good session; 0: none */
  lastGoodMs: number
  last?: LastSession
}

export class JobMetrics {
  readonly #jobs = new Map<string, JobState>()

  constructor (registry: Registry) {
    const registers = [registry]
    const jobs = this.#jobs
    const perJob = (name: string, help: string, value: (state: JobState) => number | undefined): void => {
      new Gauge({
        name: `meshbackup_job_${name}`,
        help,
        labelNames: ['job'] as const,
        registers,
        collect () {
          this.reset()
          for (const [job, state] of jobs) {
            const v = value(state)
            if (v !== undefined) this.set({ job }, v)
          }
        }
      })
    }
    perJob('last_success_timestamp_seconds', 'Unix time the job\'s last session that ended success or warning (every VM got its restore point) ended; 0 when none did.',
      (s) => s.lastGoodMs / 1000)
    perJob('last_session_end_timestamp_seconds', 'Unix time the job\'s last ended session ended.',
      (s) => s.last === undefined ? undefined : s.last.endedAtMs / 1000)
    perJob('last_session_duration_seconds', 'How long the job\'s last ended session ran.',
      (s) => s.last === undefined ? undefined : Math.max(0, s.last.endedAtMs - s.last.startedAtMs) / 1000)
    perJob('last_session_bytes_read', 'Bytes of disk the proxies read in the job\'s last ended session.',
      (s) => s.last?.bytesRead)
    perJob('last_session_bytes_stored', 'New bytes the repositories stored in the job\'s last ended session.',
      (s) => s.last?.bytesStored)
    new Gauge({
      name: 'meshbackup_job_last_session_result',
      help: 'The result of the job\'s last ended session: 1 for its result (success, warning, failed), 0 for the others.',
      labelNames: ['job', 'result'] as const,
      registers,
      collect () {
        this.reset()
        for (const [job, state] of jobs) {
          if (state.last === undefined) continue
          const results = new Set<string>([...SESSION_RESULTS, state.last.state])
          for (const result of results) this.set({ job, result }, result === state.last.state ? 1 : 0)
        }
      }
    })
  }

  /** Takes in saved sessions (a manager starting); sessions still running are left out. */
  load (records: Iterable<SessionRecord>): void {
    for (const record of records) this.observe(record)
  }

  /**
   * An ended session: it becomes its job's last session unless a later-ending one is known (the
   * same session seen twice changes nothing). Running sessions are ignored.
   */
  observe (record: SessionRecord): void {
    const job = record.job ?? ''
    const state = record.state ?? ''
    const endedAtMs = Number(record.endedAtMs ?? 0)
    // a boot check's session names the point's backup job, but is no run of it (boot-check-metrics.ts)
    if (job === '' || state === '' || state === 'running' || endedAtMs <= 0 || record.kind === 'boot-check') return
    const entry = this.#jobs.get(job) ?? { lastGoodMs: 0 }
    this.#jobs.set(job, entry)
    if (GOOD.has(state) && endedAtMs > entry.lastGoodMs) entry.lastGoodMs = endedAtMs
    if (entry.last !== undefined && (entry.last.endedAtMs > endedAtMs || (entry.last.endedAtMs === endedAtMs && entry.last.id > (record.id ?? '')))) return
    let bytesRead = 0
    let bytesStored = 0
    for (const task of record.tasks ?? []) {
      bytesRead += Number(task.stats?.bytesRead ?? 0)
      bytesStored += Number(task.stats?.bytesStored ?? 0)
    }
    entry.last = { id: record.id ?? '', state, startedAtMs: Number(record.startedAtMs ?? endedAtMs), endedAtMs, bytesRead, bytesStored }
  }

  /** Forgets a job (removed from the catalog): its series go. */
  forget (job: string): void {
    this.#jobs.delete(job)
  }
}
