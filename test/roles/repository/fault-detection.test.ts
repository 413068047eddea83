/**
 * Verify against flipped bytes (verify.ts, block-reads.ts) on a real repository: a byte
 * flipped anywhere in a stored record — each of the 52 header bytes, and data bytes from the
 * first to the last — is found every time, and the report names the point, the disk, the block
 * and the pack offset; a point that does not use the record verifies and restores bit-exact.
 */
import assert from 'node:assert/strict'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { scanPack, type ScannedRecord } from '../../../roles/repository/pack-scan.ts'
import { RECORD_HEADER_LENGTH } from '../../../roles/repository/packs.ts'
import { Repository } from '../../../roles/repository/store.ts'
import { BS, header, makeImage, restoreImage, sendImage, sha, TempDirs } from './helpers.ts'
import { flipByte } from '../../helpers/corrupt.ts'

describe('roles/repository: verify finds every flipped byte', () => {
  const temp = new TempDirs()
  let dir: string
  let repo: Repository
  let img: Buffer
  let other: Buffer
  let pointId: string
  let otherId: string
  let pack: string
  let target: ScannedRecord
  const block = 3

  before(async () => {
    dir = join(await temp.make(), 'repo')
    repo = await Repository.open({ path: dir, name: 'main', create: true })
    img = makeImage(6 * BS)
    const s = await sendImage(await repo.beginDisk(header({ size: img.length })), img)
    pointId = (await repo.commitPoint({ job: 'nightly', vm: 'web-1', stagedIds: [s.stagedId] })).id
    other = makeImage(2 * BS)
    const o = await sendImage(await repo.beginDisk(header({ size: other.length, vm: 'db-1' })), other)
    otherId = (await repo.commitPoint({ job: 'nightly', vm: 'db-1', stagedIds: [o.stagedId] })).id
    const digest = sha(img.subarray(block * BS, (block + 1) * BS))
    for (const f of (await readdir(join(dir, 'packs'), { recursive: true })).filter(x => x.endsWith('.pack'))) {
      await scanPack(join(dir, 'packs', f), {
        onRecord: r => {
          if (r.header.digest.equals(digest)) {
            pack = join(dir, 'packs', f)
            target = { ...r, data: Buffer.from(r.data) }
          }
        }
      })
    }
    assert.ok(target !== undefined)
  })
  after(async () => {
    await repo.close()
    await temp.cleanup()
  })

  it('in every byte of a record header and across its data, naming disk, block and pack offset', async () => {
    const length = target.header.length
    const offsets = [
      ...Array.from({ length: RECORD_HEADER_LENGTH }, (_, i) => i),
      ...[0, 1, 17, length >> 2, length >> 1, length - 2, length - 1].map(i => RECORD_HEADER_LENGTH + i)
    ]
    const packId = /([0-9a-f]{32})\.pack$/.exec(pack)![1]!
    for (const at of offsets) {
      await flipByte(pack, target.offset + at)
      const report = await repo.verify(pointId)
      await flipByte(pack, target.offset + at)
      const where = at < RECORD_HEADER_LENGTH ? `header byte ${at}` : `data byte ${at - RECORD_HEADER_LENGTH}`
      assert.equal(report.ok, false, `a flipped ${where} went unnoticed`)
      assert.equal(report.pointId, pointId)
      assert.equal(report.problems.length, 1, `${where}: ${report.problems.join('\n')}`)
      assert.match(report.problems[0]!, new RegExp(`^disk 0 \\(vda\\) block ${block} \\(`), where)
      assert.match(report.problems[0]!, new RegExp(`pack ${packId} offset ${target.offset}\\b`), where)
    }
    assert.ok((await repo.verify(pointId)).ok, 'every byte put back: sound again')
  })

  it('leaves the points that do not use the damaged record whole', async () => {
    await flipByte(pack, target.offset + RECORD_HEADER_LENGTH + 5)
    try {
      assert.equal((await repo.verify(pointId)).ok, false)
      await assert.rejects(restoreImage(repo, pointId))
      assert.ok((await repo.verify(otherId)).ok)
      assert.ok((await restoreImage(repo, otherId)).equals(other))
    } finally {
      await flipByte(pack, target.offset + RECORD_HEADER_LENGTH + 5)
    }
  })
})
