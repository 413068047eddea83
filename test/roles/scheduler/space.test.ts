/**
 * A repository's space as the scheduler counts it: every disk placed on a repository node counts
 * against its free space until its lease ends (not only until the node's next announcement, when
 * nothing of the disk is written yet), less what the node says its open disks wrote; a disk that
 * can fit nowhere fails with ERR_REPOSITORY_FULL naming the repository, its free space and what
 * the disk needs — at once, or, when only the disks being written there are in the way, after a
 * bounded wait, never an endless one.
 */
import assert from 'node:assert/strict'
import type { PlacementQueue } from '../../../roles/scheduler/queue.ts'
import { planPlacement, neededBytes } from '../../../roles/scheduler/placement.ts'
import { proxyAnnouncement, queueSetup as setup, repositoryAnnouncement, taskSpec, until } from './fakes.ts'

const MiB = 1024 * 1024
const GiB = 1024 * MiB

describe('scheduler: repository space', () => {
  let queue: PlacementQueue | undefined
  afterEach(() => { queue?.close() })

  it('counts a placed disk against its repository after the repository announces again, until its lease ends', async () => {
    const s = setup()
    queue = s.queue
    s.capacity.announce(proxyAnnouncement('p', { slots: 8, hosts: { lab: ['nbd'] } }))
    s.capacity.announce(repositoryAnnouncement('r1', { name: 'main', slots: 8, freeBytes: 1.5 * GiB }))
    s.capacity.announce(repositoryAnnouncement('r2', { name: 'main', slots: 8, freeBytes: 1.2 * GiB }))
    s.queue.add({ task: taskSpec('t1', { vm: 'web' }), replyTo: 'm/t1' })
    await s.queue.kick()
    assert.equal(s.placed[0]?.repositoryPeer, 'r1')
    // r1 announces its lease, nothing of the disk is written yet: its free bytes are unchanged
    s.capacity.announce(repositoryAnnouncement('r1', { name: 'main', slots: 8, active: 1, freeBytes: 1.5 * GiB }))
    assert.equal(s.view.node('r1')?.repository?.freeBytes, 0.5 * GiB)
    s.queue.add({ task: taskSpec('t2', { vm: 'db' }), replyTo: 'm/t2' })
    await s.queue.kick()
    assert.equal(s.placed[1]?.repositoryPeer, 'r2', 'the second 1 GiB disk goes where it fits, not beside the first')
    // half of the first disk is in: the free space fell by it, and so did what is still expected
    s.capacity.announce({ ...repositoryAnnouncement('r1', { name: 'main', slots: 8, active: 1, freeBytes: 1 * GiB }), repository: { name: 'main', slots: 8, active: 1, freeBytes: 1 * GiB, writingBytes: 0.5 * GiB } })
    assert.equal(s.view.node('r1')?.repository?.freeBytes, 0.5 * GiB)
    // its lease ends: it counts until r1 announces the free bytes it left (the last ones may not show it)
    s.queue.slotReleased('r1', 'repository', s.placed[0]!.repositoryLease!)
    assert.equal(s.view.reservedBytes('r1'), 1 * GiB)
    s.capacity.announce(repositoryAnnouncement('r1', { name: 'main', slots: 8, freeBytes: 600 * MiB }))
    assert.equal(s.view.reservedBytes('r1'), 0)
    assert.equal(s.view.node('r1')?.repository?.freeBytes, 600 * MiB)
  })

  it('fails a disk that fits on no repository node once the others are counted, naming the repository, its space and the need', async () => {
    const s = setup()
    queue = s.queue
    s.capacity.announce(proxyAnnouncement('p', { slots: 8, hosts: { lab: ['nbd'] } }))
    s.capacity.announce(repositoryAnnouncement('r', { name: 'main', slots: 8, freeBytes: 40 * MiB }))
    s.queue.add({ task: taskSpec('t1', { vm: 'web', size: 24 * MiB }), replyTo: 'm/t1' })
    await s.queue.kick()
    s.capacity.announce(repositoryAnnouncement('r', { name: 'main', slots: 8, active: 1, freeBytes: 40 * MiB }))
    s.queue.add({ task: taskSpec('t2', { vm: 'db', size: 24 * MiB }), replyTo: 'm/t2' })
    await s.queue.kick()
    assert.equal(s.placed.length, 1)
    // only the first disk stands in the way: the second waits for it, with a deadline
    assert.equal(s.failed.length, 0)
    assert.equal(s.queue.size, 1)
    // the free space the repository itself announces is short of the disk: no wait
    s.capacity.announce(repositoryAnnouncement('r', { name: 'main', slots: 8, active: 1, freeBytes: 20 * MiB }))
    s.queue.add({ task: taskSpec('t3', { vm: 'mail', size: 24 * MiB }), replyTo: 'm/t3' })
    await s.queue.kick()
    const t3 = s.failed.find((f) => f.taskId === 't3')
    assert.match(t3?.reason ?? '', /^repository 'main' has 0 bytes free after its reserve, the disk needs about 24\.0 MiB \(25165824 bytes\) \(VM 'mail', disk 'vda'\).*\(ERR_REPOSITORY_FULL\)$/)
  })

  it('fails within its deadline a VM\'s disk whose repository node has a slot but not the room (it waited for ever before)', async () => {
    const s = setup(300)
    queue = s.queue
    s.capacity.announce(proxyAnnouncement('p', { slots: 8, hosts: { lab: ['nbd'] } }))
    s.capacity.announce(repositoryAnnouncement('r1', { name: 'main', slots: 8, freeBytes: 40 * MiB }))
    s.capacity.announce(repositoryAnnouncement('r2', { name: 'main', slots: 8, freeBytes: 30 * MiB }))
    s.queue.add({ task: taskSpec('t1', { vm: 'web', disk: 0, size: 24 * MiB }), replyTo: 'm/t1' })
    await s.queue.kick()
    assert.equal(s.placed[0]?.repositoryPeer, 'r1')
    // the VM's second disk must go to r1 too (one point, one node), where the first leaves 16 MiB
    s.queue.add({ task: taskSpec('t2', { vm: 'web', disk: 1, diskName: 'vdb', size: 24 * MiB }), replyTo: 'm/t2' })
    const started = Date.now()
    await s.queue.kick()
    await until(s.bus, () => s.failed.length > 0, 'the pinned disk to fail', 3000)
    assert.ok(Date.now() - started < 2000, 'failed within a bounded time')
    assert.equal(s.failed[0]?.taskId, 't2')
    assert.match(s.failed[0]!.reason, /repository 'main' node r1 \(it holds the VM's other disks\) has 16\.0 MiB \(16777216 bytes\) free once the disks being written there are in .*the disk needs about 24\.0 MiB .*\(ERR_REPOSITORY_FULL\)$/)
    assert.equal(s.placed.length, 1)
  })

  it('places a waiting disk once the disk before it turned out smaller than expected', async () => {
    const s = setup(30_000)
    queue = s.queue
    s.capacity.announce(proxyAnnouncement('p', { slots: 8, hosts: { lab: ['nbd'] } }))
    s.capacity.announce(repositoryAnnouncement('r', { name: 'main', slots: 8, freeBytes: 40 * MiB }))
    s.queue.add({ task: taskSpec('t1', { vm: 'web', size: 24 * MiB }), replyTo: 'm/t1' })
    await s.queue.kick()
    s.queue.add({ task: taskSpec('t2', { vm: 'db', size: 24 * MiB }), replyTo: 'm/t2' })
    await s.queue.kick()
    assert.equal(s.placed.length, 1)
    // the first disk stored 4 MiB (zero blocks, compression) and ended
    s.queue.slotReleased('r', 'repository', s.placed[0]!.repositoryLease!)
    s.capacity.announce(repositoryAnnouncement('r', { name: 'main', slots: 8, freeBytes: 36 * MiB }))
    await s.queue.kick()
    assert.equal(s.placed[1]?.taskId, 't2')
    assert.equal(s.failed.length, 0)
  })

  it('expects a tenth of an incremental\'s size, its full size of a full', () => {
    assert.equal(neededBytes(taskSpec('t', { size: 10 * GiB })), 10 * GiB)
    assert.equal(neededBytes(taskSpec('t', { size: 10 * GiB, basePoint: 'p-1' })), 1 * GiB)
    const nodes = [proxyNode(), { peerId: 'r', repository: { name: 'main', slots: 4, active: 0, freeBytes: 10 * MiB, expectedBytes: 30 * MiB, throughputBps: 0 } }]
    const waits = planPlacement(taskSpec('t', { size: 24 * MiB }), nodes, { unplaceableAfterMs: 30_000 })
    assert.equal(waits.kind, 'unplaceable')
    const fails = planPlacement(taskSpec('t', { size: 48 * MiB }), nodes, { unplaceableAfterMs: 30_000 })
    assert.equal(fails.kind, 'failed')
  })
})

function proxyNode (): { peerId: string, proxy: { slots: number, active: number, throughputBps: number, hosts: Array<{ host: string, modes: string[] }> } } {
  return { peerId: 'p', proxy: { slots: 4, active: 0, throughputBps: 0, hosts: [{ host: 'lab', modes: ['nbd'] }] } }
}
