/**
 * @packageDocumentation
 * The repository actor (`<peerId>/repository`): grants and releases task slots, commits staged
 * disks into restore points, lists points and starts health checks. A health check re-reads
 * every block of a point, so it runs in a temporary child actor and reports to the asker when
 * done; the repository's mailbox stays free meanwhile.
 *
 * @example
 * ```ts
 * system.spawn('repository', repositoryActor({ repo, leases, name: 'main', peerId }), { restart: 'permanent' })
 * await system.ask(`${peerId}/repository`, { pointsListRequest: { vm: 'web01' } })
 * ```
 */
import type { ActorMessage, PointSummary } from '../../proto/index.ts'
import type { BehaviorFactory } from '../../node/actors/behavior.ts'
import { UserError } from '../../node/actors/errors.ts'
import { messageKind } from '../../node/actors/message.ts'
import { answerLeaseMessage, type LeaseTable } from '../../node/leases.ts'
import type { ListedPoint, Repository } from './store.ts'

export interface RepositoryActorInit {
  repo: Repository
  leases: LeaseTable
  /** the repository's configured name, put in every PointSummary */
  name: string
  /** this node's peer id, put in every PointSummary */
  peerId: string
}

export function repositoryActor (init: RepositoryActorInit): BehaviorFactory {
  const { repo, leases } = init
  const summary = (p: ListedPoint): PointSummary => ({ ...p, repository: init.name, repositoryPeer: init.peerId })

  return () => {
    let verifies = 0
    return {
      async receive (msg, ctx): Promise<ActorMessage | void> {
        const kind = messageKind(msg)
        const lease = answerLeaseMessage(leases, msg, ctx)
        if (lease !== undefined) return lease
        switch (kind) {
          case 'commitPoint': {
            const c = msg.commitPoint!
            try {
              return { pointCommitted: { point: summary(await repo.commitPoint(c)) } }
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
            const pointId = msg.verifyRequest!.pointId ?? ''
            const requester = ctx.sender
            if (requester === undefined) {
              throw new UserError('ERR_NO_SENDER', `a health check of ${pointId} needs a sender to report to; ask, or tell with a sender`)
            }
            ctx.spawn(`verify-${++verifies}`, () => ({
              started (child) {
                // in the background so the child can be stopped while it reads
                void (async () => {
                  let report
                  try {
                    report = await repo.verify(pointId)
                  } catch (err) {
                    report = { pointId, ok: false, blocksChecked: 0, bytesChecked: 0, problems: [(err as Error).message] }
                  }
                  if (!child.signal.aborted) child.tell(requester, { verifyReport: report })
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
function asUserError (err: unknown, fallback: string, context: string): UserError {
  const e = err as Error & { code?: unknown }
  const code = typeof e.code === 'string' && e.code !== '' ? e.code : fallback
  return new UserError(code, `${context}: ${e.message ?? String(err)}`, { cause: err })
}
