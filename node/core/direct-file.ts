/**
 * @packageDocumentation
 * A file written around the page cache (O_DIRECT) where the filesystem allows it: a restore
 * writes gigabytes nobody reads back soon, and copying them into fresh page-cache pages cost
 * the restoring node about 1.8 CPU-s per 2 GiB on the development VM (0.2 CPU-s direct), and
 * evicted the host's own cache. Direct I/O needs memory, file offsets and lengths aligned to the
 * device's blocks. Memory from {@link alignedBlock} is page-aligned (shared WebAssembly memory,
 * which V8 maps page-aligned; Node hands out no addresses to align a Buffer by) and is written as
 * it is; other data is copied into the aligned `scratch` the caller lends (the slot a restored
 * block would have been decompressed into), or without one goes through the page cache. So
 * does an unaligned tail, and everything on a filesystem that refuses O_DIRECT.
 *
 * @example
 * ```ts
 * const file = await DirectFile.create('/srv/restore/disk0.raw.partial', size, { blockSize })
 * const slot = alignedBlock(blockSize)      // decompress into it: written without a copy
 * await file.write(slot, index * blockSize)
 * await file.write(storedBlock, index * blockSize, slot)   // copied into the slot, then written
 * await file.writev([slotA, slotB], index * blockSize)     // two blocks side by side, one pwritev
 * await file.sync()
 * await file.close()
 * ```
 */
import { constants } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'

/** Direct I/O alignment: 4 KiB serves devices with 512-byte and 4-KiB logical blocks. */
const ALIGN = 4096
const WASM_PAGE = 64 * 1024

// the memory alignedBlock made: a write from it needs no staging copy
const alignedMemory = new WeakSet<ArrayBufferLike>()

/**
 * `bytes` of page-aligned shared memory (a SharedArrayBuffer, so the codec threads can fill it):
 * a block decompressed into it is written directly, without a staging copy.
 */
export function alignedBlock (bytes: number): Buffer {
  const pages = Math.max(1, Math.ceil(bytes / WASM_PAGE))
  const memory = new WebAssembly.Memory({ initial: pages, maximum: pages, shared: true })
  alignedMemory.add(memory.buffer)
  return Buffer.from(memory.buffer, 0, bytes)
}

export interface DirectFileOptions {
  /** false: always through the page cache */
  direct?: boolean
}

export class DirectFile {
  readonly path: string
  readonly #buffered: FileHandle
  readonly #direct: FileHandle | undefined

  private constructor (path: string, buffered: FileHandle, direct: FileHandle | undefined) {
    this.path = path
    this.#buffered = buffered
    this.#direct = direct
  }

  /** Creates (or empties) `path` with `size` bytes, all holes. */
  static async create (path: string, size: number, options: DirectFileOptions = {}): Promise<DirectFile> {
    const buffered = await open(path, 'w')
    return await DirectFile.#around(path, buffered, size, options, async () => { await buffered.truncate(size) })
  }

  /**
   * Opens an existing file or block device to write `size` bytes over in place: nothing is created
   * or truncated. The open is exclusive, so a block device the kernel holds (mounted, in an LVM or
   * RAID set) is refused with EBUSY.
   */
  static async overwrite (path: string, size: number, options: DirectFileOptions = {}): Promise<DirectFile> {
    const buffered = await open(path, constants.O_WRONLY | constants.O_EXCL)
    return await DirectFile.#around(path, buffered, size, options, async () => {})
  }

  /** Adds a page-cache-bypassing handle to `buffered` where the file takes aligned writes. */
  static async #around (path: string, buffered: FileHandle, size: number, options: DirectFileOptions, prepare: () => Promise<void>): Promise<DirectFile> {
    try {
      await prepare()
      // the probe writes the first 4 KiB: a smaller file would grow
      let direct = options.direct === false || size < ALIGN ? undefined : await openDirect(path)
      // a device or filesystem that wants more than 4 KiB alignment: ordinary writes
      if (direct !== undefined && !await probe(direct)) {
        await direct.close()
        direct = undefined
      }
      return new DirectFile(path, buffered, direct)
    } catch (err) {
      await buffered.close().catch(() => {})
      throw err
    }
  }

  /** Whether writes go around the page cache. */
  get direct (): boolean {
    return this.#direct !== undefined
  }

  /**
   * Writes `data` at `position`; `data` (and `scratch`) may be reused once this resolves.
   * `scratch`: memory from {@link alignedBlock}, at least as large as `data`, to stage `data` in
   * when `data` is not aligned memory itself.
   */
  async write (data: Uint8Array, position: number, scratch?: Buffer): Promise<void> {
    let aligned = this.#direct === undefined || position % ALIGN !== 0 ? 0 : data.byteLength - data.byteLength % ALIGN
    if (aligned > 0 && isAligned(data)) {
      await writeFully(this.#direct!, data, aligned, position)
    } else if (aligned > 0 && scratch !== undefined && isAligned(scratch) && scratch.byteLength >= aligned) {
      scratch.set(data.subarray(0, aligned))
      await writeFully(this.#direct!, scratch, aligned, position)
    } else {
      aligned = 0
    }
    if (aligned < data.byteLength) await writeFully(this.#buffered, data.subarray(aligned), data.byteLength - aligned, position + aligned)
  }

  /**
   * Writes `parts` one after another from `position`, as one pwritev where every part is aligned
   * memory of whole 4-KiB pages (restored blocks side by side: one 4 MiB write ran at 678 MB/s
   * here, 1 MiB writes at 280 MB/s); else part by part as {@link write} does.
   */
  async writev (parts: Uint8Array[], position: number): Promise<void> {
    if (this.#direct !== undefined && position % ALIGN === 0 && parts.every((p) => p.byteLength % ALIGN === 0 && isAligned(p))) {
      await writevFully(this.#direct, parts, position)
      return
    }
    for (const part of parts) {
      await this.write(part, position)
      position += part.byteLength
    }
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

/** Whether `data` can be written with O_DIRECT as it is: memory from {@link alignedBlock}, starting on a 4 KiB boundary. */
export function isAligned (data: Uint8Array): boolean {
  return alignedMemory.has(data.buffer) && data.byteOffset % ALIGN === 0
}

// writes one zeroed aligned block at offset 0 (a hole or a block written later: both read as the
// restore means them to); EINVAL: the alignment is not enough here
async function probe (direct: FileHandle): Promise<boolean> {
  try {
    await direct.write(alignedBlock(ALIGN), 0, ALIGN, 0)
    return true
  } catch (err) {
    if ((err as { code?: string }).code === 'EINVAL') return false
    throw err
  }
}

async function writevFully (fh: FileHandle, parts: Uint8Array[], position: number): Promise<void> {
  let rest = parts.filter((p) => p.byteLength > 0)
  while (rest.length > 0) {
    let { bytesWritten } = await fh.writev(rest, position)
    if (bytesWritten <= 0) throw Object.assign(new Error(`wrote nothing at offset ${position}`), { code: 'EIO' })
    position += bytesWritten
    // a short write (rare: a signal, a full device) goes on from where it stopped
    while (rest.length > 0 && bytesWritten >= rest[0]!.byteLength) bytesWritten -= rest.shift()!.byteLength
    if (rest.length > 0 && bytesWritten > 0) rest = [rest[0]!.subarray(bytesWritten), ...rest.slice(1)]
  }
}

async function writeFully (fh: FileHandle, data: Uint8Array, length: number, position: number): Promise<void> {
  let written = 0
  while (written < length) {
    const { bytesWritten } = await fh.write(data, written, length - written, position + written)
    written += bytesWritten
  }
}
