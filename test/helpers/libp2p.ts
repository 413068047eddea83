/**
 * Test helper: bare libp2p nodes (tcp + noise + yamux) listening on 127.0.0.1, and a way to let
 * one dial another by peer id.
 */
import { createLibp2p } from 'libp2p'
import { tcp } from '@libp2p/tcp'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import type { Libp2p } from '@libp2p/interface'
import { yamuxStreamOptions } from '../../protocols/frames/yamux-options.ts'

export interface TestNodeOptions {
  /** Yamux stream options; default the ones protocols/frames/yamux-options.ts recommends. */
  streamOptions?: Record<string, number>
}

/** Starts a node listening on an ephemeral 127.0.0.1 port. */
export async function startNode (options: TestNodeOptions = {}): Promise<Libp2p> {
  return createLibp2p({
    addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] },
    transports: [tcp()],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux({ streamOptions: options.streamOptions ?? yamuxStreamOptions })]
  })
}

/** Teaches `from` the listen addresses of `to`, so that dialling `to` by peer id works. */
export async function introduce (from: Libp2p, to: Libp2p): Promise<void> {
  await from.peerStore.merge(to.peerId, { multiaddrs: to.getMultiaddrs() })
}

/** Starts `count` nodes that all know each other's addresses. */
export async function startNodes (count: number, options: TestNodeOptions = {}): Promise<Libp2p[]> {
  const nodes = await Promise.all(Array.from({ length: count }, async () => startNode(options)))
  for (const a of nodes) {
    for (const b of nodes) {
      if (a !== b) await introduce(a, b)
    }
  }
  return nodes
}

/** Stops every node, ignoring ones already stopped. */
export async function stopNodes (nodes: Libp2p[]): Promise<void> {
  await Promise.all(nodes.map(async (node) => node.stop()))
  nodes.length = 0
}
