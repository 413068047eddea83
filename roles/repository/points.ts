/**
 * @packageDocumentation
 * Restore points as a list: point ids, summaries, and the catalog that lists points without
 * reading their manifests. The point files (points/<id>.point) are the truth; the catalog keeps
 * a summary of each in LevelDB (key prefix "p") and is reconciled with the folder on open. A
 * point whose file cannot be read is never dropped: it is listed as damaged, with the reason.
 *
 * @example
 * ```ts
 * const catalog = new PointCatalog({ db, repository: 'main' })
 * await catalog.load(root)
 * const last = catalog.latest('nightly', 'web-1')
 * ```
 */
import { randomBytes } from 'node:crypto'
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { pb, type PointSummary } from '../../proto/index.ts'
import type { Database } from './block-index.ts'
import { describeRecoveryWrap } from '../../node/core/crypto/recovery-key.ts'
import { DIGEST_LENGTH, isZeroDigest } from './digest.ts'
import { corruptManifest, decodePoint, pointPath, readManifest, timeStamp, type StoredPoint } from './manifests.ts'

const POINT_PREFIX = 0x70 // "p"
/** Bad blocks remembered per point: beyond this the point is as good as lost anyway, and the summary stays small. */
const MAX_BAD_DIGESTS = 4096

/** A DiskSummary with every field present. */
export interface ListedDisk {
  index: number
  name: string
  size: number
  blocks: number
  zeroBlocks: number
  cbtBitmap: string
}

/** A PointSummary with every field present. */
export interface ListedPoint extends PointSummary {
  id: string
  job: string
  vm: string
  sessionId: string
  createdAtMs: number
  disks: ListedDisk[]
  repository: string
  repositoryPeer: string
  /** the manifest cannot be read: the point is listed, and cannot be restored */
  damaged: boolean
  damageReason: string
  /** when a verify last read every block of it (0: never) */
  verifiedAtMs: number
  /** its blocks that verify found bad (some may be repaired since: see `badBlocks`) */
  badDigests: Uint8Array[]
  /** of `badDigests`, those still marked damaged in the block index (the Repository fills it in) */
  badBlocks: number
  /** not deletable before this time (ms); 0: no lock */
  lockUntilMs: number
  /** the data key its blocks are sealed under ('': plain): a restore needs it */
  keyFingerprint: string
  /** the recovery keys whose wraps the point holds: each can give back its data key */
  recoveryFingerprints: string[]
  /**
   * the wraps themselves (RestorePoint.recovery_wraps): public bytes only a recovery private key
   * opens, listed so that `restore --recovery-key` unwraps the key where the CLI runs
   */
  recoveryWraps: Uint8Array[]
}

/**
 * A new point id, `<yyyymmddThhmmssZ>-<vm>-<6 random hex>`: ids sort by creation time, name
 * their VM (reduced to [A-Za-z0-9._-], at most 64 characters) and do not collide.
 */
export function newPointId (vm: string, now = Date.now()): string {
  const slug = vm.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._-]+/, '').slice(0, 64) || 'vm'
  return `${timeStamp(now)}-${slug}-${randomBytes(3).toString('hex')}`
}

/**
 * The recovery keys a point's wraps open with. A wrap that cannot be read is left out here (the
 * listing says which keys can restore the point; the wrap is still in the file).
 */
export function recoveryFingerprints (wraps: readonly Uint8Array[]): string[] {
  const out: string[] = []
  for (const w of wraps) {
    try {
      out.push(describeRecoveryWrap(w).recovery)
    } catch {}
  }
  return out
}

/** The summary of a point: what listings show, without digests. */
export function summarize (point: StoredPoint, repository: string): ListedPoint {
  return {
    id: point.id,
    job: point.job,
    vm: point.vm,
    sessionId: point.sessionId,
    createdAtMs: point.createdAtMs,
    repository,
    repositoryPeer: '',
    damaged: false,
    damageReason: '',
    verifiedAtMs: 0,
    badDigests: [],
    badBlocks: 0,
    lockUntilMs: point.lockUntilMs,
    keyFingerprint: point.keyFingerprint,
    recoveryFingerprints: recoveryFingerprints(point.recoveryWraps),
    recoveryWraps: point.recoveryWraps,
    disks: point.disks.map(d => {
      const blocks = d.digests.length / DIGEST_LENGTH
      let zeroBlocks = 0
      for (let i = 0; i < blocks; i++) if (isZeroDigest(d.digests, i * DIGEST_LENGTH)) zeroBlocks++
      return { index: d.index, name: d.name, size: d.size, blocks, zeroBlocks, cbtBitmap: d.cbtBitmap }
    })
  }
}

function byTime (a: ListedPoint, b: ListedPoint): number {
  return a.createdAtMs - b.createdAtMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

type Op = { type: 'put', key: Buffer, value: Buffer } | { type: 'del', key: Buffer }

/** The ids of the point files in points/. */
async function pointFiles (root: string): Promise<Set<string>> {
  const files = new Set<string>()
  for (const f of await readdir(join(root, 'points'))) if (f.endsWith('.point')) files.add(f.slice(0, -'.point'.length))
  return files
}

function pointKey (id: string): Buffer {
  return Buffer.concat([Buffer.from([POINT_PREFIX]), Buffer.from(id, 'utf8')])
}

function decodeSummary (v: Buffer, repository: string): ListedPoint {
  const m = pb.PointSummary.decode(v)
  return {
    id: m.id,
    job: m.job,
    vm: m.vm,
    sessionId: m.sessionId,
    createdAtMs: m.createdAtMs,
    repository,
    repositoryPeer: '',
    damaged: m.damaged,
    damageReason: m.damageReason,
    verifiedAtMs: m.verifiedAtMs,
    badDigests: m.badDigests,
    badBlocks: 0,
    lockUntilMs: m.lockUntilMs ?? 0,
    keyFingerprint: m.keyFingerprint ?? '',
    recoveryFingerprints: m.recoveryFingerprints ?? [],
    recoveryWraps: m.recoveryWraps ?? [],
    disks: m.disks.map(d => ({ index: d.index ?? 0, name: d.name ?? '', size: d.size ?? 0, blocks: d.blocks ?? 0, zeroBlocks: d.zeroBlocks ?? 0, cbtBitmap: d.cbtBitmap ?? '' }))
  }
}

/**
 * The summary of a point whose manifest cannot be read: what an earlier summary knew, else
 * what its id says (creation time, VM), else the file's time.
 */
function damagedSummary (id: string, why: string, repository: string, before: ListedPoint | undefined, fileTimeMs: number): ListedPoint {
  if (before !== undefined) return { ...before, damaged: true, damageReason: why }
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z-(.+)-[0-9a-f]{6}$/.exec(id)
  const fromId = m === null ? NaN : Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!)
  return {
    id,
    job: '',
    vm: m?.[7] ?? '',
    sessionId: '',
    createdAtMs: Number.isFinite(fromId) ? fromId : Math.round(fileTimeMs),
    repository,
    repositoryPeer: '',
    damaged: true,
    damageReason: why,
    verifiedAtMs: 0,
    badDigests: [],
    badBlocks: 0,
    lockUntilMs: 0,
    keyFingerprint: '',
    recoveryFingerprints: [],
    recoveryWraps: [],
    disks: []
  }
}

function encodeSummary (s: ListedPoint): Buffer {
  return Buffer.from(pb.PointSummary.encode(s).finish())
}

/** Summaries of every visible point, in memory and in LevelDB. */
export class PointCatalog {
  private readonly db: Database
  private readonly repository: string
  private readonly points = new Map<string, ListedPoint>()

  constructor (init: { db: Database, repository: string }) {
    this.db = init.db
    this.repository = init.repository
  }

  get size (): number {
    return this.points.size
  }

  /**
   * Loads the summaries and reconciles them with points/: a crash between writing a point file
   * and its summary leaves a file without summary (summarized now), a deleted point leaves a
   * summary without file (dropped). A point file that cannot be read stays listed, as damaged.
   * Returns the ids of the points listed as damaged.
   */
  async load (root: string): Promise<{ damaged: string[] }> {
    const files = await pointFiles(root)
    const ops: Op[] = []
    for await (const [k, v] of this.db.iterator({ gte: Buffer.from([POINT_PREFIX]), lt: Buffer.from([POINT_PREFIX + 1]) })) {
      const id = k.subarray(1).toString('utf8')
      if (files.has(id)) this.points.set(id, decodeSummary(v, this.repository))
      else ops.push({ type: 'del', key: k })
    }
    for (const id of files) {
      if (this.points.has(id)) continue
      const s = await this.summarizeFile(root, id)
      this.points.set(id, s.summary)
      ops.push({ type: 'put', key: pointKey(id), value: encodeSummary(s.summary) })
    }
    if (ops.length > 0) await this.db.batch(ops)
    return { damaged: [...this.points.values()].filter(p => p.damaged).map(p => p.id) }
  }

  /**
   * Summarizes every point file again (the index was lost or is being rebuilt): old summaries
   * go. `onPoint` sees each readable manifest; unreadable ones are listed as damaged.
   */
  async rebuild (root: string, onPoint?: (point: StoredPoint) => Promise<void>): Promise<{ points: number, damaged: ListedPoint[] }> {
    // the old list stays visible until the new one is complete
    const next = new Map<string, ListedPoint>()
    await this.db.clear({ gte: Buffer.from([POINT_PREFIX]), lt: Buffer.from([POINT_PREFIX + 1]) })
    const damaged: ListedPoint[] = []
    let ops: Op[] = []
    for (const id of [...await pointFiles(root)].sort()) {
      const s = await this.summarizeFile(root, id, this.points.get(id))
      next.set(id, s.summary)
      if (s.point !== undefined) await onPoint?.(s.point)
      else damaged.push(s.summary)
      ops.push({ type: 'put', key: pointKey(id), value: encodeSummary(s.summary) })
      if (ops.length >= 1000) {
        await this.db.batch(ops)
        ops = []
      }
    }
    if (ops.length > 0) await this.db.batch(ops)
    this.points.clear()
    for (const [id, s] of next) this.points.set(id, s)
    return { points: this.points.size, damaged }
  }

  /** A point's manifest was found unreadable: it is listed as damaged, with why. */
  async markDamaged (id: string, why: string, fileTimeMs = Date.now()): Promise<void> {
    const before = this.points.get(id)
    if (before?.damaged === true && before.damageReason === why) return
    const s = damagedSummary(id, why, this.repository, before, fileTimeMs)
    await this.db.put(pointKey(id), encodeSummary(s))
    this.points.set(id, s)
  }

  /**
   * A verify read every block of the point at `atMs` and found `badDigests` bad (empty: it is
   * sound): listings say so, and a verify job skips it until it is due again.
   */
  async recordVerified (id: string, atMs: number, badDigests: Uint8Array[]): Promise<void> {
    const before = this.points.get(id)
    if (before === undefined) return
    const s = { ...before, verifiedAtMs: atMs, badDigests: badDigests.slice(0, MAX_BAD_DIGESTS) }
    await this.db.put(pointKey(id), encodeSummary(s))
    this.points.set(id, s)
  }

  /** A point listed as damaged was read whole (its file was restored): listed as sound again. */
  async markSound (point: StoredPoint): Promise<void> {
    if (this.points.get(point.id)?.damaged !== true) return
    await this.add(point)
  }

  private async summarizeFile (root: string, id: string, before?: ListedPoint): Promise<{ summary: ListedPoint, point?: StoredPoint }> {
    const path = pointPath(root, id)
    try {
      const point = decodePoint(await readManifest(path), path)
      if (point.id !== id) throw corruptManifest(path, `it holds point ${point.id}`)
      return { summary: summarize(point, this.repository), point }
    } catch (err) {
      const time = await stat(path).then(st => st.mtimeMs, () => Date.now())
      return { summary: damagedSummary(id, (err as Error).message, this.repository, before, time) }
    }
  }

  /** Records a point whose file is written. */
  async add (point: StoredPoint): Promise<ListedPoint> {
    const s = summarize(point, this.repository)
    await this.db.put(pointKey(s.id), encodeSummary(s))
    this.points.set(s.id, s)
    return s
  }

  /** Forgets a point (after its file is removed). */
  async remove (id: string): Promise<void> {
    this.points.delete(id)
    await this.db.del(pointKey(id))
  }

  get (id: string): ListedPoint | undefined {
    return this.points.get(id)
  }

  /** Points matching the filter (empty or absent fields match all), oldest first. */
  list (filter: { job?: string | null, vm?: string | null } = {}): ListedPoint[] {
    const out: ListedPoint[] = []
    for (const p of this.points.values()) {
      if (filter.job != null && filter.job !== '' && p.job !== filter.job) continue
      if (filter.vm != null && filter.vm !== '' && p.vm !== filter.vm) continue
      out.push(p)
    }
    return out.sort(byTime)
  }

  /** The newest point of a job's VM that is not damaged. */
  latest (job: string, vm: string): ListedPoint | undefined {
    let best: ListedPoint | undefined
    for (const p of this.points.values()) {
      if (p.job !== job || p.vm !== vm || p.damaged) continue
      if (best === undefined || byTime(best, p) < 0) best = p
    }
    return best
  }
}
