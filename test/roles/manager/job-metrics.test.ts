/**
 * roles/manager/job-metrics.ts: per-job gauges from ended sessions, in a prom-client registry.
 */
import assert from 'node:assert/strict'
import { Registry } from 'prom-client'
import type { SessionRecord } from '../../../proto/index.ts'
import { JobMetrics } from '../../../roles/manager/job-metrics.ts'

const session = (id: string, state: string, startedAtMs: number, endedAtMs: number, read = 0, stored = 0): SessionRecord => ({
  id, job: id.split('.')[0], state, startedAtMs, endedAtMs, tasks: [{ taskId: `${id}.t1`, stats: { bytesRead: read, bytesStored: stored } }]
})

async function gauges (registry: Registry): Promise<Map<string, number>> {
  const out = new Map<string, number>()
  for (const line of (await registry.metrics()).split('\n')) {
    if (line.startsWith('meshbackup_job_')) out.set(line.slice(0, line.lastIndexOf(' ')), Number(line.slice(line.lastIndexOf(' ') + 1)))
  }
  return out
}

describe('roles/manager job metrics', function () {
  it('keeps each job\'s last ended session and its last good one, whatever order they come in', async function () {
    const registry = new Registry()
    const metrics = new JobMetrics(registry)
    metrics.load([
      session('nightly.2', 'failed', 50_000, 60_000, 10, 1),
      session('nightly.1', 'warning', 10_000, 20_000, 100, 40),
      session('nightly.3', 'running', 70_000, 0),
      session('weekly.1', 'failed', 1_000, 4_000, 5, 0)
    ])
    let g = await gauges(registry)
    assert.equal(g.get('meshbackup_job_last_success_timestamp_seconds{job="nightly"}'), 20, 'a warning session left every VM a point')
    assert.equal(g.get('meshbackup_job_last_session_end_timestamp_seconds{job="nightly"}'), 60)
    assert.equal(g.get('meshbackup_job_last_session_result{job="nightly",result="failed"}'), 1)
    assert.equal(g.get('meshbackup_job_last_session_result{job="nightly",result="warning"}'), 0)
    assert.equal(g.get('meshbackup_job_last_session_duration_seconds{job="nightly"}'), 10)
    assert.equal(g.get('meshbackup_job_last_session_bytes_read{job="nightly"}'), 10)
    assert.equal(g.get('meshbackup_job_last_session_bytes_stored{job="nightly"}'), 1)
    assert.equal(g.get('meshbackup_job_last_success_timestamp_seconds{job="weekly"}'), 0, 'never succeeded')

    // the running session ends; seeing it twice changes nothing
    metrics.observe(session('nightly.3', 'success', 70_000, 95_000, 300, 200))
    metrics.observe(session('nightly.3', 'success', 70_000, 95_000, 300, 200))
    g = await gauges(registry)
    assert.equal(g.get('meshbackup_job_last_success_timestamp_seconds{job="nightly"}'), 95)
    assert.equal(g.get('meshbackup_job_last_session_result{job="nightly",result="success"}'), 1)
    assert.equal(g.get('meshbackup_job_last_session_result{job="nightly",result="failed"}'), 0)
    assert.equal(g.get('meshbackup_job_last_session_bytes_read{job="nightly"}'), 300)

    metrics.forget('weekly')
    g = await gauges(registry)
    assert.ok(![...g.keys()].some((k) => k.includes('weekly')))
  })
})
