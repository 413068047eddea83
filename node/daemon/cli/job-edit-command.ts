/**
 * @packageDocumentation
 * `meshbackup job edit NAME [options]`: changes only the settings given. The manager applies them
 * to the saved job (JobEdit names the fields), so guest credentials and scripts stay on the
 * manager unless replaced, and the edited job is checked like a new one.
 */
import { resolve } from 'node:path'
import { readFile } from 'node:fs/promises'
import type { Command } from 'commander'
import type { Job } from '../../../proto/index.ts'
import { CliError, call, collect, count, parseSize } from './common.ts'
import { addJobSettingOptions, guestVms } from './job-options.ts'

const NONE = ['', 'none', 'off']

export function addJobEditCommand (job: Command): void {
  addJobSettingOptions(job.command('edit'), false)
    .description('change the settings given and keep the others (guest credentials included)')
    .argument('<name>', 'job name')
    .option('--host <name>', 'the host whose VMs to back up')
    .option('--repository <name>', 'the repository to back up to')
    .option('--vm <name>', 'the VMs to include (repeatable; replaces the list)', collect)
    .option('--all-vms', 'include every VM of the host')
    .option('--mode <mode>', 'pin the transport mode: direct | hotadd | nbd, or auto')
    .option('--cbt', 'use changed block tracking where the host has it')
    .option('--no-cbt', 'read every block even where the host tracks changed blocks')
    .option('--exclude <glob>', 'guest paths whose files\' data is not stored (repeatable; replaces the list; "none": no exclusions)', collect)
    .option('--skip-free', 'skip the guest filesystems\' free space (the default)')
    .option('--no-skip-free', 'read and store free space too')
    .option('--skip-swap', 'skip swap partitions and swap files (the default)')
    .option('--no-skip-swap', 'read and store swap too')
    .option('--schedule <cron>', 'cron schedule in the manager\'s local time; "none": manual runs only')
    .option('--notify <url>', 'POST the session summary to this http(s) webhook; "none": no webhook')
    .option('--guest', 'turn application-aware processing on')
    .option('--no-guest', 'turn application-aware processing off (its settings are kept)')
    .action(async (name: string, opts, cmd: Command) => {
      const { job, fields } = await jobChanges(name, opts)
      if (fields.length === 0) throw new CliError('ERR_BAD_ARGUMENT', `job edit ${name}: give at least one setting to change (\`meshbackup job edit --help\`)`)
      await call(cmd, { jobEdit: { job, fields } })
      console.log(`job ${name} changed: ${fields.join(', ')}`)
      // blocks of one key cannot refer to blocks of another: the base of an incremental is unusable
      if (fields.includes('key')) console.log(`the next backup of each VM of job ${name} is a full one: ${job.key ? `its points are now encrypted with key ${job.key}` : 'its points are now plain'}, and earlier points (${job.key ? 'of another key or none' : 'encrypted'}) cannot be its base`)
    })
}

/** The job fields the options set, and their names as JobEdit lists them. */
async function jobChanges (name: string, opts: Record<string, any>): Promise<{ job: Job, fields: string[] }> {
  const job: Job = { name, retention: {}, notify: {}, guest: { credentials: {} } }
  const fields: string[] = []
  const set = (field: string, value: unknown, apply: (v: any) => void): void => {
    if (value === undefined) return
    apply(value)
    fields.push(field)
  }
  const read = async (file: string): Promise<string> => await readFile(resolve(file), 'utf8')
  if (opts.vm != null && opts.allVms === true) throw new CliError('ERR_BAD_ARGUMENT', 'give either --vm NAME… or --all-vms, not both')
  set('host', opts.host, (v) => { job.host = v })
  set('repository', opts.repository, (v) => { job.repository = v })
  set('vms', opts.allVms === true ? [] : opts.vm, (v) => { job.vms = v })
  set('blockSize', opts.blockSize, (v) => { job.blockSize = parseSize(v, '--block-size') })
  set('compression', opts.compression, (v) => { job.compression = v })
  set('compressionLevel', opts.level, (v) => { job.compressionLevel = v })
  set('rateLimitBps', opts.rate, (v) => { job.rateLimitBps = parseSize(v, '--rate') })
  set('mode', opts.mode, (v) => { job.mode = v === 'auto' ? '' : v })
  set('noCbt', opts.cbt, (v) => { job.noCbt = v === false })
  set('exclude', opts.exclude, (v: string[]) => { job.exclude = v.filter((p) => !NONE.includes(p)) })
  set('noSkipFree', opts.skipFree, (v) => { job.noSkipFree = v === false })
  set('noSkipSwap', opts.skipSwap, (v) => { job.noSkipSwap = v === false })
  set('key', opts.key, (v) => { job.key = NONE.includes(v) ? '' : v })
  set('schedule', opts.schedule, (v) => { job.schedule = NONE.includes(v) ? '' : v })
  set('retention.keepLast', opts.keepLast, (v) => { job.retention!.keepLast = v })
  set('retention.keepDays', opts.keepDays, (v) => { job.retention!.keepDays = v })
  set('retention.weekly', opts.keepWeekly, (v) => { job.retention!.weekly = v })
  set('retention.monthly', opts.keepMonthly, (v) => { job.retention!.monthly = v })
  set('notify.webhook', opts.notify, (v) => { job.notify!.webhook = NONE.includes(v) ? '' : v })
  // no webhook: no states to notify on either
  set('notify.on', opts.notifyOn ?? (opts.notify != null && NONE.includes(opts.notify) ? [] : undefined), (v) => { job.notify!.on = v })
  const guest = job.guest!
  set('guest.enabled', opts.guest, (v) => { guest.enabled = v })
  set('guest.preFreeze', opts.preFreeze == null ? undefined : await read(opts.preFreeze), (v) => { guest.preFreeze = v })
  set('guest.postThaw', opts.postThaw == null ? undefined : await read(opts.postThaw), (v) => { guest.postThaw = v })
  set('guest.credentials.user', opts.guestUser, (v) => { guest.credentials!.user = v })
  set('guest.credentials.privateKey', opts.guestKey == null ? undefined : await read(opts.guestKey), (v) => { guest.credentials!.privateKey = v })
  set('guest.credentials.password', opts.guestPassword, (v) => { guest.credentials!.password = v })
  set('guest.vms', opts.guestAddress != null || opts.guestHostKey != null ? guestVms(opts.guestAddress ?? [], opts.guestHostKey ?? []) : undefined, (v) => { guest.vms = v })
  set('guest.qga', opts.guestQga, (v) => { guest.qga = v })
  set('guest.scriptTimeoutS', opts.guestTimeout, (v) => { guest.scriptTimeoutS = v })
  set('guest.failurePolicy', opts.guestPolicy, (v) => { guest.failurePolicy = v })
  return { job, fields }
}
