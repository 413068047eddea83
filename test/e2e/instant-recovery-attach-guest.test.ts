/**
 * `recover POINT --attach-to H` into a VM whose guest runs: the boot checks' Debian test guest
 * (test/helpers/boot-guest.sh), booted under TCG on an i440fx machine, so the disks are hot-plugged
 * and hot-unplugged through ACPI PCI hotplug, which the guest's kernel must answer (the other
 * attach spec uses a VM with no OS, where QEMU unplugs at once). The guest sees the point's disk
 * as /dev/vdb with the backed-up bytes (sha256sum in the guest through its agent); `recover stop`
 * ejects it (the guest acknowledges, DEVICE_DELETED), the device is gone from the guest, and the
 * guest runs on.
 */
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { promisify } from 'node:util'
import { waitUntil, type Cluster } from '../../sim/cluster.ts'
import { bootGuest } from '../helpers/boot-guest.ts'
import { MiB, QemuLab, requireTools } from '../helpers/qemu.ts'
import { backedUpSpine } from '../helpers/qemu-mesh.ts'
import { QmpClient } from '../../node/hosts/qemu/qmp.ts'
import { QgaClient } from '../../node/hosts/qemu/qga.ts'
import { isolatedVmCommand, launchVm, connectVmQmp, type RunningVm } from '../../node/hosts/qemu/isolated-vm.ts'

const run = promisify(execFile)
const DATA = 16 * MiB

describe('instant recovery: --attach-to a VM whose guest runs (ACPI hotplug, real Debian guest under TCG)', function () {
  this.timeout(420_000)
  let lab: QemuLab | undefined
  let cluster: Cluster | undefined
  let guestVm: RunningVm | undefined
  let control: QmpClient | undefined
  let qga: QgaClient | undefined
  let expected = ''

  before(async function () {
    requireTools(this, 'qemu-img', 'qemu-io', 'qemu-nbd', 'qemu-system-x86_64')
    const guest = await bootGuest(this)
    lab = await QemuLab.create()
    // the VM backed up: no OS, one disk of random bytes
    const data = randomBytes(DATA)
    expected = createHash('sha256').update(data).digest('hex')
    await writeFile(lab.path('data.raw'), data)
    const source = await lab.vm('data1', [{ node: 'disk0', file: lab.path('data.raw'), format: 'raw', id: 'vd0' }])
    ;({ cluster } = await backedUpSpine(lab, source.qmp, { job: 'd' }))

    // the operator's VM: the test guest booted from an overlay, with a second monitor for the test
    await run('qemu-img', ['create', '-q', '-f', 'qcow2', '-F', 'raw', '-b', guest.image, lab.path('guest.qcow2')])
    const cmd = isolatedVmCommand({ name: 'guest1', workDir: lab.dir, disks: [{ file: lab.path('guest.qcow2') }] })
    cmd.argv.push('-qmp', `unix:${lab.path('control.qmp')},server=on,wait=off`)
    for (const f of cmd.files) await writeFile(f.path, f.data)
    guestVm = launchVm(cmd)
    ;(await connectVmQmp(cmd, guestVm)).close()
    control = await QmpClient.connect(`unix:${lab.path('control.qmp')}`)
    const booted = Date.now()
    qga = await waitUntil('the guest agent to answer', async () => {
      const client = await QgaClient.connect(cmd.qga, { timeoutMs: 2000 }).catch(() => undefined)
      if (client === undefined) return undefined
      const up = await client.ping().then(() => true, () => false)
      if (!up) await client.close()
      return up ? client : undefined
    }, 240_000, 1000)
    console.log(`      the test guest answers after ${((Date.now() - booted) / 1000).toFixed(1)} s`)
    await cluster.cli('a', ['host', 'add', 'g1', '--type', 'qemu', '--qmp', cmd.qmp])
    await cluster.waitForHost('a', 'g1')
  })

  after(async function () {
    if (this.currentTest?.state === 'failed' && cluster != null) for (const n of ['a', 'b']) console.error(`--- ${n}\n${cluster.logTail(n, 25)}`)
    await qga?.close()
    await control?.close()
    if (guestVm !== undefined && guestVm.pid > 0) {
      try { process.kill(guestVm.pid, 'SIGKILL') } catch {}
      await guestVm.exited
    }
    await cluster?.stop()
    await lab?.cleanup()
  })

  /** Runs a shell line in the guest; its exit code and output. */
  const inGuest = async (line: string): Promise<{ exitCode: number | null, stdout: string, stderr: string }> =>
    await qga!.run('/bin/sh', ['-c', line], { timeoutMs: 60_000 })

  it('hot-plugs the point\'s disk into the running guest, which reads its bytes, and ejects it on stop', async () => {
    const c = cluster!
    const [point] = await c.json('a', ['points', 'list', '--job', 'd'])
    assert.equal((await inGuest('test -e /sys/block/vdb')).exitCode, 1, 'the guest has no second disk yet')

    const info = await c.json('a', ['recover', point.id, '--attach-to', 'g1'])
    console.log(`      recover --attach-to a booted guest → attached: ${info.seconds.toFixed(2)} s`)
    try {
      assert.equal(info.attachedTo, 'g1')
      // the guest's kernel probes the new virtio disk by itself; devtmpfs makes its node
      await waitUntil('the guest to see /dev/vdb', async () => (await inGuest('test -b /dev/vdb')).exitCode === 0 ? true : undefined, 60_000, 500)
      const size = await inGuest('cat /sys/block/vdb/size')
      assert.equal(Number(size.stdout.trim()) * 512, DATA, 'the disk has the point\'s size')
      const sum = await inGuest('sha256sum /dev/vdb')
      assert.equal(sum.exitCode, 0, sum.stderr)
      assert.equal(sum.stdout.split(/\s+/)[0], expected, 'the guest reads the backed-up bytes')
    } finally {
      const stopped = await c.cli('a', ['recover', 'stop', info.id], { allowFailure: true })
      assert.equal(stopped.code, 0, `recover stop detaches through the guest's ACPI hotplug: ${stopped.stderr}`)
    }
    assert.equal((await inGuest('test -e /sys/block/vdb')).exitCode, 1, 'the guest no longer has the disk')
    assert.equal((await control!.execute<{ status: string }>('query-status')).status, 'running', 'the VM runs on')
    const prefix = `ir${createHash('sha256').update(info.id).digest('hex').slice(0, 10)}`
    const nodes = (await control!.execute<Array<{ 'node-name': string }>>('query-named-block-nodes', { flat: true })).map((n) => n['node-name'])
    assert.deepEqual(nodes.filter((n) => n.startsWith(prefix)), [], 'every node of the recovery is gone')
    assert.equal((await c.json('a', ['recover', 'list'])).find((r: any) => r.id === info.id)?.state, 'stopped')
    await qga!.ping()
  })
})
