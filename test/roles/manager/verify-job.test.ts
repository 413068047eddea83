/**
 * Verify jobs on the manager (catalog.ts, verify-job.ts, actor.ts) with a real LevelDB and actor
 * system, and a stand-in repository actor: a job's settings are checked and its name kept apart
 * from backup jobs'; a run is a session that follows the repository's progress and ends with its
 * report (failed when points are damaged, each named in the log); never two runs at once; a
 * silent repository fails the session instead of leaving it running.
 */
import assert from 'node:assert/strict'
import { Level } from 'level'
import { join } from 'node:path'
import type { ActorMessage, SessionRecord, VerifyPassReport } from '../../../proto/index.ts'
import type { Capacity } from '../../../protocols/capacity.ts'
import { ActorSystem } from '../../../node/runtime/actors/system.ts'
import { address } from '../../../node/runtime/actors/address.ts'
import { silentLogger } from '../../../node/core/logger.ts'
import { Catalog } from '../../../roles/manager/catalog.ts'
import { managerActor } from '../../../roles/manager/actor.ts'
import { verifySessionActor } from '../../../roles/manager/verify-job.ts'
import { sessionSummary } from '../../../roles/manager/notify.ts'
import { waitUntil } from '../../../sim/cluster.ts'
import { TempDirs } from '../../helpers/datapath.ts'
import { FakeCapacity, repositoryAnnouncement } from '../scheduler/fakes.ts'

const damaged: VerifyPassReport = {
  repository: 'main',
  pointsChecked: 3,
  pointsSkipped: 1,
  blocksChecked: 40,
  bytesChecked: 40 * 1048576,
  bytesRead: 30 * 1048576,
  durationMs: 400,
  badBlocks: 1,
  damagedPoints: [{ pointId: 'p1', vm: 'web01', job: 'nightly', badBlocks: 1, problems: ['disk 0 (vda) block 4 (ab…): pack 00 offset 16: its bytes do not hash to its digest; the next backup of the VM sends this block again'] }],
  problems: []
}

describe('roles/manager verify jobs', function () {
  const temps = new TempDirs()
  let db: Level<string, Uint8Array>
  let catalog: Catalog
  let system: ActorSystem
  let capacity: FakeCapacity
  const asked: ActorMessage[] = []
  let answer: ((msg: ActorMessage, sender: string) => void) | undefined

  beforeEach(async function () {
    db = new Level<string, Uint8Array>(join(await temps.make(), 'db'), { valueEncoding: 'view' })
    await db.open()
    catalog = new Catalog(db)
    system = new ActorSystem({ peerId: 'self' })
    capacity = new FakeCapacity()
    capacity.announce(repositoryAnnouncement('self', { name: 'main', slots: 2 }))
    asked.length = 0
    answer = undefined
    // the repository node's actor, as far as a verify pass goes
    system.spawn('repository', () => ({
      receive (msg, ctx) {
        asked.push(msg)
        const sender = ctx.sender!
        setTimeout(() => answer?.(msg, sender), 10)
        return { ok: {} }
      }
    }), { restart: 'permanent' })
  })
  afterEach(async function () {
    await system.stop()
    await db.close()
    await temps.cleanup()
  })

  it('checks a verify job and keeps its name apart from backup jobs', async function () {
    await assert.rejects(catalog.addVerifyJob({ name: 'check' }), /needs --repository/)
    await assert.rejects(catalog.addVerifyJob({ name: 'check', repository: 'main', olderThanDays: -1 }), /--older-than -1/)
    await assert.rejects(catalog.addVerifyJob({ name: 'check', repository: 'main', schedule: 'every day' }), /not a cron expression/)
    const saved = await catalog.addVerifyJob({ name: 'check', repository: 'main', schedule: ' 0  3 * * 0', olderThanDays: 30 })
    assert.deepEqual([saved.schedule, saved.olderThanDays, saved.notify?.webhook], ['0 3 * * 0', 30, ''])
    await catalog.addHost({ name: 'lab', type: 'file', path: '/tmp' })
    await assert.rejects(catalog.addJob({ name: 'check', host: 'lab', repository: 'main' }), /is the name of a verify job/)
    await catalog.addJob({ name: 'nightly', host: 'lab', repository: 'main' })
    await assert.rejects(catalog.addVerifyJob({ name: 'nightly', repository: 'main' }), /is the name of a backup job/)
    assert.deepEqual((await catalog.verifyJobs()).map((j) => j.name), ['check'])
    await catalog.removeVerifyJob('check')
    await assert.rejects(catalog.verifyJob('check'), /no verify job named "check"/)
  })

  it('runs as a session: progress from the repository, then its report; damaged points fail it, each named', async function () {
    system.spawn('manager', managerActor({ catalog, capacity: capacity as unknown as Capacity, log: silentLogger, publishHosts: async () => {} }), { restart: 'permanent' })
    const manager = address('self', 'manager')
    const add = await system.ask(manager, { adminRequest: { verifyJobAdd: { name: 'check', repository: 'main', olderThanDays: 7 } } })
    assert.equal(add.adminReply?.verifyJob?.name, 'check')
    answer = (msg, sender) => {
      if (msg.verifyPassRequest == null) return
      system.tell(sender, { verifyPassProgress: { repository: 'main', bytesDone: 10, bytesTotal: 40, elapsedMs: 100, points: 3 } }, address('self', 'repository'))
      setTimeout(() => system.tell(sender, { verifyPassReport: damaged }, address('self', 'repository')), 50)
    }
    const started = (await system.ask(manager, { adminRequest: { verifyJobRun: { name: 'check' } } })).adminReply!.session!
    assert.equal(started.kind, 'verify')
    await assert.rejects(system.ask(manager, { adminRequest: { verifyJobRun: { name: 'check' } } }), /already running/)
    const ended = await waitUntil('the session ends', async () => {
      const s = (await system.ask(manager, { adminRequest: { sessionShow: { id: started.id } } })).adminReply?.session
      return s?.state !== 'running' ? s : undefined
    })
    assert.deepEqual(asked.map((m) => m.verifyPassRequest), [{ repository: 'main', olderThanDays: 7, verifyJob: 'check' }])
    assert.equal(ended!.state, 'failed')
    assert.equal(ended!.verifyReport?.badBlocks, 1)
    const log = (ended!.log ?? []).join('\n')
    assert.match(log, /verified 3 restore point\(s\) of repository main \(1 verified within 7 days skipped\)/)
    assert.match(log, /error: restore point p1 of VM web01 is damaged: 1 bad block\(s\); disk 0 \(vda\) block 4/)
    assert.match(log, /session ended: failed; 3 restore point\(s\) verified/)
    const summary = sessionSummary(ended!, 0)
    assert.deepEqual(summary.verify?.damagedPoints.map((d) => d.pointId), ['p1'])
    const listed = (await system.ask(manager, { adminRequest: { sessionList: { job: 'check' } } })).adminReply?.sessions?.sessions ?? []
    assert.deepEqual(listed.map((s) => s.id), [started.id])
  })

  it('fails the session when the repository falls silent, or is not in the view', async function () {
    const run = async (repository: string, stallMs: number): Promise<SessionRecord> => {
      const record: SessionRecord = { id: `check.${repository}`, job: 'check', kind: 'verify', state: 'running', startedAtMs: Date.now() }
      let ended: SessionRecord | undefined
      system.spawn(`session-${repository}`, verifySessionActor({
        job: { name: 'check', repository, olderThanDays: 0 },
        record,
        capacity: capacity as unknown as Capacity,
        discoveryTimeoutMs: 50,
        stallMs,
        save: async () => {},
        onEnd: (r) => { ended = r }
      }), { restart: 'temporary' })
      return await waitUntil('the session ends', () => ended)
    }
    const silent = await run('main', 200)
    assert.equal(silent.state, 'failed')
    assert.match((silent.log ?? []).join('\n'), /repository "main" on node …self said nothing for 0 s during the verify/)
    const missing = await run('other', 200)
    assert.equal(missing.state, 'failed')
    assert.match((missing.log ?? []).join('\n'), /repository "other" is unreachable/)
  })
})
