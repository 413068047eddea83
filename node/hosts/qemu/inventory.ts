/**
 * @packageDocumentation
 * What a QEMU process holds, read over QMP: the VM and its disks (block nodes, images, bitmaps).
 *
 * - qemu-system: one VM per process. Name from `query-name` (the HostSpec name when unset),
 *   uuid from `query-uuid` (a stable one derived from host and VM name when unset), state from
 *   `query-status` (QEMU's word: running, paused, prelaunch, ...). Disks: the block devices of
 *   `query-block` that have a medium, in device order; name = the device id (`-device ...,id=`),
 *   or the node name for an anonymous device.
 * - qemu-storage-daemon (detected by `query-name` answering CommandNotFound): one VM named after
 *   the HostSpec, state "running". Disks: the format nodes (qcow2, raw, ...) of
 *   `query-named-block-nodes` that are not the opened backing image of another format node,
 *   ordered by node name (numbers compared as numbers: d2 before d10; QEMU lists nodes newest
 *   first, which would renumber disks when one is added); name = node name.
 *
 * In both, nodes meshbackup made (names starting "mb-": overlays, fleece images) are not disks:
 * while a snapshot exists a disk keeps its identity (its base node) and the overlay is hidden.
 */
import { createHash } from 'node:crypto'
import type { QmpClient } from './qmp.ts'
import { QmpError } from './qmp.ts'

/** Node names meshbackup creates start with this (bitmaps too: `mb-<session>-<disk>`). */
export const OWN_PREFIX = 'mb-'

/** Image format drivers: a node with one of these is a disk image rather than a protocol or filter node. */
const FORMAT_DRIVERS = new Set(['qcow2', 'raw', 'qed', 'vmdk', 'vdi', 'vpc', 'vhdx', 'luks', 'parallels', 'qcow', 'bochs', 'cloop', 'dmg'])

/** One dirty bitmap as `query-named-block-nodes` reports it. */
export interface QemuBitmap {
  /** absent on a job's internal bitmap (a fleecing backup job has one); such bitmaps are not listed */
  name: string
  recording: boolean
  persistent: boolean
  busy: boolean
  inconsistent?: boolean
  granularity: number
  count: number
}

/** The fields of `query-named-block-nodes` entries meshbackup reads. */
export interface QemuBlockNode {
  'node-name': string
  drv: string
  file: string
  ro: boolean
  /** present only while a backing node is attached */
  backing_file?: string
  image: { filename: string, format: string, 'virtual-size': number, 'full-backing-filename'?: string }
  'dirty-bitmaps'?: QemuBitmap[]
}

/** One disk of the VM. */
export interface QemuDisk {
  index: number
  name: string
  /** the disk's own node (the base while an overlay snapshot exists) */
  node: string
  size: number
  /** the node's driver: qcow2, raw, ... */
  format: string
  file: string
  bitmaps: QemuBitmap[]
  /** qemu-system: the device's QOM path (`query-block`'s qdev), where vm-config.ts reads its model */
  qdev?: string
}

/** The VM a QEMU process holds. */
export interface QemuVm {
  kind: 'vm' | 'qsd'
  name: string
  uuid: string
  state: string
  disks: QemuDisk[]
}

/** Reads the process's VM, its disks and all its block nodes. */
export async function readQemuVm (qmp: QmpClient, hostName: string): Promise<{ vm: QemuVm, nodes: QemuBlockNode[] }> {
  let name: string | undefined
  let kind: 'vm' | 'qsd' = 'vm'
  try {
    name = (await qmp.execute<{ name?: string }>('query-name')).name
  } catch (err) {
    if (!(err instanceof QmpError && err.errorClass === 'CommandNotFound')) throw err
    kind = 'qsd'
  }
  const nodes = await queryNodes(qmp)
  if (kind === 'qsd') {
    const vmName = hostName
    return { vm: { kind, name: vmName, uuid: stableUuid(`qemu/${hostName}/${vmName}`), state: 'running', disks: qsdDisks(nodes) }, nodes }
  }
  const vmName = name ?? hostName
  const { UUID } = await qmp.execute<{ UUID: string }>('query-uuid')
  const { status } = await qmp.execute<{ status: string }>('query-status')
  const uuid = UUID === '' || /^[0-]+$/.test(UUID) ? stableUuid(`qemu/${hostName}/${vmName}`) : UUID
  const devices = await qmp.execute<BlockDevice[]>('query-block')
  return { vm: { kind, name: vmName, uuid, state: status, disks: vmDisks(devices, nodes) }, nodes }
}

/** `query-named-block-nodes {flat: true}`. */
export async function queryNodes (qmp: QmpClient): Promise<QemuBlockNode[]> {
  return await qmp.execute<QemuBlockNode[]>('query-named-block-nodes', { flat: true })
}

interface BlockDevice {
  device: string
  qdev?: string
  inserted?: { 'node-name': string }
}

const isOwn = (node: string): boolean => node.startsWith(OWN_PREFIX)

function qsdDisks (nodes: QemuBlockNode[]): QemuDisk[] {
  const formats = nodes.filter(n => FORMAT_DRIVERS.has(n.drv) && !isOwn(n['node-name']))
  // a format node opened as the backing image of another (not ours) is part of that disk's chain
  // (`backing_file` is reported only while a backing node is attached; backing_file_depth is 0 in flat mode)
  const backing = new Set(formats.filter(n => n.backing_file !== undefined).flatMap(n => [n.backing_file!, n.image['full-backing-filename'] ?? '']))
  return formats
    .filter(n => !backing.has(n.file))
    .sort((a, b) => a['node-name'].localeCompare(b['node-name'], 'en', { numeric: true }))
    .map((n, index) => toDisk(n, index, n['node-name']))
}

function vmDisks (devices: BlockDevice[], nodes: QemuBlockNode[]): QemuDisk[] {
  const byName = new Map(nodes.map(n => [n['node-name'], n]))
  const disks: QemuDisk[] = []
  for (const dev of devices) {
    let nodeName = dev.inserted?.['node-name']
    if (nodeName === undefined) continue
    // while a snapshot exists our overlay sits on top (its backing is the disk), or a fleecing
    // job's copy-before-write filter does (a filter carries its child's file name)
    for (let hops = 0; hops < 8; hops++) {
      const top = byName.get(nodeName)
      if (top === undefined || (FORMAT_DRIVERS.has(top.drv) && !isOwn(nodeName))) break
      const below = FORMAT_DRIVERS.has(top.drv)
        ? (top.backing_file === undefined ? [] : [top.backing_file, top.image['full-backing-filename']])
        : [top.file]
      const next = nodes.find(n => n !== top && below.includes(n.file) && FORMAT_DRIVERS.has(n.drv) && !isOwn(n['node-name']))
      if (next === undefined) break
      nodeName = next['node-name']
    }
    const node = byName.get(nodeName)
    if (node === undefined) continue
    const id = /^\/machine\/peripheral\/([^/]+)/.exec(dev.qdev ?? '')?.[1]
    disks.push({ ...toDisk(node, disks.length, id ?? (dev.device !== '' ? dev.device : nodeName)), qdev: dev.qdev })
  }
  return disks
}

function toDisk (n: QemuBlockNode, index: number, name: string): QemuDisk {
  return {
    index,
    name,
    node: n['node-name'],
    size: n.image['virtual-size'],
    format: n.drv,
    file: n.file,
    bitmaps: bitmapsOf(n)
  }
}

/** The named bitmaps of a node. */
export function bitmapsOf (n: QemuBlockNode): QemuBitmap[] {
  return (n['dirty-bitmaps'] ?? []).filter(b => typeof b.name === 'string' && b.name !== '')
}

/** A bitmap as the inventory and snapshot replies carry it. */
export function bitmapInfo (b: QemuBitmap): { name: string, persistent: boolean, recording: boolean, inconsistent: boolean, busy: boolean, granularity: number, count: number } {
  return { name: b.name, persistent: b.persistent, recording: b.recording, inconsistent: b.inconsistent === true, busy: b.busy, granularity: b.granularity, count: b.count }
}

/** A VM without a uuid keeps the same one across runs and nodes. */
export function stableUuid (key: string): string {
  const h = createHash('sha256').update(key).digest()
  h[6] = (h[6]! & 0x0f) | 0x40
  h[8] = (h[8]! & 0x3f) | 0x80
  const x = h.subarray(0, 16).toString('hex')
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`
}
