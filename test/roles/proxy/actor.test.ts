/**
 * Tests for roles/proxy/actor.ts: leases, the host requests it answers for the manager (against
 * a real file host in a temp folder), and how it refuses what it cannot do.
 */
import assert from 'node:assert/strict'
import { access, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Libp2p } from '@libp2p/interface'
import { ActorSystem } from '../../../node/runtime/actors/system.ts'
import type { ActorError } from '../../../node/runtime/actors/errors.ts'
import { LeaseTable } from '../../../node/runtime/leases.ts'
import { proxyActor } from '../../../roles/proxy/actor.ts'
import type { Recoveries } from '../../../roles/proxy/recoveries.ts'
import type { HostSpec } from '../../../proto/index.ts'
import { Inbox, TempDirs } from '../../helpers/datapath.ts'

const PEER = '12D3KooWRm8J3iL796zPFi2EtGGtUJn58AG67gcqzMFHZnnsTzqD'

describe('roles/proxy actor', function () {
  this.timeout(30_000)
  const temps = new TempDirs()
  let system: ActorSystem
  let leases: LeaseTable
  let actor: string
  let inbox: Inbox
  let host: HostSpec

  beforeEach(async function () {
    const dir = await temps.make()
    await mkdir(join(dir, 'web01'))
    await writeFile(join(dir, 'web01', 'vm.json'), JSON.stringify({ name: 'web01', disks: [{ name: 'disk0', file: 'disk0.raw' }] }))
    await writeFile(join(dir, 'web01', 'disk0.raw'), Buffer.alloc(1 << 20, 7))
    host = { name: 'lab', type: 'file', path: dir }
    leases = new LeaseTable({ slots: 2, peerId: PEER, name: 'proxy' })
    system = new ActorSystem({ peerId: PEER })
    // no data mover runs in these tests: libp2p is never touched
    actor = system.spawn('proxy', proxyActor({ leases, libp2p: {} as unknown as Libp2p }))
    inbox = new Inbox(system, 'manager')
  })

  afterEach(async function () {
    await system.stop()
    leases.close()
    await temps.cleanup()
  })

  it('lists, snapshots and releases VMs of a host it reaches', async function () {
    const inventory = await system.ask(actor, { hostInventoryRequest: { host } })
    const vms = inventory.hostInventory!.vms!
    assert.deepEqual(vms.map((v) => v.name), ['web01'])
    assert.equal(vms[0].disks![0].size, 1 << 20)

    const snap = (await system.ask(actor, { snapshotRequest: { host, vm: 'web01', sessionId: 's-1' } })).snapshotReply!
    assert.ok(snap.snapshotId)
    assert.equal(snap.disks!.length, 1)
    await access(snap.disks![0].file!)
    const released = await system.ask(actor, { releaseRequest: { host, vm: 'web01', snapshotId: snap.snapshotId, failed: false } })
    assert.ok(released.ok != null)
  })

  it('answers host failures with the connector\'s code and a message naming the VM and host', async function () {
    await assert.rejects(system.ask(actor, { snapshotRequest: { host, vm: 'ghost', sessionId: 's-1' } }), (err: ActorError) => {
      assert.equal(err.code, 'ERR_NO_SUCH_VM')
      assert.match(err.message, /snapshot of VM "ghost" on host "lab" failed/)
      return true
    })
    await assert.rejects(system.ask(actor, { hostInventoryRequest: { host: { name: 'esx', type: 'vmware' } } }), (err: ActorError) => err.code === 'ERR_UNKNOWN_HOST_TYPE' && /host "esx"/.test(err.message))
    await assert.rejects(system.ask(actor, { hostInventoryRequest: { host: { ...host, path: join(host.path!, 'missing') } } }), (err: ActorError) => err.code === 'ERR_HOST_UNREACHABLE')
    // still answering
    assert.equal((await system.ask(actor, { hostInventoryRequest: { host } })).hostInventory!.vms!.length, 1)
  })

  it('answers a recovery that cannot start with its code, and keeps running (it was crashed and given up)', async function () {
    // the recoveries fail as a restarted daemon's did: the repository is not yet in view
    const unreachable = Object.assign(new Error('cannot open a block fetch stream to repository node R: no valid addresses'), { code: 'ERR_COPY_FETCH_UNREACHABLE' })
    const recoveries = { start: async () => { throw unreachable }, control: async () => { throw new Error('no code') } } as unknown as Recoveries
    const withRecoveries = system.spawn('proxy-r', proxyActor({ leases, libp2p: {} as unknown as Libp2p, recoveries }))
    // more times than the actor may crash before it is given up (4)
    for (let i = 0; i < 6; i++) {
      await assert.rejects(system.ask(withRecoveries, { recoveryStart: { id: 'r1', adopt: true } }), (err: ActorError) => err.code === 'ERR_COPY_FETCH_UNREACHABLE' && /block fetch stream/.test(err.message))
    }
    await assert.rejects(system.ask(withRecoveries, { recoveryControl: { id: 'r1', action: 'list' } }), (err: ActorError) => err.code === 'ERR_RECOVERY_FAILED' && err.message === 'no code')
    assert.equal((await system.ask(withRecoveries, { hostInventoryRequest: { host } })).hostInventory!.vms!.length, 1, 'still answering')
  })

  it('grants leases up to its slots and tells the holder of one released by someone else', async function () {
    const a = await system.ask(actor, { leaseRequest: { taskId: 't1', holder: inbox.address } })
    const b = await system.ask(actor, { leaseRequest: { taskId: 't2', holder: inbox.address } })
    const c = await system.ask(actor, { leaseRequest: { taskId: 't3', holder: inbox.address } })
    assert.ok(a.leaseGrant && b.leaseGrant)
    assert.match(c.leaseRefusal!.reason!, /proxy .* is full/)
    await system.ask(actor, { leaseRelease: { leaseId: a.leaseGrant.leaseId } })
    assert.equal((await inbox.next('leaseRelease')).leaseRelease!.leaseId, a.leaseGrant.leaseId)
  })

  it('reports a failed result for an assignment whose lease it does not hold', async function () {
    const reply = await system.ask(actor, { taskAssignment: { task: { taskId: 't9', vm: 'web01', disk: 2 }, proxyLease: 'stale', reportTo: inbox.address } })
    assert.ok(reply.ok != null)
    const result = (await inbox.next('taskResult')).taskResult!
    assert.equal(result.taskId, 't9')
    assert.equal(result.ok, false)
    assert.match(result.error!, /no lease stale for task t9 \(disk 2 of VM "web01"\)/)
    assert.equal(result.proxyPeer, PEER)
    assert.equal(leases.active, 0)
  })

  it('refuses an assignment it cannot report on, and messages it does not handle', async function () {
    await assert.rejects(system.ask(actor, { taskAssignment: { task: { taskId: 't1' } } }), (err: ActorError) => err.code === 'ERR_BAD_TASK')
    await assert.rejects(system.ask(actor, { commitPoint: {} }), (err: ActorError) => err.code === 'ERR_UNEXPECTED_MESSAGE')
  })
})
