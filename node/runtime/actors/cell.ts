/**
 * A cell is one live actor inside an ActorSystem: its mailbox, the incarnation of its behaviour
 * that is running, its children, and the supervision rules its parent applies to it. Routing and
 * the registry belong to the system (the cell's host); a cell only talks to its host and parent.
 */
import type { ActorMessage } from '../../../proto/index.ts'
import type { Address } from './address.ts'
import type { ActorContext, Behavior, BehaviorFactory, SpawnOptions } from './behavior.ts'
import { checkName } from './address.ts'
import { ActorError, UserError, errorCode, toError } from './errors.ts'
import { withFields, type Logger } from '../../core/logger.ts'
import { messageKind } from './message.ts'

/** Reply settles an ask: with an error, or with the reply message. */
export type Reply = (error: Error | undefined, reply?: ActorMessage) => void

/** Item is one mailbox entry: a message, or the news that a child gave up. */
type Item = { msg: ActorMessage, from?: Address, reply?: Reply } | { failed: Address, error: Error }

/** CellHost is what a cell needs from its system. */
export interface CellHost {
  readonly peerId: string
  readonly log: Logger
  readonly stopTimeoutMs: number
  register: (cell: Cell) => void
  unregister: (cell: Cell, reason: Error | undefined) => void
  escalated: (address: Address, error: Error) => void
  deadLetter: (to: Address, msg: ActorMessage, why: string) => void
  tell: (to: Address, msg: ActorMessage, from: Address) => void
  ask: (to: Address, msg: ActorMessage, options: { timeoutMs?: number, from: Address }) => Promise<ActorMessage>
}

/** Incarnation is one run of the behaviour, from factory() to stopped(). */
interface Incarnation {
  behavior: Behavior
  ctx: ActorContext
  abort: AbortController
  ready: boolean
  busy: boolean
  current?: Promise<unknown>
}

const MAX_BACKOFF_MS = 5000

export class Cell {
  readonly address: Address
  readonly name: string
  readonly parent: Cell | undefined
  readonly children = new Map<string, Cell>()
  private readonly host: CellHost
  private readonly factory: BehaviorFactory
  private readonly restart: 'permanent' | 'transient' | 'temporary'
  private readonly maxRestarts: number
  private readonly withinMs: number
  private readonly backoffMs: number
  private readonly log: Logger
  private readonly mailbox: Item[] = []
  private inc: Incarnation | undefined
  private restarts: number[] = []
  private restartTimer: NodeJS.Timeout | undefined
  private exiting: Promise<void> | undefined
  private stopping: Promise<void> | undefined
  private sender: Address | undefined
  private done = false

  constructor (init: { host: CellHost, address: Address, name: string, parent?: Cell, factory: BehaviorFactory, options?: SpawnOptions }) {
    this.host = init.host
    this.address = init.address
    this.name = init.name
    this.parent = init.parent
    this.factory = init.factory
    this.restart = init.options?.restart ?? 'transient'
    this.maxRestarts = init.options?.maxRestarts ?? 3
    this.withinMs = init.options?.withinMs ?? 10_000
    this.backoffMs = init.options?.backoffMs ?? 100
    this.log = withFields(init.host.log, { actor: init.address })
    this.host.register(this)
    // Started on the next microtask so spawn() returns before any user code runs.
    queueMicrotask(() => { void this.start() })
  }

  /** enqueue adds to the mailbox; while the actor is stopping, asks are refused at once. */
  enqueue (item: Item, urgent = false): void {
    if (this.stopping !== undefined || this.done) return this.refuse(item)
    if (urgent) this.mailbox.unshift(item)
    else this.mailbox.push(item)
    void this.drain()
  }

  /** stop ends the actor for good (the parent or the system asked): no restart. */
  stop (): Promise<void> {
    this.stopping ??= (async () => {
      clearTimeout(this.restartTimer)
      if (this.exiting !== undefined) await this.exiting
      else await this.terminate(undefined, true)
      this.finish(undefined)
    })()
    return this.stopping
  }

  private async start (): Promise<void> {
    if (this.stopping !== undefined || this.done) return
    let inc: Incarnation | undefined
    try {
      const abort = new AbortController()
      const behavior = this.factory()
      const fresh: Incarnation = { behavior, abort, ctx: this.context(abort.signal), ready: false, busy: false }
      inc = this.inc = fresh
      fresh.current = (async () => { await behavior.started?.(fresh.ctx) })()
      await fresh.current
    } catch (err) {
      if (inc === undefined || this.inc === inc) void this.exit(toError(err))
      return
    }
    if (this.inc !== inc) return
    inc.ready = true
    void this.drain()
  }

  /** drain runs the mailbox, strictly one message at a time, for one incarnation. */
  private async drain (): Promise<void> {
    const inc = this.inc
    if (inc === undefined || !inc.ready || inc.busy) return
    inc.busy = true
    while (this.inc === inc && this.mailbox.length > 0) {
      const item = this.mailbox.shift() as Item
      const current = this.handle(inc, item)
      inc.current = current
      const crash = await current
      if (crash !== undefined) {
        if (this.inc === inc) void this.exit(crash)
        else this.log.warn('actor failed after it was stopped', { error: crash.message })
        break
      }
    }
    inc.busy = false
    inc.current = undefined
  }

  /** handle runs one item; it returns the error the actor must crash with, if any. */
  private async handle (inc: Incarnation, item: Item): Promise<Error | undefined> {
    this.sender = 'msg' in item ? item.from : undefined
    try {
      if ('failed' in item) {
        if (inc.behavior.childFailed === undefined) return item.error
        await inc.behavior.childFailed(item.failed, item.error, inc.ctx)
      } else {
        const reply = await inc.behavior.receive(item.msg, inc.ctx)
        item.reply?.(undefined, reply ?? { ok: {} })
      }
    } catch (err) {
      const error = toError(err)
      if ('msg' in item) item.reply?.(error)
      if (!(error instanceof UserError)) return error
      this.log.debug('refused a message', { kind: 'msg' in item ? messageKind(item.msg) : 'childFailed', code: error.code, error: error.message })
    } finally {
      this.sender = undefined
    }
    return undefined
  }

  /** exit ends the current incarnation from inside (crash or self-stop) and applies the restart policy. */
  private async exit (reason: Error | undefined): Promise<void> {
    if (this.exiting !== undefined || this.stopping !== undefined) return this.exiting ?? this.stopping
    if (reason !== undefined) this.log.warn('actor crashed', { error: reason.message, code: errorCode(reason) })
    this.exiting = this.terminate(reason, false)
    await this.exiting
    this.exiting = undefined
    if (this.stopping !== undefined) return // an outside stop took over during the teardown
    if (this.restart === 'temporary' || (this.restart === 'transient' && reason === undefined)) return this.finish(reason)
    const now = performance.now()
    this.restarts = this.restarts.filter(t => now - t < this.withinMs)
    if (this.restarts.length >= this.maxRestarts) return this.escalate(reason)
    const delayMs = Math.min(this.backoffMs * 2 ** this.restarts.length, MAX_BACKOFF_MS)
    this.restarts.push(now)
    this.log.info('restarting actor', { delayMs, restarts: this.restarts.length })
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined
      void this.start()
    }, delayMs)
  }

  /** terminate aborts the incarnation, stops the children, then runs stopped(). */
  private async terminate (reason: Error | undefined, waitCurrent: boolean): Promise<void> {
    const inc = this.inc
    this.inc = undefined
    if (inc === undefined) return
    inc.abort.abort(reason ?? new ActorError('ERR_ACTOR_STOPPED', `actor ${this.address} stopped`, { address: this.address }))
    if (waitCurrent && inc.current !== undefined) await this.bounded(inc.current)
    await Promise.all([...this.children.values()].map(async child => { await child.stop() }))
    const cleanup = (async () => { await inc.behavior.stopped?.(inc.ctx, reason) })()
      .catch((err: unknown) => { this.log.warn('stopped() hook failed', { error: toError(err).message }) })
    await this.bounded(cleanup)
  }

  /** bounded waits for user code, but never longer than the system's stop timeout: a stuck actor cannot block shutdown. */
  private async bounded (work: Promise<unknown>): Promise<void> {
    let timer: NodeJS.Timeout | undefined
    const late = new Promise<boolean>(resolve => { timer = setTimeout(resolve, this.host.stopTimeoutMs, true) })
    const timedOut = await Promise.race([work.then(() => false, () => false), late])
    clearTimeout(timer)
    if (timedOut) this.log.warn('actor did not finish in time; stopping it anyway (does its work observe ctx.signal?)', { waitedMs: this.host.stopTimeoutMs })
  }

  /** finish removes the actor: queued asks are refused, queued tells become dead letters. */
  private finish (reason: Error | undefined): void {
    if (this.done) return
    this.done = true
    this.inc = undefined
    for (const item of this.mailbox.splice(0)) this.refuse(item)
    if (this.parent?.children.get(this.name) === this) this.parent.children.delete(this.name)
    this.host.unregister(this, reason)
  }

  private refuse (item: Item): void {
    if ('failed' in item) return
    if (item.reply === undefined) return this.host.deadLetter(this.address, item.msg, 'actor stopped')
    item.reply(new ActorError('ERR_ACTOR_STOPPED', `actor ${this.address} stopped before it handled ${messageKind(item.msg)}`, { address: this.address }))
  }

  /** escalate gives the actor up and tells its supervisor. */
  private escalate (reason: Error | undefined): void {
    this.finish(reason)
    const what = reason === undefined ? 'exited' : `crashed (last: ${reason.message})`
    const error = new ActorError('ERR_ESCALATED', `actor ${this.address} ${what} more than ${this.maxRestarts} times within ${this.withinMs} ms and was given up; fix the cause, then restart it`, { address: this.address, cause: reason })
    this.log.error('actor gave up', { error: error.message })
    if (this.parent !== undefined) this.parent.enqueue({ failed: this.address, error }, true)
    else this.host.escalated(this.address, error)
  }

  private spawnChild (name: string, factory: BehaviorFactory, options?: SpawnOptions): Address {
    checkName(name)
    if (this.children.has(name)) throw new ActorError('ERR_ACTOR_EXISTS', `actor ${this.address}/${name} already exists: stop it first or pick another name`, { address: `${this.address}/${name}` })
    const child = new Cell({ host: this.host, address: `${this.address}/${name}`, name, parent: this, factory, options })
    this.children.set(name, child)
    return child.address
  }

  private context (signal: AbortSignal): ActorContext {
    const cell = this
    const stale = (): ActorError => new ActorError('ERR_ACTOR_STOPPED', `actor ${this.address} has stopped or restarted; this context is no longer valid`, { address: this.address })
    return {
      self: this.address,
      peerId: this.host.peerId,
      get sender () { return cell.sender },
      signal,
      spawn: (name, factory, options) => {
        if (signal.aborted) throw stale()
        return this.spawnChild(name, factory, options)
      },
      tell: (to, msg) => { this.host.tell(to, msg, this.address) },
      ask: async (to, msg, timeoutMs) => await this.host.ask(to, msg, { timeoutMs, from: this.address }),
      stop: async (target) => {
        if (target === undefined || target === this.address) {
          if (!signal.aborted) await this.exit(undefined)
          return
        }
        const child = [...this.children.values()].find(c => c.address === target)
        if (child === undefined) throw new ActorError('ERR_NO_SUCH_ACTOR', `${target} is not a child of ${this.address}: an actor stops only itself or its children`, { address: target })
        await child.stop()
      },
      children: () => [...this.children.values()].map(c => c.address),
      log: this.log
    }
  }
}
