/**
 * @packageDocumentation
 * Garbage collection, mark and sweep: every block that a restore point, a staged disk or a point
 * being restored refers to is live; index entries of the other blocks are removed; packs whose
 * live records fill less than `compactBelow` of them are rewritten, and packs with no live record
 * are deleted; a pack holding a block of a locked point is never rewritten (its file may be
 * immutable, and the lock promises the point's files stay as written). Each step is durable before the next one starts, in an order that leaves the
 * repository readable after a crash at any point (FORMAT.md, "Garbage collection"). The caller
 * (`Repository.gc`) makes sure that no disk writer is open meanwhile.
 *
 * @example
 * ```ts
 * const report = await collectGarbage({ root, repository: 'main', index, reader, held: [], dryRun: true })
 * console.log(`${report.blocksRemoved} blocks, ${report.bytesFreed} bytes to free`)
 * ```
 */
import { readdir, readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { GcReport } from '../../proto/index.ts'
import type { BlockIndex, IndexEntry } from './block-index.ts'
import { DIGEST_LENGTH, isZeroDigest } from './digest.ts'
import { isSystemError } from './errors.ts'
import { fsyncDir } from './files.ts'
import { decodeDisk, decodePoint, readManifest, type StoredPoint } from './manifests.ts'
import type { PackReader } from './pack-reader.ts'
import { PackWriter, type PackShipper } from './pack-writer.ts'
import type { PackStorage } from './pack-storage.ts'
import { PACK_HEADER_LENGTH, RECORD_HEADER_LENGTH } from './packs.ts'
import { isResumeFile, parseJournal } from './resume-journal.ts'

/** A pack whose live records fill less than this share of it is rewritten. */
export const DEFAULT_COMPACT_BELOW = 0.5
/** A staged disk not committed after this long is abandoned (its session is long over). */
export const DEFAULT_STAGED_MAX_AGE_MS = 7 * 24 * 3600_000
/** A resume journal serves the retries of one session, which come within a day (the scheduler's VM pins). */
export const RESUME_MAX_AGE_MS = 24 * 3600_000

/** A durable step of a collection, in the order they happen. */
export type GcStep = 'staged-removed' | 'swept' | 'pack-written' | 'pack-indexed' | 'pack-deleted'

export interface GcOptions {
  /** Plan and report, change nothing. */
  dryRun?: boolean
  /** Rewrite a pack whose live records fill less than this share of it (0.5); 0 never rewrites. */
  compactBelow?: number
  /** Remove staged disks older than this (7 days): no commit is coming for them any more. */
  stagedMaxAgeMs?: number
  /**
   * For tests: called after each durable step with the pack id or file concerned. Throwing
   * there stops the collection exactly as a crash at that point would.
   */
  onStep?: (step: GcStep, subject: string) => void | Promise<void>
}

/** A GcReport with every field present. */
export interface GcResult extends GcReport {
  repository: string
  /** Index entries removed: blocks no point or staged disk refers to. */
  blocksRemoved: number
  /** Disk bytes released: packs deleted, and what rewriting packs saved. */
  bytesFreed: number
  packsRewritten: number
  packsDeleted: number
  /** packs holding blocks of locked points: kept whole, never rewritten */
  packsLocked: number
  durationMs: number
  problems: string[]
}

export interface GcInit extends GcOptions {
  root: string
  repository: string
  index: BlockIndex
  reader: PackReader
  /** Manifests of points being restored (their files may be deleted already). */
  held: Iterable<StoredPoint>
  /** whether a point with this lock date is locked now: its packs are neither rewritten nor deleted */
  isLocked?: (lockUntilMs: number) => boolean
  /** where the packs are: listed, removed (a folder's clear their immutable attribute first) */
  packs: PackStorage
  /** a bucket-backed repository uploads a rewritten pack when it is closed */
  ship?: PackShipper
  now?: number
}

/** Per pack: its live records (as indexed) and their bytes. */
interface PackUse {
  live: IndexEntry[]
  liveBytes: number
}

const SWEEP_BATCH = 10_000
/** Bytes queued in a pack being rewritten before waiting for them to reach the OS. */
const COPY_AHEAD = 16 * 1024 * 1024

/** Runs one collection; problems that stop it are reported (nothing removed), not thrown. */
export async function collectGarbage (init: GcInit): Promise<GcResult> {
  const started = Date.now()
  const now = init.now ?? started
  const dryRun = init.dryRun === true
  const compactBelow = init.compactBelow ?? DEFAULT_COMPACT_BELOW
  const maxAge = init.stagedMaxAgeMs ?? DEFAULT_STAGED_MAX_AGE_MS
  const step = async (s: GcStep, subject: string): Promise<void> => { await init.onStep?.(s, subject) }
  const result: GcResult = { repository: init.repository, blocksRemoved: 0, bytesFreed: 0, packsRewritten: 0, packsDeleted: 0, packsLocked: 0, durationMs: 0, problems: [] }
  const done = (): GcResult => ({ ...result, durationMs: Date.now() - started })
  const stop = (why: string): GcResult => {
    result.problems.push(`${why}; garbage collection removed nothing`)
    return done()
  }

  // Mark. Digests as 32-character latin1 strings: compact keys for a Set.
  const live = new Set<string>()
  // the blocks of locked points: their packs stay as they are until the locks end
  const locked = new Set<string>()
  const mark = (digests: Buffer, into = live): void => {
    for (let at = 0; at < digests.length; at += DIGEST_LENGTH) {
      if (!isZeroDigest(digests, at)) into.add(digests.toString('latin1', at, at + DIGEST_LENGTH))
    }
  }
  // blocks a retry may resume from: kept while indexed, but none is owed (a retry checks them)
  const resumable = new Set<string>()
  const stagingDir = join(init.root, 'staging')
  let staleRemoved = false
  for (const file of (await readdir(stagingDir)).sort()) {
    const journal = isResumeFile(file)
    if (!file.endsWith('.disk') && !journal) continue
    const path = join(stagingDir, file)
    try {
      if (now - (await stat(path)).mtimeMs > (journal ? Math.min(maxAge, RESUME_MAX_AGE_MS) : maxAge)) {
        if (!dryRun) {
          await rm(path, { force: true })
          staleRemoved = true
        }
        continue
      }
      // a retry resumes from a journal's blocks: they live as long as a staged disk would
      if (journal) for (const b of parseJournal(await readFile(path))?.blocks ?? []) resumable.add(b.digest.toString('latin1'))
      else mark(decodeDisk(await readManifest(path), path).digests)
    } catch (err) {
      if (isSystemError(err, 'ENOENT')) continue // committed meanwhile: its point is read below
      // A damaged staged disk can never be committed: it keeps no block alive.
      result.problems.push(`staged disk ${file} is unreadable and was ignored (${(err as Error).message})`)
    }
  }
  if (staleRemoved) {
    await fsyncDir(stagingDir)
    await step('staged-removed', stagingDir)
  }
  const pointsDir = join(init.root, 'points')
  for (const file of (await readdir(pointsDir)).sort()) {
    if (!file.endsWith('.point')) continue
    const path = join(pointsDir, file)
    try {
      const point = decodePoint(await readManifest(path), path)
      const isLocked = init.isLocked?.(point.lockUntilMs) === true
      for (const d of point.disks) {
        mark(d.digests)
        if (isLocked) mark(d.digests, locked)
      }
    } catch (err) {
      if (isSystemError(err, 'ENOENT')) continue // deleted meanwhile
      // Which blocks a damaged point needs is unknown: sweeping could destroy them.
      return stop(`restore point ${file} is unreadable (${(err as Error).message}); restore or delete it`)
    }
  }
  for (const p of init.held) for (const d of p.disks) mark(d.digests)

  // Sweep plan: dead index entries, and what each pack still holds.
  const dead: Buffer[] = []
  const packs = new Map<string, PackUse>()
  const lockedPacks = new Set<string>()
  let found = 0
  for await (const { digest, location } of init.index.entries()) {
    const key = Buffer.from(digest).toString('latin1')
    if (live.has(key)) found++
    else if (!resumable.has(key)) {
      dead.push(Buffer.from(digest))
      continue
    }
    if (locked.has(key)) lockedPacks.add(location.packId)
    let use = packs.get(location.packId)
    if (use === undefined) packs.set(location.packId, use = { live: [], liveBytes: 0 })
    use.live.push({ digest: Buffer.from(digest), location })
    use.liveBytes += RECORD_HEADER_LENGTH + location.length
  }
  if (found < live.size) {
    return stop(`${live.size - found} blocks that restore points or staged disks refer to are not in the block index: if the index is damaged, ` +
      '`meshbackup repository rebuild` restores it from the packs; blocks lost with their packs are reported there (the points that use them are damaged: ' +
      'back their VMs up in full, or forget the points)')
  }
  const onDisk = await init.packs.list()
  const missing = [...packs.keys()].filter(id => !onDisk.has(id))
  if (missing.length > 0) {
    return stop(`pack ${missing[0]} holding blocks of restore points is missing (${missing.length} packs in all): put it back if it was moved; ` +
      'else `meshbackup verify POINT` names the damaged points and `meshbackup repository rebuild` drops the lost blocks from the index')
  }
  const rewrite: Array<{ id: string, size: number, use: PackUse }> = []
  const remove: Array<{ id: string, size: number }> = []
  for (const [id, size] of onDisk) {
    const use = packs.get(id)
    if (use === undefined) remove.push({ id, size })
    else if (lockedPacks.has(id)) continue
    else if (use.liveBytes < compactBelow * Math.max(1, size - PACK_HEADER_LENGTH)) rewrite.push({ id, size, use })
  }
  result.blocksRemoved = dead.length
  result.packsLocked = lockedPacks.size

  if (dryRun) {
    result.packsDeleted = remove.length
    result.packsRewritten = rewrite.length
    result.bytesFreed = remove.reduce((n, p) => n + p.size, 0) +
      rewrite.reduce((n, p) => n + Math.max(0, p.size - PACK_HEADER_LENGTH - p.use.liveBytes), 0)
    return done()
  }

  // 1. Dead entries out of the index: no manifest names them, so nothing can miss them.
  for (let i = 0; i < dead.length; i += SWEEP_BATCH) await init.index.apply({ del: dead.slice(i, i + SWEEP_BATCH) })
  await step('swept', `${dead.length} entries`)

  const packsRoot = join(init.root, 'packs')
  /** false: its retention in the bucket has not passed (kept; the next GC asks again) */
  const deletePack = async (id: string): Promise<boolean> => {
    init.reader.evict(id)
    if (await init.packs.remove(id) === 'locked') {
      result.packsLocked++
      return false
    }
    await step('pack-deleted', id)
    return true
  }

  // 2. Rewrite mostly-dead packs: new pack synced → index moved (one batch) → old pack deleted.
  for (const { id, size, use } of rewrite) {
    const copy = new PackWriter({ root: packsRoot, ship: init.ship })
    const moved: IndexEntry[] = []
    try {
      let queued: Array<Promise<void>> = []
      let queuedBytes = 0
      for (const e of use.live.sort((a, b) => a.location.offset - b.location.offset)) {
        const data = await init.reader.read(e.location, e.digest)
        const { location, written } = copy.append(e.digest, e.location.compression, e.location.rawLength, data, e.location.sealed)
        moved.push({ digest: e.digest, location })
        queued.push(written)
        queuedBytes += data.byteLength
        if (queuedBytes >= COPY_AHEAD) {
          await Promise.all(queued)
          queued = []
          queuedBytes = 0
        }
      }
      await copy.close()
    } catch (err) {
      // The old pack stays indexed and whole; the partial copy is an orphan, removed at once.
      await copy.close().catch(() => {})
      await rm(copy.path, { force: true })
      result.problems.push(`pack ${id} was not rewritten: ${(err as Error).message}`)
      continue
    }
    await step('pack-written', copy.id)
    await init.index.apply({ put: moved })
    await step('pack-indexed', copy.id)
    result.packsRewritten++
    if (await deletePack(id)) result.bytesFreed += Math.max(0, size - copy.size)
  }

  // 3. Packs no index entry points at: dead since step 1, or orphans of a crash or an abort.
  for (const { id, size } of remove) {
    if (!await deletePack(id)) continue
    result.packsDeleted++
    result.bytesFreed += size
  }
  return done()
}
