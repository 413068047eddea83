/**
 * @packageDocumentation
 * Reads a raw disk image block by block for the proxy's data path: positioned reads on one
 * file handle (several may be in flight), into a caller's buffer so no block is allocated, and a
 * cheap fstat every few blocks and at close so an image that changes size under us fails the
 * task instead of producing a silently wrong backup.
 *
 * @example
 * ```ts
 * const reader = await DiskReader.open(disk.file, { expectedSize: disk.size, blockSize: 1 << 20 })
 * const buf = Buffer.allocUnsafe(reader.blockSize)
 * for (let i = 0; i < reader.blockCount; i++) {
 *   const block = await reader.read(i, buf)
 *   if (!isZero(block)) send(block)
 * }
 * await reader.close()                 // throws ERR_DISK_SIZE_CHANGED if the image moved
 * if (reader.modified) warn('image written during the read')
 * ```
 */
import { open, type FileHandle } from 'node:fs/promises'
import { blockTarget } from './block-source.ts'
import { HostError } from './host.ts'

export interface DiskReaderOptions {
  /** The size the inventory or snapshot reported; any other size is ERR_DISK_SIZE_CHANGED. */
  expectedSize: number
  /** Bytes per block; the last block may be shorter. */
  blockSize: number
  /** fstat the image after this many reads (default 64) besides at close. */
  checkEvery?: number
  /** mtime (ms) recorded at snapshot time; `modified` compares with it. Default: the mtime at open. */
  expectedMtimeMs?: number
}

/** One open disk image, read in fixed-size blocks. */
export class DiskReader {
  readonly file: string
  readonly size: number
  readonly blockSize: number
  readonly blockCount: number
  readonly #handle: FileHandle
  readonly #checkEvery: number
  readonly #mtimeMs: number
  #reads = 0
  #modified = false
  #closed = false

  private constructor (file: string, handle: FileHandle, size: number, mtimeMs: number, options: DiskReaderOptions) {
    this.file = file
    this.#handle = handle
    this.size = size
    this.blockSize = options.blockSize
    this.blockCount = Math.ceil(size / options.blockSize)
    this.#checkEvery = Math.max(1, options.checkEvery ?? 64)
    this.#mtimeMs = options.expectedMtimeMs ?? mtimeMs
  }

  static async open (file: string, options: DiskReaderOptions): Promise<DiskReader> {
    if (!Number.isInteger(options.blockSize) || options.blockSize <= 0) {
      throw new RangeError(`block size must be a positive integer, got ${options.blockSize}`)
    }
    let handle: FileHandle
    try {
      handle = await open(file, 'r')
    } catch (err) {
      throw new HostError('ERR_DISK_UNREADABLE', `cannot open disk image ${file} (${(err as Error).message}); check that the snapshot still exists and this node can read it`, { file, cause: err })
    }
    try {
      const s = await handle.stat()
      if (s.size !== options.expectedSize) throw sizeChanged(file, options.expectedSize, s.size)
      return new DiskReader(file, handle, s.size, s.mtimeMs, options)
    } catch (err) {
      await handle.close()
      throw err
    }
  }

  /** True once a check saw the image's mtime move: it was written while (or since) being read. */
  get modified (): boolean {
    return this.#modified
  }

  /** Block `index`, read into `into` when given (the result is then a view of it). */
  async read (index: number, into?: Buffer): Promise<Buffer> {
    if (this.#closed) throw new HostError('ERR_READER_CLOSED', `disk reader for ${this.file} is closed`, { file: this.file })
    const { position, length, buf } = blockTarget(this.file, this.size, this.blockSize, index, into, { file: this.file })
    let done = 0
    while (done < length) {
      const { bytesRead } = await this.#handle.read(buf, done, length - done, position + done)
      if (bytesRead === 0) {
        // end of file before the end of the block: the image shrank
        await this.#check()
        throw sizeChanged(this.file, this.size, position + done)
      }
      done += bytesRead
    }
    if (++this.#reads % this.#checkEvery === 0) await this.#check()
    return buf
  }

  /** Final size check, then closes the file (also when the check fails). Safe to call twice. */
  async close (): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    try {
      await this.#check()
    } finally {
      await this.#handle.close()
    }
  }

  async #check (): Promise<void> {
    const s = await this.#handle.stat()
    if (s.mtimeMs !== this.#mtimeMs) this.#modified = true
    if (s.size !== this.size) throw sizeChanged(this.file, this.size, s.size)
  }
}

function sizeChanged (file: string, expected: number, actual: number): HostError {
  return new HostError('ERR_DISK_SIZE_CHANGED',
    `disk image ${file} is ${actual} bytes but was ${expected} bytes at inventory/snapshot time: it changed during the backup. Run the job again (with the VM quiet, or on a reflink-capable filesystem)`,
    { file })
}

// Compared against in slices: memcmp speed without a byte loop in JS; 64 KiB stays in cache.
const ZEROS = Buffer.alloc(64 * 1024)

/** True when every byte of the block is zero. */
export function isZero (block: Uint8Array): boolean {
  for (let offset = 0; offset < block.length; offset += ZEROS.length) {
    const n = Math.min(ZEROS.length, block.length - offset)
    if (Buffer.compare(block.subarray(offset, offset + n), n === ZEROS.length ? ZEROS : ZEROS.subarray(0, n)) !== 0) return false
  }
  return true
}
