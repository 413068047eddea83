/**
 * @packageDocumentation
 * Restore alone, A/B: the bench's restore step (two VMs of two disks each, restored side by side
 * through the CLI, as sim/bench.ts does it) on one or more source trees, interleaved, with the
 * wall time, the CPU seconds and peak RSS of every daemon, and restic's restore of the same
 * corpus in the same run. Each tree gets its own mesh and repository, backed up once.
 *
 * ```
 * node sim/restore-bench.ts --size 1024 --pairs 3 --tree /work/main --tree .
 * node sim/restore-bench.ts --single --no-restic     # one disk, half zero, half random: one stream
 * ```
 */
import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

const MiB = 1024 * 1024

type ClusterModule = typeof import('./cluster.ts')
type MeasureModule = typeof import('./measure.ts')
type CorpusModule = typeof import('./corpus.ts')

interface Side { tree: string, cluster: Awaited<ReturnType<ClusterModule['startCluster']>>, measure: MeasureModule, points: Array<{ id: string, vm: string }> }

/** CPU seconds of each thread of `pid`, summed by thread name. */
async function threadCpu (pid: number): Promise<Map<string, number>> {
  const out = new Map<string, number>()
  for (const tid of await readdir(`/proc/${pid}/task`).catch(() => [] as string[])) {
    const stat = await readFile(`/proc/${pid}/task/${tid}/stat`, 'utf8').catch(() => '')
    if (stat === '') continue
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    out.set(`${name}#${tid}`, (Number(fields[11]) + Number(fields[12])) / 100)
  }
  return out
}

function threadDelta (before: Map<string, number>, after: Map<string, number>): string {
  const byName = new Map<string, number>()
  for (const [key, v] of after) {
    const name = key.slice(0, key.lastIndexOf('#'))
    byName.set(name, (byName.get(name) ?? 0) + v - (before.get(key) ?? 0))
  }
  return [...byName].filter(([, v]) => v >= 0.01).sort((x, y) => y[1] - x[1]).map(([n, v]) => `${n} ${v.toFixed(2)}`).join(', ')
}

/** The resident memory of a process by kind of mapping, MiB: the heap, files, and anonymous maps by size. */
async function mappings (pid: number): Promise<string> {
  const smaps = await readFile(`/proc/${pid}/smaps`, 'utf8')
  const byKind = new Map<string, number>()
  let kind = ''
  for (const line of smaps.split('\n')) {
    const head = /^([0-9a-f]+)-([0-9a-f]+) \S+ \S+ \S+ \S+\s*(.*)$/.exec(line)
    if (head !== null) {
      const size = (parseInt(head[2]!, 16) - parseInt(head[1]!, 16)) / 1024 / 1024
      const name = head[3]!
      kind = name !== '' ? (name.startsWith('/') ? 'files' : name) : size >= 64 ? 'anon ≥64M' : size >= 8 ? 'anon 8-64M' : size >= 1 ? 'anon 1-8M' : 'anon <1M'
      continue
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line)
    if (rss !== null) byKind.set(kind, (byKind.get(kind) ?? 0) + Number(rss[1]) / 1024)
  }
  return [...byKind].filter(([, v]) => v >= 1).sort((x, y) => y[1] - x[1]).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')
}

/** VmRSS and its parts (anon, file, shmem), MiB. */
async function rssOf (pid: number): Promise<string> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  const kib = (k: string): string => (Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024).toFixed(0)
  return `${kib('VmRSS')} (anon ${kib('RssAnon')}, file ${kib('RssFile')}, shmem ${kib('RssShmem')})`
}

const { values } = parseArgs({ allowNegative: true, options: { size: { type: 'string', default: '1024' }, pairs: { type: 'string', default: '3' }, tree: { type: 'string', multiple: true }, keep: { type: 'string' }, restic: { type: 'boolean', default: true }, profile: { type: 'string' }, smaps: { type: 'boolean', default: false }, single: { type: 'boolean', default: false } } })
const total = Number(values.size) * MiB
const trees = (values.tree ?? ['.']).map((t) => resolve(t))
const base = values.keep ?? await mkdtemp(join(tmpdir(), 'meshbackup-restore-bench-'))
const hostDir = join(base, 'host')
const corpus = await import(join(trees[0]!, 'sim/corpus.ts')) as CorpusModule
const diskSize = Math.floor(total / 4 / MiB) * MiB
// --single: one VM with one disk, half zero and half random (as sim/recovery-bench.ts): one stream
await corpus.writeFileHost(hostDir, values.single
  ? { seed: 4243, mix: { zero: 1, text: 0, random: 1 }, vms: [{ name: 'vm1', disks: [{ name: 'disk0', size: total }] }] }
  : { seed: 4243, vms: ['vm1', 'vm2'].map((name) => ({ name, disks: [0, 1].map((i) => ({ name: `disk${i}`, size: diskSize })) })) })
const sides: Side[] = []
try {
  for (const [k, tree] of trees.entries()) {
    const { startCluster } = await import(join(tree, 'sim/cluster.ts')) as ClusterModule
    const measure = await import(join(tree, 'sim/measure.ts')) as MeasureModule
    const cluster = await startCluster({ dir: join(base, `mesh${k}`), nodes: [
      { name: 'a', roles: ['manager', 'scheduler'] }, { name: 'b', roles: ['proxy'] }, { name: 'c', roles: ['repository'], repositoryName: 'bench' }] })
    sides.push({ tree, cluster, measure, points: [] })
    await cluster.addFileHost('a', 'lab', hostDir)
    await cluster.cli('a', ['job', 'add', 'bench', '--host', 'lab', '--repository', 'bench'])
    const s = await cluster.json('a', ['job', 'run', 'bench', '--wait'])
    if (s.state !== 'success') throw new Error(`backup on ${tree} ended ${s.state}`)
    sides.at(-1)!.points = (await cluster.json('a', ['points', 'list', '--job', 'bench'])).slice(-2)
    if (values.profile !== undefined) {
      // the restores alone in the profiles: the daemons start again under --cpu-prof
      await cluster.stop()
      const dir = join(resolve(values.profile), `tree${k}`)
      await mkdir(dir, { recursive: true })
      process.env.NODE_OPTIONS = `--cpu-prof --cpu-prof-dir=${dir}`
      for (const name of cluster.nodes.keys()) cluster.startDaemon(name)
      delete process.env.NODE_OPTIONS
      await cluster.waitForMesh()
    }
  }
  const resticEnv = { ...process.env, RESTIC_PASSWORD: 'bench', RESTIC_REPOSITORY: join(base, 'restic-repo'), RESTIC_CACHE_DIR: join(base, 'restic-cache') }
  if (values.restic) {
    spawnSync('restic', ['init'], { env: resticEnv })
    spawnSync('restic', ['backup', '--quiet', hostDir], { env: resticEnv })
  }
  const rows: string[] = []
  for (let pair = 1; pair <= Number(values.pairs); pair++) {
    for (const side of sides) {
      const restoreDir = join(base, 'restore')
      await mkdir(restoreDir, { recursive: true })
      const pids = Object.fromEntries([...side.cluster.nodes.entries()].map(([name, n]) => [name, n.process!.pid!]))
      const load = loadavg()[0]!.toFixed(2)
      const rssBefore = await Promise.all(Object.values(pids).map(async (pid) => await rssOf(pid)))
      const threadsBefore = await Promise.all(Object.values(pids).map(async (pid) => await threadCpu(pid)))
      const m = await side.measure.measureProcesses(pids, async () => {
        await Promise.all(side.points.map(async (p) => await side.cluster.cli('a', ['restore', p.id, '--vm', p.vm, '--to', join(restoreDir, p.vm)])))
      })
      await rm(restoreDir, { recursive: true, force: true })
      const threadsAfter = await Promise.all(Object.values(pids).map(async (pid) => await threadCpu(pid)))
      process.stderr.write(`threads: ${Object.keys(pids).map((n, k) => `${n}: ${threadDelta(threadsBefore[k]!, threadsAfter[k]!)}`).join('\n  ')}\n`)
      process.stderr.write(`RSS before the restore: ${Object.keys(pids).map((n, k) => `${n} ${rssBefore[k]}`).join('; ')}\n`)
      rows.push(`| ${pair} | ${side.tree} | ${m.seconds.toFixed(2)} | ${Object.entries(m.cpu).map(([n, v]) => `${n} ${v.toFixed(2)}`).join(', ')} | ${Object.entries(m.rss).map(([n, v]) => `${n} ${v.toFixed(0)}`).join(', ')} | ${load} |`)
      process.stderr.write(rows.at(-1)! + '\n')
    }
    if (values.restic) {
      const target = join(base, 'restic-restore')
      const t0 = process.hrtime.bigint()
      const r = spawnSync('sh', ['-c', 'restic restore --quiet latest --target "$1"; times', 'sh', target], { env: resticEnv, encoding: 'utf8' })
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9
      const [user, system] = [...(r.stdout.trim().split('\n').pop() ?? '').matchAll(/(\d+)m([\d.]+)s/g)].map((x) => Number(x[1]) * 60 + Number(x[2]))
      await rm(target, { recursive: true, force: true })
      rows.push(`| ${pair} | restic | ${seconds.toFixed(2)} | restic ${((user ?? 0) + (system ?? 0)).toFixed(2)} | | ${loadavg()[0]!.toFixed(2)} |`)
      process.stderr.write(rows.at(-1)! + '\n')
    }
  }
  if (values.smaps) {
    for (const side of sides) {
      for (const [name, n] of side.cluster.nodes) process.stderr.write(`${side.tree} ${name}: ${await mappings(n.process!.pid!)}\n`)
    }
  }
  console.log(['| pair | tree | wall s | CPU s | peak RSS MiB | load 1 min |', '|---|---|---:|---|---|---:|', ...rows].join('\n'))
} finally {
  await Promise.all(sides.map(async (s) => await s.cluster.stop()))
  if (values.keep === undefined) await rm(base, { recursive: true, force: true })
}
