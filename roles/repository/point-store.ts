/**
 * @packageDocumentation
 * The restore points of an open repository, as files: points/<id>.point read through a small
 * cache (a manifest that cannot be read lists its point as damaged), committed from staged disks,
 * deleted, and held while in use. A point within its lock (point-locks.ts) is neither deleted nor
 * overwritten. Changes to one point id run one at a time. The catalog
 * (points.ts) keeps their summaries; `Repository` delegates its point calls here.
 *
 * @example
 * ```ts
 * const points = new PointStore({ root, repository: 'main', catalog, locks, afterRebuild })
 * const summary = await points.commit({ job, sessionId, vm, stagedIds: [stagedId] })
 * const release = points.hold(summary.id, 'it is being restored')
 * await points.delete([summary.id])             // kept: "<id>: it is being restored"
 * release()
 * ```
 */
import { dirname } from 'node:path'
import { rm, stat } from 'node:fs/promises'
import type { CommitPoint } from '../../proto/index.ts'
import { badArgument, isSystemError, RepositoryError } from './errors.ts'
import { fsyncDir } from './files.ts'
import {
  checkId, corruptManifest, decodeDisk, decodePoint, encodePoint, manifestFile, pointPath, POINT_FORMAT, readManifest, stagedPath,
  writeManifest, type StoredDisk, type StoredPoint
} from './manifests.ts'
import type { PointLocks } from './point-locks.ts'
import { newPointId, recoveryFingerprints, type ListedPoint, type PointCatalog } from './points.ts'
import { describeRecoveryWrap } from '../../node/core/crypto/recovery-key.ts'
import { isKeyFingerprint } from '../../node/core/crypto/fingerprint.ts'

/** The outcome of `deletePoints`, as in PointsDeleted. */
export interface DeleteResult {
  deleted: string[]
  /** `<id>: why` */
  kept: string[]
  /** the kept points that are locked, and until when */
  locked: Array<{ pointId: string, unlockAtMs: number }>
}

/** Why a point may not be deleted now, and, once read while held, its manifest (for GC). */
interface Hold {
  reasons: string[]
  point?: StoredPoint
}

const POINT_CACHE_SIZE = 8

/**
 * Where a bucket-backed repository keeps its points (s3/bucket-points.ts): a commit publishes
 * there before the local file is written, a delete removes there before the local file goes.
 */
export interface PointMirror {
  publish: (point: StoredPoint, file: Buffer) => Promise<void>
  remove: (id: string) => Promise<void>
}

/** The point files of one repository folder. */
export class PointStore {
  private readonly root: string
  private readonly repository: string
  private readonly catalog: PointCatalog
  /** resolves once no index rebuild runs: a rebuild summarizes the point files it finds */
  private readonly afterRebuild: () => Promise<void>
  private readonly locks: PointLocks
  private readonly pointCache = new Map<string, StoredPoint>()
  private readonly changing = new Map<string, Promise<unknown>>()
  private readonly held = new Map<string, Hold>()
  private readonly mirror: PointMirror | undefined

  constructor (init: { root: string, repository: string, catalog: PointCatalog, locks: PointLocks, afterRebuild: () => Promise<void>, mirror?: PointMirror }) {
    this.root = init.root
    this.mirror = init.mirror
    this.locks = init.locks
    this.repository = init.repository
    this.catalog = init.catalog
    this.afterRebuild = init.afterRebuild
  }

  /** The newest point of a job's VM that is not damaged. */
  latest (job: string, vm: string): ListedPoint | undefined {
    const p = this.catalog.latest(job, vm)
    return p === undefined ? undefined : copySummary(p)
  }

  /**
   * Turns staged disks into a restore point: reads them, writes points/<id>.point atomically,
   * records its summary and removes the staged files. The id is `c.pointId` or a new one (see
   * FORMAT.md). Committing again an existing point with the same content returns it
   * (idempotent); otherwise ERR_POINT_EXISTS. ERR_NO_SUCH_STAGED_DISK names a missing disk.
   */
  async commit (c: CommitPoint): Promise<ListedPoint> {
    const vm = c.vm ?? ''
    const stagedIds = c.stagedIds ?? []
    if (vm === '') throw badArgument('the commit names no VM')
    if (stagedIds.length === 0) throw badArgument(`the commit of ${vm} names no staged disks`)
    if (new Set(stagedIds).size !== stagedIds.length) throw badArgument(`the commit of ${vm} names a staged disk twice`)
    for (const sid of stagedIds) checkId('staged disk', sid)
    const id = c.pointId != null && c.pointId !== '' ? checkId('point', c.pointId) : newPointId(vm)
    const meta = { job: c.job ?? '', sessionId: c.sessionId ?? '', vm, host: c.host ?? '' }
    const keyFingerprint = c.keyFingerprint ?? ''
    const recoveryWraps = (c.recoveryWraps ?? []).map(w => Buffer.from(w))
    checkPointKey(vm, keyFingerprint, recoveryWraps)
    // a rebuild summarizes the point files it finds: a point appears after it, not during it
    await this.afterRebuild()

    return await this.locked(id, async () => {
      const disks: StoredDisk[] = []
      const missing: string[] = []
      for (const sid of stagedIds) {
        const path = stagedPath(this.root, sid)
        try {
          disks.push(decodeDisk(await readManifest(path), path))
        } catch (err) {
          if (!isSystemError(err, 'ENOENT')) throw err
          missing.push(sid)
        }
      }
      const existing = await this.find(id)
      if (existing !== undefined) {
        // wraps are made afresh by each attempt of a commit (a random ephemeral key): the same
        // recovery keys are the same content
        const sameMeta = existing.job === meta.job && existing.sessionId === meta.sessionId && existing.vm === meta.vm && existing.host === meta.host &&
          existing.keyFingerprint === keyFingerprint && sameSet(recoveryFingerprints(existing.recoveryWraps), recoveryFingerprints(recoveryWraps))
        if (!sameMeta || !disks.every(d => existing.disks.some(e => sameDisk(d, e)))) {
          // never overwritten in any case; a locked one says so, and the attempt is counted
          if (this.locks.isLocked(existing.lockUntilMs)) throw this.locks.refuse(id, existing.lockUntilMs, 'overwrite')
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
      disks.forEach((d, k) => {
        if (d.keyFingerprint === keyFingerprint) return
        const key = (f: string): string => f === '' ? 'no key (plain)' : `key ${f}`
        throw new RepositoryError('ERR_KEY_MISMATCH',
          `the commit of ${vm} names ${key(keyFingerprint)}, but its staged disk ${stagedIds[k]} (disk ${d.index}) was written under ${key(d.keyFingerprint)}; nothing was committed: back the VM up again`,
          { subject: stagedIds[k] })
      })
      // a copy keeps its point's creation time; its lock runs from its arrival here, under this
      // repository's own period
      const now = Date.now()
      const createdAtMs = (c.createdAtMs ?? 0) > 0 ? c.createdAtMs! : now
      const point: StoredPoint = {
        format: POINT_FORMAT, id, ...meta, createdAtMs, disks, lockUntilMs: await this.locks.lockUntilFor(now), keyFingerprint, recoveryWraps,
        ...(c.config == null ? {} : { config: c.config })
      }
      const bytes = encodePoint(point)
      // in a bucket first: the bucket is the truth, and a point is visible only once it is there
      if (this.mirror !== undefined) await this.mirror.publish(point, await manifestFile(bytes))
      await writeManifest({ root: this.root, path: pointPath(this.root, id), bytes })
      this.cachePoint(point)
      const summary = await this.catalog.add(point)
      await this.removeStaged(stagedIds)
      // the lock holds without the attribute (the repository refuses); the attribute guards the files against everything else
      await this.locks.protect(point).catch(() => {})
      return copySummary(summary)
    })
  }

  /** Visible points, oldest first; empty filter fields match all. */
  list (filter: { job?: string | null, vm?: string | null } = {}): ListedPoint[] {
    return this.catalog.list(filter).map(copySummary)
  }

  /**
   * A point's manifest (shared with a cache: do not modify). ERR_NO_SUCH_POINT names the id;
   * ERR_CORRUPT_MANIFEST (the point is then listed as damaged) names the file.
   */
  async get (id: string): Promise<StoredPoint> {
    const p = await this.find(id)
    if (p === undefined) {
      throw new RepositoryError('ERR_NO_SUCH_POINT', `restore point ${id} does not exist in repository ${this.repository}; list the points to pick one`, { subject: id })
    }
    this.noteHeld(p)
    return p
  }

  /** `readFile` for a health check: the file, not the cache, and kept for GC while held. */
  async reread (id: string): Promise<StoredPoint> {
    const point = await this.readFile(id)
    this.noteHeld(point)
    return point
  }

  /** The manifests of the held points read so far: GC keeps their blocks. */
  heldPoints (): StoredPoint[] {
    return [...this.held.values()].flatMap(h => h.point === undefined ? [] : [h.point])
  }

  /** After a rebuild of the index: the point files are read again. */
  clearCache (): void {
    this.pointCache.clear()
  }

  /** Resolves once the changes to points under way are done. */
  async settled (): Promise<void> {
    await Promise.allSettled([...this.changing.values()])
  }

  /**
   * Marks a point as in use (`why`: "being restored", …) until `release()` is called: it is
   * kept by `delete`, and once read through `get` (or `reread`) its blocks survive GC even if it
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
  async delete (ids: Iterable<string>): Promise<DeleteResult> {
    await this.afterRebuild()
    const deleted: string[] = []
    const kept: string[] = []
    const locked: DeleteResult['locked'] = []
    for (const id of new Set(ids)) {
      let path: string
      try {
        path = pointPath(this.root, id)
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
        // the lock date is in the point's file; one that cannot be read keeps its last summary's
        const until = await this.find(id).then(p => p?.lockUntilMs ?? 0, () => this.catalog.get(id)?.lockUntilMs ?? 0)
        if (this.locks.isLocked(until)) {
          const err = this.locks.refuse(id, until, 'delete')
          kept.push(`${id}: ${err.message} (${err.code})`)
          locked.push({ pointId: id, unlockAtMs: until })
          return
        }
        const h = this.held.get(id)
        if (h !== undefined) {
          kept.push(`${id}: ${[...new Set(h.reasons)].join('; ')}`)
          return
        }
        // only a point that had a lock date was ever made immutable
        if (until > 0) await this.locks.release([path])
        await this.mirror?.remove(id)
        await rm(path, { force: true })
        await fsyncDir(dirname(path))
        this.pointCache.delete(id)
        await this.catalog.remove(id)
        deleted.push(id)
      })
    }
    return { deleted, kept, locked }
  }

  /** The point, or undefined when its file does not exist. */
  async find (id: string): Promise<StoredPoint | undefined> {
    const cached = this.pointCache.get(id)
    if (cached !== undefined) return cached
    try {
      return await this.readFile(id)
    } catch (err) {
      if ((err as RepositoryError).code === 'ERR_NO_SUCH_POINT') return undefined
      throw err
    }
  }

  /**
   * Reads points/<id>.point (not the cache). A manifest that cannot be read lists the point as
   * damaged, with why; one read whole lists it as sound again (its file was put back).
   */
  async readFile (id: string): Promise<StoredPoint> {
    const path = pointPath(this.root, id)
    let point: StoredPoint
    try {
      point = decodePoint(await readManifest(path), path)
      if (point.id !== id) throw corruptManifest(path, `it holds point ${point.id}`)
    } catch (err) {
      if (isSystemError(err, 'ENOENT')) {
        throw new RepositoryError('ERR_NO_SUCH_POINT', `restore point ${id} does not exist in repository ${this.repository}; list the points to pick one`, { subject: id })
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

  /** A held point read now may be deleted before its reader is done: GC marks it all the same. */
  private noteHeld (point: StoredPoint): void {
    const h = this.held.get(point.id)
    if (h !== undefined) h.point = point
  }

  private cachePoint (point: StoredPoint): void {
    this.pointCache.delete(point.id)
    this.pointCache.set(point.id, point)
    if (this.pointCache.size > POINT_CACHE_SIZE) this.pointCache.delete(this.pointCache.keys().next().value!)
  }

  private async removeStaged (ids: string[]): Promise<void> {
    await Promise.all(ids.map(async sid => { await rm(stagedPath(this.root, sid), { force: true }) }))
  }

  /** Runs `fn` after every earlier call for the same key settled. */
  private async locked<T> (key: string, fn: () => Promise<T>): Promise<T> {
    const before = this.changing.get(key) ?? Promise.resolve()
    const run = before.then(fn, fn)
    const tail = run.catch(() => {})
    this.changing.set(key, tail)
    try {
      return await run
    } finally {
      if (this.changing.get(key) === tail) this.changing.delete(key)
    }
  }
}

function sameDisk (a: StoredDisk, b: StoredDisk): boolean {
  return a.index === b.index && a.name === b.name && a.size === b.size && a.blockSize === b.blockSize && a.digests.equals(b.digests) &&
    a.keyFingerprint === b.keyFingerprint
}

function sameSet (a: string[], b: string[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join()
}

/**
 * A commit's key and recovery wraps: a fingerprint is 16 hex digits; each wrap must be readable
 * and hold that key, or a recovery would find the wrong key (or none) in the point.
 */
function checkPointKey (vm: string, keyFingerprint: string, wraps: Buffer[]): void {
  if (keyFingerprint !== '' && !isKeyFingerprint(keyFingerprint)) throw badArgument(`the commit of ${vm} names key fingerprint "${keyFingerprint}", not 16 lower-case hex digits`)
  if (keyFingerprint === '' && wraps.length > 0) throw badArgument(`the commit of ${vm} carries recovery wraps but names no key: a plain point has nothing to recover`)
  wraps.forEach((w, k) => {
    let held: string
    try {
      held = describeRecoveryWrap(w).key
    } catch (err) {
      throw badArgument(`recovery wrap ${k} of the commit of ${vm} cannot be read: ${(err as Error).message}`)
    }
    if (held !== keyFingerprint) {
      throw new RepositoryError('ERR_KEY_MISMATCH', `recovery wrap ${k} of the commit of ${vm} holds key ${held}, not the point's key ${keyFingerprint}; nothing was committed`, { subject: vm })
    }
  })
}

function copySummary (p: ListedPoint): ListedPoint {
  return { ...p, disks: p.disks.map(d => ({ ...d })), recoveryFingerprints: [...p.recoveryFingerprints], recoveryWraps: [...p.recoveryWraps] }
}
