/**
 * @packageDocumentation
 * Byte counts and durations as people read them: every layer words them the same way (a session
 * log line, a refusal from the scheduler, the CLI's progress line).
 *
 * @example
 * ```ts
 * formatBytes(1536)              // '1.5 KiB'
 * formatBytesExact(1610612736)   // '1.5 GiB (1610612736 bytes)'
 * formatDuration(3725)           // '1:02:05'
 * ```
 */

export function formatBytes (n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB']
  let i = 0
  while (n >= 1024 && i < units.length - 1) { n /= 1024; i++ }
  return `${n.toFixed(i === 0 ? 0 : 1)} ${units[i]}`
}

/** `1.5 GiB (1610612736 bytes)`: readable, and exact for whoever compares with df. */
export function formatBytesExact (n: number): string {
  return n < 1024 ? `${n} bytes` : `${formatBytes(n)} (${n} bytes)`
}

export function formatDuration (seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--'
  const s = Math.round(seconds)
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const rest = String(s % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`
}
