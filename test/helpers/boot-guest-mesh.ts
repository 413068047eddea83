/**
 * The mesh the boot-check e2e specs share: a file host with the test guest (guest01) and a copy of
 * it whose boot sector (MBR) is wiped (broken01), a manager+scheduler+proxy node and a repository
 * node "main", and job "vms" backed up once. `points` names each VM's restore point.
 *
 * @example
 * ```ts
 * before(async function () { mesh = await bootGuestMesh(this, 'meshbackup-bootcheck-') })
 * after(async function () { await mesh?.stop(this.currentTest?.state === 'failed') })
 * ```
 */
import assert from 'node:assert/strict'
import { copyFile, mkdir, mkdtemp, open, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCluster, type Cluster } from '../../sim/cluster.ts'
import { bootGuest, type BootGuest } from './boot-guest.ts'
import { requireTools } from './qemu.ts'

export interface BootGuestMesh {
  dir: string
  guest: BootGuest
  cluster: Cluster
  /** restore point id by VM: guest01 boots, broken01 does not */
  points: { guest01: string, broken01: string }
  /** stops the daemons and removes the folder; `failed`: print the daemons' last log lines first */
  stop: (failed?: boolean) => Promise<void>
}

export async function bootGuestMesh (ctx: Mocha.Context, prefix: string): Promise<BootGuestMesh> {
  requireTools(ctx, 'qemu-img', 'qemu-system-x86_64')
  const guest = await bootGuest(ctx)
  const dir = await mkdtemp(join(tmpdir(), prefix))
  let cluster: Cluster | undefined
  const stop = async (failed = false): Promise<void> => {
    if (failed && cluster != null) for (const n of ['a', 'r']) console.error(`--- ${n}\n${cluster.logTail(n, 40)}`)
    await cluster?.stop()
    await rm(dir, { recursive: true, force: true })
  }
  try {
    for (const vm of ['guest01', 'broken01']) {
      await mkdir(join(dir, 'host', vm), { recursive: true })
      await copyFile(guest.image, join(dir, 'host', vm, 'disk0.raw'))
      await writeFile(join(dir, 'host', vm, 'vm.json'), JSON.stringify({ name: vm, disks: [{ name: 'disk0', file: 'disk0.raw' }] }))
    }
    // broken01: its MBR (boot code and partition table) wiped: nothing to boot
    const fh = await open(join(dir, 'host', 'broken01', 'disk0.raw'), 'r+')
    await fh.write(Buffer.alloc(512), 0, 512, 0)
    await fh.close()
    cluster = await startCluster({
      dir: join(dir, 'mesh'),
      nodes: [{ name: 'a', roles: ['manager', 'scheduler', 'proxy'] }, { name: 'r', roles: ['repository'], repositoryName: 'main' }]
    })
    await cluster.addFileHost('a', 'lab', join(dir, 'host'))
    await cluster.waitForHost('a', 'lab')
    await cluster.cli('a', ['job', 'add', 'vms', '--host', 'lab', '--repository', 'main'])
    const run = await cluster.json('a', ['job', 'run', 'vms', '--wait'])
    assert.equal(run.state, 'success', JSON.stringify(run.log))
    const listed = await cluster.json('a', ['points', 'list', '--job', 'vms'])
    const points = { guest01: listed.find((p: any) => p.vm === 'guest01').id as string, broken01: listed.find((p: any) => p.vm === 'broken01').id as string }
    return { dir, guest, cluster, points, stop }
  } catch (err) {
    await stop(true)
    throw err
  }
}
