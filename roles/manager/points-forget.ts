/**
 * @packageDocumentation
 * `points forget`: restore points deleted by id. The manager finds the repository node holding
 * each point and asks it to delete them (the same request retention sends); a node keeps a point
 * a restore or an incremental is using, or one within its lock period (`locked`), and says why. An id no repository holds is reported,
 * never passed over.
 */
import type { ActorMessage, PointsForget, PointsForgotten } from '../../proto/index.ts'
import { address } from '../../node/runtime/actors/address.ts'
import { UserError } from '../../node/runtime/actors/errors.ts'
import type { Capacity } from '../../protocols/capacity.ts'
import { allRepositoryNodes, waitForNodes } from './mesh-view.ts'
import { answerable } from './answerable.ts'

export interface PointsForgetInit {
  capacity: Capacity
  ask: (to: string, msg: ActorMessage, timeoutMs: number) => Promise<ActorMessage>
  /** how long to wait for repository nodes to show up (a manager just started) */
  waitMs: number
}

export async function forgetPoints (init: PointsForgetInit, request: PointsForget): Promise<PointsForgotten> {
  const ids = [...new Set((request.pointIds ?? []).map((id) => id.trim()).filter((id) => id !== ''))]
  if (ids.length === 0) throw new UserError('ERR_BAD_REQUEST', 'name the restore points to forget (`meshbackup points list` shows their ids)')
  const dryRun = request.dryRun === true
  const nodes = await waitForNodes(init.capacity, () => allRepositoryNodes(init.capacity), init.waitMs,
    () => new UserError('ERR_REPOSITORY_UNREACHABLE', 'no repository node is in the mesh view: no restore point can be found; is a repository daemon running, and a member of this mesh?'))
  const holder = new Map<string, string>()
  const lockedUntil = new Map<string, number>()
  const silent: string[] = []
  await Promise.all(nodes.map(async (node) => {
    try {
      const reply = await init.ask(address(node, 'repository'), { pointsListRequest: {} }, 30_000)
      for (const p of reply.pointsList?.points ?? []) {
        if (!ids.includes(p.id ?? '')) continue
        holder.set(p.id!, node)
        lockedUntil.set(p.id!, p.lockUntilMs ?? 0)
      }
    } catch (err) {
      silent.push(`${node} (${(err as Error).message})`)
    }
  }))
  const missing = ids.filter((id) => !holder.has(id))
  // a point on a node that did not answer is not known to be missing
  const unknown = silent.length === 0 ? missing : []
  const kept = missing.map((id) => silent.length === 0
    ? `${id}: no repository of the mesh holds a restore point with this id`
    : `${id}: not found on the repository nodes that answered; ${silent.join(', ')} did not answer, try again`)
  if (dryRun) {
    // as listed: the repository decides by its own clock when asked for real
    const now = Date.now()
    const locked = ids.filter((id) => (lockedUntil.get(id) ?? 0) > now).map((id) => ({ pointId: id, unlockAtMs: lockedUntil.get(id)! }))
    for (const l of locked) kept.push(`${l.pointId}: locked until ${new Date(l.unlockAtMs).toISOString()} (ERR_POINT_LOCKED)`)
    return { forgotten: ids.filter((id) => holder.has(id) && !locked.some((l) => l.pointId === id)), kept, dryRun, unknown, locked }
  }
  const forgotten: string[] = []
  const locked: NonNullable<PointsForgotten['locked']> = []
  for (const node of nodes) {
    const here = ids.filter((id) => holder.get(id) === node)
    if (here.length === 0) continue
    try {
      const reply = await init.ask(address(node, 'repository'), { deletePoints: { pointIds: here } }, 120_000)
      forgotten.push(...(reply.pointsDeleted?.deleted ?? []))
      kept.push(...(reply.pointsDeleted?.kept ?? []))
      locked.push(...(reply.pointsDeleted?.locked ?? []))
    } catch (err) {
      // the points already deleted on other nodes are forgotten: say which were not
      if (forgotten.length === 0) throw answerable(err, 'ERR_DELETE_FAILED', `repository node ${node} could not delete ${here.join(', ')}`)
      kept.push(...here.map((id) => `${id}: repository node ${node} could not delete it: ${(err as Error).message}`))
    }
  }
  return { forgotten, kept, dryRun, unknown, locked }
}
