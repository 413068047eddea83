/**
 * @packageDocumentation
 * A session is one run of a job (the seed's Backup Manager process for one job run): it takes the
 * host's inventory, snapshots each VM, makes one task per disk, has the scheduler place each task
 * on a proxy and a repository, follows the tasks' progress, retries a failed task once on another
 * proxy, commits a VM's restore point only when every disk of it succeeded, and always releases
 * the snapshot. The session actor's mailbox receives placements, progress and results; the run
 * itself is an async flow that waits on them.
 *
 * This file holds that actor: its mailbox, its per-session state (the placements and results it
 * waits for, where each attempt runs and was staged) and the flow that uses it: per VM the
 * snapshot and the commit of its point, per disk its task and its attempts. The steps that need
 * none of that state are beside it: vm-selection.ts, repository-points.ts, guest-freeze-thaw.ts,
 * transport-modes.ts, session-retention.ts, session-notify.ts.
 */
import type { ActorMessage, HostSpec, Job, SessionRecord, TaskRecord, TaskResult, TaskSpec, TaskPlaced, VmInfo, DiskInfo, PointSummary } from '../../proto/index.ts'
import type { Behavior, ActorContext } from '../../node/runtime/actors/behavior.ts'
import { address } from '../../node/runtime/actors/address.ts'
import { UserError } from '../../node/runtime/actors/errors.ts'
import type { Capacity } from '../../protocols/capacity.ts'
import { proxiesReaching, repositoryNodes, schedulerNode, waitForNodes } from './mesh-view.ts'
import { SessionLog } from './session-log.ts'
import type { Catalog, SnapshotRecord } from './catalog.ts'
import { freezeGuest, thawGuest } from './guest-freeze-thaw.ts'
import { keepsEverything } from './retention.ts'
import { notifySessionEnd } from './session-notify.ts'
import { retainPoints } from './session-retention.ts'
import { latestPoint } from './repository-points.ts'
import type { NotifyOptions } from './notify.ts'
import { fallbacks, snapshotKind, viewModes } from './transport-modes.ts'
import { selectVms } from './vm-selection.ts'
import type { DataKey } from '../../node/core/crypto/key-file.ts'
import type { ThrottleRules } from './throttle-rules.ts'
import { formatRate } from '../../node/core/traffic-rules.ts'

/**
 * An encrypted job's key for one session: it goes to the proxies in their task assignments only
 * (not to the scheduler, never into the session record or a log), and its fingerprint and
 * recovery wraps go into every point committed.
 */
export interface SessionEncryption {
  key: DataKey
  /** the key wrapped for each recovery key of the catalog (RestorePoint.recovery_wraps) */
  recoveryWraps: Uint8Array[]
}

export interface SessionInit {
  job: Job
  host: HostSpec
  record: SessionRecord
  capacity: Capacity
  /** the snapshot hunter's records: every snapshot is recorded before it is asked for */
  snapshots: Pick<Catalog, 'recordSnapshot' | 'forgetSnapshot'>
  /** the guests' pinned SSH host keys (absent: every key is accepted and none pinned) */
  hostKeys?: Pick<Catalog, 'guestHostKey' | 'pinGuestHostKey'>
  /** releases this host's leftover snapshots of earlier sessions; returns the log lines */
  hunt: (host: string) => Promise<string[]>
  save: (record: SessionRecord) => Promise<void>
  onEnd: (record: SessionRecord) => void
  /** how long to wait for a proxy, repository or scheduler to show up in the view */
  discoveryTimeoutMs?: number
  /** webhook timeouts and retries (tests shorten them) */
  notify?: NotifyOptions
  /** the job's data key when it is encrypted; absent: its blocks go plain */
  encryption?: SessionEncryption
  /** the throttling rules each assignment carries, with the proxy's share of each rate */
  throttle?: Pick<ThrottleRules, 'assign' | 'release'>
}

const HOST_OP_TIMEOUT_MS = 5 * 60_000
const RETRIES = 1
/**
 * ms a retry waits for a proxy when none reaches the host any more (its only proxy died): a
 * proxy restarted at once is back by then, and the session still fails, naming why, well within
 * 30 s instead of after the scheduler's 30 s of looking for a place.
 */
const PROXY_RETURN_MS = 15_000

type Waiter<T> = { resolve: (value: T) => void, reject: (err: Error) => void }

export function sessionActor (init: SessionInit): () => Behavior {
  return () => {
    const log = new SessionLog(init.record, init.save)
    const placements = new Map<string, Waiter<TaskPlaced>>()
    const results = new Map<string, Waiter<TaskResult>>()
    const taskOf = new Map<string, TaskRecord>()
    // attempt id → the repository node that staged its disk: the VM's point is committed there
    const stagedOn = new Map<string, string>()
    // attempt id → the proxy running it. A proxy that dies mid-task sends no result: its leaving
    // the capacity view fails its attempts (one listener for the session, not one per task)
    const runningOn = new Map<string, string>()
    const onExpired = (peer: string): void => {
      for (const [taskId, proxy] of runningOn) {
        if (proxy === peer) results.get(taskId)?.reject(new Error(`proxy ${proxy} left the mesh during the task`))
      }
    }
    const discoveryMs = init.discoveryTimeoutMs ?? 15_000
    const { job, host, capacity } = init
    const fingerprint = init.encryption?.key.fingerprint ?? ''

    const run = async (ctx: ActorContext): Promise<void> => {
      log.line(`session ${init.record.id} of job ${job.name} started on manager ${ctx.peerId}${init.record.trigger && init.record.trigger !== 'manual' ? ` (${init.record.trigger === 'missed' ? 'a scheduled run missed while the manager was down' : `schedule "${job.schedule}"`})` : ''}`)
      let repositoryNodesSeen: string[] = []
      capacity.on('expired', onExpired)
      try {
        const proxies = await waitForNodes(capacity, () => proxiesReaching(capacity, host.name!), discoveryMs,
          () => new UserError('ERR_HOST_UNREACHABLE', `no proxy in the mesh reaches host "${host.name}" (${host.type} ${host.path || host.qmp}); is a proxy daemon running where that host is reachable, and is it a member of this mesh?`), ctx.signal)
        const repos = await waitForNodes(capacity, () => repositoryNodes(capacity, job.repository!), discoveryMs,
          () => new UserError('ERR_REPOSITORY_UNREACHABLE', `repository "${job.repository}" is unreachable: no node has announced it; is its daemon running, and is it a member of this mesh?`), ctx.signal)
        for (const line of await init.hunt(host.name!)) log.line(line)
        repositoryNodesSeen = repos
        const hostAgent = address(proxies[0]!, 'proxy')
        const inventory = await ctx.ask(hostAgent, { hostInventoryRequest: { host } }, HOST_OP_TIMEOUT_MS)
        const vms = selectVms(inventory.hostInventory ?? {}, job, log)
        await Promise.all(vms.map(async (vm) => await backupVm(ctx, vm, hostAgent, repos)))
      } catch (err: any) {
        log.fail(err.message)
      } finally {
        capacity.off('expired', onExpired)
      }
      if (repositoryNodesSeen.length > 0 && log.outcome() !== 'failed' && !keepsEverything(job.retention)) await retainPoints(ctx, job, repositoryNodesSeen, log)
      log.finish()
      await log.flush()
      init.onEnd(init.record)
      // the job may run again meanwhile; this actor lives on only to deliver the summary
      await notifySessionEnd(job, init.record, log, { ...init.notify, signal: ctx.signal })
      void ctx.stop()
    }

    const backupVm = async (ctx: ActorContext, vm: VmInfo, hostAgent: string, nodes: string[]): Promise<void> => {
      const latest = await latestPoint(ctx, job, nodes, vm.name!).catch((err: Error) => {
        log.warn(`VM ${vm.name}: could not read earlier points (${err.message}); reading every block`)
        return undefined
      })
      const base = usableBase(latest, vm.name!)
      const guest = await freezeGuest(vm.name!, { job, host, hostKeys: init.hostKeys, log, signal: ctx.signal })
      if (guest === null) return
      const record: SnapshotRecord = { host, vm: vm.name!, sessionId: init.record.id!, snapshotId: '', createdAtMs: Date.now() }
      await init.snapshots.recordSnapshot(record)
      const kind = snapshotKind(job, capacity, host.name!)
      const bases = (base?.disks ?? []).filter((d) => d.cbtBitmap).map((d) => ({ disk: d.index, bitmap: d.cbtBitmap }))
      const snap = await ctx.ask(hostAgent, { snapshotRequest: { host, vm: vm.name, sessionId: init.record.id, kind, bases, cbt: job.noCbt !== true } }, HOST_OP_TIMEOUT_MS)
        .catch((err: Error) => { log.vmFailed(vm.name!, `snapshot failed: ${err.message}`); return undefined })
      if (snap?.snapshotReply != null) {
        const s = snap.snapshotReply
        log.line(`VM ${vm.name}: snapshot ${s.snapshotId} taken (${s.guarantee === 'reflink' ? 'point-in-time reflink clone' : s.guarantee === 'none' ? 'no point-in-time guarantee: the live image is read' : s.guarantee || 'point in time'})`)
      }
      // guest I/O is released right after the snapshot, whether it was taken or not
      const thawed = await thawGuest(guest, vm.name!, log)
      if (snap?.snapshotReply == null) {
        // a snapshot that failed half-way may have left overlays or exports: release by session
        await ctx.ask(hostAgent, { releaseRequest: { host, vm: vm.name, snapshotId: '', failed: true, sessionId: init.record.id } }, HOST_OP_TIMEOUT_MS)
          .then(async () => { await init.snapshots.forgetSnapshot(record) })
          .catch((err: Error) => log.warn(`VM ${vm.name}: cleaning after the failed snapshot failed: ${err.message}; it will be cleaned before the next session`))
        return
      }
      record.snapshotId = snap.snapshotReply.snapshotId ?? ''
      await init.snapshots.recordSnapshot(record)
      const snapshot = snap.snapshotReply
      // the host's documented consistency limits are noted, not warned: they hold for every run
      for (const w of snapshot.warnings ?? []) log.line(`VM ${vm.name}: note: ${w}`)
      let ok = false
      try {
        if (!thawed) return
        const disks = snapshot.disks ?? []
        const outcomes = await Promise.all(disks.map(async (disk) => await backupDisk(ctx, vm, disk, base)))
        ok = outcomes.every((r) => r?.ok === true)
        if (!ok) {
          log.vmFailed(vm.name!, 'no restore point: not every disk was backed up')
          return
        }
        // the scheduler keeps a VM's disks on one node of the repository name (roles/scheduler/vm-pins.ts)
        const stored = [...new Set(outcomes.map((r) => stagedOn.get(r!.taskId!) ?? ''))]
        if (stored.length !== 1 || stored[0] === '') {
          log.vmFailed(vm.name!, `no restore point: its disks were stored on ${stored.length} nodes of repository ${job.repository} (${stored.join(', ')}) and a point is committed on one; the next session backs the VM up again`)
          return
        }
        const committed = await ctx.ask(address(stored[0]!, 'repository'), {
          commitPoint: {
            pointId: '',
            job: job.name,
            sessionId: init.record.id,
            vm: vm.name,
            host: host.name,
            stagedIds: outcomes.map((r) => r!.stagedId!),
            keyFingerprint: fingerprint,
            recoveryWraps: init.encryption?.recoveryWraps ?? [],
            // the VM's configuration at snapshot time: what an instant recovery starts it with
            config: snapshot.config ?? undefined
          }
        }, 60_000)
        const point = committed.pointCommitted?.point
        log.point(point?.id ?? '')
        log.line(`VM ${vm.name}: restore point ${point?.id} committed in repository ${job.repository}${fingerprint ? ` (encrypted with key "${job.key}", ${fingerprint}; ${init.encryption!.recoveryWraps.length} recovery wrap(s))` : ''}`)
        // a locked bucket: how many packs this point made the bucket retain longer (once per slack)
        if (committed.pointCommitted?.storage === 's3' && (point?.lockUntilMs ?? 0) > 0) {
          log.line(`VM ${vm.name}: ${committed.pointCommitted.retentionExtensions ?? 0} pack retention(s) extended in the bucket to cover the point's lock`)
        }
      } catch (err: any) {
        log.vmFailed(vm.name!, err.message)
      } finally {
        // the proxy that took the snapshot may have died meanwhile: any proxy reaching the host can release it
        const reaching = proxiesReaching(capacity, host.name!).map((p) => address(p, 'proxy'))
        const releaser = reaching.includes(hostAgent) || reaching.length === 0 ? hostAgent : reaching[0]!
        await ctx.ask(releaser, { releaseRequest: { host, vm: vm.name, snapshotId: snapshot.snapshotId, failed: !ok } }, HOST_OP_TIMEOUT_MS)
          .then(async () => {
            await init.snapshots.forgetSnapshot(record)
            log.line(`VM ${vm.name}: snapshot ${snapshot.snapshotId} released`)
          })
          .catch((err: Error) => log.warn(`VM ${vm.name}: releasing snapshot ${snapshot.snapshotId} failed: ${err.message}; it will be cleaned at the next start`))
      }
    }

    /**
     * The VM's latest point as the base of an incremental, when it is under the job's key: blocks
     * of another key (or plain ones) cannot be referred to, so a job whose key changed, or that
     * started or stopped encrypting, backs every disk up in full once.
     */
    const usableBase = (latest: PointSummary | undefined, vm: string): PointSummary | undefined => {
      if (latest == null || (latest.keyFingerprint ?? '') === fingerprint) return latest
      const was = latest.keyFingerprint ? `key ${latest.keyFingerprint}` : 'no key'
      log.line(`VM ${vm}: its latest point ${latest.id} was stored with ${was} and the job now uses ${fingerprint ? `key "${job.key}" (${fingerprint})` : 'no key'}: this backup is full, and later ones build on it`)
      return undefined
    }

    const backupDisk = async (ctx: ActorContext, vm: VmInfo, disk: DiskInfo, base: PointSummary | undefined): Promise<TaskResult | undefined> => {
      const baseDisk = base?.disks?.find((d) => d.index === disk.index)
      // blocks an exclusion dropped since the base made zero would stay zero under CBT: compare digests
      const narrowed = baseDisk != null && Number(job.excludeNarrowedMs ?? 0) > Number(base!.createdAtMs ?? 0)
      if (narrowed && (disk.cbtBitmap ?? '') !== '') log.line(`VM ${vm.name} disk ${disk.index}: the job's exclusions were narrowed since the base point: reading every block and comparing digests, so files no longer excluded are stored`)
      const cbt = baseDisk != null && (disk.cbtBitmap ?? '') !== '' && !narrowed
      if (baseDisk != null && !cbt && disk.cbtReason) log.line(`VM ${vm.name} disk ${disk.index}: no changed block tracking (${disk.cbtReason}): reading every block and comparing digests`)
      const task = log.addTask({
        taskId: `${init.record.id}.t${init.record.tasks!.length + 1}`,
        vm: vm.name,
        disk: disk.index,
        diskName: disk.name,
        size: disk.size,
        state: 'queued',
        repository: job.repository,
        changeDetection: cbt ? 'cbt' : baseDisk != null ? 'digest' : 'full'
      })
      const spec: TaskSpec = {
        sessionId: init.record.id,
        job: job.name,
        host,
        vm: vm.name,
        disk: disk.index,
        diskName: disk.name,
        size: disk.size,
        source: disk.file,
        blockSize: job.blockSize,
        compression: job.compression,
        compressionLevel: job.compressionLevel,
        rateLimitBps: job.rateLimitBps,
        repository: job.repository,
        basePoint: baseDisk != null ? base!.id : '',
        view: cbt ? disk : { ...disk, cbtBitmap: '' },
        mode: job.mode ?? '',
        modes: viewModes(disk),
        // every attempt names the task: a retry on the repository node (the VM's disks stay on one)
        // sends only the blocks the earlier attempts did not make durable there
        resumeKey: task.taskId,
        keyFingerprint: fingerprint,
        noSkipFree: job.noSkipFree === true,
        noSkipSwap: job.noSkipSwap === true,
        exclude: job.exclude ?? []
      }
      const avoid: string[] = []
      let result: TaskResult | undefined
      for (let attempt = 1; attempt <= 1 + RETRIES; attempt++) {
        const attemptId = `${task.taskId}.a${attempt}`
        task.attempts = attempt
        taskOf.set(attemptId, task)
        result = await runAttempt(ctx, { ...spec, taskId: attemptId }, task, avoid, base?.repositoryPeer ?? undefined)
        if (attempt > 1 && (result.stats?.blocksResumed ?? 0) > 0) {
          log.line(`VM ${vm.name} disk ${disk.index}: attempt ${attempt} resumed from the ${result.stats!.blocksResumed} blocks earlier attempts stored in the repository; it read only the rest`)
        }
        if (result.ok === true) break
        log.taskFailed(task, result.error ?? 'unknown error')
        if (ctx.signal.aborted) break
        if (attempt <= RETRIES && proxiesReaching(capacity, host.name!).length === 0) {
          log.line(`VM ${vm.name} disk ${disk.index}: no proxy reaches host ${host.name} now; waiting up to ${PROXY_RETURN_MS / 1000} s for one before retrying`)
          const back = await waitForNodes(capacity, () => proxiesReaching(capacity, host.name!), PROXY_RETURN_MS, () => new Error('no proxy'), ctx.signal).then(() => true, () => false)
          if (!back) {
            log.line(`VM ${vm.name} disk ${disk.index}: not retried: no proxy reaches host ${host.name} (start a proxy that reaches it, then run the job again)`)
            break
          }
        }
        if (attempt <= RETRIES) {
          // prefer another proxy; with a single proxy, retrying on it still beats giving up
          const others = proxiesReaching(capacity, host.name!).filter((p) => p !== result!.proxyPeer)
          if (result.proxyPeer && others.length > 0) avoid.push(result.proxyPeer)
          // the repository tells the retry which blocks it holds; until it does, progress restarts, and says so
          const done = task.blocksDone ?? 0
          log.line(`VM ${vm.name} disk ${disk.index}: retrying${avoid.length > 0 ? ' on another proxy' : ''}${done > 0 ? `; the blocks of the ${done} attempt ${attempt} moved that the repository made durable are not read again` : ''}`)
        }
      }
      return result
    }

    // `baseNode`: the repository node holding the VM's base point, where the scheduler sends its disks
    const runAttempt = async (ctx: ActorContext, spec: TaskSpec, task: TaskRecord, avoid: string[], baseNode: string | undefined): Promise<TaskResult> => {
      const fail = (error: string, proxyPeer = ''): TaskResult => ({ taskId: spec.taskId, ok: false, error, proxyPeer })
      const scheduler = schedulerNode(capacity, ctx.peerId)
      if (scheduler == null) return fail('no scheduler in the mesh: start a node with the scheduler role')
      task.state = 'queued'
      const placed = await new Promise<TaskPlaced>((resolve, reject) => {
        placements.set(spec.taskId!, { resolve, reject })
        ctx.tell(address(scheduler, 'scheduler'), { placeTask: { task: spec, replyTo: ctx.self, avoidProxies: avoid, repositoryPeer: baseNode } })
      }).catch((err: Error) => err)
      placements.delete(spec.taskId!)
      if (placed instanceof Error) {
        // a task never placed ends failed too: a failed session shows no task still "queued"
        const failed = fail(placed.message)
        log.taskEnded(task, failed)
        return failed
      }
      log.placed(task, placed)
      stagedOn.set(spec.taskId!, placed.repositoryPeer ?? '')
      const assignment: ActorMessage = {
        taskAssignment: {
          // the key goes to the proxy only: the scheduler placed the task without it
          task: { ...spec, dataKey: init.encryption?.key.material ?? new Uint8Array(0), mode: placed.mode, modes: spec.mode ? [] : fallbacks(capacity, placed.proxyPeer!, host.name!, placed.mode!, spec.modes ?? []) },
          proxyLease: placed.proxyLease,
          repositoryPeer: placed.repositoryPeer,
          repositoryLease: placed.repositoryLease,
          reportTo: ctx.self,
          trafficRules: init.throttle?.assign(spec.taskId!, placed.proxyPeer!, placed.repositoryPeer!) ?? []
        }
      }
      const result = await new Promise<TaskResult>((resolve, reject) => {
        results.set(spec.taskId!, { resolve, reject })
        runningOn.set(spec.taskId!, placed.proxyPeer!)
        ctx.tell(address(placed.proxyPeer!, 'proxy'), assignment)
      }).catch((err: Error) => fail(err.message, placed.proxyPeer!))
      results.delete(spec.taskId!)
      runningOn.delete(spec.taskId!)
      init.throttle?.release(spec.taskId!)
      if (result.mode) task.mode = result.mode
      for (const wait of result.throttled ?? []) {
        log.line(`VM ${task.vm} disk ${task.disk}: throttled by rule "${wait.rule}" (${formatRate(wait.rateBps ?? 0)} on proxy ${placed.proxyPeer!.slice(-8)}): waited ${((wait.waitedMs ?? 0) / 1000).toFixed(1)} s for it`)
      }
      log.taskEnded(task, result)
      return result
    }

    return {
      started (ctx) {
        void run(ctx)
      },
      receive (msg) {
        if (msg.taskPlaced != null) {
          placements.get(msg.taskPlaced.taskId!)?.resolve(msg.taskPlaced)
        } else if (msg.placementFailed != null) {
          placements.get(msg.placementFailed.taskId!)?.reject(new Error(msg.placementFailed.reason ?? 'placement failed'))
        } else if (msg.taskProgress != null) {
          const task = taskOf.get(msg.taskProgress.taskId!)
          if (task != null) log.progress(task, msg.taskProgress)
        } else if (msg.taskResult != null) {
          results.get(msg.taskResult.taskId!)?.resolve(msg.taskResult)
        }
      },
      stopped () {
        const stopped = new Error('session stopped')
        for (const w of placements.values()) w.reject(stopped)
        for (const w of results.values()) w.reject(stopped)
      }
    }
  }
}
