/**
 * @packageDocumentation
 * Recent throughput for capacity announcements (the proxy's bytes read, the repository's bytes
 * received): bytes per second over the last few whole seconds, in 1-second buckets. The current,
 * partial second is left out so a fresh burst does not read as a spike.
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
  #second: number

  constructor (init: { windowSeconds?: number, now?: () => number } = {}) {
    this.#windowSeconds = init.windowSeconds ?? 5
    this.#now = init.now ?? Date.now
    this.#buckets = new Array<number>(this.#windowSeconds + 1).fill(0)
    this.#second = Math.floor(this.#now() / 1000)
  }

  add (bytes: number): void {
    this.#advance()
    this.#buckets[this.#second % this.#buckets.length] += bytes
  }

  rate (): number {
    this.#advance()
    let sum = 0
    for (let k = 1; k <= this.#windowSeconds; k++) sum += this.#buckets[(this.#second - k) % this.#buckets.length]
    return sum / this.#windowSeconds
  }

  #advance (): void {
    const now = Math.floor(this.#now() / 1000)
    const steps = Math.min(now - this.#second, this.#buckets.length)
    for (let k = 1; k <= steps; k++) this.#buckets[(this.#second + k) % this.#buckets.length] = 0
    if (now > this.#second) this.#second = now
  }
}
