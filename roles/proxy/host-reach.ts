/**
 * @packageDocumentation
 * Which hosts of the manager's catalog this proxy reaches, and through which transport modes:
 * what the scheduler needs to place a task here. Each host is probed with its connector; a
 * result is kept for `maxAgeMs` (10 s), and a host whose spec changed is probed again at once.
 * Updates run one at a time; one asked for meanwhile runs once the current one is done.
 *
 * @example
 * ```ts
 * const reach = new HostReach()
 * await reach.update(catalog)        // HostSpec[] from the managers' announcements
 * reach.current()                    // [{ host: 'lab', modes: ['direct'] }]
 * ```
 */
import type { HostReach as Reach, HostSpec } from '../../proto/index.ts'
import { connectHost } from '../../node/hosts/connect-host.ts'

export interface HostReachInit {
  /** transport modes to a host ([] when none); default connectHost(spec).probe() */
  probe?: (spec: HostSpec) => Promise<string[]>
  /** ms a probe result is trusted (10 s) */
  maxAgeMs?: number
  now?: () => number
}

interface Probed {
  key: string
  modes: string[]
  at: number
}

export class HostReach {
  readonly #probe: (spec: HostSpec) => Promise<string[]>
  readonly #maxAgeMs: number
  readonly #now: () => number
  #probed = new Map<string, Probed>()
  #running: Promise<boolean> | undefined
  #next: HostSpec[] | undefined
  #queued: Promise<boolean> | undefined

  constructor (init: HostReachInit = {}) {
    this.#probe = init.probe ?? defaultProbe
    this.#maxAgeMs = init.maxAgeMs ?? 10_000
    this.#now = init.now ?? Date.now
  }

  /** Hosts reached, with their modes, sorted by name. */
  current (): Reach[] {
    return [...this.#probed.entries()]
      .filter(([, p]) => p.modes.length > 0)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([host, p]) => ({ host, modes: [...p.modes] }))
  }

  /** Probes what is new, changed or stale in `catalog`; true when current() changed. */
  update (catalog: HostSpec[]): Promise<boolean> {
    if (this.#running === undefined) {
      this.#running = this.#update(catalog).finally(() => { this.#running = undefined })
      return this.#running
    }
    this.#next = catalog
    this.#queued ??= this.#running.then(async () => {
      this.#queued = undefined
      const next = this.#next ?? []
      this.#next = undefined
      return await this.update(next)
    })
    return this.#queued
  }

  async #update (catalog: HostSpec[]): Promise<boolean> {
    const before = JSON.stringify(this.current())
    const now = this.#now()
    const next = new Map<string, Probed>()
    const wanted = new Map<string, HostSpec>()
    for (const spec of catalog) {
      const name = spec.name ?? ''
      if (name !== '' && !wanted.has(name)) wanted.set(name, spec)
    }
    await Promise.all([...wanted].map(async ([name, spec]) => {
      const key = JSON.stringify([spec.type ?? '', spec.path ?? '', spec.qmp ?? ''])
      const old = this.#probed.get(name)
      if (old !== undefined && old.key === key && now - old.at < this.#maxAgeMs) {
        next.set(name, old)
        return
      }
      let modes: string[]
      try {
        modes = await this.#probe(spec)
      } catch {
        modes = []
      }
      next.set(name, { key, modes, at: this.#now() })
    }))
    this.#probed = next
    return JSON.stringify(this.current()) !== before
  }
}

async function defaultProbe (spec: HostSpec): Promise<string[]> {
  return await connectHost(spec).probe()
}
