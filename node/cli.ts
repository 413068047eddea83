/**
 * @packageDocumentation
 * The `meshbackup` command line. `init` and `daemon` work on the home folder; every other command
 * talks to the home's running daemon over the admin protocol with the home's admin key.
 */
import { resolve } from 'node:path'
import { readFile } from 'node:fs/promises'
import { Command, Option } from 'commander'
import { pb, type AdminReply, type AdminRequest, type Job, type PointSummary, type Progress, type SessionRecord, type TaskRecord } from '../proto/index.ts'
import { connectAdmin, type AdminClient } from '../protocols/admin.ts'
import { ROLES, type RoleName, defaultHome, homePaths, initHome, loadConfig, loadKey, processAlive, readDaemonInfo, saveConfig, validatePeerId } from './config.ts'
import { formatBytes, formatDuration, progressBar } from './progress.ts'
import { CodedError } from './errors.ts'

class CliError extends CodedError {}

function homeOf (cmd: Command): string {
  return resolve(cmd.optsWithGlobals<{ home?: string }>().home ?? defaultHome())
}

async function daemonAddress (home: string): Promise<string> {
  const info = await readDaemonInfo(home)
  if (info == null) throw new CliError('ERR_NO_DAEMON', `no daemon is running for ${home}; start one with \`meshbackup daemon --home ${home}\``)
  if (!processAlive(info.pid)) throw new CliError('ERR_NO_DAEMON', `no daemon is running for ${home} (daemon.json names pid ${info.pid}, which has exited); start one with \`meshbackup daemon --home ${home}\``)
  const addr = info.addrs.find((a) => a.includes('/tcp/')) ?? info.addrs[0]
  if (addr == null) throw new CliError('ERR_NO_DAEMON', `the daemon for ${home} listens on no address`)
  return `${addr}/p2p/${info.peerId}`
}

/** An admin connection to the home's running daemon, with the home's admin key (the REPL keeps one open). */
export async function connectHome (home: string): Promise<AdminClient> {
  const daemon = await daemonAddress(home)
  return await connectAdmin({ privateKey: await loadKey(homePaths(home).adminKey), daemon })
}

/** One admin call to the home's daemon. */
async function call (cmd: Command, request: AdminRequest, onProgress?: (p: Progress) => void): Promise<AdminReply> {
  const admin = await connectHome(homeOf(cmd))
  try {
    return await admin.request(request, onProgress)
  } finally {
    await admin.close()
  }
}

function json (cmd: Command): boolean {
  return cmd.optsWithGlobals<{ json?: boolean }>().json === true
}

function print (value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n')
}

/** Decoded messages keep defaults on the prototype: JSON gets every field, zeros included. */
function plain<T> (type: { toObject(message: any, options?: object): object }, message: T): object {
  return type.toObject(message, { defaults: true, arrays: true, longs: Number, bytes: String })
}

export function table (rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)))
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n')
}

function parseSize (text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmgt]?)(i?b?)?$/i.exec(text.trim())
  if (m == null) throw new CliError('ERR_BAD_SIZE', `"${text}" is not a size (e.g. 1M, 512K, 4194304)`)
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g' | 't']
  return Math.round(Number(m[1]) * mult)
}

/** A commander parser for a whole number option; names the option when the value is not one. */
function count (option: string): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value.trim())) throw new CliError('ERR_BAD_ARGUMENT', `${option} ${value}: use a whole number (0 or more)`)
    return Number(value)
  }
}

function collect (value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((s) => s.trim()).filter((s) => s !== '')]
}

export function renderSession (s: SessionRecord): string {
  const rows = [['VM', 'DISK', 'STATE', 'PROXY', 'MODE', 'CHANGES', 'READ', 'SENT', 'STORED', 'SPEED', 'TIME']]
  for (const t of s.tasks ?? []) rows.push(taskRow(t))
  const lines = [
    `session ${s.id}  job ${s.job}  ${s.state}  started ${new Date(s.startedAtMs ?? 0).toISOString()}${s.endedAtMs ? `  took ${formatDuration(((s.endedAtMs) - (s.startedAtMs ?? 0)) / 1000)}` : ''}`,
    '',
    table(rows),
    '',
    ...(s.points?.length ? [`restore points: ${s.points.join(', ')}`, ''] : []),
    ...(s.log ?? [])
  ]
  return lines.join('\n')
}

function taskRow (t: TaskRecord): string[] {
  const s = t.stats ?? {}
  const seconds = (s.durationMs ?? 0) / 1000
  return [
    t.vm ?? '', `${t.disk}${t.diskName ? ` ${t.diskName}` : ''}`, t.state ?? '', t.proxy ? `…${t.proxy.slice(-6)}` : '-', t.mode || '-', t.changeDetection || '-',
    formatBytes(s.bytesRead ?? 0), formatBytes(s.bytesSent ?? 0), formatBytes(s.bytesStored ?? 0),
    seconds > 0 ? `${((s.bytesRead ?? 0) / seconds / 1e6).toFixed(1)} MB/s` : '-', seconds > 0 ? formatDuration(seconds) : '-'
  ]
}

function showProgress (bar: ReturnType<typeof progressBar>, s: SessionRecord): void {
  const total = (s.tasks ?? []).reduce((n, t) => n + (t.size ?? 0), 0)
  const done = (s.tasks ?? []).reduce((n, t) => n + (t.state === 'success' ? (t.size ?? 0) : (t.stats?.bytesRead ?? 0)), 0)
  bar.update(done, total, `${s.job}: ${(s.tasks ?? []).filter((t) => t.state === 'success').length}/${s.tasks?.length ?? 0} disks`)
}

export function buildCli (): Command {
  const program = new Command('meshbackup')
    .description('Peer-to-peer VM backup: every host runs one daemon; jobs, restore points and restores go through it.')
    .addOption(new Option('--home <dir>', 'the node home folder').env('MESHBACKUP_HOME').default(defaultHome()))
    .option('--json', 'print machine-readable JSON')
    .showHelpAfterError()

  program.command('init')
    .description('create a node home: identity, admin key and config')
    .requiredOption('--roles <list>', `comma-separated roles: ${ROLES.join(', ')}`, collect)
    .option('--listen <multiaddr>', 'address to listen on (repeatable)', collect)
    .option('--bootstrap <multiaddr>', 'a peer to join through, ending in /p2p/<peer id> (repeatable)', collect)
    .option('--members <ids>', 'peer ids of the other mesh members (repeatable)', collect)
    .option('--proxy-slots <n>', 'tasks a proxy runs at once', (v) => Number(v))
    .option('--repository-name <name>', 'the repository name jobs refer to')
    .option('--repository-path <dir>', 'the folder holding the repository')
    .option('--repository-slots <n>', 'tasks a repository receives at once', (v) => Number(v))
    .option('--http <host:port>', 'address of the HTTP status endpoint and dashboard ("off" to disable)', '127.0.0.1:0')
    .action(async (opts, cmd: Command) => {
      const home = homeOf(cmd)
      const result = await initHome(home, {
        roles: opts.roles as RoleName[],
        listen: opts.listen ?? ['/ip4/127.0.0.1/tcp/7100'],
        bootstrap: opts.bootstrap,
        members: opts.members,
        proxySlots: opts.proxySlots,
        repositoryName: opts.repositoryName,
        repositoryPath: opts.repositoryPath,
        repositorySlots: opts.repositorySlots,
        http: opts.http
      })
      if (json(cmd)) return print({ home, peerId: result.peerId, adminPeerId: result.adminPeerId, config: result.config })
      console.log(`created node ${result.peerId} in ${home}\nroles: ${result.config.roles.join(', ')}\nlisten: ${result.config.listen.join(', ')}\nadd this peer id to the other members with \`meshbackup members add ${result.peerId}\``)
    })

  program.command('daemon')
    .description('run the node daemon in the foreground (logs JSON lines to stdout)')
    .action(async (_opts, cmd: Command) => {
      const { startDaemon } = await import('./daemon.ts')
      const daemon = await startDaemon({ home: homeOf(cmd) })
      await new Promise<void>((resolve) => {
        const stop = (): void => { void daemon.stop().then(resolve) }
        process.once('SIGTERM', stop)
        process.once('SIGINT', stop)
      })
    })

  program.command('status')
    .description('this node, its peers and the capacity view')
    .action(async (_opts, cmd: Command) => {
      const s = (await call(cmd, { status: {} })).status!
      if (json(cmd)) return print(plain(pb.StatusReply, s))
      console.log(`node ${s.peerId} (${s.roles?.join(', ')})\nlistening on ${s.addrs?.join(', ')}\nconnected to ${s.connected?.length ?? 0} peer(s)\n`)
      const rows = [['PEER', 'ROLES', 'PROXY SLOTS', 'REPOSITORY', 'HOSTS', 'AGE']]
      for (const c of s.capacity ?? []) {
        const a = c.announcement ?? {}
        rows.push([a.peerId ?? '', a.roles?.join(',') ?? '', a.proxy ? `${a.proxy.active}/${a.proxy.slots}` : '-',
          a.repository ? `${a.repository.name} ${a.repository.active}/${a.repository.slots} ${formatBytes(a.repository.freeBytes ?? 0)} free` : '-',
          a.proxy?.hosts?.map((h) => `${h.host}(${h.modes?.join('/')})`).join(' ') || '-', `${((c.ageMs ?? 0) / 1000).toFixed(1)}s`])
      }
      console.log(table(rows))
    })

  const members = program.command('members').description('the mesh member list (peer ids allowed to connect)')
  members.command('add')
    .description('allow peer ids into the mesh')
    .argument('<ids...>', 'peer ids')
    .action(async (ids: string[], _opts, cmd: Command) => {
      const home = homeOf(cmd)
      const info = await readDaemonInfo(home)
      if (info != null && processAlive(info.pid)) {
        await call(cmd, { membersAdd: { peerIds: ids } })
      } else {
        const config = await loadConfig(home)
        config.members = [...new Set([...config.members, ...ids.map((id) => validatePeerId(id, 'member'))])]
        await saveConfig(home, config)
      }
      console.log(`added ${ids.length} member(s)`)
    })
  members.command('list')
    .description('show the member list')
    .action(async (_opts, cmd: Command) => {
      const config = await loadConfig(homeOf(cmd))
      if (json(cmd)) return print(config.members)
      console.log(config.members.join('\n'))
    })

  const host = program.command('host').description('hypervisor hosts known to the manager')
  host.command('add')
    .description('register a host with the manager')
    .argument('<name>', 'host name jobs refer to')
    .requiredOption('--type <type>', 'file | qemu | synthetic')
    .option('--path <dir>', 'file host: the folder with one subfolder per VM; synthetic host: <seed>:<vms>x<disks>x<size>, e.g. 7:40x2x256M')
    .option('--qmp <address>', 'qemu host: unix:PATH or tcp:HOST:PORT')
    .option('--nbd <address>', 'qemu host: where its NBD server listens, unix:PATH (hot-add) or tcp:HOST:PORT (nbd); default unix:<QMP socket>.nbd')
    .action(async (name: string, opts, cmd: Command) => {
      await call(cmd, { hostAdd: { name, type: opts.type, path: opts.path ? (opts.type === 'synthetic' ? opts.path : resolve(opts.path)) : '', qmp: opts.qmp ?? '', nbd: opts.nbd ?? '' } })
      console.log(`host ${name} added`)
    })
  host.command('list')
    .description('list registered hosts')
    .action(async (_opts, cmd: Command) => {
      const hosts = (await call(cmd, { hostList: {} })).hosts?.hosts ?? []
      if (json(cmd)) return print(hosts.map((h) => plain(pb.HostSpec, h)))
      console.log(table([['NAME', 'TYPE', 'WHERE'], ...hosts.map((h) => [h.name ?? '', h.type ?? '', h.path || h.qmp || ''])]))
    })

  const job = program.command('job').description('backup jobs')
  job.command('add')
    .description('create or replace a backup job')
    .argument('<name>', 'job name')
    .requiredOption('--host <name>', 'the host whose VMs to back up')
    .requiredOption('--repository <name>', 'the repository to back up to')
    .option('--vm <name>', 'a VM to include (repeatable; default: every VM of the host)', collect)
    .option('--block-size <size>', 'block size (power of two, 4K-8M)', '1M')
    .option('--compression <kind>', 'zstd | none', 'zstd')
    .option('--level <n>', 'zstd level', '1')
    .option('--rate <bytes/s>', 'throttle each task to this rate, e.g. 100M (0: off)', '0')
    .option('--mode <mode>', 'pin the transport mode: direct | hotadd | nbd (default: automatic, with failover)')
    .option('--no-cbt', 'read every block even where the host tracks changed blocks')
    .option('--guest', 'application-aware processing: run scripts in the guest around the snapshot')
    .option('--pre-freeze <file>', 'script run in the guest before the snapshot (stored on the manager)')
    .option('--post-thaw <file>', 'script run in the guest right after the snapshot')
    .option('--guest-user <user>', 'SSH user in the guests')
    .option('--guest-key <file>', 'SSH private key file for the guests')
    .option('--guest-password <password>', 'SSH password for the guests (prefer a key)')
    .option('--guest-address <vm=host[:port]>', 'SSH address of a VM (repeatable; default: from qemu-ga)', collect)
    .option('--guest-host-key <vm=SHA256:...>', 'SSH host key a VM must present (repeatable; default: the key seen first is pinned)', collect)
    .option('--guest-qga <address>', 'guest agent channel: unix:PATH or tcp:HOST:PORT ({vm} expands to the VM name)')
    .option('--guest-timeout <seconds>', 'timeout of each script', '600')
    .option('--guest-policy <policy>', 'when guest processing fails: require (the VM fails) | ignore (warn, crash-consistent)', 'require')
    .option('--schedule <cron>', 'run on this cron schedule, in the manager\'s local time: "minute hour day month weekday" (e.g. "0 2 * * *"), or 6 fields with seconds first')
    .option('--keep-last <n>', 'retention: keep the newest N points of each VM', count('--keep-last'), 0)
    .option('--keep-days <d>', 'retention: keep the points younger than D days', count('--keep-days'), 0)
    .option('--keep-weekly <w>', 'retention: keep the newest point of each of the last W ISO weeks', count('--keep-weekly'), 0)
    .option('--keep-monthly <m>', 'retention: keep the newest point of each of the last M months', count('--keep-monthly'), 0)
    .option('--notify <url>', 'POST the session summary as JSON to this http(s) webhook')
    .option('--notify-on <states>', 'when to notify: failed,warning,success (default failed,warning)', collect)
    .action(async (name: string, opts, cmd: Command) => {
      const read = async (file: string | undefined): Promise<string> => file == null ? '' : await readFile(resolve(file), 'utf8')
      const spec: Job = {
        name, host: opts.host, repository: opts.repository, vms: opts.vm ?? [],
        blockSize: parseSize(opts.blockSize), compression: opts.compression, compressionLevel: Number(opts.level), rateLimitBps: parseSize(opts.rate),
        mode: opts.mode ?? '', noCbt: opts.cbt === false,
        schedule: opts.schedule ?? '',
        retention: { keepLast: opts.keepLast, keepDays: opts.keepDays, weekly: opts.keepWeekly, monthly: opts.keepMonthly },
        notify: { webhook: opts.notify ?? '', on: opts.notifyOn ?? [] }
      }
      if (opts.guest === true) {
        spec.guest = {
          enabled: true,
          preFreeze: await read(opts.preFreeze),
          postThaw: await read(opts.postThaw),
          credentials: { user: opts.guestUser ?? '', privateKey: await read(opts.guestKey), password: opts.guestPassword ?? '' },
          vms: guestVms(opts.guestAddress ?? [], opts.guestHostKey ?? []),
          qga: opts.guestQga ?? '',
          scriptTimeoutS: Number(opts.guestTimeout),
          failurePolicy: opts.guestPolicy
        }
      }
      await call(cmd, { jobAdd: spec })
      console.log(`job ${name} saved`)
    })
  job.command('list')
    .description('list jobs')
    .action(async (_opts, cmd: Command) => {
      const jobs = (await call(cmd, { jobList: {} })).jobs?.jobs ?? []
      if (json(cmd)) return print(jobs.map((j) => plain(pb.Job, j)))
      console.log(table([['NAME', 'HOST', 'VMS', 'REPOSITORY', 'BLOCK', 'COMPRESSION', 'SCHEDULE'],
        ...jobs.map((j) => [j.name ?? '', j.host ?? '', j.vms?.length ? j.vms.join(',') : '(all)', j.repository ?? '', formatBytes(j.blockSize ?? 0), `${j.compression}${j.compression === 'zstd' ? `:${j.compressionLevel}` : ''}`, j.schedule || '-'])]))
    })
  job.command('run')
    .description('start a session of the job')
    .argument('<name>', 'job name')
    .option('--wait', 'show progress and wait for the session to end (exit 1 if it failed)')
    .action(async (name: string, opts, cmd: Command) => {
      if (opts.wait !== true) {
        const started = (await call(cmd, { jobRun: { name } })).session!
        if (json(cmd)) return print(plain(pb.SessionRecord, started))
        console.log(`session ${started.id} started; follow it with \`meshbackup session show ${started.id}\``)
        return
      }
      // the daemon follows the session and streams its progress on this one request
      const bar = progressBar()
      const s = (await call(cmd, { jobRun: { name, wait: true } }, (p) => { if (p.session != null) showProgress(bar, p.session) })).session!
      bar.done()
      if (json(cmd)) print(plain(pb.SessionRecord, s))
      else console.log(renderSession(s))
      if (s.state === 'failed') process.exitCode = 1
    })

  const session = program.command('session').description('job sessions')
  session.command('show')
    .description('a session record and its log')
    .argument('<id>', 'session id, or a job name for its latest session')
    .action(async (id: string, _opts, cmd: Command) => {
      const s = (await call(cmd, { sessionShow: { id } })).session!
      if (json(cmd)) return print(plain(pb.SessionRecord, s))
      console.log(renderSession(s))
    })

  session.command('list')
    .description('sessions, newest first')
    .option('--job <name>', 'only this job')
    .option('--limit <n>', 'at most this many', count('--limit'), 50)
    .action(async (opts, cmd: Command) => {
      const list = (await call(cmd, { sessionList: { job: opts.job ?? '', limit: opts.limit } })).sessions?.sessions ?? []
      if (json(cmd)) return print(list.map((s) => plain(pb.SessionRecord, s)))
      console.log(table([['SESSION', 'JOB', 'TRIGGER', 'STATE', 'STARTED', 'TOOK', 'POINTS'],
        ...list.map((s) => [s.id ?? '', s.job ?? '', s.trigger || 'manual', s.state ?? '', new Date(s.startedAtMs ?? 0).toISOString(),
          s.endedAtMs ? formatDuration((s.endedAtMs - (s.startedAtMs ?? 0)) / 1000) : '-', String(s.points?.length ?? 0)])]))
    })

  const points = program.command('points').description('restore points')
  points.command('list')
    .description('list restore points in every repository of the mesh')
    .option('--job <name>', 'only this job')
    .option('--vm <name>', 'only this VM')
    .action(async (opts, cmd: Command) => {
      const list: PointSummary[] = (await call(cmd, { pointsList: { job: opts.job ?? '', vm: opts.vm ?? '' } })).points?.points ?? []
      if (json(cmd)) return print(list.map((p) => plain(pb.PointSummary, p)))
      console.log(table([['POINT', 'JOB', 'VM', 'CREATED', 'DISKS', 'REPOSITORY'],
        ...list.map((p) => [p.id ?? '', p.job ?? '', p.vm ?? '', new Date(p.createdAtMs ?? 0).toISOString(), (p.disks ?? []).map((d) => `${d.index}:${formatBytes(d.size ?? 0)}`).join(' '), p.repository ?? ''])]))
    })

  program.command('restore')
    .description('restore disks of a restore point into raw image files')
    .argument('<point>', 'restore point id')
    .requiredOption('--vm <name>', 'the VM of the point')
    .option('--disk <n>', 'one disk (default: every disk, into the --to folder)')
    .requiredOption('--to <path>', 'file for one disk, folder for every disk')
    .option('--format <format>', 'image format of the restored disks: raw | qcow2', 'raw')
    .option('--attach <host>', 'attach the restored disks to this registered QEMU host (it must not be running a guest)')
    .action(async (point: string, opts, cmd: Command) => {
      const bar = progressBar()
      const reply = await call(cmd, { restore: { pointId: point, vm: opts.vm, disk: opts.disk != null ? Number(opts.disk) : -1, to: resolve(opts.to), format: opts.format, attach: opts.attach ?? '' } },
        (p) => bar.update(p.doneBytes ?? 0, p.totalBytes ?? 0, p.what ?? ''))
      const done = reply.restoreDone!
      const seconds = (done.durationMs ?? 0) / 1000
      bar.done()
      if (json(cmd)) return print(plain(pb.RestoreDone, done))
      console.log(`restored ${formatBytes(done.bytes ?? 0)} in ${formatDuration(seconds)} (${((done.bytes ?? 0) / Math.max(seconds, 0.001) / 1e6).toFixed(1)} MB/s) to:\n${(done.files ?? []).join('\n')}`)
      if ((done.attached ?? []).length > 0) console.log(`attached to ${opts.attach}: ${done.attached!.join(', ')}`)
    })

  program.command('repl')
    .description('an interactive shell on the running daemon: commands with completion (`help`), and JavaScript with a `mesh` object')
    .action(async (_opts, cmd: Command) => {
      const { startRepl } = await import('./repl.ts')
      await startRepl({ connect: async () => await connectHome(homeOf(cmd)) })
    })

  program.command('verify')
    .description('read back, decompress and re-hash every block of a restore point')
    .argument('<point>', 'restore point id')
    .action(async (point: string, _opts, cmd: Command) => {
      const report = (await call(cmd, { verify: { pointId: point } })).verifyReport!
      if (json(cmd)) print(plain(pb.VerifyReport, report))
      else {
        console.log(`${report.ok ? 'OK' : 'DAMAGED'}: point ${report.pointId}, ${report.blocksChecked} blocks (${formatBytes(report.bytesChecked ?? 0)}) checked`)
        for (const p of report.problems ?? []) console.log(`  ${p}`)
      }
      if (report.ok !== true) process.exitCode = 1
    })

  program.command('gc')
    .description('garbage collection: remove blocks no restore point refers to and compact mostly-dead packs')
    .option('--repository <name>', 'only this repository (default: every repository of the mesh)')
    .option('--dry-run', 'report what would be removed, change nothing')
    .action(async (opts, cmd: Command) => {
      const dry = opts.dryRun === true
      const report = (await call(cmd, { gc: { repository: opts.repository ?? '', dryRun: dry } })).gcReport!
      if (json(cmd)) print(plain(pb.GcReport, report))
      else {
        console.log(`repository ${report.repository}: ${dry ? 'would remove' : 'removed'} ${report.blocksRemoved ?? 0} blocks, ${dry ? 'would free' : 'freed'} ${formatBytes(report.bytesFreed ?? 0)}, ` +
          `${report.packsRewritten ?? 0} packs rewritten, ${report.packsDeleted ?? 0} deleted (${formatDuration((report.durationMs ?? 0) / 1000)})`)
        for (const p of report.problems ?? []) console.log(`  ${p}`)
      }
      if ((report.problems ?? []).length > 0) process.exitCode = 1
    })

  return program
}

export async function main (argv: string[]): Promise<void> {
  try {
    await buildCli().parseAsync(argv)
  } catch (err: any) {
    const code = typeof err.code === 'string' ? ` (${err.code})` : ''
    process.stderr.write(`meshbackup: ${err.message}${code}\n`)
    process.exitCode = 1
  }
}

/** Per-VM guest settings from the repeatable VM=VALUE options, one entry per VM. */
function guestVms (addresses: string[], hostKeys: string[]): Array<{ vm: string, address?: string, hostKey?: string }> {
  const vms = new Map<string, { vm: string, address?: string, hostKey?: string }>()
  const each = (pairs: string[], option: string, usage: string, set: (entry: { vm: string, address?: string, hostKey?: string }, value: string) => void): void => {
    for (const pair of pairs) {
      const at = pair.indexOf('=')
      if (at < 1) throw new CliError('ERR_BAD_ARGUMENT', `${option} ${pair}: use ${usage}`)
      const vm = pair.slice(0, at)
      if (!vms.has(vm)) vms.set(vm, { vm })
      set(vms.get(vm)!, pair.slice(at + 1))
    }
  }
  each(addresses, '--guest-address', 'VM=HOST[:PORT]', (e, v) => { e.address = v })
  each(hostKeys, '--guest-host-key', 'VM=SHA256:… (as ssh-keygen -lf prints it)', (e, v) => {
    if (!/^SHA256:[A-Za-z0-9+/]{43}$/.test(v)) throw new CliError('ERR_BAD_ARGUMENT', `--guest-host-key ${e.vm}=${v}: use VM=SHA256:… as \`ssh-keygen -lf\` prints the guest's host key`)
    e.hostKey = v
  })
  return [...vms.values()]
}
