/**
 * @packageDocumentation
 * `meshbackup copy …`: backup copy jobs. A run copies every restore point of one repository
 * (filtered by backup job and VM) that another does not hold yet, sending only the blocks the
 * target lacks (sealed blocks as they are: no key needed); the target applies its own lock period
 * and the copy job's `--keep-*` retention. Its sessions are listed with the backup jobs'
 * (`meshbackup session list`), and `run` shows progress and MB/s like a backup.
 *
 * @example
 * ```sh
 * meshbackup copy add offsite --from main --to dr --schedule "0 5 * * *" --keep-last 14
 * meshbackup copy run offsite
 * ```
 */
import type { Command } from 'commander'
import { adminPb as pb } from '../../../proto/admin-codec.ts'
import { progressBar } from '../progress.ts'
import { formatRate, parseRate } from '../../core/traffic-rules.ts'
import { call, collect, count, json, plain, print } from './common.ts'
import { renderSession, showSessionProgress, table } from './render.ts'
import { sessionExitCode } from './exit-codes.ts'

export function addCopyJobCommands (program: Command): void {
  const copy = program.command('copy').description('backup copy jobs: restore points copied from one repository to another')
  copy.command('add')
    .description('create or replace a copy job')
    .argument('<name>', 'copy job name (not the name of a backup or verify job)')
    .requiredOption('--from <repository>', 'the repository to copy from')
    .requiredOption('--to <repository>', 'the repository to copy to')
    .option('--job <job>', 'only the restore points of this backup job')
    .option('--vm <vm>', 'only the restore points of this VM')
    .option('--schedule <cron>', 'run on this cron schedule, in the manager\'s local time (e.g. "0 5 * * *": daily 05:00)')
    .option('--keep-last <n>', 'retention on the target: keep the newest N points of each VM (0: not used)', count('--keep-last'), 0)
    .option('--keep-days <d>', 'retention on the target: keep the points younger than D days', count('--keep-days'), 0)
    .option('--keep-weekly <w>', 'retention on the target: keep the newest point of each of the last W ISO weeks', count('--keep-weekly'), 0)
    .option('--keep-monthly <m>', 'retention on the target: keep the newest point of each of the last M months', count('--keep-monthly'), 0)
    .option('--rate <rate>', 'cap the copy at this rate on the wire (e.g. 50MB/s, 400Mbit/s); throttling rules apply too, the lowest wins')
    .option('--notify <url>', 'POST the session summary as JSON to this http(s) webhook')
    .option('--notify-on <states>', 'when to notify: failed,warning,success (default: failed,warning)', collect)
    .action(async (name: string, opts, cmd: Command) => {
      const saved = (await call(cmd, {
        copyJobAdd: {
          name,
          from: opts.from,
          to: opts.to,
          job: opts.job ?? '',
          vm: opts.vm ?? '',
          schedule: opts.schedule ?? '',
          retention: { keepLast: opts.keepLast, keepDays: opts.keepDays, weekly: opts.keepWeekly, monthly: opts.keepMonthly },
          rateLimitBps: opts.rate === undefined ? 0 : parseRate(opts.rate, '--rate'),
          notify: { webhook: opts.notify ?? '', on: opts.notifyOn ?? [] }
        }
      })).copyJob
      if (json(cmd)) return print(plain(pb.CopyJob, saved ?? {}))
      console.log(`copy job ${name} saved${saved?.schedule ? `; it runs on "${saved.schedule}"` : '; run it with `meshbackup copy run ' + name + '`'}`)
    })
  copy.command('list')
    .description('list copy jobs')
    .action(async (_opts, cmd: Command) => {
      const jobs = (await call(cmd, { copyJobList: {} })).copyJobs?.jobs ?? []
      if (json(cmd)) return print(jobs.map((j) => plain(pb.CopyJob, j)))
      if (jobs.length === 0) return console.log('no copy jobs')
      const keep = (r: typeof jobs[number]['retention']): string => [r?.keepLast ? `last ${r.keepLast}` : '', r?.keepDays ? `${r.keepDays}d` : '', r?.weekly ? `${r.weekly}w` : '', r?.monthly ? `${r.monthly}m` : ''].filter((x) => x !== '').join(' ') || 'all'
      console.log(table([['NAME', 'FROM', 'TO', 'JOB', 'VM', 'SCHEDULE', 'KEEP', 'RATE'],
        ...jobs.map((j) => [j.name ?? '', j.from ?? '', j.to ?? '', j.job || '*', j.vm || '*', j.schedule || '-', keep(j.retention), Number(j.rateLimitBps ?? 0) > 0 ? formatRate(Number(j.rateLimitBps)) : '-'])]))
    })
  copy.command('remove')
    .description('remove a copy job and its schedule (its sessions and the copies it made stay)')
    .argument('<name>', 'copy job name')
    .action(async (name: string, _opts, cmd: Command) => {
      await call(cmd, { copyJobRemove: { name } })
      console.log(`copy job ${name} removed`)
    })
  copy.command('run')
    .description('run the copy job now and wait for it, showing progress (exit 1 if a point was not copied)')
    .argument('<name>', 'copy job name')
    .option('--no-wait', 'start the run and return')
    .action(async (name: string, opts, cmd: Command) => {
      if (opts.wait === false) {
        const started = (await call(cmd, { copyJobRun: { name } })).session!
        if (json(cmd)) return print(plain(pb.SessionRecord, started))
        console.log(`session ${started.id} started; follow it with \`meshbackup session show ${started.id}\``)
        return
      }
      const bar = progressBar()
      const s = (await call(cmd, { copyJobRun: { name, wait: true } }, (p) => { if (p.session != null) showSessionProgress(bar, p.session) })).session!
      showSessionProgress(bar, s)
      bar.done()
      if (json(cmd)) print(plain(pb.SessionRecord, s))
      else console.log(renderSession(s))
      process.exitCode = sessionExitCode(s.state)
    })
}
