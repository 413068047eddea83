/**
 * A VM left without a restore point is a failure the session record keeps with its reason: the
 * session ends failed even when other VMs got their points, and the webhook summary names the VM
 * and why, however long the log grew after it.
 */
import assert from 'node:assert/strict'
import type { SessionRecord } from '../../../proto/index.ts'
import { SessionLog } from '../../../roles/manager/session-log.ts'
import { sessionSummary } from '../../../roles/manager/notify.ts'

describe('failed VMs in the session record', function () {
  it('keeps each failed VM once with its first reason, fails the session, and carries them to the webhook', async function () {
    const record: SessionRecord = { id: 'nightly.1', job: 'nightly', state: 'running', startedAtMs: 1 }
    const log = new SessionLog(record, async () => {})
    log.point('p-web01')
    log.vmFailed('badjson', 'host "lab" cannot describe it: vm.json: is not valid JSON (ERR_BAD_VM_MANIFEST)', 'ERR_BAD_VM_MANIFEST')
    log.vmFailed('badjson', 'a second reason')
    log.vmFailed('ghost', 'VM "ghost" not found on host "lab"', 'ERR_NO_SUCH_VM')
    for (let i = 0; i < 40; i++) log.line(`line ${i}`)
    log.finish()
    await log.flush()
    assert.equal(record.state, 'failed')
    assert.deepEqual(record.failedVms, [
      { vm: 'badjson', reason: 'host "lab" cannot describe it: vm.json: is not valid JSON (ERR_BAD_VM_MANIFEST)', code: 'ERR_BAD_VM_MANIFEST' },
      { vm: 'ghost', reason: 'VM "ghost" not found on host "lab"', code: 'ERR_NO_SUCH_VM' }
    ])
    const summary = sessionSummary(record, 0)
    assert.equal(summary.log.some((l) => l.includes('badjson')), false, 'the log tail no longer reaches the failure')
    assert.deepEqual(summary.failedVms.map((f) => [f.vm, f.code]), [['badjson', 'ERR_BAD_VM_MANIFEST'], ['ghost', 'ERR_NO_SUCH_VM']])
    assert.match(summary.failedVms[0]!.reason, /is not valid JSON/)
  })
})
