/**
 * Tests for roles/manager/snapshot-hunter.ts huntWhenProxiesArrive: leftovers are hunted at
 * start and again for a host as soon as a proxy reaching it (re)appears, one hunt at a time.
 */
import assert from 'node:assert/strict'
import type { Capacity } from '../../../protocols/capacity.ts'
import { huntWhenProxiesArrive } from '../../../roles/manager/snapshot-hunter.ts'
import { FakeCapacity } from '../scheduler/fakes.ts'

const settle = async (): Promise<void> => { for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve)) }

describe('roles/manager snapshot hunter on proxy arrival', () => {
  it('hunts at start, then for a host each time a proxy starts reaching it, never two at once', async () => {
    const fake = new FakeCapacity()
    const hunts: Array<string | undefined> = []
    let running = 0
    let overlapped = false
    const stop = huntWhenProxiesArrive(fake as unknown as Capacity, async (host) => {
      overlapped ||= running > 0
      running++
      hunts.push(host)
      await settle()
      running--
    })
    const proxy = { peerId: 'p1', roles: ['proxy'], proxy: { slots: 1, hosts: [{ host: 'lab', modes: ['direct'] }] } }
    fake.announce(proxy)
    fake.announce(proxy)                          // the same proxy again: nothing new to hunt
    fake.announce({ peerId: 'm1', roles: ['manager'] })
    await settle(); await settle()
    assert.deepEqual(hunts, [undefined, 'lab'])
    fake.expire('p1')                             // killed ...
    fake.announce(proxy)                          // ... and back: its host's leftovers are released now
    await settle(); await settle()
    assert.deepEqual(hunts, [undefined, 'lab', 'lab'])
    assert.equal(overlapped, false)
    stop()
    fake.expire('p1')
    fake.announce(proxy)
    await settle()
    assert.equal(hunts.length, 3, 'no hunt after stop')
  })
})
