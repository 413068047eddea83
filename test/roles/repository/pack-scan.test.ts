/**
 * Tests for the index rebuild's pack scan (pack-scan.ts scanPack, rebuild.ts) on a real repository:
 * a flipped byte in a record header costs that record only — the scan finds the next intact
 * record and goes on — and a flipped byte in a record's data costs that block only. Every skip
 * is counted and named with its pack offset, and the other points restore bit-exact.
 */
import assert from 'node:assert/strict'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { compressBlock } from '../../../roles/repository/compression.ts'
import { scanPack, type ScannedRecord } from '../../../roles/repository/pack-scan.ts'
import { encodeRecordHeader, RECORD_HEADER_LENGTH } from '../../../roles/repository/packs.ts'
import { Repository } from '../../../roles/repository/store.ts'
import { BS, header, makeImage, pipeBlock, restoreImage, sendImage, sha, TempDirs } from './helpers.ts'
import { flipByte } from '../../helpers/corrupt.ts'

async function packs (dir: string): Promise<string[]> {
  return (await readdir(join(dir, 'packs'), { recursive: true })).filter(f => f.endsWith('.pack')).map(f => join(dir, 'packs', f))
}

async function records (pack: string): Promise<ScannedRecord[]> {
  const out: ScannedRecord[] = []
  await scanPack(pack, { onRecord: r => { out.push({ ...r, data: Buffer.from(r.data) }) } })
  return out.sort((a, b) => a.offset - b.offset)
}

describe('roles/repository: rebuilding the index past damaged records', () => {
  const temp = new TempDirs()
  let dir: string
  let repo: Repository
  let img: Buffer
  let other: Buffer
  let pointId: string
  let otherId: string
  let pack: string
  let recs: ScannedRecord[]
  const blocks = 12

  beforeEach(async () => {
    dir = join(await temp.make(), 'repo')
    repo = await Repository.open({ path: dir, name: 'main', create: true })
    img = makeImage(blocks * BS)
    const r = await sendImage(await repo.beginDisk(header({ size: img.length })), img, { inFlight: 1 })
    pointId = (await repo.commitPoint({ job: 'nightly', vm: 'web-1', stagedIds: [r.stagedId] })).id
    // a second VM in its own pack: it must come through every damage of the first untouched
    other = makeImage(3 * BS)
    const o = await sendImage(await repo.beginDisk(header({ size: other.length, vm: 'db-1' })), other)
    otherId = (await repo.commitPoint({ job: 'nightly', vm: 'db-1', stagedIds: [o.stagedId] })).id
    const digest0 = sha(img.subarray(0, BS))
    for (const p of await packs(dir)) {
      const rs = await records(p)
      if (rs.some(x => x.header.digest.equals(digest0))) {
        pack = p
        recs = rs
      }
    }
    assert.equal(recs.length, blocks)
  })
  afterEach(async () => {
    await repo.close()
    await temp.cleanup()
  })

  it('skips a record whose header is damaged, at any byte of it, and indexes every other record', async () => {
    const k = 5
    // magic, compression, raw length, stored length, digest, header CRC
    for (const at of [0, 4, 9, 13, 30, 49]) {
      const offset = recs[k]!.offset + at
      await flipByte(pack, offset)
      const result = await repo.rebuildIndex()
      assert.equal(result.recordsIndexed, blocks - 1 + 3, `header byte ${at}: every other record is indexed`)
      assert.equal(result.recordsDamaged, 0)
      assert.equal(result.regionsSkipped, 1)
      assert.equal(result.bytesSkipped, recs[k + 1]!.offset - recs[k]!.offset)
      assert.equal(result.problems.length, 1)
      assert.match(result.problems[0]!, new RegExp(`at offset ${recs[k]!.offset}; ${result.bytesSkipped} bytes skipped to the next intact record at offset ${recs[k + 1]!.offset}`))
      const report = await repo.verify(pointId)
      assert.equal(report.ok, false)
      assert.equal(report.problems.length, 1, report.problems.join('\n'))
      assert.match(report.problems[0]!, new RegExp(`^disk 0 \\(vda\\) block ${k} .*is not stored`))
      await flipByte(pack, offset) // put it back for the next byte
    }
    assert.ok((await restoreImage(repo, otherId)).equals(other))
    const healed = await repo.rebuildIndex()
    assert.equal(healed.recordsIndexed, blocks + 3)
    assert.ok((await restoreImage(repo, pointId)).equals(img))
  })

  it('skips a record whose data is damaged, and several damaged records in one pack', async () => {
    await flipByte(pack, recs[2]!.offset + RECORD_HEADER_LENGTH + 100)
    let result = await repo.rebuildIndex()
    assert.equal(result.recordsIndexed, blocks - 1 + 3)
    assert.equal(result.recordsDamaged, 1)
    assert.match(result.problems[0]!, new RegExp(`offset ${recs[2]!.offset}: block ${recs[2]!.header.digest.toString('hex')} is damaged`))

    await flipByte(pack, recs[0]!.offset + 1) // the first record's header
    await flipByte(pack, recs[7]!.offset + 20) // a digest byte
    await flipByte(pack, recs[11]!.offset + 48) // the last record's CRC: the rest is a tail
    result = await repo.rebuildIndex()
    assert.equal(result.recordsIndexed, blocks - 4 + 3)
    assert.equal(result.recordsDamaged, 1)
    assert.equal(result.regionsSkipped, 3)
    const report = await repo.verify(pointId)
    assert.deepEqual(report.problems.map(p => Number(/block (\d+) /.exec(p)![1])), [0, 2, 7, 11])
    assert.ok((await restoreImage(repo, otherId)).equals(other))
  })

  it('indexes a real record found inside a damaged record\'s data, and still finds the next one', async () => {
    // block 0 stored raw, holding a copy of block 1's whole record (header and zstd data)
    const dir2 = join(await temp.make(), 'repo')
    const repo2 = await Repository.open({ path: dir2, name: 'main', create: true })
    try {
      const image = makeImage(3 * BS)
      const block1 = image.subarray(BS, 2 * BS)
      const packed = await compressBlock(block1, 'zstd')
      const record1 = Buffer.concat([encodeRecordHeader(sha(block1), 'zstd', BS, packed.length), packed])
      record1.copy(image, 1000)
      const writer = await repo2.beginDisk(header({ size: image.length }))
      await writer.putBlock(await pipeBlock(image, 0, 'none'))
      await writer.putBlock(await pipeBlock(image, 1, 'zstd'))
      await writer.putBlock(await pipeBlock(image, 2, 'zstd'))
      const id = (await repo2.commitPoint({ job: 'nightly', vm: 'web-1', stagedIds: [(await writer.finish()).stagedId] })).id
      const [p] = await packs(dir2)
      const rs = await records(p!)
      assert.equal(rs.length, 3)
      await flipByte(p!, rs[0]!.offset + 30)
      const result = await repo2.rebuildIndex()
      assert.deepEqual(result.problems.filter(x => /damaged/.test(x)), [])
      const report = await repo2.verify(id)
      assert.deepEqual(report.problems.map(x => Number(/block (\d+) /.exec(x)![1])), [0], 'only the block whose header broke is lost')
      const back = await restoreImage(repo2, id).catch(() => undefined)
      assert.equal(back, undefined)
      const stored = await repo2.readBlock(sha(image.subarray(2 * BS)))
      assert.equal(stored.location?.offset, rs[2]!.offset, 'the record after the damaged one is found where it is')
    } finally {
      await repo2.close()
    }
  })
})
