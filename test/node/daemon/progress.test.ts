/**
 * node/daemon/progress.ts without a TTY (a log, CI, a pipe): a line at once, then one every few
 * seconds, and always a last line with the final state when the operation ends; and how far a
 * session's disks got, holes and unchanged blocks included.
 */
import assert from 'node:assert/strict'
import type { TaskRecord } from '../../../proto/index.ts'
import { progressBar, sessionProgress } from '../../../node/daemon/progress.ts'

const MiB = 1024 * 1024

/** A stream that is not a terminal, and the lines written to it. */
function pipe (): { stream: { isTTY: boolean, write: (chunk: string) => boolean }, lines: () => string[], text: () => string } {
  let text = ''
  return {
    stream: { isTTY: false, write: (chunk: string) => { text += chunk; return true } },
    lines: () => text.split('\n').filter((l) => l !== ''),
    text: () => text
  }
}

describe('node/progress without a TTY', function () {
  it('prints a line at once, one every few seconds, and ends on a 100 % line', function () {
    let now = 0
    const out = pipe()
    const bar = progressBar(out.stream as unknown as NodeJS.WriteStream, { lineEveryMs: 3000, now: () => now })
    bar.update(0, 100 * MiB, 'nightly: 0/2 disks')
    for (let t = 500; t <= 9500; t += 500) {
      now = t
      bar.update(t / 10_000 * 100 * MiB, 100 * MiB)
    }
    // the operation ends between two lines: its end is printed all the same
    now = 10_000
    bar.update(100 * MiB, 100 * MiB, 'nightly: 2/2 disks')
    bar.done()
    const lines = out.lines()
    assert.ok(!out.text().includes('\r') && !out.text().includes('\x1b'), 'no terminal control characters in a log')
    // at 0 s, 3 s, 6 s, 9 s, and the end
    assert.equal(lines.length, 5, lines.join('\n'))
    assert.match(lines[0]!, /^nightly: 0\/2 disks\s+0% /)
    assert.match(lines[1]!, /^nightly: 0\/2 disks\s+30% /, 'the label is kept between updates')
    assert.match(lines.at(-1)!, /^nightly: 2\/2 disks 100% 100\.0 MiB\/100\.0 MiB /)
  })

  it('prints the final state on done() when the last update was not printed yet', function () {
    let now = 0
    const out = pipe()
    const bar = progressBar(out.stream as unknown as NodeJS.WriteStream, { lineEveryMs: 3000, now: () => now })
    bar.update(1 * MiB, 64 * MiB, 'restore web01')
    now = 1000
    bar.update(40 * MiB, 64 * MiB)
    assert.equal(out.lines().length, 1, 'within the interval nothing more is printed')
    bar.done('restored')
    const lines = out.lines()
    assert.equal(lines.length, 3)
    assert.match(lines[1]!, /^restore web01\s+63% 40\.0 MiB\/64\.0 MiB/)
    assert.equal(lines[2], 'restored')
  })

  it('prints 100 % once, when it is reached, and nothing twice on done()', function () {
    let now = 0
    const out = pipe()
    const bar = progressBar(out.stream as unknown as NodeJS.WriteStream, { lineEveryMs: 3000, now: () => now })
    bar.update(0, 8 * MiB, 'x')
    now = 200
    bar.update(8 * MiB, 8 * MiB)
    bar.done()
    assert.deepEqual(out.lines().map((l) => l.split('%')[0]!.trim()), ['x   0', 'x 100'])
  })

  it('prints 100 % once, also when the operation ends a while after reaching it', function () {
    let now = 0
    const out = pipe()
    const bar = progressBar(out.stream as unknown as NodeJS.WriteStream, { lineEveryMs: 3000, now: () => now })
    bar.update(0, 8 * MiB, 'x')
    now = 200
    bar.update(8 * MiB, 8 * MiB)
    now = 400
    bar.update(8 * MiB, 8 * MiB, 'x done')
    bar.done()
    assert.equal(out.lines().filter((l) => l.includes('100%')).length, 1, out.text())
  })

  it('does not round an unfinished operation up to 100 %', function () {
    const out = pipe()
    const bar = progressBar(out.stream as unknown as NodeJS.WriteStream, { now: () => 0 })
    bar.update(999, 1000, 'almost')
    bar.done()
    assert.match(out.lines()[0]!, /^almost\s+99% /)
  })
})

describe('node/progress sessionProgress', function () {
  const task = (t: Partial<TaskRecord>): TaskRecord => ({ taskId: 't', vm: 'web01', disk: 0, size: 16 * MiB, state: 'running', ...t })

  it('counts the blocks dealt with, not only the bytes read: holes and CBT-skipped blocks are done too', function () {
    // a sparse disk: 12 of its 16 blocks are holes, never read; 14 blocks dealt with so far
    const sparse = task({ blocksDone: 14, stats: { blocksTotal: 16, bytesRead: 2 * MiB } })
    // an incremental with CBT: 15 blocks skipped by the bitmap, 1 block dealt with
    const cbt = task({ blocksDone: 1, stats: { blocksTotal: 16, blocksSkippedCbt: 15, bytesRead: 1 * MiB } })
    assert.deepEqual(sessionProgress([sparse]), { done: 14 * MiB, total: 16 * MiB })
    assert.deepEqual(sessionProgress([cbt]), { done: 16 * MiB - 1, total: 16 * MiB }, 'all dealt with, not yet ended')
  })

  it('keeps a running disk short of its size even with every block dealt with: its end is to come', function () {
    const last = task({ blocksDone: 16, stats: { blocksTotal: 16, bytesRead: 16 * MiB } })
    assert.deepEqual(sessionProgress([last]), { done: 16 * MiB - 1, total: 16 * MiB })
  })

  it('counts an ended disk whole and a queued one as nothing; all succeeded is done = total', function () {
    const done = task({ state: 'success', blocksDone: 3, stats: { blocksTotal: 16, bytesRead: 3 * MiB } })
    const queued = task({ state: 'queued', size: 8 * MiB, stats: {} })
    assert.deepEqual(sessionProgress([done, queued]), { done: 16 * MiB, total: 24 * MiB })
    assert.deepEqual(sessionProgress([done, { ...queued, state: 'success' }]), { done: 24 * MiB, total: 24 * MiB })
  })
})
