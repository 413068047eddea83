/**
 * @packageDocumentation
 * The repository actor (`<peerId>/repository`): grants and releases task slots, commits staged
 * disks into restore points, lists and deletes points (a locked point is kept: the repository
 * enforces its lock whoever asks), raises the lock period, starts health checks, garbage
 * collections, rebuilds of the block index and verify passes (a verify job's run on this
 * repository: verifyPassProgress, then verifyPassReport) and copy runs (a copy job's run into
 * this repository, pulled from the source node: copyProgress, then copyReport). A health check re-reads every block of a point
 * (with `repair`, it then takes good copies of the bad blocks from the other repository nodes named:
 * repair-from-peer.ts),
 * a collection may rewrite packs and a rebuild reads them all, so each runs in a temporary child
 * actor that tells its report (verifyReport, gcReport, rebuildReport; a rebuild also tells
 * rebuildProgress) to the requester when done; the request itself is answered `ok` at once,
 * and the repository's mailbox stays free meanwhile.
 *
 * @example
 * ```ts
 * system.spawn('repository', repositoryActor({ repo, leases, name: 'main', peerId }), { restart: 'permanent' })
 * await system.ask(`${peerId}/repository`, { pointsListRequest: { vm: 'web01' } })
 * ```
 */
import type { ActorMessage, CopyReport, CopyRunRequest, PointSummary, RebuildReport, RepairSource, VerifyPassReport, VerifyReport } from '../../proto/index.ts'
import type { BehaviorFactory } from '../../node/runtime/actors/behavior.ts'
import { UserError } from '../../node/runtime/actors/errors.ts'
import { messageKind } from '../../node/runtime/actors/message.ts'
import { answerLeaseMessage, type LeaseTable } from '../../node/runtime/leases.ts'
import type { ListedPoint, Repository } from './store.ts'
import type { RepositoryActorErrorCode } from './error-codes.ts'
import { runCopy, type CopyStream } from './copy-run.ts'
import { repairPoint } from './repair-from-peer.ts'

export interface RepositoryActorInit {
  repo: Repository
  leases: LeaseTable
  /** the repository's configured name, put in every PointSummary */
  name: string
  /** this node's peer id, put in every PointSummary */
  peerId: string
  /** opens a block-fetch stream to another repository node (a copy run, or a repair, pulls through it) */
  /** `trafficRules`: the throttling rules the source waits on (a copy's, from the manager) */
  openFetch?: (peer: string, trafficRules?: CopyRunRequest['trafficRules']) => Promise<CopyStream>
}

export function repositoryActor (init: RepositoryActorInit): BehaviorFactory {
  const { repo, leases } = init
  // the bad digests stay in the repository's catalog; the count tells the rest of the mesh
  const summary = (p: ListedPoint): PointSummary => ({ ...p, badDigests: [], repository: init.name, repositoryPeer: init.peerId })

  // a verify's repair: good copies of the point's bad blocks from the other nodes, in the order given
  const repair = async (pointId: string, sources: RepairSource[]): Promise<VerifyReport> => {
    const openFetch = init.openFetch
    const usable = openFetch === undefined ? [] : sources.filter((s) => (s.peer ?? '') !== '' && s.peer !== init.peerId)
    const r = await repairPoint({
      repo,
      pointId,
      sources: usable.map((s) => ({ repository: s.repository || s.peer!, open: async () => await openFetch!(s.peer!) }))
    })
    return { repair: true, blocksRepaired: r.blocksRepaired, repairedFrom: r.repairedFrom, unrepaired: r.unrepaired }
  }

  return () => {
    let verifies = 0
    let collections = 0
    let rebuilds = 0
    let copies = 0
    return {
      async receive (msg, ctx): Promise<ActorMessage | void> {
        const kind = messageKind(msg)
        const lease = answerLeaseMessage(leases, msg, ctx)
        if (lease !== undefined) return lease
        switch (kind) {
          case 'commitPoint': {
            const c = msg.commitPoint!
            try {
              const point = await repo.commitPoint(c)
              return { pointCommitted: { point: summary(point), retentionExtensions: repo.retentionExtensionsOf(point.id), storage: repo.storage } }
            } catch (err) {
              throw asUserError(err, 'ERR_COMMIT_FAILED', `cannot commit the restore point of VM "${c.vm ?? ''}" in repository ${init.name}`)
            }
          }
          case 'pointsListRequest': {
            const r = msg.pointsListRequest!
            try {
              const points = await repo.listPoints({ job: r.job ?? '', vm: r.vm ?? '' })
              return { pointsList: { points: points.map(summary) } }
            } catch (err) {
              throw asUserError(err, 'ERR_LIST_FAILED', `cannot list the points of repository ${init.name}`)
            }
          }
          case 'verifyRequest': {
            const r = msg.verifyRequest!
            const pointId = r.pointId ?? ''
            const requester = ctx.sender
            if (requester === undefined) {
              throw new UserError('ERR_NO_SENDER', `a health check of ${pointId} needs a sender to report to; ask, or tell with a sender`)
            }
            ctx.spawn(`verify-${++verifies}`, () => ({
              started (child) {
                // in the background so the child can be stopped while it reads
                void (async () => {
                  let report: VerifyReport
                  try {
                    report = { ...await repo.verify(pointId), repository: init.name, repair: r.repair === true }
                    if (r.repair === true && report.ok !== true) report = { ...report, ...await repair(pointId, r.repairSources ?? []) }
                  } catch (err) {
                    report = { pointId, repository: init.name, ok: false, blocksChecked: 0, bytesChecked: 0, problems: [(err as Error).message] }
                  }
                  if (!child.signal.aborted) child.tell(requester, { verifyReport: report })
                  await child.stop()
                })()
              },
              receive () {}
            }), { restart: 'temporary' })
            return { ok: {} }
          }
          case 'verifyPassRequest': {
            const r = msg.verifyPassRequest!
            const requester = ctx.sender
            if (requester === undefined) {
              throw new UserError('ERR_NO_SENDER', `a verify of repository ${init.name} needs a sender to report to; ask, or tell with a sender`)
            }
            if ((r.repository ?? '') !== '' && r.repository !== init.name) {
              throw new UserError('ERR_NO_SUCH_REPOSITORY', `this node holds repository "${init.name}", not "${r.repository}"`)
            }
            ctx.spawn(`verify-pass-${++verifies}`, () => ({
              started (child) {
                void (async () => {
                  const started = Date.now()
                  let report: VerifyPassReport
                  let told = 0
                  try {
                    const result = await repo.verifyPoints({
                      olderThanDays: r.olderThanDays ?? 0,
                      signal: child.signal,
                      onProgress: p => {
                        // a progress line a second is enough for a status display
                        if (child.signal.aborted || Date.now() - told < 1000) return
                        told = Date.now()
                        child.tell(requester, { verifyPassProgress: { repository: init.name, ...p, elapsedMs: Date.now() - started } })
                      }
                    })
                    report = { ...result, repositoryPeer: init.peerId }
                  } catch (err) {
                    report = { repository: init.name, repositoryPeer: init.peerId, durationMs: Date.now() - started, problems: [(err as Error).message] }
                  }
                  if (!child.signal.aborted) child.tell(requester, { verifyPassReport: report })
                  await child.stop()
                })()
              },
              receive () {}
            }), { restart: 'temporary' })
            return { ok: {} }
          }
          case 'copyRunRequest': {
            const r = msg.copyRunRequest!
            const requester = ctx.sender
            if (requester === undefined) {
              throw new UserError('ERR_NO_SENDER', `a copy into repository ${init.name} needs a sender to report to; ask, or tell with a sender`)
            }
            if ((r.targetRepository ?? '') !== '' && r.targetRepository !== init.name) {
              throw new UserError('ERR_NO_SUCH_REPOSITORY', `this node holds repository "${init.name}", not "${r.targetRepository}"`)
            }
            const openFetch = init.openFetch
            if (openFetch === undefined || (r.sourcePeer ?? '') === '') {
              throw new UserError('ERR_UNEXPECTED_MESSAGE', `repository ${init.name} cannot copy: ${openFetch === undefined ? 'this node fetches no blocks' : 'the request names no source node'}`)
            }
            // the copy pulls in a child, so the repository's mailbox stays free while it runs
            ctx.spawn(`copy-${++copies}`, () => ({
              started (child) {
                void (async () => {
                  const started = Date.now()
                  let report: CopyReport
                  try {
                    report = await runCopy({
                      repo,
                      request: r,
                      open: async () => await openFetch(r.sourcePeer!, r.trafficRules ?? []),
                      signal: child.signal,
                      onProgress: p => { if (!child.signal.aborted) child.tell(requester, { copyProgress: p }) }
                    })
                  } catch (err) {
                    report = { repository: init.name, durationMs: Date.now() - started, problems: [(err as Error).message] }
                  }
                  // told even when stopped (the node is stopping): the session ends now, naming the
                  // points to copy again, instead of waiting for a silent target
                  child.tell(requester, { copyReport: { ...report, repositoryPeer: init.peerId } })
                  await child.stop()
                })()
              },
              receive () {}
            }), { restart: 'temporary' })
            return { ok: {} }
          }
          case 'lockPeriodSet': {
            const r = msg.lockPeriodSet!
            if ((r.repository ?? '') !== '' && r.repository !== init.name) {
              throw new UserError('ERR_NO_SUCH_REPOSITORY', `this node holds repository "${init.name}", not "${r.repository}"`)
            }
            try {
              // over the mesh: raise only (the CLI on this node lowers it in the folder itself)
              await repo.setLockPeriod(r.days ?? 0, { lower: false })
              return { ok: {} }
            } catch (err) {
              throw asUserError(err, 'ERR_LOCK_FAILED', `cannot set the lock period of repository ${init.name}`)
            }
          }
          case 'deletePoints': {
            try {
              return { pointsDeleted: await repo.deletePoints(msg.deletePoints!.pointIds ?? []) }
            } catch (err) {
              throw asUserError(err, 'ERR_DELETE_FAILED', `cannot delete restore points in repository ${init.name}`)
            }
          }
          case 'gcRequest': {
            const r = msg.gcRequest!
            const requester = ctx.sender
            if (requester === undefined) {
              throw new UserError('ERR_NO_SENDER', `a garbage collection of repository ${init.name} needs a sender to report to; ask, or tell with a sender`)
            }
            if ((r.repository ?? '') !== '' && r.repository !== init.name) {
              throw new UserError('ERR_NO_SUCH_REPOSITORY', `this node holds repository "${init.name}", not "${r.repository}"`)
            }
            ctx.spawn(`gc-${++collections}`, () => ({
              started (child) {
                void (async () => {
                  const started = Date.now()
                  let report
                  try {
                    report = await repo.gc({ dryRun: r.dryRun === true })
                  } catch (err) {
                    report = { repository: init.name, blocksRemoved: 0, bytesFreed: 0, packsRewritten: 0, packsDeleted: 0, durationMs: Date.now() - started, problems: [(err as Error).message] }
                  }
                  if (!child.signal.aborted) child.tell(requester, { gcReport: report })
                  await child.stop()
                })()
              },
              receive () {}
            }), { restart: 'temporary' })
            return { ok: {} }
          }
          case 'rebuildRequest': {
            const r = msg.rebuildRequest!
            const requester = ctx.sender
            if (requester === undefined) {
              throw new UserError('ERR_NO_SENDER', `a rebuild of the block index of repository ${init.name} needs a sender to report to; ask, or tell with a sender`)
            }
            if ((r.repository ?? '') !== '' && r.repository !== init.name) {
              throw new UserError('ERR_NO_SUCH_REPOSITORY', `this node holds repository "${init.name}", not "${r.repository}"`)
            }
            ctx.spawn(`rebuild-${++rebuilds}`, () => ({
              started (child) {
                void (async () => {
                  const started = Date.now()
                  let report: RebuildReport
                  try {
                    const result = await repo.rebuildIndex(p => {
                      if (!child.signal.aborted) child.tell(requester, { rebuildProgress: { repository: init.name, ...p } })
                    })
                    report = { repository: init.name, repositoryPeer: init.peerId, ...result }
                  } catch (err) {
                    report = { repository: init.name, repositoryPeer: init.peerId, durationMs: Date.now() - started, problems: [(err as Error).message] }
                  }
                  if (!child.signal.aborted) child.tell(requester, { rebuildReport: report })
                  await child.stop()
                })()
              },
              receive () {}
            }), { restart: 'temporary' })
            return { ok: {} }
          }
          default:
            throw new UserError('ERR_UNEXPECTED_MESSAGE', `the repository actor does not handle ${kind} messages`)
        }
      }
    }
  }
}

/** An engine error as a UserError for the asker: its own code and message, the context prefixed. */
function asUserError (err: unknown, fallback: RepositoryActorErrorCode, context: string): UserError {
  const e = err as Error & { code?: unknown }
  const code = typeof e.code === 'string' && e.code !== '' ? e.code : fallback
  return new UserError(code, `${context}: ${e.message ?? String(err)}`, { cause: err })
}
