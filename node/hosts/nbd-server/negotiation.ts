/**
 * @packageDocumentation
 * The server's side of the NBD handshake (fixed newstyle, NO_ZEROES): the greeting, then one
 * option at a time until the client picks an export (NBD_OPT_GO, NBD_OPT_EXPORT_NAME) or leaves
 * (NBD_OPT_ABORT). Answers NBD_OPT_LIST, NBD_OPT_INFO, NBD_OPT_STRUCTURED_REPLY and the
 * metadata-context options (`base:allocation` only); every other option is answered
 * NBD_REP_ERR_UNSUP, and a malformed one NBD_REP_ERR_INVALID, so a client can carry on.
 *
 * @example
 * ```ts
 * const chosen = await negotiate(socket, inbox, { lookup: (name) => exports.get(name), names: () => [...exports.keys()] })
 * if (chosen !== undefined) serve(chosen.source, chosen.structured, chosen.allocationContext)
 * ```
 */
import type { Socket } from 'node:net'
import {
  FLAG_FIXED_NEWSTYLE, FLAG_NO_ZEROES, IHAVEOPT, INFO_BLOCK_SIZE, INFO_EXPORT, INFO_NAME, NBDMAGIC,
  OPT_ABORT, OPT_EXPORT_NAME, OPT_GO, OPT_INFO, OPT_LIST, OPT_LIST_META_CONTEXT, OPT_SET_META_CONTEXT, OPT_STARTTLS, OPT_STRUCTURED_REPLY,
  REP_ACK, REP_ERR_INVALID, REP_ERR_POLICY, REP_ERR_UNKNOWN, REP_ERR_UNSUP, REP_INFO, REP_META_CONTEXT, REP_SERVER,
  TX_CAN_MULTI_CONN, TX_HAS_FLAGS, TX_READ_ONLY, TX_SEND_CACHE, TX_SEND_DF
} from '../qemu/nbd/protocol.ts'
import { NbdServerError } from './errors.ts'
import type { Inbox } from './inbox.ts'
import { exportNameReply, optionError, optionReply, writeOffset } from './replies.ts'
import type { NbdExportSource } from './export-source.ts'

/** The one metadata context served, and the id it gets on every connection. */
export const BASE_ALLOCATION = 'base:allocation'
export const BASE_ALLOCATION_ID = 1

/** Largest request payload and read the server takes (what qemu-nbd announces too). */
export const MAX_PAYLOAD = 32 * 1024 * 1024
/** Longest export name or context query (the spec's limit for strings). */
const MAX_STRING = 4096
/** Option data read into memory; a longer option is skipped and refused. */
const MAX_OPTION_DATA = 64 * 1024

/** What the server offers the handshake: the exports by name. */
export interface Exports {
  lookup (name: string): NbdExportSource | undefined
  names (): string[]
}

/** What the client chose: the export, and what the transmission phase speaks. */
export interface Chosen {
  name: string
  source: NbdExportSource
  structured: boolean
  /** base:allocation was selected for this export (BLOCK_STATUS answers it) */
  allocation: boolean
  /** the transmission flags sent */
  flags: number
}

/** The transmission flags of every export: read-only, many connections safe; DF needs structured replies. */
export function transmissionFlags (structured: boolean): number {
  return TX_HAS_FLAGS | TX_READ_ONLY | TX_CAN_MULTI_CONN | TX_SEND_CACHE | (structured ? TX_SEND_DF : 0)
}

/** Runs the handshake; undefined when the client aborted. Throws ERR_NBD_SERVER_PROTOCOL on a broken one. */
export async function negotiate (socket: Socket, inbox: Inbox, exports: Exports): Promise<Chosen | undefined> {
  const protocol = (what: string): NbdServerError => new NbdServerError('ERR_NBD_SERVER_PROTOCOL', `the client broke the NBD handshake: ${what}`)
  const take = async (bytes: number): Promise<Buffer> => {
    if (inbox.available < bytes) await inbox.wait(bytes)
    return inbox.take(bytes)
  }

  const greeting = Buffer.allocUnsafe(18)
  greeting.writeBigUInt64BE(NBDMAGIC, 0)
  greeting.writeBigUInt64BE(IHAVEOPT, 8)
  greeting.writeUInt16BE(FLAG_FIXED_NEWSTYLE | FLAG_NO_ZEROES, 16)
  socket.write(greeting)
  const clientFlags = (await take(4)).readUInt32BE(0)
  if ((clientFlags & ~(FLAG_FIXED_NEWSTYLE | FLAG_NO_ZEROES)) !== 0) throw protocol(`unknown client flags 0x${clientFlags.toString(16)}`)
  const noZeroes = (clientFlags & FLAG_NO_ZEROES) !== 0

  let structured = false
  /** the contexts the last SET_META_CONTEXT selected, and for which export */
  let selected: { name: string, allocation: boolean } | undefined

  for (;;) {
    const header = await take(16)
    if (header.readBigUInt64BE(0) !== IHAVEOPT) throw protocol(`bad option magic 0x${header.readBigUInt64BE(0).toString(16)}`)
    const option = header.readUInt32BE(8)
    const length = header.readUInt32BE(12)
    const reply = (type: number, data?: Buffer): void => { socket.write(optionReply(option, type, data)) }
    const refuse = (type: number, message: string): void => { socket.write(optionError(option, type, message)) }

    if (length > MAX_OPTION_DATA) {
      // skipped, never held: a client cannot make the server allocate what it announces
      let left = length
      while (left > 0) {
        if (inbox.available === 0) await inbox.wait(1)
        left -= inbox.skip(left)
      }
      if (option === OPT_EXPORT_NAME) throw protocol(`an NBD_OPT_EXPORT_NAME of ${length} bytes`)
      refuse(REP_ERR_INVALID, `option data of ${length} bytes is too long (limit ${MAX_OPTION_DATA})`)
      continue
    }
    const data = await take(length)

    switch (option) {
      case OPT_EXPORT_NAME: {
        const name = data.toString('utf8')
        const source = exports.lookup(name)
        // the old way has no error reply: the spec says to close the connection
        if (source === undefined) throw new NbdServerError('ERR_NBD_SERVER_PROTOCOL', `the client asked for export "${name}", which does not exist (NBD_OPT_EXPORT_NAME)`, { exportName: name })
        const flags = transmissionFlags(structured)
        socket.write(exportNameReply(source.size, flags, noZeroes))
        return { name, source, structured, allocation: structured && selected?.name === name && selected.allocation, flags }
      }
      case OPT_ABORT:
        reply(REP_ACK)
        return undefined
      case OPT_LIST:
        if (length !== 0) {
          refuse(REP_ERR_INVALID, 'NBD_OPT_LIST takes no data')
          break
        }
        for (const name of exports.names()) {
          const n = Buffer.from(name, 'utf8')
          const d = Buffer.allocUnsafe(4 + n.length)
          d.writeUInt32BE(n.length, 0)
          n.copy(d, 4)
          reply(REP_SERVER, d)
        }
        reply(REP_ACK)
        break
      case OPT_STARTTLS:
        refuse(REP_ERR_POLICY, 'this server does not speak TLS: it listens on a private unix socket or on loopback')
        break
      case OPT_STRUCTURED_REPLY:
        if (length !== 0) {
          refuse(REP_ERR_INVALID, 'NBD_OPT_STRUCTURED_REPLY takes no data')
          break
        }
        structured = true
        reply(REP_ACK)
        break
      case OPT_LIST_META_CONTEXT:
      case OPT_SET_META_CONTEXT: {
        const set = option === OPT_SET_META_CONTEXT
        const parsed = parseContextQueries(data)
        if (typeof parsed === 'string') {
          refuse(REP_ERR_INVALID, parsed)
          break
        }
        if (set && !structured) {
          refuse(REP_ERR_INVALID, 'NBD_OPT_SET_META_CONTEXT needs NBD_OPT_STRUCTURED_REPLY first')
          break
        }
        if (exports.lookup(parsed.name) === undefined) {
          if (set) selected = undefined
          refuse(REP_ERR_UNKNOWN, `export "${parsed.name}" does not exist`)
          break
        }
        // LIST with no query lists every context; "base:" names the whole namespace
        const matches = parsed.queries.some(q => q === BASE_ALLOCATION || (!set && q === 'base:')) || (!set && parsed.queries.length === 0)
        if (set) selected = { name: parsed.name, allocation: matches }
        if (matches) {
          const d = Buffer.allocUnsafe(4 + BASE_ALLOCATION.length)
          d.writeUInt32BE(set ? BASE_ALLOCATION_ID : 0, 0)
          d.write(BASE_ALLOCATION, 4, 'utf8')
          reply(REP_META_CONTEXT, d)
        }
        reply(REP_ACK)
        break
      }
      case OPT_INFO:
      case OPT_GO: {
        const parsed = parseInfoRequest(data)
        if (typeof parsed === 'string') {
          refuse(REP_ERR_INVALID, parsed)
          break
        }
        const source = exports.lookup(parsed.name)
        if (source === undefined) {
          refuse(REP_ERR_UNKNOWN, `export "${parsed.name}" does not exist; the exports are: ${exports.names().map(n => `"${n}"`).join(', ') || 'none'}`)
          break
        }
        const flags = transmissionFlags(structured)
        const info = Buffer.allocUnsafe(12)
        info.writeUInt16BE(INFO_EXPORT, 0)
        writeOffset(info, 2, source.size)
        info.writeUInt16BE(flags, 10)
        reply(REP_INFO, info)
        if (parsed.infos.includes(INFO_NAME)) {
          const n = Buffer.from(parsed.name, 'utf8')
          const d = Buffer.allocUnsafe(2 + n.length)
          d.writeUInt16BE(INFO_NAME, 0)
          n.copy(d, 2)
          reply(REP_INFO, d)
        }
        if (parsed.infos.includes(INFO_BLOCK_SIZE)) {
          const d = Buffer.allocUnsafe(14)
          d.writeUInt16BE(INFO_BLOCK_SIZE, 0)
          d.writeUInt32BE(1, 2)
          d.writeUInt32BE(preferredBlockSize(source), 6)
          d.writeUInt32BE(MAX_PAYLOAD, 10)
          reply(REP_INFO, d)
        }
        reply(REP_ACK)
        if (option === OPT_GO) {
          return { name: parsed.name, source, structured, allocation: structured && selected?.name === parsed.name && selected.allocation, flags }
        }
        break
      }
      default:
        refuse(REP_ERR_UNSUP, `option ${option} is not supported by this server`)
    }
  }
}

/** The source's preferred request size when it is a power of two NBD allows, else 4 KiB. */
function preferredBlockSize (source: NbdExportSource): number {
  const p = source.preferredBlockSize
  return p !== undefined && p >= 512 && p <= MAX_PAYLOAD && (p & (p - 1)) === 0 ? p : 4096
}

/** NBD_OPT_{LIST,SET}_META_CONTEXT data: export name, then the queries; a string says what is malformed. */
function parseContextQueries (data: Buffer): { name: string, queries: string[] } | string {
  const string = (at: number, what: string): { value: string, next: number } | string => {
    if (at + 4 > data.length) return `the option ends inside the length of ${what}`
    const n = data.readUInt32BE(at)
    if (n > MAX_STRING) return `${what} is ${n} bytes long (limit ${MAX_STRING})`
    if (at + 4 + n > data.length) return `the option ends inside ${what}`
    return { value: data.toString('utf8', at + 4, at + 4 + n), next: at + 4 + n }
  }
  const name = string(0, 'the export name')
  if (typeof name === 'string') return name
  if (name.next + 4 > data.length) return 'the option ends before the number of queries'
  const count = data.readUInt32BE(name.next)
  const queries: string[] = []
  let at = name.next + 4
  for (let i = 0; i < count; i++) {
    const q = string(at, `query ${i}`)
    if (typeof q === 'string') return q
    queries.push(q.value)
    at = q.next
  }
  if (at !== data.length) return `${data.length - at} bytes after the last query`
  return { name: name.value, queries }
}

/** NBD_OPT_{INFO,GO} data: export name and the information asked for; a string says what is malformed. */
function parseInfoRequest (data: Buffer): { name: string, infos: number[] } | string {
  if (data.length < 6) return `${data.length} bytes of option data (at least 6)`
  const n = data.readUInt32BE(0)
  if (n > MAX_STRING) return `an export name of ${n} bytes (limit ${MAX_STRING})`
  if (4 + n + 2 > data.length) return 'the option ends inside the export name'
  const count = data.readUInt16BE(4 + n)
  if (4 + n + 2 + 2 * count !== data.length) return `${count} information requests do not fill the ${data.length - 6 - n} bytes left`
  const infos: number[] = []
  for (let i = 0; i < count; i++) infos.push(data.readUInt16BE(6 + n + 2 * i))
  return { name: data.toString('utf8', 4, 4 + n), infos }
}
