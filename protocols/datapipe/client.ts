/**
 * @packageDocumentation
 * The proxy's end of a data pipe (protocol.ts): it sends the header (offering its bulk lane),
 * takes the base point's digests, sends the blocks that differ, and waits for the summary.
 *
 * @example
 * ```ts
 * const pipe = await openPipe(libp2p, repositoryPeer, header)
 * const base = await pipe.baseDigests()          // undefined: no usable base point
 * await pipe.sendBlock({ index: 0, digest, rawLength, compression: 'zstd' }, compressed)
 * const summary = await pipe.end()
 * ```
 */
import type { Libp2p, PeerId } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { pb, type PipeBlock, type PipeHeader, type PipeSummary } from '../../proto/index.ts'
import { DEFAULT_MAX_FRAME_BYTES } from '../frames/codec.ts'
import type { Frames } from '../frames/frames.ts'
import { framed } from '../frames/stream-frames.ts'
import { framedSocket } from '../frames/socket-frames.ts'
import { offerLane, type BulkLane } from '../bulk-lane.ts'
import { DATAPIPE_PROTOCOL, DIGEST_LENGTH, MAX_PIPE_BLOCK_SIZE, PipeError } from './protocol.ts'
import { encodeBlockFrame } from './block-frame.ts'
import { parseDigestAlgorithm, type DigestAlgorithm } from '../../node/core/digest-algorithm.ts'

export interface PipeOptions {
  /** ms to wait for the repository's digest list (30 s) */
  digestsTimeoutMs?: number
  /** ms to wait for the summary after the end frame (10 min: the repository fsyncs) */
  summaryTimeoutMs?: number
  /** ms a block may wait for room on the stream before the repository counts as stalled (5 min) */
  writeTimeoutMs?: number
  /** aborts the pipe */
  signal?: AbortSignal
  /** this node's bulk lane: offered to the repository, which connects to it to receive the blocks */
  lane?: BulkLane
}

/** The proxy's end of a pipe. */
export interface PipeClient {
  /** The base point's digests (32 bytes per block), or undefined when the repository has none to offer. */
  baseDigests(): Promise<Buffer | undefined>
  /** The size in bytes of the base disk the digests describe (0 without a base). */
  readonly baseSize: number
  /** Blocks an earlier attempt stored, as [first, count, ...]; known once baseDigests() resolved. */
  readonly resumedRanges: readonly number[]
  /** Blocks to send whatever the compare or CBT says (their stored copy is bad), as [first, count, ...]; known once baseDigests() resolved. */
  readonly repairRanges: readonly number[]
  /**
   * The repository's block digest, which the blocks sent must carry: 'blake3' (format 3) or
   * 'sha256' (format 2 and older, and repositories that do not say); known once baseDigests() resolved.
   */
  readonly digestAlgorithm: DigestAlgorithm
  /** Sends a block that differs from the base; once it resolves, `data` may be reused. */
  sendBlock(meta: PipeBlock, data: Uint8Array): Promise<void>
  /** Tells the repository that block `index` became zero. */
  sendZero(index: number): Promise<void>
  /** Tells the repository that every block below `below` was sent or is unchanged (PipeMark). */
  sendMark(below: number): Promise<void>
  /** Sends the end frame and waits for the repository's summary. */
  end(): Promise<PipeSummary>
  /** Resets the stream; the repository discards what it staged. */
  abort(err: Error): void
  /** Block frames sent so far. */
  readonly blocksSent: number
  /** What carries the blocks: 'tls' (the bulk lane) or 'libp2p'; known once baseDigests() resolved. */
  readonly transport: 'tls' | 'libp2p'
  /** Why the repository did not take the offered bulk lane, if it did not. */
  readonly laneDeclined: string | undefined
}

/** Opens a pipe to `peer` and sends the header; the repository answers with the base digests. */
export async function openPipe (libp2p: Libp2p, peer: PeerId | string, header: PipeHeader, options: PipeOptions = {}): Promise<PipeClient> {
  const peerId = typeof peer === 'string' ? peerIdFromString(peer) : peer
  const who = peerId.toString()
  if ((header.blockSize ?? 0) > MAX_PIPE_BLOCK_SIZE) {
    throw new PipeError('ERR_PIPE_PROTOCOL', `block size ${header.blockSize} is over the data pipe's limit of ${MAX_PIPE_BLOCK_SIZE} bytes; use a smaller block size in the job`, { peer: who })
  }
  let f: Frames
  try {
    const timeout = AbortSignal.timeout(30_000)
    const stream = await libp2p.dialProtocol(peerId, DATAPIPE_PROTOCOL, { signal: options.signal == null ? timeout : AbortSignal.any([options.signal, timeout]) })
    f = framed(stream, { remotePeer: who, maxFrameBytes: DEFAULT_MAX_FRAME_BYTES, writeTimeoutMs: options.writeTimeoutMs ?? 300_000 })
  } catch (err) {
    throw new PipeError('ERR_PIPE_UNREACHABLE', `cannot open a data pipe to repository ${who}: ${(err as Error).message}`, { peer: who, cause: err })
  }
  return new Client(f, who, header, options)
}

class Client implements PipeClient {
  #f: Frames
  readonly #peer: string
  #transport: 'tls' | 'libp2p' = 'libp2p'
  #laneDeclined: string | undefined
  readonly #digests: Promise<Buffer | undefined>
  readonly #summary: Promise<PipeSummary>
  readonly #options: PipeOptions
  #failure: Error | undefined
  #onSignal: (() => void) | undefined
  #baseSize = 0
  #resumedRanges: readonly number[] = []
  #digestAlgorithm: DigestAlgorithm = 'sha256'
  #repairRanges: readonly number[] = []
  #sent = 0
  #done = false

  constructor (f: Frames, peer: string, header: PipeHeader, options: PipeOptions) {
    this.#f = f
    this.#peer = peer
    this.#options = options
    const sent = options.lane === undefined ? f.writeMessage(pb.PipeFrame, { header }) : this.#offerLane(options.lane, header)
    const digests = Promise.withResolvers<Buffer | undefined>()
    // one reader for the whole life of the pipe, so an error frame is seen whenever it comes
    this.#summary = (async () => {
      await sent
      digests.resolve(await this.#readDigests())
      return await this.#readSummary()
    })()
    this.#summary.catch((err: Error) => {
      digests.reject(err)
      this.#fail(err)
    })
    this.#digests = digests.promise
    this.#digests.catch(() => {})
    if (options.signal != null) {
      const signal = options.signal
      this.#onSignal = () => this.abort(new PipeError('ERR_PIPE_ABORTED', `data pipe to ${peer} cancelled: ${String(signal.reason?.message ?? signal.reason ?? 'aborted')}`, { peer }))
      if (signal.aborted) this.#onSignal()
      else signal.addEventListener('abort', this.#onSignal, { once: true })
    }
  }

  get baseSize (): number { return this.#baseSize }
  get resumedRanges (): readonly number[] { return this.#resumedRanges }
  get repairRanges (): readonly number[] { return this.#repairRanges }
  get digestAlgorithm (): DigestAlgorithm { return this.#digestAlgorithm }
  get transport (): 'tls' | 'libp2p' { return this.#transport }
  get laneDeclined (): string | undefined { return this.#laneDeclined }
  get blocksSent (): number { return this.#sent }

  async baseDigests (): Promise<Buffer | undefined> {
    return await this.#digests
  }

  async sendBlock (meta: PipeBlock, data: Uint8Array): Promise<void> {
    // the bulk lane resolves once the socket took the bytes; a libp2p stream keeps what it is
    // given until it is written out, so it gets its own copy
    await this.#write(encodeBlockFrame(meta, this.#transport === 'tls' ? data : Buffer.from(data)))
    this.#sent++
  }

  async sendZero (index: number): Promise<void> {
    await this.#write(encodeBlockFrame({ index, zero: true }, new Uint8Array(0)))
    this.#sent++
  }

  async sendMark (below: number): Promise<void> {
    await this.#write([pb.PipeFrame.encode({ mark: { settledBelow: below } }).finish()])
  }

  async end (): Promise<PipeSummary> {
    await this.#write([pb.PipeFrame.encode({ end: { blocksSent: this.#sent } }).finish()])
    const timeoutMs = this.#options.summaryTimeoutMs ?? 600_000
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new PipeError('ERR_PIPE_TIMEOUT', `repository ${this.#peer} sent no summary within ${timeoutMs} ms after the last block`, { peer: this.#peer })), timeoutMs)
    })
    try {
      const summary = await Promise.race([this.#summary, timeout])
      this.#done = true
      this.#cleanup()
      await this.#f.close().catch(() => {})
      return summary
    } catch (err) {
      this.abort(err as Error)
      throw this.#failure ?? err
    } finally {
      clearTimeout(timer)
    }
  }

  abort (err: Error): void {
    this.#fail(err)
  }

  async #write (parts: Uint8Array[]): Promise<void> {
    if (this.#failure !== undefined) throw this.#failure
    try {
      await this.#f.write(...parts)
    } catch (err) {
      // the remote's own reason (an error frame) says more than "stream reset"
      throw this.#failure ?? new PipeError('ERR_PIPE_CLOSED', `data pipe to repository ${this.#peer} broke: ${(err as Error).message}`, { peer: this.#peer, cause: err })
    }
  }

  #fail (err: Error): void {
    if (this.#done || this.#failure !== undefined) return
    this.#failure = err
    this.#cleanup()
    this.#f.abort(err)
  }

  #cleanup (): void {
    if (this.#onSignal !== undefined) this.#options.signal?.removeEventListener('abort', this.#onSignal)
  }

  async #read (timeoutMs: number | undefined, waitingFor: string): Promise<ReturnType<typeof pb.PipeFrame.decode>> {
    const frame = await this.#readOrEnd(timeoutMs, waitingFor)
    if (frame === undefined) {
      throw new PipeError('ERR_PIPE_CLOSED', `repository ${this.#peer} closed the data pipe before sending ${waitingFor}; see its log`, { peer: this.#peer })
    }
    return frame
  }

  /** The next frame, or undefined when the stream ended; an error frame is thrown as a PipeError. */
  async #readOrEnd (timeoutMs: number | undefined, waitingFor: string): Promise<ReturnType<typeof pb.PipeFrame.decode> | undefined> {
    let frame
    try {
      frame = await this.#f.readMessage(pb.PipeFrame, timeoutMs === undefined ? undefined : { timeoutMs })
    } catch (err) {
      if (this.#failure !== undefined) throw this.#failure
      const code = (err as { code?: string }).code === 'ERR_READ_TIMEOUT' ? 'ERR_PIPE_TIMEOUT' : 'ERR_PIPE_CLOSED'
      throw new PipeError(code, `data pipe to repository ${this.#peer} failed while waiting for ${waitingFor}: ${(err as Error).message}`, { peer: this.#peer, cause: err })
    }
    if (frame?.frame === 'error') {
      const e = frame.error!
      throw new PipeError('ERR_PIPE_REFUSED', `repository ${this.#peer}: ${e.message || e.code || 'error'}`, { peer: this.#peer, remoteCode: e.code ?? '' })
    }
    return frame
  }

  async #readDigests (): Promise<Buffer | undefined> {
    const chunks: Uint8Array[] = []
    let expected = 0
    for (;;) {
      const frame = await this.#read(this.#options.digestsTimeoutMs ?? 30_000, 'the base digests')
      if (frame.frame !== 'digests') throw this.#unexpected(frame.frame, 'digests')
      const d = frame.digests!
      const bytes = d.digests ?? new Uint8Array(0)
      if ((d.firstIndex ?? 0) !== expected || bytes.byteLength % DIGEST_LENGTH !== 0) {
        throw new PipeError('ERR_PIPE_PROTOCOL', `repository ${this.#peer} sent a malformed digest chunk (first index ${d.firstIndex}, ${bytes.byteLength} bytes, expected index ${expected})`, { peer: this.#peer })
      }
      expected += bytes.byteLength / DIGEST_LENGTH
      if (bytes.byteLength > 0) chunks.push(bytes)
      this.#baseSize = d.baseSize ?? 0
      if (d.last === true) {
        this.#resumedRanges = checkRanges(d.resumedRanges ?? [], this.#peer)
        this.#repairRanges = checkRanges(d.repairRanges ?? [], this.#peer)
        const algorithm = parseDigestAlgorithm(d.digestAlgorithm)
        if (algorithm === undefined) {
          throw new PipeError('ERR_PIPE_PROTOCOL', `repository ${this.#peer} names its blocks by "${d.digestAlgorithm}", which this meshbackup does not know: upgrade this node`, { peer: this.#peer })
        }
        this.#digestAlgorithm = algorithm
        break
      }
    }
    if (expected === 0) return undefined
    return Buffer.concat(chunks)
  }

  /**
   * Sends the header with an offer of this node's lane, and moves the rest of the pipe onto the
   * repository's TLS connection; or stays on libp2p when the repository declines, saying why.
   */
  async #offerLane (lane: BulkLane, header: PipeHeader): Promise<void> {
    const control = this.#f
    const answer = 'the answer to the bulk lane offer'
    const outcome = await offerLane(lane, async (offer) => { await control.writeMessage(pb.PipeFrame, { header: { ...header, lane: offer } }) }, async () => {
      const frame = await this.#readOrEnd(this.#options.digestsTimeoutMs ?? 30_000, answer)
      // the stream ended: the repository switched, its connection is on its way
      if (frame === undefined) return undefined
      if (frame.frame === 'lane') return frame.lane!.declined || 'declined'
      throw this.#unexpected(frame.frame, answer)
    })
    if (typeof outcome === 'string') {
      this.#laneDeclined = outcome
      return
    }
    this.#f = framedSocket(outcome, { remotePeer: this.#peer, maxFrameBytes: DEFAULT_MAX_FRAME_BYTES, writeTimeoutMs: this.#options.writeTimeoutMs ?? 300_000 })
    this.#transport = 'tls'
    void control.close().catch(() => {})
  }

  async #readSummary (): Promise<PipeSummary> {
    const frame = await this.#read(undefined, 'the summary')
    if (frame.frame !== 'summary') throw this.#unexpected(frame.frame, 'summary')
    return frame.summary!
  }

  #unexpected (got: string | undefined, wanted: string): PipeError {
    return new PipeError('ERR_PIPE_PROTOCOL', `repository ${this.#peer} sent a ${got ?? 'empty'} frame where ${wanted} was expected; it speaks another version of ${DATAPIPE_PROTOCOL}`, { peer: this.#peer })
  }
}

/** Resumed or repair ranges as a peer sent them: [first, count, ...] ascending and apart, or ERR_PIPE_PROTOCOL. */
function checkRanges (ranges: number[], peer: string): number[] {
  let next = 0
  for (let i = 0; i < ranges.length; i += 2) {
    const first = ranges[i]!
    const count = ranges[i + 1]
    if (count === undefined || !Number.isSafeInteger(first) || !Number.isSafeInteger(count) || count < 1 || first < next) {
      throw new PipeError('ERR_PIPE_PROTOCOL', `repository ${peer} sent malformed block ranges (at pair ${i / 2}): it speaks another version of ${DATAPIPE_PROTOCOL}`, { peer })
    }
    next = first + count
  }
  return ranges
}
