import assert from 'node:assert/strict'
import { LeaseTable, DEFAULT_LEASE_TTL_MS, MAX_LEASE_TTL_MS, type LeaseAnswer } from '../../../node/runtime/leases.ts'

const PEER = '12D3KooWLeaseNode'

function grantOf (answer: LeaseAnswer): string {
  assert.ok('leaseGrant' in answer, `expected a grant, got ${JSON.stringify(answer)}`)
  return answer.leaseGrant.leaseId ?? ''
}

describe('LeaseTable', () => {
  let clock: number
  let changes: number
  const table = (slots: number, name = 'proxy'): LeaseTable =>
    new LeaseTable({ slots, peerId: PEER, name, now: () => clock, onChange: () => { changes++ }, timer: false })

  beforeEach(() => {
    clock = 1_000_000
    changes = 0
  })

  it('grants while slots are free, then refuses naming the node and its load', () => {
    const t = table(2)
    const a = t.request({ taskId: 'a', ttlMs: 1000, holder: 'S/scheduler' })
    const b = t.request({ taskId: 'b', ttlMs: 1000, holder: 'S/scheduler' })
    assert.notEqual(grantOf(a), grantOf(b))
    assert.equal(t.reserved, 2)
    assert.equal(t.active, 0)
    const c = t.request({ taskId: 'c', ttlMs: 1000, holder: 'S/scheduler' })
    assert.ok('leaseRefusal' in c)
    assert.equal(c.leaseRefusal.reason, `proxy ${PEER} is full (2/2 slots)`)
    assert.equal(changes, 2, 'each grant re-announces; a refusal changes nothing')
  })

  it('sets expiresAtMs from the ttl, with a default and a cap', () => {
    const t = table(2)
    const a = t.request({ taskId: 'a', ttlMs: 1500, holder: 'h/x' })
    assert.ok('leaseGrant' in a)
    assert.equal(a.leaseGrant.expiresAtMs, clock + 1500)
    const b = t.request({ taskId: 'b', holder: 'h/x' })
    assert.ok('leaseGrant' in b)
    assert.equal(b.leaseGrant.expiresAtMs, clock + DEFAULT_LEASE_TTL_MS)
    t.setSlots(3)
    const c = t.request({ taskId: 'c', ttlMs: 24 * 3600_000, holder: 'h/x' })
    assert.ok('leaseGrant' in c)
    assert.equal(c.leaseGrant.expiresAtMs, clock + MAX_LEASE_TTL_MS, 'a day-long reservation is capped')
  })

  it('gives a retried request for the same task the same reservation', () => {
    const t = table(2)
    const first = grantOf(t.request({ taskId: 'a', ttlMs: 1000, holder: 'h/x' }))
    const again = grantOf(t.request({ taskId: 'a', ttlMs: 1000, holder: 'h/x' }))
    assert.equal(again, first)
    assert.equal(t.reserved, 1)
  })

  it('expires an unclaimed lease after its ttl and frees the slot', () => {
    const t = table(1)
    const id = grantOf(t.request({ taskId: 'a', ttlMs: 1000, holder: 'h/x' }))
    assert.ok('leaseRefusal' in t.request({ taskId: 'b', ttlMs: 1000, holder: 'h/x' }))
    clock += 999
    assert.equal(t.reserved, 1)
    clock += 1
    const before = changes
    assert.equal(t.reserved, 0, 'expired lazily on read')
    assert.equal(changes, before + 1, 'expiry re-announces capacity')
    assert.equal(t.claim(id, 'a'), false, 'an expired lease cannot be claimed')
    assert.equal(t.release(id), undefined)
    grantOf(t.request({ taskId: 'b', ttlMs: 1000, holder: 'h/x' }))
  })

  it('sweep() returns the expired leases', () => {
    const t = table(3)
    grantOf(t.request({ taskId: 'a', ttlMs: 100, holder: 'h/x' }))
    grantOf(t.request({ taskId: 'b', ttlMs: 500, holder: 'h/x' }))
    clock += 200
    const expired = t.sweep()
    assert.deepEqual(expired.map((l) => l.taskId), ['a'])
    assert.deepEqual(t.sweep(), [])
  })

  it('a claimed lease lives until released, and release names the holder', () => {
    const t = table(1, 'repository')
    const id = grantOf(t.request({ taskId: 'a', ttlMs: 1000, holder: 'S/scheduler' }))
    assert.equal(t.claim(id, 'other-task'), false, 'a lease is claimed only by its own task')
    assert.equal(t.claim(id, 'a'), true)
    assert.equal(t.claim(id, 'a'), true, 'claiming twice is harmless')
    assert.equal(t.active, 1)
    assert.equal(t.reserved, 0)
    clock += 10 * 60_000
    assert.equal(t.active, 1, 'no ttl once claimed')
    const refusal = t.request({ taskId: 'b', ttlMs: 1000, holder: 'S/scheduler' })
    assert.ok('leaseRefusal' in refusal)
    assert.match(refusal.leaseRefusal.reason, /^repository .* is full \(1\/1 slots\)$/)
    assert.deepEqual(t.release(id), { holder: 'S/scheduler' })
    assert.equal(t.active, 0)
    assert.equal(t.release(id), undefined, 'released once')
    assert.equal(t.claim('no-such-lease', 'a'), false)
  })

  it('setSlots grows and shrinks without dropping granted leases', () => {
    const t = table(1)
    const id = grantOf(t.request({ taskId: 'a', ttlMs: 1000, holder: 'h/x' }))
    t.setSlots(2)
    grantOf(t.request({ taskId: 'b', ttlMs: 1000, holder: 'h/x' }))
    t.setSlots(1)
    assert.equal(t.slots, 1)
    assert.equal(t.reserved, 2)
    const refusal = t.request({ taskId: 'c', ttlMs: 1000, holder: 'h/x' })
    assert.ok('leaseRefusal' in refusal)
    assert.match(refusal.leaseRefusal.reason, /\(2\/1 slots\)/)
    t.release(id)
    assert.ok('leaseRefusal' in t.request({ taskId: 'c', ttlMs: 1000, holder: 'h/x' }), 'still full: 1 of 1 used')
    assert.throws(() => t.setSlots(-1), { code: 'ERR_BAD_SLOTS' })
  })

  it('frees an expired slot by itself with its timer, and re-announces', async () => {
    let announced = 0
    let onFreed = (): void => {}
    const freed = new Promise<void>((resolve, reject) => {
      const deadline = setTimeout(() => reject(new Error('the lease did not expire within 2 s')), 2000)
      onFreed = () => { clearTimeout(deadline); resolve() }
    })
    const t = new LeaseTable({ slots: 1, peerId: PEER, onChange: () => { if (++announced === 2) onFreed() } })
    try {
      grantOf(t.request({ taskId: 'a', ttlMs: 30, holder: 'h/x' }))
      assert.equal(announced, 1)
      await freed
      assert.equal(t.reserved, 0)
      grantOf(t.request({ taskId: 'b', ttlMs: 30_000, holder: 'h/x' }))
    } finally {
      t.close()
    }
  })
})
