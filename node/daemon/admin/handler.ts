/**
 * @packageDocumentation
 * What a daemon does with an admin request. Job, host, session and key requests go to a manager (this
 * node's, else one from the capacity view); point requests go to the repository nodes; a restore
 * is pulled from the repository node holding the point and written by this daemon, with progress
 * frames back to the CLI.
 */
import type { AdminReply, AdminRequest, Announcement, GcReport, HostSpec, PointSummary, Progress, RepairSource, StatusReply, TrafficRuleWire } from '../../../proto/index.ts'
import type { AdminHandler } from '../../../protocols/admin.ts'
import { waitForNodes, type Capacity } from '../../../protocols/capacity.ts'
import type { ActorSystem } from '../../runtime/actors/system.ts'
import { address } from '../../runtime/actors/address.ts'
import { UserError } from '../../runtime/actors/errors.ts'
import { restorePoint } from './restore.ts'
import { rebuildRepositories } from './rebuild.ts'
import { join } from 'node:path'
import type { Logger } from '../../core/logger.ts'
import { filesRequest, isFilesRequest, type FilesInit } from './files.ts'
import { pointExports } from './point-exports.ts'
import { isolatedPointStarter } from './isolated-point.ts'
import { bootCheckPoint, type StartIsolated } from './boot-check.ts'
import type { Mesh } from '../../runtime/mesh.ts'
import { membersWithout, saveConfig, validatePeerId } from '../config.ts'
import type { NodeConfig } from '../../runtime/node-config.ts'

export interface AdminHandlerInit {
  home: string
  config: NodeConfig
  mesh: Mesh
  system: ActorSystem
  capacity: Capacity
  /** how long to wait for a role to appear in the capacity view (a daemon just started) */
  discoveryTimeoutMs?: number
  /** file-level restore: how a point's disk is served over NBD and mounted (admin/files.ts); given without exportPoint, this daemon serves points itself (point-exports.ts, a socket in the home) */
  files?: FilesInit
  log?: Logger
  /**
   * Starts a restore point in isolation through the instant-recovery path, for `verify --boot`
   * (admin/boot-check.ts); absent: boot checks are refused with ERR_BOOT_CHECK_UNAVAILABLE.
   */
  startIsolated?: StartIsolated
}

/** How often a waiting `job run --wait` looks at its session. */
const WAIT_POLL_MS = 100

const MANAGER_REQUESTS = ['hostAdd', 'hostList', 'hostCheck', 'hostRemove', 'jobAdd', 'jobEdit', 'jobRemove', 'jobList', 'jobRun', 'sessionShow', 'sessionList', 'pointsForget', 'events',
  'verifyJobAdd', 'verifyJobList', 'verifyJobRemove', 'verifyJobRun', 'copyJobAdd', 'copyJobList', 'copyJobRemove', 'copyJobRun',
  'throttleAdd', 'throttleList', 'throttleRemove',
  // instant recoveries: the manager keeps them and asks the node that runs each
  'recover', 'recoveryAction', 'recoveryList',
  // boot checks and the protection view (roles/manager/boot-check-session.ts, protection.ts)
  'bootCheckBegin', 'bootCheckRecord', 'bootCheckList', 'bootCheckScreenshot', 'protection',
  'bootCheckJobAdd', 'bootCheckJobList', 'bootCheckJobRemove', 'bootCheckJobRun',
  // the key catalog: only admins reach this handler, so keyGet hands a data key to an admin only
  'keyCreate', 'keyList', 'keyExport', 'keyImport', 'keyChangePassphrase', 'keyGet'] as const
let temporaries = 0

export function adminHandler (init: AdminHandlerInit): AdminHandler {
  const { mesh, system, capacity, config } = init
  const discoveryMs = init.discoveryTimeoutMs ?? 8000

  const nodesWith = (role: string): string[] =>
    capacity.entries().filter((e) => e.announcement.roles?.includes(role)).map((e) => e.announcement.peerId!).sort()

  // Right after a daemon starts the view may still be empty: wait for the first announcements.
  const awaitRole = async (role: string, why: string): Promise<string[]> =>
    await waitForNodes(capacity, () => nodesWith(role), discoveryMs,
      () => new UserError('ERR_NO_' + role.toUpperCase(), `no node with the ${role} role is in the mesh view of ${mesh.peerId}; ${why}`))

  const toManager = async (request: AdminRequest): Promise<AdminReply> => {
    const managers = config.roles.includes('manager') ? [mesh.peerId] : await awaitRole('manager', 'start a daemon with the manager role, or run this command against its home')
    const reply = await system.ask(address(managers[0]!, 'manager'), { adminRequest: request }, { timeoutMs: 60_000 })
    return reply.adminReply ?? { ok: {} }
  }

  // an encrypted point's key when the request brought none (the REPL): the manager's catalog,
  // if a manager answers; else the restore fails naming the key it needs
  const managerKey = async (fingerprint: string): Promise<Uint8Array | undefined> => {
    try {
      const key = (await toManager({ keyGet: { fingerprint } })).keyMaterial?.dataKey
      return key != null && key.byteLength > 0 ? key : undefined
    } catch {
      return undefined
    }
  }

  // the throttling rules a restore's repository enforces: none when no manager answers
  // restore points served over NBD from this daemon (file-level restore, boot checks)
  const exporter = pointExports({
    libp2p: mesh.libp2p,
    socketPath: join(init.home, 'nbd.sock'),
    locate: async (pointId, repository) => {
      const point = await restorablePoint(pointId, repository ?? '')
      const peers = capacity.entries().filter((e) => e.announcement.repository?.name === point.repository).map((e) => e.announcement.peerId!).sort()
      if (peers.length === 0) throw new UserError('ERR_NO_SUCH_REPOSITORY', `no node of repository ${point.repository ?? ''} is in the mesh view now; start it, or name another repository holding the point with --repository`)
      return { peers, repository: point.repository ?? '' }
    },
    keyFor: managerKey,
    log: init.log
  })
  if (init.files !== undefined && init.files.exportPoint === undefined) {
    init.files.exportPoint = async (d) => await exporter.open(d)
    init.files.close = exporter.close
  }
  // boot checks start the point here, on this daemon's machine, through the same exports
  const startIsolated = init.startIsolated ?? isolatedPointStarter({ exports: exporter, node: mesh.peerId })

  const managerRules = async (): Promise<TrafficRuleWire[]> => {
    try {
      return (await toManager({ throttleList: {} })).throttleRules?.rules ?? []
    } catch {
      return []
    }
  }

  const allPoints = async (filter: { job?: string | null, vm?: string | null }): Promise<PointSummary[]> => {
    const repos = await awaitRole('repository', 'is the repository daemon running and a member of this mesh?')
    const lists = await Promise.all(repos.map(async (peer) => {
      const reply = await system.ask(address(peer, 'repository'), { pointsListRequest: { job: filter.job ?? '', vm: filter.vm ?? '' } }, { timeoutMs: 30_000 })
      return reply.pointsList?.points ?? []
    }))
    return lists.flat().sort((a, b) => (a.createdAtMs ?? 0) - (b.createdAtMs ?? 0))
  }

  // a point whose manifest is damaged is listed, and refused here before any data moves
  const restorablePoint = async (id: string, repository = ''): Promise<PointSummary> => {
    const point = await findPoint(id, repository)
    if (point.damaged === true) {
      throw new UserError('ERR_POINT_DAMAGED', `restore point ${id} cannot be restored: it is damaged (${point.damageReason}); restore another point of VM "${point.vm}", or put the manifest back from a copy`)
    }
    return point
  }

  /**
   * The copy of point `id` to read: in `repository` when named, else a sound copy in the
   * repository its job writes to (the original), else a sound copy elsewhere (a copy job's).
   */
  const findPoint = async (id: string, repository = ''): Promise<PointSummary> => {
    const copies = (await allPoints({})).filter((p) => p.id === id)
    if (copies.length === 0) throw new UserError('ERR_NO_SUCH_POINT', `no restore point "${id}" in any repository of the mesh; \`meshbackup points list\` shows them`)
    if (repository !== '') {
      const named = copies.find((p) => p.repository === repository)
      if (named == null) {
        throw new UserError('ERR_NO_SUCH_POINT', `repository "${repository}" holds no restore point "${id}"; it is in ${copies.map((p) => p.repository).join(', ')}: name one of those with --repository, or leave it out`)
      }
      return named
    }
    if (copies.length === 1) return copies[0]!
    const original = await toManager({ jobList: {} }).then((r) => r.jobs?.jobs?.find((j) => j.name === copies[0]!.job)?.repository ?? '', () => '')
    const rank = (p: PointSummary): number => (p.damaged === true || (p.badBlocks ?? 0) > 0 ? 2 : 0) + (p.repository === original ? 0 : 1)
    return [...copies].sort((a, b) => rank(a) - rank(b))[0]!
  }

  const status = (): StatusReply => ({
    peerId: mesh.peerId,
    roles: config.roles,
    addrs: mesh.addrs(),
    connected: mesh.connected(),
    members: config.members,
    capacity: capacity.entries().map((e) => ({ announcement: e.announcement, ageMs: Date.now() - e.receivedAt }))
  })

  /**
   * `verify POINT [--repository R] [--repair]`: the copy in R (else the one a restore would read;
   * with --repair, the copy with the most bad blocks). A repair looks for good copies of the bad
   * blocks in the other repositories holding the point first, then in every other repository node.
   */
  const verify = async (req: NonNullable<AdminRequest['verify']>): Promise<AdminReply> => {
    const pointId = req.pointId ?? ''
    const repair = req.repair === true
    let point = await findPoint(pointId, req.repository ?? '')
    let repairSources: RepairSource[] = []
    if (repair) {
      const copies = (await allPoints({})).filter((p) => p.id === pointId)
      if ((req.repository ?? '') === '') {
        const worst = [...copies].sort((a, b) => (b.badBlocks ?? 0) - (a.badBlocks ?? 0))[0]
        if (worst !== undefined && (worst.badBlocks ?? 0) > 0) point = worst
      }
      const holding = copies.filter((p) => p.repositoryPeer !== point.repositoryPeer).map((p) => ({ peer: p.repositoryPeer ?? '', repository: p.repository ?? '' }))
      const others = capacity.entries().map((e) => e.announcement)
        .filter((a) => a.roles?.includes('repository') && a.peerId !== point.repositoryPeer && !holding.some((h) => h.peer === a.peerId))
        .map((a) => ({ peer: a.peerId ?? '', repository: a.repository?.name ?? '' }))
      repairSources = [...holding, ...others]
    }
    const name = `admin-verify-${++temporaries}`
    // the report comes back as a tell to a short-lived actor: a verify can outlast any ask timeout
    const report = await new Promise<AdminReply>((resolve, reject) => {
      system.spawn(name, () => ({
        started (ctx) {
          ctx.tell(address(point.repositoryPeer!, 'repository'), { verifyRequest: { pointId, repair, repairSources } })
        },
        receive (msg, ctx) {
          if (msg.verifyReport != null) {
            resolve({ verifyReport: msg.verifyReport })
            void ctx.stop()
          }
        },
        stopped (_ctx, reason) { if (reason != null) reject(reason) }
      }), { restart: 'temporary' })
    })
    return report
  }

  // the announcements of the repository nodes serving `wanted` (every repository when empty)
  const repositoryNodes = async (wanted: string): Promise<Announcement[]> => {
    await awaitRole('repository', 'is the repository daemon running and a member of this mesh?')
    const targets = capacity.entries().map((e) => e.announcement)
      .filter((a) => a.roles?.includes('repository') && (wanted === '' || a.repository?.name === wanted))
    if (targets.length === 0) throw new UserError('ERR_NO_SUCH_REPOSITORY', `no repository named "${wanted}" in the mesh; \`meshbackup status\` lists them`)
    return targets
  }

  // Like verify, reports come back as tells (a collection can outlast any ask timeout); with
  // several repositories the reply is one report merged from theirs (see mergeGcReports).
  const gc = async (req: NonNullable<AdminRequest['gc']>): Promise<AdminReply> => {
    const targets = await repositoryNodes(req.repository ?? '')
    const reports = await new Promise<GcReport[]>((resolve, reject) => {
      const got: GcReport[] = []
      system.spawn(`admin-gc-${++temporaries}`, () => ({
        started (ctx) {
          for (const a of targets) ctx.tell(address(a.peerId!, 'repository'), { gcRequest: { repository: a.repository?.name ?? '', dryRun: req.dryRun === true } })
        },
        receive (msg, ctx) {
          if (msg.gcReport == null) return
          got.push(msg.gcReport)
          if (got.length === targets.length) {
            resolve(got)
            void ctx.stop()
          }
        },
        stopped (_ctx, reason) { if (reason != null) reject(reason) }
      }), { restart: 'temporary' })
    })
    return { gcReport: mergeGcReports(reports) }
  }

  // over the mesh a lock period can only be raised: the repository refuses to lower it
  const lockPeriod = async (req: NonNullable<AdminRequest['lockPeriod']>): Promise<AdminReply> => {
    for (const a of await repositoryNodes(req.repository ?? '')) {
      await system.ask(address(a.peerId!, 'repository'), { lockPeriodSet: { repository: a.repository?.name ?? '', days: req.days ?? 0 } }, { timeoutMs: 30_000 })
    }
    return { ok: {} }
  }

  const qemuHost = async (name: string): Promise<HostSpec> => {
    const hosts = (await toManager({ hostList: {} })).hosts?.hosts ?? []
    const host = hosts.find((h) => h.name === name)
    if (host == null) throw new UserError('ERR_NO_SUCH_HOST', `no host named "${name}" to attach to; \`meshbackup host list\` shows the hosts`)
    if (host.type !== 'qemu') throw new UserError('ERR_BAD_REQUEST', `host "${name}" is a ${host.type} host; restored disks attach only to QEMU hosts`)
    return host
  }

  const membersAdd = async (ids: string[]): Promise<AdminReply> => {
    const clean = ids.map((id) => validatePeerId(id, 'member'))
    config.members = [...new Set([...config.members, ...clean])]
    await saveConfig(init.home, config)
    mesh.setMembers(config.members, config.admins)
    recordMembers('members-add', clean)
    return { ok: {} }
  }

  // saved first, then applied: setMembers disconnects the removed peers and the gater refuses them
  const membersRemove = async (ids: string[]): Promise<AdminReply> => {
    const next = membersWithout(config.members, ids, mesh.peerId)
    const removed = config.members.filter((id) => !next.includes(id))
    await saveConfig(init.home, { ...config, members: next })
    config.members = next
    mesh.setMembers(config.members, config.admins)
    recordMembers('members-remove', removed)
    return { ok: {} }
  }

  // The manager keeps the mesh's change log; telling it is best effort: a member change never
  // fails, nor waits, because no manager is in the view (a mesh being set up has none yet).
  const recordMembers = (kind: 'members-add' | 'members-remove', ids: string[]): void => {
    const manager = config.roles.includes('manager') ? mesh.peerId : nodesWith('manager')[0]
    if (manager == null) return
    try {
      system.tell(address(manager, 'manager'), { eventRecord: { atMs: Date.now(), kind, subject: ids.join(', '), detail: '', node: mesh.peerId } }, address(mesh.peerId, 'admin'))
    } catch {}
  }

  /**
   * Starts a session and follows it here, next to the manager, until it ends: the requester
   * holds one admin stream and hears of the end within WAIT_POLL_MS, instead of reconnecting
   * every half second to ask.
   */
  const runAndWait = async (start: AdminRequest, progress: (p: Progress) => Promise<void>): Promise<AdminReply> => {
    const started = (await toManager(start)).session
    let session = started
    let lastSent = 0
    while (session?.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, WAIT_POLL_MS))
      session = (await toManager({ sessionShow: { id: started!.id } })).session ?? session
      if (Date.now() - lastSent >= 500 && session?.state === 'running') {
        lastSent = Date.now()
        await progress({ what: `session ${session.id}`, session })
      }
    }
    return { session }
  }

  /**
   * `recover`: the manager starts the recovery beside its mailbox; the requester hears when the
   * VM runs (or why it failed), followed here next to the manager like a session.
   */
  const recoverAndWait = async (request: AdminRequest, progress: (p: Progress) => Promise<void>): Promise<AdminReply> => {
    let info = (await toManager(request)).recovery
    while (info?.state === 'starting') {
      await new Promise((resolve) => setTimeout(resolve, WAIT_POLL_MS))
      info = (await toManager({ recoveryAction: { id: info.id, action: 'status' } })).recovery ?? info
    }
    if (info?.state === 'failed') {
      const code = /\((ERR_[A-Z0-9_]+)\)$/.exec(info.error ?? '')?.[1]
      throw new UserError(code ?? 'ERR_RECOVERY_FAILED', `recovery ${info.id} of point ${info.pointId} failed: ${(info.error ?? '').replace(/ \(ERR_[A-Z0-9_]+\)$/, '')}`)
    }
    await progress({ what: `recovery ${info?.id ?? ''}` })
    return { recovery: info }
  }

  /** `recover migrate --wait`: progress frames until every block is local. */
  const migrateAndWait = async (request: AdminRequest, progress: (p: Progress) => Promise<void>): Promise<AdminReply> => {
    const id = request.recoveryAction!.id ?? ''
    let info = (await toManager({ recoveryAction: { ...request.recoveryAction, wait: false } })).recovery
    while (info?.state === 'migrating' || info?.state === 'paused') {
      // asked again at half the time its rate says is left, 20 to 500 ms, so that its end is
      // told within a few tens of milliseconds (a poll is one ask of the proxy running it)
      const rate = info.bytesPerSecond ?? 0
      const left = rate > 0 ? ((info.totalBytes ?? 0) - (info.doneBytes ?? 0)) / rate * 1000 : 50
      await new Promise((resolve) => setTimeout(resolve, Math.max(20, Math.min(500, left / 2))))
      info = (await toManager({ recoveryList: {} })).recoveries?.recoveries?.find((r) => r.id === id) ?? info
      await progress({ what: `migrate ${id}`, doneBytes: info.doneBytes ?? 0, totalBytes: info.totalBytes ?? 0, bytesPerSecond: info.bytesPerSecond ?? 0 })
    }
    // a migration that gave up leaves the VM running from the repository, the reason in its error
    if (info?.state !== 'migrated') throw new UserError('ERR_RECOVERY_FAILED', `the migration of recovery ${id} did not complete (${info?.state ?? 'gone'}): ${info?.error ?? ''}`)
    return { recovery: info }
  }

  return async (request, progress) => {
    if (request.recover != null) return await recoverAndWait(request, progress)
    if (request.recoveryAction?.wait === true && request.recoveryAction.action === 'migrate') return await migrateAndWait(request, progress)
    const kind = Object.keys(request).find((k) => (request as any)[k] != null)
    if (request.jobRun?.wait === true) return await runAndWait({ jobRun: { name: request.jobRun.name } }, progress)
    if (request.verifyJobRun?.wait === true) return await runAndWait({ verifyJobRun: { name: request.verifyJobRun.name } }, progress)
    if (request.copyJobRun?.wait === true) return await runAndWait({ copyJobRun: { name: request.copyJobRun.name } }, progress)
    if (request.bootCheckJobRun?.wait === true) return await runAndWait({ bootCheckJobRun: { name: request.bootCheckJobRun.name } }, progress)
    if (MANAGER_REQUESTS.includes(kind as any)) return await toManager(request)
    if (request.status != null) return { status: status() }
    if (request.membersAdd != null) return await membersAdd(request.membersAdd.peerIds ?? [])
    if (request.membersRemove != null) return await membersRemove(request.membersRemove.peerIds ?? [])
    if (request.pointsList != null) return { points: { points: await allPoints(request.pointsList) } }
    if (request.verify != null) return await verify(request.verify)
    if (request.gc != null) return await gc(request.gc)
    if (request.lockPeriod != null) return await lockPeriod(request.lockPeriod)
    if (request.restore != null) return await restorePoint({ mesh, config, findPoint: async (id) => await restorablePoint(id, request.restore!.repository ?? ''), qemuHost, keyFor: managerKey, trafficRules: managerRules }, request.restore, progress)
    if (isFilesRequest(request)) return await filesRequest(init.files ?? {}, request, progress)
    if (request.bootCheck != null) return await bootCheckPoint({ findPoint: restorablePoint, toManager, startIsolated }, request.bootCheck, progress)
    if (request.rebuild != null) return await rebuildRepositories({ system, capacity, discoveryMs, peerId: mesh.peerId }, request.rebuild, progress)
    throw new UserError('ERR_BAD_REQUEST', `unknown admin request ${kind ?? '(empty)'}`)
  }
}

/** One report for several repositories: counts summed, the longest duration, problems prefixed with their repository. */
export function mergeGcReports (reports: GcReport[]): GcReport {
  if (reports.length === 1) return reports[0]!
  const sorted = [...reports].sort((a, b) => (a.repository ?? '').localeCompare(b.repository ?? ''))
  return {
    repository: sorted.map((r) => r.repository ?? '').join(', '),
    blocksRemoved: sorted.reduce((n, r) => n + (r.blocksRemoved ?? 0), 0),
    bytesFreed: sorted.reduce((n, r) => n + (r.bytesFreed ?? 0), 0),
    packsRewritten: sorted.reduce((n, r) => n + (r.packsRewritten ?? 0), 0),
    packsDeleted: sorted.reduce((n, r) => n + (r.packsDeleted ?? 0), 0),
    durationMs: Math.max(...sorted.map((r) => r.durationMs ?? 0)),
    problems: sorted.flatMap((r) => (r.problems ?? []).map((p) => `${r.repository}: ${p}`))
  }
}
