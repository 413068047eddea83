/**
 * @packageDocumentation
 * Actor envelopes between nodes: each `pb.Envelope` travels as one frame (protocols/frames/)
 * on a long-lived stream per peer and direction. A node sends on the one outbound stream it keeps
 * for each peer, opened on first use; it reads envelopes from every inbound stream until the
 * remote closes it. Delivery is fire-and-forget: `send` resolves once the envelope is queued on
 * the stream, and asks carry their own timeouts in the actor runtime. An inbound stream on which
 * no frame completes for `idleTimeoutMs` is closed from this end, which the sender takes as its
 * cue to retire it (a member holding a half-sent frame open would otherwise pin it for ever).
 *
 * @example
 * ```ts
 * const transport = rpc({ libp2p, deliver: (envelope, from) => system.deliverRemote(envelope, from), log })
 * await transport.start()
 * await transport.send(peerId, { to: `${peerId}/scheduler`, kind: 0, body: { tick: { name: 'x' } } })
 * await transport.stop()
 * ```
 */
import type { Connection, Libp2p, PeerId, Stream } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { pb, type Envelope } from '../proto/index.ts'
import { DEFAULT_MAX_FRAME_BYTES } from './frames/codec.ts'
import { FrameError } from './frames/frame-error.ts'
import { framed, type FramedStream } from './frames/stream-frames.ts'
import { CodedError } from '../node/core/errors.ts'
import type { RpcErrorCode } from './error-codes.ts'

export const RPC_PROTOCOL = '/meshbackup/rpc/1.0.0'

/** A send that failed; `peerId` names the peer it was meant for. */
export class RpcError extends CodedError<RpcErrorCode> {
  readonly peerId: string

  constructor (code: RpcErrorCode, peerId: string, message: string, cause?: unknown) {
    super(code, message, { cause })
    this.peerId = peerId
  }
}

export interface RpcLog {
  warn(msg: string, fields?: Record<string, unknown>): void
}

export interface RpcInit {
  libp2p: Libp2p
  /** Called for every envelope received, in the order the peer sent them; must not throw. */
  deliver: (envelope: Envelope, remotePeerId: string) => void
  /** Largest encoded envelope, refused by sender and receiver alike; default 8 MiB. */
  maxFrameBytes?: number
  /** Where refused streams are reported; default console.warn. */
  log?: RpcLog
  /** How long opening a stream to a peer (dial included) may take; default 10 s. */
  dialTimeoutMs?: number
  /** How long a send may wait for a peer that reads nothing; default 30 s. */
  writeTimeoutMs?: number
  /** How long stop() waits for queued envelopes to leave before resetting a stream; default 5 s. */
  closeTimeoutMs?: number
  /** An inbound stream on which no frame completes for this long is closed; default 30 s. */
  idleTimeoutMs?: number
}

export interface Rpc {
  /** Starts answering RPC_PROTOCOL. */
  start(): Promise<void>
  /** Stops answering, closes outbound streams (flushing them) and resets inbound ones. */
  stop(): Promise<void>
  /**
   * Queues `envelope` on the stream to `peerId`, opening it if needed. Sends to one peer keep
   * their order. Rejects with RpcError ERR_PEER_UNREACHABLE when no stream can be opened, and
   * with FrameError ERR_FRAME_TOO_LARGE, before any dial, when the envelope is over the limit.
   */
  send(peerId: string, envelope: Envelope): Promise<void>
}

/** The stream this node keeps for sending to one peer. */
interface Outbound {
  framed: FramedStream
  /** Set once the stream closed or the remote closed its end: the next send opens another. */
  dead: boolean
}

interface Peer {
  /** Sends to this peer run one after another along this chain. */
  chain: Promise<void>
  /** Sends queued or running; the entry is dropped when none are and no stream is open. */
  pending: number
  outbound?: Outbound
}

const defaultLog: RpcLog = {
  warn: (msg, fields) => { console.warn(msg, fields ?? {}) }
}

export function rpc (init: RpcInit): Rpc {
  return new RpcTransport(init)
}

class RpcTransport implements Rpc {
  readonly #libp2p: Libp2p
  readonly #deliver: RpcInit['deliver']
  readonly #log: RpcLog
  readonly #maxFrameBytes: number
  readonly #dialTimeoutMs: number
  readonly #writeTimeoutMs: number
  readonly #closeTimeoutMs: number
  readonly #idleTimeoutMs: number
  readonly #peers = new Map<string, Peer>()
  readonly #inbound = new Set<FramedStream>()
  #started = false

  constructor (init: RpcInit) {
    this.#libp2p = init.libp2p
    this.#deliver = init.deliver
    this.#log = init.log ?? defaultLog
    this.#maxFrameBytes = init.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES
    this.#dialTimeoutMs = init.dialTimeoutMs ?? 10_000
    this.#writeTimeoutMs = init.writeTimeoutMs ?? 30_000
    this.#closeTimeoutMs = init.closeTimeoutMs ?? 5_000
    this.#idleTimeoutMs = init.idleTimeoutMs ?? 30_000
  }

  async start (): Promise<void> {
    if (this.#started) return
    await this.#libp2p.handle(RPC_PROTOCOL, (stream, connection) => { this.#accept(stream, connection) })
    this.#started = true
  }

  async stop (): Promise<void> {
    if (!this.#started) return
    this.#started = false
    await this.#libp2p.unhandle(RPC_PROTOCOL)
    const closing: Array<Promise<void>> = []
    for (const peer of this.#peers.values()) {
      const outbound = peer.outbound
      peer.outbound = undefined
      if (outbound !== undefined) closing.push(this.#close(outbound))
    }
    this.#peers.clear()
    for (const inbound of this.#inbound) inbound.abort(new Error('rpc stopped on this node'))
    this.#inbound.clear()
    await Promise.all(closing)
  }

  async send (peerId: string, envelope: Envelope): Promise<void> {
    if (!this.#started) {
      throw new RpcError('ERR_RPC_STOPPED', peerId, `cannot send to peer ${peerId}: rpc is not started on this node`)
    }
    const bytes = pb.Envelope.encode(envelope).finish()
    if (bytes.byteLength > this.#maxFrameBytes) {
      throw new FrameError('ERR_FRAME_TOO_LARGE',
        `an envelope of ${bytes.byteLength} bytes for ${envelope.to ?? 'peer ' + peerId} is over the rpc limit of ` +
        `${this.#maxFrameBytes} bytes; send large data over its own protocol, not as an actor message`,
      { size: bytes.byteLength, limit: this.#maxFrameBytes })
    }
    let peer = this.#peers.get(peerId)
    if (peer === undefined) {
      peer = { chain: Promise.resolve(), pending: 0 }
      this.#peers.set(peerId, peer)
    }
    const target = peer
    target.pending++
    const run = target.chain.then(async () => this.#sendNow(peerId, target, bytes))
    target.chain = run.catch(() => {}).finally(() => {
      target.pending--
      this.#forget(peerId, target)
    })
    return run
  }

  /** Drops the entry of a peer with nothing queued and no stream, so failed peers do not pile up. */
  #forget (peerId: string, peer: Peer): void {
    if (peer.pending === 0 && peer.outbound === undefined && this.#peers.get(peerId) === peer) {
      this.#peers.delete(peerId)
    }
  }

  /** Writes on the peer's stream; a stream that breaks is replaced once and the write retried. */
  async #sendNow (peerId: string, peer: Peer, bytes: Uint8Array): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      if (!this.#started) {
        throw new RpcError('ERR_RPC_STOPPED', peerId, `cannot send to peer ${peerId}: rpc stopped on this node`)
      }
      const outbound = this.#usable(peer.outbound) ? peer.outbound : await this.#open(peerId, peer)
      try {
        await outbound.framed.write(bytes)
        return
      } catch (err) {
        if (err instanceof FrameError && err.code === 'ERR_WRITE_TIMEOUT') {
          throw new RpcError('ERR_SEND_FAILED', peerId, `cannot send to peer ${peerId}: ${err.message}`, err)
        }
        this.#retire(peer, outbound)
        if (attempt >= 2) {
          throw new RpcError('ERR_SEND_FAILED', peerId,
            `cannot send to peer ${peerId}: the stream broke twice (${(err as Error).message}); the peer may be restarting`, err)
        }
      }
    }
  }

  #usable (outbound: Outbound | undefined): outbound is Outbound {
    if (outbound === undefined || outbound.dead) return false
    const stream = outbound.framed.stream
    return stream.status === 'open' && stream.writeStatus === 'writable' && stream.remoteWriteStatus === 'writable'
  }

  async #open (peerId: string, peer: Peer): Promise<Outbound> {
    if (peer.outbound !== undefined) this.#retire(peer, peer.outbound)
    let remote: PeerId
    try {
      remote = peerIdFromString(peerId)
    } catch (err) {
      throw new RpcError('ERR_INVALID_PEER_ID', peerId, `"${peerId}" is not a peer id: ${(err as Error).message}`, err)
    }
    let stream: Stream
    try {
      stream = await this.#libp2p.dialProtocol(remote, RPC_PROTOCOL, { signal: AbortSignal.timeout(this.#dialTimeoutMs) })
    } catch (err) {
      throw new RpcError('ERR_PEER_UNREACHABLE', peerId,
        `peer ${peerId} is unreachable on ${RPC_PROTOCOL}: ${(err as Error).message}; ` +
        'check that its daemon runs and that its address is known and reachable', err)
    }
    if (!this.#started) {
      stream.abort(new Error('rpc stopped on this node'))
      throw new RpcError('ERR_RPC_STOPPED', peerId, `cannot send to peer ${peerId}: rpc stopped on this node`)
    }
    const outbound: Outbound = {
      framed: framed(stream, { maxFrameBytes: this.#maxFrameBytes, writeTimeoutMs: this.#writeTimeoutMs, remotePeer: peerId }),
      dead: false
    }
    // the remote closing its end means it is going away: stop using the stream and free it
    const onGone = (): void => {
      if (outbound.dead) return
      if (peer.outbound === outbound) peer.outbound = undefined
      outbound.dead = true
      void this.#close(outbound)
      this.#forget(peerId, peer)
    }
    stream.addEventListener('remoteCloseWrite', onGone, { once: true })
    stream.addEventListener('close', onGone, { once: true })
    peer.outbound = outbound
    return outbound
  }

  #retire (peer: Peer, outbound: Outbound): void {
    if (peer.outbound === outbound) peer.outbound = undefined
    if (outbound.dead) return
    outbound.dead = true
    outbound.framed.abort(new Error('rpc stream replaced after a failure'))
  }

  /** Flushes and closes a stream, resetting it if that takes too long. */
  async #close (outbound: Outbound): Promise<void> {
    outbound.dead = true
    const stream = outbound.framed.stream
    if (stream.status !== 'open') return
    try {
      await outbound.framed.close({ signal: AbortSignal.timeout(this.#closeTimeoutMs) })
    } catch (err) {
      outbound.framed.abort(err as Error)
    }
  }

  #accept (stream: Stream, connection: Connection): void {
    const remotePeer = connection.remotePeer.toString()
    const inbound = framed(stream, { maxFrameBytes: this.#maxFrameBytes, remotePeer })
    this.#inbound.add(inbound)
    void this.#serve(inbound, remotePeer).finally(() => this.#inbound.delete(inbound))
  }

  /** Delivers every envelope of one inbound stream; a bad frame costs that stream only. */
  async #serve (inbound: FramedStream, remotePeer: string): Promise<void> {
    try {
      if (await this.#deliverAll(inbound, remotePeer, this.#idleTimeoutMs)) {
        // the remote finished sending: close our end too so the stream is freed
        await inbound.close({ signal: AbortSignal.timeout(this.#closeTimeoutMs) })
      } else {
        // idle (or stuck mid-frame): closing our end makes the sender retire the stream; what it
        // already sent is still read and delivered, and a sender that never closes is reset
        await inbound.close({ signal: AbortSignal.timeout(this.#closeTimeoutMs) })
        await this.#deliverAll(inbound, remotePeer, this.#closeTimeoutMs, true)
      }
    } catch (err) {
      const code = (err as { code?: string }).code
      if (code === 'ERR_MALFORMED_FRAME' || code === 'ERR_FRAME_TOO_LARGE') {
        this.#log.warn('rpc: refused a stream from a peer that sent a bad frame', { peer: remotePeer, code, error: (err as Error).message })
      } else if (code === 'ERR_READ_TIMEOUT') {
        this.#log.warn('rpc: reset an idle stream whose peer did not close it when asked', { peer: remotePeer })
      }
      inbound.abort(err as Error)
    }
  }

  /**
   * Delivers envelopes until the remote closes (true) or no frame completes within `timeoutMs`
   * (false; with `strict`, a FrameError ERR_READ_TIMEOUT instead).
   */
  async #deliverAll (inbound: FramedStream, remotePeer: string, timeoutMs: number, strict = false): Promise<boolean> {
    for (;;) {
      let envelope: Envelope | undefined
      try {
        envelope = await inbound.readMessage(pb.Envelope, { timeoutMs })
      } catch (err) {
        if (!strict && err instanceof FrameError && err.code === 'ERR_READ_TIMEOUT') return false
        throw err
      }
      if (envelope === undefined) return true
      try {
        this.#deliver(envelope, remotePeer)
      } catch (err) {
        this.#log.warn('rpc: delivering an envelope failed', { peer: remotePeer, to: envelope.to, error: (err as Error).message })
      }
    }
  }
}
