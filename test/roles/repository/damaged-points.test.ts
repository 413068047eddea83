/**
 * Tests for points whose manifest is damaged (points.ts, point-store.ts, store.ts verify) on a real
 * repository: verify reads the manifest again from disk even while it is cached, a damaged
 * point stays listed as damaged with the reason (also after a restart, and after the index is
 * rebuilt), it is not offered as the base of an incremental, reading it fails naming the file,
 * and it is listed as sound again once its file is put back.
 */
import assert from 'node:assert/strict'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Repository, RepositoryError } from '../../../roles/repository/store.ts'
import { BS, header, makeImage, restoreImage, sendImage, TempDirs } from './helpers.ts'

describe('roles/repository: damaged restore point manifests', () => {
  const temp = new TempDirs()
  let dir: string
  let repo: Repository
  let older: string
  let newer: string
  let img: Buffer
  let file: string
  let good: Buffer

  beforeEach(async () => {
    dir = join(await temp.make(), 'repo')
    repo = await Repository.open({ path: dir, name: 'main', create: true })
    img = makeImage(4 * BS)
    for (let i = 0; i < 2; i++) {
      const s = await sendImage(await repo.beginDisk(header({ size: img.length })), img)
      const id = (await repo.commitPoint({ job: 'nightly', vm: 'web-1', stagedIds: [s.stagedId], pointId: `2026010${i + 1}T000000Z-web-1-00000${i}` })).id
      if (i === 0) older = id
      else newer = id
    }
    file = join(dir, 'points', `${newer}.point`)
    good = await readFile(file)
    assert.ok((await repo.getPoint(newer)).disks.length === 1, 'the point is in the cache')
  })
  afterEach(async () => {
    await repo.close()
    await temp.cleanup()
  })

  const corrupt = async (): Promise<void> => {
    const bytes = Buffer.from(good)
    bytes[bytes.length >> 1]! ^= 0x01
    await writeFile(file, bytes)
  }

  it('verify reads the manifest from disk: a damaged one is reported and the point listed as damaged', async () => {
    await corrupt()
    const report = await repo.verify(newer)
    assert.equal(report.ok, false)
    assert.equal(report.blocksChecked, 0)
    assert.match(report.problems[0]!, new RegExp(`restore point ${newer} is damaged: manifest .*${newer}\\.point is corrupt: its checksum does not match`))

    const listed = (await repo.listPoints()).find(p => p.id === newer)
    assert.equal(listed?.damaged, true)
    assert.match(listed?.damageReason ?? '', new RegExp(`${newer}\\.point is corrupt`))
    assert.equal(listed?.disks.length, 1, 'what the summary knew stays listed')
    assert.deepEqual(repo.stats().damagedPoints, [newer])
    await assert.rejects(repo.getPoint(newer), (err: unknown) => (err as RepositoryError).code === 'ERR_CORRUPT_MANIFEST')
    assert.equal((await repo.latestPoint('nightly', 'web-1'))?.id, older, 'a damaged point is no base for an incremental')
    assert.ok((await restoreImage(repo, older)).equals(img))

    await repo.close()
    repo = await Repository.open({ path: dir, name: 'main' })
    const again = (await repo.listPoints()).map(p => [p.id, p.damaged])
    assert.deepEqual(again, [[older, false], [newer, true]], 'still listed, as damaged, after a restart')

    await writeFile(file, good)
    assert.ok((await repo.verify(newer)).ok)
    assert.equal((await repo.listPoints()).find(p => p.id === newer)?.damaged, false, 'sound again once the file is back')
    assert.equal((await repo.latestPoint('nightly', 'web-1'))?.id, newer)
  })

  it('lists a damaged point after the index is rebuilt, instead of dropping it', async () => {
    await repo.close()
    await corrupt()
    await rm(join(dir, 'index'), { recursive: true })
    repo = await Repository.open({ path: dir, name: 'main' })
    assert.equal(repo.rebuiltAtOpen?.result.damagedPoints.length, 1)
    assert.match(repo.rebuiltAtOpen!.result.damagedPoints[0]!, new RegExp(`^${newer}: manifest .* is corrupt`))
    const listed = (await repo.listPoints()).sort((a, b) => a.id.localeCompare(b.id))
    assert.deepEqual(listed.map(p => [p.id, p.damaged]), [[older, false], [newer, true]])
    const damaged = listed[1]!
    assert.equal(damaged.vm, 'web-1', 'the VM and time come from the point id')
    assert.equal(damaged.createdAtMs, Date.UTC(2026, 0, 2))
    await assert.rejects(repo.getPoint(newer), (err: unknown) => (err as RepositoryError).code === 'ERR_CORRUPT_MANIFEST')
    assert.ok((await restoreImage(repo, older)).equals(img))
  })
})
