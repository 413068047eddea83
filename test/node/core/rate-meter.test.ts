/**
 * node/core/rate-meter.ts with a fake clock: the rate over the last seconds, fresh (the current
 * second counts), over the meter's age while it is younger than its window.
 */
import assert from 'node:assert/strict'
import { RateMeter } from '../../../node/core/rate-meter.ts'

describe('node/rate-meter', function () {
  it('says the steady rate from its first seconds on, not a share of the window', function () {
    let now = 10_000
    const meter = new RateMeter({ windowSeconds: 5, now: () => now })
    // 4 MB/s, a quarter megabyte every 62.5 ms, for 2 s
    for (let i = 0; i < 32; i++) {
      now += 62.5
      meter.add(250_000)
    }
    assert.ok(Math.abs(meter.rate() - 4e6) < 1, `2 s at 4 MB/s read as ${meter.rate()}`)
    // and over the window once it is older
    for (let i = 0; i < 160; i++) {
      now += 62.5
      meter.add(250_000)
    }
    assert.ok(Math.abs(meter.rate() - 4e6) / 4e6 < 0.06, `12 s at 4 MB/s read as ${meter.rate()}`)
  })

  it('does not read a first burst as a spike, and forgets what left the window', function () {
    let now = 0
    const meter = new RateMeter({ windowSeconds: 5, now: () => now })
    now = 50
    meter.add(8e6)
    assert.equal(meter.rate(), 8e6, '8 MB in the first 50 ms count over one second')
    now = 7000
    assert.equal(meter.rate(), 0)
  })
})
