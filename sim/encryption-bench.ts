/**
 * @packageDocumentation
 * What encryption at rest costs a full backup: the proxy's DiskMove (roles/proxy/disk-move.ts) of
 * the same disk images twice, plain and under a data key, over the bulk lane to a receiver in the
 * same process that checks each block as a repository does — a plain block decompressed and
 * hashed in the codec pool against its digest, a sealed one by its frame's checksum and key only
 * (the repository holds no key). Wall seconds and CPU seconds (the whole process: data movers,
 * codec threads, receiver) per pass, and the encrypted ÷ plain ratios; the design's budget is
 * 1.1×. With `receiver: 'sink'` the receiver drops the blocks unchecked, which leaves the proxy's
 * own cost (keyed id + zstd + seal against SHA-256 + zstd). `npm run bench` runs both on its
 * corpus next to the mesh's full backup; on its own:
 *
 *   npx node sim/encryption-bench.ts                   # a 2 GiB corpus (sim/corpus.ts), 3 passes each
 *   npx node sim/encryption-bench.ts --size 1G --runs 1
 *
 * The passes alternate (plain, encrypted, plain, …) so a machine that gets busier or quieter
 * meanwhile skews both alike; the medians count. The images are read once before, so every pass
 * reads from the page cache.
 */
import { randomBytes } from 'node:crypto'
import { readFile, mkdtemp, rm, stat } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'
import { createLibp2p } from 'libp2p'
import { tcp } from '@libp2p/tcp'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import type { Libp2p } from '@libp2p/interface'
import { yamuxStreamOptions } from '../protocols/frames/yamux-options.ts'
import { handlePipe } from '../protocols/datapipe/server.ts'
import { DATAPIPE_PROTOCOL } from '../protocols/datapipe/protocol.ts'
import { BulkLane } from '../protocols/bulk-lane.ts'
import { DiskMove } from '../roles/proxy/disk-move.ts'
import { codecPool } from '../node/core/codec-pool.ts'
import { checkSealedFrame, sealedFrameKey } from '../node/core/crypto/block-cipher.ts'
import { dataKeyFingerprint } from '../node/core/crypto/fingerprint.ts'
import { writeFileHost } from './corpus.ts'

const MiB = 1024 * 1024
/** blocks a receiver checks at once, as the repository's receiver keeps several in flight */
const RECEIVER_IN_FLIGHT = 8

export interface PassFigure {
  seconds: number
  /** CPU seconds of the whole process over the pass */
  cpu: number
  bytesSent: number
}

export interface EncryptionBenchResult {
  receiver: 'repository' | 'sink'
  bytes: number
  plain: PassFigure[]
  encrypted: PassFigure[]
  /** medians */
  plainSeconds: number
  encryptedSeconds: number
  plainCpu: number
  encryptedCpu: number
  loadBefore: number
  loadAfter: number
}

async function node (): Promise<Libp2p> {
  return await createLibp2p({
    addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] },
    transports: [tcp()],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux({ streamOptions: yamuxStreamOptions })]
  })
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 === 1 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}

/** Backs up `files` (all at once, as a proxy runs a VM's disks side by side) plain and encrypted, `runs` passes each. */
export async function runEncryptionBench (init: {
  files: string[]
  runs?: number
  blockSize?: number
  /** 'repository' (default): each block checked as a repository checks it; 'sink': dropped */
  receiver?: 'repository' | 'sink'
  log?: (line: string) => void
}): Promise<EncryptionBenchResult> {
  const checks = init.receiver !== 'sink'
  const runs = Math.max(1, init.runs ?? 3)
  const blockSize = init.blockSize ?? MiB
  const sizes = await Promise.all(init.files.map(async (f) => (await stat(f)).size))
  const bytes = sizes.reduce((a, b) => a + b, 0)
  // into the page cache: the passes compare the data path, not the disk
  for (const f of init.files) await readFile(f).then(() => {}, () => {})
  const [proxy, repository] = await Promise.all([node(), node()])
  await proxy.peerStore.merge(repository.peerId, { multiaddrs: repository.getMultiaddrs() })
  const lane = await BulkLane.listen({ host: '127.0.0.1' })
  const codec = codecPool()
  await handlePipe(repository, async (pipe) => {
    const key = pipe.header.keyFingerprint ?? ''
    // as a new (format 3) repository: the proxy hashes by BLAKE3, and the check here too
    await pipe.sendDigests(undefined, 0, [], [], 'blake3')
    const inflight = new Set<Promise<void>>()
    let failure: Error | undefined
    for (let b = await pipe.nextBlock(); b !== undefined; b = await pipe.nextBlock()) {
      const block = b
      const check = (async () => {
        if (block.zero === true || !checks) return
        const data = block.data ?? new Uint8Array(0)
        if (block.sealed === true) {
          const damage = checkSealedFrame(data)
          if (damage !== undefined || sealedFrameKey(data) !== key) throw new Error(`block ${block.index}: ${damage ?? 'another key'}`)
          return
        }
        const { digest } = await codec.unpack({ input: data, compression: block.compression || 'none', rawLength: block.rawLength ?? 0, algorithm: 'blake3' })
        if (!digest.equals(block.digest ?? new Uint8Array(0))) throw new Error(`block ${block.index} does not match its digest`)
      })().catch((err: Error) => { failure ??= err }).finally(() => {
        pipe.done(block)
        inflight.delete(check)
      })
      inflight.add(check)
      while (inflight.size >= RECEIVER_IN_FLIGHT) await Promise.race(inflight)
    }
    await Promise.all(inflight)
    if (failure !== undefined) throw failure
    await pipe.sendSummary({ stagedId: 'bench' })
  }, { lane: true })

  const dataKey = randomBytes(32)
  const keyFingerprint = dataKeyFingerprint(dataKey)
  const pass = async (encrypted: boolean, round: number): Promise<PassFigure> => {
    const cpuBefore = process.cpuUsage()
    const started = performance.now()
    const moved = await Promise.all(init.files.map(async (source, i) => await new DiskMove({
      libp2p: proxy,
      task: {
        taskId: `bench-${round}-${i}-${encrypted ? 'enc' : 'plain'}`,
        vm: 'bench',
        disk: i,
        size: sizes[i],
        source,
        blockSize,
        compression: 'zstd',
        compressionLevel: 1,
        ...(encrypted ? { dataKey, keyFingerprint } : {})
      },
      repositoryPeer: repository.peerId.toString(),
      repositoryLease: 'bench',
      lane
    }).run()))
    const seconds = (performance.now() - started) / 1000
    const cpu = process.cpuUsage(cpuBefore)
    const figure = { seconds, cpu: (cpu.user + cpu.system) / 1e6, bytesSent: moved.reduce((n, m) => n + m.stats.bytesSent, 0) }
    init.log?.(`${checks ? 'checked' : 'sink'}: ${encrypted ? 'encrypted' : 'plain    '} pass ${round}: ${seconds.toFixed(2)} s wall, ${figure.cpu.toFixed(2)} s CPU, ${(bytes / seconds / 1e6).toFixed(0)} MB/s, ${(figure.bytesSent / 1e6).toFixed(0)} MB sent`)
    return figure
  }

  const loadBefore = loadavg()[0]!
  const plain: PassFigure[] = []
  const encrypted: PassFigure[] = []
  try {
    for (let r = 1; r <= runs; r++) {
      // plain first on odd passes, encrypted first on even ones
      const order = r % 2 === 1 ? [false, true] : [true, false]
      for (const enc of order) (enc ? encrypted : plain).push(await pass(enc, r))
    }
  } finally {
    await repository.unhandle(DATAPIPE_PROTOCOL).catch(() => {})
    await lane.close()
    await Promise.all([proxy.stop(), repository.stop()])
  }
  return {
    receiver: init.receiver ?? 'repository',
    bytes,
    plain,
    encrypted,
    plainSeconds: median(plain.map((p) => p.seconds)),
    encryptedSeconds: median(encrypted.map((p) => p.seconds)),
    plainCpu: median(plain.map((p) => p.cpu)),
    encryptedCpu: median(encrypted.map((p) => p.cpu)),
    loadBefore,
    loadAfter: loadavg()[0]!
  }
}

/** The result as lines for a report. */
export function encryptionLines (r: EncryptionBenchResult): string[] {
  const wall = r.encryptedSeconds / r.plainSeconds
  const cpu = r.encryptedCpu / r.plainCpu
  return [
    `Encrypted full backup, proxy data path ${r.receiver === 'sink' ? 'alone (receiver drops the blocks)' : 'with the repository\'s per-block checks'} (sim/encryption-bench.ts; ${(r.bytes / MiB).toFixed(0)} MiB, median of ${r.plain.length} pass(es) each; load average ${r.loadBefore.toFixed(2)} before, ${r.loadAfter.toFixed(2)} after):`,
    `- plain: ${r.plainSeconds.toFixed(2)} s wall (${(r.bytes / r.plainSeconds / 1e6).toFixed(0)} MB/s), ${r.plainCpu.toFixed(2)} s CPU`,
    `- encrypted: ${r.encryptedSeconds.toFixed(2)} s wall (${(r.bytes / r.encryptedSeconds / 1e6).toFixed(0)} MB/s), ${r.encryptedCpu.toFixed(2)} s CPU`,
    `- encrypted ÷ plain: wall ${wall.toFixed(2)}×, CPU ${cpu.toFixed(2)}× (target ≤ 1.1×) ${Math.max(wall, cpu) <= 1.1 ? 'met' : wall <= 1.1 ? 'wall met, CPU NOT MET' : 'NOT MET'}`
  ]
}

async function main (): Promise<void> {
  const { values: args } = parseArgs({ options: { size: { type: 'string', default: '2G' }, runs: { type: 'string', default: '3' } } })
  const m = /^(\d+(?:\.\d+)?)([mg])$/i.exec(args.size!)
  if (m == null) throw new Error(`--size ${args.size}: use e.g. 512M or 2G`)
  const total = Math.round(Number(m[1]) * (m[2]!.toLowerCase() === 'g' ? 1024 : 1)) * MiB
  const dir = await mkdtemp(join(tmpdir(), 'meshbackup-encryption-bench-'))
  try {
    const diskSize = Math.floor(total / 4 / MiB) * MiB
    const vms = ['vm1', 'vm2'].map((name) => ({ name, disks: [0, 1].map((i) => ({ name: `disk${i}`, size: diskSize })) }))
    await writeFileHost(dir, { vms, seed: 4243 })
    const files = vms.flatMap((vm) => vm.disks.map((d) => join(dir, vm.name, `${d.name}.raw`)))
    for (const receiver of ['repository', 'sink'] as const) {
      const result = await runEncryptionBench({ files, runs: Number(args.runs), receiver, log: (line) => process.stderr.write(line + '\n') })
      console.log(encryptionLines(result).join('\n'))
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
  process.exit(0)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main()
