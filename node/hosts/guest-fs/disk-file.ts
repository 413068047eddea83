/**
 * @packageDocumentation
 * A guest disk opened read-only as one file: a raw image, a snapshot's image in direct mode, or
 * the file nbdfuse shows for an NBD export. Reads are positional and short reads past the end
 * come back as zeros, so partition and superblock probes never see stale bytes.
 *
 * @example
 * ```ts
 * const disk = await DiskFile.open('/tmp/vm.raw')
 * const mbr = await disk.read(0, 512)
 * await disk.close()
 * ```
 */
import { open, type FileHandle } from 'node:fs/promises'
import { GuestFsError } from './guest-fs-error.ts'

/** What the partition and filesystem probes need of a disk: its size and positional reads. */
export interface DiskBytes {
  readonly path: string
  readonly size: number
  read (offset: number, length: number): Promise<Buffer>
}

/** A disk file opened read-only. */
export class DiskFile implements DiskBytes {
  readonly path: string
  readonly size: number
  private readonly handle: FileHandle

  private constructor (path: string, handle: FileHandle, size: number) {
    this.path = path
    this.handle = handle
    this.size = size
  }

  static async open (path: string): Promise<DiskFile> {
    let handle: FileHandle
    try {
      handle = await open(path, 'r')
    } catch (err) {
      throw new GuestFsError('ERR_FS_READ_FAILED', `cannot open the disk ${path}: ${(err as Error).message}`, { subject: path, cause: err })
    }
    const { size } = await handle.stat()
    return new DiskFile(path, handle, size)
  }

  /** `length` bytes at `offset`; what lies past the end of the disk reads as zeros. */
  async read (offset: number, length: number): Promise<Buffer> {
    const buf = Buffer.allocUnsafe(length)
    let done = 0
    while (done < length && offset + done < this.size) {
      let n: number
      try {
        n = (await this.handle.read(buf, done, length - done, offset + done)).bytesRead
      } catch (err) {
        throw new GuestFsError('ERR_FS_READ_FAILED', `cannot read ${length} bytes at ${offset} of the disk ${this.path}: ${(err as Error).message}`, { subject: this.path, cause: err })
      }
      if (n === 0) break
      done += n
    }
    if (done < length) buf.fill(0, done)
    return buf
  }

  async close (): Promise<void> {
    await this.handle.close()
  }
}
