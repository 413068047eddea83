/**
 * The proxy role (roles/proxy/index.ts) on a real mesh node: it reads the host catalog from the
 * capacity view, probes the hosts and announces what it reaches, its slots and its load.
 */
import assert from 'node:assert/strict'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { Level } from 'level'
import { createMesh, type Mesh } from '../../../node/runtime/mesh.ts'
import { createCapacity, type Capacity } from '../../../protocols/capacity.ts'
import { ActorSystem } from '../../../node/runtime/actors/system.ts'
import { address } from '../../../node/runtime/actors/address.ts'
import { silentLogger } from '../../../node/core/logger.ts'
import type { Role } from '../../../node/runtime/role.ts'
import { proxy } from '../../../roles/proxy/index.ts'
import type { ProxyCapacity } from '../../../proto/index.ts'
import { TempDirs, within } from '../../helpers/datapath.ts'

/** Resolves with this node's proxy section once `ok` accepts it. */
async function announced (capacity: Capacity, peerId: string, ok: (p: ProxyCapacity) => boolean): Promise<ProxyCapacity> {
  return await within(new Promise<ProxyCapacity>((resolve) => {
    const check = (): void => {
      const p = capacity.get(peerId)?.announcement.proxy
      if (p != null && ok(p)) {
        capacity.off('change', check)
        resolve(p)
      }
    }
    capacity.on('change', check)
    check()
  }), 10_000, 'the announcement')
}

describe('roles/proxy role', function () {
  this.timeout(30_000)
  const temps = new TempDirs()
  let mesh: Mesh
  let capacity: Capacity
  let system: ActorSystem
  let role: Role
  let peerId: string

  before(async function () {
    const key = await generateKeyPair('Ed25519')
    peerId = peerIdFromPrivateKey(key).toString()
    mesh = await createMesh({ privateKey: key, listen: ['/ip4/127.0.0.1/tcp/0'], members: [peerId] })
    capacity = createCapacity({ mesh, roles: ['proxy', 'manager'], periodMs: 200 })
    await capacity.start()
    system = new ActorSystem({ peerId })
    role = proxy({
      peerId,
      home: await temps.make(),
      config: { roles: ['proxy'], listen: [], bootstrap: [], members: [peerId], admins: [], proxy: { slots: 3 } },
      system,
      capacity,
      mesh,
      db: undefined as unknown as Level<string, Uint8Array>,
      log: silentLogger
    })
    await role.start()
  })

  after(async function () {
    await role?.stop()
    await system?.stop()
    await capacity?.stop()
    await mesh?.stop()
    await temps.cleanup()
  })

  it('announces its slots, and the hosts of the catalog it reaches with their modes', async function () {
    const first = await announced(capacity, peerId, (p) => p.slots === 3)
    assert.equal(first.active, 0)
    assert.deepEqual(first.hosts ?? [], [])
    const dir = await temps.make()
    capacity.set({ manager: { hosts: [{ name: 'lab', type: 'file', path: dir }, { name: 'away', type: 'file', path: `${dir}/nope` }] } })
    const next = await announced(capacity, peerId, (p) => (p.hosts ?? []).length > 0)
    assert.deepEqual(next.hosts, [{ host: 'lab', modes: ['direct'] }])
  })

  it('counts a granted lease at once, and gives the slot back on release', async function () {
    const at = address(peerId, 'proxy')
    const grant = await system.ask(at, { leaseRequest: { taskId: 't1', ttlMs: 10_000 } })
    assert.ok(grant.leaseGrant?.leaseId)
    await announced(capacity, peerId, (p) => p.active === 1)
    await system.ask(at, { leaseRelease: { leaseId: grant.leaseGrant.leaseId } })
    await announced(capacity, peerId, (p) => p.active === 0)
  })
})
