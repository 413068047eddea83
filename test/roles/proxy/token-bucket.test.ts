/**
 * Tests for roles/proxy/token-bucket.ts with a fake clock.
 */
import assert from 'node:assert/strict'
import { TokenBucket } from '../../../roles/proxy/token-bucket.ts'

describe('roles/proxy token bucket', function () {
  it('lets a burst through, then paces takes at the rate', function () {
    let now = 0
    const bucket = new TokenBucket({ rateBps: 1000, burstBytes: 500, now: () => now })
    assert.equal(bucket.reserve(500), 0, 'the burst passes')
    assert.equal(bucket.reserve(100), 100, '100 bytes of debt at 1000 B/s: 100 ms')
    assert.equal(bucket.reserve(100), 200, 'queued behind the first debt')
    now = 1000 // a second later the 200 bytes of debt are repaid and 800 bytes refilled, capped at the burst
    assert.equal(bucket.reserve(500), 0)
    assert.equal(bucket.reserve(1), 1)
  })

  it('lets a take larger than the bucket through after the time it costs', function () {
    let now = 0
    const bucket = new TokenBucket({ rateBps: 1 << 20, burstBytes: 64 * 1024, now: () => now })
    const waitMs = bucket.reserve(4 << 20)
    assert.ok(Math.abs(waitMs - (4000 - 62.5)) < 1e-6, `waits ${waitMs} ms`)
    now = waitMs
    assert.ok(bucket.reserve(0) <= 1e-9)
  })

  it('averages the rate over many takes', function () {
    let now = 0
    const bucket = new TokenBucket({ rateBps: 10_000, burstBytes: 1000, now: () => now })
    for (let i = 0; i < 100; i++) now += bucket.reserve(1000)
    // 100 000 bytes at 10 000 B/s, the first 1000 free: 9.9 s
    assert.ok(Math.abs(now - 9900) < 1e-6, `took ${now} ms`)
  })

  it('waits for real, and stops waiting when aborted', async function () {
    const bucket = new TokenBucket({ rateBps: 10_000, burstBytes: 1 })
    const started = performance.now()
    await bucket.take(1 + 500)
    assert.ok(performance.now() - started >= 45, 'about 50 ms')
    const controller = new AbortController()
    const pending = bucket.take(1_000_000, controller.signal)
    controller.abort(new Error('cancelled'))
    await assert.rejects(pending, /cancelled|abort/i)
  })

  it('can start empty, so even the first take waits its time', function () {
    let now = 0
    const bucket = new TokenBucket({ rateBps: 4 << 20, initialTokens: 0, now: () => now })
    assert.equal(bucket.reserve(1 << 20), 250, 'a 1 MiB block at 4 MiB/s: 250 ms')
    now = 250
    assert.equal(bucket.reserve(1 << 20), 250)
  })

  it('refuses a rate that is not positive', function () {
    assert.throws(() => new TokenBucket({ rateBps: 0 }), RangeError)
    assert.throws(() => new TokenBucket({ rateBps: Number.NaN }), RangeError)
  })
})
