/**
 * @packageDocumentation
 * The session record and its readable log: per task the state, proxy, repository, transport
 * mode, change detection, bytes and speed, warnings; per session the lines an operator reads.
 * Saved to the configuration database at most twice a second while running, and at the end.
 */
import type { SessionRecord, TaskRecord, TaskResult, TaskPlaced, TaskProgress } from '../../proto/index.ts'

const SAVE_EVERY_MS = 500

export class SessionLog {
  readonly record: SessionRecord
  readonly #save: (record: SessionRecord) => Promise<void>
  #timer: NodeJS.Timeout | undefined
  #saving: Promise<void> = Promise.resolve()
  #failedVms = new Set<string>()
  #warnings = 0
  #failure = false

  constructor (record: SessionRecord, save: (record: SessionRecord) => Promise<void>) {
    this.record = record
    record.tasks ??= []
    record.log ??= []
    record.points ??= []
    record.failedVms ??= []
    this.#save = save
  }

  line (text: string): void {
    this.record.log!.push(`${new Date().toISOString()} ${text}`)
    this.#schedule()
  }

  warn (text: string): void {
    this.#warnings++
    this.line(`warning: ${text}`)
  }

  /** A warning already written as a line (by guest processing) still makes the session a warning. */
  countWarning (): void {
    this.#warnings++
  }

  fail (text: string): void {
    this.#failure = true
    this.line(`error: ${text}`)
  }

  /** The VM gets no restore point; the record keeps its first reason, for the summary and webhook. */
  vmFailed (vm: string, why: string, code = ''): void {
    this.#failedVms.add(vm)
    if (!this.record.failedVms!.some((f) => f.vm === vm)) this.record.failedVms!.push({ vm, reason: why, code })
    this.fail(`VM ${vm}: ${why}`)
  }

  point (id: string): void {
    this.record.points!.push(id)
    this.#schedule()
  }

  addTask (task: TaskRecord): TaskRecord {
    task.attempts = 0
    task.stats = {}
    task.warnings = []
    this.record.tasks!.push(task)
    this.#schedule()
    return task
  }

  placed (task: TaskRecord, placed: TaskPlaced): void {
    task.state = 'running'
    task.proxy = placed.proxyPeer
    task.mode = placed.mode
    task.startedAtMs = Date.now()
    this.line(`VM ${task.vm} disk ${task.disk} (${task.diskName}): placed on proxy ${short(placed.proxyPeer)} (${placed.mode}) and repository node ${short(placed.repositoryPeer)}${placed.waitedMs ? ` after waiting ${placed.waitedMs} ms for a slot` : ''}; ${task.changeDetection === 'digest' ? 'incremental by digest comparison with the previous point' : 'full read'}`)
  }

  progress (task: TaskRecord, progress: TaskProgress): void {
    task.stats = progress.stats ?? task.stats
    task.blocksDone = progress.blocksDone ?? task.blocksDone
    this.#schedule()
  }

  taskEnded (task: TaskRecord, result: TaskResult): void {
    task.stats = result.stats ?? task.stats
    task.endedAtMs = Date.now()
    task.warnings = [...(task.warnings ?? []), ...(result.warnings ?? [])]
    for (const w of result.warnings ?? []) this.warn(`VM ${task.vm} disk ${task.disk}: ${w}`)
    for (const n of result.notes ?? []) this.line(`VM ${task.vm} disk ${task.disk}: note: ${n}`)
    if (result.ok === true) {
      task.state = 'success'
      task.error = ''
      const s = task.stats ?? {}
      const seconds = Math.max((s.durationMs ?? 0) / 1000, 0.001)
      this.line(`VM ${task.vm} disk ${task.disk}: done — read ${mib(s.bytesRead)} MiB at ${(mib(s.bytesRead) / seconds).toFixed(1)} MiB/s, sent ${s.blocksSent ?? 0} blocks (${mib(s.bytesSent)} MiB), stored ${mib(s.bytesStored)} MiB, ${s.blocksZero ?? 0} zero, ${s.blocksUnchanged ?? 0} unchanged, ${s.blocksDeduped ?? 0} deduplicated${skippedText(s)}`)
    } else {
      task.state = 'failed'
      task.error = result.error ?? 'failed'
    }
    this.#schedule()
  }

  taskFailed (task: TaskRecord, error: string): void {
    this.line(`VM ${task.vm} disk ${task.disk}: attempt ${task.attempts} failed on proxy ${short(task.proxy)}: ${error}`)
  }

  /** The record changed (a verify's progress): saved with the next batch. */
  progressed (): void {
    this.#schedule()
  }

  /** Warnings so far, those of guest processing included. */
  get warnings (): number {
    return this.#warnings
  }

  /** The state the session would end in now. */
  outcome (): 'failed' | 'warning' | 'success' {
    const failed = this.#failure || this.#failedVms.size > 0 || this.record.tasks!.some((t) => t.state !== 'success')
    return failed ? 'failed' : this.#warnings > 0 ? 'warning' : 'success'
  }

  finish (): void {
    const r = this.record
    r.endedAtMs = Date.now()
    // a task cut short by the session's end (it was stopped, or failed before placing it) ends failed
    for (const t of r.tasks ?? []) {
      if (t.state !== 'queued' && t.state !== 'running') continue
      t.state = 'failed'
      t.error ||= 'the session ended before this task did'
      if (!t.endedAtMs) t.endedAtMs = r.endedAtMs
    }
    r.state = this.outcome()
    const what = r.kind === 'verify' ? `${r.verifyReport?.pointsChecked ?? 0} restore point(s) verified` : `${r.points!.length} restore point(s)`
    this.line(`session ended: ${r.state}; ${what} in ${((r.endedAtMs - (r.startedAtMs ?? r.endedAtMs)) / 1000).toFixed(1)} s`)
  }

  #schedule (): void {
    if (this.#timer != null) return
    this.#timer = setTimeout(() => {
      this.#timer = undefined
      void this.flush()
    }, SAVE_EVERY_MS)
  }

  async flush (): Promise<void> {
    clearTimeout(this.#timer)
    this.#timer = undefined
    this.#saving = this.#saving.then(async () => await this.#save(this.record)).catch(() => {})
    await this.#saving
  }
}

function mib (bytes: number | undefined | null): number {
  return Math.round(((bytes ?? 0) / 1048576) * 10) / 10
}

export function short (peer: string | undefined | null): string {
  return peer == null || peer === '' ? '?' : `…${peer.slice(-6)}`
}

/** `, skipped unread: 174 free, 46 swap, 14 excluded` (what was stored as zero without a read), or nothing. */
function skippedText (s: { blocksSkippedFree?: number | null, blocksSkippedSwap?: number | null, blocksSkippedExcluded?: number | null }): string {
  const parts = [[s.blocksSkippedFree, 'free'], [s.blocksSkippedSwap, 'swap'], [s.blocksSkippedExcluded, 'excluded']]
    .filter(([n]) => Number(n ?? 0) > 0).map(([n, what]) => `${Number(n)} ${String(what)}`)
  return parts.length === 0 ? '' : `, skipped unread: ${parts.join(', ')}`
}
