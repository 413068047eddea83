/**
 * @packageDocumentation
 * A host's inventory as a proxy that reaches it sees it: every VM it can describe and every VM it
 * cannot, with the reason (`meshbackup host check`, and the VMs a job names).
 */
import type { ActorMessage, HostCheckReply, HostSpec } from '../../proto/index.ts'
import { address } from '../../node/runtime/actors/address.ts'
import type { Capacity } from '../../protocols/capacity.ts'
import { proxiesReaching, waitForNodes } from './mesh-view.ts'
import { UserError } from '../../node/runtime/actors/errors.ts'
import { answerable } from './answerable.ts'

export interface HostInventoryInit {
  capacity: Capacity
  ask: (to: string, msg: ActorMessage, timeoutMs: number) => Promise<ActorMessage>
  /** how long to wait for a proxy that reaches the host to show up */
  waitMs: number
  /** how long the proxy may take to answer (30 s) */
  timeoutMs?: number
}

export async function inventoryThroughProxy (init: HostInventoryInit, host: HostSpec): Promise<HostCheckReply> {
  const proxies = await waitForNodes(init.capacity, () => proxiesReaching(init.capacity, host.name ?? ''), init.waitMs, () => unreachable(host))
  const proxy = proxies[0]!
  try {
    const reply = await init.ask(address(proxy, 'proxy'), { hostInventoryRequest: { host } }, init.timeoutMs ?? 30_000)
    const inventory = reply.hostInventory ?? {}
    return { host, vms: inventory.vms ?? [], problems: inventory.problems ?? [], checkedBy: proxy }
  } catch (err) {
    throw answerable(err, 'ERR_HOST_UNREACHABLE', `proxy ${proxy} could not take the inventory of host "${host.name}"`)
  }
}

function unreachable (host: HostSpec): UserError {
  return new UserError('ERR_HOST_UNREACHABLE',
    `no proxy in the mesh reaches host "${host.name}" (${host.type} ${host.path || host.qmp}), so its VMs cannot be checked; ` +
    'is a proxy daemon running where that host is reachable, and is it a member of this mesh? `meshbackup status` shows which proxy reaches which host')
}
