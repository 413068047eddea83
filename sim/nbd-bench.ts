/**
 * @packageDocumentation
 * `node sim/nbd-bench.ts`: meshbackup's NBD client against libnbd's nbdcopy, reading the same
 * qcow2 export whole from qemu-nbd over a unix socket and over TCP 127.0.0.1. The image is the
 * bench corpus (about half never-written, a quarter text, a quarter random) converted to qcow2,
 * so holes come back as OFFSET_HOLE chunks. nbdcopy writes to `null:`; the client reads into
 * reused buffers and discards. Wall time includes connecting. Markdown on stdout (medians), JSON
 * in bench-results/nbd-*.json.
 *
 *   node sim/nbd-bench.ts                                   # 1 GiB, 3 runs
 *   node sim/nbd-bench.ts --size 4G --runs 5 --request 1M --in-flight 8   # default: the proxy's 128K × 32
 */
import { execFile, spawn, spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile, open } from 'node:fs/promises'
import { createServer } from 'node:net'
import { cpus, hostname, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { parseArgs, promisify } from 'node:util'
import { NbdClient } from '../node/hosts/qemu/nbd/client.ts'
import { extents } from '../node/hosts/qemu/nbd/extents.ts'
import { NBD_STATE_ZERO } from '../node/hosts/qemu/nbd/protocol.ts'
import { READ_IN_FLIGHT, READ_REQUEST_BYTES } from '../node/hosts/nbd-reader.ts'
import { writeFileHost } from './corpus.ts'

const exec = promisify(execFile)
const MiB = 1024 * 1024

const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: '1G' },
    runs: { type: 'string', default: '3' },
    // the proxy's own defaults (node/hosts/nbd-reader.ts)
    request: { type: 'string', default: `${READ_REQUEST_BYTES / 1024}K` },
    'in-flight': { type: 'string', default: String(READ_IN_FLIGHT) },
    dir: { type: 'string' },
    out: { type: 'string', default: 'bench-results' }
  }
})

function parseSize (text: string): number {
  const m = /^(\d+(?:\.\d+)?)([kmg]?)$/i.exec(text)
  if (m == null) throw new Error(`${text}: use e.g. 512M or 4G`)
  return Math.round(Number(m[1]) * ({ '': 1, k: 1024, m: MiB, g: 1024 * MiB } as Record<string, number>)[m[2]!.toLowerCase()]!)
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

/** CPU seconds (user + system) of a process, from /proc. */
async function cpuSeconds (pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) / 100
}

async function freePort (): Promise<number> {
  const server = createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  await new Promise<void>(resolve => server.close(() => resolve()))
  return port
}

interface Server { pid: number, address: string, uri: string }

/** qemu-nbd with --fork: the parent exits once the server listens; the daemon's pid is in the pid file. */
async function qemuNbd (dir: string, name: string, image: string, listen: string[], address: string, uri: string): Promise<Server> {
  const pidFile = join(dir, `${name}.pid`)
  await exec('qemu-nbd', ['--fork', `--pid-file=${pidFile}`, '-r', '-f', 'qcow2', '-x', 'disk', '-t', '-e', '16', ...listen, image])
  return { pid: Number((await readFile(pidFile, 'utf8')).trim()), address, uri }
}

async function stopServer (server: Server): Promise<void> {
  try { process.kill(server.pid, 'SIGTERM') } catch { return }
  const deadline = Date.now() + 5000
  while (Date.now() < deadline) {
    const stat = await readFile(`/proc/${server.pid}/stat`, 'utf8').catch(() => '')
    if (stat === '' || / Z /.test(stat.slice(stat.lastIndexOf(')')))) return
    await new Promise(resolve => setTimeout(resolve, 20))
  }
  process.kill(server.pid, 'SIGKILL')
}

/** One whole read; `clientCpu` only for NbdClient (this process). */
interface Sample { seconds: number, mibps: number, serverCpu: number, clientCpu?: number }

async function timeNbdcopy (server: Server, size: number, connections?: number): Promise<Sample> {
  const cpu0 = await cpuSeconds(server.pid)
  const start = performance.now()
  const argv = [...(connections === undefined ? [] : [`--connections=${connections}`]), server.uri, 'null:']
  const child = spawn('nbdcopy', argv, { stdio: ['ignore', 'ignore', 'inherit'] })
  const code = await new Promise<number | null>((resolve, reject) => { child.once('error', reject); child.once('close', resolve) })
  const seconds = (performance.now() - start) / 1000
  if (code !== 0) throw new Error(`nbdcopy ${argv.join(' ')} exited with ${code}`)
  return { seconds, mibps: size / MiB / seconds, serverCpu: await cpuSeconds(server.pid) - cpu0 }
}

/**
 * One whole read with NbdClient. `dataOnly`: like nbdcopy, ask base:allocation first and read
 * only extents that are not zero (holes need no transfer); otherwise request every byte (holes
 * then come back as OFFSET_HOLE chunks).
 */
async function timeClient (server: Server, request: number, inFlight: number, dataOnly: boolean): Promise<Sample> {
  const cpu0 = await cpuSeconds(server.pid)
  const usage0 = process.cpuUsage()
  const start = performance.now()
  const client = await NbdClient.connect(server.address, { exportName: 'disk', requestBytes: request, maxInFlight: inFlight, metaContexts: dataOnly ? ['base:allocation'] : [] })
  const size = client.size
  const ranges: [number, number][] = []
  if (dataOnly) {
    for await (const e of extents(client, 'base:allocation')) {
      if ((e.flags & NBD_STATE_ZERO) === 0) ranges.push([e.offset, e.offset + e.length])
    }
  } else {
    ranges.push([0, size])
  }
  let range = 0
  let next = ranges[0]?.[0] ?? 0
  await Promise.all(Array.from({ length: inFlight }, async () => {
    const buf = Buffer.allocUnsafe(request)
    while (range < ranges.length) {
      const [, end] = ranges[range]!
      const offset = next
      const length = Math.min(request, end - offset)
      next += length
      if (next >= end && ++range < ranges.length) next = ranges[range]![0]
      await client.read(offset, length, buf)
    }
  }))
  await client.close()
  const seconds = (performance.now() - start) / 1000
  const usage = process.cpuUsage(usage0)
  return { seconds, mibps: size / MiB / seconds, serverCpu: await cpuSeconds(server.pid) - cpu0, clientCpu: (usage.user + usage.system) / 1e6 }
}

function need (command: string): void {
  if (spawnSync('sh', ['-c', `command -v ${command}`]).status !== 0) {
    console.error(`nbd-bench needs ${command} (Debian: apt-get install qemu-utils libnbd-bin)`)
    process.exit(2)
  }
}

async function main (): Promise<void> {
  for (const c of ['qemu-img', 'qemu-nbd', 'nbdcopy']) need(c)
  const size = parseSize(args.size!)
  const runs = Math.max(1, Number(args.runs))
  const request = parseSize(args.request!)
  const inFlight = Math.max(1, Number(args['in-flight']))
  const dir = args.dir ?? await mkdtemp(join(tmpdir(), 'meshbackup-nbd-bench-'))
  const servers: Server[] = []
  try {
    console.error(`generating a ${args.size} corpus image in ${dir} ...`)
    await writeFileHost(dir, { seed: 7, vms: [{ name: 'bench', disks: [{ name: 'disk0', size }] }] })
    const raw = join(dir, 'bench', 'disk0.raw')
    const image = join(dir, 'disk0.qcow2')
    await exec('qemu-img', ['convert', '-f', 'raw', '-O', 'qcow2', raw, image])
    await rm(raw)
    const map = JSON.parse((await exec('qemu-img', ['map', '-U', '--output=json', image], { maxBuffer: 256 * MiB })).stdout) as { length: number, data: boolean, zero: boolean }[]
    const dataBytes = map.filter(e => e.data && !e.zero).reduce((n, e) => n + e.length, 0)
    // page cache: every reader sees a warm image
    const handle = await open(image, 'r')
    const warm = Buffer.allocUnsafe(16 * MiB)
    for (let p = 0; (await handle.read(warm, 0, warm.length, p)).bytesRead > 0; p += warm.length);
    await handle.close()

    const socket = join(dir, 'nbd.sock')
    servers.push(await qemuNbd(dir, 'unix', image, ['-k', socket], `unix:${socket}`, `nbd+unix:///disk?socket=${socket}`))
    const port = await freePort()
    servers.push(await qemuNbd(dir, 'tcp', image, ['-b', '127.0.0.1', '-p', String(port)], `tcp:127.0.0.1:${port}`, `nbd://127.0.0.1:${port}/disk`))

    const readers = ['nbdcopy', 'nbdcopy --connections=1', 'NbdClient data extents', 'NbdClient every byte'] as const
    const samples: Record<string, Record<string, Sample[]>> = { unix: {}, tcp: {} }
    for (let run = 0; run < runs; run++) {
      for (const [transport, server] of [['unix', servers[0]!], ['tcp', servers[1]!]] as const) {
        // interleaved, so that noise from other load hits every reader alike
        for (const reader of readers) {
          const s = reader.startsWith('NbdClient')
            ? await timeClient(server, request, inFlight, reader === 'NbdClient data extents')
            : await timeNbdcopy(server, size, reader === 'nbdcopy' ? undefined : 1)
          ;(samples[transport]![reader] ??= []).push(s)
          console.error(`run ${run + 1}/${runs} ${transport} ${reader}: ${s.mibps.toFixed(0)} MiB/s (${s.seconds.toFixed(2)} s, qemu-nbd CPU ${s.serverCpu.toFixed(2)} s)`)
        }
      }
    }

    const summary = Object.fromEntries(Object.entries(samples).map(([transport, byReader]) => [transport, Object.fromEntries(Object.entries(byReader).map(([reader, xs]) => [reader, {
      mibps: median(xs.map(x => x.mibps)),
      seconds: median(xs.map(x => x.seconds)),
      serverCpu: median(xs.map(x => x.serverCpu)),
      clientCpu: reader.startsWith('NbdClient') ? median(xs.map(x => x.clientCpu ?? 0)) : undefined
    }]))]))
    const machine = { hostname: hostname(), cpu: cpus()[0]?.model, cores: cpus().length, memoryGiB: Math.round(totalmem() / 1024 ** 3), node: process.version }
    const versions = {
      qemuNbd: (await exec('qemu-nbd', ['--version'])).stdout.split('\n')[0],
      nbdcopy: (await exec('nbdcopy', ['--version'])).stdout.split('\n')[0]
    }
    const lines = [
      `# NBD read: NbdClient vs nbdcopy — ${(size / MiB).toFixed(0)} MiB qcow2 (${(dataBytes / MiB).toFixed(0)} MiB data), median of ${runs} run(s)`,
      '',
      `machine: ${machine.hostname}, ${machine.cores} × ${machine.cpu}, Node ${machine.node}; ${versions.qemuNbd}; ${versions.nbdcopy}; NbdClient: ${request / 1024} KiB requests, ${inFlight} in flight, one connection`,
      '',
      'MiB/s = export size / wall time. nbdcopy skips zero extents (block status); "NbdClient data extents" does the same, "NbdClient every byte" requests the holes too.',
      '',
      '| transport | nbdcopy | nbdcopy 1 conn | NbdClient data extents | NbdClient every byte | data extents / nbdcopy | every byte / nbdcopy | qemu-nbd CPU s (nbdcopy / data extents / every byte) |',
      '|---|---:|---:|---:|---:|---:|---:|---|',
      ...(['unix', 'tcp'] as const).map(t => {
        const s = summary[t]!
        const copy = s.nbdcopy!
        const one = s['nbdcopy --connections=1']!
        const data = s['NbdClient data extents']!
        const every = s['NbdClient every byte']!
        return `| ${t} | ${copy.mibps.toFixed(0)} | ${one.mibps.toFixed(0)} | ${data.mibps.toFixed(0)} | ${every.mibps.toFixed(0)} | ${(data.mibps / copy.mibps).toFixed(2)} | ${(every.mibps / copy.mibps).toFixed(2)} | ${copy.serverCpu.toFixed(2)} / ${data.serverCpu.toFixed(2)} / ${every.serverCpu.toFixed(2)} |`
      })
    ]
    console.log(lines.join('\n'))
    await mkdir(args.out!, { recursive: true })
    const file = join(args.out!, `nbd-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
    await writeFile(file, JSON.stringify({ machine, versions, size, dataBytes, runs, request, inFlight, summary, samples }, null, 2))
    console.log(`\nJSON: ${file}`)
  } finally {
    for (const s of servers) await stopServer(s)
    if (args.dir === undefined) await rm(dir, { recursive: true, force: true })
  }
}

await main()
