/**
 * Tests for protocols/restore-memory.ts: blocks go round, one size is kept, and no more than a bound of free ones.
 */
import assert from 'node:assert/strict'
import { BlockPool } from '../../protocols/restore-memory.ts'

describe('protocols/restore-memory', function () {
  it('hands a block given back out again instead of making one', function () {
    let made = 0
    const pool = new BlockPool((bytes) => { made++; return Buffer.alloc(bytes) })
    const a = pool.take(1024)
    pool.give(a)
    assert.equal(pool.take(1024), a)
    assert.equal(made, 1)
  })

  it('keeps one block size: a block of another size is made, and giving one back drops the old size', function () {
    const pool = new BlockPool((bytes) => Buffer.alloc(bytes))
    const small = pool.take(512)
    pool.give(small)
    const large = pool.take(2048)
    assert.equal(large.byteLength, 2048)
    pool.give(large)
    assert.equal(pool.kept, 1)
    const other = pool.take(512)
    assert.notEqual(other, small)
    pool.give(other)
    assert.equal(pool.take(512), other)
  })

  it('keeps at most a bound of free blocks, whatever its busiest moment took', function () {
    const pool = new BlockPool((bytes) => Buffer.alloc(bytes))
    const taken = Array.from({ length: 100 }, () => pool.take(64))
    for (const b of taken) pool.give(b)
    assert.ok(pool.kept > 0 && pool.kept <= 16, `kept ${pool.kept}`)
    assert.equal(pool.out, 0)
  })
})
