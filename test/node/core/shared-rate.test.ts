/**
 * Tests for node/core/shared-rate.ts: the shared rate holds over a window, streams under one rule
 * get equal shares however many takes each keeps waiting, a stream that aborts leaves the round,
 * and limiterFor waits only on the rules in force for its pair and says how long on each.
 * Measured over time windows with the takes' own completions, never with sleeps.
 */
import assert from 'node:assert/strict'
import { SharedRate, RateStream, TrafficLimits } from '../../../node/core/shared-rate.ts'
import { checkRule } from '../../../node/core/traffic-rules.ts'

const KiB = 1024

/** Keeps `inFlight` takes of `bytes` waiting for `stream` until `until` (ms, performance.now); counts what passed. */
async function pump (rate: SharedRate, stream: RateStream, bytes: number, inFlight: number, until: number, counted: { bytes: number }, from: number): Promise<void> {
  await Promise.all(Array.from({ length: inFlight }, async () => {
    while (performance.now() < until) {
      await rate.take(stream, bytes)
      if (performance.now() >= from && performance.now() < until) counted.bytes += bytes
    }
  }))
}

describe('node/core/shared-rate', function () {
  this.timeout(20_000)

  it('holds its rate over a window within 5%', async function () {
    const rate = new SharedRate({ rateBps: 20e6 })
    const stream = new RateStream()
    const start = performance.now()
    const counted = { bytes: 0 }
    await pump(rate, stream, 64 * KiB, 4, start + 2000, counted, start + 500)
    const bps = counted.bytes / 1.5
    if (process.env.MESHBACKUP_REPORT != null) console.log(`shared rate 20 MB/s, 64 KiB takes: ${(bps / 1e6).toFixed(3)} MB/s`)
    assert.ok(Math.abs(bps - 20e6) / 20e6 < 0.05, `measured ${(bps / 1e6).toFixed(2)} MB/s for 20 MB/s`)
  })

  it('shares fairly: a stream with eight takes waiting gets what a stream with one gets', async function () {
    const rate = new SharedRate({ rateBps: 16e6 })
    const greedy = new RateStream()
    const modest = new RateStream()
    const start = performance.now()
    const a = { bytes: 0 }
    const b = { bytes: 0 }
    await Promise.all([
      pump(rate, greedy, 128 * KiB, 8, start + 2000, a, start + 300),
      pump(rate, modest, 128 * KiB, 1, start + 2000, b, start + 300)
    ])
    const ratio = a.bytes / b.bytes
    if (process.env.MESHBACKUP_REPORT != null) console.log(`16 MB/s shared: 8 takes waiting ${a.bytes}, 1 take waiting ${b.bytes} bytes (ratio ${ratio.toFixed(3)}), together ${((a.bytes + b.bytes) / 1.7 / 1e6).toFixed(3)} MB/s`)
    assert.ok(ratio > 0.85 && ratio < 1.18, `greedy ${a.bytes} vs modest ${b.bytes} bytes (ratio ${ratio.toFixed(2)})`)
    const total = (a.bytes + b.bytes) / 1.7
    assert.ok(Math.abs(total - 16e6) / 16e6 < 0.06, `together ${(total / 1e6).toFixed(2)} MB/s for 16 MB/s`)
  })

  it('an aborted take leaves the round; the others go on', async function () {
    const rate = new SharedRate({ rateBps: 1e6, burstBytes: 64 * KiB })
    const s = new RateStream()
    await rate.take(s, 500 * KiB)                       // into debt: the next waits ~0.5 s
    const ac = new AbortController()
    const aborted = rate.take(new RateStream(), 10 * KiB, ac.signal)
    const other = rate.take(s, 10 * KiB)
    ac.abort(new Error('task cancelled'))
    await assert.rejects(aborted, /task cancelled/)
    await other
    assert.equal(rate.waitingStreams, 0)
  })

  it('limiterFor waits on the rules in force for its pair, lowest rate binding, and names them', async function () {
    const limits = new TrafficLimits()
    const rules = [
      checkRule({ name: 'slow', from: '127.0.0.2', to: '127.0.0.3', rate: '4MB/s', timeZone: 'UTC' }),
      checkRule({ name: 'wide', from: 'any', to: 'any', rate: '400MB/s', timeZone: 'UTC' }),
      checkRule({ name: 'never', from: 'any', to: 'any', rate: '1KB/s', timeZone: 'UTC', hours: '03:00-04:00' })
    ]
    const noon = (): Date => new Date('2026-12-07T12:00:00Z')
    const limiter = limits.limiterFor({ local: '127.0.0.2', remote: '127.0.0.3', rules, now: noon })
    const start = performance.now()
    let sent = 0
    while (performance.now() - start < 1000) {
      await limiter.take(256 * KiB)
      sent += 256 * KiB
    }
    const bps = sent / ((performance.now() - start) / 1000)
    assert.ok(bps < 4e6 * 1.1 && bps > 4e6 * 0.8, `${(bps / 1e6).toFixed(2)} MB/s under a 4 MB/s rule`)
    assert.deepEqual([...limiter.active].sort(), ['slow', 'wide'])
    assert.equal(limiter.slowest?.rule, 'slow')
    assert.ok(limiter.slowest!.waitedMs > 500, `waited ${limiter.slowest!.waitedMs} ms`)
    // the reverse direction is covered by no rule but "wide"
    const back = limits.limiterFor({ local: '127.0.0.3', remote: '127.0.0.2', rules, now: noon })
    await back.take(1024)
    assert.deepEqual(back.active, ['wide'])
  })
})
