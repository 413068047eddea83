/**
 * @packageDocumentation
 * What the HTTP API answers, built on the daemon's admin handler: each route sends the same
 * AdminRequest the CLI sends, so HTTP and CLI can never disagree. Replies become plain JSON with
 * every field present (zeros included); sessions gain per-task `progress` (0..1) and
 * `bytesPerSecond`, so a page can draw bars without knowing the record's internals.
 *
 * @example
 * ```ts
 * const api = createApi({ handler: adminHandler({ home, config, mesh, system, capacity }) })
 * const { sessions } = await api.sessions({ limit: 20 })
 * ```
 */
import { pb, type AdminReply, type AdminRequest, type SessionRecord, type TaskRecord } from '../../../proto/index.ts'
import type { AdminHandler } from '../../../protocols/admin.ts'
import type { SchedulerGaugeStats } from '../../runtime/metrics.ts'
import { trafficLimits } from '../../core/shared-rate.ts'
import { withGuestFile, type FilesInit, type GuestFileDownload } from '../admin/files.ts'

export interface ApiInit {
  handler: AdminHandler
  /** this node's scheduler counters, shown in the status when it has that role */
  scheduler?: () => SchedulerGaugeStats
  /** the endpoint's own URL, shown in the status */
  url?: () => string
  /** file-level restore downloads: how a point's disk is served (admin/files.ts) */
  files?: FilesInit
}

/** Which guest disk a file-level restore route reads (see proto/files.proto's GuestDisk). */
export interface FilesQuery {
  /** the restore point; `-` with `image` */
  point: string
  vm?: string
  disk?: number
  partition?: string
  /** a disk image on this daemon's host instead of the point's disk */
  image?: string
  /** the guest path */
  path: string
}

/** A task record as the API shows it: the record plus how far it got and how fast. */
export type TaskView = TaskRecord & { progress: number, bytesPerSecond: number }
export type SessionView = Omit<SessionRecord, 'tasks'> & { tasks: TaskView[], progress: number, bytesPerSecond: number }

export interface SessionsQuery {
  job?: string
  /** newest first; 0 or absent: 50 */
  limit?: number
}

export interface Api {
  status(): Promise<object>
  jobs(): Promise<object[]>
  /** newest first; `complete: false` when the manager cannot list sessions (only the latest per job is known) */
  sessions(query: SessionsQuery): Promise<{ sessions: SessionView[], complete: boolean }>
  session(id: string): Promise<SessionView>
  points(query: { job?: string, vm?: string }): Promise<object[]>
  run(job: string): Promise<SessionView>
  /** a host's inventory through a proxy that reaches it: its VMs and the VMs it cannot describe */
  hostCheck(name: string): Promise<object>
  /** the manager's change log, newest first; 0 or absent: 100 */
  events(query: { limit?: number }): Promise<object[]>
  /** the manager's throttling rules, which are in force now, and this node's shared rates */
  throttle(): Promise<object>
  /** a guest folder's entries (file-level restore): `{ volume, volumes, entries }` */
  files(query: FilesQuery): Promise<object>
  /** one guest file's bytes, handed to `send` while the disk is open */
  download(query: FilesQuery, send: (file: GuestFileDownload) => Promise<void>): Promise<void>
  /** the instant recoveries, as their nodes report them now */
  recoveries(): Promise<object[]>
  /** starts one; answers once the VM runs */
  recover(query: { point: string, host: string, name?: string, vm?: string, network?: boolean, attachTo?: string, repository?: string }): Promise<object>
  /** migrate (returns once the copy started) or stop */
  recoveryAction(id: string, action: 'migrate' | 'stop'): Promise<object>
  /** kept boot check results, newest first; ?point=ID&vm=NAME&limit=N */
  bootChecks(query: { pointId?: string, vm?: string, limit?: number }): Promise<object[]>
  /** a boot check's console screenshot (PNG bytes) */
  bootCheckScreenshot(id: string): Promise<Buffer>
  /** the boot-check jobs (roles/manager/boot-check-job.ts); their runs are in sessions() */
  bootCheckJobs(): Promise<object[]>
  /** the 3-2-1-1-0 figures of every VM of a job */
  protection(query: { job?: string, vm?: string }): Promise<object>
}

const PLAIN = { defaults: true, arrays: true, longs: Number, bytes: String }
const plain = <T>(type: { toObject(message: any, options?: object): object }, message: unknown): T => type.toObject(message, PLAIN) as T

export function createApi (init: ApiInit): Api {
  const ask = async (request: AdminRequest): Promise<AdminReply> => await init.handler(request, async () => {})

  const session = async (id: string): Promise<SessionView> => {
    const reply = await ask({ sessionShow: { id } })
    return view(reply.session ?? {})
  }

  // The manager answers sessionList since the operations proto; an older manager does not, and
  // then the latest session of each job is what can be shown.
  const latestPerJob = async (query: SessionsQuery): Promise<SessionView[]> => {
    const jobs = (await ask({ jobList: {} })).jobs?.jobs ?? []
    const names = jobs.map((j) => j.name ?? '').filter((n) => n !== '' && (query.job == null || query.job === '' || n === query.job))
    const found = await Promise.all(names.map(async (name) => await session(name).catch((err: { code?: string }) => {
      if (err.code === 'ERR_NO_SUCH_SESSION') return undefined
      throw err
    })))
    return found.filter((s): s is SessionView => s !== undefined)
  }

  const throttleView = async (): Promise<object> => {
    const list = plain<Record<string, unknown>>(pb.ThrottleList, (await ask({ throttleList: {} })).throttleRules ?? {})
    return { ...list, sending: trafficLimits().snapshot() }
  }

  const guestDisk = (q: FilesQuery): { pointId: string, vm: string, disk: number, partition: string, file: string } =>
    ({ pointId: q.point === '-' ? '' : q.point, vm: q.vm ?? '', disk: q.disk ?? 0, partition: q.partition ?? '', file: q.image ?? '' })

  return {
    throttle: throttleView,
    async files (query) {
      const reply = await ask({ filesList: { disk: guestDisk(query), path: query.path } })
      return plain(pb.FilesListing, reply.filesListing ?? {})
    },
    async download (query, send) {
      await withGuestFile(init.files ?? {}, guestDisk(query), query.path, send)
    },
    async status () {
      const reply = await ask({ status: {} })
      const status = plain<Record<string, unknown>>(pb.StatusReply, reply.status ?? {})
      // the rules live with the manager: its node shows them; every node shows the rates it enforces
      const manager = Array.isArray(status.roles) && status.roles.includes('manager')
      const rules = manager ? await throttleView().catch(() => ({ sending: trafficLimits().snapshot() })) : { sending: trafficLimits().snapshot() }
      return { ...status, http: init.url?.(), scheduler: init.scheduler?.(), throttle: rules }
    },
    async jobs () {
      const reply = await ask({ jobList: {} })
      return (reply.jobs?.jobs ?? []).map((job) => plain(pb.Job, job))
    },
    async sessions (query) {
      const limit = query.limit != null && query.limit > 0 ? query.limit : 50
      let sessions: SessionView[]
      let complete = true
      try {
        const reply = await ask({ sessionList: { job: query.job ?? '', limit } })
        sessions = (reply.sessions?.sessions ?? []).map((r) => view(r))
      } catch (err) {
        if ((err as { code?: string }).code !== 'ERR_BAD_REQUEST') throw err
        sessions = await latestPerJob(query)
        complete = false
      }
      sessions.sort((a, b) => (b.startedAtMs ?? 0) - (a.startedAtMs ?? 0))
      return { sessions: sessions.slice(0, limit), complete }
    },
    session,
    async points (query) {
      const reply = await ask({ pointsList: { job: query.job ?? '', vm: query.vm ?? '' } })
      // each point with its last boot check, when the manager keeps one
      const checks = await ask({ bootCheckList: { vm: query.vm ?? '', latestPerPoint: true, limit: 100_000 } })
        .then((r) => r.bootChecks?.checks ?? [], () => [])
      const last = new Map(checks.map((c) => [c.pointId ?? '', c]))
      return (reply.points?.points ?? []).map((p) => {
        const check = last.get(p.id ?? '')
        return { ...plain<object>(pb.PointSummary, p), lastBootCheck: check == null ? null : plain(pb.BootCheck, check) }
      })
    },
    async bootChecks (query) {
      const reply = await ask({ bootCheckList: { pointId: query.pointId ?? '', vm: query.vm ?? '', limit: query.limit ?? 0 } })
      return (reply.bootChecks?.checks ?? []).map((c) => plain(pb.BootCheck, c))
    },
    async bootCheckScreenshot (id) {
      const reply = await ask({ bootCheckScreenshot: { id } })
      return Buffer.from(reply.bootCheckScreenshot?.png ?? new Uint8Array())
    },
    async bootCheckJobs () {
      return ((await ask({ bootCheckJobList: {} })).bootCheckJobs?.jobs ?? []).map((j) => plain(pb.BootCheckJob, j))
    },
    async protection (query) {
      const reply = await ask({ protection: { job: query.job ?? '', vm: query.vm ?? '' } })
      return plain(pb.ProtectionReport, reply.protection ?? {})
    },
    async run (job) {
      const reply = await ask({ jobRun: { name: job, wait: false } })
      return view(reply.session ?? {})
    },
    async hostCheck (name) {
      const reply = await ask({ hostCheck: { name } })
      return plain(pb.HostCheckReply, reply.hostCheck ?? {})
    },
    async recoveries () {
      const reply = await ask({ recoveryList: {} })
      return (reply.recoveries?.recoveries ?? []).map((r) => plain(pb.RecoveryInfo, r))
    },
    async recover (query) {
      const reply = await ask({ recover: { pointId: query.point, host: query.host, name: query.name ?? '', vm: query.vm ?? '', network: query.network === true, attachTo: query.attachTo ?? '', repository: query.repository ?? '' } })
      return plain(pb.RecoveryInfo, reply.recovery ?? {})
    },
    async recoveryAction (id, action) {
      const reply = await ask({ recoveryAction: { id, action } })
      return plain(pb.RecoveryInfo, reply.recovery ?? {})
    },
    async events (query) {
      const reply = await ask({ events: { limit: query.limit ?? 0 } })
      return (reply.events?.events ?? []).map((e) => plain(pb.Event, e))
    }
  }
}

/** A verify session's progress: the raw bytes of the distinct blocks read, over the time it has run. */
function verifyRate (s: SessionRecord): { progress: number, bytesPerSecond: number } {
  const p = s.verifyProgress ?? {}
  const total = p.bytesTotal ?? 0
  const progress = s.state !== 'running' ? 1 : total > 0 ? Math.min(1, (p.bytesDone ?? 0) / total) : 0
  const seconds = (p.elapsedMs ?? 0) / 1000
  return { progress, bytesPerSecond: s.state === 'running' && seconds > 0 ? (p.bytesDone ?? 0) / seconds : 0 }
}

/**
 * A copy session's progress: the raw bytes of the selected points settled (fetched, or on the
 * target already) over the points' total; its rate is the stored bytes fetched over the time the
 * target has been copying (what crossed the wire).
 */
function copyRate (s: SessionRecord): { progress: number, bytesPerSecond: number } {
  const p = s.copyProgress ?? {}
  const total = p.bytesTotal ?? 0
  const progress = s.state !== 'running' ? 1 : total > 0 ? Math.min(1, (p.bytesDone ?? 0) / total) : 0
  const seconds = (p.elapsedMs ?? 0) / 1000
  return { progress, bytesPerSecond: s.state === 'running' && seconds > 0 ? (p.bytesFetched ?? 0) / seconds : 0 }
}

/** The session as JSON, with progress per task and for the whole session. */
export function view (record: SessionRecord, now = Date.now()): SessionView {
  const s = plain<SessionRecord>(pb.SessionRecord, record)
  const tasks = (s.tasks ?? []).map((t): TaskView => {
    const stats = t.stats ?? {}
    const total = stats.blocksTotal ?? 0
    const done = (t.blocksDone ?? 0) + (stats.blocksSkippedCbt ?? 0)
    const progress = t.state === 'success' ? 1 : total > 0 ? Math.min(1, done / total) : 0
    const started = t.startedAtMs || s.startedAtMs || now
    // a running task's data mover reports its bytes with the time it has been moving them
    // (stats.durationMs): bytes and time of one moment, not bytes of the last report over the
    // time until now, which reads low by up to a report interval
    const moving = t.state === 'running' ? Number(stats.durationMs ?? 0) : 0
    const seconds = Math.max(0.001, moving > 0 ? moving / 1000 : ((t.endedAtMs || now) - started) / 1000)
    // the processing rate: the share of the disk dealt with, holes and CBT-skipped blocks
    // included, as a backup product shows it (bytes read alone say 0 B/s for a sparse disk)
    const bytesPerSecond = t.state === 'queued' ? 0 : Math.max(stats.bytesRead ?? 0, progress * (t.size ?? 0)) / seconds
    return { ...t, progress, bytesPerSecond }
  })
  const size = tasks.reduce((n, t) => n + (t.size ?? 0), 0)
  const progress = size > 0
    ? tasks.reduce((n, t) => n + t.progress * (t.size ?? 0), 0) / size
    : s.state !== 'running' ? 1 : 0
  const bytesPerSecond = tasks.filter((t) => t.state === 'running').reduce((n, t) => n + t.bytesPerSecond, 0)
  if (s.kind === 'verify') return { ...s, tasks, ...verifyRate(s) }
  if (s.kind === 'copy') return { ...s, tasks, ...copyRate(s) }
  return { ...s, tasks, progress, bytesPerSecond }
}
