/**
 * @packageDocumentation
 * What the server puts on the wire, built as small buffers: option replies of the handshake, the
 * export's size and flags after NBD_OPT_EXPORT_NAME, simple replies, and the chunks of
 * structured replies (data, hole, block status, error). A read's data follows its chunk header as
 * a buffer of its own, so the block is never copied to be framed.
 *
 * @example
 * ```ts
 * socket.write(optionReply(OPT_GO, REP_ACK))
 * socket.write(chunkHeader(REPLY_FLAG_DONE, REPLY_OFFSET_DATA, cookie, 8 + data.length, offset)); socket.write(data)
 * ```
 */
import {
  OPTION_REPLY_MAGIC, REPLY_BLOCK_STATUS, REPLY_ERROR, REPLY_FLAG_DONE, REPLY_OFFSET_HOLE,
  SIMPLE_HEADER_BYTES, SIMPLE_REPLY_MAGIC, STRUCTURED_HEADER_BYTES, STRUCTURED_REPLY_MAGIC
} from '../qemu/nbd/protocol.ts'

/** Longest error message an error chunk carries (the spec's limit for strings). */
const MAX_MESSAGE = 4096

/** An option reply: magic, the option it answers, its type, and `data`. */
export function optionReply (option: number, type: number, data: Buffer = Buffer.alloc(0)): Buffer {
  const b = Buffer.allocUnsafe(20 + data.length)
  b.writeBigUInt64BE(OPTION_REPLY_MAGIC, 0)
  b.writeUInt32BE(option, 8)
  b.writeUInt32BE(type, 12)
  b.writeUInt32BE(data.length, 16)
  data.copy(b, 20)
  return b
}

/** An option error reply with a message for the client's log. */
export function optionError (option: number, type: number, message: string): Buffer {
  return optionReply(option, type, Buffer.from(message.slice(0, MAX_MESSAGE), 'utf8'))
}

/** A simple reply: `error` 0 for success (a read's data then follows). */
export function simpleReply (cookie: Buffer, error: number): Buffer {
  const b = Buffer.allocUnsafe(SIMPLE_HEADER_BYTES)
  b.writeUInt32BE(SIMPLE_REPLY_MAGIC, 0)
  b.writeUInt32BE(error, 4)
  cookie.copy(b, 8)
  return b
}

/**
 * A structured reply chunk's header for a payload of `length` bytes; given `offset`, the chunk's
 * first payload field (OFFSET_DATA, OFFSET_HOLE) is written after it, counted in `length`.
 */
export function chunkHeader (flags: number, type: number, cookie: Buffer, length: number, offset?: number): Buffer {
  const b = Buffer.allocUnsafe(STRUCTURED_HEADER_BYTES + (offset === undefined ? 0 : 8))
  b.writeUInt32BE(STRUCTURED_REPLY_MAGIC, 0)
  b.writeUInt16BE(flags, 4)
  b.writeUInt16BE(type, 6)
  cookie.copy(b, 8)
  b.writeUInt32BE(length, 16)
  if (offset !== undefined) writeOffset(b, STRUCTURED_HEADER_BYTES, offset)
  return b
}

/** An OFFSET_HOLE chunk: `length` bytes at `offset` read as zeros. */
export function holeChunk (flags: number, cookie: Buffer, offset: number, length: number): Buffer {
  const b = chunkHeader(flags, REPLY_OFFSET_HOLE, cookie, 12, offset)
  const out = Buffer.allocUnsafe(b.length + 4)
  b.copy(out)
  out.writeUInt32BE(length, b.length)
  return out
}

/** A BLOCK_STATUS chunk (the last of its reply) for one context: `extents` as [length, flags] pairs. */
export function blockStatusChunk (cookie: Buffer, contextId: number, extents: Array<{ length: number, flags: number }>): Buffer {
  const b = chunkHeader(REPLY_FLAG_DONE, REPLY_BLOCK_STATUS, cookie, 4 + 8 * extents.length)
  const out = Buffer.allocUnsafe(b.length + 4 + 8 * extents.length)
  b.copy(out)
  let at = out.writeUInt32BE(contextId, b.length)
  for (const e of extents) {
    at = out.writeUInt32BE(e.length, at)
    at = out.writeUInt32BE(e.flags, at)
  }
  return out
}

/** An ERROR chunk ending its reply: the errno sent and a message for the client's log. */
export function errorChunk (cookie: Buffer, errno: number, message: string): Buffer {
  const text = Buffer.from(message.slice(0, MAX_MESSAGE), 'utf8')
  const b = chunkHeader(REPLY_FLAG_DONE, REPLY_ERROR, cookie, 6 + text.length)
  const out = Buffer.allocUnsafe(b.length + 6 + text.length)
  b.copy(out)
  out.writeUInt32BE(errno, b.length)
  out.writeUInt16BE(text.length, b.length + 4)
  text.copy(out, b.length + 6)
  return out
}

/** The reply to NBD_OPT_EXPORT_NAME: size, transmission flags, and 124 zeros unless NO_ZEROES was agreed. */
export function exportNameReply (size: number, flags: number, noZeroes: boolean): Buffer {
  const b = Buffer.alloc(10 + (noZeroes ? 0 : 124))
  writeOffset(b, 0, size)
  b.writeUInt16BE(flags, 8)
  return b
}

/** A 64-bit big-endian byte count or offset (below 2^53). */
export function writeOffset (b: Buffer, at: number, value: number): void {
  b.writeUInt32BE(Math.floor(value / 2 ** 32), at)
  b.writeUInt32BE(value >>> 0, at + 4)
}
