/**
 * The libp2p mesh: members find each other through one seed and gossip capacity; a peer outside
 * the member list is refused.
 */
import assert from 'node:assert/strict'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey, peerIdFromString } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import type { PrivateKey } from '@libp2p/interface'
import { createMesh, type Mesh } from '../../../node/runtime/mesh.ts'
import { createCapacity, heartbeatPeriodMs, type Capacity, type CapacityEntry } from '../../../protocols/capacity.ts'

async function keys (n: number): Promise<{ key: PrivateKey, id: string }[]> {
  return await Promise.all(Array.from({ length: n }, async () => {
    const key = await generateKeyPair('Ed25519')
    return { key, id: peerIdFromPrivateKey(key).toString() }
  }))
}

function viewComplete (capacity: Capacity, ids: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = (): void => {
      if (ids.every((id) => capacity.get(id) != null)) { done(); resolve() }
    }
    const timer = setTimeout(() => { done(); reject(new Error(`view has ${capacity.entries().length}/${ids.length} nodes after ${timeoutMs} ms`)) }, timeoutMs)
    const done = (): void => { clearTimeout(timer); capacity.off('change', check) }
    capacity.on('change', check)
    check()
  })
}

/** Resolves when `ok()` holds, re-checked on every libp2p connection event. */
function connectionsSettle (mesh: Mesh, ok: () => boolean, timeoutMs: number): Promise<void> {
  const events = ['peer:connect', 'peer:disconnect', 'connection:open', 'connection:close'] as const
  return new Promise((resolve, reject) => {
    const check = (): void => { if (ok()) { done(); resolve() } }
    const timer = setTimeout(() => { done(); reject(new Error(`connections of ${mesh.peerId} did not settle: ${mesh.connected().length} connected`)) }, timeoutMs)
    const done = (): void => { clearTimeout(timer); for (const e of events) mesh.libp2p.removeEventListener(e, check) }
    for (const e of events) mesh.libp2p.addEventListener(e, check)
    check()
  })
}

describe('node/mesh', function () {
  this.timeout(30_000)
  const meshes: Mesh[] = []
  const capacities: Capacity[] = []

  afterEach(async () => {
    await Promise.all(capacities.splice(0).map(async (c) => await c.stop()))
    await Promise.all(meshes.splice(0).map(async (m) => await m.stop()))
  })

  // n members that bootstrap to the first, each announcing its capacity every 300 ms
  const seeded = async (n: number, options: { targetPeers?: number } = {}, roles = (_i: number): string[] => ['proxy']): Promise<string[]> => {
    const k = await keys(n)
    const members = k.map((x) => x.id)
    const seed = await createMesh({ privateKey: k[0]!.key, listen: ['/ip4/127.0.0.1/tcp/0'], members, dialIntervalMs: 200, ...options })
    meshes.push(seed)
    const seedAddr = `${seed.addrs()[0]}/p2p/${seed.peerId}`
    for (const x of k.slice(1)) {
      meshes.push(await createMesh({ privateKey: x.key, listen: ['/ip4/127.0.0.1/tcp/0'], members, bootstrap: [seedAddr], dialIntervalMs: 200, ...options }))
    }
    for (const [i, mesh] of meshes.entries()) {
      const capacity = createCapacity({ mesh, roles: roles(i), periodMs: 300 })
      capacities.push(capacity)
      await capacity.start()
    }
    return members
  }

  it('lets members that bootstrapped to one seed find each other and gossip capacity', async () => {
    const members = await seeded(4, {}, (i) => i === 0 ? ['manager'] : ['proxy'])
    capacities[1]!.set({ proxy: { slots: 3, active: 1, hosts: [{ host: 'lab', modes: ['direct'] }] } })
    await Promise.all(capacities.map(async (c) => await viewComplete(c, members, 20_000)))
    // peers learned each other's addresses from announcements and connected directly, not only via the seed
    const last = meshes[3]!
    await viewComplete(capacities[3]!, members, 1000)
    const seen = capacities[3]!.get(meshes[1]!.peerId)!.announcement
    assert.equal(seen.proxy?.slots, 3)
    assert.deepEqual(seen.proxy?.hosts?.[0]?.modes, ['direct'])
    await connectionsSettle(last, () => last.connected().length === 3, 10_000)
    assert.equal(last.connected().length, 3, 'a node connected to every member, not only the seed')
  })

  it('tells a member that starts, or restarts, every other member\'s state at once, on the minute-long default heartbeat', async function () {
    this.timeout(60_000)
    const k = await keys(3)
    const members = k.map((x) => x.id)
    const start = async (i: number, port = 0, bootstrap: string[] = []): Promise<{ mesh: Mesh, capacity: Capacity }> => {
      const mesh = await createMesh({ privateKey: k[i]!.key, listen: [`/ip4/127.0.0.1/tcp/${port}`], members, bootstrap, dialIntervalMs: 200 })
      const capacity = createCapacity({ mesh, roles: [i === 0 ? 'manager' : 'proxy'] })
      await capacity.start()
      return { mesh, capacity }
    }
    const a = await start(0)
    const seed = [`${a.mesh.addrs()[0]}/p2p/${a.mesh.peerId}`]
    const b = await start(1, 0, seed)
    const c = await start(2, 0, seed)
    meshes.push(b.mesh, c.mesh)
    capacities.push(b.capacity, c.capacity)
    // nothing here announces again for a minute: only the answers to a newcomer can fill the views
    const started = Date.now()
    await Promise.all([a, b, c].map(async (x) => await viewComplete(x.capacity, members, 10_000)))
    const first = Date.now() - started
    // a restarts (its state is lost) on its address; b and c must tell it who they are at once
    const port = Number(a.mesh.addrs()[0]!.split('/')[4])
    await a.capacity.stop()
    await a.mesh.stop()
    const restartedAt = Date.now()
    const again = await start(0, port)
    meshes.push(again.mesh)
    capacities.push(again.capacity)
    await viewComplete(again.capacity, members, 10_000)
    const back = Date.now() - restartedAt
    assert.ok(first < 10_000 && back < 10_000, `views filled ${first} ms after start, ${back} ms after a restart`)
  })

  it('still gossips when more than 10 members share one address', async function () {
    this.timeout(60_000)
    // gossipsub's default score is -5 × (peers on one IP - 10)²: past 14 peers on 127.0.0.1 it
    // falls below the graylist (-80) and no announcement passes
    const members = await seeded(17, { targetPeers: 16 })
    await Promise.all(meshes.map(async (m) => await connectionsSettle(m, () => m.connected().length >= 15, 20_000)))
    await Promise.all(capacities.map(async (c) => await viewComplete(c, members, 20_000)))
    assert.ok(meshes.every((m) => m.connected().length >= 15), 'at least 15 peers on 127.0.0.1 per node')
  })

  it('keeps a sparse mesh: each node dials only a few peers, and gossip still reaches all', async () => {
    const members = await seeded(14, { targetPeers: 3 })
    await Promise.all(capacities.map(async (c) => await viewComplete(c, members, 20_000)))
    const degrees = meshes.map((m) => m.connected().length).sort((a, b) => a - b)
    assert.ok(degrees[degrees.length >> 1]! <= 8, `median degree ${degrees[degrees.length >> 1]} of 13 possible: ${degrees.join(' ')}`)
    assert.ok(degrees[0]! >= 1)
    // rpc reaches a member it holds no connection to: learn() put its addresses in the peer store
    const a = meshes[1]!
    const far = meshes.find((m) => m !== a && !a.connected().includes(m.peerId))
    assert.ok(far != null, 'some member is not connected to node 1')
    const conn = await a.libp2p.dial(peerIdFromString(far.peerId), { signal: AbortSignal.timeout(5000) })
    assert.equal(conn.remotePeer.toString(), far.peerId)
  })

  it('puts its seeds\' addresses in the peer store, so rpc reaches a seed it never connected to', async () => {
    const k = await keys(2)
    const seedId = k[0]!.id
    // a seed nobody answers at: the only way to know its address is the bootstrap list
    const mesh = await createMesh({ privateKey: k[1]!.key, listen: ['/ip4/127.0.0.1/tcp/0'], members: [seedId], bootstrap: [`/ip4/127.0.0.1/tcp/9/p2p/${seedId}`], dialIntervalMs: 60_000 })
    meshes.push(mesh)
    const stored = async (): Promise<string[]> => {
      try {
        return (await mesh.libp2p.peerStore.get(peerIdFromString(seedId))).addresses.map((a) => a.multiaddr.toString())
      } catch {
        return []
      }
    }
    const deadline = Date.now() + 5000
    while ((await stored()).length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => { mesh.libp2p.addEventListener('peer:update', resolve, { once: true }); setTimeout(resolve, 100) })
    }
    assert.deepEqual(await stored(), ['/ip4/127.0.0.1/tcp/9'])
  })

  it('expires the entry of a node that stops announcing', async () => {
    const k = await keys(2)
    const members = k.map((x) => x.id)
    const a = await createMesh({ privateKey: k[0]!.key, listen: ['/ip4/127.0.0.1/tcp/0'], members, dialIntervalMs: 200 })
    const b = await createMesh({ privateKey: k[1]!.key, listen: ['/ip4/127.0.0.1/tcp/0'], members, bootstrap: [`${a.addrs()[0]}/p2p/${a.peerId}`], dialIntervalMs: 200 })
    meshes.push(a, b)
    const ca = createCapacity({ mesh: a, roles: ['scheduler'], periodMs: 200 })
    const cb = createCapacity({ mesh: b, roles: ['proxy'], periodMs: 200 })
    capacities.push(ca)
    await ca.start()
    await cb.start()
    await viewComplete(ca, members, 10_000)
    const expired = new Promise<string>((resolve) => ca.once('expired', resolve))
    const stoppedAt = Date.now()
    await cb.stop()
    assert.equal(await expired, b.peerId)
    assert.ok(Date.now() - stoppedAt >= 400, 'not before a few missed periods')
    assert.equal(ca.get(b.peerId), undefined)
  })

  it('holds each peer to the period it announced, and lengthens its own heartbeat in a large mesh', async () => {
    assert.equal(heartbeatPeriodMs(3), 60_000)
    assert.equal(heartbeatPeriodMs(100), 60_000)
    assert.equal(heartbeatPeriodMs(400), 100_000)
    const k = await keys(2)
    const members = k.map((x) => x.id)
    const a = await createMesh({ privateKey: k[0]!.key, listen: ['/ip4/127.0.0.1/tcp/0'], members, dialIntervalMs: 200 })
    const b = await createMesh({ privateKey: k[1]!.key, listen: ['/ip4/127.0.0.1/tcp/0'], members, bootstrap: [`${a.addrs()[0]}/p2p/${a.peerId}`], dialIntervalMs: 200 })
    meshes.push(a, b)
    // a announces on the default (60 s) heartbeat; b announces a 100 ms one, so a may expire it after 300 ms
    const ca = createCapacity({ mesh: a, roles: ['scheduler'] })
    const cb = createCapacity({ mesh: b, roles: ['proxy'], periodMs: 100 })
    capacities.push(ca)
    await ca.start()
    await cb.start()
    await viewComplete(ca, members, 10_000)
    assert.equal(ca.periodMs, 60_000)
    assert.equal(ca.get(b.peerId)?.announcement.periodMs, 100)
    // the deadline runs from the last announcement a received, which may come just before the stop
    let lastSeen = ca.get(b.peerId)!.receivedAt
    const seen = (entry: CapacityEntry | undefined): void => { if (entry?.announcement.peerId === b.peerId) lastSeen = entry.receivedAt }
    ca.on('change', seen)
    const expired = new Promise<string>((resolve) => ca.once('expired', resolve))
    await cb.stop()
    assert.equal(await expired, b.peerId)
    ca.off('change', seen)
    const after = Date.now() - lastSeen
    assert.ok(after >= 300 && after < 2000, `expired ${after} ms after its last announcement, when b's own deadline passed, not at one of a's heartbeats`)
  })

  it('drops a peer from the view as soon as it disconnects, before any announcement period passes', async () => {
    const k = await keys(2)
    const members = k.map((x) => x.id)
    const a = await createMesh({ privateKey: k[0]!.key, listen: ['/ip4/127.0.0.1/tcp/0'], members, dialIntervalMs: 200 })
    const b = await createMesh({ privateKey: k[1]!.key, listen: ['/ip4/127.0.0.1/tcp/0'], members, bootstrap: [`${a.addrs()[0]}/p2p/${a.peerId}`], dialIntervalMs: 200 })
    meshes.push(a)
    // long periods: only the disconnect can explain a quick removal
    const ca = createCapacity({ mesh: a, roles: ['scheduler'], periodMs: 5000 })
    const cb = createCapacity({ mesh: b, roles: ['proxy'], periodMs: 5000 })
    capacities.push(ca)
    await ca.start()
    await cb.start()
    await viewComplete(ca, members, 10_000)
    const expired = new Promise<string>((resolve) => ca.once('expired', resolve))
    const stoppedAt = Date.now()
    await cb.stop()
    await b.stop()
    assert.equal(await expired, b.peerId)
    assert.ok(Date.now() - stoppedAt < 2000, `removed ${Date.now() - stoppedAt} ms after the peer left, before any announcement period`)
  })

  it('refuses a peer that is not in the member list', async () => {
    const k = await keys(3)
    const a = await createMesh({ privateKey: k[0]!.key, listen: ['/ip4/127.0.0.1/tcp/0'], members: [k[0]!.id, k[1]!.id] })
    const friend = await createMesh({ privateKey: k[1]!.key, listen: ['/ip4/127.0.0.1/tcp/0'], members: [k[0]!.id, k[1]!.id] })
    // the stranger would accept a, but a does not accept the stranger
    const stranger = await createMesh({ privateKey: k[2]!.key, listen: ['/ip4/127.0.0.1/tcp/0'], members: [k[0]!.id, k[2]!.id] })
    meshes.push(a, friend, stranger)
    const target = multiaddr(`${a.addrs()[0]}/p2p/${a.peerId}`)
    await friend.libp2p.dial(target)
    // the dialer may finish its side of the handshake before a's gater refuses and closes, so the
    // dial can resolve or reject: what matters is that no connection survives on either side
    await stranger.libp2p.dial(target, { signal: AbortSignal.timeout(5000) }).catch(() => {})
    await connectionsSettle(stranger, () => !stranger.connected().includes(a.peerId), 5000)
    assert.ok(a.connected().includes(k[1]!.id))
    assert.ok(!a.connected().includes(k[2]!.id), 'the stranger holds no connection to a')
    await assert.rejects(stranger.libp2p.dialProtocol(target, '/ipfs/id/1.0.0', { signal: AbortSignal.timeout(5000) }))
    // a member removed later is disconnected at once
    a.setMembers([k[0]!.id])
    await connectionsSettle(a, () => !a.connected().includes(k[1]!.id), 5000)
    assert.ok(!a.connected().includes(k[1]!.id))
  })
})
