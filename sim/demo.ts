/**
 * @packageDocumentation
 * `npm start`: the whole product on one machine. Creates a sample file host (2 VMs, 3 disks of
 * zero runs, text and random data), starts three daemons — A manager + scheduler, B proxy,
 * C repository — runs a full backup, changes some blocks, runs an incremental, restores every
 * point, checks bit-identity and prints a summary. Exits 0 only if every restored disk matches.
 *
 *   npm start                       # 384 MiB of disks in a temp folder, removed afterwards
 *   npm start -- --size 2G --keep   # bigger disks; keep the folder to look around
 */
import { parseArgs } from 'node:util'
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCluster, type Cluster, SPINE } from './cluster.ts'
import { writeFileHost, changeBlocks } from './corpus.ts'

const MiB = 1024 * 1024

const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: '384M' },
    dir: { type: 'string' },
    keep: { type: 'boolean', default: false }
  }
})

function parseSize (text: string): number {
  const m = /^(\d+(?:\.\d+)?)([kmg]?)$/i.exec(text)
  if (m == null) throw new Error(`--size ${text}: use e.g. 384M or 2G`)
  return Math.round(Number(m[1]) * ({ '': 1, k: 1024, m: MiB, g: 1024 * MiB } as Record<string, number>)[m[2]!.toLowerCase()]!)
}

async function sha256 (file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk)
  return hash.digest('hex')
}

interface StepRow { step: string, seconds: number, read: number, sent: number, stored: number, raw: number, blocksSent: number, deduped: number, zero: number, unchanged: number, bytes: number }

function say (text: string): void {
  process.stdout.write(`\n== ${text}\n`)
}

async function backup (cluster: Cluster, label: string): Promise<{ row: StepRow, session: any }> {
  say(`${label}: meshbackup job run demo --wait`)
  const started = Date.now()
  const result = await cluster.cli('a', ['--json', 'job', 'run', 'demo', '--wait'], { allowFailure: true, onStderr: (s) => process.stderr.write(s) })
  const session = JSON.parse(result.stdout || '{}')
  if (session.state !== 'success') throw new Error(`${label} ended ${session.state ?? 'without a session'}:\n${(session.log ?? []).join('\n')}${result.stderr}`)
  const sum = (f: string): number => session.tasks.reduce((n: number, t: any) => n + (t.stats?.[f] ?? 0), 0)
  const seconds = ((session.endedAtMs ?? Date.now()) - (session.startedAtMs ?? started)) / 1000
  for (const line of session.log) console.log(`   ${line}`)
  return {
    session,
    row: { step: label, seconds, read: sum('bytesRead'), sent: sum('bytesSent'), stored: sum('bytesStored'), raw: sum('rawBytesSent'), blocksSent: sum('blocksSent'), deduped: sum('blocksDeduped'), zero: sum('blocksZero'), unchanged: sum('blocksUnchanged'), bytes: session.tasks.reduce((n: number, t: any) => n + (t.size ?? 0), 0) }
  }
}

function table (rows: StepRow[]): string {
  const mib = (n: number): string => (n / MiB).toFixed(1)
  const header = ['step', 'disk MiB', 'read MiB', 'sent MiB', 'stored MiB', 'zero blk', 'unchanged blk', 'sent blk', 'dedup blk', 'compression', 'reduction', 'time s', 'MB/s']
  const lines = rows.map((r) => [
    r.step, mib(r.bytes), mib(r.read), mib(r.sent), mib(r.stored), String(r.zero), String(r.unchanged), String(r.blocksSent), String(r.deduped),
    r.sent > 0 ? `${(r.raw / r.sent).toFixed(2)}x` : '-', r.stored > 0 ? `${(r.bytes / r.stored).toFixed(1)}x` : '∞',
    r.seconds.toFixed(2), (r.bytes / r.seconds / 1e6).toFixed(1)
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)))
  const fmt = (cells: string[]): string => `| ${cells.map((c, i) => c.padStart(widths[i]!)).join(' | ')} |`
  return [fmt(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(fmt)].join('\n')
}

async function main (): Promise<number> {
  const total = parseSize(args.size!)
  const dir = args.dir ?? await mkdtemp(join(tmpdir(), 'meshbackup-demo-'))
  const hostDir = join(dir, 'host')
  const disks = [
    { vm: 'web01', name: 'disk0', size: Math.round(total / 2 / MiB) * MiB },
    { vm: 'web01', name: 'disk1', size: Math.round(total / 6 / MiB) * MiB + 4096 },
    { vm: 'db01', name: 'disk0', size: Math.round(total / 3 / MiB) * MiB }
  ]
  let cluster: Cluster | undefined
  const rows: StepRow[] = []
  let allIdentical = true
  try {
    say(`sample file host in ${hostDir}: 2 VMs, 3 disks, ${(total / MiB).toFixed(0)} MiB of zero runs, text and random data`)
    await writeFileHost(hostDir, {
      seed: 2026,
      vms: [
        { name: 'web01', disks: disks.filter((d) => d.vm === 'web01').map((d) => ({ name: d.name, size: d.size })) },
        { name: 'db01', disks: disks.filter((d) => d.vm === 'db01').map((d) => ({ name: d.name, size: d.size })) }
      ]
    })
    say('three daemons on 127.0.0.1: a (manager, scheduler), b (proxy), c (repository "main")')
    cluster = await startCluster({
      dir: join(dir, 'mesh'),
      nodes: SPINE
    })
    for (const [name, node] of cluster.nodes) console.log(`   ${name}: ${node.peerId} on port ${node.port} (${node.spec.roles.join(', ')}), log ${node.log}`)
    await cluster.addFileHost('a', 'lab', hostDir)
    await cluster.cli('a', ['job', 'add', 'demo', '--host', 'lab', '--repository', 'main'])

    const original = new Map<string, string>()
    for (const d of disks) original.set(`${d.vm}/${d.name}`, await sha256(join(hostDir, d.vm, `${d.name}.raw`)))
    const full = await backup(cluster, 'full backup')
    rows.push(full.row)

    say('changing 2% of web01/disk0 and 5% of db01/disk0 in place')
    await changeBlocks(join(hostDir, 'web01', 'disk0.raw'), { fraction: 0.02, blockSize: MiB, seed: 1 })
    await changeBlocks(join(hostDir, 'db01', 'disk0.raw'), { fraction: 0.05, blockSize: MiB, seed: 2 })
    const changed = new Map<string, string>()
    for (const d of disks) changed.set(`${d.vm}/${d.name}`, await sha256(join(hostDir, d.vm, `${d.name}.raw`)))
    const incremental = await backup(cluster, 'incremental')
    rows.push(incremental.row)

    say('restoring every point and comparing with the source')
    const restoreRow: StepRow = { step: 'restore (all points)', seconds: 0, read: 0, sent: 0, stored: 0, raw: 0, blocksSent: 0, deduped: 0, zero: 0, unchanged: 0, bytes: 0 }
    const points = await cluster.json('a', ['points', 'list', '--job', 'demo'])
    // a restore makes only the last folder of its target
    await mkdir(join(dir, 'restore'), { recursive: true })
    for (const point of points) {
      const to = join(dir, 'restore', point.id)
      const started = Date.now()
      await cluster.cli('a', ['restore', point.id, '--vm', point.vm, '--to', to], { onStderr: (s) => process.stderr.write(s) })
      restoreRow.seconds += (Date.now() - started) / 1000
      const expected = full.session.points.includes(point.id) ? original : changed
      for (const disk of point.disks) {
        restoreRow.bytes += disk.size
        const same = await sha256(join(to, `${disk.name}.raw`)) === expected.get(`${point.vm}/${disk.name}`)
        allIdentical &&= same
        console.log(`   ${same ? 'identical' : 'DIFFERENT'}  ${point.vm}/${disk.name} from ${point.id}`)
      }
    }
    rows.push(restoreRow)
    const verify = await cluster.json('a', ['verify', points[points.length - 1].id])
    console.log(`   verify ${verify.pointId}: ${verify.ok ? 'ok' : 'DAMAGED'} (${verify.blocksChecked} blocks)`)
    allIdentical &&= verify.ok === true

    say('summary')
    console.log(table(rows))
    console.log(`\n${allIdentical ? 'every restored disk is bit-identical to its source' : 'SOME RESTORED DISKS DIFFER'}`)
    return allIdentical ? 0 : 1
  } catch (err: any) {
    console.error(`demo failed: ${err.message}`)
    if (cluster != null) for (const name of ['a', 'b', 'c']) console.error(`--- ${name} log\n${cluster.logTail(name, 15)}`)
    return 1
  } finally {
    await cluster?.stop()
    if (args.keep !== true) await rm(dir, { recursive: true, force: true })
    else console.log(`kept ${dir}`)
  }
}

process.exitCode = await main()
