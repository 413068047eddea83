/**
 * @packageDocumentation
 * The numbers of the NBD protocol (https://github.com/NetworkBlockDevice/nbd/blob/master/doc/proto.md):
 * magics, handshake flags, option and option reply codes, transmission flags, commands, structured
 * reply chunk types, the status flags of the metadata contexts, the spec's error values, and the
 * request header, the one message built on every request. They live apart so the handshake, the
 * client and the reply parser read the same spec without importing one another.
 *
 * @example
 * ```ts
 * socket.write(requestHeader(CMD_READ, cookie, offset, length))
 * ```
 */

/** One run of bytes with the same status flags in a metadata context. */
export interface Extent {
  offset: number
  length: number
  flags: number
}

/** base:allocation: the extent is not allocated. */
export const NBD_STATE_HOLE = 1
/** base:allocation: the extent reads as zeros. */
export const NBD_STATE_ZERO = 2
/** qemu:dirty-bitmap:NAME: the extent is dirty (changed while the bitmap recorded). */
export const NBD_STATE_DIRTY = 1

export const NBDMAGIC = 0x4e42444d41474943n
export const IHAVEOPT = 0x49484156454f5054n
export const CLISERV_MAGIC = 0x00420281861253n
export const OPTION_REPLY_MAGIC = 0x3e889045565a9n
export const REQUEST_MAGIC = 0x25609513
export const SIMPLE_REPLY_MAGIC = 0x67446698
export const STRUCTURED_REPLY_MAGIC = 0x668e33ef

export const FLAG_FIXED_NEWSTYLE = 1
export const FLAG_NO_ZEROES = 2

export const OPT_EXPORT_NAME = 1
export const OPT_ABORT = 2
export const OPT_GO = 7
export const OPT_STRUCTURED_REPLY = 8
export const OPT_LIST = 3
export const OPT_STARTTLS = 5
export const OPT_INFO = 6
export const OPT_LIST_META_CONTEXT = 9
export const OPT_SET_META_CONTEXT = 10 // 9 is LIST (an old draft of the spec numbered them 10 and 11)

export const REP_ACK = 1
export const REP_SERVER = 2
export const REP_INFO = 3
export const REP_META_CONTEXT = 4
export const REP_ERR = 0x80000000
export const REP_ERR_UNSUP = REP_ERR + 1
export const REP_ERR_POLICY = REP_ERR + 2
export const REP_ERR_INVALID = REP_ERR + 3
export const REP_ERR_TLS_REQD = REP_ERR + 5
export const REP_ERR_UNKNOWN = REP_ERR + 6
export const REP_ERR_SHUTDOWN = REP_ERR + 7

export const INFO_EXPORT = 0
export const INFO_NAME = 1
export const INFO_BLOCK_SIZE = 3

export const TX_HAS_FLAGS = 1 << 0
export const TX_READ_ONLY = 1 << 1
export const TX_SEND_FLUSH = 1 << 2
export const TX_SEND_DF = 1 << 7
export const TX_CAN_MULTI_CONN = 1 << 8
export const TX_SEND_CACHE = 1 << 10

export const CMD_READ = 0
export const CMD_WRITE = 1
export const CMD_DISC = 2
export const CMD_FLUSH = 3
export const CMD_TRIM = 4
export const CMD_CACHE = 5
export const CMD_WRITE_ZEROES = 6
export const CMD_BLOCK_STATUS = 7

/** Command flags: don't fragment (a read answered in one data chunk), and one extent only (block status). */
export const CMD_FLAG_DF = 1 << 2
export const CMD_FLAG_REQ_ONE = 1 << 3

export const REPLY_FLAG_DONE = 1
/** Bytes of a structured reply chunk's header, and of a simple reply. */
export const STRUCTURED_HEADER_BYTES = 20
export const SIMPLE_HEADER_BYTES = 16
export const REPLY_NONE = 0
export const REPLY_OFFSET_DATA = 1
export const REPLY_OFFSET_HOLE = 2
export const REPLY_BLOCK_STATUS = 5
export const REPLY_ERROR = 0x8001
export const REPLY_ERROR_OFFSET = 0x8002

export const COMMAND_NAMES = ['read', 'write', 'disconnect', 'flush', 'trim', 'cache', 'write-zeroes', 'block-status']
export const EPERM = 1
export const EIO = 5
export const EINVAL = 22
export const ENOTSUP = 95
export const ESHUTDOWN = 108
export const ERRNO_NAMES: Record<number, string> = {
  1: 'EPERM (operation not permitted)',
  5: 'EIO (input/output error)',
  12: 'ENOMEM (cannot allocate memory)',
  22: 'EINVAL (invalid argument)',
  28: 'ENOSPC (no space left on device)',
  75: 'EOVERFLOW (value too large)',
  95: 'ENOTSUP (operation not supported)',
  108: 'ESHUTDOWN (server is shutting down)'
}

/** Longest range one block status request asks about (32-bit length, kept aligned). */
export const MAX_STATUS_LENGTH = 2 ** 31

export function requestHeader (command: number, cookie: number, offset: number, length: number): Buffer {
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
