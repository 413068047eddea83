/**
 * @packageDocumentation
 * The daemon's local admin socket: how the CLI on the same machine reaches its own daemon without
 * a libp2p node of its own (no key, no dial, no noise handshake: a CLI command starts in a fraction
 * of the time). The socket lives in the home (admin.sock, mode 0600, in a home of mode 0700), so
 * only the daemon's user (and root) can open it: the file permissions are the authentication, as
 * with Docker's and Podman's sockets. It speaks the admin protocol's own messages: the client
 * sends one AdminRequest, the daemon answers with AdminReply frames (progress, then the final
 * reply) and closes; each frame is a 4-byte big-endian length and the protobuf bytes.
 * The libp2p admin protocol (protocols/admin.ts) stays for remote admin peers.
 *
 * This file is loaded by every CLI command: it imports no libp2p and nothing of the roles, and
 * each side loads its codec when it starts: the daemon proto/index.ts (which it has loaded
 * already), the CLI proto/admin-codec.ts (the admin messages alone).
 *
 * @example
 * ```ts
 * const socket = await serveAdminSocket({ path: homePaths(home).adminSocket, handler, log })
 * const admin = await connectAdminSocket(homePaths(home).adminSocket)
 * const reply = await admin.request({ status: {} })
 * ```
 */
import { createConnection, createServer, type Socket } from 'node:net'
import { chmod, lstat, rm } from 'node:fs/promises'
import type { AdminReply, AdminRequest, Progress } from '../../proto/index.ts'
import type { AdminClient, AdminHandler } from '../../protocols/admin.ts'
import { AdminCallError, adminReplyError, answerAdmin } from '../../protocols/admin-call-error.ts'
import { CodedError } from '../core/errors.ts'
import type { Logger } from '../core/logger.ts'

/** The largest frame either side accepts: a points list of a big mesh fits many times over. */
export const MAX_ADMIN_FRAME_BYTES = 64 * 1024 * 1024
/** A unix socket path's limit on Linux (sun_path is 108 bytes with its NUL). */
export const MAX_SOCKET_PATH_BYTES = 107
/** How long the daemon waits for the request after a client connected. */
const REQUEST_TIMEOUT_MS = 10_000
/** How long the client keeps its first connection for the first request. */
const SPARE_MS = 2_000

export interface AdminSocket {
  /** the socket's path, or undefined when the home's path is too long for one (the CLI then dials libp2p) */
  readonly path: string | undefined
  /** admin requests served over the socket since the start */
  readonly served: number
  close(): Promise<void>
}

export interface AdminSocketInit {
  path: string
  handler: AdminHandler
  log: Logger
}

/** The admin socket could not be made (a file that is no socket in its place, a folder it cannot write). */
export class AdminSocketError extends CodedError<'ERR_ADMIN_SOCKET'> {}

/** What either side needs of a protobuf codec module: the two admin messages. */
interface AdminCodec {
  AdminRequest: { encode(message: AdminRequest): { finish(): Uint8Array }, decode(bytes: Uint8Array): AdminRequest }
  AdminReply: { encode(message: AdminReply): { finish(): Uint8Array }, decode(bytes: Uint8Array): AdminReply }
}

function frame (bytes: Uint8Array): Buffer {
  const header = Buffer.allocUnsafe(4)
  header.writeUInt32BE(bytes.length)
  return Buffer.concat([header, bytes])
}

/** Cuts a byte stream into frames; throws on a frame above the limit. */
class FrameReader {
  #buffered: Buffer = Buffer.alloc(0)

  push (chunk: Buffer): Buffer[] {
    this.#buffered = this.#buffered.length === 0 ? chunk : Buffer.concat([this.#buffered, chunk])
    const frames: Buffer[] = []
    while (this.#buffered.length >= 4) {
      const length = this.#buffered.readUInt32BE(0)
      if (length > MAX_ADMIN_FRAME_BYTES) throw new CodedError('ERR_FRAME_TOO_LARGE', `an admin socket frame of ${length} bytes is above the limit of ${MAX_ADMIN_FRAME_BYTES}`)
      if (this.#buffered.length < 4 + length) break
      frames.push(this.#buffered.subarray(4, 4 + length))
      this.#buffered = this.#buffered.subarray(4 + length)
    }
    return frames
  }
}

/**
 * Listens on the admin socket. A socket file left by a daemon that was killed is replaced: the
 * node database's lock, taken before, means no other daemon runs for this home.
 */
export async function serveAdminSocket (init: AdminSocketInit): Promise<AdminSocket> {
  const { path, handler, log } = init
  if (Buffer.byteLength(path) > MAX_SOCKET_PATH_BYTES) {
    log.warn('the home\'s path is too long for a unix socket: the CLI reaches this daemon over libp2p (slower)', { path })
    return { path: undefined, served: 0, close: async () => {} }
  }
  await removeStale(path)
  const { pb } = await import('../../proto/index.ts')
  let served = 0
  const clients = new Set<Socket>()
  const server = createServer((socket) => {
    clients.add(socket)
    socket.on('close', () => clients.delete(socket))
    socket.on('error', (err) => log.debug('admin socket client failed', { error: err.message }))
    void serve(socket, pb, handler, log, () => { served++ })
  })
  // the socket is made with mode 0600 from the start (the umask applies to bind, which listen()
  // does before it returns: the process's umask is back before any other code runs), and set so again
  const umask = process.umask(0o177)
  let listening: Promise<void>
  try {
    listening = new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(path, () => { server.off('error', reject); resolve() })
    })
  } finally {
    process.umask(umask)
  }
  try {
    await listening
  } catch (err: any) {
    throw new AdminSocketError('ERR_ADMIN_SOCKET', `cannot listen on the admin socket ${path}: ${err.message}; check the home folder's owner and permissions`, { cause: err })
  }
  await chmod(path, 0o600)
  log.info('admin socket open', { path })
  let closing: Promise<void> | undefined
  return {
    path,
    get served () { return served },
    async close () {
      closing ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()))
        for (const socket of clients) socket.destroy()
        await closed
        await rm(path, { force: true })
      })()
      await closing
    }
  }
}

async function removeStale (path: string): Promise<void> {
  let stat
  try {
    stat = await lstat(path)
  } catch (err: any) {
    if (err.code === 'ENOENT') return
    throw new AdminSocketError('ERR_ADMIN_SOCKET', `cannot look at the admin socket ${path}: ${err.message}; check the home folder's owner and permissions`, { cause: err })
  }
  if (!stat.isSocket()) throw new AdminSocketError('ERR_ADMIN_SOCKET', `${path} is in the place of the admin socket but is no socket; move it away and start the daemon again`)
  await rm(path, { force: true })
}

/** One admin request on one connection: read it, answer with progress frames and the final reply, close. */
async function serve (socket: Socket, pb: AdminCodec, handler: AdminHandler, log: Logger, counted: () => void): Promise<void> {
  const send = (reply: AdminReply): void => {
    if (!socket.destroyed && socket.writable) socket.write(frame(pb.AdminReply.encode(reply).finish()))
  }
  let request: AdminRequest
  try {
    request = await readRequest(socket, pb)
  } catch (err: any) {
    send({ error: { code: err.code ?? 'ERR_BAD_REQUEST', message: err.message } })
    socket.end()
    return
  }
  counted()
  // the debug line names the request: tests (and an operator) see which way a command came
  log.debug('admin request over the local socket', { request: Object.keys(request).find((k) => (request as Record<string, unknown>)[k] != null) })
  send(await answerAdmin(handler, request, async (p) => { send({ progress: p }) }))
  socket.end()
}

async function readRequest (socket: Socket, pb: AdminCodec): Promise<AdminRequest> {
  return await new Promise((resolve, reject) => {
    const reader = new FrameReader()
    const done = (err: Error | undefined, request?: AdminRequest): void => {
      clearTimeout(timer)
      socket.off('data', onData)
      socket.off('end', onEnd)
      socket.off('close', onEnd)
      if (err != null) reject(err)
      else resolve(request!)
    }
    const timer = setTimeout(() => done(new CodedError('ERR_BAD_REQUEST', `no admin request within ${REQUEST_TIMEOUT_MS / 1000} s`)), REQUEST_TIMEOUT_MS)
    const onEnd = (): void => done(new CodedError('ERR_BAD_REQUEST', 'the connection closed before a whole admin request'))
    const onData = (chunk: Buffer): void => {
      try {
        const frames = reader.push(chunk)
        if (frames.length > 0) done(undefined, pb.AdminRequest.decode(frames[0]!))
      } catch (err: any) {
        done(err.code != null ? err : new CodedError('ERR_BAD_REQUEST', `not an AdminRequest: ${err.message}`))
      }
    }
    socket.on('data', onData)
    socket.on('end', onEnd)
    // a client destroyed by close() ends here too: no timer is left to hold the daemon's exit
    socket.on('close', onEnd)
  })
}

/**
 * A connection to the admin socket at `path`. The first connection is made now, so a missing or
 * forbidden socket shows at once; its error is the raw one (ENOENT, EACCES, ECONNREFUSED), for
 * the CLI to explain. Each request then takes a connection of its own.
 */
export async function connectAdminSocket (path: string): Promise<AdminClient> {
  // the first connection serves the first request when that comes at once (a CLI command), not
  // after the daemon has given up waiting for it (a REPL idle at its prompt)
  const [{ adminPb }, first] = await Promise.all([import('../../proto/admin-codec.ts'), openSocket(path)])
  let spare: Socket | undefined = first
  const spareUntil = Date.now() + SPARE_MS
  const open = new Set<Socket>()
  return {
    async request (request, onProgress) {
      const fresh = spare != null && Date.now() < spareUntil ? spare : undefined
      if (fresh == null) spare?.destroy()
      spare = undefined
      const socket = fresh ?? await openSocket(path)
      open.add(socket)
      try {
        return await exchange(socket, adminPb, request, onProgress)
      } finally {
        open.delete(socket)
        socket.destroy()
      }
    },
    async close () {
      spare?.destroy()
      spare = undefined
      for (const socket of open) socket.destroy()
    }
  }
}

async function openSocket (path: string): Promise<Socket> {
  return await new Promise((resolve, reject) => {
    const socket = createConnection(path)
    socket.once('error', reject)
    socket.once('connect', () => { socket.off('error', reject); resolve(socket) })
  })
}

async function exchange (socket: Socket, pb: AdminCodec, request: AdminRequest, onProgress?: (p: Progress) => void): Promise<AdminReply> {
  return await new Promise((resolve, reject) => {
    const reader = new FrameReader()
    let settled = false
    const settle = (err: Error | undefined, reply?: AdminReply): void => {
      if (settled) return
      settled = true
      if (err != null) reject(err)
      else resolve(reply!)
    }
    socket.on('data', (chunk: Buffer) => {
      try {
        for (const bytes of reader.push(chunk)) {
          const reply = pb.AdminReply.decode(bytes)
          if (reply.progress != null) {
            onProgress?.(reply.progress)
            continue
          }
          if (reply.error != null) settle(adminReplyError(reply.error))
          else settle(undefined, reply)
          return
        }
      } catch (err: any) {
        settle(err)
      }
    })
    const hungUp = (): void => settle(new AdminCallError('ERR_DAEMON_HUNG_UP', 'the daemon closed the admin socket without an answer; see its log'))
    socket.on('end', hungUp)
    socket.on('close', hungUp)
    socket.on('error', (err) => settle(new AdminCallError('ERR_DAEMON_HUNG_UP', `the admin socket failed during the request (${err.message}); see the daemon's log`)))
    socket.write(frame(pb.AdminRequest.encode(request).finish()))
  })
}
