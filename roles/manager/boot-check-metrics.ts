/**
 * @packageDocumentation
 * Per-VM Prometheus gauges of the boot checks the manager keeps (boot-checks.ts), so an operator
 * can alert on "no good boot check of VM X for 8 days" and on a failed last check. Loaded from
 * the kept results when the role starts, then updated as results arrive. One series per VM:
 *
 * | metric | value |
 * |---|---|
 * | `meshbackup_boot_check_age_seconds{vm}` | seconds since the VM's last good boot check ended (absent: none yet) |
 * | `meshbackup_boot_check_pass{vm}` | 1 when the VM's last boot check passed, 0 when it failed |
 *
 * @example
 * ```ts
 * const metrics = new BootCheckMetrics(registry)
 * metrics.load(await checks.all())
 * metrics.observe(kept)   // a result arrived
 * ```
 */
import { Gauge, type Registry } from 'prom-client'
import type { BootCheck } from '../../proto/index.ts'

interface VmState {
  lastGoodMs: number
  lastMs: number
  lastPass: boolean
}

export class BootCheckMetrics {
  readonly #vms = new Map<string, VmState>()

  constructor (registry: Registry, now: () => number = Date.now) {
    const vms = this.#vms
    new Gauge({
      name: 'meshbackup_boot_check_age_seconds',
      help: 'Seconds since the VM\'s last boot check that passed ended (no series: none passed yet).',
      labelNames: ['vm'] as const,
      registers: [registry],
      collect () {
        this.reset()
        for (const [vm, s] of vms) if (s.lastGoodMs > 0) this.set({ vm }, Math.max(0, now() - s.lastGoodMs) / 1000)
      }
    })
    new Gauge({
      name: 'meshbackup_boot_check_pass',
      help: 'The VM\'s last boot check: 1 passed, 0 failed.',
      labelNames: ['vm'] as const,
      registers: [registry],
      collect () {
        this.reset()
        for (const [vm, s] of vms) this.set({ vm }, s.lastPass ? 1 : 0)
      }
    })
  }

  load (checks: Iterable<BootCheck>): void {
    for (const c of checks) this.observe(c)
  }

  /** A result: the VM's last check unless a later one is known. */
  observe (check: BootCheck): void {
    const vm = check.vm ?? ''
    const at = Number(check.checkedAtMs ?? 0)
    if (vm === '' || at <= 0) return
    const s = this.#vms.get(vm) ?? { lastGoodMs: 0, lastMs: 0, lastPass: false }
    this.#vms.set(vm, s)
    if (check.pass === true && at > s.lastGoodMs) s.lastGoodMs = at
    if (at >= s.lastMs) {
      s.lastMs = at
      s.lastPass = check.pass === true
    }
  }
}
