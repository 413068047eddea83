/**
 * @packageDocumentation
 * Recent throughput for capacity announcements (a data mover's bytes read, the repository's
 * bytes received): bytes per second over the last few seconds, counted in 1-second buckets.
 *
 * The window ends now, the current partial second included, so a rate is as fresh as the last
 * byte counted; while the meter is younger than the window the rate is over its age (a task
 * 2 s old reading 4 MB/s says 4 MB/s, not 4 × 2/5). A span under one second counts as one
 * second, so a fresh burst does not read as a spike.
 *
 * @example
 * ```ts
 * const meter = new RateMeter()
 * meter.add(block.byteLength)
 * meter.rate()   // bytes per second
 * ```
 */

export class RateMeter {
  readonly #windowSeconds: number
  readonly #now: () => number
  readonly #buckets: number[]
  readonly #startedMs: number
  #second: number

  constructor (init: { windowSeconds?: number, now?: () => number } = {}) {
    this.#windowSeconds = Math.max(1, Math.floor(init.windowSeconds ?? 5))
    this.#now = init.now ?? Date.now
    this.#buckets = new Array<number>(this.#windowSeconds).fill(0)
    this.#startedMs = this.#now()
    this.#second = Math.floor(this.#startedMs / 1000)
  }

  add (bytes: number): void {
    this.#advance(this.#now())
    this.#buckets[this.#second % this.#buckets.length]! += bytes
  }

  /** Bytes per second over the window (or the meter's age, when shorter; at least 1 s). */
  rate (): number {
    const now = this.#now()
    this.#advance(now)
    let sum = 0
    for (const b of this.#buckets) sum += b
    // the buckets cover the seconds (second - window + 1) .. second, the last one up to now
    const windowStart = (this.#second - this.#windowSeconds + 1) * 1000
    const spanMs = now - Math.max(windowStart, this.#startedMs)
    return sum / (Math.max(spanMs, 1000) / 1000)
  }

  #advance (nowMs: number): void {
    const now = Math.floor(nowMs / 1000)
    if (now <= this.#second) return
    const steps = Math.min(now - this.#second, this.#buckets.length)
    for (let k = 1; k <= steps; k++) this.#buckets[(this.#second + k) % this.#buckets.length] = 0
    this.#second = now
  }
}
