/**
 * @packageDocumentation
 * Virtual time: a discrete-event queue. Events run in time order, and in the order they were
 * scheduled when their times are equal, so a run is the same on every machine.
 *
 * @example
 * ```ts
 * const clock = new Clock()
 * clock.at(2000, () => console.log(clock.now))   // 2000
 * while (clock.step()) {}
 * ```
 */

import { MinHeap } from '../../node/core/min-heap.ts'

interface Event { at: number, seq: number, run: () => void }

export class Clock {
  /** virtual ms since the start of the run */
  now = 0
  private readonly heap = new MinHeap<Event>((a, b) => a.at < b.at || (a.at === b.at && a.seq < b.seq))
  private seq = 0

  /** Runs `run` at virtual time `at` (not before now). */
  at (at: number, run: () => void): void {
    this.heap.push({ at: Math.max(at, this.now), seq: this.seq++, run })
  }

  /** Runs `run` `ms` from now. */
  after (ms: number, run: () => void): void {
    this.at(this.now + ms, run)
  }

  get size (): number {
    return this.heap.size
  }

  /** Time of the next event, or Infinity. */
  peek (): number {
    return this.heap.peek()?.at ?? Infinity
  }

  /** Runs the next event; false when none is left. */
  step (): boolean {
    const ev = this.heap.pop()
    if (ev == null) return false
    this.now = ev.at
    ev.run()
    return true
  }
}
