/**
 * A boot check as the manager records it (roles/manager/boot-check-session.ts, boot-checks.ts),
 * on a real LevelDB: the session a begin opens and the result ends, the result and its screenshot
 * kept per point, the log lines, the job's webhook told, the per-VM gauges; a boot check's session
 * is never its job's last run in the job gauges.
 */
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { Level } from 'level'
import { Registry } from 'prom-client'
import { Catalog } from '../../../roles/manager/catalog.ts'
import { BootChecks, MAX_OUTPUT_BYTES } from '../../../roles/manager/boot-checks.ts'
import { beginBootCheck, endBootCheck } from '../../../roles/manager/boot-check-session.ts'
import { BootCheckMetrics } from '../../../roles/manager/boot-check-metrics.ts'
import { JobMetrics } from '../../../roles/manager/job-metrics.ts'
import { TempDirs } from '../../helpers/datapath.ts'
import { startWebhookReceiver, type WebhookReceiver } from '../../helpers/webhook.ts'

describe('boot checks kept by the manager', function () {
  const temps = new TempDirs()
  let db: Level<string, Uint8Array>
  let catalog: Catalog
  let checks: BootChecks
  let hook: WebhookReceiver

  beforeEach(async function () {
    db = new Level<string, Uint8Array>(join(await temps.make(), 'db'), { valueEncoding: 'view' })
    await db.open()
    catalog = new Catalog(db)
    checks = new BootChecks(db)
    hook = await startWebhookReceiver()
    await catalog.addHost({ name: 'h1', type: 'file', path: '/srv/vms' })
    await catalog.addJob({ name: 'app', host: 'h1', vms: ['vm1'], repository: 'main', notify: { webhook: hook.url, on: ['failed'] } })
  })
  afterEach(async function () {
    await hook.close()
    await db.close()
    await temps.cleanup()
  })

  it('a begun check runs as a session of kind boot-check; its failed result ends it, is kept with its screenshot, and the job\'s webhook hears of it', async function () {
    const session = await beginBootCheck(catalog, { pointId: 'app.vm1.P1', vm: 'vm1', job: 'app', repository: 'main', host: 'lab' })
    assert.match(session.id!, /^app~boot\./)
    assert.equal((await catalog.session(session.id!)).state, 'running')
    assert.equal((await catalog.session('app').catch(() => undefined))?.kind, undefined, 'the job\'s own latest session is not the boot check')

    const png = Buffer.from('\x89PNG not really')
    const { kept, session: ended, notified } = await endBootCheck({ catalog, bootChecks: checks }, {
      check: {
        pointId: 'app.vm1.P1', vm: 'vm1', job: 'app', sessionId: session.id, pass: false, code: 'ERR_BOOT_CHECK_SCRIPT_FAILED',
        reason: 'the script exited with code 3: app down', bootMs: 14_200, scriptRan: true, scriptExit: 3, output: 'x'.repeat(10_000), checkedAtMs: 1_780_000_000_000
      },
      screenshotPng: png,
      log: ['VM started from the point through its overlays, no network']
    })
    assert.equal(kept.id, 'app.vm1.P1@001780000000000')
    assert.equal(kept.screenshotId, kept.id)
    assert.ok(kept.output!.length < MAX_OUTPUT_BYTES + 100 && kept.output!.endsWith('more bytes)'), 'output cut to 4 KiB')
    assert.deepEqual(Buffer.from(await checks.screenshot(kept.id!)), png)
    await assert.rejects(checks.screenshot('nope'), { code: 'ERR_BOOT_CHECK_NO_SCREENSHOT' })

    await notified
    const saved = await catalog.session(session.id!)
    assert.equal(saved.state, 'failed')
    assert.equal(saved.kind, 'boot-check')
    assert.equal(saved.bootCheck?.id, kept.id)
    const log = saved.log!.join('\n')
    assert.match(log, /started, in isolation: no network/)
    assert.match(log, /VM started from the point through its overlays/)
    assert.match(log, /heartbeat \(guest agent\) 14\.2 s after the VM started/)
    assert.match(log, /error: boot check failed \(ERR_BOOT_CHECK_SCRIPT_FAILED\): the script exited with code 3/)
    assert.match(log, /notification of the failed boot check sent/)
    assert.equal(ended.id, session.id)

    assert.equal(hook.received.length, 1)
    const body = hook.received[0]
    assert.equal(body.state, 'failed')
    assert.equal(body.bootCheck.pointId, 'app.vm1.P1')
    assert.equal(body.bootCheck.scriptExit, 3)
    assert.equal(body.bootCheck.screenshot, `/api/boot-checks/${encodeURIComponent(kept.id!)}/screenshot.png`)
  })

  it('a result without a begin gets a session of its own; the listing is newest first, per point on request; a pass does not notify (job notifies on failed)', async function () {
    await (await endBootCheck({ catalog, bootChecks: checks }, { check: { pointId: 'P1', vm: 'vm1', job: 'app', pass: false, reason: 'no heartbeat', checkedAtMs: 1000 } })).notified
    const { session } = await endBootCheck({ catalog, bootChecks: checks }, { check: { pointId: 'P1', vm: 'vm1', job: 'app', pass: true, bootMs: 9000, durationMs: 12_000, checkedAtMs: 20_000 } })
    await endBootCheck({ catalog, bootChecks: checks }, { check: { pointId: 'P2', vm: 'vm2', job: 'app', pass: true, checkedAtMs: 30_000 } })
    assert.equal(session.state, 'success')
    assert.equal(session.startedAtMs, 8000, 'a result alone: its session started when the check did')
    assert.deepEqual((await checks.list()).map((c) => `${c.pointId}:${c.pass}`), ['P2:true', 'P1:true', 'P1:false'])
    assert.deepEqual((await checks.list({ latestPerPoint: true })).map((c) => c.pointId), ['P2', 'P1'])
    assert.deepEqual((await checks.list({ pointId: 'P1' })).map((c) => c.checkedAtMs), [20_000, 1000])
    assert.deepEqual((await checks.list({ vm: 'vm2' })).map((c) => c.pointId), ['P2'])
    assert.equal(hook.received.length, 1, 'only the failed check notified')
  })

  it('gauges: seconds since each VM\'s last good check, and whether its last check passed; job gauges ignore boot-check sessions', async function () {
    const registry = new Registry()
    let now = 100_000
    const metrics = new BootCheckMetrics(registry, () => now)
    metrics.load([
      { vm: 'vm1', pass: true, checkedAtMs: 10_000 },
      { vm: 'vm1', pass: false, checkedAtMs: 40_000 },
      { vm: 'vm2', pass: false, checkedAtMs: 50_000 }
    ])
    now = 130_000
    const text = await registry.metrics()
    assert.match(text, /meshbackup_boot_check_age_seconds\{vm="vm1"\} 120/)
    assert.doesNotMatch(text, /meshbackup_boot_check_age_seconds\{vm="vm2"\}/, 'no good check: no age')
    assert.match(text, /meshbackup_boot_check_pass\{vm="vm1"\} 0/)
    assert.match(text, /meshbackup_boot_check_pass\{vm="vm2"\} 0/)
    metrics.observe({ vm: 'vm2', pass: true, checkedAtMs: 125_000 })
    assert.match(await registry.metrics(), /meshbackup_boot_check_pass\{vm="vm2"\} 1/)

    const jobs = new JobMetrics(registry)
    jobs.observe({ id: 'app.1', job: 'app', state: 'success', startedAtMs: 1000, endedAtMs: 2000 })
    jobs.observe({ id: 'app~boot.1', job: 'app', kind: 'boot-check', state: 'failed', startedAtMs: 3000, endedAtMs: 4000 })
    assert.match(await registry.metrics(), /meshbackup_job_last_session_result\{job="app",result="success"\} 1/)
  })
})
