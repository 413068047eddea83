/**
 * @packageDocumentation
 * The repository storage engine: a folder holding a content-addressed block store (pack files
 * + a LevelDB index), staged disk manifests and restore point manifests. The on-disk format is
 * described in FORMAT.md beside this file. The repository actor wires a `Repository` to the
 * datapipe and restore protocols; nothing here touches the network. `open` trusts the block
 * index only once it checked out (index-open.ts), and rebuilds it from the packs otherwise.
 *
 * @example
 * ```ts
 * const repo = await Repository.open({ path: '/srv/backup', name: 'main', create: true, log })
 * repo.rebuiltAtOpen                                    // why the index was rebuilt, and the report
 * const writer = await repo.beginDisk(header)           // one per disk of a task
 * for (const block of blocks) await writer.putBlock(block)
 * const { stagedId } = await writer.finish()
 * const point = await repo.commitPoint({ job, sessionId, vm, stagedIds: [stagedId] })
 * const report = await repo.verify(point.id)
 * const release = repo.hold(point.id)                  // a restore reads it: not deletable
 * release()
 * await repo.deletePoints([point.id])                   // { deleted, kept }
 * await repo.gc()                                       // frees the blocks no point needs
 * await repo.rebuildIndex(progress => {})               // the block index again, from the packs
 * await repo.close()
 * ```
 */
import { mkdir, readdir, readFile, rm, stat, statfs } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import type { CommitPoint, PipeHeader } from '../../proto/index.ts'
import { silentLogger, type Logger } from '../../node/core/logger.ts'
import { BlockIndex, type Database } from './block-index.ts'
import type { Compression } from './compression.ts'
import { DIGEST_LENGTH, digestHex, isZeroDigest } from './digest.ts'
import { DiskWriter, type PendingBlock, type WriterContext, type WriterCounters } from './disk-writer.ts'
import { isSystemError, RepositoryError } from './errors.ts'
import { fsyncDir, writeFileAtomic } from './files.ts'
import { collectGarbage, type GcOptions, type GcResult } from './gc.ts'
import type { IndexSeal } from './index-seal.ts'
import { openIndex } from './index-open.ts'
import { checkLevelDb } from './leveldb-check.ts'
import {
  checkId, corruptManifest, decodeDisk, decodePoint, encodePoint, newStagedId, pointPath, POINT_FORMAT,
  readManifest, stagedPath, writeManifest, type StoredDisk, type StoredPoint
} from './manifests.ts'
import { PackReader, type BlockLocation } from './packs.ts'
import { newPointId, PointCatalog, type ListedPoint } from './points.ts'
import { rebuildIndex, type RebuildProgress, type RebuildResult } from './rebuild.ts'
import { ResumeJournal } from './resume-journal.ts'
import { verifyPoint, type VerifyResult } from './verify.ts'

/** First line of the FORMAT file, then the format version. */
export const FORMAT_MAGIC = 'meshbackup-repository'
/** Version 2 adds index.seal and the damage marks; version 1 folders are read and upgraded. */
export const FORMAT_VERSION = 2
const OLDEST_FORMAT = 1
export const MIN_BLOCK_SIZE = 512
export const MAX_BLOCK_SIZE = 64 * 1024 * 1024
export const DEFAULT_PACK_LIMIT = 256 * 1024 * 1024
/** A retry after a crash of the repository re-sends at most this much of a disk's time (and a pack's size). */
export const DEFAULT_CHECKPOINT_MS = 30_000

export interface RepositoryInit {
  /** The repository folder. */
  path: string
  /** The repository's name: must match the one in FORMAT. */
  name: string
  /** Create the layout when the folder is missing or empty. */
  create?: boolean
  /** Pack size after which a writer starts a new pack (default 256 MiB). */
  packLimit?: number
  /** Pack files kept open for reading (default 64). */
  maxOpenPacks?: number
  /** ms after which a disk's pack is made durable and a new one started, for retries to resume from (30 s). */
  checkpointMs?: number
  /** Where open says what it found and did: a distrusted block index, its rebuild. */
  log?: Logger
}

/** What `open` found wrong with the block index, and the rebuild it ran before returning. */
export interface OpenRebuild {
  why: string
  /** where the distrusted index was moved */
  movedTo?: string
  result: RebuildResult
}

/** Activity since the repository was opened. */
export interface RepositoryStats extends WriterCounters {
  openWriters: number
  /** Bytes of new blocks the open writers appended so far. */
  writingBytes: number
  points: number
  /** Points listed as damaged: their manifest cannot be read. */
  damagedPoints: string[]
}

/** The outcome of `deletePoints`, as in PointsDeleted. */
export interface DeleteResult {
  deleted: string[]
  /** `<id>: why` */
  kept: string[]
}

/** Why a point may not be deleted now, and, once read while held, its manifest (for GC). */
interface Hold {
  reasons: string[]
  point?: StoredPoint
}

/** A stored block as it sits in its pack: compressed as sent. */
export interface StoredBlock {
  data: Buffer
  compression: Compression
  rawLength: number
  /** where it was read from */
  location?: BlockLocation
}

const POINT_CACHE_SIZE = 8
/** Digests of a base disk looked up in the index at once. */
const BASE_LOOKUP = 8192

/** A repository folder, open. One instance per folder (LevelDB locks it). */
export class Repository {
  readonly name: string
  readonly path: string

  /** Set when open found the block index untrustworthy and rebuilt it. */
  readonly rebuiltAtOpen: OpenRebuild | undefined

  private readonly db: Database
  private readonly seal: IndexSeal
  private readonly index: BlockIndex
  private readonly reader: PackReader
  private readonly catalog: PointCatalog
  private readonly writers = new Set<DiskWriter>()
  private readonly pending = new Map<string, PendingBlock>()
  private readonly counters: WriterCounters = { blocksStored: 0, bytesStored: 0, blocksDeduped: 0, blocksZero: 0 }
  private readonly packLimit: number
  private readonly checkpointMs: number
  private readonly pointCache = new Map<string, StoredPoint>()
  private readonly locks = new Map<string, Promise<unknown>>()
  private readonly held = new Map<string, Hold>()
  /** beginDisk calls past their GC check that have not registered their writer yet */
  private opening = 0
  private collecting: Promise<void> | undefined
  /** a rebuild of the index: writers, reads and GC wait for it */
  private rebuilding: Promise<void> | undefined
  /** (point, vm, disk) whose every block was found indexed and sound, at a count of index removals */
  private readonly soundBases = new Map<string, number>()
  private closed = false

  private constructor (init: { path: string, name: string, db: Database, seal: IndexSeal, index: BlockIndex, catalog: PointCatalog, packLimit: number, checkpointMs: number, maxOpenPacks: number, rebuilt?: OpenRebuild }) {
    this.path = init.path
    this.name = init.name
    this.db = init.db
    this.seal = init.seal
    this.index = init.index
    this.reader = new PackReader({ root: join(init.path, 'packs'), maxOpen: init.maxOpenPacks })
    this.catalog = init.catalog
    this.packLimit = init.packLimit
    this.checkpointMs = init.checkpointMs
    this.rebuiltAtOpen = init.rebuilt
  }

  /**
   * Opens the repository at `path`, creating it when `create` is set and the folder is missing
   * or empty. Throws ERR_NOT_A_REPOSITORY, ERR_REPOSITORY_NAME_MISMATCH, ERR_UNSUPPORTED_FORMAT
   * or ERR_REPOSITORY_LOCKED.
   */
  static async open (init: RepositoryInit): Promise<Repository> {
    const path = resolve(init.path)
    const name = checkName(init.name)
    const contents = await folderContents(path)
    let format = { version: FORMAT_VERSION, created: '' }
    if (contents === 'missing' || contents === 'empty') {
      if (init.create !== true) {
        throw new RepositoryError('ERR_NOT_A_REPOSITORY',
          `there is no repository at ${path}; create one with the create option`, { subject: path })
      }
      await createLayout(path, name)
    } else {
      format = await checkFormat(path, name, contents)
    }
    const log = init.log ?? silentLogger
    await mkdir(join(path, 'tmp'), { recursive: true })
    for (const f of await readdir(join(path, 'tmp'))) await rm(join(path, 'tmp', f), { recursive: true, force: true })
    const opened = await openIndex({ root: path })
    const { db, seal } = opened
    try {
      const index = new BlockIndex({ db, seal })
      await index.load()
      const catalog = new PointCatalog({ db, repository: name })
      let rebuilt: OpenRebuild | undefined
      if (opened.distrust !== undefined) {
        log.warn('the block index cannot be trusted: rebuilding it from the packs and restore points before serving',
          { repository: name, path, why: opened.distrust, movedTo: opened.movedTo })
        const result = await rebuildIndex({
          root: path,
          index,
          seal,
          catalog,
          progressEveryMs: 5000,
          onProgress: p => log.info('rebuilding the block index', { repository: name, ...p })
        })
        log[result.problems.length > 0 || result.incompletePoints.length > 0 ? 'warn' : 'info']('block index rebuilt', {
          repository: name,
          packs: result.packs,
          bytesScanned: result.bytesScanned,
          recordsIndexed: result.recordsIndexed,
          recordsDamaged: result.recordsDamaged,
          regionsSkipped: result.regionsSkipped,
          bytesSkipped: result.bytesSkipped,
          points: result.points,
          damagedPoints: result.damagedPoints,
          incompletePoints: result.incompletePoints,
          durationMs: result.durationMs,
          problems: result.problems.slice(0, 20)
        })
        rebuilt = { why: opened.distrust, movedTo: opened.movedTo, result }
      } else if (opened.sealedNow === true) {
        log.info('block index checked against the restore points and sealed (a repository of an older meshbackup)', { repository: name, path })
      }
      const { damaged } = await catalog.load(path)
      if (damaged.length > 0) log.warn('restore points with a damaged manifest: listed as damaged, they cannot be restored', { repository: name, points: damaged })
      // the index is sealed now: the folder is a version 2 repository
      if (format.version < FORMAT_VERSION) await writeFormat(path, name, format.created)
      return new Repository({
        path, name, db, seal, index, catalog, packLimit: init.packLimit ?? DEFAULT_PACK_LIMIT, checkpointMs: init.checkpointMs ?? DEFAULT_CHECKPOINT_MS, maxOpenPacks: init.maxOpenPacks ?? 64, rebuilt
      })
    } catch (err) {
      await seal.flush().catch(() => {})
      await db.close().catch(() => {})
      throw err
    }
  }

  /**
   * Starts receiving one disk. With `header.basePoint` the digest list starts as that point's
   * digests for (vm, disk), cut or extended with zero digests to the new size; otherwise all
   * zero. Throws ERR_NO_SUCH_POINT, ERR_BASE_MISMATCH (other VM, other block size) or
   * ERR_BAD_ARGUMENT.
   */
  async beginDisk (header: PipeHeader): Promise<DiskWriter> {
    this.checkOpen()
    // A writer dedups against index entries that a running GC may be sweeping, or that a
    // rebuild has not put back yet: wait for either.
    while (this.collecting !== undefined || this.rebuilding !== undefined) await (this.collecting ?? this.rebuilding)
    this.checkOpen()
    // an earlier attempt of the task still receiving (its proxy died unseen) gives way: this one
    // resumes from what it made durable
    const resumeKey = header.resumeKey ?? ''
    if (resumeKey !== '') await Promise.all([...this.writers].filter(w => w.resumeKey === resumeKey).map(async w => { await w.abort({ keep: true }) }))
    this.checkOpen()
    this.opening++
    const basePoint = header.basePoint ?? ''
    const release = basePoint !== '' ? this.hold(basePoint, 'it is the base of a backup in progress') : undefined
    try {
      const writer = await this.openWriter(header, release)
      this.writers.add(writer)
      return writer
    } catch (err) {
      release?.()
      throw err
    } finally {
      this.opening--
    }
  }

  private async openWriter (header: PipeHeader, release: (() => void) | undefined): Promise<DiskWriter> {
    const vm = header.vm ?? ''
    const disk = header.disk ?? 0
    const size = header.size ?? 0
    const blockSize = header.blockSize ?? 0
    if (vm === '') throw badArgument('the pipe header names no VM')
    if (!Number.isSafeInteger(size) || size < 0) throw badArgument(`disk size ${size} is not valid`)
    if (!Number.isInteger(blockSize) || blockSize < MIN_BLOCK_SIZE || blockSize > MAX_BLOCK_SIZE) {
      throw badArgument(`block size ${blockSize} is not supported (${MIN_BLOCK_SIZE} to ${MAX_BLOCK_SIZE} bytes)`)
    }
    const blocks = Math.ceil(size / blockSize)
    const digests = Buffer.alloc(blocks * DIGEST_LENGTH)
    const required: number[] = []
    const basePoint = header.basePoint ?? ''
    if (basePoint !== '') {
      const base = await this.baseDisk(basePoint, vm, disk)
      if (base !== undefined) {
        await this.checkBaseBlocks(basePoint, base)
        if (base.blockSize !== blockSize) {
          throw new RepositoryError('ERR_BASE_MISMATCH',
            `base point ${basePoint} has ${base.blockSize}-byte blocks for disk ${disk} of ${vm}, this backup uses ${blockSize}; run a full backup`,
            { subject: basePoint })
        }
        const common = Math.min(blocks, base.digests.length / DIGEST_LENGTH)
        base.digests.copy(digests, 0, 0, common * DIGEST_LENGTH)
        // The last common block changes length when the size changed within it: its old digest
        // describes other bytes, so the sender has to send it (a zero block stays zero).
        const last = common - 1
        if (last >= 0 && Math.min(blockSize, size - last * blockSize) !== Math.min(blockSize, base.size - last * blockSize) &&
          !isZeroDigest(digests, last * DIGEST_LENGTH)) {
          digests.fill(0, last * DIGEST_LENGTH, common * DIGEST_LENGTH)
          required.push(last)
        }
      }
    }
    const resumeKey = header.resumeKey ?? ''
    const journal = resumeKey === '' ? undefined : new ResumeJournal({ root: this.path, key: resumeKey, geometry: { vm, disk, size, blockSize, basePoint } })
    const resumed = await journal?.load(this.index) ?? { blocks: [], settledBelow: 0 }
    for (const r of resumed.blocks) r.digest.copy(digests, r.at * DIGEST_LENGTH)
    // a block that must be sent was sent if it is journaled; else a mark cannot cover it
    const sent = new Set(resumed.blocks.map(r => r.at))
    const stillRequired = required.filter(at => !sent.has(at))
    for (const at of stillRequired) resumed.settledBelow = Math.min(resumed.settledBelow, at)
    try {
      this.checkOpen()
    } catch (err) {
      await journal?.close()
      throw err
    }
    return new DiskWriter({
      context: this.writerContext(release),
      stagedId: newStagedId(),
      geometry: { vm, disk, diskName: header.diskName ?? '', size, blockSize, cbtBitmap: header.cbtBitmap ?? '' },
      digests,
      required: stillRequired,
      journal,
      resumeKey,
      resumed
    })
  }

  /**
   * The digest list of (vm, disk) in a point, as sent to a proxy comparing digests; undefined
   * when the point has no such disk. Throws ERR_NO_SUCH_POINT, or ERR_BASE_MISMATCH when the
   * point belongs to another VM.
   */
  async baseDigests (pointId: string, vm: string, disk: number): Promise<{ size: number, blockSize: number, digests: Buffer } | undefined> {
    this.checkOpen()
    const d = await this.baseDisk(pointId, vm, disk)
    if (d === undefined) return undefined
    await this.checkBaseBlocks(pointId, d)
    return { size: d.size, blockSize: d.blockSize, digests: d.digests }
  }

  /**
   * An incremental inherits the digests of the blocks that did not change: each must be indexed
   * and not known damaged, or the new point would refer to a block that cannot be read.
   * ERR_BASE_UNUSABLE names the first missing block; a full backup stores them again.
   */
  private async checkBaseBlocks (pointId: string, disk: StoredDisk): Promise<void> {
    const key = `${pointId}\n${disk.index}`
    if (this.soundBases.get(key) === this.index.removals) return
    const removals = this.index.removals
    const wanted: Buffer[] = []
    const seen = new Set<string>()
    for (let at = 0; at < disk.digests.length; at += DIGEST_LENGTH) {
      if (isZeroDigest(disk.digests, at)) continue
      const d = disk.digests.subarray(at, at + DIGEST_LENGTH)
      const k = d.toString('latin1')
      if (seen.has(k)) continue
      seen.add(k)
      wanted.push(d)
    }
    let missing = 0
    let damaged = 0
    let first: string | undefined
    for (let i = 0; i < wanted.length; i += BASE_LOOKUP) {
      const chunk = wanted.slice(i, i + BASE_LOOKUP)
      const found = await this.index.getMany(chunk)
      found.forEach((loc, k) => {
        if (loc === undefined) {
          missing++
          first ??= `block ${digestHex(chunk[k]!)} is not in the block index`
        } else if (this.index.damage(chunk[k]!) !== undefined) {
          damaged++
          first ??= `block ${digestHex(chunk[k]!)} is damaged (${this.index.damage(chunk[k]!)})`
        }
      })
    }
    if (first !== undefined) {
      throw new RepositoryError('ERR_BASE_UNUSABLE',
        `base point ${pointId} cannot seed disk ${disk.index}: ${missing} of its blocks are not in the block index and ${damaged} are damaged (${first}); ` +
        'back the disk up in full (that stores them again and repairs the points that use them)', { subject: pointId })
    }
    if (this.soundBases.size > 256) this.soundBases.clear()
    this.soundBases.set(key, removals)
  }

  /** The newest point of a job's VM that is not damaged. */
  async latestPoint (job: string, vm: string): Promise<ListedPoint | undefined> {
    this.checkOpen()
    const p = this.catalog.latest(job, vm)
    return p === undefined ? undefined : copySummary(p)
  }

  /**
   * Turns staged disks into a restore point: reads them, writes points/<id>.point atomically,
   * records its summary and removes the staged files. The id is `c.pointId` or a new one (see
   * FORMAT.md). Committing again an existing point with the same content returns it
   * (idempotent); otherwise ERR_POINT_EXISTS. ERR_NO_SUCH_STAGED_DISK names a missing disk.
   */
  async commitPoint (c: CommitPoint): Promise<ListedPoint> {
    this.checkOpen()
    const vm = c.vm ?? ''
    const stagedIds = c.stagedIds ?? []
    if (vm === '') throw badArgument('the commit names no VM')
    if (stagedIds.length === 0) throw badArgument(`the commit of ${vm} names no staged disks`)
    if (new Set(stagedIds).size !== stagedIds.length) throw badArgument(`the commit of ${vm} names a staged disk twice`)
    for (const sid of stagedIds) checkId('staged disk', sid)
    const id = c.pointId != null && c.pointId !== '' ? checkId('point', c.pointId) : newPointId(vm)
    const meta = { job: c.job ?? '', sessionId: c.sessionId ?? '', vm, host: c.host ?? '' }
    // a rebuild summarizes the point files it finds: a point appears after it, not during it
    while (this.rebuilding !== undefined) await this.rebuilding

    return await this.locked(id, async () => {
      const disks: StoredDisk[] = []
      const missing: string[] = []
      for (const sid of stagedIds) {
        const path = stagedPath(this.path, sid)
        try {
          disks.push(decodeDisk(await readManifest(path), path))
        } catch (err) {
          if (!isSystemError(err, 'ENOENT')) throw err
          missing.push(sid)
        }
      }
      const existing = await this.findPoint(id)
      if (existing !== undefined) {
        const sameMeta = existing.job === meta.job && existing.sessionId === meta.sessionId && existing.vm === meta.vm && existing.host === meta.host
        if (!sameMeta || !disks.every(d => existing.disks.some(e => sameDisk(d, e)))) {
          throw new RepositoryError('ERR_POINT_EXISTS', `restore point ${id} already exists with other content; use another point id`, { subject: id })
        }
        await this.removeStaged(stagedIds)
        return copySummary(this.catalog.get(id) ?? await this.catalog.add(existing))
      }
      if (missing.length > 0) {
        throw new RepositoryError('ERR_NO_SUCH_STAGED_DISK',
          `staged disk ${missing[0]} of ${vm} does not exist (never finished, or already committed); back the disk up again`,
          { subject: missing[0] })
      }
      if (new Set(disks.map(d => d.index)).size !== disks.length) throw badArgument(`the commit of ${vm} has two disks with the same index`)
      const point: StoredPoint = { format: POINT_FORMAT, id, ...meta, createdAtMs: Date.now(), disks }
      await writeManifest({ root: this.path, path: pointPath(this.path, id), bytes: encodePoint(point) })
      this.cachePoint(point)
      const summary = await this.catalog.add(point)
      await this.removeStaged(stagedIds)
      return copySummary(summary)
    })
  }

  /** Visible points, oldest first; empty filter fields match all. */
  async listPoints (filter: { job?: string | null, vm?: string | null } = {}): Promise<ListedPoint[]> {
    this.checkOpen()
    return this.catalog.list(filter).map(copySummary)
  }

  /**
   * A point's manifest (shared with a cache: do not modify). ERR_NO_SUCH_POINT names the id;
   * ERR_CORRUPT_MANIFEST (the point is then listed as damaged) names the file.
   */
  async getPoint (id: string): Promise<StoredPoint> {
    this.checkOpen()
    const p = await this.findPoint(id)
    if (p === undefined) {
      throw new RepositoryError('ERR_NO_SUCH_POINT', `restore point ${id} does not exist in repository ${this.name}; list the points to pick one`, { subject: id })
    }
    // A held point read now may be deleted before its reader is done: GC marks it all the same.
    const h = this.held.get(id)
    if (h !== undefined) h.point = p
    return p
  }

  /**
   * Marks a point as in use (`why`: "being restored", …) until `release()` is called: it is
   * kept by `deletePoints`, and once read through `getPoint` its blocks survive GC even if it
   * was deleted just before. Release is idempotent.
   */
  hold (pointId: string, why = 'it is being restored'): () => void {
    let h = this.held.get(pointId)
    if (h === undefined) this.held.set(pointId, h = { reasons: [] })
    const hold = h
    hold.reasons.push(why)
    let released = false
    return () => {
      if (released) return
      released = true
      hold.reasons.splice(hold.reasons.indexOf(why), 1)
      if (hold.reasons.length === 0 && this.held.get(pointId) === hold) this.held.delete(pointId)
    }
  }

  /**
   * Deletes restore points: removes points/<id>.point (directory fsynced) and its summary;
   * their blocks stay until `gc`. A point in use (see `hold`, or the base of an open writer)
   * is kept, as is an unknown id, each with the reason ("<id>: why").
   */
  async deletePoints (ids: Iterable<string>): Promise<DeleteResult> {
    this.checkOpen()
    while (this.rebuilding !== undefined) await this.rebuilding
    const deleted: string[] = []
    const kept: string[] = []
    for (const id of new Set(ids)) {
      let path: string
      try {
        path = pointPath(this.path, id)
      } catch {
        kept.push(`${id}: not a valid point id`)
        continue
      }
      await this.locked(id, async () => {
        try {
          await stat(path)
        } catch (err) {
          if (!isSystemError(err, 'ENOENT')) throw err
          kept.push(`${id}: no such point`)
          return
        }
        const h = this.held.get(id)
        if (h !== undefined) {
          kept.push(`${id}: ${[...new Set(h.reasons)].join('; ')}`)
          return
        }
        await rm(path, { force: true })
        await fsyncDir(dirname(path))
        this.pointCache.delete(id)
        await this.catalog.remove(id)
        deleted.push(id)
      })
    }
    return { deleted, kept }
  }

  /**
   * Garbage collection (see gc.ts and FORMAT.md): removes the blocks no point or staged disk
   * refers to and compacts mostly-dead packs. Refused with ERR_REPOSITORY_BUSY while disks are
   * being written or another collection runs (retry when the backups are done); `beginDisk`
   * waits while it runs. Problems that stop it are in the report, nothing removed.
   */
  async gc (options: GcOptions = {}): Promise<GcResult> {
    this.checkOpen()
    if (this.collecting !== undefined) {
      throw new RepositoryError('ERR_REPOSITORY_BUSY', `a garbage collection of repository ${this.name} is already running; wait for its report`, { subject: this.name })
    }
    if (this.rebuilding !== undefined) {
      throw new RepositoryError('ERR_REPOSITORY_BUSY', `the block index of repository ${this.name} is being rebuilt; run garbage collection when the rebuild is done`, { subject: this.name })
    }
    const busy = this.writers.size + this.opening
    if (busy > 0) {
      throw new RepositoryError('ERR_REPOSITORY_BUSY',
        `repository ${this.name} has ${busy} disks being written; run garbage collection when no backup is running`, { subject: this.name })
    }
    const run = collectGarbage({
      ...options,
      root: this.path,
      repository: this.name,
      index: this.index,
      reader: this.reader,
      held: [...this.held.values()].flatMap(h => h.point === undefined ? [] : [h.point])
    })
    const settled = run.then(() => {}, () => {})
    this.collecting = settled
    try {
      return await run
    } finally {
      if (this.collecting === settled) this.collecting = undefined
    }
  }

  /**
   * A stored block as stored (compressed as sent), read into `into` when it is large enough (see
   * PackReader.read). ERR_MISSING_BLOCK when it is not indexed; ERR_CORRUPT_BLOCK (the block is
   * then marked damaged, so the next backup that has it stores it again) when its record fails
   * its checks.
   */
  async readBlock (digest: Uint8Array, into?: Buffer): Promise<StoredBlock> {
    this.checkOpen()
    if (digest.byteLength !== DIGEST_LENGTH) throw badArgument(`a block digest has ${DIGEST_LENGTH} bytes, not ${digest.byteLength}`)
    while (this.rebuilding !== undefined) await this.rebuilding
    const location = await this.index.get(digest)
    if (location === undefined) {
      throw new RepositoryError('ERR_MISSING_BLOCK',
        `block ${digestHex(digest)} is not stored in repository ${this.name}${isZeroDigest(digest) ? ' (it is the zero-block marker)' : ''}: ` +
        'the restore points that use it are damaged; back their VMs up in full to store it again ' +
        '(when many blocks are missing, the block index may be damaged: `meshbackup repository rebuild` rebuilds it from the packs)',
        { subject: digestHex(digest) })
    }
    let where = location
    let data: Buffer
    try {
      try {
        data = await this.reader.read(where, digest, into)
      } catch (err) {
        // GC may have moved the block to a new pack between the lookup and the read.
        const again = (err as RepositoryError).code === 'ERR_MISSING_PACK' ? await this.index.get(digest) : undefined
        if (again === undefined || again.packId === where.packId) throw err
        where = again
        data = await this.reader.read(where, digest, into)
      }
    } catch (err) {
      const code = (err as RepositoryError).code
      if (code === 'ERR_CORRUPT_BLOCK' || code === 'ERR_MISSING_PACK') await this.markBlockDamaged(digest, (err as Error).message)
      throw err
    }
    return { data, compression: where.compression, rawLength: where.rawLength, location: where }
  }

  /** A block's stored copy is bad: the next backup that has the block stores it again. */
  private async markBlockDamaged (digest: Uint8Array, why: string): Promise<void> {
    if (this.closed) return
    await this.index.markDamaged(digest, why).catch(() => {})
  }

  /**
   * Health check of a point: reads its manifest again from disk (not from the cache: the file is
   * what a restart reads) and re-reads, decompresses and re-hashes every block of every disk;
   * checks the block index's files too. Problems, each naming the disk, block and pack offset,
   * are reported, not thrown: a damaged manifest lists the point as damaged, a damaged block is
   * marked so that the next backup stores it again. ERR_NO_SUCH_POINT is thrown.
   */
  async verify (pointId: string, onProgress?: (blocksDone: number, blocksTotal: number) => void): Promise<VerifyResult> {
    this.checkOpen()
    const release = this.hold(pointId, 'it is being verified')
    try {
      let point: StoredPoint
      try {
        point = await this.readPointFile(pointId)
      } catch (err) {
        const code = (err as RepositoryError).code
        if (code !== 'ERR_CORRUPT_MANIFEST' && code !== 'ERR_UNSUPPORTED_FORMAT') throw err
        return { pointId, ok: false, blocksChecked: 0, bytesChecked: 0, problems: [`restore point ${pointId} is damaged: ${(err as Error).message}`] }
      }
      const h = this.held.get(pointId)
      if (h !== undefined) h.point = point
      const report = await verifyPoint({
        point,
        readBlock: async d => await this.readBlock(d),
        onDamaged: async (d, why) => { await this.markBlockDamaged(d, why) },
        onProgress
      })
      const index = await checkLevelDb(join(this.path, 'index'), { open: true })
      for (const p of index.problems) {
        report.problems.push(`block index: ${p}; rebuild it with \`meshbackup repository rebuild\``)
        report.ok = false
      }
      return report
    } finally {
      release()
    }
  }

  /** Bytes available to this process in the repository's file system. */
  async freeBytes (): Promise<number> {
    const s = await statfs(this.path)
    return s.bavail * s.bsize
  }

  stats (): RepositoryStats {
    return {
      ...this.counters,
      openWriters: this.writers.size,
      writingBytes: [...this.writers].reduce((sum, w) => sum + w.bytesWritten, 0),
      points: this.catalog.size,
      damagedPoints: this.catalog.list().filter(p => p.damaged).map(p => p.id)
    }
  }

  /**
   * Rebuilds the block index from the packs and the point summaries from the manifests (see
   * rebuild.ts). Refused with ERR_REPOSITORY_BUSY while disks are being written, a collection
   * runs or another rebuild does; meanwhile new writers and block reads wait.
   */
  async rebuildIndex (onProgress?: (p: RebuildProgress) => void): Promise<RebuildResult> {
    this.checkOpen()
    if (this.rebuilding !== undefined || this.collecting !== undefined) {
      throw new RepositoryError('ERR_REPOSITORY_BUSY',
        `repository ${this.name} is ${this.rebuilding !== undefined ? 'rebuilding its block index' : 'collecting garbage'}; rebuild when it is done`, { subject: this.name })
    }
    const busy = this.writers.size + this.opening
    if (busy > 0) {
      throw new RepositoryError('ERR_REPOSITORY_BUSY',
        `repository ${this.name} has ${busy} disks being written; rebuild its block index when no backup is running`, { subject: this.name })
    }
    const run = rebuildIndex({ root: this.path, index: this.index, seal: this.seal, catalog: this.catalog, onProgress })
    const settled = run.then(() => {}, () => {})
    this.rebuilding = settled
    try {
      return await run
    } finally {
      this.soundBases.clear()
      this.pointCache.clear()
      if (this.rebuilding === settled) this.rebuilding = undefined
    }
  }

  /** Aborts open writers (one already finishing completes) and closes the index. */
  async close (): Promise<void> {
    if (this.closed) return
    this.closed = true
    await Promise.all([...this.writers].map(async w => { await w.shutdown() }))
    await this.collecting
    await this.rebuilding
    await Promise.allSettled([...this.locks.values()])
    await this.reader.close()
    await this.index.settled()
    await this.seal.flush()
    await this.db.close()
  }

  /** `release` lets go of the writer's base point once the writer is done. */
  private writerContext (release?: () => void): WriterContext {
    return {
      root: this.path,
      index: this.index,
      pending: this.pending,
      packLimit: this.packLimit,
      checkpointMs: this.checkpointMs,
      counters: this.counters,
      onClosed: w => {
        this.writers.delete(w)
        release?.()
      }
    }
  }

  private async baseDisk (pointId: string, vm: string, disk: number): Promise<StoredDisk | undefined> {
    const point = await this.getPoint(pointId)
    if (point.vm !== vm) {
      throw new RepositoryError('ERR_BASE_MISMATCH', `base point ${pointId} belongs to VM ${point.vm}, not ${vm}`, { subject: pointId })
    }
    return point.disks.find(d => d.index === disk)
  }

  /** The point, or undefined when its file does not exist. */
  private async findPoint (id: string): Promise<StoredPoint | undefined> {
    const cached = this.pointCache.get(id)
    if (cached !== undefined) return cached
    try {
      return await this.readPointFile(id)
    } catch (err) {
      if ((err as RepositoryError).code === 'ERR_NO_SUCH_POINT') return undefined
      throw err
    }
  }

  /**
   * Reads points/<id>.point (not the cache). A manifest that cannot be read lists the point as
   * damaged, with why; one read whole lists it as sound again (its file was put back).
   */
  private async readPointFile (id: string): Promise<StoredPoint> {
    const path = pointPath(this.path, id)
    let point: StoredPoint
    try {
      point = decodePoint(await readManifest(path), path)
      if (point.id !== id) throw corruptManifest(path, `it holds point ${point.id}`)
    } catch (err) {
      if (isSystemError(err, 'ENOENT')) {
        throw new RepositoryError('ERR_NO_SUCH_POINT', `restore point ${id} does not exist in repository ${this.name}; list the points to pick one`, { subject: id })
      }
      this.pointCache.delete(id)
      const code = (err as RepositoryError).code
      if (code === 'ERR_CORRUPT_MANIFEST' || code === 'ERR_UNSUPPORTED_FORMAT') {
        await this.catalog.markDamaged(id, (err as Error).message, await stat(path).then(st => st.mtimeMs, () => Date.now()))
      }
      throw err
    }
    this.cachePoint(point)
    await this.catalog.markSound(point)
    return point
  }

  private cachePoint (point: StoredPoint): void {
    this.pointCache.delete(point.id)
    this.pointCache.set(point.id, point)
    if (this.pointCache.size > POINT_CACHE_SIZE) this.pointCache.delete(this.pointCache.keys().next().value!)
  }

  private async removeStaged (ids: string[]): Promise<void> {
    await Promise.all(ids.map(async sid => { await rm(stagedPath(this.path, sid), { force: true }) }))
  }

  /** Runs `fn` after every earlier call for the same key settled. */
  private async locked<T> (key: string, fn: () => Promise<T>): Promise<T> {
    const before = this.locks.get(key) ?? Promise.resolve()
    const run = before.then(fn, fn)
    const tail = run.catch(() => {})
    this.locks.set(key, tail)
    try {
      return await run
    } finally {
      if (this.locks.get(key) === tail) this.locks.delete(key)
    }
  }

  private checkOpen (): void {
    if (this.closed) throw new RepositoryError('ERR_REPOSITORY_CLOSED', `repository ${this.name} is closed`, { subject: this.path })
  }
}

function badArgument (message: string): RepositoryError {
  return new RepositoryError('ERR_BAD_ARGUMENT', message)
}

function checkName (name: string): string {
  if (typeof name !== 'string' || name.trim() === '' || name.length > 200 || /[\r\n]/.test(name)) {
    throw badArgument(`repository name "${name}" is not valid (one line, 1 to 200 characters)`)
  }
  return name.trim()
}

function sameDisk (a: StoredDisk, b: StoredDisk): boolean {
  return a.index === b.index && a.name === b.name && a.size === b.size && a.blockSize === b.blockSize && a.digests.equals(b.digests)
}

function copySummary (p: ListedPoint): ListedPoint {
  return { ...p, disks: p.disks.map(d => ({ ...d })) }
}

/** 'missing', 'empty', or the folder's entries. */
async function folderContents (path: string): Promise<'missing' | 'empty' | string[]> {
  let entries: string[]
  try {
    if (!(await stat(path)).isDirectory()) {
      throw new RepositoryError('ERR_NOT_A_REPOSITORY', `${path} is a file, not a repository folder`, { subject: path })
    }
    entries = await readdir(path)
  } catch (err) {
    if (isSystemError(err, 'ENOENT')) return 'missing'
    throw err
  }
  return entries.length === 0 ? 'empty' : entries
}

async function createLayout (path: string, name: string): Promise<void> {
  for (const dir of ['tmp', 'staging', 'points', 'index', 'packs']) await mkdir(join(path, dir), { recursive: true })
  await Promise.all(Array.from({ length: 256 }, async (_, i) => {
    await mkdir(join(path, 'packs', i.toString(16).padStart(2, '0')), { recursive: true })
  }))
  // FORMAT last: a folder without it is not (yet) a repository.
  await writeFormat(path, name, new Date().toISOString())
}

async function writeFormat (path: string, name: string, created: string): Promise<void> {
  const text = `${FORMAT_MAGIC} ${FORMAT_VERSION}\nname: ${name}\ncreated: ${created}\n`
  await writeFileAtomic({ tmpDir: join(path, 'tmp'), path: join(path, 'FORMAT'), data: [Buffer.from(text, 'utf8')] })
}

/** Checks FORMAT; returns its version and creation time. */
async function checkFormat (path: string, name: string, entries: string[]): Promise<{ version: number, created: string }> {
  if (!entries.includes('FORMAT')) {
    throw new RepositoryError('ERR_NOT_A_REPOSITORY',
      `${path} is not a meshbackup repository (no FORMAT file) and not empty; pick an empty folder`, { subject: path })
  }
  const lines = (await readFile(join(path, 'FORMAT'), 'utf8')).split('\n')
  const m = /^(\S+) (\d+)$/.exec(lines[0]?.trim() ?? '')
  if (m === null || m[1] !== FORMAT_MAGIC) {
    throw new RepositoryError('ERR_NOT_A_REPOSITORY', `${path} is not a meshbackup repository (its FORMAT file says otherwise)`, { subject: path })
  }
  const version = Number(m[2])
  if (version < OLDEST_FORMAT || version > FORMAT_VERSION) {
    throw new RepositoryError('ERR_UNSUPPORTED_FORMAT',
      `repository ${path} has format ${m[2]}; this meshbackup reads formats ${OLDEST_FORMAT} to ${FORMAT_VERSION}: upgrade meshbackup`, { subject: path })
  }
  const stored = lines.find(l => l.startsWith('name: '))?.slice('name: '.length).trim()
  if (stored !== name) {
    throw new RepositoryError('ERR_REPOSITORY_NAME_MISMATCH',
      `the folder ${path} holds repository "${stored ?? ''}", not "${name}"; check the configured path and name`, { subject: path })
  }
  const created = lines.find(l => l.startsWith('created: '))?.slice('created: '.length).trim() ?? ''
  return { version, created }
}

export { DiskWriter } from './disk-writer.ts'
export type { DiskWriterResult, PutResult } from './disk-writer.ts'
export { ZERO_DIGEST } from './digest.ts'
export { RepositoryError, isUserError } from './errors.ts'
export type { ListedPoint } from './points.ts'
export type { StoredPoint, StoredDisk } from './manifests.ts'
export type { VerifyResult } from './verify.ts'
export type { GcOptions, GcResult, GcStep } from './gc.ts'
