import assert from 'node:assert/strict'
import { EventEmitter } from 'node:events'
import type { ActorMessage, TaskPlaced } from '../../../proto/index.ts'
import { ActorSystem } from '../../../node/runtime/actors/system.ts'
import { address } from '../../../node/runtime/actors/address.ts'
import { silentLogger } from '../../../node/core/logger.ts'
import { LeaseTable } from '../../../node/runtime/leases.ts'
import { scheduler, type SchedulerOptions, type SchedulerRole, ROUND_EVERY_MS } from '../../../roles/scheduler/index.ts'
import { FakeCapacity, InMemoryNet, prng, proxyAnnouncement, repositoryAnnouncement, taskSpec, until } from './fakes.ts'

const SCHED = '12D3KooWScheduler'

/** A proxy or repository node: its own ActorSystem, a real LeaseTable, announcing on every change. */
class FakeNode {
  readonly peerId: string
  readonly role: 'proxy' | 'repository'
  readonly system: ActorSystem
  readonly table: LeaseTable
  requests = 0
  /** the most slots ever in use at once (claimed + reserved) */
  peak = 0
  /** announce on every change (false: the test announces by hand) */
  announcing = true
  private readonly world: World

  constructor (peerId: string, role: 'proxy' | 'repository', slots: number, world: World) {
    this.peerId = peerId
    this.role = role
    this.world = world
    this.system = world.net.join(new ActorSystem({ peerId }))
    this.table = new LeaseTable({ slots, peerId, name: role, onChange: () => { this.changed() } })
    this.system.spawn(role, () => ({
      receive: (msg: ActorMessage) => {
        if (msg.leaseRequest != null) {
          this.requests++
          world.bus.emit('event')
          return this.table.request(msg.leaseRequest)
        }
        if (msg.leaseRelease != null) this.table.release(msg.leaseRelease.leaseId ?? '')
      }
    }))
    this.announce()
  }

  /** The task arrived with its lease. */
  claim (leaseId: string, taskId: string): void {
    assert.ok(this.table.claim(leaseId, taskId), `lease ${leaseId} for ${taskId} on ${this.peerId} was not claimable`)
  }

  /** The task ended: free the slot and tell the lease holder, as a proxy/repository role does. */
  finish (leaseId: string): void {
    const released = this.table.release(leaseId)
    assert.ok(released?.holder != null, `lease ${leaseId} on ${this.peerId} had no holder`)
    this.system.tell(released.holder, { leaseRelease: { leaseId, peerId: this.peerId } }, address(this.peerId, this.role))
  }

  announce (): void {
    const active = this.table.active + this.table.reserved
    const hosts = { lab: ['nbd', 'hotadd'] }
    this.world.capacity.announce(this.role === 'proxy'
      ? proxyAnnouncement(this.peerId, { slots: this.table.slots, active, hosts })
      : repositoryAnnouncement(this.peerId, { name: 'main', slots: this.table.slots, active }))
  }

  private changed (): void {
    this.peak = Math.max(this.peak, this.table.active + this.table.reserved)
    assert.ok(this.peak <= this.table.slots, `${this.peerId} over-subscribed: ${this.peak}/${this.table.slots}`)
    if (this.announcing) this.announce()
    this.world.bus.emit('event')
  }
}

/** The scheduler's node, with a "manager" actor collecting what the scheduler answers. */
class World {
  readonly net = new InMemoryNet()
  readonly bus = new EventEmitter()
  readonly capacity = new FakeCapacity()
  readonly system: ActorSystem
  readonly nodes: FakeNode[] = []
  readonly placed: TaskPlaced[] = []
  readonly failed: Array<{ taskId: string, reason: string }> = []
  readonly role: SchedulerRole
  readonly inbox: string

  constructor (options: SchedulerOptions = {}) {
    this.bus.setMaxListeners(100)
    this.system = this.net.join(new ActorSystem({ peerId: SCHED }))
    // as the daemon does: a node leaving the view fails the asks still waiting on it
    this.capacity.on('expired', (peer) => this.system.peerLeft(peer))
    this.inbox = this.system.spawn('manager', () => ({
      receive: (msg: ActorMessage) => {
        if (msg.taskPlaced != null) this.placed.push(msg.taskPlaced)
        if (msg.placementFailed != null) this.failed.push({ taskId: msg.placementFailed.taskId ?? '', reason: msg.placementFailed.reason ?? '' })
        this.bus.emit('event')
      }
    }))
    this.role = scheduler({ peerId: SCHED, system: this.system, capacity: this.capacity, log: silentLogger }, options)
  }

  node (peerId: string, role: 'proxy' | 'repository', slots: number): FakeNode {
    const node = new FakeNode(peerId, role, slots, this)
    this.nodes.push(node)
    return node
  }

  find (peerId: string): FakeNode {
    const node = this.nodes.find((n) => n.peerId === peerId)
    assert.ok(node != null, `no node ${peerId}`)
    return node
  }

  place (taskId: string, more: Parameters<typeof taskSpec>[1] = {}): void {
    this.system.tell(this.role.address, { placeTask: { task: taskSpec(taskId, more), replyTo: this.inbox } })
  }

  /** What the manager does with TaskPlaced: hand the task to the proxy, which opens the pipe to the repository. */
  claim (p: TaskPlaced): void {
    this.find(p.proxyPeer ?? '').claim(p.proxyLease ?? '', p.taskId ?? '')
    this.find(p.repositoryPeer ?? '').claim(p.repositoryLease ?? '', p.taskId ?? '')
  }

  finish (p: TaskPlaced): void {
    this.find(p.proxyPeer ?? '').finish(p.proxyLease ?? '')
    this.find(p.repositoryPeer ?? '').finish(p.repositoryLease ?? '')
  }

  leaseRequests (): number {
    return this.nodes.reduce((n, node) => n + node.requests, 0)
  }

  async stop (): Promise<void> {
    await this.role.stop()
    for (const node of this.nodes) node.table.close()
    await Promise.all([this.system.stop(), ...this.nodes.map(async (n) => { await n.system.stop() })])
  }
}

/** Lets every message in flight land (deliveries are one setImmediate each). */
async function settle (): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve))
}

describe('scheduler role', () => {
  let world: World | undefined
  afterEach(async () => {
    await world?.stop()
    world = undefined
  })

  it('places a task on the least loaded proxy and a repository, over the wire', async () => {
    const w = world = new World()
    await w.role.start()
    w.node('12D3KooWProxyA', 'proxy', 2)
    w.node('12D3KooWProxyB', 'proxy', 2)
    w.node('12D3KooWRepo', 'repository', 4)
    w.find('12D3KooWProxyA').table.request({ taskId: 'other', holder: 'x/y' })
    w.place('t1')
    await until(w.bus, () => w.placed.length === 1, 'TaskPlaced')
    const p = w.placed[0]
    assert.equal(p?.taskId, 't1')
    assert.equal(p?.proxyPeer, '12D3KooWProxyB')
    assert.equal(p?.repositoryPeer, '12D3KooWRepo')
    assert.equal(p?.mode, 'hotadd')
    assert.ok(p != null && w.find('12D3KooWProxyB').table.get(p.proxyLease ?? '')?.holder === w.role.address, 'the lease holder is the scheduler')
    assert.equal(w.role.stats().placed, 1)
  })

  it('takes a lease request to a node that leaves the view as refused at once, not after the ask timeout', async () => {
    const w = world = new World({ askTimeoutMs: 4000 })
    await w.role.start()
    // a proxy killed after the request was written: the envelope arrives nowhere, no reply comes
    let asked = 0
    w.net.join({ peerId: '12D3KooWDead', deliverRemote: () => { asked++; w.bus.emit('event') } } as unknown as ActorSystem)
    w.capacity.announce(proxyAnnouncement('12D3KooWDead', { slots: 4, hosts: { lab: ['nbd'] } }))
    w.node('12D3KooWProxyA', 'proxy', 2).table.request({ taskId: 'other', holder: 'x/y' })
    w.node('12D3KooWRepo', 'repository', 4)
    w.place('t1')
    await until(w.bus, () => asked === 1, 'the lease request to the dead proxy (the least loaded)')
    const left = Date.now()
    w.capacity.expire('12D3KooWDead')
    await until(w.bus, () => w.placed.length === 1, 'TaskPlaced', 2000)
    assert.ok(Date.now() - left < 1000, `placed ${Date.now() - left} ms after the node left`)
    assert.equal(w.placed[0]?.proxyPeer, '12D3KooWProxyA')
    assert.equal(w.role.stats().refusals, 1)
  })

  it('moves on when a proxy refuses a lease its announcement said it had', async () => {
    const w = world = new World()
    await w.role.start()
    const a = w.node('12D3KooWProxyA', 'proxy', 1)
    w.node('12D3KooWProxyB', 'proxy', 2)
    w.node('12D3KooWRepo', 'repository', 4)
    // A fills up without telling anyone: its announcement still says 0/1, the best in the view
    a.announcing = false
    a.table.request({ taskId: 'other', holder: 'x/y' })
    w.find('12D3KooWProxyB').table.request({ taskId: 'other', holder: 'x/y' })
    w.place('t1')
    await until(w.bus, () => w.placed.length === 1, 'TaskPlaced')
    assert.equal(a.requests, 1, 'A was asked first')
    assert.equal(w.placed[0]?.proxyPeer, '12D3KooWProxyB')
    assert.equal(w.role.stats().refusals, 1)
  })

  it('waits without polling, and places as soon as a slot is released or the view changes', async () => {
    const w = world = new World()
    await w.role.start()
    const proxy = w.node('12D3KooWProxyA', 'proxy', 1)
    const repo = w.node('12D3KooWRepo', 'repository', 4)
    w.place('t1')
    w.place('t2')
    w.place('t3')
    await until(w.bus, () => w.placed.length === 1, 'the first task placed')
    const first = w.placed[0] as TaskPlaced
    w.claim(first)
    await settle()
    // the claims' announcements may still owe one trailing round (rounds are coalesced per window)
    await new Promise((resolve) => setTimeout(resolve, ROUND_EVERY_MS + 50))
    await settle()
    const requests = w.leaseRequests()
    const rounds = w.role.stats().rounds
    assert.equal(w.role.stats().queued, 2)
    // nothing changes for a while: no round, no lease request
    await new Promise((resolve) => setTimeout(resolve, 300))
    assert.equal(w.leaseRequests(), requests, 'no lease requests while nothing changed')
    assert.equal(w.role.stats().rounds, rounds, 'no placement rounds while nothing changed')
    assert.ok(w.role.stats().longestWaitMs >= 300)

    // the task ends: the nodes release and tell the scheduler (no announcement), which places the next one
    proxy.announcing = false
    repo.announcing = false
    const before = w.capacity.listenerCount('change')
    w.finish(first)
    await until(w.bus, () => w.placed.length === 2, 'the second task placed after a release')
    assert.equal(w.placed[1]?.taskId, 't2')
    assert.ok((w.placed[1]?.waitedMs ?? 0) >= 300, 'waitedMs covers the wait')
    assert.equal(before, 1, 'the role listens to capacity changes')

    // a view change (the proxy grows a slot) places the third
    proxy.announcing = true
    proxy.table.setSlots(2)
    await until(w.bus, () => w.placed.length === 3, 'the third task placed after a view change')
    assert.equal(w.placed[2]?.taskId, 't3')
    assert.equal(w.role.stats().queued, 0)
  })

  it('never over-subscribes: 20 tasks on 2 proxies x 2 slots, finishing at random', async () => {
    const w = world = new World()
    await w.role.start()
    const proxies = [w.node('12D3KooWProxyA', 'proxy', 2), w.node('12D3KooWProxyB', 'proxy', 2)]
    const repo = w.node('12D3KooWRepo', 'repository', 3)
    const random = prng(7)
    // announcements lag behind the leases, as gossip does: the view is often stale
    for (const node of w.nodes) node.announcing = false
    const announcer = setInterval(() => { for (const node of w.nodes) if (random() < 0.5) node.announce() }, 3)
    const running = new Set<string>()
    const started = new Set<string>()
    let maxRunning = 0
    const timers = new Set<NodeJS.Timeout>()
    w.bus.on('event', () => {
      for (const p of w.placed) {
        if (started.has(p.taskId ?? '')) continue
        started.add(p.taskId ?? '')
        running.add(p.taskId ?? '')
        w.claim(p)
        maxRunning = Math.max(maxRunning, running.size)
        const timer = setTimeout(() => {
          timers.delete(timer)
          running.delete(p.taskId ?? '')
          w.finish(p)
          w.bus.emit('event')
        }, Math.floor(random() * 15))
        timers.add(timer)
      }
    })
    try {
      for (let i = 0; i < 20; i++) w.place(`t${i}`)
      await until(w.bus, () => w.placed.length === 20 && running.size === 0, 'all 20 tasks placed and finished', 20_000)
    } finally {
      clearInterval(announcer)
      for (const timer of timers) clearTimeout(timer)
    }
    assert.deepEqual(w.placed.map((p) => p.taskId).sort(), Array.from({ length: 20 }, (_, i) => `t${i}`).sort(), 'each task placed once')
    for (const node of proxies) assert.ok(node.peak <= 2, `${node.peerId} peaked at ${node.peak}/2`)
    assert.ok(repo.peak <= 3)
    assert.ok(maxRunning <= 3, `at most 3 tasks at once (repository slots), saw ${maxRunning}`)
    assert.ok(proxies.every((node) => node.peak >= 1), 'the load was spread over both proxies')
    assert.equal(w.role.stats().queued, 0)
    assert.equal(w.failed.length, 0)
  })

  it('fails a task whose repository never announces, with a reason saying what to check', async () => {
    const w = world = new World({ unplaceableAfterMs: 200 })
    await w.role.start()
    w.node('12D3KooWProxyA', 'proxy', 2)
    w.place('t1', { repository: 'offsite' })
    await until(w.bus, () => w.failed.length === 1, 'PlacementFailed')
    assert.deepEqual(w.failed[0], {
      taskId: 't1',
      reason: "no repository named 'offsite' has announced itself for 200 ms: is its daemon running, and is it in this node's member list?"
    })
    assert.equal(w.leaseRequests(), 0)
    assert.equal(w.role.stats().failed, 1)
  })

  it('cancels a session\'s waiting tasks', async () => {
    const w = world = new World()
    await w.role.start()
    const proxy = w.node('12D3KooWProxyA', 'proxy', 1)
    w.node('12D3KooWRepo', 'repository', 4)
    w.place('a1', { sessionId: 'A' })
    w.place('b1', { sessionId: 'B' })
    w.place('a2', { sessionId: 'A' })
    await until(w.bus, () => w.placed.length === 1, 'the first task placed')
    w.claim(w.placed[0] as TaskPlaced)
    const reply = await w.system.ask(w.role.address, { cancelPlacement: { sessionId: 'A' } })
    assert.ok(reply.ok != null, 'answered { ok: {} }')
    assert.equal(w.role.stats().queued, 1)
    proxy.table.setSlots(3)
    await until(w.bus, () => w.placed.length === 2, 'the other session\'s task placed')
    await settle()
    assert.deepEqual(w.placed.map((p) => p.taskId), ['a1', 'b1'])
    assert.equal(w.role.stats().queued, 0)
  })

  it('refuses a PlaceTask without a task id or reply address, and answers other asks with ok', async () => {
    const w = world = new World()
    await w.role.start()
    await assert.rejects(w.system.ask(w.role.address, { placeTask: { task: { taskId: 't' }, replyTo: '' } }), { code: 'ERR_BAD_PLACE_TASK' })
    const ok = await w.system.ask(w.role.address, { tick: { name: 'status' } })
    assert.ok(ok.ok != null)
  })
})
