/**
 * @packageDocumentation
 * The bulk lane: block data off libp2p, onto TLS 1.3. A libp2p stream (noise + yamux) costs
 * about 1.7 cores per 500 MB/s here, TLS with AES-GCM a fraction of that, so the data pipe and
 * the restore stream move their blocks over a TLS connection once the libp2p stream has set it up.
 * The side that sends the blocks offers the lane (the proxy for a backup, the repository for a
 * restore) and the side that receives them connects: Node reads a connection it opened into
 * reused memory (`onread`), while an accepted one gets a new Buffer per 16 KiB TLS record, whose
 * collection cost the receiving repository ~40% of its CPU and ~55 MiB.
 *
 * ```
 * sender                                      receiver
 *   header / request { lane: host, port, identity, key }  →         (authenticated libp2p stream)
 *                                         ⇐   TLS 1.3 connect, PSK = key: the connection is the receiver's
 *   … the rest of the protocol on TLS …
 *   (or, if it cannot connect: ← { lane: declined } on libp2p, and the protocol goes on there)
 * ```
 *
 * (A restore asks first, `{ bulk_lane: true }`, and the repository's offer is its first answer.)
 * The key is 32 random bytes made for one connection, valid for {@link OFFER_TIMEOUT_MS}, and
 * travels only inside the noise-encrypted stream between two admitted members, so a TLS peer
 * holding it is the member the offer was made to, and the offering node is the one it talks to:
 * both stay authenticated by their libp2p identity, with no certificate to manage. Every node
 * listens for its lane on one port (`"bulkLane"` in config.json fixes it); a mesh that wants every
 * byte on libp2p sets `"bulkLane": "off"` in its nodes' config.json.
 *
 * @example
 * ```ts
 * const lane = await BulkLane.listen({ host: '127.0.0.1' })      // the sender
 * const offer = lane.offer()                                      // send offer.lane to the receiver
 * const socket = await offer.connection                           // its TLS socket, authenticated
 * const socket = await connectLane(offerFromWire, { host: '127.0.0.1' })   // the receiver
 * ```
 */
import { randomBytes } from 'node:crypto'
import { connect, createServer, type ConnectionOptions, type Server, type TLSSocket } from 'node:tls'
import type { OnReadOpts } from 'node:net'
import type { Connection, Libp2p, PeerId } from '@libp2p/interface'
import type { BulkLaneOffer } from '../proto/index.ts'
import { CodedError } from '../node/core/errors.ts'
import type { LaneErrorCode } from './error-codes.ts'
import { ReusedReads } from './frames/reused-reads.ts'

/** How long an offer waits for the receiving side's connection. */
export const OFFER_TIMEOUT_MS = 15_000
/** How long the receiving side tries to connect before it declines the lane. */
export const CONNECT_TIMEOUT_MS = 5_000

const KEY_BYTES = 32
/** Listen hosts that mean every address of the node. */
const WILDCARD = new Set(['', '0.0.0.0', '::', '[::]'])
/** AES-GCM first (AES-NI), ChaCha20 for machines without it. */
const CIPHERS = 'TLS_AES_128_GCM_SHA256:TLS_CHACHA20_POLY1305_SHA256'

/** A bulk lane that could not be opened, offered or reached. */
export class LaneError extends CodedError<LaneErrorCode> {}

/** One pending offer: its wire form and the connection it waits for. */
export interface LaneOffer {
  readonly lane: BulkLaneOffer
  /** The receiving side's authenticated TLS socket; rejects after OFFER_TIMEOUT_MS or `cancel`. */
  readonly connection: Promise<TLSSocket>
  /** Withdraws the offer (the other side declined): the key stops working. */
  cancel(reason?: string): void
}

interface Pending {
  key: Buffer
  resolve(socket: TLSSocket): void
  reject(err: Error): void
  timer: NodeJS.Timeout
}

export interface BulkLaneInit {
  /** address to listen on: the host of the node's libp2p listen address */
  host: string
  /** 0 (default): a port the system picks */
  port?: number
  /** how long an offer waits for its connection (OFFER_TIMEOUT_MS) */
  offerTimeoutMs?: number
  log?: { warn: (msg: string, fields?: Record<string, unknown>) => void }
}

/** A node's TLS endpoint: accepts only connections that present a key it offered. */
export class BulkLane {
  readonly host: string
  readonly #offerTimeoutMs: number
  readonly #server: Server
  readonly #pending = new Map<string, Pending>()
  readonly #sockets = new WeakMap<TLSSocket, string>()
  #port = 0
  readonly #open = new Set<TLSSocket>()

  static async listen (init: BulkLaneInit): Promise<BulkLane> {
    const lane = new BulkLane(init)
    await new Promise<void>((resolve, reject) => {
      lane.#server.once('error', reject)
      lane.#server.listen(init.port ?? 0, init.host, () => {
        lane.#server.off('error', reject)
        lane.#port = lane.address.port
        resolve()
      })
    }).catch((err: Error & { code?: string }) => {
      throw new LaneError('ERR_LANE_LISTEN', `cannot open the bulk lane on ${init.host}:${init.port ?? 0}: ${err.message}; free the port, choose another in "bulkLane", or set "bulkLane": "off"`, { cause: err })
    })
    return lane
  }

  private constructor (init: BulkLaneInit) {
    this.host = init.host
    this.#offerTimeoutMs = init.offerTimeoutMs ?? OFFER_TIMEOUT_MS
    this.#server = createServer({
      minVersion: 'TLSv1.3',
      ciphers: CIPHERS,
      honorCipherOrder: true,
      handshakeTimeout: CONNECT_TIMEOUT_MS,
      pskCallback: (socket, identity) => {
        const pending = this.#pending.get(identity)
        if (pending === undefined) return null
        this.#sockets.set(socket, identity)
        return pending.key
      }
    }, (socket) => {
      // the handshake proved the key; the first connection to do so takes the offer
      const identity = this.#sockets.get(socket)
      const pending = identity === undefined ? undefined : this.#pending.get(identity)
      if (pending === undefined) {
        socket.destroy()
        return
      }
      this.#pending.delete(identity!)
      clearTimeout(pending.timer)
      this.#open.add(socket)
      socket.once('close', () => this.#open.delete(socket))
      pending.resolve(socket)
    })
    this.#server.on('tlsClientError', (err, socket) => {
      // Node reports a handshake timeout but keeps the connection: one that never spoke stayed open
      socket.destroy()
      init.log?.warn('bulk lane: a TLS handshake failed (a wrong or used key, or not a meshbackup peer)', { error: err.message })
    })
  }

  get address (): { host: string, port: number } {
    const a = this.#server.address()
    return typeof a === 'object' && a != null ? { host: a.address, port: a.port } : { host: this.host, port: 0 }
  }

  /** Makes a one-time key for one connection. */
  offer (): LaneOffer {
    const identity = randomBytes(16).toString('hex')
    const key = randomBytes(KEY_BYTES)
    const { promise, resolve, reject } = Promise.withResolvers<TLSSocket>()
    promise.catch(() => {})
    const timer = setTimeout(() => {
      if (this.#pending.delete(identity)) reject(new LaneError('ERR_LANE_TIMEOUT', `no connection came to the bulk lane within ${this.#offerTimeoutMs} ms of the offer; a firewall may block port ${this.address.port}`))
    }, this.#offerTimeoutMs)
    timer.unref()
    this.#pending.set(identity, { key, resolve, reject, timer })
    return {
      // a lane bound to one address is reached there: the peer's view of this node's address
      // (its connection's source) may be another one of this host's (any 127.x on loopback, a
      // second interface); a wildcard lane leaves the host to the peer (the connection's address)
      lane: { host: WILDCARD.has(this.host) ? '' : this.host, port: this.#port, identity, key },
      connection: promise,
      // a no-op once the connection came
      cancel: (reason?: string) => {
        const pending = this.#pending.get(identity)
        if (pending === undefined) return
        this.#pending.delete(identity)
        clearTimeout(pending.timer)
        reject(new LaneError('ERR_LANE_CLOSED', `the bulk lane offer was withdrawn${reason ? `: ${reason}` : ''}`))
      }
    }
  }

  /** Stops accepting; open connections are ended, pending offers fail. */
  async close (): Promise<void> {
    for (const [identity, pending] of this.#pending) {
      clearTimeout(pending.timer)
      pending.reject(new LaneError('ERR_LANE_CLOSED', 'the bulk lane closed (the node is stopping)'))
      this.#pending.delete(identity)
    }
    for (const socket of this.#open) socket.destroy()
    await new Promise<void>((resolve) => this.#server.close(() => resolve()))
  }
}

/** Connects to an offered lane; `host` is used when the offer names none. */
export async function connectLane (lane: BulkLaneOffer, options: { host: string, signal?: AbortSignal, timeoutMs?: number }): Promise<TLSSocket> {
  const host = lane.host != null && lane.host !== '' ? lane.host : options.host
  const port = lane.port ?? 0
  const key = lane.key
  const identity = lane.identity ?? ''
  if (key == null || key.byteLength !== KEY_BYTES || identity === '' || port <= 0 || port > 65535) {
    throw new LaneError('ERR_LANE_CONNECT', `the bulk lane offer is malformed (port ${port}, key of ${key?.byteLength ?? 0} bytes)`)
  }
  const timeoutMs = options.timeoutMs ?? CONNECT_TIMEOUT_MS
  // the connecting side receives the bulk of the data: it reads without a Buffer per TLS record
  const reads = new ReusedReads()
  return await new Promise<TLSSocket>((resolve, reject) => {
    // Node takes onread on tls.connect (for the socket it opens) though its types omit it
    const socket = connect({
      host,
      port,
      minVersion: 'TLSv1.3',
      ciphers: CIPHERS,
      // no certificate: the server proves itself by knowing the key it sent us
      checkServerIdentity: () => undefined,
      pskCallback: () => ({ identity, psk: Buffer.from(key) }),
      onread: reads.onread
    } as ConnectionOptions & { onread?: OnReadOpts })
    reads.bind(socket)
    const fail = (err: Error): void => {
      cleanup()
      socket.destroy()
      reject(new LaneError('ERR_LANE_CONNECT', `cannot reach the bulk lane at ${host}:${port}: ${err.message}`, { cause: err }))
    }
    const timer = setTimeout(() => fail(new Error(`no TLS handshake within ${timeoutMs} ms`)), timeoutMs)
    const onAbort = (): void => fail(new Error('cancelled'))
    const cleanup = (): void => {
      clearTimeout(timer)
      options.signal?.removeEventListener('abort', onAbort)
      socket.off('error', fail)
    }
    options.signal?.addEventListener('abort', onAbort, { once: true })
    socket.once('error', fail)
    socket.once('secureConnect', () => {
      cleanup()
      resolve(socket)
    })
  })
}

/** The host a libp2p connection to `peer` reached it at: where its lane is, when the offer names no host. */
export function remoteHost (libp2p: Libp2p, peer: PeerId): string | undefined {
  const connections: Connection[] = libp2p.getConnections(peer)
  for (const c of connections) {
    // an IP address; a DNS name or a relayed connection has no lane to offer here
    const ip = c.remoteAddr.getComponents().find((p) => p.name === 'ip4' || p.name === 'ip6')
    if (ip?.value != null) return ip.value
  }
  return undefined
}

/**
 * The offering half of the switch: sends the offer with `send`, then waits for the other side's
 * TLS connection, or for its decline read by `declined` (which resolves with the reason, or with
 * undefined when the libp2p stream ended: the other side switched, its connection is on its
 * way). Resolves with the socket, or with the reason the lane was declined.
 */
export async function offerLane (lane: BulkLane, send: (offer: BulkLaneOffer) => Promise<void>, declined: () => Promise<string | undefined>): Promise<TLSSocket | string> {
  const offer = lane.offer()
  try {
    await send(offer.lane)
    const decline = declined().then((reason) => reason === undefined ? new Promise<never>(() => {}) : reason)
    return await Promise.race([offer.connection, decline])
  } finally {
    offer.cancel('the other side declined it')
  }
}
