import assert from 'node:assert/strict'
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { DIGEST_LENGTH } from '../../../roles/repository/digest.ts'
import { scanPack, type ScannedRecord } from '../../../roles/repository/pack-scan.ts'
import { RECORD_HEADER_LENGTH } from '../../../roles/repository/packs.ts'
import { Repository, RepositoryError } from '../../../roles/repository/store.ts'
import { BS, header, makeImage, sendImage, TempDirs } from './helpers.ts'
import { flipByte } from '../../helpers/corrupt.ts'

async function onlyPack (dir: string): Promise<string> {
  const packs = (await readdir(join(dir, 'packs'), { recursive: true })).filter(f => f.endsWith('.pack'))
  assert.equal(packs.length, 1)
  return join(dir, 'packs', packs[0]!)
}

describe('roles/repository: verify and corruption', () => {
  const temp = new TempDirs()
  let dir: string
  let repo: Repository
  let pointId: string
  const size = 6 * BS

  beforeEach(async () => {
    dir = join(await temp.make(), 'repo')
    repo = await Repository.open({ path: dir, name: 'main', create: true })
    const img = makeImage(size, { zeroBlocks: [4] })
    img.copy(img, 5 * BS, 0, BS) // block 5 repeats block 0: one stored block, two references
    const r = await sendImage(await repo.beginDisk(header({ size })), img)
    assert.equal(r.blocksStored, 4)
    assert.equal(r.blocksDeduped, 1)
    pointId = (await repo.commitPoint({ job: 'nightly', vm: 'web-1', stagedIds: [r.stagedId] })).id
  })
  afterEach(async () => {
    await repo.close()
    await temp.cleanup()
  })

  it('passes a good point and reports progress', async () => {
    const progress: Array<[number, number]> = []
    const report = await repo.verify(pointId, (done, total) => progress.push([done, total]))
    assert.deepEqual(report, { pointId, ok: true, blocksChecked: 5, bytesChecked: 5 * BS, problems: [] })
    assert.deepEqual(progress.at(-1), [5, 5])
    assert.equal(progress.length, 5)
  })

  it('reports a flipped byte in a block\'s data, naming every block that uses it', async () => {
    const pack = await onlyPack(dir)
    const records: ScannedRecord[] = []
    await scanPack(pack, { onRecord: r => { records.push(r) } })
    const point = await repo.getPoint(pointId)
    const digests = point.disks[0]!.digests
    const block0 = records.find(r => r.header.digest.equals(digests.subarray(0, DIGEST_LENGTH)))!
    await flipByte(pack, block0.offset + RECORD_HEADER_LENGTH + 10)

    const report = await repo.verify(pointId)
    assert.equal(report.ok, false)
    assert.equal(report.blocksChecked, 5)
    assert.equal(report.bytesChecked, 3 * BS)
    assert.equal(report.problems.length, 2, report.problems.join('\n'))
    assert.match(report.problems[0]!, /^disk 0 \(vda\) block 0 /)
    assert.match(report.problems[1]!, /^disk 0 \(vda\) block 5 /)
  })

  it('reports a damaged record header and a missing pack', async () => {
    const pack = await onlyPack(dir)
    await flipByte(pack, 16 + 20) // inside the first record's digest
    let report = await repo.verify(pointId)
    assert.equal(report.ok, false)
    assert.ok(report.problems.some(p => /corrupt: record header checksum mismatch/.test(p)), report.problems.join('\n'))

    await rm(pack)
    await repo.close()
    repo = await Repository.open({ path: dir, name: 'main' })
    report = await repo.verify(pointId)
    assert.equal(report.ok, false)
    assert.equal(report.problems.length, 5)
    assert.ok(report.problems.every(p => /is missing/.test(p)), report.problems.join('\n'))
  })

  it('detects a corrupt point manifest, naming the file', async () => {
    await repo.close()
    const file = join(dir, 'points', `${pointId}.point`)
    const bytes = await readFile(file)
    bytes[bytes.length >> 1]! ^= 1
    await writeFile(file, bytes)
    repo = await Repository.open({ path: dir, name: 'main' })
    await assert.rejects(repo.getPoint(pointId), (err: unknown) => {
      assert.ok(err instanceof RepositoryError)
      assert.equal(err.code, 'ERR_CORRUPT_MANIFEST')
      assert.match(err.message, new RegExp(`${pointId}\\.point`))
      return true
    })
    const report = await repo.verify(pointId)
    assert.equal(report.ok, false)
    assert.match(report.problems[0]!, /corrupt/)
    await assert.rejects(repo.verify('20990101T000000Z-x-000000'), (err: unknown) => (err as RepositoryError).code === 'ERR_NO_SUCH_POINT')
  })

  it('detects a corrupt staged manifest at commit', async () => {
    const img = makeImage(2 * BS)
    const r = await sendImage(await repo.beginDisk(header({ size: 2 * BS, vm: 'web-2' })), img)
    const file = join(dir, 'staging', `${r.stagedId}.disk`)
    const bytes = await readFile(file)
    await writeFile(file, bytes.subarray(0, bytes.length - 1))
    await assert.rejects(repo.commitPoint({ job: 'nightly', vm: 'web-2', stagedIds: [r.stagedId] }), (err: unknown) => {
      assert.equal((err as RepositoryError).code, 'ERR_CORRUPT_MANIFEST')
      assert.match((err as Error).message, new RegExp(`${r.stagedId}\\.disk`))
      return true
    })
    assert.equal((await repo.listPoints()).length, 1)
  })

  it('skips a damaged record when rebuilding the index', async () => {
    const pack = await onlyPack(dir)
    const records: ScannedRecord[] = []
    await scanPack(pack, { onRecord: r => { records.push(r) } })
    records.sort((a, b) => a.offset - b.offset)
    await flipByte(pack, records[1]!.offset + RECORD_HEADER_LENGTH + 3)
    const result = await repo.rebuildIndex()
    assert.equal(result.recordsIndexed, 3)
    assert.equal(result.recordsDamaged, 1)
    assert.equal(result.problems.length, 1)
    assert.match(result.problems[0]!, new RegExp(`offset ${records[1]!.offset}: block [0-9a-f]{64} is damaged`))
    const report = await repo.verify(pointId)
    assert.equal(report.ok, false)
    assert.ok(report.problems.every(p => /is not stored/.test(p)))
  })
})
