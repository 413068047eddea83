/**
 * @packageDocumentation
 * Instant recovery's migration against a full restore of the same point, side by side in one run
 * (issue 19: "migration throughput at least that of a full restore"). A never-running QEMU VM
 * with one raw disk (default 1 GiB, every other 1 MiB block random: 512 MiB of data) is backed up
 * by the spine's three daemons into a real repository; then, on the same point:
 *
 * 1. `recover`, then `qemu-img convert` straight from the recovery's NBD export (several requests
 *    in flight: what the NBD server gives a reader that asks in parallel), then `recover stop`;
 * 2. `pairs` times in turn (3): `restore --to DIR` (the whole disk to a raw file), then `recover`
 *    (time to a running VM) and `recover migrate --wait`, each migrated disk checked against the
 *    source disk; medians.
 *
 * Both the CLI's wall clock and the daemon's own time are kept: a restore's `durationMs` (its
 * disks read and written), a migration's from `migrate` to every disk local (its rate). The
 * target line compares the daemons' times, which leave out the CLI's start and the admin
 * requests around the work (a migration is asked through the manager and followed by polls).
 * A migration is a restore into the recovery's folder followed by a commit of the guest's
 * writes (node/hosts/recovery/local-copy.ts), so the two differ by little more than noise.
 *
 * MB/s are of data (bytes of non-zero blocks), as the README gives them; CPU seconds per daemon
 * and for the recovered VM's QEMU. Run alone: `node sim/recovery-bench.ts [--size 1G] [--pairs 3]`;
 * `npm run bench` calls runRecoveryBench.
 *
 * @example
 * ```ts
 * const r = await runRecoveryBench({ size: 1024 * MiB })
 * console.log(recoveryBenchTable(r))
 * ```
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { closeSync, openSync } from 'node:fs'
import { mkdir, mkdtemp, open, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { QmpClient } from '../node/hosts/qemu/qmp.ts'
import { startCluster, waitUntil, type Cluster, SPINE } from './cluster.ts'
import { cpuSeconds } from './measure.ts'

const MiB = 1024 * 1024

export interface RecoveryBenchResult {
  diskBytes: number
  dataBytes: number
  /** medians over the pairs: `seconds` the CLI's wall clock, `daemonSeconds` the daemon's own */
  restore: { seconds: number, daemonSeconds: number, cpu: Record<string, number> }
  convert: { seconds: number, cpu: Record<string, number> }
  /** `recover` as the CLI's wall clock, and the daemon's own measure (command → VM running) */
  recover: { cliSeconds: number, daemonSeconds: number }
  migrate: { seconds: number, daemonSeconds: number, cpu: Record<string, number> }
  /** each pair's daemon seconds, restore and migration */
  pairs: Array<{ restore: number, migrate: number }>
  /** every migrated disk equals the source disk */
  intact: boolean
}

async function exec (cmd: string, args: string[]): Promise<string> {
  return await new Promise((resolve, reject) => {
    execFile(cmd, args, { maxBuffer: 64 * MiB, timeout: 600_000 }, (err, stdout, stderr) => {
      if (err === null) resolve(stdout)
      else reject(new Error(`${cmd} ${args.join(' ')}: ${String(stderr).trim() || err.message}`))
    })
  })
}

/** A raw disk of `size` bytes, every other 1 MiB block random (the rest never written): its data bytes and SHA-256. */
async function writeDisk (file: string, size: number, seed: number): Promise<{ dataBytes: number, sha256: string }> {
  const f = await open(file, 'w')
  let dataBytes = 0
  try {
    await f.truncate(size)
    for (let at = 0, i = 0; at < size; at += MiB, i++) {
      if ((i + seed) % 2 !== 0) continue
      const n = Math.min(MiB, size - at)
      await f.write(randomBytes(n), 0, n, at)
      dataBytes += n
    }
  } finally {
    await f.close()
  }
  return { dataBytes, sha256: await sha256Of(file) }
}

async function sha256Of (file: string): Promise<string> {
  return (await exec('sha256sum', [file])).split(' ')[0]!
}

/** Wall seconds and CPU seconds of each named pid around `work`. */
async function measure (pids: Record<string, number>, work: () => Promise<void>): Promise<{ seconds: number, cpu: Record<string, number> }> {
  const before = Object.fromEntries(await Promise.all(Object.entries(pids).map(async ([k, pid]) => [k, await cpuSeconds(pid)] as const)))
  const started = process.hrtime.bigint()
  await work()
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const cpu: Record<string, number> = {}
  for (const [k, pid] of Object.entries(pids)) cpu[k] = (await cpuSeconds(pid).catch(() => before[k]!)) - before[k]!
  return { seconds, cpu }
}

/** The NBD URI of a recovery's export, as its overlay names it. */
async function exportUri (overlay: string): Promise<string> {
  const info = JSON.parse(await exec('qemu-img', ['info', '-U', '--output=json', overlay])) as { 'backing-filename'?: string }
  const uri = info['backing-filename']
  if (uri === undefined) throw new Error(`the overlay ${overlay} names no backing export`)
  return uri
}

export async function runRecoveryBench (options: { size?: number, pairs?: number, dir?: string, log?: (line: string) => void } = {}): Promise<RecoveryBenchResult> {
  const size = options.size ?? 1024 * MiB
  const pairs = Math.max(1, options.pairs ?? 3)
  const log = options.log ?? ((line: string) => { process.stderr.write(`${line}\n`) })
  const dir = options.dir ?? await mkdtemp(join(tmpdir(), 'meshbackup-recovery-bench-'))
  let vm: ChildProcess | undefined
  let cluster: Cluster | undefined
  try {
    const disk = join(dir, 'disk0.raw')
    const { dataBytes, sha256 } = await writeDisk(disk, size, 0)
    const qmp = join(dir, 'src.qmp')
    const out = openSync(join(dir, 'src.log'), 'a')
    vm = spawn('qemu-system-x86_64', ['-name', 'src', '-machine', 'pc', '-S', '-nodefaults', '-display', 'none',
      '-qmp', `unix:${qmp},server=on,wait=off`,
      '-blockdev', `driver=file,node-name=disk0-file,filename=${disk}`,
      '-blockdev', 'driver=raw,node-name=disk0,file=disk0-file',
      '-device', 'virtio-blk-pci,drive=disk0,id=vd0'], { stdio: ['ignore', out, out] })
    closeSync(out)
    await waitUntil('the source VM\'s monitor', async () => await QmpClient.connect(`unix:${qmp}`).then(async q => { await q.close(); return true }, () => undefined), 30_000, 50)

    cluster = await startCluster({ dir: join(dir, 'mesh'), nodes: SPINE })
    const c = cluster
    await c.cli('a', ['host', 'add', 'h1', '--type', 'qemu', '--qmp', `unix:${qmp}`])
    await c.waitForHost('a', 'h1')
    await c.cli('a', ['job', 'add', 'q', '--host', 'h1', '--repository', 'main'])
    const session = await c.json('a', ['job', 'run', 'q', '--wait'])
    if (session.state !== 'success') throw new Error(`the backup failed:\n${session.log.join('\n')}`)
    const [point] = await c.json('a', ['points', 'list', '--job', 'q'])
    const daemons = Object.fromEntries([...c.nodes.entries()].map(([name, n]) => [name, n.process!.pid!]))
    log(`recovery bench: ${(size / MiB).toFixed(0)} MiB disk, ${(dataBytes / MiB).toFixed(0)} MiB of data backed up as ${point.id}`)

    // 1. qemu-img convert from the export
    const first = await c.json('a', ['recover', point.id, '--host', 'h1', '--name', 'bench-convert'])
    const converted = join(dir, 'converted.raw')
    const convert = await measure(daemons, async () => { await exec('qemu-img', ['convert', '-f', 'raw', '-O', 'raw', await exportUri(first.overlays[0]), converted]) })
    await rm(converted, { force: true })
    await c.cli('a', ['recover', 'stop', first.id])
    log(`  qemu-img convert from the export: ${convert.seconds.toFixed(2)} s`)

    // 2. a full restore and a migration, in turn
    const restores: Array<{ seconds: number, daemonSeconds: number, cpu: Record<string, number> }> = []
    const migrations: Array<{ seconds: number, daemonSeconds: number, cpu: Record<string, number> }> = []
    const recovers: Array<{ cliSeconds: number, daemonSeconds: number }> = []
    let intact = true
    for (let k = 0; k < pairs; k++) {
      const restoreDir = join(dir, 'restore')
      await mkdir(restoreDir, { recursive: true })
      let restoreMs = 0
      const restore = await measure(daemons, async () => { restoreMs = Number((await c.json('a', ['restore', point.id, '--disk', '0', '--to', restoreDir])).durationMs) })
      await rm(restoreDir, { recursive: true, force: true })
      restores.push({ ...restore, daemonSeconds: restoreMs / 1000 })

      const started = Date.now()
      const info = await c.json('a', ['recover', point.id, '--host', 'h1', '--name', `bench-migrate-${k}`])
      recovers.push({ cliSeconds: (Date.now() - started) / 1000, daemonSeconds: Number(info.seconds) })
      let image = info.overlays[0] as string
      let daemonSeconds = 0
      const migrate = await measure({ ...daemons, qemu: Number(info.pid) }, async () => {
        const r = await c.json('a', ['recover', 'migrate', info.id, '--wait'])
        if (r.state !== 'migrated') throw new Error(`the migration ended ${r.state}: ${r.error ?? ''}`)
        // the daemon's rate runs from the migrate command to the last disk local
        daemonSeconds = Number(r.totalBytes) / Number(r.bytesPerSecond)
        image = r.overlays?.[0] ?? image
      })
      migrations.push({ ...migrate, daemonSeconds })
      log(`  pair ${k + 1}: restore ${restore.seconds.toFixed(2)} s (daemon ${(restoreMs / 1000).toFixed(2)}); recover ${recovers[k]!.cliSeconds.toFixed(2)} s; migrate ${migrate.seconds.toFixed(2)} s (daemon ${daemonSeconds.toFixed(2)})`)
      // the local image holds the whole disk now: read it back through qemu-img (the VM keeps it
      // open; stopping it flushes what QEMU holds in memory)
      const q = await QmpClient.connect(info.qmp)
      try { await q.execute('stop') } finally { await q.close() }
      const copy = join(dir, 'migrated.raw')
      await exec('qemu-img', ['convert', '-U', '-f', image.endsWith('.raw') ? 'raw' : 'qcow2', '-O', 'raw', image, copy])
      intact &&= await sha256Of(copy) === sha256
      await rm(copy, { force: true })
      await c.cli('a', ['recover', 'stop', info.id])
    }
    const restore = medianRun(restores)
    const migrate = medianRun(migrations)
    const recover = { cliSeconds: median(recovers.map(r => r.cliSeconds)), daemonSeconds: median(recovers.map(r => r.daemonSeconds)) }
    return { diskBytes: size, dataBytes, restore, convert, recover, migrate, pairs: restores.map((r, k) => ({ restore: r.daemonSeconds, migrate: migrations[k]!.daemonSeconds })), intact }
  } finally {
    await cluster?.stop()
    if (vm !== undefined && vm.exitCode === null && vm.signalCode === null) {
      const exited = new Promise(resolve => vm!.once('exit', resolve))
      vm.kill('SIGKILL')
      await exited
    }
    if (options.dir === undefined) await rm(dir, { recursive: true, force: true })
    else await rm(join(dir, 'disk0.raw'), { force: true })
  }
}

function median (xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** The run whose daemon time is the median (its CLI time and CPU with it). */
function medianRun<T extends { daemonSeconds: number }> (runs: T[]): T {
  return [...runs].sort((a, b) => a.daemonSeconds - b.daemonSeconds)[Math.floor((runs.length - 1) / 2)]!
}

/** The recovery rows as a markdown table. */
export function recoveryBenchTable (r: RecoveryBenchResult): string {
  const mbps = (s: number): string => (r.dataBytes / s / 1e6).toFixed(0)
  const cpu = (c: Record<string, number>): string => Object.entries(c).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')
  return [
    `medians of ${r.pairs.length} restore and migration pairs, in turn; daemon s: the daemon's own time (restore: its disks read and written; migration: \`migrate\` to every disk local)`,
    '',
    '| step | CLI wall s | daemon s | MB/s of data (daemon) | CPU s |',
    '|---|---:|---:|---:|---|',
    `| full restore (\`restore --disk 0\`) | ${r.restore.seconds.toFixed(2)} | ${r.restore.daemonSeconds.toFixed(2)} | ${mbps(r.restore.daemonSeconds)} | ${cpu(r.restore.cpu)} |`,
    `| \`qemu-img convert\` from the recovery's NBD export | ${r.convert.seconds.toFixed(2)} | | ${mbps(r.convert.seconds)} | ${cpu(r.convert.cpu)} |`,
    `| \`recover\` → VM running | ${r.recover.cliSeconds.toFixed(2)} | ${r.recover.daemonSeconds.toFixed(2)} | | |`,
    `| \`recover migrate --wait\`${r.intact ? '' : ' — DATA DIFFERS'} | ${r.migrate.seconds.toFixed(2)} | ${r.migrate.daemonSeconds.toFixed(2)} | ${mbps(r.migrate.daemonSeconds)} | ${cpu(r.migrate.cpu)} |`,
    '',
    `pairs (daemon s, restore / migration): ${r.pairs.map(p => `${p.restore.toFixed(2)} / ${p.migrate.toFixed(2)}`).join(', ')}`
  ].join('\n')
}

/** The issue's target line: migration at least as fast as the full restore. */
export function recoveryBenchTarget (r: RecoveryBenchResult | undefined): string {
  if (r === undefined) return '- migration ≥ full restore: not measured'
  const ratio = r.restore.daemonSeconds / r.migrate.daemonSeconds
  const cli = r.restore.seconds / r.migrate.seconds
  return `- migration ≥ full restore: ${ratio.toFixed(2)}× the restore's MB/s in the daemons, medians of ${r.pairs.length} pairs (CLI wall: ${cli.toFixed(2)}×) (target ≥ 1×) ${ratio >= 1 && r.intact ? 'met' : 'NOT MET'}`
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { parseArgs } = await import('node:util')
  // --keep DIR: the folder (daemon logs, NBD server statistics) is left for a look
  const { values } = parseArgs({ options: { size: { type: 'string', default: '1024' }, pairs: { type: 'string', default: '3' }, keep: { type: 'string' } } })
  const r = await runRecoveryBench({ size: Number(values.size) * MiB, pairs: Number(values.pairs), dir: values.keep })
  console.log(recoveryBenchTable(r))
  console.log(recoveryBenchTarget(r))
}
