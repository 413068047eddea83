/**
 * @packageDocumentation
 * Opening the block index only when it can be trusted. Before the repository serves anything,
 * `openIndex` checks the LevelDB in index/ against what is kept outside it: every block and
 * record of its files against their CRCs (`checkLevelDb`), and its seal against `index.seal`
 * (see index-seal.ts). A repository without `index.seal` (written by an older meshbackup, or the
 * file was lost) is checked against its restore points instead: every block they and the staged
 * disks refer to must be indexed. An index that fails any of this is moved aside to
 * index.damaged/ and a new, empty one is opened, with the reason: the caller rebuilds it from
 * the packs and manifests before anything reads it.
 *
 * @example
 * ```ts
 * const { db, seal, distrust } = await openIndex({ root })
 * if (distrust !== undefined) await rebuildIndex({ root, index, seal, catalog })
 * ```
 */
import { readdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { Level } from 'level'
import { BlockIndex, type Database } from './block-index.ts'
import { DIGEST_LENGTH, isZeroDigest } from './digest.ts'
import { isSystemError, RepositoryError } from './errors.ts'
import { decodeSealValue, encodeSealValue, IndexSeal, newIndexId, readSealFile, SEAL_FILE, SEAL_KEY, writeSealFile } from './index-seal.ts'
import { checkLevelDb } from './leveldb-check.ts'
import { decodeDisk, decodePoint, readManifest } from './manifests.ts'
import { isPackId } from './packs.ts'

export interface OpenedIndex {
  db: Database
  seal: IndexSeal
  /** Why the index found was not trusted: `db` is a new, empty index to rebuild. */
  distrust?: string
  /** Where the distrusted index was moved. */
  movedTo?: string
  /** The index was trusted without `index.seal` (an older repository) and is sealed now. */
  sealedNow?: boolean
}

const LOOKUP = 8192

function levelDb (dir: string): Database {
  return new Level<Buffer, Buffer>(dir, { keyEncoding: 'buffer', valueEncoding: 'buffer' })
}

async function openDb (dir: string, root: string): Promise<Database> {
  const db = levelDb(dir)
  try {
    await db.open()
  } catch (err) {
    if ((err as { cause?: { code?: string } }).cause?.code === 'LEVEL_LOCKED') {
      throw new RepositoryError('ERR_REPOSITORY_LOCKED',
        `repository ${root} is open in another process (or another Repository instance); close that one first`, { subject: root, cause: err })
    }
    throw err
  }
  return db
}

/** Opens index/ of the repository at `root`, or a new empty one (with `distrust`) in its place. */
export async function openIndex (init: { root: string }): Promise<OpenedIndex> {
  const { root } = init
  const dir = join(root, 'index')
  const sealed = await readSealFile(root)
  const contents = await readdir(dir).catch((err: unknown) => { if (isSystemError(err, 'ENOENT')) return undefined; throw err })
  const empty = contents === undefined || contents.length === 0
  const fresh = empty && sealed === undefined && !await holdsData(root)

  let distrust: string | undefined
  if (fresh) {
    // a new repository: nothing to check, nothing to lose
  } else if (empty) {
    distrust = `the block index folder ${dir} is ${contents === undefined ? 'missing' : 'empty'}`
  } else {
    const check = await checkLevelDb(dir)
    if (check.problems.length > 0) {
      distrust = `its LevelDB files are damaged: ${check.problems[0]}${check.problems.length > 1 ? ` (and ${check.problems.length - 1} more)` : ''}`
    }
  }

  let db: Database | undefined
  let seal: IndexSeal | undefined
  let sealedNow = false
  if (!empty || fresh) {
    // opened even when its files are damaged: LevelDB takes its lock first, so a repository
    // another process has open is refused here, before anything is moved
    try {
      db = await openDb(dir, root)
    } catch (err) {
      if (err instanceof RepositoryError) throw err
      distrust ??= `LevelDB cannot open it (${(err as Error).message})`
    }
  }
  if (db !== undefined && distrust === undefined) {
    const value = await db.get(SEAL_KEY)
    const inDb = value === undefined ? undefined : decodeSealValue(value)
    if (typeof sealed === 'string') {
      distrust = sealed
    } else if (sealed === undefined) {
      if (typeof inDb === 'string') distrust = inDb
      else if (!fresh) distrust = await missingBlocks(root, db)
      if (distrust === undefined) {
        // an older repository, or index.seal was lost: the index checked out, seal it now
        const id = typeof inDb === 'object' ? inDb.id : newIndexId()
        const generation = typeof inDb === 'object' ? inDb.generation : 0
        if (inDb === undefined) await db.put(SEAL_KEY, encodeSealValue(id, generation), { sync: true })
        await writeSealFile(root, { id, generation, state: 'ok' })
        seal = new IndexSeal({ root, id, generation })
        sealedNow = !fresh
      }
    } else if (sealed.state === 'rebuilding') {
      distrust = `a rebuild of it did not finish (${SEAL_FILE} says "rebuilding")`
    } else if (typeof inDb === 'string') {
      distrust = inDb
    } else if (inDb === undefined) {
      distrust = `it has no seal: it was deleted or replaced by an empty one (${SEAL_FILE} says generation ${sealed.generation})`
    } else if (inDb.id !== sealed.id) {
      distrust = `it is another index than the one ${SEAL_FILE} describes (id ${inDb.id}, expected ${sealed.id}): a copy from elsewhere or from an older backup`
    } else if (inDb.generation < sealed.generation) {
      distrust = `it lost its last ${sealed.generation - inDb.generation} updates (generation ${inDb.generation}, ${SEAL_FILE} says ${sealed.generation})`
    } else {
      seal = new IndexSeal({ root, id: inDb.id, generation: inDb.generation })
    }
  }
  if (distrust === undefined && db !== undefined && seal !== undefined) return { db, seal, sealedNow }

  await db?.close().catch(() => {})
  // the damaged index is kept for a post-mortem (the rebuild does not need it); one at a time
  const aside = join(root, 'index.damaged')
  let movedTo: string | undefined
  if (contents !== undefined) {
    await rm(aside, { recursive: true, force: true })
    await rename(dir, aside)
    movedTo = aside
  }
  const fresh2 = await openDb(dir, root)
  return { db: fresh2, seal: new IndexSeal({ root, id: newIndexId(), generation: 0 }), distrust, movedTo }
}

/** True when the repository holds packs, points or staged disks (it is not new). */
async function holdsData (root: string): Promise<boolean> {
  for (const dir of ['points', 'staging']) {
    if ((await readdir(join(root, dir)).catch(() => [])).length > 0) return true
  }
  for (const sub of await readdir(join(root, 'packs')).catch(() => [] as string[])) {
    const files = await readdir(join(root, 'packs', sub)).catch(() => [] as string[])
    if (files.some(f => f.endsWith('.pack') && isPackId(f.slice(0, -'.pack'.length)))) return true
  }
  return false
}

/**
 * Why the index cannot serve the points and staged disks (the first one with blocks it does not
 * have), or undefined when it can. Unreadable manifests are left to the point catalog.
 */
async function missingBlocks (root: string, db: Database): Promise<string | undefined> {
  const index = new BlockIndex({ db })
  const manifests: Array<{ what: string, digests: () => Promise<Buffer[]> }> = []
  for (const f of (await readdir(join(root, 'points'))).sort()) {
    if (!f.endsWith('.point')) continue
    const path = join(root, 'points', f)
    manifests.push({ what: `restore point ${f.slice(0, -'.point'.length)}`, digests: async () => decodePoint(await readManifest(path), path).disks.map(d => d.digests) })
  }
  for (const f of (await readdir(join(root, 'staging'))).sort()) {
    if (!f.endsWith('.disk')) continue
    const path = join(root, 'staging', f)
    manifests.push({ what: `staged disk ${f.slice(0, -'.disk'.length)}`, digests: async () => [decodeDisk(await readManifest(path), path).digests] })
  }
  for (const m of manifests) {
    let lists: Buffer[]
    try {
      lists = await m.digests()
    } catch {
      continue
    }
    let missing = 0
    for (const digests of lists) {
      const wanted: Buffer[] = []
      for (let at = 0; at < digests.length; at += DIGEST_LENGTH) if (!isZeroDigest(digests, at)) wanted.push(digests.subarray(at, at + DIGEST_LENGTH))
      for (let i = 0; i < wanted.length; i += LOOKUP) {
        for (const loc of await index.getMany(wanted.slice(i, i + LOOKUP))) if (loc === undefined) missing++
      }
    }
    if (missing > 0) return `it has no ${SEAL_FILE} to check it against, and ${m.what} refers to ${missing} blocks it does not have`
  }
  return undefined
}
