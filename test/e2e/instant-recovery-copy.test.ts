/**
 * Instant recovery of a point held only on a copy repository, through the whole mesh: a
 * qemu-system VM (never running: no guest boots) is backed up to repository "main" (node c), a
 * backup copy job copies the point to "dr" (node d), then main's daemon is stopped for good.
 * `meshbackup recover POINT --host h1` finds the point on dr alone and runs it as a new VM whose
 * disk reads the backed-up data (HMP qemu-io through the recovered VM's block layer), fetched from
 * dr on demand; `recover migrate --wait` makes every block local, `recover stop` removes it.
 */
import assert from 'node:assert/strict'
import { stat } from 'node:fs/promises'
import { startCluster, type Cluster } from '../../sim/cluster.ts'
import { MiB, QemuLab, requireTools } from '../helpers/qemu.ts'
import { writtenVm } from '../helpers/qemu-mesh.ts'
import { QmpClient } from '../../node/hosts/qemu/qmp.ts'

const DISK = 64 * MiB
const WRITES = [0, 9, 33, 62].map((mib, i) => ({ offset: mib * MiB, length: MiB, pattern: 0x51 + i }))

/** Reads the backed-up VM's writes back through the recovered VM's block layer (HMP qemu-io). */
async function assertWrittenData (qmp: string): Promise<void> {
  const q = await QmpClient.connect(qmp)
  try {
    for (const w of WRITES) {
      const out = await q.execute<string>('human-monitor-command', { 'command-line': `qemu-io -d /machine/peripheral/disk0/virtio-backend "read -P 0x${w.pattern.toString(16)} ${w.offset} ${w.length}"` })
      assert.doesNotMatch(out, /fail|error/i, out)
    }
    // and a range never written reads as zeroes
    const zero = await q.execute<string>('human-monitor-command', { 'command-line': `qemu-io -d /machine/peripheral/disk0/virtio-backend "read -P 0 ${20 * MiB} ${MiB}"` })
    assert.doesNotMatch(zero, /fail|error/i, zero)
  } finally {
    await q.close()
  }
}

describe('instant recovery from a copy repository (daemons, real QEMU)', function () {
  this.timeout(300_000)
  let lab: QemuLab
  let cluster: Cluster | undefined

  before(async function () {
    requireTools(this, 'qemu-img', 'qemu-io', 'qemu-system-x86_64')
    lab = await QemuLab.create()
    const vm = await writtenVm(lab, DISK, WRITES)
    cluster = await startCluster({
      dir: lab.path('mesh'),
      nodes: [
        { name: 'a', roles: ['manager', 'scheduler'] },
        { name: 'b', roles: ['proxy'] },
        { name: 'c', roles: ['repository'], repositoryName: 'main' },
        { name: 'd', roles: ['repository'], repositoryName: 'dr' }
      ]
    })
    await cluster.cli('a', ['host', 'add', 'h1', '--type', 'qemu', '--qmp', vm.qmp])
    await cluster.waitForHost('a', 'h1')
    await cluster.cli('a', ['job', 'add', 'q', '--host', 'h1', '--repository', 'main'])
    const session = await cluster.json('a', ['job', 'run', 'q', '--wait'])
    assert.equal(session.state, 'success', session.log.join('\n'))
  })

  after(async function () {
    if (this.currentTest?.state === 'failed' && cluster != null) for (const n of ['a', 'b', 'd']) console.error(`--- ${n}\n${cluster.logTail(n, 25)}`)
    await cluster?.stop()
    await lab?.cleanup()
  })

  it('runs a point that only the copy repository holds, migrates it and stops it', async () => {
    const c = cluster!
    const [point] = await c.json('a', ['points', 'list', '--job', 'q'])
    await c.cli('a', ['copy', 'add', 'offsite', '--from', 'main', '--to', 'dr', '--job', 'q'])
    const copied = JSON.parse((await c.cli('a', ['--json', 'copy', 'run', 'offsite'])).stdout)
    assert.equal(copied.state, 'success', copied.log?.join('\n'))
    assert.deepEqual(copied.points, [point.id])

    // the source repository is gone: only dr holds the point now
    await c.stopDaemon('c')
    const started = Date.now()
    const info = await c.json('a', ['recover', point.id, '--host', 'h1', '--name', 'app1-dr'])
    console.log(`      recover from the copy → running: ${info.seconds.toFixed(2)} s (CLI wall ${((Date.now() - started) / 1000).toFixed(2)} s)`)
    try {
      assert.equal(info.state, 'running')
      assert.equal(info.repository, 'dr', 'the copy serves the point')
      process.kill(info.pid, 0)
      await assertWrittenData(info.qmp)

      const migrated = await c.json('a', ['recover', 'migrate', info.id, '--wait'])
      assert.equal(migrated.state, 'migrated')
      const listed = (await c.json('a', ['recover', 'list'])).find((r: any) => r.id === info.id)
      assert.equal(listed?.state, 'migrated')
      assert.equal(listed?.repository, 'dr')
      // every block is local now: the data reads the same without the repository's export
      await assertWrittenData(info.qmp)
    } finally {
      await c.cli('a', ['recover', 'stop', info.id], { allowFailure: true })
    }
    assert.throws(() => process.kill(info.pid, 0), 'the recovered VM is gone')
    await assert.rejects(stat(info.overlays[0]), 'its overlay is removed')
  })
})
