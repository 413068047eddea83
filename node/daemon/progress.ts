/**
 * @packageDocumentation
 * Progress on the terminal: a bar redrawn in place on a TTY, a line every few seconds otherwise
 * (logs, CI), both with MB/s and ETA. Either way the end is shown: `done()` leaves the last state
 * on screen (the bar, or a last line when the latest state was not printed yet), so a finished
 * operation ends on its 100 % line.
 *
 * @example
 * ```ts
 * const bar = progressBar()
 * bar.update(done, total, 'nightly: 1/3 disks')   // as often as progress arrives
 * bar.update(total, total)                        // the final state (the label is kept)
 * bar.done()
 * ```
 */
import type { TaskRecord } from '../../proto/index.ts'
import { formatBytes, formatDuration } from '../core/units.ts'

export interface ProgressBar {
  /** The current state; `label` defaults to the last one given. */
  update(done: number, total: number, label?: string): void
  /** Ends the bar, leaving its last state shown, then prints `text` on a line of its own. */
  done(text?: string): void
}

/** What a progress bar needs of a stream: where it writes, and whether it is a terminal. */
export type ProgressStream = Pick<NodeJS.WritableStream, 'write'> & { isTTY?: boolean }

export interface ProgressOptions {
  /** without a TTY: ms between two lines (3000) */
  lineEveryMs?: number
  /** clock in ms (Date.now) */
  now?: () => number
}

export function progressBar (stream: ProgressStream = process.stderr, options: ProgressOptions | number = {}): ProgressBar {
  const { lineEveryMs = 3000, now = Date.now } = typeof options === 'number' ? { lineEveryMs: options } : options
  const started = now()
  const tty = stream.isTTY === true
  let lastLine: number | undefined
  let drawn = false
  let label = ''
  // the latest state not printed yet (no TTY): printed by done(), so the end is always shown
  let pending: string | undefined
  let lastFraction = -1
  const render = (done: number, total: number): string => {
    const elapsed = Math.max((now() - started) / 1000, 0.001)
    const rate = done / elapsed
    const fraction = total > 0 ? Math.min(done / total, 1) : 0
    const eta = rate > 0 ? Math.max(total - done, 0) / rate : Infinity
    const width = 24
    const fill = Math.round(fraction * width)
    const bar = tty ? `[${'#'.repeat(fill)}${'.'.repeat(width - fill)}] ` : ''
    return `${label ? label + ' ' : ''}${bar}${percent(fraction).padStart(3)}% ${formatBytes(done)}/${formatBytes(total)} ${(rate / 1e6).toFixed(1)} MB/s ETA ${formatDuration(eta)}`
  }
  return {
    update (done, total, newLabel) {
      if (newLabel !== undefined) label = newLabel
      const line = render(done, total)
      if (tty) {
        stream.write(`\r\x1b[2K${line}`)
        drawn = true
        return
      }
      const t = now()
      const fraction = total > 0 ? Math.min(done / total, 1) : 0
      // a line at once, then every few seconds; reaching 100 % is printed when it happens
      const complete = fraction >= 1 && lastFraction < 1
      if (lastLine === undefined || t - lastLine >= lineEveryMs || complete) {
        lastLine = t
        lastFraction = fraction
        pending = undefined
        stream.write(line + '\n')
      } else {
        // 100 % is printed once: the end of an operation that reached it shows no second line
        pending = fraction >= 1 && lastFraction >= 1 ? undefined : line
      }
    },
    done (text) {
      if (tty && drawn) stream.write('\n')
      if (!tty && pending !== undefined) stream.write(pending + '\n')
      pending = undefined
      drawn = false
      if (text != null) stream.write(text + '\n')
    }
  }
}

/** 99.6 % of a disk is not done: only a whole operation shows 100 %. */
function percent (fraction: number): string {
  return fraction >= 1 ? '100' : Math.min(Math.round(fraction * 100), 99).toFixed(0)
}

/**
 * How far a session's disks got, in bytes of disk: a task counts the share of its blocks dealt
 * with — read, or skipped as a hole, as unchanged (CBT) — not just the bytes it read, which for
 * a sparse disk or an incremental stay far below its size until it ends. An ended task counts
 * whole; `done` reaches `total` only when every task succeeded (a task that dealt with all its
 * blocks still has its end to come: the repository storing its last blocks).
 */
export function sessionProgress (tasks: readonly TaskRecord[]): { done: number, total: number } {
  let done = 0
  let total = 0
  for (const t of tasks) {
    const size = Number(t.size ?? 0)
    total += size
    if (t.state === 'success') {
      done += size
      continue
    }
    const stats = t.stats ?? {}
    const blocks = Number(stats.blocksTotal ?? 0)
    const share = blocks > 0 ? Math.min(1, (Number(t.blocksDone ?? 0) + Number(stats.blocksSkippedCbt ?? 0)) / blocks) : 0
    done += Math.min(Math.max(Math.min(Number(stats.bytesRead ?? 0), size), Math.round(share * size)), Math.max(size - 1, 0))
  }
  return { done, total }
}
