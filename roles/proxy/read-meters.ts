/**
 * @packageDocumentation
 * The proxy's read throughput as its capacity announcement gives it: one rate meter per running
 * data mover, and the proxy's rate is the sum of theirs. A task's meter goes when the task ends,
 * so the proxy's MB/s is the sum of its running disks' MB/s — not a rate spread over a window
 * that still holds ended tasks, nor one divided by a count of leases some of which are not
 * reading.
 *
 * @example
 * ```ts
 * const meters = new ReadMeters()
 * const meter = meters.start()      // a data mover starts
 * meter.add(block.byteLength)       // as blocks are read
 * meters.rate()                     // bytes per second, all running tasks together
 * meter.end()                       // the task ended
 * ```
 */
import { RateMeter } from '../../node/core/rate-meter.ts'

/** One running task's meter. */
export interface TaskMeter {
  add(bytes: number): void
  /** bytes per second this task reads now */
  rate(): number
  end(): void
}

export class ReadMeters {
  readonly #running = new Set<RateMeter>()
  readonly #now: (() => number) | undefined

  constructor (init: { now?: () => number } = {}) {
    this.#now = init.now
  }

  start (): TaskMeter {
    const meter = new RateMeter({ now: this.#now })
    this.#running.add(meter)
    return {
      add: (bytes) => meter.add(bytes),
      rate: () => meter.rate(),
      end: () => { this.#running.delete(meter) }
    }
  }

  /** Tasks reading now. */
  get running (): number {
    return this.#running.size
  }

  /** Bytes per second read by every running task together. */
  rate (): number {
    let sum = 0
    for (const meter of this.#running) sum += meter.rate()
    return sum
  }
}
