/**
 * The manager's throttling rules (roles/manager/throttle-rules.ts) on a real LevelDB: rules are
 * checked, refused under a name in use, survive a reopen, list which are in force, and each
 * assignment carries a rule's rate split among the sending nodes running tasks under it.
 */
import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Level } from 'level'
import { ThrottleRules } from '../../../roles/manager/throttle-rules.ts'

const ADDRS: Record<string, string> = { p1: '10.1.0.1', p2: '10.1.0.2', p3: '10.7.0.3', repo: '10.9.0.1' }
const capacity = { get: (peer: string) => ({ announcement: { addrs: [`/ip4/${ADDRS[peer]}/tcp/7100`] }, receivedAt: 0 }) }
const code = async (p: Promise<unknown>): Promise<string> => await p.then(() => 'no error', (err: { code: string }) => err.code)

describe('roles/manager/throttle-rules', function () {
  let dir: string
  let db: Level<string, Uint8Array>

  beforeEach(async function () {
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-throttle-rules-'))
    db = new Level<string, Uint8Array>(join(dir, 'db'), { valueEncoding: 'view' })
  })
  afterEach(async function () {
    await db.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('saves checked rules, refuses a name in use and malformed ones, and keeps them across a reopen', async function () {
    const rules = new ThrottleRules(db, capacity as any)
    const saved = await rules.add({ name: 'office', from: '10.1.0.0/16', to: 'any', days: 'Mon-Fri', hours: '8:00-18:00', rateBps: 100e6, timeZone: 'UTC' })
    assert.equal(saved.days, 'mon-fri')
    assert.equal(saved.hours, '08:00-18:00')
    assert.equal(await code(rules.add({ name: 'office', from: 'any', to: 'any', rateBps: 1 })), 'ERR_RULE_EXISTS')
    assert.equal(await code(rules.add({ name: 'x', from: '10.1.0.0/40', to: 'any', rateBps: 1 })), 'ERR_BAD_RULE_NETWORK')
    assert.equal(await code(rules.add({ name: 'x', from: 'any', to: 'any', rateBps: 0 })), 'ERR_BAD_RULE_RATE')
    assert.equal(await code(rules.remove('nope')), 'ERR_NO_SUCH_RULE')
    const again = new ThrottleRules(db, capacity as any)
    const list = await again.list(new Date('2026-12-07T09:00:00Z'))
    assert.deepEqual(list.rules!.map((r) => r.name), ['office'])
    assert.deepEqual(list.inForce, ['office'])
    assert.deepEqual((await again.list(new Date('2026-12-06T09:00:00Z'))).inForce, [])
  })

  it('splits a rule\'s rate among the sending nodes under it, at each assignment', async function () {
    const rules = new ThrottleRules(db, capacity as any)
    await rules.add({ name: 'site', from: '10.1.0.0/16', to: '10.9.0.0/16', rateBps: 90e6, timeZone: 'UTC' })
    const share = (wire: Array<{ name?: string | null, nodeRateBps?: number | null }>): number => Number(wire.find((r) => r.name === 'site')?.nodeRateBps ?? 0)
    assert.equal(share(rules.assign('t1', 'p1', 'repo')), 90e6)
    assert.equal(share(rules.assign('t2', 'p1', 'repo')), 90e6)          // the same node: still one sender
    assert.equal(share(rules.assign('t3', 'p2', 'repo')), 45e6)          // a second node under the rule
    assert.equal(share(rules.assign('t4', 'p3', 'repo')), 0)             // 10.7/16: not covered, no share
    rules.release('t3')
    assert.equal(share(rules.assign('t5', 'p1', 'repo')), 90e6)
  })
})
