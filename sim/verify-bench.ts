/**
 * @packageDocumentation
 * `node sim/verify-bench.ts`: the throughput of a verify job's pass (roles/repository/verify-pass.ts)
 * on the bench corpus. A disk of the bench's mix (half zero, a quarter text, a quarter random) is
 * stored in a repository as a full point and `--points - 1` incrementals of 1% changed blocks,
 * compressed with zstd level 1 as a proxy sends them; then every point is verified in one pass,
 * with the page cache warm and (as root) dropped first. It prints the raw bytes checked per second
 * (the decompressed, re-hashed data: what "verify at N GB/s" means), the stored bytes read per
 * second, the CPU time per raw GB and what that CPU time makes on the machine's cores when they
 * are free (the load average is printed: on a shared machine the wall-clock rate says more about
 * the neighbours than about the pass).
 *
 *   node sim/verify-bench.ts                    # 2 GiB disk, 3 points
 *   node sim/verify-bench.ts --size 4G --points 7
 */
import { parseArgs } from 'node:util'
import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises'
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { codecPool, packRoom, sharedBlock } from '../node/core/codec-pool.ts'
import { Repository } from '../roles/repository/store.ts'
import { changeBlocks, writeFileHost } from './corpus.ts'
import type { ListedPoint } from '../roles/repository/store.ts'

const MiB = 1024 * 1024
const BLOCK = MiB
const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: '2G' },
    points: { type: 'string', default: '3' },
    dir: { type: 'string' }
  }
})

function parseSize (text: string): number {
  const m = /^(\d+(?:\.\d+)?)([kmg]?)$/i.exec(text)
  if (m == null) throw new Error(`--size ${text}: use e.g. 512M or 4G`)
  return Math.round(Number(m[1]) * ({ '': 1, k: 1024, m: MiB, g: 1024 * MiB } as Record<string, number>)[m[2]!.toLowerCase()]!)
}

/** Stores the disk file as a point: every block read, zero ones skipped, the rest compressed like a proxy does. */
async function storeDisk (repo: Repository, file: string, size: number, base?: ListedPoint, changed?: number[]): Promise<ListedPoint> {
  const writer = await repo.beginDisk({ vm: 'bench', disk: 0, diskName: 'disk0', size, blockSize: BLOCK, basePoint: base?.id ?? '', taskId: 't', leaseId: 'l' })
  const fh = await open(file, 'r')
  const codec = codecPool()
  const indexes = changed ?? [...Array(Math.ceil(size / BLOCK)).keys()]
  let next = 0
  const lane = async (): Promise<void> => {
    const input = sharedBlock(BLOCK)
    const output = sharedBlock(packRoom(BLOCK))
    while (next < indexes.length) {
      const index = indexes[next++]!
      const length = Math.min(BLOCK, size - index * BLOCK)
      const raw = input.subarray(0, length)
      await fh.read(raw, 0, length, index * BLOCK)
      if (raw.every(b => b === 0)) continue
      const { digest, length: packed } = await codec.pack({ input: raw, output, level: 1, algorithm: repo.digestAlgorithm })
      const data = packed >= 0 ? Buffer.from(output.subarray(0, packed)) : Buffer.from(raw)
      await writer.putBlock({ index, digest, rawLength: length, compression: packed >= 0 ? 'zstd' : 'none', data })
    }
  }
  await Promise.all(Array.from({ length: 4 }, lane))
  await fh.close()
  const { stagedId } = await writer.finish()
  return await repo.commitPoint({ job: 'bench', vm: 'bench', stagedIds: [stagedId] })
}

async function dropCaches (): Promise<boolean> {
  if (process.getuid?.() !== 0) return false
  try {
    await writeFile('/proc/sys/vm/drop_caches', '3\n')
    return true
  } catch {
    return false
  }
}

async function main (): Promise<void> {
  const size = parseSize(args.size!)
  const pointCount = Math.max(1, Number(args.points))
  const dir = args.dir ?? await mkdtemp(join(tmpdir(), 'meshbackup-verify-bench-'))
  try {
    const host = join(dir, 'host')
    await writeFileHost(host, { seed: 7, vms: [{ name: 'bench', disks: [{ name: 'disk0', size }] }] })
    const file = join(host, 'bench', 'disk0.raw')
    const repo = await Repository.open({ path: join(dir, 'repo'), name: 'bench', create: true })
    let point = await storeDisk(repo, file, size)
    for (let i = 1; i < pointCount; i++) {
      const changed = await changeBlocks(file, { fraction: 0.01, blockSize: BLOCK, seed: i })
      point = await storeDisk(repo, file, size, point, changed)
    }
    await readFile(file).catch(() => {})
    const results: Array<Record<string, string | number>> = []
    for (const cache of ['warm', 'cold'] as const) {
      if (cache === 'cold' && !await dropCaches()) {
        results.push({ cache, note: 'not measured: dropping the page cache needs root' })
        continue
      }
      const cpu = process.cpuUsage()
      const started = performance.now()
      const report = await repo.verifyPoints()
      const seconds = (performance.now() - started) / 1000
      const used = process.cpuUsage(cpu)
      const cpuSeconds = (used.user + used.system) / 1e6
      if (report.damagedPoints.length > 0 || report.problems.length > 0) throw new Error(`the bench repository is damaged: ${JSON.stringify(report)}`)
      results.push({
        cache,
        points: report.pointsChecked,
        blocks: report.blocksChecked,
        rawGB: +(report.bytesChecked / 1e9).toFixed(3),
        storedGB: +(report.bytesRead / 1e9).toFixed(3),
        seconds: +seconds.toFixed(2),
        rawMBps: Math.round(report.bytesChecked / seconds / 1e6),
        storedMBps: Math.round(report.bytesRead / seconds / 1e6),
        cpuSecondsPerRawGB: +(cpuSeconds / (report.bytesChecked / 1e9)).toFixed(2),
        // CPU-bound: every core of the machine busy with the pass
        freeCoresMBps: Math.round(report.bytesChecked / cpuSeconds / 1e6 * availableParallelism()),
        load: loadavg()[0]!.toFixed(1)
      })
    }
    await repo.close()
    await codecPool().close()
    console.log(`# verify pass: ${args.size} disk (bench mix), ${pointCount} points, ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'})\n`)
    console.log(`| cache | points | distinct blocks | raw GB | stored GB | s | raw MB/s | stored MB/s | CPU s / raw GB | raw MB/s on ${availableParallelism()} free cores | load avg |`)
    console.log('|---|---|---|---|---|---|---|---|---|---|---|')
    for (const r of results) {
      if (r.note !== undefined) console.log(`| ${r.cache} | ${r.note} | | | | | | | | | |`)
      else console.log(`| ${r.cache} | ${r.points} | ${r.blocks} | ${r.rawGB} | ${r.storedGB} | ${r.seconds} | ${r.rawMBps} | ${r.storedMBps} | ${r.cpuSecondsPerRawGB} | ${r.freeCoresMBps} | ${r.load} |`)
    }
  } finally {
    if (args.dir === undefined) await rm(dir, { recursive: true, force: true })
  }
}

await main()
