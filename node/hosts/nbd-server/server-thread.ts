/**
 * @packageDocumentation
 * The NBD server on a thread of its own (server-worker.ts), its sources left on this one. QEMU's
 * blockdev-mirror asks BLOCK_STATUS of each extent one after the other before it reads: on the
 * daemon's main thread each question waited behind block arrivals and checks (an event-loop
 * delay of 16-25 ms), which kept a migration at a third of a full restore's speed. The server
 * thread answers BLOCK_STATUS from the export's zero block map at once and asks this thread only
 * for the bytes of reads, many of which are in flight together. Shared-memory blocks (as a point
 * disk caches them) cross without a copy.
 *
 * Same use as {@link NbdServer}, for the daemon's recovery exports.
 *
 * @example
 * ```ts
 * const server = await NbdServerThread.listen({ path: join(home, 'recovery.nbd.sock') }, { log })
 * server.add('r1-0', new PointDiskSource({ ... }))
 * server.remove('r1-0')
 * await server.close()
 * ```
 */
import { Worker } from 'node:worker_threads'
import { silentLogger, type Logger } from '../../core/logger.ts'
import type { NbdServerErrorCode } from '../error-codes.ts'
import { NbdServerError } from './errors.ts'
import type { NbdExportSource, ZeroBlockMap } from './export-source.ts'

/** What the thread starts with. */
export interface ServerThreadData { at: { path: string } | { host: string, port: number } }

/** Messages to the server thread. */
export type ToServerThread =
  | { type: 'add', name: string, size: number, preferredBlockSize: number | undefined, zeroBlocks: ZeroBlockMap | undefined, allocation: boolean, mergeHolesBelow: number | undefined }
  | { type: 'remove', name: string }
  | { type: 'answer', id: number, value?: unknown, error?: { code: string, message: string } }
  | { type: 'close' }

/** Messages from the server thread. */
export type FromServerThread =
  | { type: 'listening', address: string }
  | { type: 'failed', code: string, message: string }
  | { type: 'added', name: string, error?: { code: string, message: string } }
  | { type: 'ask', id: number, what: 'read' | 'allocation', name: string, offset: number, length: number }
  | { type: 'log', level: keyof Logger, msg: string, fields?: Record<string, unknown> }
  | { type: 'closed' }

export class NbdServerThread {
  /** 'unix:/path' or 'tcp:host:port' */
  readonly address: string
  readonly #worker: Worker
  readonly #log: Logger
  readonly #sources = new Map<string, NbdExportSource>()
  #closing: Promise<void> | undefined

  private constructor (worker: Worker, address: string, log: Logger) {
    this.#worker = worker
    this.address = address
    this.#log = log
  }

  /** Starts the thread, listening on a unix socket path (mode 0600) or host/port; fails as NbdServer.listen does. */
  static async listen (at: ServerThreadData['at'], options: { log?: Logger } = {}): Promise<NbdServerThread> {
    const log = options.log ?? silentLogger
    const worker = new Worker(new URL('./server-worker.ts', import.meta.url), { workerData: { at } satisfies ServerThreadData })
    let self: NbdServerThread | undefined
    const started = Promise.withResolvers<NbdServerThread>()
    worker.on('message', (m: FromServerThread) => {
      switch (m.type) {
        case 'listening':
          self = new NbdServerThread(worker, m.address, log)
          started.resolve(self)
          return
        case 'failed':
          started.reject(new NbdServerError(m.code as NbdServerErrorCode, m.message))
          void worker.terminate()
          return
        case 'ask':
          if (self !== undefined) self.#answer(m)
          return
        case 'log':
          log[m.level](m.msg, m.fields)
          return
        case 'added':
          if (m.error !== undefined) log.error('NBD export not added in the server thread', { export: m.name, code: m.error.code, error: m.error.message })
      }
    })
    // the daemon's other work keeps it alive; the server thread alone must not hold a stopped daemon
    // (after the listeners: adding one refers the thread again)
    worker.unref()
    worker.on('error', (err: Error) => {
      log.error('NBD server thread failed: recovered VMs\' reads wait for the next daemon', { error: err.message })
      started.reject(new NbdServerError('ERR_NBD_SERVER_LISTEN_FAILED', `the NBD server thread failed: ${err.message}`, { cause: err }))
    })
    return await started.promise
  }

  /** Serves `source` as `exportName` from now on; the checks of NbdServer.add are made here, synchronously. */
  add (exportName: string, source: NbdExportSource): void {
    if (this.#closing !== undefined) throw new NbdServerError('ERR_NBD_SERVER_CLOSED', `the NBD server at ${this.address} is closed: export "${exportName}" cannot be added`, { address: this.address, exportName })
    if (Buffer.byteLength(exportName, 'utf8') > 4096) throw new NbdServerError('ERR_NBD_SERVER_BAD_EXPORT', `an NBD export name of ${Buffer.byteLength(exportName, 'utf8')} bytes is longer than 4096`, { address: this.address, exportName })
    if (!Number.isSafeInteger(source.size) || source.size < 0) throw new NbdServerError('ERR_NBD_SERVER_BAD_EXPORT', `export "${exportName}" has size ${source.size}, which NBD cannot carry`, { address: this.address, exportName })
    if (this.#sources.has(exportName)) throw new NbdServerError('ERR_NBD_SERVER_EXPORT_EXISTS', `the NBD server at ${this.address} already exports "${exportName}": remove it first`, { address: this.address, exportName })
    this.#sources.set(exportName, source)
    this.#post({ type: 'add', name: exportName, size: source.size, preferredBlockSize: source.preferredBlockSize, zeroBlocks: source.zeroBlocks, allocation: source.allocation !== undefined, mergeHolesBelow: source.mergeHolesBelow })
  }

  /** Stops serving `exportName`; open connections to it are closed. Unknown names are ignored. */
  remove (exportName: string): void {
    if (!this.#sources.delete(exportName)) return
    this.#post({ type: 'remove', name: exportName })
  }

  /** The names served now. */
  exports (): string[] {
    return [...this.#sources.keys()]
  }

  /** Stops listening, closes every connection, removes the socket file and ends the thread. Safe to call twice. */
  async close (): Promise<void> {
    this.#closing ??= (async () => {
      this.#sources.clear()
      const closed = new Promise<void>(resolve => {
        this.#worker.on('message', (m: FromServerThread) => { if (m.type === 'closed') resolve() })
        this.#worker.once('exit', () => resolve())
      })
      this.#post({ type: 'close' })
      await closed
      await this.#worker.terminate()
    })()
    await this.#closing
  }

  #post (m: ToServerThread): void {
    this.#worker.postMessage(m)
  }

  /** A read (or allocation) the server thread asks of a source here. */
  #answer (m: Extract<FromServerThread, { type: 'ask' }>): void {
    const source = this.#sources.get(m.name)
    const fail = (err: Error & { code?: string }): void => {
      this.#post({ type: 'answer', id: m.id, error: { code: err.code ?? 'ERR_NBD_SERVER_CLOSED', message: err.message } })
    }
    if (source === undefined) {
      fail(new NbdServerError('ERR_NBD_SERVER_CLOSED', `export "${m.name}" is not served any more`))
      return
    }
    const work = m.what === 'read' ? source.read(m.offset, m.length) : source.allocation!(m.offset, m.length)
    work.then((value) => { this.#post({ type: 'answer', id: m.id, value }) }, fail)
  }
}
