/**
 * @packageDocumentation
 * What one libp2p stream (noise + yamux, the mesh's data path off the bulk lane) carries over a
 * WAN path, emulated by test/helpers/wan-relay.ts (150 ms RTT, 1 Gbit/s by default): yamux grants
 * a stream `maxStreamWindowSize` bytes per round trip, so one stream is window-bound at
 * window / RTT, and N streams (each its own window) at N times that, up to the link. Also the
 * bulk lane's case, a plain TCP connection, with the relay's per-connection window standing in for
 * the receiver's TCP window (the relay splits TCP, so without it nothing bounds a plain socket).
 *
 * ```sh
 * npx node sim/wan-probe.ts [--rtt 150] [--rate 125e6] [--seconds 6]
 * ```
 * Prints one line per case: streams, window, MB/s and Mbit/s in the steady state (after the first
 * second), and the share of the link.
 */
import { parseArgs } from 'node:util'
import { createServer, connect } from 'node:net'
import { createLibp2p } from 'libp2p'
import { tcp } from '@libp2p/tcp'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { multiaddr } from '@multiformats/multiaddr'
import type { Libp2p } from '@libp2p/interface'
import { framed } from '../protocols/frames/stream-frames.ts'
import { yamuxStreamOptions } from '../protocols/frames/yamux-options.ts'
import { startWanRelayProcess } from '../test/helpers/wan-relay.ts'

const { values } = parseArgs({ options: { rtt: { type: 'string', default: '150' }, rate: { type: 'string', default: '125e6' }, seconds: { type: 'string', default: '6' } } })
const rttMs = Number(values.rtt)
const rateBps = Number(values.rate)
const seconds = Number(values.seconds)
const PROTOCOL = '/meshbackup/wan-probe/1'
const CHUNK = Buffer.alloc(1024 * 1024, 0x5a)

async function node (window: number): Promise<Libp2p> {
  return await createLibp2p({
    addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] },
    transports: [tcp()],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux({ streamOptions: { ...yamuxStreamOptions, maxStreamWindowSize: window, maxReadBufferLength: Math.max(yamuxStreamOptions.maxReadBufferLength, 4 * window) } })]
  })
}

/** Bytes/s the receiver counted between 1 s and `seconds` s after its first byte. */
async function measure (received: () => number): Promise<number> {
  while (received() === 0) await new Promise((resolve) => setTimeout(resolve, 5))
  await new Promise((resolve) => setTimeout(resolve, 1000))
  const a = received()
  const t = performance.now()
  await new Promise((resolve) => setTimeout(resolve, (seconds - 1) * 1000))
  return (received() - a) / ((performance.now() - t) / 1000)
}

async function yamuxCase (streams: number, window: number): Promise<number> {
  const [a, b] = [await node(window), await node(window)]
  let received = 0
  await b.handle(PROTOCOL, async (stream) => {
    const f = framed(stream, { maxFrameBytes: 2 * CHUNK.byteLength })
    while ((await f.read()) !== undefined) received += CHUNK.byteLength
  })
  const relay = await startWanRelayProcess({ target: { host: '127.0.0.1', port: Number(b.getMultiaddrs()[0]!.toString().split('/')[4]) }, rttMs, rateBps })
  let stop = false
  try {
    const conn = await a.dial(multiaddr(`/ip4/127.0.0.1/tcp/${relay.port}/p2p/${b.peerId.toString()}`))
    const senders = Array.from({ length: streams }, async () => {
      const f = framed(await conn.newStream(PROTOCOL), {})
      while (!stop) await f.write(CHUNK)
      f.abort(new Error('probe done'))
    })
    const bps = await measure(() => received)
    stop = true
    await Promise.race([Promise.allSettled(senders), new Promise((resolve) => setTimeout(resolve, 2000))])
    return bps
  } finally {
    stop = true
    await relay.close()
    await a.stop()
    await b.stop()
  }
}

async function socketCase (window: number): Promise<number> {
  let received = 0
  const sink = createServer((s) => { s.on('data', (d: Buffer) => { received += d.byteLength }) })
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve))
  const relay = await startWanRelayProcess({ target: { host: '127.0.0.1', port: (sink.address() as { port: number }).port }, rttMs, rateBps, windowBytes: window })
  let stop = false
  const s = connect({ port: relay.port, host: '127.0.0.1' })
  const sending = (async () => {
    await new Promise((resolve) => s.once('connect', resolve))
    while (!stop) if (!s.write(CHUNK)) await new Promise((resolve) => s.once('drain', resolve))
  })()
  const bps = await measure(() => received)
  stop = true
  s.destroy()                       // a write waiting for 'drain' is left behind with the socket
  sending.catch(() => {})
  await relay.close()
  sink.close()
  return bps
}

const MiB = 1024 * 1024
const line = (what: string, bps: number, bound?: number): void => {
  console.log(`${what.padEnd(46)} ${(bps / 1e6).toFixed(1).padStart(7)} MB/s ${(bps * 8 / 1e6).toFixed(0).padStart(5)} Mbit/s  ${(100 * bps / rateBps).toFixed(0).padStart(3)}% of the link${bound !== undefined ? `  (window/RTT ${(bound / 1e6).toFixed(1)} MB/s)` : ''}`)
}
process.on('exit', () => {})
console.log(`WAN relay: ${rttMs} ms RTT, ${(rateBps * 8 / 1e6).toFixed(0)} Mbit/s per direction; ${seconds} s per case`)
for (const [streams, window] of [[1, yamuxStreamOptions.maxStreamWindowSize], [2, yamuxStreamOptions.maxStreamWindowSize], [4, yamuxStreamOptions.maxStreamWindowSize], [8, yamuxStreamOptions.maxStreamWindowSize], [1, 16 * MiB], [1, 32 * MiB]] as const) {
  line(`yamux: ${streams} stream(s), window ${window / MiB} MiB`, await yamuxCase(streams, window), streams * window / (rttMs / 1000))
}
for (const window of [6 * MiB, 16 * MiB]) line(`TCP socket (bulk lane), receive window ${window / MiB} MiB`, await socketCase(window), window / (rttMs / 1000))
process.exit(0)
