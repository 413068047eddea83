/**
 * @packageDocumentation
 * Shared memory for frames assembled from many chunks, handed out and taken back per connection.
 *
 * TLS hands data over in 16 KiB records, so every block frame is assembled from many; assembling
 * it in memory from this pool, and taking that memory back once the reader releases the message,
 * lets the next frame use the same memory (and the codec threads read it without a copy).
 * Megabyte frames allocated one after another kept the daemon's garbage collector marking its
 * whole heap several times a second.
 *
 * The memory is page-aligned (node/core/direct-file.ts's alignedBlock) and a frame is placed so
 * that it ends on a 4 KiB boundary: a block frame carries its payload last, so a stored block of
 * whole pages (a restored block kept uncompressed) lies aligned in it and is written to disk with
 * O_DIRECT from the frame itself, without a copy into a slot.
 *
 * @example
 * ```ts
 * const pool = new FramePool()
 * const decoder = new FrameDecoder({ maxFrameBytes, allocate: (bytes) => pool.take(bytes) })
 * // … once nothing refers to a frame's bytes any more:
 * pool.give(frame)
 * ```
 */
import { alignedBlock } from '../../node/core/direct-file.ts'

/** Frames end on this boundary in their memory: direct I/O's alignment. */
const FRAME_END_ALIGN = 4096

/** Frames assembled from several chunks are at least this large: one size recycles well. */
export const POOLED_FRAME_BYTES = 1024 * 1024 + 4096
/**
 * Free frame buffers kept. Every frame ever made was in use at one time (the readers hold as many
 * as their windows and their work in flight), so keeping them all costs no more memory than the
 * peak did. Keeping 8 made a new megabyte each time a reader caught up and fell behind again:
 * 112 and more per backup of four disks, against 64 to 80 with 32.
 */
const POOL_LIMIT = 32

/** Shared buffers for frames, handed out and taken back. */
export class FramePool {
  readonly #free: SharedArrayBuffer[] = []
  readonly #ours = new WeakSet<ArrayBufferLike>()

  /** Memory for a frame of `bytes`, from its start: the frame ends on a 4 KiB boundary. */
  take (bytes: number): Uint8Array {
    const room = Math.ceil(bytes / FRAME_END_ALIGN) * FRAME_END_ALIGN
    let memory = this.#free.pop()
    if (memory === undefined || memory.byteLength < room) {
      memory = alignedBlock(Math.max(room, POOLED_FRAME_BYTES)).buffer as SharedArrayBuffer
      this.#ours.add(memory)
    }
    return Buffer.from(memory, room - bytes)
  }

  give (frame: Uint8Array): void {
    const memory = frame.buffer
    if (this.#ours.has(memory) && this.#free.length < POOL_LIMIT && !this.#free.includes(memory as SharedArrayBuffer)) this.#free.push(memory as SharedArrayBuffer)
  }
}

/**
 * The process's frames, shared by every connection. A pool per connection made each new one
 * (a backup's disk, a restore's lane) allocate its megabytes afresh while the last one's were
 * still waiting for the collector: 43 fresh frames per backup of four disks on the repository,
 * with their page faults, and two restores' worth of RSS at once.
 */
export const sharedFramePool = new FramePool()
