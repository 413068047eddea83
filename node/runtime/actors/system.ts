/**
 * @packageDocumentation
 * The actor system of one node: spawns top-level actors (which supervise their children),
 * routes messages by address (local mailbox, or the remote transport for another peer id) and
 * matches remote replies to asks by correlation id. Inbound envelopes arrive via deliverRemote.
 *
 * @example
 * ```ts
 * const system = new ActorSystem({ peerId, remote: rpc, log })
 * system.on('escalated', (address, error) => log.error('actor gave up', { address, error: error.message }))
 * const echo = system.spawn('echo', () => ({ receive: msg => msg }))
 * const reply = await system.ask(echo, { tick: { name: 'hi' } }, { timeoutMs: 1000 })
 * await system.stop()
 * ```
 */
import { EventEmitter } from 'node:events'
import type { ActorMessage, Envelope } from '../../../proto/index.ts'
import type { BehaviorFactory, SpawnOptions } from './behavior.ts'
import { address, checkName, parseAddress, type Address } from './address.ts'
import { Cell, type CellHost, type Reply } from './cell.ts'
import { ActorError, errorCode, toError } from './errors.ts'
import { silentLogger, type Logger } from '../../core/logger.ts'
import { messageKind } from './message.ts'

/** RemoteTransport carries envelopes to other peers; protocols/rpc implements it. */
export interface RemoteTransport {
  /** resolves when the envelope is handed to the peer's stream; rejects when it cannot be */
  send: (peerId: string, envelope: Envelope) => Promise<void>
}

/** Envelope.kind values on the wire. */
export const envelopeKind = { tell: 0, ask: 1, reply: 2 } as const

export interface ActorSystemInit {
  peerId: string
  /** may also be attached later through `system.remote` (rpc needs the system to exist first) */
  remote?: RemoteTransport
  log?: Logger
  /** how long stop waits for a receive in progress; default 5000 */
  stopTimeoutMs?: number
}

export interface ActorSystemEvents {
  /** a top-level actor gave up after too many restarts and was removed */
  escalated: [address: Address, error: Error]
  /** an actor was removed (any reason); `reason` is the crash that ended it, if any */
  terminated: [address: Address, reason: Error | undefined]
}

interface PendingAsk { to: Address, settle: Reply }

const DEFAULT_ASK_TIMEOUT_MS = 10_000

export class ActorSystem extends EventEmitter<ActorSystemEvents> {
  readonly peerId: string
  remote: RemoteTransport | undefined
  private readonly log: Logger
  private readonly host: CellHost
  private readonly cells = new Map<Address, Cell>()
  private readonly roots = new Map<string, Cell>()
  private readonly asks = new Map<number, PendingAsk>()
  private lastCorrelation = 0
  private dead = 0
  private stopped = false

  constructor (init: ActorSystemInit) {
    super()
    address(init.peerId, 'x') // validates the peer id
    this.peerId = init.peerId
    this.remote = init.remote
    this.log = init.log ?? silentLogger
    this.host = {
      peerId: this.peerId,
      log: this.log,
      stopTimeoutMs: init.stopTimeoutMs ?? 5000,
      register: cell => { this.cells.set(cell.address, cell) },
      unregister: (cell, reason) => {
        this.cells.delete(cell.address)
        if (this.roots.get(cell.name) === cell) this.roots.delete(cell.name)
        this.emit('terminated', cell.address, reason)
      },
      escalated: (addr, error) => { this.emit('escalated', addr, error) },
      deadLetter: (to, msg, why) => { this.deadLetter(to, msg, why) },
      tell: (to, msg, from) => { this.tell(to, msg, from) },
      ask: async (to, msg, options) => await this.ask(to, msg, options)
    }
  }

  /** deadLetters counts messages that found no actor (or a stopping one) and were dropped. */
  get deadLetters (): number { return this.dead }

  /** spawn starts a top-level actor, supervised by the system. */
  spawn (name: string, factory: BehaviorFactory, options?: SpawnOptions): Address {
    if (this.stopped) throw new ActorError('ERR_ACTOR_STOPPED', `actor system ${this.peerId} has stopped; cannot spawn ${name}`)
    checkName(name)
    const at = address(this.peerId, name)
    if (this.roots.has(name)) throw new ActorError('ERR_ACTOR_EXISTS', `actor ${at} already exists: stop it first or pick another name`, { address: at })
    const cell = new Cell({ host: this.host, address: at, name, factory, options })
    this.roots.set(name, cell)
    return at
  }

  /** tell sends without waiting; a missing actor makes a dead letter, never an exception. */
  tell (to: Address, msg: ActorMessage, from?: Address): void {
    parseAddress(to)
    this.send(to, msg, from, undefined)
  }

  /** ask sends and waits for the reply; rejects with the receiver's error or ERR_ASK_TIMEOUT. */
  ask (to: Address, msg: ActorMessage, options: { timeoutMs?: number, from?: Address } = {}): Promise<ActorMessage> {
    return new Promise((resolve, reject) => {
      parseAddress(to)
      const timeoutMs = options.timeoutMs ?? DEFAULT_ASK_TIMEOUT_MS
      const correlation = ++this.lastCorrelation
      const settle: Reply = (error, reply) => {
        if (!this.asks.delete(correlation)) return // already settled (timeout, stop, late reply)
        clearTimeout(timer)
        if (error !== undefined) reject(error)
        else resolve(reply ?? { ok: {} })
      }
      const timer = setTimeout(() => {
        settle(new ActorError('ERR_ASK_TIMEOUT', `ask ${messageKind(msg)} to ${to} got no reply within ${timeoutMs} ms: the actor is busy or stuck, or its node is unreachable`, { address: to }))
      }, timeoutMs)
      this.asks.set(correlation, { to, settle })
      this.send(to, msg, options.from, { correlation, settle })
    })
  }

  /** has tells whether an actor lives at the address on this node (also while it waits to restart). */
  has (at: Address): boolean {
    return this.cells.has(at)
  }

  /**
   * deliverRemote takes an envelope that arrived from `remotePeerId` over rpc. An envelope whose
   * `from` is not on that peer (or whose `to` is not on this one) is dropped: peers are
   * authenticated per connection, so a mismatch is a spoof or a bug.
   */
  deliverRemote (envelope: Envelope, remotePeerId: string): void {
    const sender = envelope.from ?? ''
    const target = envelope.to ?? ''
    if (tryParse(sender)?.peerId !== remotePeerId || tryParse(target)?.peerId !== this.peerId) {
      this.log.warn('dropped remote envelope: its addresses do not match the connection', { remotePeerId, from: sender, to: target })
      return
    }
    const correlation = envelope.correlation ?? 0
    const kind = envelope.kind ?? envelopeKind.tell
    const body = envelope.body ?? undefined
    if (kind === envelopeKind.reply) {
      const ask = this.asks.get(correlation)
      if (ask?.to !== sender) return this.log.debug('dropped a reply that matches no pending ask', { from: sender, correlation })
      if ((envelope.error ?? '') !== '' || (envelope.errorCode ?? '') !== '') {
        return ask.settle(new ActorError(envelope.errorCode || 'ERR_REMOTE', envelope.error || `remote ask to ${sender} failed`, { address: sender }))
      }
      return ask.settle(undefined, body ?? { ok: {} })
    }
    if (kind === envelopeKind.tell && body !== undefined) return this.send(target, body, sender, undefined)
    if (kind !== envelopeKind.ask) return this.log.warn('dropped remote envelope of unknown kind', { from: sender, kind })
    const answer: Reply = (error, reply) => {
      const back: Envelope = { to: sender, from: target, correlation, kind: envelopeKind.reply, body: reply }
      if (error !== undefined) Object.assign(back, { error: error.message, errorCode: errorCode(error) })
      this.remote?.send(remotePeerId, back).catch((err: unknown) => {
        this.log.warn('could not send a reply to a remote ask', { to: sender, error: toError(err).message })
      })
    }
    if (body === undefined) return answer(new ActorError('ERR_BAD_MESSAGE', `ask to ${target} carried no message`, { address: target }))
    this.send(target, body, sender, { correlation, settle: answer })
  }

  /**
   * A peer left the mesh (it disconnected or stopped announcing): the asks still waiting on its
   * actors fail now with ERR_PEER_LEFT, not at their timeout. An ask written just before a peer
   * died gets no reply, and whoever waited on it (a scheduler round, a snapshot) waited it out.
   */
  peerLeft (peerId: string): void {
    for (const ask of [...this.asks.values()]) {
      if (parseAddress(ask.to).peerId !== peerId) continue
      ask.settle(new ActorError('ERR_PEER_LEFT', `${ask.to} left the mesh before it replied`, { address: ask.to }))
    }
  }

  /** stop stops every actor (children first) and rejects the asks still waiting. */
  async stop (): Promise<void> {
    this.stopped = true
    await Promise.all([...this.roots.values()].map(async cell => { await cell.stop() }))
    for (const ask of [...this.asks.values()]) {
      ask.settle(new ActorError('ERR_ACTOR_STOPPED', `actor system ${this.peerId} stopped before ${ask.to} replied`, { address: ask.to }))
    }
  }

  private send (to: Address, msg: ActorMessage, from: Address | undefined, ask: { correlation: number, settle: Reply } | undefined): void {
    const { peerId } = parseAddress(to)
    if (peerId === this.peerId) {
      const cell = this.cells.get(to)
      if (cell !== undefined) return cell.enqueue({ msg, from, reply: ask?.settle })
      if (ask === undefined) return this.deadLetter(to, msg, 'no such actor')
      return ask.settle(new ActorError('ERR_NO_SUCH_ACTOR', `no actor at ${to}: it never existed or has stopped`, { address: to }))
    }
    const fail = (why: string): void => {
      if (ask === undefined) return this.deadLetter(to, msg, why)
      ask.settle(new ActorError('ERR_REMOTE', `cannot reach ${to}: ${why}`, { address: to }))
    }
    if (this.remote === undefined) return fail('this node has no remote transport attached')
    const envelope: Envelope = {
      to,
      // The receiver checks that `from` is on our peer id, so anonymous sends get a system address.
      from: from ?? `${this.peerId}/$system`,
      correlation: ask?.correlation ?? 0,
      kind: ask === undefined ? envelopeKind.tell : envelopeKind.ask,
      body: msg
    }
    this.remote.send(peerId, envelope).catch((err: unknown) => { fail(toError(err).message) })
  }

  private deadLetter (to: Address, msg: ActorMessage, why: string): void {
    this.dead++
    this.log.info('dead letter', { to, kind: messageKind(msg), why })
  }
}

function tryParse (a: Address | null | undefined): { peerId: string, name: string } | undefined {
  try {
    return parseAddress(a ?? '')
  } catch {
    return undefined
  }
}
