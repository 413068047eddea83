/**
 * @packageDocumentation
 * The reading side of pack files (format in packs.ts): a `PackReader` reads one record with one
 * `read`, through a small cache of open file handles, and checks that it holds the block the
 * index says.
 *
 * @example
 * ```ts
 * const reader = new PackReader({ root: join(repo, 'packs'), maxOpen: 64 })
 * const data = await reader.read(location, digest)     // ERR_CORRUPT_BLOCK, ERR_MISSING_PACK
 * reader.evict(packId)                                 // GC deleted or replaced the pack
 * ```
 */
import { open, type FileHandle } from 'node:fs/promises'
import { asBuffer, DIGEST_LENGTH, digestHex } from './digest.ts'
import { isSystemError, RepositoryError } from './errors.ts'
import { decodeRecordHeader, packPath, RECORD_HEADER_LENGTH, type BlockLocation } from './packs.ts'

/** Packs kept elsewhere than in the folder: `read` gives `length` bytes of a pack from `offset`. */
export interface RemotePacks {
  read: (packId: string, offset: number, length: number) => Promise<Buffer>
}

interface OpenPack {
  fh: Promise<FileHandle>
  users: number
  /** dropped by `evict`: closed once its last reader is done */
  evicted?: boolean
}

/** Reads records from packs through a small cache of open file handles. */
export class PackReader {
  private readonly root: string
  private readonly maxOpen: number
  private readonly handles = new Map<string, OpenPack>()
  private readonly remote: RemotePacks | undefined

  /** `remote`: the packs live in a bucket (s3/bucket-packs.ts): a record is one ranged GET. */
  constructor (init: { root: string, maxOpen?: number, remote?: RemotePacks }) {
    this.root = init.root
    this.maxOpen = init.maxOpen ?? 64
    this.remote = init.remote
  }

  /**
   * Reads the record at `location` with one read into one buffer (`into` when it is large
   * enough) and returns its data as a view of it (no copy). Checks the header, its checksum and
   * that it holds `digest`.
   */
  async read (location: BlockLocation, digest: Uint8Array, into?: Buffer): Promise<Buffer> {
    const { packId, offset, length } = location
    const where = `pack ${packId} offset ${offset} (block ${digestHex(digest)})`
    const buf = this.remote !== undefined ? await this.remote.read(packId, offset, RECORD_HEADER_LENGTH + length) : await this.readLocal(location, digest, where, into)
    const header = decodeRecordHeader(buf)
    if (typeof header === 'string') throw corrupt(where, header)
    if (!header.digest.equals(asBuffer(digest).subarray(0, DIGEST_LENGTH))) throw corrupt(where, 'the record holds another block')
    if (header.length !== length || header.rawLength !== location.rawLength || header.compression !== location.compression || header.sealed !== location.sealed) {
      throw corrupt(where, 'the record does not match the index')
    }
    return buf.subarray(RECORD_HEADER_LENGTH)
  }

  private async readLocal (location: BlockLocation, digest: Uint8Array, where: string, into: Buffer | undefined): Promise<Buffer> {
    const { packId, offset, length } = location
    const entry = this.acquire(packId)
    let buf: Buffer
    try {
      const fh = await entry.fh
      buf = into !== undefined && into.byteLength >= RECORD_HEADER_LENGTH + length ? into.subarray(0, RECORD_HEADER_LENGTH + length) : Buffer.allocUnsafe(RECORD_HEADER_LENGTH + length)
      const { bytesRead } = await fh.read(buf, 0, buf.length, offset)
      if (bytesRead < buf.length) throw corrupt(where, 'the pack ends inside the record')
    } catch (err) {
      if (isSystemError(err, 'ENOENT')) {
        throw new RepositoryError('ERR_MISSING_PACK',
          `pack file ${packPath(this.root, packId)} is missing, and with it block ${digestHex(digest)} at offset ${offset}: ` +
          'the restore points that use its blocks are damaged (`meshbackup verify POINT` lists them); put the file back if it was moved, ' +
          'else the next backup of those VMs stores the blocks again', { subject: packId, cause: err })
      }
      throw err
    } finally {
      this.release(entry)
    }
    return buf
  }

  /** Forgets a pack (deleted or replaced by GC): its handle closes once no read uses it. */
  evict (packId: string): void {
    const entry = this.handles.get(packId)
    if (entry === undefined) return
    this.handles.delete(packId)
    entry.evicted = true
    if (entry.users === 0) closeHandle(entry)
  }

  async close (): Promise<void> {
    const all = [...this.handles.values()]
    this.handles.clear()
    await Promise.all(all.map(async e => { await (await e.fh).close() }).map(p => p.catch(() => {})))
  }

  private acquire (packId: string): OpenPack {
    let entry = this.handles.get(packId)
    if (entry !== undefined) {
      this.handles.delete(packId) // re-insert: Map order is the LRU order
    } else {
      const opened: OpenPack = { fh: open(packPath(this.root, packId), 'r'), users: 0 }
      opened.fh.catch(() => { if (this.handles.get(packId) === opened) this.handles.delete(packId) })
      entry = opened
    }
    this.handles.set(packId, entry)
    entry.users++
    return entry
  }

  private release (entry: OpenPack): void {
    entry.users--
    if (entry.evicted === true) {
      if (entry.users === 0) closeHandle(entry)
      return
    }
    if (this.handles.size <= this.maxOpen) return
    for (const [id, e] of this.handles) {
      if (this.handles.size <= this.maxOpen) break
      if (e.users > 0) continue
      this.handles.delete(id)
      e.fh.then(async fh => { await fh.close() }, () => {}).catch(() => {})
    }
  }
}

function closeHandle (entry: OpenPack): void {
  entry.fh.then(async fh => { await fh.close() }, () => {}).catch(() => {})
}

function corrupt (where: string, why: string): RepositoryError {
  return new RepositoryError('ERR_CORRUPT_BLOCK',
    `${where} is corrupt: ${why}; the restore points that use this block are damaged (\`meshbackup verify POINT\` lists their blocks), ` +
    'and the next backup that has this block stores it again', { subject: where })
}
