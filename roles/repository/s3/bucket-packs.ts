/**
 * @packageDocumentation
 * The packs of a bucket-backed repository. A pack is written on the node as in a folder
 * repository; when it is closed (synced) it is uploaded whole, its record table appended
 * (pack-table.ts), as one object `packs/XX/<id>.pack` (multipart above the store's threshold),
 * and its local file is removed: the index never points at a pack that is not in the bucket.
 * Blocks are read back with ranged GETs.
 *
 * Object Lock (FORMAT.md, "S3 repositories"): with a lock period, a pack goes up with a
 * COMPLIANCE retention of the period plus a slack; a point committed later that uses a pack whose
 * retention ends before the point's own lock moves it to the point's lock date plus the slack
 * (`cover`), so a daily incremental re-locks a reused pack once per slack, not every day. The
 * retention each pack was given is remembered in the index's LevelDB ("r" + pack id) so that
 * neither a commit nor GC asks the bucket for it; a pack it does not know (after a takeover) is
 * extended once.
 *
 * @example
 * ```ts
 * const packs = new BucketPacks({ store, db, lease, retainNew: () => new Date(…) })
 * await packs.ship(packWriter)                      // uploaded, local file gone
 * const bytes = await packs.read(packId, offset, length)
 * const calls = await packs.cover(packIds, lockUntilMs)  // retention extensions made
 * ```
 */
import { readFile, rm } from 'node:fs/promises'
import type { Database } from '../block-index.ts'
import { RepositoryError } from '../errors.ts'
import { isPackId } from '../packs.ts'
import type { PackStorage } from '../pack-storage.ts'
import type { BucketLease } from './bucket-lease.ts'
import type { ObjectStore } from './object-store.ts'
import { decodePackTable, encodePackTable, readTableTrailer, TABLE_ENTRY_LENGTH, TABLE_TAIL_GUESS, TABLE_TRAILER_LENGTH, type TableRecord } from './pack-table.ts'

export const DAY_MS = 24 * 3600_000
/** Veeam's "block generation": a pack's lock runs this much past the point that needed it. */
export const DEFAULT_LOCK_SLACK_DAYS = 10
/** Retention extensions sent at once. */
const EXTEND_IN_FLIGHT = 16
const RETENTION_PREFIX = 0x72 // "r"
const VERSION_PREFIX = 0x76 // "v"

/** A closed pack on the node, ready to go up. */
export interface ShippablePack {
  id: string
  path: string
  /** bytes of the pack file (header and records) */
  size: number
  records: readonly TableRecord[]
}

export function packKey (id: string): string {
  return `packs/${id.slice(0, 2)}/${id}.pack`
}

export interface BucketPacksInit {
  store: ObjectStore
  db: Database
  lease: BucketLease
  /** the retention a new pack gets now (undefined: no lock period) */
  retainNew: () => Date | undefined
  slackDays?: number
  /** the bucket keeps versions (every Object Lock bucket): reads name the version this node wrote */
  versioned?: boolean
}

/** Counters of bucket calls a repository's session log and bench report. */
export interface BucketPackCounters {
  packsUploaded: number
  bytesUploaded: number
  retentionExtensions: number
  rangeReads: number
}

export class BucketPacks implements PackStorage {
  readonly kind = 's3' as const
  readonly counters: BucketPackCounters = { packsUploaded: 0, bytesUploaded: 0, retentionExtensions: 0, rangeReads: 0 }
  readonly slackMs: number
  private readonly store: ObjectStore
  private readonly db: Database
  private readonly lease: BucketLease
  private readonly retainNew: () => Date | undefined
  private readonly versioned: boolean
  /** pack id → the version that holds it: the first one written (a later version is nobody's pack) */
  private readonly versions = new Map<string, string>()

  constructor (init: BucketPacksInit) {
    this.versioned = init.versioned === true
    this.store = init.store
    this.db = init.db
    this.lease = init.lease
    this.retainNew = init.retainNew
    this.slackMs = (init.slackDays ?? DEFAULT_LOCK_SLACK_DAYS) * DAY_MS
  }

  /** Uploads a closed pack with its record table, then removes its local file. */
  async ship (pack: ShippablePack): Promise<void> {
    this.lease.check()
    const file = await readFile(pack.path)
    if (file.length !== pack.size) {
      throw new RepositoryError('ERR_CORRUPT_BLOCK', `pack ${pack.path} holds ${file.length} bytes, ${pack.size} were written; it is not uploaded`, { subject: pack.id })
    }
    const body = Buffer.concat([file, encodePackTable(pack.records, file.length)])
    const retainUntil = this.retainNew()
    const put = await this.store.put(packKey(pack.id), body, { retainUntil })
    if (this.versioned && put.versionId !== undefined) await this.rememberVersion(pack.id, put.versionId)
    if (retainUntil !== undefined) await this.remember(pack.id, retainUntil.getTime())
    this.counters.packsUploaded++
    this.counters.bytesUploaded += body.length
    await rm(pack.path, { force: true })
  }

  /** `length` bytes of a pack from `offset`: a record. */
  async read (packId: string, offset: number, length: number): Promise<Buffer> {
    this.counters.rangeReads++
    try {
      return await this.store.getRange(packKey(packId), offset, length, { versionId: await this.versionOf(packId) })
    } catch (err) {
      const code = (err as { code?: string }).code
      if (code === 'ERR_S3_NO_SUCH_KEY') {
        throw new RepositoryError('ERR_MISSING_PACK',
          `pack ${packKey(packId)} is missing from bucket "${this.store.bucket}": the restore points that use its blocks are damaged (\`meshbackup verify POINT\` lists them); ` +
          'the next backup of those VMs stores the blocks again', { subject: packId, cause: err })
      }
      throw err
    }
  }

  async list (): Promise<Map<string, number>> {
    const out = new Map<string, number>()
    if (this.versioned) {
      // versions come newest first per key: the last one seen is the first written, the pack
      // (a version put later, by whoever holds the bucket's keys, is not read)
      for await (const v of this.store.listVersions('packs/')) {
        const id = /^packs\/[0-9a-f]{2}\/([0-9a-f]{32})\.pack$/.exec(v.key)?.[1]
        if (id === undefined || v.deleteMarker) continue
        out.set(id, v.size)
        this.versions.set(id, v.versionId)
      }
      for (const [id, versionId] of this.versions) if (out.has(id)) await this.rememberVersion(id, versionId)
      return out
    }
    for await (const o of this.store.list('packs/')) {
      const id = /^packs\/[0-9a-f]{2}\/([0-9a-f]{32})\.pack$/.exec(o.key)?.[1]
      if (id !== undefined && isPackId(id)) out.set(id, o.size)
    }
    return out
  }

  /** The records of a pack from the table at its end: one ranged GET, two for a long table. */
  async records (id: string, size: number): Promise<TableRecord[] | string> {
    const first = Math.min(size, TABLE_TAIL_GUESS)
    const versionId = await this.versionOf(id)
    let tail = await this.store.getRange(packKey(id), size - first, first, { versionId })
    const trailer = readTableTrailer(tail, size)
    if (typeof trailer === 'string') return trailer
    const need = trailer.count * TABLE_ENTRY_LENGTH + TABLE_TRAILER_LENGTH
    if (need > tail.length) tail = await this.store.getRange(packKey(id), size - need, need, { versionId })
    return decodePackTable(tail, size, id)
  }

  /** Removes every version of a pack; 'locked' when a retention forbids it yet (kept, tried again by the next GC). */
  async remove (id: string): Promise<'deleted' | 'locked'> {
    this.lease.check()
    const known = await this.retention(id)
    if (known !== undefined && known > Date.now()) return 'locked'
    const versions = []
    for await (const v of this.store.listVersions(packKey(id))) if (v.key === packKey(id)) versions.push({ key: v.key, versionId: v.versionId })
    const { locked } = await this.store.delete(versions)
    if (locked.length > 0) return 'locked'
    await this.db.del(retentionKey(id))
    await this.db.del(prefixed(VERSION_PREFIX, id))
    this.versions.delete(id)
    return 'deleted'
  }

  /**
   * Makes every pack in `packIds` retained at least until `untilMs`: each one whose known
   * retention ends sooner is extended to `untilMs` plus the slack. Returns the extensions made.
   */
  async cover (packIds: Iterable<string>, untilMs: number): Promise<number> {
    const due: string[] = []
    for (const id of new Set(packIds)) {
      const known = await this.retention(id)
      if (known === undefined || known < untilMs) due.push(id)
    }
    const until = new Date(untilMs + this.slackMs)
    let next = 0
    const worker = async (): Promise<void> => {
      while (next < due.length) {
        const id = due[next++]!
        this.lease.check()
        await this.store.extendRetention({ key: packKey(id), versionId: await this.versionOf(id) }, until)
        await this.remember(id, until.getTime())
        this.counters.retentionExtensions++
      }
    }
    await Promise.all(Array.from({ length: Math.min(EXTEND_IN_FLIGHT, due.length) }, worker))
    return due.length
  }

  /** The version holding the pack (undefined: the bucket keeps no versions, or it is not known: the latest). */
  private async versionOf (id: string): Promise<string | undefined> {
    if (!this.versioned) return undefined
    let v = this.versions.get(id)
    if (v === undefined) {
      v = (await this.db.get(prefixed(VERSION_PREFIX, id)))?.toString('utf8')
      if (v !== undefined) this.versions.set(id, v)
    }
    return v
  }

  private async rememberVersion (id: string, versionId: string): Promise<void> {
    this.versions.set(id, versionId)
    await this.db.put(prefixed(VERSION_PREFIX, id), Buffer.from(versionId, 'utf8'))
  }

  /** The retention date this node gave the pack, if it knows it. */
  private async retention (id: string): Promise<number | undefined> {
    const v = await this.db.get(retentionKey(id))
    return v === undefined ? undefined : Number(v.readBigUInt64LE(0))
  }

  private async remember (id: string, untilMs: number): Promise<void> {
    const v = Buffer.alloc(8)
    v.writeBigUInt64LE(BigInt(Math.ceil(untilMs / 1000) * 1000))
    await this.db.put(retentionKey(id), v)
  }
}

function retentionKey (id: string): Buffer {
  return prefixed(RETENTION_PREFIX, id)
}

function prefixed (prefix: number, id: string): Buffer {
  return Buffer.concat([Buffer.from([prefix]), Buffer.from(id, 'hex')])
}
