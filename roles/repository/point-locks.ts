/**
 * @packageDocumentation
 * The repository's side of immutable points: the lock period (lock-period.ts) applied to new
 * points, the refusals (ERR_POINT_LOCKED, logged and counted, whoever asked), and the immutable
 * attribute (immutable-files.ts) on the files a locked point needs: its manifest and every pack
 * holding one of its blocks. A pack still being appended to by a disk writer (a point may
 * deduplicate against another writer's pack) gets the attribute once that writer closed it.
 * The attribute is cleared only by GC and forget, and only on files no locked point needs.
 *
 * @example
 * ```ts
 * const locks = new PointLocks({ root, repository: 'main', index, probe: async () => await ImmutableFiles.probe(tmp), openPacks: () => new Set() })
 * const until = await locks.lockUntilFor(Date.now())
 * await locks.protect(point)                      // chattr +i on the point file and its packs
 * throw locks.refuse(point.id, until, 'deleted')  // ERR_POINT_LOCKED, counted
 * ```
 */
import { join } from 'node:path'
import type { Logger } from '../../node/core/logger.ts'
import type { BlockIndex } from './block-index.ts'
import { DIGEST_LENGTH, isZeroDigest } from './digest.ts'
import { RepositoryError } from './errors.ts'
import type { ImmutableFiles } from './immutable-files.ts'
import { checkLockDays, hasLockPeriod, lockUntil, pointLocked, readLockPeriod, writeLockPeriod } from './lock-period.ts'
import { pointPath, type StoredPoint } from './manifests.ts'
import { packPath } from './packs.ts'

/** What was refused: a label of the counter, and the verb of the message. */
export type LockedAction = 'delete' | 'overwrite' | 'lower'

const LOOKUP_BATCH = 10_000

export interface PointLocksInit {
  root: string
  repository: string
  index: BlockIndex
  /** tries the immutable attribute (once, when a lock first needs it: it costs two processes) */
  probe: () => Promise<ImmutableFiles>
  /** the packs disk writers are appending to now: made immutable once closed */
  openPacks: () => Set<string>
  log?: Logger
  /** told of every refusal (the role counts them in Prometheus) */
  onRefused?: (action: LockedAction, pointId: string) => void
  now?: () => number
}

export class PointLocks {
  private immutable: Promise<ImmutableFiles> | undefined
  private readonly init: PointLocksInit
  private readonly now: () => number
  private days = 0
  /** packs made immutable by this process: not set again */
  private readonly protectedPacks = new Set<string>()
  /** packs a locked point needs that were open for writing */
  private readonly deferred = new Set<string>()

  constructor (init: PointLocksInit) {
    this.init = init
    this.now = init.now ?? Date.now
  }

  /** Whether locked files can be made immutable here (probed on first use). */
  async files (): Promise<ImmutableFiles> {
    this.immutable ??= this.init.probe()
    return await this.immutable
  }

  /** The lock period of new points, in days, as last read. */
  get lockDays (): number {
    return this.days
  }

  /** Whether the folder has a lock period of its own yet (a new repository has none). */
  async hasPeriod (): Promise<boolean> {
    return await hasLockPeriod(this.init.root)
  }

  /** Reads the lock period from the folder again (the CLI on this node may have changed it). */
  async refresh (): Promise<number> {
    this.days = await readLockPeriod(this.init.root)
    return this.days
  }

  /**
   * Sets the lock period. Without `lower` (a request over the mesh) a lower period than the
   * current one is refused with ERR_LOCK_LOWERING_REFUSED: only the repository's own node lowers it.
   */
  async setDays (days: number, options: { lower: boolean }): Promise<number> {
    checkLockDays(days)
    const current = await this.refresh()
    if (days < current && !options.lower) {
      this.init.log?.warn('refused to lower the lock period over the mesh', { repository: this.init.repository, from: current, to: days })
      this.init.onRefused?.('lower', '')
      throw new RepositoryError('ERR_LOCK_LOWERING_REFUSED',
        `the lock period of repository ${this.init.repository} is ${current} days; it can be raised over the mesh but not lowered to ${days}: ` +
        `lower it on the repository's own node with \`meshbackup repository lock --days ${days}\``, { subject: this.init.repository })
    }
    if (days !== current) {
      await writeLockPeriod(this.init.root, days)
      this.init.log?.info('lock period changed', { repository: this.init.repository, from: current, to: days })
    }
    this.days = days
    return days
  }

  /** The lock date of a point created now (0: no lock), from the period in the folder now. */
  async lockUntilFor (createdAtMs: number): Promise<number> {
    return lockUntil(createdAtMs, await this.refresh())
  }

  /** True while the point may not be deleted or changed. */
  isLocked (lockUntilMs: number | null | undefined): boolean {
    return (lockUntilMs ?? 0) > this.now()
  }

  /** ERR_POINT_LOCKED for an attempt on a locked point: logged and counted here. */
  refuse (pointId: string, untilMs: number, action: LockedAction): RepositoryError {
    const verb = { delete: 'deleted', overwrite: 'overwritten', lower: 'unlocked' }[action]
    this.init.log?.warn('refused an attempt on a locked restore point', { repository: this.init.repository, point: pointId, action, lockedUntil: new Date(untilMs).toISOString() })
    this.init.onRefused?.(action, pointId)
    return pointLocked(pointId, untilMs, verb)
  }

  /**
   * Makes a locked point's file and the packs of its blocks immutable (nothing when the file
   * system cannot, or the point is not locked). Packs still open for writing wait for `settle`.
   */
  async protect (point: StoredPoint): Promise<void> {
    await this.protectAll([point])
  }

  /** `protect` for many points, with as few chattr processes as the paths need (at open: every locked point). */
  async protectAll (points: StoredPoint[]): Promise<void> {
    const locked = points.filter(p => this.isLocked(p.lockUntilMs))
    if (locked.length === 0 || !(await this.files()).supported) return
    const open = this.init.openPacks()
    const packs = new Set<string>()
    for (const point of locked) {
      for (const id of await this.packsOf(point)) {
        if (this.protectedPacks.has(id)) continue
        if (open.has(id)) this.deferred.add(id)
        else packs.add(id)
      }
    }
    // one chattr for the point files and their packs: a process costs more than the attribute
    await this.protectPacks([...packs], locked.map(p => pointPath(this.init.root, p.id)))
  }

  /** After a disk writer closed its packs: the deferred ones that are closed now become immutable. */
  async settle (): Promise<void> {
    if (this.deferred.size === 0) return
    const open = this.init.openPacks()
    const ready = [...this.deferred].filter(id => !open.has(id))
    for (const id of ready) this.deferred.delete(id)
    await this.protectPacks(ready)
  }

  /** Clears the attribute of files no locked point needs any more (GC and forget call this first). */
  async release (paths: string[], packIds: string[] = []): Promise<void> {
    for (const id of packIds) this.protectedPacks.delete(id)
    // nothing was made immutable unless a lock needed it: the repository probes at open wherever
    // a lock ever was, and on the first lock since
    if (this.immutable !== undefined) await (await this.immutable).clear(paths)
  }

  /** The ids of the packs holding the point's stored blocks. */
  async packsOf (point: StoredPoint): Promise<Set<string>> {
    const packs = new Set<string>()
    const seen = new Set<string>()
    for (const d of point.disks) {
      const digests: Buffer[] = []
      for (let at = 0; at < d.digests.length; at += DIGEST_LENGTH) {
        if (isZeroDigest(d.digests, at)) continue
        const key = d.digests.toString('latin1', at, at + DIGEST_LENGTH)
        if (seen.has(key)) continue
        seen.add(key)
        digests.push(d.digests.subarray(at, at + DIGEST_LENGTH))
      }
      for (let i = 0; i < digests.length; i += LOOKUP_BATCH) {
        for (const loc of await this.init.index.getMany(digests.slice(i, i + LOOKUP_BATCH))) if (loc !== undefined) packs.add(loc.packId)
      }
    }
    return packs
  }

  private async protectPacks (ids: string[], others: string[] = []): Promise<void> {
    if (ids.length === 0 && others.length === 0) return
    const packsRoot = join(this.init.root, 'packs')
    await (await this.files()).set([...others, ...ids.map(id => packPath(packsRoot, id))])
    for (const id of ids) this.protectedPacks.add(id)
  }
}
