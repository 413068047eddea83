/**
 * @packageDocumentation
 * The QEMU host connector: one QEMU process (qemu-system-x86_64 with its VM, or
 * qemu-storage-daemon holding disks) reached over QMP. QemuHost is the facade: it checks each
 * call, holds the QMP session and answers probe and inventory; the work lives beside it —
 * inventory.ts (how VMs and disks are read), take-snapshot.ts (the point in time, its kinds and
 * exports), release-snapshot.ts (giving it back), cbt.ts (changed block tracking), vm-record.ts
 * (the state folder), nbd-server.ts (where the views are served), qemu-host-error.ts (what a
 * failure tells the operator).
 *
 * Snapshot, for all disks of the VM in ONE QMP transaction (one point in time for the VM), as a
 * qcow2 overlay (kind 'overlay', default) or a fleecing image (kind 'fleece'); see take-snapshot.ts.
 *
 * Everything a snapshot creates is written to its record first, so release() (always safe,
 * idempotent, also after a crash of QEMU or of this node) and leftovers() work from the record.
 * One snapshot per VM at a time: another is refused (ERR_SNAPSHOT_EXISTS) until it is released.
 *
 * Errors (HostError codes): ERR_BAD_HOST_SPEC, ERR_QMP_UNREACHABLE (the QMP address is named),
 * ERR_NO_SUCH_VM (another VM runs there, or QEMU went away mid-call), ERR_DISK_LOCKED (an image
 * is locked by another process), ERR_SNAPSHOT_FAILED (QEMU's class and desc in the message, the
 * QmpError as cause), ERR_SNAPSHOT_EXISTS, ERR_RELEASE_FAILED (the record stays; run release
 * again), ERR_BAD_SESSION_ID, ERR_BAD_SNAPSHOT_ID, ERR_HOST_FAILED (inventory/probe QMP errors).
 *
 * QEMU serves one client per QMP socket: each call opens the monitor, works, and closes it, so
 * calls from every QemuHost on that socket run one after the other (this is what makes the
 * "one snapshot per VM" check safe across proxies). Give meshbackup a QMP socket of its own (a
 * second `-qmp`) so it never waits behind another management client.
 *
 * `guarantee` is "crash-consistent": the view is the VM's disks at one instant, as after a power
 * cut (application consistency comes from guest processing before the snapshot).
 *
 * @example
 * ```ts
 * const host = new QemuHost({ name: 'kvm1', type: 'qemu', qmp: 'unix:/run/vm1.qmp' })
 * const [vm] = await host.inventory()
 * const snap = await host.snapshot(vm.name!, 'session-42', { kind: 'overlay', bases: [{ disk: 0, bitmap: 'mb-session-41-disk0' }] })
 * try { // read snap.disks[i].file directly, or snap.disks[i].exportName from the NBD server at snap.disks[i].nbd
 * } finally { await host.release(vm.name!, snap.snapshotId!, false) }
 * ```
 */
import { constants as fsConstants } from 'node:fs'
import { access, readdir, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import type { HostSpec, SnapshotReply, VmInfo } from '../../../proto/index.ts'
import { QmpClient, parseQmpAddress, type QmpAddress } from './qmp.ts'
import { HostError, type HostConnector, type SnapshotOptions } from '../host.ts'
import { bitmapInfo, readQemuVm } from './inventory.ts'
import { readVmConfig } from './vm-config.ts'
import { defaultNbdAddress, parseNbd } from './nbd-server.ts'
import { errorText, qemuHostError } from './qemu-host-error.ts'
import { releaseSnapshot } from './release-snapshot.ts'
import { imageOptions, takeSnapshot, type SnapshotContext } from './take-snapshot.ts'
import { SAFE_ID, SnapshotRecords, slug } from './vm-record.ts'
import { SpareImages } from './spare-images.ts'

export interface QemuHostOptions {
  /** folder under which `meshbackup/<host key>/` holds records and overlays; default the QMP socket's folder (tcp: os.tmpdir()) */
  stateDir?: string
  /** the qemu-img program (default 'qemu-img' on PATH) */
  qemuImg?: string
  /** ms to connect to the monitor and get its greeting (30 000): it waits while another client holds it */
  connectTimeoutMs?: number
  /** ms a commit or a job cancel may take (1 hour) */
  jobTimeoutMs?: number
  /** ms for an export to be deleted (30 000) */
  eventTimeoutMs?: number
}

/** A host that is one QEMU process. */
export class QemuHost implements HostConnector {
  readonly spec: HostSpec
  problems: readonly HostError[] = []
  /** the host's snapshot records */
  readonly records: SnapshotRecords
  /** where the host's NBD server listens: unix:PATH or tcp:HOST:PORT */
  readonly nbd: string
  readonly #name: string
  readonly #qmp: QmpAddress
  readonly #connectTimeoutMs: number
  /** what taking and releasing a snapshot need of this host */
  readonly #host: SnapshotContext
  #queue: Promise<unknown> = Promise.resolve()

  constructor (spec: HostSpec, options: QemuHostOptions = {}) {
    this.#name = spec.name ?? ''
    const qmp = spec.qmp ?? ''
    const bad = (what: string): HostError => new HostError('ERR_BAD_HOST_SPEC', `QEMU host "${this.#name}" ${what}`, { host: this.#name })
    if (qmp === '') throw bad('has no QMP address; register it with --qmp unix:PATH (or tcp:HOST:PORT) of the QEMU process')
    try {
      this.#qmp = parseQmpAddress(qmp)
    } catch {
      throw bad(`has QMP address "${qmp}"; use unix:PATH or tcp:HOST:PORT`)
    }
    const nbd = spec.nbd != null && spec.nbd !== ''
      ? spec.nbd
      : defaultNbdAddress(this.#qmp)
    if (parseNbd(nbd) === undefined) throw bad(`has NBD address "${nbd}"; use unix:PATH or tcp:HOST:PORT`)
    this.nbd = nbd
    this.spec = { name: this.#name, type: 'qemu', path: spec.path ?? '', qmp, nbd: spec.nbd ?? '' }
    this.records = new SnapshotRecords(join(qemuStateDir(this.#qmp, options.stateDir), 'snapshots'))
    this.#connectTimeoutMs = options.connectTimeoutMs ?? 30_000
    this.#host = {
      name: this.#name,
      qmp,
      nbd,
      records: this.records,
      qemuImg: options.qemuImg ?? 'qemu-img',
      spares: new SpareImages(join(qemuStateDir(this.#qmp, options.stateDir), 'spares'), options.qemuImg ?? 'qemu-img'),
      jobTimeoutMs: options.jobTimeoutMs ?? 3_600_000,
      eventTimeoutMs: options.eventTimeoutMs ?? 30_000
    }
  }

  async probe (): Promise<string[]> {
    try {
      const vm = await this.#session('probe', async qmp => (await readQemuVm(qmp, this.#name)).vm)
      this.problems = []
      const modes: string[] = []
      const readable = await Promise.all(vm.disks.map(async d => await canRead(d.file)))
      if (vm.disks.length > 0 && readable.every(Boolean)) modes.push('direct')
      const nbd = parseNbd(this.nbd)!
      // a unix NBD socket on this machine, or its folder (the server starts there at the first snapshot)
      if (nbd.type === 'unix' && (await exists(nbd.path) || await exists(dirname(nbd.path)))) modes.push('hotadd')
      if (nbd.type === 'tcp') modes.push('nbd')
      return modes
    } catch (err) {
      this.problems = [qemuHostError(this.#host, err, 'probe')]
      return []
    }
  }

  async inventory (): Promise<VmInfo[]> {
    const { vm, config } = await this.#session('inventory', async qmp => {
      const vm = (await readQemuVm(qmp, this.#name)).vm
      return { vm, config: vm.kind === 'vm' ? await readVmConfig(qmp, vm.disks).catch(() => undefined) : undefined }
    })
    this.problems = []
    return [{
      name: vm.name,
      uuid: vm.uuid,
      state: vm.state,
      disks: vm.disks.map(d => ({ index: d.index, name: d.name, size: d.size, format: d.format, file: d.file, node: d.node, bitmaps: d.bitmaps.map(bitmapInfo) })),
      config
    }]
  }

  async snapshot (vm: string, sessionId: string, options: SnapshotOptions = {}): Promise<SnapshotReply> {
    if (!SAFE_ID.test(sessionId)) {
      throw new HostError('ERR_BAD_SESSION_ID',
        `session id "${sessionId}" cannot name a snapshot on host "${this.#name}": use letters, digits, ".", "_" and "-" only`,
        { host: this.#name, vm })
    }
    const kind = options.kind ?? 'overlay'
    if (kind !== 'overlay' && kind !== 'fleece') {
      throw new HostError('ERR_SNAPSHOT_FAILED', `snapshot kind "${String(kind)}" is unknown; use "overlay" or "fleece"`, { host: this.#name, vm })
    }
    return await this.#session('snapshot', async qmp => await takeSnapshot(qmp, this.#host, vm, sessionId, kind, options.bases ?? [], options.cbt !== false), vm)
  }

  async release (vm: string, snapshotId: string, failed: boolean): Promise<void> {
    if (!SAFE_ID.test(snapshotId)) {
      throw new HostError('ERR_BAD_SNAPSHOT_ID', `"${snapshotId}" is not a snapshot id of host "${this.#name}"; pass the id snapshot() returned`, { host: this.#name, vm })
    }
    const record = await this.records.read(snapshotId)
    if (record === undefined) {
      // released already, or a crash before the record was first written (nothing was made yet)
      const left = await readdir(this.records.dir(snapshotId)).catch(() => [] as string[])
      if (left.some(f => !f.startsWith('snapshot.json'))) {
        throw new HostError('ERR_RELEASE_FAILED',
          `snapshot ${snapshotId} of host "${this.#name}" has no readable record but still holds ${left.join(', ')} in ${this.records.dir(snapshotId)}; ` +
          'check with query-named-block-nodes that QEMU no longer uses them, then delete the folder', { host: this.#name, vm, file: this.records.dir(snapshotId) })
      }
      await this.records.remove(snapshotId)
      return
    }
    if (record.vm !== vm) {
      throw new HostError('ERR_BAD_SNAPSHOT_ID', `snapshot ${snapshotId} on host "${this.#name}" belongs to VM "${record.vm}", not "${vm}"`, { host: this.#name, vm })
    }
    await this.#session('release', async qmp => { await releaseSnapshot(qmp, this.#host, record, failed) }, vm)
    await this.records.remove(snapshotId)
    // the next snapshot of these disks finds its images made (here, not after the snapshot:
    // starting qemu-img costs this process some 30 ms, which the snapshot's reply and the task
    // reading the disk should not wait for)
    for (const d of record.disks) this.#host.spares.prepare(imageOptions(d), d.size)
  }

  async leftovers (): Promise<string[]> {
    try {
      return await this.records.list()
    } catch (err) {
      throw new HostError('ERR_HOST_UNREACHABLE', `cannot list snapshots of host "${this.#name}" in ${this.records.folder} (${errorText(err)})`, { host: this.#name, file: this.records.folder, cause: err })
    }
  }

  /** Runs fn with a fresh QMP connection, one call at a time per QemuHost. */
  async #session<T> (what: string, fn: (qmp: QmpClient) => Promise<T>, vm?: string): Promise<T> {
    const run = async (): Promise<T> => {
      let qmp: QmpClient
      try {
        qmp = await QmpClient.connect(this.spec.qmp!, { connectTimeoutMs: this.#connectTimeoutMs })
      } catch (err) {
        throw qemuHostError(this.#host, err, what, vm)
      }
      try {
        return await fn(qmp)
      } catch (err) {
        if (err instanceof HostError) throw err
        throw qemuHostError(this.#host, err, what, vm)
      } finally {
        await qmp.close()
      }
    }
    const result = this.#queue.then(run, run)
    this.#queue = result.catch(() => {})
    return await result
  }
}

/**
 * The host's state folder, `<stateDir>/meshbackup/<host key>/`: snapshot records and overlays
 * (`snapshots/`), images made ahead for the next snapshot (`spares/`, spare-images.ts),
 * instantly recovered VMs (`recoveries/`). stateDir defaults to the QMP socket's
 * folder (tcp: os.tmpdir()).
 */
export function qemuStateDir (qmp: QmpAddress, stateDir?: string): string {
  const base = stateDir ?? (qmp.type === 'unix' ? dirname(qmp.path) : tmpdir())
  const key = qmp.type === 'unix' ? basename(qmp.path) : `tcp-${qmp.host}-${qmp.port}`
  return join(base, 'meshbackup', slug(key))
}

async function exists (path: string): Promise<boolean> {
  return await stat(path).then(() => true, () => false)
}

async function canRead (file: string): Promise<boolean> {
  if (file === '' || file.startsWith('json:')) return false
  return await access(file, fsConstants.R_OK).then(() => true, () => false)
}

