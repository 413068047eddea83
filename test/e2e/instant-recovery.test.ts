/**
 * Instant recovery through the whole mesh: a qemu-system VM (never running: no guest boots) is
 * backed up by the spine's daemons, its point records the VM's configuration, and
 * `meshbackup recover POINT --host h1` runs it as a new VM on the host's machine within seconds,
 * its disk served by the proxy node's own NBD server, each block fetched from the repository when
 * first read. The data is read back through the recovered VM's block layer (HMP qemu-io), then
 * `recover migrate --wait` makes every block local, `recover list` shows it, `recover stop` kills
 * the VM and removes its overlay. Then the repository's daemon is killed (SIGKILL) in the middle of
 * a rate-limited migration and started again: the reads wait for it, the migration completes by
 * itself, the VM never paused on an I/O error, and its data is intact.
 */
import assert from 'node:assert/strict'
import { stat, writeFile } from 'node:fs/promises'
import { waitUntil, type Cluster } from '../../sim/cluster.ts'
import { MiB, QemuLab, requireTools, type QemuProcess } from '../helpers/qemu.ts'
import { backedUpSpine, writtenVm } from '../helpers/qemu-mesh.ts'
import { QmpClient } from '../../node/hosts/qemu/qmp.ts'

const DISK = 64 * MiB
const WRITES = [0, 5, 17, 40, 63].map((mib, i) => ({ offset: mib * MiB, length: MiB, pattern: 0x31 + i }))

/** Reads the backed-up VM's writes back through the recovered VM's block layer (HMP qemu-io). */
async function assertWrittenData (q: QmpClient): Promise<void> {
  for (const w of WRITES) {
    const out = await q.execute<string>('human-monitor-command', { 'command-line': `qemu-io -d /machine/peripheral/disk0/virtio-backend "read -P 0x${w.pattern.toString(16)} ${w.offset} ${w.length}"` })
    assert.doesNotMatch(out, /fail|error/i, out)
  }
}

describe('instant recovery end to end (daemons, real QEMU)', function () {
  this.timeout(300_000)
  let lab: QemuLab
  let cluster: Cluster | undefined
  let vm: QemuProcess

  before(async function () {
    requireTools(this, 'qemu-img', 'qemu-io', 'qemu-nbd', 'qemu-system-x86_64')
    lab = await QemuLab.create()
    vm = await writtenVm(lab, DISK, WRITES)
    ;({ cluster } = await backedUpSpine(lab, vm.qmp))
  })

  after(async function () {
    if (this.currentTest?.state === 'failed' && cluster != null) for (const n of ['a', 'b']) console.error(`--- ${n}\n${cluster.logTail(n, 25)}`)
    await cluster?.stop()
    await lab?.cleanup()
  })

  it('recovers a point from the CLI, migrates it and stops it', async () => {
    const [point] = await cluster!.json('a', ['points', 'list', '--job', 'q'])
    const started = Date.now()
    const info = await cluster!.json('a', ['recover', point.id, '--host', 'h1', '--name', 'app1-ir'])
    console.log(`      recover → running through the daemons: ${info.seconds.toFixed(2)} s (CLI wall ${((Date.now() - started) / 1000).toFixed(2)} s)`)
    assert.equal(info.state, 'running')
    assert.equal(info.name, 'app1-ir')
    assert.ok(info.pid > 0)
    process.kill(info.pid, 0)

    const q = await QmpClient.connect(info.qmp)
    try {
      // the recorded config: the source VM's machine and memory
      const machine = await q.execute<string>('qom-get', { path: '/machine', property: 'type' })
      assert.match(machine, /^pc-i440fx-/)
      await assertWrittenData(q)
      const listed = await cluster!.json('a', ['recover', 'list'])
      assert.equal(listed.find((r: any) => r.id === info.id)?.state, 'running')

      const migrated = await cluster!.json('a', ['recover', 'migrate', info.id, '--wait'])
      assert.equal(migrated.state, 'migrated')
      const nodes = await q.execute<Array<{ 'node-name': string }>>('query-named-block-nodes', { flat: true })
      assert.ok(!nodes.some((n) => n['node-name'].startsWith('rb-nbd')), 'the NBD nodes are gone')
    } finally {
      await q.close()
    }
    const after = await cluster!.json('a', ['recover', 'list'])
    assert.equal(after.find((r: any) => r.id === info.id)?.state, 'migrated')

    await cluster!.cli('a', ['recover', 'stop', info.id])
    assert.throws(() => process.kill(info.pid, 0), 'the recovered VM is gone')
    await assert.rejects(stat(info.overlays[0]), 'its overlay is removed')
    const stopped = await cluster!.json('a', ['recover', 'list'])
    assert.equal(stopped.find((r: any) => r.id === info.id)?.state, 'stopped')
  })

  it('finishes a migration whose repository daemon was killed and started again, with no I/O error in the guest', async () => {
    const [point] = await cluster!.json('a', ['points', 'list', '--job', 'q'])
    const info = await cluster!.json('a', ['recover', point.id, '--host', 'h1', '--name', 'app1-fault'])
    assert.equal(info.state, 'running')
    try {
      // the repository goes away; the migration asked meanwhile copies nothing until it is back
      await cluster!.stopDaemon('c', 'SIGKILL')
      await cluster!.json('a', ['recover', 'migrate', info.id])
      await waitUntil('the migration to try its copy again', async () => {
        const r = (await cluster!.json('a', ['recover', 'list'])).find((x: any) => x.id === info.id)
        return r?.state === 'migrating' && Number(r.restarts ?? 0) >= 1 ? r : undefined
      }, 60_000, 200)
      cluster!.startDaemon('c')
      const done = await waitUntil('the migration to complete by itself', async () => {
        const r = (await cluster!.json('a', ['recover', 'list'])).find((x: any) => x.id === info.id)
        if (r?.state === 'failed' || (r?.error ?? '') !== '') throw new Error(`the migration failed: ${r.error}`)
        return r?.state === 'migrated' ? r : undefined
      }, 180_000, 500)
      assert.equal(Number(done.pauses ?? 0), 0, 'the VM never paused on an I/O error')
      const q = await QmpClient.connect(info.qmp)
      try {
        await assertWrittenData(q)
      } finally {
        await q.close()
      }
    } finally {
      await cluster!.cli('a', ['recover', 'stop', info.id], { allowFailure: true })
    }
  })

  it('recovers and migrates an encrypted point: the key comes from the manager\'s catalog, the blocks are opened on the recovering node', async () => {
    await writeFile(lab.path('pass'), 'correct horse battery staple\n', { mode: 0o600 })
    await cluster!.cli('a', ['key', 'create', 'prod', '--passphrase-file', lab.path('pass')])
    await cluster!.cli('a', ['job', 'add', 'qe', '--host', 'h1', '--repository', 'main', '--key', 'prod'])
    const session = await cluster!.json('a', ['job', 'run', 'qe', '--wait'])
    assert.equal(session.state, 'success', session.log.join('\n'))
    const [point] = await cluster!.json('a', ['points', 'list', '--job', 'qe'])
    assert.notEqual(point.keyFingerprint ?? '', '', 'the point is encrypted')
    const info = await cluster!.json('a', ['recover', point.id, '--host', 'h1', '--name', 'app1-enc'])
    try {
      assert.equal(info.state, 'running')
      const q = await QmpClient.connect(info.qmp)
      try {
        await assertWrittenData(q)
        // the migration restores the sealed blocks with the same key, then the VM runs on them
        const migrated = await cluster!.json('a', ['recover', 'migrate', info.id, '--wait'])
        assert.equal(migrated.state, 'migrated', migrated.error)
        await assertWrittenData(q)
      } finally {
        await q.close()
      }
    } finally {
      await cluster!.cli('a', ['recover', 'stop', info.id], { allowFailure: true })
    }
  })
})
