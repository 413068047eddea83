/**
 * The manager's change log on a real LevelDB: newest first, bounded, limited, and the changes
 * other nodes tell the manager actor recorded with the peer that told them.
 */
import assert from 'node:assert/strict'
import { Level } from 'level'
import { join } from 'node:path'
import type { Capacity } from '../../../protocols/capacity.ts'
import { ActorSystem } from '../../../node/runtime/actors/system.ts'
import { address } from '../../../node/runtime/actors/address.ts'
import { silentLogger } from '../../../node/core/logger.ts'
import { Catalog } from '../../../roles/manager/catalog.ts'
import { ChangeLog, type ChangeTable } from '../../../roles/manager/change-log.ts'
import { managerActor } from '../../../roles/manager/actor.ts'
import { TempDirs } from '../../helpers/datapath.ts'
import { FakeCapacity } from '../scheduler/fakes.ts'

describe('the manager\'s change log', function () {
  const temps = new TempDirs()
  let db: Level<string, Uint8Array>

  beforeEach(async function () {
    db = new Level<string, Uint8Array>(join(await temps.make(), 'db'), { valueEncoding: 'view' })
    await db.open()
  })
  afterEach(async function () {
    await db.close()
    await temps.cleanup()
  })

  it('lists the newest first, at most `limit`, and keeps only the newest `max`', async function () {
    const changes = new ChangeLog(db.sublevel<string, Uint8Array>('changes', { valueEncoding: 'view' }) as unknown as ChangeTable, 3)
    // five changes in one millisecond keep the order they were recorded in
    for (let i = 1; i <= 5; i++) await changes.record({ atMs: 1000, kind: 'job-add', subject: `job${i}`, detail: '', node: 'n' })
    assert.deepEqual((await changes.list()).map((e) => e.subject), ['job5', 'job4', 'job3'])
    assert.deepEqual((await changes.list(2)).map((e) => e.subject), ['job5', 'job4'])
    await changes.record({ kind: 'host-remove', subject: 'lab', detail: 'x'.repeat(5000), node: 'n' })
    const [newest] = await changes.list(1)
    assert.equal(newest!.kind, 'host-remove')
    assert.ok(newest!.atMs! >= Date.now() - 60_000, 'an unset time is now')
    assert.ok(newest!.detail!.length < 2100, 'a field is clipped')
  })

  it('records what the manager is told by another node, with the peer that told it', async function () {
    const system = new ActorSystem({ peerId: 'self' })
    const catalog = new Catalog(db)
    const capacity = new FakeCapacity() as unknown as Capacity
    system.spawn('manager', managerActor({ catalog, capacity, log: silentLogger, publishHosts: async () => {} }), { restart: 'permanent' })
    try {
      system.tell(address('self', 'manager'), { eventRecord: { atMs: 5, kind: 'members-add', subject: 'peerX', detail: 'added on node other' } }, address('other', 'members'))
      const reply = await system.ask(address('self', 'manager'), { adminRequest: { events: { limit: 10 } } })
      const events = reply.adminReply?.events?.events ?? []
      assert.equal(events.length, 1)
      assert.equal(events[0]!.kind, 'members-add')
      assert.equal(events[0]!.subject, 'peerX')
      assert.equal(events[0]!.node, 'other')
      assert.equal(events[0]!.atMs, 5)
    } finally {
      await system.stop()
    }
  })
})
