/**
 * protocols/restore-writes.ts: consecutive checked blocks are written together; a gap, a block
 * not to be written, the byte cap or the block cap ends a run; a failed block fails its run and
 * writes none of it.
 */
import assert from 'node:assert/strict'
import { BlockRuns } from '../../protocols/restore-writes.ts'

const block = (n: number): Uint8Array => new Uint8Array([n])

describe('protocols/restore-writes', function () {
  const writer = (): { runs: BlockRuns, writes: Array<[number, number[]]> } => {
    const writes: Array<[number, number[]]> = []
    const runs = new BlockRuns(async (position, parts) => { writes.push([position, parts.map((p) => p[0]!)]) }, 10, { maxBytes: 30 })
    return { runs, writes }
  }

  it('writes neighbouring blocks together, up to the byte cap, and starts again after a gap', async function () {
    const { runs, writes } = writer()
    const done = [0, 1, 2, 3, 5, 6].map((i) => runs.add(i, Promise.resolve(block(i))))
    runs.close()
    await Promise.all(done)
    assert.deepEqual(writes, [[0, [0, 1, 2]], [30, [3]], [50, [5, 6]]])
  })

  it('leaves out a block with nothing to write, and keeps a run to its block cap', async function () {
    const { runs, writes } = writer()
    const done = [runs.add(0, Promise.resolve(block(0)), 2), runs.add(1, Promise.resolve(block(1)), 2), runs.add(2, Promise.resolve(undefined)), runs.add(3, Promise.resolve(block(3)))]
    runs.close()
    await Promise.all(done)
    assert.deepEqual(writes, [[0, [0, 1]], [30, [3]]])
  })

  it('writes nothing of a run one of whose blocks failed, and fails each of its blocks', async function () {
    const { runs, writes } = writer()
    const failed = Promise.reject(Object.assign(new Error('digest mismatch'), { code: 'ERR_RESTORE_DIGEST_MISMATCH' }))
    failed.catch(() => {})
    const done = [runs.add(0, Promise.resolve(block(0))), runs.add(1, failed)]
    runs.close()
    for (const d of done) await assert.rejects(d, { code: 'ERR_RESTORE_DIGEST_MISMATCH' })
    assert.deepEqual(writes, [])
  })

  it('holds a run open until it is closed or full', async function () {
    const { runs, writes } = writer()
    const first = runs.add(0, Promise.resolve(block(0)))
    await Promise.resolve()
    assert.deepEqual(writes, [])
    runs.close()
    await first
    assert.deepEqual(writes, [[0, [0]]])
  })
})
