/**
 * @packageDocumentation
 * A copy run over an emulated WAN: two real repositories on two real libp2p nodes (127.0.0.1),
 * the target pulling one restore point from the source over block fetch (runCopy, the product's
 * copy run: its streams, window and batch), every byte through test/helpers/wan-relay.ts run as
 * child processes — one relay for the libp2p connection (the control stream), one for the source's
 * TLS bulk lane (the block data), each adding `rttMs` of round trip, the data relay capping each
 * direction at `rateBps` with a bottleneck queue of one bandwidth-delay product and a receive
 * window per connection (`windowBytes`, default 6 MiB: Linux's default tcp_rmem maximum) so that
 * one TCP connection carries at most window / RTT, as across a real WAN. The relay does not
 * emulate loss, jitter or TCP's congestion control: the rate is an upper bound of a real path's.
 *
 * The lane is routed through its relay by the offer: the source's lane offers the relay's port
 * instead of its own (a test-only override of `BulkLane.offer`, no product change), and the
 * target knows the source's libp2p address as the control relay's.
 *
 *   npx node sim/wan-copy-bench.ts                         # 512 MiB, 150 ms, 1 Gbit/s
 *   npx node sim/wan-copy-bench.ts --size 1G --rate 60e6 --streams 8 --window 4 --batch 8
 */
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'
import { multiaddr } from '@multiformats/multiaddr'
import { BulkLane } from '../protocols/bulk-lane.ts'
import { handleBlockFetch, openBlockFetch } from '../protocols/block-fetch.ts'
import { parseSize } from '../node/daemon/cli/common.ts'
import { runCopy } from '../roles/repository/copy-run.ts'
import { Repository } from '../roles/repository/store.ts'
import { startNode } from '../test/helpers/libp2p.ts'
import { startWanRelayProcess, type WanRelay } from '../test/helpers/wan-relay.ts'
import { blockDigestSync } from '../roles/repository/digest.ts'

const MiB = 1024 * 1024

export interface WanCopyInit {
  /** bytes of the point copied (incompressible 1 MiB blocks) */
  size: number
  rttMs?: number
  /** the link's rate each way, bytes/s (125e6: 1 Gbit/s) */
  rateBps?: number
  /** per connection receive window across the WAN (6 MiB) */
  windowBytes?: number
  /** runCopy's; undefined: the product's defaults */
  streams?: number
  window?: number
  batch?: number
}

export interface WanCopyResult {
  rttMs: number
  rateBps: number
  windowBytes: number
  streams: number | undefined
  window: number | undefined
  batch: number | undefined
  bytes: number
  /** the whole run: streams opened, manifest, every block stored on the target */
  seconds: number
  /** bytes / seconds */
  bps: number
  /** after the setup (streams opened, bulk lanes up, manifests in) to the last block stored */
  dataBps: number
  setupSeconds: number
  transport: string
}

export async function runWanCopy (init: WanCopyInit): Promise<WanCopyResult> {
  const rttMs = init.rttMs ?? 150
  const rateBps = init.rateBps ?? 125e6
  const windowBytes = init.windowBytes ?? 6 * MiB
  const dir = await mkdtemp(join(tmpdir(), 'meshbackup-wan-copy-'))
  const relays: WanRelay[] = []
  const nodes = await Promise.all([startNode(), startNode()])
  const lane = await BulkLane.listen({ host: '127.0.0.1' })
  const source = await Repository.open({ path: join(dir, 'source'), name: 'main', create: true })
  const target = await Repository.open({ path: join(dir, 'target'), name: 'dr', create: true })
  try {
    const blocks = Math.ceil(init.size / MiB)
    const writer = await source.beginDisk({ sessionId: 's', job: 'nightly', vm: 'vm', disk: 0, diskName: 'disk0', size: blocks * MiB, blockSize: MiB })
    for (let i = 0; i < blocks; i++) {
      const data = randomBytes(MiB)
      await writer.putBlock({ index: i, digest: blockDigestSync(source.digestAlgorithm, data), rawLength: MiB, compression: 'none', data })
    }
    await source.commitPoint({ pointId: 'p1', job: 'nightly', sessionId: 's', vm: 'vm', stagedIds: [(await writer.finish()).stagedId] })

    const data = await startWanRelayProcess({ target: lane.address, rttMs, rateBps, windowBytes })
    relays.push(data)
    const port = Number(nodes[0].getMultiaddrs()[0]!.getComponents().find((c) => c.name === 'tcp')!.value)
    const control = await startWanRelayProcess({ target: { host: '127.0.0.1', port }, rttMs, rateBps, windowBytes })
    relays.push(control)
    // the source's lane is reached through the data relay: it offers the relay's port
    const offer = lane.offer.bind(lane)
    lane.offer = () => { const o = offer(); return { ...o, lane: { ...o.lane, port: data.port } } }
    await handleBlockFetch(nodes[0], source, { lane })
    await nodes[1].peerStore.merge(nodes[0].peerId, { multiaddrs: [multiaddr(`/ip4/127.0.0.1/tcp/${control.port}`)] })

    // runCopy tells its first progress once every stream is open and the manifests came
    let setUp = 0
    let transport = ''
    const started = performance.now()
    const report = await runCopy({
      repo: target,
      request: { copyJob: 'wan', pointIds: ['p1'] },
      open: async () => {
        const s = await openBlockFetch({ libp2p: nodes[1], peerId: nodes[0].peerId })
        transport = s.transport
        return s
      },
      streams: init.streams,
      window: init.window,
      batch: init.batch,
      progressMs: 0,
      onProgress: () => { if (setUp === 0) setUp = performance.now() }
    })
    const ended = performance.now()
    if ((report.failed ?? []).length > 0 || (report.copied ?? []).length !== 1) throw new Error(`the WAN copy failed: ${JSON.stringify(report.failed ?? report.problems)}`)
    const bytes = report.bytesFetched ?? 0
    return {
      rttMs, rateBps, windowBytes, streams: init.streams, window: init.window, batch: init.batch, transport,
      bytes,
      seconds: (ended - started) / 1000,
      bps: bytes / ((ended - started) / 1000),
      dataBps: bytes / ((ended - setUp) / 1000),
      setupSeconds: (setUp - started) / 1000
    }
  } finally {
    await Promise.all(relays.map(async (r) => { await r.close() }))
    await Promise.all(nodes.map(async (n) => { await n.stop() }))
    await lane.close()
    await source.close()
    await target.close()
    await rm(dir, { recursive: true, force: true })
  }
}

export function wanCopyTable (rows: WanCopyResult[]): string {
  const lines = [
    '| link | RTT | window/conn | streams × window × batch | MB copied | s | MB/s | % of link | setup s | MB/s after setup | % of link |',
    '|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|'
  ]
  for (const r of rows) {
    const knobs = `${r.streams ?? 'default'} × ${r.window ?? 'default'} × ${r.batch ?? 'default'}`
    lines.push(`| ${(r.rateBps * 8 / 1e9).toFixed(2)} Gbit/s | ${r.rttMs} ms | ${(r.windowBytes / MiB).toFixed(0)} MiB | ${knobs} | ${(r.bytes / 1e6).toFixed(0)} | ${r.seconds.toFixed(2)} | ${(r.bps / 1e6).toFixed(1)} | ${(100 * r.bps / r.rateBps).toFixed(0)}% | ${r.setupSeconds.toFixed(2)} | ${(r.dataBps / 1e6).toFixed(1)} | ${(100 * r.dataBps / r.rateBps).toFixed(0)}% |`)
  }
  return lines.join('\n')
}

/** What the relay emulates, for a report's heading. */
export function wanCopyHeading (r: Pick<WanCopyResult, 'rttMs' | 'rateBps' | 'windowBytes'>): string {
  return `copy run over an emulated WAN (test/helpers/wan-relay.ts: ${r.rttMs} ms RTT, ${(r.rateBps * 8 / 1e9).toFixed(2)} Gbit/s each way shared by all connections, ` +
    `a ${(r.windowBytes / MiB).toFixed(0)} MiB receive window per connection, one BDP of queue, no loss or jitter; TLS bulk lane, incompressible 1 MiB blocks)`
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '512M' },
      rtt: { type: 'string', default: '150' },
      rate: { type: 'string', default: '125e6' },
      'window-bytes': { type: 'string' },
      streams: { type: 'string' },
      window: { type: 'string' },
      batch: { type: 'string' }
    }
  })
  const num = (v: string | undefined): number | undefined => v === undefined ? undefined : Number(v)
  const r = await runWanCopy({
    size: parseSize(values.size!),
    rttMs: Number(values.rtt),
    rateBps: Number(values.rate),
    windowBytes: num(values['window-bytes']),
    streams: num(values.streams),
    window: num(values.window),
    batch: num(values.batch)
  })
  console.log(wanCopyHeading(r))
  console.log(wanCopyTable([r]))
  console.log(`transport: ${r.transport}`)
  process.exit(0)
}
