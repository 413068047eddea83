/**
 * Instant recovery against real QEMU (TCG): a "point disk" is a sparse raw image written with
 * qemu-io and served read-only by qemu-nbd (--persistent --shared=8), as the repository's export
 * would be; the recovered VM's overlay is backed by it. No guest boots: the disks are read and
 * written through the VM's block layer with HMP `qemu-io` on its spare monitor.
 */
import assert from 'node:assert/strict'
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { QmpClient, type QmpEvent } from '../../../../node/hosts/qemu/qmp.ts'
import { RecoveredVm } from '../../../../node/hosts/recovery/recovered-vm.ts'
import { defaultVmConfig } from '../../../../node/hosts/qemu/vm-config.ts'
import { QemuLab, requireTools, run, startQemuNbd, MiB, type QemuNbd } from '../../../helpers/qemu.ts'
import { exportCopier } from '../../../helpers/export-copy.ts'
import { diskNodes, rebaseOnLocal, startCommit } from '../../../../node/hosts/recovery/local-copy.ts'

const GiB = 1024 * MiB

/** The point's data: patterns at offsets (the rest of the disk is zeros). */
interface Extent { offset: number, length: number, pattern: number }

async function pointImage (lab: QemuLab, name: string, size: number, extents: Extent[]): Promise<string> {
  const file = await lab.image(name, 'raw', size)
  const cmds = extents.flatMap(e => ['-c', `write -P 0x${e.pattern.toString(16)} ${e.offset} ${e.length}`])
  await run('qemu-io', ['-f', 'raw', ...cmds, file])
  return file
}

function serve (lab: QemuLab, file: string, socket: string, name: string): Promise<QemuNbd> {
  return startQemuNbd(lab.dir, ['--read-only', '--persistent', '--shared=8', '--format=raw', `--export-name=${name}`, `--socket=${socket}`, file])
}

// one connection per VM to its spare monitor (QEMU serves one client per QMP socket), closed after each test
const monitors = new Map<RecoveredVm, Promise<QmpClient>>()

async function monitor (vm: RecoveredVm): Promise<QmpClient> {
  if (!monitors.has(vm)) monitors.set(vm, QmpClient.connect(vm.control))
  return await monitors.get(vm)!
}

async function closeMonitors (): Promise<void> {
  for (const m of monitors.values()) await (await m).close().catch(() => {})
  monitors.clear()
}

/** HMP qemu-io on the VM's spare monitor; returns its output. */
async function qemuIo (vm: RecoveredVm, disk: number, cmd: string): Promise<string> {
  const q = await monitor(vm)
  return await q.execute<string>('human-monitor-command', { 'command-line': `qemu-io -d /machine/peripheral/disk${disk}/virtio-backend "${cmd}"` }, { timeoutMs: 600_000 })
}

/** Reads every byte of the disk through the VM and checks it against the expected extents (later ones win). */
async function checkDisk (vm: RecoveredVm, disk: number, size: number, extents: Extent[]): Promise<void> {
  const CHUNK = 512 * MiB
  for (let off = 0; off < size; off += CHUNK) {
    // split the chunk at every extent boundary: each piece has one expected pattern
    const cuts = new Set([off, Math.min(off + CHUNK, size)])
    for (const e of extents) for (const b of [e.offset, e.offset + e.length]) if (b > off && b < off + CHUNK) cuts.add(b)
    const points = [...cuts].sort((a, b) => a - b)
    for (let i = 0; i + 1 < points.length; i++) {
      const at = points[i]!
      const len = points[i + 1]! - at
      const pattern = [...extents].reverse().find(e => at >= e.offset && at < e.offset + e.length)?.pattern ?? 0
      const out = await qemuIo(vm, disk, `read -P 0x${pattern.toString(16)} ${at} ${len}`)
      assert.doesNotMatch(out, /Pattern verification failed|error|failed/i, `disk ${disk} at ${at} (+${len}) should be 0x${pattern.toString(16)}: ${out}`)
    }
  }
}

describe('instant recovery: RecoveredVm (real QEMU, TCG)', function () {
  this.timeout(300_000)
  let lab: QemuLab
  let vm: RecoveredVm | undefined
  let servers: QemuNbd[] = []

  before(function () { requireTools(this, 'qemu-img', 'qemu-io', 'qemu-nbd', 'qemu-system-x86_64') })
  beforeEach(async () => { lab = await QemuLab.create() })
  afterEach(async () => {
    await closeMonitors()
    await vm?.stop().catch(() => {})
    vm = undefined
    for (const s of servers.splice(0)) await s.stop()
    await lab.cleanup()
  })

  for (const size of [4 * GiB, 64 * GiB]) {
    it(`runs a ${size / GiB} GiB point disk within 10 s of the command, without reading the disk`, async () => {
      const extents = [{ offset: 0, length: MiB, pattern: 0x11 }, { offset: size - MiB, length: MiB, pattern: 0x22 }]
      const image = await pointImage(lab, 'point.raw', size, extents)
      const socket = lab.path('export.sock')
      servers.push(await serve(lab, image, socket, 'r1-0'))
      const started = Date.now()
      vm = await RecoveredVm.start({ id: 'r1', name: 'web01-recovered', dir: lab.path('r1'), config: { ...defaultVmConfig([{ index: 0 }]), memoryMib: 128 }, disks: [{ index: 0, size, nbd: `unix:${socket}`, exportName: 'r1-0' }], copyDisk: exportCopier(() => ({ socket, name: 'r1-0' })) })
      const ms = Date.now() - started
      console.log(`      command → running (${size / GiB} GiB disk): ${ms} ms`)
      assert.ok(ms <= 10_000, `took ${ms} ms`)
      assert.equal(vm.state, 'running')
      const status = await vm.execute<{ status: string }>('query-status')
      assert.equal(status.status, 'running')
      // the overlay holds metadata only
      assert.ok((await stat(vm.overlays[0]!)).size < 16 * MiB, 'the overlay read nothing from the export')
      const out = await qemuIo(vm, 0, `read -P 0x22 ${size - MiB} ${MiB}`)
      assert.doesNotMatch(out, /fail|error/i, out)
    })
  }

  it('takes writes in the overlay, migrates every block, and runs on without the NBD server', async () => {
    const size = 4 * GiB
    const point = [{ offset: 0, length: 32 * MiB, pattern: 0x11 }, { offset: GiB, length: 16 * MiB, pattern: 0x33 }, { offset: size - 8 * MiB, length: 8 * MiB, pattern: 0x44 }]
    const image = await pointImage(lab, 'point.raw', size, point)
    const socket = lab.path('export.sock')
    const server = await serve(lab, image, socket, 'r2-0')
    servers.push(server)
    let migratedHook = 0
    vm = await RecoveredVm.start({ id: 'r2', name: 'db-recovered', dir: lab.path('r2'), config: { ...defaultVmConfig([{ index: 0 }]), memoryMib: 128 }, disks: [{ index: 0, size, nbd: `unix:${socket}`, exportName: 'r2-0' }], copyDisk: exportCopier(() => ({ socket, name: 'r2-0' })), onMigrated: async () => { migratedHook++ } })
    const writes = [{ offset: 4 * MiB, length: 2 * MiB, pattern: 0x55 }, { offset: 2 * GiB, length: MiB, pattern: 0x66 }, { offset: GiB + 64 * 1024, length: 4096, pattern: 0x77 }]
    for (const w of writes) assert.equal(await qemuIo(vm, 0, `write -P 0x${w.pattern.toString(16)} ${w.offset} ${w.length}`).then(o => o.replace(/wrote.*\n?|.*ops\/sec.*\n?/g, '')), '')
    const t0 = Date.now()
    await vm.migrate()
    assert.equal(vm.state, 'migrating')
    await vm.migrated
    const seconds = (Date.now() - t0) / 1000
    const p = await vm.progress()
    console.log(`      migration: ${size / GiB} GiB disk (${point.reduce((n, e) => n + e.length, 0) / MiB} MiB data) in ${seconds.toFixed(2)} s`)
    assert.equal(vm.state, 'migrated')
    assert.equal(p.doneBytes, size)
    assert.equal(migratedHook, 1)
    // the NBD nodes and the overlay are gone: the device runs on the local copy alone
    const nodes = await vm.execute<Array<{ 'node-name': string, backing_file?: string }>>('query-named-block-nodes', { flat: true })
    assert.ok(!nodes.some(n => /^rb-(nbd|src|disk|file)/.test(n['node-name'])), JSON.stringify(nodes.map(n => n['node-name'])))
    const devices = await vm.execute<Array<{ inserted?: { 'node-name'?: string, file?: string } }>>('query-block')
    assert.ok(devices.some(d => d.inserted?.['node-name'] === 'rb-base0' && d.inserted.file === vm!.overlays[0]), JSON.stringify(devices.map(d => d.inserted)))
    await server.stop()
    servers = []
    await checkDisk(vm, 0, size, [...point, ...writes])
    assert.equal(vm.ioErrors, 0)
  })

  it('gives a migration up on a copy that waiting cannot cure: the VM runs on from the export, and a later migrate completes', async () => {
    const size = 64 * MiB
    const point = [{ offset: 0, length: MiB, pattern: 0x11 }]
    const image = await pointImage(lab, 'point.raw', size, point)
    const socket = lab.path('export.sock')
    servers.push(await serve(lab, image, socket, 'r4-0'))
    let damaged = true
    const copy = exportCopier(() => ({ socket, name: 'r4-0' }))
    vm = await RecoveredVm.start({
      id: 'r4', name: 'damaged-recovered', dir: lab.path('r4'), config: { ...defaultVmConfig([{ index: 0 }]), memoryMib: 128 }, disks: [{ index: 0, size, nbd: `unix:${socket}`, exportName: 'r4-0' }],
      copyDisk: async (disk, file, options) => {
        if (damaged) throw Object.assign(new Error('block 0 is damaged'), { code: 'ERR_POINT_DAMAGED' })
        await copy(disk, file, options)
      }
    })
    await vm.migrate()
    await assert.rejects(vm.migrated, (err: Error & { code?: string }) => err.code === 'ERR_RECOVERY_MIGRATE_FAILED' && /block 0 is damaged/.test(err.message))
    assert.equal(vm.state, 'running')
    assert.match(vm.error, /block 0 is damaged/)
    assert.equal(vm.restarts, 0, 'not tried again')
    assert.doesNotMatch(await qemuIo(vm, 0, `read -P 0x11 0 ${MiB}`), /fail|error/i, 'the guest still reads from the export')
    damaged = false
    await vm.migrate()
    await vm.migrated
    assert.equal(vm.state, 'migrated')
    assert.equal(vm.error, '')
    await checkDisk(vm, 0, size, point)
  })

  it('adopts a migration whose commit completed while no daemon listened: the disk runs on its local copy, which stays', async () => {
    const size = 64 * MiB
    const point = [{ offset: 0, length: MiB, pattern: 0x11 }, { offset: 32 * MiB, length: MiB, pattern: 0x22 }]
    const image = await pointImage(lab, 'point.raw', size, point)
    const socket = lab.path('export.sock')
    servers.push(await serve(lab, image, socket, 'r6-0'))
    const init = { id: 'r6', name: 'adopted-recovered', dir: lab.path('r6'), config: { ...defaultVmConfig([{ index: 0 }]), memoryMib: 128 }, disks: [{ index: 0, size, nbd: `unix:${socket}`, exportName: 'r6-0' }], copyDisk: exportCopier(() => ({ socket, name: 'r6-0' })) }
    const first = await RecoveredVm.start(init)
    vm = first
    const writes = [{ offset: 4 * MiB, length: MiB, pattern: 0x55 }]
    await qemuIo(first, 0, `write -P 0x55 ${4 * MiB} ${MiB}`)
    // what a daemon's migration does up to the commit's end, then the daemon is gone
    const file = join(init.dir, 'disk0.local.raw')
    await init.copyDisk({ index: 0, size }, file, { onProgress: () => {}, signal: new AbortController().signal, bytesPerSecond: 0 })
    const q = await monitor(first)
    await rebaseOnLocal(q, diskNodes('rb', 0), file)
    const ready = new Promise<void>(resolve => { q.on('event', (e) => { if (e.event === 'BLOCK_JOB_READY') resolve() }) })
    const gone = new Promise<void>(resolve => { q.on('event', (e) => { if (e.event === 'BLOCK_JOB_COMPLETED') resolve() }) })
    await startCommit(q, diskNodes('rb', 0), 'rb-commit0-1')
    await ready
    await q.execute('block-job-complete', { device: 'rb-commit0-1' })
    await gone
    await closeMonitors()
    await first.forget()

    const adopted = await RecoveredVm.adopt(init, { pid: first.pid, migrating: true, speed: 0, createdAtMs: first.createdAtMs, runningAtMs: first.runningAtMs })
    vm = adopted
    await adopted.migrated
    assert.equal(adopted.state, 'migrated')
    assert.equal(adopted.overlays[0], file)
    assert.ok((await stat(file)).size === size, 'the local copy stays')
    await assert.rejects(stat(join(init.dir, 'disk0.qcow2')), 'the overlay is removed')
    const nodes = await adopted.execute<Array<{ 'node-name': string }>>('query-named-block-nodes', { flat: true })
    assert.ok(!nodes.some(n => /^rb-(nbd|src|disk|file)/.test(n['node-name'])), JSON.stringify(nodes.map(n => n['node-name'])))
    await checkDisk(adopted, 0, size, [...point, ...writes])
  })

  it('survives the NBD server being killed mid-migration: the copy starts again and completes, no I/O error reaches the guest', async () => {
    const size = 4 * GiB
    const point = [{ offset: 0, length: 64 * MiB, pattern: 0x11 }, { offset: 3 * GiB, length: 32 * MiB, pattern: 0x22 }]
    const image = await pointImage(lab, 'point.raw', size, point)
    const socket = lab.path('export.sock')
    let server = await serve(lab, image, socket, 'r3-0')
    servers.push(server)
    vm = await RecoveredVm.start({ id: 'r3', name: 'app-recovered', dir: lab.path('r3'), config: { ...defaultVmConfig([{ index: 0 }]), memoryMib: 128 }, disks: [{ index: 0, size, nbd: `unix:${socket}`, exportName: 'r3-0' }], copyDisk: exportCopier(() => ({ socket, name: 'r3-0' })) })
    const events: QmpEvent[] = []
    const watch = await monitor(vm)
    watch.on('event', (e) => { events.push(e) })
    {
      await vm.migrate(32 * MiB)  // bytes/s of data: the 96 MiB take about 3 s
      // wait until the copy is inside the first data extent, then kill the server
      for (;;) {
        const p = await vm.progress()
        if (p.doneBytes >= 8 * MiB) break
        await new Promise(resolve => setImmediate(resolve))
      }
      process.kill(server.pid, 'SIGKILL')
      servers = []
      const atKill = (await vm.progress()).doneBytes
      assert.ok(atKill < size, 'killed mid-migration')
      // the guest's read waits (reconnect-delay) instead of failing; the copy is tried again
      const read = qemuIo(vm, 0, `read -P 0x22 ${3 * GiB} ${MiB}`)
      server = await serve(lab, image, socket, 'r3-0')
      servers.push(server)
      assert.doesNotMatch(await read, /fail|error/i)
      await vm.migrated
      assert.equal(vm.state, 'migrated')
      assert.ok(!events.some(e => e.event === 'BLOCK_IO_ERROR'), 'no BLOCK_IO_ERROR')
      assert.equal(vm.ioErrors, 0)
      assert.ok(vm.restarts >= 1, `the copy was tried again (${vm.restarts})`)
      await server.stop()
      servers = []
      const t = Date.now()
      await checkDisk(vm, 0, size, point)
      console.log(`      read back ${size / GiB} GiB through the VM in ${((Date.now() - t) / 1000).toFixed(1)} s`)
    }
  })
})
