/**
 * Tests for roles/proxy/block-pipeline.ts.
 */
import assert from 'node:assert/strict'
import { runBlocks } from '../../../roles/proxy/block-pipeline.ts'

const tick = async (): Promise<void> => { await new Promise((resolve) => setImmediate(resolve)) }

describe('roles/proxy block pipeline', function () {
  it('visits every index once with at most `concurrency` in flight, each slot one at a time', async function () {
    const seen: number[] = []
    let inFlight = 0
    let most = 0
    const busy = new Set<number>()
    await runBlocks({
      count: 100,
      concurrency: 8,
      work: async (index, slot) => {
        assert.ok(!busy.has(slot), `slot ${slot} used twice at once`)
        busy.add(slot)
        inFlight++
        most = Math.max(most, inFlight)
        for (let k = 0; k < index % 5; k++) await tick()
        seen.push(index)
        inFlight--
        busy.delete(slot)
      }
    })
    assert.deepEqual([...seen].sort((a, b) => a - b), Array.from({ length: 100 }, (_, i) => i))
    assert.equal(most, 8)
  })

  it('stops taking work after the first failure and throws it once all workers returned', async function () {
    let started = 0
    let finished = 0
    await assert.rejects(runBlocks({
      count: 1000,
      concurrency: 4,
      work: async (index) => {
        started++
        await tick()
        if (index === 10) throw new Error('block 10 is unreadable')
        finished++
      }
    }), /block 10 is unreadable/)
    assert.ok(started < 20, `${started} blocks started`)
    assert.equal(finished, started - 1, 'the workers in flight finished their block')
  })

  it('stops when the signal aborts, with its reason', async function () {
    const controller = new AbortController()
    let done = 0
    await assert.rejects(runBlocks({
      count: 1000,
      concurrency: 2,
      signal: controller.signal,
      work: async () => {
        await tick()
        if (++done === 5) controller.abort(new Error('task cancelled'))
      }
    }), /task cancelled/)
    assert.ok(done < 10)
  })

  it('does nothing for an empty disk', async function () {
    await runBlocks({ count: 0, concurrency: 8, work: async () => { throw new Error('no block expected') } })
  })
})
