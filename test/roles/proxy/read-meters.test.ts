/**
 * roles/proxy/read-meters.ts: the proxy's read throughput is the sum of its running tasks' read
 * rates, and an ended task no longer counts.
 */
import assert from 'node:assert/strict'
import { ReadMeters } from '../../../roles/proxy/read-meters.ts'

describe('roles/proxy read meters', function () {
  it('sums the running tasks\' rates; an ended task leaves the sum at once', function () {
    let now = 100_000
    const meters = new ReadMeters({ now: () => now })
    const a = meters.start()
    const b = meters.start()
    // a reads 4 MB/s, b 2 MB/s, for 3 s
    for (let i = 0; i < 30; i++) {
      now += 100
      a.add(400_000)
      b.add(200_000)
    }
    assert.equal(meters.running, 2)
    assert.ok(Math.abs(a.rate() - 4e6) < 1 && Math.abs(b.rate() - 2e6) < 1, `${a.rate()} ${b.rate()}`)
    assert.ok(Math.abs(meters.rate() - (a.rate() + b.rate())) < 1e-6)
    assert.ok(Math.abs(meters.rate() - 6e6) < 1, `the proxy reads ${meters.rate()} B/s`)
    a.end()
    assert.equal(meters.running, 1)
    assert.ok(Math.abs(meters.rate() - 2e6) < 1, `after a ended: ${meters.rate()} B/s`)
    b.end()
    assert.equal(meters.rate(), 0)
  })
})
