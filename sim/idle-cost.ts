/**
 * @packageDocumentation
 * What an idle mesh costs: starts the spine (a manager+scheduler, b proxy, c repository) with a
 * file host registered, waits until it has settled, then samples each daemon's utime+stime from
 * /proc/<pid>/stat and prints the share of one core each used. A hundred daemons on one machine
 * must stay possible, so an idle daemon has to cost next to nothing.
 *
 * @example
 * ```sh
 * node sim/idle-cost.ts --seconds 60
 * node sim/idle-cost.ts --seconds 30 --cpu-prof /tmp/prof   # a .cpuprofile per daemon
 * node sim/idle-cost.ts --seconds 30 --count-timers /tmp/census   # timer fires per second, per daemon
 * ```
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { SPINE, startCluster, waitUntil, type Cluster } from './cluster.ts'
import { writeFileHost } from './corpus.ts'
import { cpuSeconds } from './measure.ts'

export interface IdleCost {
  seconds: number
  /** daemon name → % of one core over the sample */
  percent: Record<string, number>
}

/** Starts the spine with a file host in `dir` (left running: the caller stops it). */
export async function startIdleSpine (dir: string): Promise<Cluster> {
  const hostDir = join(dir, 'host')
  await writeFileHost(hostDir, { seed: 1, mix: { zero: 1, text: 1, random: 1 }, vms: [{ name: 'idle01', disks: [{ name: 'disk0', size: 1024 * 1024 }] }] })
  const cluster = await startCluster({ dir: join(dir, 'mesh'), nodes: SPINE })
  try {
    await cluster.addFileHost('a', 'lab', hostDir)
  } catch (err) {
    await cluster.stop()
    throw err
  }
  return cluster
}

function pids (cluster: Cluster): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [name, node] of cluster.nodes) {
    const pid = node.process?.pid
    if (pid == null || node.process?.exitCode != null) throw new Error(`daemon ${name} is not running; log:\n${cluster.logTail(name)}`)
    out[name] = pid
  }
  return out
}

/** CPU share (% of one core) of each daemon over `seconds`. */
export async function sampleCpu (cluster: Cluster, seconds: number): Promise<IdleCost> {
  const ids = pids(cluster)
  const before: Record<string, number> = {}
  for (const [name, pid] of Object.entries(ids)) before[name] = await cpuSeconds(pid)
  const started = process.hrtime.bigint()
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000))
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9
  const percent: Record<string, number> = {}
  for (const [name, pid] of Object.entries(ids)) percent[name] = 100 * ((await cpuSeconds(pid)) - before[name]!) / elapsed
  return { seconds: elapsed, percent }
}

/**
 * Waits until start-up is over: every daemon under `belowPercent` of a core over a 3 s window
 * (module loading, JIT and the first probes are not idle cost).
 */
export async function waitSettled (cluster: Cluster, belowPercent = 3, timeoutMs = 60_000): Promise<void> {
  await waitUntil('the mesh to settle', async () => {
    const { percent } = await sampleCpu(cluster, 3)
    return Object.values(percent).every((p) => p < belowPercent) ? true : undefined
  }, timeoutMs, 0)
}

async function main (): Promise<void> {
  const { values } = parseArgs({ options: { seconds: { type: 'string', default: '60' }, 'cpu-prof': { type: 'string' }, 'count-timers': { type: 'string' } } })
  const seconds = Number(values.seconds)
  if (!(seconds > 0)) throw new Error(`--seconds ${values.seconds}: give a positive number of seconds`)
  // the daemons inherit NODE_OPTIONS, and write a profile each when they exit
  if (values['cpu-prof'] != null) process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --cpu-prof --cpu-prof-interval=2000 --cpu-prof-dir=${values['cpu-prof']}`.trim()
  const census = values['count-timers']
  if (census != null) {
    await mkdir(census, { recursive: true })
    const preload = join(dirname(fileURLToPath(import.meta.url)), 'timer-census.ts')
    process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --import ${preload}`.trim()
    process.env.TIMER_CENSUS_DIR = census
  }
  const dir = await mkdtemp(join(tmpdir(), 'meshbackup-idle-'))
  let cluster: Cluster | undefined
  try {
    cluster = await startIdleSpine(dir)
    // the profiler's own sampling costs a few % of a core: settle on a looser bound then
    await waitSettled(cluster, values['cpu-prof'] != null ? 20 : 3)
    console.log(`sampling ${seconds} s of an idle spine…`)
    const { percent, seconds: elapsed } = await sampleCpu(cluster, seconds)
    const roles = new Map(SPINE.map((s) => [s.name, s.roles.join('+')]))
    for (const [name, p] of Object.entries(percent)) console.log(`${name} (${roles.get(name)}): ${p.toFixed(3)}% of a core`)
    const total = Object.values(percent).reduce((a, b) => a + b, 0)
    console.log(`mean: ${(total / Object.keys(percent).length).toFixed(3)}% per daemon over ${elapsed.toFixed(1)} s`)
    if (census != null) console.log(`timer fires per daemon: ${census}/timers-<pid>.txt once the daemons exit (pids ${[...cluster.nodes].map(([n, x]) => `${n} ${x.process?.pid}`).join(', ')})`)
  } finally {
    await cluster?.stop()
    await rm(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] != null && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => { console.error(err); process.exitCode = 1 })
}
