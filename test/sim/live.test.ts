/**
 * Live mode, short: six real daemons with a synthetic host; the busiest proxy is SIGKILLed while
 * it holds two throttled tasks, and both run again elsewhere within 3 s; every disk finishes.
 */
import assert from 'node:assert/strict'
import { runLive } from '../../sim/sim/live.ts'
import { liveReport } from '../../sim/sim/report.ts'

describe('live mode (real daemons, synthetic host)', function () {
  this.timeout(180_000)

  it('re-places a SIGKILLed proxy\'s tasks within 3 s and finishes every disk', async () => {
    const lines: string[] = []
    // 6 disks on 4 proxies × 2 slots: after the kill, slots are free, so only the notice and a round stand between
    const r = await runLive({ nodes: 6, host: '7:3x2x16M', rate: '1M', proxySlots: 2, killAtTasks: 2, log: (l) => lines.push(l), timeoutMs: 90_000 })
    const report = liveReport(r)
    assert.equal(r.state, 'success', `${report}\n${r.log.join('\n')}`)
    assert.equal(r.done, 6)
    assert.ok(r.killed != null)
    assert.equal(r.killed.tasks.length, 2)
    assert.equal(r.killed.replacedMs.length, 2)
    for (const ms of r.killed.replacedMs) assert.ok(ms >= 0 && ms <= 3000, `placed again ${ms} ms after the kill\n${report}`)
    assert.equal(r.placements[r.killed.proxy], undefined, 'no task ended on the killed proxy')
    assert.match(r.log.join('\n'), /attempt 1 failed on proxy/)
    assert.ok(r.model != null && r.model.done === 6 && r.model.replaced > 0, 'the model of the same cluster re-placed its tasks too')
    assert.match(report, /target ≤ 3000 ms: met/)
  })
})
