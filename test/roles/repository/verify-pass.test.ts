/**
 * Tests for the verify pass of many points (verify-pass.ts, verify-due.ts, Repository.verifyPoints)
 * on real repositories in temp folders: each stored block is read once however many points share
 * it, points verified within the last N days are skipped, a flipped byte in a pack marks its
 * block bad and every point that refers to it damaged, and a pack gone marks all of its blocks.
 */
import assert from 'node:assert/strict'
import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { scanPack } from '../../../roles/repository/pack-scan.ts'
import { RECORD_HEADER_LENGTH } from '../../../roles/repository/packs.ts'
import { Repository, type ListedPoint } from '../../../roles/repository/store.ts'
import { BS, header, makeImage, sendImage, sha, TempDirs } from './helpers.ts'
import { flipByte } from '../../helpers/corrupt.ts'

const DAY = 24 * 60 * 60 * 1000

describe('roles/repository: verify pass of many points', () => {
  const temp = new TempDirs()
  let dir: string
  let repo: Repository
  const size = 8 * BS

  const backup = async (vm: string, img: Buffer, base?: ListedPoint, changed?: number[]): Promise<ListedPoint> => {
    const w = await repo.beginDisk(header({ size: img.length, vm, basePoint: base?.id ?? '' }))
    const s = await sendImage(w, img, { indices: changed })
    return await repo.commitPoint({ job: 'nightly', vm, stagedIds: [s.stagedId] })
  }
  const packOf = async (digest: Buffer): Promise<{ path: string, offset: number }> => {
    for (const f of (await readdir(join(dir, 'packs'), { recursive: true })).filter(f => f.endsWith('.pack'))) {
      let offset = -1
      await scanPack(join(dir, 'packs', f), { onRecord: rec => { if (rec.header.digest.equals(digest)) offset = rec.offset } })
      if (offset >= 0) return { path: join(dir, 'packs', f), offset }
    }
    throw new Error('block not found in any pack')
  }

  beforeEach(async () => {
    dir = join(await temp.make(), 'repo')
    repo = await Repository.open({ path: dir, name: 'main', create: true })
  })
  afterEach(async () => {
    await repo.close()
    await temp.cleanup()
  })

  it('reads each stored block once however many points share it, and skips points verified lately', async () => {
    const img = makeImage(size, { zeroBlocks: [3] })
    const p1 = await backup('web-1', img)
    const img2 = Buffer.from(img)
    makeImage(BS).copy(img2, 5 * BS)
    const p2 = await backup('web-1', img2, p1, [5])
    await backup('web-2', img)            // the same blocks as web-1's first point

    const progress: number[] = []
    let now = Date.UTC(2026, 0, 10)
    const first = await repo.verifyPoints({ olderThanDays: 7, now: () => now, onProgress: p => progress.push(p.bytesDone) })
    assert.equal(first.pointsChecked, 3)
    assert.equal(first.blocksChecked, 8, '7 data blocks of the full and the one changed block')
    assert.equal(first.bytesChecked, 8 * BS)
    assert.deepEqual(first.damagedPoints, [])
    assert.deepEqual(first.problems, [])
    assert.equal(progress.at(-1), 8 * BS)
    assert.ok((await repo.listPoints()).every(p => p.verifiedAtMs === now && p.badBlocks === 0))

    now += 3 * DAY
    const p3 = await backup('web-1', img2, p2, [])
    const second = await repo.verifyPoints({ olderThanDays: 7, now: () => now })
    assert.equal(second.pointsChecked, 1, 'only the point never verified')
    assert.equal(second.pointsSkipped, 3)
    assert.equal((await repo.listPoints({ vm: 'web-1' })).find(p => p.id === p3.id)?.verifiedAtMs, now)

    now += 5 * DAY
    const third = await repo.verifyPoints({ olderThanDays: 7, now: () => now })
    assert.equal(third.pointsChecked, 3, 'the points verified 8 days ago are due again')
  })

  it('marks a flipped block bad and lists every point that refers to it as damaged, naming disk, block and pack offset', async () => {
    const img = makeImage(size)
    const p1 = await backup('web-1', img)
    const p2 = await backup('web-1', img, p1, [])
    const other = await backup('web-2', makeImage(size))
    const { path, offset } = await packOf(sha(img.subarray(4 * BS, 5 * BS)))
    await flipByte(path, offset + RECORD_HEADER_LENGTH + 11)

    const report = await repo.verifyPoints()
    assert.equal(report.badBlocks, 1)
    assert.deepEqual(report.damagedPoints.map(d => d.pointId).sort(), [p1.id, p2.id].sort())
    for (const d of report.damagedPoints) {
      assert.equal(d.badBlocks, 1)
      assert.match(d.problems![0]!, new RegExp(`^disk 0 \\(vda\\) block 4 .*: pack [0-9a-f]{32} offset ${offset}: `))
    }
    const listed = await repo.listPoints()
    assert.deepEqual(listed.filter(p => p.badBlocks > 0).map(p => p.id).sort(), [p1.id, p2.id].sort())
    assert.equal(listed.find(p => p.id === other.id)?.badBlocks, 0)
    assert.deepEqual(await repo.damagedBlocksOf(p1.id, 0), [4])
    assert.deepEqual(repo.stats().damagedPoints.sort(), [p1.id, p2.id].sort())
  })

  it('reports every block of a pack that is gone', async () => {
    const img = makeImage(size)
    const p = await backup('web-1', img)
    const { path } = await packOf(sha(img.subarray(0, BS)))
    await rm(path)
    const report = await repo.verifyPoints()
    assert.equal(report.badBlocks, 8)
    assert.equal(report.damagedPoints[0]?.pointId, p.id)
    assert.match(report.damagedPoints[0]!.problems![0]!, /is missing/)
  })
})
