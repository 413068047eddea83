import assert from 'node:assert/strict'
import type { TaskPlaced } from '../../../proto/index.ts'
import type { PlacementQueue } from '../../../roles/scheduler/queue.ts'
import { VmPins, vmKey } from '../../../roles/scheduler/vm-pins.ts'
import { prng, proxyAnnouncement, queueSetup as setup, repositoryAnnouncement, taskSpec, type QueueSetup } from './fakes.ts'

/** One proxy reaching host lab and two nodes of repository 'main', 100 slots each. */
function twoRepositoryNodes (s: QueueSetup): void {
  s.capacity.announce(proxyAnnouncement('p', { slots: 100, hosts: { lab: ['nbd'] } }))
  s.capacity.announce(repositoryAnnouncement('r1', { name: 'main', slots: 100 }))
  s.capacity.announce(repositoryAnnouncement('r2', { name: 'main', slots: 100 }))
}

// VM of a task id `<vm>.d<disk>[.aN]`
const vmOf = (taskId: string | null | undefined): string => (taskId ?? '').split('.')[0] ?? ''

function repositoryNodesPerVm (placed: TaskPlaced[]): Map<string, Set<string>> {
  const byVm = new Map<string, Set<string>>()
  for (const p of placed) {
    const vm = vmOf(p.taskId)
    if (!byVm.has(vm)) byVm.set(vm, new Set())
    byVm.get(vm)!.add(p.repositoryPeer ?? '')
  }
  return byVm
}

describe('scheduler: one repository node per VM', () => {
  let queue: PlacementQueue | undefined
  afterEach(() => { queue?.close() })

  it('keys a VM by session and VM name, and forgets a cancelled session\'s pins', () => {
    assert.equal(vmKey({ sessionId: 's', vm: 'web' }), 's\0web')
    assert.equal(vmKey({ sessionId: 's' }), undefined, 'a task naming no VM is placed on its own')
    const pins = new VmPins(1000)
    pins.set(vmKey({ sessionId: 's1', vm: 'web' }), 'r1', 0)
    pins.set(vmKey({ sessionId: 's2', vm: 'web' }), 'r2', 10)
    assert.equal(pins.get('s1\0web'), 'r1')
    pins.forgetSession('s1')
    assert.equal(pins.get('s1\0web'), undefined)
    assert.equal(pins.get('s2\0web'), 'r2')
    pins.set('s3\0db', 'r1', 2000)
    assert.equal(pins.get('s2\0web'), undefined, 'a pin older than its ttl goes')
    assert.equal(pins.size, 1)
  })

  it('spreads VMs over the nodes of a repository name, never the disks of one VM', async () => {
    const s = setup()
    queue = s.queue
    twoRepositoryNodes(s)
    // disks arrive interleaved across VMs, as the manager's Promise.all sends them
    for (let disk = 0; disk < 4; disk++) {
      for (const vm of ['web', 'db', 'mail']) s.queue.add({ task: taskSpec(`${vm}.d${disk}`, { vm, disk }), replyTo: `m/${vm}.d${disk}` })
    }
    await s.queue.kick()
    assert.equal(s.placed.length, 12)
    const byVm = repositoryNodesPerVm(s.placed)
    for (const [vm, nodes] of byVm) assert.equal(nodes.size, 1, `VM ${vm} went to ${[...nodes].join(' and ')}`)
    const used = new Set([...byVm.values()].flatMap((n) => [...n]))
    assert.deepEqual([...used].sort(), ['r1', 'r2'], 'the VMs still share the load')
  })

  it('keeps a VM on the node that granted its first disk, even when that node then refuses, and sends retries there', async () => {
    const s = setup()
    queue = s.queue
    s.capacity.announce(proxyAnnouncement('p1', { slots: 10, hosts: { lab: ['nbd'] } }))
    s.capacity.announce(proxyAnnouncement('p2', { slots: 10, hosts: { lab: ['nbd'] } }))
    s.capacity.announce(repositoryAnnouncement('r1', { name: 'main', slots: 10 }))
    s.capacity.announce(repositoryAnnouncement('r2', { name: 'main', slots: 10 }))
    // r1 refuses the first disk: the VM goes to r2
    s.leases.answer = async (call) => call.peerId === 'r1' ? { refused: 'repository r1 is full' } : { leaseId: `L-${call.peerId}-${call.taskId}` }
    s.queue.add({ task: taskSpec('web.d0', { disk: 0 }), replyTo: 'm/web.d0' })
    await s.queue.kick()
    assert.equal(s.placed[0]?.repositoryPeer, 'r2')
    // now r2 is the one refusing, r1 takes leases again: the VM's second disk waits for r2
    s.capacity.announce(repositoryAnnouncement('r1', { name: 'main', slots: 10 }))
    s.leases.answer = async (call) => call.peerId === 'r2' ? { refused: 'repository r2 is full' } : { leaseId: `L-${call.peerId}-${call.taskId}` }
    s.queue.add({ task: taskSpec('web.d1', { disk: 1 }), replyTo: 'm/web.d1' })
    s.queue.add({ task: taskSpec('db.d0', { vm: 'db' }), replyTo: 'm/db.d0' })
    await s.queue.kick()
    assert.deepEqual(s.placed.slice(1).map((p) => `${p.taskId}@${p.repositoryPeer}`), ['db.d0@r1'])
    assert.equal(s.leases.requests.filter((c) => c.taskId === 'web.d1' && c.peerId === 'r1').length, 0, 'r1 is never asked for the pinned VM')
    assert.deepEqual(s.queue.waiting().map((p) => p.taskId), ['web.d1'])
    // r2 has room again: the disk goes there; the first disk's retry (its proxy failed) too
    s.capacity.announce(repositoryAnnouncement('r2', { name: 'main', slots: 10 }))
    s.leases.answer = async (call) => ({ leaseId: `L-${call.peerId}-${call.taskId}` })
    s.queue.add({ task: taskSpec('web.d0.a2', { disk: 0 }), replyTo: 'm/web.d0', avoidProxies: [s.placed[0]!.proxyPeer!] })
    await s.queue.kick()
    assert.deepEqual(s.placed.slice(2).map((p) => `${p.taskId}@${p.repositoryPeer}`).sort(), ['web.d0.a2@r2', 'web.d1@r2'])
  })

  it('sends a VM to the node holding its base point when the manager names it, and ignores a node that is not there', async () => {
    const s = setup()
    queue = s.queue
    twoRepositoryNodes(s)
    for (const vm of ['web', 'db', 'mail', 'dns']) {
      for (let disk = 0; disk < 2; disk++) s.queue.add({ task: taskSpec(`${vm}.d${disk}`, { vm, disk }), replyTo: `m/${vm}.d${disk}`, repositoryPeer: 'r2' })
    }
    // a base point on a node that left the mesh: the VM goes wherever there is room
    s.queue.add({ task: taskSpec('ftp.d0', { vm: 'ftp' }), replyTo: 'm/ftp.d0', repositoryPeer: 'r9' })
    await s.queue.kick()
    assert.equal(s.placed.length, 9)
    for (const [vm, nodes] of repositoryNodesPerVm(s.placed)) {
      if (vm !== 'ftp') assert.deepEqual([...nodes], ['r2'], `VM ${vm} went where its base point is`)
    }
    assert.equal(s.leases.requests.filter((c) => c.peerId === 'r1' && c.taskId !== 'ftp.d0').length, 0, 'r1 was never asked for a VM whose base is on r2')
  })

  it('passes over the waiting disks of VMs whose node is full, and places the disks of others meanwhile', async () => {
    const s = setup()
    queue = s.queue
    s.capacity.announce(proxyAnnouncement('p', { slots: 1000, hosts: { lab: ['nbd'] } }))
    s.capacity.announce(repositoryAnnouncement('r1', { name: 'main', slots: 1000 }))
    // the VM's first disk pins it to r1, the only node yet
    s.queue.add({ task: taskSpec('web.d0', { vm: 'web' }), replyTo: 'm/web.d0' })
    await s.queue.kick()
    s.capacity.announce(repositoryAnnouncement('r2', { name: 'main', slots: 1000 }))
    s.capacity.announce(repositoryAnnouncement('r1', { name: 'main', slots: 1000, active: 1000 }))
    for (let disk = 1; disk <= 50; disk++) s.queue.add({ task: taskSpec(`web.d${disk}`, { vm: 'web', disk }), replyTo: `m/web.d${disk}` })
    s.queue.add({ task: taskSpec('db.d0', { vm: 'db' }), replyTo: 'm/db.d0' })
    await s.queue.kick()
    assert.deepEqual(s.placed.map((p) => `${p.taskId}@${p.repositoryPeer}`), ['web.d0@r1', 'db.d0@r2'])
    assert.equal(s.leases.requests.filter((c) => (c.taskId ?? '').startsWith('web.') && c.taskId !== 'web.d0').length, 0, 'no lease asked for the full node\'s VM')
    assert.equal(s.queue.waiting().length, 50)
    // a slot frees on r1: the VM's disks go there in order, still none to r2
    s.capacity.announce(repositoryAnnouncement('r1', { name: 'main', slots: 1000, active: 990 }))
    await s.queue.kick()
    assert.deepEqual(s.placed.slice(2).map((p) => `${p.taskId}@${p.repositoryPeer}`), Array.from({ length: 10 }, (_, i) => `web.d${i + 1}@r1`))
  })

  it('fails the rest of a VM whose repository node left, with a reason, and places other VMs on the node still there', async () => {
    let now = 0
    const s = setup(100, () => now)
    queue = s.queue
    s.capacity.announce(proxyAnnouncement('p', { slots: 1, hosts: { lab: ['nbd'] } }))
    s.capacity.announce(repositoryAnnouncement('r1', { name: 'main', slots: 10 }))
    s.capacity.announce(repositoryAnnouncement('r2', { name: 'main', slots: 10, active: 5 }))
    s.queue.add({ task: taskSpec('web.d0', { disk: 0 }), replyTo: 'm/web.d0' })
    s.queue.add({ task: taskSpec('web.d1', { disk: 1 }), replyTo: 'm/web.d1' })
    s.queue.add({ task: taskSpec('db.d0', { vm: 'db' }), replyTo: 'm/db.d0' })
    await s.queue.kick()
    assert.deepEqual(s.placed.map((p) => `${p.taskId}@${p.repositoryPeer}`), ['web.d0@r1'], 'one proxy slot')
    s.capacity.expire('r1')
    s.capacity.announce(proxyAnnouncement('p', { slots: 1, hosts: { lab: ['nbd'] } }))
    await s.queue.kick()
    assert.deepEqual(s.placed.slice(1).map((p) => `${p.taskId}@${p.repositoryPeer}`), ['db.d0@r2'])
    assert.equal(s.failed.length, 0, 'the node may come back: not before the deadline')
    now = 150
    s.capacity.announce(proxyAnnouncement('p', { slots: 1, hosts: { lab: ['nbd'] } }))
    s.capacity.announce(repositoryAnnouncement('r2', { name: 'main', slots: 10 }))
    await s.queue.kick()
    assert.equal(s.placed.length, 2, 'web.d1 never goes to r2')
    assert.deepEqual(s.failed.map((f) => f.taskId), ['web.d1'])
    assert.match(s.failed[0]!.reason, /^repository node r1, which holds the other disks of VM 'web' in this session, has not announced itself for 100 ms/)
  })

  it('never splits a VM across nodes of one name, whatever the nodes grant or refuse (random runs)', async () => {
    for (let seed = 1; seed <= 20; seed++) {
      const rnd = prng(seed)
      const s = setup()
      queue = s.queue
      const repos = ['r1', 'r2', 'r3']
      s.capacity.announce(proxyAnnouncement('p1', { slots: 3, hosts: { lab: ['nbd'] } }))
      s.capacity.announce(proxyAnnouncement('p2', { slots: 3, hosts: { lab: ['nbd'] } }))
      for (const r of repos) s.capacity.announce(repositoryAnnouncement(r, { name: 'main', slots: 2 }))
      s.leases.answer = async (call) => rnd() < 0.3 ? { refused: `${call.peerId} is busy` } : { leaseId: `L-${call.peerId}-${call.taskId}` }
      const vms = ['a', 'b', 'c', 'd', 'e', 'f']
      const tasks = vms.flatMap((vm) => [0, 1, 2].map((disk) => ({ vm, disk })))
      for (let i = tasks.length - 1; i > 0; i--) {
        const j = Math.floor(rnd() * (i + 1))
        ;[tasks[i], tasks[j]] = [tasks[j]!, tasks[i]!]
      }
      for (const t of tasks) s.queue.add({ task: taskSpec(`${t.vm}.d${t.disk}`, { vm: t.vm, disk: t.disk }), replyTo: `m/${t.vm}` })
      // tasks end and nodes announce afresh, in random order, until everything is placed
      for (let step = 0; step < 200 && s.queue.size > 0; step++) {
        await s.queue.kick()
        for (const r of repos) s.capacity.announce(repositoryAnnouncement(r, { name: 'main', slots: 2, active: Math.floor(rnd() * 3) }))
        for (const p of ['p1', 'p2']) s.capacity.announce(proxyAnnouncement(p, { slots: 3, active: Math.floor(rnd() * 4), hosts: { lab: ['nbd'] } }))
      }
      assert.equal(s.queue.size, 0, `seed ${seed}: everything placed`)
      for (const [vm, nodes] of repositoryNodesPerVm(s.placed)) assert.equal(nodes.size, 1, `seed ${seed}: VM ${vm} went to ${[...nodes].join(' and ')}`)
      s.queue.close()
    }
  })
})
