/**
 * @packageDocumentation
 * An NBD server (https://github.com/NetworkBlockDevice/nbd/blob/master/doc/proto.md) that
 * serves read-only exports from {@link NbdExportSource}s, for instant recovery: a VM boots from a
 * restore point while QEMU's NBD client reads its blocks on demand (point-disk.ts is the source
 * that reads them from a repository). Fixed newstyle handshake with structured replies and the
 * base:allocation context, many requests in flight per connection answered in any order, many
 * connections per export; one connection's protocol error closes that connection, never the server.
 *
 * It listens on a unix socket (mode 0600: only this user's QEMU connects) or on a TCP address.
 *
 * @example
 * ```ts
 * const server = await NbdServer.listen({ path: '/run/meshbackup/recover.sock' }, { log })
 * server.add('web01-disk0', new PointDiskSource({ size, blockSize, digests, fetch }))
 * // qemu-img convert -f raw 'nbd+unix:///web01-disk0?socket=/run/meshbackup/recover.sock' out.raw
 * server.remove('web01-disk0')
 * await server.close()
 * ```
 */
import { chmod, rm } from 'node:fs/promises'
import { connect as netConnect, createServer, type Server, type Socket } from 'node:net'
import { silentLogger, type Logger } from '../../core/logger.ts'
import { NbdConnection } from './connection.ts'
import { NbdServerError } from './errors.ts'
import type { NbdExportSource } from './export-source.ts'

export type { NbdExportSource } from './export-source.ts'

/** Longest export name (the NBD spec's limit for strings). */
const MAX_NAME_BYTES = 4096

export class NbdServer {
  /** 'unix:/path' or 'tcp:host:port' */
  readonly address: string
  readonly #server: Server
  readonly #path: string | undefined
  readonly #log: Logger
  readonly #exports = new Map<string, NbdExportSource>()
  readonly #connections = new Set<NbdConnection>()
  #closing: Promise<void> | undefined

  private constructor (server: Server, address: string, path: string | undefined, log: Logger) {
    this.#server = server
    this.address = address
    this.#path = path
    this.#log = log
  }

  /** listens on a unix socket path (mode 0600) or host/port (127.0.0.1 only in tests) */
  static async listen (at: { path: string } | { host: string, port: number }, options: { log?: Logger } = {}): Promise<NbdServer> {
    const log = options.log ?? silentLogger
    const where = 'path' in at ? `unix:${at.path}` : `tcp:${at.host}:${at.port}`
    let self: NbdServer | undefined
    const server = createServer({ noDelay: true }, (socket) => {
      if (self === undefined || self.#closing !== undefined) socket.destroy()
      else self.#accept(socket)
    })
    try {
      await listenOn(server, at)
    } catch (err) {
      const e = err as NodeJS.ErrnoException
      if (e.code === 'EADDRINUSE' && 'path' in at && !(await answers(at.path))) {
        // a socket file left by a server that is gone: nobody listens, so it is ours to replace
        await rm(at.path, { force: true })
        try {
          await listenOn(server, at)
        } catch (again) {
          throw listenError(where, again as NodeJS.ErrnoException)
        }
      } else {
        throw listenError(where, e)
      }
    }
    let address = where
    if ('path' in at) {
      try {
        await chmod(at.path, 0o600)
      } catch (err) {
        server.close()
        throw listenError(where, err as NodeJS.ErrnoException)
      }
    } else {
      const bound = server.address()
      if (bound !== null && typeof bound === 'object') address = `tcp:${at.host}:${bound.port}`
    }
    // the daemon's other work keeps it alive; this listener alone must not hold a stopped daemon
    // (its recovered VMs' QEMU reconnect to the next daemon's)
    server.unref()
    self = new NbdServer(server, address, 'path' in at ? at.path : undefined, log)
    log.info('NBD server listening', { address })
    return self
  }

  /** Serves `source` as `exportName` from now on. */
  add (exportName: string, source: NbdExportSource): void {
    if (this.#closing !== undefined) throw new NbdServerError('ERR_NBD_SERVER_CLOSED', `the NBD server at ${this.address} is closed: export "${exportName}" cannot be added`, { address: this.address, exportName })
    if (Buffer.byteLength(exportName, 'utf8') > MAX_NAME_BYTES) {
      throw new NbdServerError('ERR_NBD_SERVER_BAD_EXPORT', `an NBD export name of ${Buffer.byteLength(exportName, 'utf8')} bytes is longer than ${MAX_NAME_BYTES}`, { address: this.address, exportName })
    }
    if (!Number.isSafeInteger(source.size) || source.size < 0) {
      throw new NbdServerError('ERR_NBD_SERVER_BAD_EXPORT', `export "${exportName}" has size ${source.size}, which NBD cannot carry`, { address: this.address, exportName })
    }
    if (this.#exports.has(exportName)) {
      throw new NbdServerError('ERR_NBD_SERVER_EXPORT_EXISTS', `the NBD server at ${this.address} already exports "${exportName}": remove it first`, { address: this.address, exportName })
    }
    this.#exports.set(exportName, source)
    this.#log.info('NBD export added', { address: this.address, export: exportName, size: source.size })
  }

  /** Stops serving `exportName`; open connections to it are closed. Unknown names are ignored. */
  remove (exportName: string): void {
    const source = this.#exports.get(exportName)
    if (source === undefined) return
    this.#exports.delete(exportName)
    let closed = 0
    for (const c of this.#connections) {
      if (c.chosen?.name === exportName) {
        c.close()
        closed++
      }
    }
    this.#log.info('NBD export removed', { address: this.address, export: exportName, closedConnections: closed })
  }

  /** The names served now. */
  exports (): string[] {
    return [...this.#exports.keys()]
  }

  /** open connections per export (for `recover list`) */
  connections (exportName: string): number {
    let n = 0
    for (const c of this.#connections) if (c.chosen?.name === exportName && !c.socket.destroyed) n++
    return n
  }

  /** Stops listening, closes every connection and removes the socket file. Safe to call twice. */
  async close (): Promise<void> {
    this.#closing ??= this.#close()
    await this.#closing
  }

  async #close (): Promise<void> {
    const stopped = new Promise<void>(resolve => this.#server.close(() => resolve()))
    for (const c of this.#connections) c.close()
    this.#exports.clear()
    await stopped
    if (this.#path !== undefined) await rm(this.#path, { force: true })
    this.#log.info('NBD server closed', { address: this.address })
  }

  #accept (socket: Socket): void {
    socket.unref()
    const connection = new NbdConnection(socket, {
      lookup: (name) => this.#exports.get(name),
      names: () => [...this.#exports.keys()]
    }, this.#log)
    this.#connections.add(connection)
    socket.once('close', () => this.#connections.delete(connection))
    void connection.run((c) => {
      // an export removed while this client negotiated: it is not served any more
      if (this.#exports.get(c.chosen!.name) !== c.chosen!.source) c.close()
    })
  }
}

async function listenOn (server: Server, at: { path: string } | { host: string, port: number }): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const fail = (err: Error): void => { reject(err) }
    server.once('error', fail)
    server.listen('path' in at ? { path: at.path } : { host: at.host, port: at.port }, () => {
      server.off('error', fail)
      resolve()
    })
  })
}

/** Whether a server answers on the unix socket `path`. */
async function answers (path: string): Promise<boolean> {
  return await new Promise<boolean>(resolve => {
    const s = netConnect({ path })
    s.once('connect', () => {
      s.destroy()
      resolve(true)
    })
    s.once('error', () => resolve(false))
  })
}

function listenError (where: string, err: NodeJS.ErrnoException): NbdServerError {
  if (err.code === 'EADDRINUSE') {
    return new NbdServerError('ERR_NBD_SERVER_ADDRESS_IN_USE', `another server listens on ${where}: stop it, or give the NBD server another address`, { address: where, cause: err })
  }
  return new NbdServerError('ERR_NBD_SERVER_LISTEN_FAILED', `the NBD server cannot listen on ${where}: ${err.message}; check the folder's permissions and the path's length (108 bytes at most)`, { address: where, cause: err })
}
