/**
 * @packageDocumentation
 * The socket side of one NBD connection. During the handshake it queues what arrives and hands
 * it out by length; in the transmission phase it parses simple and structured replies as they
 * arrive, straight into the requests they answer.
 *
 * Speed: the socket reads through Node's `onread` hook, and while the parser is inside a data
 * chunk the next socket read is pointed at the caller's buffer itself, so payload goes from the
 * kernel into the destination with no copy and no allocation. Everything else lands in one
 * reused scratch buffer. Nothing received is queued: memory is bounded by the requests in flight.
 * Anything that breaks the protocol is reported to the client (`WireHost`), which fails the
 * connection; nothing may throw out of the socket's read callback.
 */
import type { Socket } from 'node:net'
import { NbdError } from './errors.ts'
import {
  CMD_BLOCK_STATUS, CMD_READ, REPLY_BLOCK_STATUS, REPLY_ERROR, REPLY_ERROR_OFFSET, REPLY_FLAG_DONE, REPLY_NONE,
  REPLY_OFFSET_DATA, REPLY_OFFSET_HOLE, SIMPLE_REPLY_MAGIC, STRUCTURED_REPLY_MAGIC, type Extent
} from './protocol.ts'
import { describe, noop, type NbdStats, type Request } from './request.ts'

const MiB = 1024 * 1024
/** Handshake bytes the server may send ahead of what the client asked for. */
const MAX_HANDSHAKE_BACKLOG = 64 * 1024
/** Longest error chunk: a 4096-byte message plus its fields, with room to spare. */
const MAX_ERROR_PAYLOAD = 16 * 1024
/** Longest block status chunk: QEMU sends at most 128 Ki descriptors (1 MiB) per context. */
const MAX_STATUS_PAYLOAD = 8 * MiB
/** Scratch for headers and small payloads; reads go straight to the caller above DIRECT_MIN. */
const SCRATCH_BYTES = 256 * 1024
const DIRECT_MIN = 16 * 1024

// parser states (transmission phase)
const S_HEADER = 0
const S_FIELDS = 1
const S_DATA = 2

/** What the wire parser needs from its client (kept off the client's public surface). */
export interface WireHost {
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

/**
 * The socket side of one connection: the handshake's byte queue, then the transmission parser
 * that walks replies as they arrive and points the next socket read at the right buffer.
 */
export class Wire {
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
