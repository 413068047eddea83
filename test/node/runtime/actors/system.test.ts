import assert from 'node:assert/strict'
import { once } from 'node:events'
import type { ActorMessage } from '../../../../proto/index.ts'
import { ActorSystem } from '../../../../node/runtime/actors/system.ts'
import { ActorError, UserError } from '../../../../node/runtime/actors/errors.ts'
import type { ActorContext } from '../../../../node/runtime/actors/behavior.ts'

const tick = (name: string): ActorMessage => ({ tick: { name } })
const nameOf = (msg: ActorMessage): string => msg.tick?.name ?? ''

function deferred<T = void> (): { promise: Promise<T>, resolve: (value: T) => void } {
  let resolve!: (value: T) => void
  const promise = new Promise<T>(r => { resolve = r })
  return { promise, resolve }
}

/** within fails the test instead of hanging when an awaited event never comes. */
async function within<T> (promise: Promise<T>, what: string, ms = 2000): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_resolve, reject) => { timer = setTimeout(() => { reject(new Error(`timed out waiting for ${what}`)) }, ms) })
  try {
    return await Promise.race([promise, late])
  } finally {
    clearTimeout(timer)
  }
}

const turns = async (n: number): Promise<void> => { for (let i = 0; i < n; i++) await new Promise(resolve => setImmediate(resolve)) }

describe('ActorSystem (local)', () => {
  let system: ActorSystem
  beforeEach(() => { system = new ActorSystem({ peerId: 'peerA', stopTimeoutMs: 200 }) })
  afterEach(async () => { await system.stop() })

  it('processes one message at a time, in order, even when receive is async', async () => {
    const log: string[] = []
    let active = 0
    let maxActive = 0
    const gate = deferred()
    const firstIn = deferred()
    const seq = system.spawn('seq', () => ({
      async receive (msg) {
        const n = Number(nameOf(msg))
        active++
        maxActive = Math.max(maxActive, active)
        log.push(`start ${n}`)
        if (n === 1) { firstIn.resolve(); await gate.promise }
        await turns(5 - n) // later messages would finish first if they overlapped
        log.push(`end ${n}`)
        active--
      }
    }))
    for (const n of [1, 2, 3]) system.tell(seq, tick(String(n)))
    await within(firstIn.promise, 'first message')
    gate.resolve()
    await system.ask(seq, tick('4'))
    assert.deepEqual(log, ['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3', 'start 4', 'end 4'])
    assert.equal(maxActive, 1)
  })

  it('answers an ask with the value receive returns, and { ok: {} } for void', async () => {
    let sender: string | undefined = 'unset'
    const echo = system.spawn('echo', () => ({
      receive (msg, ctx) {
        sender = ctx.sender
        return nameOf(msg) === 'quiet' ? undefined : tick(`re:${nameOf(msg)}`)
      }
    }))
    assert.deepEqual(await system.ask(echo, tick('hi'), { from: 'peerA/client' }), tick('re:hi'))
    assert.equal(sender, 'peerA/client')
    assert.deepEqual(await system.ask(echo, tick('quiet')), { ok: {} })
    assert.equal(sender, undefined)
  })

  it('lets actors ask each other and see the sender', async () => {
    const echo = system.spawn('echo', () => ({ receive: (msg, ctx) => tick(`${nameOf(msg)} from ${ctx.sender ?? '?'}`) }))
    const front = system.spawn('front', () => ({ receive: async (msg, ctx) => await ctx.ask(echo, msg, 1000) }))
    assert.deepEqual(await system.ask(front, tick('x')), tick('x from peerA/front'))
  })

  it('times out an ask with ERR_ASK_TIMEOUT naming the target and the message kind', async () => {
    const gate = deferred()
    const stuck = system.spawn('stuck', () => ({ async receive () { await gate.promise } }))
    const started = performance.now()
    await assert.rejects(system.ask(stuck, { leaseRequest: { taskId: 't1' } }, { timeoutMs: 50 }), (err: unknown) => {
      assert.ok(err instanceof ActorError)
      assert.equal(err.code, 'ERR_ASK_TIMEOUT')
      assert.match(err.message, /peerA\/stuck/)
      assert.match(err.message, /leaseRequest/)
      return true
    })
    assert.ok(performance.now() - started >= 49)
    gate.resolve()
  })

  it('rejects an ask to a missing actor with ERR_NO_SUCH_ACTOR and counts a tell as a dead letter', async () => {
    await assert.rejects(system.ask('peerA/nobody', tick('x')), { code: 'ERR_NO_SUCH_ACTOR' })
    assert.equal(system.deadLetters, 0)
    system.tell('peerA/nobody', tick('x'))
    assert.equal(system.deadLetters, 1)
    await assert.rejects(system.ask('not-an-address', tick('x')), { code: 'ERR_BAD_ADDRESS' })
  })

  it('answers a UserError to the asker without restarting the actor', async () => {
    let starts = 0
    const counter = system.spawn('counter', () => {
      starts++
      let n = 0
      return {
        receive (msg) {
          if (nameOf(msg) === 'bad') throw new UserError('ERR_BAD_INPUT', 'a count needs a name')
          return tick(String(++n))
        }
      }
    })
    assert.deepEqual(await system.ask(counter, tick('a')), tick('1'))
    await assert.rejects(system.ask(counter, tick('bad')), (err: unknown) => err instanceof UserError && err.code === 'ERR_BAD_INPUT')
    assert.deepEqual(await system.ask(counter, tick('b')), tick('2'))
    assert.equal(starts, 1)
  })

  it('refuses a duplicate or malformed name', () => {
    system.spawn('one', () => ({ receive () {} }))
    assert.throws(() => system.spawn('one', () => ({ receive () {} })), { code: 'ERR_ACTOR_EXISTS' })
    assert.throws(() => system.spawn('a/b', () => ({ receive () {} })), { code: 'ERR_BAD_ADDRESS' })
  })

  it('stops children before their parent, aborting every signal', async () => {
    const order: string[] = []
    const signals = new Map<string, AbortSignal>()
    const ready = deferred()
    const node = (label: string, child?: string) => () => ({
      started (ctx: ActorContext) {
        signals.set(label, ctx.signal)
        if (child !== undefined) ctx.spawn(child, node(child, child === 'child' ? 'grandchild' : undefined))
        else ready.resolve()
      },
      receive () {},
      async stopped (ctx: ActorContext) {
        await turns({ parent: 0, child: 3, grandchild: 6 }[label] ?? 0) // slower cleanups deeper down: each parent must wait
        order.push(`${label} aborted=${String(ctx.signal.aborted)}`)
      }
    })
    const parent = system.spawn('parent', node('parent', 'child'))
    await within(ready.promise, 'grandchild started')
    assert.ok(system.has('peerA/parent/child/grandchild'))
    await system.stop()
    assert.deepEqual(order, ['grandchild aborted=true', 'child aborted=true', 'parent aborted=true'])
    assert.ok([...signals.values()].every(s => s.aborted))
    assert.equal(system.has(parent), false)
    assert.equal(system.has('peerA/parent/child'), false)
  })

  it('ends a long async loop that observes ctx.signal', async () => {
    const running = deferred()
    let loops = 0
    let ended = false
    system.spawn('loop', () => ({
      started (ctx) {
        void (async () => {
          while (!ctx.signal.aborted) {
            loops++
            if (loops === 3) running.resolve()
            await turns(1)
          }
          ended = true
        })()
      },
      receive () {}
    }))
    await within(running.promise, 'the loop to run')
    await system.stop()
    await within((async () => { while (!ended) await turns(1) })(), 'the loop to end')
    assert.ok(ended)
  })

  it('lets a parent stop one child and refuses to stop a stranger', async () => {
    const stopped: string[] = []
    const leaf = (label: string) => () => ({ receive () {}, stopped () { stopped.push(label) } })
    const parent = system.spawn('parent', () => ({
      started (ctx) { ctx.spawn('a', leaf('a')); ctx.spawn('b', leaf('b')) },
      async receive (msg, ctx) {
        await ctx.stop(nameOf(msg))
        return tick(ctx.children().join(','))
      }
    }))
    assert.deepEqual(await system.ask(parent, tick('peerA/parent/a')), tick('peerA/parent/b'))
    assert.deepEqual(stopped, ['a'])
    await assert.rejects(system.ask(parent, tick('peerA/other')), { code: 'ERR_NO_SUCH_ACTOR' })
  })

  it('lets an actor stop itself while answering', async () => {
    const quitter = system.spawn('quitter', () => ({
      async receive (_msg, ctx) { await ctx.stop(); return tick('bye') }
    }))
    const gone = once(system, 'terminated')
    assert.deepEqual(await system.ask(quitter, tick('quit')), tick('bye'))
    assert.deepEqual((await within(gone, 'terminated'))[0], quitter)
    assert.equal(system.has(quitter), false)
  })

  it('rejects queued asks with ERR_ACTOR_STOPPED and does not let a stuck receive or stopped() hook block stop', async () => {
    const inside = deferred()
    const stuck = system.spawn('stuck', () => ({
      async receive () { inside.resolve(); await new Promise(() => {}) } // ignores ctx.signal
    }))
    const cleanupStarted = deferred()
    system.spawn('stuck-cleanup', () => ({ receive () {}, async stopped () { cleanupStarted.resolve(); await new Promise(() => {}) } }))
    const first = system.ask(stuck, tick('1'))
    const queued = system.ask(stuck, tick('2'))
    await within(inside.promise, 'first receive')
    const started = performance.now()
    await within(system.stop(), 'stop despite a stuck actor')
    assert.ok(performance.now() - started >= 199, 'stop waited for the receive up to its bound')
    await assert.rejects(queued, { code: 'ERR_ACTOR_STOPPED' })
    await assert.rejects(first, { code: 'ERR_ACTOR_STOPPED' })
    assert.equal(system.has(stuck), false)
    await within(cleanupStarted.promise, 'the stuck stopped() hook')
    assert.equal(system.has('peerA/stuck-cleanup'), false)
    assert.throws(() => system.spawn('late', () => ({ receive () {} })), { code: 'ERR_ACTOR_STOPPED' })
  })
})
