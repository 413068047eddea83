/**
 * The start the instant-recovery specs share: a never-running QEMU VM "app1" with one qcow2 disk
 * holding known writes, and the spine's three daemons (a: manager+scheduler, b: proxy,
 * c: repository "main") with that VM registered as a host, backed up once by a job of its own,
 * and the restore point that made.
 *
 * @example
 * ```ts
 * const vm = await writtenVm(lab, 64 * MiB, [{ offset: 0, length: MiB, pattern: 0x61 }])
 * const { cluster, point } = await backedUpSpine(lab, vm.qmp)
 * ```
 */
import assert from 'node:assert/strict'
import { startCluster, SPINE, type Cluster } from '../../sim/cluster.ts'
import type { QemuLab, QemuProcess } from './qemu.ts'

/** VM "app1": disk0 (device vd0), a qcow2 of `size` bytes, `writes` made through its block layer. */
export async function writtenVm (lab: QemuLab, size: number, writes: Parameters<QemuProcess['write']>[1]): Promise<QemuProcess> {
  const image = await lab.image('disk0.qcow2', 'qcow2', size)
  const vm = await lab.vm('app1', [{ node: 'disk0', file: image, format: 'qcow2', id: 'vd0' }])
  await vm.write('vd0', writes)
  return vm
}

export interface BackedUpSpine {
  cluster: Cluster
  /** the job's restore point, as `points list` gives it */
  point: { id: string, vm: string, [field: string]: unknown }
}

/** `qmp`: the VM's monitor; `host` and `job` name them in the mesh (h1, q). */
export async function backedUpSpine (lab: QemuLab, qmp: string, options: { host?: string, job?: string } = {}): Promise<BackedUpSpine> {
  const host = options.host ?? 'h1'
  const job = options.job ?? 'q'
  const cluster = await startCluster({ dir: lab.path('mesh'), nodes: SPINE })
  try {
    await cluster.cli('a', ['host', 'add', host, '--type', 'qemu', '--qmp', qmp])
    await cluster.waitForHost('a', host)
    await cluster.cli('a', ['job', 'add', job, '--host', host, '--repository', 'main'])
    const session = await cluster.json('a', ['job', 'run', job, '--wait'])
    assert.equal(session.state, 'success', session.log.join('\n'))
    const [point] = await cluster.json('a', ['points', 'list', '--job', job])
    return { cluster, point }
  } catch (err) {
    await cluster.stop()
    throw err
  }
}
