/**
 * Backup copy jobs end to end with real daemons (a: manager, scheduler and proxy; c: repository
 * "main"; d: repository "dr"): a plain and an encrypted backup on main are copied to dr by
 * `copy run`; a second run moves nothing, and after an incremental only the blocks it stored;
 * a run whose target daemon is stopped half-way resumes on the next run and fetches only the
 * rest; with main's daemon gone, both points restore bit-exact from dr.
 */
import assert from 'node:assert/strict'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCluster, waitUntil, type Cluster } from '../../sim/cluster.ts'
import { changeBlocks, writeFileHost } from '../../sim/corpus.ts'

const MiB = 1024 * 1024

describe('e2e: backup copy jobs', function () {
  this.timeout(600_000)
  let dir: string
  let disk: string
  let cluster: Cluster | undefined
  let firstImage: Buffer

  before(async function () {
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-copy-'))
    await writeFileHost(join(dir, 'host'), { seed: 18, mix: { zero: 1, text: 1, random: 2 }, vms: [{ name: 'web01', disks: [{ name: 'disk0', size: 16 * MiB }] }] })
    await writeFileHost(join(dir, 'big'), { seed: 19, mix: { zero: 0, text: 1, random: 3 }, vms: [{ name: 'db01', disks: [{ name: 'disk0', size: 384 * MiB }] }] })
    disk = join(dir, 'host', 'web01', 'disk0.raw')
    await writeFile(join(dir, 'pass'), 'correct horse battery staple\n')
    cluster = await startCluster({
      dir: join(dir, 'mesh'),
      nodes: [
        { name: 'a', roles: ['manager', 'scheduler', 'proxy'] },
        { name: 'c', roles: ['repository'], repositoryName: 'main' },
        { name: 'd', roles: ['repository'], repositoryName: 'dr' }
      ]
    })
    await cluster.addFileHost('a', 'lab', join(dir, 'host'))
    await cluster.addFileHost('a', 'big', join(dir, 'big'))
    await cluster.cli('a', ['key', 'create', 'prod', '--passphrase-file', join(dir, 'pass')])
    await cluster.cli('a', ['job', 'add', 'nightly', '--host', 'lab', '--repository', 'main'])
    await cluster.cli('a', ['job', 'add', 'secure', '--host', 'lab', '--repository', 'main', '--key', 'prod'])
  })

  after(async function () {
    if (this.currentTest?.state === 'failed' && cluster != null) {
      for (const name of ['a', 'c', 'd']) console.error(`--- log of ${name}\n${cluster.logTail(name, 60)}`)
    }
    await cluster?.stop()
    await rm(dir, { recursive: true, force: true })
  })

  const backup = async (job: string): Promise<any> => {
    const s = JSON.parse((await cluster!.cli('a', ['--json', 'job', 'run', job, '--wait'])).stdout)
    assert.equal(s.state, 'success', s.log?.join('\n'))
    return s
  }
  const copyRun = async (name: string): Promise<any> => {
    const r = await cluster!.cli('a', ['--json', 'copy', 'run', name], { allowFailure: true })
    return JSON.parse(r.stdout)
  }
  const pointsIn = async (repository: string): Promise<any[]> => (await cluster!.json('a', ['points', 'list'])).filter((p: any) => p.repository === repository)

  it('copies the points the target lacks, sealed ones as they are, and only the blocks it lacks', async function () {
    const c = cluster!
    firstImage = await readFile(disk)
    const plain = (await backup('nightly')).points[0]
    const sealed = (await backup('secure')).points[0]
    await c.cli('a', ['copy', 'add', 'offsite', '--from', 'main', '--to', 'dr', '--job', 'nightly'])
    await c.cli('a', ['copy', 'add', 'offsite-secure', '--from', 'main', '--to', 'dr', '--vm', 'web01', '--job', 'secure'])
    const listed = (await c.cli('a', ['copy', 'list'])).stdout
    assert.match(listed, /offsite\s+main\s+dr\s+nightly/)

    const first = await copyRun('offsite')
    assert.equal(first.state, 'success', first.log?.join('\n'))
    assert.deepEqual(first.points, [plain])
    const moved = first.copyReport.blocksFetched
    assert.ok(moved > 0)
    const sealedRun = await copyRun('offsite-secure')
    assert.equal(sealedRun.state, 'success', sealedRun.log?.join('\n'))
    assert.deepEqual(sealedRun.points, [sealed])

    const onDr = await pointsIn('dr')
    const onMain = await pointsIn('main')
    for (const id of [plain, sealed]) {
      const a = onMain.find((p) => p.id === id)
      const b = onDr.find((p) => p.id === id)
      assert.ok(b != null, `${id} is on dr`)
      for (const k of ['vm', 'job', 'createdAtMs', 'keyFingerprint']) assert.deepEqual(b[k], a[k], k)
    }

    // nothing new: nothing moves
    const again = await copyRun('offsite')
    assert.equal(again.state, 'success', again.log?.join('\n'))
    assert.equal(again.copyReport?.blocksFetched ?? 0, 0)
    assert.match(again.log.join('\n'), /1 are on dr already, 0 to copy/)

    // an incremental: only the blocks it stored cross to dr
    await changeBlocks(disk, { fraction: 0.25, blockSize: MiB, seed: 7 })
    const inc = await backup('nightly')
    const stored = inc.tasks.reduce((n: number, t: any) => n + (t.stats?.blocksSent ?? 0) - (t.stats?.blocksDeduped ?? 0), 0)
    assert.ok(stored > 0)
    const third = await copyRun('offsite')
    assert.equal(third.state, 'success', third.log?.join('\n'))
    assert.deepEqual(third.points, inc.points)
    assert.equal(third.copyReport.blocksFetched, stored, `the ${stored} blocks the incremental stored, no more`)
  })

  it('resumes a copy whose target daemon stopped half-way, fetching only the rest', async function () {
    const c = cluster!
    await c.cli('a', ['job', 'add', 'bigjob', '--host', 'big', '--repository', 'main'])
    const point = (await backup('bigjob')).points[0]
    await c.cli('a', ['copy', 'add', 'bigcopy', '--from', 'main', '--to', 'dr', '--job', 'bigjob'])
    const started = JSON.parse((await c.cli('a', ['--json', 'copy', 'run', 'bigcopy', '--no-wait'])).stdout)
    const total = 384
    await waitUntil('the copy to fetch some blocks', async () => {
      const s = await c.json('a', ['session', 'show', started.id])
      const fetched = s.copyProgress?.blocksFetched ?? 0
      if (fetched >= total) throw new Error('the copy finished before it could be cut')
      return fetched >= 16 ? true : undefined
    }, 60_000, 20)
    await c.stopDaemon('d')
    const cut = await waitUntil('the cut session to end', async () => {
      const s = await c.json('a', ['session', 'show', started.id])
      return s.state !== 'running' ? s : undefined
    }, 120_000, 200)
    assert.equal(cut.state, 'failed')
    c.startDaemon('d')
    await c.waitForMesh()
    const resumed = await copyRun('bigcopy')
    assert.equal(resumed.state, 'success', resumed.log?.join('\n'))
    assert.deepEqual(resumed.points, [point])
    const fetched = resumed.copyReport.blocksFetched
    assert.ok(fetched < total && resumed.copyReport.blocksPresent > 0, `the second run fetched ${fetched} of ${total} blocks`)
  })

  it('holds a copy job to its --rate on the wire', async function () {
    const c = cluster!
    await writeFileHost(join(dir, 'rated'), { seed: 20, mix: { zero: 0, text: 0, random: 1 }, vms: [{ name: 'app01', disks: [{ name: 'disk0', size: 12 * MiB }] }] })
    await c.addFileHost('a', 'rated', join(dir, 'rated'))
    await c.cli('a', ['job', 'add', 'ratejob', '--host', 'rated', '--repository', 'main'])
    await backup('ratejob')
    await c.cli('a', ['copy', 'add', 'ratecopy', '--from', 'main', '--to', 'dr', '--job', 'ratejob', '--rate', '3MB/s'])
    assert.match((await c.cli('a', ['copy', 'list'])).stdout, /ratecopy .* 3(\.0)? ?MB\/s/)
    const started = Date.now()
    const run = await copyRun('ratecopy')
    const seconds = (Date.now() - started) / 1000
    assert.equal(run.state, 'success', run.log?.join('\n'))
    const bytes = Number(run.copyReport.bytesFetched)
    assert.ok(bytes > 10 * MiB, `${bytes} bytes fetched`)
    // the source's bucket lets a tenth of a second's worth through at once; the rest waits
    assert.ok(seconds >= (bytes - 3e5) / 3e6 * 0.85, `${(bytes / MiB).toFixed(1)} MiB copied in ${seconds.toFixed(1)} s under 3 MB/s`)
  })

  it('restores from the copy, bit-exact, once the source is gone', async function () {
    const c = cluster!
    const original = await readFile(disk)
    const points = await pointsIn('dr')
    const latest = points.filter((p) => p.job === 'nightly').at(-1)
    const sealed = points.find((p) => p.job === 'secure')
    await c.stopDaemon('c')
    await waitUntil('main to leave the view', async () => {
      const all = await c.json('a', ['points', 'list'])
      return all.every((p: any) => p.repository === 'dr') ? true : undefined
    }, 120_000, 500)
    const out = join(dir, 'restored.raw')
    await c.cli('a', ['restore', latest.id, '--disk', '0', '--to', out, '--repository', 'dr'])
    assert.ok((await readFile(out)).equals(original), 'the incremental restores bit-exact from dr')
    const sealedOut = join(dir, 'sealed.raw')
    await c.cli('a', ['restore', sealed.id, '--disk', '0', '--to', sealedOut])
    assert.ok((await readFile(sealedOut)).equals(firstImage), 'the sealed point restores bit-exact from dr with the manager\'s key')
  })
})
