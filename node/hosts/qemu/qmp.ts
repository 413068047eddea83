/**
 * @packageDocumentation
 * A QMP (QEMU Machine Protocol) client over a unix socket or TCP: the monitor of a
 * qemu-system or qemu-storage-daemon process.
 *
 * Wire: line-delimited JSON. The server greets with `{"QMP": {...}}`; the client answers
 * `qmp_capabilities`; then each `{"execute", "arguments", "id"}` gets `{"return"|"error", "id"}`.
 * Asynchronous `{"event"}` lines can arrive at any time, also between a command and its reply,
 * so replies are matched by id. A line longer than `maxLineBytes` or one that is not a JSON
 * object closes the connection with ERR_QMP_PROTOCOL.
 *
 * Events: to wait for an event a command causes, start the wait BEFORE sending the command
 * (`waitEvent()` registers at once), or read `events()`, which buffers from the moment it is
 * called. Events nobody waits for are dropped.
 *
 * QEMU serves one client at a time per `-qmp`/`--monitor` socket: a second client is accepted by
 * the kernel but greeted only when the first one leaves, so keep connections short.
 *
 * @example
 * ```ts
 * const qmp = await QmpClient.connect('unix:/run/vm1.qmp')
 * try {
 *   const status = await qmp.execute<{ status: string }>('query-status')
 *   const deleted = qmp.waitEvent('BLOCK_EXPORT_DELETED', { predicate: e => e.data.id === 'bk', timeoutMs: 10_000 })
 *   await qmp.execute('block-export-del', { id: 'bk' })
 *   await deleted
 * } finally {
 *   await qmp.close()
 * }
 * ```
 */
import { EventEmitter } from 'node:events'
import { connect as netConnect, type Socket } from 'node:net'
import { CodedError } from '../../core/errors.ts'
import type { QmpErrorCode } from '../error-codes.ts'

/** Time to connect and read the greeting unless told otherwise. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000
/** Time a command waits for its reply unless told otherwise. */
export const DEFAULT_COMMAND_TIMEOUT_MS = 60_000
/** The longest line accepted from the server (query-named-block-nodes of a big host stays far below). */
export const DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024

export interface QmpErrorInit {
  address: string
  command?: string
  /** QEMU's error class: GenericError, CommandNotFound, DeviceNotFound, ... */
  errorClass?: string
  /** QEMU's error text */
  desc?: string
  cause?: unknown
}

/** A QMP failure, naming the monitor address and, when there is one, the command. */
export class QmpError extends CodedError<QmpErrorCode> {
  readonly address: string
  readonly command?: string
  readonly errorClass?: string
  readonly desc?: string

  constructor (code: QmpErrorCode, message: string, init: QmpErrorInit) {
    super(code, message, init.cause === undefined ? undefined : { cause: init.cause })
    this.address = init.address
    this.command = init.command
    this.errorClass = init.errorClass
    this.desc = init.desc
  }
}

/** An asynchronous QEMU event. */
export interface QmpEvent {
  event: string
  data: Record<string, any>
  timestamp?: { seconds: number, microseconds: number }
}

/** The server's greeting. */
export interface QmpGreeting {
  version?: { qemu?: { major: number, minor: number, micro: number }, package?: string }
  capabilities?: string[]
}

export interface QmpClientOptions {
  /** ms to connect, read the greeting and negotiate capabilities (10 000) */
  connectTimeoutMs?: number
  /** ms a command waits for its reply when execute() is not told otherwise (60 000); 0: no limit */
  commandTimeoutMs?: number
  /** longest line accepted from the server (16 MiB) */
  maxLineBytes?: number
}

export interface ExecuteOptions {
  /** ms to wait for the reply; 0: no limit */
  timeoutMs?: number
}

export interface WaitEventOptions {
  /** only an event for which this returns true ends the wait */
  predicate?: (event: QmpEvent) => boolean
  timeoutMs: number
}

/** A QMP address: `unix:PATH` or `tcp:HOST:PORT` (`tcp:[::1]:4444` for IPv6). */
export type QmpAddress = { type: 'unix', path: string } | { type: 'tcp', host: string, port: number }

/** Parses `unix:PATH` | `tcp:HOST:PORT`; throws ERR_QMP_UNREACHABLE saying what is wrong. */
export function parseQmpAddress (address: string): QmpAddress {
  if (address.startsWith('unix:') && address.length > 5) return { type: 'unix', path: address.slice(5) }
  const m = /^tcp:(?:\[([^\]]+)\]|([^:]+)):(\d{1,5})$/.exec(address)
  if (m !== null && Number(m[3]) > 0 && Number(m[3]) < 65536) return { type: 'tcp', host: m[1] ?? m[2]!, port: Number(m[3]) }
  throw new QmpError('ERR_QMP_UNREACHABLE', `"${address}" is not a QMP address; use unix:PATH or tcp:HOST:PORT`, { address })
}

interface Pending {
  command: string
  resolve: (value: unknown) => void
  reject: (err: Error) => void
  timer?: NodeJS.Timeout
}

interface Waiter {
  name: string
  predicate?: (event: QmpEvent) => boolean
  resolve: (event: QmpEvent) => void
  reject: (err: Error) => void
  timer: NodeJS.Timeout
}

/** One QMP connection. Emits 'event' (QmpEvent) and 'close' (the error that ended it, if any). */
export class QmpClient extends EventEmitter<{ event: [QmpEvent], close: [Error | undefined] }> {
  readonly address: string
  readonly #socket: Socket
  readonly #commandTimeoutMs: number
  readonly #maxLineBytes: number
  readonly #pending = new Map<number, Pending>()
  readonly #waiters = new Set<Waiter>()
  #greeting: QmpGreeting | undefined
  #onGreeting: (() => void) | undefined
  #chunks: Buffer[] = []
  #buffered = 0
  #nextId = 1
  #closed: Error | null | undefined // undefined: open; null: closed cleanly
  readonly #closedPromise: Promise<void>

  private constructor (address: string, socket: Socket, options: QmpClientOptions) {
    super()
    this.address = address
    this.#socket = socket
    this.#commandTimeoutMs = options.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS
    this.#maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES
    this.#closedPromise = new Promise(resolve => { socket.once('close', () => { resolve() }) })
    socket.on('data', (chunk: Buffer) => { this.#onData(chunk) })
    socket.on('error', (err) => { this.#shutdown(new QmpError('ERR_QMP_CLOSED', `QMP connection to ${address} failed (${errorText(err)})`, { address, cause: err })) })
    socket.on('close', () => { this.#shutdown(new QmpError('ERR_QMP_CLOSED', `QMP connection to ${address} closed (did QEMU exit?)`, { address })) })
  }

  /** Connects, reads the greeting and leaves capabilities negotiation mode. */
  static async connect (address: string, options: QmpClientOptions = {}): Promise<QmpClient> {
    const target = parseQmpAddress(address)
    const timeoutMs = options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS
    const socket = target.type === 'unix' ? netConnect({ path: target.path }) : netConnect({ host: target.host, port: target.port })
    const client = new QmpClient(address, socket, options)
    let timer: NodeJS.Timeout | undefined
    let onEarlyClose: ((err: Error | undefined) => void) | undefined
    try {
      await new Promise<void>((resolve, reject) => {
        timer = setTimeout(() => {
          reject(new QmpError('ERR_QMP_UNREACHABLE',
            `no QMP greeting from ${address} within ${timeoutMs} ms: another client may hold this monitor (QEMU serves one client per QMP socket), or it is not a QMP socket`,
            { address }))
        }, timeoutMs)
        client.#onGreeting = resolve
        onEarlyClose = (err: Error | undefined): void => {
          if (err instanceof QmpError && err.code === 'ERR_QMP_PROTOCOL') { reject(err); return }
          const cause = (err as { cause?: unknown } | undefined)?.cause
          reject(new QmpError('ERR_QMP_UNREACHABLE',
            `cannot reach QMP at ${address} (${cause === undefined ? 'connection closed before the greeting' : errorText(cause)}): check that QEMU is running and that the address is its QMP socket (-qmp / --monitor)`,
            { address, cause }))
        }
        client.once('close', onEarlyClose)
      })
      await client.execute('qmp_capabilities', undefined, { timeoutMs })
      return client
    } catch (err) {
      client.#socket.destroy()
      throw err
    } finally {
      clearTimeout(timer)
      client.#onGreeting = undefined
      if (onEarlyClose !== undefined) client.off('close', onEarlyClose)
    }
  }

  /** The greeting the server sent. */
  get greeting (): QmpGreeting {
    return this.#greeting ?? {}
  }

  /** Whether the connection has ended. */
  get closed (): boolean {
    return this.#closed !== undefined
  }

  /** Runs a command; resolves with its `return`, rejects with QmpError (ERR_QMP_COMMAND carries QEMU's class and desc). */
  async execute<T = unknown> (command: string, args?: Record<string, unknown>, options: ExecuteOptions = {}): Promise<T> {
    if (this.#closed !== undefined) {
      throw new QmpError('ERR_QMP_CLOSED', `cannot run ${command}: the QMP connection to ${this.address} is closed`, { address: this.address, command, cause: this.#closed ?? undefined })
    }
    const id = this.#nextId++
    const msg: Record<string, unknown> = { execute: command, id }
    if (args !== undefined) msg.arguments = args
    const timeoutMs = options.timeoutMs ?? this.#commandTimeoutMs
    return await new Promise<T>((resolve, reject) => {
      const pending: Pending = { command, resolve: resolve as (v: unknown) => void, reject }
      if (timeoutMs > 0) {
        pending.timer = setTimeout(() => {
          this.#pending.delete(id)
          reject(new QmpError('ERR_QMP_TIMEOUT', `${command} got no reply from ${this.address} within ${timeoutMs} ms`, { address: this.address, command }))
        }, timeoutMs)
      }
      this.#pending.set(id, pending)
      this.#socket.write(JSON.stringify(msg) + '\n')
    })
  }

  /**
   * Resolves with the next event named `name` (matching `predicate`) that arrives after this call.
   * Call it before the command that causes the event. The returned promise is marked handled, so
   * one that is abandoned (its command failed) does not become an unhandled rejection.
   */
  waitEvent (name: string, options: WaitEventOptions): Promise<QmpEvent> {
    const promise = new Promise<QmpEvent>((resolve, reject) => {
      if (this.#closed !== undefined) {
        reject(new QmpError('ERR_QMP_CLOSED', `cannot wait for ${name}: the QMP connection to ${this.address} is closed`, { address: this.address }))
        return
      }
      const waiter: Waiter = {
        name,
        predicate: options.predicate,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.#waiters.delete(waiter)
          reject(new QmpError('ERR_QMP_TIMEOUT', `event ${name} not seen on ${this.address} within ${options.timeoutMs} ms`, { address: this.address }))
        }, options.timeoutMs)
      }
      this.#waiters.add(waiter)
    })
    promise.catch(() => {})
    return promise
  }

  /** Every event from now on, in order; ends when the connection closes or the loop breaks. */
  events (): AsyncIterableIterator<QmpEvent> {
    const queue: QmpEvent[] = []
    let wake: (() => void) | undefined
    let done = false
    const onEvent = (e: QmpEvent): void => { queue.push(e); wake?.() }
    const onClose = (): void => { done = true; wake?.() }
    this.on('event', onEvent)
    this.once('close', onClose)
    if (this.#closed !== undefined) done = true
    const stop = (): void => {
      done = true
      this.off('event', onEvent)
      this.off('close', onClose)
    }
    const iterator: AsyncIterableIterator<QmpEvent> = {
      next: async () => {
        while (queue.length === 0 && !done) await new Promise<void>(resolve => { wake = resolve })
        wake = undefined
        if (queue.length > 0) return { value: queue.shift()!, done: false }
        stop()
        return { value: undefined, done: true }
      },
      return: async () => {
        stop()
        queue.length = 0
        return { value: undefined, done: true }
      },
      [Symbol.asyncIterator]: () => iterator
    }
    return iterator
  }

  /** Closes the connection; pending commands and waits reject with ERR_QMP_CLOSED. */
  async close (): Promise<void> {
    if (this.#closed === undefined) {
      this.#shutdown(null)
      this.#socket.end()
      const timer = setTimeout(() => { this.#socket.destroy() }, 1000)
      await this.#closedPromise
      clearTimeout(timer)
    } else {
      this.#socket.destroy()
      await this.#closedPromise
    }
  }

  #onData (chunk: Buffer): void {
    let start = 0
    while (this.#closed === undefined) {
      const nl = chunk.indexOf(0x0a, start)
      if (nl < 0) break
      const part = chunk.subarray(start, nl)
      start = nl + 1
      let line: Buffer
      if (this.#chunks.length > 0) {
        line = Buffer.concat([...this.#chunks, part])
        this.#chunks = []
        this.#buffered = 0
      } else {
        line = part
      }
      if (line.length > this.#maxLineBytes) { this.#tooLong(); return }
      this.#onLine(line)
    }
    if (this.#closed !== undefined || start >= chunk.length) return
    const rest = chunk.subarray(start)
    this.#buffered += rest.length
    if (this.#buffered > this.#maxLineBytes) { this.#tooLong(); return }
    this.#chunks.push(rest)
  }

  #tooLong (): void {
    this.#protocolError(`a line from ${this.address} is longer than ${this.#maxLineBytes} bytes`)
  }

  #onLine (line: Buffer): void {
    const text = line.toString('utf8').trim()
    if (text === '') return
    let msg: unknown
    try {
      msg = JSON.parse(text)
    } catch {
      this.#protocolError(`${this.address} sent a line that is not JSON: ${JSON.stringify(text.slice(0, 80))}`)
      return
    }
    if (typeof msg !== 'object' || msg === null || Array.isArray(msg)) {
      this.#protocolError(`${this.address} sent ${JSON.stringify(text.slice(0, 80))}, not a QMP message object`)
      return
    }
    const m = msg as Record<string, any>
    if (this.#greeting === undefined) {
      if (typeof m.QMP !== 'object' || m.QMP === null) {
        this.#protocolError(`${this.address} did not greet with {"QMP": ...} (got ${JSON.stringify(text.slice(0, 80))}); is it a QMP socket (not QGA or HMP)?`)
        return
      }
      const greeting = m.QMP as QmpGreeting
      this.#greeting = greeting
      this.#onGreeting?.()
      return
    }
    if (typeof m.event === 'string') {
      const event: QmpEvent = { event: m.event, data: (m.data ?? {}) as Record<string, any>, timestamp: m.timestamp }
      for (const w of [...this.#waiters]) {
        let match = w.name === event.event
        if (match && w.predicate !== undefined) {
          try {
            match = w.predicate(event)
          } catch {
            match = false
          }
        }
        if (match) {
          this.#waiters.delete(w)
          clearTimeout(w.timer)
          w.resolve(event)
        }
      }
      this.emit('event', event)
      return
    }
    if (!('return' in m) && !('error' in m)) {
      this.#protocolError(`${this.address} sent ${JSON.stringify(text.slice(0, 80))}, neither a reply nor an event`)
      return
    }
    // QEMU answers a request it could not parse without an id; it processes commands in order
    const id = typeof m.id === 'number' ? m.id : this.#pending.keys().next().value
    const pending = id === undefined ? undefined : this.#pending.get(id)
    if (pending === undefined || id === undefined) return // a reply to a command that timed out
    this.#pending.delete(id)
    clearTimeout(pending.timer)
    if ('error' in m) {
      const e = (m.error ?? {}) as { class?: string, desc?: string }
      pending.reject(new QmpError('ERR_QMP_COMMAND', `${pending.command} failed on ${this.address}: ${e.desc ?? 'no description'} (${e.class ?? 'no class'})`,
        { address: this.address, command: pending.command, errorClass: e.class, desc: e.desc }))
    } else {
      pending.resolve(m.return)
    }
  }

  #protocolError (message: string): void {
    const err = new QmpError('ERR_QMP_PROTOCOL', message, { address: this.address })
    this.#shutdown(err)
    this.#socket.destroy()
  }

  // err null: closed by us
  #shutdown (err: QmpError | null): void {
    if (this.#closed !== undefined) return
    this.#closed = err
    this.#chunks = []
    const protocol = err !== null && err.code === 'ERR_QMP_PROTOCOL' ? err : undefined
    const ended = err === null ? 'was closed' : 'ended (did QEMU exit?)'
    for (const [id, p] of this.#pending) {
      this.#pending.delete(id)
      clearTimeout(p.timer)
      p.reject(protocol ?? new QmpError('ERR_QMP_CLOSED', `${p.command} got no reply: the QMP connection to ${this.address} ${ended}`,
        { address: this.address, command: p.command, cause: err ?? undefined }))
    }
    for (const w of this.#waiters) {
      clearTimeout(w.timer)
      w.reject(protocol ?? new QmpError('ERR_QMP_CLOSED', `event ${w.name} not seen: the QMP connection to ${this.address} ${ended}`,
        { address: this.address, cause: err ?? undefined }))
    }
    this.#waiters.clear()
    this.emit('close', err ?? undefined)
  }
}

function errorText (err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code
  if (typeof code === 'string') return code
  return err instanceof Error ? err.message : String(err)
}
