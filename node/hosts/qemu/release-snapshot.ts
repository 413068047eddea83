/**
 * @packageDocumentation
 * Giving a QEMU snapshot back, from its record alone (so also after a crash of QEMU or of this
 * node): the NBD exports go, fleece jobs are cancelled, overlays are committed back into their
 * base, the made nodes and images are deleted, and the CBT bitmaps are put back as cbt.ts decides
 * (kept for an incremental after a failure). Each step is idempotent, so release can be run again
 * until it finishes.
 *
 * @example
 * ```ts
 * const record = await host.records.read(snapshotId)
 * if (record !== undefined) await releaseSnapshot(qmp, host, record, false)
 * ```
 */
import { rm } from 'node:fs/promises'
import { HostError } from '../host.ts'
import { releaseCbt } from './cbt.ts'
import { bitmapsOf, queryNodes, type QemuBlockNode } from './inventory.ts'
import { isLockError, type FailureContext } from './qemu-host-error.ts'
import { QmpError, type QmpClient } from './qmp.ts'
import { cancelJob, commitOverlay, deleteExport, deleteNode } from './teardown.ts'
import type { QemuSnapshotRecord, SnapshotRecords } from './vm-record.ts'

/** What a release needs of its QemuHost. */
export interface ReleaseContext extends FailureContext {
  records: SnapshotRecords
  /** ms a commit or a job cancel may take */
  jobTimeoutMs: number
  /** ms for an export to be deleted */
  eventTimeoutMs: number
}

/**
 * Removes what the record lists, in order (exports, fleece jobs, overlays by commit, nodes,
 * bitmaps, images); each step is idempotent and the others run even if one fails.
 */
export async function releaseSnapshot (qmp: QmpClient, host: ReleaseContext, record: QemuSnapshotRecord, failed: boolean): Promise<void> {
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
    if (d.export !== undefined) await step(d.index, async () => { await deleteExport(qmp, d.export!.id, host.eventTimeoutMs) })
  }
  for (const d of record.disks) {
    if (d.fleece === undefined) continue
    await step(d.index, async () => {
      await cancelJob(qmp, d.fleece!.job, host.jobTimeoutMs)
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
      if (node.backing_file !== undefined) await commitOverlay(qmp, node['node-name'], o.job, host.jobTimeoutMs)
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
          { host: host.name, vm: record.vm, file })
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
        ? `releasing snapshot ${record.id} of VM "${record.vm}" on host "${host.name}": an image is locked by another process (${text}). Close whatever else has the image open (a qemu-img/qemu-nbd without -U?), then release again; the guest keeps running on the overlay meanwhile`
        : `releasing snapshot ${record.id} of VM "${record.vm}" on host "${host.name}" did not finish (${text}); it stays in ${host.records.folder} and release can be run again`,
      { host: host.name, vm: record.vm, cause: first })
  }
}

/** Whether the node has `file` open (as its own file, or inside a json: filename). */
function opens (n: QemuBlockNode, file: string): boolean {
  return n.file === file || n.image.filename === file || n.file.includes(JSON.stringify(file))
}
