/**
 * @packageDocumentation
 * `meshbackup verify-job …`: scheduled health checks of a repository. A run re-reads every point
 * not verified within the job's `--older-than` days, each stored block once; its sessions are
 * listed with the backup jobs' (`meshbackup session list`), and `run --wait` shows progress and
 * MB/s like a backup.
 *
 * @example
 * ```sh
 * meshbackup verify-job add weekly-check --repository main --schedule "0 3 * * 0" --older-than 30
 * meshbackup verify-job run weekly-check --wait
 * ```
 */
import type { Command } from 'commander'
import { adminPb as pb } from '../../../proto/admin-codec.ts'
import { progressBar } from '../progress.ts'
import { call, collect, count, json, plain, print } from './common.ts'
import { renderSession, showSessionProgress, table } from './render.ts'
import { sessionExitCode } from './exit-codes.ts'

export function addVerifyJobCommands (program: Command): void {
  const job = program.command('verify-job').description('scheduled verify of a repository: every point re-read, each stored block once')
  job.command('add')
    .description('create or replace a verify job')
    .argument('<name>', 'verify job name (not the name of a backup job)')
    .requiredOption('--repository <name>', 'the repository to verify')
    .option('--schedule <cron>', 'run on this cron schedule, in the manager\'s local time (e.g. "0 3 * * 0": Sundays 03:00)')
    .option('--older-than <days>', 'verify only the points not verified within this many days (0: every point, every run)', count('--older-than'), 0)
    .option('--notify <url>', 'POST the session summary, damaged points included, as JSON to this http(s) webhook')
    .option('--notify-on <states>', 'when to notify: failed,warning,success (default: failed,warning)', collect)
    .action(async (name: string, opts, cmd: Command) => {
      const saved = (await call(cmd, {
        verifyJobAdd: { name, repository: opts.repository, schedule: opts.schedule ?? '', olderThanDays: opts.olderThan, notify: { webhook: opts.notify ?? '', on: opts.notifyOn ?? [] } }
      })).verifyJob
      if (json(cmd)) return print(plain(pb.VerifyJob, saved ?? {}))
      console.log(`verify job ${name} saved${saved?.schedule ? `; it runs on "${saved.schedule}"` : '; run it with `meshbackup verify-job run ' + name + ' --wait`'}`)
    })
  job.command('list')
    .description('list verify jobs')
    .action(async (_opts, cmd: Command) => {
      const jobs = (await call(cmd, { verifyJobList: {} })).verifyJobs?.jobs ?? []
      if (json(cmd)) return print(jobs.map((j) => plain(pb.VerifyJob, j)))
      if (jobs.length === 0) return console.log('no verify jobs')
      console.log(table([['NAME', 'REPOSITORY', 'OLDER THAN', 'SCHEDULE', 'NOTIFY'],
        ...jobs.map((j) => [j.name ?? '', j.repository ?? '', `${j.olderThanDays ?? 0} days`, j.schedule || '-', j.notify?.webhook || '-'])]))
    })
  job.command('remove')
    .description('remove a verify job and its schedule (its sessions stay)')
    .argument('<name>', 'verify job name')
    .action(async (name: string, _opts, cmd: Command) => {
      await call(cmd, { verifyJobRemove: { name } })
      console.log(`verify job ${name} removed`)
    })
  job.command('run')
    .description('start a run of the verify job now')
    .argument('<name>', 'verify job name')
    .option('--wait', 'show progress and wait for the run to end (exit 1 if it failed or found damaged points)')
    .action(async (name: string, opts, cmd: Command) => {
      if (opts.wait !== true) {
        const started = (await call(cmd, { verifyJobRun: { name } })).session!
        if (json(cmd)) return print(plain(pb.SessionRecord, started))
        console.log(`session ${started.id} started; follow it with \`meshbackup session show ${started.id}\``)
        return
      }
      const bar = progressBar()
      const s = (await call(cmd, { verifyJobRun: { name, wait: true } }, (p) => { if (p.session != null) showSessionProgress(bar, p.session) })).session!
      showSessionProgress(bar, s)
      bar.done()
      if (json(cmd)) print(plain(pb.SessionRecord, s))
      else console.log(renderSession(s))
      process.exitCode = sessionExitCode(s.state)
    })
}
