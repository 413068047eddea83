/**
 * An idle mesh costs next to nothing: a hundred daemons must fit on one machine. The spine (a
 * manager+scheduler, b proxy, c repository, a file host registered) is sampled from /proc once it
 * has settled; each daemon must stay within 0.3% of a core. Before the heartbeats were slowed
 * (capacity every 2 s, gossipsub every second, pings every 5 s) each took ~0.75%.
 */
import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Cluster } from '../../sim/cluster.ts'
import { sampleCpu, startIdleSpine, waitSettled } from '../../sim/idle-cost.ts'

const SAMPLE_SECONDS = process.env.FAULTS === 'long' ? 60 : 15
/** % of one core an idle daemon may use */
const BUDGET_PERCENT = 0.3
/**
 * Slack for a loaded machine and for /proc's 10 ms ticks (one tick over 15 s is 0.067%): on a quiet
 * machine the spine measured 0.20–0.33% per daemon from run to run (mean 0.23–0.29%), and beside
 * another test on the same 2 cores one daemon measured 0.40%. The code before measured 0.73–0.83%,
 * far past budget plus slack. Most of what is left comes every 10 s at once (the capacity
 * announcements and the pings): alternate 5 s windows measure ~0.7% and ~0.2%, so a 15 s sample
 * holds one or two such bursts. Beside other tests (load 10 on 2 cores) every figure doubles; compare
 * against the unchanged build run at the same time (several spines sampled over the same windows).
 */
const LOADED_MACHINE_SLACK = 0.1

describe('an idle mesh', function () {
  this.timeout(120_000 + SAMPLE_SECONDS * 1000)
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
    const { percent, seconds } = await sampleCpu(cluster, SAMPLE_SECONDS)
    const figures = Object.entries(percent).map(([name, p]) => `${name} ${p.toFixed(3)}%`).join(', ')
    console.log(`      idle cost over ${seconds.toFixed(1)} s: ${figures}`)
    for (const [name, p] of Object.entries(percent)) {
      assert.ok(p <= BUDGET_PERCENT + LOADED_MACHINE_SLACK, `daemon ${name} used ${p.toFixed(3)}% of a core over ${seconds.toFixed(1)} s idle (budget ${BUDGET_PERCENT}% + ${LOADED_MACHINE_SLACK}% slack; all: ${figures})`)
    }
    // the mesh is still whole: the slower heartbeats did not let anyone expire
    const status = await cluster.api('a', '/api/status')
    assert.equal((status.capacity ?? []).length, cluster.nodes.size, 'every node still in the manager\'s view')
  })
})
