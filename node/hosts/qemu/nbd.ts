/**
 * @packageDocumentation
 * A client of the Network Block Device protocol
 * (https://github.com/NetworkBlockDevice/nbd/blob/master/doc/proto.md), written for the proxy's
 * data path to QEMU's NBD server (qemu-nbd, `nbd-server-start` + `block-export-add`).
 *
 * Handshake: fixed newstyle with NO_ZEROES, NBD_OPT_STRUCTURED_REPLY, NBD_OPT_SET_META_CONTEXT
 * (`base:allocation`, `qemu:dirty-bitmap:NAME`), NBD_OPT_GO asking for NBD_INFO_BLOCK_SIZE
 * (NBD_OPT_EXPORT_NAME when a server knows no GO). Transmission: READ, WRITE, FLUSH,
 * BLOCK_STATUS and DISC, many requests in flight matched by cookie, simple and structured replies.
 *
 * Speed: the socket reads through Node's `onread` hook, and while the parser is inside a data
 * chunk the next socket read is pointed at the caller's buffer itself, so payload goes from the
 * kernel into the destination with no copy and no allocation. Everything else lands in one
 * reused scratch buffer. Nothing received is queued: memory is bounded by the requests in flight.
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
import { CodedError } from '../../core/errors.ts'

/** One run of bytes with the same status flags in a metadata context. */
export interface Extent {
  offset: number
  length: number
  flags: number
}

/** The block size constraints the server announced (NBD_INFO_BLOCK_SIZE), or the protocol defaults. */
export interface BlockSizes {
  minimum: number
  preferred: number
  maximum: number
}

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

/** What moved over the connection (for benchmarks and tests). */
export interface NbdStats {
  requests: number
  /** Read bytes received as data. */
  dataBytes: number
  /** Read bytes the server answered with a hole (zeros, no payload). */
  holeBytes: number
  /** Reads whose payload went from the socket straight into the caller's buffer. */
  directReads: number
}

export type NbdErrorCode =
  | 'ERR_NBD_BAD_ADDRESS'
  | 'ERR_NBD_UNREACHABLE'
  | 'ERR_NBD_PROTOCOL'
  | 'ERR_NBD_NO_EXPORT'
  | 'ERR_NBD_UNSUPPORTED'
  | 'ERR_NBD_SERVER_ERROR'
  | 'ERR_NBD_DISCONNECTED'
  | 'ERR_NBD_TIMEOUT'
  | 'ERR_NBD_ABORTED'
  | 'ERR_NBD_CLOSED'
  | 'ERR_NBD_READ_ONLY'
  | 'ERR_NBD_NO_CONTEXT'
  | 'ERR_NBD_OUT_OF_RANGE'
  | 'ERR_NBD_UNALIGNED'
  | 'ERR_NBD_BUFFER_TOO_SMALL'

/**
 * An NBD failure. `address` and `exportName` name the export; `errno` is the server's error
 * value for ERR_NBD_SERVER_ERROR (EIO 5, EPERM 1, EINVAL 22, ENOSPC 28, ...).
 */
export class NbdError extends CodedError {
  override readonly code: NbdErrorCode
  readonly address: string
  readonly exportName: string
  readonly errno?: number

  constructor (code: NbdErrorCode, message: string, init: { address?: string, exportName?: string, errno?: number, cause?: unknown } = {}) {
    super(code, message, init.cause === undefined ? undefined : { cause: init.cause })
    this.code = code
    this.address = init.address ?? ''
    this.exportName = init.exportName ?? ''
    if (init.errno !== undefined) this.errno = init.errno
  }
}

/** base:allocation: the extent is not allocated. */
export const NBD_STATE_HOLE = 1
/** base:allocation: the extent reads as zeros. */
export const NBD_STATE_ZERO = 2
/** qemu:dirty-bitmap:NAME: the extent is dirty (changed while the bitmap recorded). */
export const NBD_STATE_DIRTY = 1

const NBDMAGIC = 0x4e42444d41474943n
const IHAVEOPT = 0x49484156454f5054n
const CLISERV_MAGIC = 0x00420281861253n
const OPTION_REPLY_MAGIC = 0x3e889045565a9n
const REQUEST_MAGIC = 0x25609513
const SIMPLE_REPLY_MAGIC = 0x67446698
const STRUCTURED_REPLY_MAGIC = 0x668e33ef

const FLAG_FIXED_NEWSTYLE = 1
const FLAG_NO_ZEROES = 2

const OPT_EXPORT_NAME = 1
const OPT_ABORT = 2
const OPT_GO = 7
const OPT_STRUCTURED_REPLY = 8
const OPT_SET_META_CONTEXT = 10 // 9 is LIST (an old draft of the spec numbered them 10 and 11)

const REP_ACK = 1
const REP_INFO = 3
const REP_META_CONTEXT = 4
const REP_ERR = 0x80000000
const REP_ERR_UNSUP = REP_ERR + 1
const REP_ERR_TLS_REQD = REP_ERR + 5
const REP_ERR_UNKNOWN = REP_ERR + 6
const REP_ERR_SHUTDOWN = REP_ERR + 7

const INFO_EXPORT = 0
const INFO_BLOCK_SIZE = 3

const TX_READ_ONLY = 1 << 1
const TX_SEND_FLUSH = 1 << 2

const CMD_READ = 0
const CMD_WRITE = 1
const CMD_DISC = 2
const CMD_FLUSH = 3
const CMD_BLOCK_STATUS = 7

const REPLY_FLAG_DONE = 1
const REPLY_NONE = 0
const REPLY_OFFSET_DATA = 1
const REPLY_OFFSET_HOLE = 2
const REPLY_BLOCK_STATUS = 5
const REPLY_ERROR = 0x8001
const REPLY_ERROR_OFFSET = 0x8002

const COMMAND_NAMES = ['read', 'write', 'disconnect', 'flush', 'trim', 'cache', 'write-zeroes', 'block-status']
const ERRNO_NAMES: Record<number, string> = {
  1: 'EPERM (operation not permitted)',
  5: 'EIO (input/output error)',
  12: 'ENOMEM (cannot allocate memory)',
  22: 'EINVAL (invalid argument)',
  28: 'ENOSPC (no space left on device)',
  75: 'EOVERFLOW (value too large)',
  95: 'ENOTSUP (operation not supported)',
  108: 'ESHUTDOWN (server is shutting down)'
}

const MiB = 1024 * 1024
const DEFAULT_TIMEOUT_MS = 30_000
const DEFAULT_REQUEST_BYTES = MiB
const DEFAULT_MAX_IN_FLIGHT = 16
const DEFAULT_BLOCK_SIZES: BlockSizes = { minimum: 1, preferred: 4096, maximum: 32 * MiB }
/** Longest option reply accepted: a 4096-byte string plus its fields, with room to spare. */
const MAX_OPTION_REPLY = 16 * 1024
/** Handshake bytes the server may send ahead of what the client asked for. */
const MAX_HANDSHAKE_BACKLOG = 64 * 1024
/** Longest error chunk: a 4096-byte message plus its fields, with room to spare. */
const MAX_ERROR_PAYLOAD = 16 * 1024
/** Longest block status chunk: QEMU sends at most 128 Ki descriptors (1 MiB) per context. */
const MAX_STATUS_PAYLOAD = 8 * MiB
/** Longest range one block status request asks about (32-bit length, kept aligned). */
const MAX_STATUS_LENGTH = 2 ** 31
/** Scratch for headers and small payloads; reads go straight to the caller above DIRECT_MIN. */
const SCRATCH_BYTES = 256 * 1024
const DIRECT_MIN = 16 * 1024

// parser states (transmission phase)
const S_HEADER = 0
const S_FIELDS = 1
const S_DATA = 2

interface Request {
  cookie: number
  command: number
  offset: number
  length: number
  /** read: where the bytes go (a view of the caller's buffer for [offset, offset + length)) */
  dest: Buffer | undefined
  /** read: bytes covered so far and the covered ranges (relative, [start, end) pairs) */
  covered: number
  ranges: number[] | undefined
  /** block status: the context id asked for, and what came for it */
  contextId: number
  extents: Extent[] | undefined
  seenContexts: number[] | undefined
  error: NbdError | undefined
  resolve: () => void
  reject: (err: Error) => void
  /** write: payload to send after the header */
  data: Uint8Array | undefined
}

/** What the wire parser needs from its client (kept off the client's public surface). */
interface WireHost {
  readonly structured: boolean
  readonly contexts: ReadonlyMap<string, number>
  readonly stats: NbdStats
  lookup: (cookieHigh: number, cookieLow: number) => Request
  complete: (request: Request) => void
  fail: (err: NbdError) => void
  ended: (cause?: Error) => void
  protocolError: (what: string) => NbdError
  serverError: (request: Request, errno: number, message: string, errorOffset?: number) => NbdError
}

interface Target {
  connect: { path: string } | { host: string, port: number }
  address: string
  exportName?: string
}

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

/**
 * Every extent of `context` over the whole export, in order, neighbours with equal flags merged.
 * `chunk`: bytes asked about per request (default 1 GiB).
 */
export async function * extents (client: NbdClient, context: string, options: { chunk?: number } = {}): AsyncGenerator<Extent> {
  const chunk = Math.max(1, Math.min(options.chunk ?? 2 ** 30, MAX_STATUS_LENGTH))
  let held: Extent | undefined
  let offset = 0
  while (offset < client.size) {
    const list = await client.blockStatus(context, offset, Math.min(chunk, client.size - offset))
    for (const e of list) {
      if (held !== undefined && held.flags === e.flags && held.offset + held.length === e.offset) {
        held.length += e.length
      } else {
        if (held !== undefined) yield held
        held = { offset: e.offset, length: e.length, flags: e.flags }
      }
      offset = e.offset + e.length
    }
  }
  if (held !== undefined) yield held
}

/** Where `address` points: `unix:PATH`, `tcp:HOST:PORT`, `nbd://HOST[:PORT]/EXPORT`, `nbd+unix:///EXPORT?socket=PATH`. */
export function parseAddress (address: string): Target {
  const bad = (why: string): NbdError => new NbdError('ERR_NBD_BAD_ADDRESS',
    `NBD address "${address}" ${why}; use unix:PATH, tcp:HOST:PORT, nbd://HOST:PORT/EXPORT or nbd+unix:///EXPORT?socket=PATH`, { address })
  if (address.startsWith('unix:')) {
    const path = address.slice(5)
    if (path === '') throw bad('has no socket path')
    return { connect: { path }, address }
  }
  if (address.startsWith('tcp:')) {
    const rest = address.slice(4)
    const colon = rest.lastIndexOf(':')
    const host = colon > 0 ? rest.slice(0, colon).replace(/^\[(.*)\]$/, '$1') : ''
    const port = colon > 0 ? Number(rest.slice(colon + 1)) : NaN
    if (host === '' || !Number.isInteger(port) || port <= 0 || port > 65535) throw bad('needs a host and a port')
    return { connect: { host, port }, address }
  }
  if (address.startsWith('nbd://') || address.startsWith('nbd+unix://')) {
    let url: URL
    try {
      url = new URL(address)
    } catch (err) {
      throw bad(`is not a valid URI (${(err as Error).message})`)
    }
    const exportName = decodeURIComponent(url.pathname.replace(/^\//, ''))
    if (url.protocol === 'nbd+unix:') {
      const path = url.searchParams.get('socket')
      if (path === null || path === '') throw bad('has no ?socket=PATH')
      return { connect: { path }, address, exportName }
    }
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1')
    if (host === '') throw bad('has no host')
    return { connect: { host, port: url.port === '' ? 10809 : Number(url.port) }, address, exportName }
  }
  throw bad('has an unknown scheme')
}

interface Negotiated {
  size: number
  flags: number
  blockSizes: BlockSizes
  structured: boolean
  contexts: Map<string, number>
}

async function handshake (wire: Wire, exportName: string, metaContexts: string[]): Promise<Negotiated> {
  const protocol = (what: string): NbdError => new NbdError('ERR_NBD_PROTOCOL',
    `NBD server ${wire.address} broke the NBD handshake: ${what}; check that the address is a QEMU/NBD server (newstyle)`, { address: wire.address, exportName })
  const greeting = await wire.take(18)
  if (greeting.readBigUInt64BE(0) !== NBDMAGIC) throw protocol(`bad greeting magic 0x${greeting.readBigUInt64BE(0).toString(16)}`)
  const second = greeting.readBigUInt64BE(8)
  if (second === CLISERV_MAGIC) throw protocol('the server speaks the oldstyle handshake, which this client does not')
  if (second !== IHAVEOPT) throw protocol(`bad newstyle magic 0x${second.toString(16)}`)
  const serverFlags = greeting.readUInt16BE(16)
  if ((serverFlags & FLAG_FIXED_NEWSTYLE) === 0) throw protocol('the server does not offer fixed newstyle negotiation')
  const noZeroes = (serverFlags & FLAG_NO_ZEROES) !== 0
  const clientFlags = Buffer.alloc(4)
  clientFlags.writeUInt32BE(FLAG_FIXED_NEWSTYLE | (noZeroes ? FLAG_NO_ZEROES : 0))
  wire.socket.write(clientFlags)

  const name = Buffer.from(exportName, 'utf8')
  const what = `NBD export "${exportName}" at ${wire.address}`
  const serverError = (type: number, data: Buffer, option: string): NbdError => {
    const text = data.length > 0 ? `: ${data.toString('utf8')}` : ''
    if (type === REP_ERR_UNKNOWN) return new NbdError('ERR_NBD_NO_EXPORT', `${what} does not exist${text}; check the export name (block-export-add id / qemu-nbd -x)`, { address: wire.address, exportName })
    if (type === REP_ERR_TLS_REQD) return new NbdError('ERR_NBD_UNSUPPORTED', `${what} requires TLS, which this client does not speak${text}; export it without --tls-creds on a trusted network`, { address: wire.address, exportName })
    if (type === REP_ERR_SHUTDOWN) return new NbdError('ERR_NBD_SERVER_ERROR', `NBD server ${wire.address} is shutting down${text}; retry once it is back`, { address: wire.address, exportName })
    return new NbdError('ERR_NBD_SERVER_ERROR', `${what} refused ${option} (reply 0x${type.toString(16)})${text}`, { address: wire.address, exportName })
  }

  const option = (code: number, data: Buffer): void => {
    const header = Buffer.alloc(16)
    header.writeBigUInt64BE(IHAVEOPT, 0)
    header.writeUInt32BE(code, 8)
    header.writeUInt32BE(data.length, 12)
    wire.socket.write(data.length > 0 ? Buffer.concat([header, data]) : header)
  }
  const reply = async (code: number): Promise<{ type: number, data: Buffer }> => {
    const h = await wire.take(20)
    const magic = h.readBigUInt64BE(0)
    if (magic !== OPTION_REPLY_MAGIC) throw protocol(`bad option reply magic 0x${magic.toString(16)}`)
    const replied = h.readUInt32BE(8)
    if (replied !== code) throw protocol(`a reply to option ${replied} while waiting for option ${code}`)
    const type = h.readUInt32BE(12)
    const length = h.readUInt32BE(16)
    if (length > MAX_OPTION_REPLY) throw protocol(`an oversized option reply of ${length} bytes (limit ${MAX_OPTION_REPLY}) to option ${code}`)
    return { type, data: length > 0 ? await wire.take(length) : Buffer.alloc(0) }
  }

  option(OPT_STRUCTURED_REPLY, Buffer.alloc(0))
  const sr = await reply(OPT_STRUCTURED_REPLY)
  if (sr.type !== REP_ACK && (sr.type & REP_ERR) === 0) throw protocol(`unexpected reply 0x${sr.type.toString(16)} to NBD_OPT_STRUCTURED_REPLY`)
  if (sr.type === REP_ERR_SHUTDOWN || sr.type === REP_ERR_TLS_REQD) throw serverError(sr.type, sr.data, 'structured replies')
  const structured = sr.type === REP_ACK

  const contexts = new Map<string, number>()
  const wanted = [...new Set(metaContexts)]
  if (structured && wanted.length > 0) {
    const queries = wanted.map(q => Buffer.from(q, 'utf8'))
    const data = Buffer.alloc(4 + name.length + 4 + queries.reduce((n, q) => n + 4 + q.length, 0))
    let at = data.writeUInt32BE(name.length, 0)
    at += name.copy(data, at)
    at = data.writeUInt32BE(queries.length, at)
    for (const q of queries) {
      at = data.writeUInt32BE(q.length, at)
      at += q.copy(data, at)
    }
    option(OPT_SET_META_CONTEXT, data)
    for (;;) {
      const r = await reply(OPT_SET_META_CONTEXT)
      if (r.type === REP_ACK) break
      if (r.type === REP_META_CONTEXT) {
        if (r.data.length < 5) throw protocol(`a ${r.data.length}-byte NBD_REP_META_CONTEXT reply (at least 5 expected)`)
        contexts.set(r.data.toString('utf8', 4), r.data.readUInt32BE(0))
        continue
      }
      if (r.type === REP_ERR_UNKNOWN || r.type === REP_ERR_SHUTDOWN || r.type === REP_ERR_TLS_REQD) throw serverError(r.type, r.data, 'the metadata contexts')
      if ((r.type & REP_ERR) !== 0) break // contexts unsupported: block status simply is not available
      throw protocol(`unexpected reply 0x${r.type.toString(16)} to NBD_OPT_SET_META_CONTEXT`)
    }
  }

  const go = Buffer.alloc(4 + name.length + 2 + 2)
  go.writeUInt32BE(name.length, 0)
  name.copy(go, 4)
  go.writeUInt16BE(1, 4 + name.length)
  go.writeUInt16BE(INFO_BLOCK_SIZE, 6 + name.length)
  option(OPT_GO, go)
  let size: number | undefined
  let flags = 0
  let blockSizes = DEFAULT_BLOCK_SIZES
  for (;;) {
    const r = await reply(OPT_GO)
    if (r.type === REP_ACK) break
    if (r.type === REP_INFO) {
      if (r.data.length < 2) throw protocol(`a ${r.data.length}-byte NBD_REP_INFO reply`)
      const info = r.data.readUInt16BE(0)
      if (info === INFO_EXPORT) {
        if (r.data.length !== 12) throw protocol(`an NBD_INFO_EXPORT of ${r.data.length} bytes (12 expected)`)
        size = readSize(r.data, 2, protocol)
        flags = r.data.readUInt16BE(10)
      } else if (info === INFO_BLOCK_SIZE) {
        if (r.data.length !== 14) throw protocol(`an NBD_INFO_BLOCK_SIZE of ${r.data.length} bytes (14 expected)`)
        const minimum = r.data.readUInt32BE(2)
        const preferred = r.data.readUInt32BE(6)
        const maximum = r.data.readUInt32BE(10)
        if (minimum === 0 || preferred < minimum || maximum < minimum) throw protocol(`impossible block sizes minimum ${minimum}, preferred ${preferred}, maximum ${maximum}`)
        blockSizes = { minimum, preferred, maximum }
      } // names and descriptions are not needed
      continue
    }
    if (r.type === REP_ERR_UNSUP) {
      // a server without NBD_OPT_GO: the old way, which cannot report a missing export
      option(OPT_EXPORT_NAME, name)
      wire.onEnd = () => new NbdError('ERR_NBD_NO_EXPORT', `${what} was refused (the server closed the connection on NBD_OPT_EXPORT_NAME); check the export name`, { address: wire.address, exportName })
      const h = await wire.take(noZeroes ? 10 : 134)
      size = readSize(h, 0, protocol)
      flags = h.readUInt16BE(8)
      wire.onEnd = undefined
      break
    }
    if ((r.type & REP_ERR) !== 0) throw serverError(r.type, r.data, 'to open the export')
    throw protocol(`unexpected reply 0x${r.type.toString(16)} to NBD_OPT_GO`)
  }
  if (size === undefined) throw protocol('NBD_OPT_GO was acknowledged without NBD_INFO_EXPORT')
  return { size, flags, blockSizes, structured, contexts }
}

function readSize (buf: Buffer, at: number, protocol: (what: string) => NbdError): number {
  const size = buf.readBigUInt64BE(at)
  if (size > BigInt(Number.MAX_SAFE_INTEGER)) throw protocol(`an export size of ${size} bytes, beyond 2^53`)
  return Number(size)
}

function requestHeader (command: number, cookie: number, offset: number, length: number): Buffer {
  const h = Buffer.allocUnsafe(28)
  h.writeUInt32BE(REQUEST_MAGIC, 0)
  h.writeUInt16BE(0, 4)
  h.writeUInt16BE(command, 6)
  h.writeUInt32BE(0, 8)
  h.writeUInt32BE(cookie, 12)
  h.writeUInt32BE(Math.floor(offset / 2 ** 32), 16)
  h.writeUInt32BE(offset >>> 0, 20)
  h.writeUInt32BE(length, 24)
  return h
}

function describe (request: Request): string {
  const name = COMMAND_NAMES[request.command] ?? `command ${request.command}`
  return request.command === CMD_FLUSH ? name : `${name} of ${request.length} bytes at ${request.offset}`
}

function noop (): void {}

/** Like Promise.all, but only once every part has settled: no part may still write into a buffer the caller got back. */
async function settleAll (parts: Promise<void>[]): Promise<void> {
  const results = await Promise.allSettled(parts)
  for (const r of results) if (r.status === 'rejected') throw r.reason
}

/**
 * The socket side of one connection: the handshake's byte queue, then the transmission parser
 * that walks replies as they arrive and points the next socket read at the right buffer.
 */
class Wire {
  readonly address: string
  readonly exportName: string
  socket!: Socket
  host: WireHost | undefined
  /** Counts socket reads, for the stall watch. */
  progress = 0
  /** During the handshake: the error to report if the server hangs up (default: disconnected). */
  onEnd: (() => NbdError) | undefined

  // handshake
  #queue: Buffer[] = []
  #queued = 0
  #want = 0
  #taker: { resolve: (b: Buffer) => void, reject: (e: Error) => void } | undefined
  #handshakeError: NbdError | undefined
  readonly #handshakeFailed: Promise<never>
  #rejectHandshake: (err: Error) => void = noop
  #connected: Promise<void> | undefined
  #transmitting = false
  #stopped = false

  // transmission
  readonly #scratch = Buffer.allocUnsafe(SCRATCH_BYTES)
  readonly #head = Buffer.alloc(32)
  #state = S_HEADER
  #have = 0
  #need = 4
  #fields: Buffer = this.#head
  #chunkFlags = 0
  #chunkType = 0
  #chunkLength = 0
  #request: Request | undefined
  #dest: Buffer | undefined
  #destAt = 0
  #remaining = 0
  #direct: Buffer | undefined

  constructor (address: string, exportName: string) {
    this.address = address
    this.exportName = exportName
    this.#handshakeFailed = new Promise<never>((_resolve, reject) => { this.#rejectHandshake = reject })
    this.#handshakeFailed.catch(noop)
  }

  attach (socket: Socket): void {
    this.socket = socket
    let connected = false
    this.#connected = new Promise<void>((resolve, reject) => {
      socket.once('connect', () => {
        connected = true
        resolve()
      })
      socket.on('error', (err) => {
        if (connected) {
          this.#ended(err)
          return
        }
        reject(new NbdError('ERR_NBD_UNREACHABLE',
          `cannot reach NBD server ${this.address} (${(err as NodeJS.ErrnoException).code ?? err.message}); check that the QEMU process runs and its NBD server listens there (nbd-server-start / qemu-nbd)`,
          { address: this.address, exportName: this.exportName, cause: err }))
      })
    })
    this.#connected.catch(noop)
    socket.on('close', () => { this.#ended() })
  }

  async connected (): Promise<void> {
    await Promise.race([this.#connected, this.#handshakeFailed])
  }

  /** The next `n` handshake bytes. */
  take (n: number): Promise<Buffer> {
    return new Promise<Buffer>((resolve, reject) => {
      if (this.#handshakeError !== undefined) {
        reject(this.#handshakeError)
        return
      }
      this.#want = n
      this.#taker = { resolve, reject }
      this.#deliver()
    })
  }

  failHandshake (err: NbdError): void {
    if (this.#transmitting || this.#handshakeError !== undefined) return
    this.#handshakeError = err
    this.#rejectHandshake(err)
    const taker = this.#taker
    this.#taker = undefined
    taker?.reject(err)
    this.socket.destroy()
  }

  #deliver (): void {
    if (this.#taker === undefined || this.#want === 0 || this.#queued < this.#want) return
    const all = this.#queue.length === 1 ? this.#queue[0]! : Buffer.concat(this.#queue, this.#queued)
    const out = all.subarray(0, this.#want)
    const rest = all.subarray(this.#want)
    this.#queue = rest.length > 0 ? [rest] : []
    this.#queued = rest.length
    this.#want = 0
    const taker = this.#taker
    this.#taker = undefined
    taker.resolve(out)
  }

  startTransmission (): void {
    if (this.#handshakeError !== undefined) throw this.#handshakeError
    this.#transmitting = true
    const rest = this.#queue.length > 0 ? Buffer.concat(this.#queue, this.#queued) : undefined
    this.#queue = []
    this.#queued = 0
    if (rest !== undefined) this.#guard(() => { this.#parse(rest, rest.length) })
  }

  stop (): void {
    this.#stopped = true
    this.#direct = undefined
  }

  #ended (cause?: Error): void {
    if (this.#transmitting) {
      this.host!.ended(cause)
      return
    }
    const err = this.onEnd?.() ?? new NbdError('ERR_NBD_DISCONNECTED',
      `NBD server ${this.address} closed the connection during the handshake${cause === undefined ? '' : ` (${cause.message})`}; check that it is an NBD server and that it accepts more clients (qemu-nbd -e)`,
      { address: this.address, exportName: this.exportName, cause })
    this.failHandshake(err)
  }

  /** The buffer the next socket read fills: the caller's own while inside a large data payload. */
  nextBuffer (): Buffer {
    if (this.#state === S_DATA && this.#remaining >= DIRECT_MIN && !this.#stopped) {
      this.#direct = this.#dest!.subarray(this.#destAt, this.#destAt + this.#remaining)
      return this.#direct
    }
    this.#direct = undefined
    return this.#scratch
  }

  onRead (n: number, buf: Uint8Array): boolean {
    this.progress++
    if (this.#stopped) return true
    this.#guard(() => {
      if (buf === this.#direct) {
        // the kernel wrote the payload in place
        this.host!.stats.directReads++
        this.#destAt += n
        this.#remaining -= n
        if (this.#remaining === 0) this.#endPayload()
      } else if (this.#transmitting) {
        this.#parse(buf as Buffer, n)
      } else {
        this.#queue.push(Buffer.from(buf.subarray(0, n)))
        this.#queued += n
        if (this.#queued > MAX_HANDSHAKE_BACKLOG + this.#want) {
          this.failHandshake(new NbdError('ERR_NBD_PROTOCOL', `NBD server ${this.address} sent ${this.#queued} handshake bytes nobody asked for`, { address: this.address, exportName: this.exportName }))
          return
        }
        this.#deliver()
      }
    })
    return true
  }

  // The parser runs inside the socket's read callback: nothing may escape it, or the process dies.
  #guard (fn: () => void): void {
    try {
      fn()
    } catch (err) {
      if (this.#transmitting) {
        this.host!.fail(err instanceof NbdError ? err : this.host!.protocolError((err as Error).message))
      } else {
        this.failHandshake(err instanceof NbdError ? err : new NbdError('ERR_NBD_PROTOCOL', (err as Error).message, { address: this.address, exportName: this.exportName }))
      }
    }
  }

  #parse (buf: Buffer, n: number): void {
    let at = 0
    while (at < n && !this.#stopped) {
      if (this.#state === S_DATA) {
        const k = Math.min(this.#remaining, n - at)
        buf.copy(this.#dest!, this.#destAt, at, at + k)
        at += k
        this.#destAt += k
        this.#remaining -= k
        if (this.#remaining === 0) this.#endPayload()
        continue
      }
      const k = Math.min(this.#need - this.#have, n - at)
      buf.copy(this.#fields, this.#have, at, at + k)
      at += k
      this.#have += k
      if (this.#have < this.#need) continue
      if (this.#state === S_HEADER) this.#onHeader()
      else this.#onFields()
    }
  }

  #expect (state: number, need: number, into: Buffer): void {
    this.#state = state
    this.#need = need
    this.#have = 0
    this.#fields = into
  }

  #onHeader (): void {
    const client = this.host!
    const h = this.#head
    const magic = h.readUInt32BE(0)
    if (this.#need === 4) {
      if (magic === SIMPLE_REPLY_MAGIC) this.#need = 16
      else if (magic === STRUCTURED_REPLY_MAGIC) this.#need = 20
      else throw client.protocolError(`bad reply magic 0x${magic.toString(16).padStart(8, '0')}`)
      return
    }
    const request = client.lookup(h.readUInt32BE(8), h.readUInt32BE(12))
    this.#request = request
    if (magic === SIMPLE_REPLY_MAGIC) {
      const errno = h.readUInt32BE(4)
      this.#chunkFlags = REPLY_FLAG_DONE
      if (errno !== 0) {
        request.error = client.serverError(request, errno, '')
        this.#done()
      } else if (request.command === CMD_READ) {
        this.#chunkType = REPLY_OFFSET_DATA
        this.#addRange(request, request.offset, request.length)
        this.#startPayload(request.dest!, 0, request.length)
      } else if (request.command === CMD_BLOCK_STATUS) {
        throw client.protocolError(`a simple reply without extents to ${describe(request)}`)
      } else {
        this.#done()
      }
      return
    }
    if (!client.structured) throw client.protocolError('a structured reply although structured replies were not negotiated')
    const flags = h.readUInt16BE(4)
    const type = h.readUInt16BE(6)
    const length = h.readUInt32BE(16)
    this.#chunkFlags = flags
    this.#chunkType = type
    this.#chunkLength = length
    const isRead = request.command === CMD_READ
    switch (type) {
      case REPLY_NONE:
        if (length !== 0) throw client.protocolError(`an NBD_REPLY_TYPE_NONE chunk with a ${length}-byte payload (0 expected)`)
        if ((flags & REPLY_FLAG_DONE) === 0) throw client.protocolError('an NBD_REPLY_TYPE_NONE chunk without the DONE flag')
        this.#done()
        return
      case REPLY_OFFSET_DATA:
        if (!isRead) throw client.protocolError(`a data chunk in the reply to ${describe(request)}`)
        if (length < 9) throw client.protocolError(`an NBD_REPLY_TYPE_OFFSET_DATA chunk of ${length} bytes (at least 9 expected)`)
        this.#expect(S_FIELDS, 8, this.#head)
        return
      case REPLY_OFFSET_HOLE:
        if (!isRead) throw client.protocolError(`a hole chunk in the reply to ${describe(request)}`)
        if (length !== 12) throw client.protocolError(`an NBD_REPLY_TYPE_OFFSET_HOLE chunk of ${length} bytes (12 expected)`)
        this.#expect(S_FIELDS, 12, this.#head)
        return
      case REPLY_BLOCK_STATUS:
        if (request.command !== CMD_BLOCK_STATUS) throw client.protocolError(`a block status chunk in the reply to ${describe(request)}`)
        if (length < 12 || (length - 4) % 8 !== 0) throw client.protocolError(`an NBD_REPLY_TYPE_BLOCK_STATUS chunk of ${length} bytes (4 + a multiple of 8 expected)`)
        if (length > MAX_STATUS_PAYLOAD) throw client.protocolError(`an NBD_REPLY_TYPE_BLOCK_STATUS chunk of ${length} bytes (limit ${MAX_STATUS_PAYLOAD})`)
        this.#expect(S_FIELDS, length, Buffer.allocUnsafe(length))
        return
      default:
        if ((type & 0x8000) === 0) throw client.protocolError(`unknown structured reply type ${type}`)
        if (length < 6) throw client.protocolError(`an error chunk (type ${type}) of ${length} bytes (at least 6 expected)`)
        if (length > MAX_ERROR_PAYLOAD) throw client.protocolError(`an error chunk of ${length} bytes (limit ${MAX_ERROR_PAYLOAD})`)
        this.#expect(S_FIELDS, length, length <= this.#head.length ? this.#head : Buffer.allocUnsafe(length))
    }
  }

  #onFields (): void {
    const client = this.host!
    const request = this.#request!
    const f = this.#fields
    const type = this.#chunkType
    if (type === REPLY_OFFSET_DATA) {
      const offset = this.#readOffset(f, 0)
      const length = this.#chunkLength - 8
      this.#addRange(request, offset, length)
      this.#startPayload(request.dest!, offset - request.offset, length)
      return
    }
    this.#expect(S_HEADER, 4, this.#head)
    if (type === REPLY_OFFSET_HOLE) {
      const offset = this.#readOffset(f, 0)
      const length = f.readUInt32BE(8)
      if (length === 0) throw client.protocolError('an empty hole chunk')
      this.#addRange(request, offset, length)
      request.dest!.fill(0, offset - request.offset, offset - request.offset + length)
      client.stats.holeBytes += length
    } else if (type === REPLY_BLOCK_STATUS) {
      this.#onBlockStatus(request, f)
    } else {
      const errno = f.readUInt32BE(0)
      const messageLength = f.readUInt16BE(4)
      const tail = type === REPLY_ERROR_OFFSET ? 8 : 0
      if (errno === 0) throw client.protocolError('an error chunk with error value 0')
      if (6 + messageLength + tail > this.#chunkLength) throw client.protocolError(`an error chunk whose ${messageLength}-byte message overruns its ${this.#chunkLength}-byte payload`)
      const message = f.toString('utf8', 6, 6 + messageLength)
      let errorOffset: number | undefined
      if (type === REPLY_ERROR_OFFSET) {
        errorOffset = this.#readOffset(f, 6 + messageLength)
        if (errorOffset < request.offset || errorOffset >= request.offset + Math.max(1, request.length)) {
          throw client.protocolError(`an error offset ${errorOffset} outside ${describe(request)}`)
        }
      }
      const known = type === REPLY_ERROR || type === REPLY_ERROR_OFFSET
      request.error ??= client.serverError(request, errno, known ? message : `${message} (unknown error chunk type ${type})`, errorOffset)
    }
    this.#chunkEnd()
  }

  #onBlockStatus (request: Request, f: Buffer): void {
    const client = this.host!
    const id = f.readUInt32BE(0)
    if (![...client.contexts.values()].includes(id)) throw client.protocolError(`block status for context id ${id}, which was not negotiated`)
    if (request.seenContexts!.includes(id)) throw client.protocolError(`two block status chunks for context id ${id} in one reply`)
    request.seenContexts!.push(id)
    let offset = request.offset
    const list: Extent[] = []
    for (let at = 4; at < this.#chunkLength; at += 8) {
      const length = f.readUInt32BE(at)
      if (length === 0) throw client.protocolError('a block status descriptor of length 0')
      list.push({ offset, length, flags: f.readUInt32BE(at + 4) })
      offset += length
    }
    if (offset > request.offset + request.length) {
      throw client.protocolError(`block status extents covering ${offset - request.offset} bytes for ${describe(request)}`)
    }
    if (id === request.contextId) request.extents = list
  }

  #readOffset (f: Buffer, at: number): number {
    const high = f.readUInt32BE(at)
    if (high >= 2 ** 21) throw this.host!.protocolError(`an offset beyond 2^53 (high word 0x${high.toString(16)})`)
    return high * 2 ** 32 + f.readUInt32BE(at + 4)
  }

  /** Records a content chunk of a read, refusing one outside the request or overlapping an earlier one. */
  #addRange (request: Request, offset: number, length: number): void {
    const start = offset - request.offset
    const end = start + length
    if (start < 0 || end > request.length) {
      throw this.host!.protocolError(`a chunk for bytes [${offset}, ${offset + length}) outside ${describe(request)}`)
    }
    if (request.ranges === undefined) {
      request.ranges = [start, end]
    } else {
      const r = request.ranges
      for (let i = 0; i < r.length; i += 2) {
        if (start < r[i + 1]! && r[i]! < end) {
          throw this.host!.protocolError(`overlapping chunks at bytes [${offset}, ${offset + length}) of ${describe(request)}`)
        }
      }
      r.push(start, end)
    }
    request.covered += length
  }

  #startPayload (dest: Buffer, at: number, length: number): void {
    this.#dest = dest
    this.#destAt = at
    this.#remaining = length
    this.host!.stats.dataBytes += length
    this.#state = S_DATA
    if (length === 0) this.#endPayload()
  }

  #endPayload (): void {
    this.#dest = undefined
    this.#expect(S_HEADER, 4, this.#head)
    this.#chunkEnd()
  }

  #chunkEnd (): void {
    if ((this.#chunkFlags & REPLY_FLAG_DONE) !== 0) this.#done()
  }

  #done (): void {
    const request = this.#request!
    this.#request = undefined
    this.#expect(S_HEADER, 4, this.#head)
    this.host!.complete(request)
  }
}
