/**
 * Tests for the block index's integrity (index-open.ts, index-seal.ts, rebuild.ts, the base
 * check and damage marks in base-blocks.ts, block-reads.ts) on real repositories in temp folders: an index deleted,
 * damaged on disk, rolled back to an older copy, or left half rebuilt is found at open, said in
 * the log and rebuilt before `open` returns; every point restores afterwards and the next
 * incremental is complete. A sound index is never rebuilt, and an older repository is sealed
 * without one. A block found damaged is stored again by the next backup that has it.
 */
import assert from 'node:assert/strict'
import { cp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Logger } from '../../../node/core/logger.ts'
import { scanPack } from '../../../roles/repository/pack-scan.ts'
import { RECORD_HEADER_LENGTH } from '../../../roles/repository/packs.ts'
import { Repository, RepositoryError, type ListedPoint } from '../../../roles/repository/store.ts'
import { BS, header, makeImage, restoreImage, sendImage, sha, TempDirs } from './helpers.ts'
import { flipByte } from '../../helpers/corrupt.ts'

/** A logger that keeps its lines. */
function capture (): Logger & { lines: Array<{ level: string, msg: string, fields?: Record<string, unknown> }> } {
  const lines: Array<{ level: string, msg: string, fields?: Record<string, unknown> }> = []
  const at = (level: string) => (msg: string, fields?: Record<string, unknown>) => { lines.push({ level, msg, fields }) }
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') }
}

const code = (c: string) => (err: unknown): boolean => {
  assert.ok(err instanceof RepositoryError, String(err))
  assert.equal(err.code, c, err.message)
  return true
}

describe('roles/repository: block index integrity', () => {
  const temp = new TempDirs()
  let dir: string
  let repo: Repository | undefined
  const size = 8 * BS

  const openRepo = async (log?: Logger, format?: number): Promise<Repository> => {
    repo = await Repository.open({ path: dir, name: 'main', create: true, log, format })
    return repo
  }
  const closeRepo = async (): Promise<void> => {
    await repo?.close()
    repo = undefined
  }
  /** A full backup of `img` for `vm`, or an incremental of the blocks in `changed` from `base`. */
  const backup = async (r: Repository, vm: string, img: Buffer, base?: ListedPoint, changed?: number[]): Promise<ListedPoint> => {
    const w = await r.beginDisk(header({ size: img.length, vm, basePoint: base?.id ?? '' }))
    const s = await sendImage(w, img, { indices: changed, algorithm: r.digestAlgorithm })
    return await r.commitPoint({ job: 'nightly', vm, stagedIds: [s.stagedId] })
  }
  const change = (img: Buffer, blocks: number[]): Buffer => {
    const next = Buffer.from(img)
    for (const b of blocks) makeImage(BS).copy(next, b * BS)
    return next
  }

  beforeEach(async () => { dir = join(await temp.make(), 'repo') })
  afterEach(async () => {
    await closeRepo()
    await temp.cleanup()
  })

  it('rebuilds a deleted index at open, before serving, and the next incremental restores', async () => {
    let r = await openRepo()
    const img = makeImage(size, { zeroBlocks: [3] })
    const full = await backup(r, 'web-1', img)
    const img2 = change(img, [1, 6])
    const incr = await backup(r, 'web-1', img2, full, [1, 6])
    await closeRepo()
    await rm(join(dir, 'index'), { recursive: true })

    const log = capture()
    r = await openRepo(log)
    assert.match(r.rebuiltAtOpen?.why ?? '', /block index folder .*index is missing/)
    assert.equal(r.rebuiltAtOpen?.result.recordsIndexed, 9, '7 blocks of the full, 2 of the incremental')
    const warn = log.lines.findIndex(l => l.level === 'warn' && /cannot be trusted: rebuilding it/.test(l.msg))
    const done = log.lines.findIndex(l => /block index rebuilt/.test(l.msg))
    assert.ok(warn >= 0 && done > warn, JSON.stringify(log.lines))
    assert.ok((await restoreImage(r, full.id)).equals(img))
    assert.ok((await restoreImage(r, incr.id)).equals(img2))

    // the next incremental inherits blocks from the rebuilt index: it is complete
    const img3 = change(img2, [0])
    const next = await backup(r, 'web-1', img3, incr, [0])
    assert.ok((await r.verify(next.id)).ok)
    assert.ok((await restoreImage(r, next.id)).equals(img3))
    await closeRepo()
    r = await openRepo()
    assert.equal(r.rebuiltAtOpen, undefined, 'a sound index is not rebuilt')
    assert.ok((await restoreImage(r, next.id)).equals(img3))
  })

  it('rebuilds an index whose LevelDB table has a flipped byte', async () => {
    let r = await openRepo()
    const img = makeImage(size)
    const p = await backup(r, 'web-1', img)
    await closeRepo()
    r = await openRepo() // LevelDB turns its log into a table on open
    await closeRepo()
    const tables = (await readdir(join(dir, 'index'))).filter(f => f.endsWith('.ldb'))
    assert.ok(tables.length > 0)
    const table = join(dir, 'index', tables[0]!)
    await flipByte(table, Math.floor((await stat(table)).size / 3))

    r = await openRepo()
    assert.match(r.rebuiltAtOpen?.why ?? '', /LevelDB files are damaged: table \d+\.ldb/)
    assert.equal(r.rebuiltAtOpen?.movedTo, join(dir, 'index.damaged'), 'the damaged index is kept aside')
    assert.ok((await stat(join(dir, 'index.damaged'))).isDirectory())
    assert.ok((await restoreImage(r, p.id)).equals(img))
  })

  it('rebuilds an index that lost updates (an older copy put back) and one whose rebuild was cut short', async () => {
    let r = await openRepo()
    const img = makeImage(size)
    const first = await backup(r, 'web-1', img)
    await closeRepo()
    await cp(join(dir, 'index'), join(dir, '..', 'index-copy'), { recursive: true })
    r = await openRepo()
    const img2 = makeImage(size)
    const second = await backup(r, 'web-2', img2)
    await closeRepo()
    await rm(join(dir, 'index'), { recursive: true })
    await cp(join(dir, '..', 'index-copy'), join(dir, 'index'), { recursive: true })

    r = await openRepo()
    assert.match(r.rebuiltAtOpen?.why ?? '', /it lost its last \d+ updates/)
    assert.ok((await restoreImage(r, first.id)).equals(img))
    assert.ok((await restoreImage(r, second.id)).equals(img2))
    await closeRepo()

    const sealFile = join(dir, 'index.seal')
    await writeFile(sealFile, (await readFile(sealFile, 'utf8')).replace('state: ok', 'state: rebuilding'))
    r = await openRepo()
    assert.match(r.rebuiltAtOpen?.why ?? '', /a rebuild of it did not finish/)
    assert.ok((await restoreImage(r, second.id)).equals(img2))
  })

  it('seals the sound index of an older repository without rebuilding, and rebuilds a lost one', async () => {
    // a folder of an older meshbackup names its blocks by SHA-256, as format 2 does
    let r = await openRepo(undefined, 2)
    const img = makeImage(size)
    const p = await backup(r, 'web-1', img)
    await closeRepo()
    // what meshbackup before format 2 left: FORMAT 1, no index.seal
    const format = join(dir, 'FORMAT')
    await writeFile(format, (await readFile(format, 'utf8')).replace('meshbackup-repository 2', 'meshbackup-repository 1'))
    await rm(join(dir, 'index.seal'))
    const log = capture()
    r = await openRepo(log)
    assert.equal(r.rebuiltAtOpen, undefined)
    assert.ok(log.lines.some(l => /checked against the restore points and sealed/.test(l.msg)))
    assert.match(await readFile(format, 'utf8'), /^meshbackup-repository 2\n/)
    assert.match(await readFile(join(dir, 'index.seal'), 'utf8'), /state: ok/)
    assert.ok((await restoreImage(r, p.id)).equals(img))
    await closeRepo()

    await writeFile(format, (await readFile(format, 'utf8')).replace('meshbackup-repository 2', 'meshbackup-repository 1'))
    await rm(join(dir, 'index.seal'))
    await rm(join(dir, 'index'), { recursive: true })
    r = await openRepo()
    assert.match(r.rebuiltAtOpen?.why ?? '', /is missing/)
    assert.ok((await restoreImage(r, p.id)).equals(img))
  })

  it('rebuilds the deleted index of a repository with nothing in it once, and not at the next open', async () => {
    await openRepo()
    await closeRepo()
    await rm(join(dir, 'index'), { recursive: true })
    let r = await openRepo()
    assert.match(r.rebuiltAtOpen?.why ?? '', /is missing/)
    assert.equal(r.rebuiltAtOpen?.result.packs, 0)
    await closeRepo()
    r = await openRepo()
    assert.equal(r.rebuiltAtOpen, undefined)
  })

  it('sends again in an incremental the blocks its base has damaged, which repairs every point using them', async () => {
    const r = await openRepo()
    const img = makeImage(size)
    const p = await backup(r, 'web-1', img)
    const damaged = sha(img.subarray(2 * BS, 3 * BS))
    const pack = (await readdir(join(dir, 'packs'), { recursive: true })).find(f => f.endsWith('.pack'))!
    let offset = -1
    await scanPack(join(dir, 'packs', pack), { onRecord: rec => { if (rec.header.digest.equals(damaged)) offset = rec.offset } })
    await flipByte(join(dir, 'packs', pack), offset + RECORD_HEADER_LENGTH + 7)

    const report = await r.verify(p.id)
    assert.equal(report.ok, false)
    assert.equal(report.problems.length, 1)
    assert.match(report.problems[0]!, new RegExp(`^disk 0 \\(vda\\) block 2 .*: pack [0-9a-f]{32} offset ${offset}: (its bytes do not hash to its digest|it does not decompress)`))
    assert.deepEqual((await r.listPoints()).map(x => x.badBlocks), [1], 'the point is listed with its bad block')
    assert.deepEqual((await r.baseDigests(p.id, 'web-1', 0))?.repair, [2], 'the base names the block to send again')

    // an incremental in which nothing changed: the damaged block is still required, and sent
    const writer = await r.beginDisk(header({ size, basePoint: p.id }))
    assert.deepEqual(writer.requiredRanges(), [2, 1])
    const again = await sendImage(writer, img, { indices: [2] })
    assert.equal(again.blocksStored, 1)
    await r.commitPoint({ job: 'nightly', vm: 'web-1', stagedIds: [again.stagedId] })
    assert.deepEqual((await r.listPoints()).map(x => x.badBlocks), [0, 0], 'the mark is cleared: the old point is sound again')
    assert.ok((await r.verify(p.id)).ok, 'the old point is whole again')
    assert.ok((await restoreImage(r, p.id)).equals(img))
    assert.deepEqual((await r.baseDigests(p.id, 'web-1', 0))?.repair, [])
  })

  it('takes a point it just committed as a base without looking its blocks up, until the index loses an entry', async () => {
    const r = await openRepo()
    const img = makeImage(size)
    const p1 = await backup(r, 'web-1', img)
    const p2 = await backup(r, 'web-1', change(img, [1]), p1, [1])
    // the index's lookups of a base's blocks, counted
    const index = (r as unknown as { index: { getMany: (d: Buffer[]) => Promise<unknown[]> } }).index
    const getMany = index.getMany.bind(index)
    let lookups = 0
    index.getMany = async (d) => { lookups++; return await getMany(d) }
    assert.deepEqual((await r.baseDigests(p2.id, 'web-1', 0))?.repair, [])
    assert.equal(lookups, 0, 'sound since its commit')

    // the index loses an entry (a damage mark): the base is looked at again, and the bad block named
    const damaged = sha(img.subarray(2 * BS, 3 * BS))
    for (const pack of (await readdir(join(dir, 'packs'), { recursive: true })).filter(f => f.endsWith('.pack'))) {
      let offset = -1
      await scanPack(join(dir, 'packs', pack), { onRecord: rec => { if (rec.header.digest.equals(damaged)) offset = rec.offset } })
      if (offset >= 0) await flipByte(join(dir, 'packs', pack), offset + RECORD_HEADER_LENGTH + 7)
    }
    assert.equal((await r.verify(p1.id)).ok, false)
    assert.deepEqual((await r.baseDigests(p2.id, 'web-1', 0))?.repair, [2])
    assert.ok(lookups > 0, 'looked up again')
  })

  it('an incremental that does not send a block its base has damaged fails: nothing damaged is inherited', async () => {
    const r = await openRepo()
    const img = makeImage(size)
    const p = await backup(r, 'web-1', img)
    const pack = (await readdir(join(dir, 'packs'), { recursive: true })).find(f => f.endsWith('.pack'))!
    let offset = -1
    const damaged = sha(img.subarray(5 * BS, 6 * BS))
    await scanPack(join(dir, 'packs', pack), { onRecord: rec => { if (rec.header.digest.equals(damaged)) offset = rec.offset } })
    await flipByte(join(dir, 'packs', pack), offset + RECORD_HEADER_LENGTH + 3)
    assert.equal((await r.verifyPoints()).badBlocks, 1)
    const writer = await r.beginDisk(header({ size, basePoint: p.id }))
    await assert.rejects(sendImage(writer, img, { indices: [1] }), code('ERR_INCOMPLETE_DISK'))
  })

  it('rebuilds on request: refused while a disk is being written, and new writers wait for it', async () => {
    const r = await openRepo()
    const img = makeImage(size)
    const p = await backup(r, 'web-1', img)
    const writer = await r.beginDisk(header({ size, vm: 'web-2' }))
    await assert.rejects(r.rebuildIndex(), code('ERR_REPOSITORY_BUSY'))
    await writer.abort()

    const order: string[] = []
    const progress: number[] = []
    const rebuild = r.rebuildIndex(pr => progress.push(pr.bytesDone)).then(res => { order.push('rebuilt'); return res })
    const begin = r.beginDisk(header({ size, vm: 'web-3' })).then(w => { order.push('writer'); return w })
    await assert.rejects(r.gc(), code('ERR_REPOSITORY_BUSY'))
    const result = await rebuild
    await (await begin).abort()
    assert.deepEqual(order, ['rebuilt', 'writer'])
    assert.equal(result.recordsIndexed, 8)
    assert.equal(result.points, 1)
    assert.ok(progress.length >= 2 && progress.at(-1)! > 0)
    assert.ok((await restoreImage(r, p.id)).equals(img))
  })
})
