import assert from 'node:assert/strict'
import { EventEmitter, once } from 'node:events'
import { setTimeout as sleep } from 'node:timers/promises'
import type { ActorMessage } from '../../../../proto/index.ts'
import { ActorSystem } from '../../../../node/runtime/actors/system.ts'
import { ActorError } from '../../../../node/runtime/actors/errors.ts'
import type { Address } from '../../../../node/runtime/actors/address.ts'
import type { BehaviorFactory } from '../../../../node/runtime/actors/behavior.ts'

const tick = (name: string): ActorMessage => ({ tick: { name } })
const nameOf = (msg: ActorMessage): string => msg.tick?.name ?? ''

/** next waits for one event, failing the test instead of hanging. */
async function next (emitter: EventEmitter, event: string, ms = 2000): Promise<unknown[]> {
  return await once(emitter, event, { signal: AbortSignal.timeout(ms) })
}

/**
 * crasher counts its own messages from zero on every start, throws on 'crash', and reports
 * 'started' (with the time) and 'stopped' (with the reason) on `events`.
 */
function crasher (events: EventEmitter): BehaviorFactory {
  let incarnation = 0
  return () => {
    const me = ++incarnation
    let n = 0
    return {
      started () { events.emit('started', me, performance.now()) },
      receive (msg) {
        if (nameOf(msg) === 'crash') {
          events.emit('crashing', performance.now())
          throw new Error(`boom in incarnation ${me}`)
        }
        return tick(`${me}:${++n}`)
      },
      stopped (_ctx, reason) { events.emit('stopped', me, reason) }
    }
  }
}

describe('ActorSystem supervision', () => {
  let system: ActorSystem
  let events: EventEmitter
  beforeEach(() => {
    system = new ActorSystem({ peerId: 'peerA' })
    events = new EventEmitter()
  })
  afterEach(async () => { await system.stop() })

  it('restarts a crashed actor with fresh state after the backoff, keeping its mailbox', async () => {
    const up = next(events, 'started')
    const at = system.spawn('worker', crasher(events), { backoffMs: 50 })
    await up
    assert.deepEqual(await system.ask(at, tick('x')), tick('1:1'))

    const crashing = next(events, 'crashing')
    const stopped = next(events, 'stopped')
    const restarted = next(events, 'started')
    const failed = system.ask(at, tick('crash'))
    const queued = system.ask(at, tick('y')) // waits in the mailbox during the backoff
    await assert.rejects(failed, /boom in incarnation 1/)
    const [crashAt] = await crashing as [number]
    const [, reason] = await stopped as [number, Error]
    assert.match(reason.message, /boom/)
    assert.ok(system.has(at), 'the address stays during the backoff')
    const [incarnation, startAt] = await restarted as [number, number]
    assert.equal(incarnation, 2)
    assert.ok(startAt - crashAt >= 49, `restart waited ${startAt - crashAt} ms, backoff is 50`)
    assert.deepEqual(await queued, tick('2:1'), 'fresh state, and the queued message was kept')

    // The second restart within the window waits twice as long.
    const crashing2 = next(events, 'crashing')
    const restarted2 = next(events, 'started')
    system.tell(at, tick('crash'))
    const [crash2At] = await crashing2 as [number]
    const [, start2At] = await restarted2 as [number, number]
    assert.ok(start2At - crash2At >= 99, `second restart waited ${start2At - crash2At} ms, expected 100`)
  })

  it('counts a crash in started() as a crash', async () => {
    let starts = 0
    const twice = next(events, 'second')
    const at = system.spawn('fragile', () => ({
      started () {
        if (++starts === 1) throw new Error('could not open the index')
        events.emit('second')
      },
      receive: () => tick(String(starts))
    }), { backoffMs: 1 })
    await twice
    assert.deepEqual(await system.ask(at, tick('n')), tick('2'))
  })

  it('escalates to the parent\'s childFailed after maxRestarts within the window', async () => {
    const childStarts: number[] = []
    events.on('started', (n: number) => childStarts.push(n))
    const failures: Array<[Address, Error]> = []
    let parentStarts = 0
    const parent = system.spawn('parent', () => {
      parentStarts++
      return {
        started (ctx) { ctx.spawn('child', crasher(events), { maxRestarts: 2, backoffMs: 1 }) },
        receive: (_msg, ctx) => tick(ctx.children().join(',')),
        childFailed (child, error) { failures.push([child, error]); events.emit('childFailed') }
      }
    })
    const child = `${parent}/child`
    await next(events, 'started')
    const escalated = next(events, 'childFailed')
    for (let i = 0; i < 3; i++) system.tell(child, tick('crash'))
    await escalated
    assert.deepEqual(childStarts, [1, 2, 3], 'two restarts were allowed')
    assert.equal(failures.length, 1)
    const [who, error] = failures[0]
    assert.equal(who, child)
    assert.ok(error instanceof ActorError)
    assert.equal(error.code, 'ERR_ESCALATED')
    assert.match(error.message, /peerA\/parent\/child/)
    assert.match((error.cause as Error).message, /boom in incarnation 3/)
    assert.equal(system.has(child), false)
    assert.deepEqual(await system.ask(parent, tick('?')), tick(''), 'the parent lives on, without the child')
    assert.equal(parentStarts, 1)
  })

  it('crashes and restarts a parent without childFailed, which respawns its child', async () => {
    const parentStarted = new EventEmitter()
    let parentStarts = 0
    const parent = system.spawn('parent', () => ({
      started (ctx) {
        ctx.spawn('child', crasher(events), { maxRestarts: 0 })
        parentStarted.emit('started', ++parentStarts)
      },
      receive () {},
      stopped (_ctx, reason) { parentStarted.emit('stopped', reason) }
    }), { backoffMs: 1 })
    const child = `${parent}/child`
    await Promise.all([next(parentStarted, 'started'), next(events, 'started')])
    assert.deepEqual(await system.ask(child, tick('x')), tick('1:1'))
    const parentCrashed = next(parentStarted, 'stopped')
    const again = next(parentStarted, 'started')
    const freshChild = next(events, 'started')
    system.tell(child, tick('crash'))
    const [reason] = await parentCrashed as [ActorError]
    assert.equal(reason.code, 'ERR_ESCALATED', 'the parent crashed with the child\'s escalation')
    assert.deepEqual(await again, [2])
    assert.equal((await freshChild)[0], 1, 'a new child from a fresh factory')
    assert.deepEqual(await system.ask(child, tick('x')), tick('1:1'), 'the child starts from fresh state')
  })

  it('emits escalated and removes a top-level actor that gives up', async () => {
    const at = system.spawn('worker', crasher(events), { maxRestarts: 1, backoffMs: 1 })
    await next(events, 'started')
    const escalated = next(system, 'escalated')
    system.tell(at, tick('crash'))
    system.tell(at, tick('crash'))
    const queued = system.ask(at, tick('never'))
    const [who, error] = await escalated as [Address, ActorError]
    assert.equal(who, at)
    assert.equal(error.code, 'ERR_ESCALATED')
    assert.equal(system.has(at), false)
    await assert.rejects(queued, { code: 'ERR_ACTOR_STOPPED' })
    await assert.rejects(system.ask(at, tick('x')), { code: 'ERR_NO_SUCH_ACTOR' })
  })

  it('forgets restarts older than withinMs', async () => {
    const at = system.spawn('worker', crasher(events), { maxRestarts: 1, withinMs: 30, backoffMs: 1 })
    await next(events, 'started')
    let escalations = 0
    system.on('escalated', () => { escalations++ })
    for (const expected of [2, 3]) {
      const restarted = next(events, 'started')
      system.tell(at, tick('crash'))
      assert.equal((await restarted)[0], expected)
      // The window is time itself: waiting it out is what is tested, not a synchronisation.
      await sleep(40)
    }
    assert.equal(escalations, 0)
    assert.ok(system.has(at))
  })

  it('never restarts a temporary actor', async () => {
    const at = system.spawn('once', crasher(events), { restart: 'temporary', backoffMs: 1 })
    await next(events, 'started')
    let starts = 1
    events.on('started', () => { starts++ })
    const gone = next(system, 'terminated')
    system.tell(at, tick('crash'))
    const [who, reason] = await gone as [Address, Error]
    assert.equal(who, at)
    assert.match(reason.message, /boom/)
    assert.equal(system.has(at), false)
    assert.equal(starts, 1)
  })

  it('does not restart a transient actor that stops normally, but restarts a permanent one', async () => {
    const quitter = (label: string): BehaviorFactory => () => ({
      started () { events.emit(`${label} started`) },
      async receive (_msg, ctx) { await ctx.stop() }
    })
    const transient = system.spawn('transient', quitter('transient'))
    const permanent = system.spawn('permanent', quitter('permanent'), { restart: 'permanent', backoffMs: 1 })
    await Promise.all([next(events, 'transient started'), next(events, 'permanent started')])

    const gone = next(system, 'terminated')
    await system.ask(transient, tick('quit'))
    assert.equal((await gone)[0], transient)
    assert.equal(system.has(transient), false)

    const back = next(events, 'permanent started')
    await system.ask(permanent, tick('quit'))
    await back
    assert.ok(system.has(permanent))
  })

  it('stops an actor waiting out its backoff without restarting it', async () => {
    const at = system.spawn('worker', crasher(events), { backoffMs: 5000 })
    await next(events, 'started')
    const stopped = next(events, 'stopped')
    const queued = system.ask(at, tick('y'))
    system.tell(at, tick('crash'))
    await assert.doesNotReject(queued)
    await stopped
    const waiting = system.ask(at, tick('z'))
    const started = performance.now()
    await system.stop()
    assert.ok(performance.now() - started < 1000, 'stop did not wait for the backoff')
    await assert.rejects(waiting, { code: 'ERR_ACTOR_STOPPED' })
    assert.equal(system.has(at), false)
  })
})
