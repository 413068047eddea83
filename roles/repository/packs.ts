/**
 * @packageDocumentation
 * Pack files: append-only files of self-describing block records (see FORMAT.md, "Pack files").
 * A `PackWriter` appends records for one disk writer and batches them into few `writev` calls;
 * a `PackReader` reads one record with one `read`; `scanPack` walks a pack to rebuild the index.
 *
 * @example
 * ```ts
 * const pack = new PackWriter({ root: join(repo, 'packs') })
 * const { location, written } = pack.append(digest, 'zstd', rawLength, data)
 * await written                 // in the OS, not yet durable
 * await pack.close()            // fsynced; now the index may point at `location`
 * const data2 = await new PackReader({ root }).read(location, digest)
 * ```
 */
import { randomBytes } from 'node:crypto'
import { mkdir, open, stat, type FileHandle } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { crc32 } from 'node:zlib'
import { compressionCode, compressionFromCode, type Compression } from './compression.ts'
import { asBuffer, DIGEST_LENGTH, digestHex } from './digest.ts'
import { isSystemError, RepositoryError } from './errors.ts'
import { fsyncDir, writevFully } from './files.ts'

export const PACK_MAGIC = Buffer.from('MESHPACK', 'latin1')
export const PACK_VERSION = 1
export const PACK_HEADER_LENGTH = 16
/** "MBLK" read as a little-endian uint32. */
export const RECORD_MAGIC = 0x4b4c424d
export const RECORD_HEADER_LENGTH = 52

/** Where a block lives: its record in a pack, and what the record holds. */
export interface BlockLocation {
  packId: string
  /** Offset of the record (its header) in the pack file. */
  offset: number
  /** Stored (possibly compressed) data length. */
  length: number
  rawLength: number
  compression: Compression
}

/** A decoded record header. */
export interface RecordHeader {
  compression: Compression
  rawLength: number
  length: number
  digest: Buffer
}

export function newPackId (): string {
  return randomBytes(16).toString('hex')
}

export function isPackId (id: string): boolean {
  return /^[0-9a-f]{32}$/.test(id)
}

/** packs/XX/<id>.pack, XX being the id's first two hex digits. */
export function packPath (root: string, id: string): string {
  return join(root, id.slice(0, 2), `${id}.pack`)
}

function packHeader (): Buffer {
  const h = Buffer.alloc(PACK_HEADER_LENGTH)
  PACK_MAGIC.copy(h, 0)
  h.writeUInt32LE(PACK_VERSION, 8)
  return h
}

/** The 52-byte record header; its CRC-32 covers the header, the SHA-256 digest covers the data. */
export function encodeRecordHeader (digest: Uint8Array, compression: Compression, rawLength: number, length: number): Buffer {
  const h = Buffer.allocUnsafe(RECORD_HEADER_LENGTH)
  h.writeUInt32LE(RECORD_MAGIC, 0)
  h[4] = compressionCode(compression)
  h[5] = 0
  h.writeUInt16LE(0, 6)
  h.writeUInt32LE(rawLength, 8)
  h.writeUInt32LE(length, 12)
  h.set(digest.subarray(0, DIGEST_LENGTH), 16)
  h.writeUInt32LE(crc32(h.subarray(0, 48)), 48)
  return h
}

/** Decodes a record header, or returns why it is not one. */
export function decodeRecordHeader (h: Buffer): RecordHeader | string {
  if (h.length < RECORD_HEADER_LENGTH) return 'truncated record header'
  if (h.readUInt32LE(0) !== RECORD_MAGIC) return 'bad record magic'
  if (h.readUInt32LE(48) !== crc32(h.subarray(0, 48))) return 'record header checksum mismatch'
  const compression = compressionFromCode(h[4]!)
  if (compression === undefined) return `unknown compression code ${h[4]}`
  return { compression, rawLength: h.readUInt32LE(8), length: h.readUInt32LE(12), digest: h.subarray(16, 48) }
}

interface Waiter {
  end: number
  resolve: () => void
  reject: (err: Error) => void
}

/** Largest number of buffers and bytes handed to one writev. */
const MAX_BATCH_BUFFERS = 512
const MAX_BATCH_BYTES = 32 * 1024 * 1024

/**
 * Appends records to one new pack file. Offsets are assigned at `append` (synchronously), so
 * concurrent appends never interleave; bytes are written by one loop that takes everything
 * queued since the last write in a single `writev` (group commit: batches grow with load and
 * a lone record is written at once).
 */
export class PackWriter {
  readonly id: string
  readonly path: string
  /** Set by the owner once the block index holds every record of this pack. */
  indexed = false
  private size_: number
  private written = 0
  private queue: Uint8Array[] = []
  private waiters: Waiter[] = []
  private writing = false
  private fh: FileHandle | undefined
  private failed: Error | undefined
  private closing: Promise<void> | undefined
  private dirSynced = false

  constructor (init: { root: string, id?: string }) {
    this.id = init.id ?? newPackId()
    this.path = packPath(init.root, this.id)
    this.queue.push(packHeader())
    this.size_ = PACK_HEADER_LENGTH
    this.pump()
  }

  /** Bytes appended so far: the offset of the next record. */
  get size (): number {
    return this.size_
  }

  /**
   * Queues one record (header + `data`, not copied: `data` must stay unchanged until `written`
   * settles). `written` resolves once the record reached the OS.
   */
  append (digest: Uint8Array, compression: Compression, rawLength: number, data: Uint8Array): { location: BlockLocation, written: Promise<void> } {
    if (this.closing !== undefined) throw new Error(`pack ${this.id} is closed`)
    if (this.failed !== undefined) throw this.failed
    const header = encodeRecordHeader(digest, compression, rawLength, data.byteLength)
    const offset = this.size_
    this.queue.push(header, data)
    this.size_ += RECORD_HEADER_LENGTH + data.byteLength
    const written = this.until(this.size_)
    this.pump()
    return { location: { packId: this.id, offset, length: data.byteLength, rawLength, compression }, written }
  }

  /** Resolves when everything appended so far reached the OS. */
  async flush (): Promise<void> {
    await this.until(this.size_)
  }

  /** Makes everything appended so far durable (file and its directory entry). */
  async sync (): Promise<void> {
    if (this.closing !== undefined) return await this.closing
    await this.syncNow()
  }

  /** Syncs and closes; idempotent. Later `sync` calls return the same outcome. */
  close (): Promise<void> {
    this.closing ??= (async () => {
      try {
        await this.syncNow()
      } finally {
        await this.fh?.close().catch(() => {})
      }
    })()
    return this.closing
  }

  private async syncNow (): Promise<void> {
    await this.flush()
    await this.fh!.sync()
    if (!this.dirSynced) {
      await fsyncDir(dirname(this.path))
      this.dirSynced = true
    }
  }

  private until (end: number): Promise<void> {
    if (this.failed !== undefined) return Promise.reject(this.failed)
    if (this.written >= end) return Promise.resolve()
    return new Promise((resolve, reject) => { this.waiters.push({ end, resolve, reject }) })
  }

  private pump (): void {
    if (this.writing || this.queue.length === 0 || this.failed !== undefined) return
    this.writing = true
    void this.drain()
  }

  private async drain (): Promise<void> {
    try {
      if (this.fh === undefined) {
        await mkdir(dirname(this.path), { recursive: true })
        this.fh = await open(this.path, 'wx')
      }
      while (this.queue.length > 0) {
        let n = 0
        let bytes = 0
        while (n < this.queue.length && n < MAX_BATCH_BUFFERS && (n === 0 || bytes < MAX_BATCH_BYTES)) {
          bytes += this.queue[n]!.byteLength
          n++
        }
        const batch = this.queue.splice(0, n)
        await writevFully(this.fh, batch, this.written)
        this.written += bytes
        let done = 0
        while (done < this.waiters.length && this.waiters[done]!.end <= this.written) this.waiters[done++]!.resolve()
        if (done > 0) this.waiters.splice(0, done)
      }
    } catch (err) {
      this.failed = new Error(`writing pack ${this.path} failed: ${(err as Error).message}`, { cause: err })
      this.queue = []
      for (const w of this.waiters.splice(0)) w.reject(this.failed)
    } finally {
      this.writing = false
    }
  }
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

  constructor (init: { root: string, maxOpen?: number }) {
    this.root = init.root
    this.maxOpen = init.maxOpen ?? 64
  }

  /**
   * Reads the record at `location` with one read into one buffer (`into` when it is large
   * enough) and returns its data as a view of it (no copy). Checks the header, its checksum and
   * that it holds `digest`.
   */
  async read (location: BlockLocation, digest: Uint8Array, into?: Buffer): Promise<Buffer> {
    const { packId, offset, length } = location
    const where = `pack ${packId} offset ${offset} (block ${digestHex(digest)})`
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
          `pack file ${packPath(this.root, packId)} is missing; run a health check and back up again`, { subject: packId, cause: err })
      }
      throw err
    } finally {
      this.release(entry)
    }
    const header = decodeRecordHeader(buf)
    if (typeof header === 'string') throw corrupt(where, header)
    if (!header.digest.equals(asBuffer(digest).subarray(0, DIGEST_LENGTH))) throw corrupt(where, 'the record holds another block')
    if (header.length !== length || header.rawLength !== location.rawLength || header.compression !== location.compression) {
      throw corrupt(where, 'the record does not match the index')
    }
    return buf.subarray(RECORD_HEADER_LENGTH)
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
  return new RepositoryError('ERR_CORRUPT_BLOCK', `${where} is corrupt: ${why}; run a health check`, { subject: where })
}

/** One record found by `scanPack`. */
export interface ScannedRecord {
  offset: number
  header: RecordHeader
  data: Buffer
}

/** What `scanPack` found: records read, and where and why it stopped early (if it did). */
export interface PackScan {
  records: number
  size: number
  end: number
  problem?: string
}

/**
 * Walks a pack from its header, calling `onRecord` for each record whose header is intact, and
 * stops at the first damaged or truncated record (a crash leaves at most a torn tail).
 */
export async function scanPack (path: string, onRecord: (r: ScannedRecord) => Promise<void> | void): Promise<PackScan> {
  const size = (await stat(path)).size
  const fh = await open(path, 'r')
  try {
    const head = Buffer.alloc(PACK_HEADER_LENGTH)
    const r = await fh.read(head, 0, head.length, 0)
    if (r.bytesRead < PACK_HEADER_LENGTH || !head.subarray(0, 8).equals(PACK_MAGIC)) {
      return { records: 0, size, end: 0, problem: 'not a pack file (bad header)' }
    }
    if (head.readUInt32LE(8) !== PACK_VERSION) {
      return { records: 0, size, end: 0, problem: `unsupported pack version ${head.readUInt32LE(8)}` }
    }
    let pos = PACK_HEADER_LENGTH
    let records = 0
    while (pos < size) {
      const hb = Buffer.alloc(RECORD_HEADER_LENGTH)
      const hr = await fh.read(hb, 0, hb.length, pos)
      const header = decodeRecordHeader(hb.subarray(0, hr.bytesRead))
      if (typeof header === 'string') return { records, size, end: pos, problem: `${header} at offset ${pos}` }
      if (pos + RECORD_HEADER_LENGTH + header.length > size) {
        return { records, size, end: pos, problem: `truncated record at offset ${pos}` }
      }
      const data = Buffer.allocUnsafe(header.length)
      const dr = await fh.read(data, 0, data.length, pos + RECORD_HEADER_LENGTH)
      if (dr.bytesRead < data.length) return { records, size, end: pos, problem: `truncated record at offset ${pos}` }
      await onRecord({ offset: pos, header, data })
      records++
      pos += RECORD_HEADER_LENGTH + header.length
    }
    return { records, size, end: pos }
  } finally {
    await fh.close()
  }
}
