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
 * `migrate()` makes every disk local while the guest runs (local-copy.ts): the point's disk is
 * restored into `disk<i>.local.raw` (`copyDisk`, tried again while the repository is away), the
 * overlay re-based on that file (the NBD nodes dropped), and the overlay committed into it (a
 * `block-commit` per disk, completed once ready: the device then runs on the raw file). When
 * every disk's commit completed the overlay nodes are deleted and `onMigrated` runs (the caller
 * closes the exports): the VM no longer depends on the repository. A copy that cannot succeed
 * (damaged point, no room) leaves the VM running from the repository, the reason in `error`.
 * `stop()` kills the VM and removes its folder (the overlays).
 *
 * The QEMU process runs in a session of its own (`detached`): it survives its daemon's restart, a
 * kill -9 of it, and a Ctrl-C to its terminal, as a production VM would. `adopt()` takes such a VM
 * up again from its folder (recovery-record.ts): QMP reconnected, the state read back from QEMU
 * (the commit jobs of a migration that went on meanwhile, the NBD nodes already dropped), a
 * migration whose copy was cut short, or whose job ended while nobody listened, carried on.
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
import { createOverlays, localImagePath, overlayPaths } from './disk-images.ts'
import { copyThenRebase, DiskCopies, diskNodes, dropNodes, localBytes, MigrationOutcome, rebaseOnLocal, startCommit, type CopyDisk } from './local-copy.ts'
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
  /** restores a disk of the point into a local raw file, for a migration */
  copyDisk: CopyDisk
  /** after every disk was made local and the NBD nodes dropped: close the exports */
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
  /** the block-commit job's id, once the disk runs on its local copy */
  jobId: string
  /** the overlay runs on the local copy (the export's nodes are gone) */
  rebased: boolean
  done: boolean
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
  /** copies or commit jobs started again after an error */
  restarts = 0
  /** times the VM stopped on an I/O error and was continued */
  pauses = 0
  /** BLOCK_IO_ERROR events QEMU reported (each one the guest would have seen without rerror/werror=stop) */
  ioErrors = 0
  readonly #init: RecoveredVmInit
  #child?: ChildProcess
  #exited: Promise<void> = Promise.resolve()
  #qmp?: QmpClient
  #jobs: DiskJob[] = []
  #jobSeq = 0
  #migrateStarted = 0
  #speed = 0
  #probe?: NodeJS.Timeout
  #copies?: DiskCopies
  #copying?: Promise<void>
  /** settles `migrated` */
  readonly #migration = new MigrationOutcome()
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
  }

  /** Resolves once every block is local; rejects if the VM stops or fails first, or the migration gives up. */
  get migrated (): Promise<void> {
    return this.#migration.promise
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
    const devices = await this.#qmp.execute<Array<{ inserted?: { 'node-name'?: string } }>>('query-block')
    // a disk whose device runs on its local copy was committed
    const onLocal = (index: number): boolean => devices.some(b => b.inserted?.['node-name'] === `rb-base${index}`)
    this.disks.forEach((d, i) => { if (onLocal(d.index)) this.overlays[i] = localImagePath(this.dir, d.index) })
    if (this.disks.length > 0 && this.disks.every(d => onLocal(d.index) && !names.has(`rb-disk${d.index}`))) {
      // every disk was made local before (or while) the daemon was away
      this.#jobs = this.disks.map(d => ({ index: d.index, jobId: '', rebased: true, done: true }))
      this.migratedAtMs = Date.now()
      this.state = 'migrated'
      this.#migration.resolve()
      await this.#init.onMigrated?.()
      return
    }
    this.state = 'running'
    if (migrating) {
      // commits QEMU still runs go on; a copy cut short by the restart starts again
      const running = await this.#qmp.execute<Array<{ device: string, ready?: boolean }>>('query-block-jobs')
      this.#speed = speed
      this.#migrateStarted = Date.now()
      this.#jobs = this.disks.map(d => ({ index: d.index, jobId: running.find(r => r.device.startsWith(`rb-commit${d.index}-`))?.device ?? '', rebased: !names.has(`rb-nbd${d.index}`), done: onLocal(d.index) && !names.has(`rb-disk${d.index}`) }))
      this.#jobSeq = Math.max(0, ...running.map(r => Number(r.device.split('-').pop()) || 0))
      this.state = 'migrating'
      for (const job of this.#jobs) {
        if (!job.rebased || job.done) continue
        const commit = running.find(r => r.device === job.jobId)
        if (commit !== undefined) {
          // ready while nobody listened: the BLOCK_JOB_READY that would complete it is gone
          if (commit.ready === true) await this.#qmp.execute('block-job-complete', { device: job.jobId })
          continue
        }
        if (onLocal(job.index)) {
          // committed while nobody listened: only the overlay's nodes are left to drop
          job.done = true
          await this.#finishDisk(job)
        } else {
          await this.#startJob(job)
        }
      }
      const copying = this.#jobs.filter(j => !j.rebased)
      if (copying.length > 0) this.#copying = this.#copyThenCommit(copying)
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
   * Makes every disk local while the guest runs (`speed`: bytes/s per disk, 0 none): restored
   * into its local file, then the overlay re-based on it and committed (local-copy.ts).
   * Returns once the copies started; `migrated` resolves when they are done.
   */
  async migrate (speed = 0): Promise<void> {
    if (this.state === 'migrating' || this.state === 'migrated') return
    if (this.state !== 'running' && this.state !== 'paused') {
      throw new RecoveryError('ERR_RECOVERY_STATE', `recovery ${this.id} is ${this.state}: only a running recovered VM can be migrated`)
    }
    this.#speed = speed
    this.#migrateStarted = Date.now()
    this.error = ''
    this.#jobs = this.disks.map(d => ({ index: d.index, jobId: '', rebased: false, done: false }))
    this.#set('migrating')
    this.#copying = this.#copyThenCommit(this.#jobs)
  }

  /** Restores the disks of `jobs` into their local files, then re-bases each overlay on its file and starts its commit. */
  async #copyThenCommit (jobs: DiskJob[]): Promise<void> {
    const copies = this.#copies = new DiskCopies({ disks: jobs.map(j => this.disks.find(d => d.index === j.index)!), dir: this.dir, copy: this.#init.copyDisk, what: `recovery ${this.id}`, bytesPerSecond: this.#speed, log: this.#init.log, onRetry: () => { this.restarts++ } })
    const started = Date.now()
    await copyThenRebase(copies, jobs, async (index) => {
      await rebaseOnLocal(this.#qmp!, diskNodes('rb', index), localImagePath(this.dir, index))
      await this.#startJob(jobs.find(j => j.index === index)!)
    }, () => {
      this.#init.log?.(`recovered VM ${this.name}: ${jobs.length} disk(s) restored to local files in ${((Date.now() - started) / 1000).toFixed(2)} s; committing the guest's writes`)
    }).catch((err: Error) => { if (!this.#stopping) this.#giveUp(err.message) })
  }

  /** Where the migration stands: bytes made local of every disk, and the mean rate since it started. */
  async progress (): Promise<MigrationProgress> {
    const total = this.disks.reduce((n, d) => n + d.size, 0)
    if (this.state === 'migrated') return { doneBytes: total, totalBytes: total, bytesPerSecond: this.#rate(total) }
    if (this.state !== 'migrating') return { doneBytes: 0, totalBytes: total, bytesPerSecond: 0 }
    const done = localBytes(this.#jobs, this.disks, this.#copies)
    return { doneBytes: done, totalBytes: total, bytesPerSecond: this.#rate(done) }
  }

  #rate (done: number): number {
    const end = this.migratedAtMs > 0 ? this.migratedAtMs : Date.now()
    return this.#migrateStarted === 0 ? 0 : done / Math.max((end - this.#migrateStarted) / 1000, 0.001)
  }

  /** Commits the disk's overlay (the guest's writes) into its local copy. */
  async #startJob (job: DiskJob): Promise<void> {
    job.jobId = `rb-commit${job.index}-${++this.#jobSeq}`
    await startCommit(this.#qmp!, diskNodes('rb', job.index), job.jobId)
  }

  /** A migration that cannot finish: the VM runs on from the repository, `error` says why, and `migrate()` may be asked again. */
  #giveUp (why: string): void {
    this.error = why
    this.#set('running')
    this.#migration.giveUp(why)
  }

  /**
   * Lets go of the VM without touching it, as a daemon that stops does: the monitor is closed,
   * the VM and its files stay, and `adopt()` takes it up again.
   */
  async forget (): Promise<void> {
    await this.#quiesce()
    await this.#qmp?.close().catch(() => {})
  }

  /** Nothing more is started: the probe ends and a migration's copies stop. */
  async #quiesce (): Promise<void> {
    this.#stopping = true
    clearInterval(this.#probe)
    this.#probe = undefined
    this.#copies?.cancel()
    await this.#copying
  }

  /** Kills the VM (QMP quit, SIGKILL after 10 s) and removes its folder; safe to call twice. */
  async stop (): Promise<void> {
    await this.#quiesce()
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
        // the overlay is committed and the guest's writes go to both: switch the device over
        const job = this.#jobs.find(j => j.jobId === e.data.device)
        if (job !== undefined) {
          void this.#qmp!.execute('block-job-complete', { device: job.jobId }).catch((err: Error) => { log(`recovered VM ${this.name}: completing the commit of disk ${job.index} failed: ${err.message}`) })
        }
        break
      }
      case 'BLOCK_JOB_COMPLETED': {
        const job = this.#jobs.find(j => j.jobId === e.data.device)
        if (job === undefined) break
        if (typeof e.data.error === 'string') {
          // the overlay runs on the local copy still: only the commit is to be asked again
          log(`recovered VM ${this.name}: committing disk ${job.index} into its local copy stopped at ${e.data.offset} of ${e.data.len}: ${e.data.error}`)
          this.#giveUp(`committing disk ${job.index} into ${localImagePath(this.dir, job.index)} failed: ${e.data.error}; mend it (is the disk full?), then \`recover migrate\` again`)
          break
        }
        job.done = true
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
    // the device runs on the local copy: the overlay holds nothing it needs
    const n = diskNodes('rb', job.index)
    await dropNodes(this.#qmp!, [n.disk, n.file])
    // by its own name: an adopted disk's entry in `overlays` may already name the local copy
    await rm(overlayPaths(this.dir, [job])[0]!, { force: true })
    this.overlays[this.disks.findIndex(d => d.index === job.index)] = localImagePath(this.dir, job.index)
    if (!this.#jobs.every(j => j.done)) return
    this.migratedAtMs = Date.now()
    this.#init.log?.(`recovered VM ${this.name}: migrated in ${((this.migratedAtMs - this.#migrateStarted) / 1000).toFixed(2)} s; it runs on local files only`)
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
