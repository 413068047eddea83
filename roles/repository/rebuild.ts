/**
 * @packageDocumentation
 * Rebuilds the repository's LevelDB from what it indexes: the block index from the pack files
 * (every record's data decompressed and re-hashed, good records indexed, damaged ones and
 * unreadable regions skipped and reported) and the point summaries from the point manifests
 * (unreadable ones listed as damaged). Then it checks that every block a point refers to was
 * found, and names the points that miss some. `index.seal` says "rebuilding" until the end, so
 * a rebuild cut short by a crash is started again on the next open.
 *
 * @example
 * ```ts
 * const r = await rebuildIndex({ root, index, seal, catalog, onProgress: p => log(p) })
 * console.log(`${r.recordsIndexed} blocks from ${r.packs} packs`, r.problems)
 * ```
 */
import { join } from 'node:path'
import type { BlockIndex, IndexEntry } from './block-index.ts'
import { DIGEST_LENGTH, isZeroDigest, type DigestAlgorithm } from './digest.ts'
import type { IndexSeal } from './index-seal.ts'
import { TABLE_ENTRY_LENGTH } from './s3/pack-table.ts'
import { scanPack, type ScannedRecord } from './pack-scan.ts'
import { folderPacks, type PackStorage } from './pack-storage.ts'
import type { PointCatalog } from './points.ts'

export interface RebuildProgress {
  packsDone: number
  packsTotal: number
  bytesDone: number
  bytesTotal: number
}

export interface RebuildResult {
  /** pack files scanned, and their bytes */
  packs: number
  bytesScanned: number
  /** intact records, indexed */
  recordsIndexed: number
  /** records with an intact header whose data is damaged: not indexed */
  recordsDamaged: number
  /** regions of packs that could not be read as records (a damaged header, a torn tail) */
  regionsSkipped: number
  bytesSkipped: number
  /** point files summarized */
  points: number
  /** `<id>: why` of each point whose manifest cannot be read */
  damagedPoints: string[]
  /** `<id>: N blocks not found in any pack` */
  incompletePoints: string[]
  durationMs: number
  /** every skip and damage, naming the pack and offset */
  problems: string[]
}

export interface RebuildInit {
  root: string
  /** where the packs are (default: the folder's packs/); a bucket's are read from their record tables */
  packs?: PackStorage
  index: BlockIndex
  seal: IndexSeal
  catalog: PointCatalog
  /** the repository's block digest (digestAlgorithmOf its format), which the scan checks blocks with */
  algorithm: DigestAlgorithm
  onProgress?: (p: RebuildProgress) => void
  /** ms between progress calls (1000) */
  progressEveryMs?: number
  /** problems listed in full; the rest are counted (1000) */
  maxProblems?: number
}

const BATCH = 4096
/** Digests of a point looked up in the index at once. */
const LOOKUP = 8192

/** Rebuilds the block index and point summaries; the old entries are removed first. */
export async function rebuildIndex (init: RebuildInit): Promise<RebuildResult> {
  const started = Date.now()
  const maxProblems = init.maxProblems ?? 1000
  const result: RebuildResult = {
    packs: 0, bytesScanned: 0, recordsIndexed: 0, recordsDamaged: 0, regionsSkipped: 0, bytesSkipped: 0,
    points: 0, damagedPoints: [], incompletePoints: [], durationMs: 0, problems: []
  }
  let unlisted = 0
  const problem = (p: string): void => {
    if (result.problems.length < maxProblems) result.problems.push(p)
    else unlisted++
  }

  const storage = init.packs ?? folderPacks(join(init.root, 'packs'))
  const packs = [...(await storage.list())].map(([id, size]) => ({ id, size }))
  const bytesTotal = packs.reduce((n, p) => n + p.size, 0)
  let bytesBefore = 0
  let lastProgress = 0
  const progress = (packsDone: number, bytesDone: number, force = false): void => {
    const now = Date.now()
    if (!force && now - lastProgress < (init.progressEveryMs ?? 1000)) return
    lastProgress = now
    init.onProgress?.({ packsDone, packsTotal: packs.length, bytesDone, bytesTotal })
  }

  await init.index.settled()
  await init.seal.beginRebuild()
  await init.index.clear()
  await init.index.sealNow()
  progress(0, 0, true)
  for (const pack of packs) {
    let batch: IndexEntry[] = []
    const flush = async (): Promise<void> => {
      const entries = batch
      batch = []
      await init.index.putMany(entries)
      result.recordsIndexed += entries.length
    }
    if (storage.records !== undefined) {
      // a bucket's pack: its table, one small read; its data is checked by verify, not here
      let records
      try {
        records = await storage.records(pack.id, pack.size)
      } catch (err) {
        records = `its record table cannot be read (${(err as Error).message})`
      }
      if (typeof records === 'string') problem(`pack ${pack.id}: ${records}; its blocks are not indexed`)
      else batch.push(...records)
      await flush()
      result.packs++
      bytesBefore += pack.size
      result.bytesScanned += typeof records === 'string' ? 0 : records.length * TABLE_ENTRY_LENGTH
      progress(result.packs, bytesBefore)
      continue
    }
    let scan
    try {
      scan = await scanPack(storage.path!(pack.id), {
        algorithm: init.algorithm,
        onRecord: async ({ offset, header }: ScannedRecord, damage) => {
          if (damage !== undefined) {
            result.recordsDamaged++
            problem(`pack ${pack.id} offset ${offset}: block ${header.digest.toString('hex')} is damaged (${damage}); skipped`)
            return
          }
          batch.push({
            digest: Buffer.from(header.digest),
            location: { packId: pack.id, offset, length: header.length, rawLength: header.rawLength, compression: header.compression, sealed: header.sealed }
          })
          if (batch.length >= BATCH) await flush()
        },
        onBytes: done => progress(result.packs, bytesBefore + done)
      })
    } catch (err) {
      // an unreadable pack (I/O error) loses its blocks, not the rebuild
      problem(`pack ${pack.id} cannot be read (${(err as Error).message}); its blocks are not indexed`)
      await flush()
      result.packs++
      bytesBefore += pack.size
      continue
    }
    await flush()
    result.packs++
    bytesBefore += pack.size
    result.bytesScanned += scan.size
    if (scan.problem !== undefined) problem(`pack ${pack.id}: ${scan.problem}; its ${scan.size} bytes are not indexed`)
    for (const s of scan.skipped) {
      result.regionsSkipped++
      result.bytesSkipped += s.bytes
      const tail = s.offset + s.bytes === scan.size
      problem(`pack ${pack.id}: ${s.why}; ${s.bytes} bytes skipped ${tail ? 'to the end of the pack (a torn tail, or damage)' : `to the next intact record at offset ${s.offset + s.bytes}`}`)
    }
    progress(result.packs, bytesBefore)
  }
  progress(result.packs, bytesTotal, true)

  const { points, damaged } = await init.catalog.rebuild(init.root, async point => {
    let missing = 0
    for (const disk of point.disks) {
      const wanted: Buffer[] = []
      for (let at = 0; at < disk.digests.length; at += DIGEST_LENGTH) {
        if (!isZeroDigest(disk.digests, at)) wanted.push(disk.digests.subarray(at, at + DIGEST_LENGTH))
      }
      for (let i = 0; i < wanted.length; i += LOOKUP) {
        for (const loc of await init.index.getMany(wanted.slice(i, i + LOOKUP))) if (loc === undefined) missing++
      }
    }
    if (missing > 0) result.incompletePoints.push(`${point.id}: ${missing} blocks not found in any pack`)
  })
  result.points = points
  result.damagedPoints = damaged.map(p => `${p.id}: ${p.damageReason}`)
  await init.seal.finishRebuild()
  if (unlisted > 0) result.problems.push(`… and ${unlisted} more problems`)
  result.durationMs = Date.now() - started
  return result
}
