/**
 * @packageDocumentation
 * A request in flight: the record the client queues and sends, and the reply parser fills in
 * place (payload ranges, extents, the server's error) before handing it back complete. Kept a
 * plain record, shared by both sides, so a chunk costs no call and no allocation; with it, the
 * connection's counters both sides add to.
 */
import type { NbdError } from './errors.ts'
import { CMD_FLUSH, COMMAND_NAMES, type Extent } from './protocol.ts'

/** What moved over the connection (for benchmarks and tests). */
export interface NbdStats {
  requests: number
  /** Read bytes received as data. */
  dataBytes: number
  /** Read bytes the server answered with a hole (zeros, no payload). */
  holeBytes: number
  /** Reads whose payload went from the socket straight into the caller's buffer. */
  directReads: number
}

/** One request from the moment it is queued until the last chunk of its reply. */
export interface Request {
  cookie: number
  command: number
  offset: number
  length: number
  /** read: where the bytes go (a view of the caller's buffer for [offset, offset + length)) */
  dest: Buffer | undefined
  /** read: bytes covered so far and the covered ranges (relative, [start, end) pairs) */
  covered: number
  ranges: number[] | undefined
  /** block status: the context id asked for, and what came for it */
  contextId: number
  extents: Extent[] | undefined
  seenContexts: number[] | undefined
  error: NbdError | undefined
  resolve: () => void
  reject: (err: Error) => void
  /** write: payload to send after the header */
  data: Uint8Array | undefined
}

/** The request as error messages name it: `read of 4096 bytes at 0`. */
export function describe (request: Request): string {
  const name = COMMAND_NAMES[request.command] ?? `command ${request.command}`
  return request.command === CMD_FLUSH ? name : `${name} of ${request.length} bytes at ${request.offset}`
}

/** Stands in for a callback not set yet (a request's resolve before it is queued). */
export function noop (): void {}
