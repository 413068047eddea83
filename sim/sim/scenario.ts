/**
 * @packageDocumentation
 * Scenarios as JSON files: the inventory (generated from distributions, or a CSV of disks), the
 * infrastructure (proxies, repositories, links), the gossip and scheduler settings, the policies
 * to compare and the failures. `loadScenario` reads and checks one; `buildWorld` (model.ts) turns
 * it into nodes and disks with the scenario's seed.
 *
 * Units: sizes in GiB, throughputs in MB/s (10^6 bytes), times in seconds unless the field says ms.
 *
 * @example
 * ```ts
 * const scenario = await loadScenario('sim/scenarios/small-office.json')
 * scenario.policies   // ['gossip-lease', 'random', 'round-robin', 'omniscient']
 * ```
 */
import { readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { distProblem, type Dist } from './random.ts'
import { CodedError } from '../../node/core/errors.ts'

export const POLICIES = ['gossip-lease', 'random', 'round-robin', 'omniscient'] as const
export type PolicyName = typeof POLICIES[number]

export interface GeneratedInventory {
  hosts: number
  /** hosts are split round-robin into this many clusters (proxies with reach 'cluster' serve one) */
  clusters?: number
  vmsPerHost: Dist
  disksPerVm: Dist
  diskSizeGiB: Dist
  /** fraction of a disk changed since the last point (read with CBT) */
  changeRate: Dist
  /** fraction of disks backed up in full (no previous point) */
  fullFraction?: number
  repository?: string
}

export interface CsvInventory {
  /** path relative to the scenario file: columns host,vm,disk,sizeGiB,changeRate[,full][,repository] */
  csv: string
  clusters?: number
}

export interface ProxyGroup {
  count: number
  prefix?: string
  slots: number
  /** what the proxy moves in total, MB/s */
  throughputMBps: number
  /** what one task can move at best (one disk stream), MB/s; defaults to throughputMBps */
  taskMBps?: number
  /** 'all' hosts, the hosts of the proxy's 'cluster' (proxies spread round-robin), or host names */
  reach: 'all' | 'cluster' | string[]
  modes?: string[]
  /** the network link its data crosses to the repositories (none: not a limit) */
  link?: string
}

export interface RepositoryGroup {
  count: number
  prefix?: string
  name: string
  slots: number
  throughputMBps: number
  freeGiB: number
}

export interface Link { name: string, MBps: number }

export interface Failure {
  /** seconds after the session starts */
  at: number
  /** nodes killed by peer id */
  kill?: string[]
  /** this many live nodes of a role killed, drawn with the seed */
  killRandom?: { role: 'proxy' | 'repository', count: number }
  /** nodes brought back (a killed one) or added (a new proxy from the first proxy group's settings) */
  join?: string[]
}

export interface Scenario {
  name: string
  description?: string
  seed: number
  policies: PolicyName[]
  /** the order the manager submits tasks in: inventory order, or largest first */
  order?: 'inventory' | 'largest-first'
  inventory: GeneratedInventory | CsvInventory
  infrastructure: { proxies: ProxyGroup[], repositories: RepositoryGroup[], links?: Link[] }
  gossip?: {
    periodMs?: number
    /** delivery delay, ms */
    delayMs?: Dist
    /** fraction of announcements lost */
    loss?: number
    missedPeriods?: number
    /** how long after a node dies its peers see the connection drop (libp2p peer:disconnect), ms; uniform 10–60 by default */
    disconnectMs?: Dist
  }
  scheduler?: {
    /** capacity-driven rounds run at most this often, leading and trailing (roles/scheduler ROUND_EVERY_MS, 100 ms); new tasks and released leases kick at once */
    roundEveryMs?: number
    /** actor message delay (lease request, assignment, release notice), ms */
    messageMs?: number
    leaseTtlMs?: number
    /** a lease request to a dead node is answered by its timeout, ms */
    askTimeoutMs?: number
    unplaceableAfterMs?: number
    /** how long the manager takes to notice a dead proxy or repository and re-place the task, ms; by default the disconnect delay (gossip.disconnectMs), since the task actor watches the capacity view */
    failureDetectMs?: number
  }
  failures?: Failure[]
  /** directory the CSV path is relative to (set by loadScenario) */
  baseDir?: string
}

/** A scenario file that cannot be used: the message names the field. */
export class ScenarioError extends CodedError {
  constructor (scenario: string, message: string) {
    super('ERR_BAD_SCENARIO', `scenario ${scenario}: ${message}`)
  }
}

export async function loadScenario (path: string): Promise<Scenario> {
  let raw: unknown
  try {
    raw = JSON.parse(await readFile(path, 'utf8'))
  } catch (err: any) {
    throw new ScenarioError(path, `cannot be read as JSON (${err.message}): pass a path to a .json scenario like sim/scenarios/small-office.json`)
  }
  const scenario = raw as Scenario
  scenario.baseDir = dirname(resolve(path))
  checkScenario(scenario, path)
  return scenario
}

/** Throws a ScenarioError naming the first field that is wrong. */
export function checkScenario (s: Scenario, where = s?.name ?? 'scenario'): void {
  const fail = (msg: string): never => { throw new ScenarioError(where, msg) }
  if (s == null || typeof s !== 'object') fail('must be a JSON object')
  if (typeof s.name !== 'string' || s.name === '') fail("needs a 'name'")
  if (!Number.isInteger(s.seed)) fail("needs an integer 'seed'")
  if (!Array.isArray(s.policies) || s.policies.length === 0) fail(`needs 'policies', some of ${POLICIES.join(', ')}`)
  for (const p of s.policies) if (!(POLICIES as readonly string[]).includes(p)) fail(`policy '${p}' is unknown: use ${POLICIES.join(', ')}`)
  if (s.order != null && s.order !== 'inventory' && s.order !== 'largest-first') fail("'order' must be 'inventory' or 'largest-first'")
  const inv = s.inventory as Partial<GeneratedInventory & CsvInventory>
  if (inv == null) fail("needs an 'inventory'")
  if (inv.csv == null) {
    if (!Number.isInteger(inv.hosts) || (inv.hosts ?? 0) < 1) fail("inventory needs 'hosts' (a whole number ≥ 1) or 'csv'")
    for (const k of ['vmsPerHost', 'disksPerVm', 'diskSizeGiB', 'changeRate'] as const) {
      const problem = distProblem(inv[k])
      if (problem != null) fail(`inventory.${k} ${problem}`)
    }
  }
  const infra = s.infrastructure
  if (infra == null || !Array.isArray(infra.proxies) || !Array.isArray(infra.repositories)) fail("needs 'infrastructure' with 'proxies' and 'repositories' lists")
  const links = new Set((infra.links ?? []).map((l) => l.name))
  for (const [i, l] of (infra.links ?? []).entries()) if (!(l.MBps > 0)) fail(`infrastructure.links[${i}] needs MBps > 0`)
  for (const [i, p] of infra.proxies.entries()) {
    const at = `infrastructure.proxies[${i}]`
    if (!Number.isInteger(p.count) || p.count < 0) fail(`${at}.count must be a whole number`)
    if (!Number.isInteger(p.slots) || p.slots < 1) fail(`${at}.slots must be a whole number ≥ 1`)
    if (!(p.throughputMBps > 0)) fail(`${at}.throughputMBps must be > 0`)
    if (p.taskMBps != null && !(p.taskMBps > 0)) fail(`${at}.taskMBps must be > 0`)
    if (p.reach !== 'all' && p.reach !== 'cluster' && !Array.isArray(p.reach)) fail(`${at}.reach must be 'all', 'cluster' or a list of host names`)
    if (p.link != null && !links.has(p.link)) fail(`${at}.link '${p.link}' is not in infrastructure.links`)
  }
  for (const [i, r] of infra.repositories.entries()) {
    const at = `infrastructure.repositories[${i}]`
    if (!Number.isInteger(r.count) || r.count < 0) fail(`${at}.count must be a whole number`)
    if (typeof r.name !== 'string' || r.name === '') fail(`${at}.name is needed`)
    if (!Number.isInteger(r.slots) || r.slots < 1) fail(`${at}.slots must be a whole number ≥ 1`)
    if (!(r.throughputMBps > 0)) fail(`${at}.throughputMBps must be > 0`)
    if (!(r.freeGiB >= 0)) fail(`${at}.freeGiB must be ≥ 0`)
  }
  const g = s.gossip ?? {}
  if (g.loss != null && !(g.loss >= 0 && g.loss < 1)) fail('gossip.loss must be in [0, 1)')
  for (const k of ['delayMs', 'disconnectMs'] as const) {
    if (g[k] == null) continue
    const problem = distProblem(g[k])
    if (problem != null) fail(`gossip.${k} ${problem}`)
  }
  for (const [i, f] of (s.failures ?? []).entries()) {
    if (!(f.at >= 0)) fail(`failures[${i}].at must be seconds ≥ 0`)
    if (f.kill == null && f.killRandom == null && f.join == null) fail(`failures[${i}] needs kill, killRandom or join`)
  }
}

/** Parses a CSV inventory (header line required). */
export function parseInventoryCsv (text: string, where: string): Array<{ host: string, vm: string, disk: string, sizeGiB: number, changeRate: number, full: boolean, repository?: string }> {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '' && !l.startsWith('#'))
  const header = (lines.shift() ?? '').split(',').map((h) => h.trim())
  const col = (name: string): number => header.indexOf(name)
  for (const need of ['host', 'vm', 'disk', 'sizeGiB', 'changeRate']) {
    if (col(need) < 0) throw new ScenarioError(where, `CSV inventory needs a header with ${need} (host,vm,disk,sizeGiB,changeRate[,full][,repository])`)
  }
  return lines.map((line, i) => {
    const f = line.split(',').map((x) => x.trim())
    const size = Number(f[col('sizeGiB')])
    const rate = Number(f[col('changeRate')])
    if (!(size >= 0) || !(rate >= 0 && rate <= 1)) throw new ScenarioError(where, `CSV line ${i + 2}: sizeGiB must be ≥ 0 and changeRate in [0, 1]`)
    const full = col('full') >= 0 ? /^(1|true|yes)$/i.test(f[col('full')] ?? '') : false
    const repository = col('repository') >= 0 ? f[col('repository')] : undefined
    return { host: f[col('host')] ?? '', vm: f[col('vm')] ?? '', disk: f[col('disk')] ?? '', sizeGiB: size, changeRate: rate, full, repository }
  })
}
