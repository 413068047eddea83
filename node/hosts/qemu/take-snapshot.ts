/**
 * @packageDocumentation
 * Taking a QEMU snapshot (QemuHost.snapshot does the checks and holds the QMP session).
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
 * - CBT (cbt.ts): the bitmap rotation is part of the same transaction; the frozen bitmap is
 *   exported with the view so an NBD client reads `qemu:dirty-bitmap:<cbt_bitmap>`.
 * The NBD server is started at `HostSpec.nbd` (default `unix:<QMP socket>.nbd`) unless one runs.
 *
 * Everything a snapshot creates is written to its record first (vm-record.ts), so
 * release-snapshot.ts can give it back whatever happened.
 *
 * @example
 * ```ts
 * const reply = await takeSnapshot(qmp, host, 'vm1', 'session-42', 'overlay', [{ disk: 0, bitmap: 'mb-session-41-disk0' }], true)
 * ```
 */
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import type { CbtBase, DiskInfo, SnapshotReply } from '../../../proto/index.ts'
import { HostError } from '../host.ts'
import { planCbt, type CbtPlan } from './cbt.ts'
import { readVmConfig } from './vm-config.ts'
import { OWN_PREFIX, bitmapInfo, bitmapsOf, queryNodes, readQemuVm, type QemuVm } from './inventory.ts'
import { startNbd } from './nbd-server.ts'
import { errorText, qemuHostError } from './qemu-host-error.ts'
import type { QmpClient } from './qmp.ts'
import { releaseSnapshot, type ReleaseContext } from './release-snapshot.ts'
import { slug, type DiskRecord, type QemuSnapshotRecord } from './vm-record.ts'
import type { SpareImages } from './spare-images.ts'

/** What taking a snapshot needs of its QemuHost. */
export interface SnapshotContext extends ReleaseContext {
  /** where the host's NBD server listens: unix:PATH or tcp:HOST:PORT */
  nbd: string
  /** the qemu-img program */
  qemuImg: string
  /** images made ahead, with qemu-img */
  spares: SpareImages
}

/**
 * Takes the snapshot of every disk of `vmName` in one transaction and exports the view, writing
 * the record before each step; on a failure it releases what was made and throws a HostError.
 */
export async function takeSnapshot (qmp: QmpClient, host: SnapshotContext, vmName: string, sessionId: string, kind: 'overlay' | 'fleece', bases: CbtBase[], cbt: boolean): Promise<SnapshotReply> {
  const { vm } = await readQemuVm(qmp, host.name)
  if (vm.name !== vmName) throw noSuchVm(host, vmName, vm)
  if (vm.disks.length === 0) {
    throw new HostError('ERR_SNAPSHOT_FAILED', `VM "${vmName}" on host "${host.name}" has no disks to snapshot`, { host: host.name, vm: vmName })
  }
  const open = []
  for (const id of await host.records.list()) {
    const r = await host.records.read(id)
    if (r === undefined || r.vm === vmName) open.push(id)
  }
  if (open.length > 0) {
    throw new HostError('ERR_SNAPSHOT_EXISTS',
      `VM "${vmName}" on host "${host.name}" still has snapshot ${open.join(', ')} (in ${host.records.folder}); release it first (the snapshot hunter does this at the start of a session)`,
      { host: host.name, vm: vmName })
  }

  // what a recovered VM needs to start, kept in the point; a VM whose config cannot be read is
  // still backed up (the point then starts with the default config)
  const config = vm.kind === 'vm' ? await readVmConfig(qmp, vm.disks).catch(() => undefined) : undefined

  const token = randomBytes(4).toString('hex')
  const id = `${sessionId}-${slug(vmName)}-${token}`
  const dir = host.records.dir(id)
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
    format: 1, id, host: host.name, qmp: host.qmp, vm: vmName, sessionId, createdAt: new Date().toISOString(), kind, state: 'creating', nbd: host.nbd, disks
  }
  let step = 'record the snapshot'
  try {
    await host.records.write(record)
    step = 'create the images'
    for (const d of disks) await host.spares.create(imageOptions(d), (d.overlay ?? d.fleece!).file, d.size)
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
    await startNbd(qmp, host.nbd)
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
    await host.records.write(record)
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
    await host.records.write(record)
  } catch (err) {
    const cause = err
    try {
      await releaseSnapshot(qmp, host, record, true)
      await host.records.remove(id)
    } catch (cleanupErr) {
      throw qemuHostError(host, cause, `snapshot (${step}); cleaning up also failed (${errorText(cleanupErr)}), snapshot ${id} is left for the snapshot hunter`, vmName)
    }
    throw qemuHostError(host, cause, `snapshot (${step})`, vmName)
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
      nbd: host.nbd,
      exportName: d.export!.name,
      cbtBitmap: d.cbt?.frozen ?? '',
      cbtReason: d.cbt?.reason ?? plans.get(d.index)!.reason,
      cbtNext: d.cbt?.next ?? ''
    }
  })
  return { snapshotId: id, disks: out, guarantee: 'crash-consistent', warnings, config }
}

/**
 * qemu-img create's options for a disk's image: an overlay's header names its base (-u: not
 * opened, QEMU holds it), so it can be reopened and committed after a crash; a fleecing target
 * is plain (QEMU sets its backing when adding it).
 */
export function imageOptions (d: DiskRecord): string[] {
  const backing = d.overlay !== undefined && !d.file.startsWith('json:') ? ['-b', d.file, '-F', d.format, '-u'] : []
  return ['-f', 'qcow2', ...backing]
}

function noSuchVm (host: SnapshotContext, vm: string, found: QemuVm): HostError {
  return new HostError('ERR_NO_SUCH_VM',
    `no VM named "${vm}" on QEMU host "${host.name}" (${host.qmp}), which runs "${found.name}"; check the job's VM list or the host's QMP address`,
    { host: host.name, vm })
}
