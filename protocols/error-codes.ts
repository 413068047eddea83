/**
 * @packageDocumentation
 * Every error code protocols/ raises or answers to, in one place: the layer's error classes take
 * their codes from here. README.md's "Error codes" says what each means and what to do.
 */
import type { CodecErrorCode, CryptoErrorCode } from '../node/core/error-codes.ts'

/** protocols/frames/: a frame that cannot be read or written */
export type FrameErrorCode =
  | 'ERR_FRAME_TOO_LARGE'
  | 'ERR_MALFORMED_FRAME'
  | 'ERR_STREAM_ENDED'
  | 'ERR_STREAM_RESET'
  | 'ERR_READ_TIMEOUT'
  | 'ERR_WRITE_TIMEOUT'

/** protocols/rpc.ts: an actor envelope that could not be sent */
export type RpcErrorCode = 'ERR_PEER_UNREACHABLE' | 'ERR_SEND_FAILED' | 'ERR_RPC_STOPPED' | 'ERR_INVALID_PEER_ID'

/** protocols/bulk-lane.ts: ERR_LANE_TIMEOUT when no connection came for an offer */
export type LaneErrorCode = 'ERR_LANE_LISTEN' | 'ERR_LANE_TIMEOUT' | 'ERR_LANE_CLOSED' | 'ERR_LANE_CONNECT'

/**
 * protocols/datapipe/: ERR_PIPE_REFUSED (the repository sent an error frame; the PipeError's
 * `remoteCode` holds its code), ERR_PIPE_PROTOCOL (a frame out of order or malformed),
 * ERR_PIPE_CLOSED (the stream ended early), ERR_PIPE_UNREACHABLE (no stream could be opened),
 * ERR_PIPE_TIMEOUT, ERR_PIPE_ABORTED.
 */
export type PipeErrorCode =
  | 'ERR_PIPE_REFUSED'
  | 'ERR_PIPE_PROTOCOL'
  | 'ERR_PIPE_CLOSED'
  | 'ERR_PIPE_UNREACHABLE'
  | 'ERR_PIPE_TIMEOUT'
  | 'ERR_PIPE_ABORTED'

/**
 * protocols/restore.ts and stall-watchdog.ts: ERR_RESTORE_REFUSED (the repository sent an error;
 * the RestoreError's `remoteCode` holds its code, e.g. ERR_NO_SUCH_POINT), ERR_NO_SUCH_DISK on the
 * server side, ERR_POINT_DAMAGED (the disk has blocks marked bad, and the request did not allow
 * them), ERR_RESTORE_KEY_MISSING (the point is encrypted and no key was given; the message names
 * its key's fingerprint). A RestoreError may also carry the code of a block the repository could
 * not read, or a SealedBlockCode.
 */
export type RestoreErrorCode =
  | 'ERR_RESTORE_REFUSED'
  | 'ERR_RESTORE_DIGEST_MISMATCH'
  | 'ERR_RESTORE_BAD_BLOCK'
  | 'ERR_RESTORE_INCOMPLETE'
  | 'ERR_RESTORE_PROTOCOL'
  | 'ERR_RESTORE_UNREACHABLE'
  | 'ERR_RESTORE_TARGET'
  | 'ERR_RESTORE_ABORTED'
  | 'ERR_RESTORE_STALLED'
  | 'ERR_NO_SUCH_DISK'
  | 'ERR_POINT_DAMAGED'
  | 'ERR_RESTORE_KEY_MISSING'

/**
 * protocols/admin.ts: ERR_NOT_ADMIN is what the daemon answers a peer without an admin key; the
 * others are an AdminCallError of the client, which otherwise carries the daemon's code.
 */
export type AdminErrorCode = 'ERR_NOT_ADMIN' | 'ERR_DAEMON_UNREACHABLE' | 'ERR_DAEMON_HUNG_UP' | 'ERR_ADMIN'

/**
 * What a server (admin.ts, datapipe/server.ts, restore.ts) answers its peer for a failure that
 * carries no code of its own.
 */
export type InternalErrorCode = 'ERR_INTERNAL'

/**
 * node/core/crypto's codes restore.ts raises for an encrypted point: a key other than the
 * point's was given (ERR_WRONG_KEY), a sealed block does not open (ERR_BLOCK_DAMAGED).
 */
export type SealedBlockCode = Extract<CryptoErrorCode, 'ERR_WRONG_KEY' | 'ERR_BLOCK_DAMAGED'>

/** node/core's codec code restore.ts answers to: a stored block that decompresses to the wrong length */
export type DamagedBlockCode = Extract<CodecErrorCode, 'ERR_BAD_LENGTH'>

/**
 * What a RestoreSource (a repository) fails a block read with when its stored copy is bad or
 * gone: restore.ts, asked to allow damage, sends such a block as a damaged marker instead.
 */
export type BadSourceBlockCode = 'ERR_CORRUPT_BLOCK' | 'ERR_MISSING_BLOCK' | 'ERR_MISSING_PACK'

/**
 * protocols/block-fetch.ts (a copy or a repair reading another repository's blocks):
 * ERR_COPY_FETCH_REFUSED (the source sent an error frame; `remoteCode` holds its code),
 * ERR_COPY_FETCH_UNREACHABLE (no stream could be opened), ERR_COPY_FETCH_PROTOCOL (a frame out of
 * order or malformed), ERR_COPY_FETCH_CLOSED (the stream ended with requests unanswered),
 * ERR_COPY_FETCH_STALLED (nothing arrived for the idle timeout), ERR_COPY_FETCH_ABORTED.
 */
export type BlockFetchErrorCode =
  | 'ERR_COPY_FETCH_REFUSED'
  | 'ERR_COPY_FETCH_UNREACHABLE'
  | 'ERR_COPY_FETCH_PROTOCOL'
  | 'ERR_COPY_FETCH_CLOSED'
  | 'ERR_COPY_FETCH_STALLED'
  | 'ERR_COPY_FETCH_ABORTED'

/** every code of the layer */
export type ProtocolErrorCode =
  | FrameErrorCode
  | RpcErrorCode
  | LaneErrorCode
  | PipeErrorCode
  | RestoreErrorCode
  | AdminErrorCode
  | InternalErrorCode
  | DamagedBlockCode
  | SealedBlockCode
  | BadSourceBlockCode
  | BlockFetchErrorCode
