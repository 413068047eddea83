/**
 * @packageDocumentation
 * One instantly recovered VM: a new qemu-system-x86_64 process started from the point's recorded
 * configuration, each disk a local qcow2 overlay whose backing is the NBD export of that point
 * disk, so the guest runs at once while its reads go to the repository and its writes stay local.
 *
 * The block graph, per disk i (node names `rb-…`, device id `disk<i>`):
 * ```
 *   rb-nbd<i>   nbd, read-only, reconnect-delay 30 s   (the export; a restarted server is found again)
 *   rb-src<i>   raw over rb-nbd<i>, read-only
 *   rb-file<i>  file: <dir>/disk<i>.qcow2             (created with `qemu-img create -u`: no read of the export)
 *   rb-disk<i>  qcow2 over rb-file<i>, backing rb-src<i>
 *   device      <model>,drive=rb-disk<i>,rerror=stop,werror=stop
 * ```
 * A request the export cannot answer within the reconnect delay pauses the VM (`rerror`/`werror`
 * = stop: the guest never sees the I/O error it could turn into lost writes); the VM is continued
 * (QMP `cont`) as soon as the NBD server accepts connections again.
 *
 * `migrate()` mirrors every disk into a local qcow2 while the guest runs (QMP `blockdev-mirror`,
 * sync full, into `disk<i>.local.qcow2`), a job per disk, progress from `query-block-jobs`; a job
 * that ends with an error is started again once the server answers. A ready job is completed (the
 * device switches to the local image); when every disk's job completed the overlay and NBD nodes
 * are deleted and `onMigrated` runs (the caller closes the exports): the VM no longer depends on
 * the repository.
 * `stop()` kills the VM and removes its folder (the overlays).
 *
 * The QEMU process runs in a session of its own (`detached`): it survives its daemon's restart, a
 * kill -9 of it, and a Ctrl-C to its terminal, as a production VM would. `adopt()` takes such a VM
 * up again from its folder (recovery-record.ts): QMP reconnected, the state read back from QEMU
 * (the mirror jobs of a migration that went on meanwhile, the NBD nodes already dropped), a
 * migration whose job ended while nobody listened started again.
 *
 * Two monitors: `qmp.sock`, held by this object for its events; `control.qmp`, free for the
 * operator (and tests: HMP `qemu-io`). The QEMU guest agent's channel is `qga.sock`, the serial
 * console goes to `serial.log`.
 *
 * @example
 * ```ts
 * const vm = await RecoveredVm.start({ id: 'r1', name: 'web01-recovered', dir, config, disks: [{ index: 0, size, nbd: 'unix:/run/x.sock', exportName: 'r1-0' }] })
 * await vm.migrate()
 * await vm.migrated              // every block is local
 * await vm.stop()
 * ```
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { closeSync, openSync, readFileSync } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { VmConfig } from '../../../proto/index.ts'
import { QmpClient, type QmpEvent } from '../qemu/qmp.ts'
import { createLocalImage, createOverlays, localImagePath, overlayPaths } from './disk-images.ts'
import { nbdServer, reachable } from './nbd-address.ts'
import { RecoveryError } from './recovery-error.ts'

/** QEMU's NBD reconnect delay: requests wait this long for a server that went away. */
export const RECONNECT_DELAY_S = 30
/** While paused on an I/O error, or after a failed stream job, the export is probed this often. */
const PROBE_MS = 1000

/** starting | running | paused | migrating | migrated | failed | stopped */
export type RecoveredVmState = 'starting' | 'running' | 'paused' | 'migrating' | 'migrated' | 'failed' | 'stopped'

export interface RecoveredVmDisk {
  index: number
  /** virtual size in bytes: the overlay's size (the export is not asked) */
  size: number
  /** unix:PATH or tcp:HOST:PORT */
  nbd: string
  exportName: string
}

export interface RecoveredVmInit {
  id: string
  /** the VM's name (`-name`) */
  name: string
  /** its own folder (overlays, sockets, serial log); removed by stop() */
  dir: string
  /** the recorded config, completed (vm-config.ts effectiveVmConfig) */
  config: VmConfig
  disks: RecoveredVmDisk[]
  /** keep the recorded NICs (user networking); default `-nic none` */
  network?: boolean
  /** programs (defaults on PATH) */
  qemu?: string
  qemuImg?: string
  /** seconds (RECONNECT_DELAY_S) */
  reconnectDelayS?: number
  /** ms to wait for the QMP socket and the running state (30 000) */
  startTimeoutMs?: number
  /** after every disk was mirrored and the NBD nodes dropped: close the exports */
  onMigrated?: () => Promise<void>
  /** state changes, for the record the manager keeps */
  onChange?: (vm: RecoveredVm) => void
  log?: (line: string) => void
}

/** Where a migration stands. */
export interface MigrationProgress {
  doneBytes: number
  totalBytes: number
  bytesPerSecond: number
}

interface DiskJob {
  index: number
  node: string
  jobId: string
  done: boolean
  /** bytes the finished jobs of this disk covered before the current one (a restarted job starts over its length) */
  length: number
  offset: number
}

/** A recovered VM and its QEMU process. */
export class RecoveredVm {
  readonly id: string
  readonly name: string
  readonly dir: string
  readonly disks: RecoveredVmDisk[]
  /** `unix:PATH` of the spare monitor */
  readonly control: string
  readonly qga: string
  readonly serial: string
  readonly overlays: string[]
  state: RecoveredVmState = 'starting'
  error = ''
  createdAtMs = Date.now()
  runningAtMs = 0
  migratedAtMs = 0
  /** mirror jobs started again after an error */
  restarts = 0
  /** times the VM stopped on an I/O error and was continued */
  pauses = 0
  /** BLOCK_IO_ERROR events QEMU reported (each one the guest would have seen without rerror/werror=stop) */
  ioErrors = 0
  /** resolves once every block is local; rejects if the VM stops or fails first */
  readonly migrated: Promise<void>
  readonly #init: RecoveredVmInit
  #child?: ChildProcess
  #exited: Promise<void> = Promise.resolve()
  #qmp?: QmpClient
  #jobs: DiskJob[] = []
  #jobSeq = 0
  #migrateStarted = 0
  #speed = 0
  #probe?: NodeJS.Timeout
  /** settles `migrated` */
  readonly #migration = Promise.withResolvers<void>()
  #stopping = false
  /** the QEMU process of a VM this object adopted (it did not spawn it) */
  #adoptedPid = 0

  private constructor (init: RecoveredVmInit) {
    this.#init = init
    this.id = init.id
    this.name = init.name
    this.dir = init.dir
    this.disks = init.disks
    this.control = `unix:${join(init.dir, 'control.qmp')}`
    this.qga = `unix:${join(init.dir, 'qga.sock')}`
    this.serial = join(init.dir, 'serial.log')
    this.overlays = overlayPaths(init.dir, init.disks)
    this.migrated = this.#migration.promise
    this.migrated.catch(() => {})
  }

  /** The qemu-system-x86_64 process id (0 before it started or after it exited). */
  get pid (): number {
    if (this.#adoptedPid > 0) return alive(this.#adoptedPid) ? this.#adoptedPid : 0
    return this.#child?.exitCode == null && this.#child?.signalCode == null ? this.#child?.pid ?? 0 : 0
  }

  /**
   * Creates the overlays (metadata only: `qemu-img create -u` with the size given, the export is
   * not read), starts the VM and returns once QEMU reports it running with its disks attached.
   * On a failure what was made is removed and a RecoveryError thrown.
   */
  static async start (init: RecoveredVmInit): Promise<RecoveredVm> {
    const vm = new RecoveredVm(init)
    try {
      await vm.#start()
      return vm
    } catch (err) {
      await vm.stop().catch(() => {})
      vm.state = 'failed'
      if (err instanceof RecoveryError) throw err
      throw new RecoveryError('ERR_RECOVERY_START_FAILED', `recovered VM "${init.name}" (recovery ${init.id}) did not start: ${(err as Error).message}`, { cause: err })
    }
  }

  async #start (): Promise<void> {
    const init = this.#init
    await mkdir(this.dir, { recursive: true, mode: 0o700 })
    await createOverlays(init.qemuImg ?? 'qemu-img', init.disks, this.overlays, this.dir)
    const argv = this.#argv()
    const logFile = join(this.dir, 'qemu.log')
    const fd = openSync(logFile, 'a')
    // its own session: the VM outlives the daemon (and the signals of the daemon's terminal)
    const child = spawn(init.qemu ?? 'qemu-system-x86_64', argv, { stdio: ['ignore', fd, fd], detached: true })
    closeSync(fd)
    this.#child = child
    let exitText = ''
    this.#exited = new Promise<void>(resolve => {
      child.once('exit', (code, signal) => {
        exitText = `exited with ${code ?? signal}`
        resolve()
        this.#onExit(exitText)
      })
      child.once('error', (err) => {
        exitText = err.message
        resolve()
        this.#onExit(exitText)
      })
    })
    // QMP: the socket appears once QEMU has parsed its command line
    const deadline = Date.now() + (init.startTimeoutMs ?? 30_000)
    const qmpAddress = `unix:${join(this.dir, 'qmp.sock')}`
    for (;;) {
      if (exitText !== '') throw new RecoveryError('ERR_RECOVERY_START_FAILED', `qemu-system-x86_64 for "${this.name}" ${exitText}: ${await tail(logFile)}`)
      try {
        this.#qmp = await QmpClient.connect(qmpAddress, { connectTimeoutMs: 2000 })
        break
      } catch (err) {
        if (Date.now() > deadline) throw new RecoveryError('ERR_RECOVERY_START_FAILED', `the monitor of "${this.name}" did not answer within ${init.startTimeoutMs ?? 30_000} ms: ${(err as Error).message}; ${await tail(logFile)}`)
        await new Promise(resolve => setTimeout(resolve, 20))
      }
    }
    this.#qmp.on('event', (e) => { this.#onEvent(e) })
    const { status } = await this.#qmp.execute<{ status: string }>('query-status')
    if (status !== 'running') await this.#qmp.execute('cont')
    this.runningAtMs = Date.now()
    this.#set('running')
  }

  /**
   * Takes up a recovered VM that runs without this daemon (it restarted): connects to its
   * `qmp.sock`, reads its state back from QEMU and carries on a migration that was asked for
   * (`migrating`, with `speed`). The exports must answer again first (the NBD nodes reconnect by
   * themselves). Throws ERR_RECOVERY_ADOPT_FAILED when the VM is gone.
   */
  static async adopt (init: RecoveredVmInit, recorded: { pid: number, migrating: boolean, speed: number, createdAtMs: number, runningAtMs: number }): Promise<RecoveredVm> {
    const vm = new RecoveredVm(init)
    vm.#adoptedPid = recorded.pid
    vm.createdAtMs = recorded.createdAtMs
    vm.runningAtMs = recorded.runningAtMs
    try {
      await vm.#adopt(recorded.migrating, recorded.speed)
      return vm
    } catch (err) {
      await vm.#qmp?.close().catch(() => {})
      vm.state = 'failed'
      if (err instanceof RecoveryError) throw err
      throw new RecoveryError('ERR_RECOVERY_ADOPT_FAILED', `recovered VM "${init.name}" (recovery ${init.id}, qemu pid ${recorded.pid}) could not be taken up again: ${(err as Error).message}`, { cause: err })
    }
  }

  async #adopt (migrating: boolean, speed: number): Promise<void> {
    const qmpAddress = `unix:${join(this.dir, 'qmp.sock')}`
    if (this.#adoptedPid > 0 && !alive(this.#adoptedPid)) {
      throw new RecoveryError('ERR_RECOVERY_ADOPT_FAILED', `the recovered VM "${this.name}" is gone: its QEMU process ${this.#adoptedPid} no longer runs (see ${join(this.dir, 'qemu.log')})`)
    }
    this.#qmp = await QmpClient.connect(qmpAddress, { connectTimeoutMs: 5000 })
    this.#qmp.on('event', (e) => { this.#onEvent(e) })
    this.#qmp.on('close', () => { if (!this.#stopping) this.#onExit('closed its monitor') })
    const nodes = await this.#qmp.execute<Array<{ 'node-name': string }>>('query-named-block-nodes', { flat: true })
    const names = new Set(nodes.map(n => n['node-name']))
    const remote = new Set([...names].filter(n => n.startsWith('rb-nbd')))
    // a disk whose NBD nodes are gone runs on its final image
    this.disks.forEach((d, i) => { if (!remote.has(`rb-nbd${d.index}`)) this.overlays[i] = localImagePath(this.dir, d.index) })
    if (remote.size === 0 && this.disks.length > 0) {
      // every disk was mirrored before (or while) the daemon was away
      this.#jobs = this.disks.map(d => ({ index: d.index, node: `rb-disk${d.index}`, jobId: '', done: true, length: d.size, offset: d.size }))
      this.migratedAtMs = Date.now()
      this.state = 'migrated'
      this.#migration.resolve()
      await this.#init.onMigrated?.()
      return
    }
    this.state = 'running'
    if (migrating) {
      // the mirrors QEMU still runs go on; a disk whose mirror ended with an error meanwhile starts again
      const running = await this.#qmp.execute<Array<{ device: string, offset: number, len: number, ready?: boolean }>>('query-block-jobs')
      const devices = await this.#qmp.execute<Array<{ qdev?: string, inserted?: { 'node-name'?: string } }>>('query-block')
      this.#speed = speed
      this.#migrateStarted = Date.now()
      this.#jobs = this.disks.map(d => {
        const job = running.find(r => r.device.startsWith(`rb-mirror${d.index}-`))
        return { index: d.index, node: `rb-disk${d.index}`, jobId: job?.device ?? '', done: !remote.has(`rb-nbd${d.index}`), length: job?.len ?? d.size, offset: job?.offset ?? 0 }
      })
      this.#jobSeq = Math.max(0, ...running.map(r => Number(r.device.split('-').pop()) || 0))
      this.state = 'migrating'
      for (const job of this.#jobs) {
        if (job.done) continue
        const mirror = running.find(r => r.device === job.jobId)
        if (mirror !== undefined) {
          // ready while nobody listened: the BLOCK_JOB_READY that would complete it is gone
          if (mirror.ready === true) await this.#qmp.execute('block-job-complete', { device: job.jobId })
          continue
        }
        const switched = devices.some(b => b.inserted?.['node-name'] === `rb-local${job.index}`)
        if (switched) {
          // its mirror completed while nobody listened: only the NBD nodes are left to drop
          job.done = true
          await this.#finishDisk(job)
        } else {
          if (!names.has(`rb-local${job.index}`)) await this.#addTarget(job)
          await this.#startJob(job)
        }
      }
      if ((this.state as RecoveredVmState) === 'migrated') return
    }
    // paused on an I/O error while nobody listened: continued once the exports answer
    await this.#checkPaused()
  }

  #argv (): string[] {
    const init = this.#init
    const c = init.config
    const delay = init.reconnectDelayS ?? RECONNECT_DELAY_S
    const disks = [...init.disks].map((d, i) => ({ d, i, conf: c.disks?.find(x => (x.index ?? 0) === d.index) }))
    const scsi = disks.some(x => (x.conf?.model ?? '').startsWith('scsi-'))
    const args = ['-name', init.name, '-machine', `${c.machine || 'pc'},accel=kvm:tcg`, '-m', String(c.memoryMib || 1024), '-smp', String(c.vcpus || 1),
      '-nodefaults', '-no-user-config', '-display', 'none', '-vga', 'std',
      '-serial', `file:${this.serial}`,
      '-qmp', `unix:${join(this.dir, 'qmp.sock')},server=on,wait=off`,
      '-qmp', `${this.control},server=on,wait=off`,
      '-device', 'virtio-serial-pci,id=vser0',
      '-chardev', `socket,id=qga0,path=${join(this.dir, 'qga.sock')},server=on,wait=off`,
      '-device', 'virtserialport,bus=vser0.0,chardev=qga0,id=qga-port,name=org.qemu.guest_agent.0',
      ...(scsi ? ['-device', 'virtio-scsi-pci,id=scsi0'] : [])]
    for (const { d, i, conf } of disks) {
      const server = nbdServer(d.nbd)
      args.push('-blockdev', JSON.stringify({ driver: 'nbd', 'node-name': `rb-nbd${d.index}`, server, export: d.exportName, 'read-only': true, 'reconnect-delay': delay }))
      args.push('-blockdev', JSON.stringify({ driver: 'raw', 'node-name': `rb-src${d.index}`, file: `rb-nbd${d.index}`, 'read-only': true }))
      args.push('-blockdev', JSON.stringify({ driver: 'file', 'node-name': `rb-file${d.index}`, filename: this.overlays[i] }))
      args.push('-blockdev', JSON.stringify({ driver: 'qcow2', 'node-name': `rb-disk${d.index}`, file: `rb-file${d.index}`, backing: `rb-src${d.index}` }))
      const model = deviceModel(conf?.model ?? '')
      const boot = (conf?.bootIndex ?? -1) >= 0 ? `,bootindex=${conf!.bootIndex}` : ''
      args.push('-device', `${model},drive=rb-disk${d.index},id=disk${d.index}${boot},rerror=stop,werror=stop`)
    }
    const nics = init.network === true ? c.nics ?? [] : []
    if (nics.length === 0) args.push('-nic', 'none')
    for (const n of nics) args.push('-nic', `user,model=${n.model || 'virtio-net-pci'}${n.mac ? `,mac=${n.mac}` : ''}`)
    if (c.firmware === 'uefi') args.push('-bios', '/usr/share/ovmf/OVMF.fd')
    return args
  }

  /**
   * Mirrors every disk into a local image while the guest runs (`speed`: bytes/s per job, 0 none).
   * Returns once the jobs started; `migrated` resolves when they are done.
   */
  async migrate (speed = 0): Promise<void> {
    if (this.state === 'migrating' || this.state === 'migrated') return
    if (this.state !== 'running' && this.state !== 'paused') {
      throw new RecoveryError('ERR_RECOVERY_STATE', `recovery ${this.id} is ${this.state}: only a running recovered VM can be migrated`)
    }
    this.#speed = speed
    this.#migrateStarted = Date.now()
    this.#jobs = this.disks.map(d => ({ index: d.index, node: `rb-disk${d.index}`, jobId: '', done: false, length: d.size, offset: 0 }))
    this.#set('migrating')
    for (const job of this.#jobs) {
      await this.#addTarget(job)
      await this.#startJob(job)
    }
  }

  /** Where the migration stands: bytes mirrored of every disk, and the mean rate since it started. */
  async progress (): Promise<MigrationProgress> {
    const total = this.disks.reduce((n, d) => n + d.size, 0)
    if (this.state === 'migrated') return { doneBytes: total, totalBytes: total, bytesPerSecond: this.#rate(total) }
    if (this.#jobs.length === 0 || this.#qmp === undefined) return { doneBytes: 0, totalBytes: total, bytesPerSecond: 0 }
    const running = await this.#qmp.execute<Array<{ device: string, offset: number, len: number }>>('query-block-jobs').catch(() => [])
    for (const r of running) {
      const job = this.#jobs.find(j => j.jobId === r.device)
      if (job !== undefined) {
        job.offset = r.offset
        job.length = r.len
      }
    }
    const done = this.#jobs.reduce((n, j) => n + (j.done ? j.length : j.offset), 0)
    return { doneBytes: done, totalBytes: total, bytesPerSecond: this.#rate(done) }
  }

  #rate (done: number): number {
    const end = this.migratedAtMs > 0 ? this.migratedAtMs : Date.now()
    return this.#migrateStarted === 0 ? 0 : done / Math.max((end - this.#migrateStarted) / 1000, 0.001)
  }

  /**
   * The disk's final image: a local qcow2 without backing (`disk<i>.local.qcow2`, nodes
   * `rb-lfile<i>`/`rb-local<i>`), which the mirror fills and the device then switches to.
   */
  async #addTarget (job: DiskJob): Promise<void> {
    const disk = this.disks.find(d => d.index === job.index)!
    const file = localImagePath(this.dir, job.index)
    await createLocalImage(this.#init.qemuImg ?? 'qemu-img', file, disk.size, job.index)
    await this.#qmp!.execute('blockdev-add', { driver: 'file', 'node-name': `rb-lfile${job.index}`, filename: file })
    // zeros the mirror copies (short holes the export tells as data) stay holes in the image
    await this.#qmp!.execute('blockdev-add', { driver: 'qcow2', 'node-name': `rb-local${job.index}`, file: `rb-lfile${job.index}`, discard: 'unmap', 'detect-zeroes': 'unmap' })
  }

  /**
   * A mirror of the disk (overlay and export together) into its final image. Not block-stream:
   * a stream copies one 512 KiB request at a time, holes too (three NBD round trips per request,
   * each waiting on the serving daemon's event loop), where a mirror reads 1 MiB requests
   * several at once and writes holes without reading them. The guest's writes during the copy
   * are mirrored too; once the job is ready it is completed and the device switches over.
   */
  async #startJob (job: DiskJob): Promise<void> {
    job.jobId = `rb-mirror${job.index}-${++this.#jobSeq}`
    job.offset = 0
    await this.#qmp!.execute('blockdev-mirror', { 'job-id': job.jobId, device: job.node, target: `rb-local${job.index}`, sync: 'full', speed: this.#speed })
  }

  /** Kills the VM (QMP quit, SIGKILL after 10 s) and removes its folder; safe to call twice. */
  async stop (): Promise<void> {
    this.#stopping = true
    clearInterval(this.#probe)
    this.#probe = undefined
    const child = this.#child
    if (child === undefined && this.pid > 0) {
      // an adopted VM: not our child, followed by its pid
      await this.#qmp?.execute('quit', undefined, { timeoutMs: 5000 }).catch(() => {})
      await gone(this.#adoptedPid, 10_000)
    }
    if (child !== undefined && child.exitCode === null && child.signalCode === null) {
      await this.#qmp?.execute('quit', undefined, { timeoutMs: 5000 }).catch(() => {})
      const timer = setTimeout(() => { try { child.kill('SIGKILL') } catch {} }, 10_000)
      await this.#exited
      clearTimeout(timer)
    }
    await this.#qmp?.close().catch(() => {})
    await rm(this.dir, { recursive: true, force: true })
    if (this.state !== 'failed') this.#set('stopped')
    this.#migration.reject(new RecoveryError('ERR_RECOVERY_STATE', `recovery ${this.id} was stopped`))
  }

  /** Runs a QMP command on this VM's monitor (the boot check: screendump, ...). */
  async execute<T = unknown> (command: string, args?: Record<string, unknown>): Promise<T> {
    if (this.#qmp === undefined) throw new RecoveryError('ERR_RECOVERY_STATE', `recovery ${this.id} has no monitor: it is ${this.state}`)
    return await this.#qmp.execute<T>(command, args)
  }

  #onEvent (e: QmpEvent): void {
    const log = this.#init.log ?? (() => {})
    switch (e.event) {
      case 'BLOCK_IO_ERROR':
        this.ioErrors++
        log(`recovered VM ${this.name}: I/O error on ${e.data['node-name'] ?? e.data.device} (${e.data.operation}, ${e.data.reason ?? ''}), action ${e.data.action}`)
        break
      case 'STOP':
        void this.#checkPaused()
        break
      case 'RESUME':
        if (this.state === 'paused') this.#set(this.#jobs.length > 0 && this.#jobs.some(j => !j.done) ? 'migrating' : this.#jobs.length > 0 ? 'migrated' : 'running')
        break
      case 'BLOCK_JOB_READY': {
        // every block is copied and the guest's writes go to both: switch the device over
        const job = this.#jobs.find(j => j.jobId === e.data.device)
        if (job !== undefined) {
          void this.#qmp!.execute('block-job-complete', { device: job.jobId }).catch((err: Error) => { log(`recovered VM ${this.name}: completing the mirror of disk ${job.index} failed: ${err.message}`) })
        }
        break
      }
      case 'BLOCK_JOB_COMPLETED': {
        const job = this.#jobs.find(j => j.jobId === e.data.device)
        if (job === undefined) break
        if (typeof e.data.error === 'string') {
          log(`recovered VM ${this.name}: mirror of disk ${job.index} stopped at ${e.data.offset} of ${e.data.len}: ${e.data.error}; it starts again once the repository answers`)
          job.offset = 0
          this.#whenSourceAnswers(async () => {
            this.restarts++
            await this.#startJob(job)
          })
          break
        }
        job.done = true
        job.length = e.data.len ?? job.length
        void this.#finishDisk(job).catch((err: Error) => { this.#fail(`dropping the NBD nodes of disk ${job.index} failed: ${err.message}`) })
        break
      }
    }
  }

  /** A stop because of an I/O error: continue once the export answers again. */
  async #checkPaused (): Promise<void> {
    if (this.#stopping || this.#qmp === undefined) return
    const { status } = await this.#qmp.execute<{ status: string }>('query-status').catch(() => ({ status: '' }))
    if (status !== 'io-error') return
    this.#set('paused')
    this.#whenSourceAnswers(async () => {
      const now = await this.#qmp!.execute<{ status: string }>('query-status')
      if (now.status !== 'io-error') return
      this.pauses++
      await this.#qmp!.execute('cont')
    })
  }

  /** Runs `then` once every export of a disk not yet local accepts a connection. */
  #whenSourceAnswers (then: () => Promise<void>): void {
    if (this.#probe !== undefined) {
      // one probe serves every waiter
      const previous = this.#pending
      this.#pending = async () => { await previous(); await then() }
      return
    }
    this.#pending = then
    this.#probe = setInterval(() => {
      const pending = this.#jobs.length === 0 ? this.disks : this.disks.filter(d => this.#jobs.some(j => j.index === d.index && !j.done))
      void Promise.all(pending.map(async d => await reachable(d.nbd))).then(async (answers) => {
        if (!answers.every(Boolean) || this.#probe === undefined) return
        clearInterval(this.#probe)
        this.#probe = undefined
        const run = this.#pending
        this.#pending = async () => {}
        await run()
      }).catch((err: Error) => { (this.#init.log ?? (() => {}))(`recovered VM ${this.name}: resuming failed: ${err.message}`) })
    }, PROBE_MS)
  }

  #pending: () => Promise<void> = async () => {}

  async #finishDisk (job: DiskJob): Promise<void> {
    // the device runs on the final image: the overlay and the NBD nodes hold nothing it needs
    for (const node of ['rb-disk', 'rb-file', 'rb-src', 'rb-nbd']) await this.#qmp!.execute('blockdev-del', { 'node-name': `${node}${job.index}` })
    const i = this.disks.findIndex(d => d.index === job.index)
    await rm(this.overlays[i]!, { force: true })
    this.overlays[i] = localImagePath(this.dir, job.index)
    if (!this.#jobs.every(j => j.done)) return
    this.migratedAtMs = Date.now()
    this.#set('migrated')
    await this.#init.onMigrated?.()
    this.#migration.resolve()
  }

  #fail (why: string): void {
    this.error = why
    this.#set('failed')
    this.#migration.reject(new RecoveryError('ERR_RECOVERY_MIGRATE_FAILED', `recovery ${this.id}: ${why}`))
  }

  #onExit (how: string): void {
    clearInterval(this.#probe)
    this.#probe = undefined
    if (this.#stopping) return
    if (this.state === 'starting') return
    this.#fail(`the recovered VM's QEMU process ${how} (see ${join(this.dir, 'qemu.log')})`)
  }

  #set (state: RecoveredVmState): void {
    if (this.state === state) return
    this.state = state
    this.#init.onChange?.(this)
  }
}

/** A device model QEMU can take a `drive=` for; anything else becomes virtio-blk. */
function deviceModel (model: string): string {
  return /^(virtio-blk-pci|ide-hd|scsi-hd|nvme|usb-storage)$/.test(model) ? model : 'virtio-blk-pci'
}

/** Whether process `pid` runs (signal 0 only checks; a zombie nobody reaped yet has exited). */
function alive (pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false
  }
  try {
    // /proc/PID/stat: "pid (comm) S ...": the state follows the last ')'
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z'
  } catch {
    return true
  }
}

/** Waits until process `pid` is gone (checked every 50 ms), SIGKILL after `graceMs`. */
async function gone (pid: number, graceMs: number): Promise<void> {
  const deadline = Date.now() + graceMs
  while (alive(pid)) {
    if (Date.now() > deadline) {
      try { process.kill(pid, 'SIGKILL') } catch {}
      if (Date.now() > deadline + 5000) return
    }
    await new Promise(resolve => setTimeout(resolve, 50))
  }
}

async function tail (file: string): Promise<string> {
  const { readFile } = await import('node:fs/promises')
  return (await readFile(file, 'utf8').catch(() => '')).trim().split('\n').slice(-5).join(' / ')
}
