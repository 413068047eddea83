/**
 * @packageDocumentation
 * Capacity gossip: every node publishes an Announcement on a gossipsub topic every period and
 * whenever its load changes; every node keeps a view of the others. The view only guides the
 * scheduler (the lease decides), so entries simply expire after a few missed periods: gossipsub
 * never reports a dead subscriber.
 *
 * @example
 * ```ts
 * const capacity = createCapacity({ mesh, roles: ['proxy'] })
 * capacity.on('change', (entry) => console.log(entry.announcement.peerId))
 * await capacity.start()
 * capacity.set({ proxy: { slots: 4, active: 1, hosts: [{ host: 'lab', modes: ['direct'] }] } })
 * ```
 */
import { EventEmitter } from 'node:events'
import { pb, type Announcement } from '../proto/index.ts'
import type { Libp2p } from '@libp2p/interface'
import type { GossipSub } from '@libp2p/gossipsub'
import type { Logger } from '../node/core/logger.ts'

export const CAPACITY_TOPIC = '/meshbackup/capacity/1'

/** How long a node gathers neighbours' subscriptions before it answers them with one announcement. */
const WELCOME_DELAY_MS = 100

export interface CapacityEntry {
  announcement: Announcement
  /** local clock when it arrived */
  receivedAt: number
}

/** What capacity needs of the mesh (node/runtime/mesh.ts): gossipsub, and who is a member. */
export interface CapacityMesh {
  readonly libp2p: Libp2p<{ pubsub: GossipSub }>
  readonly peerId: string
  addrs(): string[]
  isMember(peerId: string): boolean
  /** remembers a member's addresses so the mesh can dial it */
  learn(peerId: string, addrs: string[]): void
}

export interface CapacityInit {
  mesh: CapacityMesh
  roles: string[]
  /** ms between announcements (default: {@link heartbeatPeriodMs} of the view's size) */
  periodMs?: number
  /** an entry expires after this many missed periods (3) */
  missedPeriods?: number
  log?: Logger
}

type Sections = Pick<Announcement, 'proxy' | 'repository' | 'manager' | 'bootCheck'>

export interface Capacity extends EventEmitter<{ change: [CapacityEntry | undefined], expired: [string] }> {
  start(): Promise<void>
  stop(): Promise<void>
  /** sets the role sections given (each role owns its own); publishes at once if anything changed */
  set(sections: Sections): void
  entries(): CapacityEntry[]
  get(peerId: string): CapacityEntry | undefined
  readonly periodMs: number
}

/**
 * The heartbeat period unless one is configured: 60 s, and 250 ms per member from 240 members on.
 * Every node receives, verifies and forwards every announcement, so a mesh's gossip grows with the
 * square of its size: at 50 daemons on 2 cores a 2 s heartbeat took the whole machine (and runs
 * failed), 5 s left half of it. The heartbeat only repeats what has not changed: changes are
 * announced at once whatever the period, a neighbour that subscribes is answered at once, a peer
 * that disconnects leaves the view at once, and pings close a frozen peer's connection within
 * about 25 s; the period bounds how long a peer no neighbour saw leave stays in a distant view
 * (three periods). An idle 3-daemon spine cost 0.39% of a core per daemon on a 10 s heartbeat,
 * 0.25% on 30 s and 0.16% on 60 s (sim/idle-cost.ts; the repeat was two thirds of it).
 */
export function heartbeatPeriodMs (members: number): number {
  return Math.max(60_000, 250 * members)
}

export function createCapacity (init: CapacityInit): Capacity {
  const { mesh } = init
  const missedPeriods = init.missedPeriods ?? 3
  let periodMs = init.periodMs ?? heartbeatPeriodMs(1)
  const pubsub = mesh.libp2p.services.pubsub
  const view = new Map<string, CapacityEntry>()
  let sections: Sections = {}
  let seq = 0
  let timer: NodeJS.Timeout | undefined
  let pending = false
  let stopped = false
  const events = new EventEmitter<{ change: [CapacityEntry | undefined], expired: [string] }>()

  const own = (): Announcement => ({
    peerId: mesh.peerId,
    addrs: mesh.addrs(),
    roles: init.roles,
    seq: ++seq,
    sentAtMs: Date.now(),
    periodMs,
    ...sections
  })

  const publish = (): void => {
    const announcement = own()
    const entry = { announcement, receivedAt: Date.now() }
    view.set(mesh.peerId, entry)
    events.emit('change', entry)
    pubsub.publish(CAPACITY_TOPIC, pb.Announcement.encode(announcement).finish())
      .catch((err: Error) => init.log?.debug('capacity publish failed', { error: err.message }))
  }

  // each peer is held to the period it announced (periods differ while a mesh grows), by one
  // unref'd timer set for the earliest deadline rather than a check on every own heartbeat: with a
  // 60 s heartbeat a peer announcing every 100 ms would otherwise stay up to 60 s past its expiry
  let sweepTimer: NodeJS.Timeout | undefined
  let sweepAt = Infinity
  const deadline = (entry: CapacityEntry): number => entry.receivedAt + (entry.announcement.periodMs || periodMs) * missedPeriods
  const armSweep = (at: number): void => {
    if (at >= sweepAt || stopped) return
    clearTimeout(sweepTimer)
    sweepAt = at
    sweepTimer = setTimeout(sweep, Math.max(0, at - Date.now()) + 1)
    sweepTimer.unref()
  }
  const sweep = (): void => {
    sweepTimer = undefined
    sweepAt = Infinity
    const now = Date.now()
    let next = Infinity
    for (const [peer, entry] of view) {
      if (peer === mesh.peerId) continue
      const at = deadline(entry)
      if (now > at) {
        view.delete(peer)
        events.emit('expired', peer)
        events.emit('change', undefined)
      } else {
        next = Math.min(next, at)
      }
    }
    armSweep(next)
  }

  const tick = (): void => {
    periodMs = init.periodMs ?? heartbeatPeriodMs(view.size)
    publish()
  }

  // a neighbour that subscribes (a node starting, or reconnecting) is told this node's state at
  // once instead of at the next heartbeat, a minute away; subscriptions arriving together (a mesh
  // starting) are answered by one announcement. That answer goes to the topic mesh, which the
  // newcomer may not have joined yet (a loaded host grafts it a heartbeat later): a graft on the
  // topic is answered the same way, so the newcomer hears it once it is in.
  let welcomePending = false
  const welcome = (): void => {
    if (welcomePending || stopped) return
    welcomePending = true
    setTimeout(() => { welcomePending = false; if (!stopped) publish() }, WELCOME_DELAY_MS).unref()
  }
  const onSubscription = (evt: CustomEvent<any>): void => {
    if ((evt.detail?.subscriptions ?? []).some((s: any) => s.topic === CAPACITY_TOPIC && s.subscribe === true)) welcome()
  }
  const onGraft = (evt: CustomEvent<any>): void => {
    if (evt.detail?.topic === CAPACITY_TOPIC) welcome()
  }

  const schedule = (): void => {
    timer = setTimeout(() => { tick(); schedule() }, periodMs)
    timer.unref()
  }

  // a peer that disconnects leaves the view at once (libp2p notices within tens of ms), so the
  // scheduler never spends an ask timeout on it; a reconnect's next announcement brings it back
  const onDisconnect = (evt: CustomEvent<any>): void => {
    const peer = evt.detail?.toString()
    if (peer == null || peer === mesh.peerId || !view.has(peer)) return
    view.delete(peer)
    events.emit('expired', peer)
    events.emit('change', undefined)
  }

  const onMessage = (evt: CustomEvent<any>): void => {
    const msg = evt.detail
    if (msg.topic !== CAPACITY_TOPIC) return
    let announcement: Announcement
    try {
      announcement = pb.Announcement.decode(msg.data)
    } catch (err: any) {
      init.log?.warn('malformed capacity announcement dropped', { error: err.message })
      return
    }
    // gossipsub signs messages: an announcement speaks only for the peer that signed it
    const from = msg.type === 'signed' ? msg.from.toString() : undefined
    if (from == null || from !== announcement.peerId || !mesh.isMember(from)) {
      init.log?.warn('capacity announcement from a non-member or for another peer dropped', { from, claims: announcement.peerId })
      return
    }
    const before = view.get(from)
    if (before != null && (before.announcement.seq ?? 0) >= (announcement.seq ?? 0) &&
      (before.announcement.sentAtMs ?? 0) >= (announcement.sentAtMs ?? 0)) return
    const entry = { announcement, receivedAt: Date.now() }
    view.set(from, entry)
    armSweep(deadline(entry))
    mesh.learn(from, announcement.addrs ?? [])
    events.emit('change', entry)
  }

  const capacity = Object.assign(events, {
    periodMs,
    async start () {
      pubsub.addEventListener('message', onMessage)
      pubsub.addEventListener('subscription-change', onSubscription)
      pubsub.addEventListener('gossipsub:graft', onGraft)
      mesh.libp2p.addEventListener('peer:disconnect', onDisconnect)
      pubsub.subscribe(CAPACITY_TOPIC)
      schedule()
      publish()
    },
    async stop () {
      stopped = true
      clearTimeout(timer)
      clearTimeout(sweepTimer)
      pubsub.removeEventListener('message', onMessage)
      pubsub.removeEventListener('subscription-change', onSubscription)
      pubsub.removeEventListener('gossipsub:graft', onGraft)
      mesh.libp2p.removeEventListener('peer:disconnect', onDisconnect)
      try { pubsub.unsubscribe(CAPACITY_TOPIC) } catch {}
    },
    set (next: Sections) {
      const merged = { ...sections, ...next }
      const same = JSON.stringify(merged) === JSON.stringify(sections)
      sections = merged
      if (same || pending) return
      // coalesce bursts of changes (several tasks ending at once) into one announcement
      pending = true
      setImmediate(() => { pending = false; publish() })
    },
    entries: () => [...view.values()],
    get: (peerId: string) => view.get(peerId)
  })
  // Object.assign would copy a getter's value once; the period follows the view's size
  Object.defineProperty(capacity, 'periodMs', { get: () => periodMs, enumerable: true })
  return capacity
}

/**
 * Resolves with the first non-empty answer of `pick` over the view, waiting for capacity changes
 * (not polling) up to timeoutMs; then throws `failure()`.
 */
export async function waitForNodes (capacity: Pick<Capacity, 'on' | 'off'>, pick: () => string[], timeoutMs: number, failure: () => Error, signal?: AbortSignal): Promise<string[]> {
  const now = pick()
  if (now.length > 0) return now
  return await new Promise<string[]>((resolve, reject) => {
    const onChange = (_entry: CapacityEntry | undefined): void => {
      const found = pick()
      if (found.length > 0) { done(); resolve(found) }
    }
    const onAbort = (): void => { done(); reject(signal?.reason ?? new Error('aborted')) }
    const timer = setTimeout(() => { done(); reject(failure()) }, timeoutMs)
    const done = (): void => {
      clearTimeout(timer)
      capacity.off('change', onChange)
      signal?.removeEventListener('abort', onAbort)
    }
    capacity.on('change', onChange)
    signal?.addEventListener('abort', onAbort)
  })
}
