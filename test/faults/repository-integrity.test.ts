/**
 * Faults lose nothing, end to end with real daemons (a: manager, scheduler and proxy; c: the
 * repository "main"): the repository daemon is stopped, its block index deleted and the daemon
 * started again — it says so in its log and rebuilds the index before it serves, and the next
 * incremental and every earlier point restore bit-exact. A restore point whose manifest is
 * damaged is listed as damaged, also after a restart, its restore fails naming it, and the next
 * backup of its VM is complete. A flipped byte in a pack is named by verify (disk, block, pack
 * offset) and fails the restore of the points that use it, and only those.
 */
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { copyFile, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCluster, type Cluster } from '../../sim/cluster.ts'
import { changeBlocks, writeFileHost } from '../../sim/corpus.ts'
import { scanPack } from '../../roles/repository/pack-scan.ts'
import { RECORD_HEADER_LENGTH } from '../../roles/repository/packs.ts'
import { flipByte } from '../helpers/corrupt.ts'

const MiB = 1024 * 1024

async function sha256 (file: string): Promise<string> {
  return createHash('sha256').update(await readFile(file)).digest('hex')
}

/** The JSON log lines a daemon wrote after byte `from` of its log. */
async function logLines (file: string, from: number): Promise<Array<Record<string, any>>> {
  const text = (await readFile(file)).subarray(from).toString('utf8')
  return text.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l))
}

describe('faults: repository integrity end to end', function () {
  this.timeout(300_000)
  let dir: string
  let hostDir: string
  let disk: string
  let repoDir: string
  let cluster: Cluster | undefined
  /** point id → sha256 of the disk it holds */
  const expected = new Map<string, string>()

  const run = async (state = 'success'): Promise<any> => {
    const r = await cluster!.cli('a', ['--json', 'job', 'run', 'nightly', '--wait'], { allowFailure: true })
    const session = JSON.parse(r.stdout)
    assert.equal(session.state, state, session.log?.join('\n'))
    assert.equal(session.points.length, 1)
    expected.set(session.points[0], await sha256(disk))
    return session
  }
  const restoresBitExact = async (point: string): Promise<void> => {
    const to = join(dir, `restore-${point}`)
    await cluster!.cli('a', ['restore', point, '--vm', 'web01', '--to', to])
    assert.equal(await sha256(join(to, 'disk0.raw')), expected.get(point), `point ${point} restores bit-exact`)
    await rm(to, { recursive: true, force: true })
  }
  const restartRepository = async (): Promise<number> => {
    await cluster!.stopDaemon('c')
    const from = (await stat(cluster!.node('c').log)).size
    cluster!.startDaemon('c')
    await cluster!.waitForMesh()
    return from
  }

  before(async function () {
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-faults-'))
    hostDir = join(dir, 'host')
    await writeFileHost(hostDir, { seed: 23, mix: { zero: 1, text: 1, random: 2 }, vms: [{ name: 'web01', disks: [{ name: 'disk0', size: 12 * MiB }] }] })
    disk = join(hostDir, 'web01', 'disk0.raw')
    cluster = await startCluster({
      dir: join(dir, 'mesh'),
      nodes: [
        { name: 'a', roles: ['manager', 'scheduler', 'proxy'] },
        { name: 'c', roles: ['repository'], repositoryName: 'main' }
      ]
    })
    repoDir = join(dir, 'mesh', 'c-repository')
    await cluster.addFileHost('a', 'lab', hostDir)
    await cluster.cli('a', ['job', 'add', 'nightly', '--host', 'lab', '--repository', 'main'])
  })

  after(async function () {
    if (this.currentTest?.state === 'failed' && cluster != null) {
      for (const name of ['a', 'c']) console.error(`--- log of ${name}\n${cluster.logTail(name, 60)}`)
    }
    await cluster?.stop()
    await rm(dir, { recursive: true, force: true })
  })

  it('rebuilds a deleted block index at start, before serving, and the next incremental restores bit-exact', async function () {
    const full = await run()
    await changeBlocks(disk, { fraction: 0.25, blockSize: MiB, seed: 1 })
    const incremental = await run()

    await cluster!.stopDaemon('c')
    await rm(join(repoDir, 'index'), { recursive: true })
    const from = (await stat(cluster!.node('c').log)).size
    cluster!.startDaemon('c')
    await cluster!.waitForMesh()

    const lines = await logLines(cluster!.node('c').log, from)
    const distrusted = lines.findIndex((l) => /block index cannot be trusted: rebuilding it from the packs and restore points before serving/.test(l.msg))
    const rebuilt = lines.findIndex((l) => l.msg === 'block index rebuilt')
    const open = lines.findIndex((l) => l.msg === 'repository open')
    assert.ok(distrusted >= 0, 'the daemon says it found the index missing')
    assert.match(lines[distrusted]!.why, /block index folder .* is missing/)
    assert.equal(lines[distrusted]!.level, 40, 'as a warning')
    assert.ok(rebuilt > distrusted && open > rebuilt, 'rebuilt before the repository serves')
    assert.ok(lines[rebuilt]!.recordsIndexed > 0)
    assert.deepEqual(lines[rebuilt]!.incompletePoints, [])

    await changeBlocks(disk, { fraction: 0.25, blockSize: MiB, seed: 2 })
    const next = await run()
    const task = next.tasks[0]
    assert.equal(task.changeDetection, 'digest', 'an incremental')
    assert.ok(task.stats.blocksSent < 12, `only changed blocks were sent (${task.stats.blocksSent})`)
    for (const s of [full, incremental, next]) await restoresBitExact(s.points[0])
    const verify = await cluster!.json('a', ['verify', next.points[0]])
    assert.equal(verify.ok, true, verify.problems.join('\n'))
  })

  it('lists a point with a damaged manifest as damaged, also after a restart, and refuses its restore', async function () {
    const points = await cluster!.json('a', ['points', 'list', '--job', 'nightly'])
    const latest = points.at(-1).id
    const file = join(repoDir, 'points', `${latest}.point`)
    const good = join(dir, 'good.point')
    await copyFile(file, good)
    await flipByte(file, (await stat(file)).size >> 1)

    // the daemon has the manifest cached: verify reads the file
    const verify = await cluster!.cli('a', ['--json', 'verify', latest], { allowFailure: true })
    assert.equal(verify.code, 1)
    const report = JSON.parse(verify.stdout)
    assert.equal(report.ok, false)
    assert.match(report.problems[0], new RegExp(`restore point ${latest} is damaged: manifest .*${latest}\\.point is corrupt`))
    const listed = (await cluster!.json('a', ['points', 'list'])).find((p: any) => p.id === latest)
    assert.equal(listed.damaged, true)
    assert.match(listed.damageReason, /is corrupt/)

    await restartRepository()
    const after = (await cluster!.json('a', ['points', 'list'])).find((p: any) => p.id === latest)
    assert.ok(after != null, 'a damaged point is never dropped from the list')
    assert.equal(after.damaged, true)
    const text = await cluster!.cli('a', ['points', 'list'])
    assert.match(text.stdout, new RegExp(`DAMAGED ${latest}: manifest .* is corrupt`))

    const to = join(dir, 'restore-damaged')
    const restore = await cluster!.cli('a', ['restore', latest, '--to', to], { allowFailure: true })
    assert.notEqual(restore.code, 0)
    assert.match(restore.stderr, new RegExp(`restore point ${latest} cannot be restored: it is damaged .*\\(ERR_POINT_DAMAGED\\)`))
    await assert.rejects(stat(to), 'nothing was written')

    // its VM's next backup does not build on it: the manager takes the newest sound point as base
    await changeBlocks(disk, { fraction: 0.25, blockSize: MiB, seed: 3 })
    const next = await run('success')
    assert.doesNotMatch(next.log.join('\n'), new RegExp(`base point ${latest}`))
    assert.equal(next.tasks[0].changeDetection, 'digest', 'an incremental on the last sound point')
    await restoresBitExact(next.points[0])

    await copyFile(good, file)
    const healed = await cluster!.json('a', ['verify', latest])
    assert.equal(healed.ok, true)
    assert.equal((await cluster!.json('a', ['points', 'list'])).find((p: any) => p.id === latest).damaged, false)
    await restoresBitExact(latest)
  })

  it('names the disk, block and pack offset of a flipped byte, and fails only the restores that need it', async function () {
    const points = (await cluster!.json('a', ['points', 'list', '--job', 'nightly'])).map((p: any) => p.id)
    const newest = points.at(-1)
    // the record of a block only the newest point has: the last one appended
    const packs = (await readdir(join(repoDir, 'packs'), { recursive: true })).filter((f) => f.endsWith('.pack'))
    let newestPack = ''
    let newestTime = 0
    for (const p of packs) {
      const t = (await stat(join(repoDir, 'packs', p))).mtimeMs
      if (t > newestTime) { newestTime = t; newestPack = join(repoDir, 'packs', p) }
    }
    const offsets: number[] = []
    await scanPack(newestPack, { onRecord: (r) => { offsets.push(r.offset) } })
    const offset = Math.max(...offsets)
    await flipByte(newestPack, offset + RECORD_HEADER_LENGTH + 40)

    const verify = await cluster!.cli('a', ['--json', 'verify', newest], { allowFailure: true })
    assert.equal(verify.code, 1)
    const report = JSON.parse(verify.stdout)
    assert.equal(report.pointId, newest)
    assert.equal(report.problems.length, 1, report.problems.join('\n'))
    assert.match(report.problems[0], new RegExp(`^disk 0 \\(disk0\\) block \\d+ \\(.*\\): pack [0-9a-f]{32} offset ${offset}: `))

    const to = join(dir, 'restore-flipped')
    const restore = await cluster!.cli('a', ['restore', newest, '--to', to], { allowFailure: true })
    assert.notEqual(restore.code, 0)
    assert.match(restore.stderr, /block \d+ .*(digest|damaged|corrupt)/i)
    // the first point does not use that block
    await restoresBitExact(points[0])
  })

  it('rebuilds the index on request, with progress and a report naming the damaged record', async function () {
    const progress: string[] = []
    const result = await cluster!.cli('a', ['--json', 'repository', 'rebuild', '--repository', 'main'], { allowFailure: true, onStderr: (c) => progress.push(c) })
    assert.equal(result.code, 1, 'the rebuild found damage')
    const [report, ...others] = JSON.parse(result.stdout)
    assert.equal(others.length, 0)
    assert.equal(report.repository, 'main')
    assert.equal(report.repositoryPeer, cluster!.node('c').peerId)
    const packs = (await readdir(join(repoDir, 'packs'), { recursive: true })).filter((f) => f.endsWith('.pack'))
    assert.equal(report.packs, packs.length)
    assert.ok(report.recordsIndexed > 0)
    assert.equal(report.recordsDamaged, 1, 'the record whose data byte was flipped')
    assert.match(report.problems[0], /pack [0-9a-f]{32} offset \d+: block [0-9a-f]{64} is damaged/)
    assert.equal(report.points, (await cluster!.json('a', ['points', 'list'])).length)
    assert.equal(report.incompletePoints.length, 1, 'the newest point misses the damaged block')
    assert.match(progress.join(''), /rebuild: \d+ of \d+ packs/)
    const points = (await cluster!.json('a', ['points', 'list', '--job', 'nightly'])).map((p: any) => p.id)
    await restoresBitExact(points[0])
  })
})
