import assert from 'node:assert/strict'
import {
  bestMode, planPlacement, rankProxies, rankRepositories, type NodeLoad
} from '../../../roles/scheduler/placement.ts'
import { formatBytesExact as formatBytes } from '../../../node/core/units.ts'
import { LoadView } from '../../../roles/scheduler/view.ts'
import { FakeCapacity, proxyAnnouncement, repositoryAnnouncement, taskSpec } from './fakes.ts'

const proxy = (peerId: string, slots: number, active: number, hosts: Record<string, string[]>, throughputBps = 0): NodeLoad => ({
  peerId,
  proxy: { slots, active, throughputBps, hosts: Object.entries(hosts).map(([host, modes]) => ({ host, modes })) }
})
const repo = (peerId: string, name: string, slots: number, active: number, freeBytes = 1e12): NodeLoad => ({
  peerId,
  repository: { name, slots, active, freeBytes, throughputBps: 0 }
})
const ids = (list: Array<{ peerId: string }>): string[] => list.map((c) => c.peerId)

describe('scheduler placement', () => {
  describe('rankProxies', () => {
    it('puts the least loaded first (active/slots, not active)', () => {
      const nodes = [
        proxy('a', 2, 1, { lab: ['nbd'] }), // 0.5
        proxy('b', 8, 2, { lab: ['nbd'] }), // 0.25
        proxy('c', 4, 3, { lab: ['nbd'] }), // 0.75
        proxy('d', 1, 0, { lab: ['nbd'] }) // 0
      ]
      assert.deepEqual(ids(rankProxies(taskSpec('t'), nodes)), ['d', 'b', 'a', 'c'])
    })

    it('breaks ties by throughput (fastest first), then by peer id', () => {
      const nodes = [
        proxy('c', 2, 1, { lab: ['nbd'] }, 100),
        proxy('a', 2, 1, { lab: ['nbd'] }, 100),
        proxy('b', 4, 2, { lab: ['nbd'] }, 500)
      ]
      assert.deepEqual(ids(rankProxies(taskSpec('t'), nodes)), ['b', 'a', 'c'])
    })

    it('keeps only proxies that reach the host with a mode and have a free slot', () => {
      const nodes = [
        proxy('other-host', 4, 0, { elsewhere: ['direct'] }),
        proxy('no-modes', 4, 0, { lab: [] }),
        proxy('unknown-mode', 4, 0, { lab: ['carrier-pigeon'] }),
        proxy('full', 2, 2, { lab: ['direct'] }),
        proxy('no-slots', 0, 0, { lab: ['direct'] }),
        proxy('ok', 4, 3, { lab: ['nbd'] }),
        repo('repo-only', 'main', 4, 0)
      ]
      assert.deepEqual(ids(rankProxies(taskSpec('t'), nodes)), ['ok'])
    })

    it('skips proxies in the avoid list', () => {
      const nodes = [proxy('a', 4, 0, { lab: ['nbd'] }), proxy('b', 4, 1, { lab: ['nbd'] })]
      assert.deepEqual(ids(rankProxies(taskSpec('t'), nodes, ['a'])), ['b'])
    })

    it('chooses the best mode each proxy reaches: direct > hotadd > nbd', () => {
      const nodes = [
        proxy('a', 4, 0, { lab: ['nbd', 'direct', 'hotadd'] }),
        proxy('b', 4, 0, { lab: ['nbd', 'hotadd'] }),
        proxy('c', 4, 0, { lab: ['nbd'] })
      ]
      assert.deepEqual(rankProxies(taskSpec('t'), nodes).map((c) => [c.peerId, c.mode]), [['a', 'direct'], ['b', 'hotadd'], ['c', 'nbd']])
      assert.equal(bestMode(['nbd', 'hotadd']), 'hotadd')
      assert.equal(bestMode([]), undefined)
    })

    it('with a pinned mode, keeps only proxies reaching the host in it and uses it', () => {
      const nodes = [
        proxy('a', 4, 0, { lab: ['direct', 'nbd'] }),
        proxy('b', 4, 0, { lab: ['hotadd'] }),
        proxy('c', 4, 1, { lab: ['nbd'] })
      ]
      const ranked = rankProxies(taskSpec('t', { mode: 'nbd' }), nodes)
      assert.deepEqual(ranked.map((c) => [c.peerId, c.mode]), [['a', 'nbd'], ['c', 'nbd']])
    })
  })

  describe('rankRepositories', () => {
    it('keeps repositories with the name, a free slot and room, least loaded first', () => {
      const nodes = [
        repo('r1', 'main', 4, 3),
        repo('r2', 'main', 4, 1),
        repo('r3', 'offsite', 4, 0),
        repo('r4', 'main', 2, 2),
        repo('r5', 'main', 4, 0, 100), // no room for 1 GiB
        proxy('p', 4, 0, { lab: ['nbd'] })
      ]
      assert.deepEqual(ids(rankRepositories(taskSpec('t'), nodes)), ['r2', 'r1'])
    })

    it('holds an incremental to a tenth of the disk size, not the full size', () => {
      const nodes = [repo('small', 'main', 4, 0, 200 << 20), repo('tiny', 'main', 4, 0, 100)]
      assert.deepEqual(ids(rankRepositories(taskSpec('t', { basePoint: 'p-1' }), nodes)), ['small'])
      assert.deepEqual(ids(rankRepositories(taskSpec('t'), nodes)), [])
    })
  })

  describe('planPlacement', () => {
    const options = { unplaceableAfterMs: 30_000 }

    it('returns the ranked candidates when the host and repository are known', () => {
      const plan = planPlacement(taskSpec('t'), [proxy('p', 4, 0, { lab: ['nbd'] }), repo('r', 'main', 4, 0)], options)
      assert.equal(plan.kind, 'candidates')
      assert.ok(plan.kind === 'candidates')
      assert.deepEqual(ids(plan.proxies), ['p'])
      assert.deepEqual(ids(plan.repositories), ['r'])
    })

    it('returns empty candidate lists (wait) when everything is busy', () => {
      const plan = planPlacement(taskSpec('t'), [proxy('p', 1, 1, { lab: ['nbd'] }), repo('r', 'main', 1, 1)], options)
      assert.deepEqual(plan, { kind: 'candidates', proxies: [], repositories: [] })
    })

    it('says which repository is missing and what to check', () => {
      const plan = planPlacement(taskSpec('t'), [proxy('p', 4, 0, { lab: ['nbd'] }), repo('r', 'offsite', 4, 0)], options)
      assert.deepEqual(plan, {
        kind: 'unplaceable',
        reason: "no repository named 'main' has announced itself for 30 s: is its daemon running, and is it in this node's member list?"
      })
    })

    it('says which host no proxy reaches, in which pinned mode', () => {
      const nodes = [proxy('p', 4, 0, { lab: ['nbd'] }), repo('r', 'main', 4, 0)]
      const plain = planPlacement(taskSpec('t', { host: { name: 'db-host' } }), nodes, options)
      assert.equal(plain.kind, 'unplaceable')
      assert.match(plain.kind === 'unplaceable' ? plain.reason : '', /^no proxy reaching host 'db-host' has announced itself for 30 s: is a proxy daemon running/)
      const pinned = planPlacement(taskSpec('t', { mode: 'direct' }), nodes, options)
      assert.match(pinned.kind === 'unplaceable' ? pinned.reason : '', /no proxy reaching host 'lab' in mode 'direct'.*transport mode/)
    })

    it('names the proxies that already failed the task when no other reaches the host', () => {
      const nodes = [proxy('p1', 4, 0, { lab: ['nbd'] }), proxy('p2', 4, 0, { lab: ['nbd'] }), repo('r', 'main', 4, 0)]
      const plan = planPlacement(taskSpec('t'), nodes, { ...options, avoidProxies: ['p1', 'p2'] })
      assert.equal(plan.kind, 'unplaceable')
      assert.match(plan.kind === 'unplaceable' ? plan.reason : '', /every proxy reaching host 'lab' \(p1, p2\) already failed this task/)
    })

    it('fails at once when no repository of that name has room for the disk', () => {
      const nodes = [proxy('p', 4, 0, { lab: ['nbd'] }), repo('r1', 'main', 4, 0, 1 << 20), repo('r2', 'main', 4, 4, 512 << 20)]
      const plan = planPlacement(taskSpec('t', { size: 2 ** 31 }), nodes, options)
      assert.equal(plan.kind, 'failed')
      assert.match(plan.kind === 'failed' ? plan.reason : '',
        /^repository 'main' \(the freest of its 2 nodes\) has 512\.0 MiB \(536870912 bytes\) free after its reserve, the disk needs about 2\.0 GiB \(2147483648 bytes\) \(VM 'web', disk 'vda'\): free space.*\(ERR_REPOSITORY_FULL\)$/)
    })

    it('fails at once a task without host or repository', () => {
      assert.equal(planPlacement(taskSpec('t', { host: null }), [], options).kind, 'failed')
      assert.equal(planPlacement(taskSpec('t', { repository: '' }), [], options).kind, 'failed')
    })

    it('words a short wait in milliseconds', () => {
      const plan = planPlacement(taskSpec('t'), [], { unplaceableAfterMs: 250 })
      assert.match(plan.kind === 'unplaceable' ? plan.reason : '', /for 250 ms:/)
      assert.equal(formatBytes(10), '10 bytes')
    })
  })

  describe('LoadView', () => {
    it('ignores entries older than three of their periods', () => {
      let now = 10_000
      const capacity = new FakeCapacity(() => now)
      const view = new LoadView({ capacity, now: () => now })
      capacity.announce({ ...proxyAnnouncement('p', { slots: 1, hosts: { lab: ['nbd'] } }), periodMs: 1000 })
      now += 3000
      assert.deepEqual(ids(view.nodes()), ['p'])
      now += 1
      assert.deepEqual(ids(view.nodes()), [])
    })

    it('counts a granted lease until the node announces again, and a refusal as full', () => {
      const capacity = new FakeCapacity()
      const view = new LoadView({ capacity })
      capacity.announce(proxyAnnouncement('p', { slots: 3, active: 1, hosts: { lab: ['nbd'] } }))
      capacity.announce(repositoryAnnouncement('r', { name: 'main', slots: 2, freeBytes: 1000 }))
      view.granted('p', 'proxy')
      view.granted('r', 'repository', 400)
      const [p, r] = view.nodes()
      assert.equal(p?.proxy?.active, 2)
      assert.equal(r?.repository?.active, 1)
      assert.equal(r?.repository?.freeBytes, 600)
      view.refused('p', 'proxy')
      assert.equal(view.nodes()[0]?.proxy?.active, 3, 'refused: full')
      view.released('p', 'proxy')
      assert.equal(view.nodes()[0]?.proxy?.active, 1, 'a released slot clears the refusal')
      capacity.announce(proxyAnnouncement('p', { slots: 3, active: 2, hosts: { lab: ['nbd'] } }))
      assert.equal(view.nodes()[0]?.proxy?.active, 2, 'the new announcement replaces the correction')
      assert.equal(view.nodes()[1]?.repository?.active, 1, 'the other node keeps its correction')
    })

    it('leaves out full proxy-only nodes when asked, counting its own grants, and reads one node alone', () => {
      const capacity = new FakeCapacity()
      const view = new LoadView({ capacity })
      capacity.announce(proxyAnnouncement('p-free', { slots: 2, active: 1, hosts: { lab: ['nbd'] } }))
      capacity.announce(proxyAnnouncement('p-full', { slots: 2, active: 2, hosts: { lab: ['nbd'] } }))
      capacity.announce(repositoryAnnouncement('r-full', { name: 'main', slots: 1, active: 1 }))
      assert.deepEqual(ids(view.nodes({ busyProxies: false })), ['p-free', 'r-full'], 'repositories are always listed')
      view.granted('p-free', 'proxy')
      assert.deepEqual(ids(view.nodes({ busyProxies: false })), ['r-full'])
      assert.deepEqual(ids(view.nodes()), ['p-free', 'p-full', 'r-full'])
      assert.equal(view.node('p-free')?.proxy?.active, 2)
      assert.equal(view.node('nobody'), undefined)
    })
  })
})
