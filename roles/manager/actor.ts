/**
 * @packageDocumentation
 * The manager actor answers the admin requests that concern jobs, hosts and sessions, and starts
 * one session actor per job run. Never two sessions of one job at once.
 */
import type { ActorMessage, AdminReply, AdminRequest, GuestCredentials, Job, SessionRecord } from '../../proto/index.ts'
import type { Behavior, ActorContext } from '../../node/actors/behavior.ts'
import { UserError } from '../../node/actors/errors.ts'
import type { Capacity } from '../../protocols/capacity.ts'
import { type Catalog, sessionId } from './catalog.ts'
import { sessionActor } from './session.ts'
import { huntSnapshots } from './snapshot-hunter.ts'
import type { Logger } from '../../node/actors/logger.ts'

export interface ManagerInit {
  catalog: Catalog
  capacity: Capacity
  /** where the snapshot hunter's cleanup at start is logged */
  log: Logger
  /** republishes the host catalog in this node's announcement */
  publishHosts: () => Promise<void>
  discoveryTimeoutMs?: number
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

    const runJob = async (name: string, ctx: ActorContext): Promise<SessionRecord> => {
      const job: Job = await init.catalog.job(name)
      const host = await init.catalog.host(job.host!)
      const live = running.get(name)
      if (live != null) throw new UserError('ERR_SESSION_RUNNING', `job "${name}" is already running as session ${live.id}; wait for it (\`meshbackup session show ${live.id}\`)`)
      const record: SessionRecord = { id: sessionId(name), job: name, state: 'running', startedAtMs: Date.now(), tasks: [], log: [], points: [] }
      await init.catalog.saveSession(record)
      running.set(name, record)
      ctx.spawn(`session-${++sessions}`, sessionActor({
        job,
        host,
        record,
        capacity: init.capacity,
        snapshots: init.catalog,
        hunt: async (hostName) => {
          const lines: string[] = []
          await huntSnapshots({ ...hunting(ctx), host: hostName, log: (line) => lines.push(line) })
          return lines
        },
        discoveryTimeoutMs: init.discoveryTimeoutMs,
        save: async (r) => await init.catalog.saveSession(r),
        onEnd: () => { running.delete(name) }
      }), { restart: 'temporary' })
      return record
    }

    const hunting = (ctx: ActorContext) => ({
      catalog: init.catalog,
      capacity: init.capacity,
      ask: async (to: string, msg: ActorMessage, timeoutMs: number) => await ctx.ask(to, msg, timeoutMs),
      running: (id: string) => [...running.values()].some((r) => r.id === id),
      discoveryTimeoutMs: init.discoveryTimeoutMs
    })

    const answer = async (req: AdminRequest, ctx: ActorContext): Promise<AdminReply> => {
      if (req.hostAdd != null) {
        await init.catalog.addHost(req.hostAdd)
        await init.publishHosts()
        return { ok: {} }
      }
      if (req.hostList != null) return { hosts: { hosts: await init.catalog.hosts() } }
      if (req.jobAdd != null) {
        await init.catalog.addJob(req.jobAdd)
        return { ok: {} }
      }
      if (req.jobList != null) return { jobs: { jobs: (await init.catalog.jobs()).map(redacted) } }
      if (req.jobRun != null) return { session: await runJob(req.jobRun.name ?? '', ctx) }
      if (req.sessionShow != null) {
        const key = req.sessionShow.id ?? ''
        const live = [...running.values()].find((r) => r.id === key || r.job === key)
        return { session: live ?? await init.catalog.session(key) }
      }
      throw new UserError('ERR_BAD_REQUEST', 'the manager does not handle this admin request')
    }

    return {
      started (ctx) {
        // leftovers of sessions a crash interrupted; runs beside the mailbox, never blocks it
        void huntSnapshots({ ...hunting(ctx), log: (line) => init.log.info(line) })
      },
      async receive (msg: ActorMessage, ctx: ActorContext) {
        if (msg.adminRequest != null) return { adminReply: await answer(msg.adminRequest, ctx) }
        return undefined
      }
    }
  }
}
