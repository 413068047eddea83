/**
 * The HTTP API over a fake admin handler: each route sends the AdminRequest the CLI sends, replies
 * become JSON with every field, sessions carry progress, and the session list falls back to the
 * latest session per job when the manager cannot list sessions.
 */
import assert from 'node:assert/strict'
import { createApi, view } from '../../../node/daemon/http/api.ts'
import type { AdminReply, AdminRequest, SessionRecord } from '../../../proto/index.ts'
import { UserError } from '../../../node/runtime/actors/errors.ts'

const MiB = 1024 * 1024

function record (id: string, job: string, startedAtMs: number, state = 'success'): SessionRecord {
  return { id, job, state, startedAtMs, endedAtMs: startedAtMs + 1000, tasks: [], log: [], points: [] }
}

describe('HTTP API', function () {
  it('sends the CLI\'s admin requests and answers plain JSON with every field', async function () {
    const seen: AdminRequest[] = []
    const api = createApi({
      handler: async (req): Promise<AdminReply> => {
        seen.push(req)
        if (req.status != null) return { status: { peerId: 'p', roles: ['manager'] } }
        if (req.jobList != null) return { jobs: { jobs: [{ name: 'nightly', host: 'lab' }] } }
        if (req.pointsList != null) return { points: { points: [{ id: 'pt1', vm: 'web01' }] } }
        if (req.jobRun != null) return { session: record('s1', req.jobRun.name!, 5, 'running') }
        if (req.throttleList != null) return { throttleRules: { rules: [{ name: 'office', from: '10.1.0.0/16', to: 'any', rateBps: 1e8 }], inForce: ['office'] } }
        if (req.bootCheckList != null) return { bootChecks: { checks: [{ id: 'pt1@1', pointId: 'pt1', vm: 'web01', pass: true, checkedAtMs: 1 }] } }
        throw new Error('unexpected')
      },
      url: () => 'http://127.0.0.1:1'
    })
    const status: any = await api.status()
    assert.equal(status.peerId, 'p')
    assert.deepEqual(status.capacity, [], 'absent repeated fields are empty arrays')
    assert.equal(status.http, 'http://127.0.0.1:1')
    assert.deepEqual(status.throttle.inForce, ['office'], 'a manager\'s status shows its rules and which are in force')
    const jobs: any[] = await api.jobs()
    assert.equal(jobs[0].rateLimitBps, 0, 'absent numbers are zeros')
    const points: any[] = await api.points({ job: 'nightly' })
    assert.equal(points[0].id, 'pt1')
    assert.equal(points[0].lastBootCheck.pass, true, 'each point with its last boot check')
    const run = await api.run('nightly')
    assert.equal(run.state, 'running')
    // a manager's status shows its throttling rules
    assert.deepEqual(seen.map((r) => Object.keys(r)[0]), ['status', 'throttleList', 'jobList', 'pointsList', 'bootCheckList', 'jobRun'])
    assert.deepEqual(seen[3]!.pointsList, { job: 'nightly', vm: '' })
    assert.deepEqual(seen[4]!.bootCheckList, { vm: '', latestPerPoint: true, limit: 100_000 })
    assert.deepEqual(seen[5]!.jobRun, { name: 'nightly', wait: false })
  })

  it('lists sessions through sessionList, newest first', async function () {
    const api = createApi({
      handler: async (req): Promise<AdminReply> => {
        assert.deepEqual(req.sessionList, { job: 'a', limit: 2 })
        const running = { ...record('new', 'a', 9, 'running'), tasks: [{ taskId: 't', state: 'running', startedAtMs: Date.now() - 2000, stats: { bytesRead: 2 * MiB } }] }
        return { sessions: { sessions: [record('old', 'a', 1), running] } }
      }
    })
    const { sessions, complete } = await api.sessions({ job: 'a', limit: 2 })
    assert.deepEqual(sessions.map((s) => s.id), ['new', 'old'])
    const rate = sessions[0]!.tasks[0]!.bytesPerSecond
    assert.ok(rate > 0.9 * MiB && rate <= MiB, `a listed running task reads about 1 MiB/s, not ${rate}`)
    assert.equal(complete, true)
  })

  it('falls back to the latest session of each job when the manager cannot list sessions', async function () {
    const api = createApi({
      handler: async (req): Promise<AdminReply> => {
        if (req.sessionList != null) throw new UserError('ERR_BAD_REQUEST', 'unknown admin request sessionList')
        if (req.jobList != null) return { jobs: { jobs: [{ name: 'a' }, { name: 'b' }, { name: 'never' }] } }
        if (req.sessionShow?.id === 'never') throw new UserError('ERR_NO_SUCH_SESSION', 'no session')
        if (req.sessionShow != null) return { session: record(`${req.sessionShow.id}-1`, req.sessionShow.id!, req.sessionShow.id === 'a' ? 1 : 2) }
        throw new Error('unexpected')
      }
    })
    const all = await api.sessions({})
    assert.deepEqual(all.sessions.map((s) => s.id), ['b-1', 'a-1'])
    assert.equal(all.complete, false)
    const onlyA = await api.sessions({ job: 'a' })
    assert.deepEqual(onlyA.sessions.map((s) => s.id), ['a-1'])
  })

  it('computes per-task progress and rate', function () {
    const now = 10_000
    const s = view({
      id: 's',
      job: 'j',
      state: 'running',
      startedAtMs: 1_000,
      tasks: [
        { taskId: 't1', state: 'running', size: 8 * MiB, startedAtMs: 6_000, blocksDone: 2, stats: { blocksTotal: 8, bytesRead: 4 * MiB } },
        { taskId: 't2', state: 'success', size: 8 * MiB, startedAtMs: 1_000, endedAtMs: 5_000, blocksDone: 8, stats: { blocksTotal: 8, bytesRead: 8 * MiB } },
        { taskId: 't3', state: 'running', size: 16 * MiB, startedAtMs: 8_000, blocksDone: 1, stats: { blocksTotal: 16, blocksSkippedCbt: 11, bytesRead: MiB } }
      ]
    }, now)
    assert.equal(s.tasks[0]!.progress, 0.25)
    assert.equal(s.tasks[0]!.bytesPerSecond, MiB)
    assert.equal(s.tasks[1]!.progress, 1)
    assert.equal(s.tasks[1]!.bytesPerSecond, 2 * MiB)
    assert.equal(s.tasks[2]!.progress, 0.75, 'blocks CBT skipped count as done')
    assert.equal(s.tasks[2]!.bytesPerSecond, 6 * MiB, 'the rate is of the disk dealt with: 12 MiB in 2 s, though 1 MiB was read')
    assert.equal(s.progress, (0.25 * 8 + 8 + 0.75 * 16) / 32)
    assert.equal(s.bytesPerSecond, MiB + 6 * MiB, 'the session rate sums its running tasks')
  })
})
