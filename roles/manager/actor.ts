/**
 * @packageDocumentation
 * The manager actor answers the admin requests that concern jobs, hosts and sessions, and starts
 * one session actor per job run (backup, verify, copy and boot-check jobs). Never two sessions of one job at once.
 */
import type { ActorMessage, AdminReply, AdminRequest, GuestCredentials, Job, SessionRecord, VerifyJob, CopyJob } from '../../proto/index.ts'
import type { Behavior, ActorContext } from '../../node/runtime/actors/behavior.ts'
import { UserError } from '../../node/runtime/actors/errors.ts'
import type { Capacity } from '../../protocols/capacity.ts'
import { type Catalog, sessionId } from './catalog.ts'
import { sessionActor } from './session.ts'
import { huntSnapshots, huntWhenProxiesArrive } from './snapshot-hunter.ts'
import type { Logger } from '../../node/core/logger.ts'
import { JobSchedules, type Trigger } from './schedule.ts'
import type { NotifyOptions } from './notify.ts'
import { parseAddress } from '../../node/runtime/actors/address.ts'
import { Configuration } from './configuration.ts'
import { DiscoveryWindow } from './discovery-window.ts'
import { verifySessionActor } from './verify-job.ts'
import { copySessionActor } from './copy-job.ts'
import { BOOT_CHECK_JOB_KIND, bootCheckSessionActor } from './boot-check-job.ts'
import type { ScheduleStore } from './schedule.ts'
import type { KeyCatalog } from './key-catalog.ts'
import { answerKeyRequest, isKeyRequest } from './key-requests.ts'
import { answerRecoveryRequest, isRecoveryRequest } from './recoveries.ts'
import type { SessionEncryption } from './session.ts'
import { answerThrottleRequest, isThrottleRequest, type ThrottleRules } from './throttle-rules.ts'
import type { BootChecks } from './boot-checks.ts'
import { beginBootCheck, endBootCheck } from './boot-check-session.ts'
import { gatherProtection } from './protection.ts'
import type { BootCheck, BootCheckJob } from '../../proto/index.ts'

export interface ManagerInit {
  catalog: Catalog
  capacity: Capacity
  /** where the snapshot hunter's cleanup at start is logged */
  log: Logger
  /** republishes the host catalog in this node's announcement */
  publishHosts: () => Promise<void>
  discoveryTimeoutMs?: number
  /** webhook timeouts and retries of session notifications */
  notify?: NotifyOptions
  /** told of every session that ended, as saved, and of every job removed (the per-job metrics, job-metrics.ts) */
  sessionEnded?: (record: SessionRecord) => void
  jobRemoved?: (job: string) => void
  /** the key catalog (absent: key requests and jobs naming a key are refused) */
  keys?: KeyCatalog
  /** the throttling rules, sent with every task (absent: throttle requests are refused) */
  throttle?: ThrottleRules
  /** the boot check results (absent: boot check and protection requests are refused) */
  bootChecks?: BootChecks
  /** told of every boot check result kept (the per-VM gauges, boot-check-metrics.ts) */
  bootCheckKept?: (check: BootCheck) => void
}

const SET = '(set)'

/** A job as shown to admins: secrets say only that they are set. */
function redacted (job: Job): Job {
  const hide = (c: GuestCredentials | null | undefined): GuestCredentials | undefined => c == null
    ? undefined
    : { user: c.user, privateKey: c.privateKey ? SET : '', password: c.password ? SET : '' }
  if (job.guest == null) return job
  return { ...job, guest: { ...job.guest, credentials: hide(job.guest.credentials), vms: (job.guest.vms ?? []).map((v) => ({ ...v, credentials: hide(v.credentials) })) } }
}

export function managerActor (init: ManagerInit): () => Behavior {
  return () => {
    const running = new Map<string, SessionRecord>()   // job name → live record
    let sessions = 0
    let schedules: JobSchedules | undefined
    let verifySchedules: JobSchedules | undefined
    let copySchedules: JobSchedules | undefined
    let bootCheckSchedules: JobSchedules | undefined
    let stopHunting: (() => void) | undefined
    let configuration: Configuration | undefined
    const window = new DiscoveryWindow(init.discoveryTimeoutMs ?? 15_000)
    // the node where an admin request was asked (a remote ask comes from `<peer>/$system`)
    const origin = (ctx: ActorContext): string => ctx.sender != null ? parseAddress(ctx.sender).peerId : ctx.peerId

    /**
     * A new running session of job `name` (backup or verify: one namespace, never two runs of one
     * job at once), claimed before the next await (scheduled runs start outside the mailbox) and saved.
     */
    const claimSession = async (name: string, what: string, fields: Partial<SessionRecord>, trigger: 'manual' | Trigger = 'manual'): Promise<SessionRecord> => {
      const live = running.get(name)
      if (live != null) throw new UserError('ERR_SESSION_RUNNING', `${what} "${name}" is already running as session ${live.id}; wait for it (\`meshbackup session show ${live.id}\`)`)
      const record: SessionRecord = { id: sessionId(name), job: name, ...fields, state: 'running', trigger, startedAtMs: Date.now(), tasks: [], log: [], points: [] }
      running.set(name, record)
      try {
        await init.catalog.saveSession(record)
      } catch (err) {
        running.delete(name)
        throw err
      }
      return record
    }

    /** What every session actor of job `name` gets from the manager: the view, where to save, whom to tell, and its end freeing the job. */
    const sessionHooks = (name: string) => ({
      capacity: init.capacity,
      discoveryTimeoutMs: init.discoveryTimeoutMs,
      notify: init.notify,
      save: async (r: SessionRecord) => await init.catalog.saveSession(r),
      onEnd: (ended: SessionRecord) => {
        running.delete(name)
        init.sessionEnded?.(ended)
      }
    })

    /** An encrypted job's key, opened with the manager's home secret, and its wraps for every recovery key. */
    const encryptionOf = async (job: Job): Promise<SessionEncryption | undefined> => {
      if (!job.key) return undefined
      if (init.keys == null) throw new UserError('ERR_NO_SUCH_KEY', `job "${job.name}" names key "${job.key}" and this manager has no key catalog`)
      const key = await init.keys.dataKey(job.key)
      return { key, recoveryWraps: await init.keys.recoveryWraps(key) }
    }

    const runJob = async (name: string, ctx: ActorContext, trigger: 'manual' | Trigger = 'manual'): Promise<SessionRecord> => {
      const job: Job = await init.catalog.job(name)
      const host = await init.catalog.host(job.host!)
      const encryption = await encryptionOf(job)
      const record = await claimSession(name, 'job', {}, trigger)
      ctx.spawn(`session-${++sessions}`, sessionActor({
        job,
        host,
        record,
        encryption,
        snapshots: init.catalog,
        hostKeys: init.catalog,
        throttle: init.throttle,
        hunt: async (hostName) => {
          const lines: string[] = []
          await huntSnapshots({ ...hunting(ctx), host: hostName, log: (line) => lines.push(line) })
          return lines
        },
        ...sessionHooks(name)
      }), { restart: 'temporary' })
      return record
    }

    /** A verify job's run: a session like a backup's (same namespace, never two of one job at once). */
    const runVerifyJob = async (name: string, ctx: ActorContext, trigger: 'manual' | Trigger = 'manual'): Promise<SessionRecord> => {
      const job: VerifyJob = await init.catalog.verifyJob(name)
      const record = await claimSession(name, 'verify job', { kind: 'verify' }, trigger)
      ctx.spawn(`session-${++sessions}`, verifySessionActor({
        job,
        record,
        ...sessionHooks(name)
      }), { restart: 'temporary' })
      return record
    }

    const addVerifyJob = async (job: VerifyJob, ctx: ActorContext): Promise<AdminReply> => {
      const replaced = await init.catalog.verifyJob(job.name ?? '').then(() => true, () => false)
      const saved = await init.catalog.addVerifyJob(job)
      await verifySchedules?.set(saved)
      await configuration!.record('verify-job-add', saved.name!, `${replaced ? 'replaced: ' : ''}repository ${saved.repository}, points older than ${saved.olderThanDays} days${saved.schedule ? `, schedule "${saved.schedule}"` : ''}`, origin(ctx))
      return { verifyJob: saved }
    }

    const removeVerifyJob = async (name: string, ctx: ActorContext): Promise<AdminReply> => {
      const job = await init.catalog.removeVerifyJob(name)
      await verifySchedules?.set({ name, schedule: '' })
      await configuration!.record('verify-job-remove', name, `repository ${job.repository}`, origin(ctx))
      return { ok: {} }
    }

    /** A copy job's run: a session like a backup's (same namespace, never two of one job at once). */
    const runCopyJob = async (name: string, ctx: ActorContext, trigger: 'manual' | Trigger = 'manual'): Promise<SessionRecord> => {
      const job: CopyJob = await init.catalog.copyJob(name)
      const record = await claimSession(name, 'copy job', { kind: 'copy' }, trigger)
      ctx.spawn(`session-${++sessions}`, copySessionActor({ job, record, ...sessionHooks(name), throttle: init.throttle }), { restart: 'temporary' })
      return record
    }

    const addCopyJob = async (job: CopyJob, ctx: ActorContext): Promise<AdminReply> => {
      const replaced = await init.catalog.copyJob(job.name ?? '').then(() => true, () => false)
      const saved = await init.catalog.addCopyJob(job)
      await copySchedules?.set(saved)
      const filter = [saved.job ? `job ${saved.job}` : '', saved.vm ? `VM ${saved.vm}` : ''].filter((x) => x !== '').join(', ')
      await configuration!.record('copy-job-add', saved.name!, `${replaced ? 'replaced: ' : ''}repository ${saved.from} → ${saved.to}${filter ? ` (${filter})` : ''}${saved.schedule ? `, schedule "${saved.schedule}"` : ''}`, origin(ctx))
      return { copyJob: saved }
    }

    const removeCopyJob = async (name: string, ctx: ActorContext): Promise<AdminReply> => {
      const job = await init.catalog.removeCopyJob(name)
      await copySchedules?.set({ name, schedule: '' })
      await configuration!.record('copy-job-remove', name, `repository ${job.from} → ${job.to}`, origin(ctx))
      return { ok: {} }
    }

    /** A boot-check job's run (boot-check-job.ts): a session like a backup's (same namespace, never two of one job at once). */
    const runBootCheckJob = async (name: string, ctx: ActorContext, trigger: 'manual' | Trigger = 'manual'): Promise<SessionRecord> => {
      const job: BootCheckJob = await init.catalog.bootCheckJob(name)
      const backup = await init.catalog.job(job.job ?? '')
      const record = await claimSession(name, 'boot-check job', { kind: BOOT_CHECK_JOB_KIND }, trigger)
      ctx.spawn(`session-${++sessions}`, bootCheckSessionActor({ job, backup, record, ...sessionHooks(name) }), { restart: 'temporary' })
      return record
    }

    const addBootCheckJob = async (job: BootCheckJob, ctx: ActorContext): Promise<AdminReply> => {
      const replaced = await init.catalog.bootCheckJob(job.name ?? '').then(() => true, () => false)
      const saved = await init.catalog.addBootCheckJob(job)
      await bootCheckSchedules?.set(saved)
      await configuration!.record('boot-check-job-add', saved.name!, `${replaced ? 'replaced: ' : ''}job ${saved.job}${(saved.vms ?? []).length > 0 ? ` (VMs ${saved.vms!.join(', ')})` : ''}${saved.on ? `, on node ${saved.on}` : ''}${saved.schedule ? `, schedule "${saved.schedule}"` : ''}`, origin(ctx))
      return { bootCheckJob: saved }
    }

    const removeBootCheckJob = async (name: string, ctx: ActorContext): Promise<AdminReply> => {
      const job = await init.catalog.removeBootCheckJob(name)
      await bootCheckSchedules?.set({ name, schedule: '' })
      await configuration!.record('boot-check-job-remove', name, `job ${job.job}`, origin(ctx))
      return { ok: {} }
    }

    const hunting = (ctx: ActorContext) => ({
      catalog: init.catalog,
      capacity: init.capacity,
      ask: async (to: string, msg: ActorMessage, timeoutMs: number) => await ctx.ask(to, msg, timeoutMs),
      running: (id: string) => [...running.values()].some((r) => r.id === id),
      discoveryTimeoutMs: init.discoveryTimeoutMs
    })

    const answer = async (req: AdminRequest, ctx: ActorContext): Promise<AdminReply> => {
      const config = configuration!
      if (req.hostAdd != null) return await config.addHost(req.hostAdd, origin(ctx))
      if (req.hostList != null) return { hosts: { hosts: await init.catalog.hosts() } }
      if (req.hostCheck != null) return await config.checkHost(req.hostCheck.name ?? '')
      if (req.hostRemove != null) return await config.removeHost(req.hostRemove.name ?? '', req.hostRemove.force === true, origin(ctx))
      if (req.jobAdd != null) return await config.addJob(req.jobAdd, origin(ctx))
      if (req.jobEdit != null) return await config.editJob(req.jobEdit, origin(ctx))
      if (req.jobRemove != null) {
        const removed = await config.removeJob(req.jobRemove.name ?? '', origin(ctx))
        init.jobRemoved?.(req.jobRemove.name ?? '')
        return removed
      }
      if (req.pointsForget != null) return await config.forgetPoints(req.pointsForget, origin(ctx))
      if (req.events != null) return await config.events(req.events.limit ?? 0)
      if (req.jobList != null) return { jobs: { jobs: (await init.catalog.jobs()).map(redacted) } }
      if (req.jobRun != null) return { session: await runJob(req.jobRun.name ?? '', ctx) }
      if (req.verifyJobAdd != null) return await addVerifyJob(req.verifyJobAdd, ctx)
      if (req.verifyJobList != null) return { verifyJobs: { jobs: await init.catalog.verifyJobs() } }
      if (req.verifyJobRemove != null) return await removeVerifyJob(req.verifyJobRemove.name ?? '', ctx)
      if (req.verifyJobRun != null) return { session: await runVerifyJob(req.verifyJobRun.name ?? '', ctx) }
      if (req.copyJobAdd != null) return await addCopyJob(req.copyJobAdd, ctx)
      if (req.copyJobList != null) return { copyJobs: { jobs: await init.catalog.copyJobs() } }
      if (req.copyJobRemove != null) return await removeCopyJob(req.copyJobRemove.name ?? '', ctx)
      if (req.copyJobRun != null) return { session: await runCopyJob(req.copyJobRun.name ?? '', ctx) }
      if (req.bootCheckJobAdd != null) return await addBootCheckJob(req.bootCheckJobAdd, ctx)
      if (req.bootCheckJobList != null) return { bootCheckJobs: { jobs: await init.catalog.bootCheckJobs() } }
      if (req.bootCheckJobRemove != null) return await removeBootCheckJob(req.bootCheckJobRemove.name ?? '', ctx)
      if (req.bootCheckJobRun != null) return { session: await runBootCheckJob(req.bootCheckJobRun.name ?? '', ctx) }
      if (req.sessionShow != null) {
        const key = req.sessionShow.id ?? ''
        const live = [...running.values()].find((r) => r.id === key || r.job === key)
        return { session: live ?? await init.catalog.session(key) }
      }
      if (req.sessionList != null) return { sessions: { sessions: await sessionList(req.sessionList.job ?? '', req.sessionList.limit || 50) } }
      if (req.bootCheckBegin != null || req.bootCheckRecord != null || req.bootCheckList != null || req.bootCheckScreenshot != null || req.protection != null) {
        return await answerBootChecks(req, ctx)
      }
      if (isThrottleRequest(req)) {
        if (init.throttle == null) throw new UserError('ERR_BAD_REQUEST', 'this manager keeps no throttling rules')
        return await answerThrottleRequest(init.throttle, req, async (...args) => await config.record(...args), origin(ctx))
      }
      if (isRecoveryRequest(req)) {
        return await answerRecoveryRequest({
          catalog: init.catalog,
          capacity: init.capacity,
          keys: init.keys,
          record: async (kind, subject, detail) => { await config.record(kind, subject, detail, origin(ctx)) }
        }, req, async (to, msg, timeoutMs) => await ctx.ask(to, msg, timeoutMs))
      }
      if (isKeyRequest(req)) {
        if (init.keys == null) throw new UserError('ERR_BAD_REQUEST', 'this manager keeps no key catalog')
        return await answerKeyRequest({ catalog: init.catalog, keys: init.keys, record: async (...args) => await config.record(...args) }, req, origin(ctx))
      }
      throw new UserError('ERR_BAD_REQUEST', 'the manager does not handle this admin request')
    }

    /** Boot checks (boot-check-session.ts) and the protection view (protection.ts). */
    const answerBootChecks = async (req: AdminRequest, ctx: ActorContext): Promise<AdminReply> => {
      const bootChecks = init.bootChecks
      if (bootChecks == null) throw new UserError('ERR_BAD_REQUEST', 'this manager keeps no boot checks')
      if (req.bootCheckBegin != null) return { session: await beginBootCheck(init.catalog, req.bootCheckBegin) }
      if (req.bootCheckRecord != null) {
        const { kept } = await endBootCheck({ catalog: init.catalog, bootChecks, notify: { ...init.notify, signal: ctx.signal } }, req.bootCheckRecord)
        init.bootCheckKept?.(kept)
        return { bootCheck: kept }
      }
      if (req.bootCheckList != null) return { bootChecks: { checks: await bootChecks.list(req.bootCheckList) } }
      if (req.bootCheckScreenshot != null) {
        const id = req.bootCheckScreenshot.id ?? ''
        return { bootCheckScreenshot: { id, png: await bootChecks.screenshot(id) } }
      }
      return {
        protection: await gatherProtection({
          ask: async (to, msg, timeoutMs) => await ctx.ask(to, msg, timeoutMs),
          catalog: init.catalog,
          bootChecks,
          capacity: init.capacity
        }, req.protection ?? {})
      }
    }

    /** A session saved as running that no actor runs was cut off by a manager crash or stop. */
    const closeInterrupted = async (): Promise<void> => {
      for (const record of await init.catalog.sessions(10_000)) {
        if (record.state !== 'running' || running.has(record.job ?? '')) continue
        const now = Date.now()
        record.state = 'failed'
        record.endedAtMs = now
        record.log = [...(record.log ?? []), `${new Date(now).toISOString()} error: the session was interrupted: its manager stopped before it ended; its snapshots are released by the snapshot hunter`]
        for (const task of record.tasks ?? []) {
          if (task.state !== 'running' && task.state !== 'queued') continue
          task.state = 'failed'
          task.error ||= 'interrupted: the manager stopped while the task ran'
        }
        await init.catalog.saveSession(record)
        init.sessionEnded?.(record)
        init.log.warn('closed an interrupted session', { session: record.id })
      }
    }

    /** Newest first; a running session as it is now, not as last saved. */
    const sessionList = async (job: string, limit: number): Promise<SessionRecord[]> => {
      const live = [...running.values()].filter((r) => job === '' || r.job === job)
      const saved = (await init.catalog.sessions(limit, job)).filter((r) => !live.some((l) => l.id === r.id))
      return [...live, ...saved].sort((a, b) => (b.startedAtMs ?? 0) - (a.startedAtMs ?? 0)).slice(0, limit)
    }

    return {
      started (ctx) {
        // sessions a crash interrupted end as failed, and their snapshots are released; both run
        // beside the mailbox, never blocking it
        void closeInterrupted().catch((err: Error) => init.log.error(`interrupted sessions could not be closed: ${err.message}`))
        stopHunting = huntWhenProxiesArrive(init.capacity, async (host) => await huntSnapshots({ ...hunting(ctx), host, log: (line) => init.log.info(line) }))
        schedules = new JobSchedules({
          store: init.catalog,
          run: async (job, trigger) => await runJob(job, ctx, trigger),
          log: (line) => init.log.info(line)
        })
        configuration = new Configuration({
          catalog: init.catalog,
          capacity: init.capacity,
          window,
          ask: async (to, msg, timeoutMs) => await ctx.ask(to, msg, timeoutMs),
          publishHosts: init.publishHosts,
          keys: init.keys,
          scheduleChanged: async (job) => { await schedules?.set(job) }
        })
        void init.catalog.jobs().then(async (jobs) => await schedules?.start(jobs))
          .catch((err: Error) => init.log.error(`job schedules could not start: ${err.message}`))
        // verify jobs keep their schedule state apart: "verify:" cannot start a job name
        const verifyStore: ScheduleStore = {
          scheduleState: async (name) => await init.catalog.scheduleState(`verify:${name}`),
          saveScheduleState: async (name, state) => { await init.catalog.saveScheduleState(`verify:${name}`, state) },
          forgetScheduleState: async (name) => { await init.catalog.forgetScheduleState(`verify:${name}`) }
        }
        verifySchedules = new JobSchedules({
          store: verifyStore,
          run: async (job, trigger) => await runVerifyJob(job, ctx, trigger),
          log: (line) => init.log.info(`verify ${line}`)
        })
        void init.catalog.verifyJobs().then(async (jobs) => await verifySchedules?.start(jobs))
          .catch((err: Error) => init.log.error(`verify job schedules could not start: ${err.message}`))
        // copy jobs too: "copy:" cannot start a job name either
        copySchedules = new JobSchedules({
          store: {
            scheduleState: async (name) => await init.catalog.scheduleState(`copy:${name}`),
            saveScheduleState: async (name, state) => { await init.catalog.saveScheduleState(`copy:${name}`, state) },
            forgetScheduleState: async (name) => { await init.catalog.forgetScheduleState(`copy:${name}`) }
          },
          run: async (job, trigger) => await runCopyJob(job, ctx, trigger),
          log: (line) => init.log.info(`copy ${line}`)
        })
        void init.catalog.copyJobs().then(async (jobs) => await copySchedules?.start(jobs))
          .catch((err: Error) => init.log.error(`copy job schedules could not start: ${err.message}`))
        // boot-check jobs too: "bootcheck:" cannot start a job name either
        bootCheckSchedules = new JobSchedules({
          store: {
            scheduleState: async (name) => await init.catalog.scheduleState(`bootcheck:${name}`),
            saveScheduleState: async (name, state) => { await init.catalog.saveScheduleState(`bootcheck:${name}`, state) },
            forgetScheduleState: async (name) => { await init.catalog.forgetScheduleState(`bootcheck:${name}`) }
          },
          run: async (job, trigger) => await runBootCheckJob(job, ctx, trigger),
          log: (line) => init.log.info(`boot-check ${line}`)
        })
        void init.catalog.bootCheckJobs().then(async (jobs) => await bootCheckSchedules?.start(jobs))
          .catch((err: Error) => init.log.error(`boot-check job schedules could not start: ${err.message}`))
      },
      stopped () {
        schedules?.stop()
        verifySchedules?.stop()
        copySchedules?.stop()
        bootCheckSchedules?.stop()
        stopHunting?.()
      },
      async receive (msg: ActorMessage, ctx: ActorContext) {
        if (msg.adminRequest != null) return { adminReply: await answer(msg.adminRequest, ctx) }
        if (msg.eventRecord != null) {
          // told by the node where the change was made: recorded as told, by the peer that told it
          const e = msg.eventRecord
          await configuration!.record(e.kind ?? '', e.subject ?? '', e.detail ?? '', origin(ctx), e.atMs ?? 0)
            .catch((err: Error) => init.log.warn(`a change told by ${origin(ctx)} could not be recorded: ${err.message}`, { kind: e.kind }))
          return undefined
        }
        return undefined
      }
    }
  }
}
