/**
 * @packageDocumentation
 * The manager role: the configuration database (jobs, hosts, sessions), the host catalog it
 * gossips so proxies can probe which hosts they reach, and the session actors that run jobs.
 */
import type { RoleFactory } from '../../node/role.ts'
import { Catalog } from './catalog.ts'
import { managerActor } from './actor.ts'

export const manager: RoleFactory = (components) => {
  const catalog = new Catalog(components.db)
  const publishHosts = async (): Promise<void> => {
    components.capacity.set({ manager: { hosts: await catalog.hosts() } })
  }
  return {
    name: 'manager',
    async start () {
      components.system.spawn('manager', managerActor({ catalog, capacity: components.capacity, publishHosts, log: components.log }), { restart: 'permanent' })
      await publishHosts()
    },
    async stop () {}
  }
}
