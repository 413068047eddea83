/**
 * Tests for immutable points in the storage engine (roles/repository/point-locks.ts,
 * lock-period.ts, immutable-files.ts, and their use in point-store.ts and gc.ts): a locked point
 * is kept by deletePoints whoever asks, never overwritten, its packs never rewritten by GC; the
 * lock period is raised but not lowered without `lower`, and lowering spares points already
 * written; once the lock passes the point goes. Where this process can set the immutable attribute
 * (Linux, root, ext4 — the test says so loudly when it cannot), the files are checked with lsattr.
 */
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { readdir, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { Repository, RepositoryError } from '../../../roles/repository/store.ts'
import { ImmutableFiles } from '../../../roles/repository/immutable-files.ts'
import { DAY_MS, readLockPeriod, writeLockPeriod } from '../../../roles/repository/lock-period.ts'
import { waitUntil } from '../../../sim/cluster.ts'
import { BS, header, makeImage, restoreImage, sendImage, TempDirs } from './helpers.ts'

const run = promisify(execFile)

async function immutable (path: string): Promise<boolean> {
  const { stdout } = await run('lsattr', ['-d', path])
  return stdout.split(' ')[0]!.includes('i')
}

async function packPaths (dir: string): Promise<string[]> {
  const out: string[] = []
  for (const sub of await readdir(join(dir, 'packs'))) for (const f of await readdir(join(dir, 'packs', sub))) out.push(join(dir, 'packs', sub, f))
  return out.sort()
}

describe('roles/repository: immutable points', function () {
  this.timeout(30_000)
  const temp = new TempDirs()
  let dir: string
  let repo: Repository
  let refusals: string[]
  let canImmutable: boolean

  async function open (lockDays?: number): Promise<Repository> {
    return await Repository.open({ path: dir, name: 'main', create: true, lockDays, onLockRefused: (action, id) => { refusals.push(`${action} ${id}`) } })
  }

  async function backup (img: Buffer, vm = 'web-1'): Promise<string> {
    const w = await repo.beginDisk(header({ size: img.length, vm }))
    const r = await sendImage(w, img)
    return (await repo.commitPoint({ job: 'nightly', sessionId: 's1', vm, stagedIds: [r.stagedId] })).id
  }

  before(async () => {
    const probe = await ImmutableFiles.probe(await temp.make())
    canImmutable = probe.supported
    // eslint-disable-next-line no-console
    if (!canImmutable) console.warn(`    ! SKIPPING the immutable attribute assertions: ${probe.note}`)
  })
  beforeEach(async () => {
    dir = join(await temp.make(), 'repo')
    refusals = []
  })
  afterEach(async () => {
    await repo?.close()
    await temp.cleanup()
  })

  it('a locked point is kept by delete, whoever asks, with ERR_POINT_LOCKED and its unlock date, and counted', async () => {
    repo = await open(7)
    const img = makeImage(6 * BS)
    const before = Date.now()
    const id = await backup(img)
    const [listed] = await repo.listPoints()
    assert.ok(listed!.lockUntilMs >= before + 7 * DAY_MS && listed!.lockUntilMs <= Date.now() + 7 * DAY_MS)
    assert.equal((await repo.getPoint(id)).lockUntilMs, listed!.lockUntilMs)
    const result = await repo.deletePoints([id])
    assert.deepEqual(result.deleted, [])
    assert.deepEqual(result.locked, [{ pointId: id, unlockAtMs: listed!.lockUntilMs }])
    assert.match(result.kept[0]!, new RegExp(`^${id}: restore point ${id} is locked until ${new Date(listed!.lockUntilMs).toISOString()}.*\\(ERR_POINT_LOCKED\\)$`))
    assert.deepEqual(refusals, [`delete ${id}`])
    assert.deepEqual(await restoreImage(repo, id), img)
  })

  it('overwriting a locked point id is refused with ERR_POINT_LOCKED', async () => {
    repo = await open(1)
    const id = await backup(makeImage(2 * BS))
    const w = await repo.beginDisk(header({ size: 2 * BS, vm: 'web-1' }))
    const r = await sendImage(w, makeImage(2 * BS))
    await assert.rejects(repo.commitPoint({ pointId: id, job: 'nightly', sessionId: 's2', vm: 'web-1', stagedIds: [r.stagedId] }),
      (err: unknown) => err instanceof RepositoryError && err.code === 'ERR_POINT_LOCKED' && err.message.includes(id))
    assert.deepEqual(refusals, [`overwrite ${id}`])
  })

  it('GC keeps every block of a locked point and never rewrites its packs', async () => {
    repo = await open(1)
    // A locked, then B shares A's first block: deleting B (unlocked, by lowering) must not touch A's pack
    const imgA = makeImage(8 * BS)
    const a = await backup(imgA)
    await repo.setLockPeriod(0, { lower: true })
    const b = await backup(Buffer.concat([imgA.subarray(0, BS), makeImage(7 * BS)]))
    const c = await backup(makeImage(4 * BS), 'db-1')
    assert.equal((await repo.deletePoints([b, c])).deleted.length, 2)
    const packsBefore = await packPaths(dir)
    const report = await repo.gc()
    assert.deepEqual(report.problems, [])
    assert.equal(report.packsLocked, 1)
    assert.equal(report.packsRewritten, 0)
    assert.equal(report.packsDeleted, 2)
    const left = await packPaths(dir)
    assert.equal(left.length, 1)
    assert.ok(packsBefore.includes(left[0]!))
    assert.deepEqual(await restoreImage(repo, a), imgA)
  })

  it('the lock period is raised over the mesh, lowered only locally; lowering spares the points written', async () => {
    repo = await open()
    assert.equal((await repo.lockState()).days, 0)
    await repo.setLockPeriod(3, { lower: false })
    assert.equal(await readLockPeriod(dir), 3)
    const id = await backup(makeImage(2 * BS))
    await assert.rejects(repo.setLockPeriod(1, { lower: false }),
      (err: unknown) => err instanceof RepositoryError && err.code === 'ERR_LOCK_LOWERING_REFUSED' && err.message.includes('3 days'))
    assert.deepEqual(refusals, ['lower '])
    // the CLI on this node writes the folder: the running repository reads it before each commit
    await writeLockPeriod(dir, 0)
    assert.equal((await repo.lockState()).days, 0)
    const later = await backup(makeImage(2 * BS), 'db-1')
    assert.equal((await repo.getPoint(later)).lockUntilMs, 0)
    const result = await repo.deletePoints([id, later])
    assert.deepEqual(result.deleted, [later])
    assert.deepEqual(result.locked.map(l => l.pointId), [id])
  })

  it('at open, the attribute is set again on the files of every locked point (a crash between commit and chattr)', async function () {
    if (!canImmutable) this.skip()
    repo = await open(1)
    const id = await backup(makeImage(4 * BS))
    const files = [join(dir, 'points', `${id}.point`), ...await packPaths(dir)]
    await run('chattr', ['-i', ...files])
    for (const f of files) assert.equal(await immutable(f), false)
    await repo.close()
    repo = await open()
    for (const f of files) assert.equal(await immutable(f), true, f)
  })

  it('the config starts a repository\'s lock period; afterwards the folder\'s own period rules', async () => {
    repo = await open(2)
    assert.equal((await repo.lockState()).days, 2)
    await repo.close()
    // lowered on the node (the CLI writes the folder): a config still saying 2 does not raise it back
    await writeLockPeriod(dir, 1)
    repo = await open(2)
    assert.equal((await repo.lockState()).days, 1)
  })

  it('an unreadable lock period file is not a lock of 0: commits fail until it is written again', async () => {
    repo = await open(1)
    await writeFile(join(dir, 'lock.period'), 'garbage')
    const w = await repo.beginDisk(header({ size: 2 * BS, vm: 'web-1' }))
    const r = await sendImage(w, makeImage(2 * BS))
    await assert.rejects(repo.commitPoint({ job: 'nightly', sessionId: 's1', vm: 'web-1', stagedIds: [r.stagedId] }),
      (err: unknown) => err instanceof RepositoryError && err.code === 'ERR_CORRUPT_MANIFEST' && err.message.includes('lock.period'))
    // the repository still opens (restores go on); writing the period again lets commits through
    await repo.close()
    repo = await open()
    await writeLockPeriod(dir, 1)
    assert.equal((await repo.lockState()).days, 1)
  })

  it('a locked point\'s file and packs are immutable; once the lock passes, the point is deleted and GC frees its packs', async function () {
    // 0.00003 days is 2.6 s: long enough to see the lock hold, short enough to wait out
    repo = await open(0.00003)
    const id = await backup(makeImage(6 * BS))
    const { lockUntilMs } = await repo.getPoint(id)
    const pointFile = join(dir, 'points', `${id}.point`)
    const packs = await packPaths(dir)
    if (canImmutable) {
      assert.equal(await immutable(pointFile), true)
      for (const p of packs) assert.equal(await immutable(p), true, p)
      await assert.rejects(unlink(pointFile), (err: NodeJS.ErrnoException) => err.code === 'EPERM')
      assert.equal((await repo.lockState()).immutableFiles, true)
    }
    assert.deepEqual((await repo.deletePoints([id])).deleted, [])
    // the lock is a date on the repository's clock: wait for that date (no event marks it)
    await waitUntil('the unlock date', () => Date.now() > lockUntilMs, 10_000, 50)
    assert.deepEqual((await repo.deletePoints([id])).deleted, [id])
    const report = await repo.gc()
    assert.deepEqual(report.problems, [])
    assert.equal(report.packsDeleted, packs.length)
    assert.deepEqual(await packPaths(dir), [])
  })
})
