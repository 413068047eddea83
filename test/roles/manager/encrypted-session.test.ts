/**
 * A session of an encrypted job (roles/manager/session.ts), with the key from a real key catalog
 * on LevelDB and stand-in proxy, scheduler and repository actors: the proxy's task assignment
 * carries the data key and its fingerprint, the scheduler's placement request and the saved
 * session record do not carry the key, the committed point carries the fingerprint and one
 * recovery wrap per recovery key, and a latest point of another key is not used as a base.
 */
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { Level } from 'level'
import { pb, type ActorMessage, type PointSummary, type SessionRecord } from '../../../proto/index.ts'
import type { Capacity } from '../../../protocols/capacity.ts'
import { ActorSystem } from '../../../node/runtime/actors/system.ts'
import { address } from '../../../node/runtime/actors/address.ts'
import { describeRecoveryWrap } from '../../../node/core/crypto/recovery-key.ts'
import { sessionActor } from '../../../roles/manager/session.ts'
import { KeyCatalog } from '../../../roles/manager/key-catalog.ts'
import { waitUntil } from '../../../sim/cluster.ts'
import { TempDirs } from '../../helpers/datapath.ts'
import { FakeCapacity } from '../scheduler/fakes.ts'

const host = { name: 'lab', type: 'file', path: '/vms' }

describe('roles/manager encrypted sessions', function () {
  const temps = new TempDirs()
  let db: Level<string, Uint8Array>
  let keys: KeyCatalog
  let system: ActorSystem
  const seen: ActorMessage[] = []
  let earlier: PointSummary[] = []

  beforeEach(async function () {
    const dir = await temps.make()
    db = new Level<string, Uint8Array>(join(dir, 'db'), { valueEncoding: 'view' })
    await db.open()
    keys = new KeyCatalog(db, join(dir, 'keys.secret'), { scrypt: { N: 1024, r: 8, p: 1 } })
    seen.length = 0
    earlier = []
    system = new ActorSystem({ peerId: 'self' })
    // every message goes through protobuf, as it would between nodes
    const wire = (msg: ActorMessage): ActorMessage => pb.ActorMessage.decode(pb.ActorMessage.encode(msg).finish())
    system.spawn('proxy', () => ({
      receive (msg, ctx) {
        seen.push(wire(msg))
        if (msg.hostInventoryRequest != null) return { hostInventory: { vms: [{ name: 'web', disks: [{ index: 0, name: 'vda', size: 1 << 20, file: '/vms/web/vda.img' }] }] } }
        if (msg.snapshotRequest != null) return { snapshotReply: { snapshotId: 'snap-1', guarantee: 'reflink', disks: [{ index: 0, name: 'vda', size: 1 << 20, file: '/vms/web/.snap/vda.img' }] } }
        if (msg.releaseRequest != null) return { ok: {} }
        if (msg.taskAssignment != null) {
          const task = msg.taskAssignment.task!
          ctx.tell(msg.taskAssignment.reportTo!, { taskResult: { taskId: task.taskId, ok: true, stagedId: `staged-${task.taskId}`, proxyPeer: 'self', stats: {} } })
        }
        return undefined
      }
    }), { restart: 'permanent' })
    system.spawn('scheduler', () => ({
      receive (msg, ctx) {
        seen.push(wire(msg))
        const place = msg.placeTask
        if (place != null) ctx.tell(place.replyTo!, { taskPlaced: { taskId: place.task!.taskId, proxyPeer: 'self', repositoryPeer: 'self', mode: 'direct' } })
        return undefined
      }
    }), { restart: 'permanent' })
    system.spawn('repository', () => ({
      receive (msg) {
        seen.push(wire(msg))
        if (msg.pointsListRequest != null) return { pointsList: { points: earlier } }
        if (msg.commitPoint != null) return { pointCommitted: { point: { id: 'p-new', vm: 'web', keyFingerprint: msg.commitPoint.keyFingerprint } } }
        return { ok: {} }
      }
    }), { restart: 'permanent' })
  })
  afterEach(async function () {
    await system.stop()
    await db.close()
    await temps.cleanup()
  })

  const runSession = async (): Promise<{ ended: SessionRecord, saved: Uint8Array[] }> => {
    const capacity = new FakeCapacity()
    capacity.announce({
      peerId: 'self',
      roles: ['proxy', 'scheduler', 'repository'],
      proxy: { slots: 2, active: 0, hosts: [{ host: 'lab', modes: ['direct'] }] },
      repository: { name: 'main', slots: 2, active: 0, freeBytes: 1e12 }
    })
    const key = await keys.dataKey('prod')
    const record: SessionRecord = { id: 'nightly.1', job: 'nightly', state: 'running', startedAtMs: Date.now(), tasks: [], log: [], points: [] }
    const saved: Uint8Array[] = []
    let ended: SessionRecord | undefined
    system.spawn('session-1', sessionActor({
      job: { name: 'nightly', host: 'lab', repository: 'main', key: 'prod', blockSize: 1 << 20, compression: 'zstd', retention: {} },
      host,
      record,
      capacity: capacity as unknown as Capacity,
      snapshots: { recordSnapshot: async () => {}, forgetSnapshot: async () => {} },
      hunt: async () => [],
      // what the catalog would store: the record as encoded
      save: async (r) => { saved.push(pb.SessionRecord.encode(r).finish()) },
      onEnd: (r) => { ended = r },
      discoveryTimeoutMs: 2000,
      encryption: { key, recoveryWraps: await keys.recoveryWraps(key) }
    }), { restart: 'temporary' })
    await waitUntil('the session ends', async () => ended)
    return { ended: ended!, saved }
  }

  it('gives the key to the proxy only, keeps it out of the session record, and commits the fingerprint and recovery wraps', async function () {
    const made = await keys.create({ name: 'prod', passphrase: 'pw' })
    const safe = await keys.create({ name: 'safe', passphrase: 'pw', recovery: true })
    const material = (await keys.dataKey('prod')).material
    const { ended, saved } = await runSession()
    assert.equal(ended.state, 'success', (ended.log ?? []).join('\n'))

    const assignment = seen.find((m) => m.taskAssignment != null)!.taskAssignment!.task!
    assert.deepEqual(Buffer.from(assignment.dataKey!), material)
    assert.equal(assignment.keyFingerprint, made.fingerprint)
    const placement = seen.find((m) => m.placeTask != null)!.placeTask!.task!
    assert.equal(placement.keyFingerprint, made.fingerprint)
    assert.equal(placement.dataKey?.byteLength ?? 0, 0, 'the scheduler places the task without its key')

    const commit = seen.find((m) => m.commitPoint != null)!.commitPoint!
    assert.equal(commit.keyFingerprint, made.fingerprint)
    assert.equal(commit.recoveryWraps?.length, 1)
    assert.deepEqual(describeRecoveryWrap(commit.recoveryWraps![0]!), { recovery: safe.fingerprint, key: made.fingerprint })

    // neither the saved records nor the record as shown hold the key's bytes
    assert.ok(saved.length > 0)
    for (const bytes of [...saved, pb.SessionRecord.encode(ended).finish()]) {
      assert.equal(Buffer.from(bytes).indexOf(material), -1, 'the data key is in a saved session record')
    }
    assert.ok(!JSON.stringify(pb.SessionRecord.toObject(pb.SessionRecord.decode(saved.at(-1)!), { bytes: String })).includes(material.toString('base64')), 'the data key is in the record as shown')
    assert.match((ended.log ?? []).join('\n'), new RegExp(`encrypted with key "prod", ${made.fingerprint}; 1 recovery wrap`))
  })

  it('backs up in full when the latest point was stored under another key', async function () {
    await keys.create({ name: 'prod', passphrase: 'pw' })
    earlier = [{ id: 'p-old', vm: 'web', job: 'nightly', createdAtMs: 1, keyFingerprint: '', disks: [{ index: 0, name: 'vda', size: 1 << 20, cbtBitmap: '' }], repositoryPeer: 'self' }]
    const { ended } = await runSession()
    assert.equal(ended.state, 'success', (ended.log ?? []).join('\n'))
    const placement = seen.find((m) => m.placeTask != null)!.placeTask!.task!
    assert.equal(placement.basePoint, '', 'a plain point is no base for an encrypted backup')
    assert.equal(ended.tasks?.[0]?.changeDetection, 'full')
    assert.match((ended.log ?? []).join('\n'), /its latest point p-old was stored with no key and the job now uses key "prod" .*: this backup is full/)
  })
})
