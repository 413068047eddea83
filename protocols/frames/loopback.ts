/**
 * @packageDocumentation
 * A protocol served to its own process. libp2p cannot dial itself ("Can not dial self"), yet a
 * node may be both ends: a restore on the repository's own node (the disaster drill: one machine
 * with the repository folder and nothing else). A server registers its frame handler under its
 * peer id and protocol; a client of the same process asking for that pair gets frames over a
 * loopback socket pair, the same framing a bulk lane uses, with the handler running on the other
 * end.
 *
 * @example
 * ```ts
 * serveLoopback(peerId, RESTORE_PROTOCOL, async (frames) => { … })   // replaces an earlier handler
 * const frames = await dialLoopback(peerId, RESTORE_PROTOCOL, { maxFrameBytes })   // undefined: not served here
 * unserveLoopback(peerId, RESTORE_PROTOCOL)
 * ```
 */
import { once } from 'node:events'
import { createServer, connect, type AddressInfo, type Socket } from 'node:net'
import type { Frames } from './frames.ts'
import { framedSocket } from './socket-frames.ts'

export type LoopbackHandler = (frames: Frames) => Promise<void>

const handlers = new Map<string, LoopbackHandler>()

/** Serves `protocol` of `peerId` to this process (in place of an earlier handler). */
export function serveLoopback (peerId: string, protocol: string, handler: LoopbackHandler): void {
  handlers.set(`${peerId} ${protocol}`, handler)
}

export function unserveLoopback (peerId: string, protocol: string): void {
  handlers.delete(`${peerId} ${protocol}`)
}

/** Frames to this process's own server of `protocol` for `peerId`, or undefined when there is none. */
export async function dialLoopback (peerId: string, protocol: string, options: { maxFrameBytes?: number } = {}): Promise<Frames | undefined> {
  const handler = handlers.get(`${peerId} ${protocol}`)
  if (handler === undefined) return undefined
  const server = createServer()
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  let client: Socket
  let accepted: Socket
  try {
    // the served end is our own client's connection, not whichever local process came first
    const accepting = new Promise<Socket>((resolve) => {
      server.on('connection', (socket: Socket) => {
        if (socket.remotePort === client.localPort) resolve(socket)
        else socket.destroy()
      })
    })
    client = connect((server.address() as AddressInfo).port, '127.0.0.1')
    await once(client, 'connect')
    accepted = await accepting
  } finally {
    server.close()
  }
  const served = framedSocket(accepted, { remotePeer: peerId, maxFrameBytes: options.maxFrameBytes })
  void handler(served).catch((err: Error) => { served.abort(err) })
  return framedSocket(client, { remotePeer: peerId, maxFrameBytes: options.maxFrameBytes })
}
