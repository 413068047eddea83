/**
 * The proxy's inventory reply carries the VMs a file host cannot describe, with their code, file
 * and reason, next to the VMs it can: the manager fails them by name instead of never seeing them.
 */
import assert from 'node:assert/strict'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Libp2p } from '@libp2p/interface'
import { ActorSystem } from '../../../node/runtime/actors/system.ts'
import { LeaseTable } from '../../../node/runtime/leases.ts'
import { proxyActor } from '../../../roles/proxy/actor.ts'
import { TempDirs } from '../../helpers/datapath.ts'
import type { InventoryProblem } from '../../../proto/index.ts'

const PEER = '12D3KooWRm8J3iL796zPFi2EtGGtUJn58AG67gcqzMFHZnnsTzqD'

describe('roles/proxy inventory problems', function () {
  const temps = new TempDirs()
  after(async function () { await temps.cleanup() })

  it('answers the inventory with every VM folder it cannot use, and why', async function () {
    const dir = await temps.make()
    const vm = async (name: string, manifest: string, image?: string): Promise<void> => {
      await mkdir(join(dir, name))
      await writeFile(join(dir, name, 'vm.json'), manifest)
      if (image != null) await writeFile(join(dir, name, image), Buffer.alloc(4096, 1))
    }
    await vm('web01', JSON.stringify({ name: 'web01', disks: [{ name: 'disk0', file: 'disk0.raw' }] }), 'disk0.raw')
    await vm('badjson', '{ "name": ')
    await vm('noimage', JSON.stringify({ name: 'noimage', disks: [{ name: 'disk0', file: 'disk0.raw' }] }))
    await vm('escape', JSON.stringify({ name: 'escape', disks: [{ name: 'disk0', file: '../../x' }] }))
    const leases = new LeaseTable({ slots: 1, peerId: PEER, name: 'proxy' })
    const system = new ActorSystem({ peerId: PEER })
    try {
      const actor = system.spawn('proxy', proxyActor({ leases, libp2p: {} as unknown as Libp2p }))
      const inventory = (await system.ask(actor, { hostInventoryRequest: { host: { name: 'lab', type: 'file', path: dir } } })).hostInventory!
      assert.deepEqual(inventory.vms!.map((v) => v.name), ['web01'])
      const problems: Record<string, InventoryProblem> = Object.fromEntries(inventory.problems!.map((p) => [p.vm ?? '', p]))
      assert.deepEqual(Object.keys(problems).sort(), ['badjson', 'escape', 'noimage'])
      for (const p of Object.values(problems)) {
        assert.equal(p.code, 'ERR_BAD_VM_MANIFEST')
        assert.equal(p.file, join(dir, p.vm!, 'vm.json'))
      }
      assert.match(problems.badjson!.message!, /is not valid JSON/)
      assert.match(problems.noimage!.message!, /image .*noimage\/disk0\.raw cannot be read \(ENOENT\)/)
      assert.match(problems.escape!.message!, /disks\[0\]\.file "\.\.\/\.\.\/x" is outside the VM folder/)
    } finally {
      await system.stop()
      leases.close()
    }
  })
})
