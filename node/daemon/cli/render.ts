/**
 * @packageDocumentation
 * How the CLI and the REPL show things on a terminal: tables, session records, and a session's
 * progress on a bar.
 */
import type { BootCheck, PointSummary, ProtectionReport, SessionRecord, TaskRecord } from '../../../proto/index.ts'
import { sessionProgress, type ProgressBar } from '../progress.ts'
import { formatBytes, formatDuration } from '../../core/units.ts'

export function table (rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)))
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n')
}

/**
 * Restore points as a table; a damaged point cannot be restored, so why is said under it. A
 * locked point shows its unlock date (nobody can delete it before), one whose lock has ended
 * "expired", one never locked "-". An encrypted point shows its key's fingerprint: restoring it
 * needs that key. BOOT CHECK is the point's last boot check: "pass 12.3s" (its boot time), "FAIL"
 * (the reason under the table), or "-" (never checked).
 */
export function pointsTable (points: PointSummary[], now = Date.now(), bootChecks: Map<string, BootCheck> = new Map()): string {
  if (points.length === 0) return 'no restore points'
  const rows = points.map((p) => [p.id ?? '', p.job ?? '', p.vm ?? '', new Date(p.createdAtMs ?? 0).toISOString(),
    (p.disks ?? []).map((d) => `${d.index}:${formatBytes(d.size ?? 0)}`).join(' '), p.repository ?? '', pointState(p), lockColumn(p.lockUntilMs ?? 0, now), p.keyFingerprint || '-',
    bootCheckColumn(bootChecks.get(p.id ?? ''))])
  const damaged = points.filter((p) => p.damaged === true).map((p) => `DAMAGED ${p.id}: ${p.damageReason}`)
  const bad = points.filter((p) => p.damaged !== true && (p.badBlocks ?? 0) > 0)
    .map((p) => `DAMAGED ${p.id}: ${p.badBlocks} bad block(s) found by verify; the next backup of VM "${p.vm}" sends them again, until then restore it with --allow-damaged`)
  damaged.push(...bad)
  const failed = [...new Set(points.map((p) => p.id ?? ''))].map((id) => bootChecks.get(id)).filter((c): c is BootCheck => c != null && c.pass !== true)
    .map((c) => `BOOT CHECK FAILED ${c.pointId} (${new Date(Number(c.checkedAtMs ?? 0)).toISOString()}): ${c.reason}`)
  return [table([['POINT', 'JOB', 'VM', 'CREATED', 'DISKS', 'REPOSITORY', 'STATE', 'LOCKED UNTIL', 'KEY', 'BOOT CHECK'], ...rows]), ...damaged, ...failed].join('\n')
}

function bootCheckColumn (c: BootCheck | undefined): string {
  if (c == null) return '-'
  return c.pass === true ? `pass ${(Number(c.bootMs ?? 0) / 1000).toFixed(1)}s` : 'FAIL'
}

/** Boot check results, newest first, each failure's reason under the table. */
export function bootChecksTable (checks: BootCheck[]): string {
  if (checks.length === 0) return 'no boot checks'
  const rows = checks.map((c) => [c.pointId ?? '', c.vm ?? '', new Date(Number(c.checkedAtMs ?? 0)).toISOString(), c.pass === true ? 'pass' : 'FAIL',
    c.bootMs ? `${(Number(c.bootMs) / 1000).toFixed(1)}s` : '-', c.scriptRan === true ? String(c.scriptExit) : '-', c.screenshotId ? 'yes' : '-', c.sessionId ?? ''])
  const reasons = checks.filter((c) => c.pass !== true).map((c) => `FAIL ${c.pointId}: ${c.code ? `${c.code}: ` : ''}${c.reason}`)
  return [table([['POINT', 'VM', 'CHECKED', 'RESULT', 'BOOT', 'SCRIPT', 'SCREENSHOT', 'SESSION'], ...rows]), ...reasons].join('\n')
}

/** The 3-2-1-1-0 figures, one VM a row; each VM that falls short named with what it lacks. */
export function protectionTable (report: ProtectionReport): string {
  const vms = report.vms ?? []
  if (vms.length === 0) return 'no VM is in a backup job'
  const age = (ms: number | null | undefined): string => Number(ms ?? 0) > 0 ? formatDuration(Number(ms) / 1000) : '-'
  const rows = vms.map((v) => [v.job ?? '', v.vm ?? '', v.protected === true ? 'yes' : 'NO', `${v.copies}/3`, `${v.repositories}/2`, `${v.offsite}/1`, `${v.locked}/1`, `${v.errors}/0`,
    age(v.pointAgeMs), age(v.bootCheckAgeMs), v.pointId || '-'])
  const short = vms.filter((v) => v.protected !== true).map((v) => `SHORT ${v.job}/${v.vm}: ${(v.missing ?? []).join('; ')}`)
  return [
    table([['JOB', 'VM', 'PROTECTED', 'COPIES', 'REPOS', 'OFF-SITE', 'LOCKED', 'ERRORS', 'POINT AGE', 'BOOT CHECK AGE', 'LATEST GOOD POINT'], ...rows]),
    ...short,
    ...(report.problems ?? []).map((p) => `note: ${p}`),
    `${report.protected ?? 0} of ${vms.length} VM(s) protected (3 copies, 2 repositories, 1 off-site, 1 locked, 0 errors)`
  ].join('\n')
}

function lockColumn (untilMs: number, now: number): string {
  if (untilMs <= 0) return '-'
  return untilMs > now ? new Date(untilMs).toISOString() : `expired ${new Date(untilMs).toISOString()}`
}

/** ok, DAMAGED (its manifest cannot be read) or DAMAGED with its bad blocks (verify found them). */
function pointState (p: PointSummary): string {
  if (p.damaged === true) return 'DAMAGED'
  if ((p.badBlocks ?? 0) > 0) return `DAMAGED:${p.badBlocks}`
  return 'ok'
}

export function renderSession (s: SessionRecord): string {
  if (s.kind === 'verify') return renderVerifySession(s)
  if (s.kind === 'copy') return renderCopySession(s)
  if (s.kind === 'boot-check') return renderBootCheckSession(s)
  if (s.kind === 'boot-check-job') return renderBootCheckJobSession(s)
  const rows = [['VM', 'DISK', 'STATE', 'PROXY', 'MODE', 'CHANGES', 'READ', 'SKIPPED', 'SENT', 'STORED', 'SPEED', 'TIME']]
  for (const t of s.tasks ?? []) rows.push(taskRow(t))
  const lines = [
    `session ${s.id}  job ${s.job}  ${s.state}  started ${new Date(s.startedAtMs ?? 0).toISOString()}${s.endedAtMs ? `  took ${formatDuration(((s.endedAtMs) - (s.startedAtMs ?? 0)) / 1000)}` : ''}`,
    '',
    table(rows),
    '',
    ...(s.points?.length ? [`restore points: ${s.points.join(', ')}`, ''] : []),
    ...(s.failedVms?.length ? [`VMs without a restore point: ${s.failedVms.map((f) => f.vm).join(', ')} (why: the errors in the log below)`, ''] : []),
    ...(s.log ?? [])
  ]
  return lines.join('\n')
}

/** A boot-check job's run: the points checked, the VMs that failed and why, then the log. */
function renderBootCheckJobSession (s: SessionRecord): string {
  return [
    `session ${s.id}  boot-check job ${s.job}  ${s.state}  started ${new Date(s.startedAtMs ?? 0).toISOString()}${s.endedAtMs ? `  took ${formatDuration(((s.endedAtMs) - (s.startedAtMs ?? 0)) / 1000)}` : ''}`,
    '',
    ...(s.points?.length ? [`restore points checked: ${s.points.join(', ')}`] : []),
    ...(s.failedVms ?? []).map((f) => `FAILED  VM ${f.vm}${f.code ? ` (${f.code})` : ''}: ${f.reason}`),
    '',
    ...(s.log ?? [])
  ].join('\n')
}

/** A boot check's session: its result, then the log. */
function renderBootCheckSession (s: SessionRecord): string {
  const c = s.bootCheck
  const result = c == null
    ? ['running']
    : [`${c.pass === true ? 'PASSED' : 'FAILED'}${c.code ? ` (${c.code})` : ''}: ${c.reason}`,
        `boot ${c.bootMs ? `${(Number(c.bootMs) / 1000).toFixed(1)} s` : '-'}  script exit ${c.scriptRan === true ? c.scriptExit : '-'}  screenshot ${c.screenshotId ? `/api/boot-checks/${encodeURIComponent(c.screenshotId)}/screenshot.png` : '-'}`,
        ...(c.output ? ['script output:', ...c.output.trimEnd().split('\n').map((l) => `  ${l}`)] : [])]
  return [`session ${s.id}  boot check of ${(s.points ?? [])[0] ?? '?'}  ${s.state}  started ${new Date(s.startedAtMs ?? 0).toISOString()}`, '', ...result, '', ...(s.log ?? [])].join('\n')
}

/** A verify job's session: what it read, how fast, the damaged points, then the log. */
function renderVerifySession (s: SessionRecord): string {
  const r = s.verifyReport
  const p = s.verifyProgress
  const seconds = (r?.durationMs ?? p?.elapsedMs ?? 0) / 1000
  const bytes = r?.bytesChecked ?? p?.bytesDone ?? 0
  const lines = [
    `session ${s.id}  verify job ${s.job}  ${s.state}  started ${new Date(s.startedAtMs ?? 0).toISOString()}${s.endedAtMs ? `  took ${formatDuration(((s.endedAtMs) - (s.startedAtMs ?? 0)) / 1000)}` : ''}`,
    '',
    r != null
      ? `points checked ${r.pointsChecked ?? 0}, skipped ${r.pointsSkipped ?? 0}; blocks read ${r.blocksChecked ?? 0} (${formatBytes(bytes)} raw, ${formatBytes(r.bytesRead ?? 0)} stored)${seconds > 0 ? ` at ${(bytes / seconds / 1e6).toFixed(1)} MB/s` : ''}; bad blocks ${r.badBlocks ?? 0}`
      : `read ${formatBytes(bytes)} of ${formatBytes(p?.bytesTotal ?? 0)}${seconds > 0 ? ` at ${(bytes / seconds / 1e6).toFixed(1)} MB/s` : ''}`,
    ...(r?.damagedPoints?.length ? ['', table([['DAMAGED POINT', 'VM', 'BAD BLOCKS', 'FIRST PROBLEM'], ...r.damagedPoints.map((d) => [d.pointId ?? '', d.vm ?? '', String(d.badBlocks ?? 0), (d.problems ?? [])[0] ?? ''])])] : []),
    '',
    ...(s.log ?? [])
  ]
  return lines.join('\n')
}

/** A copy job's session: what moved, how fast, the points not copied, then the log. */
function renderCopySession (s: SessionRecord): string {
  const r = s.copyReport
  const p = s.copyProgress
  const seconds = (r?.durationMs ?? p?.elapsedMs ?? 0) / 1000
  const fetched = r?.bytesFetched ?? p?.bytesFetched ?? 0
  const lines = [
    `session ${s.id}  copy job ${s.job}  ${s.state}  started ${new Date(s.startedAtMs ?? 0).toISOString()}${s.endedAtMs ? `  took ${formatDuration(((s.endedAtMs) - (s.startedAtMs ?? 0)) / 1000)}` : ''}`,
    '',
    r != null
      ? `points copied ${r.copied?.length ?? 0}, not copied ${r.failed?.length ?? 0}; blocks fetched ${r.blocksFetched ?? 0} (${formatBytes(fetched)})${seconds > 0 ? ` at ${(fetched / seconds / 1e6).toFixed(1)} MB/s` : ''}, on the target already ${r.blocksPresent ?? 0}`
      : `points ${p?.pointsDone ?? 0}/${p?.pointsTotal ?? 0}; ${formatBytes(p?.bytesDone ?? 0)} of ${formatBytes(p?.bytesTotal ?? 0)} settled, ${formatBytes(fetched)} fetched${seconds > 0 ? ` at ${(fetched / seconds / 1e6).toFixed(1)} MB/s` : ''}`,
    ...(r?.failed?.length ? ['', table([['NOT COPIED', 'VM', 'CODE', 'WHY'], ...r.failed.map((f) => [f.pointId ?? '', f.vm ?? '', f.code ?? '', f.message ?? ''])])] : []),
    '',
    ...(s.points?.length ? [`restore points copied: ${s.points.join(', ')}`, ''] : []),
    ...(s.log ?? [])
  ]
  return lines.join('\n')
}

/** Blocks stored as zero without a read, by reason: `174 free 46 swap 14 excl`, or `-`. */
function skippedCell (s: NonNullable<TaskRecord['stats']>): string {
  const parts = [[s.blocksSkippedFree, 'free'], [s.blocksSkippedSwap, 'swap'], [s.blocksSkippedExcluded, 'excl']]
    .filter(([n]) => Number(n ?? 0) > 0).map(([n, what]) => `${Number(n)} ${String(what)}`)
  return parts.length === 0 ? '-' : parts.join(' ')
}

function taskRow (t: TaskRecord): string[] {
  const s = t.stats ?? {}
  const seconds = (s.durationMs ?? 0) / 1000
  return [
    t.vm ?? '', `${t.disk}${t.diskName ? ` ${t.diskName}` : ''}`, t.state ?? '', t.proxy ? `…${t.proxy.slice(-6)}` : '-', t.mode || '-', t.changeDetection || '-',
    formatBytes(s.bytesRead ?? 0), skippedCell(s), formatBytes(s.bytesSent ?? 0), formatBytes(s.bytesStored ?? 0),
    seconds > 0 ? `${((s.bytesRead ?? 0) / seconds / 1e6).toFixed(1)} MB/s` : '-', seconds > 0 ? formatDuration(seconds) : '-'
  ]
}

export function showSessionProgress (bar: ProgressBar, s: SessionRecord): void {
  if (s.kind === 'verify') {
    const p = s.verifyProgress
    const total = s.verifyReport?.bytesChecked ?? p?.bytesTotal ?? 0
    bar.update(s.verifyReport != null ? total : p?.bytesDone ?? 0, total, `${s.job}: ${p?.points ?? s.verifyReport?.pointsChecked ?? 0} points`)
    return
  }
  if (s.kind === 'copy') {
    const p = s.copyProgress
    const total = p?.bytesTotal ?? 0
    bar.update(s.copyReport != null ? total : p?.bytesDone ?? 0, total, `${s.job}: ${p?.pointsDone ?? 0}/${p?.pointsTotal ?? 0} points`)
    return
  }
  // the share of each disk dealt with (holes and unchanged blocks too), not only the bytes read
  const { done, total } = sessionProgress(s.tasks ?? [])
  bar.update(done, total, `${s.job}: ${(s.tasks ?? []).filter((t) => t.state === 'success').length}/${s.tasks?.length ?? 0} disks`)
}
