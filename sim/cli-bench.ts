/**
 * @packageDocumentation
 * How long a CLI command against the local daemon takes: `meshbackup status` and `meshbackup
 * points list`, each run `runs` times as a child process against a running daemon, over the
 * daemon's admin socket (the CLI's way) and, side by side in the same run, over the libp2p admin
 * protocol (MESHBACKUP_ADMIN_VIA=libp2p, the way before the socket), and over the socket with an
 * empty compile cache (the first command after an install). Median wall seconds of the
 * whole process and median CPU seconds (user + system) of the CLI process, read from this
 * process's reaped-children times in /proc/self/stat. The daemon is one of a given home, or a
 * single node (manager, scheduler, repository) this module starts and stops in a temporary folder.
 *
 *   node sim/cli-bench.ts              # 10 runs of each
 *   node sim/cli-bench.ts --runs 30
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { CLI, runCli } from './cluster.ts'

/** The commands measured: what a script or an operator runs most. */
export const CLI_BENCH_COMMANDS = [['status'], ['points', 'list']] as const

export interface CliBenchFigure {
  tool: 'meshbackup CLI'
  /** e.g. "status (socket)" */
  step: string
  /** median wall seconds of the CLI process */
  seconds: number
  mbps: number
  /** median CPU seconds of the CLI process */
  cpu: { cli: number }
  rssMiB: Record<string, number>
  runs: number
}

/** CPU seconds of this process's children that have ended and been reaped (cutime + cstime). */
async function childrenCpu (): Promise<number> {
  const stat = await readFile('/proc/self/stat', 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[13]) + Number(fields[14])) / 100
}

function median (values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** One CLI run: wall seconds and the CLI's CPU seconds; throws when the command fails. */
async function timedRun (home: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<{ wall: number, cpu: number }> {
  const cpuBefore = await childrenCpu()
  const started = process.hrtime.bigint()
  const result = await runCli(home, [...args], { env })
  const wall = Number(process.hrtime.bigint() - started) / 1e9
  if (result.code !== 0) throw new Error(`meshbackup ${args.join(' ')} exited ${result.code}: ${result.stderr.trim()}`)
  return { wall, cpu: (await childrenCpu()) - cpuBefore }
}

/** A single-node daemon in `dir`, up and answering. */
async function startLocalDaemon (dir: string): Promise<{ home: string, stop: () => Promise<void> }> {
  const home = join(dir, 'home')
  const init = await runCli(home, ['init', '--roles', 'manager,scheduler,repository', '--repository-name', 'main', '--repository-path', join(dir, 'repo'), '--listen', '/ip4/127.0.0.1/tcp/0'])
  if (init.code !== 0) throw new Error(`init: ${init.stderr}`)
  const child: ChildProcess = spawn(process.execPath, [CLI, '--home', home, 'daemon'], { stdio: 'ignore', env: { ...process.env, MESHBACKUP_LOG: 'warn' } })
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()))
  const stop = async (): Promise<void> => {
    if (child.exitCode == null && child.signalCode == null) child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
    await exited
    clearTimeout(timer)
  }
  const ready = await runCli(home, ['status', '--wait', '--timeout', '60'])
  if (ready.code !== 0) {
    await stop()
    throw new Error(`the bench daemon did not come up: ${ready.stderr}`)
  }
  return { home, stop }
}

/**
 * Times `runs` runs of each command over the socket and over libp2p, alternating the two ways run
 * by run so a change in the machine's load hits both alike. `home`: a running daemon's home to
 * use; without it a daemon is started for the bench and stopped after.
 */
export async function runCliBench (options: { runs?: number, home?: string, log?: (line: string) => void } = {}): Promise<CliBenchFigure[]> {
  const runs = Math.max(1, options.runs ?? 10)
  const dir = options.home == null ? await mkdtemp(join(tmpdir(), 'meshbackup-cli-bench-')) : undefined
  const daemon = dir != null ? await startLocalDaemon(dir) : undefined
  const home = options.home ?? daemon!.home
  // the first run after an install (or after the cache was emptied): an empty compile cache of its own each time
  const caches = await mkdtemp(join(tmpdir(), 'meshbackup-cli-bench-cache-'))
  let cold = 0
  const ways = {
    socket: () => ({}),
    libp2p: () => ({ MESHBACKUP_ADMIN_VIA: 'libp2p' }),
    'socket, empty compile cache': () => ({ NODE_COMPILE_CACHE: join(caches, String(cold++)) })
  } as const
  type Way = keyof typeof ways
  try {
    const figures: CliBenchFigure[] = []
    for (const args of CLI_BENCH_COMMANDS) {
      const samples: Record<Way, Array<{ wall: number, cpu: number }>> = { socket: [], libp2p: [], 'socket, empty compile cache': [] }
      // one warm-up each: the compile cache, the page cache
      for (const env of Object.values(ways)) await timedRun(home, args, env())
      for (let r = 0; r < runs; r++) {
        for (const [way, env] of Object.entries(ways) as Array<[Way, () => NodeJS.ProcessEnv]>) samples[way].push(await timedRun(home, args, env()))
      }
      for (const way of Object.keys(ways) as Way[]) {
        const figure: CliBenchFigure = {
          tool: 'meshbackup CLI',
          step: `${args.join(' ')} (${way})`,
          seconds: median(samples[way].map((s) => s.wall)),
          mbps: 0,
          cpu: { cli: median(samples[way].map((s) => s.cpu)) },
          rssMiB: {},
          runs
        }
        options.log?.(`cli-bench: ${figure.step}: median ${figure.seconds.toFixed(3)} s wall, ${figure.cpu.cli.toFixed(2)} CPU-s over ${runs} runs`)
        figures.push(figure)
      }
    }
    return figures
  } finally {
    await daemon?.stop()
    if (dir != null) await rm(dir, { recursive: true, force: true })
    await rm(caches, { recursive: true, force: true })
  }
}

/** The target's figure: the slower command's median wall over the socket, in ms (undefined when not measured). */
export function cliTargetMs (summary: Array<{ tool: string, step: string, seconds: number }>): number | undefined {
  const rows = summary.filter((s) => s.tool === 'meshbackup CLI' && s.step.endsWith('(socket)'))
  return rows.length === 0 ? undefined : Math.max(...rows.map((s) => s.seconds)) * 1000
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' }, home: { type: 'string' } } })
  const figures = await runCliBench({ runs: Number(values.runs), home: values.home, log: (line) => process.stderr.write(`${line}\n`) })
  console.log('| command (way) | median wall s | median CLI CPU s | runs |\n|---|---:|---:|---:|')
  for (const f of figures) console.log(`| ${f.step} | ${f.seconds.toFixed(3)} | ${f.cpu.cli.toFixed(2)} | ${f.runs} |`)
  console.log(`\na CLI command against the local daemon: ${cliTargetMs(figures)!.toFixed(0)} ms (target ≤ 200 ms)`)
}
