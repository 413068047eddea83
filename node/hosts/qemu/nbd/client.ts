/**
 * @packageDocumentation
 * A client of the Network Block Device protocol
 * (https://github.com/NetworkBlockDevice/nbd/blob/master/doc/proto.md), written for the proxy's
 * data path to QEMU's NBD server (qemu-nbd, `nbd-server-start` + `block-export-add`): one
 * connection to one export, READ, WRITE, FLUSH, BLOCK_STATUS and DISC, many requests in flight
 * matched by cookie. The handshake is in handshake.ts, reply parsing in wire.ts.
 *
 * Failure: any reply that breaks the protocol fails the connection with ERR_NBD_PROTOCOL naming
 * what was wrong, and every pending request rejects with that error; a server that goes away
 * rejects them with ERR_NBD_DISCONNECTED; a server that stops answering, ERR_NBD_TIMEOUT.
 *
 * @example
 * ```ts
 * const nbd = await NbdClient.connect('unix:/run/qemu/vm1.nbd', { exportName: 'vm1-disk0', metaContexts: ['base:allocation'] })
 * for await (const e of extents(nbd, 'base:allocation')) {
 *   if ((e.flags & NBD_STATE_ZERO) === 0) consume(await nbd.read(e.offset, Math.min(e.length, 1 << 20)))
 * }
 * await nbd.close()
 * ```
 */
import { connect as netConnect, type Socket } from 'node:net'
import { parseAddress } from './address.ts'
import { NbdError } from './errors.ts'
import type { NbdErrorCode } from '../../error-codes.ts'
import { handshake, type BlockSizes, type Negotiated } from './handshake.ts'
import { CMD_BLOCK_STATUS, CMD_DISC, CMD_FLUSH, CMD_READ, CMD_WRITE, ERRNO_NAMES, MAX_STATUS_LENGTH, TX_READ_ONLY, TX_SEND_FLUSH, requestHeader, type Extent } from './protocol.ts'
import { describe, noop, type NbdStats, type Request } from './request.ts'
import { Wire } from './wire.ts'

export interface NbdConnectOptions {
  /** The export to open; default the empty name (the server's default export). */
  exportName?: string
  /** Metadata contexts to select, e.g. `base:allocation`, `qemu:dirty-bitmap:cbt-0`. */
  metaContexts?: string[]
  /**
   * Limit for connecting plus the handshake, and for a request to wait while the server sends
   * nothing at all (default 30 000 ms; 0: none).
   */
  timeoutMs?: number
  /** Aborting it during connect rejects connect(); afterwards it fails the connection. */
  signal?: AbortSignal
  /** Largest request put on the wire; longer reads and writes are split (default 1 MiB, capped by the server's maximum). */
  requestBytes?: number
  /** Requests on the wire at once; more wait in the client, in order (default 16). */
  maxInFlight?: number
}

const MiB = 1024 * 1024
const DEFAULT_TIMEOUT_MS = 30_000
const DEFAULT_REQUEST_BYTES = MiB
const DEFAULT_MAX_IN_FLIGHT = 16

/** One connection to one export of an NBD server. */
export class NbdClient {
  readonly address: string
  readonly exportName: string
  /** Export size in bytes. */
  readonly size: number
  /** Transmission flags as the server sent them. */
  readonly flags: number
  readonly readOnly: boolean
  readonly blockSizes: BlockSizes
  /** Structured replies were negotiated (needed for holes and block status). */
  readonly structured: boolean
  /** Negotiated metadata contexts: name → id. */
  readonly contexts: ReadonlyMap<string, number>
  readonly stats: NbdStats = { requests: 0, dataBytes: 0, holeBytes: 0, directReads: 0 }

  readonly #socket: Socket
  readonly #wire: Wire
  readonly #requestBytes: number
  readonly #maxInFlight: number
  readonly #timeoutMs: number
  readonly #pending = new Map<number, Request>()
  readonly #waiting: Request[] = []
  readonly #idle: (() => void)[] = []
  #nextCookie = 1
  #corked = false
  #failure: NbdError | undefined
  #dead = false
  #closing: Promise<void> | undefined
  #timer: ReturnType<typeof setInterval> | undefined
  #seenProgress = -1
  #stalledMs = 0
  #abort: (() => void) | undefined
  #signal: AbortSignal | undefined

  private constructor (wire: Wire, info: Negotiated, options: NbdConnectOptions) {
    this.#wire = wire
    this.#socket = wire.socket
    this.address = wire.address
    this.exportName = wire.exportName
    this.size = info.size
    this.flags = info.flags
    this.readOnly = (info.flags & TX_READ_ONLY) !== 0
    this.blockSizes = info.blockSizes
    this.structured = info.structured
    this.contexts = info.contexts
    const { minimum, maximum } = info.blockSizes
    const wanted = Math.max(1, Math.min(options.requestBytes ?? DEFAULT_REQUEST_BYTES, maximum, 0xffffffff))
    this.#requestBytes = Math.max(minimum, wanted - (wanted % minimum))
    this.#maxInFlight = Math.max(1, options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT)
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
    wire.host = {
      structured: this.structured,
      contexts: this.contexts,
      stats: this.stats,
      lookup: (high, low) => this.#lookup(high, low),
      complete: (request) => { this.#complete(request) },
      fail: (err) => { this.#fail(err) },
      ended: (cause) => { this.#ended(cause) },
      protocolError: (what) => this.#protocol(what),
      serverError: (request, errno, message, errorOffset) => this.#serverError(request, errno, message, errorOffset)
    }
  }

  /**
   * Connects to `unix:PATH`, `tcp:HOST:PORT`, `nbd://HOST[:PORT]/EXPORT` or
   * `nbd+unix:///EXPORT?socket=PATH` and opens the export (`exportName` wins over the URI's).
   */
  static async connect (address: string, options: NbdConnectOptions = {}): Promise<NbdClient> {
    const target = parseAddress(address)
    const exportName = options.exportName ?? target.exportName ?? ''
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
    const signal = options.signal
    const fail = (code: NbdErrorCode, message: string, cause?: unknown): NbdError =>
      new NbdError(code, message, { address: target.address, exportName, cause })
    if (signal?.aborted === true) throw fail('ERR_NBD_ABORTED', `connecting to NBD server ${target.address} was aborted`, signal.reason)

    const wire = new Wire(target.address, exportName)
    const socket = netConnect({
      ...target.connect,
      noDelay: true,
      onread: { buffer: () => wire.nextBuffer(), callback: (n, buf) => wire.onRead(n, buf) }
    })
    wire.attach(socket)
    let timer: ReturnType<typeof setTimeout> | undefined
    const onAbort = (): void => { wire.failHandshake(fail('ERR_NBD_ABORTED', `connecting to NBD server ${target.address} was aborted`, signal?.reason)) }
    signal?.addEventListener('abort', onAbort, { once: true })
    if (timeoutMs > 0) {
      timer = setTimeout(() => {
        wire.failHandshake(fail('ERR_NBD_TIMEOUT', `NBD server ${target.address} did not complete the handshake within ${timeoutMs} ms; check that the address is an NBD server and that it is not overloaded`))
      }, timeoutMs)
    }
    try {
      await wire.connected()
      const info = await handshake(wire, exportName, options.metaContexts ?? [])
      const client = new NbdClient(wire, info, options)
      wire.startTransmission() // throws if the server hung up right after the handshake
      if (signal !== undefined) client.#watchSignal(signal)
      return client
    } catch (err) {
      socket.destroy()
      throw err
    } finally {
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
    }
  }

  /** Bytes [offset, offset + length) of the export, into `into` when given (the result is then a view of it). */
  async read (offset: number, length: number, into?: Buffer): Promise<Buffer> {
    this.#checkRange('read', offset, length)
    let dest: Buffer
    if (into === undefined) {
      dest = Buffer.allocUnsafe(length)
    } else if (into.length >= length) {
      dest = into.length === length ? into : into.subarray(0, length)
    } else {
      throw this.#error('ERR_NBD_BUFFER_TOO_SMALL', `a ${into.length}-byte buffer cannot hold a read of ${length} bytes from ${this.#what()}`)
    }
    if (length === 0) return dest
    const step = this.#requestBytes
    if (length <= step) {
      await this.#submit(CMD_READ, offset, length, dest, undefined)
      return dest
    }
    const parts: Promise<void>[] = []
    for (let done = 0; done < length; done += step) {
      const n = Math.min(step, length - done)
      parts.push(this.#submit(CMD_READ, offset + done, n, dest.subarray(done, done + n), undefined))
    }
    await settleAll(parts)
    return dest
  }

  /**
   * The extents the server reports for `context` from `offset` on, consecutive from `offset`.
   * They may cover less than `length` (servers may stop early), never more.
   */
  async blockStatus (context: string, offset: number, length: number): Promise<Extent[]> {
    this.#checkRange('block status', offset, length)
    const id = this.contexts.get(context)
    if (id === undefined) {
      const known = [...this.contexts.keys()]
      throw this.#error('ERR_NBD_NO_CONTEXT',
        `metadata context "${context}" was not negotiated with ${this.#what()} (negotiated: ${known.length > 0 ? known.join(', ') : 'none'}); ` +
        'ask for it in metaContexts at connect, and check the server exports it (for a dirty bitmap: block-export-add bitmaps / qemu-nbd -B)')
    }
    if (length === 0) return []
    const request = this.#request(CMD_BLOCK_STATUS, offset, Math.min(length, MAX_STATUS_LENGTH), undefined, undefined)
    request.contextId = id
    request.extents = []
    request.seenContexts = []
    await this.#enqueue(request)
    return request.extents
  }

  /** Writes `data` at `offset` (split into requests of at most the request size). */
  async write (offset: number, data: Uint8Array): Promise<void> {
    this.#checkRange('write', offset, data.length)
    if (this.readOnly) {
      throw this.#error('ERR_NBD_READ_ONLY', `${this.#what()} is read-only: export it writable (qemu-nbd without -r, block-export-add writable: true) to restore into it`)
    }
    if (data.length === 0) return
    const step = this.#requestBytes
    const parts: Promise<void>[] = []
    for (let done = 0; done < data.length; done += step) {
      const n = Math.min(step, data.length - done)
      parts.push(this.#submit(CMD_WRITE, offset + done, n, undefined, data.subarray(done, done + n)))
    }
    await settleAll(parts)
  }

  /** Makes every write answered so far durable (a no-op when the server has no write cache to flush). */
  async flush (): Promise<void> {
    this.#checkUsable()
    if ((this.flags & TX_SEND_FLUSH) === 0) return
    await this.#submit(CMD_FLUSH, 0, 0, undefined, undefined)
  }

  /** Lets requests on the wire finish, sends NBD_CMD_DISC and ends the connection. Safe to call twice. */
  async close (): Promise<void> {
    this.#closing ??= this.#close()
    await this.#closing
  }

  async #close (): Promise<void> {
    if (this.#pending.size > 0 || this.#waiting.length > 0) await new Promise<void>(resolve => this.#idle.push(resolve))
    this.#stopWatch()
    this.#unwatchSignal()
    const closed = new Promise<void>(resolve => {
      if (this.#socket.closed) resolve()
      else this.#socket.once('close', () => resolve())
    })
    if (!this.#dead) {
      this.#failure = this.#error('ERR_NBD_CLOSED', `the connection to ${this.#what()} is closed`)
      this.#socket.end(requestHeader(CMD_DISC, 0, 0, 0))
      const timer = setTimeout(() => this.#socket.destroy(), 2_000)
      await closed
      clearTimeout(timer)
    } else {
      this.#socket.destroy()
      await closed
    }
  }

  #checkUsable (): void {
    if (this.#failure !== undefined) throw this.#failure
    if (this.#closing !== undefined) throw this.#error('ERR_NBD_CLOSED', `the connection to ${this.#what()} is closing`)
  }

  #checkRange (what: string, offset: number, length: number): void {
    this.#checkUsable()
    if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0 || offset + length > this.size) {
      throw this.#error('ERR_NBD_OUT_OF_RANGE', `${what} of ${length} bytes at ${offset} is outside ${this.#what()} (${this.size} bytes)`)
    }
    // asking for NBD_INFO_BLOCK_SIZE promised the server requests aligned to its minimum
    const { minimum } = this.blockSizes
    if (minimum > 1 && (offset % minimum !== 0 || (length % minimum !== 0 && offset + length !== this.size))) {
      throw this.#error('ERR_NBD_UNALIGNED', `${what} of ${length} bytes at ${offset} is not aligned to the ${minimum}-byte minimum block size of ${this.#what()}`)
    }
  }

  #what (): string {
    return `NBD export "${this.exportName}" at ${this.address}`
  }

  #error (code: NbdErrorCode, message: string, extra: { errno?: number, cause?: unknown } = {}): NbdError {
    return new NbdError(code, message, { address: this.address, exportName: this.exportName, ...extra })
  }

  #request (command: number, offset: number, length: number, dest: Buffer | undefined, data: Uint8Array | undefined): Request {
    return {
      cookie: 0,
      command,
      offset,
      length,
      dest,
      covered: 0,
      ranges: undefined,
      contextId: 0,
      extents: undefined,
      seenContexts: undefined,
      error: undefined,
      resolve: noop,
      reject: noop,
      data
    }
  }

  async #submit (command: number, offset: number, length: number, dest: Buffer | undefined, data: Uint8Array | undefined): Promise<void> {
    await this.#enqueue(this.#request(command, offset, length, dest, data))
  }

  #enqueue (request: Request): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (this.#failure !== undefined) {
        reject(this.#failure)
        return
      }
      request.resolve = resolve
      request.reject = reject
      if (this.#pending.size < this.#maxInFlight) this.#send(request)
      else this.#waiting.push(request)
    })
  }

  #send (request: Request): void {
    let cookie = this.#nextCookie
    while (this.#pending.has(cookie)) cookie = (cookie + 1) >>> 0 || 1
    this.#nextCookie = (cookie + 1) >>> 0 || 1
    request.cookie = cookie
    this.#pending.set(cookie, request)
    this.stats.requests++
    // requests issued in the same tick (replies handled together make room for several) leave
    // in one writev: fewer syscalls here, fewer wake-ups of the server
    if (!this.#corked) {
      this.#corked = true
      this.#socket.cork()
      process.nextTick(() => {
        this.#corked = false
        this.#socket.uncork()
      })
    }
    this.#socket.write(requestHeader(request.command, cookie, request.offset, request.length))
    if (request.data !== undefined) {
      this.#socket.write(request.data)
      request.data = undefined
    }
    this.#watch()
  }

  /** The last chunk of a reply has been taken in. */
  #complete (request: Request): void {
    this.#pending.delete(request.cookie)
    if (request.error !== undefined) {
      request.reject(request.error)
    } else if (request.command === CMD_READ && request.covered !== request.length) {
      this.#fail(this.#protocol(`the reply to ${describe(request)} ended after ${request.covered} of ${request.length} bytes`))
      request.reject(this.#failure!)
      return
    } else if (request.command === CMD_BLOCK_STATUS && request.seenContexts!.indexOf(request.contextId) < 0) {
      this.#fail(this.#protocol(`the reply to ${describe(request)} has no extents for the context asked for (id ${request.contextId})`))
      request.reject(this.#failure!)
      return
    } else {
      request.resolve()
    }
    while (this.#waiting.length > 0 && this.#pending.size < this.#maxInFlight && this.#failure === undefined) this.#send(this.#waiting.shift()!)
    if (this.#pending.size === 0 && this.#waiting.length === 0) this.#settled()
  }

  #lookup (cookieHigh: number, cookieLow: number): Request {
    const request = cookieHigh === 0 ? this.#pending.get(cookieLow) : undefined
    if (request === undefined) {
      throw this.#protocol(`reply for unknown cookie 0x${(cookieHigh * 2 ** 32 + cookieLow).toString(16)} (not a request in flight)`)
    }
    return request
  }

  #protocol (what: string): NbdError {
    return this.#error('ERR_NBD_PROTOCOL', `${this.#what()} broke the NBD protocol: ${what}. The connection was dropped; check the server version, or report it`)
  }

  #serverError (request: Request, errno: number, message: string, errorOffset?: number): NbdError {
    const name = ERRNO_NAMES[errno] ?? `error ${errno}`
    const at = errorOffset === undefined ? '' : ` (at byte ${errorOffset})`
    const hint = errno === 1 ? '; the export may be read-only' : errno === 108 ? '; the server is shutting down, reconnect later' : ''
    return this.#error('ERR_NBD_SERVER_ERROR',
      `${this.#what()} failed ${describe(request)}: ${name}${at}${message === '' ? '' : `: ${message}`}${hint}`,
      { errno })
  }

  /** Fails the connection: every pending and waiting request rejects with `err`, the socket is destroyed. */
  #fail (err: NbdError): void {
    if (this.#dead) return
    this.#dead = true
    this.#failure ??= err
    this.#stopWatch()
    this.#unwatchSignal()
    const requests = [...this.#pending.values(), ...this.#waiting]
    this.#pending.clear()
    this.#waiting.length = 0
    this.#wire.stop()
    this.#socket.destroy()
    for (const request of requests) request.reject(err)
    this.#settled()
  }

  /** The connection ended (after close(): as asked). */
  #ended (cause?: Error): void {
    if (this.#dead) return
    const count = this.#pending.size + this.#waiting.length
    const first = this.#pending.values().next().value
    const pending = count === 0 ? '' : ` with ${count} request${count === 1 ? '' : 's'} pending (${describe(first ?? this.#waiting[0]!)}${count > 1 ? ', ...' : ''})`
    this.#fail(this.#error('ERR_NBD_DISCONNECTED',
      `${this.#what()} closed the connection${pending}${cause === undefined ? '' : ` (${cause.message})`}; check that the QEMU process and its NBD export are still up, then retry`,
      { cause }))
  }

  #settled (): void {
    this.#stopWatch()
    for (const resolve of this.#idle.splice(0)) resolve()
  }

  // A request fails only when the server sends nothing at all for timeoutMs: a slow link moving
  // bytes is not a dead one.
  #watch (): void {
    if (this.#timer !== undefined || this.#timeoutMs <= 0) return
    const tick = Math.max(10, Math.min(1000, Math.floor(this.#timeoutMs / 4)))
    this.#seenProgress = -1
    this.#stalledMs = 0
    this.#timer = setInterval(() => {
      const progress = this.#wire.progress
      if (progress !== this.#seenProgress) {
        this.#seenProgress = progress
        this.#stalledMs = 0
        return
      }
      this.#stalledMs += tick
      if (this.#stalledMs >= this.#timeoutMs) {
        const first = this.#pending.values().next().value
        this.#fail(this.#error('ERR_NBD_TIMEOUT',
          `${this.#what()} sent nothing for ${this.#timeoutMs} ms with ${this.#pending.size} request(s) pending${first === undefined ? '' : ` (${describe(first)})`}; the server is stuck or the network is down`))
      }
    }, tick)
    this.#timer.unref()
  }

  #stopWatch (): void {
    if (this.#timer === undefined) return
    clearInterval(this.#timer)
    this.#timer = undefined
  }

  #watchSignal (signal: AbortSignal): void {
    this.#signal = signal
    this.#abort = () => { this.#fail(this.#error('ERR_NBD_ABORTED', `the connection to ${this.#what()} was aborted`, { cause: signal.reason })) }
    signal.addEventListener('abort', this.#abort, { once: true })
  }

  #unwatchSignal (): void {
    if (this.#abort !== undefined) this.#signal?.removeEventListener('abort', this.#abort)
    this.#abort = undefined
  }
}

/** Like Promise.all, but only once every part has settled: no part may still write into a buffer the caller got back. */
async function settleAll (parts: Promise<void>[]): Promise<void> {
  const results = await Promise.allSettled(parts)
  for (const r of results) if (r.status === 'rejected') throw r.reason
}
