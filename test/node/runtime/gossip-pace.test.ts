/**
 * gossipsub's heartbeat is paced: fast while the mesh forms or changes, slow once it has been
 * quiet. Measured by the gaps between the heartbeats gossipsub itself reports, on real libp2p
 * nodes, so an upgrade that stops reading `opts.heartbeatInterval` fails here.
 */
import assert from 'node:assert/strict'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { createMesh, type Mesh } from '../../../node/runtime/mesh.ts'

const pace = { fastMs: 100, slowMs: 800, settleMs: 1500 }

/** Resolves with the first gap between two heartbeats of `mesh` that `fits`, or rejects after timeoutMs. */
function heartbeatGap (mesh: Mesh, fits: (gapMs: number) => boolean, timeoutMs: number): Promise<number> {
  const pubsub = mesh.libp2p.services.pubsub
  return new Promise((resolve, reject) => {
    let last: number | undefined
    const gaps: number[] = []
    const onBeat = (): void => {
      const now = Date.now()
      if (last !== undefined) {
        gaps.push(now - last)
        if (fits(now - last)) { done(); resolve(now - last); return }
      }
      last = now
    }
    const timer = setTimeout(() => { done(); reject(new Error(`no fitting heartbeat gap in ${timeoutMs} ms; gaps seen: ${gaps.join(', ')}`)) }, timeoutMs)
    const done = (): void => { clearTimeout(timer); pubsub.removeEventListener('gossipsub:heartbeat', onBeat) }
    pubsub.addEventListener('gossipsub:heartbeat', onBeat)
  })
}

describe('node/runtime gossip pace', function () {
  this.timeout(30_000)
  const meshes: Mesh[] = []
  afterEach(async () => { await Promise.all(meshes.splice(0).map(async (m) => await m.stop())) })

  it('slows the heartbeat once the mesh is quiet, and speeds it up when a peer joins', async () => {
    const keys = await Promise.all([generateKeyPair('Ed25519'), generateKeyPair('Ed25519')])
    const members = keys.map((k) => peerIdFromPrivateKey(k).toString())
    const a = await createMesh({ privateKey: keys[0], listen: ['/ip4/127.0.0.1/tcp/0'], members, dialIntervalMs: 200, gossipPace: pace })
    meshes.push(a)
    a.libp2p.services.pubsub.subscribe('pace')
    const slow = await heartbeatGap(a, (gap) => gap >= pace.slowMs * 0.7, 10_000)
    assert.ok(slow < pace.slowMs * 2, `a settled heartbeat came after ${slow} ms, expected about ${pace.slowMs}`)
    const b = await createMesh({ privateKey: keys[1], listen: ['/ip4/127.0.0.1/tcp/0'], members, dialIntervalMs: 200, gossipPace: pace, bootstrap: [`${a.addrs()[0]}/p2p/${a.peerId}`] })
    meshes.push(b)
    b.libp2p.services.pubsub.subscribe('pace')
    // the change is taken at the end of the slow wait in progress, then the beats come fast
    const fast = await heartbeatGap(a, (gap) => gap <= pace.fastMs * 2, 10_000)
    assert.ok(fast <= pace.fastMs * 2)
    assert.ok(a.connected().includes(b.peerId), 'b joined a')
  })
})
