/**
 * @packageDocumentation
 * The writing side of pack files (format in packs.ts): a `PackWriter` appends the records of one
 * disk writer to one new pack and batches them into few `writev` calls.
 *
 * @example
 * ```ts
 * const pack = new PackWriter({ root: join(repo, 'packs') })
 * const { location, written } = pack.append(digest, 'zstd', rawLength, data)
 * await written                 // in the OS, not yet durable
 * await pack.close()            // fsynced; now the index may point at `location`
 * ```
 */
import { mkdir, open, type FileHandle } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { Compression } from './compression.ts'
import { fsyncDir, writevFully } from './files.ts'
import { encodeRecordHeader, newPackId, packHeader, packPath, PACK_HEADER_LENGTH, RECORD_HEADER_LENGTH, type BlockLocation } from './packs.ts'
import type { TableRecord } from './s3/pack-table.ts'

/** What happens to a pack once it is closed and synced: a bucket-backed repository uploads it (s3/bucket-packs.ts). */
export type PackShipper = (pack: { id: string, path: string, size: number, records: readonly TableRecord[] }) => Promise<void>

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
  private closedNow = false
  private dirSynced = false
  /** the records appended, for the table a shipped pack ends with */
  private readonly records: TableRecord[] | undefined
  private readonly ship: PackShipper | undefined

  /** `ship`: called by `close` once the pack is synced; close resolves only once it is done. */
  constructor (init: { root: string, id?: string, ship?: PackShipper }) {
    this.id = init.id ?? newPackId()
    this.ship = init.ship
    if (init.ship !== undefined) this.records = []
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
   * settles). `written` resolves once the record reached the OS. `sealed`: `data` is a sealed frame.
   */
  append (digest: Uint8Array, compression: Compression, rawLength: number, data: Uint8Array, sealed = false): { location: BlockLocation, written: Promise<void> } {
    if (this.closing !== undefined) throw new Error(`pack ${this.id} is closed`)
    if (this.failed !== undefined) throw this.failed
    const header = encodeRecordHeader(digest, compression, rawLength, data.byteLength, sealed)
    const offset = this.size_
    this.queue.push(header, data)
    this.size_ += RECORD_HEADER_LENGTH + data.byteLength
    const written = this.until(this.size_)
    this.pump()
    const location = { packId: this.id, offset, length: data.byteLength, rawLength, compression, sealed }
    this.records?.push({ digest: Buffer.from(digest.subarray(0, 32)), location })
    return { location, written }
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

  /** True once `close` is done: nothing will write to the file again (it may be made immutable). */
  get finished (): boolean {
    return this.closedNow
  }

  /** Syncs and closes (and ships, when the pack has a shipper); idempotent. Later `sync` calls return the same outcome. */
  close (): Promise<void> {
    this.closing ??= (async () => {
      try {
        await this.syncNow()
      } finally {
        await this.fh?.close().catch(() => {})
        this.closedNow = true
      }
      await this.ship?.({ id: this.id, path: this.path, size: this.size_, records: this.records! })
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
