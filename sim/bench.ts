/**
 * @packageDocumentation
 * `npm run bench`: the three-daemon mesh on a generated corpus (default 4 GiB: about half zero
 * blocks, a quarter compressible text, a quarter random) — full backup, incremental after 1% and
 * after 10% of blocks changed, restore of the latest points (both VMs side by side). Wall time, MB/s, CPU seconds and
 * peak RSS per daemon. restic and borg run the same steps on the same images in the same run, and
 * the table gives the ratios; when they are missing the bench installs them from Debian (as root
 * with apt-get; --no-install leaves them out). Markdown on stdout, JSON in bench-results/.
 * The QEMU section (sim/bench-qemu.ts: a qcow2 disk behind qemu-storage-daemon, full and CBT
 * incremental in each transport mode, and sim/nbd-bench.ts's NbdClient against nbdcopy) runs when
 * qemu-storage-daemon, qemu-img and qemu-io are on PATH, or fails when asked for with --qemu.
 * After the full backup, the same corpus goes through the proxy's data path plain and encrypted
 * (sim/encryption-bench.ts: wall and CPU, with the repository's per-block checks and without),
 * against encryption at rest's budget of 1.1× the plain backup.
 *
 *   npm run bench                          # 4 GiB, medians over 3 runs
 *   npm run bench -- --size 1G --runs 1    # a quick look
 *   npm run bench -- --qemu-size 4G        # a larger QEMU disk (default 1 GiB); --no-qemu skips it
 */
import { parseArgs } from 'node:util'
import { execFileSync, spawn } from 'node:child_process'
import { mkdtemp, mkdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir, hostname, cpus, loadavg, totalmem } from 'node:os'
import { join } from 'node:path'
import { startCluster, CLI, type Cluster } from './cluster.ts'
import { writeFileHost, changeBlocks } from './corpus.ts'
import { runQemuSection, runNbdBench, missingTools, qemuNote, QEMU_TOOLS, NBD_BENCH_TOOLS } from './bench-qemu.ts'
import { measureProcesses } from './measure.ts'
import { runEncryptionBench } from './encryption-bench.ts'
import { runS3Bench, s3BenchTable, type S3BenchRow } from './s3-bench.ts'
import { runSkipBench, skipBenchTable, type SkipBenchResult } from './skip-bench.ts'
import { runWanCopy, wanCopyHeading, wanCopyTable, type WanCopyResult } from './wan-copy-bench.ts'
import { runCliBench, cliTargetMs } from './cli-bench.ts'
import { runRecoveryBench, recoveryBenchTable, recoveryBenchTarget, type RecoveryBenchResult } from './recovery-bench.ts'

const MiB = 1024 * 1024
const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: '4G' },
    runs: { type: 'string', default: '3' },
    install: { type: 'boolean', default: true },
    dir: { type: 'string' },
    out: { type: 'string', default: 'bench-results' },
    qemu: { type: 'boolean' },
    'qemu-size': { type: 'string' }
  },
  allowNegative: true
})

function parseSize (text: string): number {
  const m = /^(\d+(?:\.\d+)?)([kmg]?)$/i.exec(text)
  if (m == null) throw new Error(`--size ${text}: use e.g. 512M or 4G`)
  return Math.round(Number(m[1]) * ({ '': 1, k: 1024, m: MiB, g: 1024 * MiB } as Record<string, number>)[m[2]!.toLowerCase()]!)
}

function which (cmd: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim() || undefined
  } catch {
    return undefined
  }
}

/** restic and borg from Debian when they are missing, so every run compares with both. */
function installPeers (): void {
  const missing = [['restic', 'restic'], ['borg', 'borgbackup']].filter(([cmd]) => which(cmd!) == null).map(([, pkg]) => pkg!)
  if (missing.length === 0) return
  const canInstall = args.install === true && process.getuid?.() === 0 && which('apt-get') != null
  if (!canInstall) {
    console.error(`\n!!! ${missing.join(', ')} not installed: the table has no comparison with ${missing.length > 1 ? 'them' : 'it'} (Debian: apt-get install ${missing.join(' ')}) !!!\n`)
    return
  }
  process.stderr.write(`installing ${missing.join(', ')} from Debian for the comparison\n`)
  try {
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
  } catch {
    execFileSync('apt-get', ['update'], { stdio: ['ignore', 'ignore', 'inherit'] })
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
  }
}

/** Runs a command, returning wall seconds and the CPU seconds of it and its children. */
async function timed (cmd: string, argv: string[], env: NodeJS.ProcessEnv = {}): Promise<{ seconds: number, cpu: number }> {
  const started = process.hrtime.bigint()
  // `times` (a POSIX shell builtin) prints the shell's and then its children's user and system time
  const script = '"$@" >/dev/null 2>/tmp/meshbackup-bench-err; rc=$?; times; exit $rc'
  return await new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', script, 'sh', cmd, ...argv], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (d) => { out += d })
    child.on('error', reject)
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9
      if (code !== 0) return reject(new Error(`${cmd} ${argv.join(' ')} exited ${code}; see /tmp/meshbackup-bench-err`))
      const children = out.trim().split('\n').pop() ?? ''
      const [user, system] = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]))
      resolve({ seconds, cpu: (user ?? NaN) + (system ?? NaN) })
    })
  })
}

interface Figure { tool: string, step: string, seconds: number, mbps: number, cpu: Record<string, number>, rssMiB: Record<string, number>, extra?: Record<string, number> }

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length === 0 ? NaN : s.length % 2 === 1 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}

/** Runs the CLI against `home`, returning its stdout and the CPU seconds it spent (through the shell's `times`). */
async function cliWithCpu (home: string, argv: string[]): Promise<{ stdout: string, cpu: number }> {
  const script = '"$@"; rc=$?; times >&3; exit $rc'
  return await new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', script, 'sh', process.execPath, CLI, '--home', home, ...argv], { stdio: ['ignore', 'pipe', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    let times = ''
    child.stdout!.on('data', (d) => { stdout += d })
    child.stderr!.on('data', (d) => { stderr += d })
    ;(child.stdio[3] as NodeJS.ReadableStream).on('data', (d) => { times += d })
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`meshbackup ${argv.join(' ')} exited ${code}: ${stderr.trim()}`))
      const children = times.trim().split('\n').pop() ?? ''
      const [user, system] = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]))
      resolve({ stdout, cpu: (user ?? NaN) + (system ?? NaN) })
    })
  })
}

/** Measures every daemon of the cluster around `work`. */
async function measureDaemons<T> (cluster: Cluster, work: () => Promise<T>): ReturnType<typeof measureProcesses<T>> {
  return await measureProcesses(Object.fromEntries([...cluster.nodes.entries()].map(([name, n]) => [name, n.process!.pid!])), work)
}

async function run (round: number, total: number, base: string): Promise<Figure[]> {
  const dir = join(base, `run${round}`)
  const hostDir = join(dir, 'host')
  const disksPerVm = 2
  const diskSize = Math.floor(total / 4 / MiB) * MiB
  const vms = ['vm1', 'vm2'].map((name) => ({ name, disks: Array.from({ length: disksPerVm }, (_, i) => ({ name: `disk${i}`, size: diskSize })) }))
  const corpusStarted = Date.now()
  await writeFileHost(hostDir, { vms, seed: 4242 + round })
  process.stderr.write(`run ${round}: corpus of ${(4 * diskSize / MiB).toFixed(0)} MiB written in ${((Date.now() - corpusStarted) / 1000).toFixed(1)} s\n`)
  const bytes = 4 * diskSize
  const figures: Figure[] = []
  const cluster = await startCluster({
    dir: join(dir, 'mesh'),
    nodes: [
      { name: 'a', roles: ['manager', 'scheduler'] },
      { name: 'b', roles: ['proxy'] },
      { name: 'c', roles: ['repository'], repositoryName: 'bench' }
    ]
  })
  const restic = which('restic')
  const borg = which('borg')
  const resticRepo = join(dir, 'restic-repo')
  const borgRepo = join(dir, 'borg-repo')
  const resticEnv = { RESTIC_PASSWORD: 'bench', RESTIC_REPOSITORY: resticRepo, RESTIC_CACHE_DIR: join(dir, 'restic-cache') }
  const borgEnv = { BORG_PASSPHRASE: '', BORG_REPO: borgRepo, BORG_UNKNOWN_UNENCRYPTED_REPO_ACCESS_IS_OK: 'yes', BORG_BASE_DIR: join(dir, 'borg-home') }
  try {
    await cluster.addFileHost('a', 'lab', hostDir)
    await cluster.cli('a', ['job', 'add', 'bench', '--host', 'lab', '--repository', 'bench'])
    if (restic != null) await timed(restic, ['init'], resticEnv)
    if (borg != null) await timed(borg, ['init', '-e', 'none'], borgEnv)

    const meshBackup = async (step: string): Promise<void> => {
      // the CLI that waits for the session is part of the cost a user pays
      const m = await measureDaemons(cluster, async () => await cliWithCpu(cluster.node('a').home, ['--json', 'job', 'run', 'bench', '--wait']))
      m.cpu.cli = m.result.cpu
      const s = JSON.parse(m.result.stdout)
      if (s.state === 'failed') throw new Error(`${step} failed:\n${s.log.join('\n')}`)
      const sum = (f: string): number => s.tasks.reduce((n: number, t: any) => n + (t.stats?.[f] ?? 0), 0)
      const sessionSeconds = (s.endedAtMs - s.startedAtMs) / 1000
      figures.push({ tool: 'meshbackup', step, seconds: m.seconds, mbps: bytes / m.seconds / 1e6, cpu: m.cpu, rssMiB: m.rss, extra: { sessionSeconds, bytesSent: sum('bytesSent'), bytesStored: sum('bytesStored'), blocksSent: sum('blocksSent') } })
    }
    const peers = async (step: string): Promise<void> => {
      if (restic != null) {
        const t = await timed(restic, ['backup', '--quiet', hostDir], resticEnv)
        figures.push({ tool: 'restic', step, seconds: t.seconds, mbps: bytes / t.seconds / 1e6, cpu: { restic: t.cpu }, rssMiB: {} })
      }
      if (borg != null) {
        const t = await timed(borg, ['create', '--chunker-params', 'fixed,1048576', `::${step.replace(/\W+/g, '-')}`, hostDir], borgEnv)
        figures.push({ tool: 'borg', step, seconds: t.seconds, mbps: bytes / t.seconds / 1e6, cpu: { borg: t.cpu }, rssMiB: {} })
      }
    }
    const change = async (fraction: number, seed: number): Promise<void> => {
      for (const vm of vms) for (const d of vm.disks) await changeBlocks(join(hostDir, vm.name, `${d.name}.raw`), { fraction, blockSize: MiB, seed: seed++ })
    }

    await meshBackup('full'); await peers('full')
    await encryptedFull(vms.flatMap((vm) => vm.disks.map((d) => join(hostDir, vm.name, `${d.name}.raw`))), figures)
    await change(0.01, 100)
    await meshBackup('incremental 1%'); await peers('incremental 1%')
    await change(0.10, 200)
    await meshBackup('incremental 10%'); await peers('incremental 10%')

    const points = (await cluster.json('a', ['points', 'list', '--job', 'bench'])).slice(-2)
    const restoreDir = join(dir, 'restore')
    // a restore makes only the last folder of its target
    await mkdir(restoreDir, { recursive: true })
    // a point holds one VM: both VMs are restored side by side, as restic and borg restore every
    // file of their snapshot at once
    const m = await measureDaemons(cluster, async () => {
      await Promise.all(points.map(async (p: { id: string, vm: string }) => await cluster.cli('a', ['restore', p.id, '--vm', p.vm, '--to', join(restoreDir, p.vm)])))
    })
    figures.push({ tool: 'meshbackup', step: 'restore', seconds: m.seconds, mbps: bytes / m.seconds / 1e6, cpu: m.cpu, rssMiB: m.rss })
    await rm(restoreDir, { recursive: true, force: true })
    if (restic != null) {
      const t = await timed(restic, ['restore', 'latest', '--target', join(dir, 'restic-restore')], resticEnv)
      figures.push({ tool: 'restic', step: 'restore', seconds: t.seconds, mbps: bytes / t.seconds / 1e6, cpu: { restic: t.cpu }, rssMiB: {} })
      await rm(join(dir, 'restic-restore'), { recursive: true, force: true })
    }
    if (borg != null) {
      const target = join(dir, 'borg-restore')
      await mkdir(target, { recursive: true })
      const t = await timed('sh', ['-c', `cd ${target} && exec "$0" extract ::incremental-10-`, borg], borgEnv)
      figures.push({ tool: 'borg', step: 'restore', seconds: t.seconds, mbps: bytes / t.seconds / 1e6, cpu: { borg: t.cpu }, rssMiB: {} })
      await rm(target, { recursive: true, force: true })
    }
  } finally {
    await cluster.stop()
    await rm(dir, { recursive: true, force: true })
  }
  return figures
}

/**
 * The full backup of the corpus through the proxy's data path, plain and encrypted, in this
 * process (sim/encryption-bench.ts): one pass each, with the repository's per-block checks and
 * with a receiver that drops the blocks (the proxy's cost alone).
 */
async function encryptedFull (files: string[], figures: Figure[]): Promise<void> {
  const bytes = (await Promise.all(files.map(async (f) => await stat(f)))).reduce((n, s) => n + s.size, 0)
  for (const receiver of ['repository', 'sink'] as const) {
    const r = await runEncryptionBench({ files, runs: 1, receiver, log: (line) => process.stderr.write(`${line}\n`) })
    const suffix = receiver === 'sink' ? ', proxy alone' : ''
    figures.push({ tool: 'proxy data path', step: `full plain${suffix}`, seconds: r.plainSeconds, mbps: bytes / r.plainSeconds / 1e6, cpu: { process: r.plainCpu }, rssMiB: {} })
    figures.push({ tool: 'proxy data path', step: `full encrypted${suffix}`, seconds: r.encryptedSeconds, mbps: bytes / r.encryptedSeconds / 1e6, cpu: { process: r.encryptedCpu }, rssMiB: {} })
  }
}

/** The issue's targets, each as measured here. */
function targets (summary: Array<{ tool: string, step: string, seconds: number, cpu: Record<string, number>, rssMiB: Record<string, number>, extra?: Record<string, number> }>): string[] {
  const get = (tool: string, step: string): number | undefined => summary.find((s) => s.tool === tool && s.step === step)?.seconds
  const line = (what: string, value: number | undefined, limit: number, unit = '×'): string =>
    value === undefined || !Number.isFinite(value) ? `- ${what}: not measured` : `- ${what}: ${value.toFixed(unit === '×' ? 2 : 0)}${unit} (target ≤ ${limit}${unit}) ${value <= limit ? 'met' : 'NOT MET'}`
  const ratio = (a: number | undefined, b: number | undefined): number | undefined => a === undefined || b === undefined ? undefined : a / b
  const cbt = summary.filter((s) => s.step === 'incremental 1% CBT' && s.extra?.sessionSeconds != null).map((s) => s.extra!.sessionSeconds!)
  const rss = Math.max(...summary.filter((s) => s.tool === 'meshbackup').flatMap((s) => Object.values(s.rssMiB)))
  const path = (step: string): { seconds: number, cpu: number } | undefined => {
    const s = summary.find((f) => f.tool === 'proxy data path' && f.step === step)
    return s === undefined ? undefined : { seconds: s.seconds, cpu: s.cpu.process ?? NaN }
  }
  const encrypted = (suffix: string): string[] => [
    line(`encrypted ÷ plain full backup, wall, proxy data path${suffix}`, ratio(path(`full encrypted${suffix}`)?.seconds, path(`full plain${suffix}`)?.seconds), 1.1),
    line(`encrypted ÷ plain full backup, CPU, proxy data path${suffix}`, ratio(path(`full encrypted${suffix}`)?.cpu, path(`full plain${suffix}`)?.cpu), 1.1)
  ]
  const cpuOf = (tool: string, step: string): number | undefined => {
    const s = summary.find((f) => f.tool === tool && f.step === step)
    return s === undefined ? undefined : Object.values(s.cpu).reduce((a, b) => a + b, 0)
  }
  return [
    'Targets (issue 21):',
    line('full backup ÷ borg, wall', ratio(get('meshbackup', 'full'), get('borg', 'full')), 0.66),
    line('full backup ÷ borg, CPU of all daemons and the CLI', ratio(cpuOf('meshbackup', 'full'), cpuOf('borg', 'full')), 1.2),
    line('CBT incremental 1%, best mode, session ÷ borg incremental 1%', ratio(cbt.length > 0 ? Math.min(...cbt) : undefined, get('borg', 'incremental 1%')), 0.1),
    line('incremental 1% without CBT ÷ borg', ratio(get('meshbackup', 'incremental 1%'), get('borg', 'incremental 1%')), 1.0),
    line('restore ÷ restic', ratio(get('meshbackup', 'restore'), get('restic', 'restore')), 0.35),
    line('peak RSS of any daemon, every step (two VMs restored at once included)', rss, 300, ' MiB'),
    line('a CLI command against the local daemon (status, points list; slower median wall)', cliTargetMs(summary), 200, ' ms'),
    // the transports reading through QEMU's NBD server, against reading the image itself
    ...(['hotadd', 'nbd'] as const).map((mode) => line(`qemu ${mode} ÷ direct full backup, wall`, ratio(get(`meshbackup (qemu ${mode})`, 'full'), get('meshbackup (qemu direct)', 'full')), 1.3)),
    ...encrypted(''),
    ...encrypted(', proxy alone')
  ]
}

function version (cmd: string | undefined, flag: string): string | undefined {
  if (cmd == null) return undefined
  try { return execFileSync(cmd, [flag], { encoding: 'utf8' }).trim().split('\n')[0] } catch { return undefined }
}

/** The share of the machine's CPU time spent busy over the next `ms`. */
async function cpuBusy (ms: number): Promise<number> {
  const total = (): { busy: number, all: number } => {
    let busy = 0
    let all = 0
    for (const { times } of cpus()) {
      const sum = times.user + times.nice + times.sys + times.irq + times.idle
      all += sum
      busy += sum - times.idle
    }
    return { busy, all }
  }
  const before = total()
  await new Promise((resolve) => setTimeout(resolve, ms))
  const after = total()
  return after.all > before.all ? (after.busy - before.busy) / (after.all - before.all) : 0
}

async function main (): Promise<void> {
  const total = parseSize(args.size!)
  const runs = Math.max(1, Number(args.runs))
  // several data movers share the machine's cores with whatever else runs: a loaded machine
  // skews every figure, ours (three daemons) more than a single-process peer's. The load average
  // decays over minutes; what the cores do in the second before is the fairer sign.
  const busyAtStart = await cpuBusy(1000)
  const loadAtStart = loadavg()[0]!
  installPeers()
  // the CBT figure is held against borg's incremental of the corpus: same size by default
  const qemuSize = parseSize(args['qemu-size'] ?? args.size!)
  const qemuMissing = missingTools(QEMU_TOOLS)
  if (args.qemu === true && qemuMissing.length > 0) throw new Error(`--qemu: ${qemuMissing.join(', ')} not on PATH (Debian: apt-get install qemu-utils qemu-system-x86)`)
  const qemu = args.qemu ?? qemuMissing.length === 0
  const nbdMissing = missingTools(NBD_BENCH_TOOLS)
  let qemuSkipped: string | undefined
  if (!qemu) {
    qemuSkipped = args.qemu === false ? 'skipped (--no-qemu)' : `SKIPPED: ${qemuMissing.join(', ')} not on PATH (Debian: qemu-utils qemu-system-x86)`
    console.error(`\n!!! QEMU section ${qemuSkipped} !!!\n`)
  }
  const base = args.dir ?? await mkdtemp(join(tmpdir(), 'meshbackup-bench-'))
  const all: Figure[][] = []
  let nbd: Awaited<ReturnType<typeof runNbdBench>> | undefined
  let nbdSkipped: string | undefined
  try {
    for (let r = 1; r <= runs; r++) {
      const figures = await run(r, total, base)
      if (qemu) figures.push(...await runQemuSection({ dir: join(base, `run${r}-qemu`), size: qemuSize, seed: 4242 + r }))
      all.push(figures)
    }
    if (qemu && nbdMissing.length === 0) {
      nbd = await runNbdBench({ dir: join(base, 'nbd'), size: args['qemu-size'] ?? args.size!, runs })
    } else if (qemu) {
      nbdSkipped = `SKIPPED: ${nbdMissing.join(', ')} not on PATH (Debian: qemu-utils libnbd-bin)`
      console.error(`\n!!! NbdClient vs nbdcopy ${nbdSkipped} !!!\n`)
    }
  } finally {
    if (args.dir == null) await rm(base, { recursive: true, force: true })
  }
  const keys = [...new Set(all[0]!.map((f) => `${f.tool}|${f.step}`))]
  const summary = keys.map((key) => {
    const [tool, step] = key.split('|') as [string, string]
    const samples = all.map((figs) => figs.find((f) => f.tool === tool && f.step === step)!).filter(Boolean)
    const names = Object.keys(samples[0]!.cpu)
    return {
      tool, step,
      seconds: median(samples.map((s) => s.seconds)),
      mbps: median(samples.map((s) => s.mbps)),
      cpu: Object.fromEntries(names.map((n) => [n, median(samples.map((s) => s.cpu[n]!))])),
      rssMiB: Object.fromEntries(Object.keys(samples[0]!.rssMiB).map((n) => [n, Math.max(...samples.map((s) => s.rssMiB[n]!))])),
      extra: samples[0]!.extra == null ? undefined : Object.fromEntries(Object.keys(samples[0]!.extra).map((k) => [k, median(samples.map((s) => s.extra![k]!))])),
      runs: samples.length
    }
  })
  // nbd-bench reports its own medians over `runs`
  for (const f of nbd?.figures ?? []) summary.push({ ...f, extra: f.extra, runs })
  // `status` and `points list` against a local daemon, over its admin socket and over libp2p (sim/cli-bench.ts)
  summary.push(...(await runCliBench({ runs: 10, log: (line) => process.stderr.write(`${line}\n`) })).map((f) => ({ ...f, extra: undefined })))
  const machine = { hostname: hostname(), cpu: cpus()[0]?.model, cores: cpus().length, memoryGiB: Math.round(totalmem() / 1024 ** 3), node: process.version, busyAtStart, loadAtStart, loadAtEnd: loadavg()[0]! }
  const peers = { restic: version(which('restic'), 'version'), borg: version(which('borg'), '--version') }
  const ratio = (tool: string, step: string): string => {
    const ours = summary.find((s) => s.tool === 'meshbackup' && s.step === step)
    const theirs = summary.find((s) => s.tool === tool && s.step === step)
    return ours != null && theirs != null ? `${(ours.seconds / theirs.seconds).toFixed(2)}×` : '-'
  }
  const qemuVersion = qemu ? version('qemu-img', '--version') : undefined
  const lines = [
    `# meshbackup bench — ${(total / MiB / 1024).toFixed(2)} GiB corpus, median of ${runs} run(s)`,
    '',
    `machine: ${machine.hostname}, ${machine.cores} × ${machine.cpu}, ${machine.memoryGiB} GiB, Node ${machine.node}; restic: ${peers.restic ?? 'not installed'}; borg: ${peers.borg ?? 'not installed'}`,
    `before the bench: cores ${(busyAtStart * 100).toFixed(0)}% busy over a second, load average ${loadAtStart.toFixed(2)}; after: load average ${machine.loadAtEnd.toFixed(2)}${busyAtStart > 0.1 ? ' — the machine was busy when the bench began, so the figures are unreliable' : ''}`,
    '',
    qemu
      ? `QEMU: ${qemuVersion ?? '?'}; one ${(qemuSize / MiB).toFixed(0)} MiB qcow2 disk in qemu-storage-daemon per mode, job pinned with --mode; wall s = the CLI's whole \`job run --wait\` process (session = the manager's endedAt − startedAt in notes); MB/s = disk size / wall s; NBD read rows from sim/nbd-bench.ts${nbdSkipped != null ? ` (${nbdSkipped})` : ''}`
      : `QEMU section ${qemuSkipped}`,
    '',
    '| tool | step | wall s | MB/s | CPU s (per process) | peak RSS MiB | vs restic | vs borg | notes |',
    '|---|---|---:|---:|---|---|---:|---:|---|',
    ...summary.map((s) => `| ${s.tool} | ${s.step} | ${s.seconds.toFixed(2)} | ${s.mbps.toFixed(0)} | ${Object.entries(s.cpu).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')} | ${Object.entries(s.rssMiB).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ') || '-'} | ${s.tool === 'meshbackup' ? ratio('restic', s.step) : ''} | ${s.tool === 'meshbackup' ? ratio('borg', s.step) : ''} | ${qemuNote(s.extra)} |`)
  ]
  lines.push('', ...targets(summary), '')
  // a repository in a bucket of a real Ceph gateway on this machine, against a folder (sim/s3-bench.ts)
  let s3: S3BenchRow[] | string
  try {
    s3 = await runS3Bench({ size: 512 * MiB })
    lines.push('## Repository in an S3 bucket (Ceph RGW on 127.0.0.1, 512 MiB image, 1 MiB blocks)', '', s3BenchTable(s3), '')
  } catch (err) {
    s3 = `skipped: ${(err as Error).message.split('\n')[0]}`
    lines.push(`S3 section ${s3}`, '')
  }
  // a copy run between two repositories through the WAN relay (sim/wan-copy-bench.ts)
  let wan: WanCopyResult | string
  try {
    wan = await runWanCopy({ size: 512 * MiB, rttMs: 150, rateBps: 125e6 })
    lines.push(`## Copy job over a WAN: ${wanCopyHeading(wan)}`, '', wanCopyTable([wan]), '')
  } catch (err) {
    wan = `skipped: ${(err as Error).message.split('\n')[0]}`
    lines.push(`WAN copy section ${wan}`, '')
  }
  // skipping free space, swap and excluded files on a guest disk with deleted data (sim/skip-bench.ts)
  let skip: SkipBenchResult | string
  try {
    skip = await runSkipBench()
    lines.push(`## Skipping free space, swap and excluded files (${(skip.diskBytes / MiB).toFixed(0)} MiB guest disk: 1 GiB ext4 with 512 MiB deleted, swap file and partition, 64 MiB excluded)`, '', skipBenchTable(skip), '')
  } catch (err) {
    skip = `skipped: ${(err as Error).message.split('\n')[0]}`
    lines.push(`Skipping section ${skip}`, '')
  }
  // instant recovery: migration against a full restore of the same point (sim/recovery-bench.ts)
  let recovery: RecoveryBenchResult | string
  try {
    recovery = await runRecoveryBench({ size: 1024 * MiB })
    lines.push('## Instant recovery: migration against a full restore (1 GiB disk, 512 MiB of random data)', '', recoveryBenchTable(recovery), '', recoveryBenchTarget(recovery), '')
  } catch (err) {
    recovery = `skipped: ${(err as Error).message.split('\n')[0]}`
    lines.push(`Instant recovery section ${recovery}`, '')
  }
  console.log(lines.join('\n'))
  await mkdir(args.out!, { recursive: true })
  const file = join(args.out!, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
  const qemuJson = qemu ? { version: qemuVersion, size: qemuSize, nbdBench: nbd?.json ?? nbdSkipped } : qemuSkipped
  await writeFile(file, JSON.stringify({ machine, peers, size: total, runs, qemu: qemuJson, s3, wanCopy: wan, skip, recovery, summary, samples: all }, null, 2))
  console.log(`\nJSON: ${file}`)
}

await main()
