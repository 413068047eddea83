/**
 * Test fakes for the scheduler: a capacity view fed by hand (an EventEmitter with entries()/get(),
 * as protocols/capacity is), announcement builders, a placement queue over a lease client whose
 * answers the test decides, and an in-memory transport that joins ActorSystems by peer id,
 * passing every envelope through protobuf as rpc would.
 */
import { EventEmitter } from 'node:events'
import { pb, type Announcement, type TaskPlaced, type TaskSpec } from '../../../proto/index.ts'
import type { CapacityEntry } from '../../../protocols/capacity.ts'
import type { ActorSystem } from '../../../node/runtime/actors/system.ts'
import { LoadView, type CapacityView, type SlotRole } from '../../../roles/scheduler/view.ts'
import { PlacementQueue } from '../../../roles/scheduler/queue.ts'
import type { LeaseClient } from '../../../roles/scheduler/lease-asks.ts'

export class FakeCapacity extends EventEmitter<{ change: [CapacityEntry | undefined], expired: [string] }> implements CapacityView {
  now: () => number
  private readonly view = new Map<string, CapacityEntry>()
  private readonly seqs = new Map<string, number>()

  constructor (now: () => number = Date.now) {
    super()
    this.now = now
  }

  entries (): CapacityEntry[] {
    return [...this.view.values()]
  }

  get (peerId: string): CapacityEntry | undefined {
    return this.view.get(peerId)
  }

  /** A node announces itself: a fresh seq, received now; passed through protobuf like gossip. */
  announce (a: Announcement): CapacityEntry {
    const peerId = a.peerId ?? ''
    const seq = (this.seqs.get(peerId) ?? 0) + 1
    this.seqs.set(peerId, seq)
    const wire = pb.Announcement.encode({ periodMs: 2000, ...a, seq, sentAtMs: this.now() }).finish()
    const entry = { announcement: pb.Announcement.decode(wire), receivedAt: this.now() }
    this.view.set(peerId, entry)
    this.emit('change', entry)
    return entry
  }

  expire (peerId: string): void {
    this.view.delete(peerId)
    this.emit('expired', peerId)
    this.emit('change', undefined)
  }
}

export interface ProxyInit { slots: number, active?: number, throughputBps?: number, hosts: Record<string, string[]> }
export interface RepositoryInit { name: string, slots: number, active?: number, freeBytes?: number }

export function proxyAnnouncement (peerId: string, p: ProxyInit): Announcement {
  return {
    peerId,
    roles: ['proxy'],
    proxy: {
      slots: p.slots,
      active: p.active ?? 0,
      throughputBps: p.throughputBps ?? 0,
      hosts: Object.entries(p.hosts).map(([host, modes]) => ({ host, modes }))
    }
  }
}

export function repositoryAnnouncement (peerId: string, r: RepositoryInit): Announcement {
  return {
    peerId,
    roles: ['repository'],
    repository: { name: r.name, slots: r.slots, active: r.active ?? 0, freeBytes: r.freeBytes ?? 1e12 }
  }
}

export function taskSpec (taskId: string, more: TaskSpec = {}): TaskSpec {
  return {
    taskId,
    sessionId: 'session-1',
    job: 'nightly',
    host: { name: 'lab', type: 'file', path: '/vms' },
    vm: 'web',
    disk: 0,
    diskName: 'vda',
    size: 1 << 30,
    repository: 'main',
    ...more
  }
}

export interface LeaseCall { peerId: string, role: SlotRole, taskId: string }

/** Lease client whose answers the test decides; records every request and release. */
export class FakeLeases implements LeaseClient {
  requests: LeaseCall[] = []
  releases: Array<{ peerId: string, role: SlotRole, leaseId: string }> = []
  answer: (call: LeaseCall) => Promise<{ leaseId: string } | { refused: string }> =
    async (call) => ({ leaseId: `${call.peerId}:${call.taskId}` })

  async request (peerId: string, role: SlotRole, taskId: string): Promise<{ leaseId: string } | { refused: string }> {
    const call = { peerId, role, taskId }
    this.requests.push(call)
    return await this.answer(call)
  }

  release (peerId: string, role: SlotRole, leaseId: string): void {
    this.releases.push({ peerId, role, leaseId })
  }
}

export interface QueueSetup {
  capacity: FakeCapacity
  view: LoadView
  leases: FakeLeases
  queue: PlacementQueue
  placed: TaskPlaced[]
  failed: Array<{ taskId: string, reason: string }>
  /** emits 'event' on every placement and failure */
  bus: EventEmitter
}

/** A PlacementQueue over a hand-fed view and FakeLeases; `now` is the clock of all three. */
export function queueSetup (unplaceableAfterMs = 30_000, now?: () => number): QueueSetup {
  const capacity = new FakeCapacity(now)
  const leases = new FakeLeases()
  const placed: TaskPlaced[] = []
  const failed: Array<{ taskId: string, reason: string }> = []
  const bus = new EventEmitter()
  const view = new LoadView({ capacity, now })
  const queue = new PlacementQueue({
    view,
    leases,
    unplaceableAfterMs,
    now,
    onPlaced: (_p, result) => { placed.push(result); bus.emit('event') },
    onFailed: (p, reason) => { failed.push({ taskId: p.taskId, reason }); bus.emit('event') }
  })
  return { capacity, view, leases, queue, placed, failed, bus }
}

/** Joins ActorSystems by peer id; envelopes are encoded and decoded, and delivered on a later tick. */
export class InMemoryNet {
  private readonly systems = new Map<string, ActorSystem>()

  join (system: ActorSystem): ActorSystem {
    this.systems.set(system.peerId, system)
    system.remote = {
      send: async (peerId, envelope) => {
        const to = this.systems.get(peerId)
        if (to == null) throw new Error(`no route to ${peerId}`)
        const wire = pb.Envelope.decode(pb.Envelope.encode(envelope).finish())
        setImmediate(() => { to.deliverRemote(wire, system.peerId) })
      }
    }
    return system
  }

  leave (peerId: string): void {
    this.systems.delete(peerId)
  }
}

/** Resolves when `cond` holds, re-checking whenever `bus` emits 'event'; rejects after timeoutMs. */
export function until (bus: EventEmitter, cond: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (cond()) return resolve()
    const check = (): void => {
      if (!cond()) return
      cleanup()
      resolve()
    }
    const timer = setTimeout(() => {
      cleanup()
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`))
    }, timeoutMs)
    const cleanup = (): void => {
      clearTimeout(timer)
      bus.off('event', check)
    }
    bus.on('event', check)
  })
}

export { prng } from '../../../sim/sim/random.ts'
