/**
 * Fault "repository filesystem full", end to end with real daemons (a: manager, scheduler and
 * proxy; c: the repository "main" on a 48 MiB tmpfs mounted here, with a 12 MiB reserve) and a
 * file host whose disks do not all fit:
 * - two 20 MiB disks that each fit but not together: the scheduler counts the first while it is
 *   written and fails the second with ERR_REPOSITORY_FULL naming the repository, its free space
 *   and the disk's need — `job run --wait` returns, nothing waits without a deadline;
 * - an incremental that stores far more than expected (every block changed): the repository
 *   stops it before the file system is full, with ERR_REPOSITORY_FULL naming its path and the
 *   space needed, and removes what it wrote at once (the free space is back, no pack is left);
 * - the daemon stays up, and the earlier points verify and restore bit-exact.
 */
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, rm, statfs, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { startCluster, type Cluster } from '../../sim/cluster.ts'
import { writeFileHost } from '../../sim/corpus.ts'
import { loadConfig, saveConfig } from '../../node/daemon/config.ts'

const sh = promisify(execFile)
const MiB = 1024 * 1024

async function sha256 (file: string): Promise<string> {
  return createHash('sha256').update(await readFile(file)).digest('hex')
}

async function packFiles (repo: string): Promise<string[]> {
  const found: string[] = []
  for (const dir of await readdir(join(repo, 'packs'))) {
    for (const f of await readdir(join(repo, 'packs', dir)).catch(() => [])) if (f.endsWith('.pack')) found.push(f)
  }
  return found.sort()
}

async function freeBytes (path: string): Promise<number> {
  const s = await statfs(path)
  return s.bavail * s.bsize
}

describe('faults: repository file system full', function () {
  this.timeout(300_000)
  let dir: string
  let hostDir: string
  let repoDir: string
  let mounted = false
  let cluster: Cluster | undefined
  /** point id → [vm, sha256 of its disk] */
  const expected = new Map<string, [string, string]>()

  const run = async (job: string): Promise<{ session: any, ms: number }> => {
    const started = Date.now()
    const r = await cluster!.cli('a', ['--json', 'job', 'run', job, '--wait'], { allowFailure: true })
    const ms = Date.now() - started
    return { session: JSON.parse(r.stdout), ms }
  }
  const restoresBitExact = async (point: string): Promise<void> => {
    const [vm, sum] = expected.get(point)!
    const to = join(dir, `restore-${point}`)
    await cluster!.cli('a', ['restore', point, '--vm', vm, '--to', to])
    assert.equal(await sha256(join(to, 'disk0.raw')), sum, `point ${point} restores bit-exact`)
    await rm(to, { recursive: true, force: true })
  }

  before(async function () {
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-diskfull-'))
    hostDir = join(dir, 'host')
    await writeFileHost(hostDir, {
      seed: 31,
      mix: { zero: 0, text: 0, random: 1 },
      vms: [
        { name: 'web01', disks: [{ name: 'disk0', size: 8 * MiB }] },
        { name: 'db01', disks: [{ name: 'disk0', size: 20 * MiB }] },
        { name: 'mail01', disks: [{ name: 'disk0', size: 20 * MiB }] }
      ]
    })
    repoDir = join(dir, 'mesh', 'c-repository')
    await mkdir(repoDir, { recursive: true })
    await sh('mount', ['-t', 'tmpfs', '-o', 'size=48m', 'tmpfs', repoDir])
    mounted = true
    cluster = await startCluster({
      dir: join(dir, 'mesh'),
      start: false,
      nodes: [
        { name: 'a', roles: ['manager', 'scheduler', 'proxy'] },
        { name: 'c', roles: ['repository'], repositoryName: 'main' }
      ]
    })
    const home = cluster.node('c').home
    const config = await loadConfig(home)
    await saveConfig(home, { ...config, repository: { ...config.repository!, reserveBytes: 12 * MiB } })
    cluster.startDaemon('a')
    cluster.startDaemon('c')
    await cluster.waitForMesh()
    await cluster.addFileHost('a', 'lab', hostDir)
    await cluster.cli('a', ['job', 'add', 'first', '--host', 'lab', '--repository', 'main', '--vm', 'web01'])
    await cluster.cli('a', ['job', 'add', 'pair', '--host', 'lab', '--repository', 'main', '--vm', 'db01', '--vm', 'mail01'])
  })

  after(async function () {
    if (this.currentTest?.state === 'failed' && cluster != null) {
      for (const name of ['a', 'c']) console.error(`--- log of ${name}\n${cluster.logTail(name, 60)}`)
    }
    await cluster?.stop()
    if (mounted) await sh('umount', [repoDir]).catch(async () => await sh('umount', ['-l', repoDir]).catch(() => {}))
    await rm(dir, { recursive: true, force: true })
  })

  it('fails the disk that does not fit beside another with the reason, reclaims a disk that ran out at once, and keeps the earlier points', async function () {
    // an earlier point
    const first = await run('first')
    assert.equal(first.session.state, 'success', first.session.log?.join('\n'))
    expected.set(first.session.points[0], ['web01', await sha256(join(hostDir, 'web01', 'disk0.raw'))])

    // two disks that each fit, not both: one gets its point, the other fails with the reason, in bounded time
    const pair = await run('pair')
    const log = (pair.session.log ?? []).join('\n')
    assert.equal(pair.session.points.length, 1, log)
    assert.notEqual(pair.session.state, 'success')
    assert.ok(pair.ms < 90_000, `job run --wait returned after ${pair.ms} ms`)
    assert.match(log, /repository 'main' has [\d.]+ MiB \(\d+ bytes\) free after its reserve, the disk needs about 20\.0 MiB \(20971520 bytes\) \(VM '(db01|mail01)', disk 'disk0'\).*\(ERR_REPOSITORY_FULL\)/)
    const failedVm = pair.session.failedVms?.[0]?.vm as string
    const storedVm = failedVm === 'db01' ? 'mail01' : 'db01'
    assert.ok(['db01', 'mail01'].includes(failedVm), JSON.stringify(pair.session.failedVms))
    expected.set(pair.session.points[0], [storedVm, await sha256(join(hostDir, storedVm, 'disk0.raw'))])

    // an incremental expected to store a tenth of its disk stores all of it: the repository stops it
    const packsBefore = await packFiles(repoDir)
    const freeBefore = await freeBytes(repoDir)
    // every block new and incompressible: 20 MiB where about 2 MiB was expected, and 14 MiB is left above half the reserve
    await writeFile(join(hostDir, storedVm, 'disk0.raw'), randomBytes(20 * MiB))
    const again = await run('pair')
    const againLog = (again.session.log ?? []).join('\n')
    assert.equal(again.session.state, 'failed', againLog)
    assert.ok(again.ms < 90_000, `job run --wait returned after ${again.ms} ms`)
    assert.match(againLog, new RegExp(`repository main at ${repoDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is full \\([\\d.]+ (KiB|MiB) \\(\\d+ bytes\\) free; it keeps 12\\.0 MiB \\(12582912 bytes\\) in reserve\\): disk 0 of VM "${storedVm}" .* needed up to [\\d.]+ MiB \\(\\d+ bytes\\) more`))
    assert.match(againLog, /ERR_REPOSITORY_FULL/)
    // what it wrote is gone at once: no pack beyond the points', the space is back
    assert.deepEqual(await packFiles(repoDir), packsBefore)
    const freeAfter = await freeBytes(repoDir)
    assert.ok(freeAfter >= freeBefore - MiB, `free space back: ${freeAfter} bytes after, ${freeBefore} before`)

    // the repository daemon is up and the earlier points are whole
    assert.equal(cluster!.node('c').process?.exitCode, null, 'the repository daemon stays up')
    for (const point of expected.keys()) {
      const verify = await cluster!.json('a', ['verify', point])
      assert.equal(verify.ok, true, verify.problems?.join('\n'))
      await restoresBitExact(point)
    }
  })
})
