/**
 * @packageDocumentation
 * `recover POINT --attach-to H`: the point's disks hot-plugged into the VM that registered QEMU
 * host H runs, instead of a new VM. Per disk i the same graph as a recovered VM's (recovered-vm.ts),
 * under node names of this recovery's own (`ir<hash of the id>-…`, several recoveries may attach to
 * one VM):
 * ```
 *   <p>-nbd<i>   nbd, read-only, reconnect-delay 30 s
 *   <p>-src<i>   raw over it
 *   <p>-file<i>  file: <dir>/disk<i>.qcow2             (qemu-img create -u: the export is not read)
 *   <p>-disk<i>  qcow2 over <p>-file<i>, backing <p>-src<i>
 *   device       virtio-blk-pci,drive=<p>-disk<i>,id=<p>-vd<i>,rerror=stop,werror=stop
 * ```
 * on a free PCIe root port when the machine has one (q35), else on the root bus (pc: ACPI hotplug).
 *
 * The VM's monitor belongs to its host: snapshots and probes of host H use it too, and a QEMU QMP
 * socket serves one client at a time. So this object never holds it: each step (attach, a poll,
 * migrate, stop) is a short connection. A migration makes each disk local as a recovered VM's
 * does (local-copy.ts: restored into `disk<i>.local.raw`, the overlay re-based on it, then
 * committed into it). A poll every second while something is due follows the commits (a ready
 * one is completed; one that ended without the device on its local copy starts again) and
 * continues the VM (`cont`) when it paused on an I/O error and the export answers again.
 *
 * `stop()` detaches: the copies and commit jobs cancelled, `device_del` per disk and a wait for QEMU's
 * DEVICE_DELETED (the guest releases a PCI device: ACPI or PCIe hotplug), then `blockdev-del` of
 * every node and the folder removed. The VM keeps running.
 *
 * Refusals, each with its code: no VM answers on the host's monitor (ERR_RECOVERY_ATTACH_NO_VM),
 * the VM does not run (ERR_RECOVERY_ATTACH_NOT_RUNNING), QEMU refused a node or the device
 * (ERR_RECOVERY_ATTACH_FAILED: what was added is removed again), the guest kept the device
 * (ERR_RECOVERY_DETACH_TIMEOUT).
 *
 * @example
 * ```ts
 * const a = await AttachedDisks.attach({ id: 'r1', name: 'web01', dir, qmp: 'unix:/run/vm1.qmp', hostName: 'kvm1', disks })
 * await a.migrate()
 * await a.migrated
 * await a.stop()            // the disks leave the VM; the VM runs on
 * ```
 */
import { createHash } from 'node:crypto'
import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { QmpClient, type QmpEvent } from '../qemu/qmp.ts'
import { RECONNECT_DELAY_S, type MigrationProgress, type RecoveredVmDisk, type RecoveredVmState } from './recovered-vm.ts'
import { createOverlays, localImagePath, overlayPaths } from './disk-images.ts'
import { copyThenRebase, DiskCopies, diskNodes, dropNodes, localBytes, MigrationOutcome, rebaseOnLocal, startCommit, type CopyDisk } from './local-copy.ts'
import { nbdServer, reachable } from './nbd-address.ts'
import { RecoveryError } from './recovery-error.ts'

const POLL_MS = 1000
const DETACH_TIMEOUT_MS = 30_000

export interface AttachedDisksInit {
  id: string
  /** shown as the recovery's VM name */
  name: string
  /** the overlays' folder; removed by stop() */
  dir: string
  /** the running VM's monitor (the registered host's QMP address) */
  qmp: string
  hostName: string
  disks: RecoveredVmDisk[]
  qemuImg?: string
  reconnectDelayS?: number
  /** restores a disk of the point into a local raw file, for a migration */
  copyDisk: CopyDisk
  /** after every disk was made local and the NBD nodes dropped: close the exports */
  onMigrated?: () => Promise<void>
  onChange?: (a: AttachedDisks) => void
  log?: (line: string) => void
}

interface DiskState {
  index: number
  /** the block-commit job's id, once the disk runs on its local copy */
  jobId: string
  /** the overlay runs on the local copy (the export's nodes are gone) */
  rebased: boolean
  done: boolean
}

/** The point's disks in a VM the recovery did not start. */
export class AttachedDisks {
  readonly id: string
  readonly name: string
  readonly dir: string
  readonly disks: RecoveredVmDisk[]
  /** the VM's monitor */
  readonly control: string
  readonly overlays: string[]
  /** node-name prefix of this recovery's block nodes and devices */
  readonly prefix: string
  state: RecoveredVmState = 'starting'
  error = ''
  createdAtMs = Date.now()
  runningAtMs = 0
  migratedAtMs = 0
  restarts = 0
  pauses = 0
  readonly #init: AttachedDisksInit
  #jobs: DiskState[] = []
  #jobSeq = 0
  #speed = 0
  #migrateStarted = 0
  #poll?: NodeJS.Timeout
  #polling = false
  #stopping = false
  #copies?: DiskCopies
  #copying?: Promise<void>
  /** settles `migrated` */
  readonly #migration = new MigrationOutcome()

  private constructor (init: AttachedDisksInit) {
    this.#init = init
    this.id = init.id
    this.name = init.name
    this.dir = init.dir
    this.disks = init.disks
    this.control = init.qmp
    this.prefix = `ir${createHash('sha256').update(init.id).digest('hex').slice(0, 10)}`
    this.overlays = overlayPaths(init.dir, init.disks)
  }

  /** Resolves once every block is local; rejects if the disks are detached first, or the migration gives up. */
  get migrated (): Promise<void> {
    return this.#migration.promise
  }

  /** No process of its own: the VM is the operator's. */
  get pid (): number {
    return 0
  }

  /** The device id of disk `index` in the VM (`/machine/peripheral/<id>`). */
  deviceId (index: number): string {
    return `${this.prefix}-vd${index}`
  }

  /** Hot-plugs the disks; on a failure what was added is removed and a RecoveryError thrown. */
  static async attach (init: AttachedDisksInit): Promise<AttachedDisks> {
    const a = new AttachedDisks(init)
    await a.#attach()
    return a
  }

  /** Takes up disks a daemon attached before it restarted (recovery-record.ts). */
  static async adopt (init: AttachedDisksInit, recorded: { migrating: boolean, speed: number, createdAtMs: number, runningAtMs: number }): Promise<AttachedDisks> {
    const a = new AttachedDisks(init)
    a.createdAtMs = recorded.createdAtMs
    a.runningAtMs = recorded.runningAtMs
    const { nodes, onLocal, running } = await a.#session('adopt', async q => ({
      nodes: (await q.execute<Array<{ 'node-name': string }>>('query-named-block-nodes', { flat: true })).map(n => n['node-name']),
      onLocal: (await q.execute<Array<{ inserted?: { 'node-name'?: string } }>>('query-block')).map(b => b.inserted?.['node-name'] ?? ''),
      running: (await q.execute<Array<{ device: string }>>('query-block-jobs')).map(r => r.device)
    }), 'ERR_RECOVERY_ADOPT_FAILED')
    const local = (index: number): boolean => onLocal.includes(diskNodes(a.prefix, index).base)
    if (!init.disks.every(d => nodes.includes(`${a.prefix}-disk${d.index}`) || local(d.index))) {
      throw new RecoveryError('ERR_RECOVERY_ADOPT_FAILED', `the disks of recovery ${init.id} are no longer attached to the VM of host "${init.hostName}" (was it restarted?)`)
    }
    a.state = 'running'
    if (init.disks.every(d => local(d.index) && !nodes.includes(`${a.prefix}-disk${d.index}`))) {
      a.#jobs = init.disks.map(d => ({ index: d.index, jobId: '', rebased: true, done: true }))
      a.migratedAtMs = Date.now()
      a.state = 'migrated'
      a.#migration.resolve()
      return a
    }
    if (recorded.migrating) {
      a.#speed = recorded.speed
      a.#migrateStarted = Date.now()
      // commits still running are followed by the next poll (a rebased disk without one commits again); a copy cut short starts again
      a.#jobs = init.disks.map(d => ({ index: d.index, jobId: running.find(r => r.startsWith(`${a.prefix}-cm${d.index}-`)) ?? '', rebased: !nodes.includes(`${a.prefix}-nbd${d.index}`), done: false }))
      a.#jobSeq = Math.max(0, ...running.map(r => Number(r.split('-').pop()) || 0))
      a.state = 'migrating'
      const copying = a.#jobs.filter(j => !j.rebased)
      if (copying.length > 0) a.#copying = a.#copyThenCommit(copying)
    }
    a.#schedule()
    return a
  }

  async #attach (): Promise<void> {
    const init = this.#init
    const p = this.prefix
    const added: string[] = []
    const devices: string[] = []
    await this.#session('attach', async q => {
      const { status } = await q.execute<{ status: string }>('query-status')
      if (status !== 'running') {
        throw new RecoveryError('ERR_RECOVERY_ATTACH_NOT_RUNNING', `the VM of host "${init.hostName}" is ${status}, not running: start it (or \`cont\` it) before attaching the disks of a point`)
      }
      await mkdir(this.dir, { recursive: true, mode: 0o700 })
      try {
        await createOverlays(init.qemuImg ?? 'qemu-img', init.disks, this.overlays, this.dir)
        const ports = await freeRootPorts(q)
        for (const [i, d] of init.disks.entries()) {
          const nodes = [
            { driver: 'nbd', 'node-name': `${p}-nbd${d.index}`, server: nbdServer(d.nbd), export: d.exportName, 'read-only': true, 'reconnect-delay': init.reconnectDelayS ?? RECONNECT_DELAY_S },
            { driver: 'raw', 'node-name': `${p}-src${d.index}`, file: `${p}-nbd${d.index}`, 'read-only': true },
            { driver: 'file', 'node-name': `${p}-file${d.index}`, filename: this.overlays[i] },
            { driver: 'qcow2', 'node-name': `${p}-disk${d.index}`, file: `${p}-file${d.index}`, backing: `${p}-src${d.index}` }
          ]
          for (const n of nodes) {
            await q.execute('blockdev-add', n)
            added.push(n['node-name'] as string)
          }
          const bus = ports.shift()
          await q.execute('device_add', { driver: 'virtio-blk-pci', drive: `${p}-disk${d.index}`, id: this.deviceId(d.index), rerror: 'stop', werror: 'stop', ...(bus === undefined ? {} : { bus }) })
          devices.push(this.deviceId(d.index))
        }
      } catch (err) {
        // a device just added and never seen by the guest goes at once; then its nodes
        for (const id of devices.reverse()) await detachDevice(q, id, 5000).catch(() => {})
        for (const n of added.reverse()) await q.execute('blockdev-del', { 'node-name': n }).catch(() => {})
        await rm(this.dir, { recursive: true, force: true })
        if (err instanceof RecoveryError) throw err
        throw new RecoveryError('ERR_RECOVERY_ATTACH_FAILED', `attaching the disks of recovery ${init.id} to the VM of host "${init.hostName}" failed: ${(err as Error).message}`, { cause: err })
      }
    }, 'ERR_RECOVERY_ATTACH_NO_VM')
    this.runningAtMs = Date.now()
    this.#set('running')
    this.#schedule()
  }

  /** Makes every disk local while the VM runs (local-copy.ts); `migrated` resolves when done. */
  async migrate (speed = 0): Promise<void> {
    if (this.state === 'migrating' || this.state === 'migrated') return
    if (this.state !== 'running' && this.state !== 'paused') {
      throw new RecoveryError('ERR_RECOVERY_STATE', `recovery ${this.id} is ${this.state}: only running attached disks can be migrated`)
    }
    this.#speed = speed
    this.#migrateStarted = Date.now()
    this.error = ''
    this.#jobs = this.disks.map(d => ({ index: d.index, jobId: '', rebased: false, done: false }))
    this.#set('migrating')
    this.#copying = this.#copyThenCommit(this.#jobs)
    this.#schedule()
  }

  /** Restores the disks of `jobs` into their local files, then re-bases each overlay on its file and starts its commit. */
  async #copyThenCommit (jobs: DiskState[]): Promise<void> {
    const copies = this.#copies = new DiskCopies({ disks: jobs.map(j => this.disks.find(d => d.index === j.index)!), dir: this.dir, copy: this.#init.copyDisk, what: `recovery ${this.id}`, bytesPerSecond: this.#speed, log: this.#init.log, onRetry: () => { this.restarts++ } })
    await copyThenRebase(copies, jobs, async (index) => {
      await this.#session('migrate', async q => {
        await rebaseOnLocal(q, diskNodes(this.prefix, index), localImagePath(this.dir, index))
        await this.#startJob(q, jobs.find(j => j.index === index)!)
      })
    }).catch((err: Error) => { if (!this.#stopping) this.#giveUp(err.message) })
  }

  /** A migration that cannot finish: the disks run on from the repository, `error` says why, and `migrate()` may be asked again. */
  #giveUp (why: string): void {
    this.error = why
    this.#set('running')
    this.#migration.giveUp(why)
  }

  async progress (): Promise<MigrationProgress> {
    const total = this.disks.reduce((n, d) => n + d.size, 0)
    const done = this.state === 'migrated'
      ? total
      : this.state !== 'migrating' ? 0 : localBytes(this.#jobs, this.disks, this.#copies)
    const end = this.migratedAtMs > 0 ? this.migratedAtMs : Date.now()
    return { doneBytes: done, totalBytes: total, bytesPerSecond: this.#migrateStarted === 0 ? 0 : done / Math.max((end - this.#migrateStarted) / 1000, 0.001) }
  }

  /**
   * Detaches the disks (jobs cancelled, device_del and DEVICE_DELETED, blockdev-del) and removes
   * the overlays; the VM runs on. A VM that is gone leaves nothing to detach.
   */
  async stop (): Promise<void> {
    this.#stopping = true
    clearTimeout(this.#poll)
    this.#poll = undefined
    this.#copies?.cancel()
    await this.#copying
    let q: QmpClient | undefined
    try {
      q = await QmpClient.connect(this.control, { connectTimeoutMs: 5000 })
    } catch {
      // no VM: its disks went with it
    }
    if (q !== undefined) {
      try {
        const running = await q.execute<Array<{ device: string }>>('query-block-jobs')
        for (const j of running.filter(r => r.device.startsWith(`${this.prefix}-`))) {
          const ended = waitFor(q, e => (e.event === 'BLOCK_JOB_CANCELLED' || e.event === 'BLOCK_JOB_COMPLETED') && e.data.device === j.device, 30_000)
          await q.execute('block-job-cancel', { device: j.device, force: true }).catch(() => {})
          await ended.catch(() => {})
        }
        for (const d of this.disks) await detachDevice(q, this.deviceId(d.index), DETACH_TIMEOUT_MS)
        for (const d of this.disks) {
          for (const n of ['disk', 'file', 'src', 'nbd', 'base']) await q.execute('blockdev-del', { 'node-name': `${this.prefix}-${n}${d.index}` }).catch(() => {})
        }
      } catch (err) {
        this.#stopping = false
        this.#schedule()
        if (err instanceof RecoveryError) throw err
        throw new RecoveryError('ERR_RECOVERY_DETACH_TIMEOUT', `detaching the disks of recovery ${this.id} from the VM of host "${this.#init.hostName}" failed: ${(err as Error).message}`, { cause: err })
      } finally {
        await q.close().catch(() => {})
      }
    }
    await rm(this.dir, { recursive: true, force: true })
    this.#set('stopped')
    this.#migration.reject(new RecoveryError('ERR_RECOVERY_STATE', `recovery ${this.id} was stopped`))
  }

  /** Lets go of the disks without touching them (the daemon stops; a restarted one adopts them). */
  forget (): void {
    this.#stopping = true
    clearTimeout(this.#poll)
    this.#poll = undefined
  }

  /** Commits the disk's overlay (the guest's writes) into its local copy. */
  async #startJob (q: QmpClient, job: DiskState): Promise<void> {
    job.jobId = `${this.prefix}-cm${job.index}-${++this.#jobSeq}`
    await startCommit(q, diskNodes(this.prefix, job.index), job.jobId)
  }

  /** The next poll, while something is due: a migration, or a VM paused on an I/O error. */
  #schedule (): void {
    if (this.#stopping || this.#poll !== undefined || this.state === 'migrated') return
    this.#poll = setTimeout(() => {
      this.#poll = undefined
      if (this.#polling) return
      this.#polling = true
      this.#pollOnce()
        .catch((err: Error) => { this.#init.log?.(`recovery ${this.id} (attached to host ${this.#init.hostName}): ${err.message}`) })
        .finally(() => { this.#polling = false; this.#schedule() })
    }, POLL_MS)
    // the poll never keeps a stopping daemon alive: the disks stay attached, a restart adopts them
    this.#poll.unref()
  }

  async #pollOnce (): Promise<void> {
    if (this.#stopping) return
    await this.#session('poll', async q => {
      const { status } = await q.execute<{ status: string }>('query-status')
      if (status === 'io-error') {
        if (this.state !== 'paused') this.#set('paused')
        if (await this.#sourceAnswers()) {
          this.pauses++
          await q.execute('cont')
        }
        return
      }
      if (this.state === 'paused') this.#set(this.#jobs.length > 0 ? 'migrating' : 'running')
      if (this.state !== 'migrating') return
      const running = await q.execute<Array<{ device: string, ready?: boolean }>>('query-block-jobs')
      const devices = await q.execute<Array<{ inserted?: { 'node-name'?: string } }>>('query-block')
      for (const job of this.#jobs.filter(j => j.rebased && !j.done)) {
        const n = diskNodes(this.prefix, job.index)
        const r = running.find(x => x.device === job.jobId)
        if (r !== undefined) {
          if (r.ready === true) await q.execute('block-job-complete', { device: job.jobId })
          continue
        }
        if (devices.some(b => b.inserted?.['node-name'] === n.base)) {
          // committed: the device runs on the local copy, the overlay holds nothing it needs
          job.done = true
          await dropNodes(q, [n.disk, n.file])
          await rm(overlayPaths(this.dir, [job])[0]!, { force: true })
          this.overlays[this.disks.findIndex(d => d.index === job.index)] = localImagePath(this.dir, job.index)
        } else {
          // the commit ended with an error (or never started): again, the overlay still runs on the local copy
          this.restarts++
          await this.#startJob(q, job)
        }
      }
    })
    if (this.state === 'migrating' && this.#jobs.every(j => j.done)) {
      this.migratedAtMs = Date.now()
      this.#set('migrated')
      await this.#init.onMigrated?.()
      this.#migration.resolve()
    }
  }

  async #sourceAnswers (index?: number): Promise<boolean> {
    const disks = index === undefined ? this.disks : this.disks.filter(d => d.index === index)
    return (await Promise.all(disks.map(async d => await reachable(d.nbd)))).every(Boolean)
  }

  /** One short QMP connection to the VM's monitor; a monitor that does not answer throws `code`. */
  async #session<T> (what: string, fn: (q: QmpClient) => Promise<T>, code: 'ERR_RECOVERY_ATTACH_NO_VM' | 'ERR_RECOVERY_ADOPT_FAILED' | 'ERR_RECOVERY_MIGRATE_FAILED' = 'ERR_RECOVERY_MIGRATE_FAILED'): Promise<T> {
    let q: QmpClient
    try {
      q = await QmpClient.connect(this.control, { connectTimeoutMs: 5000 })
    } catch (err) {
      throw new RecoveryError(code, `no VM answers on the monitor ${this.control} of host "${this.#init.hostName}" (${what}): ${(err as Error).message}; is the VM running?`, { cause: err })
    }
    try {
      return await fn(q)
    } finally {
      await q.close().catch(() => {})
    }
  }

  #set (state: RecoveredVmState): void {
    if (this.state === state) return
    this.state = state
    this.#init.onChange?.(this)
  }
}

/** The ids of PCIe root ports with nothing plugged in (q35); empty on a machine without them. */
async function freeRootPorts (q: QmpClient): Promise<string[]> {
  interface PciDevice { qdev_id?: string, class_info?: { desc?: string }, pci_bridge?: { devices?: PciDevice[] } }
  const buses = await q.execute<Array<{ devices: PciDevice[] }>>('query-pci')
  const ids: string[] = []
  const walk = (devices: PciDevice[]): void => {
    for (const d of devices) {
      if (d.pci_bridge === undefined) continue
      const inside = d.pci_bridge.devices ?? []
      if (inside.length === 0 && (d.qdev_id ?? '') !== '' && (d.class_info?.desc ?? '').toLowerCase().includes('bridge')) ids.push(d.qdev_id!)
      walk(inside)
    }
  }
  for (const b of buses) walk(b.devices)
  // PCIe root ports only: a conventional PCI bridge without SHPC cannot take a hotplugged device
  const ports: string[] = []
  for (const id of ids) {
    const type = await q.execute<string>('qom-get', { path: `/machine/peripheral/${id}`, property: 'type' }).catch(() => '')
    if (/root-port/.test(type)) ports.push(id)
  }
  return ports
}

/** device_del, then QEMU's DEVICE_DELETED once the guest released it; a device already gone is fine. */
async function detachDevice (q: QmpClient, id: string, timeoutMs: number): Promise<void> {
  const deleted = waitFor(q, e => e.event === 'DEVICE_DELETED' && e.data.device === id, timeoutMs)
  deleted.catch(() => {})
  try {
    await q.execute('device_del', { id })
  } catch (err) {
    if (/not found/i.test((err as Error).message)) return
    throw err
  }
  await deleted.catch(() => {
    throw new RecoveryError('ERR_RECOVERY_DETACH_TIMEOUT', `the guest did not release device ${id} within ${timeoutMs / 1000} s (DEVICE_DELETED never came): does its OS handle PCI hot-unplug? Stop it from inside the guest, or shut the VM down, then \`recover stop\` again`)
  })
}

function waitFor (q: QmpClient, match: (e: QmpEvent) => boolean, timeoutMs: number): Promise<QmpEvent> {
  return new Promise((resolve, reject) => {
    const onEvent = (e: QmpEvent): void => {
      if (!match(e)) return
      clearTimeout(timer)
      q.off('event', onEvent)
      resolve(e)
    }
    const timer = setTimeout(() => { q.off('event', onEvent); reject(new Error('timed out')) }, timeoutMs)
    q.on('event', onEvent)
  })
}
