/**
 * What an actor is to its author: a Behavior (message handler plus lifecycle hooks) built by a
 * factory, and the ActorContext it is handed. The factory runs again on every restart, so a
 * restarted actor starts from fresh state.
 *
 * @example
 * ```ts
 * const counter: BehaviorFactory = () => {
 *   let n = 0
 *   return { receive: () => ({ tick: { name: String(++n) } }) }
 * }
 * ctx.spawn('counter', counter, { restart: 'permanent' })
 * ```
 */
import type { ActorMessage } from '../../../proto/index.ts'
import type { Address } from './address.ts'
import type { Logger } from '../../core/logger.ts'

/** ActorContext is an actor's handle on the runtime, valid for one incarnation. */
export interface ActorContext {
  readonly self: Address
  readonly peerId: string
  /** sender of the message being processed; undefined for anonymous sends and hooks */
  readonly sender: Address | undefined
  /** aborted when this incarnation ends (stop or restart): long work must observe it */
  readonly signal: AbortSignal
  /** spawns a child of self, supervised by self */
  spawn: (name: string, factory: BehaviorFactory, options?: SpawnOptions) => Address
  tell: (to: Address, msg: ActorMessage) => void
  /** asks with self as the sender; default timeout 10 s */
  ask: (to: Address, msg: ActorMessage, timeoutMs?: number) => Promise<ActorMessage>
  /** stops self (no target) or one of self's children */
  stop: (target?: Address) => Promise<void>
  children: () => Address[]
  log: Logger
}

/** Behavior handles an actor's messages, one at a time. */
export interface Behavior {
  started?: (ctx: ActorContext) => void | Promise<void>
  /** The return value is the reply when the message was an ask (void → { ok: {} }). */
  receive: (msg: ActorMessage, ctx: ActorContext) => ActorMessage | void | Promise<ActorMessage | void>
  /** A child gave up after too many restarts. Absent → this actor crashes itself (escalation continues up). */
  childFailed?: (child: Address, error: Error, ctx: ActorContext) => void | Promise<void>
  /** Runs after the children stopped; `reason` is the crash error, undefined on a normal stop. */
  stopped?: (ctx: ActorContext, reason?: Error) => void | Promise<void>
}

/** BehaviorFactory builds fresh state on each (re)start. */
export type BehaviorFactory = () => Behavior

/** SpawnOptions say how the parent supervises the actor. */
export interface SpawnOptions {
  /** OTP meaning: permanent always restarts, transient only after a crash, temporary never; default 'transient' */
  restart?: 'permanent' | 'transient' | 'temporary'
  /** restarts allowed within `withinMs` before escalating to the parent; default 3 */
  maxRestarts?: number
  /** default 10 000 */
  withinMs?: number
  /** first restart delay, doubling with each restart in the window, capped at 5 s; default 100 */
  backoffMs?: number
}
