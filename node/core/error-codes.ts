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

/**
 * node/core/crypto/: encryption keys and sealed blocks. The codes name which check failed, so a
 * caller can tell a wrong key or passphrase (ask for the right one) from damage (repair it).
 */
export type CryptoErrorCode =
  | 'ERR_WRONG_KEY'
  | 'ERR_BLOCK_DAMAGED'
  | 'ERR_BAD_KEY_NAME'
  | 'ERR_BAD_KEY_MATERIAL'
  | 'ERR_BAD_PASSPHRASE'
  | 'ERR_WRONG_PASSPHRASE'
  | 'ERR_BAD_KEY_FILE'
  | 'ERR_WRONG_RECOVERY_KEY'
  | 'ERR_RECOVERY_WRAP_DAMAGED'
  | 'ERR_PAPER_KEY_TYPO'
  | 'ERR_BAD_PAPER_KEY'

/**
 * node/core/traffic-rules.ts: a throttling rule that cannot be saved as given (the manager answers
 * these to `meshbackup throttle add`); the message names the part and what to write instead.
 */
export type TrafficRuleErrorCode =
  | 'ERR_BAD_RULE_NAME'
  | 'ERR_BAD_RULE_NETWORK'
  | 'ERR_BAD_RULE_TIME'
  | 'ERR_BAD_RULE_RATE'

/** every code of the layer */
export type CoreErrorCode = CodecErrorCode | CryptoErrorCode | TrafficRuleErrorCode
