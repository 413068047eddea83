/**
 * @packageDocumentation
 * A file written around the page cache (O_DIRECT) where the filesystem allows it: a restore
 * writes gigabytes nobody reads back soon, and copying them into fresh page-cache pages cost
 * the restoring node about 1.8 CPU-s per 2 GiB on the development VM (0.2 CPU-s direct), and
 * evicted the host's own cache. Direct I/O needs memory, file offsets and lengths aligned to the
 * device's blocks: each write is copied into a page-aligned staging buffer (WebAssembly memory,
 * which V8 maps page-aligned; Node hands out no addresses to align a Buffer by) and its aligned
 * part written directly; an unaligned tail goes through the page cache. A filesystem that
 * refuses O_DIRECT (tmpfs) gets ordinary writes.
 *
 * @example
 * ```ts
 * const file = await DirectFile.create('/srv/restore/disk0.raw.partial', size, { blockSize })
 * await file.write(block, index * blockSize)
 * await file.sync()
 * await file.close()
 * ```
 */
import { constants } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'

/** Direct I/O alignment: 4 KiB serves devices with 512-byte and 4-KiB logical blocks. */
const ALIGN = 4096
const WASM_PAGE = 64 * 1024

export interface DirectFileOptions {
  /** the largest write (a block); staging buffers are this large */
  blockSize: number
  /** writes that may be in flight at once (4) */
  slots?: number
  /** false: always through the page cache */
  direct?: boolean
}

export class DirectFile {
  readonly path: string
  readonly #buffered: FileHandle
  readonly #direct: FileHandle | undefined
  readonly #free: Buffer[]
  readonly #waiting: Array<(slot: Buffer) => void> = []

  private constructor (path: string, buffered: FileHandle, direct: FileHandle | undefined, slots: Buffer[]) {
    this.path = path
    this.#buffered = buffered
    this.#direct = direct
    this.#free = slots
  }

  /** Creates (or empties) `path` with `size` bytes, all holes. */
  static async create (path: string, size: number, options: DirectFileOptions): Promise<DirectFile> {
    const buffered = await open(path, 'w')
    try {
      await buffered.truncate(size)
      // the probe writes the first 4 KiB: a smaller file would grow
      const direct = options.direct === false || size < ALIGN ? undefined : await openDirect(path)
      const slots: Buffer[] = []
      if (direct !== undefined) {
        const bytes = Math.ceil(options.blockSize / WASM_PAGE) * WASM_PAGE
        for (let i = 0; i < (options.slots ?? 4); i++) slots.push(Buffer.from(new WebAssembly.Memory({ initial: bytes / WASM_PAGE }).buffer))
        // a device or filesystem that wants more than 4 KiB alignment: ordinary writes
        if (!await probe(direct, slots[0]!)) {
          await direct.close()
          return new DirectFile(path, buffered, undefined, [])
        }
      }
      return new DirectFile(path, buffered, direct, slots)
    } catch (err) {
      await buffered.close().catch(() => {})
      throw err
    }
  }

  /** Whether writes go around the page cache. */
  get direct (): boolean {
    return this.#direct !== undefined
  }

  /** Writes `data` at `position`; `data` may be reused once this resolves. */
  async write (data: Uint8Array, position: number): Promise<void> {
    const aligned = this.#direct === undefined || position % ALIGN !== 0 ? 0 : data.byteLength - data.byteLength % ALIGN
    if (aligned > 0) {
      const slot = this.#free.pop() ?? await new Promise<Buffer>((resolve) => this.#waiting.push(resolve))
      try {
        slot.set(data.subarray(0, aligned))
        await writeFully(this.#direct!, slot, aligned, position)
      } finally {
        const next = this.#waiting.shift()
        if (next !== undefined) next(slot)
        else this.#free.push(slot)
      }
    }
    if (aligned < data.byteLength) await writeFully(this.#buffered, data.subarray(aligned), data.byteLength - aligned, position + aligned)
  }

  /** Makes every write durable (direct writes may still sit in the device's cache). */
  async sync (): Promise<void> {
    await Promise.all([this.#buffered.sync(), this.#direct?.sync()])
  }

  async close (): Promise<void> {
    await Promise.all([this.#buffered.close(), this.#direct?.close()])
  }
}

async function openDirect (path: string): Promise<FileHandle | undefined> {
  const flag = constants.O_DIRECT
  if (flag === undefined) return undefined
  try {
    return await open(path, constants.O_WRONLY | flag)
  } catch (err) {
    if ((err as { code?: string }).code === 'EINVAL') return undefined
    throw err
  }
}

// writes one zeroed aligned block at offset 0 (a hole or a block written later: both read as the
// restore means them to); EINVAL: the alignment is not enough here
async function probe (direct: FileHandle, slot: Buffer): Promise<boolean> {
  try {
    await direct.write(slot, 0, ALIGN, 0)
    return true
  } catch (err) {
    if ((err as { code?: string }).code === 'EINVAL') return false
    throw err
  }
}

async function writeFully (fh: FileHandle, data: Uint8Array, length: number, position: number): Promise<void> {
  let written = 0
  while (written < length) {
    const { bytesWritten } = await fh.write(data, written, length - written, position + written)
    written += bytesWritten
  }
}
