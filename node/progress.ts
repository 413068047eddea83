/**
 * @packageDocumentation
 * Progress on the terminal: a bar redrawn in place on a TTY, a line every few seconds otherwise
 * (logs, CI), both with MB/s and ETA.
 */
export interface ProgressBar {
  update(done: number, total: number, label?: string): void
  done(text?: string): void
}

export function formatBytes (n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB']
  let i = 0
  while (n >= 1024 && i < units.length - 1) { n /= 1024; i++ }
  return `${n.toFixed(i === 0 ? 0 : 1)} ${units[i]}`
}

export function formatDuration (seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--'
  const s = Math.round(seconds)
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const rest = String(s % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`
}

export function progressBar (stream: NodeJS.WriteStream = process.stderr, lineEveryMs = 3000): ProgressBar {
  const started = Date.now()
  const tty = stream.isTTY === true
  let lastLine = 0
  let drawn = false
  const render = (done: number, total: number, label: string): string => {
    const elapsed = Math.max((Date.now() - started) / 1000, 0.001)
    const rate = done / elapsed
    const fraction = total > 0 ? Math.min(done / total, 1) : 0
    const eta = rate > 0 ? (total - done) / rate : Infinity
    const width = 24
    const fill = Math.round(fraction * width)
    const bar = tty ? `[${'#'.repeat(fill)}${'.'.repeat(width - fill)}] ` : ''
    return `${label ? label + ' ' : ''}${bar}${(fraction * 100).toFixed(0).padStart(3)}% ${formatBytes(done)}/${formatBytes(total)} ${(rate / 1e6).toFixed(1)} MB/s ETA ${formatDuration(eta)}`
  }
  return {
    update (done, total, label = '') {
      if (tty) {
        stream.write(`\r\x1b[2K${render(done, total, label)}`)
        drawn = true
      } else if (Date.now() - lastLine >= lineEveryMs) {
        lastLine = Date.now()
        stream.write(render(done, total, label) + '\n')
      }
    },
    done (text) {
      if (tty && drawn) stream.write('\r\x1b[2K')
      if (text != null) stream.write(text + '\n')
    }
  }
}
