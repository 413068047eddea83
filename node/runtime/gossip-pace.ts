/**
 * @packageDocumentation
 * Paces gossipsub's heartbeat to what the mesh is doing: fast while it forms or changes (peers
 * connecting or leaving, topics joined, grafts and prunes), slow once nothing has changed for a
 * while. The heartbeat is how gossipsub grafts its topic mesh and repairs it, so a forming mesh
 * needs it often; a settled one only has it tick over, and those ticks were a quarter of an idle
 * daemon's CPU at 2 s (sim/idle-cost.ts: 0.23% → 0.17% of a core with 8 s once settled).
 *
 * gossipsub reads `opts.heartbeatInterval` afresh each time it schedules the next heartbeat, so a
 * change takes effect after the heartbeat in progress; a node joining is itself fast from its
 * start and grafts onto its neighbours (who take its graft at once, not at their heartbeat).
 *
 * @example
 * ```ts
 * const stop = paceGossipHeartbeat(libp2p, { fastMs: 2000, slowMs: 8000, settleMs: 30_000 })
 * ```
 */
import type { GossipSub } from '@libp2p/gossipsub'
import type { Libp2p } from 'libp2p'

export interface GossipPace {
  /** heartbeat while the mesh changes */
  fastMs: number
  /** heartbeat once it has been quiet for `settleMs` */
  slowMs: number
  /** quiet time before slowing down; longer than `slowMs`, or a change made during a slow wait is undone before it is taken */
  settleMs: number
}

/** The events that mean the topic mesh is forming or changing. */
const MESH_EVENTS = ['subscription-change', 'gossipsub:graft', 'gossipsub:prune'] as const
const PEER_EVENTS = ['peer:connect', 'peer:disconnect'] as const

/** Starts pacing `libp2p`'s gossipsub (fast first); returns the function that stops it. */
export function paceGossipHeartbeat (libp2p: Libp2p<{ pubsub: GossipSub }>, pace: GossipPace): () => void {
  // the class has the options; the GossipSub interface gossipsub exports does not show them
  const pubsub = libp2p.services.pubsub as GossipSub & { opts?: { heartbeatInterval: number } }
  const opts = pubsub.opts
  // a gossipsub that no longer reads its options this way must fail here, not leave a slow mesh
  if (opts == null || typeof opts.heartbeatInterval !== 'number') throw new Error('gossipsub has no opts.heartbeatInterval to pace: check node/runtime/gossip-pace.ts against its version')
  if (!(pace.settleMs > pace.slowMs)) throw new Error(`gossip pace: settleMs (${pace.settleMs}) must be longer than slowMs (${pace.slowMs})`)
  let settleTimer: NodeJS.Timeout | undefined
  let stopped = false
  const changed = (): void => {
    if (stopped) return
    opts.heartbeatInterval = pace.fastMs
    clearTimeout(settleTimer)
    settleTimer = setTimeout(() => { opts.heartbeatInterval = pace.slowMs }, pace.settleMs)
    settleTimer.unref()
  }
  for (const name of MESH_EVENTS) pubsub.addEventListener(name, changed)
  for (const name of PEER_EVENTS) libp2p.addEventListener(name, changed)
  changed()
  return () => {
    stopped = true
    clearTimeout(settleTimer)
    for (const name of MESH_EVENTS) pubsub.removeEventListener(name, changed)
    for (const name of PEER_EVENTS) libp2p.removeEventListener(name, changed)
  }
}
