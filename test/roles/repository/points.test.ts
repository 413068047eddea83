import assert from 'node:assert/strict'
import { join } from 'node:path'
import { checkId, newStagedId, pointPath } from '../../../roles/repository/manifests.ts'
import { newPointId } from '../../../roles/repository/points.ts'
import { Repository } from '../../../roles/repository/store.ts'
import { BS, header, makeImage, sendImage, TempDirs } from './helpers.ts'

describe('roles/repository: points', () => {
  const temp = new TempDirs()
  afterEach(async () => { await temp.cleanup() })

  it('makes point ids that sort by time, name the VM and are safe file names', () => {
    const t = Date.UTC(2025, 0, 2, 3, 4, 5)
    const a = newPointId('web-1', t)
    assert.match(a, /^20250102T030405Z-web-1-[0-9a-f]{6}$/)
    assert.ok(newPointId('web-1', t - 1000) < a)
    assert.notEqual(newPointId('web-1', t), a)
    const odd = newPointId('../my vm/ü', t)
    assert.match(odd, /^20250102T030405Z-my_vm_-[0-9a-f]{6}$/)
    assert.equal(checkId('point', odd), odd)
    assert.match(newPointId('', t), /-vm-/)
    assert.match(newStagedId(t), /^20250102T030405Z-[0-9a-f]{12}$/)
  })

  it('refuses ids that could escape the folder', () => {
    for (const bad of ['', '..', '../x', 'a/b', '.hidden', 'a\\b', 'x'.repeat(201)]) {
      assert.throws(() => pointPath('/r', bad), (err: unknown) => (err as { code?: string }).code === 'ERR_BAD_ARGUMENT', bad)
    }
    assert.equal(pointPath('/r', 'p-1'), join('/r', 'points', 'p-1.point'))
  })

  it('lists points oldest first, filtered by job and VM', async () => {
    const dir = join(await temp.make(), 'repo')
    const repo = await Repository.open({ path: dir, name: 'main', create: true })
    try {
      const img = makeImage(BS)
      const made: Array<{ id: string, job: string, vm: string }> = []
      for (const [job, vm] of [['nightly', 'a'], ['nightly', 'b'], ['weekly', 'a'], ['nightly', 'a']] as const) {
        const r = await sendImage(await repo.beginDisk(header({ size: BS, vm })), img)
        const p = await repo.commitPoint({ job, vm, sessionId: `s${made.length}`, stagedIds: [r.stagedId] })
        made.push({ id: p.id, job, vm })
      }
      const all = await repo.listPoints()
      assert.deepEqual(all.map(p => p.id), [...all].sort((x, y) => x.createdAtMs - y.createdAtMs || (x.id < y.id ? -1 : 1)).map(p => p.id))
      assert.equal(all.length, 4)
      assert.deepEqual(new Set((await repo.listPoints({ job: 'nightly', vm: 'a' })).map(p => p.id)), new Set([made[0]!.id, made[3]!.id]))
      assert.deepEqual((await repo.listPoints({ vm: 'b' })).map(p => p.id), [made[1]!.id])
      assert.deepEqual((await repo.listPoints({ job: 'weekly', vm: '' })).map(p => p.id), [made[2]!.id])
      const latest = await repo.latestPoint('nightly', 'a')
      const nightlyA = await repo.listPoints({ job: 'nightly', vm: 'a' })
      assert.equal(latest?.id, nightlyA.at(-1)!.id)
      // Returned summaries are copies: changing one changes nothing inside.
      all[0]!.job = 'changed'
      assert.notEqual((await repo.listPoints())[0]!.job, 'changed')
    } finally {
      await repo.close()
    }
  })
})
