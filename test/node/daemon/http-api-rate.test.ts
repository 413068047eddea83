/**
 * node/daemon/http/api.ts view(): a running disk's rate is its bytes over the time its data mover had
 * been moving them when it reported (stats.durationMs), not over the time until now, which reads
 * low by up to a report interval and made a proxy's MB/s exceed the sum of its disks'.
 */
import assert from 'node:assert/strict'
import { view } from '../../../node/daemon/http/api.ts'

const MiB = 1024 * 1024

describe('node/daemon/http/api running disk rate', function () {
  it('is bytes read over the mover\'s own time at its last report', function () {
    const s = view({
      id: 's',
      job: 'j',
      state: 'running',
      startedAtMs: 1_000,
      tasks: [
        // placed at 2 s; reported at 4.5 s after moving 2 s: 8 MiB; it is 5.4 s now
        { taskId: 't1', state: 'running', size: 64 * MiB, startedAtMs: 2_000, blocksDone: 8, stats: { blocksTotal: 64, bytesRead: 8 * MiB, durationMs: 2_000 } },
        { taskId: 't2', state: 'running', size: 64 * MiB, startedAtMs: 2_000, blocksDone: 6, stats: { blocksTotal: 64, bytesRead: 6 * MiB, durationMs: 1_500 } }
      ]
    }, 5_400)
    assert.equal(s.tasks[0]!.bytesPerSecond, 4 * MiB)
    assert.equal(s.tasks[1]!.bytesPerSecond, 4 * MiB)
    assert.equal(s.bytesPerSecond, 8 * MiB)
  })

  it('shows a running copy\'s share of bytes settled and the MB/s fetched over its own time', function () {
    const s = view({
      id: 'c', job: 'offsite', kind: 'copy', state: 'running', startedAtMs: 1_000,
      copyProgress: { repository: 'dr', pointsTotal: 2, pointsDone: 1, bytesTotal: 100 * MiB, bytesDone: 25 * MiB, bytesFetched: 10 * MiB, elapsedMs: 2_000 }
    }, 9_000)
    assert.equal(s.progress, 0.25)
    assert.equal(s.bytesPerSecond, 5 * MiB, 'what crossed the wire, over the time the target copied')
    const done = view({ id: 'c', job: 'offsite', kind: 'copy', state: 'success', startedAtMs: 1_000, copyProgress: { bytesTotal: 100 * MiB, bytesDone: 25 * MiB } })
    assert.equal(done.progress, 1)
    assert.equal(done.bytesPerSecond, 0)
  })
})
