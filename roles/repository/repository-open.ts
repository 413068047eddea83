/**
 * @packageDocumentation
 * Opening a repository folder: its FORMAT checked (or the layout created), tmp/ emptied, the
 * block index opened (LevelDB locks the folder) and trusted only once it checked out
 * (index-open.ts), rebuilt from the packs otherwise, the point catalog reconciled with the point
 * files, and a version 1 folder upgraded. `Repository.open` wraps the parts it returns.
 *
 * @example
 * ```ts
 * const opened = await openRepository({ path: '/srv/backup', name: 'main', create: true, log })
 * opened.rebuilt?.why                      // the index was distrusted and rebuilt before returning
 * ```
 */
import { mkdir, readdir, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { silentLogger, type Logger } from '../../node/core/logger.ts'
import { BlockIndex, type Database } from './block-index.ts'
import { RepositoryError } from './errors.ts'
import type { IndexSeal } from './index-seal.ts'
import { openIndex } from './index-open.ts'
import { folderPacks, type PackStorage } from './pack-storage.ts'
import { PointCatalog } from './points.ts'
import { rebuildIndex, type RebuildResult } from './rebuild.ts'
import { checkCreatableFormat, digestAlgorithmOf, checkFormat, checkName, createLayout, folderContents, SHA256_FORMAT, writeFormat } from './repository-format.ts'

/** What `open` found wrong with the block index, and the rebuild it ran before returning. */
export interface OpenRebuild {
  why: string
  /** where the distrusted index was moved */
  movedTo?: string
  result: RebuildResult
}

/** An open repository folder: its index (sealed, trusted) and its point catalog (loaded). */
export interface OpenedRepository {
  path: string
  name: string
  db: Database
  seal: IndexSeal
  index: BlockIndex
  catalog: PointCatalog
  /** where its packs are: the folder's packs/, or a bucket */
  packs: PackStorage
  rebuilt?: OpenRebuild
  /** the FORMAT version: 3 names blocks by BLAKE3, older ones by SHA-256 (digestAlgorithmOf) */
  formatVersion: number
}

/**
 * Opens the repository at `path`, creating it when `create` is set and the folder is missing
 * or empty. Throws ERR_NOT_A_REPOSITORY, ERR_REPOSITORY_NAME_MISMATCH, ERR_UNSUPPORTED_FORMAT
 * or ERR_REPOSITORY_LOCKED.
 */
export async function openRepository (init: {
  path: string
  name: string
  create?: boolean
  /** the format of a repository created now (2 or 3; default the newest): 2 keeps SHA-256 block ids */
  format?: number
  log?: Logger
  /** the packs are not in the folder (a bucket): made once the index's LevelDB is open */
  packs?: (db: Database) => PackStorage
  /** folder packs: before a pack file is removed (its immutable attribute cleared) */
  beforeRemove?: (path: string, id: string) => Promise<void>
}): Promise<OpenedRepository> {
  const path = resolve(init.path)
  const name = checkName(init.name)
  const contents = await folderContents(path)
  let format = { version: checkCreatableFormat(init.format), created: '' }
  if (contents === 'missing' || contents === 'empty') {
    if (init.create !== true) {
      throw new RepositoryError('ERR_NOT_A_REPOSITORY',
        `there is no repository at ${path}; create one with the create option`, { subject: path })
    }
    await createLayout(path, name, format.version)
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
    const packs = init.packs?.(db) ?? folderPacks(join(path, 'packs'), { beforeRemove: init.beforeRemove })
    let rebuilt: OpenRebuild | undefined
    if (opened.distrust !== undefined) {
      log.warn('the block index cannot be trusted: rebuilding it from the packs and restore points before serving',
        { repository: name, path, why: opened.distrust, movedTo: opened.movedTo })
      const result = await rebuildIndex({
        root: path,
        index,
        seal,
        algorithm: digestAlgorithmOf(format.version),
        catalog,
        packs,
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
    // the index is sealed now: a version 1 folder is a version 2 repository (its block ids stay
    // SHA-256, so it never becomes version 3)
    if (format.version < SHA256_FORMAT) {
      await writeFormat(path, name, format.created, SHA256_FORMAT)
      format.version = SHA256_FORMAT
    }
    return { path, name, db, seal, index, catalog, packs, rebuilt, formatVersion: format.version }
  } catch (err) {
    await seal.flush().catch(() => {})
    await db.close().catch(() => {})
    throw err
  }
}
