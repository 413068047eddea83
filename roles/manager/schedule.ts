/**
 * @packageDocumentation
 * Job schedules: a job's cron expression (croner: 5 fields, or 6 with seconds first, in the
 * manager's local time) runs it on the manager. One timer per scheduled job, armed for its next
 * due time and re-armed after each run and whenever the job changes; no polling loop. The due time
 * of the last scheduled run is kept in the catalog, so a manager that was down when a run fell due
 * runs the job once when it starts (trigger 'missed'), however many runs it missed. A run that
 * falls due while the job's previous session still runs is skipped with a log line: never two
 * sessions of one job at once (the manager refuses the second with ERR_SESSION_RUNNING).
 *
 * @example
 * ```ts
 * const schedules = new JobSchedules({ store: catalog, run: async (job, trigger) => { ... }, log: console.log })
 * await schedules.start(await catalog.jobs())
 * await schedules.set(changedJob)
 * schedules.stop()
 * ```
 */
import { Cron } from 'croner'
import type { Job } from '../../proto/index.ts'
import { UserError, errorCode } from '../../node/runtime/actors/errors.ts'

/** What the catalog keeps per scheduled job. */
export interface ScheduleState {
  /** the expression the state belongs to: a changed expression starts afresh */
  cron: string
  /** due time of the last scheduled run, or when the schedule was set */
  lastDueMs: number
}

export interface ScheduleStore {
  scheduleState: (job: string) => Promise<ScheduleState | undefined>
  saveScheduleState: (job: string, state: ScheduleState) => Promise<void>
  forgetScheduleState: (job: string) => Promise<void>
}

/** Time and timers, injectable so tests drive the schedule with a fake clock. */
export interface Clock {
  now: () => number
  setTimeout: (fn: () => void, ms: number) => unknown
  clearTimeout: (timer: unknown) => void
}

export type Trigger = 'schedule' | 'missed'

/** What a schedule needs of a job: backup jobs and verify jobs both have these. */
export type Scheduled = Pick<Job, 'name' | 'schedule'>

export interface ScheduleInit {
  store: ScheduleStore
  /** starts a session of the job; rejects with code ERR_SESSION_RUNNING while one still runs */
  run: (job: string, trigger: Trigger) => Promise<unknown>
  /** the manager's log, for runs started, skipped or failing to start */
  log: (line: string) => void
  clock?: Clock
  /** IANA time zone of the expressions; default: the manager's local time */
  timezone?: string
}

// setTimeout holds at most 2^31-1 ms (24.8 days): a later due time is reached in several hops
const MAX_DELAY_MS = 2 ** 31 - 1

const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => {
    const timer = setTimeout(fn, ms)
    timer.unref()
    return timer
  },
  clearTimeout: (timer) => { clearTimeout(timer as NodeJS.Timeout) }
}

/** Parses a cron expression; throws UserError ERR_BAD_SCHEDULE with an example of a good one. */
export function parseSchedule (expression: string, timezone?: string): Cron {
  let cron: Cron
  try {
    cron = new Cron(expression, { timezone })
  } catch (err) {
    throw new UserError('ERR_BAD_SCHEDULE', `schedule "${expression}" is not a cron expression (${(err as Error).message.replace(/^CronPattern: /, '')}); use 5 fields "minute hour day month weekday", e.g. "0 2 * * *" for 02:00 every day, or 6 with seconds first`)
  }
  if (cron.nextRun() == null) throw new UserError('ERR_BAD_SCHEDULE', `schedule "${expression}" never falls due (e.g. February 30th); check the day and month fields`)
  return cron
}

/** The first due time strictly after `afterMs`, or undefined when the expression never runs again. */
export function nextRun (expression: string, afterMs: number, timezone?: string): number | undefined {
  return parseSchedule(expression, timezone).nextRun(new Date(afterMs))?.getTime()
}

/** The first due time in (lastDueMs, nowMs]: a run the manager missed, or undefined. */
export function missedRun (expression: string, lastDueMs: number, nowMs: number, timezone?: string): number | undefined {
  const due = nextRun(expression, lastDueMs, timezone)
  return due != null && due <= nowMs ? due : undefined
}

interface Armed {
  cron: string
  dueMs: number | undefined
  timer: unknown
}

/** The timers of every scheduled job on this manager. */
export class JobSchedules {
  readonly #init: ScheduleInit
  readonly #clock: Clock
  readonly #armed = new Map<string, Armed>()
  // start() and set() touch the same state and the catalog: they run one after the other
  #queue: Promise<void> = Promise.resolve()
  #stopped = false

  constructor (init: ScheduleInit) {
    this.#init = init
    this.#clock = init.clock ?? systemClock
  }

  /** Runs once each job whose due time passed while the manager was down, and arms every timer. */
  async start (jobs: Scheduled[]): Promise<void> {
    await this.#serial(async () => {
      for (const job of jobs) {
        if (!job.schedule) continue
        const name = job.name ?? ''
        const now = this.#clock.now()
        const state = await this.#init.store.scheduleState(name)
        if (state == null || state.cron !== job.schedule) {
          await this.#init.store.saveScheduleState(name, { cron: job.schedule, lastDueMs: now })
        } else {
          const missed = missedRun(job.schedule, state.lastDueMs, now, this.#init.timezone)
          if (missed != null) {
            this.#init.log(`job ${name}: the run due at ${iso(missed)} (schedule "${job.schedule}") was missed while the manager was down; running it once now`)
            await this.#init.store.saveScheduleState(name, { cron: job.schedule, lastDueMs: now })
            await this.#start(name, 'missed', missed)
          }
        }
        this.#arm(name, job.schedule, now)
      }
    })
  }

  /** Follows a job added or changed: arms its new schedule, or drops a removed one. */
  async set (job: Scheduled): Promise<void> {
    await this.#serial(async () => {
      const name = job.name ?? ''
      const previous = this.#armed.get(name)
      this.#disarm(name)
      if (!job.schedule) {
        await this.#init.store.forgetScheduleState(name)
        if (previous != null) this.#init.log(`job ${name}: schedule "${previous.cron}" removed`)
        return
      }
      const now = this.#clock.now()
      const state = await this.#init.store.scheduleState(name)
      if (state?.cron !== job.schedule) await this.#init.store.saveScheduleState(name, { cron: job.schedule, lastDueMs: now })
      this.#arm(name, job.schedule, now)
    })
  }

  /** The next due time of a job, when it is scheduled. */
  next (job: string): number | undefined {
    return this.#armed.get(job)?.dueMs
  }

  stop (): void {
    this.#stopped = true
    for (const name of [...this.#armed.keys()]) this.#disarm(name)
  }

  async #serial (work: () => Promise<void>): Promise<void> {
    const done = this.#queue.then(async () => { if (!this.#stopped) await work() })
    this.#queue = done.catch(() => {})
    await done
  }

  #arm (name: string, cron: string, afterMs: number): void {
    this.#disarm(name)
    if (this.#stopped) return
    const dueMs = nextRun(cron, afterMs, this.#init.timezone)
    const armed: Armed = { cron, dueMs, timer: undefined }
    this.#armed.set(name, armed)
    if (dueMs == null) {
      this.#init.log(`job ${name}: schedule "${cron}" never falls due again`)
      return
    }
    const wait = (): void => {
      armed.timer = this.#clock.setTimeout(() => {
        if (this.#armed.get(name) !== armed) return
        // a timer may fire a little early, and long waits are cut into hops
        if (this.#clock.now() < dueMs) { wait(); return }
        void this.#serial(async () => { await this.#fire(name, armed, dueMs) })
      }, Math.min(Math.max(dueMs - this.#clock.now(), 0), MAX_DELAY_MS))
    }
    wait()
  }

  #disarm (name: string): void {
    const armed = this.#armed.get(name)
    if (armed == null) return
    this.#clock.clearTimeout(armed.timer)
    this.#armed.delete(name)
  }

  async #fire (name: string, armed: Armed, dueMs: number): Promise<void> {
    // the job changed while this run waited its turn: the new timer is the one that counts
    if (this.#armed.get(name) !== armed) return
    try {
      await this.#init.store.saveScheduleState(name, { cron: armed.cron, lastDueMs: dueMs })
    } catch (err) {
      this.#init.log(`job ${name}: could not record the scheduled run due at ${iso(dueMs)}: ${(err as Error).message}`)
    }
    await this.#start(name, 'schedule', dueMs)
    if (this.#armed.get(name) === armed) this.#arm(name, armed.cron, Math.max(this.#clock.now(), dueMs))
  }

  async #start (name: string, trigger: Trigger, dueMs: number): Promise<void> {
    try {
      await this.#init.run(name, trigger)
    } catch (err) {
      if (errorCode(err as Error) === 'ERR_SESSION_RUNNING') {
        this.#init.log(`job ${name}: run due at ${iso(dueMs)} skipped: ${(err as Error).message.split(';')[0]}`)
      } else {
        this.#init.log(`job ${name}: the ${trigger === 'missed' ? 'missed' : 'scheduled'} run due at ${iso(dueMs)} could not start: ${(err as Error).message}`)
      }
    }
  }
}

function iso (ms: number): string {
  return new Date(ms).toISOString()
}
