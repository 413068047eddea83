/**
 * Tests for roles/proxy/host-reach.ts with a fake probe and clock, and the real file host probe.
 */
import assert from 'node:assert/strict'
import { HostReach } from '../../../roles/proxy/host-reach.ts'
import type { HostSpec } from '../../../proto/index.ts'
import { TempDirs } from '../../helpers/datapath.ts'

describe('roles/proxy host reach', function () {
  const temps = new TempDirs()
  after(async function () { await temps.cleanup() })

  it('probes each host once per period, again when its spec changes, and forgets hosts that left', async function () {
    let now = 0
    const probes: string[] = []
    const reach = new HostReach({
      now: () => now,
      maxAgeMs: 10_000,
      probe: async (spec) => {
        probes.push(`${spec.name}:${spec.path}`)
        return spec.name === 'far' ? [] : ['direct']
      }
    })
    const lab: HostSpec = { name: 'lab', type: 'file', path: '/a' }
    const far: HostSpec = { name: 'far', type: 'file', path: '/b' }
    assert.equal(await reach.update([lab, far, lab]), true)
    assert.deepEqual(reach.current(), [{ host: 'lab', modes: ['direct'] }], 'unreachable hosts are left out')
    assert.deepEqual(probes, ['lab:/a', 'far:/b'])

    now = 5000
    assert.equal(await reach.update([lab, far]), false)
    assert.equal(probes.length, 2, 'fresh results are kept')

    assert.equal(await reach.update([{ ...lab, path: '/moved' }, far]), false)
    assert.deepEqual(probes.slice(2), ['lab:/moved'], 'a changed spec is probed at once')

    now = 20_000
    await reach.update([lab, far])
    assert.equal(probes.length, 5, 'stale results are probed again')

    assert.equal(await reach.update([far]), true)
    assert.deepEqual(reach.current(), [])
  })

  it('runs one update at a time and coalesces the ones asked for meanwhile', async function () {
    let running = 0
    let most = 0
    let calls = 0
    const reach = new HostReach({
      maxAgeMs: 0,
      probe: async () => {
        calls++
        running++
        most = Math.max(most, running)
        await new Promise((resolve) => setImmediate(resolve))
        running--
        return ['direct']
      }
    })
    const hosts = (n: number): HostSpec[] => [{ name: `h${n}`, type: 'file', path: '/x' }]
    await Promise.all([reach.update(hosts(1)), reach.update(hosts(2)), reach.update(hosts(3)), reach.update(hosts(4))])
    assert.equal(most, 1)
    assert.equal(calls, 2, 'the first, then only the latest of the queued ones')
    assert.deepEqual(reach.current(), [{ host: 'h4', modes: ['direct'] }])
  })

  it('treats a probe that throws as unreachable, and probes a real file host', async function () {
    const dir = await temps.make()
    const reach = new HostReach()
    await reach.update([{ name: 'lab', type: 'file', path: dir }, { name: 'gone', type: 'file', path: `${dir}/missing` }, { name: 'odd', type: 'vmware' }])
    assert.deepEqual(reach.current(), [{ host: 'lab', modes: ['direct'] }])
  })
})
