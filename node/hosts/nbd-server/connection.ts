/**
 * @packageDocumentation
 * One client connection of the NBD server: the handshake (negotiation.ts), then the
 * transmission phase. Requests are read one after another and answered as their data is ready,
 * in any order, up to MAX_IN_FLIGHT at once; a reply's chunks are written together, so replies
 * never interleave inside a chunk. Reads become OFFSET_DATA and OFFSET_HOLE chunks when
 * structured replies were negotiated (zero blocks travel as holes), BLOCK_STATUS answers
 * base:allocation, writes of any kind are refused with EPERM.
 *
 * A request the protocol does not allow (a bad magic, an oversized write) ends this connection
 * with a logged reason; a source that fails a read is answered EIO, the connection stays.
 *
 * @example
 * ```ts
 * const connection = new NbdConnection(socket, exports, log)
 * await connection.run()   // resolves when the connection is over
 * ```
 */
import type { Socket } from 'node:net'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import type { Logger } from '../../core/logger.ts'
import {
  CMD_BLOCK_STATUS, CMD_CACHE, CMD_DISC, CMD_FLAG_DF, CMD_FLAG_REQ_ONE, CMD_FLUSH, CMD_READ, CMD_TRIM, CMD_WRITE, CMD_WRITE_ZEROES,
  COMMAND_NAMES, EINVAL, EIO, EPERM, NBD_STATE_HOLE, NBD_STATE_ZERO, REPLY_FLAG_DONE, REPLY_OFFSET_DATA, REQUEST_MAGIC
} from '../qemu/nbd/protocol.ts'
import { NbdServerError } from './errors.ts'
import { Inbox } from './inbox.ts'
import { BASE_ALLOCATION_ID, MAX_PAYLOAD, negotiate, type Chosen, type Exports } from './negotiation.ts'
import { blockStatusChunk, chunkHeader, errorChunk, holeChunk, simpleReply } from './replies.ts'
import { oneExtent, type NbdExportSource } from './export-source.ts'

/** Requests being answered at once on one connection; the next header waits for a free slot. */
const MAX_IN_FLIGHT = 64
/** Reply bytes queued in the socket before the connection stops taking requests until they drain. */
const OUT_HIGH_WATER = 64 * 1024 * 1024
/** Most extents one BLOCK_STATUS reply lists (a client asks again for the rest). */
const MAX_EXTENTS = 64 * 1024

/** One run of the export's allocation, at an absolute offset. */
interface Run { offset: number, length: number, zero: boolean }

export class NbdConnection {
  readonly socket: Socket
  /** the export chosen, once the transmission phase has begun */
  chosen: Chosen | undefined
  readonly #inbox: Inbox
  readonly #exports: Exports
  readonly #log: Logger
  #inFlight = 0
  /** what the client asked, logged when the connection ends: reads, their sizes, most in flight at once, and `serviceMs`: the sum of each request's time from its header to its reply queued */
  readonly stats = { reads: 0, readBytes: 0, smallestRead: Infinity, largestRead: 0, mostInFlight: 0, blockStatus: 0, serviceMs: 0 }
  /** the process's event-loop delay while this connection is open: how long a request can sit before the server even reads it */
  readonly #loopDelay = monitorEventLoopDelay({ resolution: 10 })
  #openedAt = performance.now()
  #slot: (() => void) | undefined
  #idle: (() => void) | undefined
  #closed = false

  constructor (socket: Socket, exports: Exports, log: Logger) {
    this.socket = socket
    this.#inbox = new Inbox(socket)
    this.#exports = exports
    this.#log = log
    socket.on('error', (err) => { this.#log.debug('NBD connection error', { error: err.message }) })
  }

  /** The export this connection reads, once it has chosen one. */
  get source (): NbdExportSource | undefined {
    return this.chosen?.source
  }

  /** Serves the connection until it ends; never rejects. */
  async run (onChosen: (connection: NbdConnection) => void): Promise<void> {
    try {
      const chosen = await negotiate(this.socket, this.#inbox, this.#exports)
      if (chosen === undefined) {
        this.socket.end()
        return
      }
      this.chosen = chosen
      onChosen(this)
      this.#openedAt = performance.now()
      this.#loopDelay.enable()
      this.#log.debug('NBD client opened export', { export: chosen.name, structured: chosen.structured, allocation: chosen.allocation })
      await this.#transmit(chosen)
      this.#logStats()
    } catch (err) {
      this.#logStats()
      if (this.#closed || this.socket.destroyed) return // closed by the server, or by the client in mid-request
      const e = err as Error
      if (e instanceof NbdServerError) this.#log.warn('NBD client dropped', { export: this.chosen?.name, code: e.code, reason: e.message })
      else this.#log.debug('NBD connection ended', { export: this.chosen?.name, reason: e.message })
      this.socket.destroy()
    }
  }

  #logStats (): void {
    const s = this.stats
    this.#loopDelay.disable()
    if (s.reads === 0 && s.blockStatus === 0) return
    const d = this.#loopDelay
    this.#log.info('NBD connection served', {
      export: this.chosen?.name,
      ...s,
      smallestRead: s.reads === 0 ? 0 : s.smallestRead,
      serviceMs: Math.round(s.serviceMs),
      connectedMs: Math.round(performance.now() - this.#openedAt),
      loopDelayMeanMs: Number((d.mean / 1e6).toFixed(2)),
      loopDelayP99Ms: Number((d.percentile(99) / 1e6).toFixed(2)),
      loopDelayMaxMs: Number((d.max / 1e6).toFixed(2))
    })
  }

  /** Ends the connection now (the export was removed, or the server closes). */
  close (): void {
    this.#closed = true
    this.socket.destroy()
  }

  async #transmit (chosen: Chosen): Promise<void> {
    const inbox = this.#inbox
    const protocol = (what: string): NbdServerError =>
      new NbdServerError('ERR_NBD_SERVER_PROTOCOL', `the client broke the NBD protocol on export "${chosen.name}": ${what}`, { exportName: chosen.name })
    for (;;) {
      if (this.#inFlight >= MAX_IN_FLIGHT) await new Promise<void>(resolve => { this.#slot = resolve })
      if (this.socket.writableLength > OUT_HIGH_WATER) await drained(this.socket)
      if (inbox.available < 28) await inbox.wait(28)
      const h = inbox.take(28)
      const magic = h.readUInt32BE(0)
      if (magic !== REQUEST_MAGIC) throw protocol(`bad request magic 0x${magic.toString(16)}`)
      const flags = h.readUInt16BE(4)
      const type = h.readUInt16BE(6)
      const cookie = Buffer.from(h.subarray(8, 16))
      const high = h.readUInt32BE(16)
      const offset = high * 2 ** 32 + h.readUInt32BE(20)
      const length = h.readUInt32BE(24)
      if (high >= 2 ** 21) throw protocol(`an offset of ${h.readBigUInt64BE(16)} (beyond 2^53)`)

      if (type === CMD_WRITE) {
        // the payload follows the header whatever the answer: drop it, then refuse
        if (length > MAX_PAYLOAD) throw protocol(`a write of ${length} bytes (the limit is ${MAX_PAYLOAD})`)
        let left = length
        while (left > 0) {
          if (inbox.available === 0) await inbox.wait(1)
          left -= inbox.skip(left)
        }
        this.#refuse(chosen, cookie, type, EPERM, `export "${chosen.name}" is read-only`)
        continue
      }
      if (type === CMD_DISC) {
        // answer what is in flight, then end the connection
        if (this.#inFlight > 0) await new Promise<void>(resolve => { this.#idle = resolve })
        this.socket.end()
        return
      }
      this.#dispatch(chosen, type, flags, cookie, offset, length)
    }
  }

  #dispatch (chosen: Chosen, type: number, flags: number, cookie: Buffer, offset: number, length: number): void {
    const size = chosen.source.size
    const outside = offset + length > size
    switch (type) {
      case CMD_READ:
        if (length === 0 || length > MAX_PAYLOAD || outside) {
          this.#refuse(chosen, cookie, type, EINVAL, `read of ${length} bytes at ${offset} is ${outside ? `outside the export (${size} bytes)` : `not between 1 and ${MAX_PAYLOAD} bytes`}`)
          return
        }
        this.stats.reads++
        this.stats.readBytes += length
        if (length < this.stats.smallestRead) this.stats.smallestRead = length
        if (length > this.stats.largestRead) this.stats.largestRead = length
        this.#track(this.#read(chosen, cookie, offset, length, (flags & CMD_FLAG_DF) !== 0))
        return
      case CMD_BLOCK_STATUS:
        if (!chosen.allocation) {
          this.#refuse(chosen, cookie, type, EINVAL, 'block status without a metadata context selected (base:allocation)')
          return
        }
        if (length === 0 || outside) {
          this.#refuse(chosen, cookie, type, EINVAL, `block status of ${length} bytes at ${offset} is ${outside ? `outside the export (${size} bytes)` : 'empty'}`)
          return
        }
        this.stats.blockStatus++
        this.#track(this.#blockStatus(chosen, cookie, offset, length, (flags & CMD_FLAG_REQ_ONE) !== 0))
        return
      case CMD_FLUSH:
        this.#write([simpleReply(cookie, 0)])
        return
      case CMD_CACHE:
        if (outside || length > MAX_PAYLOAD) {
          this.#refuse(chosen, cookie, type, EINVAL, `cache of ${length} bytes at ${offset} is outside the export or too long`)
          return
        }
        this.#track(this.#cache(chosen, cookie, offset, length))
        return
      case CMD_TRIM:
      case CMD_WRITE_ZEROES:
        this.#refuse(chosen, cookie, type, EPERM, `export "${chosen.name}" is read-only`)
        return
      default:
        this.#refuse(chosen, cookie, type, EINVAL, `command ${type} is not supported`)
    }
  }

  async #read (chosen: Chosen, cookie: Buffer, offset: number, length: number, dontFragment: boolean): Promise<void> {
    const source = chosen.source
    let runs: Run[]
    let data: Array<Buffer | undefined>
    try {
      runs = chosen.structured && !dontFragment && source.allocation !== undefined
        ? await allocationRuns(source, offset, length)
        : [{ offset, length, zero: false }]
      data = await Promise.all(runs.map(async (r) => {
        if (r.zero) return undefined
        const b = await source.read(r.offset, r.length)
        if (b.length !== r.length) throw new Error(`the source returned ${b.length} bytes for a read of ${r.length}`)
        return b
      }))
    } catch (err) {
      this.#failed(chosen, cookie, CMD_READ, offset, length, err)
      return
    }
    if (!chosen.structured) {
      this.#write([simpleReply(cookie, 0), data[0]!])
      return
    }
    const out: Buffer[] = []
    for (let i = 0; i < runs.length; i++) {
      const r = runs[i]!
      const last = i === runs.length - 1 ? REPLY_FLAG_DONE : 0
      const d = data[i]
      if (d === undefined) {
        out.push(holeChunk(last, cookie, r.offset, r.length))
      } else {
        out.push(chunkHeader(last, REPLY_OFFSET_DATA, cookie, 8 + d.length, r.offset), d)
      }
    }
    this.#write(out)
  }

  async #blockStatus (chosen: Chosen, cookie: Buffer, offset: number, length: number, one: boolean): Promise<void> {
    let runs: Run[]
    try {
      runs = await allocationRuns(chosen.source, offset, length)
    } catch (err) {
      this.#failed(chosen, cookie, CMD_BLOCK_STATUS, offset, length, err)
      return
    }
    const told = one ? [oneExtent(runs, chosen.source.mergeHolesBelow ?? 0)] : runs.slice(0, MAX_EXTENTS)
    const extents = told.map(r => ({ length: r.length, flags: r.zero ? NBD_STATE_HOLE | NBD_STATE_ZERO : 0 }))
    this.#write([blockStatusChunk(cookie, BASE_ALLOCATION_ID, extents)])
  }

  async #cache (chosen: Chosen, cookie: Buffer, offset: number, length: number): Promise<void> {
    try {
      // a read through the source's cache; the data itself is not sent
      if (length > 0) await chosen.source.read(offset, length)
    } catch (err) {
      this.#failed(chosen, cookie, CMD_CACHE, offset, length, err)
      return
    }
    this.#write([simpleReply(cookie, 0)])
  }

  #failed (chosen: Chosen, cookie: Buffer, type: number, offset: number, length: number, err: unknown): void {
    const e = err as Error & { code?: string }
    const what = `${COMMAND_NAMES[type]} of ${length} bytes at ${offset}`
    this.#log.warn('NBD request failed: answered EIO', { export: chosen.name, request: what, code: e.code, reason: e.message })
    this.#refuse(chosen, cookie, type, EIO, `${what} failed: ${e.message}${e.code === undefined ? '' : ` (${e.code})`}`)
  }

  /** An error reply: a structured error chunk when structured replies were negotiated, else a simple reply. */
  #refuse (chosen: Chosen, cookie: Buffer, type: number, errno: number, message: string): void {
    if (errno !== EIO) this.#log.debug('NBD request refused', { export: chosen.name, command: COMMAND_NAMES[type] ?? type, errno, reason: message })
    this.#write([chosen.structured ? errorChunk(cookie, errno, message) : simpleReply(cookie, errno)])
  }

  /** Writes one reply's buffers back to back, so no other reply's bytes come between them. */
  #write (buffers: Buffer[]): void {
    if (this.socket.destroyed || this.socket.writableEnded) return
    if (buffers.length > 1) this.socket.cork()
    for (const b of buffers) this.socket.write(b)
    if (buffers.length > 1) this.socket.uncork()
  }

  #track (work: Promise<void>): void {
    const started = performance.now()
    this.#inFlight++
    if (this.#inFlight > this.stats.mostInFlight) this.stats.mostInFlight = this.#inFlight
    void work.finally(() => {
      this.stats.serviceMs += performance.now() - started
      this.#inFlight--
      const slot = this.#slot
      this.#slot = undefined
      slot?.()
      if (this.#inFlight === 0) {
        const idle = this.#idle
        this.#idle = undefined
        idle?.()
      }
    })
  }
}

/** Resolves when the socket has sent what it queued, or closed. */
async function drained (socket: Socket): Promise<void> {
  await new Promise<void>(resolve => {
    const done = (): void => {
      socket.off('drain', done)
      socket.off('close', done)
      resolve()
    }
    socket.on('drain', done)
    socket.on('close', done)
  })
}

/**
 * The source's allocation over [offset, offset + length) as consecutive runs covering exactly
 * that range, neighbours of one kind merged; a source without allocation is all data.
 */
async function allocationRuns (source: NbdExportSource, offset: number, length: number): Promise<Run[]> {
  if (source.allocation === undefined) return [{ offset, length, zero: false }]
  const given = await source.allocation(offset, length)
  const runs: Run[] = []
  let at = offset
  const end = offset + length
  for (const g of given) {
    if (at >= end) break
    if (!Number.isSafeInteger(g.length) || g.length <= 0) throw new Error(`the source's allocation has a run of ${g.length} bytes`)
    const n = Math.min(g.length, end - at)
    const last = runs[runs.length - 1]
    if (last !== undefined && last.zero === g.zero) last.length += n
    else runs.push({ offset: at, length: n, zero: g.zero })
    at += n
  }
  if (at < end) throw new Error(`the source's allocation covers ${at - offset} of ${length} bytes`)
  return runs
}
