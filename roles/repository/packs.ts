/**
 * @packageDocumentation
 * Pack files: append-only files of self-describing block records (see FORMAT.md, "Pack files").
 * A `PackWriter` appends records for one disk writer and batches them into few `writev` calls;
 * a `PackReader` reads one record with one `read`; `scanPack` walks a pack to rebuild the index,
 * past damaged records.
 *
 * @example
 * ```ts
 * const pack = new PackWriter({ root: join(repo, 'packs') })
 * const { location, written } = pack.append(digest, 'zstd', rawLength, data)
 * await written                 // in the OS, not yet durable
 * await pack.close()            // fsynced; now the index may point at `location`
 * const data2 = await new PackReader({ root }).read(location, digest)
 * const scan = await scanPack(pack.path, { onRecord: (r, damage) => {} })   // scan.skipped
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
import { codecPool } from '../../node/core/codec-pool.ts'

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
  /** Set once another writer deduplicated against a record of it: the pack must outlive its owner. */
  borrowed = false
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
          `pack file ${packPath(this.root, packId)} is missing, and with it block ${digestHex(digest)} at offset ${offset}: ` +
          'the restore points that use its blocks are damaged (`meshbackup verify POINT` lists them); put the file back if it was moved, ' +
          'else the next backup of those VMs stores the blocks again', { subject: packId, cause: err })
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
  return new RepositoryError('ERR_CORRUPT_BLOCK',
    `${where} is corrupt: ${why}; the restore points that use this block are damaged (\`meshbackup verify POINT\` lists their blocks), ` +
    'and the next backup that has this block stores it again', { subject: where })
}

/** One record found by `scanPack`. */
export interface ScannedRecord {
  offset: number
  header: RecordHeader
  /** the stored data: a view of the scan's read buffer, valid after the callback */
  data: Buffer
}

/** Bytes a scan could not read as records: a damaged header and all up to the next record. */
export interface SkippedRegion {
  offset: number
  bytes: number
  why: string
}

/** What `scanPack` found. */
export interface PackScan {
  /** records with an intact header, damaged data or not */
  records: number
  size: number
  skipped: SkippedRegion[]
  /** the file is not a pack this version reads: nothing of it was scanned */
  problem?: string
}

export interface ScanOptions {
  /**
   * Checks a record's data (default: decompress and re-hash in the codec threads); resolves to
   * why it is damaged, or undefined when it is good.
   */
  verify?: (r: ScannedRecord) => Promise<string | undefined>
  /** A record with an intact header; `damage` says why its data is bad (undefined: good). */
  onRecord: (r: ScannedRecord, damage: string | undefined) => Promise<void> | void
  /** Records checked at once (4). */
  inFlight?: number
  /** Bytes of the pack read so far. */
  onBytes?: (done: number) => void
}

/** Bytes read from a pack at once by a scan. */
const SCAN_WINDOW = 8 * 1024 * 1024
const MAGIC_BYTES = Buffer.from([0x4d, 0x42, 0x4c, 0x4b])

/** Sequential reads of a file through a window; views of a replaced window stay valid. */
class ScanWindow {
  private buf = Buffer.alloc(0)
  private start = 0
  private readonly fh: FileHandle
  readonly size: number

  constructor (fh: FileHandle, size: number) {
    this.fh = fh
    this.size = size
  }

  /** A view of [pos, pos + len), cut at the end of the file. */
  async bytes (pos: number, len: number): Promise<Buffer> {
    const end = Math.min(this.size, pos + len)
    if (pos >= this.start && end <= this.start + this.buf.length) return this.buf.subarray(pos - this.start, end - this.start)
    const n = Math.min(Math.max(SCAN_WINDOW, end - pos), this.size - pos)
    const b = Buffer.allocUnsafe(n)
    let got = 0
    while (got < n) {
      const { bytesRead } = await this.fh.read(b, got, n - got, pos + got)
      if (bytesRead === 0) break
      got += bytesRead
    }
    this.buf = b.subarray(0, got)
    this.start = pos
    return this.buf.subarray(0, Math.max(0, Math.min(got, end - pos)))
  }
}

async function defaultVerify (r: ScannedRecord): Promise<string | undefined> {
  try {
    const { digest } = await codecPool().unpack({ input: r.data, compression: r.header.compression, rawLength: r.header.rawLength })
    return digest.equals(r.header.digest) ? undefined : 'its bytes do not hash to its digest'
  } catch (err) {
    return `it does not decompress as ${r.header.compression} to ${r.header.rawLength} bytes (${(err as Error).message})`
  }
}

/**
 * Walks a pack from its header. Each record with an intact header (magic and CRC) goes to
 * `onRecord` with the verdict of `verify` on its data; the header gives the next record's
 * offset. A damaged header (or one whose record runs past the end) loses that boundary: the
 * scan searches on from the next byte for a header that is intact, fits in the pack and whose
 * data verifies, and goes on from there; the bytes in between are reported as skipped. A torn
 * tail (a crash during an append) is such a region reaching the end of the pack. A record found
 * by the search inside another's data is a real copy of a stored block (its digest checks), so
 * the search cannot index wrong bytes.
 */
export async function scanPack (path: string, options: ScanOptions): Promise<PackScan> {
  const verify = options.verify ?? defaultVerify
  const size = (await stat(path)).size
  const fh = await open(path, 'r')
  const inflight = new Set<Promise<void>>()
  try {
    const win = new ScanWindow(fh, size)
    const head = await win.bytes(0, PACK_HEADER_LENGTH)
    if (head.length < PACK_HEADER_LENGTH || !head.subarray(0, 8).equals(PACK_MAGIC)) {
      return { records: 0, size, skipped: [], problem: 'not a pack file (bad pack header)' }
    }
    if (head.readUInt32LE(8) !== PACK_VERSION) {
      return { records: 0, size, skipped: [], problem: `unsupported pack version ${head.readUInt32LE(8)}` }
    }
    const skipped: SkippedRegion[] = []
    let records = 0
    const limit = Math.max(1, options.inFlight ?? 4)
    let failure: unknown
    const deliver = (r: ScannedRecord, damage: Promise<string | undefined>): Promise<void> => {
      records++
      const p: Promise<void> = damage.then(async d => { await options.onRecord(r, d) })
        .catch((err: unknown) => { failure ??= err })
        .finally(() => inflight.delete(p))
      inflight.add(p)
      return p
    }
    /** The next record at or after `from` that is intact and verifies, if any. */
    const resync = async (from: number): Promise<{ record: ScannedRecord } | undefined> => {
      let at = from
      while (at + RECORD_HEADER_LENGTH <= size) {
        const chunk = await win.bytes(at, SCAN_WINDOW)
        const hit = chunk.indexOf(MAGIC_BYTES)
        if (hit < 0) {
          at += Math.max(1, chunk.length - (MAGIC_BYTES.length - 1))
          continue
        }
        const q = at + hit
        at = q + 1
        const h = decodeRecordHeader(Buffer.from(await win.bytes(q, RECORD_HEADER_LENGTH)))
        if (typeof h === 'string' || q + RECORD_HEADER_LENGTH + h.length > size) continue
        const record = { offset: q, header: h, data: await win.bytes(q + RECORD_HEADER_LENGTH, h.length) }
        if (await verify(record) === undefined) return { record }
      }
      return undefined
    }

    let pos = PACK_HEADER_LENGTH
    while (pos < size && failure === undefined) {
      while (inflight.size >= limit) await Promise.race(inflight)
      options.onBytes?.(pos)
      const hb = await win.bytes(pos, RECORD_HEADER_LENGTH)
      let header = decodeRecordHeader(Buffer.from(hb))
      if (typeof header !== 'string' && pos + RECORD_HEADER_LENGTH + header.length > size) {
        header = `a record of ${header.length} bytes runs past the end of the pack (${size} bytes)`
      }
      if (typeof header === 'string') {
        const found = await resync(pos + 1)
        const end = found?.record.offset ?? size
        skipped.push({ offset: pos, bytes: end - pos, why: `${header} at offset ${pos}` })
        if (found === undefined) break
        void deliver(found.record, Promise.resolve(undefined))
        pos = found.record.offset + RECORD_HEADER_LENGTH + found.record.header.length
        continue
      }
      const record = { offset: pos, header, data: await win.bytes(pos + RECORD_HEADER_LENGTH, header.length) }
      void deliver(record, verify(record))
      pos += RECORD_HEADER_LENGTH + header.length
    }
    await Promise.all(inflight)
    if (failure !== undefined) throw failure
    options.onBytes?.(size)
    return { records, size, skipped }
  } finally {
    await Promise.allSettled(inflight)
    await fh.close()
  }
}
