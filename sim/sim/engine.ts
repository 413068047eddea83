/**
 * @packageDocumentation
 * The run loop shared by every policy: tasks start, progress at their shared rates and end;
 * nodes fail and join on the scenario's timeline; the engine measures what the report shows
 * from the TRUE state of the nodes (running tasks plus the slots a policy reserved), never from
 * a scheduler's view. A policy only decides where and when a task starts.
 */
import { Clock } from './clock.ts'
import { account, makeProxy, rateOf, type SimNode, type SimProxy, type SimRepository, type SimTask, type World } from './model.ts'
import type { Scenario } from './scenario.ts'
import { sample, stream, type Dist, type Rng } from './random.ts'

/** The default delay before a node's peers see its connection drop, ms. */
export const DISCONNECT_MS: Dist = { dist: 'uniform', min: 10, max: 60 }

/** What a policy does; the engine calls it, and it calls back `engine.placed` and `engine.start`. */
export interface Policy {
  readonly name: string
  /** a task needs placing (at the start, or again after a failure) */
  submit(task: SimTask): void
  /** a task left its nodes (done, or aborted by a failure); the slots are already free */
  ended(task: SimTask, proxy: SimProxy, repository: SimRepository, aborted: boolean): void
  nodeDown(node: SimNode): void
  nodeUp(node: SimNode): void
  /** slots the policy holds on a node without a running task (granted, unclaimed leases) */
  reserved(node: SimNode): number
  /** a placement round is in flight, waiting on virtual time or microtasks */
  readonly inFlight: boolean
  /** ages (ms) of the capacity entries the policy decides from, for staleness */
  viewAges?(): number[]
  stats?(): Record<string, number>
  close?(): void
  /**
   * The policy keeps a VM's disks on the repository node its first started disk went to (the
   * real scheduler does: roles/scheduler/vm-pins.ts): a waiting disk then fits only there.
   */
  readonly pinsVms?: boolean
}

/** Waiting tasks that fit the same slots: same host and repository name (and node, once pinned). */
interface FitClass {
  waiting: Map<SimTask, number>
  fitSince?: number
  host: string
  repository: string
  pinned?: SimRepository
}

export interface Sample { t: number, utilisation: number, staleMeanMs?: number, staleMaxMs?: number }

export interface Measures {
  makespanMs: number
  done: number
  failed: number
  replaced: number
  oversubscribed: number
  longestFitWaitMs: number
  longestFitWaitTask: string
  /** per task aborted by a node's death: the death → its next start, ms */
  replacements: number[]
  waits: number[]
  samples: Sample[]
  wallMs: number
  events: number
}

export class Engine {
  readonly clock = new Clock()
  readonly world: World
  readonly scenario: Scenario
  readonly rng: Rng
  readonly tasks: SimTask[]
  private readonly detect: Dist
  private readonly detectRng: Rng
  private readonly killedAt = new Map<SimTask, number>()
  policy!: Policy
  private readonly proxiesByHost = new Map<string, SimProxy[]>()
  private readonly classes = new Map<string, FitClass>()
  // with a pinning policy: each VM's repository node, and the class each waiting task is in
  private readonly vmRepository = new Map<string, SimRepository>()
  private readonly classOfTask = new Map<SimTask, FitClass>()
  private readonly waitingOfVm = new Map<string, Set<SimTask>>()
  private dirty = true
  private finished = 0
  readonly m: Measures = { makespanMs: 0, done: 0, failed: 0, replaced: 0, oversubscribed: 0, longestFitWaitMs: 0, longestFitWaitTask: '', replacements: [], waits: [], samples: [], wallMs: 0, events: 0 }

  constructor (world: World, scenario: Scenario, policyName: string) {
    this.world = world
    this.scenario = scenario
    this.rng = stream(scenario.seed, `policy:${policyName}`)
    this.detect = scenario.scheduler?.failureDetectMs ?? scenario.gossip?.disconnectMs ?? DISCONNECT_MS
    this.detectRng = stream(scenario.seed, `detect:${policyName}`)
    const disks = scenario.order === 'largest-first' ? [...world.disks].sort((a, b) => b.workBytes - a.workBytes || a.index - b.index) : world.disks
    this.tasks = disks.map((disk) => ({ disk, state: 'waiting', remaining: disk.workBytes, rate: 0, lastUpdate: 0, gen: 0, enqueuedAt: 0, endedAt: 0, avoid: [], attempts: 0, waits: [] }))
    for (const p of world.proxies) this.indexProxy(p)
  }

  async run (policy: Policy): Promise<Measures> {
    const started = performance.now()
    this.policy = policy
    const { clock } = this
    for (const f of this.scenario.failures ?? []) clock.at(f.at * 1000, () => this.failure(f))
    const sampleMs = 5000
    const sample = (): void => {
      let busy = 0
      let slots = 0
      for (const p of this.world.proxies) if (p.alive) { busy += p.running.size; slots += p.slots }
      const ages = policy.viewAges?.()
      const s: Sample = { t: clock.now, utilisation: slots > 0 ? busy / slots : 0 }
      if (ages != null && ages.length > 0) {
        s.staleMeanMs = ages.reduce((a, b) => a + b, 0) / ages.length
        s.staleMaxMs = Math.max(...ages)
      }
      this.m.samples.push(s)
      if (this.finished < this.tasks.length) clock.after(sampleMs, sample)
    }
    clock.at(0, sample)
    for (const task of this.tasks) this.enqueue(task)
    for (const task of this.tasks) policy.submit(task)
    while (this.finished < this.tasks.length && clock.step()) {
      this.m.events++
      if (policy.inFlight) await new Promise<void>((resolve) => setImmediate(resolve))
      // once per instant: states inside one instant last no time (a busy datacenter has many events per instant)
      if (this.dirty && clock.peek() > clock.now) this.checkFit()
    }
    for (const task of this.tasks) if (task.state !== 'done' && task.state !== 'failed') { task.state = 'failed'; this.m.failed++ }
    policy.close?.()
    this.m.wallMs = performance.now() - started
    return this.m
  }

  /** A task stops waiting: it has its slots (leases, or a place in a node's own queue that started it). */
  placed (task: SimTask): void {
    const c = this.classOfTask.get(task)
    this.unclass(task)
    if (c == null || !c.waiting.delete(task)) return
    const waited = this.clock.now - task.enqueuedAt
    task.waits.push(waited)
    this.m.waits.push(waited)
    if (c.fitSince != null) this.fitWait(this.clock.now - Math.max(c.fitSince, task.enqueuedAt), task)
    this.dirty = true
  }

  /** Starts a task on its proxy and repository now. */
  start (task: SimTask, proxy: SimProxy, repository: SimRepository): void {
    this.placed(task)
    const now = this.clock.now
    account(proxy, now)
    account(repository, now)
    const killed = this.killedAt.get(task)
    if (killed != null) {
      this.killedAt.delete(task)
      this.m.replacements.push(now - killed)
    }
    task.state = 'running'
    task.proxy = proxy
    task.repository = repository
    if (this.policy.pinsVms === true && !this.vmRepository.has(task.disk.vm)) this.pin(task.disk.vm, repository)
    task.attempts++
    proxy.running.add(task)
    repository.running.add(task)
    proxy.link?.running.add(task)
    for (const node of [proxy, repository]) {
      if (!node.alive || node.running.size + this.policy.reserved(node) > node.slots) this.m.oversubscribed++
    }
    repository.freeBytes -= task.disk.workBytes
    task.lastUpdate = now
    this.rerate(task)
    this.dirty = true
  }

  /** Marks a task failed for good (no node could ever take it). */
  fail (task: SimTask): void {
    if (task.state === 'failed' || task.state === 'done') return
    this.classOfTask.get(task)?.waiting.delete(task)
    this.unclass(task)
    task.state = 'failed'
    this.m.failed++
    this.finished++
    this.dirty = true
  }

  /** Puts a task (back) in the waiting set. */
  enqueue (task: SimTask): void {
    task.state = 'waiting'
    task.enqueuedAt = this.clock.now
    const c = this.classOf(task)
    c.waiting.set(task, this.clock.now)
    this.classOfTask.set(task, c)
    let same = this.waitingOfVm.get(task.disk.vm)
    if (same == null) this.waitingOfVm.set(task.disk.vm, same = new Set())
    same.add(task)
    this.dirty = true
  }

  // a task's start changes the share of every task on its proxy, repository and link
  private rerate (task: SimTask): void {
    task.rate = 0
    this.rerateSet(task.proxy?.running)
    this.rerateSet(task.repository?.running)
    this.rerateSet(task.proxy?.link?.running)
  }

  private leave (task: SimTask): { proxy: SimProxy, repository: SimRepository } {
    const proxy = task.proxy as SimProxy
    const repository = task.repository as SimRepository
    const now = this.clock.now
    account(proxy, now)
    account(repository, now)
    task.remaining = Math.max(0, task.remaining - task.rate * (now - task.lastUpdate) / 1000)
    task.lastUpdate = now
    proxy.running.delete(task)
    repository.running.delete(task)
    proxy.link?.running.delete(task)
    task.gen++
    this.dirty = true
    return { proxy, repository }
  }

  private finish (task: SimTask): void {
    const { proxy, repository } = this.leave(task)
    task.state = 'done'
    task.endedAt = this.clock.now
    proxy.bytesMoved += task.disk.workBytes
    repository.bytesMoved += task.disk.workBytes
    this.m.done++
    this.finished++
    this.m.makespanMs = Math.max(this.m.makespanMs, task.endedAt)
    this.rerateSet(proxy.running)
    this.rerateSet(repository.running)
    this.rerateSet(proxy.link?.running)
    this.policy.ended(task, proxy, repository, false)
  }

  private rerateSet (set: Set<SimTask> | undefined): void {
    if (set == null) return
    const now = this.clock.now
    for (const t of set) {
      const rate = rateOf(t)
      if (rate === t.rate) continue
      t.remaining = Math.max(0, t.remaining - t.rate * (now - t.lastUpdate) / 1000)
      t.lastUpdate = now
      t.rate = rate
      const gen = ++t.gen
      this.clock.after(rate > 0 ? t.remaining / rate * 1000 : 0, () => { if (t.gen === gen && t.state === 'running') this.finish(t) })
    }
  }

  private failure (f: NonNullable<Scenario['failures']>[number]): void {
    const kill: SimNode[] = []
    for (const id of f.kill ?? []) {
      const node = this.world.byPeer.get(id)
      if (node?.alive === true) kill.push(node)
    }
    if (f.killRandom != null) {
      const live = (f.killRandom.role === 'proxy' ? this.world.proxies : this.world.repositories).filter((n: SimNode) => n.alive && !kill.includes(n))
      for (let i = 0; i < f.killRandom.count && live.length > 0; i++) kill.push(live.splice(Math.floor(this.rng() * live.length), 1)[0] as SimNode)
    }
    for (const node of kill) this.kill(node)
    for (const id of f.join ?? []) this.join(id)
  }

  private kill (node: SimNode): void {
    node.alive = false
    node.incarnation++
    for (const task of [...node.running]) {
      const { proxy, repository } = this.leave(task)
      task.state = 'waiting'
      // a retry reads the disk again from its first block
      task.remaining = task.disk.workBytes
      this.killedAt.set(task, this.clock.now)
      this.m.replaced++
      this.rerateSet(proxy.running)
      this.rerateSet(repository.running)
      this.rerateSet(proxy.link?.running)
      this.policy.ended(task, proxy, repository, true)
      // the manager's task actor notices the dead node, then asks for a placement elsewhere,
      // avoiding the proxy the attempt ran on (also when the repository died: session.ts does)
      this.clock.after(this.failureDetectMs(), () => this.resubmit(task, proxy.peerId))
    }
    this.policy.nodeDown(node)
    this.dirty = true
  }

  /** How long the manager's task actor takes to notice a dead node (a draw per notice), ms. */
  failureDetectMs (): number {
    return Math.max(0, sample(this.detect, this.detectRng))
  }

  /** A task goes back to the scheduler, avoiding the proxy its attempt ran on if another reaches its host (as the manager does). */
  resubmit (task: SimTask, avoid?: string): void {
    const others = avoid != null && this.proxiesFor(task.disk.host).some((p) => p.alive && p.peerId !== avoid)
    if (avoid != null && others && !task.avoid.includes(avoid)) task.avoid.push(avoid)
    this.enqueue(task)
    this.policy.submit(task)
  }

  private join (peerId: string): void {
    let node = this.world.byPeer.get(peerId)
    if (node == null) {
      const group = this.scenario.infrastructure.proxies[0]
      if (group == null) return
      node = makeProxy(peerId, group, this.world.proxies.length, this.world.hosts, this.world.clusterOf, this.world.links)
      node.lastChange = this.clock.now
      this.world.proxies.push(node)
      this.world.byPeer.set(peerId, node)
      this.indexProxy(node)
    } else if (node.alive) {
      return
    }
    node.alive = true
    node.lastChange = this.clock.now
    this.policy.nodeUp(node)
    this.dirty = true
  }

  private indexProxy (p: SimProxy): void {
    for (const h of p.reach) {
      let list = this.proxiesByHost.get(h)
      if (list == null) this.proxiesByHost.set(h, list = [])
      list.push(p)
    }
  }

  proxiesFor (host: string): SimProxy[] {
    return this.proxiesByHost.get(host) ?? []
  }

  private classOf (task: SimTask): FitClass {
    const pinned = this.vmRepository.get(task.disk.vm)
    const key = `${task.disk.host}\0${task.disk.repository}\0${pinned?.peerId ?? ''}`
    let c = this.classes.get(key)
    if (c == null) this.classes.set(key, c = { waiting: new Map(), host: task.disk.host, repository: task.disk.repository, pinned })
    return c
  }

  private unclass (task: SimTask): void {
    this.classOfTask.delete(task)
    const same = this.waitingOfVm.get(task.disk.vm)
    if (same?.delete(task) === true && same.size === 0) this.waitingOfVm.delete(task.disk.vm)
  }

  // the VM's waiting disks now fit only on its repository node: they move to that node's class
  private pin (vm: string, repository: SimRepository): void {
    this.vmRepository.set(vm, repository)
    for (const task of this.waitingOfVm.get(vm) ?? []) {
      const c = this.classOfTask.get(task)
      if (c == null || c.pinned != null) continue
      const since = c.waiting.get(task)
      c.waiting.delete(task)
      const next = this.classOf(task)
      if (since != null) next.waiting.set(task, since)
      this.classOfTask.set(task, next)
    }
  }

  // for each kind of waiting task: is a fitting slot free in the true state? how long did a task wait while one was?
  private checkFit (): void {
    this.dirty = false
    const now = this.clock.now
    const repoFree = new Map<string, boolean>()
    const proxyFree = new Map<string, boolean>()
    // a full node is passed over without asking the policy for its reservations
    const free = (n: SimNode): boolean => n.alive && n.running.size < n.slots && n.running.size + this.policy.reserved(n) < n.slots
    for (const c of this.classes.values()) {
      if (c.waiting.size === 0) { c.fitSince = undefined; continue }
      let repo = c.pinned != null ? free(c.pinned) : repoFree.get(c.repository)
      if (repo == null) {
        repo = this.world.repositories.some((r) => r.name === c.repository && free(r))
        repoFree.set(c.repository, repo)
      }
      // one scan of a host's proxies per check: pinning splits a host's disks into a class per repository node
      let proxy = repo ? proxyFree.get(c.host) : false
      if (proxy == null) {
        proxy = this.proxiesFor(c.host).some(free)
        proxyFree.set(c.host, proxy)
      }
      const fit = repo && proxy
      if (fit && c.fitSince == null) c.fitSince = now
      if (!fit && c.fitSince != null) {
        const [oldest, since] = c.waiting.entries().next().value as [SimTask, number]
        this.fitWait(now - Math.max(c.fitSince, since), oldest)
        c.fitSince = undefined
      }
    }
  }

  private fitWait (ms: number, task: SimTask): void {
    if (ms > this.m.longestFitWaitMs) {
      this.m.longestFitWaitMs = ms
      this.m.longestFitWaitTask = task.disk.id
    }
  }
}
