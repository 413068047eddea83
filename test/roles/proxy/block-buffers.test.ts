/**
 * Tests for roles/proxy/block-buffers.ts: the proxy's memory for blocks in flight stays within
 * its budget whatever the number of takers, waiters are served in arrival order, a cancelled wait
 * leaves the queue, and pairs are reused rather than made again.
 */
import assert from 'node:assert/strict'
import { BlockBuffers, type BlockPair } from '../../../roles/proxy/block-buffers.ts'
import { sealedPackRoom } from '../../../node/core/codec-pool.ts'

const MiB = 1024 * 1024
const pair = (blockSize: number): number => blockSize + sealedPackRoom(blockSize)

describe('roles/proxy/block-buffers', function () {
  it('hands out pairs within the budget, then makes takers wait in arrival order', async function () {
    const buffers = new BlockBuffers({ budgetBytes: 3 * pair(MiB) })
    const held = await Promise.all([0, 1, 2].map(async () => await buffers.take(MiB)))
    for (const p of held) {
      assert.equal(p.input.byteLength, MiB)
      assert.ok(p.output.byteLength >= sealedPackRoom(MiB), 'room for a sealed frame')
      assert.ok(p.input.buffer instanceof SharedArrayBuffer, 'the codec threads read it without a copy')
    }
    assert.equal(buffers.usedBytes, 3 * pair(MiB))
    const served: string[] = []
    const first = buffers.take(MiB).then((p) => { served.push('first'); return p })
    const second = buffers.take(MiB).then((p) => { served.push('second'); return p })
    await new Promise((resolve) => setImmediate(resolve))
    assert.deepEqual(served, [], 'nobody is served while the budget is spent')
    buffers.give(held[0]!)
    const a = await first
    assert.equal(a, held[0], 'the pair given back is reused, not made again')
    buffers.give(held[1]!)
    await second
    assert.deepEqual(served, ['first', 'second'])
    assert.equal(buffers.usedBytes, 3 * pair(MiB))
  })

  it('drops a cancelled wait from the queue, and the next taker gets the pair', async function () {
    const buffers = new BlockBuffers({ budgetBytes: pair(MiB) })
    const only = await buffers.take(MiB)
    const controller = new AbortController()
    const cancelled = buffers.take(MiB, controller.signal)
    const next = buffers.take(MiB)
    controller.abort(new Error('task cancelled'))
    await assert.rejects(cancelled, /task cancelled/)
    buffers.give(only)
    assert.equal(await next, only)
    await assert.rejects(buffers.take(MiB, AbortSignal.abort(new Error('already'))), /already/)
  })

  it('makes room for another block size by dropping free pairs, and moves a block larger than the budget alone', async function () {
    const buffers = new BlockBuffers({ budgetBytes: 2 * pair(MiB) })
    const small = [await buffers.take(MiB), await buffers.take(MiB)]
    for (const p of small) buffers.give(p)
    const large = await buffers.take(2 * MiB)
    assert.equal(large.input.byteLength, 2 * MiB)
    assert.equal(buffers.usedBytes, pair(2 * MiB), 'the free 1 MiB pairs made way')
    buffers.give(large)
    const huge = new BlockBuffers({ budgetBytes: MiB })
    const alone: BlockPair = await huge.take(4 * MiB)
    assert.equal(alone.input.byteLength, 4 * MiB)
    let second = false
    const waiting = huge.take(4 * MiB).then(() => { second = true })
    await new Promise((resolve) => setImmediate(resolve))
    assert.equal(second, false, 'a second oversized block waits for the first')
    huge.give(alone)
    await waiting
    assert.equal(second, true)
  })
})
