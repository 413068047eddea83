/**
 * AttachedDisks against real QEMU (no OS in the VM: q35 with a free PCIe root port, native PCIe
 * hotplug, so device_del completes without a guest): the point disk is served by qemu-nbd over a
 * raw image. Refusals with their codes (no VM, a VM that does not run, no hotplug slot: rolled
 * back), then attach → data read through the VM's block layer → adopted by a new object (the
 * daemon restarted) → migrated (copied from the export into a local file, then committed) →
 * detached while the VM runs on.
 */
import assert from 'node:assert/strict'
import { stat } from 'node:fs/promises'
import { QmpClient } from '../../../../node/hosts/qemu/qmp.ts'
import { AttachedDisks } from '../../../../node/hosts/recovery/attach-disks.ts'
import { QemuLab, requireTools, run, startQemuNbd, MiB, type QemuNbd, type QemuProcess } from '../../../helpers/qemu.ts'
import { exportCopier } from '../../../helpers/export-copy.ts'

const SIZE = 64 * MiB
const EXTENTS = [{ offset: 0, length: MiB, pattern: 0x11 }, { offset: 40 * MiB, length: 2 * MiB, pattern: 0x22 }]
const Q35 = { machine: 'q35', args: ['-device', 'pcie-root-port,id=rp1,bus=pcie.0,chassis=1', '-global', 'ICH9-LPC.acpi-pci-hotplug-with-bridge-support=off'] }

async function readsRight (q: QmpClient, target: string): Promise<void> {
  for (const e of [...EXTENTS, { offset: 10 * MiB, length: MiB, pattern: 0 }]) {
    const out = await q.execute<string>('human-monitor-command', { 'command-line': `qemu-io ${target} "read -P 0x${e.pattern.toString(16)} ${e.offset} ${e.length}"` })
    assert.doesNotMatch(out, /fail|error|not found/i, out)
  }
}

describe('instant recovery: AttachedDisks (real QEMU)', function () {
  this.timeout(120_000)
  let lab: QemuLab
  let server: QemuNbd
  let nbd: string
  let image: string
  const serve = async (): Promise<QemuNbd> => await startQemuNbd(lab.dir, ['--read-only', '--persistent', '--shared=8', '--format=raw', '--export-name=r1-0', `--socket=${lab.path('export.sock')}`, image])

  before(async function () {
    requireTools(this, 'qemu-img', 'qemu-io', 'qemu-nbd', 'qemu-system-x86_64')
    lab = await QemuLab.create()
    image = await lab.image('point.raw', 'raw', SIZE)
    await run('qemu-io', ['-f', 'raw', ...EXTENTS.flatMap(e => ['-c', `write -P 0x${e.pattern.toString(16)} ${e.offset} ${e.length}`]), image])
    nbd = `unix:${lab.path('export.sock')}`
    server = await serve()
  })

  after(async () => {
    await server?.stop()
    await lab?.cleanup()
  })

  const init = (vm: QemuProcess | undefined, id: string): Parameters<typeof AttachedDisks.attach>[0] =>
    ({ id, name: 'web01', dir: lab.path(id), qmp: vm?.qmp ?? `unix:${lab.path('nothing.qmp')}`, hostName: 'kvm2', disks: [{ index: 0, size: SIZE, nbd, exportName: 'r1-0' }], copyDisk: exportCopier(() => ({ socket: lab.path('export.sock'), name: 'r1-0' })) })

  it('refuses with a stable code: no VM, a VM that does not run, a VM with no hotplug slot (rolled back)', async () => {
    await assert.rejects(AttachedDisks.attach(init(undefined, 'n1')), { code: 'ERR_RECOVERY_ATTACH_NO_VM' })
    const paused = await lab.vm('paused', [], Q35)
    await assert.rejects(AttachedDisks.attach(init(paused, 'n2')), (err: Error & { code?: string }) => err.code === 'ERR_RECOVERY_ATTACH_NOT_RUNNING' && /prelaunch/.test(err.message))
    await paused.kill()

    const noSlot = await lab.vm('noslot', [], { machine: 'q35' })
    const q = await QmpClient.connect(noSlot.control!)
    try {
      await q.execute('cont')
      await assert.rejects(AttachedDisks.attach(init(noSlot, 'n3')), { code: 'ERR_RECOVERY_ATTACH_FAILED' })
      const nodes = await q.execute<Array<{ 'node-name': string }>>('query-named-block-nodes', { flat: true })
      assert.deepEqual(nodes.filter(n => n['node-name'].startsWith('ir')), [], 'what was added is removed again')
      await assert.rejects(stat(lab.path('n3')), 'the overlay folder is removed')
    } finally {
      await q.close()
      await noSlot.kill()
    }
  })

  it('attaches to a running VM, is adopted after a daemon restart, migrates, and detaches while the VM runs on', async () => {
    const target = await lab.vm('target', [], Q35)
    const q = await QmpClient.connect(target.control!)
    try {
      await q.execute('cont')
      const started = Date.now()
      const first = await AttachedDisks.attach(init(target, 'a1'))
      console.log(`      attach → disks in the VM: ${Date.now() - started} ms`)
      assert.equal(first.state, 'running')
      const device = first.deviceId(0)
      assert.equal(await q.execute<string>('qom-get', { path: `/machine/peripheral/${device}`, property: 'type' }), 'virtio-blk-pci')
      await readsRight(q, `-d /machine/peripheral/${device}/virtio-backend`)

      // the daemon goes; a new one takes the disks up from what QEMU shows
      first.forget()
      const adopted = await AttachedDisks.adopt(init(target, 'a1'), { migrating: false, speed: 0, createdAtMs: first.createdAtMs, runningAtMs: first.runningAtMs })
      assert.equal(adopted.state, 'running')
      await adopted.migrate()
      await adopted.migrated
      assert.equal(adopted.state, 'migrated')
      const nodes = (await q.execute<Array<{ 'node-name': string }>>('query-named-block-nodes', { flat: true })).map(n => n['node-name'])
      assert.ok(!nodes.includes(`${adopted.prefix}-nbd0`), 'the NBD node is gone')
      assert.ok(!nodes.includes(`${adopted.prefix}-disk0`), 'the overlay is committed and gone')
      await server.stop()
      // every block is local: the data reads right without the export
      await readsRight(q, `-d /machine/peripheral/${device}/virtio-backend`)

      await adopted.stop()
      assert.equal(adopted.state, 'stopped')
      await assert.rejects(q.execute('qom-get', { path: `/machine/peripheral/${device}`, property: 'type' }), 'the device is gone')
      const left = (await q.execute<Array<{ 'node-name': string }>>('query-named-block-nodes', { flat: true })).map(n => n['node-name'])
      assert.deepEqual(left.filter(n => n.startsWith(adopted.prefix)), [])
      assert.equal((await q.execute<{ status: string }>('query-status')).status, 'running', 'the VM runs on')
      await assert.rejects(stat(lab.path('a1')), 'the overlays are removed')
    } finally {
      await q.close()
      await target.kill()
    }
  })

  it('tries the copy again while the export is away, and completes once it is back', async () => {
    server = await serve()
    const target = await lab.vm('target2', [], Q35)
    const q = await QmpClient.connect(target.control!)
    try {
      await q.execute('cont')
      const log: string[] = []
      const b = await AttachedDisks.attach({ ...init(target, 'a2'), reconnectDelayS: 1, log: (line) => { log.push(line) } })
      await server.stop()
      await b.migrate()
      // the first copy fails at once (nothing listens); it is tried again after a second
      while (!log.some(l => /copying disk 0 failed/.test(l))) await new Promise(resolve => setTimeout(resolve, 50))
      assert.equal(b.state, 'migrating')
      server = await serve()
      await b.migrated
      assert.ok(b.restarts >= 1, `restarts: ${b.restarts}`)
      await server.stop()
      await readsRight(q, `-d /machine/peripheral/${b.deviceId(0)}/virtio-backend`)
      await b.stop()
    } finally {
      await q.close()
      await target.kill()
    }
  })
})
