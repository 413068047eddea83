/**
 * @packageDocumentation
 * The libp2p host every daemon runs: tcp, noise, yamux, identify and gossipsub, closed to every
 * peer outside the mesh's member list by a connection gater, and kept connected by a small
 * dial loop (libp2p's bootstrap dials once and never retries; gossipsub only meshes with peers
 * it is connected to, so peers learned from announcements must be dialled too).
 *
 * @example
 * ```ts
 * const mesh = await createMesh({ privateKey, listen: ['/ip4/127.0.0.1/tcp/0'], members: [...] })
 * mesh.learn(peerId, ['/ip4/127.0.0.1/tcp/7101'])   // from a capacity announcement
 * await mesh.stop()
 * ```
 */
import { createLibp2p, type Libp2p } from 'libp2p'
import { tcp } from '@libp2p/tcp'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { identify } from '@libp2p/identify'
import { gossipsub, type GossipSub } from '@libp2p/gossipsub'
import { peerIdFromPrivateKey, peerIdFromString } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import type { PeerId, PrivateKey } from '@libp2p/interface'
import { yamuxStreamOptions } from '../protocols/framing.ts'
import type { Logger } from './actors/logger.ts'

export type MeshNode = Libp2p<{ identify: ReturnType<ReturnType<typeof identify>>, pubsub: GossipSub }>

export interface MeshInit {
  privateKey: PrivateKey
  listen: string[]
  /** peer ids admitted to the mesh */
  members: string[]
  /** peer ids admitted for the admin protocol only (CLI identities) */
  admins?: string[]
  bootstrap?: string[]
  /** ms between dial-loop rounds */
  dialIntervalMs?: number
  log?: Logger
}

export interface Mesh {
  readonly libp2p: MeshNode
  readonly peerId: string
  addrs(): string[]
  isMember(peerId: string): boolean
  isAdmin(peerId: string): boolean
  setMembers(members: string[], admins?: string[]): void
  /** remembers a member's addresses so the dial loop can reach it */
  learn(peerId: string, addrs: string[]): void
  connected(): string[]
  stop(): Promise<void>
}

export async function createMesh (init: MeshInit): Promise<Mesh> {
  const self = peerIdFromPrivateKey(init.privateKey).toString()
  let members = new Set<string>(init.members)
  let admins = new Set<string>(init.admins ?? [])
  const allowed = (peer: PeerId): boolean => {
    const id = peer.toString()
    return id === self || members.has(id) || admins.has(id)
  }
  const known = new Map<string, string[]>()
  for (const addr of init.bootstrap ?? []) {
    const peer = multiaddr(addr).getComponents().find((c) => c.name === 'p2p')?.value
    if (peer == null) throw new Error(`bootstrap address ${addr} lacks /p2p/<peer id>; copy it from the seed's \`meshbackup status\``)
    known.set(peer, [...(known.get(peer) ?? []), addr.replace(/\/p2p\/[^/]+$/, '')])
  }

  const libp2p = await createLibp2p({
    privateKey: init.privateKey,
    addresses: { listen: init.listen },
    transports: [tcp()],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux({ streamOptions: yamuxStreamOptions })],
    connectionGater: {
      denyDialMultiaddr: () => false,
      denyDialPeer: (peer) => !allowed(peer),
      denyInboundEncryptedConnection: (peer) => !allowed(peer),
      denyOutboundEncryptedConnection: (peer) => !allowed(peer)
    },
    connectionMonitor: { pingInterval: 1000 },
    services: {
      identify: identify(),
      pubsub: gossipsub({ allowPublishToZeroTopicPeers: true, emitSelf: false, heartbeatInterval: 500 })
    }
  }) as unknown as MeshNode

  const isConnected = (id: string): boolean => libp2p.getConnections(peerIdFromString(id)).length > 0
  const dialing = new Set<string>()
  const bootstrapPeers = new Set(known.keys())
  // Bootstrap peers are dialled by whoever lacks the connection; peers learned later are dialled
  // only by the lower peer id, so two nodes never race to open duplicate connections.
  const dialRound = (): void => {
    for (const [id, addrs] of known) {
      if (id === self || !members.has(id) || dialing.has(id) || isConnected(id)) continue
      if (!bootstrapPeers.has(id) && self > id) continue
      dialing.add(id)
      const targets = addrs.map((a) => multiaddr(`${a}/p2p/${id}`))
      libp2p.dial(targets, { signal: AbortSignal.timeout(5000) })
        .catch((err: Error) => init.log?.debug('dial failed', { peer: id, error: err.message }))
        .finally(() => dialing.delete(id))
    }
  }
  const dialTimer = setInterval(dialRound, init.dialIntervalMs ?? 2000)
  dialTimer.unref()
  dialRound()

  return {
    libp2p,
    peerId: self,
    addrs: () => libp2p.getMultiaddrs().map((a) => a.toString().replace(/\/p2p\/[^/]+$/, '')),
    isMember: (id) => id === self || members.has(id),
    isAdmin: (id) => admins.has(id),
    setMembers (next, nextAdmins) {
      members = new Set(next)
      if (nextAdmins != null) admins = new Set(nextAdmins)
      for (const conn of libp2p.getConnections()) {
        if (!allowed(conn.remotePeer)) void conn.close()
      }
      dialRound()
    },
    learn (id, addrs) {
      if (id === self || addrs.length === 0) return
      const before = known.get(id)
      if (before != null && before.join() === addrs.join()) return
      known.set(id, addrs)
      dialRound()
    },
    connected: () => [...new Set(libp2p.getConnections().map((c) => c.remotePeer.toString()))],
    async stop () {
      clearInterval(dialTimer)
      await libp2p.stop()
    }
  }
}
