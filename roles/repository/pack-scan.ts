/**
 * @packageDocumentation
 * Scanning a pack file (format in packs.ts) from its header to its end, record by record, as the
 * index rebuild and the fault tests do: past damaged records and torn tails, so that every
 * intact block is found again.
 *
 * @example
 * ```ts
 * const scan = await scanPack(path, { onRecord: (r, damage) => {} })   // scan.skipped
 * ```
 */
import { open, stat, type FileHandle } from 'node:fs/promises'
import type { DigestAlgorithm } from './digest.ts'
import { codecPool } from '../../node/core/codec-pool.ts'
import { sealedBlockProblem } from './sealed-blocks.ts'
import { decodeRecordHeader, PACK_HEADER_LENGTH, PACK_MAGIC, PACK_VERSION, RECORD_HEADER_LENGTH, type RecordHeader } from './packs.ts'

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
   * Checks a record's data (default: decompress and re-hash in the codec threads; a sealed
   * record's frame checksum, sealed-blocks.ts); resolves to why it is damaged, or undefined when
   * it is good.
   */
  verify?: (r: ScannedRecord) => Promise<string | undefined>
  /** the repository's block digest, for the default check (SHA-256) */
  algorithm?: DigestAlgorithm
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

/** A plain record's data decompresses and hashes to its digest; a sealed one's frame checks without the key. */
async function defaultVerify (r: ScannedRecord, algorithm: DigestAlgorithm): Promise<string | undefined> {
  if (r.header.sealed) return sealedBlockProblem(r.data, r.header)
  try {
    const { digest } = await codecPool().unpack({ input: r.data, compression: r.header.compression, rawLength: r.header.rawLength, algorithm })
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
 * the search cannot index wrong bytes (a sealed one, its frame's CRC-32: see FORMAT.md).
 */
export async function scanPack (path: string, options: ScanOptions): Promise<PackScan> {
  const verify = options.verify ?? (async (r: ScannedRecord) => await defaultVerify(r, options.algorithm ?? 'sha256'))
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
