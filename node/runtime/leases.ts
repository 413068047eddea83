/**
 * @packageDocumentation
 * The slots a proxy or repository grants to the scheduler. Gossip only guides the scheduler's
 * choice; this table, which alone knows the node's true load, decides. A granted lease reserves
 * a slot for `ttlMs`; when the task arrives with it the lease is claimed and lives until
 * released. An unclaimed lease expires (the scheduler crashed, or placed the task elsewhere) and
 * frees its slot: lazily on every call, and by one unref'd timer set for the earliest expiry so
 * an idle node still re-announces the freed slot. A node announces `active + reserved` as its
 * active count: a reserved slot is as taken as a running one.
 *
 * @example
 * ```ts
 * const leases = new LeaseTable({ slots: 4, peerId, name: 'proxy', onChange: announce })
 * const answer = leases.request({ taskId: 't1', ttlMs: 30000, holder: '12D3…/scheduler' })
 * if ('leaseGrant' in answer) leases.claim(answer.leaseGrant.leaseId, 't1')
 * const released = leases.release(leaseId)   // tell released.holder { leaseRelease: { leaseId, peerId } }
 * ```
 */
import { randomUUID } from 'node:crypto'
import type { ActorMessage, LeaseGrant, LeaseRequest } from '../../proto/index.ts'
import type { ActorContext } from './actors/behavior.ts'
import { parseAddress } from './actors/address.ts'
import { UserError } from './actors/errors.ts'
import { CodedError } from '../core/errors.ts'
import type { LeaseErrorCode } from './error-codes.ts'

/** Used when a request carries no ttl. */
export const DEFAULT_LEASE_TTL_MS = 30_000
/** A reservation never holds a slot longer than this, whatever the request asks. */
export const MAX_LEASE_TTL_MS = 5 * 60_000

export interface LeaseTableInit {
  /** how many tasks the node runs at once */
  slots: number
  /** the node's peer id, named in refusals */
  peerId: string
  /** what the node is to the scheduler, named in refusals ('proxy', 'repository'; 'node') */
  name?: string
  /** clock (Date.now) */
  now?: () => number
  /** called whenever active or reserved changes, so the node re-announces its capacity */
  onChange?: () => void
  /** set a timer for the earliest expiry (true); tests with a fake clock call sweep() instead */
  timer?: boolean
}

/** One granted slot. */
export interface Lease {
  leaseId: string
  taskId: string
  /** the address told when the lease is released */
  holder: string
  grantedAt: number
  /** when an unclaimed lease expires; Infinity once claimed */
  expiresAt: number
  claimed: boolean
}

export type LeaseAnswer = { leaseGrant: LeaseGrant } | { leaseRefusal: { reason: string } }

export class LeaseTable {
  readonly peerId: string
  readonly name: string
  private _slots: number
  private readonly now: () => number
  private readonly onChange: () => void
  private readonly useTimer: boolean
  private readonly leases = new Map<string, Lease>()
  // the granted leases not yet claimed: few, and all that expiry and the load count look at
  // (a repository holds a hundred claimed leases, and the simulator asks its load constantly)
  private readonly unclaimed = new Map<string, Lease>()
  private timer: NodeJS.Timeout | undefined
  private timerAt = Infinity

  constructor (init: LeaseTableInit) {
    this.peerId = init.peerId
    this.name = init.name ?? 'node'
    this._slots = checkSlots(init.slots)
    this.now = init.now ?? Date.now
    this.onChange = init.onChange ?? (() => {})
    this.useTimer = init.timer ?? true
  }

  /** Grants a slot while claimed + reserved leases leave one free; refuses with the load otherwise. */
  request (req: LeaseRequest): LeaseAnswer {
    this.sweep()
    const taskId = req.taskId ?? ''
    const holder = req.holder ?? ''
    // a retried request (the first answer was lost) gets the same reservation, not a second slot
    for (const lease of this.unclaimed.values()) {
      if (lease.taskId === taskId && lease.holder === holder && taskId !== '') {
        return { leaseGrant: { leaseId: lease.leaseId, expiresAtMs: lease.expiresAt } }
      }
    }
    const used = this.leases.size
    if (used >= this._slots) {
      return { leaseRefusal: { reason: `${this.name} ${this.peerId} is full (${used}/${this._slots} slots)` } }
    }
    const ttlMs = Math.min(req.ttlMs != null && req.ttlMs > 0 ? req.ttlMs : DEFAULT_LEASE_TTL_MS, MAX_LEASE_TTL_MS)
    const grantedAt = this.now()
    const lease: Lease = { leaseId: randomUUID(), taskId, holder, grantedAt, expiresAt: grantedAt + ttlMs, claimed: false }
    this.leases.set(lease.leaseId, lease)
    this.unclaimed.set(lease.leaseId, lease)
    this.arm()
    this.onChange()
    return { leaseGrant: { leaseId: lease.leaseId, expiresAtMs: lease.expiresAt } }
  }

  /** A task arrived with its lease: the lease now lives until released. False if unknown, expired or for another task. */
  claim (leaseId: string, taskId: string): boolean {
    this.sweep()
    const lease = this.leases.get(leaseId)
    if (lease == null || (lease.taskId !== '' && lease.taskId !== taskId)) return false
    if (lease.claimed) return true
    lease.claimed = true
    lease.expiresAt = Infinity
    this.unclaimed.delete(leaseId)
    this.arm()
    this.onChange()
    return true
  }

  /** Frees a slot; returns the holder to notify, or undefined if the lease is unknown or expired. */
  release (leaseId: string): { holder?: string } | undefined {
    this.sweep()
    const lease = this.leases.get(leaseId)
    if (lease == null) return undefined
    this.leases.delete(leaseId)
    this.unclaimed.delete(leaseId)
    this.arm()
    this.onChange()
    return lease.holder === '' ? {} : { holder: lease.holder }
  }

  /** Drops unclaimed leases whose time is up; returns them. */
  sweep (): Lease[] {
    const now = this.now()
    const expired: Lease[] = []
    for (const lease of this.unclaimed.values()) {
      if (lease.expiresAt <= now) expired.push(lease)
    }
    if (expired.length === 0) return expired
    for (const lease of expired) {
      this.leases.delete(lease.leaseId)
      this.unclaimed.delete(lease.leaseId)
    }
    this.arm()
    this.onChange()
    return expired
  }

  get (leaseId: string): Lease | undefined {
    this.sweep()
    return this.leases.get(leaseId)
  }

  /** Claimed leases: tasks running. */
  get active (): number {
    this.sweep()
    return this.leases.size - this.unclaimed.size
  }

  /** Granted leases whose task has not arrived yet. */
  get reserved (): number {
    this.sweep()
    return this.unclaimed.size
  }

  get slots (): number {
    return this._slots
  }

  /** Changes the slot count; leases already granted above it stay until released. */
  setSlots (n: number): void {
    const slots = checkSlots(n)
    if (slots === this._slots) return
    this._slots = slots
    this.onChange()
  }

  /** Stops the expiry timer (the table still works, expiring lazily). */
  close (): void {
    clearTimeout(this.timer)
    this.timer = undefined
    this.timerAt = Infinity
  }

  // one timer, for the earliest unclaimed expiry
  private arm (): void {
    if (!this.useTimer) return
    let next = Infinity
    for (const lease of this.unclaimed.values()) if (lease.expiresAt < next) next = lease.expiresAt
    if (next === this.timerAt) return
    this.close()
    if (next === Infinity) return
    this.timerAt = next
    this.timer = setTimeout(() => {
      this.timer = undefined
      this.timerAt = Infinity
      this.sweep()
      this.arm()
    }, Math.max(0, next - this.now()))
    this.timer.unref()
  }
}

function checkSlots (n: number): number {
  if (!Number.isInteger(n) || n < 0) {
    throw new LeaseError('ERR_BAD_SLOTS', `slots must be a whole number of 0 or more, got ${n}: check the node's configuration`)
  }
  return n
}

/** A LeaseTable misconfiguration. */
export class LeaseError extends CodedError<LeaseErrorCode> {}

/**
 * Answers the lease messages a proxy or repository actor receives: a request is granted or
 * refused from the table; a release frees the slot and tells the lease holder (the scheduler)
 * unless the holder itself sent it. Returns undefined for any other message.
 */
export function answerLeaseMessage (leases: LeaseTable, msg: ActorMessage, ctx: Pick<ActorContext, 'sender' | 'peerId' | 'tell'>): ActorMessage | undefined {
  if (msg.leaseRequest != null) {
    const holder = msg.leaseRequest.holder
    if (holder != null && holder !== '') {
      try {
        parseAddress(holder)
      } catch (err) {
        throw new UserError('ERR_BAD_ADDRESS', `lease holder "${holder}" is not an actor address (peerId/name)`, { cause: err })
      }
    }
    return leases.request(msg.leaseRequest)
  }
  if (msg.leaseRelease != null) {
    const leaseId = msg.leaseRelease.leaseId ?? ''
    const released = leases.release(leaseId)
    if (released?.holder !== undefined && released.holder !== ctx.sender) {
      ctx.tell(released.holder, { leaseRelease: { leaseId, peerId: ctx.peerId } })
    }
    return { ok: {} }
  }
  return undefined
}
