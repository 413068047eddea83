/**
 * A job checked against the mesh when it is written: its repository must be announced (waiting
 * while the discovery window is open), its VMs must be ones the host has and can describe, and a
 * host no proxy reaches is refused by name.
 */
import assert from 'node:assert/strict'
import type { ActorMessage, HostCheckReply, Job } from '../../../proto/index.ts'
import type { Capacity } from '../../../protocols/capacity.ts'
import { ActorError } from '../../../node/runtime/actors/errors.ts'
import { checkJobTargets } from '../../../roles/manager/job-checks.ts'
import { inventoryThroughProxy } from '../../../roles/manager/host-inventory.ts'
import { DiscoveryWindow } from '../../../roles/manager/discovery-window.ts'
import { FakeCapacity, proxyAnnouncement, repositoryAnnouncement } from '../scheduler/fakes.ts'

const lab = { name: 'lab', type: 'file', path: '/srv/lab' }
const inventory: HostCheckReply = {
  host: lab,
  vms: [{ name: 'web01' }, { name: 'db01' }],
  problems: [{ vm: 'broken', code: 'ERR_BAD_VM_MANIFEST', message: '/srv/lab/broken/vm.json: is not valid JSON', file: '/srv/lab/broken/vm.json' }],
  checkedBy: 'p1'
}

describe('job checks when a job is written', function () {
  let fake: FakeCapacity
  let capacity: Capacity
  const job = (more: Job): Job => ({ name: 'nightly', host: 'lab', repository: 'main', vms: [], ...more })
  const init = (repositoryWaitMs = 0): Parameters<typeof checkJobTargets>[0] => ({ capacity, repositoryWaitMs, inventory: async () => inventory })

  beforeEach(function () {
    fake = new FakeCapacity()
    capacity = fake as unknown as Capacity
    fake.announce(repositoryAnnouncement('r1', { name: 'main', slots: 2 }))
    fake.announce(repositoryAnnouncement('r2', { name: 'offsite', slots: 2 }))
  })

  it('accepts a repository some node announces, and refuses another naming those that exist', async function () {
    await checkJobTargets(init(), job({}), lab, { repository: true, vms: true })
    await assert.rejects(checkJobTargets(init(), job({ repository: 'mian' }), lab, { repository: true, vms: false }),
      { code: 'ERR_NO_SUCH_REPOSITORY', message: /announces repository "mian"; the mesh has: main, offsite/ })
  })

  it('waits for the repository while the discovery window is open', async function () {
    setTimeout(() => fake.announce(repositoryAnnouncement('r3', { name: 'late', slots: 1 })), 50)
    await checkJobTargets(init(5000), job({ repository: 'late' }), lab, { repository: true, vms: false })
  })

  it('refuses a VM the host does not have, naming those it has, and one it cannot describe, with the reason', async function () {
    await checkJobTargets(init(), job({ vms: ['web01', 'db01'] }), lab, { repository: false, vms: true })
    await assert.rejects(checkJobTargets(init(), job({ vms: ['web01', 'ghost'] }), lab, { repository: false, vms: true }),
      { code: 'ERR_NO_SUCH_VM', message: /host "lab" has no VM "ghost"; it has: web01, db01/ })
    await assert.rejects(checkJobTargets(init(), job({ vms: ['broken'] }), lab, { repository: false, vms: true }),
      { code: 'ERR_BAD_VM_MANIFEST', message: /cannot back up VM "broken": .*is not valid JSON/ })
    // an edit that does not touch the VMs does not ask the host
    await checkJobTargets({ ...init(), inventory: async () => { throw new Error('asked') } }, job({ vms: ['ghost'] }), lab, { repository: true, vms: false })
  })

  it('takes the inventory through a proxy reaching the host, and names the host no proxy reaches', async function () {
    const asked: string[] = []
    const ask = async (to: string, msg: ActorMessage): Promise<ActorMessage> => {
      asked.push(to)
      return { hostInventory: { vms: [{ name: 'web01' }], problems: inventory.problems } }
    }
    await assert.rejects(inventoryThroughProxy({ capacity, ask, waitMs: 0 }, lab),
      { code: 'ERR_HOST_UNREACHABLE', message: /no proxy in the mesh reaches host "lab" \(file \/srv\/lab\)/ })
    fake.announce(proxyAnnouncement('p1', { slots: 1, hosts: { lab: ['direct'] } }))
    const reply = await inventoryThroughProxy({ capacity, ask, waitMs: 0 }, lab)
    assert.deepEqual(asked, ['p1/proxy'])
    assert.equal(reply.checkedBy, 'p1')
    assert.deepEqual(reply.problems?.map((p) => p.vm), ['broken'])
    // the proxy's refusal is answered with its code, not crashed on
    const failing = async (): Promise<ActorMessage> => { throw new ActorError('ERR_HOST_UNREACHABLE', 'file host "lab" cannot read its folder /srv/lab (ENOENT)') }
    await assert.rejects(inventoryThroughProxy({ capacity, ask: failing, waitMs: 0 }, lab),
      (err: any) => err.name === 'UserError' && err.code === 'ERR_HOST_UNREACHABLE' && /proxy p1 could not take the inventory of host "lab": .*ENOENT/.test(err.message))
  })

  it('waits within the discovery window: from the manager\'s start, and again for a host just registered', function () {
    let now = 1000
    const window = new DiscoveryWindow(15_000, () => now)
    now = 11_000
    assert.equal(window.remaining(), 5000)
    assert.equal(window.remaining('lab'), 5000)
    now = 20_000
    assert.equal(window.remaining(), 0)
    window.open('lab')
    now = 21_000
    assert.equal(window.remaining('lab'), 14_000)
    assert.equal(window.remaining('other'), 0)
  })
})
