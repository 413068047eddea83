/**
 * @packageDocumentation
 * One rate shared fairly by the streams under a throttling rule. Each rule in force on a sending
 * node has one {@link SharedRate}: a token bucket (tokens are bytes on the wire) whose waiting
 * takers are served round-robin by stream, one take per stream per turn, so a task with eight
 * blocks in flight gets no more than a task with one waiting, and none starves. A take larger than
 * the bucket holds goes into debt (a 1 MiB block under 100 KB/s waits ~10 s, it does not wait
 * forever), and the next take waits for the debt to be repaid, which keeps the average on the rate.
 *
 * {@link limiterFor} is what a sender calls: given its address, its peer's, and the rules that came
 * with its task, it returns a limiter whose `take(bytes)` waits on every rule in force for that
 * pair (so the lowest rate binds, and every rule's total holds), re-reading the clock at most once
 * a second so a rule that starts or ends mid-task takes effect within a second. `waitedMs` says
 * how long the stream waited on each rule (the session log names the rule that slowed a task).
 *
 * @example
 * ```ts
 * const limiter = limiterFor({ local: '10.1.2.3', remote: '10.9.0.4', rules })
 * await limiter.take(frame.byteLength, signal)          // before the frame goes on the wire
 * limiter.close()                                       // the task ended
 * console.log(limiter.waitedMs)                         // Map { 'office' => 1234 }
 * ```
 */
import { rulesFor, type TrafficRule } from './traffic-rules.ts'

/** One waiting take. */
interface Waiter {
  bytes: number
  resolve(): void
  reject(err: Error): void
  signal?: AbortSignal
  onAbort?: () => void
}

/** A stream's place in a SharedRate's round: its waiting takes, in order. */
export class RateStream {
  readonly waiting: Waiter[] = []
}

export interface SharedRateInit {
  rateBps: number
  /** most bytes that pass at once after an idle spell (default rate / 10, at least 64 KiB) */
  burstBytes?: number
  /** clock in ms (performance.now) */
  now?: () => number
}

/** A token bucket shared round-robin by streams. */
export class SharedRate {
  #rate: number
  #burst: number
  readonly #now: () => number
  #tokens = 0
  #at: number
  /** streams with waiting takes, in round order; #turn indexes the next to serve */
  readonly #ring: RateStream[] = []
  #turn = 0
  #timer: NodeJS.Timeout | undefined
  #immediate: NodeJS.Immediate | undefined

  constructor (init: SharedRateInit) {
    this.#now = init.now ?? (() => performance.now())
    this.#rate = checkRate(init.rateBps)
    this.#burst = init.burstBytes ?? Math.max(64 * 1024, this.#rate / 10)
    this.#at = this.#now()
  }

  get rateBps (): number { return this.#rate }

  /** A new rate from now on (a rule edited, or this node's share changed); waiting takes follow it. */
  setRate (rateBps: number): void {
    if (checkRate(rateBps) === this.#rate) return
    this.#refill()
    this.#rate = rateBps
    this.#burst = Math.max(64 * 1024, rateBps / 10)
    this.#schedule()
  }

  /** Streams waiting now. */
  get waitingStreams (): number { return this.#ring.length }

  /** Takes `bytes` for `stream`, waiting its turn while the bucket is in debt; rejects on `signal`. */
  async take (stream: RateStream, bytes: number, signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted()
    this.#refill()
    if (this.#ring.length === 0 && this.#tokens >= 0) {
      this.#tokens -= bytes
      return
    }
    await new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { bytes, resolve, reject, signal }
      if (signal !== undefined) {
        waiter.onAbort = () => this.#drop(stream, waiter, signal.reason instanceof Error ? signal.reason : new Error('aborted'))
        signal.addEventListener('abort', waiter.onAbort, { once: true })
      }
      if (stream.waiting.length === 0) {
        // a stream joins at the back of the round: just before the one whose turn is next
        if (this.#turn >= this.#ring.length) this.#turn = 0
        this.#ring.splice(this.#turn, 0, stream)
        this.#turn++
      }
      stream.waiting.push(waiter)
      this.#pump()
    })
  }

  #refill (): void {
    const now = this.#now()
    this.#tokens = Math.min(this.#burst, this.#tokens + (now - this.#at) * this.#rate / 1000)
    this.#at = now
  }

  /** Grants takes round-robin while the bucket is out of debt, then waits for the debt to clear. */
  #pump (): void {
    this.#refill()
    // one take per stream per pass: a stream whose only take was just granted is not in the ring
    // until its owner takes again, after this pass; granting on (to the others) would skip its turn
    const served = new Set<RateStream>()
    while (this.#ring.length > 0 && this.#tokens >= 0) {
      if (this.#turn >= this.#ring.length) this.#turn = 0
      const stream = this.#ring[this.#turn]!
      if (served.has(stream)) {
        this.#again()
        return
      }
      served.add(stream)
      const waiter = stream.waiting.shift()!
      this.#tokens -= waiter.bytes
      if (waiter.onAbort !== undefined) waiter.signal?.removeEventListener('abort', waiter.onAbort)
      waiter.resolve()
      if (stream.waiting.length === 0) this.#ring.splice(this.#turn, 1)
      else this.#turn++
    }
    this.#schedule()
  }

  /** Another pass once the streams just served had their chance to take again. */
  #again (): void {
    if (this.#immediate !== undefined) return
    this.#immediate = setImmediate(() => {
      this.#immediate = undefined
      this.#pump()
    })
  }

  #schedule (): void {
    if (this.#timer !== undefined || this.#immediate !== undefined || this.#ring.length === 0) return
    const waitMs = Math.max(1, Math.ceil(-this.#tokens * 1000 / this.#rate))
    this.#timer = setTimeout(() => {
      this.#timer = undefined
      this.#pump()
    }, waitMs)
  }

  #drop (stream: RateStream, waiter: Waiter, err: Error): void {
    const k = stream.waiting.indexOf(waiter)
    if (k < 0) return
    stream.waiting.splice(k, 1)
    if (stream.waiting.length === 0) {
      const at = this.#ring.indexOf(stream)
      if (at >= 0) {
        this.#ring.splice(at, 1)
        if (at < this.#turn) this.#turn--
      }
    }
    if (this.#ring.length === 0 && this.#timer !== undefined) {
      clearTimeout(this.#timer)
      this.#timer = undefined
    }
    waiter.reject(err)
  }
}

function checkRate (bps: number): number {
  if (!(bps > 0) || !Number.isFinite(bps)) throw new RangeError(`a shared rate must be a positive number of bytes per second, got ${bps}`)
  return bps
}

/** A rule as it comes with a task: the rule, and the rate this node enforces for it. */
export interface RuleShare extends TrafficRule {
  /** this node's share of the rule's rate (the manager splits it among sending nodes); 0: the whole rate */
  nodeRateBps?: number
}

/** What a sender holds for one stream (a task's or a copy's): takes go through every rule in force. */
export interface WireLimiter {
  /** Waits until `bytes` may go on the wire under every rule in force now. */
  take(bytes: number, signal?: AbortSignal): Promise<void>
  /** ms this stream waited on each rule, by rule name. */
  readonly waitedMs: ReadonlyMap<string, number>
  /** the rule this stream waited on longest, if it waited at all */
  readonly slowest: { rule: string, waitedMs: number } | undefined
  /** the names of the rules in force at the last take */
  readonly active: readonly string[]
  /** The stream is done: it leaves the rules' rounds. */
  close(): void
}

export interface LimiterRequest {
  /** this node's address (the host of its listen address) */
  local: string
  /** the peer's address */
  remote: string
  /** the rules that came with the task (all the manager's; only those covering the pair apply) */
  rules: readonly RuleShare[]
  /** the wall clock rules are read against (tests); default new Date() */
  now?: () => Date
}

/** A node's shared rates, one per rule name: {@link limiterFor} uses the process's own. */
export class TrafficLimits {
  readonly #rates = new Map<string, SharedRate>()

  /**
   * The shared rate of `rule`; `update`: set it to this node's rate for the rule (a new task
   * brought the rule: the latest task's share is the node's).
   */
  rateOf (rule: RuleShare, update = false): SharedRate {
    const bps = rule.nodeRateBps != null && rule.nodeRateBps > 0 ? rule.nodeRateBps : rule.rateBps
    let rate = this.#rates.get(rule.name)
    if (rate === undefined) {
      rate = new SharedRate({ rateBps: bps })
      this.#rates.set(rule.name, rate)
    } else if (update) rate.setRate(bps)
    return rate
  }

  /** The rules with a shared rate on this node, and how many streams wait on each now. */
  snapshot (): Array<{ rule: string, rateBps: number, waitingStreams: number }> {
    return [...this.#rates].map(([rule, r]) => ({ rule, rateBps: r.rateBps, waitingStreams: r.waitingStreams }))
  }

  limiterFor (request: LimiterRequest): WireLimiter {
    const clock = request.now ?? (() => new Date())
    const stream = new RateStream()
    const waited = new Map<string, number>()
    let checkedAt = -Infinity
    let inForce: Array<{ name: string, rate: SharedRate }> = []
    let closed = false
    const current = (): Array<{ name: string, rate: SharedRate }> => {
      const t = performance.now()
      if (t - checkedAt >= 1000) {
        checkedAt = t
        inForce = rulesFor(request.rules, { local: request.local, remote: request.remote, now: clock() })
          .map((r) => ({ name: r.name, rate: this.rateOf(r as RuleShare) }))
      }
      return inForce
    }
    // rules that cover the pair at some hour: none, and take() is free for the task's whole life;
    // those that do get this task's share of their rate now
    const covering = request.rules.filter((r) => rulesFor([{ ...r, days: '', hours: '' }], { local: request.local, remote: request.remote }).length > 0)
    for (const rule of covering) this.rateOf(rule, true)
    const relevant = covering.length > 0
    return {
      async take (bytes, signal) {
        if (!relevant || closed) return
        for (const { name, rate } of current()) {
          const start = performance.now()
          await rate.take(stream, bytes, signal)
          const ms = performance.now() - start
          if (ms >= 1) waited.set(name, (waited.get(name) ?? 0) + ms)
        }
      },
      get waitedMs () { return waited },
      get slowest () {
        let best: { rule: string, waitedMs: number } | undefined
        for (const [rule, ms] of waited) if (best === undefined || ms > best.waitedMs) best = { rule, waitedMs: ms }
        return best
      },
      get active () { return inForce.map((r) => r.name) },
      close () { closed = true }
    }
  }
}

const processLimits = new TrafficLimits()

/** A limiter on this process's shared rates: the API every sender (backup, copy, restore) calls. */
export function limiterFor (request: LimiterRequest): WireLimiter {
  return processLimits.limiterFor(request)
}

/** This process's shared rates (the HTTP status shows them). */
export function trafficLimits (): TrafficLimits {
  return processLimits
}
