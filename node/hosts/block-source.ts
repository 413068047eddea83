/**
 * @packageDocumentation
 * The contract of a disk read block by block, whatever the transport: {@link BlockSource}, and
 * what every reader shares to keep to it — where block `index` lies ({@link blockTarget}), the
 * error for a CBT question a transport cannot answer, every index in order. The readers
 * (disk-reader.ts, file-source.ts, qcow2-reader.ts, nbd-reader.ts, synthetic.ts) import this
 * contract and never the chooser (open-block-source.ts), so the chooser can import them all
 * without an import cycle.
 *
 * @example
 * ```ts
 * const buf = Buffer.allocUnsafe(source.blockSize)
 * for await (const index of source.blocks()) send(index, await source.read(index, buf))
 * await source.close()
 * ```
 */
import { HostError } from './host.ts'

/** A disk cut into fixed-size blocks, read in any order, several reads in flight. */
export interface BlockSource {
  /** Disk size in bytes. */
  readonly size: number
  /** Bytes per block; the last block may be shorter. */
  readonly blockSize: number
  readonly blockCount: number
  /** Block `index`, into `into` when given (the result is then a view of it); the last block may be short. */
  read(index: number, into?: Buffer): Promise<Buffer>
  /**
   * Block indexes worth reading, ascending, each once. `changedSince`: the name of a dirty bitmap
   * (CBT): only the blocks it marks; a source that cannot answer throws ERR_CBT_UNAVAILABLE (read
   * every block instead). Otherwise every block that may hold data: holes, unallocated and zero
   * extents are skipped when the transport knows them.
   */
  blocks(options?: { changedSince?: string }): AsyncIterable<number>
  /** True once the source saw the image change while it was read (where it can tell). */
  readonly modified?: boolean
  close(): Promise<void>
}

export interface BlockSourceOptions {
  /** The size the inventory or snapshot reported; any other size fails the open. */
  expectedSize: number
  /** Bytes per block. */
  blockSize: number
}

/** The block `index` of a disk of `size` bytes: bounds check, and where to read it (`into`, or a new buffer). Every block source uses it. */
export function blockTarget (what: string, size: number, blockSize: number, index: number, into: Buffer | undefined, init: { file?: string } = {}): { position: number, length: number, buf: Buffer } {
  const blockCount = Math.ceil(size / blockSize)
  if (!Number.isInteger(index) || index < 0 || index >= blockCount) {
    throw new HostError('ERR_BLOCK_OUT_OF_RANGE', `block ${index} is outside ${what} (${blockCount} blocks)`, init)
  }
  const position = index * blockSize
  const length = Math.min(blockSize, size - position)
  let buf: Buffer
  if (into === undefined) {
    buf = Buffer.allocUnsafe(length)
  } else if (into.length >= length) {
    buf = into.length === length ? into : into.subarray(0, length)
  } else {
    throw new HostError('ERR_BUFFER_TOO_SMALL', `a ${into.length}-byte buffer cannot hold block ${index} of ${what} (${length} bytes)`, init)
  }
  return { position, length, buf }
}

/** The error for a CBT question a source cannot answer. */
export function cbtUnavailable (bitmap: string, what: string, init: { file?: string } = {}): HostError {
  return new HostError('ERR_CBT_UNAVAILABLE',
    `${what} cannot tell which blocks changed since bitmap "${bitmap}" (no CBT through this transport); read every block and compare digests with the base point, or use the nbd/hotadd mode`,
    init)
}

/** 0, 1, ..., count - 1. */
export async function * countTo (count: number): AsyncGenerator<number> {
  for (let i = 0; i < count; i++) yield i
}
