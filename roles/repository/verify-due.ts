/**
 * @packageDocumentation
 * A verify job's run on one repository: picks the points not verified within the last N days,
 * holds them (retention cannot delete a point being checked), reads their manifests again from
 * the files, checks all their blocks in one pass (verify-pass.ts), marks the bad blocks damaged
 * and records per point when it was verified and which of its blocks are bad. The block index's
 * own files are checked too. Problems are reported, never thrown.
 *
 * @example
 * ```ts
 * const report = await repo.verifyPoints({ olderThanDays: 30, onProgress: p => console.log(p.bytesDone) })
 * report.damagedPoints      // every point that refers to a bad block
 * ```
 */
import { join } from 'node:path'
import type { DamagedPoint, VerifyPassReport } from '../../proto/index.ts'
import type { BlockIndex } from './block-index.ts'
import { checkLevelDb } from './leveldb-check.ts'
import type { StoredPoint } from './manifests.ts'
import type { PackReader } from './pack-reader.ts'
import type { PointStore } from './point-store.ts'
import type { PointCatalog } from './points.ts'
import type { DigestAlgorithm } from './digest.ts'
import { verifyPass, type VerifyPassProgress } from './verify-pass.ts'

const DAY_MS = 24 * 60 * 60 * 1000

export interface VerifyDueOptions {
  /** points verified less than this many days ago are skipped; 0 checks every point */
  olderThanDays?: number
  onProgress?: (p: VerifyPassProgress & { points: number }) => void
  signal?: AbortSignal
  /** blocks read and checked at once (8) */
  concurrency?: number
  now?: () => number
}

/** A VerifyPassReport with every field present. */
export interface VerifyDueReport extends VerifyPassReport {
  repository: string
  pointsChecked: number
  pointsSkipped: number
  blocksChecked: number
  bytesChecked: number
  bytesRead: number
  durationMs: number
  damagedPoints: DamagedPoint[]
  problems: string[]
  badBlocks: number
}

export interface VerifyDueParts {
  root: string
  repository: string
  index: BlockIndex
  reader: PackReader
  catalog: PointCatalog
  points: PointStore
  markDamaged: (digest: Uint8Array, why: string) => Promise<void>
  /** the repository's block digest */
  algorithm: DigestAlgorithm
}

/** Checks the points that are due, each stored block once. */
export async function verifyDuePoints (parts: VerifyDueParts, options: VerifyDueOptions = {}): Promise<VerifyDueReport> {
  const now = options.now ?? Date.now
  const started = now()
  const cutoff = started - (options.olderThanDays ?? 0) * DAY_MS
  const listed = parts.catalog.list()
  const due = listed.filter(p => (options.olderThanDays ?? 0) <= 0 || p.verifiedAtMs === 0 || p.verifiedAtMs <= cutoff)
  const report: VerifyDueReport = {
    repository: parts.repository,
    pointsChecked: 0,
    pointsSkipped: listed.length - due.length,
    blocksChecked: 0,
    bytesChecked: 0,
    bytesRead: 0,
    durationMs: 0,
    damagedPoints: [],
    problems: [],
    badBlocks: 0
  }
  const releases = due.map(p => parts.points.hold(p.id, 'it is being verified'))
  try {
    const points: StoredPoint[] = []
    for (const p of due) {
      try {
        points.push(await parts.points.reread(p.id))
      } catch (err) {
        const code = (err as { code?: string }).code
        // deleted since it was listed: nothing to check
        if (code === 'ERR_NO_SUCH_POINT') continue
        report.pointsChecked++
        report.damagedPoints.push({ pointId: p.id, vm: p.vm, job: p.job, badBlocks: 0, problems: [`restore point ${p.id} is damaged: ${(err as Error).message}`] })
      }
    }
    const pass = await verifyPass({
      points,
      index: parts.index,
      reader: parts.reader,
      algorithm: parts.algorithm,
      onBad: async (d, why) => { await parts.markDamaged(d, why) },
      onProgress: p => options.onProgress?.({ ...p, points: points.length }),
      concurrency: options.concurrency,
      signal: options.signal
    })
    report.pointsChecked += points.length
    report.blocksChecked = pass.blocksChecked
    report.bytesChecked = pass.bytesChecked
    report.bytesRead = pass.bytesRead
    report.badBlocks = pass.bad.size
    for (const point of points) {
      const v = pass.points.get(point.id)!
      await parts.catalog.recordVerified(point.id, started, v.badDigests)
      if (v.problems.length > 0) {
        report.damagedPoints.push({ pointId: point.id, vm: point.vm, job: point.job, badBlocks: v.badDigests.length, problems: v.problems })
      }
    }
    const index = await checkLevelDb(join(parts.root, 'index'), { open: true })
    for (const p of index.problems) report.problems.push(`block index: ${p}; rebuild it with \`meshbackup repository rebuild\``)
  } catch (err) {
    report.problems.push(`the verify of repository ${parts.repository} stopped: ${(err as Error).message}`)
  } finally {
    for (const release of releases) release()
  }
  report.durationMs = Math.max(0, now() - started)
  return report
}
