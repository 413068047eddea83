/**
 * @packageDocumentation
 * One run of a boot-check job, as a session (kind "boot-check-job"): the manager lists the points
 * of the job's backup job on every repository node, takes each VM's newest good point (not
 * damaged, no bad blocks; a copy's too), and asks a node that announces it can run QEMU
 * (Announcement.boot_check: the job's `--on` node, else a proxy's node first) to boot-check them,
 * one VM at a time (TCG has few cores). That node runs what `verify POINT --boot` runs
 * (node/daemon/boot-check-actor.ts → node/daemon/admin/boot-check.ts), so each check is recorded
 * as `verify --boot`'s are: a boot-check session of its own, the listing, the metrics, the backup
 * job's webhook. This session names each VM's result; a VM with no good point, or whose check
 * failed, fails the run.
 *
 * @example
 * ```ts
 * ctx.spawn('session-9', bootCheckSessionActor({ job, backup, record, capacity, save, onEnd }), { restart: 'temporary' })
 * ```
 */
import type { ActorContext, Behavior } from '../../node/runtime/actors/behavior.ts'
import { address } from '../../node/runtime/actors/address.ts'
import { UserError } from '../../node/runtime/actors/errors.ts'
import type { Capacity } from '../../protocols/capacity.ts'
import type { BootCheck, BootCheckJob, BootCheckRequest, Job, PointSummary, SessionRecord } from '../../proto/index.ts'
import { allRepositoryNodes, bootCheckNodes, waitForNodes } from './mesh-view.ts'
import { SessionLog, short } from './session-log.ts'

export const BOOT_CHECK_JOB_KIND = 'boot-check-job'

export interface BootCheckSessionInit {
  job: BootCheckJob
  /** the backup job whose VMs are checked */
  backup: Job
  record: SessionRecord
  capacity: Capacity
  save: (record: SessionRecord) => Promise<void>
  onEnd: (record: SessionRecord) => void
  /** how long to wait for repository and boot-check nodes to show up in the view */
  discoveryTimeoutMs?: number
}

const DEFAULT_BOOT_TIMEOUT_S = 120
const DEFAULT_SCRIPT_TIMEOUT_S = 60
/** beyond the boot and script timeouts: serving the point, starting QEMU, the screenshot, recording */
const CHECK_MARGIN_S = 300

/** A sound copy: its manifest reads and no block of it is bad. */
function sound (p: PointSummary): boolean {
  return p.damaged !== true && (p.badBlocks ?? 0) === 0
}

/** Each VM's newest sound point (the first copy listed when several repositories hold it). */
export function newestGoodPoints (points: PointSummary[]): Map<string, PointSummary> {
  const out = new Map<string, PointSummary>()
  for (const p of points.filter(sound)) {
    const vm = p.vm ?? ''
    const had = out.get(vm)
    if (had == null || Number(p.createdAtMs ?? 0) > Number(had.createdAtMs ?? 0)) out.set(vm, p)
  }
  return out
}

/** The request a node gets for one VM's point, with the job's heartbeat and script settings. */
export function bootCheckRequestOf (job: BootCheckJob, point: PointSummary): BootCheckRequest {
  return {
    pointId: point.id ?? '',
    vm: point.vm ?? '',
    repository: point.repository ?? '',
    noAgent: job.noAgent === true,
    heartbeatLine: job.heartbeatLine ?? '',
    bootTimeoutS: job.bootTimeoutS ?? 0,
    scriptText: job.scriptText ?? '',
    scriptPath: job.scriptPath ?? '',
    scriptArgs: job.scriptArgs ?? [],
    scriptTimeoutS: job.scriptTimeoutS ?? 0
  }
}

export function bootCheckSessionActor (init: BootCheckSessionInit): () => Behavior {
  return () => {
    const log = new SessionLog(init.record, init.save)
    const { job } = init
    const discoveryMs = init.discoveryTimeoutMs ?? 15_000
    const askMs = ((job.bootTimeoutS || DEFAULT_BOOT_TIMEOUT_S) + (job.scriptTimeoutS || DEFAULT_SCRIPT_TIMEOUT_S) + CHECK_MARGIN_S) * 1000

    const points = async (ctx: ActorContext): Promise<PointSummary[]> => {
      const nodes = await waitForNodes(init.capacity, () => allRepositoryNodes(init.capacity), discoveryMs,
        () => new UserError('ERR_REPOSITORY_UNREACHABLE', `no repository node is in the mesh view, so no point of job ${job.job} can be found; is the repository daemon running?`), ctx.signal)
      const lists = await Promise.all(nodes.map(async (node) => {
        const reply = await ctx.ask(address(node, 'repository'), { pointsListRequest: { job: job.job ?? '', vm: '' } }, 30_000)
        return (reply.pointsList?.points ?? []).map((p) => ({ ...p, repositoryPeer: p.repositoryPeer || node }))
      }))
      return lists.flat()
    }

    const checkOne = async (ctx: ActorContext, node: string, point: PointSummary): Promise<void> => {
      const vm = point.vm ?? ''
      log.line(`VM ${vm}: boot check of its newest good point ${point.id} (repository ${point.repository}) on node ${short(node)}`)
      try {
        const reply = await ctx.ask(address(node, 'boot-check'), { bootCheckRun: { request: bootCheckRequestOf(job, point), runSession: init.record.id } }, askMs)
        const c: BootCheck = reply.bootCheckRunReply?.check ?? {}
        log.point(point.id ?? '')
        const session = c.sessionId ? ` (session ${c.sessionId})` : ''
        if (c.pass === true) {
          log.line(`VM ${vm}: restore point ${point.id} passed: heartbeat (${c.heartbeat || 'none'}) after ${seconds(c.bootMs)}${c.scriptRan === true ? `, script exit ${c.scriptExit ?? 0}` : ''}${session}`)
        } else {
          log.vmFailed(vm, `restore point ${point.id} failed its boot check (${c.code || 'no code'}): ${c.reason ?? ''}${session}`, c.code ?? '')
        }
      } catch (err) {
        const e = err as Error & { code?: string }
        log.vmFailed(vm, `restore point ${point.id} could not be boot-checked on node ${short(node)}: ${e.message}`, e.code ?? '')
      }
    }

    const run = async (ctx: ActorContext): Promise<void> => {
      log.line(`session ${init.record.id} of boot-check job ${job.name} started on manager ${ctx.peerId}: the newest good point of each VM of job ${job.job}` +
        `${(job.vms ?? []).length > 0 ? ` (VMs ${job.vms!.join(', ')})` : ''}${init.record.trigger && init.record.trigger !== 'manual' ? ` (${init.record.trigger === 'missed' ? 'a scheduled run missed while the manager was down' : `schedule "${job.schedule}"`})` : ''}`)
      try {
        const all = await points(ctx)
        const newest = newestGoodPoints(all)
        // the VMs named (the job's, else the backup job's), else every VM the backup job has points of
        const named = (job.vms ?? []).length > 0 ? job.vms! : (init.backup.vms ?? [])
        const vms = named.length > 0 ? named : [...new Set(all.map((p) => p.vm ?? ''))].filter((v) => v !== '').sort()
        if (vms.length === 0) throw new UserError('ERR_BOOT_CHECK_NO_POINT', `job ${job.job} has no restore point in any repository in view: nothing to boot-check; run the backup job first`)
        const due = vms.flatMap((vm) => {
          const p = newest.get(vm)
          if (p != null) return [p]
          const damaged = all.some((q) => q.vm === vm)
          log.vmFailed(vm, damaged
            ? `every restore point of VM ${vm} is damaged: none can be boot-checked (\`meshbackup points list --vm ${vm}\`)`
            : `VM ${vm} has no restore point of job ${job.job} in any repository in view: nothing to boot-check`, 'ERR_BOOT_CHECK_NO_POINT')
          return []
        })
        if (due.length > 0) {
          const nodes = await waitForNodes(init.capacity, () => bootCheckNodes(init.capacity, job.on ?? ''), discoveryMs,
            () => new UserError('ERR_BOOT_CHECK_NO_NODE', job.on
              ? `node ${job.on} does not announce boot checks (or is not in the mesh view): start its daemon where qemu-system-x86_64 is installed, or change --on`
              : 'no node in the mesh view announces boot checks: run a daemon where qemu-system-x86_64 is installed (a proxy\'s node is chosen first)'), ctx.signal)
          const node = nodes[0]!
          for (const p of due) await checkOne(ctx, node, p)
        }
        const passed = due.length - (init.record.failedVms ?? []).filter((f) => due.some((p) => p.vm === f.vm)).length
        log.line(`${passed} of ${vms.length} VM(s) passed their boot check`)
      } catch (err) {
        log.fail((err as Error).message)
      }
      log.finish()
      await log.flush()
      init.onEnd(init.record)
      void ctx.stop()
    }

    return {
      started (ctx) { void run(ctx) },
      receive () { return undefined }
    }
  }
}

function seconds (ms: unknown): string {
  return `${(Number(ms ?? 0) / 1000).toFixed(1)} s`
}
