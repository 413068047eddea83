/**
 * @packageDocumentation
 * Live mode: the same question as the simulator, asked of real daemons. Starts N `meshbackup
 * daemon` processes on 127.0.0.1 through sim/cluster.ts (one manager + scheduler, 1–2
 * repositories, the rest proxies), registers a synthetic host (node/hosts/synthetic.ts: disks
 * generated on read, no image files), runs a throttled job, SIGKILLs the proxy holding the most
 * running tasks, and measures from the session record and its log (timestamped lines) how long
 * after the kill each of its tasks was placed again. The same cluster then runs in the
 * simulator (same proxies, slots, disks, rate and kill time) so placements can be compared.
 *
 * @example
 * ```ts
 * const result = await runLive({ nodes: 6, host: '7:6x2x24M', rate: '2M', proxySlots: 2 })
 * result.killed?.replacedMs   // per task of the killed proxy: kill → placed again, ms
 * ```
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCluster, waitUntil, type Cluster, type NodeSpec } from '../cluster.ts'
import { parseSyntheticSpec } from '../../node/hosts/synthetic.ts'
import type { Scenario } from './scenario.ts'
import { simulate, type RunResult } from './simulate.ts'
import { heartbeatPeriodMs } from '../../protocols/capacity.ts'

export interface LiveInit {
  /** daemons in all (≥ 3): one manager + scheduler, `repositories`, the rest proxies */
  nodes: number
  /** repository daemons (1, or 2 from 10 nodes on) */
  repositories?: number
  /** the synthetic host's spec, <seed>:<vms>x<disks>x<size> */
  host?: string
  /** per-task throttle, as `job add --rate` takes it (so tasks last seconds) */
  rate?: string
  proxySlots?: number
  /** every daemon's capacity announcement period, ms (the daemon's default when unset) */
  announcePeriodMs?: number
  /** SIGKILL the busiest proxy once this many of its tasks run (default 1; 0: no kill) */
  killAtTasks?: number
  /** where the homes go (a temp dir, removed afterwards, by default) */
  dir?: string
  /** also run the model of this cluster (default true) */
  model?: boolean
  log?: (line: string) => void
  timeoutMs?: number
}

export interface LiveKill {
  proxy: string
  /** ms after the session started */
  atMs: number
  tasks: string[]
  /** per task of the killed proxy: kill → the manager saw the attempt fail, ms */
  detectedMs: number[]
  /** per task: kill → placed on another proxy, ms */
  replacedMs: number[]
}

export interface LiveResult {
  nodes: number
  proxies: number
  disks: number
  state: string
  makespanMs: number
  done: number
  /** tasks per proxy (short peer id), the final attempt of each */
  placements: Record<string, number>
  killed?: LiveKill
  /** resident memory of all daemons just before the kill, MiB */
  rssMiB: number
  startupMs: number
  /** per daemon, sorted: spawn → its capacity view held every daemon, ms */
  meshMs: number[]
  /** payload bytes the proxies sent per disk, mean (what the throttle meters) */
  sentPerDisk: number
  model?: RunResult
  log: string[]
}

const MB = 1e6

export async function runLive (init: LiveInit): Promise<LiveResult> {
  if (!(init.nodes >= 3)) throw new Error('live mode needs at least 3 nodes: a manager, a repository and a proxy')
  const say = init.log ?? (() => {})
  const hostSpec = init.host ?? '7:8x2x32M'
  const synthetic = parseSyntheticSpec(hostSpec, 'live')
  const repositories = init.repositories ?? (init.nodes >= 10 ? 2 : 1)
  const proxies = init.nodes - 1 - repositories
  if (proxies < 1) throw new Error(`${init.nodes} nodes leave no proxy beside the manager and ${repositories} repositories`)
  const proxySlots = init.proxySlots ?? 2
  const rate = init.rate ?? '2M'
  const own = init.dir == null
  const dir = init.dir ?? await mkdtemp(join(tmpdir(), 'meshbackup-live-'))
  const announcePeriodMs = init.announcePeriodMs
  const specs: NodeSpec[] = [{ name: 'manager', roles: ['manager', 'scheduler'], announcePeriodMs }]
  for (let i = 1; i <= repositories; i++) specs.push({ name: `repo${i}`, roles: ['repository'], repositoryName: 'main', repositorySlots: 100, announcePeriodMs })
  const width = String(proxies).length
  for (let i = 1; i <= proxies; i++) specs.push({ name: `proxy${String(i).padStart(width, '0')}`, roles: ['proxy'], proxySlots, announcePeriodMs })
  let cluster: Cluster | undefined
  const t0 = Date.now()
  try {
    say(`starting ${init.nodes} daemons in ${dir}`)
    cluster = await startCluster({ dir, nodes: specs, start: false })
    const c = cluster
    // all at once, as hosts booting together would; each node's view is complete once it holds an
    // announcement from every daemon (polled over HTTP: a CLI process per question costs more CPU
    // than 50 daemons use)
    const spawnedAt = Date.now()
    for (const spec of specs) c.startDaemon(spec.name)
    const all = [...c.nodes.values()].map((n) => n.peerId)
    const fullAt = new Map<string, number>()
    const views = new Map<string, number>()
    let said = Date.now()
    let exited: string | undefined
    await waitUntil(`every node to see all ${init.nodes} nodes`, async () => {
      await Promise.all(specs.filter((s) => !fullAt.has(s.name)).map(async (spec) => {
        const node = c.node(spec.name)
        if (node.process?.exitCode != null) exited ??= `daemon ${spec.name} exited ${node.process.exitCode}; log:\n${c.logTail(spec.name)}`
        const status = await c.api(spec.name, '/api/status').catch(() => undefined)
        const seen = new Set((status?.capacity ?? []).map((e: any) => e.announcement?.peerId))
        views.set(spec.name, all.filter((p) => seen.has(p)).length)
        if (all.every((p) => seen.has(p))) fullAt.set(spec.name, Date.now() - spawnedAt)
      }))
      if (Date.now() - said >= 10_000) {
        said = Date.now()
        const waiting = specs.filter((s) => !fullAt.has(s.name)).map((s) => `${s.name}:${views.get(s.name) ?? '-'}`)
        say(`${((Date.now() - spawnedAt) / 1000).toFixed(0)} s: ${fullAt.size}/${specs.length} views complete; still waiting (node:view size) ${waiting.slice(0, 12).join(' ')}${waiting.length > 12 ? ' …' : ''}`)
      }
      return fullAt.size === specs.length || exited != null ? true : undefined
    }, 60_000 + 5_000 * init.nodes, Math.max(1_000, 50 * init.nodes))
    if (exited != null) throw new Error(exited)
    const meshMs = [...fullAt.values()].sort((a, b) => a - b)
    const cpu = await cpuPercent(c, 10_000)
    say(`idle daemons over 10 s: ${cpu.toFixed(0)}% of one core in all (${(cpu / init.nodes).toFixed(1)}% each); resident memory ${await rss(c)} MiB in all`)
    say(`every capacity view complete: first ${(meshMs[0]! / 1000).toFixed(1)} s, median ${(meshMs[meshMs.length >> 1]! / 1000).toFixed(1)} s, last ${(meshMs[meshMs.length - 1]! / 1000).toFixed(1)} s after spawn`)
    // on a loaded machine a CLI call can time out after the daemon did the work: try again, and
    // take "already there" as done
    const idempotent = async (args: string[]): Promise<void> => {
      await waitUntil(`meshbackup ${args.join(' ')}`, async () => {
        const r = await c.cli('manager', args, { allowFailure: true })
        if (r.code === 0 || /already|exists/i.test(r.stderr)) return true
        throw new Error(r.stderr.trim())
      }, 60_000 + 3_000 * init.nodes, 2_000)
    }
    await idempotent(['host', 'add', 'live', '--type', 'synthetic', '--path', hostSpec])
    await waitUntil(`all ${proxies} proxies to reach the synthetic host`, async () => {
      const status = await c.api('manager', '/api/status')
      return (status.capacity ?? []).filter((e: any) => (e.announcement?.proxy?.hosts ?? []).some((h: any) => h.host === 'live')).length >= proxies ? true : undefined
    }, 60_000 + 1_000 * init.nodes, 1_000)
    const startupMs = Date.now() - t0
    say(`mesh up in ${(startupMs / 1000).toFixed(1)} s`)
    await idempotent(['job', 'add', 'live', '--host', 'live', '--repository', 'main', '--rate', rate])
    const run = await c.json('manager', ['job', 'run', 'live'])
    const byPeer = new Map([...c.nodes.values()].map((n) => [n.peerId, n]))
    const show = async (): Promise<any> => await c.api('manager', `/api/sessions/${encodeURIComponent(run.id)}`)

    let killed: LiveKill | undefined
    let rssMiB = 0
    const killAt = init.killAtTasks ?? 1
    if (killAt > 0) {
      const victim = await waitUntil(`a proxy running ${killAt} task(s)`, async () => {
        const s = await show()
        if (s.state !== 'running') throw new Error(`the session ended (${s.state}) before a proxy ran ${killAt} task(s)`)
        const counts = new Map<string, any[]>()
        for (const t of s.tasks ?? []) {
          if (t.state !== 'running' || !(t.blocksDone > 0) || byPeer.get(t.proxy)?.spec.roles[0] !== 'proxy') continue
          counts.set(t.proxy, [...(counts.get(t.proxy) ?? []), t])
        }
        const best = [...counts.entries()].sort((a, b) => b[1].length - a[1].length)[0]
        return best != null && best[1].length >= killAt ? { peer: best[0], tasks: best[1], startedAtMs: s.startedAtMs as number } : undefined
      }, init.timeoutMs ?? 120_000, init.nodes > 10 ? 500 : 100)
      rssMiB = await rss(c)
      const node = byPeer.get(victim.peer)!
      const at = Date.now()
      await c.stopDaemon(node.spec.name, 'SIGKILL')
      killed = { proxy: node.spec.name, atMs: at - victim.startedAtMs, tasks: victim.tasks.map((t: any) => `${t.vm}/${t.disk}`), detectedMs: [], replacedMs: [] }
      say(`killed ${node.spec.name} holding ${victim.tasks.length} running task(s) at ${(killed.atMs / 1000).toFixed(1)} s`)
      killed.detectedMs = []
      const k = killed
      // the log's lines after the kill: "attempt N failed on proxy" then "placed on proxy" again
      await waitUntil('the killed proxy\'s tasks to be placed again', async () => {
        const s = await show()
        const lines = (s.log ?? []) as string[]
        const times = (re: RegExp): number[] => k.tasks.map((key) => {
          const [vm, disk] = key.split('/')
          const hit = lines.find((l) => re.test(l) && (l.includes(`VM ${vm} disk ${disk} (`) || l.includes(`VM ${vm} disk ${disk}:`)) && Date.parse(l.slice(0, 24)) >= at)
          return hit != null ? Date.parse(hit.slice(0, 24)) - at : NaN
        })
        const placed = times(/: placed on proxy /)
        if (placed.some((x) => Number.isNaN(x))) return s.state !== 'running' ? true : undefined
        k.replacedMs = placed
        k.detectedMs = times(/: attempt \d+ failed on proxy /)
        return true
      }, init.timeoutMs ?? 120_000, init.nodes > 10 ? 500 : 100)
      say(`re-placed after ${k.replacedMs.map((x) => `${x} ms`).join(', ')}`)
    }
    const session = await waitUntil('the session to end', async () => {
      const s = await show()
      return s.state !== 'running' ? s : undefined
    }, init.timeoutMs ?? 600_000, 1_000)
    if (rssMiB === 0) rssMiB = await rss(c)
    const placements: Record<string, number> = {}
    for (const t of session.tasks ?? []) {
      const name = byPeer.get(t.proxy)?.spec.name ?? t.proxy
      placements[name] = (placements[name] ?? 0) + 1
    }
    const result: LiveResult = {
      nodes: init.nodes,
      proxies,
      disks: synthetic.vms * synthetic.disks,
      state: session.state,
      makespanMs: (session.endedAtMs ?? Date.now()) - (session.startedAtMs ?? 0),
      done: (session.tasks ?? []).filter((t: any) => t.state === 'success').length,
      placements,
      killed,
      rssMiB,
      startupMs,
      meshMs,
      sentPerDisk: mean((session.tasks ?? []).map((t: any) => Number(t.stats?.bytesSent ?? 0))),
      log: session.log ?? []
    }
    if (init.model !== false) result.model = await simulate(modelOf(result, { proxySlots, rate, repositories, hostSpec, announcePeriodMs }), 'gossip-lease')
    say(`session ${session.state} in ${(result.makespanMs / 1000).toFixed(1)} s`)
    return result
  } catch (err) {
    if (cluster != null) for (const name of ['manager', ...specs.slice(1, 3).map((s) => s.name)]) say(`--- log of ${name}\n${cluster.logTail(name, 20)}`)
    throw err
  } finally {
    await cluster?.stop()
    if (own) await rm(dir, { recursive: true, force: true })
  }
}

/** The simulator's scenario for a live cluster: its proxies, slots, disks, rate and kill. */
export function modelOf (live: Pick<LiveResult, 'proxies' | 'killed' | 'sentPerDisk'>, o: { proxySlots: number, rate: string, repositories: number, hostSpec: string, announcePeriodMs?: number }): Scenario {
  const s = parseSyntheticSpec(o.hostSpec)
  // the model's disks are at least 0.1 GiB: scale sizes and rates alike, so durations stay
  const scale = Math.max(1, Math.ceil(0.1 * 2 ** 30 / s.size))
  const rateMBps = parseRate(o.rate) * scale / MB
  // the throttle meters what is sent (zero blocks dropped, the rest compressed): that is a task's work
  const sent = live.sentPerDisk > 0 ? Math.min(1, live.sentPerDisk / s.size) : 1
  const scenario: Scenario = {
    name: 'live-model',
    seed: s.seed,
    policies: ['gossip-lease'],
    order: 'inventory',
    inventory: { hosts: 1, vmsPerHost: s.vms, disksPerVm: s.disks, diskSizeGiB: s.size * scale / 2 ** 30, changeRate: sent, fullFraction: 0 },
    infrastructure: {
      proxies: [{ count: live.proxies, prefix: 'proxy', slots: o.proxySlots, throughputMBps: rateMBps * o.proxySlots * 100, taskMBps: rateMBps, reach: 'all' }],
      repositories: [{ count: o.repositories, prefix: 'repo', name: 'main', slots: 100, throughputMBps: 10_000, freeGiB: 1000 }]
    },
    gossip: { periodMs: o.announcePeriodMs ?? heartbeatPeriodMs(live.proxies + o.repositories + 1), delayMs: { dist: 'uniform', min: 1, max: 20 }, loss: 0 }
  }
  if (live.killed != null) scenario.failures = [{ at: live.killed.atMs / 1000, killRandom: { role: 'proxy', count: 1 } }]
  return scenario
}

function mean (xs: number[]): number {
  return xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : 0
}

function parseRate (rate: string): number {
  const m = /^(\d+(?:\.\d+)?)([KMG]?)$/i.exec(rate.trim())
  if (m == null) throw new Error(`rate "${rate}" is not a size like 2M`)
  return Number(m[1]) * ({ '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[(m[2] ?? '').toUpperCase()] ?? 1)
}

// resident memory of the daemons (Linux /proc), MiB
async function rss (cluster: Cluster): Promise<number> {
  let kib = 0
  for (const node of cluster.nodes.values()) {
    const pid = node.process?.pid
    if (pid == null || node.process?.exitCode != null) continue
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '')
    kib += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
  }
  return Math.round(kib / 1024)
}

// CPU the daemons used over `ms` (Linux /proc, clock ticks of 10 ms), % of one core
async function cpuPercent (cluster: Cluster, ms: number): Promise<number> {
  const ticks = async (): Promise<number> => {
    let sum = 0
    for (const node of cluster.nodes.values()) {
      const pid = node.process?.pid
      if (pid == null || node.process?.exitCode != null) continue
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      sum += Number(fields[11] ?? 0) + Number(fields[12] ?? 0)
    }
    return sum
  }
  const before = await ticks()
  const at = Date.now()
  await new Promise((resolve) => setTimeout(resolve, ms))
  return (await ticks() - before) * 10 / (Date.now() - at) * 100
}
