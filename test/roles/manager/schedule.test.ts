/**
 * Job schedules with a fake clock: next due times, one timer per job re-armed after each run,
 * missed runs at start, skipped runs while a session still runs, and changed or removed schedules.
 */
import assert from 'node:assert/strict'
import type { Job } from '../../../proto/index.ts'
import { UserError } from '../../../node/runtime/actors/errors.ts'
import { JobSchedules, missedRun, nextRun, parseSchedule, type Clock, type ScheduleState, type Trigger } from '../../../roles/manager/schedule.ts'

const at = (iso: string): number => Date.parse(iso)

/** A clock whose time moves only when the test says so; fires due timers in order. */
class FakeClock implements Clock {
  time: number
  timers = new Map<number, { due: number, fn: () => void }>()
  #ids = 0

  constructor (start: number) { this.time = start }
  now = (): number => this.time
  setTimeout = (fn: () => void, ms: number): unknown => {
    const id = ++this.#ids
    this.timers.set(id, { due: this.time + ms, fn })
    return id
  }

  clearTimeout = (id: unknown): void => { this.timers.delete(id as number) }

  /** Moves time forward, firing each due timer at its time and letting its promises settle. */
  async advance (ms: number): Promise<void> {
    const end = this.time + ms
    for (;;) {
      const next = [...this.timers.entries()].sort((a, b) => a[1].due - b[1].due)[0]
      if (next == null || next[1].due > end) break
      this.timers.delete(next[0])
      this.time = Math.max(this.time, next[1].due)
      next[1].fn()
      await settle()
    }
    this.time = end
    await settle()
  }
}

async function settle (): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise<void>((resolve) => setImmediate(resolve))
}

class MemoryStore {
  states = new Map<string, ScheduleState>()
  scheduleState = async (job: string): Promise<ScheduleState | undefined> => this.states.get(job)
  saveScheduleState = async (job: string, state: ScheduleState): Promise<void> => { this.states.set(job, { ...state }) }
  forgetScheduleState = async (job: string): Promise<void> => { this.states.delete(job) }
}

interface Harness {
  clock: FakeClock
  store: MemoryStore
  runs: Array<{ job: string, trigger: Trigger, at: number }>
  lines: string[]
  busy: Set<string>
  schedules: JobSchedules
}

function harness (start: string, store = new MemoryStore()): Harness {
  const clock = new FakeClock(at(start))
  const runs: Harness['runs'] = []
  const lines: string[] = []
  const busy = new Set<string>()
  const schedules = new JobSchedules({
    store,
    clock,
    timezone: 'UTC',
    log: (line) => lines.push(line),
    run: async (job, trigger) => {
      if (busy.has(job)) throw new UserError('ERR_SESSION_RUNNING', `job "${job}" is already running as session s1; wait for it`)
      runs.push({ job, trigger, at: clock.now() })
    }
  })
  return { clock, store, runs, lines, busy, schedules }
}

const job = (name: string, schedule: string): Job => ({ name, host: 'lab', repository: 'main', schedule })

describe('job schedules', function () {
  let h: Harness | undefined
  afterEach(() => { h?.schedules.stop() })

  it('computes the next due time after a moment, strictly after it', function () {
    assert.equal(nextRun('0 2 * * *', at('2026-01-01T01:59:59Z'), 'UTC'), at('2026-01-01T02:00:00Z'))
    assert.equal(nextRun('0 2 * * *', at('2026-01-01T02:00:00Z'), 'UTC'), at('2026-01-02T02:00:00Z'))
    assert.equal(nextRun('* * * * * *', at('2026-01-01T00:00:00.400Z'), 'UTC'), at('2026-01-01T00:00:01Z'))
    assert.equal(nextRun('30 1 * * 1', at('2026-01-01T00:00:00Z'), 'UTC'), at('2026-01-05T01:30:00Z')) // the next Monday
  })

  it('finds a run missed between the last due time and now', function () {
    assert.equal(missedRun('0 2 * * *', at('2026-01-01T02:00:00Z'), at('2026-01-02T01:59:59Z'), 'UTC'), undefined)
    assert.equal(missedRun('0 2 * * *', at('2026-01-01T02:00:00Z'), at('2026-01-02T02:00:00Z'), 'UTC'), at('2026-01-02T02:00:00Z'))
    // several missed runs: the first is reported, the job runs once
    assert.equal(missedRun('0 2 * * *', at('2026-01-01T02:00:00Z'), at('2026-01-09T00:00:00Z'), 'UTC'), at('2026-01-02T02:00:00Z'))
  })

  it('rejects a bad expression with a clear error', function () {
    assert.throws(() => parseSchedule('61 * * * *'), (err: any) => err.code === 'ERR_BAD_SCHEDULE' && /minute/.test(err.message) && /0 2 \* \* \*/.test(err.message))
    assert.throws(() => parseSchedule('every day'), (err: any) => err.code === 'ERR_BAD_SCHEDULE')
    assert.throws(() => parseSchedule('0 0 30 2 *'), (err: any) => err.code === 'ERR_BAD_SCHEDULE' && /never falls due/.test(err.message))
  })

  it('runs a job at each due time with one timer, re-armed after each run', async function () {
    h = harness('2026-01-01T00:00:00Z')
    await h.schedules.start([job('nightly', '0 2 * * *'), job('manual', '')])
    assert.equal(h.clock.timers.size, 1, 'one timer for the one scheduled job')
    assert.equal(h.schedules.next('nightly'), at('2026-01-01T02:00:00Z'))
    await h.clock.advance(2 * 60 * 60 * 1000 - 1)
    assert.equal(h.runs.length, 0)
    await h.clock.advance(1)
    assert.deepEqual(h.runs, [{ job: 'nightly', trigger: 'schedule', at: at('2026-01-01T02:00:00Z') }])
    assert.equal(h.store.states.get('nightly')?.lastDueMs, at('2026-01-01T02:00:00Z'))
    assert.equal(h.clock.timers.size, 1)
    await h.clock.advance(2 * 24 * 60 * 60 * 1000)
    assert.deepEqual(h.runs.map((r) => new Date(r.at).toISOString()), ['2026-01-01T02:00:00.000Z', '2026-01-02T02:00:00.000Z', '2026-01-03T02:00:00.000Z'])
  })

  it('skips a due run while the job still runs, with a log line, and runs the next one', async function () {
    h = harness('2026-01-01T00:00:00Z')
    await h.schedules.start([job('fast', '* * * * * *')])
    await h.clock.advance(1000)
    assert.equal(h.runs.length, 1)
    h.busy.add('fast')
    await h.clock.advance(2000)
    assert.equal(h.runs.length, 1, 'no run while the session still runs')
    assert.equal(h.lines.filter((l) => /job fast: run due at .* skipped: job "fast" is already running/.test(l)).length, 2, h.lines.join('\n'))
    h.busy.delete('fast')
    await h.clock.advance(1000)
    assert.equal(h.runs.length, 2)
    assert.equal(h.runs[1]!.at, at('2026-01-01T00:00:04Z'))
  })

  it('runs a job once at start when a due time passed while the manager was down', async function () {
    const store = new MemoryStore()
    store.states.set('nightly', { cron: '0 2 * * *', lastDueMs: at('2026-01-01T02:00:00Z') })
    store.states.set('hourly', { cron: '0 * * * *', lastDueMs: at('2026-01-03T11:00:00Z') })
    h = harness('2026-01-03T11:30:00Z', store) // down since Jan 1: two nightly runs missed
    await h.schedules.start([job('nightly', '0 2 * * *'), job('hourly', '0 * * * *')])
    assert.deepEqual(h.runs, [{ job: 'nightly', trigger: 'missed', at: at('2026-01-03T11:30:00Z') }])
    assert.match(h.lines.join('\n'), /job nightly: the run due at 2026-01-02T02:00:00.000Z .* was missed while the manager was down; running it once now/)
    assert.equal(store.states.get('nightly')?.lastDueMs, at('2026-01-03T11:30:00Z'))
    // and then on schedule again
    assert.equal(h.schedules.next('nightly'), at('2026-01-04T02:00:00Z'))
    await h.clock.advance(30 * 60 * 1000)
    assert.deepEqual(h.runs.map((r) => `${r.job} ${r.trigger}`), ['nightly missed', 'hourly schedule'])
  })

  it('does not call a newly scheduled or changed job missed', async function () {
    const store = new MemoryStore()
    store.states.set('nightly', { cron: '0 3 * * *', lastDueMs: at('2025-12-01T03:00:00Z') })
    h = harness('2026-01-03T11:30:00Z', store)
    await h.schedules.start([job('nightly', '0 2 * * *'), job('fresh', '0 2 * * *')])
    assert.equal(h.runs.length, 0)
    assert.deepEqual(store.states.get('nightly'), { cron: '0 2 * * *', lastDueMs: at('2026-01-03T11:30:00Z') })
    assert.deepEqual(store.states.get('fresh'), { cron: '0 2 * * *', lastDueMs: at('2026-01-03T11:30:00Z') })
  })

  it('re-arms a changed schedule and drops a removed one', async function () {
    h = harness('2026-01-01T00:00:00Z')
    await h.schedules.start([job('nightly', '0 2 * * *')])
    await h.schedules.set(job('nightly', '0 1 * * *'))
    assert.equal(h.clock.timers.size, 1, 'the old timer is cleared')
    assert.equal(h.schedules.next('nightly'), at('2026-01-01T01:00:00Z'))
    await h.clock.advance(60 * 60 * 1000)
    assert.equal(h.runs.length, 1)
    await h.schedules.set(job('nightly', ''))
    assert.equal(h.clock.timers.size, 0)
    assert.equal(h.store.states.has('nightly'), false)
    assert.match(h.lines.join('\n'), /job nightly: schedule "0 1 \* \* \*" removed/)
    await h.clock.advance(3 * 24 * 60 * 60 * 1000)
    assert.equal(h.runs.length, 1)
    await h.schedules.set(job('later', '0 2 * * *'))
    assert.equal(h.schedules.next('later'), at('2026-01-04T02:00:00Z'))
  })

  it('waits out a due time beyond the longest timer in several hops', async function () {
    h = harness('2026-01-01T00:00:00Z')
    await h.schedules.start([job('yearly', '0 0 1 1 *')])
    assert.equal(h.schedules.next('yearly'), at('2027-01-01T00:00:00Z'))
    await h.clock.advance(at('2027-01-01T00:00:00Z') - at('2026-01-01T00:00:00Z') - 1)
    assert.equal(h.runs.length, 0)
    await h.clock.advance(1)
    assert.equal(h.runs.length, 1)
  })

  it('logs a run that cannot start and keeps the schedule', async function () {
    const clock = new FakeClock(at('2026-01-01T00:00:00Z'))
    const lines: string[] = []
    let calls = 0
    const schedules = new JobSchedules({
      store: new MemoryStore(),
      clock,
      timezone: 'UTC',
      log: (line) => lines.push(line),
      run: async () => { calls++; throw new UserError('ERR_NO_SUCH_HOST', 'no host named "lab"') }
    })
    await schedules.start([job('broken', '* * * * * *')])
    await clock.advance(2000)
    schedules.stop()
    assert.equal(calls, 2)
    assert.match(lines.join('\n'), /job broken: the scheduled run due at .* could not start: no host named "lab"/)
    assert.equal(clock.timers.size, 0, 'stop clears the timers')
  })
})
