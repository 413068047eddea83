/**
 * @packageDocumentation
 * The data pipe's protocol: one libp2p stream per task disk from the proxy (client.ts) to the
 * repository (server.ts), carrying pb.PipeFrame frames; its id, its limits and its error.
 *
 * ```
 * proxy                                   repository
 *   { header }                        →
 *                                     ←   { digests } … { digests, last: true }   (base point's list; one empty last chunk when none)
 *   { block } { block } … { end }     →
 *                                     ←   { summary }
 *                                     ←   { error }  at any time, then the repository closes
 * ```
 *
 * A block's payload goes out as its own part of the frame (block-frame.ts): the compressed bytes
 * are never copied into an encoded message. The pipe knows nothing of leases, stores or disks;
 * roles/proxy and roles/repository bring those.
 *
 * @example
 * ```ts
 * if (err instanceof PipeError && err.code === 'ERR_PIPE_REFUSED') log.warn('refused', { code: err.remoteCode })
 * ```
 */
import { CodedError } from '../../node/core/errors.ts'
import type { PipeErrorCode } from '../error-codes.ts'

export const DATAPIPE_PROTOCOL = '/meshbackup/datapipe/1.0.0'

/** The largest block size a pipe carries: a block frame must fit in one frame with room to spare. */
export const MAX_PIPE_BLOCK_SIZE = 4 * 1024 * 1024

/** Digests per PipeDigests chunk: 1 MiB of 32-byte digests. */
export const DIGESTS_PER_CHUNK = 32 * 1024

export const DIGEST_LENGTH = 32

/** A data pipe that failed; `code` says how (PipeErrorCode), `remoteCode` what the repository sent. */
export class PipeError extends CodedError<PipeErrorCode> {
  /** the code the remote side sent in its error frame, if that is what failed */
  readonly remoteCode: string
  /** the remote peer */
  readonly peer: string

  constructor (code: PipeErrorCode, message: string, options: { peer?: string, remoteCode?: string, cause?: unknown } = {}) {
    super(code, message, { cause: options.cause })
    this.peer = options.peer ?? ''
    this.remoteCode = options.remoteCode ?? ''
  }
}
