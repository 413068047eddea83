/**
 * Tests for roles/repository/actor.ts: leases, commits, listings and health checks through a
 * real actor system and a real Repository in a temp folder.
 */
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { blockDigestSync } from '../../../roles/repository/digest.ts'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { zstdCompress } from 'node:zlib'
import { ActorSystem } from '../../../node/runtime/actors/system.ts'
import type { ActorError } from '../../../node/runtime/actors/errors.ts'
import { LeaseTable } from '../../../node/runtime/leases.ts'
import { BlockCipher } from '../../../node/core/crypto/block-cipher.ts'
import { createRecoveryKeyPair, wrapForRecovery } from '../../../node/core/crypto/recovery-key.ts'
import { Repository } from '../../../roles/repository/store.ts'
import { repositoryActor } from '../../../roles/repository/actor.ts'
import { Inbox, TempDirs, blockContent } from '../../helpers/datapath.ts'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { createMesh } from '../../../node/runtime/mesh.ts'
import { createCapacity } from '../../../protocols/capacity.ts'
import { silentLogger } from '../../../node/core/logger.ts'
import { repository } from '../../../roles/repository/index.ts'
import { DATAPIPE_PROTOCOL } from '../../../protocols/datapipe/protocol.ts'
import { RESTORE_PROTOCOL } from '../../../protocols/restore.ts'

const zstd = promisify(zstdCompress)
const BS = 64 * 1024
const PEER = '12D3KooWRm8J3iL796zPFi2EtGGtUJn58AG67gcqzMFHZnnsTzqD'

describe('roles/repository actor', function () {
  this.timeout(30_000)
  const temps = new TempDirs()
  let system: ActorSystem
  let repo: Repository
  let leases: LeaseTable
  let actor: string
  let inbox: Inbox

  beforeEach(async function () {
    const dir = await temps.make()
    repo = await Repository.open({ path: join(dir, 'repo'), name: 'main', create: true })
    leases = new LeaseTable({ slots: 1, peerId: PEER, name: 'repository' })
    system = new ActorSystem({ peerId: PEER })
    actor = system.spawn('repository', repositoryActor({ repo, leases, name: 'main', peerId: PEER }))
    inbox = new Inbox(system, 'scheduler')
  })

  afterEach(async function () {
    await system.stop()
    leases.close()
    await repo.close()
    await temps.cleanup()
  })

  /** Stages one disk of two blocks and returns its staged id. */
  async function stage (vm = 'web01'): Promise<string> {
    const writer = await repo.beginDisk({ taskId: 't', vm, disk: 0, diskName: 'vda', size: 2 * BS, blockSize: BS })
    for (let i = 0; i < 2; i++) {
      const raw = blockContent('text', BS, i)
      await writer.putBlock({ index: i, digest: blockDigestSync('blake3', raw), rawLength: BS, compression: 'zstd', data: await zstd(raw) })
    }
    return (await writer.finish()).stagedId
  }

  it('raises the lock period when asked over the mesh, refuses to lower it, and keeps a locked point from deletePoints', async function () {
    assert.ok((await system.ask(actor, { lockPeriodSet: { repository: 'main', days: 2 } })).ok != null)
    await assert.rejects(system.ask(actor, { lockPeriodSet: { days: 1 } }),
      (err: ActorError) => err.code === 'ERR_LOCK_LOWERING_REFUSED' && /lower it on the repository's own node/.test(err.message))
    await assert.rejects(system.ask(actor, { lockPeriodSet: { repository: 'other', days: 3 } }), (err: ActorError) => err.code === 'ERR_NO_SUCH_REPOSITORY')
    const committed = await system.ask(actor, { commitPoint: { job: 'j', sessionId: 's', vm: 'web01', stagedIds: [await stage()] } })
    const point = committed.pointCommitted!.point!
    assert.ok((point.lockUntilMs ?? 0) > Date.now() + 47 * 3600_000)
    const deleted = await system.ask(actor, { deletePoints: { pointIds: [point.id!] } })
    assert.deepEqual(deleted.pointsDeleted?.deleted ?? [], [])
    assert.deepEqual(deleted.pointsDeleted?.locked, [{ pointId: point.id, unlockAtMs: point.lockUntilMs }])
  })

  it('grants a slot, refuses when full, and tells the holder when a lease is given back by someone else', async function () {
    const grant = await system.ask(actor, { leaseRequest: { taskId: 't1', ttlMs: 10_000, holder: inbox.address } })
    assert.ok(grant.leaseGrant?.leaseId)
    const refusal = await system.ask(actor, { leaseRequest: { taskId: 't2', ttlMs: 10_000, holder: inbox.address } })
    assert.match(refusal.leaseRefusal?.reason ?? '', /full \(1\/1 slots\)/)
    // a data mover (not the holder) gives it back: the holder hears of it
    await system.ask(actor, { leaseRelease: { leaseId: grant.leaseGrant.leaseId } })
    const told = await inbox.next('leaseRelease')
    assert.equal(told.leaseRelease!.leaseId, grant.leaseGrant.leaseId)
    assert.equal(told.leaseRelease!.peerId, PEER)
    assert.equal(leases.reserved, 0)
    // the holder itself gives one back: no echo
    const again = await system.ask(actor, { leaseRequest: { taskId: 't3', holder: inbox.address } })
    await system.ask(actor, { leaseRelease: { leaseId: again.leaseGrant!.leaseId } }, { from: inbox.address })
    assert.equal(inbox.of('leaseRelease').length, 1)
  })

  it('commits staged disks and lists the points with this repository named', async function () {
    const stagedId = await stage()
    const reply = await system.ask(actor, { commitPoint: { pointId: 'p-1', job: 'nightly', sessionId: 's1', vm: 'web01', host: 'lab', stagedIds: [stagedId] } })
    const point = reply.pointCommitted!.point!
    assert.equal(point.id, 'p-1')
    assert.equal(point.repository, 'main')
    assert.equal(point.repositoryPeer, PEER)
    assert.equal(point.disks![0].blocks, 2)
    const list = await system.ask(actor, { pointsListRequest: { vm: 'web01' } })
    assert.deepEqual(list.pointsList!.points!.map((p) => [p.id, p.repository, p.repositoryPeer]), [['p-1', 'main', PEER]])
    const none = await system.ask(actor, { pointsListRequest: { job: 'weekly' } })
    assert.deepEqual(none.pointsList!.points, [])
  })

  it('commits an encrypted point with its key and recovery wraps, lists them, and answers a commit of another key with ERR_KEY_MISMATCH', async function () {
    const material = randomBytes(32)
    const cipher = new BlockCipher(material)
    const { publicKey } = await createRecoveryKeyPair({ name: 'safe', passphrase: 'pw', scrypt: { N: 1024, r: 8, p: 1 } })
    const writer = await repo.beginDisk({ taskId: 't', vm: 'web01', disk: 0, diskName: 'vda', size: BS, blockSize: BS, keyFingerprint: cipher.fingerprint })
    const raw = blockContent('text', BS, 9)
    const id = cipher.blockId(raw)
    await writer.putBlock({ index: 0, digest: id, rawLength: BS, compression: 'zstd', sealed: true, data: cipher.seal(id, await zstd(raw)) })
    const stagedId = (await writer.finish()).stagedId
    await assert.rejects(system.ask(actor, { commitPoint: { vm: 'web01', stagedIds: [stagedId] } }),
      (err: ActorError) => err.code === 'ERR_KEY_MISMATCH' && err.message.includes(cipher.fingerprint))
    const wrap = wrapForRecovery(publicKey, { material })
    const reply = await system.ask(actor, { commitPoint: { pointId: 'enc-1', job: 'nightly', vm: 'web01', stagedIds: [stagedId], keyFingerprint: cipher.fingerprint, recoveryWraps: [wrap] } })
    assert.equal(reply.pointCommitted!.point!.keyFingerprint, cipher.fingerprint)
    const list = await system.ask(actor, { pointsListRequest: { vm: 'web01' } })
    const listed = list.pointsList!.points!.map((p) => [p.id, p.keyFingerprint, p.recoveryFingerprints])
    assert.deepEqual(listed, [['enc-1', cipher.fingerprint, [publicKey.fingerprint]]])
  })

  it('answers a bad commit with the engine\'s code, and keeps running', async function () {
    await assert.rejects(system.ask(actor, { commitPoint: { vm: 'web01', stagedIds: ['never-staged'] } }), (err: ActorError) => {
      assert.equal(err.code, 'ERR_NO_SUCH_STAGED_DISK')
      assert.match(err.message, /commit the restore point of VM "web01" in repository main: .*never-staged/)
      return true
    })
    await assert.rejects(system.ask(actor, { commitPoint: { vm: '', stagedIds: [] } }), (err: ActorError) => err.code === 'ERR_BAD_ARGUMENT')
    const list = await system.ask(actor, { pointsListRequest: {} })
    assert.deepEqual(list.pointsList!.points, [])
  })

  it('runs a health check in a child and reports to the asker when done', async function () {
    const stagedId = await stage()
    await system.ask(actor, { commitPoint: { pointId: 'p-2', vm: 'web01', stagedIds: [stagedId] } })
    const ack = await system.ask(actor, { verifyRequest: { pointId: 'p-2' } }, { from: inbox.address })
    assert.ok(ack.ok != null, 'answered at once')
    const report = (await inbox.next('verifyReport')).verifyReport!
    assert.equal(report.pointId, 'p-2')
    assert.equal(report.ok, true)
    assert.equal(report.blocksChecked, 2)
    assert.deepEqual(report.problems, [])

    await system.ask(actor, { verifyRequest: { pointId: 'ghost' } }, { from: inbox.address })
    const bad = (await inbox.next('verifyReport', (m) => m.verifyReport!.pointId === 'ghost')).verifyReport!
    assert.equal(bad.ok, false)
    assert.match(bad.problems![0], /ghost/)
  })

  it('rebuilds the block index in a child, telling progress and then the report', async function () {
    const stagedId = await stage()
    await system.ask(actor, { commitPoint: { pointId: 'p-3', vm: 'web01', stagedIds: [stagedId] } })
    const ack = await system.ask(actor, { rebuildRequest: { repository: 'main' } }, { from: inbox.address })
    assert.ok(ack.ok != null, 'answered at once')
    const report = (await inbox.next('rebuildReport')).rebuildReport!
    assert.equal(report.repository, 'main')
    assert.equal(report.repositoryPeer, PEER)
    assert.equal(report.packs, 1)
    assert.equal(report.recordsIndexed, 2)
    assert.equal(report.points, 1)
    assert.deepEqual(report.problems, [])
    const progress = inbox.of('rebuildProgress').map((m) => m.rebuildProgress!)
    assert.ok(progress.length >= 2, 'at the start and at the end')
    assert.equal(progress.at(-1)!.packsDone, 1)
    assert.equal(progress.at(-1)!.bytesDone, progress.at(-1)!.bytesTotal)
    await assert.rejects(system.ask(actor, { rebuildRequest: { repository: 'other' } }, { from: inbox.address }), (err: ActorError) => err.code === 'ERR_NO_SUCH_REPOSITORY')
    await assert.rejects(system.ask(actor, { rebuildRequest: {} }), (err: ActorError) => err.code === 'ERR_NO_SENDER')
  })

  it('refuses a health check nobody can be told about, and messages it does not handle', async function () {
    await assert.rejects(system.ask(actor, { verifyRequest: { pointId: 'p' } }), (err: ActorError) => err.code === 'ERR_NO_SENDER')
    await assert.rejects(system.ask(actor, { tick: { name: 'x' } }), (err: ActorError) => err.code === 'ERR_UNEXPECTED_MESSAGE')
  })
})

describe('roles/repository role', function () {
  this.timeout(30_000)
  const temps = new TempDirs()

  it('opens the repository, serves its actor and announces name, slots, load and free bytes', async function () {
    const key = await generateKeyPair('Ed25519')
    const peerId = peerIdFromPrivateKey(key).toString()
    const mesh = await createMesh({ privateKey: key, listen: ['/ip4/127.0.0.1/tcp/0'], members: [peerId] })
    const capacity = createCapacity({ mesh, roles: ['repository'], periodMs: 200 })
    const system = new ActorSystem({ peerId })
    const path = join(await temps.make(), 'repo')
    const role = repository({
      peerId,
      home: path,
      config: { roles: ['repository'], listen: [], bootstrap: [], members: [peerId], admins: [], repository: { name: 'main', path, slots: 2 } },
      system,
      capacity,
      mesh,
      db: undefined as never,
      log: silentLogger
    })
    try {
      await capacity.start()
      await role.start()
      const section = (): { name?: string | null, slots?: number | null, active?: number | null, freeBytes?: number | null } | undefined =>
        capacity.get(peerId)?.announcement.repository ?? undefined
      const waitSection = async (ok: (s: NonNullable<ReturnType<typeof section>>) => boolean): Promise<void> => {
        const deadline = Date.now() + 10_000
        while (!(section() !== undefined && ok(section()!))) {
          if (Date.now() > deadline) throw new Error(`announcement never matched: ${JSON.stringify(section())}`)
          await new Promise((resolve) => capacity.once('change', resolve))
        }
      }
      await waitSection((s) => s.name === 'main' && s.slots === 2 && s.active === 0 && (s.freeBytes ?? 0) > 0)
      assert.ok(mesh.libp2p.getProtocols().includes(DATAPIPE_PROTOCOL))
      assert.ok(mesh.libp2p.getProtocols().includes(RESTORE_PROTOCOL))
      const grant = await system.ask(`${peerId}/repository`, { leaseRequest: { taskId: 't1' } })
      assert.ok(grant.leaseGrant?.leaseId)
      await waitSection((s) => s.active === 1)
      const list = await system.ask(`${peerId}/repository`, { pointsListRequest: {} })
      assert.deepEqual(list.pointsList!.points, [])
      await role.stop()
      assert.ok(!mesh.libp2p.getProtocols().includes(DATAPIPE_PROTOCOL), 'stop unregisters the protocols')
    } finally {
      await role.stop()
      await system.stop()
      await capacity.stop()
      await mesh.stop()
      await temps.cleanup()
    }
  })
})
