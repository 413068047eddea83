/**
 * @packageDocumentation
 * The libp2p host every daemon runs: tcp, noise, yamux, identify and gossipsub, closed to every
 * peer outside the mesh's member list by a connection gater, and kept connected by a small
 * dial loop (libp2p's bootstrap dials once and never retries; gossipsub only meshes with peers
 * it is connected to, so peers learned from announcements must be dialled too).
 *
 * A node keeps about `targetPeers` member connections, not one to every member: gossipsub relays
 * announcements across a sparse random graph, and rpc dials any other member on demand from the
 * addresses announcements carry. A full mesh of 50 daemons is 1,225 connections, each opened
 * with a noise handshake, pinged and carrying gossip; the loop instead dials a few peers at a
 * time, in an order each node ranks differently, with jitter and a growing back-off per
 * unreachable peer.
 *
 * @example
 * ```ts
 * const mesh = await createMesh({ privateKey, listen: ['/ip4/127.0.0.1/tcp/0'], members: [...] })
 * mesh.learn(peerId, ['/ip4/127.0.0.1/tcp/7101'])   // from a capacity announcement
 * await mesh.stop()
 * ```
 */
import { createHash } from 'node:crypto'
import { createLibp2p, type Libp2p } from 'libp2p'
import { tcp } from '@libp2p/tcp'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { identify } from '@libp2p/identify'
import { gossipsub, type GossipSub } from '@libp2p/gossipsub'
import { peerIdFromPrivateKey, peerIdFromString } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import type { PeerId, PrivateKey } from '@libp2p/interface'
import { yamuxStreamOptions } from '../../protocols/frames/yamux-options.ts'
import type { Logger } from '../core/logger.ts'
import { paceGossipHeartbeat, type GossipPace } from './gossip-pace.ts'

export type MeshNode = Libp2p<{ identify: ReturnType<ReturnType<typeof identify>>, pubsub: GossipSub }>

export interface MeshInit {
  privateKey: PrivateKey
  listen: string[]
  /** peer ids admitted to the mesh */
  members: string[]
  /** peer ids admitted for the admin protocol only (CLI identities) */
  admins?: string[]
  bootstrap?: string[]
  /** ms between dial-loop retries of members not yet reached (the back-off's unit), jittered ±25% (2000) */
  dialIntervalMs?: number
  /** member connections the dial loop keeps; it stops dialling at this many (8) */
  targetPeers?: number
  /** dials in flight at once (4) */
  maxDials?: number
  /** ms between pings on each connection, which notice a frozen peer (10000) */
  pingIntervalMs?: number
  /** gossipsub's heartbeat while the mesh changes and once it settled (2 s, 8 s after 30 s quiet) */
  gossipPace?: GossipPace
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

/** ms between gossipsub heartbeats while the mesh forms or changes (see the options below) */
const GOSSIP_HEARTBEAT_MS = 2000
/** ms between gossipsub heartbeats once nothing changed for GOSSIP_SETTLE_MS (gossip-pace.ts) */
const GOSSIP_SETTLED_HEARTBEAT_MS = 8000
const GOSSIP_SETTLE_MS = 30_000
/** ms between gossipsub's peer-score decays (see the options below) */
const SCORE_DECAY_MS = 20_000

export async function createMesh (init: MeshInit): Promise<Mesh> {
  const self = peerIdFromPrivateKey(init.privateKey).toString()
  let members = new Set<string>(init.members)
  let admins = new Set<string>(init.admins ?? [])
  const allowed = (peer: PeerId): boolean => {
    const id = peer.toString()
    return id === self || members.has(id) || admins.has(id)
  }
  // a stranger dialling in is logged once, not once per retry: a scanner must not flood the log
  const strangers = new Set<string>()
  const refused = (id: string, address: string): void => {
    if (strangers.has(id)) return
    if (strangers.size >= 10_000) strangers.clear()
    strangers.add(id)
    init.log?.warn('refused a peer outside the member list', { peer: id, address })
  }
  const known = new Map<string, string[]>()
  for (const addr of init.bootstrap ?? []) {
    const peer = multiaddr(addr).getComponents().find((c) => c.name === 'p2p')?.value
    if (peer == null) throw new Error(`bootstrap address ${addr} lacks /p2p/<peer id>; copy it from the seed's \`meshbackup status\``)
    known.set(peer, [...(known.get(peer) ?? []), addr.replace(/\/p2p\/[^/]+$/, '')])
  }

  const libp2p = await createLibp2p({
    // started below, so a node that cannot listen is stopped again instead of left half-started
    start: false,
    privateKey: init.privateKey,
    addresses: { listen: init.listen },
    transports: [tcp()],
    connectionEncrypters: [noise()],
    // pingConnections pings every connection more often than yamux's 30 s keep-alive, which never
    // closes a connection whose pong does not come
    streamMuxers: [yamux({ streamOptions: yamuxStreamOptions, enableKeepAlive: false })],
    connectionGater: {
      denyDialMultiaddr: () => false,
      denyDialPeer: (peer) => !allowed(peer),
      denyInboundEncryptedConnection: (peer, conn) => {
        if (allowed(peer)) return false
        refused(peer.toString(), conn?.remoteAddr?.toString() ?? '?')
        return true
      },
      denyOutboundEncryptedConnection: (peer) => !allowed(peer)
    },
    // Liveness is pingConnections' below: libp2p's monitor opened a stream per ping (a yamux SYN,
    // multistream-select of a protocol no daemon serves, FIN, a logger per stream); its pings were
    // ~40% of an idle daemon's CPU (sim/idle-cost.ts: 0.89% → 0.52% of a core with them off).
    connectionMonitor: { enabled: false },
    // libp2p admits 5 new connections a second per remote address; members behind one address
    // (one host, one NAT, 127.0.0.1) starting together were refused for a minute at 50 nodes.
    // Strangers still cost one noise handshake each before the gater refuses them.
    connectionManager: { inboundConnectionThreshold: 25 },
    services: {
      identify: identify(),
      pubsub: gossipsub({
        allowPublishToZeroTopicPeers: true,
        emitSelf: false,
        // The heartbeat maintains the mesh and sends IHAVE gossip; announcements and disconnects
        // travel without it. Every 2 s instead of every second it wakes an idle daemon half as
        // often. Nodes a busy peer pruned from its mesh learn of the others by that gossip alone,
        // which by default goes to a quarter of them per heartbeat: at 2 s, 14 nodes bootstrapped to
        // one seed then took 12 s instead of 5 s to see each other. Gossip to every non-mesh peer
        // took 3 s, and with at most ~8 connections a node sends no more IHAVEs a second than before.
        heartbeatInterval: init.gossipPace?.fastMs ?? GOSSIP_HEARTBEAT_MS,
        gossipFactor: 1,
        // An idle daemon's CPU is almost all gossip: each announcement is received, verified and
        // forwarded by every node, about once per mesh link. A degree of 3 instead of 4, and own
        // announcements sent to the mesh peers rather than flooded to every connection, cut an
        // idle daemon's CPU by ~15% (20 nodes: 3.3% → 2.8% of a core); heartbeat gossip (IHAVE to
        // Dlazy peers) still repairs what a sparser mesh misses.
        floodPublish: false,
        D: 3,
        Dlo: 2,
        Dhi: 5,
        Dout: 1,
        Dscore: 1,
        Dlazy: 3,
        // The gater admits members only, so gossipsub's Sybil defence by IP (a score of
        // -5 × (peers on one IP - 10)²) only hurts: with more than 10 daemons behind one address
        // (one host, one NAT, 127.0.0.1) every peer fell below the graylist and no announcement passed.
        // Scores decay on their own timer, by default every second; only behaviour penalties ever
        // score here (nothing above weighs topics), and they may well fade over 20 s steps (each
        // step woke an idle daemon: 5 s steps were ~5% of its CPU).
        scoreParams: { IPColocationFactorWeight: 0, decayInterval: SCORE_DECAY_MS },
        // Without it gossipsub checks the signature of every copy a mesh peer forwards (about D
        // per message, ~0.45 ms each) before it finds the copy is a duplicate. Only messages that
        // passed validation enter this cache, so a forged (from, seqno) cannot shadow a real one.
        fastMsgIdFn: (msg) => msg.from != null && msg.seqno != null ? `${hex(msg.from)}/${hex(msg.seqno)}` : ''
      })
    }
  }) as unknown as MeshNode
  try {
    await libp2p.start()
  } catch (err) {
    await Promise.resolve(libp2p.stop()).catch(() => {})
    throw err
  }

  // rpc and the data pipe dial members by peer id, which libp2p resolves from its peer store alone:
  // a seed's addresses (given at start, so never "new" in an announcement) must go there too, or a
  // node that never connected to that seed cannot reach it ("no valid addresses": at 20 nodes
  // proxies failed every data pipe to a repository that was one of the seeds)
  const store = (id: string, addrs: string[]): void => {
    libp2p.peerStore.merge(peerIdFromString(id), { multiaddrs: addrs.map((a) => multiaddr(a)) })
      .catch((err: Error) => init.log?.debug('peer store update failed', { peer: id, error: err.message }))
  }
  for (const [id, addrs] of known) if (id !== self) store(id, addrs)
  const intervalMs = init.dialIntervalMs ?? 2000
  const targetPeers = init.targetPeers ?? 8
  const maxDials = init.maxDials ?? 4
  const dialing = new Set<string>()
  const bootstrapPeers = new Set(known.keys())
  const failures = new Map<string, { count: number, at: number, jitter: number }>()
  // a member that was connected and went away most likely restarts (a crash, an upgrade): it is
  // redialled every interval for a while instead of backing off to 16, or a restarted seed with
  // no bootstrap list of its own (the manager, usually) stayed alone ~20 s
  const lost = new Map<string, number>()
  // each node orders candidates by its own hash of the pair, so the peers picked form a random
  // graph rather than every node crowding the same few
  const ranks = new Map<string, number>()
  const rank = (id: string): number => {
    let r = ranks.get(id)
    if (r == null) {
      r = createHash('sha256').update(`${self}/${id}`).digest().readUInt32BE(0)
      ranks.set(id, r)
    }
    return r
  }
  const connectedPeers = (): string[] => [...new Set(libp2p.getConnections().map((c) => c.remotePeer.toString()))]
  let stopped = false
  let dialTimer: NodeJS.Timeout | undefined
  // The timer only retries members whose dials failed and are backing off. With every known member
  // connected or being dialled, or enough peers, it is not armed: a disconnect, a dial ending, a
  // learnt address or a new member list runs the next round, and an idle mesh is not woken every
  // interval (the rounds were ~5% of an idle daemon's CPU, sim/idle-cost.ts).
  const retryLater = (): void => {
    if (dialTimer != null || stopped) return
    dialTimer = setTimeout(() => { dialTimer = undefined; dialRound() }, intervalMs * (0.75 + Math.random() / 2))
    dialTimer.unref()
  }
  const dialRound = (): void => {
    if (stopped) return
    const connected = new Set(connectedPeers())
    const peers = [...connected].filter((id) => members.has(id)).length
    const alone = peers === 0
    // alone, a node tries one seed at a time, the one it ranks first: seeds listed by every node
    // then share the joiners instead of each taking all of them
    const want = Math.min(targetPeers - peers, alone ? 1 : maxDials) - dialing.size
    if (want <= 0) return
    const now = Date.now()
    // back off 1, 2, 4 … 16 intervals, jittered so peers refused together do not retry together;
    // but a node with no peer keeps trying its seeds every other interval: there is no other way in
    const due = (id: string): boolean => {
      const f = failures.get(id)
      if (f == null) return true
      const recentlyLost = now - (lost.get(id) ?? -Infinity) < LOST_REDIAL_MS
      const exponent = recentlyLost ? 0 : Math.min(f.count - 1, alone && bootstrapPeers.has(id) ? 1 : 4)
      return now - f.at >= intervalMs * 2 ** exponent * f.jitter
    }
    const waiting = [...known.keys()].filter((id) => id !== self && members.has(id) && !dialing.has(id) && !connected.has(id))
    const candidates = waiting.filter(due)
    // while alone, seeds first: they are how a new node learns of the others; then seeds are
    // peers like any other, so they do not end up holding a connection to everyone
    const seedFirst = (id: string): number => alone && bootstrapPeers.has(id) ? 0 : 1
    candidates.sort((a, b) => seedFirst(a) - seedFirst(b) || rank(a) - rank(b))
    const dials = candidates.slice(0, want)
    if (waiting.length > dials.length) retryLater()
    for (const id of dials) {
      dialing.add(id)
      const targets = (known.get(id) ?? []).map((a) => multiaddr(`${a}/p2p/${id}`))
      // a long deadline: on a loaded host a dial waits in the peer's accept queue, and one given up
      // there costs the peer an accept and a failed handshake and the dialler a new place at the back
      libp2p.dial(targets, { signal: AbortSignal.timeout(20_000) })
        .then(() => failures.delete(id))
        .catch((err: Error) => {
          failures.set(id, { count: (failures.get(id)?.count ?? 0) + 1, at: Date.now(), jitter: 0.5 + Math.random() })
          init.log?.debug('dial failed', { peer: id, error: err.message })
        })
        .finally(() => { dialing.delete(id); dialRound() })
    }
  }
  const stopPings = pingConnections(libp2p, init.pingIntervalMs ?? 10_000, init.log)
  const stopPacing = paceGossipHeartbeat(libp2p, init.gossipPace ?? { fastMs: GOSSIP_HEARTBEAT_MS, slowMs: GOSSIP_SETTLED_HEARTBEAT_MS, settleMs: GOSSIP_SETTLE_MS })
  // a lost peer is replaced without waiting for the next round
  libp2p.addEventListener('peer:disconnect', (evt) => {
    const id = evt.detail.toString()
    if (members.has(id)) lost.set(id, Date.now())
    setImmediate(dialRound)
  })
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
      // a peer taken off the list is disconnected now (the gater refuses it from here on);
      // a connection that does not close in a second is aborted
      for (const conn of libp2p.getConnections()) {
        if (allowed(conn.remotePeer)) continue
        Promise.resolve(conn.close({ signal: AbortSignal.timeout(1000) }))
          .catch((err: Error) => conn.abort(err))
      }
      dialRound()
    },
    learn (id, addrs) {
      if (id === self || addrs.length === 0) return
      const before = known.get(id)
      if (before != null && before.join() === addrs.join()) return
      known.set(id, addrs)
      store(id, addrs)
      dialRound()
    },
    connected: connectedPeers,
    async stop () {
      stopped = true
      clearTimeout(dialTimer)
      stopPings()
      stopPacing()
      await libp2p.stop()
    }
  }
}

/**
 * ms a ping may go unanswered before its connection is taken for dead: past libp2p's 5 s default,
 * event loops of a loaded host (30 daemons on 2 cores) stalled that long and live proxies, with
 * every task over their connection, were dropped. With the 10 s interval a frozen peer is noticed
 * within about 25 s, before its capacity entry expires (3 × the 10 s heartbeat).
 */
const PING_TIMEOUT_MS = 15_000

/** The part of a connection's yamux muxer pingConnections uses (libp2p's Connection type hides it). */
interface PingableMuxer {
  status: string
  ping?: (options: { signal: AbortSignal }) => Promise<number>
}

/**
 * Pings every connection each `intervalMs` with a yamux ping frame (12 bytes each way, no stream)
 * and aborts a connection whose pong does not come within PING_TIMEOUT_MS, so a frozen or
 * unreachable peer is noticed (a killed one closes its sockets and is noticed at once).
 * Returns the function that stops it.
 */
function pingConnections (libp2p: MeshNode, intervalMs: number, log?: Logger): () => void {
  const timer = setInterval(() => {
    for (const conn of libp2p.getConnections()) {
      const muxer = (conn as unknown as { muxer?: PingableMuxer }).muxer
      if (muxer?.ping == null || muxer.status !== 'open') continue
      // not AbortSignal.timeout: its timer is never cleared and would wake the daemon again 15 s
      // after every answered ping
      const deadline = new AbortController()
      const timeout = setTimeout(() => deadline.abort(new Error(`no answer to a ping in ${PING_TIMEOUT_MS} ms`)), PING_TIMEOUT_MS)
      timeout.unref()
      muxer.ping({ signal: deadline.signal }).then((rtt) => { conn.rtt = rtt }, (err: Error) => {
        if (conn.status !== 'open') return
        log?.warn('a peer did not answer a ping: closing its connection', { peer: conn.remotePeer.toString(), error: err.message })
        conn.abort(err)
      }).finally(() => clearTimeout(timeout))
    }
  }, intervalMs)
  timer.unref()
  return () => clearInterval(timer)
}

/** ms a member that went away is redialled every interval before backing off as usual. */
const LOST_REDIAL_MS = 60_000

function hex (bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex')
}
