/**
 * @packageDocumentation
 * The admin REPL's commands: parsing a line, running it against the `mesh` object, rendering the
 * answer as the CLI does, and completing command names, options, job names and point ids.
 *
 * @example
 * ```ts
 * const [hits, word] = complete('run ni', { jobs: ['nightly'], points: [], vms: [] })  // [['nightly'], 'ni']
 * ```
 */
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { MeshApi } from './mesh-client.ts'
import { ReplError } from './mesh-client.ts'
import { pointsTable, renderSession, table } from '../cli/render.ts'
import { progressBar, sessionProgress } from '../progress.ts'
import { formatBytes, formatDuration } from '../../core/units.ts'
import { renderThrottle } from '../cli/throttle-commands.ts'
import { renderRecoveries, renderRecovery } from '../cli/recover-commands.ts'
import { parseRate } from '../../core/traffic-rules.ts'
import { entryLine } from '../cli/files-commands.ts'

/** What a command needs from the REPL around it. */
export interface CommandContext {
  mesh: MeshApi
  out: NodeJS.WritableStream & { isTTY?: boolean }
  /** restore --to paths are resolved from here */
  cwd: string
  /** calls `stop` when the user presses Ctrl-C (for watch); the returned function stops listening */
  onInterrupt: (stop: () => void) => () => void
  /** the command changed what completion offers (jobs or points) */
  invalidate: () => void
  exit: () => void
}

/** What completion offers for an argument. */
type ArgKind = 'job' | 'point' | 'vm' | 'command' | 'session'

export interface ReplCommand {
  name: string
  usage: string
  summary: string
  detail?: string
  options?: Record<string, { type: 'string' | 'boolean', complete?: ArgKind }>
  /** what the positional arguments complete to */
  args?: ArgKind[]
  run: (positionals: string[], options: Record<string, string | boolean | undefined>, ctx: CommandContext) => Promise<void>
}

export interface CompletionLists {
  jobs: string[]
  points: string[]
  vms: string[]
}

const DISPLAY_REFRESH_MS = 500

const print = (ctx: CommandContext, text: string): void => { ctx.out.write(text + '\n') }

/** Polls the session until it ends or the user interrupts; draws progress meanwhile. */
async function watch (id: string, ctx: CommandContext): Promise<any> {
  const bar = progressBar(ctx.out as NodeJS.WriteStream)
  let interrupted = false
  let wake: () => void = () => {}
  const stopListening = ctx.onInterrupt(() => { interrupted = true; wake() })
  try {
    for (;;) {
      const s = await ctx.mesh.session(id)
      if (s.state !== 'running' || interrupted) {
        if (s.state !== 'running') showProgress(bar, s)
        bar.done()
        if (s.state === 'running') print(ctx, `stopped watching session ${s.id}; it keeps running (\`watch ${s.id}\` to follow it again)`)
        return s
      }
      showProgress(bar, s)
      // a display refresh, not synchronisation
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, DISPLAY_REFRESH_MS)
        wake = () => { clearTimeout(timer); resolve() }
      })
    }
  } finally {
    stopListening()
  }
}

/** A session's bar: its disks, or a copy's or a verify's bytes settled. */
function showProgress (bar: ReturnType<typeof progressBar>, s: any): void {
  if (s.kind === 'copy') {
    const p = s.copyProgress ?? {}
    const total = Number(p.bytesTotal ?? 0)
    return bar.update(s.copyReport != null ? total : Number(p.bytesDone ?? 0), total, `${s.job}: ${p.pointsDone ?? 0}/${p.pointsTotal ?? 0} points`)
  }
  if (s.kind === 'verify') {
    const p = s.verifyProgress ?? {}
    const total = Number(s.verifyReport?.bytesChecked ?? p.bytesTotal ?? 0)
    return bar.update(s.verifyReport != null ? total : Number(p.bytesDone ?? 0), total, `${s.job}: ${p.points ?? 0} points`)
  }
  const tasks: any[] = s.tasks ?? []
  const { done, total } = sessionProgress(tasks)
  bar.update(done, total, `${s.job}: ${tasks.filter((t) => t.state === 'success').length}/${tasks.length} disks`)
}

function sessionsTable (sessions: any[]): string {
  if (sessions.length === 0) return 'no sessions'
  return table([['SESSION', 'JOB', 'STATE', 'TRIGGER', 'STARTED', 'TIME', 'DISKS', 'POINTS'],
    ...sessions.map((s) => [s.id, s.job, s.state, s.trigger || '-', new Date(s.startedAtMs).toISOString(),
      s.endedAtMs ? formatDuration((s.endedAtMs - s.startedAtMs) / 1000) : '-', String(s.tasks?.length ?? 0), String(s.points?.length ?? 0)])])
}


export const COMMANDS: ReplCommand[] = [
  {
    name: 'nodes',
    usage: 'nodes',
    summary: 'this daemon and the nodes in its capacity view',
    async run (_p, _o, ctx) {
      const s = await ctx.mesh.status()
      print(ctx, `connected to ${s.peerId} (${s.roles.join(', ')}), ${s.connected.length} peer(s) connected\n`)
      print(ctx, table([['NODE', 'ROLES', 'PROXY SLOTS', 'REPOSITORY', 'HOSTS', 'AGE'],
        ...s.capacity.map((c: any) => {
          const a = c.announcement
          return [a.peerId, a.roles.join(','), a.proxy ? `${a.proxy.active}/${a.proxy.slots}` : '-',
            a.repository ? `${a.repository.name} ${a.repository.active}/${a.repository.slots} ${formatBytes(a.repository.freeBytes)} free` : '-',
            (a.proxy?.hosts ?? []).map((h: any) => `${h.host}(${h.modes.join('/')})`).join(' ') || '-', `${(c.ageMs / 1000).toFixed(1)}s`]
        })]))
    }
  },
  {
    name: 'jobs',
    usage: 'jobs',
    summary: 'the backup jobs the manager knows',
    async run (_p, _o, ctx) {
      const jobs = await ctx.mesh.jobs()
      if (jobs.length === 0) return print(ctx, 'no jobs; add one with `meshbackup job add`')
      print(ctx, table([['NAME', 'HOST', 'VMS', 'REPOSITORY', 'BLOCK', 'COMPRESSION', 'SCHEDULE'],
        ...jobs.map((j) => [j.name, j.host, j.vms.length ? j.vms.join(',') : '(all)', j.repository, formatBytes(j.blockSize),
          `${j.compression}${j.compression === 'zstd' ? `:${j.compressionLevel}` : ''}`, j.schedule || '-'])]))
    }
  },
  {
    name: 'run',
    usage: 'run JOB [--wait]',
    summary: 'start a session of a job',
    detail: 'With --wait, shows live progress until the session ends (Ctrl-C stops watching, not the session), then the session table.',
    options: { wait: { type: 'boolean' } },
    args: ['job'],
    async run ([job], options, ctx) {
      if (job == null) throw new ReplError('ERR_BAD_ARGUMENT', 'run needs a job name: run JOB [--wait]; `jobs` lists them')
      const started = await ctx.mesh.run(job)
      if (options.wait !== true) return print(ctx, `session ${started.id} started; \`watch ${started.id}\` follows it`)
      const s = await watch(started.id, ctx)
      ctx.invalidate()
      if (s.state !== 'running') print(ctx, renderSession(s))
    }
  },
  {
    name: 'sessions',
    usage: 'sessions [JOB]',
    summary: 'recent sessions, newest first, of one job or of all',
    args: ['job'],
    async run ([job], _o, ctx) {
      print(ctx, sessionsTable(await ctx.mesh.sessions(job)))
    }
  },
  {
    name: 'session',
    usage: 'session ID|JOB',
    summary: 'a session record and its log (a job name: its latest session)',
    args: ['session'],
    async run ([id], _o, ctx) {
      if (id == null) throw new ReplError('ERR_BAD_ARGUMENT', 'session needs a session id or a job name: session ID; `sessions` lists them')
      print(ctx, renderSession(await ctx.mesh.session(id)))
    }
  },
  {
    name: 'watch',
    usage: 'watch ID|JOB',
    summary: 'live progress of a session until it ends or Ctrl-C',
    detail: 'A job name follows its latest session. Ctrl-C stops watching; the session keeps running.',
    args: ['session'],
    async run ([id], _o, ctx) {
      if (id == null) throw new ReplError('ERR_BAD_ARGUMENT', 'watch needs a session id or a job name: watch ID|JOB')
      const s = await watch(id, ctx)
      ctx.invalidate()
      if (s.state !== 'running') print(ctx, renderSession(s))
    }
  },
  {
    name: 'points',
    usage: 'points [--job J] [--vm V]',
    summary: 'restore points in every repository of the mesh',
    options: { job: { type: 'string', complete: 'job' }, vm: { type: 'string', complete: 'vm' } },
    async run (_p, options, ctx) {
      const points = await ctx.mesh.points({ job: options.job as string | undefined, vm: options.vm as string | undefined })
      ctx.invalidate()
      print(ctx, pointsTable(points))
    }
  },
  {
    name: 'restore',
    usage: 'restore POINT [--vm V] [--disk N] --to PATH [--force]',
    summary: 'restore the disks of a point into image files',
    detail: '--to is, for one disk (--disk N), a new file, an existing folder (gets <disk>.<format>) or a block device; for every disk a folder. ' +
      'The daemon writes it, and overwrites nothing without --force. The point names its VM: --vm only checks it. --format qcow2 writes qcow2 images.',
    options: { vm: { type: 'string', complete: 'vm' }, disk: { type: 'string' }, to: { type: 'string' }, format: { type: 'string' }, force: { type: 'boolean' } },
    args: ['point'],
    async run ([point], options, ctx) {
      if (point == null || options.to == null) throw new ReplError('ERR_BAD_ARGUMENT', 'usage: restore POINT [--vm V] [--disk N] --to PATH [--force]')
      const disk = options.disk == null ? undefined : Number(options.disk)
      if (disk != null && !(Number.isInteger(disk) && disk >= 0)) throw new ReplError('ERR_BAD_ARGUMENT', `--disk ${String(options.disk)} is not a disk index (0, 1, …)`)
      const format = (options.format ?? 'raw') as string
      if (format !== 'raw' && format !== 'qcow2') throw new ReplError('ERR_BAD_ARGUMENT', `--format ${format}: use raw or qcow2`)
      const bar = progressBar(ctx.out as NodeJS.WriteStream)
      let done
      try {
        done = await ctx.mesh.restore(point, { vm: options.vm as string | undefined, disk, to: resolve(ctx.cwd, options.to as string), format, force: options.force === true },
          (p) => bar.update(p.doneBytes ?? 0, p.totalBytes ?? 0, p.what ?? ''))
      } finally {
        // an error goes on a line of its own
        bar.done()
      }
      const seconds = done.durationMs / 1000
      print(ctx, `restored ${formatBytes(done.bytes)} in ${formatDuration(seconds)} (${(done.bytes / Math.max(seconds, 0.001) / 1e6).toFixed(1)} MB/s) to:\n${done.files.join('\n')}`)
    }
  },
  {
    name: 'verify',
    usage: 'verify POINT [--repository R] [--repair]',
    summary: 'read back, decompress and re-hash every block of a point; --repair takes good copies of bad blocks from another repository',
    options: { repository: { type: 'string' }, repair: { type: 'boolean' } },
    args: ['point'],
    async run ([point], o, ctx) {
      if (point == null) throw new ReplError('ERR_BAD_ARGUMENT', 'verify needs a restore point id: verify POINT; `points` lists them')
      const report = await ctx.mesh.verify(point, { repository: o.repository as string | undefined, repair: o.repair === true })
      print(ctx, `${report.ok ? 'OK' : 'DAMAGED'}: point ${report.pointId}${report.repository ? ` in repository ${report.repository}` : ''}, ${report.blocksChecked} blocks (${formatBytes(report.bytesChecked)}) checked`)
      for (const p of report.problems) print(ctx, `  ${p}`)
      if (report.repair === true && report.ok !== true) {
        const from = (report.repairedFrom ?? []).map((f: any) => `${f.blocks} from ${f.repository}`).join(', ')
        print(ctx, `REPAIRED ${report.blocksRepaired ?? 0} block(s)${from !== '' ? ` (${from})` : ''}`)
        const left: string[] = report.unrepaired ?? []
        if (left.length > 0) print(ctx, `NOT REPAIRED ${left.length} block(s), still damaged:\n${left.map((u) => `  ${u}`).join('\n')}`)
      }
    }
  },
  {
    name: 'copy',
    usage: 'copy [list | add NAME --from R --to R [--job J] [--vm V] [--schedule CRON] [--keep-last N] | remove NAME | run NAME [--wait]]',
    summary: 'backup copy jobs: restore points copied from one repository to another',
    detail: 'e.g. copy add offsite --from main --to dr --job nightly --schedule "0 5 * * *" --keep-last 14; copy run offsite --wait shows the bytes settled and MB/s (Ctrl-C stops watching, not the run)',
    options: {
      from: { type: 'string' }, to: { type: 'string' }, job: { type: 'string', complete: 'job' }, vm: { type: 'string', complete: 'vm' }, schedule: { type: 'string' },
      'keep-last': { type: 'string' }, 'keep-days': { type: 'string' }, wait: { type: 'boolean' }
    },
    async run ([verb, name], o, ctx) {
      const count = (v: string | boolean | undefined, flag: string): number => {
        const n = v == null ? 0 : Number(v)
        if (!Number.isInteger(n) || n < 0) throw new ReplError('ERR_BAD_ARGUMENT', `${flag} ${String(v)} is not a whole number`)
        return n
      }
      if (verb == null || verb === 'list') {
        const jobs: any[] = (await ctx.mesh.request({ copyJobList: {} })).copyJobs?.jobs ?? []
        if (jobs.length === 0) return print(ctx, 'no copy jobs; add one with copy add NAME --from R --to R')
        return print(ctx, table([['NAME', 'FROM', 'TO', 'JOB', 'VM', 'SCHEDULE'], ...jobs.map((j) => [j.name ?? '', j.from ?? '', j.to ?? '', j.job || '*', j.vm || '*', j.schedule || '-'])]))
      }
      if (name == null) throw new ReplError('ERR_BAD_ARGUMENT', `copy ${verb} needs a copy job name; \`copy\` lists them`)
      if (verb === 'add') {
        if (o.from == null || o.to == null) throw new ReplError('ERR_BAD_ARGUMENT', 'copy add needs --from and --to: copy add NAME --from main --to dr')
        await ctx.mesh.request({
          copyJobAdd: {
            name, from: String(o.from), to: String(o.to), job: String(o.job ?? ''), vm: String(o.vm ?? ''), schedule: String(o.schedule ?? ''),
            retention: { keepLast: count(o['keep-last'], '--keep-last'), keepDays: count(o['keep-days'], '--keep-days') }
          }
        })
        ctx.invalidate()
        return print(ctx, `copy job ${name} saved`)
      }
      if (verb === 'remove') {
        await ctx.mesh.request({ copyJobRemove: { name } })
        ctx.invalidate()
        return print(ctx, `copy job ${name} removed (the copies it made stay)`)
      }
      if (verb === 'run') {
        const started = (await ctx.mesh.request({ copyJobRun: { name } })).session
        if (o.wait !== true) return print(ctx, `session ${started.id} started; \`watch ${started.id}\` follows it`)
        const s = await watch(started.id, ctx)
        ctx.invalidate()
        if (s.state !== 'running') print(ctx, renderSession(s))
        return
      }
      throw new ReplError('ERR_BAD_ARGUMENT', `copy ${verb}: use copy, copy add …, copy remove NAME or copy run NAME`)
    }
  },
  {
    name: 'bootcheck',
    usage: 'bootcheck [list | add NAME --job J [--vm V] [--schedule CRON] [--on NODE] [--script-path P] [--heartbeat-line L] [--boot-timeout S] | remove NAME | run NAME [--wait]]',
    summary: 'boot-check jobs: the newest good point of each VM of a backup job started in isolation and checked',
    detail: 'e.g. bootcheck add nightly-boot --job nightly --schedule "0 5 * * *" --script-path /usr/local/bin/check.sh; bootcheck run nightly-boot --wait shows each VM\'s result (Ctrl-C stops watching, not the run)',
    options: {
      job: { type: 'string', complete: 'job' }, vm: { type: 'string', complete: 'vm' }, schedule: { type: 'string' }, on: { type: 'string' },
      'script-path': { type: 'string' }, 'heartbeat-line': { type: 'string' }, 'boot-timeout': { type: 'string' }, wait: { type: 'boolean' }
    },
    async run ([verb, name], o, ctx) {
      if (verb == null || verb === 'list') {
        const jobs: any[] = (await ctx.mesh.request({ bootCheckJobList: {} })).bootCheckJobs?.jobs ?? []
        if (jobs.length === 0) return print(ctx, 'no boot-check jobs; add one with bootcheck add NAME --job J')
        return print(ctx, table([['NAME', 'JOB', 'VMS', 'SCHEDULE', 'ON'], ...jobs.map((j) => [j.name ?? '', j.job ?? '', (j.vms ?? []).join(',') || 'all', j.schedule || '-', j.on || 'any'])]))
      }
      if (name == null) throw new ReplError('ERR_BAD_ARGUMENT', `bootcheck ${verb} needs a boot-check job name; \`bootcheck\` lists them`)
      if (verb === 'add') {
        if (o.job == null) throw new ReplError('ERR_BAD_ARGUMENT', 'bootcheck add needs --job: bootcheck add NAME --job nightly')
        const timeout = o['boot-timeout'] == null ? 0 : Number(o['boot-timeout'])
        if (!Number.isInteger(timeout) || timeout < 0) throw new ReplError('ERR_BAD_ARGUMENT', `--boot-timeout ${String(o['boot-timeout'])} is not a whole number`)
        await ctx.mesh.request({
          bootCheckJobAdd: {
            name, job: String(o.job), vms: o.vm != null ? [String(o.vm)] : [], schedule: String(o.schedule ?? ''), on: String(o.on ?? ''),
            scriptPath: String(o['script-path'] ?? ''), heartbeatLine: String(o['heartbeat-line'] ?? ''), bootTimeoutS: timeout
          }
        })
        ctx.invalidate()
        return print(ctx, `boot-check job ${name} saved`)
      }
      if (verb === 'remove') {
        await ctx.mesh.request({ bootCheckJobRemove: { name } })
        ctx.invalidate()
        return print(ctx, `boot-check job ${name} removed (its sessions and checks stay)`)
      }
      if (verb === 'run') {
        const started = (await ctx.mesh.request({ bootCheckJobRun: { name } })).session
        if (o.wait !== true) return print(ctx, `session ${started.id} started; \`watch ${started.id}\` follows it`)
        const s = await watch(started.id, ctx)
        ctx.invalidate()
        if (s.state !== 'running') print(ctx, renderSession(s))
        return
      }
      throw new ReplError('ERR_BAD_ARGUMENT', `bootcheck ${verb}: use bootcheck, bootcheck add …, bootcheck remove NAME or bootcheck run NAME`)
    }
  },
  {
    name: 'throttle',
    usage: 'throttle [add NAME --from CIDR --to CIDR [--days D] [--hours H] --rate R | remove NAME]',
    summary: 'the throttling rules and which are in force now; add or remove one',
    detail: 'e.g. throttle add office --from 10.1.0.0/16 --to any --days mon-fri --hours 08:00-18:00 --rate 100MB/s (hours in the manager\'s local time)',
    options: { from: { type: 'string' }, to: { type: 'string' }, days: { type: 'string' }, hours: { type: 'string' }, rate: { type: 'string' } },
    async run ([verb, name], o, ctx) {
      let reply: any
      if (verb == null || verb === 'list') reply = await ctx.mesh.request({ throttleList: {} })
      else if (verb === 'add') {
        if (name == null || o.rate == null) throw new ReplError('ERR_BAD_ARGUMENT', 'throttle add needs a name and --rate: throttle add NAME --from CIDR --to CIDR --rate 100MB/s')
        reply = await ctx.mesh.request({ throttleAdd: { name, from: String(o.from ?? 'any'), to: String(o.to ?? 'any'), days: String(o.days ?? ''), hours: String(o.hours ?? ''), rateBps: parseRate(String(o.rate), '--rate') } })
      } else if (verb === 'remove') {
        if (name == null) throw new ReplError('ERR_BAD_ARGUMENT', 'throttle remove needs a rule name: throttle remove NAME; `throttle` lists them')
        reply = await ctx.mesh.request({ throttleRemove: { name } })
      } else throw new ReplError('ERR_BAD_ARGUMENT', `throttle ${verb}: use throttle, throttle add …, or throttle remove NAME`)
      print(ctx, renderThrottle(reply.throttleRules ?? {}))
    }
  },
  {
    name: 'files',
    usage: 'files ls|find|get POINT [PATH…|PATTERN] [--vm V] [--disk N] [--partition P] [--image FILE] [--to DIR]',
    summary: 'file-level restore: browse and get files inside a point\'s disk',
    detail: '`files ls POINT [PATH]` lists a guest folder, `files find POINT PATTERN` finds paths by glob (* ? [..] in a name, ** across folders), ' +
      '`files get POINT PATH… --to DIR` writes files and folders into DIR on the daemon\'s host (modes, owners as root, times, links and holes kept). ' +
      '--image FILE reads a disk image on the daemon\'s host instead of the point\'s disk (POINT may be -).',
    options: { vm: { type: 'string', complete: 'vm' }, disk: { type: 'string' }, partition: { type: 'string' }, image: { type: 'string' }, to: { type: 'string' }, limit: { type: 'string' } },
    async run ([verb, point, ...rest], o, ctx) {
      const usage = 'usage: files ls POINT [PATH] | files find POINT PATTERN | files get POINT PATH… --to DIR'
      if (point == null) throw new ReplError('ERR_BAD_ARGUMENT', usage)
      const disk = o.disk == null ? 0 : Number(o.disk)
      if (!(Number.isInteger(disk) && disk >= 0)) throw new ReplError('ERR_BAD_ARGUMENT', `--disk ${String(o.disk)} is not a disk index (0, 1, …)`)
      const guest = { pointId: point === '-' ? '' : point, vm: String(o.vm ?? ''), disk, partition: String(o.partition ?? ''), file: o.image != null ? resolve(ctx.cwd, String(o.image)) : '' }
      if (verb === 'ls') {
        const path = rest[0] ?? '/'
        const listing = (await ctx.mesh.request({ filesList: { disk: guest, path } })).filesListing
        print(ctx, [`${listing.volume}: ${path}`, ...(listing.entries ?? []).map((e: any) => entryLine(e))].join('\n'))
      } else if (verb === 'find') {
        if (rest[0] == null) throw new ReplError('ERR_BAD_ARGUMENT', usage)
        const limit = o.limit == null ? 1000 : Number(o.limit)
        const listing = (await ctx.mesh.request({ filesFind: { disk: guest, pattern: rest[0], under: '/', limit } })).filesListing
        print(ctx, [...(listing.entries ?? []).map((e: any) => entryLine(e, e.path)), ...(listing.truncated === true ? [`(stopped at ${limit} matches)`] : [])].join('\n'))
      } else if (verb === 'get') {
        if (rest.length === 0 || o.to == null) throw new ReplError('ERR_BAD_ARGUMENT', usage)
        const got = (await ctx.mesh.request({ filesGet: { disk: guest, paths: rest, to: resolve(ctx.cwd, String(o.to)) } })).filesGot
        print(ctx, [`got ${got.files} files, ${got.dirs} folders, ${got.symlinks} symlinks, ${got.hardlinks} hard links: ${formatBytes(Number(got.bytes))} in ${formatDuration(Number(got.durationMs) / 1000)} from ${got.volume} into ${got.to}`,
          ...(got.skipped ?? []).map((x: string) => `  skipped ${x}`)].join('\n'))
      } else throw new ReplError('ERR_BAD_ARGUMENT', usage)
    }
  },
  {
    name: 'recover',
    usage: 'recover [POINT --host H [--name N] [--network] | list | migrate ID | stop ID]',
    summary: 'instant recovery: run a restore point as a VM on a QEMU host within seconds; migrate it, stop it, list them',
    detail: 'e.g. recover web01-20260101-0000 --host kvm1, then recover migrate ID once the VM is good (the key of an encrypted point comes from the manager\'s catalog)',
    options: { host: { type: 'string' }, name: { type: 'string' }, vm: { type: 'string' }, network: { type: 'boolean' } },
    async run ([what, id], o, ctx) {
      if (what == null || what === 'list') {
        const reply = await ctx.mesh.request({ recoveryList: {} })
        print(ctx, renderRecoveries(reply.recoveries?.recoveries ?? []))
        return
      }
      if (what === 'migrate' || what === 'stop') {
        if (id == null) throw new ReplError('ERR_BAD_ARGUMENT', `recover ${what} needs the recovery id; \`recover list\` shows them`)
        const reply = await ctx.mesh.request({ recoveryAction: { id, action: what } })
        print(ctx, renderRecoveries([reply.recovery ?? {}]))
        return
      }
      if (o.host == null) throw new ReplError('ERR_BAD_ARGUMENT', 'recover POINT needs --host H: the QEMU host whose machine runs the VM')
      const started = Date.now()
      const reply = await ctx.mesh.request({ recover: { pointId: what, host: String(o.host), name: String(o.name ?? ''), vm: String(o.vm ?? ''), network: o.network === true } })
      print(ctx, renderRecovery(reply.recovery ?? {}, (Date.now() - started) / 1000))
    }
  },
  {
    name: 'help',
    usage: 'help [command]',
    summary: 'the commands, or one command in detail',
    args: ['command'],
    async run ([name], _o, ctx) {
      print(ctx, help(name))
    }
  },
  {
    name: 'exit',
    usage: 'exit',
    summary: 'leave the REPL (Ctrl-D too)',
    async run (_p, _o, ctx) { ctx.exit() }
  }
]

const byName = new Map(COMMANDS.map((c) => [c.name, c]))

export function help (name?: string): string {
  if (name == null) {
    return [
      'commands:',
      table(COMMANDS.map((c) => [`  ${c.usage}`, c.summary])),
      '',
      'Anything else is JavaScript, with top-level await and a `mesh` object: mesh.status(), mesh.jobs(),',
      'mesh.run(job), mesh.sessions(job?), mesh.session(id), mesh.points({ job, vm }), mesh.restore(point,',
      '{ to, disk, force }), mesh.verify(point), mesh.request({ hostList: {} }). Tab completes commands, jobs and points.'
    ].join('\n')
  }
  const c = byName.get(name)
  if (c == null) throw new ReplError('ERR_NO_SUCH_COMMAND', `no command "${name}"; \`help\` lists them`)
  return [`${c.usage}`, `  ${c.summary}`, ...(c.detail != null ? [`  ${c.detail}`] : [])].join('\n')
}

/** Splits a command line into words; single or double quotes keep spaces. */
export function tokenize (line: string): string[] {
  const words: string[] = []
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g
  for (const m of line.matchAll(re)) words.push(m[1] ?? m[2] ?? m[3]!)
  return words
}

/** The command a line runs, or undefined when the line is JavaScript. */
export function commandOf (line: string): ReplCommand | undefined {
  const m = /^\s*([a-z]+)(\s|$)/.exec(line)
  return m == null ? undefined : byName.get(m[1]!)
}

export async function runCommand (command: ReplCommand, line: string, ctx: CommandContext): Promise<void> {
  let parsed
  try {
    parsed = parseArgs({ args: tokenize(line).slice(1), options: command.options ?? {}, allowPositionals: true, strict: true })
  } catch (err: any) {
    throw new ReplError('ERR_BAD_ARGUMENT', `${err.message}; usage: ${command.usage}`)
  }
  await command.run(parsed.positionals, parsed.values as Record<string, string | boolean | undefined>, ctx)
}

/** What the last word of a command line completes to: a command name, an option, an argument of a kind, or nothing. */
interface CompletionSlot {
  word: string
  kind: ArgKind | 'option' | undefined
  command?: ReplCommand
}

/** The slot of the line's last word, or undefined when the line is not a command (JavaScript completes it). */
function completionSlot (line: string): CompletionSlot | undefined {
  const words = line.trimStart().split(/\s+/)
  const word = words[words.length - 1]!
  if (words.length === 1) return COMMANDS.some((c) => c.name.startsWith(word)) ? { word, kind: 'command' } : undefined
  const command = byName.get(words[0]!)
  if (command == null) return undefined
  if (word.startsWith('-')) return { word, kind: 'option', command }
  const previous = words[words.length - 2]!
  if (previous.startsWith('--')) {
    const option = command.options?.[previous.slice(2)]
    if (option?.type === 'string') return { word, kind: option.complete, command }
  }
  // which positional this word is: words before it that are neither options nor option values
  let index = 0
  for (let i = 1; i < words.length - 1; i++) {
    const w = words[i]!
    if (w.startsWith('--')) {
      if (command.options?.[w.slice(2)]?.type === 'string') i++
      continue
    }
    index++
  }
  return { word, kind: command.args?.[index], command }
}

/** Whether completing the line draws on the daemon's lists (jobs, points, VMs), which go stale. */
export function completesFromLists (line: string): boolean {
  const kind = completionSlot(line)?.kind
  return kind === 'job' || kind === 'point' || kind === 'vm' || kind === 'session'
}

/**
 * Readline completion for a command line: [candidates, the word they complete], or undefined when
 * the line is not a command (JavaScript completes it).
 */
export function complete (line: string, lists: CompletionLists): [string[], string] | undefined {
  const slot = completionSlot(line)
  if (slot === undefined) return undefined
  const { word, kind, command } = slot
  const hits = (candidates: string[]): [string[], string] => [[...new Set(candidates)].filter((c) => c.startsWith(word)).sort(), word]
  if (kind === 'command') return hits(COMMANDS.map((c) => c.name))
  if (kind === 'option') return hits(Object.keys(command?.options ?? {}).map((o) => `--${o}`))
  if (kind === 'job' || kind === 'session') return hits(lists.jobs)
  if (kind === 'point') return hits(lists.points)
  if (kind === 'vm') return hits(lists.vms)
  return [[], word]
}
