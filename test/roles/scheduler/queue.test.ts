import assert from 'node:assert/strict'
import type { PlacementQueue } from '../../../roles/scheduler/queue.ts'
import { proxyAnnouncement, queueSetup as setup, type QueueSetup, repositoryAnnouncement, taskSpec, until } from './fakes.ts'

/** Holds the lease answers `hold` picks until the returned `open` is called; every request is an event. */
function holdAnswers (s: QueueSetup, hold: (call: { taskId: string, role: string, peerId: string }) => boolean = () => true): () => void {
  let open = (): void => {}
  const gate = new Promise<void>((resolve) => { open = resolve })
  const first = s.leases.answer
  s.leases.answer = async (call) => { s.bus.emit('event'); if (hold(call)) await gate; return await first(call) }
  return open
}

describe('scheduler queue', () => {
  let queue: PlacementQueue | undefined
  afterEach(() => { queue?.close() })

  it('asks the best proxy (with the best repository at once) and moves to the next proxy when it refuses', async () => {
    const s = setup()
    queue = s.queue
    s.capacity.announce(proxyAnnouncement('p-idle', { slots: 4, hosts: { lab: ['nbd'] } }))
    s.capacity.announce(proxyAnnouncement('p-busy', { slots: 4, active: 2, hosts: { lab: ['direct'] } }))
    s.capacity.announce(repositoryAnnouncement('r', { name: 'main', slots: 4 }))
    s.leases.answer = async (call) => call.peerId === 'p-idle' ? { refused: 'proxy p-idle is full (4/4 slots)' } : { leaseId: `L-${call.peerId}` }
    s.queue.add({ task: taskSpec('t1'), replyTo: 'm/t1' })
    await s.queue.kick()
    assert.deepEqual(s.leases.requests.map((c) => `${c.role}:${c.peerId}`), ['repository:r', 'proxy:p-idle', 'proxy:p-busy'])
    assert.deepEqual(s.placed, [{ taskId: 't1', proxyPeer: 'p-busy', proxyLease: 'L-p-busy', repositoryPeer: 'r', repositoryLease: 'L-r', mode: 'direct', waitedMs: s.placed[0]?.waitedMs }])
    assert.equal(s.queue.stats().refusals, 1)
  })

  it('treats a proxy that does not answer like a refusal', async () => {
    const s = setup()
    queue = s.queue
    s.capacity.announce(proxyAnnouncement('p-a', { slots: 4, hosts: { lab: ['nbd'] } }))
    s.capacity.announce(proxyAnnouncement('p-b', { slots: 4, active: 1, hosts: { lab: ['nbd'] } }))
    s.capacity.announce(repositoryAnnouncement('r', { name: 'main', slots: 4 }))
    s.leases.answer = async (call) => {
      if (call.peerId === 'p-a') throw new Error('ask leaseRequest got no reply within 5000 ms')
      return { leaseId: `L-${call.peerId}` }
    }
    s.queue.add({ task: taskSpec('t1'), replyTo: 'm/t1' })
    await s.queue.kick()
    assert.equal(s.placed[0]?.proxyPeer, 'p-b')
  })

  it('gives the proxy lease back when every repository refuses, and waits', async () => {
    const s = setup()
    queue = s.queue
    s.capacity.announce(proxyAnnouncement('p1', { slots: 4, hosts: { lab: ['nbd'] } }))
    s.capacity.announce(proxyAnnouncement('p2', { slots: 4, hosts: { lab: ['nbd'] } }))
    s.capacity.announce(repositoryAnnouncement('r', { name: 'main', slots: 4 }))
    s.leases.answer = async (call) => call.role === 'repository' ? { refused: 'repository r is full (4/4 slots)' } : { leaseId: `L-${call.peerId}` }
    s.queue.add({ task: taskSpec('t1'), replyTo: 'm/t1' })
    await s.queue.kick()
    assert.deepEqual(s.leases.releases, [{ peerId: 'p1', role: 'proxy', leaseId: 'L-p1' }])
    assert.deepEqual(s.leases.requests.map((c) => `${c.role}:${c.peerId}`), ['repository:r', 'proxy:p1'], 'no other proxy is tried: the repository is the limit')
    assert.equal(s.placed.length, 0)
    assert.equal(s.queue.size, 1)
    // the refusing repository is not asked again before it announces
    await s.queue.kick()
    assert.equal(s.leases.requests.length, 2)
    s.leases.answer = async (call) => ({ leaseId: `L-${call.peerId}` })
    s.capacity.announce(repositoryAnnouncement('r', { name: 'main', slots: 4, active: 3 }))
    await s.queue.kick()
    assert.equal(s.placed[0]?.proxyPeer, 'p1', 'the given-back slot counts as free again')
  })

  it('counts a node\'s release notice as a free slot, except for a lease it gave back itself', async () => {
    const s = setup()
    queue = s.queue
    s.capacity.announce(proxyAnnouncement('p', { slots: 3, active: 2, hosts: { lab: ['nbd'] } }))
    s.capacity.announce(repositoryAnnouncement('r', { name: 'main', slots: 4 }))
    s.leases.answer = async (call) => call.role === 'repository' ? { refused: 'full' } : { leaseId: 'L-mine' }
    s.queue.add({ task: taskSpec('t1'), replyTo: 'm/t1' })
    await s.queue.kick()
    assert.deepEqual(s.leases.releases.map((r) => r.leaseId), ['L-mine'])
    const active = (): number | undefined => s.view.nodes().find((n) => n.peerId === 'p')?.proxy?.active
    assert.equal(active(), 2)
    s.queue.slotReleased('p', 'proxy', 'L-mine')
    assert.equal(active(), 2, 'the notice for our own give-back is not counted twice')
    s.queue.slotReleased('p', 'proxy', 'L-task-that-ended')
    assert.equal(active(), 1)
  })

  it('counts its own grants so one round does not pick the same last slot twice', async () => {
    const s = setup()
    queue = s.queue
    s.capacity.announce(proxyAnnouncement('p1', { slots: 1, hosts: { lab: ['nbd'] } }))
    s.capacity.announce(proxyAnnouncement('p2', { slots: 2, active: 1, hosts: { lab: ['nbd'] } }))
    s.capacity.announce(repositoryAnnouncement('r', { name: 'main', slots: 8 }))
    for (const id of ['t1', 't2', 't3']) s.queue.add({ task: taskSpec(id), replyTo: `m/${id}` })
    await s.queue.kick()
    assert.deepEqual(s.placed.map((p) => `${p.taskId}@${p.proxyPeer}`), ['t1@p1', 't2@p2'])
    assert.deepEqual(s.leases.requests.filter((c) => c.role === 'proxy').map((c) => c.peerId), ['p1', 'p2'], 'no request for a slot the view knows is taken')
    assert.equal(s.queue.stats().queued, 1)
  })

  it('runs one round at a time, and one more after it however many kicks came', async () => {
    const s = setup()
    queue = s.queue
    s.capacity.announce(proxyAnnouncement('p', { slots: 4, hosts: { lab: ['nbd'] } }))
    s.capacity.announce(repositoryAnnouncement('r', { name: 'main', slots: 4 }))
    const open = holdAnswers(s)
    s.queue.add({ task: taskSpec('t1'), replyTo: 'm/t1' })
    const done = s.queue.kick()
    await until(s.bus, () => s.leases.requests.length > 0, 'the first lease requests')
    s.queue.add({ task: taskSpec('t2'), replyTo: 'm/t2' })
    void s.queue.kick()
    void s.queue.kick()
    void s.queue.kick()
    open()
    await done
    assert.equal(s.queue.stats().rounds, 2)
    assert.deepEqual(s.placed.map((p) => p.taskId), ['t1', 't2'])
  })

  it('takes tasks in arrival order across kinds, passing over a kind that finds no free proxy', async () => {
    const s = setup()
    queue = s.queue
    s.capacity.announce(proxyAnnouncement('pa', { slots: 2, active: 2, hosts: { a: ['nbd'] } }))
    s.capacity.announce(proxyAnnouncement('pb', { slots: 2, hosts: { b: ['nbd'] } }))
    s.capacity.announce(repositoryAnnouncement('r', { name: 'main', slots: 10 }))
    for (const id of ['a1', 'b1', 'a2', 'b2', 'a3', 'b3']) {
      s.queue.add({ task: taskSpec(id, { host: { name: id[0], type: 'file', path: '/vms' } }), replyTo: `m/${id}` })
    }
    await s.queue.kick()
    assert.deepEqual(s.placed.map((p) => `${p.taskId}@${p.proxyPeer}`), ['b1@pb', 'b2@pb'])
    assert.equal(s.leases.requests.filter((c) => c.taskId.startsWith('a')).length, 0, 'no lease asked for a task of the full kind')
    assert.deepEqual(s.queue.waiting().map((p) => p.taskId), ['a1', 'a2', 'a3', 'b3'])
    // a slot frees on pa: the oldest task of its kind goes first
    s.capacity.announce(proxyAnnouncement('pa', { slots: 2, active: 1, hosts: { a: ['nbd'] } }))
    await s.queue.kick()
    assert.deepEqual(s.placed.slice(2).map((p) => p.taskId), ['a1'])
  })

  it('places a retry (a task avoiding a proxy) before the first tries that waited longer', async () => {
    const s = setup()
    queue = s.queue
    const hosts = { lab: ['nbd'], lab2: ['nbd'] }
    s.capacity.announce(proxyAnnouncement('p', { slots: 1, active: 1, hosts }))
    s.capacity.announce(proxyAnnouncement('p-dead', { slots: 1, active: 1, hosts }))
    s.capacity.announce(repositoryAnnouncement('r', { name: 'main', slots: 10 }))
    s.queue.add({ task: taskSpec('t1'), replyTo: 'm/t1' })
    s.queue.add({ task: taskSpec('t2', { host: { name: 'lab2', type: 'file', path: '/vms' } }), replyTo: 'm/t2' })
    s.queue.add({ task: taskSpec('t3'), replyTo: 'm/t3' })
    s.queue.add({ task: taskSpec('r1'), replyTo: 'm/r1', avoidProxies: ['p-dead'] })
    await s.queue.kick()
    assert.equal(s.placed.length, 0, 'every slot is taken')
    s.capacity.expire('p-dead')
    const order: string[] = []
    for (let i = 0; i < 4; i++) {
      // one slot frees at a time (a new announcement drops the view's own grants)
      s.capacity.announce(proxyAnnouncement('p', { slots: 1, active: 0, hosts }))
      await s.queue.kick()
      order.push(...s.placed.splice(0).map((p) => p.taskId ?? ''))
    }
    assert.deepEqual(order, ['r1', 't1', 't2', 't3'], 'the retry first, then the first tries in arrival order across kinds')
  })

  it('places a retry that arrives during a round beside it, without waiting for the attempt in flight', async () => {
    const s = setup()
    queue = s.queue
    s.capacity.announce(proxyAnnouncement('p', { slots: 10, hosts: { lab: ['nbd'] } }))
    s.capacity.announce(repositoryAnnouncement('r', { name: 'main', slots: 10 }))
    const open = holdAnswers(s, (call) => call.taskId === 't1')
    for (const id of ['t1', 't2', 't3']) s.queue.add({ task: taskSpec(id, { vm: id }), replyTo: `m/${id}` })
    const done = s.queue.kick()
    await until(s.bus, () => s.leases.requests.some((c) => c.taskId === 't1'), 't1\'s lease requests')
    s.queue.add({ task: taskSpec('r1', { vm: 'r1' }), replyTo: 'm/r1', avoidProxies: ['p-dead'] })
    await until(s.bus, () => s.placed.length > 0, 'the retry placed')
    assert.deepEqual(s.placed.map((p) => p.taskId), ['r1'], 't1\'s lease answers are still out')
    open()
    await done
    assert.deepEqual(s.placed.map((p) => p.taskId), ['r1', 't1', 't2', 't3'])
    assert.equal(new Set(s.placed.map((p) => p.taskId)).size, 4, 'no task placed twice')
  })

  it('counts a slot as taken while its lease is asked for, so the retry lane asks another node', async () => {
    const s = setup()
    queue = s.queue
    s.capacity.announce(proxyAnnouncement('p1', { slots: 1, throughputBps: 2, hosts: { lab: ['nbd'] } }))
    s.capacity.announce(proxyAnnouncement('p2', { slots: 1, throughputBps: 1, hosts: { lab: ['nbd'] } }))
    s.capacity.announce(repositoryAnnouncement('r', { name: 'main', slots: 10 }))
    const open = holdAnswers(s, (call) => call.taskId === 't1' && call.role === 'proxy')
    s.queue.add({ task: taskSpec('t1', { vm: 't1' }), replyTo: 'm/t1' })
    const done = s.queue.kick()
    await until(s.bus, () => s.leases.requests.some((c) => c.taskId === 't1' && c.role === 'proxy'), 't1 asking p1')
    s.queue.add({ task: taskSpec('r1', { vm: 'r1' }), replyTo: 'm/r1', avoidProxies: ['p-dead'] })
    await until(s.bus, () => s.placed.length > 0, 'the retry placed')
    assert.deepEqual(s.placed.map((p) => `${p.taskId}@${p.proxyPeer}`), ['r1@p2'])
    open()
    await done
    assert.deepEqual(s.placed.map((p) => `${p.taskId}@${p.proxyPeer}`), ['r1@p2', 't1@p1'])
    assert.equal(s.leases.requests.filter((c) => c.role === 'proxy').length, 2, 'no proxy asked twice')
  })

  it('never places a task twice when the retry lane places one a round was about to visit', async () => {
    const s = setup()
    queue = s.queue
    s.capacity.announce(proxyAnnouncement('p', { slots: 10, hosts: { a: ['nbd'], b: ['nbd'] } }))
    s.capacity.announce(repositoryAnnouncement('r', { name: 'main', slots: 10 }))
    const open = holdAnswers(s, (call) => call.taskId === 'ra1')
    const on = (host: string): { host: { name: string, type: string, path: string } } => ({ host: { name: host, type: 'file', path: '/vms' } })
    // the round takes ra1 first; kind b's next task, rb1, is already chosen when ra1's answers stall
    s.queue.add({ task: taskSpec('ra1', { vm: 'ra1', ...on('a') }), replyTo: 'm/ra1', avoidProxies: ['p-dead'] })
    s.queue.add({ task: taskSpec('rb1', { vm: 'rb1', ...on('b') }), replyTo: 'm/rb1', avoidProxies: ['p-dead'] })
    const done = s.queue.kick()
    await until(s.bus, () => s.leases.requests.some((c) => c.taskId === 'ra1'), 'ra1\'s lease requests')
    s.queue.add({ task: taskSpec('ra2', { vm: 'ra2', ...on('a') }), replyTo: 'm/ra2', avoidProxies: ['p-dead'] })
    await until(s.bus, () => s.placed.length === 2, 'the lane placing ra2 and rb1')
    open()
    await done
    assert.deepEqual(s.placed.map((p) => p.taskId).sort(), ['ra1', 'ra2', 'rb1'])
    assert.equal(s.leases.requests.filter((c) => c.taskId === 'rb1').length, 2, 'rb1 asked for once: one proxy, one repository')
  })

  it('fails a retry that every reaching proxy already failed, while first tries of its kind wait', async () => {
    let now = 0
    const s = setup(100, () => now)
    queue = s.queue
    s.capacity.announce(proxyAnnouncement('p', { slots: 1, active: 1, hosts: { lab: ['nbd'] } }))
    s.capacity.announce(repositoryAnnouncement('r', { name: 'main', slots: 10 }))
    s.queue.add({ task: taskSpec('t1'), replyTo: 'm/t1' })
    s.queue.add({ task: taskSpec('r1'), replyTo: 'm/r1', avoidProxies: ['p'] })
    await s.queue.kick()
    assert.equal(s.queue.waiting().find((p) => p.taskId === 'r1')?.unplaceableSince, 0)
    assert.equal(s.queue.waiting().find((p) => p.taskId === 't1')?.unplaceableSince, undefined, 'a busy proxy is still a candidate')
    now = 150
    await s.queue.kick()
    assert.deepEqual(s.failed.map((f) => f.taskId), ['r1'])
    assert.match(s.failed[0]?.reason ?? '', /^every proxy reaching host 'lab' \(p\) already failed this task/)
    assert.equal(s.queue.size, 1)
  })

  it('fails a task whose repository nobody announces after the deadline, by its own timer', async () => {
    const s = setup(150)
    queue = s.queue
    s.capacity.announce(proxyAnnouncement('p', { slots: 4, hosts: { lab: ['nbd'] } }))
    s.queue.add({ task: taskSpec('t1'), replyTo: 'm/t1' })
    const started = Date.now()
    await s.queue.kick()
    assert.equal(s.failed.length, 0, 'not before the deadline')
    await until(s.bus, () => s.failed.length === 1, 'placementFailed', 2000)
    assert.ok(Date.now() - started >= 149)
    assert.deepEqual(s.failed, [{
      taskId: 't1',
      reason: "no repository named 'main' has announced itself for 150 ms: is its daemon running, and is it in this node's member list?"
    }])
    assert.equal(s.queue.stats().failed, 1)
    assert.equal(s.leases.requests.length, 0)
  })

  it('places an unplaceable task that becomes placeable before the deadline', async () => {
    const s = setup(200)
    queue = s.queue
    s.capacity.announce(repositoryAnnouncement('r', { name: 'main', slots: 4 }))
    s.queue.add({ task: taskSpec('t1'), replyTo: 'm/t1' })
    await s.queue.kick()
    s.capacity.announce(proxyAnnouncement('p', { slots: 4, hosts: { lab: ['hotadd'] } }))
    await s.queue.kick()
    assert.equal(s.placed[0]?.mode, 'hotadd')
    assert.equal(s.failed.length, 0)
  })

  it('fails at once when the repository has no room for the disk', async () => {
    const s = setup()
    queue = s.queue
    s.capacity.announce(proxyAnnouncement('p', { slots: 4, hosts: { lab: ['nbd'] } }))
    s.capacity.announce(repositoryAnnouncement('r', { name: 'main', slots: 4, freeBytes: 1000 }))
    s.queue.add({ task: taskSpec('t1', { size: 5000 }), replyTo: 'm/t1' })
    await s.queue.kick()
    assert.match(s.failed[0]?.reason ?? '', /^repository 'main' has 1000 bytes free after its reserve, the disk needs about 4\.9 KiB \(5000 bytes\).*\(ERR_REPOSITORY_FULL\)$/)
    assert.equal(s.leases.requests.length, 0)
  })

  it('cancel drops the session\'s waiting tasks and gives back leases won meanwhile', async () => {
    const s = setup()
    queue = s.queue
    s.capacity.announce(proxyAnnouncement('p', { slots: 4, hosts: { lab: ['nbd'] } }))
    s.capacity.announce(repositoryAnnouncement('r', { name: 'main', slots: 4 }))
    let open = (): void => {}
    const gate = new Promise<void>((resolve) => { open = resolve })
    s.leases.answer = async (call) => {
      s.bus.emit('event')
      if (call.role === 'repository') await gate
      return { leaseId: `L-${call.peerId}-${call.taskId}` }
    }
    s.queue.add({ task: taskSpec('t1', { sessionId: 's1' }), replyTo: 'm/t1' })
    s.queue.add({ task: taskSpec('t2', { sessionId: 's1' }), replyTo: 'm/t2' })
    s.queue.add({ task: taskSpec('t3', { sessionId: 's2' }), replyTo: 'm/t3' })
    const done = s.queue.kick()
    await until(s.bus, () => s.leases.requests.some((c) => c.role === 'repository'), 't1 reaching its repository request')
    assert.deepEqual(s.queue.cancel('s1').map((p) => p.taskId), ['t1', 't2'])
    open()
    await done
    assert.deepEqual(s.placed.map((p) => p.taskId), ['t3'])
    assert.deepEqual(s.leases.releases.map((r) => r.leaseId).sort(), ['L-p-t1', 'L-r-t1'])
    assert.equal(s.leases.requests.filter((c) => c.taskId === 't2').length, 0)
    assert.equal(s.queue.size, 0)
  })
})
