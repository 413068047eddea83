/**
 * @packageDocumentation
 * `meshbackup bootcheck …`: scheduled boot checks (SureBackup). A run boot-checks the newest good
 * point of each VM of a backup job, one VM at a time, on a node that can run QEMU (the one named
 * with `--on`, else a proxy's node first); each check is recorded as `verify POINT --boot`'s are,
 * and the run's session (listed with the backup jobs') names each VM's result.
 *
 * @example
 * ```sh
 * meshbackup bootcheck add nightly-boot --job vms --schedule "0 5 * * *" --script-path /usr/local/bin/check.sh
 * meshbackup bootcheck run nightly-boot --wait
 * ```
 */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Command } from 'commander'
import { adminPb as pb } from '../../../proto/admin-codec.ts'
import { progressBar } from '../progress.ts'
import { call, collect, count, json, plain, print } from './common.ts'
import { renderSession, showSessionProgress, table } from './render.ts'
import { sessionExitCode } from './exit-codes.ts'

export function addBootCheckCommands (program: Command): void {
  const job = program.command('bootcheck').description('scheduled boot checks: the newest good point of each VM of a backup job started in isolation and checked')
  job.command('add')
    .description('create or replace a boot-check job')
    .argument('<name>', 'boot-check job name (not the name of a backup job)')
    .requiredOption('--job <backupjob>', 'the backup job whose VMs are checked')
    .option('--vm <name>', 'check only this VM (repeatable; default: every VM of the backup job)', collect)
    .option('--schedule <cron>', 'run on this cron schedule, in the manager\'s local time (e.g. "0 5 * * *": daily 05:00)')
    .option('--on <node>', 'run the checks on this node (peer id or its unique start; default: a node that can run QEMU, a proxy\'s first)')
    .option('--heartbeat-line <text>', 'a serial console line that says the guest is up (besides the guest agent answering)')
    .option('--no-agent', 'do not wait for the guest agent (--heartbeat-line is then the heartbeat)')
    .option('--boot-timeout <s>', 'seconds from the VM\'s start to its heartbeat (default 120)', count('--boot-timeout'))
    .option('--script <file>', 'a shell script (this file\'s text, kept with the job) to run in each guest; non-zero exit fails the check')
    .option('--script-path <path>', 'a program in the guest to run instead (arguments: --script-arg, repeatable)')
    .option('--script-arg <arg>', 'an argument of --script-path (repeatable)', collect)
    .option('--script-timeout <s>', 'seconds the script may run (default 60)', count('--script-timeout'))
    .action(async (name: string, opts, cmd: Command) => {
      const saved = (await call(cmd, {
        bootCheckJobAdd: {
          name,
          job: opts.job,
          vms: opts.vm ?? [],
          schedule: opts.schedule ?? '',
          on: opts.on ?? '',
          heartbeatLine: opts.heartbeatLine ?? '',
          noAgent: opts.agent === false,
          bootTimeoutS: opts.bootTimeout ?? 0,
          scriptText: opts.script != null ? await readFile(resolve(opts.script), 'utf8') : '',
          scriptPath: opts.scriptPath ?? '',
          scriptArgs: opts.scriptArg ?? [],
          scriptTimeoutS: opts.scriptTimeout ?? 0
        }
      })).bootCheckJob
      if (json(cmd)) return print(plain(pb.BootCheckJob, saved ?? {}))
      console.log(`boot-check job ${name} saved${saved?.schedule ? `; it runs on "${saved.schedule}"` : '; run it with `meshbackup bootcheck run ' + name + ' --wait`'}`)
    })
  job.command('list')
    .description('list boot-check jobs')
    .action(async (_opts, cmd: Command) => {
      const jobs = (await call(cmd, { bootCheckJobList: {} })).bootCheckJobs?.jobs ?? []
      if (json(cmd)) return print(jobs.map((j) => plain(pb.BootCheckJob, j)))
      if (jobs.length === 0) return console.log('no boot-check jobs')
      console.log(table([['NAME', 'JOB', 'VMS', 'SCHEDULE', 'ON', 'SCRIPT'],
        ...jobs.map((j) => [j.name ?? '', j.job ?? '', (j.vms ?? []).join(',') || 'all', j.schedule || '-', j.on || 'any', j.scriptPath || (j.scriptText ? '(text)' : '-')])]))
    })
  job.command('remove')
    .description('remove a boot-check job and its schedule (its sessions and the checks it recorded stay)')
    .argument('<name>', 'boot-check job name')
    .action(async (name: string, _opts, cmd: Command) => {
      await call(cmd, { bootCheckJobRemove: { name } })
      console.log(`boot-check job ${name} removed`)
    })
  job.command('run')
    .description('start a run of the boot-check job now')
    .argument('<name>', 'boot-check job name')
    .option('--wait', 'wait for the run to end and show each VM\'s result (exit 1 if a VM failed)')
    .action(async (name: string, opts, cmd: Command) => {
      if (opts.wait !== true) {
        const started = (await call(cmd, { bootCheckJobRun: { name } })).session!
        if (json(cmd)) return print(plain(pb.SessionRecord, started))
        console.log(`session ${started.id} started; follow it with \`meshbackup session show ${started.id}\``)
        return
      }
      const bar = progressBar()
      const s = (await call(cmd, { bootCheckJobRun: { name, wait: true } }, (p) => { if (p.session != null) showSessionProgress(bar, p.session) })).session!
      showSessionProgress(bar, s)
      bar.done()
      if (json(cmd)) print(plain(pb.SessionRecord, s))
      else console.log(renderSession(s))
      process.exitCode = sessionExitCode(s.state)
    })
}
