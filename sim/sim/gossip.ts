/**
 * @packageDocumentation
 * Capacity gossip in virtual time. Every live node announces every period (from a random phase)
 * and whenever its load changes (changes at one instant give one announcement), as
 * protocols/capacity does. Each announcement is lost with the scenario's probability, or
 * delivered to the scheduler after a drawn delay. `SimCapacity` is what the real LoadView reads:
 * pb Announcement shapes with their receivedAt, older arrivals dropped by seq, entries deleted
 * after `missedPeriods` periods of silence, and — as protocols/capacity does on libp2p's
 * peer:disconnect — a dead node's entry deleted once the scheduler's node notices the broken
 * connection (`disconnectMs`, tens of ms). An announcement the dead node sent before it died may
 * still arrive after that and bring it back until it expires, as it can in the mesh.
 *
 * @example
 * ```ts
 * const gossip = new Gossip({ clock, rng, periodMs: 2000, delayMs: 20, loss: 0.01, disconnectMs: 30, announce, onDelivered })
 * gossip.start(node); gossip.changed(node); gossip.down(node)
 * ```
 */
import type { Announcement } from '../../proto/index.ts'
import type { CapacityEntry } from '../../protocols/capacity.ts'
import type { CapacityView } from '../../roles/scheduler/view.ts'
import type { Clock } from './clock.ts'
import { sample, type Dist, type Rng } from './random.ts'

export class SimCapacity implements CapacityView {
  private readonly view = new Map<string, CapacityEntry>()

  entries (): CapacityEntry[] {
    return [...this.view.values()]
  }

  get (peerId: string): CapacityEntry | undefined {
    return this.view.get(peerId)
  }

  /** Keeps the announcement unless an equal or newer one is held; returns the entry it replaced (null if dropped). */
  deliver (announcement: Announcement, now: number): CapacityEntry | undefined | null {
    const peerId = announcement.peerId ?? ''
    const before = this.view.get(peerId)
    if (before != null && (before.announcement.seq ?? 0) >= (announcement.seq ?? 0) &&
      (before.announcement.sentAtMs ?? 0) >= (announcement.sentAtMs ?? 0)) return null
    this.view.set(peerId, { announcement, receivedAt: now })
    return before
  }

  /** Deletes a peer's entry (its connection dropped); true if it was held. */
  remove (peerId: string): boolean {
    return this.view.delete(peerId)
  }

  /** Deletes entries silent for longer than their ttl; returns how many. */
  expire (now: number, missedPeriods: number): number {
    let n = 0
    for (const [peer, entry] of this.view) {
      if (now - entry.receivedAt > missedPeriods * (entry.announcement.periodMs || 2000)) {
        this.view.delete(peer)
        n++
      }
    }
    return n
  }
}

export interface GossipNode { peerId: string, alive: boolean, incarnation: number }

export interface GossipInit<N extends GossipNode> {
  clock: Clock
  rng: Rng
  capacity: SimCapacity
  periodMs: number
  delayMs: Dist
  loss: number
  missedPeriods: number
  /** how long after a node dies the scheduler's node sees its connection drop, ms */
  disconnectMs: Dist
  /** the node's announcement from its true state (seq, sentAtMs and periodMs are filled in) */
  announce: (node: N) => Announcement
  /** an announcement reached the scheduler and replaced `before` */
  onDelivered: (entry: CapacityEntry, before: CapacityEntry | undefined) => void
  /** entries expired, or a dead peer left the view */
  onExpired: (peerIds: string[]) => void
}

export class Gossip<N extends GossipNode> {
  private readonly init: GossipInit<N>
  private readonly seqs = new Map<string, number>()
  private readonly dirty = new Set<N>()
  sent = 0
  lost = 0
  private sweeping = false

  constructor (init: GossipInit<N>) {
    this.init = init
  }

  /** Starts the node's periodic announcements (and the expiry sweep, once). */
  start (node: N): void {
    const { clock, periodMs } = this.init
    const incarnation = node.incarnation
    const tick = (): void => {
      if (!node.alive || node.incarnation !== incarnation) return
      this.publish(node)
      clock.after(periodMs, tick)
    }
    clock.after(this.init.rng() * periodMs, tick)
    this.publish(node)
    if (!this.sweeping) {
      this.sweeping = true
      const sweep = (): void => {
        if (this.init.capacity.expire(clock.now, this.init.missedPeriods) > 0) this.init.onExpired([])
        clock.after(periodMs, sweep)
      }
      clock.after(periodMs, sweep)
    }
  }

  /** The node died: its entry leaves the view when the disconnect is noticed; returns that time. */
  down (node: N): number {
    const { clock, rng } = this.init
    const at = clock.now + Math.max(0, sample(this.init.disconnectMs, rng))
    clock.at(at, () => {
      if (this.init.capacity.remove(node.peerId)) this.init.onExpired([node.peerId])
    })
    return at
  }

  /** The node's load changed: one announcement for every change at this instant. */
  changed (node: N): void {
    if (!node.alive || this.dirty.has(node)) return
    this.dirty.add(node)
    this.init.clock.after(0, () => {
      this.dirty.delete(node)
      if (node.alive) this.publish(node)
    })
  }

  private publish (node: N): void {
    const { clock, rng } = this.init
    const seq = (this.seqs.get(node.peerId) ?? 0) + 1
    this.seqs.set(node.peerId, seq)
    const announcement: Announcement = { ...this.init.announce(node), peerId: node.peerId, seq, sentAtMs: clock.now, periodMs: this.init.periodMs }
    this.sent++
    if (rng() < this.init.loss) {
      this.lost++
      return
    }
    clock.after(Math.max(0, sample(this.init.delayMs, rng)), () => {
      const before = this.init.capacity.deliver(announcement, clock.now)
      if (before === null) return
      this.init.onDelivered({ announcement, receivedAt: clock.now }, before)
    })
  }
}
