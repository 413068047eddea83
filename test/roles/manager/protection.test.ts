/**
 * The protection view (roles/manager/protection.ts) on a real LevelDB: the manager's catalog (jobs,
 * sessions) and its boot checks, the points of several repositories as their nodes list them, and
 * the repositories' announcements (storage, off-site) in the capacity view. Each VM's 3-2-1-1-0
 * figures, and what a VM that falls short lacks.
 */
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { Level } from 'level'
import type { ActorMessage, PointSummary } from '../../../proto/index.ts'
import type { Capacity } from '../../../protocols/capacity.ts'
import { ActorSystem } from '../../../node/runtime/actors/system.ts'
import { address } from '../../../node/runtime/actors/address.ts'
import { silentLogger } from '../../../node/core/logger.ts'
import { Catalog } from '../../../roles/manager/catalog.ts'
import { BootChecks } from '../../../roles/manager/boot-checks.ts'
import { managerActor } from '../../../roles/manager/actor.ts'
import { gatherProtection } from '../../../roles/manager/protection.ts'
import { ProtectionMetrics } from '../../../roles/manager/protection-metrics.ts'
import { Registry } from 'prom-client'
import { TempDirs } from '../../helpers/datapath.ts'
import { FakeCapacity } from '../scheduler/fakes.ts'

const DAY = 86_400_000
const NOW = Date.UTC(2026, 5, 1, 12)

describe('protection: the 3-2-1-1-0 figures per VM', function () {
  const temps = new TempDirs()
  let db: Level<string, Uint8Array>
  let catalog: Catalog
  let checks: BootChecks
  let capacity: FakeCapacity
  /** node → the points it lists */
  let held: Map<string, PointSummary[]>

  const point = (id: string, vm: string, repository: string, extra: Partial<PointSummary> = {}): PointSummary =>
    ({ id, job: 'app', vm, sessionId: 'app.1', createdAtMs: NOW - DAY, repository, disks: [], ...extra })
  const ask = async (to: string, msg: ActorMessage): Promise<ActorMessage> => {
    const node = to.split('/')[0]!
    if (msg.pointsListRequest == null) throw new Error('unexpected ask')
    if (node === 'silent') throw new Error('no answer within 30000 ms')
    const { job, vm } = msg.pointsListRequest
    return { pointsList: { points: (held.get(node) ?? []).filter((p) => (!job || p.job === job) && (!vm || p.vm === vm)) } }
  }

  beforeEach(async function () {
    db = new Level<string, Uint8Array>(join(await temps.make(), 'db'), { valueEncoding: 'view' })
    await db.open()
    catalog = new Catalog(db)
    checks = new BootChecks(db)
    capacity = new FakeCapacity(() => NOW)
    capacity.announce({ peerId: 'n-main', roles: ['repository'], repository: { name: 'main', storage: 'folder' } })
    capacity.announce({ peerId: 'n-vault', roles: ['repository'], repository: { name: 'vault', storage: 'folder', offsite: true } })
    capacity.announce({ peerId: 'n-cloud', roles: ['repository'], repository: { name: 'cloud', storage: 's3' } })
    held = new Map()
    await catalog.addHost({ name: 'h1', type: 'file', path: '/srv/vms' })
  })
  afterEach(async function () {
    await db.close()
    await temps.cleanup()
  })

  const gather = async (): ReturnType<typeof gatherProtection> =>
    await gatherProtection({ ask, catalog, bootChecks: checks, capacity: capacity as unknown as Capacity, now: () => NOW })

  it('a VM with three sound copies (one off-site, one in S3, one locked), a good last run and a passing boot check is protected', async function () {
    await catalog.addJob({ name: 'app', host: 'h1', vms: ['vm1'], repository: 'main' })
    await catalog.saveSession({ id: 'app.1', job: 'app', state: 'success', startedAtMs: NOW - DAY, endedAtMs: NOW - DAY + 60_000, points: ['P1'] })
    held.set('n-main', [point('P1', 'vm1', 'main', { lockUntilMs: NOW + 7 * DAY })])
    held.set('n-vault', [point('P1', 'vm1', 'vault')])
    held.set('n-cloud', [point('P1', 'vm1', 'cloud')])
    await checks.save({ check: { pointId: 'P1', vm: 'vm1', job: 'app', pass: true, bootMs: 12_000, checkedAtMs: NOW - 2 * 3_600_000 } })

    const report = await gather()
    assert.equal(report.vms!.length, 1)
    const vm = report.vms![0]!
    assert.deepEqual(vm.missing, [])
    assert.equal(vm.protected, true)
    assert.deepEqual([vm.copies, vm.repositories, vm.offsite, vm.locked, vm.errors], [3, 3, 2, 1, 0])
    assert.deepEqual(vm.copyRepositories, ['cloud', 'main', 'vault'])
    assert.equal(vm.pointId, 'P1')
    assert.equal(vm.pointAgeMs, DAY)
    assert.equal(vm.bootCheckAgeMs, 2 * 3_600_000)
    assert.equal(vm.lastBootCheck, 'pass')
    assert.deepEqual([report.protected, report.short], [1, 0])
  })

  it('names what a VM lacks: copies, repositories, off-site, lock, and the missing boot check as an error', async function () {
    await catalog.addJob({ name: 'app', host: 'h1', vms: ['vm2', 'vm-never'], repository: 'main' })
    held.set('n-main', [point('P2', 'vm2', 'main')])
    const report = await gather()
    const [never, vm2] = [report.vms!.find((v) => v.vm === 'vm-never')!, report.vms!.find((v) => v.vm === 'vm2')!]
    assert.equal(vm2.protected, false)
    assert.deepEqual(vm2.missing, [
      '1 copy of 3',
      '1 repository of 2',
      'no off-site copy (a repository marked off-site, or S3)',
      'no locked copy',
      '1 error: no boot check of point P2'
    ])
    assert.equal(vm2.bootCheckAgeMs, 0)
    assert.equal(never.protected, false)
    assert.deepEqual(never.missing, ['no restore point'])
    assert.equal(never.pointId, '')
    assert.deepEqual([report.protected, report.short], [0, 2])
  })

  it('counts as errors a damaged newest point (the latest good one is older), a damaged copy, a failed boot check and a failed last run', async function () {
    await catalog.addJob({ name: 'app', host: 'h1', vms: ['vm3', 'vm4'], repository: 'main' })
    await catalog.saveSession({
      id: 'app.2', job: 'app', state: 'failed', startedAtMs: NOW - 3_600_000, endedAtMs: NOW - 3_000_000, points: [],
      failedVms: [{ vm: 'vm4', reason: 'the host did not answer the snapshot', code: 'ERR_SNAPSHOT_FAILED' }]
    })
    held.set('n-main', [
      point('P3-old', 'vm3', 'main', { createdAtMs: NOW - 2 * DAY }),
      point('P3-new', 'vm3', 'main', { createdAtMs: NOW - DAY, badBlocks: 2 }),
      point('P4', 'vm4', 'main')
    ])
    held.set('n-vault', [point('P3-old', 'vm3', 'vault', { createdAtMs: NOW - 2 * DAY, damaged: true, damageReason: 'manifest unreadable: bad crc' })])
    await checks.save({ check: { pointId: 'P3-old', vm: 'vm3', job: 'app', pass: false, code: 'ERR_BOOT_CHECK_NO_BOOT_DEVICE', reason: 'no bootable device', checkedAtMs: NOW - 60_000 } })
    await checks.save({ check: { pointId: 'P4', vm: 'vm4', job: 'app', pass: true, checkedAtMs: NOW - 60_000 } })

    const report = await gather()
    const vm3 = report.vms!.find((v) => v.vm === 'vm3')!
    assert.equal(vm3.pointId, 'P3-old')
    assert.equal(vm3.copies, 1, 'the damaged copy is not a copy')
    assert.equal(vm3.lastBootCheck, 'fail')
    assert.deepEqual(vm3.errorList, [
      'the last backup of job app (session app.2) failed',
      'its newest point P3-new is damaged in every copy (2 bad block(s))',
      'the copy of point P3-old in repository vault is damaged (manifest unreadable: bad crc)',
      'the boot check of point P3-old failed: no bootable device'
    ])
    assert.equal(vm3.pointAgeMs, 2 * DAY)
    const vm4 = report.vms!.find((v) => v.vm === 'vm4')!
    assert.deepEqual(vm4.errorList, ['the last backup (session app.2) failed for it: the host did not answer the snapshot'])
    assert.ok(vm4.missing!.some((m) => m.startsWith('1 error: the last backup')))
  })

  it('a job of every VM of its host covers the VMs it backed up; a silent repository node is reported, its copies not counted', async function () {
    await catalog.addJob({ name: 'app', host: 'h1', repository: 'main' })
    capacity.announce({ peerId: 'silent', roles: ['repository'], repository: { name: 'lost', storage: 'folder' } })
    held.set('n-main', [point('P5', 'vm5', 'main'), point('P6', 'vm6', 'main')])
    const report = await gather()
    assert.deepEqual(report.vms!.map((v) => v.vm), ['vm5', 'vm6'])
    assert.equal(report.problems!.length, 1)
    assert.match(report.problems![0]!, /did not list its points/)
  })

  it('gauges per VM: kept 30 s, computed again once invalidated (a job removed leaves no series)', async function () {
    await catalog.addJob({ name: 'app', host: 'h1', vms: ['vm2'], repository: 'main' })
    held.set('n-main', [point('P2', 'vm2', 'main')])
    const registry = new Registry()
    let computed = 0
    const metrics = new ProtectionMetrics(registry, async () => { computed++; return await gather() }, () => NOW)
    const text = await registry.metrics()
    assert.match(text, /meshbackup_protection_ok\{job="app",vm="vm2"\} 0/)
    assert.match(text, /meshbackup_protection_copies\{job="app",vm="vm2"\} 1/)
    assert.match(text, /meshbackup_protection_errors\{job="app",vm="vm2"\} 1/)
    assert.match(text, /meshbackup_protection_point_age_seconds\{job="app",vm="vm2"\} 86400/)
    await registry.metrics()
    assert.equal(computed, 1, 'one computation for the seven gauges and the next scrape')
    await catalog.removeJob('app')
    metrics.invalidate()
    assert.doesNotMatch(await registry.metrics(), /job="app"/)
    assert.equal(computed, 2)
  })

  it('the manager answers the admin request, and keeps boot checks it is sent', async function () {
    const system = new ActorSystem({ peerId: 'self' })
    capacity.announce({ peerId: 'self', roles: ['repository', 'manager'], repository: { name: 'main', storage: 'folder' } })
    await catalog.addJob({ name: 'app', host: 'h1', vms: ['vm1'], repository: 'main' })
    system.spawn('repository', () => ({ receive: async (msg) => msg.pointsListRequest != null ? { pointsList: { points: [point('P1', 'vm1', 'main')] } } : undefined }), { restart: 'permanent' })
    system.spawn('manager', managerActor({ catalog, bootChecks: checks, capacity: capacity as unknown as Capacity, log: silentLogger, publishHosts: async () => {} }), { restart: 'permanent' })
    try {
      const manager = address('self', 'manager')
      const kept = (await system.ask(manager, { adminRequest: { bootCheckRecord: { check: { pointId: 'P1', vm: 'vm1', job: 'app', pass: true, bootMs: 9000 } } } })).adminReply?.bootCheck
      assert.equal(kept?.pointId, 'P1')
      const report = (await system.ask(manager, { adminRequest: { protection: { vm: 'vm1' } } })).adminReply?.protection
      const vm = report?.vms?.[0]
      assert.equal(vm?.vm, 'vm1')
      assert.equal(vm?.lastBootCheck, 'pass')
      assert.deepEqual(vm?.missing, ['1 copy of 3', '1 repository of 2', 'no off-site copy (a repository marked off-site, or S3)', 'no locked copy'])
    } finally {
      await system.stop()
    }
  })
})
