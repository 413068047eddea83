import assert from 'node:assert/strict'
import { Clock } from '../../sim/sim/clock.ts'
import { Gossip, SimCapacity } from '../../sim/sim/gossip.ts'
import { lowerBound, type World } from '../../sim/sim/model.ts'
import { prng, sample } from '../../sim/sim/random.ts'
import { checkScenario, type Scenario } from '../../sim/sim/scenario.ts'
import { simulate } from '../../sim/sim/simulate.ts'
import { markdownReport, svgReport } from '../../sim/sim/report.ts'

function office (more: Partial<Scenario> = {}): Scenario {
  return {
    name: 'test-office',
    seed: 3,
    policies: ['gossip-lease', 'random', 'round-robin', 'omniscient'],
    order: 'largest-first',
    inventory: { hosts: 2, vmsPerHost: 6, disksPerVm: 1, diskSizeGiB: { dist: 'uniform', min: 20, max: 200 }, changeRate: 0.1 },
    infrastructure: {
      proxies: [{ count: 3, prefix: 'proxy', slots: 2, throughputMBps: 200, taskMBps: 100, reach: 'all' }],
      repositories: [{ count: 1, prefix: 'repo', name: 'main', slots: 6, throughputMBps: 600, freeGiB: 10000 }]
    },
    gossip: { periodMs: 2000, delayMs: { dist: 'uniform', min: 1, max: 30 }, loss: 0.05 },
    scheduler: { roundEveryMs: 100 },
    ...more
  }
}

describe('simulator (virtual time)', () => {
  it('runs events in time order, and in scheduling order at equal times', () => {
    const clock = new Clock()
    const seen: string[] = []
    clock.at(20, () => seen.push('b'))
    clock.at(10, () => { seen.push('a'); clock.after(10, () => seen.push('c')) })
    clock.at(30, () => seen.push('d'))
    while (clock.step()) {}
    assert.deepEqual(seen, ['a', 'b', 'c', 'd'])
    assert.equal(clock.now, 30)
  })

  it('draws the same numbers from the same seed', () => {
    const a = prng(5)
    const b = prng(5)
    const d = { dist: 'lognormal', median: 10, sigma: 1, max: 50 } as const
    const xs = Array.from({ length: 20 }, () => sample(d, a))
    assert.deepEqual(xs, Array.from({ length: 20 }, () => sample(d, b)))
    assert.ok(xs.every((x) => x > 0 && x <= 50))
  })

  it('computes the lower bound from the proxy side, the repository side and the longest task', () => {
    const link = { name: 'wan', bps: 150e6, running: new Set<never>() }
    const proxy = (peerId: string, bps: number, taskBps: number, slots: number, withLink: boolean): any => ({ kind: 'proxy', peerId, bps, taskBps, slots, reach: new Set(['h']), link: withLink ? link : undefined })
    const world = {
      proxies: [proxy('a', 100e6, 60e6, 4, true), proxy('b', 100e6, 60e6, 1, true), proxy('c', 200e6, 50e6, 2, false)],
      repositories: [{ kind: 'repository', name: 'main', bps: 1000e6 }],
      links: [link],
      disks: [{ id: 'vm/a', host: 'h', repository: 'main', workBytes: 600e6 }, { id: 'vm/b', host: 'h', repository: 'main', workBytes: 25e6 }]
    } as unknown as World
    const b = lowerBound(world)
    // link group: min(150, min(100, 240) + min(100, 60)) = 150; c alone: min(200, 100) = 100
    assert.equal(b.proxySideBps, 250e6)
    assert.equal(b.capacityBps, 250e6)
    assert.equal(b.workOverCapacityMs, 625e6 / 250e6 * 1000)
    // best single-task rate for host h: a gives min(60, 100, 150) = 60
    assert.equal(b.longestTaskMs, 10_000)
    assert.equal(b.longestTask, 'vm/a')
    assert.equal(b.boundMs, 10_000)
  })

  it('rejects a scenario naming an unknown policy, with the field', () => {
    assert.throws(() => checkScenario(office({ policies: ['fifo' as any] })), /policy 'fifo' is unknown/)
    assert.throws(() => checkScenario(office({ inventory: { hosts: 1, vmsPerHost: 1, disksPerVm: 1, diskSizeGiB: { dist: 'zipf' } as any, changeRate: 0 } })), /inventory.diskSizeGiB has unknown dist 'zipf'/)
  })

  it('gives the same report for the same seed, and a different one for another', async () => {
    const a = await simulate(office(), 'gossip-lease')
    const b = await simulate(office(), 'gossip-lease')
    const strip = (r: typeof a): unknown => ({ ...r, wallMs: 0 })
    assert.deepEqual(strip(a), strip(b))
    assert.equal(markdownReport([a]).replace(/\| [\d.]+ \|\n/g, ''), markdownReport([b]).replace(/\| [\d.]+ \|\n/g, ''))
    const c = await simulate(office({ seed: 4 }), 'gossip-lease')
    assert.notEqual(c.makespanMs, a.makespanMs)
  })

  for (const policy of ['gossip-lease', 'random', 'round-robin', 'omniscient'] as const) {
    it(`${policy}: finishes every disk, never over-subscribes, and stays above the bound`, async () => {
      const r = await simulate(office(), policy)
      assert.equal(r.done, r.disks)
      assert.equal(r.failed, 0)
      assert.equal(r.oversubscribed, 0)
      assert.ok(r.makespanMs >= r.bound.boundMs - 1, `makespan ${r.makespanMs} below the bound ${r.bound.boundMs}`)
      if (policy === 'gossip-lease') {
        assert.ok(r.longestFitWaitMs <= 4000, `waited ${r.longestFitWaitMs} ms with a fitting slot free`)
        assert.ok(r.staleness != null && r.staleness.meanMs > 0)
        assert.ok((r.policyStats.rounds ?? 0) > 0)
      }
      if (policy === 'omniscient') assert.equal(r.longestFitWaitMs, 0)
    })
  }

  it('re-places the tasks of a killed proxy on the others, avoiding it', async () => {
    const s = office({ failures: [{ at: 30, kill: ['proxy-1'] }] })
    const r = await simulate(s, 'gossip-lease')
    assert.ok(r.replaced > 0, 'proxy-1 was running tasks at 30 s')
    assert.equal(r.done, r.disks)
    assert.equal(r.oversubscribed, 0)
  })

  it('drops a dead node from the view after the disconnect delay, not after missed periods', () => {
    const clock = new Clock()
    const capacity = new SimCapacity()
    const gone: string[][] = []
    const node = { peerId: 'p1', alive: true, incarnation: 0 }
    const gossip = new Gossip({
      clock, rng: prng(1), capacity, periodMs: 2000, delayMs: 5, loss: 0, missedPeriods: 3, disconnectMs: 30,
      announce: () => ({ roles: ['proxy'], proxy: { slots: 2, active: 0 } }),
      onDelivered: () => {},
      onExpired: (peers) => gone.push(peers)
    })
    gossip.start(node)
    clock.at(1000, () => { node.alive = false; node.incarnation++; assert.equal(gossip.down(node), 1030) })
    while (clock.peek() <= 1029) clock.step()
    assert.ok(capacity.get('p1') != null, 'still in the view before the disconnect is noticed')
    while (clock.peek() <= 1030) clock.step()
    assert.equal(capacity.get('p1'), undefined)
    assert.deepEqual(gone, [['p1']])
  })

  it('re-places a killed proxy\'s tasks at once: no lease ask waits for its timeout', async () => {
    // proxies die while their last announcement (sent as a task ended) still shows a free slot
    const s = office({
      // fewer disks than the slots left: a re-placed task never waits for a slot, only for the notice
      inventory: { hosts: 4, vmsPerHost: 3, disksPerVm: 2, diskSizeGiB: { dist: 'uniform', min: 100, max: 200 }, changeRate: 0.5 },
      infrastructure: {
        proxies: [{ count: 20, prefix: 'proxy', slots: 2, throughputMBps: 200, taskMBps: 100, reach: 'all' }],
        repositories: [{ count: 1, prefix: 'repo', name: 'main', slots: 40, throughputMBps: 4000, freeGiB: 10000 }]
      },
      failures: [{ at: 5, killRandom: { role: 'proxy', count: 4 } }, { at: 15, killRandom: { role: 'proxy', count: 4 } }],
      gossip: { periodMs: 2000, delayMs: { dist: 'uniform', min: 1, max: 30 }, loss: 0 },
      scheduler: { askTimeoutMs: 60_000 }
    })
    const r = await simulate(s, 'gossip-lease')
    assert.ok(r.replaced > 0)
    assert.equal(r.done, r.disks)
    assert.ok(r.longestFitWaitMs < 500, `waited ${r.longestFitWaitMs} ms with a fitting slot free`)
    // the manager notices the dropped connection in tens of ms, then the task waits for a slot like any other
    assert.ok(r.replacementMaxMs > 0 && r.replacementMaxMs < 1000, `a dead proxy's task ran again after ${r.replacementMaxMs} ms`)
  })

  it('runs capacity-driven rounds at most once per 100 ms, and only while tasks wait', async () => {
    const r = await simulate(office(), 'gossip-lease')
    const kicks = r.policyStats.capacityKicks ?? -1
    assert.ok(kicks > 0, 'announcements showing a free slot kicked rounds')
    // leading + trailing: at most one per window while the queue was busy (it empties before the end)
    assert.ok(kicks <= r.makespanMs / 100 + 1, `${kicks} capacity kicks in ${r.makespanMs} ms`)
    assert.ok(kicks < (r.policyStats.announcements ?? 0) / 2, 'most announcements do not kick')
  })

  it('writes a Markdown table with the targets and an SVG with both charts', async () => {
    const results = [await simulate(office(), 'gossip-lease'), await simulate(office(), 'round-robin')]
    const md = markdownReport(results)
    assert.match(md, /\| gossip-lease \| [\d.]+ \| [\d.]+ \|/)
    assert.match(md, /over-subscribed slots = 0: 0 met/)
    const svg = svgReport(results)
    assert.match(svg, /^<svg /)
    assert.equal((svg.match(/<polyline /g) ?? []).length, 2)
    assert.match(svg, /stroke-dasharray/)
  })
})
