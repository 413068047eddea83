/**
 * @packageDocumentation
 * The proxy's block buffers, shared by all its tasks. A block in flight holds a pair (the block
 * as read, and room for its compressed form, or for its sealed frame when the job is encrypted) from the moment it is read until the socket has
 * taken it; the pool holds at most `budgetBytes` of pairs, so a proxy's memory stays the same
 * whether it runs one task or twenty. One task alone may use as many pairs as its own
 * concurrency; tasks sharing the proxy wait for pairs in arrival order, so they share its cores
 * fairly. Pairs live in shared memory (node/core/codec-pool.ts) and are reused block after block.
 *
 * @example
 * ```ts
 * const pair = await buffers.take(blockSize, signal)
 * try { … read into pair.input, pack into pair.output, send … } finally { buffers.give(pair) }
 * ```
 */
import { sealedPackRoom, sharedBlock } from '../../node/core/codec-pool.ts'

export interface BlockPair {
  input: Buffer
  output: Buffer
}

interface Waiter {
  blockSize: number
  resolve(pair: BlockPair): void
  reject(err: unknown): void
}

/**
 * Sixteen pairs of 1 MiB blocks: measured on 2 cores, four tasks with four blocks in flight each
 * went as fast as with eight each, and one task needs eight to keep both codec threads busy.
 */
export const DEFAULT_BUDGET_BYTES = 16 * (1024 * 1024 + sealedPackRoom(1024 * 1024))

export class BlockBuffers {
  readonly budgetBytes: number
  readonly #free: BlockPair[] = []
  readonly #waiting: Waiter[] = []
  #usedBytes = 0

  constructor (init: { budgetBytes?: number } = {}) {
    this.budgetBytes = init.budgetBytes ?? DEFAULT_BUDGET_BYTES
  }

  /** Bytes of pairs in existence (in use or free). */
  get usedBytes (): number {
    return this.#usedBytes
  }

  /** A pair for a block of `blockSize` bytes; waits (in arrival order) while the budget is spent. */
  async take (blockSize: number, signal?: AbortSignal): Promise<BlockPair> {
    signal?.throwIfAborted()
    if (this.#waiting.length === 0) {
      const pair = this.#grant(blockSize)
      if (pair !== undefined) return pair
    }
    const { promise, resolve, reject } = Promise.withResolvers<BlockPair>()
    const waiter: Waiter = { blockSize, resolve, reject }
    this.#waiting.push(waiter)
    const onAbort = (): void => {
      const i = this.#waiting.indexOf(waiter)
      if (i >= 0) this.#waiting.splice(i, 1)
      reject(signal!.reason)
    }
    signal?.addEventListener('abort', onAbort, { once: true })
    try {
      return await promise
    } finally {
      signal?.removeEventListener('abort', onAbort)
    }
  }

  /** Returns a pair taken with `take`: the next waiter gets it (or the room it frees). */
  give (pair: BlockPair): void {
    this.#free.push(pair)
    while (this.#waiting.length > 0) {
      const pair = this.#grant(this.#waiting[0]!.blockSize)
      if (pair === undefined) return
      this.#waiting.shift()!.resolve(pair)
    }
  }

  // a free pair that fits, else a new one within the budget (dropping free pairs of other sizes)
  #grant (blockSize: number): BlockPair | undefined {
    const fits = this.#free.findIndex((p) => p.input.byteLength === blockSize)
    if (fits >= 0) return this.#free.splice(fits, 1)[0]
    const bytes = pairBytes(blockSize)
    while (this.#usedBytes + bytes > this.budgetBytes && this.#free.length > 0) {
      this.#usedBytes -= pairBytes(this.#free.shift()!.input.byteLength)
    }
    // one pair is always allowed, so a block larger than the budget still moves, alone
    if (this.#usedBytes + bytes > this.budgetBytes && this.#usedBytes > 0) return undefined
    this.#usedBytes += bytes
    return { input: sharedBlock(blockSize), output: sharedBlock(sealedPackRoom(blockSize)) }
  }
}

let shared: BlockBuffers | undefined

/** The daemon's pool, shared by every task of its proxy. */
export function blockBuffers (): BlockBuffers {
  shared ??= new BlockBuffers()
  return shared
}

// the output always has room for a sealed frame: plain and encrypted tasks share the pairs
function pairBytes (blockSize: number): number {
  return blockSize + sealedPackRoom(blockSize)
}
