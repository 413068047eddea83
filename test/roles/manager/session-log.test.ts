/**
 * Tests for roles/manager/session-log.ts: a session that ends leaves no task "queued" or "running".
 */
import assert from 'node:assert/strict'
import { SessionLog } from '../../../roles/manager/session-log.ts'

describe('roles/manager session log end', () => {
  it('ends every task still queued or running as failed, keeping an earlier reason', () => {
    const log = new SessionLog({ id: 's1', job: 'j', state: 'running', startedAtMs: Date.now() }, async () => {})
    const queued = log.addTask({ taskId: 's1.t1', vm: 'v', disk: 0, state: 'queued' })
    const running = log.addTask({ taskId: 's1.t2', vm: 'v', disk: 1, state: 'running', error: 'attempt 1: proxy left the mesh' })
    const done = log.addTask({ taskId: 's1.t3', vm: 'v', disk: 2, state: 'success' })
    log.finish()
    assert.equal(log.record.state, 'failed')
    assert.deepEqual([queued.state, running.state, done.state], ['failed', 'failed', 'success'])
    assert.equal(queued.error, 'the session ended before this task did')
    assert.equal(running.error, 'attempt 1: proxy left the mesh')
    assert.ok((queued.endedAtMs ?? 0) > 0)
  })
})
