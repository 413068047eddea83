/**
 * @packageDocumentation
 * The manager's configuration database (the seed's "Veeam Backup configuration database"): jobs,
 * registered hosts and session records, each a protobuf message in a LevelDB sublevel.
 */
import type { Level } from 'level'
import { pb, type Job, type HostSpec, type Notify, type Retention, type SessionRecord, type VerifyJob, type CopyJob, type RecoveryInfo, type BootCheckJob } from '../../proto/index.ts'
import { UserError } from '../../node/runtime/actors/errors.ts'
import { parseSchedule, type ScheduleState } from './schedule.ts'
import { DEFAULT_NOTIFY_ON, NOTIFY_STATES } from './notify.ts'
import { ChangeLog, type ChangeTable } from './change-log.ts'

export const DEFAULT_BLOCK_SIZE = 1024 * 1024
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/
// job names leave out '.', which separates the job from the time in session ids
const JOB_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/

/** The part of a LevelDB sublevel the catalog uses. */
interface Table {
  get(key: string): Promise<Uint8Array | undefined>
  put(key: string, value: Uint8Array): Promise<void>
  del(key: string): Promise<void>
  values(options?: { gte?: string, lt?: string, reverse?: boolean, limit?: number }): AsyncIterable<Uint8Array>
}
type Sub = Table

export class Catalog {
  readonly #jobs: Sub
  readonly #hosts: Sub
  readonly #sessions: Sub
  readonly #snapshots: Sub
  readonly #schedules: Sub
  readonly #hostKeys: Sub
  readonly #verifyJobs: Sub
  readonly #copyJobs: Sub
  readonly #recoveries: Sub
  readonly #bootCheckJobs: Sub
  /** every configuration change, newest first */
  readonly changes: ChangeLog

  constructor (db: Level<string, Uint8Array>) {
    const root = db.sublevel<string, Uint8Array>('manager', { valueEncoding: 'view' })
    this.#jobs = root.sublevel<string, Uint8Array>('jobs', { valueEncoding: 'view' }) as unknown as Sub
    this.#hosts = root.sublevel<string, Uint8Array>('hosts', { valueEncoding: 'view' }) as unknown as Sub
    this.#sessions = root.sublevel<string, Uint8Array>('sessions', { valueEncoding: 'view' }) as unknown as Sub
    this.#snapshots = root.sublevel<string, Uint8Array>('snapshots', { valueEncoding: 'view' }) as unknown as Sub
    this.#schedules = root.sublevel<string, Uint8Array>('schedules', { valueEncoding: 'view' }) as unknown as Sub
    this.#hostKeys = root.sublevel<string, Uint8Array>('guest-host-keys', { valueEncoding: 'view' }) as unknown as Sub
    this.#verifyJobs = root.sublevel<string, Uint8Array>('verify-jobs', { valueEncoding: 'view' }) as unknown as Sub
    this.#copyJobs = root.sublevel<string, Uint8Array>('copy-jobs', { valueEncoding: 'view' }) as unknown as Sub
    this.#recoveries = root.sublevel<string, Uint8Array>('recoveries', { valueEncoding: 'view' }) as unknown as Sub
    this.#bootCheckJobs = root.sublevel<string, Uint8Array>('boot-check-jobs', { valueEncoding: 'view' }) as unknown as Sub
    this.changes = new ChangeLog(root.sublevel<string, Uint8Array>('changes', { valueEncoding: 'view' }) as unknown as ChangeTable)
  }

  /** The SSH host key fingerprint pinned for a guest the first time guest processing reached it. */
  async guestHostKey (host: string, vm: string): Promise<string | undefined> {
    const bytes = await this.#hostKeys.get(`${host}\0${vm}`)
    return bytes == null ? undefined : Buffer.from(bytes).toString('utf8')
  }

  async pinGuestHostKey (host: string, vm: string, fingerprint: string): Promise<void> {
    await this.#hostKeys.put(`${host}\0${vm}`, Buffer.from(fingerprint))
  }

  /** The due time of a job's last scheduled run, so a run missed while the manager was down is found. */
  async scheduleState (job: string): Promise<ScheduleState | undefined> {
    const bytes = await this.#schedules.get(job)
    return bytes == null ? undefined : JSON.parse(Buffer.from(bytes).toString('utf8'))
  }

  async saveScheduleState (job: string, state: ScheduleState): Promise<void> {
    await this.#schedules.put(job, Buffer.from(JSON.stringify(state)))
  }

  async forgetScheduleState (job: string): Promise<void> {
    await this.#schedules.del(job)
  }

  /**
   * Records a snapshot before it is asked for (snapshotId still empty) and again once it exists;
   * a record outliving its session is a leftover the snapshot hunter releases.
   */
  async recordSnapshot (record: SnapshotRecord): Promise<void> {
    await this.#snapshots.put(snapshotKey(record), Buffer.from(JSON.stringify(record)))
  }

  async forgetSnapshot (record: SnapshotRecord): Promise<void> {
    await this.#snapshots.del(snapshotKey(record))
  }

  async snapshots (): Promise<SnapshotRecord[]> {
    const out: SnapshotRecord[] = []
    for await (const value of this.#snapshots.values()) out.push(JSON.parse(Buffer.from(value).toString('utf8')))
    return out
  }

  async addHost (spec: HostSpec): Promise<HostSpec> {
    const name = spec.name ?? ''
    if (!NAME.test(name)) throw new UserError('ERR_BAD_NAME', `host name "${name}" must be 1-64 letters, digits, dot, dash or underscore`)
    if (spec.type === 'file') {
      if (!spec.path) throw new UserError('ERR_BAD_HOST', `file host "${name}" needs --path (the folder holding one subfolder per VM)`)
    } else if (spec.type === 'qemu') {
      if (!spec.qmp) throw new UserError('ERR_BAD_HOST', `qemu host "${name}" needs --qmp unix:PATH or tcp:HOST:PORT`)
    } else if (spec.type === 'synthetic') {
      if (!/^\d+:\d+x\d+x\d+[KMG]?$/i.test(spec.path ?? '')) throw new UserError('ERR_BAD_HOST', `synthetic host "${name}" needs --path <seed>:<vms>x<disks>x<size>, e.g. 7:40x2x256M`)
    } else {
      throw new UserError('ERR_BAD_HOST', `host type "${spec.type}" is unknown; use --type file, qemu or synthetic`)
    }
    if (spec.nbd && !/^(unix:.+|tcp:[^:]+:\d+)$/.test(spec.nbd)) throw new UserError('ERR_BAD_HOST', `NBD address "${spec.nbd}" must be unix:PATH or tcp:HOST:PORT`)
    const clean: HostSpec = { name, type: spec.type, path: spec.path ?? '', qmp: spec.qmp ?? '', nbd: spec.nbd ?? '' }
    await this.#hosts.put(name, pb.HostSpec.encode(clean).finish())
    return clean
  }

  async host (name: string): Promise<HostSpec> {
    const bytes = await this.#hosts.get(name)
    if (bytes == null) throw new UserError('ERR_NO_SUCH_HOST', `no host named "${name}"; register it with \`meshbackup host add ${name} --type file --path DIR\``)
    return pb.HostSpec.decode(bytes)
  }

  /** Forgets a host; the caller checks first that no job uses it (or was told to go ahead). */
  async removeHost (name: string): Promise<HostSpec> {
    const host = await this.host(name)
    await this.#hosts.del(name)
    return host
  }

  async hosts (): Promise<HostSpec[]> {
    const out: HostSpec[] = []
    for await (const bytes of this.#hosts.values()) out.push(pb.HostSpec.decode(bytes))
    return out
  }

  /**
   * Checks and saves a job. `check` sees the job as it would be saved, after the checks of its
   * own fields and before it is saved: the manager checks it against the mesh there.
   */
  async addJob (job: Job, check?: (clean: Job, host: HostSpec) => Promise<void>): Promise<Job> {
    const name = job.name ?? ''
    if (!JOB_NAME.test(name)) throw new UserError('ERR_BAD_NAME', `job name "${name}" must be 1-64 letters, digits, dash or underscore`)
    const host = await this.host(job.host ?? '')
    if (!job.repository) throw new UserError('ERR_BAD_JOB', `job "${name}" needs --repository NAME (the name a repository node was initialised with)`)
    const blockSize = job.blockSize || DEFAULT_BLOCK_SIZE
    if (blockSize < 4096 || blockSize > 8 * 1024 * 1024 || (blockSize & (blockSize - 1)) !== 0) {
      throw new UserError('ERR_BAD_JOB', `block size ${blockSize} must be a power of two between 4 KiB and 8 MiB`)
    }
    const compression = job.compression || 'zstd'
    if (compression !== 'zstd' && compression !== 'none') throw new UserError('ERR_BAD_JOB', `compression "${compression}" must be zstd or none`)
    const level = job.compressionLevel ?? 0
    // negative: zstd's fast levels, -7 the fastest offered
    if (!Number.isInteger(level) || level < -7 || level > 19) throw new UserError('ERR_BAD_JOB', `compression level ${level} must be between 1 and 19, or a fast level from -7 to -1 (0: default)`)
    const mode = job.mode ?? ''
    if (!['', 'direct', 'hotadd', 'nbd'].includes(mode)) throw new UserError('ERR_BAD_JOB', `transport mode "${mode}" must be direct, hotadd or nbd (or unset: automatic)`)
    const guest = job.guest ?? undefined
    if (guest?.enabled === true) {
      const policy = guest.failurePolicy || 'require'
      if (policy !== 'require' && policy !== 'ignore') throw new UserError('ERR_BAD_JOB', `guest failure policy "${policy}" must be require or ignore`)
      guest.failurePolicy = policy
      guest.scriptTimeoutS ||= 600
      const credentials = [guest.credentials, ...(guest.vms ?? []).map((v) => v.credentials)]
      if (!credentials.some((c) => c?.user) && !guest.qga && !(guest.vms ?? []).some((v) => v.qga)) {
        throw new UserError('ERR_BAD_JOB', `guest processing of job "${name}" needs credentials (--guest-user with --guest-key or --guest-password) or a guest agent channel (--guest-qga)`)
      }
    }
    const exclude = checkExclude(name, job.exclude ?? [])
    const clean: Job = {
      name,
      host: job.host,
      vms: job.vms ?? [],
      repository: job.repository,
      blockSize,
      compression,
      compressionLevel: level || 1,
      rateLimitBps: job.rateLimitBps ?? 0,
      mode,
      noCbt: job.noCbt === true,
      key: job.key ?? '',
      guest,
      schedule: checkSchedule(name, job.schedule ?? ''),
      retention: checkRetention(name, job.retention),
      notify: checkNotify(name, job.notify),
      noSkipFree: job.noSkipFree === true,
      noSkipSwap: job.noSkipSwap === true,
      exclude,
      excludeNarrowedMs: job.excludeNarrowedMs ?? 0
    }
    await check?.(clean, host)
    if (await this.#verifyJobs.get(name) != null) throw new UserError('ERR_BAD_NAME', `"${name}" is the name of a verify job: a backup job needs another name (their sessions are listed together)`)
    if (await this.#copyJobs.get(name) != null) throw new UserError('ERR_BAD_NAME', `"${name}" is the name of a copy job: a backup job needs another name (their sessions are listed together)`)
    if (await this.#bootCheckJobs.get(name) != null) throw new UserError('ERR_BAD_NAME', `"${name}" is the name of a boot-check job: a backup job needs another name (their sessions are listed together)`)
    await this.#jobs.put(name, pb.Job.encode(clean).finish())
    return clean
  }

  /** Checks and saves a verify job (verify-job.ts runs it). */
  async addVerifyJob (job: VerifyJob): Promise<VerifyJob> {
    const name = job.name ?? ''
    if (!JOB_NAME.test(name)) throw new UserError('ERR_BAD_NAME', `verify job name "${name}" must be 1-64 letters, digits, dash or underscore`)
    if (await this.#jobs.get(name) != null) throw new UserError('ERR_BAD_NAME', `"${name}" is the name of a backup job: a verify job needs another name (their sessions are listed together)`)
    if (await this.#copyJobs.get(name) != null || await this.#bootCheckJobs.get(name) != null) throw new UserError('ERR_BAD_NAME', `"${name}" is the name of a copy or boot-check job: a verify job needs another name (their sessions are listed together)`)
    if (!job.repository) throw new UserError('ERR_BAD_JOB', `verify job "${name}" needs --repository NAME (the name a repository node was initialised with)`)
    const days = job.olderThanDays ?? 0
    if (!Number.isInteger(days) || days < 0 || days > 36_500) throw new UserError('ERR_BAD_JOB', `verify job "${name}": --older-than ${days} must be a whole number of days from 0 to 36500 (0: every point, every run)`)
    const clean: VerifyJob = { name, repository: job.repository, schedule: checkSchedule(name, job.schedule ?? ''), olderThanDays: days, notify: checkNotify(name, job.notify) }
    await this.#verifyJobs.put(name, pb.VerifyJob.encode(clean).finish())
    return clean
  }

  /** Checks and saves a copy job (copy-job.ts runs it). */
  async addCopyJob (job: CopyJob): Promise<CopyJob> {
    const name = job.name ?? ''
    if (!JOB_NAME.test(name)) throw new UserError('ERR_BAD_NAME', `copy job name "${name}" must be 1-64 letters, digits, dash or underscore`)
    if (await this.#jobs.get(name) != null || await this.#verifyJobs.get(name) != null || await this.#bootCheckJobs.get(name) != null) {
      throw new UserError('ERR_BAD_NAME', `"${name}" is the name of a backup, verify or boot-check job: a copy job needs another name (their sessions are listed together)`)
    }
    if (!job.from || !job.to) throw new UserError('ERR_COPY_BAD_JOB', `copy job "${name}" needs --from REPOSITORY and --to REPOSITORY (the names repository nodes were initialised with)`)
    if (job.from === job.to) throw new UserError('ERR_COPY_BAD_JOB', `copy job "${name}" copies repository "${job.from}" onto itself; --to must name another repository`)
    const clean: CopyJob = {
      name,
      from: job.from,
      to: job.to,
      job: job.job ?? '',
      vm: job.vm ?? '',
      schedule: checkSchedule(name, job.schedule ?? ''),
      retention: checkRetention(name, job.retention),
      notify: checkNotify(name, job.notify),
      rateLimitBps: checkCopyRate(name, job.rateLimitBps)
    }
    await this.#copyJobs.put(name, pb.CopyJob.encode(clean).finish())
    return clean
  }

  /** Checks and saves a boot-check job (boot-check-job.ts runs it); its backup job must exist. */
  async addBootCheckJob (job: BootCheckJob): Promise<BootCheckJob> {
    const name = job.name ?? ''
    if (!JOB_NAME.test(name)) throw new UserError('ERR_BAD_NAME', `boot-check job name "${name}" must be 1-64 letters, digits, dash or underscore`)
    if (await this.#jobs.get(name) != null || await this.#verifyJobs.get(name) != null || await this.#copyJobs.get(name) != null) {
      throw new UserError('ERR_BAD_NAME', `"${name}" is the name of a backup, verify or copy job: a boot-check job needs another name (their sessions are listed together)`)
    }
    if (!job.job) throw new UserError('ERR_BOOT_CHECK_BAD_JOB', `boot-check job "${name}" needs --job BACKUPJOB (the backup job whose VMs it checks)`)
    const backup = await this.job(job.job)
    const vms = [...new Set((job.vms ?? []).map((v) => v.trim()).filter((v) => v !== ''))]
    const outside = (backup.vms ?? []).length === 0 ? [] : vms.filter((v) => !(backup.vms ?? []).includes(v))
    if (outside.length > 0) throw new UserError('ERR_BOOT_CHECK_BAD_JOB', `boot-check job "${name}": backup job ${backup.name} does not back up VM(s) ${outside.join(', ')}; it backs up ${(backup.vms ?? []).join(', ')}`)
    if (job.noAgent === true && !job.heartbeatLine) throw new UserError('ERR_BOOT_CHECK_BAD_JOB', `boot-check job "${name}": without the guest agent (--no-agent) a boot check needs --heartbeat-line`)
    if (job.scriptText && job.scriptPath) throw new UserError('ERR_BOOT_CHECK_BAD_JOB', `boot-check job "${name}": give the script as a file (--script) or as a path in the guest (--script-path), not both`)
    for (const [value, option] of [[job.bootTimeoutS ?? 0, '--boot-timeout'], [job.scriptTimeoutS ?? 0, '--script-timeout']] as const) {
      if (!Number.isInteger(value) || value < 0 || value > 3600) throw new UserError('ERR_BOOT_CHECK_BAD_JOB', `boot-check job "${name}": ${option} ${value} must be a whole number of seconds from 0 to 3600 (0: the default)`)
    }
    const clean: BootCheckJob = {
      name,
      job: backup.name,
      vms,
      schedule: checkSchedule(name, job.schedule ?? ''),
      on: (job.on ?? '').trim(),
      scriptText: job.scriptText ?? '',
      scriptPath: job.scriptPath ?? '',
      scriptArgs: job.scriptArgs ?? [],
      scriptTimeoutS: job.scriptTimeoutS ?? 0,
      heartbeatLine: job.heartbeatLine ?? '',
      noAgent: job.noAgent === true,
      bootTimeoutS: job.bootTimeoutS ?? 0
    }
    await this.#bootCheckJobs.put(name, pb.BootCheckJob.encode(clean).finish())
    return clean
  }

  async bootCheckJob (name: string): Promise<BootCheckJob> {
    const bytes = await this.#bootCheckJobs.get(name)
    if (bytes == null) throw new UserError('ERR_NO_SUCH_JOB', `no boot-check job named "${name}"; \`meshbackup bootcheck list\` shows them`)
    return pb.BootCheckJob.decode(bytes)
  }

  /** Forgets a boot-check job (its sessions and the checks it recorded stay). */
  async removeBootCheckJob (name: string): Promise<BootCheckJob> {
    const job = await this.bootCheckJob(name)
    await this.#bootCheckJobs.del(name)
    return job
  }

  async bootCheckJobs (): Promise<BootCheckJob[]> {
    const out: BootCheckJob[] = []
    for await (const bytes of this.#bootCheckJobs.values()) out.push(pb.BootCheckJob.decode(bytes))
    return out
  }

  async copyJob (name: string): Promise<CopyJob> {
    const bytes = await this.#copyJobs.get(name)
    if (bytes == null) throw new UserError('ERR_NO_SUCH_JOB', `no copy job named "${name}"; \`meshbackup copy list\` shows them`)
    return pb.CopyJob.decode(bytes)
  }

  /** Forgets a copy job (its sessions and the copies it made stay). */
  async removeCopyJob (name: string): Promise<CopyJob> {
    const job = await this.copyJob(name)
    await this.#copyJobs.del(name)
    return job
  }

  async copyJobs (): Promise<CopyJob[]> {
    const out: CopyJob[] = []
    for await (const bytes of this.#copyJobs.values()) out.push(pb.CopyJob.decode(bytes))
    return out
  }

  async verifyJob (name: string): Promise<VerifyJob> {
    const bytes = await this.#verifyJobs.get(name)
    if (bytes == null) throw new UserError('ERR_NO_SUCH_JOB', `no verify job named "${name}"; \`meshbackup verify-job list\` shows them`)
    return pb.VerifyJob.decode(bytes)
  }

  /** Forgets a verify job (its sessions stay, as history). */
  async removeVerifyJob (name: string): Promise<VerifyJob> {
    const job = await this.verifyJob(name)
    await this.#verifyJobs.del(name)
    return job
  }

  async verifyJobs (): Promise<VerifyJob[]> {
    const out: VerifyJob[] = []
    for await (const bytes of this.#verifyJobs.values()) out.push(pb.VerifyJob.decode(bytes))
    return out
  }

  async job (name: string): Promise<Job> {
    const bytes = await this.#jobs.get(name)
    if (bytes == null) throw new UserError('ERR_NO_SUCH_JOB', `no job named "${name}"; \`meshbackup job list\` shows the jobs`)
    return pb.Job.decode(bytes)
  }

  /** Forgets a job (its sessions stay, as history; its restore points stay in the repositories). */
  async removeJob (name: string): Promise<Job> {
    const job = await this.job(name)
    await this.#jobs.del(name)
    return job
  }

  async jobs (): Promise<Job[]> {
    const out: Job[] = []
    for await (const bytes of this.#jobs.values()) out.push(pb.Job.decode(bytes))
    return out
  }

  /** An instant recovery as last seen (roles/manager/recoveries.ts). */
  async saveRecovery (info: RecoveryInfo): Promise<void> {
    await this.#recoveries.put(info.id!, pb.RecoveryInfo.encode(info).finish())
  }

  async recovery (id: string): Promise<RecoveryInfo | undefined> {
    const bytes = await this.#recoveries.get(id)
    return bytes == null ? undefined : pb.RecoveryInfo.decode(bytes)
  }

  /** Every recovery kept, oldest first. */
  async recoveries (): Promise<RecoveryInfo[]> {
    const out: RecoveryInfo[] = []
    for await (const value of this.#recoveries.values()) out.push(pb.RecoveryInfo.decode(value))
    return out.sort((a, b) => (a.createdAtMs ?? 0) - (b.createdAtMs ?? 0))
  }

  async forgetRecovery (id: string): Promise<void> {
    await this.#recoveries.del(id)
  }

  async saveSession (record: SessionRecord): Promise<void> {
    await this.#sessions.put(record.id!, pb.SessionRecord.encode(record).finish())
  }

  /** A session by id, or the latest session of the job with that name. */
  async session (idOrJob: string): Promise<SessionRecord> {
    const bytes = await this.#sessions.get(idOrJob)
    if (bytes != null) return pb.SessionRecord.decode(bytes)
    // session ids start with the job name and a sortable timestamp
    let latest: SessionRecord | undefined
    for await (const value of this.#sessions.values({ gte: `${idOrJob}.`, lt: `${idOrJob}.~`, reverse: true, limit: 1 })) {
      latest = pb.SessionRecord.decode(value)
    }
    if (latest == null) throw new UserError('ERR_NO_SUCH_SESSION', `no session "${idOrJob}" and no session of a job by that name`)
    return latest
  }

  /** Sessions newest first, of one job or (job empty) of every job. */
  async sessions (limit = 50, job = ''): Promise<SessionRecord[]> {
    const out: SessionRecord[] = []
    // one job's session ids sort by start time, so its newest are read first and only `limit` of them
    const range = job === '' ? {} : { gte: `${job}.`, lt: `${job}.~`, reverse: true, limit }
    for await (const value of this.#sessions.values(range)) out.push(pb.SessionRecord.decode(value))
    out.sort((a, b) => (b.startedAtMs ?? 0) - (a.startedAtMs ?? 0))
    return out.slice(0, limit)
  }
}

function checkSchedule (job: string, schedule: string): string {
  const expression = schedule.trim().replace(/\s+/g, ' ')
  if (expression === '') return ''
  try {
    parseSchedule(expression)
  } catch (err) {
    throw new UserError('ERR_BAD_JOB', `job "${job}": ${(err as Error).message}`)
  }
  return expression
}

const RETENTION_FIELDS = [['keepLast', '--keep-last'], ['keepDays', '--keep-days'], ['weekly', '--keep-weekly'], ['monthly', '--keep-monthly']] as const

/** A copy job's --rate: whole bytes per second, 0 for none. */
function checkCopyRate (job: string, rate: number | Long | null | undefined): number {
  const bps = Number(rate ?? 0)
  if (!Number.isSafeInteger(bps) || bps < 0) throw new UserError('ERR_COPY_BAD_JOB', `copy job "${job}": --rate ${String(rate)} is not a rate in bytes per second`)
  return bps
}

function checkRetention (job: string, retention: Retention | null | undefined): Retention {
  const clean: Retention = {}
  for (const [field, option] of RETENTION_FIELDS) {
    const value = retention?.[field] ?? 0
    if (!Number.isInteger(value) || value < 0 || value > 100_000) throw new UserError('ERR_BAD_JOB', `job "${job}": retention ${option} ${value} must be a whole number from 0 to 100000 (0: not used)`)
    clean[field] = value
  }
  return clean
}

function checkNotify (job: string, notify: Notify | null | undefined): Notify {
  const webhook = (notify?.webhook ?? '').trim()
  const on = [...new Set(notify?.on ?? [])]
  if (webhook === '') {
    if (on.length > 0) throw new UserError('ERR_BAD_JOB', `job "${job}": --notify-on needs a webhook (--notify URL)`)
    return { webhook: '', on: [] }
  }
  let url: URL
  try {
    url = new URL(webhook)
  } catch {
    throw new UserError('ERR_BAD_JOB', `job "${job}": webhook "${webhook}" is not a URL; use http://HOST[:PORT]/PATH or https://…`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UserError('ERR_BAD_JOB', `job "${job}": webhook "${webhook}" must be an http or https URL`)
  const bad = on.filter((s) => !NOTIFY_STATES.includes(s))
  if (bad.length > 0) throw new UserError('ERR_BAD_JOB', `job "${job}": notify on "${bad.join(', ')}" is not a session state; use ${NOTIFY_STATES.join(', ')}`)
  return { webhook, on: on.length > 0 ? on : [...DEFAULT_NOTIFY_ON] }
}

/** A snapshot the mesh made (or was about to make) of a VM in a session. */
export interface SnapshotRecord {
  host: HostSpec
  vm: string
  sessionId: string
  snapshotId: string
  createdAtMs: number
}

function snapshotKey (r: SnapshotRecord): string {
  return `${r.sessionId}/${r.vm}`
}

/** Session ids sort by job then start time: `<job>.<yyyymmddThhmmssmmmZ>`. */
export function sessionId (job: string, at = new Date()): string {
  return `${job}.${at.toISOString().replace(/[-:.]/g, '')}`
}

/** A job's exclusions: guest paths or globs (`/var/cache/**`, `*.tmp`), at most 256, each one line. */
function checkExclude (name: string, exclude: string[]): string[] {
  const clean = [...new Set(exclude.map((p) => p.trim()).filter((p) => p !== ''))]
  if (clean.length > 256) throw new UserError('ERR_BAD_JOB', `job "${name}" excludes ${clean.length} patterns; at most 256`)
  for (const p of clean) {
    if (/[\n\r\0]/.test(p) || p.length > 4096) throw new UserError('ERR_BAD_JOB', `job "${name}": exclusion ${JSON.stringify(p)} must be one line of at most 4096 characters`)
    if (p.includes('/') && !p.startsWith('/')) throw new UserError('ERR_BAD_JOB', `job "${name}": exclusion "${p}" must be an absolute guest path (/var/cache/**) or a name pattern without a slash (*.tmp)`)
  }
  return clean
}
