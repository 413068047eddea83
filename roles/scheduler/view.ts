/**
 * @packageDocumentation
 * The scheduler's picture of the mesh's load: the fresh capacity announcements, corrected by
 * what the scheduler did since each node last announced. A lease it was granted counts against
 * the node at once (so two placements in one round do not both pick the last slot); a refusal
 * marks the node full (so it is not asked again before it says something new); a released slot
 * counts as free. Every correction is dropped when the node's next announcement arrives: the
 * node's own numbers then include it.
 *
 * Space is the exception: a repository's free bytes fall only as a disk is written, so the bytes a
 * placed disk is expected to take (`reserveSpace`) count against its repository until its lease
 * ends (`freeSpace`), less what the repository says its open disks wrote already
 * (`writingBytes`): two disks that each fit are not placed together where both do not. A
 * reservation whose lease ended stays until the node announces again: the free bytes it announced
 * before may not show the disk yet.
 *
 * @example
 * ```ts
 * const view = new LoadView({ capacity })
 * view.granted(peerId, 'proxy')
 * view.nodes()   // that proxy's active is one higher until it announces again
 * ```
 */
import type { CapacityEntry } from '../../protocols/capacity.ts'
import type { NodeLoad } from './placement.ts'

/** What the scheduler reads of protocols/capacity (an EventEmitter with 'change' in the daemon). */
export interface CapacityView {
  entries(): CapacityEntry[]
  get(peerId: string): CapacityEntry | undefined
}

export type SlotRole = 'proxy' | 'repository'

export interface LoadViewInit {
  capacity: CapacityView
  now?: () => number
  /** an entry older than this many of its periods is ignored, as protocols/capacity expires it (3) */
  missedPeriods?: number
}

interface Delta { active: number, bytes: number, full: boolean }
/** `ended`: the announcement current when its lease ended; a newer one shows the disk in the free bytes */
interface Reservation { peerId: string, bytes: number, ended?: { seq: number, receivedAt: number } }
interface Correction { seq: number, receivedAt: number, proxy: Delta, repository: Delta }

const DEFAULT_PERIOD_MS = 2000

export class LoadView {
  private readonly capacity: CapacityView
  private readonly now: () => number
  private readonly missedPeriods: number
  private readonly corrections = new Map<string, Correction>()
  // bytes expected by disks placed on a repository, by lease (or request) until it ends
  private readonly reservations = new Map<string, Reservation>()
  private readonly reservedByPeer = new Map<string, Map<string, Reservation>>()

  constructor (init: LoadViewInit) {
    this.capacity = init.capacity
    this.now = init.now ?? Date.now
    this.missedPeriods = init.missedPeriods ?? 3
  }

  /**
   * Fresh nodes with their corrected load. `busyProxies: false` leaves out nodes that are only a
   * proxy and have no free slot: a placement round in a busy mesh then builds a few nodes, not all.
   */
  nodes (options: { busyProxies?: boolean } = {}): NodeLoad[] {
    const busyProxies = options.busyProxies ?? true
    const now = this.now()
    const nodes: NodeLoad[] = []
    for (const entry of this.capacity.entries()) {
      if (!this.fresh(entry, now)) continue
      const a = entry.announcement
      const fix = this.correction(entry)
      if (!busyProxies && a.repository == null && a.proxy != null) {
        const slots = a.proxy.slots ?? 0
        if (corrected(a.proxy.active ?? 0, slots, fix?.proxy) >= slots) continue
      }
      nodes.push(this.load(entry, fix))
    }
    // corrections of nodes gone from the view
    for (const peerId of this.corrections.keys()) {
      const entry = this.capacity.get(peerId)
      if (entry == null || !this.fresh(entry, now)) this.corrections.delete(peerId)
    }
    for (const peerId of this.reservedByPeer.keys()) {
      const entry = this.capacity.get(peerId)
      if (entry == null || !this.fresh(entry, now)) this.dropReservations(peerId)
    }
    return nodes
  }

  /** One node's corrected load, or undefined when it is not (or no longer) fresh in the view. */
  node (peerId: string): NodeLoad | undefined {
    const entry = this.capacity.get(peerId)
    return entry != null && this.fresh(entry, this.now()) ? this.load(entry, this.correction(entry)) : undefined
  }

  private fresh (entry: CapacityEntry, now: number): boolean {
    const a = entry.announcement
    return (a.peerId ?? '') !== '' && now - entry.receivedAt <= this.missedPeriods * (a.periodMs || DEFAULT_PERIOD_MS)
  }

  private load (entry: CapacityEntry, fix: Correction | undefined): NodeLoad {
    const a = entry.announcement
    const node: NodeLoad = { peerId: a.peerId ?? '' }
    if (a.proxy != null) {
      const slots = a.proxy.slots ?? 0
      node.proxy = {
        slots,
        active: corrected(a.proxy.active ?? 0, slots, fix?.proxy),
        throughputBps: a.proxy.throughputBps ?? 0,
        hosts: a.proxy.hosts ?? []
      }
    }
    if (a.repository != null) {
      const slots = a.repository.slots ?? 0
      // a repository with no lease out has no disk of ours to come: whatever we still count is stale
      if ((a.repository.active ?? 0) === 0 && (fix?.repository.active ?? 0) <= 0 && this.reservedByPeer.has(node.peerId)) this.dropReservations(node.peerId)
      const expected = Math.max(0, this.reserved(node.peerId, entry) - (a.repository.writingBytes ?? 0))
      const free = Math.max(0, (a.repository.freeBytes ?? 0) - (fix?.repository.bytes ?? 0))
      node.repository = {
        name: a.repository.name ?? '',
        slots,
        active: corrected(a.repository.active ?? 0, slots, fix?.repository),
        freeBytes: Math.max(0, free - expected),
        expectedBytes: Math.min(free, expected),
        throughputBps: a.repository.throughputBps ?? 0
      }
    }
    return node
  }

  /**
   * A disk expected to take `bytes` goes to this repository node: they count against its free
   * space until `freeSpace(key)` (its lease ended, or was refused or given back).
   */
  reserveSpace (peerId: string, key: string, bytes: number): void {
    if (bytes <= 0 || this.reservations.has(key)) return
    const r: Reservation = { peerId, bytes }
    this.reservations.set(key, r)
    let mine = this.reservedByPeer.get(peerId)
    if (mine == null) this.reservedByPeer.set(peerId, mine = new Map())
    mine.set(key, r)
  }

  /**
   * The lease (or request) under `key` ended: its bytes count until the node announces again
   * (at once when the request was refused: nothing was written). True when there was one.
   */
  freeSpace (key: string, written = true): boolean {
    const r = this.reservations.get(key)
    if (r == null) return false
    this.reservations.delete(key)
    const entry = this.capacity.get(r.peerId)
    if (written && entry != null) r.ended = { seq: entry.announcement.seq ?? 0, receivedAt: entry.receivedAt }
    else this.forgetReservation(r.peerId, key)
    return true
  }

  /** Bytes still counted against a repository node for disks placed there. */
  reservedBytes (peerId: string): number {
    const entry = this.capacity.get(peerId)
    return entry != null ? this.reserved(peerId, entry) : 0
  }

  // the sum of the node's reservations; ended ones a newer announcement covers are dropped
  private reserved (peerId: string, entry: CapacityEntry): number {
    const mine = this.reservedByPeer.get(peerId)
    if (mine == null) return 0
    let sum = 0
    for (const [key, r] of mine) {
      if (r.ended != null && (r.ended.seq !== (entry.announcement.seq ?? 0) || r.ended.receivedAt !== entry.receivedAt)) this.forgetReservation(peerId, key)
      else sum += r.bytes
    }
    return sum
  }

  private forgetReservation (peerId: string, key: string): void {
    const mine = this.reservedByPeer.get(peerId)
    mine?.delete(key)
    if (mine?.size === 0) this.reservedByPeer.delete(peerId)
  }

  private dropReservations (peerId: string): void {
    for (const key of this.reservedByPeer.get(peerId)?.keys() ?? []) this.reservations.delete(key)
    this.reservedByPeer.delete(peerId)
  }

  /** The scheduler holds a lease on this node that its announcement does not show yet. */
  granted (peerId: string, role: SlotRole, bytes = 0): void {
    const delta = this.delta(peerId, role)
    if (delta == null) return
    delta.active++
    delta.bytes += bytes
  }

  /** A slot on this node came free (the scheduler gave a lease back, or the node said it released one). */
  released (peerId: string, role: SlotRole, bytes = 0): void {
    const delta = this.delta(peerId, role)
    if (delta == null) return
    delta.active--
    delta.bytes -= bytes
    delta.full = false
  }

  /** The node refused a lease (or did not answer): treat it as full until it announces again. */
  refused (peerId: string, role: SlotRole): void {
    const delta = this.delta(peerId, role)
    if (delta != null) delta.full = true
  }

  // the correction for the entry's current announcement; a newer announcement starts afresh
  private correction (entry: CapacityEntry): Correction | undefined {
    const peerId = entry.announcement.peerId ?? ''
    const fix = this.corrections.get(peerId)
    if (fix == null) return undefined
    if (fix.seq !== (entry.announcement.seq ?? 0) || fix.receivedAt !== entry.receivedAt) {
      this.corrections.delete(peerId)
      return undefined
    }
    return fix
  }

  private delta (peerId: string, role: SlotRole): Delta | undefined {
    const entry = this.capacity.get(peerId)
    if (entry == null) return undefined
    let fix = this.correction(entry)
    if (fix == null) {
      fix = {
        seq: entry.announcement.seq ?? 0,
        receivedAt: entry.receivedAt,
        proxy: { active: 0, bytes: 0, full: false },
        repository: { active: 0, bytes: 0, full: false }
      }
      this.corrections.set(peerId, fix)
    }
    return fix[role]
  }
}

function corrected (announced: number, slots: number, delta: Delta | undefined): number {
  if (delta == null) return announced
  if (delta.full) return Math.max(slots, announced + delta.active)
  return Math.max(0, announced + delta.active)
}
