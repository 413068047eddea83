/**
 * Tests for protocols/rpc.ts between real libp2p nodes on 127.0.0.1: envelopes both ways,
 * streams reopened after the remote went away, unreachable peers, and bad frames.
 */
import assert from 'node:assert/strict'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { Libp2p, Stream } from '@libp2p/interface'
import { pb, type Envelope } from '../../proto/index.ts'
import { encodeFrameHeader } from '../../protocols/frames/codec.ts'
import { RPC_PROTOCOL, RpcError, rpc, type Rpc } from '../../protocols/rpc.ts'
import { startNodes, stopNodes } from '../helpers/libp2p.ts'

interface Received { envelope: Envelope, from: string }

/** One node's rpc with an inbox whose arrivals can be awaited. */
class Endpoint {
  readonly inbox: Received[] = []
  readonly warnings: Array<{ msg: string, fields?: Record<string, unknown> }> = []
  readonly rpc: Rpc
  #waiters: Array<{ count: number, resolve: () => void }> = []

  constructor (libp2p: Libp2p, timeouts: { idleTimeoutMs?: number, closeTimeoutMs?: number } = {}) {
    this.rpc = rpc({
      ...timeouts,
      libp2p,
      deliver: (envelope, from) => {
        this.inbox.push({ envelope, from })
        this.#waiters = this.#waiters.filter((w) => {
          if (this.inbox.length < w.count) return true
          w.resolve()
          return false
        })
      },
      log: { warn: (msg, fields) => { this.warnings.push({ msg, fields }) } },
      dialTimeoutMs: 5_000
    })
  }

  /** Resolves once `count` envelopes have arrived in all. */
  async received (count: number, ms = 10_000): Promise<Received[]> {
    if (this.inbox.length < count) {
      await withTimeout(new Promise<void>((resolve) => this.#waiters.push({ count, resolve })), ms, `${count} envelopes`)
    }
    return this.inbox
  }
}

function rpcStreams (from: Libp2p, to: Libp2p): Stream[] {
  return from.getConnections(to.peerId).flatMap((c) => c.streams).filter((s) => s.protocol === RPC_PROTOCOL)
}

async function closed (stream: Stream): Promise<void> {
  if (stream.status !== 'open' && stream.status !== 'closing') return
  await withTimeout(new Promise<void>((resolve) => {
    stream.addEventListener('close', () => { resolve() }, { once: true })
  }), 10_000, `stream ${stream.id} to close`)
}

describe('protocols/rpc', function () {
  this.timeout(30_000)
  let nodes: Libp2p[] = []
  let a: Libp2p
  let b: Libp2p
  let ea: Endpoint
  let eb: Endpoint

  beforeEach(async () => {
    nodes = await startNodes(2)
    ;[a, b] = nodes
    ea = new Endpoint(a)
    eb = new Endpoint(b)
    await ea.rpc.start()
    await eb.rpc.start()
  })

  afterEach(async () => {
    await ea.rpc.stop()
    await eb.rpc.stop()
    await stopNodes(nodes)
  })

  it('carries envelopes both ways, in order, naming the sender', async () => {
    const aId = a.peerId.toString()
    const bId = b.peerId.toString()
    const sends: Array<Promise<void>> = []
    for (let i = 1; i <= 100; i++) {
      sends.push(ea.rpc.send(bId, { to: `${bId}/echo`, from: `${aId}/asker`, correlation: i, kind: 1, body: { tick: { name: `n${i}` } } }))
    }
    await Promise.all(sends)
    const atB = await eb.received(100)
    assert.deepEqual(atB.map((r) => r.envelope.correlation), Array.from({ length: 100 }, (_, i) => i + 1))
    assert.ok(atB.every((r) => r.from === aId))
    assert.equal(atB[41].envelope.body?.tick?.name, 'n42')
    assert.equal(atB[0].envelope.to, `${bId}/echo`)
    assert.equal(rpcStreams(a, b).filter((s) => s.direction === 'outbound').length, 1, 'one outbound stream per peer')

    await eb.rpc.send(aId, { to: `${aId}/asker`, from: `${bId}/echo`, correlation: 1, kind: 2, error: 'nope', errorCode: 'ERR_X' })
    const [reply] = await ea.received(1)
    assert.equal(reply.from, bId)
    assert.equal(reply.envelope.kind, 2)
    assert.equal(reply.envelope.errorCode, 'ERR_X')
  })

  it('reopens the stream after the remote reset it, and after the connection dropped', async () => {
    const bId = b.peerId.toString()
    await ea.rpc.send(bId, { to: `${bId}/x`, correlation: 1 })
    await eb.received(1)
    const [first] = rpcStreams(a, b)

    // b restarts its rpc: it resets the inbound stream, a sees that and opens another
    await eb.rpc.stop()
    await closed(first)
    await assert.rejects(ea.rpc.send(bId, { to: `${bId}/x`, correlation: 2 }), { code: 'ERR_PEER_UNREACHABLE' })
    await eb.rpc.start()
    await ea.rpc.send(bId, { to: `${bId}/x`, correlation: 3 })
    const afterRestart = await eb.received(2)
    assert.equal(afterRestart[1].envelope.correlation, 3)

    // the whole connection goes away: the next send dials again
    const [second] = rpcStreams(a, b)
    assert.notEqual(second, first)
    await a.hangUp(b.peerId)
    await closed(second)
    await ea.rpc.send(bId, { to: `${bId}/x`, correlation: 4 })
    const afterHangUp = await eb.received(3)
    assert.equal(afterHangUp[2].envelope.correlation, 4)
  })

  it('rejects a send to an unreachable peer with ERR_PEER_UNREACHABLE naming it', async () => {
    const stranger = peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString()
    await assert.rejects(ea.rpc.send(stranger, { to: `${stranger}/x` }), (err: unknown) => {
      assert.ok(err instanceof RpcError)
      assert.equal(err.code, 'ERR_PEER_UNREACHABLE')
      assert.equal(err.peerId, stranger)
      assert.ok(err.message.includes(stranger))
      return true
    })

    // a known address where nothing listens any more
    const bId = b.peerId.toString()
    await eb.rpc.stop()
    await b.stop()
    await assert.rejects(ea.rpc.send(bId, { to: `${bId}/x` }), { code: 'ERR_PEER_UNREACHABLE', peerId: bId })
    await assert.rejects(ea.rpc.send('not-a-peer-id', { to: 'x/y' }), { code: 'ERR_INVALID_PEER_ID' })
  })

  it('refuses an envelope over the limit before dialling', async () => {
    await ea.rpc.stop()
    const small = rpc({ libp2p: a, deliver: () => {}, maxFrameBytes: 100 })
    await small.start()
    try {
      const bId = b.peerId.toString()
      await assert.rejects(small.send(bId, { to: `${bId}/x`, error: 'e'.repeat(200) }), { code: 'ERR_FRAME_TOO_LARGE', limit: 100 })
      assert.equal(rpcStreams(a, b).length, 0)
      await small.send(bId, { to: `${bId}/x`, correlation: 1 })
      const [got] = await eb.received(1)
      assert.equal(got.envelope.correlation, 1)
    } finally {
      await small.stop()
    }
  })

  it('refuses malformed and oversized frames on that stream only, and keeps serving', async () => {
    const bId = b.peerId.toString()
    const aId = a.peerId.toString()
    for (const bad of [
      Uint8Array.from([1, 0x0f]), // a one-byte frame that is not protobuf
      encodeFrameHeader(1024 ** 3), // a 1 GiB frame header, never followed by its payload
      Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]) // not a varint
    ]) {
      const stream = await a.dialProtocol(b.peerId, RPC_PROTOCOL)
      stream.send(bad)
      await closed(stream)
      assert.equal(stream.status, 'reset', `bytes ${bad.subarray(0, 9).join(',')}`)
    }
    assert.equal(eb.warnings.length, 3)
    assert.deepEqual(eb.warnings.map((w) => w.fields?.code), ['ERR_MALFORMED_FRAME', 'ERR_FRAME_TOO_LARGE', 'ERR_MALFORMED_FRAME'])
    assert.ok(eb.warnings.every((w) => w.fields?.peer === aId))
    assert.equal(eb.inbox.length, 0)

    await ea.rpc.send(bId, { to: `${bId}/x`, correlation: 9 })
    const [ok] = await eb.received(1)
    assert.equal(ok.envelope.correlation, 9)
  })

  it('closes an idle inbound stream without losing what follows, and resets a peer holding a half-sent frame', async () => {
    const bId = b.peerId.toString()
    await eb.rpc.stop()
    eb = new Endpoint(b, { idleTimeoutMs: 300, closeTimeoutMs: 300 })
    await eb.rpc.start()
    await ea.rpc.send(bId, { to: `${bId}/x`, correlation: 1 })
    await eb.received(1)
    const [idle] = rpcStreams(a, b)
    await closed(idle)
    assert.equal(idle.status, 'closed', 'closed on both ends, not reset')
    await ea.rpc.send(bId, { to: `${bId}/x`, correlation: 2 })
    assert.deepEqual((await eb.received(2)).map((r) => r.envelope.correlation), [1, 2])

    const stuck = await a.dialProtocol(b.peerId, RPC_PROTOCOL)
    stuck.send(encodeFrameHeader(100))
    stuck.send(new Uint8Array(10))
    await closed(stuck)
    assert.equal(stuck.status, 'reset')
    assert.ok(eb.warnings.some((w) => /reset an idle stream/.test(w.msg)), JSON.stringify(eb.warnings))
  })

  it('delivers the envelopes a stream carried before a bad frame, and survives a throwing deliver', async () => {
    const bId = b.peerId.toString()
    const stream = await a.dialProtocol(b.peerId, RPC_PROTOCOL)
    const good = pb.Envelope.encode({ to: `${bId}/x`, correlation: 5 }).finish()
    stream.send(encodeFrameHeader(good.byteLength))
    stream.send(good)
    await eb.received(1)
    stream.send(Uint8Array.from([1, 0x0f]))
    await closed(stream)
    assert.equal(eb.inbox[0].envelope.correlation, 5)

    await eb.rpc.stop()
    const warnings: string[] = []
    let twoWarnings!: () => void
    const warned = new Promise<void>((resolve) => { twoWarnings = resolve })
    const thrower = rpc({
      libp2p: b,
      deliver: () => { throw new Error('boom') },
      log: { warn: (msg) => { if (warnings.push(msg) === 2) twoWarnings() } }
    })
    await thrower.start()
    try {
      await ea.rpc.send(bId, { to: `${bId}/x` })
      await ea.rpc.send(bId, { to: `${bId}/y` })
      await withTimeout(warned, 10_000, 'two deliver warnings')
      assert.match(warnings[0], /deliver/)
    } finally {
      await thrower.stop()
    }
  })

  it('stop() closes its streams and refuses further sends', async () => {
    const bId = b.peerId.toString()
    await ea.rpc.send(bId, { to: `${bId}/x` })
    await eb.received(1)
    const streams = rpcStreams(a, b)
    assert.equal(streams.length, 1)
    await ea.rpc.stop()
    await Promise.all(streams.map(closed))
    assert.equal(rpcStreams(a, b).filter((s) => s.status === 'open').length, 0)
    await assert.rejects(ea.rpc.send(bId, { to: `${bId}/x` }), { code: 'ERR_RPC_STOPPED' })
    // b can still reach a only if a answers: it no longer does
    await assert.rejects(eb.rpc.send(a.peerId.toString(), { to: 'x/y' }), { code: 'ERR_PEER_UNREACHABLE' })
  })
})

async function withTimeout<T> (promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}
