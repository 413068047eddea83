/**
 * @packageDocumentation
 * `npm run sim -- SCENARIO [--policy NAME] [--seed N] [--out DIR]`: runs a scenario's policies in
 * virtual time and writes report.md and report.svg into DIR (sim-results/<scenario> by default),
 * printing the Markdown.
 *
 * `npm run sim -- --live N [--host SEED:VMSxDISKSxSIZE] [--rate 2M] [--slots 2] [--kill-at 1] [--announce-ms 2000]`: starts N real
 * daemons on 127.0.0.1 with a synthetic host, runs a job, SIGKILLs the busiest proxy, and prints
 * how long its tasks took to be placed again, beside the model of the same cluster (live.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { liveReport, markdownReport, svgReport } from './report.ts'
import { runLive } from './live.ts'
import { loadScenario, POLICIES, type PolicyName } from './scenario.ts'
import { simulate, type RunResult } from './simulate.ts'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    policy: { type: 'string', multiple: true },
    seed: { type: 'string' },
    out: { type: 'string' },
    live: { type: 'string' },
    host: { type: 'string' },
    rate: { type: 'string' },
    slots: { type: 'string' },
    'kill-at': { type: 'string' },
    'announce-ms': { type: 'string' }
  }
})
if (values.live != null) {
  try {
    const r = await runLive({ nodes: Number(values.live), host: values.host, rate: values.rate, proxySlots: values.slots != null ? Number(values.slots) : undefined, killAtTasks: values['kill-at'] != null ? Number(values['kill-at']) : undefined, announcePeriodMs: values['announce-ms'] != null ? Number(values['announce-ms']) : undefined, log: (l) => console.error(l) })
    process.stdout.write(liveReport(r))
    process.exit(r.state === 'failed' ? 1 : 0)
  } catch (err: any) {
    console.error(`sim --live: ${err.message}`)
    process.exit(1)
  }
}
const path = positionals[0]
if (path == null) {
  console.error('usage: npm run sim -- SCENARIO.json [--policy gossip-lease] [--seed 7] [--out dir]\n' +
    '       npm run sim -- --live N [--host 7:8x2x32M] [--rate 2M] [--slots 2] [--kill-at TASKS] [--announce-ms MS]\n' +
    '  shipped: sim/scenarios/small-office.json, datacenter-1000.json, datacenter-1000-busy.json, failure-storm.json')
  process.exit(2)
}
try {
  const scenario = await loadScenario(path)
  if (values.seed != null) scenario.seed = Number(values.seed)
  const policies = (values.policy ?? scenario.policies) as PolicyName[]
  for (const p of policies) if (!(POLICIES as readonly string[]).includes(p)) throw new Error(`unknown policy '${p}': use ${POLICIES.join(', ')}`)
  const results: RunResult[] = []
  for (const policy of policies) {
    results.push(await simulate(scenario, policy))
    console.error(`${policy}: done in ${(results[results.length - 1]!.wallMs / 1000).toFixed(1)} s`)
  }
  const md = markdownReport(results, scenario.gossip?.periodMs ?? 2000)
  const dir = values.out ?? join('sim-results', scenario.name)
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, 'report.md'), md)
  await writeFile(join(dir, 'report.svg'), svgReport(results))
  process.stdout.write(md + `\nwritten: ${join(dir, 'report.md')}, ${join(dir, 'report.svg')}\n`)
} catch (err: any) {
  console.error(`sim: ${err.message}`)
  process.exit(1)
}
