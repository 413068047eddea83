/**
 * @packageDocumentation
 * The admin protocol: the CLI (and REPL) send one AdminRequest per stream to their daemon and read
 * AdminReply frames back — progress frames for long operations, then one final reply. Only peers
 * holding an admin key (config.admins) are served; the CLI dials with the admin key of the home.
 *
 * @example
 * ```ts
 * const admin = await connectAdmin({ privateKey, daemon: '/ip4/127.0.0.1/tcp/7100/p2p/12D3…' })
 * const reply = await admin.request({ jobList: {} })
 * await admin.close()
 * ```
 */
import { createLibp2p } from 'libp2p'
import { tcp } from '@libp2p/tcp'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { multiaddr } from '@multiformats/multiaddr'
import type { Libp2p, PrivateKey } from '@libp2p/interface'
import { pb, type AdminReply, type AdminRequest, type Progress } from '../proto/index.ts'
import { closeAndDrain } from './frames/frames.ts'
import { framed } from './frames/stream-frames.ts'
import { yamuxStreamOptions } from './frames/yamux-options.ts'
import { AdminCallError, adminReplyError, answerAdmin } from './admin-call-error.ts'

export const ADMIN_PROTOCOL = '/meshbackup/admin/1.0.0'

/** Sends progress while a request runs; resolves to the final reply. */
export type AdminHandler = (request: AdminRequest, progress: (p: Progress) => Promise<void>) => Promise<AdminReply>

export { AdminCallError }

export interface AdminServerInit {
  libp2p: Libp2p
  isAdmin: (peerId: string) => boolean
  handler: AdminHandler
  log?: { warn: (msg: string, fields?: Record<string, unknown>) => void }
}

export async function handleAdmin (init: AdminServerInit): Promise<void> {
  await init.libp2p.handle(ADMIN_PROTOCOL, async (stream, connection) => {
    const peer = connection.remotePeer.toString()
    const f = framed(stream, { remotePeer: peer })
    const send = async (reply: AdminReply): Promise<void> => { await f.writeMessage(pb.AdminReply, reply) }
    try {
      if (!init.isAdmin(peer)) {
        await send({ error: { code: 'ERR_NOT_ADMIN', message: `peer ${peer} holds no admin key of this node; use the admin.key of this node's home` } })
        await closeAndDrain(f)
        return
      }
      const request = await f.readMessage(pb.AdminRequest, { timeoutMs: 10_000 })
      if (request == null) return
      await send(await answerAdmin(init.handler, request, async (p) => { await send({ progress: p }) }))
      await closeAndDrain(f)
    } catch (err: any) {
      init.log?.warn('admin stream failed', { peer, error: err.message })
      f.abort(err)
    }
  }, { runOnLimitedConnection: false })
}

export interface AdminClient {
  request(request: AdminRequest, onProgress?: (p: Progress) => void): Promise<AdminReply>
  close(): Promise<void>
}

export interface AdminClientInit {
  privateKey: PrivateKey
  /** the daemon's multiaddr, ending in /p2p/<peer id> */
  daemon: string
  timeoutMs?: number
}

export async function connectAdmin (init: AdminClientInit): Promise<AdminClient> {
  const libp2p = await createLibp2p({
    privateKey: init.privateKey,
    transports: [tcp()],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux({ streamOptions: yamuxStreamOptions })],
    connectionGater: { denyDialMultiaddr: () => false }
  })
  const target = multiaddr(init.daemon)
  try {
    await libp2p.dial(target, { signal: AbortSignal.timeout(init.timeoutMs ?? 5000) })
  } catch (err: any) {
    await libp2p.stop()
    throw new AdminCallError('ERR_DAEMON_UNREACHABLE', `the daemon at ${init.daemon} does not answer (${err.message}); is it running? start it with \`meshbackup daemon\``)
  }
  return {
    async request (request, onProgress) {
      const stream = await libp2p.dialProtocol(target, ADMIN_PROTOCOL)
      const f = framed(stream)
      await f.writeMessage(pb.AdminRequest, request)
      for (;;) {
        const reply = await f.readMessage(pb.AdminReply)
        if (reply == null) throw new AdminCallError('ERR_DAEMON_HUNG_UP', 'the daemon closed the admin stream without an answer; see its log')
        if (reply.progress != null) {
          onProgress?.(reply.progress)
          continue
        }
        await f.close().catch(() => {})
        if (reply.error != null) throw adminReplyError(reply.error)
        return reply
      }
    },
    async close () {
      await libp2p.stop()
    }
  }
}
