/**
 * @packageDocumentation
 * `meshbackup job …` and `meshbackup session …`: backup jobs and their runs.
 */
import { resolve } from 'node:path'
import { readFile } from 'node:fs/promises'
import type { Command } from 'commander'
import type { Job } from '../../../proto/index.ts'
import { adminPb as pb } from '../../../proto/admin-codec.ts'
import { progressBar } from '../progress.ts'
import { CliError, call, collect, count, json, parseSize, plain, print } from './common.ts'
import { renderSession, showSessionProgress, table } from './render.ts'
import { sessionExitCode } from './exit-codes.ts'
import { addJobSettingOptions, guestVms } from './job-options.ts'
import { formatBytes, formatDuration } from '../../core/units.ts'
import { addJobEditCommand } from './job-edit-command.ts'

export function addJobCommands (program: Command): void {
  const job = program.command('job').description('backup jobs')
  addJobSettingOptions(job.command('add'), true)
    .description('create or replace a backup job')
    .argument('<name>', 'job name')
    .requiredOption('--host <name>', 'the host whose VMs to back up')
    .requiredOption('--repository <name>', 'the repository to back up to')
    .option('--vm <name>', 'a VM to include (repeatable; default: every VM of the host)', collect)
    .option('--mode <mode>', 'pin the transport mode: direct | hotadd | nbd (default: automatic, with failover)')
    .option('--no-cbt', 'read every block even where the host tracks changed blocks')
    .option('--exclude <glob>', 'a guest path whose files\' data is not stored (repeatable): /var/cache/**, /tmp, *.tmp', collect)
    .option('--no-skip-free', 'read and store the guest filesystems\' free space too (default: skipped)')
    .option('--no-skip-swap', 'read and store swap partitions and swap files too (default: skipped)')
    .option('--guest', 'application-aware processing: run scripts in the guest around the snapshot')
    .option('--schedule <cron>', 'run on this cron schedule, in the manager\'s local time: "minute hour day month weekday" (e.g. "0 2 * * *"), or 6 fields with seconds first')
    .option('--notify <url>', 'POST the session summary as JSON to this http(s) webhook')
    .action(async (name: string, opts, cmd: Command) => {
      const read = async (file: string | undefined): Promise<string> => file == null ? '' : await readFile(resolve(file), 'utf8')
      const spec: Job = {
        name, host: opts.host, repository: opts.repository, vms: opts.vm ?? [],
        blockSize: parseSize(opts.blockSize, '--block-size'), compression: opts.compression, compressionLevel: opts.level, rateLimitBps: parseSize(opts.rate, '--rate'),
        mode: opts.mode ?? '', noCbt: opts.cbt === false, key: opts.key ?? '',
        exclude: opts.exclude ?? [], noSkipFree: opts.skipFree === false, noSkipSwap: opts.skipSwap === false,
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
          scriptTimeoutS: opts.guestTimeout,
          failurePolicy: opts.guestPolicy
        }
      }
      await call(cmd, { jobAdd: spec })
      console.log(`job ${name} saved${spec.key ? `; its points are encrypted with key ${spec.key}` : ''}`)
    })
  addJobEditCommand(job)
  job.command('remove')
    .description('remove a job and its schedule (its sessions and restore points stay)')
    .argument('<name>', 'job name')
    .action(async (name: string, _opts, cmd: Command) => {
      await call(cmd, { jobRemove: { name } })
      console.log(`job ${name} removed; its restore points stay (\`meshbackup points list --job ${name}\`, \`meshbackup points forget POINT…\`)`)
    })
  job.command('list')
    .description('list jobs')
    .action(async (_opts, cmd: Command) => {
      const jobs = (await call(cmd, { jobList: {} })).jobs?.jobs ?? []
      if (json(cmd)) return print(jobs.map((j) => plain(pb.Job, j)))
      console.log(table([['NAME', 'HOST', 'VMS', 'REPOSITORY', 'BLOCK', 'COMPRESSION', 'SCHEDULE', 'KEY'],
        ...jobs.map((j) => [j.name ?? '', j.host ?? '', j.vms?.length ? j.vms.join(',') : '(all)', j.repository ?? '', formatBytes(j.blockSize ?? 0), `${j.compression}${j.compression === 'zstd' ? `:${j.compressionLevel}` : ''}`, j.schedule || '-', j.key || '-'])]))
    })
  job.command('run')
    .description('start a session of the job')
    .argument('<name>', 'job name')
    .option('--wait', 'show progress and wait for the session to end (exit 1 if it failed, 3 if it ended with warnings)')
    .action(async (name: string, opts, cmd: Command) => {
      if (opts.wait !== true) {
        const started = (await call(cmd, { jobRun: { name } })).session!
        if (json(cmd)) return print(plain(pb.SessionRecord, started))
        console.log(`session ${started.id} started; follow it with \`meshbackup session show ${started.id}\``)
        return
      }
      // the daemon follows the session and streams its progress on this one request
      const bar = progressBar()
      const s = (await call(cmd, { jobRun: { name, wait: true } }, (p) => { if (p.session != null) showSessionProgress(bar, p.session) })).session!
      // the ended session is the last state shown: 100 % when every disk was backed up
      showSessionProgress(bar, s)
      bar.done()
      if (json(cmd)) print(plain(pb.SessionRecord, s))
      else console.log(renderSession(s))
      process.exitCode = sessionExitCode(s.state)
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
          s.endedAtMs ? formatDuration((s.endedAtMs - (s.startedAtMs ?? 0)) / 1000) : '-',
          // a verify job's session: the points it checked; a boot check's: the point it started
          String(s.kind === 'verify' ? s.verifyReport?.pointsChecked ?? 0 : s.kind === 'boot-check' ? `boot check ${(s.points ?? [])[0] ?? ''}` : s.points?.length ?? 0)])]))
    })
}
