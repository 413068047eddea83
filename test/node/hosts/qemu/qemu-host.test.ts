import assert from 'node:assert/strict'
import { readFile, readdir, stat } from 'node:fs/promises'
import { createServer } from 'node:net'
import { dirname, join } from 'node:path'
import { QmpClient } from '../../../../node/hosts/qemu/qmp.ts'
import { connectHost } from '../../../../node/hosts/connect-host.ts'
import { HostError } from '../../../../node/hosts/host.ts'
import { QemuHost } from '../../../../node/hosts/qemu/qemu-host.ts'
import { SpareImages } from '../../../../node/hosts/qemu/spare-images.ts'
import { MiB, QemuLab, requireTools, run, type GuestWrite, type QemuProcess } from '../../../helpers/qemu.ts'

const SIZE = 32 * MiB

/** The guest's view of a disk, kept beside it: every write the harness makes is applied here too. */
class Shadow {
  readonly data = Buffer.alloc(SIZE)
  apply (writes: GuestWrite[]): GuestWrite[] {
    for (const w of writes) this.data.fill(w.pattern, w.offset, w.offset + w.length)
    return writes
  }

  copy (): Buffer {
    return Buffer.from(this.data)
  }
}

/** Reads a whole image (raw or qcow2 file, or an nbd+unix URI) as raw bytes through qemu-img. */
async function readImage (lab: QemuLab, source: string, format: 'raw' | 'qcow2'): Promise<Buffer> {
  const out = lab.path(`read-${Math.random().toString(16).slice(2)}.raw`)
  await run('qemu-img', ['convert', ...(source.startsWith('nbd') ? [] : ['-U']), '-f', format, '-O', 'raw', source, out])
  return await readFile(out)
}

const nbdUri = (nbd: string, exportName: string): string => `nbd+unix:///${exportName}?socket=${nbd.replace(/^unix:/, '')}`

/** What QEMU holds that meshbackup made: nodes, exports, jobs. */
async function ownTraces (qmpAddress: string): Promise<{ nodes: string[], exports: string[], jobs: string[] }> {
  const q = await QmpClient.connect(qmpAddress)
  try {
    const nodes = (await q.execute<{ 'node-name': string }[]>('query-named-block-nodes', { flat: true })).map(n => n['node-name']).filter(n => n.startsWith('mb-'))
    const exports = (await q.execute<{ id: string }[]>('query-block-exports')).map(e => e.id).filter(id => !id.startsWith('guest-'))
    const jobs = (await q.execute<{ id: string }[]>('query-jobs')).map(j => j.id)
    return { nodes, exports, jobs }
  } finally {
    await q.close()
  }
}

function sameBytes (actual: Buffer, expected: Buffer, what: string): void {
  assert.equal(actual.length, expected.length, `${what}: size`)
  if (!actual.equals(expected)) {
    let i = 0
    while (actual[i] === expected[i]) i++
    assert.fail(`${what}: first difference at byte ${i} (0x${actual[i]!.toString(16)} instead of 0x${expected[i]!.toString(16)})`)
  }
}

const hostErr = (code: string, ...words: string[]) => (err: unknown): boolean => {
  assert.ok(err instanceof HostError, `expected a HostError, got ${String(err)}`)
  assert.equal(err.code, code, err.message)
  for (const w of words) assert.ok(err.message.includes(w), `"${err.message}" should mention ${w}`)
  return true
}

describe('QemuHost', function () {
  this.timeout(120_000)
  let lab: QemuLab

  before(function () { requireTools(this, 'qemu-img', 'qemu-io', 'qemu-storage-daemon', 'qemu-system-x86_64') })
  beforeEach(async () => { lab = await QemuLab.create() })
  // the images made ahead for the next snapshot are made in the background, in the lab's folder
  afterEach(async () => { await SpareImages.settled(); await lab.cleanup() })

  async function qsdHost (name = 'h1'): Promise<{ qsd: QemuProcess, host: QemuHost, shadow: Shadow, file: string }> {
    const file = await lab.image(`${name}-d0.qcow2`, 'qcow2', SIZE)
    const raw = await lab.image(`${name}-d1.raw`, 'raw', SIZE)
    const qsd = await lab.qsd(name, [{ node: 'd0', file, format: 'qcow2' }, { node: 'd1', file: raw, format: 'raw' }])
    const host = new QemuHost({ name, type: 'qemu', qmp: qsd.qmp, nbd: `unix:${qsd.nbd!}` })
    return { qsd, host, shadow: new Shadow(), file }
  }

  describe('inventory and probe', () => {
    it('lists a qemu-storage-daemon as one VM named after the host, with its qcow2 and raw disks', async () => {
      const { qsd, host } = await qsdHost('store1')
      const vms = await host.inventory()
      assert.equal(vms.length, 1)
      const vm = vms[0]!
      assert.equal(vm.name, 'store1')
      assert.equal(vm.state, 'running')
      assert.match(vm.uuid!, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
      assert.equal((await new QemuHost({ name: 'store1', type: 'qemu', qmp: qsd.qmp }).inventory())[0]!.uuid, vm.uuid, 'stable uuid')
      assert.deepEqual(vm.disks!.map(d => [d.index, d.name, d.node, d.size, d.format, d.file]), [
        [0, 'd0', 'd0', SIZE, 'qcow2', qsd.disks[0]!.file],
        [1, 'd1', 'd1', SIZE, 'raw', qsd.disks[1]!.file]
      ])
      assert.deepEqual(vm.disks![0]!.bitmaps, [])
    })

    it('lists a qemu-system VM with its name, uuid, state and virtio-blk disks (qcow2 + raw)', async () => {
      const d0 = await lab.image('vm-d0.qcow2', 'qcow2', SIZE)
      const d1 = await lab.image('vm-d1.raw', 'raw', 16 * MiB)
      const uuid = '6f1e7c4a-0000-4000-8000-000000000001'
      const vmProc = await lab.vm('web01', [{ node: 'web01-d0', id: 'disk0', file: d0, format: 'qcow2' }, { node: 'web01-d1', id: 'disk1', file: d1, format: 'raw' }], { uuid })
      const host = connectHost({ name: 'kvm1', type: 'qemu', qmp: vmProc.qmp })
      assert.ok(host instanceof QemuHost)
      const [vm] = await host.inventory()
      assert.equal(vm!.name, 'web01')
      assert.equal(vm!.uuid, uuid)
      assert.equal(vm!.state, 'prelaunch')
      assert.deepEqual(vm!.disks!.map(d => [d.index, d.name, d.node, d.size, d.format, d.file]), [
        [0, 'disk0', 'web01-d0', SIZE, 'qcow2', d0],
        [1, 'disk1', 'web01-d1', 16 * MiB, 'raw', d1]
      ])
      assert.deepEqual(await host.probe(), ['direct', 'hotadd'], 'default NBD address: a unix socket beside the QMP socket')
    })

    it('probes direct and hotadd (unix NBD) or nbd (tcp NBD)', async () => {
      const { qsd, host } = await qsdHost()
      assert.deepEqual(await host.probe(), ['direct', 'hotadd'])
      assert.deepEqual(host.problems, [])
      const tcp = new QemuHost({ name: 'h1', type: 'qemu', qmp: qsd.qmp, nbd: 'tcp:127.0.0.1:10809' })
      assert.deepEqual(await tcp.probe(), ['direct', 'nbd'])
    })

    it('names the QMP path when it is wrong, in probe (never throws) and in every call', async () => {
      const path = lab.path('no-such.qmp')
      const host = new QemuHost({ name: 'gone', type: 'qemu', qmp: `unix:${path}` })
      assert.deepEqual(await host.probe(), [])
      assert.equal(host.problems.length, 1)
      assert.equal(host.problems[0]!.code, 'ERR_QMP_UNREACHABLE')
      assert.ok(host.problems[0]!.message.includes(path))
      await assert.rejects(host.inventory(), hostErr('ERR_QMP_UNREACHABLE', path, 'gone'))
      await assert.rejects(host.snapshot('vm', 's1'), hostErr('ERR_QMP_UNREACHABLE', path))
      assert.throws(() => new QemuHost({ name: 'x', type: 'qemu', qmp: '' }), hostErr('ERR_BAD_HOST_SPEC', '--qmp'))
      assert.throws(() => new QemuHost({ name: 'x', type: 'qemu', qmp: '/run/x.qmp' }), hostErr('ERR_BAD_HOST_SPEC', '/run/x.qmp'))
    })

    it('refuses a snapshot of a VM the host does not run', async () => {
      const { host } = await qsdHost()
      await assert.rejects(host.snapshot('web99', 's1'), hostErr('ERR_NO_SUCH_VM', 'web99', 'h1'))
      assert.deepEqual(await host.leftovers(), [])
    })
  })

  describe('overlay snapshots', () => {
    it('QSD: the base file holds the point in time while the guest writes on; release commits every write', async () => {
      const { qsd, host, shadow, file } = await qsdHost()
      await qsd.write('d0', shadow.apply([{ offset: 0, length: MiB, pattern: 0x11 }, { offset: 5 * MiB, length: 64 * 1024, pattern: 0x12 }]))
      const atSnapshot = shadow.copy()
      const snap = await host.snapshot('h1', 'sess1')
      assert.match(snap.snapshotId!, /^sess1-h1-[0-9a-f]{8}$/)
      assert.equal(snap.guarantee, 'crash-consistent')
      const d0 = snap.disks![0]!
      assert.equal(d0.file, file)
      assert.equal(d0.format, 'qcow2')
      assert.equal(d0.nbd, `unix:${qsd.nbd!}`)
      assert.notEqual(d0.exportName, '')
      assert.notEqual(d0.exportName, snap.disks![1]!.exportName)
      assert.deepEqual(await host.leftovers(), [snap.snapshotId])

      // the guest writes on, over the same regions and new ones
      await qsd.write('d0', shadow.apply([{ offset: 512 * 1024, length: MiB, pattern: 0x21 }, { offset: 9 * MiB, length: 4096, pattern: 0x22 }]))
      sameBytes(await readImage(lab, d0.file!, 'qcow2'), atSnapshot, 'direct read of the base file')
      sameBytes(await readImage(lab, nbdUri(d0.nbd!, d0.exportName!), 'raw'), atSnapshot, 'NBD read of the base export')
      await qsd.write('d0', shadow.apply([{ offset: 20 * MiB, length: 128 * 1024, pattern: 0x23 }]))

      await host.release('h1', snap.snapshotId!, false)
      assert.deepEqual(await ownTraces(qsd.qmp), { nodes: [], exports: [], jobs: [] })
      assert.deepEqual(await host.leftovers(), [])
      assert.deepEqual(await readdir(host.records.folder), [])
      await host.release('h1', snap.snapshotId!, false) // idempotent
      sameBytes(await readImage(lab, `nbd+unix:///guest-d0?socket=${qsd.nbd!}`, 'raw'), shadow.data, 'live disk after the commit')
      await qsd.stop()
      sameBytes(await readImage(lab, file, 'qcow2'), shadow.data, 'image file after QEMU stopped')
    })

    it('a snapshot takes the images the one before made ahead: the same overlays qemu-img makes, and every write commits', async () => {
      const { qsd, host, shadow, file } = await qsdHost()
      const first = await host.snapshot('h1', 'sess1')
      await host.release('h1', first.snapshotId!, false)
      await SpareImages.settled()
      const spares = join(dirname(host.records.folder), 'spares')
      const made = await readdir(spares)
      assert.equal(made.length, 2, `one spare per disk in ${spares}: ${made.join(', ')}`)
      const inodes = new Set(await Promise.all(made.map(async (f) => (await stat(join(spares, f))).ino)))

      await qsd.write('d0', shadow.apply([{ offset: 0, length: MiB, pattern: 0x51 }]))
      const atSnapshot = shadow.copy()
      const snap = await host.snapshot('h1', 'sess2')
      const record = await host.records.read(snap.snapshotId!)
      const overlays = record!.disks.map(d => d.overlay!.file)
      // moved into place, not made again
      assert.deepEqual(new Set(await Promise.all(overlays.map(async (f) => (await stat(f)).ino))), inodes)
      const info = JSON.parse(await run('qemu-img', ['info', '-U', '--output=json', overlays[0]!])) as Record<string, unknown>
      assert.equal(info['format'], 'qcow2')
      assert.equal(info['virtual-size'], SIZE)
      assert.equal(info['backing-filename'], file)
      assert.equal(info['backing-filename-format'], 'qcow2')
      await qsd.write('d0', shadow.apply([{ offset: 3 * MiB, length: 64 * 1024, pattern: 0x52 }]))
      sameBytes(await readImage(lab, snap.disks![0]!.file!, 'qcow2'), atSnapshot, 'direct read of the base file')
      await host.release('h1', snap.snapshotId!, false)
      await SpareImages.settled()
      assert.equal((await readdir(spares)).length, 2, 'the spares are made again for the next snapshot')
      await qsd.stop()
      sameBytes(await readImage(lab, file, 'qcow2'), shadow.data, 'image file after the commit')
    })

    it('qemu-system: one transaction for both disks; the raw base file is read directly; release commits', async () => {
      const d0 = await lab.image('vm-d0.qcow2', 'qcow2', SIZE)
      const d1 = await lab.image('vm-d1.raw', 'raw', SIZE)
      const vmProc = await lab.vm('web01', [{ node: 'w-d0', id: 'disk0', file: d0, format: 'qcow2' }, { node: 'w-d1', id: 'disk1', file: d1, format: 'raw' }])
      const host = new QemuHost({ name: 'kvm1', type: 'qemu', qmp: vmProc.qmp })
      const s0 = new Shadow()
      const s1 = new Shadow()
      await vmProc.write('disk0', s0.apply([{ offset: 0, length: 256 * 1024, pattern: 0x31 }]))
      await vmProc.write('disk1', s1.apply([{ offset: MiB, length: 256 * 1024, pattern: 0x41 }]))
      const at0 = s0.copy()
      const at1 = s1.copy()
      const snap = await host.snapshot('web01', 'sess2', { kind: 'overlay' })
      assert.deepEqual(snap.disks!.map(d => [d.name, d.file, d.format, d.node]), [['disk0', d0, 'qcow2', 'w-d0'], ['disk1', d1, 'raw', 'w-d1']])
      // inventory during the snapshot still shows the disks by their base
      assert.deepEqual((await host.inventory())[0]!.disks!.map(d => [d.name, d.node, d.file]), [['disk0', 'w-d0', d0], ['disk1', 'w-d1', d1]])
      await vmProc.write('disk0', s0.apply([{ offset: 128 * 1024, length: 256 * 1024, pattern: 0x32 }]))
      await vmProc.write('disk1', s1.apply([{ offset: MiB, length: 4096, pattern: 0x42 }, { offset: 30 * MiB, length: 4096, pattern: 0x43 }]))
      sameBytes(await readFile(d1), at1, 'raw base file read with fs')
      sameBytes(await readImage(lab, d0, 'qcow2'), at0, 'qcow2 base file')
      sameBytes(await readImage(lab, nbdUri(snap.disks![1]!.nbd!, snap.disks![1]!.exportName!), 'raw'), at1, 'NBD export of the raw base')
      await host.release('web01', snap.snapshotId!, false)
      assert.deepEqual(await ownTraces(vmProc.qmp), { nodes: [], exports: [], jobs: [] })
      await vmProc.stop()
      sameBytes(await readFile(d1), s1.data, 'raw image after the commit')
      sameBytes(await readImage(lab, d0, 'qcow2'), s0.data, 'qcow2 image after the commit')
    })
  })

  describe('fleece snapshots', () => {
    it('the NBD export shows the point in time while the guest writes on; release leaves nothing behind', async function () {
      requireTools(this, 'nbdcopy')
      const { qsd, host, shadow, file } = await qsdHost()
      await qsd.write('d0', shadow.apply([{ offset: 0, length: 2 * MiB, pattern: 0x51 }]))
      const atSnapshot = shadow.copy()
      const snap = await host.snapshot('h1', 'sess3', { kind: 'fleece' })
      const d0 = snap.disks![0]!
      assert.equal(d0.file, '', 'a fleece view is read over NBD only')
      assert.equal(d0.format, 'raw')
      const fleeceFiles = await readdir(host.records.dir(snap.snapshotId!))
      assert.ok(fleeceFiles.some(f => f.endsWith('.fleece.qcow2')), fleeceFiles.join())
      await qsd.write('d0', shadow.apply([{ offset: MiB, length: 2 * MiB, pattern: 0x52 }, { offset: 16 * MiB, length: 4096, pattern: 0x53 }]))
      const out = lab.path('fleece-copy.raw')
      await run('nbdcopy', [nbdUri(d0.nbd!, d0.exportName!), out])
      sameBytes(await readFile(out), atSnapshot, 'nbdcopy of the fleece export')
      const traces = await ownTraces(qsd.qmp)
      assert.equal(traces.jobs.length, 2, 'one backup job per disk while the view exists')
      await host.release('h1', snap.snapshotId!, false)
      assert.deepEqual(await ownTraces(qsd.qmp), { nodes: [], exports: [], jobs: [] })
      await assert.rejects(stat(host.records.dir(snap.snapshotId!)), { code: 'ENOENT' })
      sameBytes(await readImage(lab, `nbd+unix:///guest-d0?socket=${qsd.nbd!}`, 'raw'), shadow.data, 'live disk')
      await qsd.stop()
      sameBytes(await readImage(lab, file, 'qcow2'), shadow.data, 'image file')
    })
  })

  describe('fleece snapshots on qemu-system', () => {
    it('exports both disks at one point in time; inventory keeps the disks; release leaves nothing', async () => {
      const d0 = await lab.image('vf-d0.qcow2', 'qcow2', SIZE)
      const d1 = await lab.image('vf-d1.raw', 'raw', SIZE)
      const vmProc = await lab.vm('db01', [{ node: 'db-d0', id: 'disk0', file: d0, format: 'qcow2' }, { node: 'db-d1', id: 'disk1', file: d1, format: 'raw' }])
      const host = new QemuHost({ name: 'kvm2', type: 'qemu', qmp: vmProc.qmp })
      const s0 = new Shadow()
      const s1 = new Shadow()
      await vmProc.write('disk0', s0.apply([{ offset: 0, length: 128 * 1024, pattern: 0x81 }]))
      await vmProc.write('disk1', s1.apply([{ offset: 0, length: 128 * 1024, pattern: 0x91 }]))
      const at0 = s0.copy()
      const at1 = s1.copy()
      const snap = await host.snapshot('db01', 'sess9', { kind: 'fleece' })
      assert.deepEqual(snap.disks!.map(d => [d.name, d.file, d.nbd]), [['disk0', '', `unix:${vmProc.qmp.slice(5)}.nbd`], ['disk1', '', `unix:${vmProc.qmp.slice(5)}.nbd`]])
      assert.deepEqual((await host.inventory())[0]!.disks!.map(d => [d.name, d.node]), [['disk0', 'db-d0'], ['disk1', 'db-d1']])
      await vmProc.write('disk0', s0.apply([{ offset: 64 * 1024, length: 128 * 1024, pattern: 0x82 }]))
      await vmProc.write('disk1', s1.apply([{ offset: 0, length: 4096, pattern: 0x92 }]))
      sameBytes(await readImage(lab, nbdUri(snap.disks![0]!.nbd!, snap.disks![0]!.exportName!), 'raw'), at0, 'disk0 view')
      sameBytes(await readImage(lab, nbdUri(snap.disks![1]!.nbd!, snap.disks![1]!.exportName!), 'raw'), at1, 'disk1 view')
      await host.release('db01', snap.snapshotId!, false)
      assert.deepEqual(await ownTraces(vmProc.qmp), { nodes: [], exports: [], jobs: [] })
      await vmProc.stop()
      sameBytes(await readFile(d1), s1.data, 'raw image')
      sameBytes(await readImage(lab, d0, 'qcow2'), s0.data, 'qcow2 image')
    })
  })

  describe('nbd mode', () => {
    it('starts the NBD server on tcp 127.0.0.1 and serves the view there', async () => {
      const d0 = await lab.image('vt-d0.raw', 'raw', SIZE)
      const vmProc = await lab.vm('tcp01', [{ node: 'tcp-d0', id: 'disk0', file: d0, format: 'raw' }])
      const probe = createServer()
      await new Promise<void>(resolve => probe.listen(0, '127.0.0.1', resolve))
      const port = (probe.address() as { port: number }).port
      await new Promise<void>(resolve => probe.close(() => { resolve() }))
      const host = new QemuHost({ name: 'kvm4', type: 'qemu', qmp: vmProc.qmp, nbd: `tcp:127.0.0.1:${port}` })
      assert.deepEqual(await host.probe(), ['direct', 'nbd'])
      const shadow = new Shadow()
      await vmProc.write('disk0', shadow.apply([{ offset: 4096, length: 8192, pattern: 0xb1 }]))
      const snap = await host.snapshot('tcp01', 'sess1', { kind: 'fleece' })
      const d = snap.disks![0]!
      assert.equal(d.nbd, `tcp:127.0.0.1:${port}`)
      await vmProc.write('disk0', shadow.apply([{ offset: 0, length: 65536, pattern: 0xb2 }]))
      const view = await readImage(lab, `nbd://127.0.0.1:${port}/${d.exportName!}`, 'raw')
      shadow.data.fill(0, 0, 65536)
      shadow.data.fill(0xb1, 4096, 4096 + 8192)
      sameBytes(view, shadow.data, 'view read over TCP')
      await host.release('tcp01', snap.snapshotId!, false)
      assert.deepEqual(await ownTraces(vmProc.qmp), { nodes: [], exports: [], jobs: [] })
    })
  })

  describe('leftovers and failures', () => {
    it('a snapshot that fails half-way cleans up after itself and keeps the live bitmap', async () => {
      const d0 = await lab.image('vx-d0.qcow2', 'qcow2', SIZE)
      const vmProc = await lab.vm('app01', [{ node: 'app-d0', id: 'disk0', file: d0, format: 'qcow2' }])
      const control = await QmpClient.connect(vmProc.control!)
      try {
        await control.execute('block-dirty-bitmap-add', { node: 'app-d0', name: 'mb-sess0-disk0', persistent: true })
      } finally {
        await control.close()
      }
      await vmProc.write('disk0', [{ offset: 0, length: 4096, pattern: 0xa1 }])
      const badNbd = lab.path('no-such-folder/app01.nbd')
      const host = new QemuHost({ name: 'kvm3', type: 'qemu', qmp: vmProc.qmp, nbd: `unix:${badNbd}` })
      await assert.rejects(host.snapshot('app01', 'sess1', { bases: [{ disk: 0, bitmap: 'mb-sess0-disk0' }] }),
        hostErr('ERR_SNAPSHOT_FAILED', 'start the NBD server', 'app01', badNbd))
      assert.deepEqual(await host.leftovers(), [])
      assert.deepEqual(await readdir(host.records.folder), [])
      assert.deepEqual(await ownTraces(vmProc.qmp), { nodes: [], exports: [], jobs: [] })
      const [vm] = await host.inventory()
      assert.deepEqual(vm!.disks![0]!.bitmaps!.map(b => [b.name, b.recording, b.count]), [['mb-sess0-disk0', true, 64 * 1024]])
    })


    it('a node that crashed after a snapshot: another connector finds the leftover, refuses a second snapshot, releases it', async () => {
      const { qsd, host, shadow } = await qsdHost()
      const snap = await host.snapshot('h1', 'sess4')
      await qsd.write('d0', shadow.apply([{ offset: 3 * MiB, length: 64 * 1024, pattern: 0x61 }]))
      const other = new QemuHost({ name: 'h1', type: 'qemu', qmp: qsd.qmp, nbd: `unix:${qsd.nbd!}` })
      assert.deepEqual(await other.leftovers(), [snap.snapshotId])
      await assert.rejects(other.snapshot('h1', 'sess5'), hostErr('ERR_SNAPSHOT_EXISTS', snap.snapshotId!))
      await other.release('h1', snap.snapshotId!, true)
      assert.deepEqual(await other.leftovers(), [])
      assert.deepEqual(await ownTraces(qsd.qmp), { nodes: [], exports: [], jobs: [] })
      sameBytes(await readImage(lab, `nbd+unix:///guest-d0?socket=${qsd.nbd!}`, 'raw'), shadow.data, 'the overlay was committed')
      const again = await other.snapshot('h1', 'sess5')
      await other.release('h1', again.snapshotId!, false)
    })

    it('QEMU killed during a snapshot: after its restart the leftover is released and the overlay file deleted', async () => {
      const { qsd, host } = await qsdHost()
      const snap = await host.snapshot('h1', 'sess6')
      const overlays = (await readdir(host.records.dir(snap.snapshotId!))).filter(f => f.endsWith('.overlay.qcow2'))
      assert.equal(overlays.length, 2)
      await qsd.kill('SIGKILL')
      await assert.rejects(host.release('h1', snap.snapshotId!, true), hostErr('ERR_QMP_UNREACHABLE'))
      assert.deepEqual(await host.leftovers(), [snap.snapshotId], 'kept while QEMU is away')
      await qsd.restart()
      await host.release('h1', snap.snapshotId!, true)
      assert.deepEqual(await host.leftovers(), [])
      assert.deepEqual(await ownTraces(qsd.qmp), { nodes: [], exports: [], jobs: [] })
      const again = await host.snapshot('h1', 'sess7')
      assert.equal(again.disks!.length, 2)
      await host.release('h1', again.snapshotId!, false)
    })

    it('an image locked by another process fails the release with ERR_DISK_LOCKED; it succeeds once the lock is gone', async () => {
      const { qsd, host, shadow, file } = await qsdHost()
      const snap = await host.snapshot('h1', 'sess8')
      await qsd.write('d0', shadow.apply([{ offset: 0, length: 64 * 1024, pattern: 0x71 }]))
      // a reader that takes the image lock (no -U) and stays open
      const { spawn } = await import('node:child_process')
      const reader = spawn('qemu-io', ['-r', '-f', 'qcow2', file], { stdio: ['pipe', 'pipe', 'pipe'] })
      try {
        await new Promise<void>((resolve, reject) => {
          reader.stdout.once('data', () => { resolve() })
          reader.once('exit', code => { reject(new Error(`qemu-io exited (${String(code)})`)) })
          reader.stdin.write('help\n')
        })
        await assert.rejects(host.release('h1', snap.snapshotId!, false), hostErr('ERR_DISK_LOCKED', 'another process'))
        assert.deepEqual(await host.leftovers(), [snap.snapshotId])
      } finally {
        if (reader.pid !== undefined && reader.exitCode === null) process.kill(reader.pid, 'SIGKILL')
        await new Promise(resolve => { if (reader.exitCode !== null || reader.signalCode !== null) resolve(undefined); else reader.once('exit', resolve) })
      }
      await host.release('h1', snap.snapshotId!, false)
      assert.deepEqual(await ownTraces(qsd.qmp), { nodes: [], exports: [], jobs: [] })
      sameBytes(await readImage(lab, `nbd+unix:///guest-d0?socket=${qsd.nbd!}`, 'raw'), shadow.data, 'live disk')
    })
  })
})
