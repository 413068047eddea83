/**
 * QEMU hosts through the whole mesh: a qemu-storage-daemon holding a qcow2 disk is backed up by
 * three daemons; the second backup reads only the blocks the dirty bitmap marks; writes during a
 * backup land in the live disk but not in the point; after SIGKILL of QEMU the bitmap is
 * inconsistent and the next backup reads everything; direct mode falls back to hot-add when the
 * base image cannot be read directly.
 */
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { startCluster, waitUntil, type Cluster, SPINE } from '../../sim/cluster.ts'
import { MiB, QemuLab, requireTools, run, type QemuProcess } from '../helpers/qemu.ts'
import { QmpClient } from '../../node/hosts/qemu/qmp.ts'

const DISK = 32 * MiB

async function sha256 (file: string): Promise<string> {
  return createHash('sha256').update(await readFile(file)).digest('hex')
}

describe('QEMU hosts end to end', function () {
  this.timeout(300_000)
  let lab: QemuLab
  let cluster: Cluster | undefined
  let qsd: QemuProcess
  let image: string

  before(async function () {
    requireTools(this, 'qemu-img', 'qemu-io', 'qemu-storage-daemon')
    lab = await QemuLab.create()
    image = await lab.image('disk0.qcow2', 'qcow2', DISK)
    qsd = await lab.qsd('h1', [{ node: 'disk0', file: image, format: 'qcow2' }])
    // content: a few MiB of patterns, the rest unallocated
    await qsd.write('disk0', [0, 3, 7, 12, 20, 31].map((mib, i) => ({ offset: mib * MiB, length: MiB, pattern: 0x21 + i })))
    cluster = await startCluster({
      dir: lab.path('mesh'),
      nodes: SPINE
    })
    await cluster.cli('a', ['host', 'add', 'h1', '--type', 'qemu', '--qmp', qsd.qmp, '--nbd', `unix:${qsd.nbd!}`])
    await cluster.waitForHost('a', 'h1')
    await cluster.cli('a', ['job', 'add', 'q', '--host', 'h1', '--repository', 'main'])
  })

  after(async function () {
    if (this.currentTest?.state === 'failed' && cluster != null) for (const n of ['a', 'b']) console.error(`--- ${n}\n${cluster.logTail(n, 25)}`)
    await cluster?.stop()
    await lab?.cleanup()
  })

  /** The disk as the guest sees it now, as a raw file. */
  async function liveImage (name: string): Promise<string> {
    const out = lab.path(name)
    await run('qemu-img', ['convert', '-U', '-f', 'qcow2', '-O', 'raw', image, out])
    return out
  }

  async function restoreLatest (): Promise<string> {
    const points = await cluster!.json('a', ['points', 'list', '--job', 'q'])
    const point = points[points.length - 1]
    const to = lab.path(`restore-${point.id}.raw`)
    await cluster!.cli('a', ['restore', point.id, '--vm', point.vm, '--disk', '0', '--to', to])
    return to
  }

  async function ownNodes (): Promise<string[]> {
    const q = await QmpClient.connect(qsd.qmp)
    try {
      const nodes = await q.execute<Array<{ 'node-name': string }>>('query-named-block-nodes', { flat: true })
      return nodes.map((n) => n['node-name']).filter((n) => n.startsWith('mb-'))
    } finally {
      await q.close()
    }
  }

  it('backs up a qcow2 disk in full, then reads only the changed extents', async () => {
    const full = await cluster!.json('a', ['job', 'run', 'q', '--wait'])
    assert.equal(full.state, 'success', full.log.join('\n'))
    assert.equal(full.tasks[0].changeDetection, 'full')
    assert.equal(await sha256(await restoreLatest()), await sha256(await liveImage('after-full.raw')))
    assert.deepEqual(await ownNodes(), [], 'no overlay, fleece or export node left after the session')

    // two blocks change (one write spans a block boundary inside block 5 only)
    await qsd.write('disk0', [{ offset: 5 * MiB + 4096, length: 64 * 1024, pattern: 0x5a }, { offset: 18 * MiB, length: 4096, pattern: 0x5b }])
    const incremental = await cluster!.json('a', ['job', 'run', 'q', '--wait'])
    assert.equal(incremental.state, 'success', incremental.log.join('\n'))
    const task = incremental.tasks[0]
    assert.equal(task.changeDetection, 'cbt')
    assert.equal(task.stats.blocksSkippedCbt, 30, 'only the 2 changed blocks were read')
    assert.equal(task.stats.blocksSent, 2)
    assert.equal(task.stats.bytesRead, 2 * MiB)
    assert.equal(await sha256(await restoreLatest()), await sha256(await liveImage('after-cbt.raw')))
  })

  it('keeps guest writes made during the backup out of the point and in the live disk', async () => {
    await cluster!.cli('a', ['job', 'add', 'slow', '--host', 'h1', '--repository', 'main', '--rate', '4M', '--no-cbt'])
    const before = await liveImage('before-slow.raw')
    const run = await cluster!.json('a', ['job', 'run', 'slow'])
    await waitUntil('the task to be reading', async () => {
      const s = await cluster!.json('a', ['session', 'show', run.id])
      return s.tasks[0]?.blocksDone > 0 ? true : undefined
    }, 30_000)
    const writes = [{ offset: 2 * MiB, length: 256 * 1024, pattern: 0x77 }, { offset: 30 * MiB, length: MiB, pattern: 0x78 }]
    await qsd.write('disk0', writes)
    const session = await waitUntil('the session to end', async () => {
      const s = await cluster!.json('a', ['session', 'show', run.id])
      return s.state !== 'running' ? s : undefined
    }, 120_000, 500)
    assert.equal(session.state, 'success', session.log.join('\n'))
    const points = await cluster!.json('a', ['points', 'list', '--job', 'slow'])
    const to = lab.path('restore-slow.raw')
    await cluster!.cli('a', ['restore', points[0].id, '--vm', points[0].vm, '--disk', '0', '--to', to])
    assert.equal(await sha256(to), await sha256(before), 'the point is the disk as it was at the snapshot')
    const live = await readFile(await liveImage('after-slow.raw'))
    for (const w of writes) assert.ok(live.subarray(w.offset, w.offset + w.length).every((b) => b === w.pattern), `the live disk kept the write at ${w.offset}`)
    assert.deepEqual(await ownNodes(), [])
  })

  it('reads everything after QEMU was killed, and the restore is still exact', async () => {
    await qsd.kill('SIGKILL')
    await qsd.restart()
    await qsd.write('disk0', [{ offset: 9 * MiB, length: 4096, pattern: 0x99 }])
    const session = await cluster!.json('a', ['job', 'run', 'q', '--wait'])
    assert.equal(session.state, 'success', session.log.join('\n'))
    assert.equal(session.tasks[0].changeDetection, 'digest')
    assert.match(session.log.join('\n'), /inconsistent/)
    assert.equal(session.tasks[0].stats.blocksSkippedCbt ?? 0, 0)
    // since job q's last point: the writes during the "slow" job (blocks 2 and 30) and this one (block 9)
    assert.equal(session.tasks[0].stats.blocksSent, 3, 'the digest comparison still sends only the changed blocks')
    assert.equal(await sha256(await restoreLatest()), await sha256(await liveImage('after-kill.raw')))
  })

  it('reads every block when the repository cannot use the base point, though the bitmap names only the changed ones', async () => {
    // a new block size: the base point (1 MiB blocks) cannot seed the disk, the repository starts from zeros
    await cluster!.cli('a', ['job', 'add', 'q', '--host', 'h1', '--repository', 'main', '--block-size', '512K'])
    try {
      await qsd.write('disk0', [{ offset: 14 * MiB, length: 4096, pattern: 0x3c }])
      const ran = await cluster!.cli('a', ['--json', 'job', 'run', 'q', '--wait'], { allowFailure: true })
      assert.equal(ran.code, 3, `a session that ended with warnings exits 3: ${ran.stderr}`)
      const session = JSON.parse(ran.stdout)
      assert.equal(session.state, 'warning', session.log.join('\n'))
      assert.equal(session.tasks[0].changeDetection, 'cbt', 'the manager offered the bitmap')
      assert.match(session.log.join('\n'), /not usable on the repository; the disk was sent in full/)
      assert.equal(session.tasks[0].stats.blocksSkippedCbt ?? 0, 0)
      assert.equal(await sha256(await restoreLatest()), await sha256(await liveImage('after-new-block-size.raw')))
    } finally {
      await cluster!.cli('a', ['job', 'add', 'q', '--host', 'h1', '--repository', 'main'])
    }
  })

  it('falls back from direct to hot-add when the base image cannot be read directly, and says so', async function () {
    // a compressed qcow2: its clusters have no plain file offset, so direct reads cannot serve it
    const packed = lab.path('packed.qcow2')
    await run('qemu-img', ['convert', '-c', '-f', 'raw', '-O', 'qcow2', await liveImage('to-pack.raw'), packed])
    const host2 = await lab.qsd('h2', [{ node: 'disk0', file: packed, format: 'qcow2' }])
    await cluster!.cli('a', ['host', 'add', 'h2', '--type', 'qemu', '--qmp', host2.qmp, '--nbd', `unix:${host2.nbd!}`])
    await cluster!.waitForHost('a', 'h2')
    await cluster!.cli('a', ['job', 'add', 'packed', '--host', 'h2', '--repository', 'main'])
    const ran = await cluster!.cli('a', ['--json', 'job', 'run', 'packed', '--wait'], { allowFailure: true })
    assert.equal(ran.code, 3, `a session that ended with warnings exits 3: ${ran.stderr}`)
    const session = JSON.parse(ran.stdout)
    assert.equal(session.state, 'warning', session.log.join('\n'))
    assert.equal(session.tasks[0].mode, 'hotadd')
    assert.match(session.log.join('\n'), /direct mode failed .*fell back to hotadd mode/)
    const points = await cluster!.json('a', ['points', 'list', '--job', 'packed'])
    const to = lab.path('restore-packed.raw')
    await cluster!.cli('a', ['restore', points[0].id, '--vm', points[0].vm, '--disk', '0', '--to', to])
    const expected = lab.path('packed.raw')
    await run('qemu-img', ['convert', '-U', '-f', 'qcow2', '-O', 'raw', packed, expected])
    assert.equal(await sha256(to), await sha256(expected))
    await rm(to)
  })

  it('restores a VM into qcow2 images and attaches them to a stopped QEMU VM', async function () {
    requireTools(this, 'qemu-system-x86_64')
    const target = await lab.vm('target', [{ node: 'boot', file: await lab.image('boot.raw', 'raw', MiB), format: 'raw', id: 'boot' }])
    await cluster!.cli('a', ['host', 'add', 'target', '--type', 'qemu', '--qmp', target.qmp])
    const points = await cluster!.json('a', ['points', 'list', '--job', 'q'])
    const point = points[points.length - 1]
    const to = lab.path('restored-vm')
    const done = await cluster!.json('a', ['restore', point.id, '--vm', point.vm, '--to', to, '--format', 'qcow2', '--attach', 'target'])
    assert.equal(done.files.length, 1)
    const info = JSON.parse(await run('qemu-img', ['info', '-U', '--output=json', done.files[0]]))
    assert.equal(info.format, 'qcow2')
    const asRaw = lab.path('restored-vm.raw')
    await run('qemu-img', ['convert', '-U', '-f', 'qcow2', '-O', 'raw', done.files[0], asRaw])
    assert.equal(await sha256(asRaw), await sha256(await liveImage('now.raw')), 'the qcow2 holds the point')
    assert.equal(done.attached.length, 1)
    const q = await QmpClient.connect(target.qmp)
    try {
      const blocks = await q.execute<Array<{ device: string, qdev?: string, inserted?: { file: string } }>>('query-block')
      assert.ok(blocks.some((b) => b.inserted?.file === done.files[0]), 'the VM has the restored disk as a block device')
    } finally {
      await q.close()
    }
    const refused = await cluster!.cli('a', ['restore', point.id, '--vm', point.vm, '--to', lab.path('x'), '--attach', 'h1-not-there'], { allowFailure: true })
    assert.match(refused.stderr, /no host named "h1-not-there"/)
  })
})
