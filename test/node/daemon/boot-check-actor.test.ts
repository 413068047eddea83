/**
 * node/daemon/boot-check-actor.ts: a BootCheckRun is handed to the admin handler as a
 * BootCheckRequest and answered with the kept result; checks run one at a time and the node's
 * busy count follows them; an error of the check reaches the asker with its code; canBootCheck
 * looks for the program on PATH.
 */
import assert from 'node:assert/strict'
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AdminRequest } from '../../../proto/index.ts'
import { ActorSystem } from '../../../node/runtime/actors/system.ts'
import { address } from '../../../node/runtime/actors/address.ts'
import { UserError } from '../../../node/runtime/actors/errors.ts'
import { bootCheckActor, canBootCheck } from '../../../node/daemon/boot-check-actor.ts'

describe('node/daemon boot-check actor', function () {
  let system: ActorSystem
  afterEach(async () => { await system?.stop() })

  it('runs each BootCheckRun through the admin handler, one at a time, and answers the kept result', async function () {
    system = new ActorSystem({ peerId: 'self' })
    const asked: AdminRequest[] = []
    const busy: number[] = []
    let running = 0
    let most = 0
    system.spawn('boot-check', bootCheckActor({
      busy: (n) => busy.push(n),
      handler: async (req) => {
        asked.push(req)
        most = Math.max(most, ++running)
        await new Promise((resolve) => setTimeout(resolve, 30))
        running--
        if (req.bootCheck?.pointId === 'bad') throw new UserError('ERR_BOOT_CHECK_BAD_REQUEST', 'no heartbeat asked for')
        return { bootCheck: { pointId: req.bootCheck?.pointId, pass: true, sessionId: 's1' } }
      }
    }), { restart: 'permanent' })
    const to = address('self', 'boot-check')
    const [a, b] = await Promise.all([
      system.ask(to, { bootCheckRun: { request: { pointId: 'p1', vm: 'web01', scriptPath: '/check.sh' }, runSession: 'boot.1' } }, { timeoutMs: 5000 }),
      system.ask(to, { bootCheckRun: { request: { pointId: 'p2', vm: 'db01' } } }, { timeoutMs: 5000 })
    ])
    assert.deepEqual([a.bootCheckRunReply?.check?.pointId, a.bootCheckRunReply?.check?.pass, b.bootCheckRunReply?.check?.pointId], ['p1', true, 'p2'])
    assert.deepEqual(asked.map((r) => [r.bootCheck?.pointId, r.bootCheck?.scriptPath ?? '']), [['p1', '/check.sh'], ['p2', '']])
    assert.equal(most, 1, 'one check at a time')
    assert.equal(busy.at(-1), 0)
    await assert.rejects(system.ask(to, { bootCheckRun: { request: { pointId: 'bad' } } }, { timeoutMs: 5000 }), (err: any) => err.code === 'ERR_BOOT_CHECK_BAD_REQUEST')
  })

  it('finds the program on PATH', async function () {
    const dir = await mkdtemp(join(tmpdir(), 'mb-path-'))
    try {
      await writeFile(join(dir, 'qemu-fake'), '#!/bin/sh\n')
      assert.equal(await canBootCheck('qemu-fake', dir), false, 'not executable')
      await chmod(join(dir, 'qemu-fake'), 0o755)
      assert.equal(await canBootCheck('qemu-fake', `/nonexistent:${dir}`), true)
      assert.equal(await canBootCheck('qemu-absent', dir), false)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
