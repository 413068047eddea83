/**
 * @packageDocumentation
 * The proxy role: the source-side data mover of the seed. It grants task slots through a
 * LeaseTable, runs the proxy actor (`<peerId>/proxy`), probes the hosts of the managers' catalog
 * (gossiped in their announcements) to learn which it reaches and how, and announces its
 * capacity: slots, slots in use (claimed or reserved: a granted lease counts at once), its
 * read throughput (the sum of its running tasks' read rates, read-meters.ts) and reachable hosts
 * with their modes — at start, on every lease change, every announcement period, when the
 * catalog or a probe result changes, and at once when a manager appears or restarts. The tasks of
 * a manager that is gone are abandoned (orphan-watch.ts).
 *
 * @example
 * ```ts
 * const role = proxy({ peerId, config, system, capacity, mesh, log, home, db })
 * await role.start()
 * ```
 */
import type { Role, RoleFactory } from '../../node/runtime/role.ts'
import type { HostSpec } from '../../proto/index.ts'
import type { CapacityEntry } from '../../protocols/capacity.ts'
import { LeaseTable } from '../../node/runtime/leases.ts'
import { withFields } from '../../node/core/logger.ts'
import { proxyActor } from './actor.ts'
import { HostReach } from './host-reach.ts'
import { ReadMeters } from './read-meters.ts'
import { OrphanWatch } from './orphan-watch.ts'
import { Recoveries } from './recoveries.ts'
import { wireLimiter } from '../../node/runtime/traffic.ts'
import { startCodecThreads } from '../../node/core/codec-pool.ts'

/** Slots when config.proxy is absent. */
export const DEFAULT_PROXY_SLOTS = 4
/** ms between probes of the same host. */
const REPROBE_MS = 10_000
// While tasks run the read rate changes and is announced this often (the dashboard's live chart,
// the scheduler's tie-break); an idle proxy's rate stays 0, so capacity.set sends nothing and the
// idle mesh keeps its slow heartbeat.
const LIVE_RATE_MS = 2000

export const proxy: RoleFactory = (components): Role => {
  const { peerId, system, capacity, mesh } = components
  const log = withFields(components.log, { role: 'proxy' })
  const meters = new ReadMeters()
  const reach = new HostReach({ maxAgeMs: REPROBE_MS })
  const orphans = new OrphanWatch({
    onAbandon: (peer, tasks, why) => log.warn('abandoning the tasks of a manager that is gone', { manager: peer, tasks, why })
  })
  const onExpired = (peer: string): void => { orphans.left(peer) }
  let leases: LeaseTable | undefined
  let timer: NodeJS.Timeout | undefined
  let meterTimer: NodeJS.Timeout | undefined
  let stopped = false
  let recoveries: Recoveries | undefined

  const announce = (): void => {
    if (leases === undefined || stopped) return
    const throughputBps = meters.rate()
    capacity.set({
      proxy: {
        slots: leases.slots,
        active: leases.active + leases.reserved,
        // read at each announcement: every LIVE_RATE_MS (the meter timer below) and on lease
        // changes, so a busy proxy does not re-announce more often than that
        throughputBps,
        hosts: reach.current()
      }
    })
    // the meter timer runs while there is a rate to follow: tasks leased, or a rate not yet back
    // to 0 after them; an idle proxy is not woken for it
    const live = leases.active + leases.reserved > 0 || throughputBps > 0
    if (live && meterTimer === undefined) {
      meterTimer = setInterval(announce, Math.min(LIVE_RATE_MS, capacity.periodMs))
      meterTimer.unref()
    } else if (!live && meterTimer !== undefined) {
      clearInterval(meterTimer)
      meterTimer = undefined
    }
  }
  const catalog = (): HostSpec[] => capacity.entries().flatMap((e) => e.announcement.manager?.hosts ?? [])
  // Only managers' announcements carry hosts: every node announces every period (25 a second at
  // 50 nodes), and re-reading the catalog for each kept a 50-daemon mesh's proxies busy.
  const onChange = (entry: CapacityEntry | undefined): void => {
    if (entry === undefined) {
      refresh()
      return
    }
    orphans.seen(entry.announcement.peerId ?? '', entry.announcement.seq ?? 0)
    if (entry.announcement.manager == null) return
    // a manager that (re)starts subscribes to the capacity topic and capacity answers it at once
    // with this node's announcement, hosts included (protocols/capacity.ts)
    refresh()
  }
  const refresh = (): void => {
    if (stopped) return
    reach.update(catalog())
      .then((changed) => { if (changed) log.info('hosts reached', { hosts: reach.current() }) })
      .catch((err: Error) => log.warn('probing hosts failed', { error: err.message }))
      .finally(announce)
    // a daemon that restarted takes up the recoveries it left running on these hosts
    void recoveries?.adoptLeftovers(catalog()).catch((err: Error) => log.warn('adopting recoveries failed', { error: err.message }))
  }

  return {
    name: 'proxy',
    async start () {
      const slots = components.config.proxy?.slots ?? DEFAULT_PROXY_SLOTS
      const table = leases = new LeaseTable({ slots, peerId, name: 'proxy', onChange: announce })
      const lane = await components.bulkLane?.()
      // blocks are hashed and compressed in these threads: started with the role, not by the first backup
      startCodecThreads()
      recoveries = components.recoveryExports === undefined
        ? undefined
        : new Recoveries({ libp2p: mesh.libp2p, exports: components.recoveryExports, peerId, log: (line) => log.warn(line) })
      system.spawn('proxy', proxyActor({ leases: table, libp2p: mesh.libp2p, readMeters: meters, metrics: components.metrics, lane, orphans, traffic: (peer, rules) => wireLimiter({ mesh, capacity, peer, rules }), recoveries }), { restart: 'permanent' })
      capacity.on('change', onChange)
      capacity.on('expired', onExpired)
      timer = setInterval(() => refresh(), REPROBE_MS)
      timer.unref()
      await reach.update(catalog()).catch(() => false)
      announce()
      void recoveries?.adoptLeftovers(catalog()).catch((err: Error) => log.warn('adopting recoveries failed', { error: err.message }))
    },
    async stop () {
      stopped = true
      capacity.off('change', onChange)
      capacity.off('expired', onExpired)
      orphans.close()
      clearInterval(timer)
      clearInterval(meterTimer)
      leases?.close()
      // a recovered VM holds guest writes in its overlay: it is never killed because the daemon
      // stops (without its exports it pauses on I/O and is continued once they answer again)
      const left = recoveries?.ids() ?? []
      if (left.length > 0) log.warn('recovered VMs keep running while the daemon stops', { recoveries: left })
    }
  }
}
