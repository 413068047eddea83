/**
 * End to end: three daemons as child processes, set up and driven through the CLI — A (manager +
 * scheduler), B (proxy), C (repository). Full backup, incremental, restore, verify, and the
 * errors a user can cause.
 */
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, rm, readFile, truncate } from 'node:fs/promises'
import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCluster, runCli, waitUntil, type Cluster, SPINE } from '../../sim/cluster.ts'
import { writeFileHost, changeBlocks } from '../../sim/corpus.ts'

const MiB = 1024 * 1024

async function sha256 (file: string): Promise<string> {
  return createHash('sha256').update(await readFile(file)).digest('hex')
}

describe('a three-node mesh backs up and restores VMs end to end', function () {
  this.timeout(240_000)
  let dir: string
  let hostDir: string
  let cluster: Cluster | undefined

  before(async function () {
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-e2e-'))
    hostDir = join(dir, 'host')
    await writeFileHost(hostDir, {
      seed: 7,
      vms: [
        { name: 'web01', disks: [{ name: 'disk0', size: 24 * MiB }, { name: 'disk1', size: 8 * MiB + 12345 }] },
        { name: 'db01', disks: [{ name: 'disk0', size: 16 * MiB }] }
      ]
    })
    cluster = await startCluster({
      dir: join(dir, 'mesh'),
      nodes: SPINE
    })
    await cluster.addFileHost('a', 'lab', hostDir)
    await cluster.cli('a', ['job', 'add', 'nightly', '--host', 'lab', '--repository', 'main'])
  })

  after(async function () {
    if (this.currentTest?.state === 'failed' && cluster != null) {
      for (const name of ['a', 'b', 'c']) console.error(`--- log of ${name}\n${cluster.logTail(name, 40)}`)
    }
    await cluster?.stop()
    await rm(dir, { recursive: true, force: true })
  })

  const source = (vm: string, disk: string): string => join(hostDir, vm, `${disk}.raw`)

  async function restoreAndCompare (pointId: string, vm: string, disks: string[]): Promise<void> {
    const to = join(dir, 'restore', pointId)
    // a restore makes only the last folder of its target
    await mkdir(join(dir, 'restore'), { recursive: true })
    await cluster!.cli('a', ['restore', pointId, '--vm', vm, '--to', to])
    for (const disk of disks) {
      assert.equal(await sha256(join(to, `${disk}.raw`)), await sha256(source(vm, disk)), `${vm}/${disk} restored from ${pointId} differs from the source`)
    }
  }

  it('runs a full backup, restores every disk bit-identically and verifies the points', async function () {
    const session = await cluster!.json('a', ['job', 'run', 'nightly', '--wait'])
    assert.equal(session.state, 'success', session.log?.join('\n'))
    assert.equal(session.tasks.length, 3)
    assert.equal(session.points.length, 2)
    for (const task of session.tasks) {
      assert.equal(task.state, 'success')
      assert.equal(task.changeDetection, 'full')
      assert.equal(task.mode, 'direct')
      assert.equal(task.proxy, cluster!.node('b').peerId)
      assert.ok(task.stats.bytesRead > 0)
    }
    const points = await cluster!.json('a', ['points', 'list', '--job', 'nightly'])
    assert.equal(points.length, 2)
    const web = points.find((p: any) => p.vm === 'web01')
    const db = points.find((p: any) => p.vm === 'db01')
    assert.equal(web.disks.length, 2)
    await restoreAndCompare(web.id, 'web01', ['disk0', 'disk1'])
    await restoreAndCompare(db.id, 'db01', ['disk0'])
    const report = await cluster!.json('a', ['verify', web.id])
    assert.equal(report.ok, true, report.problems?.join('\n'))
    assert.ok(report.blocksChecked > 0)
  })

  it('runs an incremental that sends only the changed blocks', async function () {
    const changed = await changeBlocks(source('web01', 'disk0'), { fraction: 0.125, blockSize: MiB, seed: 99 })
    assert.ok(changed.length > 0)
    const session = await cluster!.json('a', ['job', 'run', 'nightly', '--wait'])
    assert.equal(session.state, 'success', session.log?.join('\n'))
    const byDisk = new Map(session.tasks.map((t: any) => [`${t.vm}/${t.disk}`, t]))
    const web0: any = byDisk.get('web01/0')
    assert.equal(web0.changeDetection, 'digest')
    assert.equal(web0.stats.blocksSent, changed.length, `expected exactly the ${changed.length} changed blocks to be sent`)
    assert.equal((byDisk.get('web01/1') as any).stats.blocksSent ?? 0, 0)
    assert.equal((byDisk.get('db01/0') as any).stats.blocksSent ?? 0, 0)
    const points = await cluster!.json('a', ['points', 'list', '--job', 'nightly', '--vm', 'web01'])
    assert.equal(points.length, 2)
    await restoreAndCompare(points[1].id, 'web01', ['disk0', 'disk1'])
  })

  it('answers bad input with clear errors and no crash', async function () {
    const unknownJob = await cluster!.cli('a', ['job', 'run', 'nope'], { allowFailure: true })
    assert.equal(unknownJob.code, 4, 'a name that does not exist exits 4')
    assert.match(unknownJob.stderr, /no job named "nope"/)

    const unknownPoint = await cluster!.cli('a', ['restore', 'no-such-point', '--vm', 'web01', '--to', join(dir, 'x')], { allowFailure: true })
    assert.equal(unknownPoint.code, 4)
    assert.match(unknownPoint.stderr, /no restore point "no-such-point"/)

    const unknownHostJob = await cluster!.cli('a', ['job', 'add', 'j2', '--host', 'nohost', '--repository', 'main'], { allowFailure: true })
    assert.match(unknownHostJob.stderr, /no host named "nohost"/)

    // a job naming a VM the host does not have is refused when written…
    const ghostJob = await cluster!.cli('a', ['job', 'add', 'ghost', '--host', 'lab', '--repository', 'main', '--vm', 'ghost01'], { allowFailure: true })
    assert.match(ghostJob.stderr, /host "lab" has no VM "ghost01"; it has: db01, web01/)
    // …and one whose VM went away since fails its session
    await writeFileHost(hostDir, { seed: 8, vms: [{ name: 'ghost01', disks: [{ name: 'disk0', size: MiB }] }] })
    await cluster!.cli('a', ['job', 'add', 'ghost', '--host', 'lab', '--repository', 'main', '--vm', 'ghost01'])
    await rm(join(hostDir, 'ghost01'), { recursive: true, force: true })
    const ghostRun = await cluster!.cli('a', ['--json', 'job', 'run', 'ghost', '--wait'], { allowFailure: true })
    assert.equal(ghostRun.code, 1, 'a failed session makes `job run --wait` exit 1')
    const ghost = JSON.parse(ghostRun.stdout)
    assert.equal(ghost.state, 'failed')
    assert.match(ghost.log.join('\n'), /VM "ghost01" not found on host "lab"/)

    const lost = await cluster!.cli('a', ['job', 'add', 'lost', '--host', 'lab', '--repository', 'nowhere'], { allowFailure: true })
    assert.match(lost.stderr, /no node of the mesh announces repository "nowhere"; the mesh has: main \(ERR_NO_SUCH_REPOSITORY\)/)
    assert.equal((await cluster!.json('a', ['job', 'list'])).some((j: any) => j.name === 'lost'), false)

    const again = await runCli(cluster!.node('a').home, ['init', '--roles', 'proxy'])
    assert.equal(again.code, 1)
    assert.match(again.stderr, /already holds a meshbackup node/)

    const empty = join(dir, 'lonely')
    await runCli(empty, ['init', '--roles', 'proxy', '--listen', '/ip4/127.0.0.1/tcp/0'])
    const noDaemon = await runCli(empty, ['job', 'list'])
    assert.equal(noDaemon.code, 5, 'no daemon exits 5')
    assert.match(noDaemon.stderr, /no daemon is running/)

    // the daemons are all still up
    for (const name of ['a', 'b', 'c']) assert.equal(cluster!.node(name).process?.exitCode, null, `daemon ${name} exited`)
    const status = await cluster!.json('a', ['status'])
    assert.equal(status.capacity.length, 3)
  })

  it('fails a disk whose image changes size mid-read, and commits no point for its VM', async function () {
    await writeFileHost(join(dir, 'host2'), { seed: 5, mix: { zero: 0, text: 0, random: 1 }, vms: [{ name: 'shrink01', disks: [{ name: 'disk0', size: 12 * MiB }] }] })
    await cluster!.addFileHost('a', 'lab2', join(dir, 'host2'))
    await cluster!.cli('a', ['job', 'add', 'shrink', '--host', 'lab2', '--repository', 'main', '--rate', '2M'])
    const run = await cluster!.json('a', ['job', 'run', 'shrink'])
    await waitUntil('the task to be reading', async () => {
      const s = await cluster!.json('a', ['session', 'show', run.id])
      return s.tasks[0]?.blocksDone > 0 ? true : undefined
    }, 30_000)
    await truncate(join(dir, 'host2', 'shrink01', 'disk0.raw'), 4 * MiB)
    const session = await waitUntil('the session to end', async () => {
      const s = await cluster!.json('a', ['session', 'show', run.id])
      return s.state !== 'running' ? s : undefined
    }, 90_000, 500)
    const log = session.log.join('\n')
    const points = await cluster!.json('a', ['points', 'list', '--job', 'shrink'])
    if (/taken \(point-in-time reflink clone\)/.test(log)) {
      // a reflink snapshot is immune to writes on the live image
      assert.equal(session.state, 'success', log)
      assert.equal(points.length, 1)
    } else {
      assert.equal(session.state, 'failed', log)
      assert.match(log, /shrink01.*is 4194304 bytes but was 12582912 bytes.*changed during the backup/)
      assert.match(log, /VM shrink01: no restore point/)
      assert.equal(points.length, 0, 'no restore point for a VM whose disk failed')
    }
    assert.equal(cluster!.node('b').process?.exitCode, null, 'the proxy daemon survives')
  })
})
