/**
 * `points forget` on the manager: each point is deleted on the repository node holding it, a
 * point the node keeps says why, an id no repository holds is reported as unknown, a dry run
 * deletes nothing, and a node that does not answer makes its points "not found here", not unknown.
 */
import assert from 'node:assert/strict'
import type { ActorMessage } from '../../../proto/index.ts'
import type { Capacity } from '../../../protocols/capacity.ts'
import { forgetPoints } from '../../../roles/manager/points-forget.ts'
import { FakeCapacity, repositoryAnnouncement } from '../scheduler/fakes.ts'

describe('points forget', function () {
  const held: Record<string, string[]> = { r1: ['p1'], r2: ['p2'] }
  let deletes: Array<{ node: string, ids: string[] }>
  let silent: string | undefined
  let capacity: Capacity

  const ask = async (to: string, msg: ActorMessage): Promise<ActorMessage> => {
    const node = to.split('/')[0]!
    if (node === silent) throw new Error('ask timed out')
    if (msg.pointsListRequest != null) return { pointsList: { points: held[node]!.map((id) => ({ id })) } }
    const ids = msg.deletePoints!.pointIds!
    deletes.push({ node, ids })
    return { pointsDeleted: { deleted: ids.filter((id) => id !== 'p2'), kept: ids.filter((id) => id === 'p2').map((id) => `${id}: a restore is reading it`) } }
  }

  beforeEach(function () {
    deletes = []
    silent = undefined
    const fake = new FakeCapacity()
    fake.announce(repositoryAnnouncement('r1', { name: 'main', slots: 1 }))
    fake.announce(repositoryAnnouncement('r2', { name: 'main', slots: 1 }))
    capacity = fake as unknown as Capacity
  })

  it('deletes each point on its node, and reports the kept and the unknown ones', async function () {
    const result = await forgetPoints({ capacity, ask, waitMs: 0 }, { pointIds: ['p1', 'p2', 'p3', 'p1'] })
    assert.deepEqual(deletes, [{ node: 'r1', ids: ['p1'] }, { node: 'r2', ids: ['p2'] }])
    assert.deepEqual(result.forgotten, ['p1'])
    assert.deepEqual(result.unknown, ['p3'])
    assert.deepEqual(result.kept, ['p3: no repository of the mesh holds a restore point with this id', 'p2: a restore is reading it'])
  })

  it('deletes nothing in a dry run', async function () {
    const result = await forgetPoints({ capacity, ask, waitMs: 0 }, { pointIds: ['p1', 'p3'], dryRun: true })
    assert.deepEqual(deletes, [])
    assert.deepEqual(result.forgotten, ['p1'])
    assert.deepEqual(result.unknown, ['p3'])
    assert.equal(result.dryRun, true)
  })

  it('does not call a point unknown while a repository node does not answer', async function () {
    silent = 'r2'
    const result = await forgetPoints({ capacity, ask, waitMs: 0 }, { pointIds: ['p1', 'p2'] })
    assert.deepEqual(result.forgotten, ['p1'])
    assert.deepEqual(result.unknown, [])
    assert.match(result.kept![0]!, /^p2: not found on the repository nodes that answered; r2 \(ask timed out\) did not answer/)
  })

  it('passes on the points a repository refused because they are locked; a dry run names them from the listing', async function () {
    const until = Date.now() + 3_600_000
    const locking = async (to: string, msg: ActorMessage): Promise<ActorMessage> => {
      if (msg.pointsListRequest != null) return { pointsList: { points: to.startsWith('r1') ? [{ id: 'p1', lockUntilMs: until }] : [{ id: 'p2' }] } }
      const ids = msg.deletePoints!.pointIds!
      const locked = ids.filter((id) => id === 'p1')
      return { pointsDeleted: { deleted: ids.filter((id) => id !== 'p1'), kept: locked.map((id) => `${id}: locked (ERR_POINT_LOCKED)`), locked: locked.map((pointId) => ({ pointId, unlockAtMs: until })) } }
    }
    const result = await forgetPoints({ capacity, ask: locking, waitMs: 0 }, { pointIds: ['p1', 'p2'] })
    assert.deepEqual(result.forgotten, ['p2'])
    assert.deepEqual(result.locked, [{ pointId: 'p1', unlockAtMs: until }])
    const dry = await forgetPoints({ capacity, ask: locking, waitMs: 0 }, { pointIds: ['p1', 'p2'], dryRun: true })
    assert.deepEqual(dry.forgotten, ['p2'])
    assert.deepEqual(dry.locked, [{ pointId: 'p1', unlockAtMs: until }])
    assert.match(dry.kept![0]!, /^p1: locked until .*ERR_POINT_LOCKED/)
  })

  it('refuses a request naming no point, and says so when no repository is in the view', async function () {
    await assert.rejects(forgetPoints({ capacity, ask, waitMs: 0 }, { pointIds: [' '] }), { code: 'ERR_BAD_REQUEST' })
    await assert.rejects(forgetPoints({ capacity: new FakeCapacity() as unknown as Capacity, ask, waitMs: 0 }, { pointIds: ['p1'] }), { code: 'ERR_REPOSITORY_UNREACHABLE' })
  })
})
