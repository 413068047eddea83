/**
 * @packageDocumentation
 * The protection view (protection.ts) as Prometheus gauges, one series per VM of a job (labels
 * `job`, `vm`), computed when scraped and kept for 30 s (computing asks every repository node):
 *
 * | metric | value |
 * |---|---|
 * | `meshbackup_protection_ok{job,vm}` | 1 when every 3-2-1-1-0 figure is met, else 0 |
 * | `meshbackup_protection_copies{job,vm}` | copies of the VM's latest good point |
 * | `meshbackup_protection_repositories{job,vm}` | distinct repositories holding it |
 * | `meshbackup_protection_offsite_copies{job,vm}` | of those, off-site (marked, or S3) |
 * | `meshbackup_protection_locked_copies{job,vm}` | of those, locked now |
 * | `meshbackup_protection_errors{job,vm}` | failed last run, damaged copies, failed or missing boot check |
 * | `meshbackup_protection_point_age_seconds{job,vm}` | age of the latest good point (no series: none) |
 *
 * @example
 * ```ts
 * new ProtectionMetrics(registry, async () => (await askManager({ protection: {} })).protection ?? {})
 * ```
 */
import { Gauge, type Registry } from 'prom-client'
import type { ProtectionReport, VmProtection } from '../../proto/index.ts'

const CACHE_MS = 30_000
/** A scrape waits this long for a fresh computation, then answers with the last one (or none). */
const SCRAPE_WAIT_MS = 5_000

export class ProtectionMetrics {
  #last: { at: number, report: ProtectionReport } | undefined
  #pending: Promise<ProtectionReport | undefined> | undefined
  readonly #compute: () => Promise<ProtectionReport>
  readonly #now: () => number

  constructor (registry: Registry, compute: () => Promise<ProtectionReport>, now: () => number = Date.now) {
    this.#compute = compute
    this.#now = now
    const gauge = (name: string, help: string, value: (v: VmProtection) => number | undefined): void => {
      const metrics = this
      new Gauge({
        name: `meshbackup_protection_${name}`,
        help,
        labelNames: ['job', 'vm'] as const,
        registers: [registry],
        async collect () {
          this.reset()
          // no series rather than a failed or slow scrape: the figures ask every repository node
          const r = await metrics.report()
          for (const v of r?.vms ?? []) {
            const x = value(v)
            if (x !== undefined) this.set({ job: v.job ?? '', vm: v.vm ?? '' }, x)
          }
        }
      })
    }
    gauge('ok', 'Whether the VM meets every 3-2-1-1-0 figure (1) or falls short (0).', (v) => v.protected === true ? 1 : 0)
    gauge('copies', 'Copies of the VM\'s latest good restore point (target 3).', (v) => v.copies ?? 0)
    gauge('repositories', 'Distinct repositories holding the VM\'s latest good point (target 2).', (v) => v.repositories ?? 0)
    gauge('offsite_copies', 'Copies of the VM\'s latest good point off the source\'s site: a repository marked off-site, or S3 (target 1).', (v) => v.offsite ?? 0)
    gauge('locked_copies', 'Copies of the VM\'s latest good point locked now (target 1).', (v) => v.locked ?? 0)
    gauge('errors', 'Errors: failed last run, damaged copies, failed or missing boot check (target 0).', (v) => v.errors ?? 0)
    gauge('point_age_seconds', 'Age of the VM\'s latest good restore point.', (v) => (v.pointId ?? '') === '' ? undefined : Number(v.pointAgeMs ?? 0) / 1000)
  }

  /** Forgets the kept figures (a job was added, edited or removed; a session or boot check ended): the next scrape computes them. */
  invalidate (): void {
    this.#last = undefined
  }

  /** The figures of the last 30 s, else a fresh computation if it is ready within 5 s, else the last known. */
  async report (): Promise<ProtectionReport | undefined> {
    const last = this.#last
    if (last != null && this.#now() - last.at <= CACHE_MS) return last.report
    this.#pending ??= this.#compute().then((report) => {
      this.#last = { at: this.#now(), report }
      return report
    }, () => undefined).finally(() => { this.#pending = undefined })
    let timer: NodeJS.Timeout | undefined
    const waited = await Promise.race([this.#pending, new Promise<'late'>((resolve) => { timer = setTimeout(() => resolve('late'), SCRAPE_WAIT_MS) })])
    clearTimeout(timer)
    if (waited === 'late') return last?.report
    return waited ?? last?.report
  }
}
