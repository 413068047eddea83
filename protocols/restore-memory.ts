/**
 * @packageDocumentation
 * The memory restores work in, kept for the whole process and shared by every restore stream
 * rather than made per stream: on the repository, the buffers records are read into; on the
 * requester, the aligned slots blocks are decompressed into (the frames a bulk lane assembles are
 * every connection's: frames/buffer-pool.ts).
 *
 * Made per stream, each restore's megabytes became garbage when it ended, which V8 (seeing a
 * small heap) collected late: two VMs restored at once left 30 MiB more on the repository daemon
 * and 65 MiB more on the requester after every restore, and fresh memory cost page faults on
 * every first touch. Kept here, a daemon holds what its busiest moment needed (each stream keeps
 * to its budget: the blocks it has in flight), and between restores no more than `MAX_KEPT` free
 * blocks of each kind.
 *
 * @example
 * ```ts
 * const slot = restoreSlots.take(blockSize + 1)    // aligned: written with O_DIRECT as it is
 * restoreSlots.give(slot)
 * ```
 */
import { alignedBlock } from '../node/core/direct-file.ts'

/** Free blocks kept of each kind between restores. */
const MAX_KEPT = 16

/**
 * Blocks of one size, handed out and taken back. It sets no budget of its own: each stream keeps
 * to its own (its blocks in flight), so that a stream stuck on a frozen disk or pack holds its
 * own blocks and no other stream's. The size given back last is the one kept.
 */
export class BlockPool {
  readonly #make: (bytes: number) => Buffer
  #free: Buffer[] = []
  #bytes = 0
  #out = 0

  constructor (make: (bytes: number) => Buffer) {
    this.#make = make
  }

  /** A block of `bytes` (its contents are whatever was there). */
  take (bytes: number): Buffer {
    this.#out++
    return (bytes === this.#bytes ? this.#free.pop() : undefined) ?? this.#make(bytes)
  }

  /** Takes back a block from {@link take} once nothing refers to it any more. */
  give (block: Buffer): void {
    this.#out--
    if (block.byteLength !== this.#bytes) {
      // another block size (one per job): the blocks of the old one go
      this.#free = []
      this.#bytes = block.byteLength
    }
    if (this.#free.length < MAX_KEPT) this.#free.push(block)
  }

  /** Free blocks kept (for tests). */
  get kept (): number {
    return this.#free.length
  }

  /** Blocks handed out and not given back (for tests). */
  get out (): number {
    return this.#out
  }
}

/** The requester's slots: page-aligned shared memory a codec thread decompresses into and O_DIRECT writes from. */
export const restoreSlots = new BlockPool(alignedBlock)

/** The repository's read buffers: a stored record and its header, read from a pack, then sent. */
export const recordBuffers = new BlockPool((bytes) => Buffer.allocUnsafe(bytes))
