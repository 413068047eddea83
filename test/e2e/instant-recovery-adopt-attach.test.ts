/**
 * Instant recovery through the whole mesh (a: manager+scheduler, b: proxy, c: repository), two
 * things a production operator counts on:
 *
 * - a daemon that restarts takes up the recovered VMs it ran: the proxy's daemon is killed
 *   (SIGKILL, QEMU left alone) under a running recovered VM and under a migrating one; the VMs
 *   run on, the restarted daemon adopts them (by itself once it knows the host; an encrypted
 *   point's when the manager asks, with the key; `recover list` shows them, adoptions 1), their
 *   disks read right, the migration completes and stop removes them;
 * - `recover POINT --attach-to H` hot-plugs the point's disks into the VM host H runs (a q35 VM
 *   without an OS, a free PCIe root port): refused with ERR_RECOVERY_ATTACH_NOT_RUNNING while the
 *   VM has not started, then attached (the data reads right through the VM's own block layer),
 *   migrated, and detached by stop while the VM runs on; a VM that is gone is refused with
 *   ERR_RECOVERY_ATTACH_NO_VM.
 */
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { stat, writeFile } from 'node:fs/promises'
import { waitUntil, type Cluster } from '../../sim/cluster.ts'
import { MiB, QemuLab, requireTools, type QemuProcess } from '../helpers/qemu.ts'
import { backedUpSpine, writtenVm } from '../helpers/qemu-mesh.ts'
import { QmpClient } from '../../node/hosts/qemu/qmp.ts'

const DISK = 64 * MiB
const WRITES = [0, 7, 30, 61].map((mib, i) => ({ offset: mib * MiB, length: MiB, pattern: 0x61 + i }))

/** Reads the backed-up writes through a VM's block layer (HMP qemu-io on `target`: -d DEVICE or a node name). */
async function assertWrittenData (qmp: string | QmpClient, target: string): Promise<void> {
  const q = typeof qmp === 'string' ? await QmpClient.connect(qmp) : qmp
  try {
    for (const w of WRITES) {
      const out = await q.execute<string>('human-monitor-command', { 'command-line': `qemu-io ${target} "read -P 0x${w.pattern.toString(16)} ${w.offset} ${w.length}"` })
      assert.doesNotMatch(out, /fail|error|not found/i, out)
    }
  } finally {
    if (q !== qmp) await q.close()
  }
}

/** Whether process `pid` runs: a zombie (exited, not yet reaped by init, the daemon that started it being gone) does not. */
function alive (pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z'
  } catch {
    return false
  }
}

describe('instant recovery: adoption by a restarted daemon, and --attach-to (daemons, real QEMU)', function () {
  this.timeout(400_000)
  let lab: QemuLab
  let cluster: Cluster | undefined
  let point: { id: string }
  const started: number[] = []

  before(async function () {
    requireTools(this, 'qemu-img', 'qemu-io', 'qemu-system-x86_64')
    lab = await QemuLab.create()
    const vm = await writtenVm(lab, DISK, WRITES)
    ;({ cluster, point } = await backedUpSpine(lab, vm.qmp))
  })

  after(async function () {
    if (this.currentTest?.state === 'failed' && cluster != null) for (const n of ['a', 'b']) console.error(`--- ${n}\n${cluster.logTail(n, 40)}`)
    await cluster?.stop()
    // a recovered VM outlives its daemon by design: the ones a failed test left are killed here
    for (const pid of started) if (alive(pid)) process.kill(pid, 'SIGKILL')
    await lab?.cleanup()
  })

  const listed = async (id: string): Promise<any> => (await cluster!.json('a', ['recover', 'list'])).find((r: any) => r.id === id)

  /** Kills the proxy's daemon with SIGKILL (the VMs are left alone) and starts it again. */
  const restartProxy = async (): Promise<void> => {
    await cluster!.stopDaemon('b', 'SIGKILL')
    cluster!.startDaemon('b')
    await cluster!.waitForHost('a', 'h1')
  }

  it('a restarted daemon adopts the recovered VM it ran: list, migrate and stop work on it', async () => {
    const c = cluster!
    const info = await c.json('a', ['recover', point.id, '--host', 'h1', '--name', 'app1-adopt'])
    started.push(info.pid)
    try {
      assert.equal(info.state, 'running')
      await restartProxy()
      assert.ok(alive(info.pid), 'the recovered VM survived its daemon')
      // the daemon adopts it by itself, once it knows the host (nobody listed the recoveries yet)
      const t0 = Date.now()
      await waitUntil('the restarted daemon to adopt the recovery by itself', () => c.logTail('b', 200).includes(`recovery ${info.id}: adopted`) ? true : undefined, 60_000, 200)
        .catch((err: Error) => { throw new Error(`${err.message}; the daemon's log about it:\n${c.logTail('b', 400).split('\n').filter((l) => l.includes(info.id)).join('\n')}`) })
      const again = await waitUntil('the restarted daemon to adopt the recovery', async () => {
        const r = await listed(info.id)
        return r?.state === 'running' && Number(r.adoptions) === 1 ? r : undefined
      }, 60_000, 500)
      const failed = c.logTail('b', 400).split('\n').filter((l) => l.includes(`recovery ${info.id} left`))
      console.log(`      adopted by itself ${((Date.now() - t0) / 1000).toFixed(1)} s after the daemon was up${failed.length === 0 ? '' : ` (${failed.length} attempt(s) failed first: ${JSON.parse(failed[0]!).msg})`}`)
      assert.equal(again.pid, info.pid, 'the same QEMU process')
      // the export answers again: blocks not read before come from the repository
      await assertWrittenData(info.qmp, '-d /machine/peripheral/disk0/virtio-backend')
      const migrated = await c.json('a', ['recover', 'migrate', info.id, '--wait'])
      assert.equal(migrated.state, 'migrated')
    } finally {
      await c.cli('a', ['recover', 'stop', info.id], { allowFailure: true })
    }
    assert.ok(!alive(info.pid), 'stop killed the adopted VM')
    await assert.rejects(stat(info.overlays[0]), 'its overlay is removed')
    assert.equal((await listed(info.id))?.state, 'stopped')
  })

  it('a daemon restarted in the middle of a migration adopts it, and the migration completes', async () => {
    const c = cluster!
    const info = await c.json('a', ['recover', point.id, '--host', 'h1', '--name', 'app1-adopt-mig'])
    started.push(info.pid)
    try {
      // the repository away, the migration's copy cannot complete: it is tried again and again
      await c.stopDaemon('c', 'SIGKILL')
      await c.json('a', ['recover', 'migrate', info.id])
      await waitUntil('the migration to try its copy again', async () => {
        const r = await listed(info.id)
        return r?.state === 'migrating' && Number(r.restarts ?? 0) >= 1 ? r : undefined
      }, 60_000, 200)
      await restartProxy()
      c.startDaemon('c')
      const done = await waitUntil('the adopted migration to complete', async () => {
        const r = await listed(info.id)
        if (r?.state === 'failed') throw new Error(`the recovery failed: ${r.error}`)
        return r?.state === 'migrated' ? r : undefined
      }, 180_000, 500)
      assert.equal(Number(done.adoptions), 1)
      assert.equal(done.pid, info.pid)
      await assertWrittenData(info.qmp, '-d /machine/peripheral/disk0/virtio-backend')
    } finally {
      await c.cli('a', ['recover', 'stop', info.id], { allowFailure: true })
    }
    assert.ok(!alive(info.pid), 'stop killed the adopted VM')
  })

  it('an encrypted point\'s recovery is adopted when the manager asks, with the key from its catalog', async () => {
    const c = cluster!
    await writeFile(lab.path('pass'), 'correct horse battery staple\n', { mode: 0o600 })
    await c.cli('a', ['key', 'create', 'prod', '--passphrase-file', lab.path('pass')])
    await c.cli('a', ['job', 'add', 'qe', '--host', 'h1', '--repository', 'main', '--key', 'prod'])
    const session = await c.json('a', ['job', 'run', 'qe', '--wait'])
    assert.equal(session.state, 'success', session.log.join('\n'))
    const [sealed] = await c.json('a', ['points', 'list', '--job', 'qe'])
    assert.notEqual(sealed.keyFingerprint ?? '', '')
    const info = await c.json('a', ['recover', sealed.id, '--host', 'h1', '--name', 'app1-adopt-enc'])
    started.push(info.pid)
    try {
      await restartProxy()
      // the daemon cannot adopt it alone (the key is never written down): `recover list` has the manager ask
      assert.ok(!c.logTail('b', 400).includes(`recovery ${info.id}: adopted`))
      const again = await waitUntil('the manager to have the recovery adopted', async () => {
        const r = await listed(info.id)
        return r?.state === 'running' && Number(r.adoptions) === 1 ? r : undefined
      }, 60_000, 500)
      assert.equal(again.pid, info.pid)
      await assertWrittenData(info.qmp, '-d /machine/peripheral/disk0/virtio-backend')
    } finally {
      await c.cli('a', ['recover', 'stop', info.id], { allowFailure: true })
    }
    assert.ok(!alive(info.pid))
  })

  describe('--attach-to', () => {
    let target: QemuProcess

    before(async () => {
      // the operator's VM: q35 with a free PCIe root port, no OS; started paused (-S). Native PCIe
      // hotplug (not ACPI's): with no guest to power the slot on, QEMU unplugs at once on device_del
      target = await lab.vm('target', [], { machine: 'q35', args: ['-device', 'pcie-root-port,id=rp1,bus=pcie.0,chassis=1', '-global', 'ICH9-LPC.acpi-pci-hotplug-with-bridge-support=off'] })
      await cluster!.cli('a', ['host', 'add', 't1', '--type', 'qemu', '--qmp', target.qmp])
      await cluster!.waitForHost('a', 't1')
    })

    it('refuses a VM that does not run, hot-plugs the disks into one that does, migrates and detaches them', async () => {
      const c = cluster!
      const refused = await c.cli('a', ['recover', point.id, '--attach-to', 't1'], { allowFailure: true })
      assert.notEqual(refused.code, 0)
      assert.match(refused.stderr, /ERR_RECOVERY_ATTACH_NOT_RUNNING/)
      assert.match(refused.stderr, /prelaunch/)

      const control = await QmpClient.connect(target.control!)
      try {
        await control.execute('cont')
        const info = await c.json('a', ['recover', point.id, '--attach-to', 't1'])
        console.log(`      recover --attach-to → disks attached: ${info.seconds.toFixed(2)} s`)
        const prefix = `ir${createHash('sha256').update(info.id).digest('hex').slice(0, 10)}`
        try {
          assert.equal(info.state, 'running')
          assert.equal(info.attachedTo, 't1')
          assert.equal(info.pid, 0, 'no process of its own')
          const type = await control.execute<string>('qom-get', { path: `/machine/peripheral/${prefix}-vd0`, property: 'type' })
          assert.equal(type, 'virtio-blk-pci')
          await assertWrittenData(control, `-d /machine/peripheral/${prefix}-vd0/virtio-backend`)

          const migrated = await c.json('a', ['recover', 'migrate', info.id, '--wait'])
          assert.equal(migrated.state, 'migrated')
          const nodes = (await control.execute<Array<{ 'node-name': string }>>('query-named-block-nodes', { flat: true })).map((n) => n['node-name'])
          assert.ok(!nodes.includes(`${prefix}-nbd0`), 'the NBD node is gone')
          assert.ok(!nodes.includes(`${prefix}-disk0`), 'the overlay is committed and gone')
          await assertWrittenData(control, `-d /machine/peripheral/${prefix}-vd0/virtio-backend`)
        } finally {
          await c.cli('a', ['recover', 'stop', info.id], { allowFailure: true })
        }
        const nodes = (await control.execute<Array<{ 'node-name': string }>>('query-named-block-nodes', { flat: true })).map((n) => n['node-name'])
        assert.deepEqual(nodes.filter((n) => n.startsWith(prefix)), [], 'every node of the recovery is gone')
        await assert.rejects(control.execute('qom-get', { path: `/machine/peripheral/${prefix}-vd0`, property: 'type' }), 'the device is gone')
        assert.equal((await control.execute<{ status: string }>('query-status')).status, 'running', 'the VM runs on')
        await assert.rejects(stat(info.overlays[0]), 'the overlay is removed')
        assert.equal((await listed(info.id))?.state, 'stopped')
      } finally {
        await control.close()
      }
    })

    it('refuses a VM that is gone with ERR_RECOVERY_ATTACH_NO_VM', async () => {
      await target.kill('SIGKILL')
      const refused = await cluster!.cli('a', ['recover', point.id, '--attach-to', 't1'], { allowFailure: true })
      assert.notEqual(refused.code, 0)
      assert.match(refused.stderr, /ERR_RECOVERY_ATTACH_NO_VM/)
    })
  })
})
