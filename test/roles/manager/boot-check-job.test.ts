/**
 * Boot-check jobs on the manager (catalog.ts, boot-check-job.ts, actor.ts, mesh-view.ts) with a
 * real LevelDB and actor system, a stand-in repository actor and a stand-in node "boot-check"
 * actor: a job's settings are checked and its name kept apart from backup jobs'; its schedule is
 * kept under "bootcheck:NAME" and dropped with the job; a run is a session that checks each VM's
 * newest good point, one VM at a time, on the node announcing boot checks, and names each VM's
 * result; a VM with no good point, or whose check failed, fails the run; with no such node in view
 * the run fails saying so.
 */
import assert from 'node:assert/strict'
import { Level } from 'level'
import { join } from 'node:path'
import type { ActorMessage, PointSummary, SessionRecord } from '../../../proto/index.ts'
import type { Capacity } from '../../../protocols/capacity.ts'
import { ActorSystem } from '../../../node/runtime/actors/system.ts'
import { address } from '../../../node/runtime/actors/address.ts'
import { silentLogger } from '../../../node/core/logger.ts'
import { Catalog } from '../../../roles/manager/catalog.ts'
import { managerActor } from '../../../roles/manager/actor.ts'
import { newestGoodPoints } from '../../../roles/manager/boot-check-job.ts'
import { bootCheckNodes } from '../../../roles/manager/mesh-view.ts'
import { waitUntil } from '../../../sim/cluster.ts'
import { TempDirs } from '../../helpers/datapath.ts'
import { FakeCapacity } from '../scheduler/fakes.ts'

const POINTS: PointSummary[] = [
  { id: 'w1', vm: 'web01', job: 'vms', createdAtMs: 1000, repository: 'main' },
  { id: 'w2', vm: 'web01', job: 'vms', createdAtMs: 2000, repository: 'main' },
  { id: 'w3', vm: 'web01', job: 'vms', createdAtMs: 3000, repository: 'main', badBlocks: 2 },
  { id: 'd1', vm: 'db01', job: 'vms', createdAtMs: 1500, repository: 'main', damaged: true },
  { id: 'a1', vm: 'app01', job: 'vms', createdAtMs: 1500, repository: 'copy' }
]

describe('roles/manager boot-check jobs', function () {
  const temps = new TempDirs()
  let db: Level<string, Uint8Array>
  let catalog: Catalog
  let system: ActorSystem
  let capacity: FakeCapacity
  let checked: ActorMessage[]
  let concurrent: number
  let most: number

  beforeEach(async function () {
    db = new Level<string, Uint8Array>(join(await temps.make(), 'db'), { valueEncoding: 'view' })
    await db.open()
    catalog = new Catalog(db)
    await catalog.addHost({ name: 'lab', type: 'file', path: '/tmp' })
    await catalog.addJob({ name: 'vms', host: 'lab', repository: 'main', vms: ['web01', 'db01', 'app01', 'mail01'] })
    system = new ActorSystem({ peerId: 'self' })
    capacity = new FakeCapacity()
    checked = []
    concurrent = 0
    most = 0
    system.spawn('repository', () => ({
      receive (msg) {
        if (msg.pointsListRequest != null) return { pointsList: { points: POINTS.filter((p) => p.job === msg.pointsListRequest!.job) } }
        return { ok: {} }
      }
    }), { restart: 'permanent' })
    // the node's boot-check actor, as far as a run goes: the point fails when its id starts with "x"
    system.spawn('boot-check', () => ({
      async receive (msg) {
        checked.push(msg)
        most = Math.max(most, ++concurrent)
        await new Promise((resolve) => setTimeout(resolve, 20))
        concurrent--
        const r = msg.bootCheckRun!.request!
        const pass = !r.pointId!.startsWith('x')
        return { bootCheckRunReply: { check: { pointId: r.pointId, vm: r.vm, pass, code: pass ? '' : 'ERR_BOOT_CHECK_NO_BOOT_DEVICE', reason: pass ? '' : 'No bootable device.', heartbeat: 'guest-agent', bootMs: 8600, sessionId: `vms~boot.${r.pointId}` } } }
      }
    }), { restart: 'permanent' })
  })
  afterEach(async function () {
    await system.stop()
    await db.close()
    await temps.cleanup()
  })

  const startManager = (): string => {
    system.spawn('manager', managerActor({ catalog, capacity: capacity as unknown as Capacity, log: silentLogger, publishHosts: async () => {}, discoveryTimeoutMs: 300 }), { restart: 'permanent' })
    return address('self', 'manager')
  }
  const announce = (bootCheck = true): void => {
    capacity.announce({ peerId: 'self', roles: ['repository', 'proxy'], repository: { name: 'main', slots: 2 }, bootCheck: bootCheck ? { slots: 1, active: 0 } : undefined })
  }
  const ended = async (manager: string, id: string): Promise<SessionRecord> => {
    let s: SessionRecord | undefined
    await waitUntil(`session ${id} to end`, async () => {
      s = (await system.ask(manager, { adminRequest: { sessionShow: { id } } })).adminReply?.session ?? undefined
      return s?.state !== 'running'
    }, 5000, 20)
    return s!
  }

  it('checks a boot-check job and keeps its name apart from backup, verify and copy jobs', async function () {
    await assert.rejects(catalog.addBootCheckJob({ name: 'boot' }), /needs --job/)
    await assert.rejects(catalog.addBootCheckJob({ name: 'boot', job: 'nope' }), /no job named "nope"/)
    await assert.rejects(catalog.addBootCheckJob({ name: 'boot', job: 'vms', vms: ['ftp01'] }), (err: any) => err.code === 'ERR_BOOT_CHECK_BAD_JOB' && /ftp01/.test(err.message))
    await assert.rejects(catalog.addBootCheckJob({ name: 'boot', job: 'vms', noAgent: true }), /--heartbeat-line/)
    await assert.rejects(catalog.addBootCheckJob({ name: 'boot', job: 'vms', scriptText: 'true', scriptPath: '/bin/true' }), /not both/)
    await assert.rejects(catalog.addBootCheckJob({ name: 'boot', job: 'vms', bootTimeoutS: 5000 }), /--boot-timeout 5000/)
    await assert.rejects(catalog.addBootCheckJob({ name: 'boot', job: 'vms', schedule: 'every day' }), /not a cron expression/)
    await assert.rejects(catalog.addBootCheckJob({ name: 'vms', job: 'vms' }), /is the name of a backup, verify or copy job/)
    const saved = await catalog.addBootCheckJob({ name: 'boot', job: 'vms', vms: ['web01', ' web01 '], schedule: ' 0  5 * * *', scriptPath: '/usr/local/bin/check.sh', bootTimeoutS: 240 })
    assert.deepEqual([saved.vms, saved.schedule, saved.bootTimeoutS, saved.on], [['web01'], '0 5 * * *', 240, ''])
    await assert.rejects(catalog.addJob({ name: 'boot', host: 'lab', repository: 'main' }), /is the name of a boot-check job/)
    await assert.rejects(catalog.addVerifyJob({ name: 'boot', repository: 'main' }), /boot-check job/)
    await assert.rejects(catalog.addCopyJob({ name: 'boot', from: 'main', to: 'copy' }), /boot-check job/)
    assert.deepEqual((await catalog.bootCheckJobs()).map((j) => j.name), ['boot'])
    await catalog.removeBootCheckJob('boot')
    await assert.rejects(catalog.bootCheckJob('boot'), /no boot-check job named "boot"/)
  })

  it('keeps a job\'s schedule under bootcheck:NAME and drops it with the job', async function () {
    announce()
    const manager = startManager()
    const saved = (await system.ask(manager, { adminRequest: { bootCheckJobAdd: { name: 'boot', job: 'vms', schedule: '0 5 * * *' } } })).adminReply?.bootCheckJob
    assert.equal(saved?.schedule, '0 5 * * *')
    assert.equal((await catalog.scheduleState('bootcheck:boot'))?.cron, '0 5 * * *')
    assert.equal(await catalog.scheduleState('boot'), undefined)
    const listed = (await system.ask(manager, { adminRequest: { bootCheckJobList: {} } })).adminReply?.bootCheckJobs?.jobs ?? []
    assert.deepEqual(listed.map((j) => j.name), ['boot'])
    const events = (await system.ask(manager, { adminRequest: { events: { limit: 10 } } })).adminReply?.events?.events ?? []
    assert.ok(events.some((e) => e.kind === 'boot-check-job-add' && e.subject === 'boot'))
    await system.ask(manager, { adminRequest: { bootCheckJobRemove: { name: 'boot' } } })
    assert.equal(await catalog.scheduleState('bootcheck:boot'), undefined)
    await assert.rejects(system.ask(manager, { adminRequest: { bootCheckJobRun: { name: 'boot' } } }), /no boot-check job named "boot"/)
  })

  it('runs as a session: each VM\'s newest good point checked, one at a time, on the node announcing boot checks', async function () {
    announce()
    const manager = startManager()
    await system.ask(manager, { adminRequest: { bootCheckJobAdd: { name: 'boot', job: 'vms', vms: ['web01'], scriptPath: '/check.sh', bootTimeoutS: 240 } } })
    const started = (await system.ask(manager, { adminRequest: { bootCheckJobRun: { name: 'boot' } } })).adminReply!.session!
    assert.equal(started.kind, 'boot-check-job')
    await assert.rejects(system.ask(manager, { adminRequest: { bootCheckJobRun: { name: 'boot' } } }), /already running/)
    const s = await ended(manager, started.id!)
    assert.equal(s.state, 'success', (s.log ?? []).join('\n'))
    assert.deepEqual(s.points, ['w2'])
    assert.ok(s.log!.some((l) => l.includes('VM web01: restore point w2 passed') && l.includes('session vms~boot.w2')), (s.log ?? []).join('\n'))
    const req = checked[0]!.bootCheckRun!.request!
    assert.deepEqual([req.pointId, req.vm, req.repository, req.scriptPath, req.bootTimeoutS], ['w2', 'web01', 'main', '/check.sh', 240])
    assert.equal(checked[0]!.bootCheckRun!.runSession, started.id)
  })

  it('fails the run for a VM with no good point, with no point at all, or whose check failed; the others still run', async function () {
    POINTS.push({ id: 'x1', vm: 'web01', job: 'vms', createdAtMs: 2500, repository: 'main' })
    try {
      announce()
      const manager = startManager()
      await system.ask(manager, { adminRequest: { bootCheckJobAdd: { name: 'boot', job: 'vms' } } })
      const started = (await system.ask(manager, { adminRequest: { bootCheckJobRun: { name: 'boot' } } })).adminReply!.session!
      const s = await ended(manager, started.id!)
      assert.equal(s.state, 'failed')
      assert.deepEqual((s.failedVms ?? []).map((f) => [f.vm, f.code]).sort(), [['db01', 'ERR_BOOT_CHECK_NO_POINT'], ['mail01', 'ERR_BOOT_CHECK_NO_POINT'], ['web01', 'ERR_BOOT_CHECK_NO_BOOT_DEVICE']])
      assert.match(s.failedVms!.find((f) => f.vm === 'mail01')!.reason!, /no restore point of job vms/)
      assert.match(s.failedVms!.find((f) => f.vm === 'db01')!.reason!, /every restore point of VM db01 is damaged/)
      assert.match(s.failedVms!.find((f) => f.vm === 'web01')!.reason!, /restore point x1 failed its boot check .*No bootable device/)
      assert.deepEqual(checked.map((m) => [m.bootCheckRun!.request!.pointId, m.bootCheckRun!.request!.repository]), [['x1', 'main'], ['a1', 'copy']], 'in the order of the backup job\'s VMs')
      assert.deepEqual(s.points, ['x1', 'a1'])
      assert.ok(s.log!.some((l) => l.includes('1 of 4 VM(s) passed')), (s.log ?? []).join('\n'))
      assert.equal(most, 1, 'one check at a time')
    } finally {
      POINTS.pop()
    }
  })

  it('fails the run when no node announces boot checks, or the one named with --on does not', async function () {
    announce(false)
    const manager = startManager()
    await system.ask(manager, { adminRequest: { bootCheckJobAdd: { name: 'boot', job: 'vms', vms: ['web01'] } } })
    let s = await ended(manager, (await system.ask(manager, { adminRequest: { bootCheckJobRun: { name: 'boot' } } })).adminReply!.session!.id!)
    assert.equal(s.state, 'failed')
    assert.ok(s.log!.some((l) => /no node in the mesh view announces boot checks/.test(l)), (s.log ?? []).join('\n'))
    announce()
    await system.ask(manager, { adminRequest: { bootCheckJobAdd: { name: 'boot', job: 'vms', vms: ['web01'], on: '12D3other' } } })
    s = await ended(manager, (await system.ask(manager, { adminRequest: { bootCheckJobRun: { name: 'boot' } } })).adminReply!.session!.id!)
    assert.equal(s.state, 'failed')
    assert.ok(s.log!.some((l) => /node 12D3other does not announce boot checks/.test(l)), (s.log ?? []).join('\n'))
    assert.equal(checked.length, 0)
  })

  it('picks the node: the one named (by a unique start of its id), else proxies first, then the least busy', function () {
    const view = new FakeCapacity()
    view.announce({ peerId: 'aaa1', roles: ['repository'], bootCheck: { slots: 1, active: 0 } })
    view.announce({ peerId: 'bbb1', roles: ['proxy'], bootCheck: { slots: 1, active: 1 } })
    view.announce({ peerId: 'bbb2', roles: ['proxy'], bootCheck: { slots: 1, active: 0 } })
    view.announce({ peerId: 'ccc1', roles: ['proxy'] })
    const c = view as unknown as Capacity
    assert.deepEqual(bootCheckNodes(c), ['bbb2', 'bbb1', 'aaa1'])
    assert.deepEqual(bootCheckNodes(c, 'aaa'), ['aaa1'])
    assert.deepEqual(bootCheckNodes(c, 'bbb'), [], 'an ambiguous start names no node')
    assert.deepEqual(bootCheckNodes(c, 'ccc1'), [], 'a node that does not announce boot checks')
  })

  it('takes each VM\'s newest sound point', function () {
    const newest = newestGoodPoints(POINTS)
    assert.deepEqual([...newest.entries()].map(([vm, p]) => [vm, p.id]).sort(), [['app01', 'a1'], ['web01', 'w2']])
  })
})
