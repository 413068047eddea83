/**
 * @packageDocumentation
 * A VM's configuration as a recovered VM needs it to start (proto `VmConfig`): read over QMP from
 * the running qemu-system-x86_64 when a snapshot is taken, and kept in the restore point. A point
 * without one (a file host's, or one older than this) starts with {@link defaultVmConfig}.
 *
 * What is read, and from where (QEMU 7.2):
 * - machine: QOM `/machine`'s `type` less `-machine` ("pc-i440fx-7.2");
 * - memory: `query-memory-size-summary` base-memory; vCPUs: `query-cpus-fast`;
 * - disks: for each disk of the inventory its device (`query-block`'s qdev path; a virtio-blk's
 *   is its `virtio-backend` child), whose QOM `type` is the model and `bootindex` the boot order;
 * - NICs: `query-pci` devices of class 0x0200 (Ethernet) with their QOM `type` and `mac`
 *   (an anonymous device: model from its PCI ids, no MAC);
 * - firmware: "uefi" when a `pflash` block device is present, else "bios".
 *
 * @example
 * ```ts
 * const config = await readVmConfig(qmp, vm.disks)   // { machine: 'pc-i440fx-7.2', memoryMib: 256, ... }
 * ```
 */
import type { VmConfig, VmDiskConfig, VmNicConfig } from '../../../proto/index.ts'
import type { QmpClient } from './qmp.ts'

/** What a point without a recorded config starts with: QEMU's defaults for a small server. */
export function defaultVmConfig (disks: Array<{ index?: number | null }>): VmConfig {
  return {
    machine: 'pc',
    memoryMib: 1024,
    vcpus: 1,
    disks: disks.map((d, i) => ({ index: d.index ?? i, model: 'virtio-blk-pci', bus: 'virtio', bootIndex: i === 0 ? 1 : -1 })),
    nics: [],
    firmware: 'bios',
    source: 'default'
  }
}

/** The recorded config, completed: every disk of `disks` has an entry, unset numbers get the defaults. */
export function effectiveVmConfig (config: VmConfig | null | undefined, disks: Array<{ index?: number | null }>): VmConfig {
  const base = defaultVmConfig(disks)
  if (config == null || (config.machine ?? '') === '') return base
  const byIndex = new Map((config.disks ?? []).map(d => [d.index ?? 0, d]))
  return {
    machine: config.machine,
    memoryMib: (config.memoryMib ?? 0) > 0 ? config.memoryMib : base.memoryMib,
    vcpus: (config.vcpus ?? 0) > 0 ? config.vcpus : base.vcpus,
    disks: base.disks!.map(d => {
      const recorded = byIndex.get(d.index ?? 0)
      return recorded == null || (recorded.model ?? '') === '' ? d : { ...d, ...recorded }
    }),
    nics: config.nics ?? [],
    firmware: (config.firmware ?? '') === '' ? 'bios' : config.firmware,
    source: config.source ?? 'qmp'
  }
}

interface PciDevice {
  qdev_id?: string
  class_info?: { class?: number }
  id?: { vendor?: number, device?: number }
}

/** NIC models by PCI vendor:device, for NICs without a device id to read their type from. */
const NIC_MODELS: Record<string, string> = {
  '8086:100e': 'e1000',
  '8086:10d3': 'e1000e',
  '1af4:1000': 'virtio-net-pci',
  '1af4:1041': 'virtio-net-pci',
  '10ec:8139': 'rtl8139'
}

const BUS_OF: Array<[RegExp, string]> = [[/^virtio/, 'virtio'], [/^ide-/, 'ide'], [/^scsi-/, 'scsi'], [/^usb-/, 'usb'], [/^nvme/, 'nvme']]

/**
 * Reads the configuration of the VM the monitor belongs to; `disks` are the inventory's (index
 * and device id or node name), with the qdev path `query-block` gave each.
 */
export async function readVmConfig (qmp: QmpClient, disks: Array<{ index: number, qdev?: string }>): Promise<VmConfig> {
  const qomGet = async <T>(path: string, property: string): Promise<T | undefined> =>
    await qmp.execute<T>('qom-get', { path, property }).catch(() => undefined)
  const type = await qomGet<string>('/machine', 'type') ?? 'pc'
  const memory = await qmp.execute<{ 'base-memory': number }>('query-memory-size-summary').catch(() => undefined)
  const cpus = await qmp.execute<unknown[]>('query-cpus-fast').catch(() => [])
  const blocks = await qmp.execute<Array<{ device: string }>>('query-block').catch(() => [])
  const diskConfigs: VmDiskConfig[] = []
  for (const d of disks) {
    // a virtio-blk device's block backend sits on its virtio-backend child
    const device = (d.qdev ?? '').replace(/\/virtio-backend$/, '')
    const model = device === '' ? undefined : await qomGet<string>(device, 'type')
    const boot = device === '' ? undefined : await qomGet<number>(device, 'bootindex')
    const m = model ?? 'virtio-blk-pci'
    diskConfigs.push({ index: d.index, model: m, bus: BUS_OF.find(([re]) => re.test(m))?.[1] ?? 'virtio', bootIndex: typeof boot === 'number' ? boot : -1 })
  }
  const nics: VmNicConfig[] = []
  const buses = await qmp.execute<Array<{ devices: PciDevice[] }>>('query-pci').catch(() => [])
  for (const dev of buses.flatMap(b => b.devices ?? [])) {
    if (dev.class_info?.class !== 0x0200) continue
    const id = dev.qdev_id ?? ''
    const pciId = `${hex(dev.id?.vendor)}:${hex(dev.id?.device)}`
    if (id === '') {
      nics.push({ model: NIC_MODELS[pciId] ?? 'e1000', mac: '' })
      continue
    }
    const path = `/machine/peripheral/${id}`
    nics.push({ model: await qomGet<string>(path, 'type') ?? NIC_MODELS[pciId] ?? 'e1000', mac: await qomGet<string>(path, 'mac') ?? '' })
  }
  return {
    machine: type.replace(/-machine$/, ''),
    memoryMib: memory === undefined ? 1024 : Math.round(memory['base-memory'] / (1024 * 1024)),
    vcpus: Math.max(1, cpus.length),
    disks: diskConfigs,
    nics,
    firmware: blocks.some(b => b.device.startsWith('pflash')) ? 'uefi' : 'bios',
    source: 'qmp'
  }
}

function hex (n: number | undefined): string {
  return (n ?? 0).toString(16).padStart(4, '0')
}
