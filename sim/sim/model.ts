/**
 * @packageDocumentation
 * The simulated mesh: proxies, repositories, links and disks, and how fast a task runs.
 *
 * The model. A task backs up one disk; its work is the bytes read: the whole disk for a full,
 * size × change rate for an incremental (CBT reads only what changed); the repository stores as
 * much (no compression or dedup modelled). Every resource is shared equally among the tasks
 * using it, and a task runs at
 *   min(proxy task cap, proxy MB/s ÷ its tasks, repository MB/s ÷ its tasks, link MB/s ÷ its tasks)
 * recomputed whenever a task starts or ends on one of its resources. Slots bound how many tasks
 * a node runs at once.
 *
 * The lower bound on the backup window is max(total work ÷ capacity, longest single task):
 *   capacity = min(proxy side, repository side), where the proxy side sums, per link, the lesser
 *   of the link's MB/s and the sum over its proxies of min(proxy MB/s, slots × task cap) (proxies
 *   without a link count alone), and the repository side sums the repositories' MB/s;
 *   longest task = max over disks of work ÷ the best single-task rate any reaching proxy and any
 *   repository of its name allow. Both relax placement (any proxy may serve any byte), so no
 *   schedule beats the bound. Nodes present at the start count; failures do not lower it.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { HostReach } from '../../proto/index.ts'
import { sample, stream } from './random.ts'
import { parseInventoryCsv, ScenarioError, type CsvInventory, type GeneratedInventory, type ProxyGroup, type Scenario } from './scenario.ts'

const GiB = 2 ** 30
const MB = 1e6

export interface SimLink { name: string, bps: number, running: Set<SimTask> }

interface SimNodeBase {
  peerId: string
  slots: number
  bps: number
  alive: boolean
  running: Set<SimTask>
  /** slot-ms spent running tasks, and when that was last brought up to date */
  busySlotMs: number
  lastChange: number
  bytesMoved: number
  /** bumps when the node dies, so its pending events know they are stale */
  incarnation: number
}

export interface SimProxy extends SimNodeBase {
  kind: 'proxy'
  taskBps: number
  hosts: HostReach[]
  reach: Set<string>
  link?: SimLink
  group: ProxyGroup
}

export interface SimRepository extends SimNodeBase {
  kind: 'repository'
  name: string
  freeBytes: number
}

export type SimNode = SimProxy | SimRepository

export interface SimDisk {
  index: number
  id: string
  host: string
  vm: string
  diskName: string
  sizeBytes: number
  full: boolean
  workBytes: number
  repository: string
}

export interface SimTask {
  disk: SimDisk
  state: 'waiting' | 'running' | 'done' | 'failed'
  proxy?: SimProxy
  repository?: SimRepository
  remaining: number
  rate: number
  lastUpdate: number
  /** bumps when the completion event is rescheduled */
  gen: number
  /** when it last entered the queue */
  enqueuedAt: number
  endedAt: number
  avoid: string[]
  attempts: number
  waits: number[]
}

export interface World {
  proxies: SimProxy[]
  repositories: SimRepository[]
  links: SimLink[]
  disks: SimDisk[]
  byPeer: Map<string, SimNode>
  hosts: string[]
  clusterOf: Map<string, number>
}

export async function buildWorld (s: Scenario): Promise<World> {
  const rng = stream(s.seed, 'inventory')
  const disks: SimDisk[] = []
  const clusterOf = new Map<string, number>()
  const inv = s.inventory
  const clusters = Math.max(1, inv.clusters ?? 1)
  const addHost = (host: string): void => { if (!clusterOf.has(host)) clusterOf.set(host, clusterOf.size % clusters) }
  if ('csv' in inv && inv.csv != null) {
    const rows = parseInventoryCsv(await readFile(join(s.baseDir ?? '.', (inv as CsvInventory).csv), 'utf8'), s.name)
    for (const r of rows) {
      addHost(r.host)
      const size = Math.round(r.sizeGiB * GiB)
      disks.push(disk(disks.length, r.host, r.vm, r.disk, size, r.full, r.full ? size : Math.round(size * r.changeRate), r.repository ?? 'main'))
    }
  } else {
    const g = inv as GeneratedInventory
    const full = g.fullFraction ?? 0
    for (let h = 0; h < g.hosts; h++) {
      const host = `host-${pad(h + 1, g.hosts)}`
      addHost(host)
      const vms = Math.max(0, Math.round(sample(g.vmsPerHost, rng)))
      for (let v = 0; v < vms; v++) {
        const vm = `${host}-vm${v + 1}`
        const n = Math.max(1, Math.round(sample(g.disksPerVm, rng)))
        for (let d = 0; d < n; d++) {
          const size = Math.round(Math.max(0.1, sample(g.diskSizeGiB, rng)) * GiB)
          const rate = Math.min(1, Math.max(0, sample(g.changeRate, rng)))
          const isFull = rng() < full
          disks.push(disk(disks.length, host, vm, `vd${String.fromCharCode(97 + (d % 26))}`, size, isFull, isFull ? size : Math.round(size * rate), g.repository ?? 'main'))
        }
      }
    }
  }
  const hosts = [...clusterOf.keys()]
  const links = (s.infrastructure.links ?? []).map((l) => ({ name: l.name, bps: l.MBps * MB, running: new Set<SimTask>() }))
  const byPeer = new Map<string, SimNode>()
  const proxies: SimProxy[] = []
  let proxyIndex = 0
  for (const [gi, group] of s.infrastructure.proxies.entries()) {
    for (let i = 0; i < group.count; i++) {
      const p = makeProxy(`${group.prefix ?? `proxy${gi > 0 ? gi + 1 : ''}`}-${pad(i + 1, group.count)}`, group, proxyIndex++, hosts, clusterOf, links)
      proxies.push(p)
      byPeer.set(p.peerId, p)
    }
  }
  const repositories: SimRepository[] = []
  for (const [gi, group] of s.infrastructure.repositories.entries()) {
    for (let i = 0; i < group.count; i++) {
      const r: SimRepository = {
        kind: 'repository',
        peerId: `${group.prefix ?? `repo${gi > 0 ? gi + 1 : ''}`}-${pad(i + 1, group.count)}`,
        name: group.name,
        slots: group.slots,
        bps: group.throughputMBps * MB,
        freeBytes: group.freeGiB * GiB,
        ...fresh()
      }
      repositories.push(r)
      byPeer.set(r.peerId, r)
    }
  }
  if (byPeer.size !== proxies.length + repositories.length) throw new ScenarioError(s.name, 'two node groups give the same peer ids: set a distinct prefix per group')
  return { proxies, repositories, links, disks, byPeer, hosts, clusterOf }
}

/** A proxy built from a group's settings (also used for proxies that join later). */
export function makeProxy (peerId: string, group: ProxyGroup, index: number, hosts: string[], clusterOf: Map<string, number>, links: SimLink[]): SimProxy {
  const clusters = clusterOf.size > 0 ? Math.max(...clusterOf.values()) + 1 : 1
  const reached = group.reach === 'all'
    ? hosts
    : group.reach === 'cluster'
      ? hosts.filter((h) => clusterOf.get(h) === index % clusters)
      : group.reach
  const modes = group.modes ?? ['hotadd', 'nbd']
  return {
    kind: 'proxy',
    peerId,
    slots: group.slots,
    bps: group.throughputMBps * MB,
    taskBps: (group.taskMBps ?? group.throughputMBps) * MB,
    hosts: reached.map((host) => ({ host, modes })),
    reach: new Set(reached),
    link: links.find((l) => l.name === group.link),
    group,
    ...fresh()
  }
}

function fresh (): Pick<SimNodeBase, 'alive' | 'running' | 'busySlotMs' | 'lastChange' | 'bytesMoved' | 'incarnation'> {
  return { alive: true, running: new Set(), busySlotMs: 0, lastChange: 0, bytesMoved: 0, incarnation: 0 }
}

function disk (index: number, host: string, vm: string, diskName: string, sizeBytes: number, full: boolean, workBytes: number, repository: string): SimDisk {
  return { index, id: `${vm}/${diskName}`, host, vm, diskName, sizeBytes, full, workBytes, repository }
}

function pad (n: number, of: number): string {
  return String(n).padStart(String(of).length, '0')
}

/** The rate a task gets now from its proxy, repository and link, bytes/s. */
export function rateOf (task: SimTask): number {
  const p = task.proxy
  const r = task.repository
  if (p == null || r == null) return 0
  let rate = Math.min(p.taskBps, p.bps / Math.max(1, p.running.size), r.bps / Math.max(1, r.running.size))
  if (p.link != null) rate = Math.min(rate, p.link.bps / Math.max(1, p.link.running.size))
  return rate
}

/** Brings a node's busy slot-time up to now (call before its running set changes). */
export function account (node: SimNode, now: number): void {
  node.busySlotMs += node.running.size * (now - node.lastChange)
  node.lastChange = now
}

export interface LowerBound {
  totalWorkBytes: number
  capacityBps: number
  proxySideBps: number
  repositorySideBps: number
  workOverCapacityMs: number
  longestTaskMs: number
  longestTask: string
  boundMs: number
}

export function lowerBound (world: World): LowerBound {
  const totalWorkBytes = world.disks.reduce((a, d) => a + d.workBytes, 0)
  const perProxy = (p: SimProxy): number => Math.min(p.bps, p.slots * p.taskBps)
  let proxySideBps = 0
  const byLink = new Map<SimLink, number>()
  for (const p of world.proxies) {
    if (p.link == null) proxySideBps += perProxy(p)
    else byLink.set(p.link, (byLink.get(p.link) ?? 0) + perProxy(p))
  }
  for (const [link, sum] of byLink) proxySideBps += Math.min(link.bps, sum)
  const repositorySideBps = world.repositories.reduce((a, r) => a + r.bps, 0)
  const capacityBps = Math.min(proxySideBps, repositorySideBps)
  let longestTaskMs = 0
  let longestTask = ''
  const bestRepo = new Map<string, number>()
  for (const r of world.repositories) bestRepo.set(r.name, Math.max(bestRepo.get(r.name) ?? 0, r.bps))
  const bestProxy = new Map<string, number>()
  for (const p of world.proxies) {
    const rate = Math.min(p.taskBps, p.bps, p.link?.bps ?? Infinity)
    for (const h of p.reach) bestProxy.set(h, Math.max(bestProxy.get(h) ?? 0, rate))
  }
  for (const d of world.disks) {
    const rate = Math.min(bestProxy.get(d.host) ?? 0, bestRepo.get(d.repository) ?? 0)
    const ms = d.workBytes === 0 ? 0 : rate > 0 ? d.workBytes / rate * 1000 : Infinity
    if (ms > longestTaskMs) { longestTaskMs = ms; longestTask = d.id }
  }
  const workOverCapacityMs = capacityBps > 0 ? totalWorkBytes / capacityBps * 1000 : Infinity
  return { totalWorkBytes, capacityBps, proxySideBps, repositorySideBps, workOverCapacityMs, longestTaskMs, longestTask, boundMs: Math.max(workOverCapacityMs, longestTaskMs) }
}
