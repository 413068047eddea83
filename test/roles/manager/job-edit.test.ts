/**
 * `job edit` on the manager: only the named fields change, secrets stay, and an edit naming
 * nothing or a field that cannot be edited is refused.
 */
import assert from 'node:assert/strict'
import { pb, type Job } from '../../../proto/index.ts'
import { describeEdit, editedJob } from '../../../roles/manager/job-edit.ts'

const saved: Job = pb.Job.decode(pb.Job.encode({
  name: 'nightly',
  host: 'lab',
  vms: ['web01'],
  repository: 'main',
  blockSize: 1 << 20,
  compression: 'zstd',
  compressionLevel: 3,
  rateLimitBps: 1000,
  schedule: '0 2 * * *',
  retention: { keepLast: 3, keepDays: 0, weekly: 0, monthly: 0 },
  notify: { webhook: 'http://127.0.0.1/hook', on: ['failed'] },
  guest: { enabled: true, credentials: { user: 'backup', password: 'hunter2', privateKey: 'KEY' }, failurePolicy: 'require', scriptTimeoutS: 600 }
}).finish())

describe('job edit', function () {
  it('replaces only the fields named, nested ones included, and keeps the secrets', function () {
    const job = editedJob(saved, {
      job: { name: 'nightly', rateLimitBps: 5000, retention: { keepDays: 7 }, guest: { credentials: { user: 'other' } }, compression: 'none' },
      fields: ['rateLimitBps', 'retention.keepDays', 'guest.credentials.user']
    })
    assert.equal(job.rateLimitBps, 5000)
    assert.deepEqual(job.retention, { keepLast: 3, keepDays: 7, weekly: 0, monthly: 0 })
    assert.equal(job.guest?.credentials?.user, 'other')
    assert.equal(job.guest?.credentials?.password, 'hunter2')
    assert.equal(job.guest?.credentials?.privateKey, 'KEY')
    assert.equal(job.compression, 'zstd', 'a field given but not named stays')
    assert.deepEqual(job.vms, ['web01'])
    assert.equal(job.schedule, '0 2 * * *')
    assert.equal(job.name, 'nightly')
  })

  it('clears a field named without a value, and sets a nested one under an unset message', function () {
    const bare = pb.Job.decode(pb.Job.encode({ name: 'plain', host: 'lab', repository: 'main', schedule: '* * * * *' }).finish())
    const job = editedJob(bare, { job: { name: 'plain', notify: { webhook: 'http://x/' } }, fields: ['schedule', 'notify.webhook'] })
    assert.equal(job.schedule, '')
    assert.equal(job.notify?.webhook, 'http://x/')
  })

  it('refuses an edit naming nothing, or a field that cannot be edited', function () {
    assert.throws(() => editedJob(saved, { job: { name: 'nightly' }, fields: [] }), { code: 'ERR_BAD_REQUEST', message: /names nothing to change/ })
    assert.throws(() => editedJob(saved, { job: { name: 'nightly' }, fields: ['name', 'bogus'] }), { code: 'ERR_BAD_FIELD', message: /name, bogus cannot be edited; editable: host, vms/ })
  })

  it('describes an edit for the change log without the secrets', function () {
    const job = editedJob(saved, { job: { rateLimitBps: 5, guest: { credentials: { password: 'new' } } }, fields: ['rateLimitBps', 'guest.credentials.password'] })
    assert.equal(describeEdit(job, ['rateLimitBps', 'guest.credentials.password']), 'rateLimitBps=5, guest.credentials.password changed')
  })

  it('stamps a narrowed exclusion list, so the next session compares digests instead of trusting CBT', function () {
    const withCache = editedJob(saved, { job: { exclude: ['/var/cache/**', '/tmp'] }, fields: ['exclude'] })
    assert.deepEqual(withCache.exclude, ['/var/cache/**', '/tmp'])
    assert.equal(Number(withCache.excludeNarrowedMs ?? 0), 0, 'adding exclusions narrows nothing')
    const before = Date.now()
    const narrowed = editedJob(withCache, { job: { exclude: ['/tmp'] }, fields: ['exclude'] })
    assert.ok(Number(narrowed.excludeNarrowedMs) >= before, 'dropping /var/cache/** is stamped')
    const other = editedJob(withCache, { job: { noSkipFree: true }, fields: ['noSkipFree'] })
    assert.equal(other.noSkipFree, true)
    assert.equal(Number(other.excludeNarrowedMs ?? 0), 0)
  })
})
