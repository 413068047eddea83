/**
 * What a BLOCK_STATUS tells from a disk's zero blocks (node/hosts/nbd-server/export-source.ts):
 * the runs, exact; and the one extent a REQ_ONE question (QEMU's) gets, with short holes told as
 * data so that a copy does not ask extent after extent.
 */
import assert from 'node:assert/strict'
import { oneExtent, zeroBlockRuns } from '../../../../node/hosts/nbd-server/export-source.ts'

const MiB = 1024 * 1024

describe('NBD export source: zero block runs and the one extent (node/hosts/nbd-server/export-source.ts)', () => {
  // data, hole, data, hole × 3, data, hole × 12
  const zero = Uint8Array.from([0, 1, 0, 1, 1, 1, 0, ...Array(12).fill(1)])
  const map = { blockSize: MiB, zero }

  it('gives the runs of a range exactly, cut at its ends', () => {
    assert.deepEqual(zeroBlockRuns(map, 0, 7 * MiB), [
      { length: MiB, zero: false }, { length: MiB, zero: true }, { length: MiB, zero: false }, { length: 3 * MiB, zero: true }, { length: MiB, zero: false }
    ])
    assert.deepEqual(zeroBlockRuns(map, MiB / 2, MiB), [{ length: MiB / 2, zero: false }, { length: MiB / 2, zero: true }])
  })

  it('tells every hole when merging is off', () => {
    const runs = zeroBlockRuns(map, 0, zero.length * MiB)
    assert.deepEqual(oneExtent(runs, 0), { length: MiB, zero: false })
    assert.deepEqual(oneExtent(zeroBlockRuns(map, MiB, 4 * MiB), 0), { length: MiB, zero: true })
  })

  it('tells holes shorter than the limit between data as data, and stops at a long hole or a hole that ends the range', () => {
    const runs = zeroBlockRuns(map, 0, zero.length * MiB)
    // below 2 MiB only the 1 MiB hole is merged; below 4 MiB the 3 MiB one too
    assert.deepEqual(oneExtent(runs, 2 * MiB), { length: 3 * MiB, zero: false })
    assert.deepEqual(oneExtent(runs, 4 * MiB), { length: 7 * MiB, zero: false })
    // the trailing 12 MiB hole is not merged whatever the limit: no data follows it
    assert.deepEqual(oneExtent(runs, 64 * MiB), { length: 7 * MiB, zero: false })
    // a short hole first is read with the data after it; a long one stays a hole
    assert.deepEqual(oneExtent(zeroBlockRuns(map, MiB, 6 * MiB), 2 * MiB), { length: 2 * MiB, zero: false })
    assert.deepEqual(oneExtent(zeroBlockRuns(map, 3 * MiB, 4 * MiB), 2 * MiB), { length: 3 * MiB, zero: true })
    // a hole alone in the range stays a hole
    assert.deepEqual(oneExtent(zeroBlockRuns(map, 8 * MiB, MiB), 64 * MiB), { length: MiB, zero: true })
  })
})
