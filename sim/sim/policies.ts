/**
 * @packageDocumentation
 * The placement policies a scenario compares.
 * - gossip-lease (ours): the REAL roles/scheduler PlacementQueue, planPlacement and LoadView,
 *   reading a gossiped SimCapacity; leases come from each node's real LeaseTable (node/runtime/leases.ts),
 *   which grants or refuses from the node's true load. Lease answers from live nodes take no
 *   virtual time. A dead node's ask fails when the scheduler's node notices the dropped
 *   connection (the disconnect delay; at once after that: the dial is refused) — a killed process
 *   on a live machine, not a silent partition, which only the ask timeout would end.
 *   Rounds are kicked as the real role (roles/scheduler/index.ts) kicks them: at once by a new
 *   task or a release notice; by an
 *   announcement only while tasks wait and only if it shows a free slot (a node leaving never
 *   makes a task placeable), at most once per `roundEveryMs` (ROUND_EVERY_MS): the first at once,
 *   the others inside the window by one trailing round.
 * - random / round-robin: each task is assigned when submitted to a proxy reaching its host and a
 *   repository of its name; the proxy runs its own queue in order, as slots free.
 * - omniscient: a central scheduler that sees the true state at once and places the largest
 *   waiting task first on the least loaded fitting proxy and repository: the yardstick.
 */
import type { Announcement, TaskPlaced, TaskSpec } from '../../proto/index.ts'
import { LeaseTable } from '../../node/runtime/leases.ts'
import { PlacementQueue } from '../../roles/scheduler/queue.ts'
import type { Pending } from '../../roles/scheduler/waiting-tasks.ts'
import { LoadView, type SlotRole } from '../../roles/scheduler/view.ts'
import { ROUND_EVERY_MS, freeSlot } from '../../roles/scheduler/index.ts'
import type { CapacityEntry } from '../../protocols/capacity.ts'
import { DISCONNECT_MS } from './engine.ts'
import type { Engine, Policy } from './engine.ts'
import { Gossip, SimCapacity } from './gossip.ts'
import type { SimNode, SimProxy, SimRepository, SimTask } from './model.ts'
import type { PolicyName } from './scenario.ts'
import { stream } from './random.ts'

const HOLDER = 'scheduler-peer/scheduler'

export function createPolicy (name: PolicyName, engine: Engine): Policy {
  switch (name) {
    case 'gossip-lease': return new GossipLease(engine)
    case 'random': return new Assigned(engine, 'random')
    case 'round-robin': return new Assigned(engine, 'round-robin')
    case 'omniscient': return new Omniscient(engine)
  }
}

function spec (task: SimTask): TaskSpec {
  const d = task.disk
  return {
    taskId: String(d.index),
    sessionId: 'sim',
    job: 'sim',
    host: { name: d.host },
    vm: d.vm,
    diskName: d.diskName,
    size: d.sizeBytes,
    repository: d.repository,
    // an incremental's space is checked by the repository itself (placement.ts neededBytes)
    basePoint: d.full ? '' : 'previous'
  }
}

class GossipLease implements Policy {
  readonly name = 'gossip-lease'
  // the real queue keeps a VM's disks on one repository node
  readonly pinsVms = true
  private readonly engine: Engine
  private readonly capacity = new SimCapacity()
  private readonly gossip: Gossip<SimNode>
  private readonly queue: PlacementQueue
  private readonly tables = new Map<string, LeaseTable>()
  private readonly leases = new Map<SimTask, { proxyLease: string, repositoryLease: string }>()
  private readonly roundEveryMs: number
  private readonly messageMs: number
  private readonly askTimeoutMs: number
  private rounds = 0
  private window = false
  private trailing = false
  private capacityKicks = 0
  private readonly byId = new Map<string, SimTask>()
  /** when the scheduler's node noticed a dead node's connection drop */
  private readonly gone = new Map<string, number>()

  constructor (engine: Engine) {
    this.engine = engine
    const s = engine.scenario
    const clock = engine.clock
    const g = s.gossip ?? {}
    this.roundEveryMs = s.scheduler?.roundEveryMs ?? ROUND_EVERY_MS
    this.messageMs = s.scheduler?.messageMs ?? 1
    this.askTimeoutMs = s.scheduler?.askTimeoutMs ?? 5000
    const leaseTtlMs = s.scheduler?.leaseTtlMs ?? 30_000
    const missedPeriods = g.missedPeriods ?? 3
    this.gossip = new Gossip<SimNode>({
      clock,
      rng: stream(s.seed, 'gossip'),
      capacity: this.capacity,
      periodMs: g.periodMs ?? 2000,
      delayMs: g.delayMs ?? { dist: 'uniform', min: 5, max: 50 },
      loss: g.loss ?? 0,
      missedPeriods,
      disconnectMs: g.disconnectMs ?? DISCONNECT_MS,
      announce: (node) => this.announcement(node),
      onDelivered: (entry) => this.capacityChanged(entry),
      // the real view emits change(undefined): a node leaving never kicks a round
      onExpired: () => this.capacityChanged(undefined)
    })
    const view = new LoadView({ capacity: this.capacity, now: () => clock.now, missedPeriods })
    this.queue = new PlacementQueue({
      view,
      now: () => clock.now,
      unplaceableAfterMs: s.scheduler?.unplaceableAfterMs,
      timers: {
        set: (fn, ms) => {
          const handle = { cancelled: false }
          clock.after(ms, () => { if (!handle.cancelled) fn() })
          return handle
        },
        clear: (handle) => { if (handle != null) (handle as { cancelled: boolean }).cancelled = true }
      },
      leases: {
        request: (peerId, role, taskId) => {
          const node = engine.world.byPeer.get(peerId)
          const table = this.tables.get(peerId)
          if (node == null || !node.alive || table == null) {
            const gone = this.gone.get(peerId)
            const at = gone != null ? Math.max(gone, clock.now + this.messageMs) : clock.now + this.askTimeoutMs
            return new Promise((resolve, reject) => clock.at(at, () => reject(new Error(`${role} ${peerId} is unreachable`))))
          }
          const answer = table.request({ taskId, ttlMs: leaseTtlMs, holder: HOLDER })
          return Promise.resolve('leaseGrant' in answer ? { leaseId: answer.leaseGrant.leaseId ?? '' } : { refused: answer.leaseRefusal.reason })
        },
        release: (peerId, _role, leaseId) => { this.tables.get(peerId)?.release(leaseId) }
      },
      onPlaced: (pending, placed) => this.placed(pending, placed),
      onFailed: (pending) => {
        const task = this.byId.get(pending.taskId)
        if (task != null) engine.fail(task)
      }
    })
    for (const node of engine.world.byPeer.values()) this.nodeUp(node)
  }

  get inFlight (): boolean {
    // the queue's retry lane runs beside the rounds the policy kicked
    return this.rounds > 0 || this.queue.active
  }

  submit (task: SimTask): void {
    this.byId.set(String(task.disk.index), task)
    this.queue.add({ task: spec(task), replyTo: `manager-peer/task-${task.disk.index}`, avoidProxies: [...task.avoid] })
    this.kick()
  }

  ended (task: SimTask, proxy: SimProxy, repository: SimRepository): void {
    const held = this.leases.get(task)
    this.leases.delete(task)
    if (held == null) return
    this.releaseBy(proxy, 'proxy', held.proxyLease)
    this.releaseBy(repository, 'repository', held.repositoryLease)
  }

  nodeDown (node: SimNode): void {
    this.tables.get(node.peerId)?.close()
    this.tables.delete(node.peerId)
    this.gone.set(node.peerId, this.gossip.down(node))
  }

  nodeUp (node: SimNode): void {
    this.gone.delete(node.peerId)
    this.tables.set(node.peerId, new LeaseTable({
      slots: node.slots,
      peerId: node.peerId,
      name: node.kind,
      now: () => this.engine.clock.now,
      timer: false,
      onChange: () => this.gossip.changed(node)
    }))
    this.gossip.start(node)
  }

  reserved (node: SimNode): number {
    return this.tables.get(node.peerId)?.reserved ?? 0
  }

  viewAges (): number[] {
    const now = this.engine.clock.now
    return this.capacity.entries().map((e) => now - (e.announcement.sentAtMs ?? 0))
  }

  stats (): Record<string, number> {
    const q = this.queue.stats()
    return { rounds: q.rounds, capacityKicks: this.capacityKicks, leaseRequests: q.leaseRequests, refusals: q.refusals, announcements: this.gossip.sent, lost: this.gossip.lost }
  }

  close (): void {
    this.queue.close()
  }

  private announcement (node: SimNode): Announcement {
    const table = this.tables.get(node.peerId)
    // a node announces active + reserved: a reserved slot is as taken as a running one
    const active = table != null ? table.active + table.reserved : node.running.size
    if (node.kind === 'proxy') {
      return { roles: ['proxy'], proxy: { slots: node.slots, active, throughputBps: node.taskBps, hosts: node.hosts } }
    }
    return { roles: ['repository'], repository: { name: node.name, slots: node.slots, active, freeBytes: Math.max(0, node.freeBytes), throughputBps: node.bps } }
  }

  // the node ends the lease and tells the holder (the scheduler) after a message delay
  private releaseBy (node: SimNode, role: SlotRole, leaseId: string): void {
    const table = this.tables.get(node.peerId)
    if (table == null || table.release(leaseId) == null) return
    this.engine.clock.after(this.messageMs, () => {
      this.queue.slotReleased(node.peerId, role, leaseId)
      this.kick()
    })
  }

  // PlaceTask, LeaseRelease and the capacity tick all end in queue.kick(): a round now, or one
  // more after the running one
  private kick (): void {
    this.rounds++
    void this.queue.kick().finally(() => { this.rounds-- })
  }

  // roles/scheduler/index.ts onChange, in virtual time
  private capacityChanged (entry: CapacityEntry | undefined): void {
    if (this.queue.size === 0 || !freeSlot(entry)) return
    if (this.window) {
      this.trailing = true
      return
    }
    this.capacityTick()
    const clock = this.engine.clock
    const close = (): void => {
      this.window = false
      if (!this.trailing) return
      this.trailing = false
      this.capacityTick()
      this.window = true
      clock.after(this.roundEveryMs, close)
    }
    this.window = true
    clock.after(this.roundEveryMs, close)
  }

  private capacityTick (): void {
    if (this.queue.size === 0) return
    this.capacityKicks++
    this.kick()
  }

  // the assignment reaches the proxy, which claims both leases and starts
  private placed (pending: Pending, placed: TaskPlaced): void {
    const task = this.byId.get(pending.taskId)
    if (task == null) return
    this.engine.placed(task)
    const proxy = this.engine.world.byPeer.get(placed.proxyPeer ?? '') as SimProxy
    const repository = this.engine.world.byPeer.get(placed.repositoryPeer ?? '') as SimRepository
    const proxyLease = placed.proxyLease ?? ''
    const repositoryLease = placed.repositoryLease ?? ''
    this.engine.clock.after(this.messageMs, () => {
      const p = proxy.alive && this.tables.get(proxy.peerId)?.claim(proxyLease, pending.taskId) === true
      const r = repository.alive && this.tables.get(repository.peerId)?.claim(repositoryLease, pending.taskId) === true
      if (p && r) {
        this.leases.set(task, { proxyLease, repositoryLease })
        this.engine.start(task, proxy, repository)
        return
      }
      if (p) this.releaseBy(proxy, 'proxy', proxyLease)
      if (r) this.releaseBy(repository, 'repository', repositoryLease)
      this.engine.m.replaced++
      this.engine.clock.after(this.engine.failureDetectMs(), () => this.engine.resubmit(task, proxy.peerId))
    })
  }
}

/** random and round-robin: assigned at submission, queued on the proxy. */
class Assigned implements Policy {
  readonly name: string
  readonly inFlight = false
  private readonly engine: Engine
  private readonly how: 'random' | 'round-robin'
  private readonly queues = new Map<SimProxy, SimTask[]>()
  private readonly repoOf = new Map<SimTask, SimRepository>()
  private readonly blocked = new Map<SimRepository, Set<SimProxy>>()
  private readonly turn = new Map<string, number>()
  private orphans: SimTask[] = []

  constructor (engine: Engine, how: 'random' | 'round-robin') {
    this.engine = engine
    this.how = how
    this.name = how
  }

  submit (task: SimTask): void {
    const proxies = this.engine.proxiesFor(task.disk.host).filter((p) => p.alive && !task.avoid.includes(p.peerId))
    const repository = this.pickRepository(task)
    if (proxies.length === 0 || repository == null) {
      this.orphans.push(task)
      return
    }
    const proxy = this.pick(proxies, `p:${task.disk.host}`)
    this.repoOf.set(task, repository)
    let q = this.queues.get(proxy)
    if (q == null) this.queues.set(proxy, q = [])
    q.push(task)
    this.tryStart(proxy)
  }

  ended (_task: SimTask, proxy: SimProxy, repository: SimRepository): void {
    if (proxy.alive) this.tryStart(proxy)
    const waiting = this.blocked.get(repository)
    if (waiting != null) {
      this.blocked.delete(repository)
      for (const p of waiting) this.tryStart(p)
    }
  }

  nodeDown (node: SimNode): void {
    if (node.kind !== 'proxy') {
      for (const p of this.blocked.get(node) ?? []) this.tryStart(p)
      return
    }
    const q = this.queues.get(node) ?? []
    this.queues.delete(node)
    for (const task of q) {
      this.engine.m.replaced++
      this.engine.clock.after(this.engine.failureDetectMs(), () => this.engine.resubmit(task, node.peerId))
    }
  }

  nodeUp (): void {
    const orphans = this.orphans
    this.orphans = []
    for (const task of orphans) this.submit(task)
  }

  reserved (): number {
    return 0
  }

  private pick<T> (list: T[], key: string): T {
    if (this.how === 'random') return list[Math.floor(this.engine.rng() * list.length)] as T
    const i = this.turn.get(key) ?? 0
    this.turn.set(key, i + 1)
    return list[i % list.length] as T
  }

  private pickRepository (task: SimTask): SimRepository | undefined {
    const need = task.disk.full ? task.disk.workBytes : 0
    const list = this.engine.world.repositories.filter((r) => r.alive && r.name === task.disk.repository && r.freeBytes >= need)
    return list.length > 0 ? this.pick(list, `r:${task.disk.repository}`) : undefined
  }

  private tryStart (proxy: SimProxy): void {
    const q = this.queues.get(proxy)
    while (q != null && q.length > 0 && proxy.alive && proxy.running.size < proxy.slots) {
      const task = q[0] as SimTask
      let repository = this.repoOf.get(task) as SimRepository
      if (!repository.alive) {
        const other = this.pickRepository(task)
        if (other == null) return
        this.repoOf.set(task, repository = other)
      }
      if (repository.running.size >= repository.slots) {
        // head of line waits for its repository
        let set = this.blocked.get(repository)
        if (set == null) this.blocked.set(repository, set = new Set())
        set.add(proxy)
        return
      }
      q.shift()
      this.engine.start(task, proxy, repository)
    }
  }
}

/** Sees the true state with no delay; largest task first on the least loaded fitting nodes. */
class Omniscient implements Policy {
  readonly name = 'omniscient'
  readonly inFlight = false
  private readonly engine: Engine
  private waiting: SimTask[] = []
  private sorted = true
  private scheduled = false

  constructor (engine: Engine) {
    this.engine = engine
  }

  submit (task: SimTask): void {
    this.waiting.push(task)
    this.sorted = false
    this.soon()
  }

  ended (): void { this.soon() }
  nodeDown (): void { this.soon() }
  nodeUp (): void { this.soon() }
  reserved (): number { return 0 }

  private soon (): void {
    if (this.scheduled) return
    this.scheduled = true
    this.engine.clock.after(0, () => { this.scheduled = false; this.assign() })
  }

  private assign (): void {
    if (!this.sorted) {
      this.waiting.sort((a, b) => b.disk.workBytes - a.disk.workBytes || a.disk.index - b.disk.index)
      this.sorted = true
    }
    const free = new Set(this.engine.world.proxies.filter((p) => p.alive && p.running.size < p.slots))
    if (free.size === 0) return
    const load = (n: SimNode): number => n.running.size / n.slots
    const left: SimTask[] = []
    for (const task of this.waiting) {
      if (free.size === 0) { left.push(task); continue }
      let proxy: SimProxy | undefined
      for (const p of free) {
        if (!p.reach.has(task.disk.host) || task.avoid.includes(p.peerId)) continue
        if (proxy == null || load(p) < load(proxy) || (load(p) === load(proxy) && p.bps > proxy.bps)) proxy = p
      }
      let repository: SimRepository | undefined
      const need = task.disk.full ? task.disk.workBytes : 0
      if (proxy != null) {
        for (const r of this.engine.world.repositories) {
          if (!r.alive || r.name !== task.disk.repository || r.running.size >= r.slots || r.freeBytes < need) continue
          if (repository == null || load(r) < load(repository)) repository = r
        }
      }
      if (proxy == null || repository == null) { left.push(task); continue }
      this.engine.start(task, proxy, repository)
      if (proxy.running.size >= proxy.slots) free.delete(proxy)
    }
    this.waiting = left
  }
}
