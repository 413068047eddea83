/**
 * Tests for test/helpers/wan-relay.ts: a ping-pong through the relay takes the configured RTT, a
 * bulk transfer over several connections reaches at least 90% of the link's rate and never more
 * than a few % above it, and a per-connection window bounds one connection to window / RTT.
 * The relay runs as a child process (at 1 Gbit/s on 2 cores it must not share the event loop of
 * the senders and the sink).
 */
import assert from 'node:assert/strict'
import { createServer, connect, type Server, type Socket } from 'node:net'
import { startWanRelay, startWanRelayProcess, type WanRelay, type WanRelayInit } from './wan-relay.ts'

const MB = 1e6

async function listen (onSocket: (s: Socket) => void): Promise<{ server: Server, port: number }> {
  const server = createServer({ noDelay: true }, onSocket)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, port: (server.address() as { port: number }).port }
}

/** Median time of `n` one-byte ping-pongs through `port`. */
async function pingMs (port: number, n: number): Promise<number> {
  const s = connect({ port, host: '127.0.0.1', noDelay: true })
  await new Promise((resolve) => s.once('connect', resolve))
  const times: number[] = []
  for (let i = 0; i < n; i++) {
    const t = performance.now()
    s.write(Buffer.from([i]))
    await new Promise((resolve) => s.once('data', resolve))
    times.push(performance.now() - t)
  }
  s.destroy()
  return times.sort((a, b) => a - b)[Math.floor(n / 2)]!
}

/**
 * Sends `total` bytes over `connections` connections through `port` to a sink that counts them;
 * the rate is the sink's bytes from its first to its last byte.
 */
export async function bulk (port: number, sink: { received: number, first: number, last: number }, total: number, connections: number): Promise<number> {
  const chunk = Buffer.alloc(256 * 1024, 7)
  sink.received = 0
  sink.first = 0
  await Promise.all(Array.from({ length: connections }, async () => {
    const s = connect({ port, host: '127.0.0.1' })
    await new Promise((resolve) => s.once('connect', resolve))
    let left = total / connections
    while (left > 0) {
      const n = Math.min(left, chunk.byteLength)
      left -= n
      if (!s.write(n === chunk.byteLength ? chunk : chunk.subarray(0, n))) await new Promise((resolve) => s.once('drain', resolve))
    }
    s.end()
    await new Promise((resolve) => s.once('close', resolve))
  }))
  while (sink.received < total) await new Promise((resolve) => setImmediate(resolve))
  return sink.received / ((sink.last - sink.first) / 1000)
}

describe('test/helpers/wan-relay', function () {
  this.timeout(60_000)
  let echo: { server: Server, port: number }
  let sinkServer: { server: Server, port: number }
  const sink = { received: 0, first: 0, last: 0 }
  const relays: WanRelay[] = []
  const relay = async (init: Omit<WanRelayInit, 'target'>, target: number, inProcess = false): Promise<WanRelay> => {
    const r = await (inProcess ? startWanRelay : startWanRelayProcess)({ target: { host: '127.0.0.1', port: target }, ...init })
    relays.push(r)
    return r
  }

  before(async function () {
    echo = await listen((s) => s.pipe(s))
    sinkServer = await listen((s) => {
      s.on('data', (d: Buffer) => {
        const now = performance.now()
        if (sink.first === 0) sink.first = now
        sink.last = now
        sink.received += d.byteLength
      })
      s.on('end', () => s.end())
    })
  })

  after(async function () {
    for (const r of relays) await r.close()
    echo.server.close()
    sinkServer.server.close()
  })

  it('adds the configured round-trip time', async function () {
    const r = await relay({ rttMs: 150, rateBps: 125 * MB }, echo.port)
    const ms = await pingMs(r.port, 9)
    assert.ok(ms >= 150 && ms < 150 * 1.1, `ping-pong took ${ms.toFixed(1)} ms through a 150 ms relay`)
  })

  // At 1 Gbit/s (WAN_RELAY_RATE=125e6) the relay carried 0.83-1.0 Gbit/s on this 2-core machine
  // while other test runs kept its load average at 7-8: the senders and the sink, not the relay,
  // ran out of CPU (uncapped, the relay carried 1.4-1.7 Gbit/s). The default rate leaves room.
  const rate = Number(process.env.WAN_RELAY_RATE ?? 60e6)
  it(`carries 200 MB over 4 connections at ≥ 90% of its link rate (${rate / MB} MB/s) and never more than 3% above it`, async function () {
    const r = await relay({ rttMs: 150, rateBps: rate }, sinkServer.port)
    const bps = await bulk(r.port, sink, 200 * MB, 4)
    if (process.env.MESHBACKUP_REPORT != null) console.log(`relay (child process), 200 MB over 4 connections at ${rate * 8 / 1e9} Gbit/s: ${(bps * 8 / 1e9).toFixed(3)} Gbit/s`)
    assert.ok(bps >= 0.9 * rate && bps <= 1.03 * rate, `${(bps / MB).toFixed(1)} MB/s through a ${rate / MB} MB/s link`)
  })

  it('bounds one connection to its window per RTT when a window is set', async function () {
    const r = await relay({ rttMs: 100, rateBps: 125 * MB, windowBytes: 1024 * 1024 }, sinkServer.port)
    const bps = await bulk(r.port, sink, 20 * MB, 1)
    const expected = 1024 * 1024 / 0.1
    assert.ok(bps > 0.8 * expected && bps < 1.1 * expected, `${(bps / MB).toFixed(1)} MB/s with a 1 MiB window over 100 ms (window/RTT ${(expected / MB).toFixed(1)} MB/s)`)
  })
})
