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

interface Event { at: number, seq: number, run: () => void }

export class Clock {
  /** virtual ms since the start of the run */
  now = 0
  private heap: Event[] = []
  private seq = 0

  /** Runs `run` at virtual time `at` (not before now). */
  at (at: number, run: () => void): void {
    this.push({ at: Math.max(at, this.now), seq: this.seq++, run })
  }

  /** Runs `run` `ms` from now. */
  after (ms: number, run: () => void): void {
    this.at(this.now + ms, run)
  }

  get size (): number {
    return this.heap.length
  }

  /** Time of the next event, or Infinity. */
  peek (): number {
    return this.heap[0]?.at ?? Infinity
  }

  /** Runs the next event; false when none is left. */
  step (): boolean {
    const ev = this.pop()
    if (ev == null) return false
    this.now = ev.at
    ev.run()
    return true
  }

  private push (ev: Event): void {
    const h = this.heap
    h.push(ev)
    let i = h.length - 1
    while (i > 0) {
      const p = (i - 1) >> 1
      if (!before(ev, h[p] as Event)) break
      h[i] = h[p] as Event
      i = p
    }
    h[i] = ev
  }

  private pop (): Event | undefined {
    const h = this.heap
    const top = h[0]
    const last = h.pop()
    if (top == null || last == null || h.length === 0) return top
    let i = 0
    for (;;) {
      const l = 2 * i + 1
      if (l >= h.length) break
      const r = l + 1
      const c = r < h.length && before(h[r] as Event, h[l] as Event) ? r : l
      if (!before(h[c] as Event, last)) break
      h[i] = h[c] as Event
      i = c
    }
    h[i] = last
    return top
  }
}

function before (a: Event, b: Event): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq)
}
