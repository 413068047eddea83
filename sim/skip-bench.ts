/**
 * @packageDocumentation
 * Skipping what need not be stored, measured (issue 20 part 2): one guest disk with deleted data
 * (sim/guest-disk.ts: a 1 GiB ext4 root whose 512 MiB file was deleted, a 64 MiB swap file, a
 * 128 MiB swap partition, 64 MiB of cache to exclude, 128 MiB of data kept) backed up in full by
 * the proxy's DiskMove into a real Repository over a libp2p datapipe, once reading everything
 * (--no-skip-free --no-skip-swap) and once skipping (free space, swap, --exclude /var/cache/**):
 * bytes read, bytes stored, seconds. Then how the free-space map is best read: our reader of the
 * bitmaps through the BlockSource, against `dumpe2fs` on the same image, on a large empty ext4.
 *
 *   npx node sim/skip-bench.ts
 */
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TaskSpec } from '../proto/index.ts'
import { ActorSystem } from '../node/runtime/actors/system.ts'
import { address } from '../node/runtime/actors/address.ts'
import { LeaseTable } from '../node/runtime/leases.ts'
import { Repository } from '../roles/repository/store.ts'
import { repositoryActor } from '../roles/repository/actor.ts'
import { serveRepository } from '../roles/repository/server.ts'
import { DiskMove, type DiskMoveResult } from '../roles/proxy/disk-move.ts'
import { fileSource } from '../node/hosts/file-source.ts'
import { sourceBytes } from '../node/hosts/guest-fs/source-bytes.ts'
import { readExtFreeSpace } from '../node/hosts/guest-fs/ext-free-space.ts'
import { startNodes } from '../test/helpers/libp2p.ts'
import { buildGuestDisk } from './guest-disk.ts'

const MiB = 1024 * 1024

export interface SkipBenchRow {
  run: 'read everything' | 'skip free, swap, excluded'
  bytesRead: number
  bytesStored: number
  seconds: number
  skipped: { free: number, swap: number, excluded: number }
}

export interface SkipBenchResult {
  rows: SkipBenchRow[]
  diskBytes: number
  /** the free-space map of an empty ext4 of `mapFsGiB`: our reader through the BlockSource, and dumpe2fs */
  mapFsGiB: number
  ourMapSeconds: number
  ourMapBytesRead: number
  dumpe2fsSeconds: number
}

/** One full backup of `task` into a fresh Repository behind its own datapipe server, so nothing dedups against another run. */
async function moveOnce (dir: string, task: TaskSpec): Promise<{ seconds: number, stats: DiskMoveResult['stats'] }> {
  const nodes = await startNodes(2)
  const repoPeer = nodes[1].peerId.toString()
  const system = new ActorSystem({ peerId: repoPeer })
  const path = join(dir, `repo-${task.taskId}`)
  const repo = await Repository.open({ path, name: 'main', create: true })
  const leases = new LeaseTable({ slots: 4, peerId: repoPeer, name: 'repository' })
  const server = await serveRepository({ libp2p: nodes[1], repo, leases, released: (holder, leaseId) => system.tell(holder, { leaseRelease: { leaseId, peerId: repoPeer } }, address(repoPeer, 'repository')) })
  const at = system.spawn('repository', repositoryActor({ repo, leases, name: 'main', peerId: repoPeer }))
  try {
    const grant = await system.ask(at, { leaseRequest: { taskId: task.taskId, ttlMs: 600_000, holder: at } })
    const t0 = performance.now()
    const moved = await new DiskMove({ libp2p: nodes[0], task, repositoryPeer: repoPeer, repositoryLease: grant.leaseGrant!.leaseId! }).run()
    return { seconds: (performance.now() - t0) / 1000, stats: moved.stats }
  } finally {
    await system.stop()
    await server.stop().catch(() => {})
    for (const n of nodes) await n.stop()
    leases.close()
    await repo.close().catch(() => {})
    await rm(path, { recursive: true, force: true })
  }
}

export async function runSkipBench (options: { mapFsGiB?: number } = {}): Promise<SkipBenchResult> {
  const dir = await mkdtemp(join(tmpdir(), 'meshbackup-skip-bench-'))
  try {
    const guest = buildGuestDisk(dir, { fsMiB: 1024, deletedMiB: 512, swapFileMiB: 64, swapPartMiB: 128, cacheMiB: 64, keepMiB: 128 })
    const size = (await stat(guest.image)).size
    const rows: SkipBenchRow[] = []
    for (const [i, run] of (['read everything', 'skip free, swap, excluded'] as const).entries()) {
      const task: TaskSpec = {
        taskId: `bench-${i}`, sessionId: `bench-${i}`, job: 'bench', vm: 'vm', disk: 0, diskName: 'vda', blockSize: MiB, compression: 'zstd', size, source: guest.image,
        ...(i === 0 ? { noSkipFree: true, noSkipSwap: true } : { exclude: ['/var/cache/**'] })
      }
      const { seconds, stats: s } = await moveOnce(dir, task)
      rows.push({ run, bytesRead: s.bytesRead, bytesStored: s.bytesStored, seconds, skipped: { free: s.blocksSkippedFree, swap: s.blocksSkippedSwap, excluded: s.blocksSkippedExcluded } })
    }

    // the free-space map: an empty ext4 of mapFsGiB (sparse: mke2fs writes only metadata)
    const mapFsGiB = options.mapFsGiB ?? 64
    const big = join(dir, 'big.raw')
    execFileSync('mke2fs', ['-q', '-F', '-t', 'ext4', '-E', 'lazy_itable_init=1', big, `${mapFsGiB}G`], { stdio: 'ignore' })
    const source = await fileSource(big, { expectedSize: mapFsGiB * 1024 * MiB, blockSize: MiB })
    const bytes = sourceBytes(source, big)
    let t = performance.now()
    const map = await readExtFreeSpace(bytes, 0)
    const ourMapSeconds = (performance.now() - t) / 1000
    await source.close()
    if (!map.ok) throw new Error(`bench: the map of ${big} was refused: ${map.reason}`)
    t = performance.now()
    execFileSync('dumpe2fs', [big], { stdio: 'ignore', maxBuffer: 1 << 30 })
    const dumpe2fsSeconds = (performance.now() - t) / 1000
    return { rows, diskBytes: size, mapFsGiB, ourMapSeconds, ourMapBytesRead: bytes.bytesRead, dumpe2fsSeconds }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

export function skipBenchTable (r: SkipBenchResult): string {
  const mib = (n: number): string => (n / MiB).toFixed(0)
  return [
    '| run | MiB read | MiB stored | s | blocks skipped (free / swap / excluded) |',
    '|---|---:|---:|---:|---|',
    ...r.rows.map((row) => `| ${row.run} | ${mib(row.bytesRead)} | ${mib(row.bytesStored)} | ${row.seconds.toFixed(2)} | ${row.skipped.free} / ${row.skipped.swap} / ${row.skipped.excluded} |`),
    '',
    `free-space map of an empty ${r.mapFsGiB} GiB ext4: bitmaps read through the BlockSource ${r.ourMapSeconds.toFixed(2)} s (${mib(r.ourMapBytesRead)} MiB read in 1 MiB blocks); dumpe2fs ${r.dumpe2fsSeconds.toFixed(2)} s`
  ].join('\n')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await runSkipBench()
  console.log(`## Skipping free space, swap and excluded files (${(r.diskBytes / MiB).toFixed(0)} MiB guest disk with 512 MiB deleted)\n\n${skipBenchTable(r)}`)
}
