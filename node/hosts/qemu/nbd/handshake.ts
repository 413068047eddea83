/**
 * @packageDocumentation
 * The NBD handshake: fixed newstyle with NO_ZEROES, NBD_OPT_STRUCTURED_REPLY,
 * NBD_OPT_SET_META_CONTEXT (`base:allocation`, `qemu:dirty-bitmap:NAME`), then NBD_OPT_GO asking
 * for NBD_INFO_BLOCK_SIZE (NBD_OPT_EXPORT_NAME when a server knows no GO). It reads through the
 * wire's handshake queue and yields what the transmission phase needs to know about the export.
 *
 * @example
 * ```ts
 * const { size, structured, contexts } = await handshake(wire, 'vm1-disk0', ['base:allocation'])
 * ```
 */
import { NbdError } from './errors.ts'
import {
  CLISERV_MAGIC, FLAG_FIXED_NEWSTYLE, FLAG_NO_ZEROES, IHAVEOPT, INFO_BLOCK_SIZE, INFO_EXPORT, NBDMAGIC, OPTION_REPLY_MAGIC,
  OPT_EXPORT_NAME, OPT_GO, OPT_SET_META_CONTEXT, OPT_STRUCTURED_REPLY,
  REP_ACK, REP_ERR, REP_ERR_SHUTDOWN, REP_ERR_TLS_REQD, REP_ERR_UNKNOWN, REP_ERR_UNSUP, REP_INFO, REP_META_CONTEXT
} from './protocol.ts'
import type { Wire } from './wire.ts'

/** The block size constraints the server announced (NBD_INFO_BLOCK_SIZE), or the protocol defaults. */
export interface BlockSizes {
  minimum: number
  preferred: number
  maximum: number
}

const MiB = 1024 * 1024
const DEFAULT_BLOCK_SIZES: BlockSizes = { minimum: 1, preferred: 4096, maximum: 32 * MiB }
/** Longest option reply accepted: a 4096-byte string plus its fields, with room to spare. */
const MAX_OPTION_REPLY = 16 * 1024

export interface Negotiated {
  size: number
  flags: number
  blockSizes: BlockSizes
  structured: boolean
  contexts: Map<string, number>
}

export async function handshake (wire: Wire, exportName: string, metaContexts: string[]): Promise<Negotiated> {
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
