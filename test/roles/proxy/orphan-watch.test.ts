/**
 * Tests for roles/proxy/orphan-watch.ts: a task is abandoned when its manager leaves the view
 * for longer than the grace or comes back restarted, and only then.
 */
import assert from 'node:assert/strict'
import { OrphanWatch } from '../../../roles/proxy/orphan-watch.ts'

const until = async (check: () => boolean, ms = 2000): Promise<void> => {
  const deadline = Date.now() + ms
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setImmediate(resolve))
  }
}

describe('roles/proxy orphan watch', () => {
  it('abandons the tasks of a manager that left and did not come back, naming it', async () => {
    const told: string[] = []
    const watch = new OrphanWatch({ graceMs: 20, onAbandon: (peer, tasks) => told.push(`${peer}:${tasks}`) })
    const one = watch.watch('m1')
    const two = watch.watch('m1')
    const other = watch.watch('m2')
    watch.seen('m1', 5)
    watch.left('m1')
    await until(() => one.signal.aborted)
    assert.ok(two.signal.aborted)
    assert.equal(other.signal.aborted, false, 'another manager\'s task runs on')
    assert.match(String(one.signal.reason.message), /task abandoned: its manager m1 left the mesh/)
    assert.equal(one.signal.reason.code, 'ERR_TASK_ORPHANED')
    assert.deepEqual(told, ['m1:2'])
    other.done()
    watch.close()
  })

  it('forgives a manager that comes back within the grace, and abandons one that restarted', async () => {
    const watch = new OrphanWatch({ graceMs: 50 })
    const task = watch.watch('m1')
    watch.seen('m1', 40)
    watch.left('m1')
    watch.seen('m1', 41)
    await new Promise((resolve) => setTimeout(resolve, 80))
    assert.equal(task.signal.aborted, false, 'a brief disconnect is forgiven')
    watch.seen('m1', 1)
    assert.ok(task.signal.aborted, 'a restarted manager (its sequence began again) no longer runs the session')
    assert.match(String(task.signal.reason.message), /restarted/)
    watch.close()
  })

  it('does nothing for a peer without tasks, and a finished task is no longer watched', async () => {
    const watch = new OrphanWatch({ graceMs: 10 })
    const task = watch.watch('m1')
    task.done()
    watch.left('m1')
    watch.left('m2')
    await new Promise((resolve) => setTimeout(resolve, 30))
    assert.equal(task.signal.aborted, false)
    watch.close()
  })
})
