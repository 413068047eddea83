/**
 * @packageDocumentation
 * The repository storage engine: a folder holding a content-addressed block store (pack files
 * + a LevelDB index), staged disk manifests and restore point manifests. The on-disk format is
 * described in FORMAT.md beside this file. The repository actor wires a `Repository` to the
 * datapipe and restore protocols; nothing here touches the network. `open` trusts the block
 * index only once it checked out (index-open.ts), and rebuilds it from the packs otherwise.
 *
 * `Repository` is the facade: opening (repository-open.ts), setting up writers (writer-open.ts),
 * the point files (point-store.ts), block reads (block-reads.ts), verify, GC and rebuild each live
 * in their own file. What stays here is what ties them together: writers, GC and index rebuilds
 * exclude one another, and nothing runs once the repository is closed.
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
import { statfs } from 'node:fs/promises'
import { join } from 'node:path'
import type { CommitPoint, PipeHeader } from '../../proto/index.ts'
import type { Logger } from '../../node/core/logger.ts'
import { BaseBlockCheck } from './base-blocks.ts'
import type { BlockIndex, Database } from './block-index.ts'
import { readIndexedBlock, type StoredBlock } from './block-reads.ts'
import { blocksHeld } from './block-presence.ts'
import { DIGEST_LENGTH, type DigestAlgorithm } from './digest.ts'
import { digestAlgorithmOf } from './repository-format.ts'
import type { DiskWriter, PendingBlock, WriterContext, WriterCounters } from './disk-writer.ts'
import { badArgument, RepositoryError } from './errors.ts'
import { collectGarbage, type GcOptions, type GcResult } from './gc.ts'
import type { IndexSeal } from './index-seal.ts'
import { checkLevelDb } from './leveldb-check.ts'
import type { StoredDisk, StoredPoint } from './manifests.ts'
import { PackReader } from './pack-reader.ts'
import { ImmutableFiles } from './immutable-files.ts'
import { PointLocks, type LockedAction } from './point-locks.ts'
import { PointStore, type DeleteResult, type PointMirror } from './point-store.ts'
import type { ListedPoint, PointCatalog } from './points.ts'
import { rebuildIndex, type RebuildProgress, type RebuildResult } from './rebuild.ts'
import { openRepository, type OpenRebuild } from './repository-open.ts'
import { verifyPoint, type VerifyResult } from './verify.ts'
import { verifyDuePoints, type VerifyDueOptions, type VerifyDueReport } from './verify-due.ts'
import { openDiskWriter } from './writer-open.ts'
import type { PackStorage } from './pack-storage.ts'
import type { PackShipper } from './pack-writer.ts'
import type { BucketBackend } from './s3/bucket-backend.ts'
import { BucketPacks, DAY_MS } from './s3/bucket-packs.ts'
import type { BlockLocation } from './packs.ts'

export const DEFAULT_PACK_LIMIT = 256 * 1024 * 1024
/** A bucket's packs are uploaded whole once full: big enough for few requests, small enough to start uploading early. */
export const DEFAULT_BUCKET_PACK_LIMIT = 32 * 1024 * 1024
/** A retry after a crash of the repository re-sends at most this much of a disk's time (and a pack's size). */
export const DEFAULT_CHECKPOINT_MS = 30_000

export interface RepositoryInit {
  /** The repository folder. */
  path: string
  /** The repository's name: must match the one in FORMAT. */
  name: string
  /** Create the layout when the folder is missing or empty. */
  create?: boolean
  /**
   * The format of a repository created now: 3 (the default) names blocks by BLAKE3, 2 by SHA-256
   * (for copies to and from format 2 repositories). An existing folder keeps its own.
   */
  format?: number
  /** Pack size after which a writer starts a new pack (default 256 MiB). */
  packLimit?: number
  /** Pack files kept open for reading (default 64). */
  maxOpenPacks?: number
  /** ms after which a disk's pack is made durable and a new one started, for retries to resume from (30 s). */
  checkpointMs?: number
  /** Where open says what it found and did: a distrusted block index, its rebuild; refusals of locked points. */
  log?: Logger
  /**
   * The lock period (days) this node's config starts the repository with: written to the folder
   * when it has none yet; afterwards the folder's own period rules (`setLockPeriod` changes it).
   */
  lockDays?: number
  /** false: never set the immutable attribute (default: where the file system and the process allow) */
  immutableFiles?: boolean
  /** told of every attempt on a locked point (the role counts them) */
  onLockRefused?: (action: LockedAction, pointId: string) => void
  /**
   * The repository lives in this bucket (opened, its lease held: s3/bucket-backend.ts); `path`
   * is then the node's working folder, a cache the bucket can rebuild. Closing the repository
   * closes it.
   */
  bucket?: BucketBackend
}

/** The repository's lock period and whether locked files are made immutable. */
export interface LockState {
  days: number
  immutableFiles: boolean
  /** why not, when not */
  immutableNote: string
}

/** Activity since the repository was opened. */
export interface RepositoryStats extends WriterCounters {
  openWriters: number
  /** Bytes of new blocks the open writers appended so far. */
  writingBytes: number
  points: number
  /** Points listed as damaged: their manifest cannot be read, or some of their blocks are bad. */
  damagedPoints: string[]
}

/** A repository folder, open. One instance per folder (LevelDB locks it). */
export class Repository {
  readonly name: string
  readonly path: string

  /** Set when open found the block index untrustworthy and rebuilt it. */
  readonly rebuiltAtOpen: OpenRebuild | undefined

  /** The FORMAT version (repository-format.ts). */
  readonly formatVersion: number
  /** The block digest of its format: proxies hash the blocks they send it with this, and it checks them with it. */
  readonly digestAlgorithm: DigestAlgorithm

  private readonly db: Database
  private readonly seal: IndexSeal
  private readonly index: BlockIndex
  private readonly reader: PackReader
  private readonly catalog: PointCatalog
  private readonly points: PointStore
  private readonly locks: PointLocks
  private readonly bases: BaseBlockCheck
  /** staged disks of this process's writers: the index's removal count when each opened, and its disk (BaseBlockCheck.remember) */
  private readonly stagedSound = new Map<string, { removals: number, disk: number }>()
  private readonly writers = new Set<DiskWriter>()
  private readonly pending = new Map<string, PendingBlock>()
  private readonly counters: WriterCounters = { blocksStored: 0, bytesStored: 0, blocksDeduped: 0, blocksZero: 0 }
  private readonly packLimit: number
  private readonly checkpointMs: number
  private readonly packStorage: PackStorage
  private readonly bucket: BucketBackend | undefined
  private readonly ship: PackShipper | undefined
  private readonly log: Logger | undefined
  /** beginDisk calls past their GC check that have not registered their writer yet */
  private opening = 0
  private collecting: Promise<void> | undefined
  /** a rebuild of the index: writers, reads and GC wait for it */
  private rebuilding: Promise<void> | undefined
  private closed = false
  /** point id → pack retentions its commit extended (a bucket with a lock period); read once */
  private readonly extensions = new Map<string, number>()

  private constructor (init: { path: string, name: string, db: Database, seal: IndexSeal, index: BlockIndex, catalog: PointCatalog, packs: PackStorage, packLimit: number, checkpointMs: number, maxOpenPacks: number, rebuilt?: OpenRebuild, formatVersion: number, immutableFiles?: boolean, log?: Logger, onLockRefused?: RepositoryInit['onLockRefused'], bucket?: BucketBackend }) {
    this.path = init.path
    this.name = init.name
    this.formatVersion = init.formatVersion
    this.digestAlgorithm = digestAlgorithmOf(init.formatVersion)
    this.db = init.db
    this.seal = init.seal
    this.index = init.index
    this.packStorage = init.packs
    this.bucket = init.bucket
    this.log = init.log
    const bucketPacks = init.packs instanceof BucketPacks ? init.packs : undefined
    this.ship = bucketPacks === undefined ? undefined : async pack => { await bucketPacks.ship(pack) }
    this.reader = new PackReader({ root: join(init.path, 'packs'), maxOpen: init.maxOpenPacks, remote: bucketPacks })
    this.catalog = init.catalog
    this.locks = new PointLocks({
      root: init.path,
      repository: init.name,
      index: init.index,
      probe: async () => init.immutableFiles === false ? ImmutableFiles.off('turned off') : await ImmutableFiles.probe(join(init.path, 'tmp')),
      openPacks: () => new Set([...this.writers].flatMap(w => w.openPackIds)),
      log: init.log,
      onRefused: init.onLockRefused
    })
    this.points = new PointStore({
      root: init.path,
      repository: init.name,
      catalog: init.catalog,
      locks: this.locks,
      afterRebuild: async () => { await this.afterRebuild() },
      mirror: init.bucket === undefined || bucketPacks === undefined ? undefined : this.pointMirror(init.bucket, bucketPacks)
    })
    this.bases = new BaseBlockCheck(init.index)
    this.packLimit = init.packLimit
    this.checkpointMs = init.checkpointMs
    this.rebuiltAtOpen = init.rebuilt
  }

  /**
   * Opens the repository at `path`, creating it when `create` is set and the folder is missing
   * or empty (see repository-open.ts). Throws ERR_NOT_A_REPOSITORY, ERR_REPOSITORY_NAME_MISMATCH,
   * ERR_UNSUPPORTED_FORMAT or ERR_REPOSITORY_LOCKED.
   */
  static async open (init: RepositoryInit): Promise<Repository> {
    const bucket = init.bucket
    let repo: Repository | undefined
    let opened
    try {
      if (bucket !== undefined) {
        const cache = await bucket.prepareCache(init.path)
        init.log?.info('repository bucket opened', {
          repository: init.name, bucket: bucket.store.bucket, endpoint: bucket.store.endpoint, leaseGeneration: bucket.lease.generation,
          previousHolder: bucket.lease.previousHolder, objectLock: bucket.objectLock, pointsDownloaded: cache.downloaded, indexDropped: cache.indexDropped
        })
      }
      opened = await openRepository({
        ...init,
        packs: bucket === undefined
          ? undefined
          : db => new BucketPacks({ store: bucket.store, db, lease: bucket.lease, slackDays: bucket.slackDays, versioned: bucket.objectLock, retainNew: () => repo?.newPackRetention() }),
        beforeRemove: async (path, id) => { await repo?.locks.release([path], [id]) }
      })
    } catch (err) {
      await bucket?.close().catch(() => {})
      throw err
    }
    try {
      repo = new Repository({
        ...opened,
        // a bucket's packs go up whole: tens of MiB each (the default multipart threshold is 16 MiB)
        packLimit: init.packLimit ?? (bucket === undefined ? DEFAULT_PACK_LIMIT : DEFAULT_BUCKET_PACK_LIMIT),
        checkpointMs: init.checkpointMs ?? DEFAULT_CHECKPOINT_MS,
        maxOpenPacks: init.maxOpenPacks ?? 64,
        // the bucket's Object Lock guards a bucket's objects; the node's working folder is a cache
        immutableFiles: bucket === undefined ? init.immutableFiles : false,
        log: init.log,
        onLockRefused: init.onLockRefused,
        bucket
      })
      await repo.openLocks(init)
      return repo
    } catch (err) {
      if (repo !== undefined) await repo.close().catch(() => {})
      else {
        await opened.db.close().catch(() => {})
        await bucket?.close().catch(() => {})
      }
      throw err
    }
  }

  /** The pack retentions the commit of `pointId` extended (0: none, or not a locked bucket); told once. */
  retentionExtensionsOf (pointId: string): number {
    const n = this.extensions.get(pointId) ?? 0
    this.extensions.delete(pointId)
    return n
  }

  /** Blocks a restore reads at once: a bucket's ranged GETs each wait a round trip, a folder's reads do not. */
  get readAhead (): number {
    return this.bucket === undefined ? 4 : 16
  }

  /** 's3' for a repository in a bucket, '' for a folder. */
  get storage (): string {
    return this.bucket === undefined ? '' : 's3'
  }

  /** The retention a pack uploaded now gets: the lock period plus the slack (none without a lock period). */
  private newPackRetention (): Date | undefined {
    const days = this.locks.lockDays
    if (days <= 0 || this.bucket === undefined) return undefined
    return new Date(Date.now() + days * DAY_MS + (this.packStorage as BucketPacks).slackMs)
  }

  /** A bucket's points: a locked point's packs are retained as long as it before its object goes up. */
  private pointMirror (bucket: BucketBackend, packs: BucketPacks): PointMirror {
    return {
      publish: async (point, file) => {
        await bucket.mirrorLockPeriod(this.path)
        if (this.locks.isLocked(point.lockUntilMs)) {
          const extended = await packs.cover(await this.locks.packsOf(point), point.lockUntilMs ?? 0)
          this.extensions.set(point.id, extended)
          if (this.extensions.size > 1024) this.extensions.delete(this.extensions.keys().next().value!)
          if (extended > 0) this.log?.info('pack retentions extended for a locked restore point', { repository: this.name, point: point.id, packs: extended, until: new Date((point.lockUntilMs ?? 0) + packs.slackMs).toISOString() })
        }
        await bucket.points.publish(point.id, file, point.lockUntilMs ?? 0)
      },
      remove: async id => { await bucket.points.remove(id) }
    }
  }

  /** The lock period from the folder (raised to the config's), said once; locked files made immutable again. */
  private async openLocks (init: RepositoryInit): Promise<void> {
    // the config's period starts a repository that has none; from then on the folder rules (the
    // CLI on this node changes it there), so a stale config never raises a lowered period again
    let days = 0
    try {
      days = await this.locks.refresh()
      if ((init.lockDays ?? 0) > 0 && !await this.locks.hasPeriod()) days = await this.locks.setDays(init.lockDays!, { lower: false })
    } catch (err) {
      // restores and deletes of unlocked points go on; commits fail until the file is written again
      init.log?.warn('the lock period cannot be read: new restore points cannot be committed until it is written again', { repository: this.name, error: (err as Error).message })
    }
    const lockedNow = days > 0 || this.catalog.list().some(p => this.locks.isLocked(p.lockUntilMs))
    // files may carry the attribute wherever a lock ever was (a period since lowered to 0, locks
    // since expired): probing then lets release() clear it before GC or forget deletes them
    const everLocked = lockedNow || this.catalog.list().some(p => (p.lockUntilMs ?? 0) > 0) || await this.locks.hasPeriod()
    if (everLocked) await this.locks.files()
    if (lockedNow) {
      const immutable = await this.locks.files()
      if (immutable.supported) init.log?.info('locked restore points: their files and packs are made immutable', { repository: this.name, lockDays: days })
      else init.log?.warn('locked restore points are refused deletion, but their files cannot be made immutable here', { repository: this.name, lockDays: days, why: immutable.note })
    }
    // a crash between a commit and its chattr, or files copied in: set the attribute again (idempotent)
    const locked: StoredPoint[] = []
    for (const p of this.catalog.list()) {
      if (!this.locks.isLocked(p.lockUntilMs) || p.damaged) continue
      const point = await this.points.find(p.id).catch(() => undefined)
      if (point !== undefined) locked.push(point)
    }
    await this.locks.protectAll(locked).catch((err: Error) => { init.log?.warn('cannot make the locked points immutable', { points: locked.length, error: err.message }) })
  }

  /** The lock period of new points and whether their files are made immutable; the period is read from the folder again. */
  async lockState (): Promise<LockState> {
    this.checkOpen()
    const days = await this.locks.refresh()
    await this.bucket?.mirrorLockPeriod(this.path)
    if (days <= 0) return { days, immutableFiles: false, immutableNote: '' }
    const immutable = await this.locks.files()
    return { days, immutableFiles: immutable.supported, immutableNote: immutable.note }
  }

  /**
   * Sets the lock period of new points. Without `lower` (a request from the mesh), a period
   * lower than the current one is refused (ERR_LOCK_LOWERING_REFUSED); points already written
   * keep their lock date either way.
   */
  async setLockPeriod (days: number, options: { lower: boolean }): Promise<number> {
    this.checkOpen()
    return await this.locks.setDays(days, options)
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
    const removals = this.index.removals
    try {
      const writer = await openDiskWriter(header, {
        root: this.path,
        index: this.index,
        baseDisk: async (pointId, vm, disk, key) => await this.usableBaseDisk(pointId, vm, disk, key),
        checkOpen: () => { this.checkOpen() },
        context: this.writerContext(release)
      })
      this.writers.add(writer)
      // a writer that never commits leaves its entry behind: the map is kept small
      if (this.stagedSound.size > 1024) this.stagedSound.clear()
      this.stagedSound.set(writer.stagedId, { removals, disk: header.disk ?? 0 })
      return writer
    } catch (err) {
      release?.()
      throw err
    } finally {
      this.opening--
    }
  }

  /**
   * The digest list of (vm, disk) in a point, as sent to a proxy comparing digests; undefined
   * when the point has no such disk. Throws ERR_NO_SUCH_POINT, or ERR_BASE_MISMATCH when the
   * point belongs to another VM or its disk is sealed under another key than `keyFingerprint`
   * ('': the new backup is plain).
   */
  async baseDigests (pointId: string, vm: string, disk: number, keyFingerprint = ''): Promise<{ size: number, blockSize: number, digests: Buffer, repair: number[] } | undefined> {
    this.checkOpen()
    const d = await this.usableBaseDisk(pointId, vm, disk, keyFingerprint)
    if (d === undefined) return undefined
    return { size: d.disk.size, blockSize: d.disk.blockSize, digests: d.disk.digests, repair: d.repair }
  }

  /** The newest point of a job's VM that is not damaged. */
  async latestPoint (job: string, vm: string): Promise<ListedPoint | undefined> {
    this.checkOpen()
    return this.points.latest(job, vm)
  }

  /**
   * Turns staged disks into a restore point (see PointStore.commit). Committing again an
   * existing point with the same content returns it (idempotent); otherwise ERR_POINT_EXISTS.
   * ERR_NO_SUCH_STAGED_DISK names a missing disk.
   */
  async commitPoint (c: CommitPoint): Promise<ListedPoint> {
    this.checkOpen()
    const point = await this.points.commit(c)
    for (const sid of c.stagedIds ?? []) {
      const staged = this.stagedSound.get(sid)
      if (staged === undefined) continue
      this.stagedSound.delete(sid)
      this.bases.remember(point.id, staged.disk, staged.removals)
    }
    return point
  }

  /** Visible points, oldest first; empty filter fields match all. */
  async listPoints (filter: { job?: string | null, vm?: string | null } = {}): Promise<ListedPoint[]> {
    this.checkOpen()
    return this.points.list(filter).map(p => this.withBadBlocks(p))
  }

  /** `badBlocks`: the point's blocks a verify found bad that are still marked (a backup may have repaired some). */
  private withBadBlocks (p: ListedPoint): ListedPoint {
    if (p.badDigests.length === 0) return p
    return { ...p, badBlocks: p.badDigests.filter(d => this.index.damage(d) !== undefined).length }
  }

  /** A listed point, with its bad blocks counted (undefined when there is no such point). */
  async pointSummary (id: string): Promise<ListedPoint | undefined> {
    this.checkOpen()
    const p = this.catalog.get(id)
    return p === undefined ? undefined : this.withBadBlocks(p)
  }

  /**
   * The blocks of a point's disk whose stored copy is marked damaged, as block numbers: a restore
   * names them (and their byte ranges) and refuses, or with allowDamaged writes zeros there.
   */
  async damagedBlocksOf (pointId: string, disk: number): Promise<number[]> {
    this.checkOpen()
    if (this.index.damagedBlocks().size === 0) return []
    const d = (await this.getPoint(pointId)).disks.find(x => x.index === disk)
    const out: number[] = []
    if (d === undefined) return out
    for (let i = 0; i * DIGEST_LENGTH < d.digests.length; i++) {
      if (this.index.damage(d.digests.subarray(i * DIGEST_LENGTH, (i + 1) * DIGEST_LENGTH)) !== undefined) out.push(i)
    }
    return out
  }

  /**
   * A point's manifest (shared with a cache: do not modify). ERR_NO_SUCH_POINT names the id;
   * ERR_CORRUPT_MANIFEST (the point is then listed as damaged) names the file.
   */
  async getPoint (id: string): Promise<StoredPoint> {
    this.checkOpen()
    return await this.points.get(id)
  }

  /**
   * Marks a point as in use (`why`: "being restored", …) until `release()` is called: it is
   * kept by `deletePoints`, and once read through `getPoint` its blocks survive GC even if it
   * was deleted just before. Release is idempotent.
   */
  hold (pointId: string, why = 'it is being restored'): () => void {
    return this.points.hold(pointId, why)
  }

  /**
   * Deletes restore points: removes points/<id>.point (directory fsynced) and its summary;
   * their blocks stay until `gc`. A point in use (see `hold`, or the base of an open writer)
   * is kept, as is an unknown id, each with the reason ("<id>: why").
   */
  async deletePoints (ids: Iterable<string>): Promise<DeleteResult> {
    this.checkOpen()
    return await this.points.delete(ids)
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
      held: this.points.heldPoints(),
      isLocked: until => this.locks.isLocked(until),
      packs: this.packStorage,
      ship: this.ship
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
   * A stored block as stored (compressed as sent; `sealed`: a sealed frame, for the key holder to
   * open), read into `into` when it is large enough (see PackReader.read). ERR_MISSING_BLOCK
   * when it is not indexed; ERR_CORRUPT_BLOCK (the block is then marked damaged, so the next
   * backup that has it stores it again) when its record fails its checks.
   */
  async readBlock (digest: Uint8Array, into?: Buffer, located?: BlockLocation): Promise<StoredBlock> {
    this.checkOpen()
    if (digest.byteLength !== DIGEST_LENGTH) throw badArgument(`a block digest has ${DIGEST_LENGTH} bytes, not ${digest.byteLength}`)
    await this.afterRebuild()
    return await readIndexedBlock({
      index: this.index,
      reader: this.reader,
      repository: this.name,
      onDamaged: async (d, why) => { await this.markBlockDamaged(d, why) }
    }, digest, into, located)
  }

  /**
   * Where the blocks are stored (undefined: not indexed), looked up at once: a restore reads a
   * run of blocks with one LevelDB getMany (2,048 single gets cost 100-124 ms of CPU here, 20 ms
   * in getMany of 16), then each block with `readBlock(digest, into, location)`.
   */
  async locateBlocks (digests: Uint8Array[]): Promise<Array<BlockLocation | undefined>> {
    this.checkOpen()
    await this.afterRebuild()
    return await this.index.getMany(digests)
  }

  /**
   * Which of `digests` this repository holds intact (indexed and not marked damaged, or being
   * written): a copy fetches only the others (block-presence.ts).
   */
  async holdsBlocks (digests: Uint8Array[]): Promise<boolean[]> {
    this.checkOpen()
    await this.afterRebuild()
    return await blocksHeld({ index: this.index, pending: this.pending }, digests)
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
        point = await this.points.reread(pointId)
      } catch (err) {
        const code = (err as RepositoryError).code
        if (code !== 'ERR_CORRUPT_MANIFEST' && code !== 'ERR_UNSUPPORTED_FORMAT') throw err
        return { pointId, ok: false, blocksChecked: 0, bytesChecked: 0, problems: [`restore point ${pointId} is damaged: ${(err as Error).message}`] }
      }
      const bad = new Map<string, Buffer>()
      const report = await verifyPoint({
        point,
        readBlock: async d => await this.readBlock(d),
        algorithm: this.digestAlgorithm,
        onDamaged: async (d, why) => {
          bad.set(d.toString('hex'), d)
          await this.markBlockDamaged(d, why)
        },
        onProgress
      })
      await this.catalog.recordVerified(pointId, Date.now(), [...bad.values()])
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

  /**
   * A verify job's run: every point not verified within `olderThanDays` (0: every point) is
   * checked in one pass that reads each stored block once, in pack order (verify-due.ts). Bad
   * blocks are marked damaged (the next backup of their VM sends them again); each point records
   * when it was verified and which of its blocks are bad. Problems are reported, not thrown.
   */
  async verifyPoints (options: VerifyDueOptions = {}): Promise<VerifyDueReport> {
    this.checkOpen()
    await this.afterRebuild()
    return await verifyDuePoints({
      root: this.path,
      repository: this.name,
      index: this.index,
      reader: this.reader,
      catalog: this.catalog,
      points: this.points,
      markDamaged: async (d, why) => { await this.markBlockDamaged(d, why) },
      algorithm: this.digestAlgorithm
    }, options)
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
      damagedPoints: this.catalog.list().filter(p => p.damaged || this.withBadBlocks(p).badBlocks > 0).map(p => p.id)
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
    const run = rebuildIndex({ root: this.path, index: this.index, seal: this.seal, catalog: this.catalog, packs: this.packStorage, algorithm: this.digestAlgorithm, onProgress })
    const settled = run.then(() => {}, () => {})
    this.rebuilding = settled
    try {
      return await run
    } finally {
      this.bases.clear()
      this.points.clearCache()
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
    await this.points.settled()
    await this.reader.close()
    await this.index.settled()
    await this.seal.flush()
    await this.db.close()
    await this.bucket?.close()
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
      algorithm: this.digestAlgorithm,
      ship: this.ship,
      onClosed: w => {
        this.writers.delete(w)
        release?.()
        // packs a locked point needs that this writer was still filling
        void this.locks.settle().catch(() => {})
      }
    }
  }

  /**
   * (vm, disk) of a base point, and the blocks of it that are missing or damaged: the sender
   * must send those again (they are not inherited), which repairs the points that use them. A
   * disk sealed under another key (or plain, for an encrypted backup, or the reverse) is no base:
   * its ids mean nothing under the new key, and the new point must hold only blocks of its key.
   */
  private async usableBaseDisk (pointId: string, vm: string, disk: number, keyFingerprint: string): Promise<{ disk: StoredDisk, repair: number[] } | undefined> {
    const point = await this.getPoint(pointId)
    if (point.vm !== vm) {
      throw new RepositoryError('ERR_BASE_MISMATCH', `base point ${pointId} belongs to VM ${point.vm}, not ${vm}`, { subject: pointId })
    }
    const base = point.disks.find(d => d.index === disk)
    if (base === undefined) return undefined
    if (base.keyFingerprint !== keyFingerprint) {
      const key = (k: string): string => k === '' ? 'not encrypted' : `sealed under key ${k}`
      throw new RepositoryError('ERR_BASE_MISMATCH',
        `disk ${disk} of base point ${pointId} is ${key(base.keyFingerprint)}, this backup is ${key(keyFingerprint)}: the disk is sent in full`, { subject: pointId })
    }
    return { disk: base, repair: await this.bases.check(pointId, base) }
  }

  /** Resolves once no rebuild of the index runs. */
  private async afterRebuild (): Promise<void> {
    while (this.rebuilding !== undefined) await this.rebuilding
  }

  private checkOpen (): void {
    if (this.closed) throw new RepositoryError('ERR_REPOSITORY_CLOSED', `repository ${this.name} is closed`, { subject: this.path })
  }
}

export { DiskWriter } from './disk-writer.ts'
export type { DiskWriterResult, PutResult } from './disk-writer.ts'
export { ZERO_DIGEST } from './digest.ts'
export { RepositoryError, isUserError } from './errors.ts'
export type { ListedPoint } from './points.ts'
export type { StoredPoint, StoredDisk } from './manifests.ts'
export type { VerifyResult } from './verify.ts'
export type { GcOptions, GcResult, GcStep } from './gc.ts'
export type { OpenRebuild } from './repository-open.ts'
export type { DeleteResult } from './point-store.ts'
export type { LockedAction } from './point-locks.ts'
export type { StoredBlock } from './block-reads.ts'
export { FORMAT_MAGIC, FORMAT_VERSION } from './repository-format.ts'
export { MIN_BLOCK_SIZE, MAX_BLOCK_SIZE } from './writer-open.ts'
