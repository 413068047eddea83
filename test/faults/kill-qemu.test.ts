/**
 * Faults lose nothing, on a QEMU host: kill -9 of the only proxy in the middle of an incremental
 * backup of a qemu-storage-daemon disk (32 MiB qcow2 of random data, read at 4 MB/s).
 *
 * The session fails naming the reason and lists no partial point. Once the proxy is back, without
 * another session, the snapshot hunter releases the snapshot: no overlay node, no NBD export, no
 * snapshot record left, and the bitmaps folded back into the one the last good point recorded, so
 * the next backup is still an incremental that reads the changed blocks and restores bit-exact.
 */
import assert from 'node:assert/strict'
import { createHash, randomBytes } from 'node:crypto'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { startCluster, waitUntil, type Cluster, SPINE } from '../../sim/cluster.ts'
import { MiB, QemuLab, requireTools, run, type QemuProcess } from '../helpers/qemu.ts'
import { QmpClient } from '../../node/hosts/qemu/qmp.ts'

const DISK = 32 * MiB

interface Bitmap { name: string, recording: boolean, persistent: boolean, count: number, inconsistent?: boolean }
interface Node { 'node-name': string, 'dirty-bitmaps'?: Bitmap[] }

async function sha256 (file: string): Promise<string> {
  return createHash('sha256').update(await readFile(file)).digest('hex')
}

describe('faults: kill -9 of the proxy mid-backup of a QEMU host', function () {
  this.timeout(180_000)
  let lab: QemuLab
  let cluster: Cluster | undefined
  let qsd: QemuProcess
  let image: string
  const figures: string[] = []

  /** What the QSD holds now: meshbackup's own nodes, exports and block jobs, and disk0's bitmaps. */
  async function blockState (): Promise<{ nodes: string[], exports: string[], jobs: string[], bitmaps: Bitmap[] }> {
    const q = await QmpClient.connect(qsd.qmp)
    try {
      const all = await q.execute<Node[]>('query-named-block-nodes', { flat: true })
      const exports = await q.execute<Array<{ id: string }>>('query-block-exports')
      const jobs = await q.execute<Array<{ id: string }>>('query-jobs')
      return {
        nodes: all.map((n) => n['node-name']).filter((n) => n.startsWith('mb-')),
        exports: exports.map((e) => e.id).filter((id) => id.startsWith('mb-')),
        jobs: jobs.map((j) => j.id),
        bitmaps: (all.find((n) => n['node-name'] === 'disk0')?.['dirty-bitmaps'] ?? []).filter((b) => b.name.startsWith('mb-'))
      }
    } finally {
      await q.close()
    }
  }

  /** Snapshot records the QEMU connector keeps next to the QMP socket (one folder per snapshot). */
  async function records (): Promise<string[]> {
    const base = lab.path('meshbackup')
    const keys = await readdir(base).catch(() => [] as string[])
    const out: string[] = []
    for (const k of keys) out.push(...await readdir(join(base, k, 'snapshots')).catch(() => [] as string[]))
    return out
  }

  async function liveImage (name: string): Promise<string> {
    const out = lab.path(name)
    await run('qemu-img', ['convert', '-U', '-f', 'qcow2', '-O', 'raw', image, out])
    return out
  }

  const show = async (id: string): Promise<any> => await cluster!.json('a', ['session', 'show', id])
  const points = async (): Promise<any[]> => await cluster!.json('a', ['points', 'list', '--job', 'q'])

  before(async function () {
    requireTools(this, 'qemu-img', 'qemu-io', 'qemu-storage-daemon')
    lab = await QemuLab.create()
    // incompressible, every block allocated: at 4 MB/s a full read takes 8 s
    const raw = lab.path('seed.raw')
    await writeFile(raw, randomBytes(DISK))
    image = lab.path('disk0.qcow2')
    await run('qemu-img', ['convert', '-f', 'raw', '-O', 'qcow2', raw, image])
    qsd = await lab.qsd('h1', [{ node: 'disk0', file: image, format: 'qcow2' }])
    cluster = await startCluster({ dir: lab.path('mesh'), nodes: SPINE })
    await cluster.cli('a', ['host', 'add', 'h1', '--type', 'qemu', '--qmp', qsd.qmp, '--nbd', `unix:${qsd.nbd!}`])
    await cluster.waitForHost('a', 'h1')
    await cluster.cli('a', ['job', 'add', 'q', '--host', 'h1', '--repository', 'main', '--rate', '4M'])
  })

  after(async function () {
    if (figures.length > 0) console.log(`      figures: ${figures.join('; ')}`)
    if (this.currentTest?.state === 'failed' && cluster != null) for (const n of ['a', 'b']) console.error(`--- ${n}\n${cluster.logTail(n, 40)}`)
    await cluster?.stop()
    await lab?.cleanup()
  })

  it('fails the incremental, releases overlay, export and bitmaps once the proxy is back, and the next backup is an incremental again', async () => {
    // a full backup leaves one live bitmap, the one its point records
    const full = await cluster!.json('a', ['job', 'run', 'q', '--wait'])
    assert.equal(full.state, 'success', full.log.join('\n'))
    const afterFull = await blockState()
    assert.equal(afterFull.bitmaps.length, 1, JSON.stringify(afterFull.bitmaps))
    const tracker = afterFull.bitmaps[0]!.name
    assert.equal(afterFull.bitmaps[0]!.recording, true)

    // 24 blocks change (4..27, a small write in each): the incremental reads 24 MiB, 6 s at 4 MB/s
    const changed = Array.from({ length: 24 }, (_, i) => 4 + i)
    await qsd.write('disk0', changed.map((block, i) => ({ offset: block * MiB + (i % 4) * 256 * 1024, length: 4096, pattern: 0x40 + i })))

    const started = await cluster!.json('a', ['job', 'run', 'q'])
    await waitUntil('the incremental task to run on the proxy', async () => {
      const task = (await show(started.id)).tasks[0]
      return task?.state === 'running' && task.proxy !== '' && task.blocksDone > 0 ? true : undefined
    }, 30_000, 100)
    const during = await blockState()
    assert.ok(during.nodes.length > 0 && during.exports.length > 0, `the snapshot is taken: ${JSON.stringify(during)}`)
    const killedAt = Date.now()
    await cluster!.stopDaemon('b', 'SIGKILL')

    const s = await waitUntil('the session to end', async () => {
      const r = await show(started.id)
      return r.state !== 'running' ? r : undefined
    }, 30_000, 250)
    figures.push(`proxy kill → session failed in ${Date.now() - killedAt} ms (${String(s.tasks[0].error).slice(0, 120)})`)
    assert.equal(s.state, 'failed', s.log.join('\n'))
    assert.match(s.log.join('\n'), /attempt 1 failed on proxy .*left the mesh|no proxy reaches host h1/)
    assert.notEqual(s.tasks[0].error, '', 'the task names why it failed')
    for (const t of s.tasks) assert.ok(t.state !== 'queued' && t.state !== 'running', `task ${t.taskId} says "${t.state}"`)
    assert.equal((await points()).length, 1, 'no partial point is listed')
    const orphaned = await blockState()
    assert.ok(orphaned.nodes.length > 0, 'the overlay outlived its proxy')
    assert.equal((await records()).length, 1, 'the snapshot record outlived its proxy')

    // the proxy comes back: the snapshot hunter releases the leftover, no session needed
    const restartedAt = Date.now()
    cluster!.startDaemon('b')
    await cluster!.waitForMesh()
    const released = await waitUntil('the leftover snapshot to be released', async () => {
      const st = await blockState()
      return st.nodes.length === 0 && st.exports.length === 0 && st.jobs.length === 0 && (await records()).length === 0 ? st : undefined
    }, 30_000, 250)
    figures.push(`proxy restart → snapshot released in ${Date.now() - restartedAt} ms`)
    // the manager logs the release once the proxy's answer is back, which may come after QEMU shows it
    const hunted = new RegExp(`snapshot hunter: released leftover snapshot .* on host h1 from session ${started.id}`)
    await waitUntil('the manager to log the release', async () => hunted.test(await readFile(cluster!.node('a').log, 'utf8')) ? true : undefined, 10_000, 100)
    // the new bitmap was folded into the frozen one: one live tracker, the name the last good point recorded
    assert.deepEqual(released.bitmaps.map((b) => [b.name, b.recording, b.persistent, b.inconsistent === true]), [[tracker, true, true, false]])
    assert.ok(released.bitmaps[0]!.count >= changed.length * 4096, `the tracker still marks the changed blocks: ${released.bitmaps[0]!.count} bytes dirty`)
    const q = await QmpClient.connect(qsd.qmp)
    try {
      const top = (await q.execute<Node[]>('query-named-block-nodes', { flat: true })).map((n) => n['node-name'])
      assert.deepEqual(top.sort(), ['disk0', 'disk0-file'], 'the disk is back on its own image, no overlay in the graph')
    } finally {
      await q.close()
    }

    // the next backup is an incremental from the last good point, and restores bit-exact
    const next = await cluster!.json('a', ['job', 'run', 'q', '--wait'])
    assert.equal(next.state, 'success', next.log.join('\n'))
    const task = next.tasks[0]
    assert.equal(task.changeDetection, 'cbt', next.log.join('\n'))
    assert.equal(task.stats.blocksSent, changed.length, `only the changed blocks were sent: ${JSON.stringify(task.stats)}`)
    assert.equal(task.stats.blocksSkippedCbt, 32 - changed.length)
    const listed = await points()
    assert.equal(listed.length, 2)
    const point = listed[listed.length - 1]
    const to = lab.path('restored.raw')
    await cluster!.cli('a', ['restore', point.id, '--vm', point.vm, '--disk', '0', '--to', to])
    assert.equal(await sha256(to), await sha256(await liveImage('live.raw')))
  })
})
