/**
 * @packageDocumentation
 * The QEMU section of `npm run bench`: a qcow2 disk filled like the bench corpus (about half
 * never written, a quarter text, a quarter random), held by qemu-storage-daemon (QSD), backed up
 * by the three-daemon mesh once per transport mode, each job pinned with `--mode`:
 *
 * - direct: the proxy reads the read-only base image; CBT comes from the QSD's NBD server (unix);
 * - hotadd: NBD over the QSD's unix socket;
 * - nbd: NBD over TCP 127.0.0.1.
 *
 * Per mode: a full backup, then 1% of the 1 MiB blocks rewritten by the "guest" (qemu-io through
 * the QSD's writable NBD export `guest-disk0`), then a CBT incremental that must say
 * changeDetection 'cbt' and skip every unchanged block, or the section fails. Each mode has its
 * own QSD on its own copy of the image and its own fresh mesh, so that no mode inherits another's
 * bitmaps (a disk keeps one meshbackup bitmap) or finds its blocks already in the repository.
 * Wall time is the CLI's whole process (`job run --wait`, which polls twice a second); the session
 * time the manager records is kept beside it.
 *
 * `runNbdBench` runs sim/nbd-bench.ts (NbdClient against nbdcopy) and returns its rows.
 *
 * @example
 * ```ts
 * if (missingQemuTools().length === 0) {
 *   const rows = await runQemuSection({ dir: '/tmp/qemu-bench', size: 1 << 30 })
 *   const nbd = await runNbdBench({ dir: '/tmp/nbd-bench', size: '256M', runs: 1 })
 * }
 * ```
 *
 * Run alone, it measures the QEMU section only, e.g. the CBT session of one mode three times:
 *
 *   node sim/bench-qemu.ts --size 1024 --modes hotadd,direct --incrementals 3 [--session-log]
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { accessSync, constants as fsConstants, openSync, closeSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { delimiter, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { QmpClient } from '../node/hosts/qemu/qmp.ts'
import { freePort, startCluster, waitUntil, type Cluster } from './cluster.ts'
import { writeFileHost } from './corpus.ts'
import { measureProcesses } from './measure.ts'
import { parseArgs } from 'node:util'
import { CodedError } from '../node/core/errors.ts'

const MiB = 1024 * 1024
const BLOCK = MiB
const DISK_NODE = 'disk0'
const CHANGE_FRACTION = 0.01

export const MODES = ['direct', 'hotadd', 'nbd'] as const
export type QemuMode = typeof MODES[number]

/** One row of the bench table (the shape sim/bench.ts uses). */
export interface BenchFigure {
  tool: string
  step: string
  seconds: number
  /** MB/s (10^6 bytes) of the whole disk or export over `seconds` */
  mbps: number
  /** CPU seconds per process */
  cpu: Record<string, number>
  /** peak RSS in MiB per process */
  rssMiB: Record<string, number>
  extra?: Record<string, number>
}

export interface QemuSectionInit {
  /** a folder for images, sockets and meshes; created, and removed when the section ends */
  dir: string
  /** virtual size of the disk, bytes (a multiple of 1 MiB) */
  size: number
  /** corpus and changed-block seed (default 4242) */
  seed?: number
  /** transport modes to measure (default all three) */
  modes?: readonly QemuMode[]
  /** progress lines (default stderr) */
  log?: (line: string) => void
  /** CBT incrementals per mode after the full, each after the guest's writes (default 1) */
  incrementals?: number
  /** each session's log lines go to `log` too (where its time goes) */
  sessionLog?: boolean
}

/** The programs the section needs, and which of them are not on PATH. */
export const QEMU_TOOLS = ['qemu-storage-daemon', 'qemu-img', 'qemu-io'] as const
export const NBD_BENCH_TOOLS = ['qemu-img', 'qemu-nbd', 'nbdcopy'] as const

export function missingTools (tools: readonly string[]): string[] {
  return tools.filter((tool) => !(process.env.PATH ?? '').split(delimiter).some((dir) => {
    if (dir === '') return false
    try {
      accessSync(join(dir, tool), fsConstants.X_OK)
      return true
    } catch {
      return false
    }
  }))
}

/** A failed check or step of the section, naming the mode and step. */
export class QemuBenchError extends CodedError {}

async function run (cmd: string, args: string[], timeoutMs = 600_000): Promise<string> {
  return await new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: timeoutMs, maxBuffer: 64 * MiB, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (err !== null) reject(new QemuBenchError('ERR_TOOL_FAILED', `${cmd} ${args.join(' ')} failed: ${stderr.trim() || err.message}`, { cause: err }))
      else resolve(stdout)
    })
  })
}

// pids of QSDs started here and not yet seen exit: killed if the bench process exits first
const alive = new Set<number>()
process.once('exit', () => {
  for (const pid of alive) {
    try { process.kill(pid, 'SIGKILL') } catch {}
  }
})

type NbdListen = { type: 'unix', path: string } | { type: 'tcp', port: number }

/** One qemu-storage-daemon holding one qcow2 disk, with a writable `guest-disk0` NBD export for the guest's writes. */
class StorageDaemon {
  readonly name: string
  readonly pid: number
  /** QMP address for the host connector */
  readonly qmp: string
  /** the NBD server's address for `host add --nbd` */
  readonly nbd: string
  /** the guest's writable export, as a qemu-io URI */
  readonly guestUri: string
  readonly log: string
  readonly #exited: Promise<void>

  private constructor (name: string, child: ChildProcess, qmp: string, nbd: string, guestUri: string, log: string) {
    this.name = name
    this.pid = child.pid!
    this.qmp = qmp
    this.nbd = nbd
    this.guestUri = guestUri
    this.log = log
    alive.add(this.pid)
    this.#exited = new Promise((resolve) => {
      child.once('exit', () => { alive.delete(this.pid); resolve() })
      child.once('error', () => { alive.delete(this.pid); resolve() })
    })
  }

  get running (): boolean {
    return alive.has(this.pid)
  }

  static async start (name: string, dir: string, image: string, listen: NbdListen): Promise<StorageDaemon> {
    const qmpPath = join(dir, `${name}.qmp`)
    const log = join(dir, `${name}.log`)
    const server = listen.type === 'unix'
      ? `addr.type=unix,addr.path=${listen.path}`
      : `addr.type=inet,addr.host=127.0.0.1,addr.port=${listen.port}`
    const argv = [
      '--chardev', `socket,id=qmp0,path=${qmpPath},server=on,wait=off`,
      '--monitor', 'chardev=qmp0',
      '--blockdev', `driver=file,node-name=${DISK_NODE}-file,filename=${image}`,
      '--blockdev', `driver=qcow2,node-name=${DISK_NODE},file=${DISK_NODE}-file`,
      '--nbd-server', server,
      '--export', `type=nbd,id=guest-${DISK_NODE},node-name=${DISK_NODE},name=guest-${DISK_NODE},writable=on`]
    const fd = openSync(log, 'a')
    const child = spawn('qemu-storage-daemon', argv, { stdio: ['ignore', fd, fd] })
    closeSync(fd)
    if (child.pid === undefined) {
      const err = await new Promise<Error>((resolve) => child.once('error', resolve))
      throw new QemuBenchError('ERR_QSD_START', `qemu-storage-daemon ${name} did not start: ${err.message}`)
    }
    const qsd = new StorageDaemon(name, child, `unix:${qmpPath}`,
      listen.type === 'unix' ? `unix:${listen.path}` : `tcp:127.0.0.1:${listen.port}`,
      listen.type === 'unix' ? `nbd+unix:///guest-${DISK_NODE}?socket=${listen.path}` : `nbd://127.0.0.1:${listen.port}/guest-${DISK_NODE}`,
      log)
    try {
      await waitUntil(`qemu-storage-daemon ${name} to answer on QMP`, async () => {
        if (!qsd.running) throw new QemuBenchError('ERR_QSD_START', `qemu-storage-daemon ${name} exited during start: ${await readFile(log, 'utf8').catch(() => '')}`)
        const q = await QmpClient.connect(qsd.qmp, { connectTimeoutMs: 2000 })
        await q.close()
        return true
      }, 15_000, 50)
    } catch (err) {
      await qsd.stop()
      throw err
    }
    return qsd
  }

  /** The guest writes whole blocks; each `source` file holds exactly one block of new content. */
  async write (writes: { offset: number, source: string }[]): Promise<void> {
    for (let i = 0; i < writes.length; i += 100) {
      const cmds = writes.slice(i, i + 100).flatMap((w) => ['-c', `write -s ${w.source} ${w.offset} ${BLOCK}`])
      const out = await run('qemu-io', ['-f', 'raw', ...cmds, this.guestUri])
      if (/error|failed/i.test(out)) throw new QemuBenchError('ERR_GUEST_WRITE', `guest write through ${this.guestUri} failed: ${out.trim()}`)
    }
  }

  /** SIGTERM by pid (QSD then flushes its persistent bitmaps), SIGKILL after 10 s. */
  async stop (): Promise<void> {
    if (!this.running) return
    try { process.kill(this.pid, 'SIGTERM') } catch {}
    const timer = setTimeout(() => { try { process.kill(this.pid, 'SIGKILL') } catch {} }, 10_000)
    await this.#exited
    clearTimeout(timer)
  }
}

/** The blocks the guest rewrites: `fraction` of them, distinct, chosen by hashing the seed with each index. */
function changedBlockIndexes (blocks: number, fraction: number, seed: number): number[] {
  const count = Math.min(blocks, Math.max(1, Math.round(fraction * blocks)))
  const rank = (i: number): string => createHash('sha256').update(`${seed}/qemu-change/${i}`).digest('hex')
  return Array.from({ length: blocks }, (_, i) => i)
    .map((i) => [rank(i), i] as const)
    .sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)
    .slice(0, count)
    .map(([, i]) => i)
    .sort((a, b) => a - b)
}

/** The part of the section's Markdown notes column a row's extras call for. */
export function qemuNote (extra: Record<string, number> | undefined): string {
  if (extra == null) return ''
  const notes: string[] = []
  if (extra.blocksRead != null && extra.blocksTotal != null && extra.blocksSkippedCbt != null && extra.blocksSkippedCbt > 0) {
    notes.push(`CBT: read ${extra.blocksRead} of ${extra.blocksTotal} blocks`)
  }
  if (extra.sessionSeconds != null && extra.cliSeconds != null) notes.push(`session ${extra.sessionSeconds.toFixed(2)} s, CLI ${extra.cliSeconds.toFixed(2)} s`)
  if (extra.vsNbdcopy != null) notes.push(`${extra.vsNbdcopy.toFixed(2)}× nbdcopy MB/s`)
  return notes.join('; ')
}

/** Runs the whole section: every mode's full and CBT incremental. Cleans every process and folder, also on failure. */
export async function runQemuSection (init: QemuSectionInit): Promise<BenchFigure[]> {
  const log = init.log ?? ((line: string) => process.stderr.write(`${line}\n`))
  const seed = init.seed ?? 4242
  const size = init.size
  if (!Number.isSafeInteger(size) || size <= 0 || size % BLOCK !== 0) throw new RangeError(`--qemu-size must be a positive multiple of 1 MiB, got ${size}`)
  const missing = missingTools(QEMU_TOOLS)
  if (missing.length > 0) throw new QemuBenchError('ERR_TOOL_MISSING', `the QEMU bench needs ${missing.join(', ')} on PATH (Debian: apt-get install qemu-utils qemu-system-x86)`)
  await mkdir(init.dir, { recursive: true })
  const dir = await mkdtemp(join(init.dir, 'qemu-'))
  const figures: BenchFigure[] = []
  try {
    const started = Date.now()
    await writeFileHost(join(dir, 'corpus'), { seed, vms: [{ name: 'vm', disks: [{ name: DISK_NODE, size }] }] })
    const raw = join(dir, 'corpus', 'vm', `${DISK_NODE}.raw`)
    const master = join(dir, 'master.qcow2')
    await run('qemu-img', ['convert', '-f', 'raw', '-O', 'qcow2', raw, master])
    await rm(join(dir, 'corpus'), { recursive: true, force: true })

    // the guest's new content: one 1 MiB file per changed block, text or random like the corpus (no zeros)
    const indexes = changedBlockIndexes(size / BLOCK, CHANGE_FRACTION, seed)
    await writeFileHost(join(dir, 'changes'), { seed: seed + 1, mix: { zero: 0, text: 1, random: 1 }, vms: [{ name: 'new', disks: indexes.map((i) => ({ name: `block${i}`, size: BLOCK })) }] })
    const writes = indexes.map((i) => ({ offset: i * BLOCK, source: join(dir, 'changes', 'new', `block${i}.raw`) }))
    log(`qemu: ${(size / MiB).toFixed(0)} MiB qcow2 and ${indexes.length} changed blocks made in ${((Date.now() - started) / 1000).toFixed(1)} s`)

    for (const mode of init.modes ?? MODES) figures.push(...await runMode(mode, { dir: join(dir, mode), master, size, writes, log, incrementals: init.incrementals ?? 1, sessionLog: init.sessionLog === true }))
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
  return figures
}

interface ModeInit {
  dir: string
  master: string
  size: number
  writes: { offset: number, source: string }[]
  log: (line: string) => void
  incrementals: number
  sessionLog: boolean
}

/** One mode: its own QSD on a copy of the image, its own mesh; full, guest writes, CBT incremental. */
async function runMode (mode: QemuMode, init: ModeInit): Promise<BenchFigure[]> {
  const { dir, size, writes, log } = init
  await mkdir(dir, { recursive: true })
  const image = join(dir, `${DISK_NODE}.qcow2`)
  await copyFile(init.master, image)
  const listen: NbdListen = mode === 'nbd' ? { type: 'tcp', port: await freePort() } : { type: 'unix', path: join(dir, 'qsd.nbd') }
  let qsd: StorageDaemon | undefined
  let cluster: Cluster | undefined
  const figures: BenchFigure[] = []
  const tool = `meshbackup (qemu ${mode})`
  try {
    qsd = await StorageDaemon.start('qsd', dir, image, listen)
    cluster = await startCluster({
      dir: join(dir, 'mesh'),
      nodes: [
        { name: 'a', roles: ['manager', 'scheduler'] },
        { name: 'b', roles: ['proxy'] },
        { name: 'c', roles: ['repository'], repositoryName: 'bench' }
      ]
    })
    const mesh = cluster
    await mesh.cli('a', ['host', 'add', 'qemu', '--type', 'qemu', '--qmp', qsd.qmp, '--nbd', qsd.nbd])
    await mesh.waitForHost('a', 'qemu')
    await mesh.cli('a', ['job', 'add', 'bench-qemu', '--host', 'qemu', '--repository', 'bench', '--mode', mode])
    const pids: Record<string, number> = {}
    for (const [name, node] of mesh.nodes) pids[name] = node.process!.pid!
    pids.qsd = qsd.pid

    const backup = async (step: string, expect: 'full' | 'cbt'): Promise<void> => {
      const m = await measureProcesses(pids, async () => await mesh.json('a', ['job', 'run', 'bench-qemu', '--wait']))
      const s = m.result
      const what = `${tool} ${step}`
      const logText = (s.log ?? []).join('\n')
      if (s.state !== 'success') throw new QemuBenchError('ERR_SESSION_FAILED', `${what}: session ended ${s.state}, expected success:\n${logText}`)
      const tasks: any[] = s.tasks ?? []
      if (tasks.length !== 1) throw new QemuBenchError('ERR_UNEXPECTED_TASKS', `${what}: expected one task (one disk), got ${tasks.length}:\n${logText}`)
      const task = tasks[0]
      const stats = task.stats ?? {}
      if (task.mode !== mode) throw new QemuBenchError('ERR_WRONG_MODE', `${what}: the disk was read in mode "${task.mode}", not the pinned "${mode}":\n${logText}`)
      const blocksTotal = size / BLOCK
      const blocksRead = Math.round((stats.bytesRead ?? 0) / BLOCK)
      if (expect === 'cbt') {
        if (task.changeDetection !== 'cbt') {
          throw new QemuBenchError('ERR_NOT_CBT', `!!! ${what} was NOT a CBT incremental: changeDetection "${task.changeDetection}" (expected "cbt"). Session log:\n${logText}`)
        }
        if ((stats.blocksSkippedCbt ?? 0) !== blocksTotal - writes.length || blocksRead !== writes.length) {
          throw new QemuBenchError('ERR_NOT_CBT', `!!! ${what}: CBT should read only the ${writes.length} changed blocks of ${blocksTotal}, but read ${blocksRead} and skipped ${stats.blocksSkippedCbt ?? 0}. Session log:\n${logText}`)
        }
      } else if (task.changeDetection !== 'full') {
        throw new QemuBenchError('ERR_NOT_FULL', `${what}: changeDetection "${task.changeDetection}", expected "full":\n${logText}`)
      }
      const sessionSeconds = ((s.endedAtMs ?? 0) - (s.startedAtMs ?? 0)) / 1000
      figures.push({
        tool, step, seconds: m.seconds, mbps: size / m.seconds / 1e6, cpu: m.cpu, rssMiB: m.rss,
        extra: {
          cliSeconds: m.seconds, sessionSeconds,
          bytesRead: stats.bytesRead ?? 0, bytesSent: stats.bytesSent ?? 0, bytesStored: stats.bytesStored ?? 0,
          blocksTotal, blocksRead, blocksSent: stats.blocksSent ?? 0, blocksSkippedCbt: stats.blocksSkippedCbt ?? 0
        }
      })
      log(`qemu ${mode} ${step}: CLI ${m.seconds.toFixed(2)} s, session ${sessionSeconds.toFixed(2)} s, read ${blocksRead}/${blocksTotal} blocks (${task.changeDetection})`)
      if (init.sessionLog) log(logText)
    }

    await backup('full', 'full')
    for (let i = 0; i < init.incrementals; i++) {
      // the same writes again: the same blocks dirty, so every incremental reads as much
      await qsd.write(writes)
      await backup('incremental 1% CBT', 'cbt')
    }
  } catch (err) {
    if (cluster != null) for (const n of ['a', 'b']) log(`--- ${mode}: daemon ${n} log tail\n${cluster.logTail(n, 20)}`)
    if (qsd != null) log(`--- ${mode}: qemu-storage-daemon log\n${await readFile(qsd.log, 'utf8').catch(() => '')}`)
    throw err
  } finally {
    await cluster?.stop()
    await qsd?.stop()
    await rm(dir, { recursive: true, force: true })
  }
  return figures
}

export interface NbdBenchInit {
  /** a folder for the run; removed when it ends */
  dir: string
  /** export size, e.g. '256M' */
  size: string
  runs: number
  log?: (line: string) => void
}

export interface NbdBenchResult {
  figures: BenchFigure[]
  /** the JSON sim/nbd-bench.ts wrote */
  json: any
}

const NBD_BENCH = join(dirname(fileURLToPath(import.meta.url)), 'nbd-bench.ts')

/**
 * Runs sim/nbd-bench.ts in a child process (it runs on import and exports nothing) and turns its
 * medians into rows: nbdcopy, NbdClient reading data extents, NbdClient reading every byte, per
 * transport, the NbdClient rows carrying their ratio to nbdcopy.
 */
export async function runNbdBench (init: NbdBenchInit): Promise<NbdBenchResult> {
  const log = init.log ?? ((line: string) => process.stderr.write(`${line}\n`))
  const missing = missingTools(NBD_BENCH_TOOLS)
  if (missing.length > 0) throw new QemuBenchError('ERR_TOOL_MISSING', `sim/nbd-bench.ts needs ${missing.join(', ')} on PATH (Debian: apt-get install qemu-utils libnbd-bin)`)
  await mkdir(init.dir, { recursive: true })
  const dir = await mkdtemp(join(init.dir, 'nbd-'))
  try {
    const out = join(dir, 'out')
    const argv = [NBD_BENCH, '--size', init.size, '--runs', String(init.runs), '--dir', join(dir, 'work'), '--out', out]
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'pipe'] })
      const forward = (d: Buffer): void => { for (const line of String(d).trimEnd().split('\n')) log(`nbd-bench: ${line}`) }
      child.stdout.on('data', forward)
      child.stderr.on('data', forward)
      child.once('error', reject)
      child.once('close', (code) => code === 0 ? resolve() : reject(new QemuBenchError('ERR_NBD_BENCH', `node sim/nbd-bench.ts ${argv.slice(1).join(' ')} exited ${code}`)))
    })
    const file = (await readdir(out)).find((f) => f.startsWith('nbd-') && f.endsWith('.json'))
    if (file == null) throw new QemuBenchError('ERR_NBD_BENCH', `sim/nbd-bench.ts wrote no JSON into ${out}`)
    const json = JSON.parse(await readFile(join(out, file), 'utf8'))
    const bytes: number = json.size
    const figures: BenchFigure[] = []
    for (const transport of ['unix', 'tcp'] as const) {
      const byReader = json.summary?.[transport] ?? {}
      const copy = byReader.nbdcopy
      const rows: [string, string][] = [['nbdcopy', 'nbdcopy'], ['NbdClient data extents', 'NbdClient (data extents)'], ['NbdClient every byte', 'NbdClient (every byte)']]
      for (const [reader, tool] of rows) {
        const r = byReader[reader]
        if (r == null) throw new QemuBenchError('ERR_NBD_BENCH', `sim/nbd-bench.ts JSON has no ${transport} "${reader}" figure`)
        figures.push({
          tool,
          step: `NBD read ${transport === 'unix' ? 'unix' : 'TCP'}`,
          seconds: r.seconds,
          mbps: bytes / r.seconds / 1e6,
          cpu: { 'qemu-nbd': r.serverCpu, ...(r.clientCpu != null ? { NbdClient: r.clientCpu } : {}) },
          rssMiB: {},
          extra: reader === 'nbdcopy' || copy == null ? undefined : { vsNbdcopy: r.mibps / copy.mibps }
        })
      }
    }
    return { figures, json }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '1024' },
      modes: { type: 'string', default: MODES.join(',') },
      incrementals: { type: 'string', default: '1' },
      'session-log': { type: 'boolean', default: false },
      dir: { type: 'string' }
    }
  })
  const modes = values.modes.split(',').map((m) => {
    if (!(MODES as readonly string[]).includes(m)) throw new RangeError(`--modes: "${m}" is none of ${MODES.join(', ')}`)
    return m as QemuMode
  })
  const { tmpdir } = await import('node:os')
  const figures = await runQemuSection({
    dir: values.dir ?? join(tmpdir(), 'meshbackup-bench-qemu'),
    size: Number(values.size) * MiB,
    modes,
    incrementals: Number(values.incrementals),
    sessionLog: values['session-log']
  })
  console.log('| mode | step | session s | CLI s | CPU s (all) |\n|---|---|---:|---:|---:|')
  for (const f of figures) {
    const cpu = Object.values(f.cpu).reduce((a, b) => a + b, 0)
    console.log(`| ${f.tool} | ${f.step} | ${f.extra?.sessionSeconds?.toFixed(3)} | ${f.seconds.toFixed(3)} | ${cpu.toFixed(2)} |`)
  }
}
