/**
 * @packageDocumentation
 * A token bucket for the data mover's throttle: tokens are bytes, refilled at `rateBps` up to
 * `burstBytes`. A take larger than what is in the bucket goes into debt and waits for the debt
 * to be repaid, so one 1 MiB block under a 100 KB/s limit waits ~10 s instead of never passing;
 * concurrent takers queue up behind each other's debt, which keeps the average on the rate.
 *
 * @example
 * ```ts
 * const bucket = new TokenBucket({ rateBps: 50e6 })
 * await bucket.take(block.byteLength, signal)
 * ```
 */
import { setTimeout as sleep } from 'node:timers/promises'

export interface TokenBucketInit {
  /** bytes per second; must be > 0 */
  rateBps: number
  /** most bytes that pass without waiting after an idle spell (rate / 4, at least 64 KiB) */
  burstBytes?: number
  /** tokens at the start (default: a full bucket, `burstBytes`; 0: even the first take waits its time) */
  initialTokens?: number
  /** clock in ms (performance.now) */
  now?: () => number
}

export class TokenBucket {
  readonly rateBps: number
  readonly burstBytes: number
  readonly #now: () => number
  #tokens: number
  #at: number

  constructor (init: TokenBucketInit) {
    if (!(init.rateBps > 0) || !Number.isFinite(init.rateBps)) {
      throw new RangeError(`a rate limit must be a positive number of bytes per second, got ${init.rateBps}`)
    }
    this.rateBps = init.rateBps
    this.burstBytes = init.burstBytes ?? Math.max(64 * 1024, init.rateBps / 4)
    this.#now = init.now ?? (() => performance.now())
    this.#tokens = Math.min(init.initialTokens ?? this.burstBytes, this.burstBytes)
    this.#at = this.#now()
  }

  /** ms a take of `bytes` made now would wait (and takes them). */
  reserve (bytes: number): number {
    const now = this.#now()
    this.#tokens = Math.min(this.burstBytes, this.#tokens + (now - this.#at) * this.rateBps / 1000)
    this.#at = now
    this.#tokens -= bytes
    return this.#tokens >= 0 ? 0 : -this.#tokens * 1000 / this.rateBps
  }

  /** Takes `bytes`, waiting while the bucket is in debt; rejects when `signal` aborts. */
  async take (bytes: number, signal?: AbortSignal): Promise<void> {
    const waitMs = this.reserve(bytes)
    if (waitMs > 0) await sleep(waitMs, undefined, { signal })
  }
}
