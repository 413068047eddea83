/**
 * @packageDocumentation
 * The manager role: the configuration database (jobs, hosts, sessions), the host catalog it
 * gossips so proxies can probe which hosts they reach, and the session actors that run jobs.
 * With the daemon's metrics it exports per-job gauges (job-metrics.ts): taken from the saved
 * sessions at start, then updated as sessions end.
 */
import { join } from 'node:path'
import type { RoleFactory } from '../../node/runtime/role.ts'
import { Catalog } from './catalog.ts'
import { managerActor } from './actor.ts'
import { JobMetrics } from './job-metrics.ts'
import { KeyCatalog } from './key-catalog.ts'
import { ThrottleRules } from './throttle-rules.ts'
import { BootChecks } from './boot-checks.ts'
import { BootCheckMetrics } from './boot-check-metrics.ts'
import { ProtectionMetrics } from './protection-metrics.ts'

export const manager: RoleFactory = (components) => {
  const catalog = new Catalog(components.db)
  // the home secret that keeps data keys usable without their passphrases (key-catalog.ts)
  const keys = new KeyCatalog(components.db, join(components.home, 'keys.secret'))
  const throttle = new ThrottleRules(components.db, components.capacity)
  const bootChecks = new BootChecks(components.db)
  const publishHosts = async (): Promise<void> => {
    components.capacity.set({ manager: { hosts: await catalog.hosts() } })
  }
  return {
    name: 'manager',
    async start () {
      await throttle.load()
      const jobMetrics = components.metrics == null ? undefined : new JobMetrics(components.metrics.registry)
      if (jobMetrics != null) {
        // the jobs' last sessions as saved: the gauges survive a manager restart
        const jobs = new Set((await catalog.jobs()).map((j) => j.name ?? ''))
        jobMetrics.load((await catalog.sessions(Number.MAX_SAFE_INTEGER)).filter((r) => jobs.has(r.job ?? '')))
      }
      const bootCheckMetrics = components.metrics == null ? undefined : new BootCheckMetrics(components.metrics.registry)
      bootCheckMetrics?.load(await bootChecks.all())
      // the protection figures are computed when scraped (kept 30 s, forgotten when a job or a
      // session changes them): they ask the repositories
      const self = `${components.peerId}/manager`
      const protectionMetrics = components.metrics == null
        ? undefined
        : new ProtectionMetrics(components.metrics.registry, async () => {
          const reply = await components.system.ask(self, { adminRequest: { protection: {} } }, { timeoutMs: 60_000 })
          return reply.adminReply?.protection ?? {}
        })
      components.system.spawn('manager', managerActor({
        catalog,
        capacity: components.capacity,
        publishHosts,
        log: components.log,
        keys,
        throttle,
        bootChecks,
        bootCheckKept: (c) => {
          bootCheckMetrics?.observe(c)
          protectionMetrics?.invalidate()
        },
        sessionEnded: (r) => {
          jobMetrics?.observe(r)
          protectionMetrics?.invalidate()
        },
        jobRemoved: (job) => {
          jobMetrics?.forget(job)
          protectionMetrics?.invalidate()
        }
      }), { restart: 'permanent' })
      await publishHosts()
    },
    async stop () {}
  }
}
