/**
 * @packageDocumentation
 * A binary min-heap ordered by a `before` function: the scheduler merges its kinds of waiting
 * task with it, and the simulator's clock orders its events.
 *
 * @example
 * ```ts
 * const heap = new MinHeap<number>((a, b) => a < b)
 * heap.push(3); heap.push(1)
 * heap.pop()   // 1
 * ```
 */
export class MinHeap<T> {
  readonly #items: T[] = []
  readonly #before: (a: T, b: T) => boolean

  constructor (before: (a: T, b: T) => boolean) {
    this.#before = before
  }

  get size (): number {
    return this.#items.length
  }

  /** The first item, left in the heap. */
  peek (): T | undefined {
    return this.#items[0]
  }

  push (item: T): void {
    const h = this.#items
    h.push(item)
    let i = h.length - 1
    while (i > 0) {
      const p = (i - 1) >> 1
      if (!this.#before(item, h[p]!)) break
      h[i] = h[p]!
      i = p
    }
    h[i] = item
  }

  /** Takes the first item out. */
  pop (): T | undefined {
    const h = this.#items
    const top = h[0]
    const last = h.pop()
    if (top === undefined || last === undefined || h.length === 0) return top
    let i = 0
    for (;;) {
      const l = 2 * i + 1
      if (l >= h.length) break
      const r = l + 1
      const c = r < h.length && this.#before(h[r]!, h[l]!) ? r : l
      if (!this.#before(h[c]!, last)) break
      h[i] = h[c]!
      i = c
    }
    h[i] = last
    return top
  }
}
