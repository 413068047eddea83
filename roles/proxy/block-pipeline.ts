/**
 * @packageDocumentation
 * Runs a job over block indexes 0..count-1 with a fixed number of workers: each worker takes the
 * next index when it is done with the previous one, so at most `concurrency` blocks are in
 * flight (read, hashed, compressed or waiting to be sent) and memory stays bounded whatever the
 * disk size. A worker owns its slot, so it may reuse a buffer from one block to the next. The
 * first failure stops the workers from taking more work; it is thrown once all have returned.
 *
 * @example
 * ```ts
 * await runBlocks({ count: reader.blockCount, concurrency: 8, signal, work: async (index, slot) => { … } })
 * ```
 */

export interface RunBlocksInit {
  count: number
  /** the block indexes to process, in order (CBT: only the changed ones); default 0..count-1 */
  indexes?: readonly number[]
  concurrency: number
  signal?: AbortSignal
  /** processes one block; `slot` is the worker's number, 0..concurrency-1 */
  work: (index: number, slot: number) => Promise<void>
  /**
   * called when the first `done` items (in the order of `indexes`) have all been processed, each
   * time that prefix grows; the worker that grew it awaits the call
   */
  settled?: (done: number) => Promise<void>
}

export async function runBlocks (init: RunBlocksInit): Promise<void> {
  let next = 0
  let failure: unknown
  let failed = false
  const total = init.indexes?.length ?? init.count
  const finished = init.settled === undefined ? undefined : new Uint8Array(total)
  let prefix = 0
  const worker = async (slot: number): Promise<void> => {
    while (!failed && next < total) {
      if (init.signal?.aborted === true) {
        failed = true
        failure ??= init.signal.reason
        return
      }
      const ordinal = next++
      const index = init.indexes != null ? init.indexes[ordinal]! : ordinal
      try {
        await init.work(index, slot)
        if (finished !== undefined) {
          finished[ordinal] = 1
          const before = prefix
          while (prefix < total && finished[prefix] === 1) prefix++
          if (prefix > before) await init.settled!(prefix)
        }
      } catch (err) {
        if (!failed) failure = err
        failed = true
      }
    }
  }
  const workers = Math.max(1, Math.min(init.concurrency, init.indexes?.length ?? init.count))
  await Promise.all(Array.from({ length: workers }, async (_, slot) => { await worker(slot) }))
  if (failed) throw failure
}
