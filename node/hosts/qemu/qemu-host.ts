/**
 * @packageDocumentation
 * The QEMU host connector: one QEMU process (qemu-system-x86_64 with its VM, or
 * qemu-storage-daemon holding disks) reached over QMP. See qemu-inventory.ts for how VMs and
 * disks are read, qemu-cbt.ts for changed block tracking, qemu-record.ts for the state folder.
 *
 * Snapshot, for all disks of the VM in ONE QMP transaction (one point in time for the VM):
 * - kind 'overlay' (default): a qcow2 overlay per disk (`blockdev-add`, then `blockdev-snapshot`
 *   in the transaction); guest writes go to the overlay, the base image becomes read-only and is
 *   what `disks[].file` names (direct reads), and the base node is also exported read-only over
 *   NBD. Release commits the overlay back (active block-commit) and deletes it.
 * - kind 'fleece': a temp qcow2 per disk backed by the live node, filled by a
 *   `blockdev-backup sync=none` job (copy-before-write) started in the transaction; only the NBD
 *   export of the fleece node shows the point in time (`disks[].file` is ''). Release cancels the
 *   job and deletes the image.
 * - CBT (qemu-cbt.ts): the bitmap rotation is part of the same transaction; the frozen bitmap is
 *   exported with the view so an NBD client reads `qemu:dirty-bitmap:<cbt_bitmap>`.
 * The NBD server is started at `HostSpec.nbd` (default `unix:<QMP socket>.nbd`) unless one runs.
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
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { constants as fsConstants } from 'node:fs'
import { access, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import type { CbtBase, DiskInfo, HostSpec, SnapshotReply, VmInfo } from '../../../proto/index.ts'
import { QmpClient, QmpError, parseQmpAddress, type QmpAddress } from './qmp.ts'
import { HostError, type HostConnector, type SnapshotOptions } from '../host.ts'
import { planCbt, releaseCbt, type CbtPlan } from './cbt.ts'
import { OWN_PREFIX, bitmapsOf, queryNodes, readQemuVm, type QemuBitmap, type QemuBlockNode, type QemuVm } from './inventory.ts'
import { SAFE_ID, SnapshotRecords, type DiskRecord, type QemuSnapshotRecord } from './vm-record.ts'
import { cancelJob, commitOverlay, deleteExport, deleteNode } from './teardown.ts'

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

/** The default NBD port for a host registered with a tcp QMP address and no NBD address. */
const NBD_PORT = 10809

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
  readonly #qemuImg: string
  readonly #connectTimeoutMs: number
  readonly #jobTimeoutMs: number
  readonly #eventTimeoutMs: number
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
      : this.#qmp.type === 'unix' ? `unix:${this.#qmp.path}.nbd` : `tcp:${this.#qmp.host}:${NBD_PORT}`
    if (parseNbd(nbd) === undefined) throw bad(`has NBD address "${nbd}"; use unix:PATH or tcp:HOST:PORT`)
    this.nbd = nbd
    this.spec = { name: this.#name, type: 'qemu', path: spec.path ?? '', qmp, nbd: spec.nbd ?? '' }
    const base = options.stateDir ?? (this.#qmp.type === 'unix' ? dirname(this.#qmp.path) : tmpdir())
    const key = this.#qmp.type === 'unix' ? basename(this.#qmp.path) : `tcp-${this.#qmp.host}-${this.#qmp.port}`
    this.records = new SnapshotRecords(join(base, 'meshbackup', slug(key), 'snapshots'))
    this.#qemuImg = options.qemuImg ?? 'qemu-img'
    this.#connectTimeoutMs = options.connectTimeoutMs ?? 30_000
    this.#jobTimeoutMs = options.jobTimeoutMs ?? 3_600_000
    this.#eventTimeoutMs = options.eventTimeoutMs ?? 30_000
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
      this.problems = [this.#hostError(err, 'probe')]
      return []
    }
  }

  async inventory (): Promise<VmInfo[]> {
    const vm = await this.#session('inventory', async qmp => (await readQemuVm(qmp, this.#name)).vm)
    this.problems = []
    return [{
      name: vm.name,
      uuid: vm.uuid,
      state: vm.state,
      disks: vm.disks.map(d => ({ index: d.index, name: d.name, size: d.size, format: d.format, file: d.file, node: d.node, bitmaps: d.bitmaps.map(bitmapInfo) }))
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
    return await this.#session('snapshot', async qmp => await this.#snapshot(qmp, vm, sessionId, kind, options.bases ?? [], options.cbt !== false), vm)
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
    await this.#session('release', async qmp => { await this.#teardown(qmp, record, failed) }, vm)
    await this.records.remove(snapshotId)
  }

  async leftovers (): Promise<string[]> {
    try {
      return await this.records.list()
    } catch (err) {
      throw new HostError('ERR_HOST_UNREACHABLE', `cannot list snapshots of host "${this.#name}" in ${this.records.folder} (${errorText(err)})`, { host: this.#name, file: this.records.folder, cause: err })
    }
  }

  async #snapshot (qmp: QmpClient, vmName: string, sessionId: string, kind: 'overlay' | 'fleece', bases: CbtBase[], cbt: boolean): Promise<SnapshotReply> {
    const { vm } = await readQemuVm(qmp, this.#name)
    if (vm.name !== vmName) throw this.#noSuchVm(vmName, vm)
    if (vm.disks.length === 0) {
      throw new HostError('ERR_SNAPSHOT_FAILED', `VM "${vmName}" on host "${this.#name}" has no disks to snapshot`, { host: this.#name, vm: vmName })
    }
    const open = []
    for (const id of await this.records.list()) {
      const r = await this.records.read(id)
      if (r === undefined || r.vm === vmName) open.push(id)
    }
    if (open.length > 0) {
      throw new HostError('ERR_SNAPSHOT_EXISTS',
        `VM "${vmName}" on host "${this.#name}" still has snapshot ${open.join(', ')} (in ${this.records.folder}); release it first (the snapshot hunter does this at the start of a session)`,
        { host: this.#name, vm: vmName })
    }

    const token = randomBytes(4).toString('hex')
    const id = `${sessionId}-${slug(vmName)}-${token}`
    const dir = this.records.dir(id)
    const plans = new Map<number, CbtPlan>()
    const disks: DiskRecord[] = vm.disks.map(d => {
      const base = bases.find(b => (b.disk ?? 0) === d.index)?.bitmap ?? ''
      const plan = planCbt({ disk: d.name, format: d.format, bitmaps: d.bitmaps, base, sessionId, enabled: cbt, token })
      plans.set(d.index, plan)
      const n = `${OWN_PREFIX}${token}-${d.index}`
      const image = join(dir, `${d.index}-${slug(d.name)}.${kind}.qcow2`)
      const made = { node: `${n}-${kind === 'overlay' ? 'o' : 'f'}`, fileNode: `${n}-${kind === 'overlay' ? 'of' : 'ff'}`, file: image, job: `${n}-${kind === 'overlay' ? 'commit' : 'fleece'}` }
      return {
        index: d.index,
        name: d.name,
        node: d.node,
        file: d.file,
        format: d.format,
        size: d.size,
        ...(kind === 'overlay' ? { overlay: made } : { fleece: made }),
        export: { id: n, name: n },
        ...(plan.add === undefined ? {} : { cbt: { frozen: plan.freeze ?? '', next: plan.add, reason: plan.reason, removed: plan.remove } })
      }
    })
    const record: QemuSnapshotRecord = {
      format: 1, id, host: this.#name, qmp: this.spec.qmp ?? '', vm: vmName, sessionId, createdAt: new Date().toISOString(), kind, state: 'creating', nbd: this.nbd, disks
    }
    let step = 'record the snapshot'
    try {
      await this.records.write(record)
      step = 'create the images'
      for (const d of disks) {
        const made = d.overlay ?? d.fleece!
        // an overlay's header names its base, so it can be reopened and committed after a crash
        const backing = d.overlay !== undefined && !d.file.startsWith('json:') ? ['-b', d.file, '-F', d.format, '-u'] : []
        await run(this.#qemuImg, ['create', '-q', '-f', 'qcow2', ...backing, made.file, String(d.size)])
      }
      step = 'add the image nodes'
      for (const d of disks) {
        const made = d.overlay ?? d.fleece!
        await qmp.execute('blockdev-add', {
          driver: 'qcow2',
          'node-name': made.node,
          file: { driver: 'file', 'node-name': made.fileNode, filename: made.file },
          backing: d.overlay !== undefined ? null : d.node
        })
      }
      step = 'remove unusable bitmaps'
      for (const d of disks) {
        for (const name of plans.get(d.index)!.remove) await qmp.execute('block-dirty-bitmap-remove', { node: d.node, name })
      }
      step = 'start the NBD server'
      await this.#startNbd(qmp)
      step = 'take the point in time (transaction)'
      const actions: unknown[] = []
      for (const d of disks) {
        const plan = plans.get(d.index)!
        if (plan.add !== undefined) actions.push({ type: 'block-dirty-bitmap-add', data: { node: d.node, name: plan.add, persistent: true } })
        if (plan.freeze !== undefined) actions.push({ type: 'block-dirty-bitmap-disable', data: { node: d.node, name: plan.freeze } })
        actions.push(d.overlay !== undefined
          ? { type: 'blockdev-snapshot', data: { node: d.node, overlay: d.overlay.node } }
          : { type: 'blockdev-backup', data: { 'job-id': d.fleece!.job, device: d.node, target: d.fleece!.node, sync: 'none' } })
      }
      await qmp.execute('transaction', { actions })
      record.state = 'taken'
      await this.records.write(record)
      step = 'export the view over NBD'
      for (const d of disks) {
        const frozen = d.cbt?.frozen ?? ''
        await qmp.execute('block-export-add', {
          type: 'nbd',
          id: d.export!.id,
          name: d.export!.name,
          'node-name': d.overlay !== undefined ? d.node : d.fleece!.node,
          writable: false,
          ...(frozen === '' ? {} : { bitmaps: [frozen] })
        })
      }
      record.state = 'ready'
      await this.records.write(record)
    } catch (err) {
      const cause = err
      try {
        await this.#teardown(qmp, record, true)
        await this.records.remove(id)
      } catch (cleanupErr) {
        throw this.#hostError(cause, `snapshot (${step}); cleaning up also failed (${errorText(cleanupErr)}), snapshot ${id} is left for the snapshot hunter`, vmName)
      }
      throw this.#hostError(cause, `snapshot (${step})`, vmName)
    }

    const nodes = await queryNodes(qmp)
    const warnings: string[] = []
    const out: DiskInfo[] = disks.map(d => {
      const node = nodes.find(n => n['node-name'] === d.node)
      if (kind === 'overlay' && node?.backing_file !== undefined) {
        warnings.push(`disk ${d.index} "${d.name}": ${d.file} has a backing file (${node.backing_file}); a direct read must follow that chain, NBD reads do`)
      }
      return {
        index: d.index,
        name: d.name,
        size: d.size,
        // a fleece view exists only over NBD, which serves raw guest data
        format: kind === 'overlay' ? d.format : 'raw',
        file: kind === 'overlay' ? d.file : '',
        node: kind === 'overlay' ? d.node : d.fleece!.node,
        bitmaps: (node === undefined ? [] : bitmapsOf(node)).map(bitmapInfo),
        nbd: this.nbd,
        exportName: d.export!.name,
        cbtBitmap: d.cbt?.frozen ?? '',
        cbtReason: d.cbt?.reason ?? plans.get(d.index)!.reason,
        cbtNext: d.cbt?.next ?? ''
      }
    })
    return { snapshotId: id, disks: out, guarantee: 'crash-consistent', warnings }
  }

  /** Starts the NBD server at this.nbd, or reuses the one running. */
  async #startNbd (qmp: QmpClient): Promise<void> {
    const a = parseNbd(this.nbd)!
    const addr = a.type === 'unix'
      ? { type: 'unix', data: { path: a.path } }
      : { type: 'inet', data: { host: a.host, port: String(a.port) } }
    try {
      await qmp.execute('nbd-server-start', { addr })
    } catch (err) {
      if (err instanceof QmpError && err.errorClass === 'GenericError' && /already running/i.test(err.desc ?? '')) return
      throw err
    }
  }

  /**
   * Removes what the record lists, in order (exports, fleece jobs, overlays by commit, nodes,
   * bitmaps, images); each step is idempotent and the others run even if one fails.
   */
  async #teardown (qmp: QmpClient, record: QemuSnapshotRecord, failed: boolean): Promise<void> {
    const problems: unknown[] = []
    // disks whose view could not be taken down keep their bitmaps as they are, for the retry
    const stuck = new Set<number>()
    const step = async (disk: number | undefined, fn: () => Promise<void>): Promise<void> => {
      try {
        await fn()
      } catch (err) {
        if (err instanceof QmpError && (err.code === 'ERR_QMP_CLOSED' || err.code === 'ERR_QMP_PROTOCOL')) throw err
        problems.push(err)
        if (disk !== undefined) stuck.add(disk)
      }
    }
    for (const d of record.disks) {
      if (d.export !== undefined) await step(d.index, async () => { await deleteExport(qmp, d.export!.id, this.#eventTimeoutMs) })
    }
    for (const d of record.disks) {
      if (d.fleece === undefined) continue
      await step(d.index, async () => {
        await cancelJob(qmp, d.fleece!.job, this.#jobTimeoutMs)
        await deleteNode(qmp, d.fleece!.node, await queryNodes(qmp))
      })
    }
    for (const d of record.disks) {
      if (d.overlay === undefined) continue
      await step(d.index, async () => {
        const o = d.overlay!
        const nodes = await queryNodes(qmp)
        // after a QEMU restart from the overlay, the overlay has another node name: find it by file
        const node = nodes.find(n => n['node-name'] === o.node) ??
          nodes.find(n => n.drv === 'qcow2' && n.backing_file !== undefined && opens(n, o.file))
        if (node === undefined) return
        if (node.backing_file !== undefined) await commitOverlay(qmp, node['node-name'], o.job, this.#jobTimeoutMs)
        await deleteNode(qmp, node['node-name'], nodes)
      })
    }
    const effectiveFailure = failed || record.state === 'creating'
    for (const d of record.disks) {
      if (d.cbt === undefined || stuck.has(d.index)) continue
      await step(d.index, async () => {
        const node = (await queryNodes(qmp)).find(n => n['node-name'] === d.node)
        if (node === undefined) return
        for (const s of releaseCbt(d.cbt!.frozen, d.cbt!.next, bitmapsOf(node), effectiveFailure)) {
          if (s.op === 'remove') {
            await qmp.execute('block-dirty-bitmap-remove', { node: d.node, name: s.name })
          } else {
            await qmp.execute('transaction', {
              actions: [
                ...(s.enable ? [{ type: 'block-dirty-bitmap-enable', data: { node: d.node, name: s.target } }] : []),
                { type: 'block-dirty-bitmap-merge', data: { node: d.node, target: s.target, bitmaps: [s.source] } },
                { type: 'block-dirty-bitmap-remove', data: { node: d.node, name: s.source } }
              ]
            })
          }
        }
      })
    }
    const nodes = await queryNodes(qmp)
    for (const d of record.disks) {
      const file = (d.overlay ?? d.fleece)?.file
      if (file === undefined) continue
      await step(undefined, async () => {
        const user = nodes.find(n => opens(n, file))
        if (user !== undefined) {
          throw new HostError('ERR_RELEASE_FAILED',
            `${file} is still open in QEMU as node "${user['node-name']}"; it was kept. Remove that node (blockdev-del) and release again`,
            { host: this.#name, vm: record.vm, file })
        }
        await rm(file, { force: true })
      })
    }
    if (problems.length > 0) {
      const first = problems[0]
      const text = problems.map(p => p instanceof Error ? p.message : String(p)).join('; ')
      if (first instanceof HostError) throw first
      const locked = problems.some(isLockError)
      throw new HostError(locked ? 'ERR_DISK_LOCKED' : 'ERR_RELEASE_FAILED',
        locked
          ? `releasing snapshot ${record.id} of VM "${record.vm}" on host "${this.#name}": an image is locked by another process (${text}). Close whatever else has the image open (a qemu-img/qemu-nbd without -U?), then release again; the guest keeps running on the overlay meanwhile`
          : `releasing snapshot ${record.id} of VM "${record.vm}" on host "${this.#name}" did not finish (${text}); it stays in ${this.records.folder} and release can be run again`,
        { host: this.#name, vm: record.vm, cause: first })
    }
  }

  /** Runs fn with a fresh QMP connection, one call at a time per QemuHost. */
  async #session<T> (what: string, fn: (qmp: QmpClient) => Promise<T>, vm?: string): Promise<T> {
    const run = async (): Promise<T> => {
      let qmp: QmpClient
      try {
        qmp = await QmpClient.connect(this.spec.qmp!, { connectTimeoutMs: this.#connectTimeoutMs })
      } catch (err) {
        throw this.#hostError(err, what, vm)
      }
      try {
        return await fn(qmp)
      } catch (err) {
        if (err instanceof HostError) throw err
        throw this.#hostError(err, what, vm)
      } finally {
        await qmp.close()
      }
    }
    const result = this.#queue.then(run, run)
    this.#queue = result.catch(() => {})
    return await result
  }

  #noSuchVm (vm: string, found: QemuVm): HostError {
    return new HostError('ERR_NO_SUCH_VM',
      `no VM named "${vm}" on QEMU host "${this.#name}" (${this.spec.qmp}), which runs "${found.name}"; check the job's VM list or the host's QMP address`,
      { host: this.#name, vm })
  }

  /** Maps a failure to a HostError whose message tells the operator what to do. */
  #hostError (err: unknown, what: string, vm?: string): HostError {
    if (err instanceof HostError) return err
    const qmp = this.spec.qmp ?? ''
    if (err instanceof QmpError) {
      if (err.code === 'ERR_QMP_UNREACHABLE') {
        return new HostError('ERR_QMP_UNREACHABLE',
          `QEMU host "${this.#name}": ${err.message}. Start the QEMU process, or register the host with the QMP socket it listens on (--qmp ${qmp} is what is registered)`,
          { host: this.#name, vm, cause: err })
      }
      if (err.code === 'ERR_QMP_CLOSED' || err.code === 'ERR_QMP_PROTOCOL') {
        return new HostError('ERR_NO_SUCH_VM',
          `QEMU host "${this.#name}" (${qmp}) went away during ${what}${vm === undefined ? '' : ` of VM "${vm}"`} (${err.message}); check whether the VM was stopped or QEMU crashed, then retry`,
          { host: this.#name, vm, cause: err })
      }
      const detail = err.errorClass === undefined ? err.message : `${err.command ?? 'QMP'}: ${err.errorClass}: ${err.desc ?? ''}`
      if (isLockError(err)) {
        return new HostError('ERR_DISK_LOCKED',
          `${what} of VM "${vm ?? ''}" on QEMU host "${this.#name}" failed: an image is locked by another process (${detail}); close the other user of the image (qemu-img/qemu-nbd without -U, a second QEMU) and retry`,
          { host: this.#name, vm, cause: err })
      }
      return new HostError(failureCode(what),
        `${what} of VM "${vm ?? ''}" on QEMU host "${this.#name}" failed: ${detail}. Check the QEMU process's log; release any leftover snapshot and retry`,
        { host: this.#name, vm, cause: err })
    }
    return new HostError(failureCode(what),
      `${what} of VM "${vm ?? ''}" on QEMU host "${this.#name}" failed: ${errorText(err)}. Check free space and permissions in ${dirname(this.records.folder)}`,
      { host: this.#name, vm, cause: err })
  }
}

function bitmapInfo (b: QemuBitmap): { name: string, persistent: boolean, recording: boolean, inconsistent: boolean, busy: boolean, granularity: number, count: number } {
  return { name: b.name, persistent: b.persistent, recording: b.recording, inconsistent: b.inconsistent === true, busy: b.busy, granularity: b.granularity, count: b.count }
}

/** Whether the node has `file` open (as its own file, or inside a json: filename). */
function opens (n: QemuBlockNode, file: string): boolean {
  return n.file === file || n.image.filename === file || n.file.includes(JSON.stringify(file))
}

function failureCode (what: string): string {
  if (what.startsWith('snapshot')) return 'ERR_SNAPSHOT_FAILED'
  if (what.startsWith('release')) return 'ERR_RELEASE_FAILED'
  return 'ERR_HOST_FAILED'
}

function isLockError (err: unknown): boolean {
  const text = err instanceof QmpError ? `${err.desc ?? ''} ${err.message}` : err instanceof Error ? err.message : ''
  return /Failed to get .*lock|another process using the image/i.test(text)
}

function parseNbd (address: string): QmpAddress | undefined {
  try {
    return parseQmpAddress(address)
  } catch {
    return undefined
  }
}

async function run (cmd: string, args: string[]): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    execFile(cmd, args, { timeout: 60_000 }, (err, _stdout, stderr) => {
      if (err === null) resolve()
      else reject(new Error(`${cmd} ${args.join(' ')}: ${String(stderr).trim() || err.message}`, { cause: err }))
    })
  })
}

async function exists (path: string): Promise<boolean> {
  return await stat(path).then(() => true, () => false)
}

async function canRead (file: string): Promise<boolean> {
  if (file === '' || file.startsWith('json:')) return false
  return await access(file, fsConstants.R_OK).then(() => true, () => false)
}

// the same as the file host's, so both name snapshots `<session>-<slug(vm)>-<8 hex>`
function slug (s: string): string {
  return s.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64) || '_'
}

function errorText (err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code
  if (err instanceof Error) return typeof code === 'string' && !err.message.includes(code) ? `${code}: ${err.message}` : err.message
  return String(err)
}

