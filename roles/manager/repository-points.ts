/**
 * @packageDocumentation
 * A job's restore points as the repository's nodes hold them. One repository name may be served
 * by several nodes, and each VM's points live on the node its disks went to: the session asks
 * every node and marks each point with the node holding it, so retention deletes it there and a
 * VM's next disks go where its base point is.
 *
 * @example
 * ```ts
 * const points = await listPoints(ctx, job, nodes)
 * const base = await latestPoint(ctx, job, nodes, 'vm1')   // base?.repositoryPeer: its node
 * ```
 */
import type { Job, PointSummary } from '../../proto/index.ts'
import type { ActorContext } from '../../node/runtime/actors/behavior.ts'
import { address } from '../../node/runtime/actors/address.ts'

/** The job's points (of one VM, when named) on every node of the repository; each names its node. */
export async function listPoints (ctx: Pick<ActorContext, 'ask'>, job: Job, nodes: string[], vm?: string): Promise<PointSummary[]> {
  const lists = await Promise.all(nodes.map(async (node) => {
    const reply = await ctx.ask(address(node, 'repository'), { pointsListRequest: { job: job.name, vm } }, 30_000)
    return (reply.pointsList?.points ?? []).map((p) => ({ ...p, repositoryPeer: p.repositoryPeer || node }))
  }))
  return lists.flat()
}

/** The VM's latest point on any node of the repository: the base of an incremental, and its disks' node. */
export async function latestPoint (ctx: Pick<ActorContext, 'ask'>, job: Job, nodes: string[], vm: string): Promise<PointSummary | undefined> {
  let latest: PointSummary | undefined
  for (const p of await listPoints(ctx, job, nodes, vm)) {
    if (p.damaged === true) continue   // an incremental on it could not be restored
    if (latest == null || (p.createdAtMs ?? 0) >= (latest.createdAtMs ?? 0)) latest = p
  }
  return latest
}
