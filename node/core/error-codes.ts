/**
 * @packageDocumentation
 * Every error code node/core/ raises or answers to, in one place: the layer's error classes take
 * their codes from here. README.md's "Error codes" says what each means and what to do.
 */

/**
 * node/core/codec-pool.ts and codec-worker.ts: a block the codec could not pack or unpack.
 * ERR_BAD_LENGTH and ERR_ZSTD mean the data is damaged; a CodecError may also carry zlib's own
 * code, passed through from the worker.
 */
export type CodecErrorCode =
  | 'ERR_CODEC_CLOSED'
  | 'ERR_CODEC_WORKER'
  | 'ERR_CODEC'
  | 'ERR_ZSTD'
  | 'ERR_BAD_LENGTH'

/** every code of the layer */
export type CoreErrorCode = CodecErrorCode
