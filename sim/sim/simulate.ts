/**
 * @packageDocumentation
 * One scenario, one policy, one run: builds the world from the seed, runs the engine with the
 * policy, and sums the run up for the report.
 *
 * @example
 * ```ts
 * const result = await simulate(await loadScenario('sim/scenarios/small-office.json'), 'gossip-lease')
 * result.makespanMs / result.bound.boundMs
 * ```
 */
import { Engine, type Sample } from './engine.ts'
import { buildWorld, lowerBound, type LowerBound } from './model.ts'
import { createPolicy } from './policies.ts'
import type { PolicyName, Scenario } from './scenario.ts'

export interface Utilisation { mean: number, min: number, max: number }

export interface RunResult {
  scenario: string
  policy: PolicyName
  seed: number
  proxies: number
  repositories: number
  disks: number
  makespanMs: number
  bound: LowerBound
  ratio: number
  /** per proxy: busy slot-time ÷ (slots × makespan) */
  slotUtilisation: Utilisation
  /** per proxy: bytes moved ÷ (throughput × makespan) */
  throughputUtilisation: Utilisation
  wait: { meanMs: number, p95Ms: number, maxMs: number }
  done: number
  failed: number
  replaced: number
  oversubscribed: number
  longestFitWaitMs: number
  longestFitWaitTask: string
  /** tasks of dead nodes: the death → their next start, ms (longest) */
  replacementMaxMs: number
  staleness?: { meanMs: number, maxMs: number }
  samples: Sample[]
  policyStats: Record<string, number>
  wallMs: number
  events: number
}

export async function simulate (scenario: Scenario, policyName: PolicyName): Promise<RunResult> {
  const world = await buildWorld(scenario)
  const bound = lowerBound(world)
  const engine = new Engine(world, scenario, policyName)
  const policy = createPolicy(policyName, engine)
  const m = await engine.run(policy)
  const span = Math.max(1, m.makespanMs)
  const slot: number[] = []
  const thr: number[] = []
  for (const p of world.proxies) {
    slot.push(p.busySlotMs / (p.slots * span))
    thr.push(p.bytesMoved / (p.bps * span / 1000))
  }
  const waits = [...m.waits].sort((a, b) => a - b)
  const staleSamples = m.samples.filter((s) => s.staleMeanMs != null)
  return {
    scenario: scenario.name,
    policy: policyName,
    seed: scenario.seed,
    proxies: world.proxies.length,
    repositories: world.repositories.length,
    disks: world.disks.length,
    makespanMs: m.makespanMs,
    bound,
    ratio: bound.boundMs > 0 ? m.makespanMs / bound.boundMs : 1,
    slotUtilisation: summary(slot),
    throughputUtilisation: summary(thr),
    wait: {
      meanMs: waits.length > 0 ? waits.reduce((a, b) => a + b, 0) / waits.length : 0,
      p95Ms: waits[Math.min(waits.length - 1, Math.floor(waits.length * 0.95))] ?? 0,
      maxMs: waits[waits.length - 1] ?? 0
    },
    done: m.done,
    failed: m.failed,
    replaced: m.replaced,
    oversubscribed: m.oversubscribed,
    longestFitWaitMs: m.longestFitWaitMs,
    longestFitWaitTask: m.longestFitWaitTask,
    replacementMaxMs: m.replacements.length > 0 ? Math.max(...m.replacements) : 0,
    staleness: staleSamples.length > 0
      ? { meanMs: staleSamples.reduce((a, s) => a + (s.staleMeanMs ?? 0), 0) / staleSamples.length, maxMs: Math.max(...staleSamples.map((s) => s.staleMaxMs ?? 0)) }
      : undefined,
    samples: m.samples,
    policyStats: policy.stats?.() ?? {},
    wallMs: m.wallMs,
    events: m.events
  }
}

function summary (xs: number[]): Utilisation {
  if (xs.length === 0) return { mean: 0, min: 0, max: 0 }
  return { mean: xs.reduce((a, b) => a + b, 0) / xs.length, min: Math.min(...xs), max: Math.max(...xs) }
}
