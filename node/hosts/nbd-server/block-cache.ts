/**
 * @packageDocumentation
 * A least-recently-used cache of raw blocks by digest, bounded in bytes: what a point disk keeps
 * of the blocks it fetched, so a guest re-reading its boot files, or a block-stream after the
 * boot, does not fetch them again. Keyed by digest, so a block the disk holds twice is held once.
 *
 * @example
 * ```ts
 * const cache = new BlockCache(64 * MiB)
 * cache.set(hex, raw)
 * cache.get(hex)        // raw, now the most recently used
 * ```
 */
export class BlockCache {
  readonly capacity: number
  // a Map iterates in insertion order: re-inserting on use keeps the least recent first
  readonly #blocks = new Map<string, Buffer>()
  #bytes = 0

  constructor (capacity: number) {
    this.capacity = Math.max(0, capacity)
  }

  /** Bytes held. */
  get bytes (): number {
    return this.#bytes
  }

  /** Whether `key` is held (without making it recently used). */
  has (key: string): boolean {
    return this.#blocks.has(key)
  }

  get (key: string): Buffer | undefined {
    const block = this.#blocks.get(key)
    if (block === undefined) return undefined
    this.#blocks.delete(key)
    this.#blocks.set(key, block)
    return block
  }

  /** Keeps `block`, dropping the least recently used blocks to make room; a block larger than the cache is not kept. */
  set (key: string, block: Buffer): void {
    if (block.length > this.capacity) return
    const old = this.#blocks.get(key)
    if (old !== undefined) {
      this.#blocks.delete(key)
      this.#bytes -= old.length
    }
    while (this.#bytes + block.length > this.capacity) {
      const [oldest, b] = this.#blocks.entries().next().value!
      this.#blocks.delete(oldest)
      this.#bytes -= b.length
    }
    this.#blocks.set(key, block)
    this.#bytes += block.length
  }

  clear (): void {
    this.#blocks.clear()
    this.#bytes = 0
  }
}
