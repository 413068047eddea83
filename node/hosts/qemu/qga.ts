/**
 * @packageDocumentation
 * A client of the QEMU guest agent (qemu-ga) protocol: the VM's in-guest channel, used by the
 * manager's guest processing when SSH cannot reach the guest (the seed's VIX fallback).
 *
 * Wire: line-delimited JSON `{"execute": NAME, "arguments": {...}}` → `{"return": ...}` or
 * `{"error": {"class", "desc"}}`, one command at a time, replies in order, no ids, no greeting.
 * The agent's parser may hold bytes left by an earlier client, so every connection starts (and
 * restarts after a command timed out) with a resync: the byte 0xFF resets the agent's parser,
 * then `guest-sync-delimited {id}` is answered with 0xFF followed by `{"return": id}`; everything
 * before that is discarded. Seen with qemu-ga 7.2 (shared/reference/qemu/05_qga_channel.py).
 *
 * @example
 * ```ts
 * import { QgaClient } from './qga.ts'
 * const qga = await QgaClient.connect('unix:/run/qemu/vm1-qga.sock', { timeoutMs: 5_000 })
 * const { exitCode, stdout } = await qga.run('/bin/uname', ['-a'], { timeoutMs: 10_000 })
 * await qga.close()
 * ```
 */
import { connect as netConnect, type Socket } from 'node:net'
import { randomInt } from 'node:crypto'
import { CodedError } from '../../core/errors.ts'
import type { QgaErrorCode } from '../error-codes.ts'

/** Commands are answered within this long unless the caller chooses another bound. */
export const DEFAULT_QGA_TIMEOUT_MS = 10_000

/** A reply line longer than this ends the connection (qemu-ga caps captured output at 16 MiB, 22 MiB in base64). */
const MAX_LINE_BYTES = 48 * 1024 * 1024

/** Raw bytes sent per guest-file-write. */
const WRITE_CHUNK_BYTES = 1024 * 1024

const RESYNC_BYTE = 0xff
const NEWLINE = 0x0a

/** A guest agent failure; `qemuClass`/`desc` are QEMU's own when the agent answered an error. */
export class QgaError extends CodedError<QgaErrorCode> {
  readonly address: string
  readonly command: string
  readonly qemuClass: string
  readonly desc: string
  /** For ERR_QGA_EXEC_TIMEOUT: the guest pid left running. */
  readonly pid?: number

  constructor (code: QgaErrorCode, message: string, details: { address: string, command?: string, qemuClass?: string, desc?: string, pid?: number, cause?: unknown }) {
    super(code, message, { cause: details.cause })
    this.address = details.address
    this.command = details.command ?? ''
    this.qemuClass = details.qemuClass ?? ''
    this.desc = details.desc ?? ''
    this.pid = details.pid
  }
}

export interface QgaConnectOptions {
  /** Bound for connecting, for the resync and (by default) for every command. Default 10 s. */
  timeoutMs?: number
  signal?: AbortSignal
}

export interface QgaCommandOptions {
  /** Bound for this command's reply; default: the connection's timeoutMs. */
  timeoutMs?: number
}

/** What guest-info says: the agent's version and which commands it has and allows. */
export interface QgaInfo {
  version: string
  commands: Array<{ name: string, enabled: boolean }>
}

/** One guest-exec-status answer, output decoded. */
export interface QgaExecStatus {
  exited: boolean
  exitCode: number | null
  /** The signal that ended the process, when one did. */
  signal: number | null
  stdout: Buffer
  stderr: Buffer
  truncated: boolean
}

export interface QgaRunOptions {
  /** The process must exit within this long, or run() fails with ERR_QGA_EXEC_TIMEOUT. */
  timeoutMs: number
  /** Bytes given to the process on stdin. */
  input?: string | Uint8Array
  env?: string[]
}

export interface QgaRunResult {
  pid: number
  exitCode: number | null
  signal: number | null
  stdout: string
  stderr: string
  truncated: boolean
}

export interface QgaInterface {
  name: string
  hardwareAddress: string
  addresses: Array<{ type: 'ipv4' | 'ipv6', address: string, prefix: number }>
}

export type QgaFsfreezeStatus = 'thawed' | 'frozen'

/** A parsed channel address. */
export type QgaAddress = { kind: 'unix', path: string } | { kind: 'tcp', host: string, port: number }

/** Parses `unix:PATH` or `tcp:HOST:PORT` (IPv6 hosts in brackets). */
export function parseQgaAddress (address: string): QgaAddress {
  if (address.startsWith('unix:') && address.length > 5) return { kind: 'unix', path: address.slice(5) }
  const m = /^tcp:(?:\[([^\]]+)\]|([^:]+)):(\d{1,5})$/.exec(address)
  if (m !== null && Number(m[3]) > 0 && Number(m[3]) < 65536) return { kind: 'tcp', host: m[1] ?? m[2], port: Number(m[3]) }
  throw new QgaError('ERR_QGA_BAD_ADDRESS',
    `guest agent channel "${address}" is neither unix:PATH nor tcp:HOST:PORT; fix the job's qga setting`,
    { address })
}

interface Waiter {
  command: string
  resolve: (reply: Record<string, unknown>) => void
  reject: (err: Error) => void
}

/** A connection to one guest agent. Commands are queued and sent one at a time. */
export class QgaClient {
  readonly address: string
  private readonly socket: Socket
  private readonly timeoutMs: number
  private buffer: Buffer = Buffer.alloc(0)
  /** 'sync': discarding until 0xFF; 'sync-line': reading the line after it; 'lines': replies. */
  private mode: 'sync' | 'sync-line' | 'lines' = 'lines'
  private syncId = 0
  private syncWaiter: { resolve: () => void, reject: (err: Error) => void } | null = null
  private waiter: Waiter | null = null
  private needsSync = true
  private queue: Promise<unknown> = Promise.resolve()
  private closedError: QgaError | null = null

  private constructor (address: string, socket: Socket, timeoutMs: number) {
    this.address = address
    this.socket = socket
    this.timeoutMs = timeoutMs
    socket.on('data', (chunk: Buffer) => { this.onData(chunk) })
    socket.on('error', (err) => { this.fail(new QgaError('ERR_QGA_CLOSED', `guest agent ${address}: ${err.message}`, { address, cause: err })) })
    socket.on('close', () => { this.fail(new QgaError('ERR_QGA_CLOSED', `guest agent ${address} closed the connection`, { address })) })
  }

  /** Connects and resyncs; fails with ERR_QGA_UNREACHABLE when nothing answers at `address`. */
  static async connect (address: string, options: QgaConnectOptions = {}): Promise<QgaClient> {
    const parsed = parseQgaAddress(address)
    const timeoutMs = options.timeoutMs ?? DEFAULT_QGA_TIMEOUT_MS
    options.signal?.throwIfAborted()
    const socket = await openSocket(address, parsed, timeoutMs, options.signal)
    const client = new QgaClient(address, socket, timeoutMs)
    try {
      await client.resync(timeoutMs)
      client.needsSync = false
    } catch (err) {
      socket.destroy()
      if (err instanceof QgaError && err.code === 'ERR_QGA_TIMEOUT') {
        throw new QgaError('ERR_QGA_UNREACHABLE',
          `guest agent ${address} accepted the connection but did not answer guest-sync-delimited within ${timeoutMs} ms: ` +
          'is qemu-ga running in the guest, and is no other client connected to it?', { address, cause: err })
      }
      throw err
    }
    return client
  }

  /** Sends one command and resolves with its `return` value; agent errors become QgaError. */
  async execute<T = unknown> (command: string, args?: Record<string, unknown>, options: QgaCommandOptions = {}): Promise<T> {
    const run = this.queue.then(async () => await this.send(command, args, options.timeoutMs ?? this.timeoutMs))
    this.queue = run.catch(() => {})
    return await run as T
  }

  async ping (): Promise<void> {
    await this.execute('guest-ping')
  }

  async info (): Promise<QgaInfo> {
    const r = await this.execute<{ version: string, supported_commands: Array<{ name: string, enabled: boolean }> }>('guest-info')
    return this.shaped('guest-info', () => ({ version: r.version, commands: r.supported_commands.map(c => ({ name: c.name, enabled: c.enabled })) }))
  }

  /** Opens a file in the guest; `mode` as fopen(3). Returns the handle. */
  async fileOpen (path: string, mode = 'r'): Promise<number> {
    return await this.execute<number>('guest-file-open', { path, mode })
  }

  async fileWrite (handle: number, data: Uint8Array): Promise<number> {
    const r = await this.execute<{ count: number }>('guest-file-write', { handle, 'buf-b64': Buffer.from(data).toString('base64') })
    return this.shaped('guest-file-write', () => r.count)
  }

  async fileRead (handle: number, count: number): Promise<{ data: Buffer, eof: boolean }> {
    const r = await this.execute<{ 'buf-b64': string, eof: boolean }>('guest-file-read', { handle, count })
    return this.shaped('guest-file-read', () => ({ data: Buffer.from(r['buf-b64'], 'base64'), eof: r.eof }))
  }

  async fileClose (handle: number): Promise<void> {
    await this.execute('guest-file-close', { handle })
  }

  /** Writes a whole file in the guest (created or truncated), in chunks. */
  async writeFile (path: string, data: string | Uint8Array): Promise<void> {
    const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data)
    const handle = await this.fileOpen(path, 'w')
    try {
      for (let off = 0; off < bytes.length; off += WRITE_CHUNK_BYTES) {
        const chunk = bytes.subarray(off, off + WRITE_CHUNK_BYTES)
        const n = await this.fileWrite(handle, chunk)
        if (n !== chunk.length) {
          throw new QgaError('ERR_QGA_COMMAND_FAILED', `guest agent ${this.address} wrote ${n} of ${chunk.length} bytes to ${path}`,
            { address: this.address, command: 'guest-file-write' })
        }
      }
    } finally {
      await this.fileClose(handle)
    }
  }

  /** Starts a process in the guest (guest-exec, output captured); returns its pid. */
  async exec (path: string, args: string[] = [], options: { input?: string | Uint8Array, env?: string[] } = {}): Promise<number> {
    const a: Record<string, unknown> = { path, arg: args, 'capture-output': true }
    if (options.input !== undefined) a['input-data'] = Buffer.from(options.input).toString('base64')
    if (options.env !== undefined) a.env = options.env
    const r = await this.execute<{ pid: number }>('guest-exec', a)
    return this.shaped('guest-exec', () => r.pid)
  }

  /** One guest-exec-status; once it says exited, the agent forgets the pid. */
  async execStatus (pid: number): Promise<QgaExecStatus> {
    const r = await this.execute<{
      exited: boolean, exitcode?: number, signal?: number,
      'out-data'?: string, 'err-data'?: string, 'out-truncated'?: boolean, 'err-truncated'?: boolean
    }>('guest-exec-status', { pid })
    return this.shaped('guest-exec-status', () => ({
      exited: r.exited,
      exitCode: r.exitcode ?? null,
      signal: r.signal ?? null,
      stdout: Buffer.from(r['out-data'] ?? '', 'base64'),
      stderr: Buffer.from(r['err-data'] ?? '', 'base64'),
      truncated: r['out-truncated'] === true || r['err-truncated'] === true
    }))
  }

  /**
   * Runs a process in the guest and waits for it by polling guest-exec-status. qemu-ga 7.2 has
   * no command to kill a guest-exec process: at the deadline this fails with
   * ERR_QGA_EXEC_TIMEOUT carrying the pid, and the process keeps running unless the caller
   * kills it (for example with another guest-exec of kill).
   */
  async run (path: string, args: string[], options: QgaRunOptions): Promise<QgaRunResult> {
    const deadline = Date.now() + options.timeoutMs
    const pid = await this.exec(path, args, { input: options.input, env: options.env })
    let pause = 10
    for (;;) {
      const st = await this.execStatus(pid)
      if (st.exited) {
        return { pid, exitCode: st.exitCode, signal: st.signal, stdout: st.stdout.toString(), stderr: st.stderr.toString(), truncated: st.truncated }
      }
      const left = deadline - Date.now()
      if (left <= 0) {
        throw new QgaError('ERR_QGA_EXEC_TIMEOUT',
          `${path} (guest pid ${pid}) still runs after ${options.timeoutMs} ms on guest agent ${this.address}; ` +
          'qemu-ga 7.2 has no guest-exec kill, so it was left running: kill it in the guest',
          { address: this.address, command: 'guest-exec', pid })
      }
      await delay(Math.min(pause, left))
      pause = Math.min(pause * 2, 250)
    }
  }

  async fsfreezeStatus (): Promise<QgaFsfreezeStatus> {
    return await this.execute<QgaFsfreezeStatus>('guest-fsfreeze-status')
  }

  /** Freezes every guest filesystem; returns how many. Slow filesystems may need a longer timeout. */
  async fsfreezeFreeze (options: QgaCommandOptions = {}): Promise<number> {
    return await this.execute<number>('guest-fsfreeze-freeze', undefined, options)
  }

  async fsfreezeThaw (options: QgaCommandOptions = {}): Promise<number> {
    return await this.execute<number>('guest-fsfreeze-thaw', undefined, options)
  }

  async networkInterfaces (): Promise<QgaInterface[]> {
    const r = await this.execute<Array<{
      name: string, 'hardware-address'?: string,
      'ip-addresses'?: Array<{ 'ip-address-type': 'ipv4' | 'ipv6', 'ip-address': string, prefix: number }>
    }>>('guest-network-get-interfaces')
    return this.shaped('guest-network-get-interfaces', () => r.map(i => ({
      name: i.name,
      hardwareAddress: i['hardware-address'] ?? '',
      addresses: (i['ip-addresses'] ?? []).map(a => ({ type: a['ip-address-type'], address: a['ip-address'], prefix: a.prefix }))
    })))
  }

  /** Reads the fields of a reply; one of another shape (null, a number...) is a protocol error, not a TypeError. */
  private shaped<T> (command: string, read: () => T): T {
    try {
      return read()
    } catch (err) {
      throw new QgaError('ERR_QGA_PROTOCOL',
        `guest agent ${this.address} answered ${command} with a reply of an unexpected shape (${(err as Error).message}); is it qemu-ga?`,
        { address: this.address, command, cause: err })
    }
  }

  /** Ends the connection; queued commands fail with ERR_QGA_CLOSED. */
  async close (): Promise<void> {
    this.fail(new QgaError('ERR_QGA_CLOSED', `guest agent connection ${this.address} was closed`, { address: this.address }))
    if (this.socket.destroyed) return
    await new Promise<void>(resolve => {
      this.socket.once('close', () => { resolve() })
      this.socket.destroy()
    })
  }

  private async send (command: string, args: Record<string, unknown> | undefined, timeoutMs: number): Promise<unknown> {
    if (this.closedError !== null) throw this.closedError
    if (this.needsSync) {
      await this.resync(timeoutMs)
      this.needsSync = false
    }
    const reply = await new Promise<Record<string, unknown>>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiter = null
        this.needsSync = true // a late reply must not be taken for the next command's
        reject(new QgaError('ERR_QGA_TIMEOUT', `guest agent ${this.address} did not answer ${command} within ${timeoutMs} ms`,
          { address: this.address, command }))
      }, timeoutMs)
      this.waiter = {
        command,
        resolve: (r) => { clearTimeout(timer); resolve(r) },
        reject: (e) => { clearTimeout(timer); reject(e) }
      }
      const msg: Record<string, unknown> = { execute: command }
      if (args !== undefined) msg.arguments = args
      this.socket.write(JSON.stringify(msg) + '\n')
    })
    if ('error' in reply) throw this.agentError(command, (reply.error ?? {}) as { class?: string, desc?: string })
    return reply.return
  }

  private agentError (command: string, e: { class?: string, desc?: string }): QgaError {
    const qemuClass = e.class ?? 'GenericError'
    const desc = e.desc ?? ''
    const details = { address: this.address, command, qemuClass, desc }
    if (qemuClass === 'CommandNotFound' && /disabled/i.test(desc)) {
      return new QgaError('ERR_QGA_COMMAND_DISABLED',
        `${command} is disabled in the guest agent ${this.address} (${desc}); enable it in qemu-ga's configuration (-b / block-rpcs) if it is needed`, details)
    }
    if (qemuClass === 'CommandNotFound') {
      return new QgaError('ERR_QGA_COMMAND_NOT_FOUND', `the guest agent ${this.address} does not know ${command} (${desc}): upgrade qemu-ga in the guest`, details)
    }
    return new QgaError('ERR_QGA_COMMAND_FAILED', `${command} failed in the guest agent ${this.address}: ${desc} (${qemuClass})`, details)
  }

  /** Sends 0xFF + guest-sync-delimited and discards input until the matching 0xFF-prefixed reply. */
  private async resync (timeoutMs: number): Promise<void> {
    this.syncId = randomInt(1, 2 ** 31)
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.syncWaiter = null
        reject(new QgaError('ERR_QGA_TIMEOUT', `guest agent ${this.address} did not answer guest-sync-delimited within ${timeoutMs} ms`,
          { address: this.address, command: 'guest-sync-delimited' }))
      }, timeoutMs)
      this.syncWaiter = {
        resolve: () => { clearTimeout(timer); resolve() },
        reject: (e) => { clearTimeout(timer); reject(e) }
      }
      this.mode = 'sync'
      this.buffer = Buffer.alloc(0)
      this.socket.write(Buffer.concat([Buffer.from([RESYNC_BYTE]),
        Buffer.from(JSON.stringify({ execute: 'guest-sync-delimited', arguments: { id: this.syncId } }) + '\n')]))
    })
  }

  private onData (chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk])
    for (;;) {
      if (this.mode === 'sync') {
        const ff = this.buffer.indexOf(RESYNC_BYTE)
        if (ff < 0) { this.buffer = Buffer.alloc(0); return }
        this.buffer = this.buffer.subarray(ff + 1)
        this.mode = 'sync-line'
        continue
      }
      const nl = this.buffer.indexOf(NEWLINE)
      if (nl < 0) {
        if (this.buffer.length > MAX_LINE_BYTES) {
          this.fail(new QgaError('ERR_QGA_PROTOCOL', `guest agent ${this.address} sent a reply over ${MAX_LINE_BYTES} bytes`, { address: this.address }))
          this.socket.destroy()
        }
        return
      }
      let line = this.buffer.subarray(0, nl)
      this.buffer = this.buffer.subarray(nl + 1)
      while (line.length > 0 && line[0] === RESYNC_BYTE) line = line.subarray(1)
      if (this.mode === 'sync-line') {
        if (parseJson(line)?.return === this.syncId) {
          this.mode = 'lines'
          const w = this.syncWaiter
          this.syncWaiter = null
          w?.resolve()
        } else {
          this.mode = 'sync'
        }
        continue
      }
      if (line.length === 0) continue
      const reply = parseJson(line)
      const w = this.waiter
      this.waiter = null
      if (w === null) { this.needsSync = true; continue } // a stale reply: out of step
      if (reply === undefined) {
        this.needsSync = true
        w.reject(new QgaError('ERR_QGA_PROTOCOL', `guest agent ${this.address} answered ${w.command} with something that is not JSON`,
          { address: this.address, command: w.command }))
        continue
      }
      w.resolve(reply)
    }
  }

  private fail (err: QgaError): void {
    if (this.closedError !== null) return
    this.closedError = err
    const w = this.waiter
    this.waiter = null
    w?.reject(err)
    const s = this.syncWaiter
    this.syncWaiter = null
    s?.reject(err)
  }
}

function parseJson (line: Buffer): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(line.toString('utf8'))
    return typeof v === 'object' && v !== null ? v as Record<string, unknown> : undefined
  } catch {
    return undefined
  }
}

async function openSocket (address: string, parsed: QgaAddress, timeoutMs: number, signal?: AbortSignal): Promise<Socket> {
  return await new Promise<Socket>((resolve, reject) => {
    const socket = parsed.kind === 'unix' ? netConnect({ path: parsed.path }) : netConnect({ host: parsed.host, port: parsed.port })
    const done = (err?: Error): void => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
      socket.off('connect', onConnect)
      socket.off('error', onError)
      if (err === undefined) { resolve(socket); return }
      socket.destroy()
      reject(err)
    }
    const onConnect = (): void => { done() }
    const onError = (err: NodeJS.ErrnoException): void => {
      const why = err.code === 'ENOENT'
        ? 'the socket does not exist (is the VM running, with a qemu-ga channel at this path?)'
        : err.code === 'ECONNREFUSED' ? 'connection refused (nothing listens there)' : err.message
      done(new QgaError('ERR_QGA_UNREACHABLE', `cannot reach the guest agent at ${address}: ${why}`, { address, cause: err }))
    }
    const onAbort = (): void => { done(signal?.reason instanceof Error ? signal.reason : new Error('aborted')) }
    const timer = setTimeout(() => {
      done(new QgaError('ERR_QGA_UNREACHABLE', `cannot reach the guest agent at ${address}: no connection within ${timeoutMs} ms`, { address }))
    }, timeoutMs)
    socket.once('connect', onConnect)
    socket.once('error', onError)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

async function delay (ms: number): Promise<void> {
  await new Promise(resolve => setTimeout(resolve, ms))
}
