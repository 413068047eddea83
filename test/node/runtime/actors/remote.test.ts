import assert from 'node:assert/strict'
import { EventEmitter, once } from 'node:events'
import { pb, type ActorMessage, type Envelope } from '../../../../proto/index.ts'
import { ActorSystem, envelopeKind, type RemoteTransport } from '../../../../node/runtime/actors/system.ts'
import { ActorError, UserError } from '../../../../node/runtime/actors/errors.ts'
import type { Logger } from '../../../../node/core/logger.ts'

const tick = (name: string): ActorMessage => ({ tick: { name } })
const nameOf = (msg: ActorMessage): string => msg.tick?.name ?? ''

/** wire is an in-memory mesh: every envelope is encoded and decoded, as on a real stream. */
class Wire {
  readonly systems = new Map<string, ActorSystem>()
  readonly carried: Envelope[] = []
  /** peers whose envelopes vanish (an unreachable node) */
  readonly blackholes = new Set<string>()

  transport (fromPeer: string): RemoteTransport {
    return {
      send: async (peerId, envelope) => {
        const target = this.systems.get(peerId)
        if (target === undefined) throw new Error(`no connection to ${peerId}`)
        const bytes = pb.Envelope.encode(envelope).finish()
        if (this.blackholes.has(peerId)) return
        setImmediate(() => {
          const decoded = pb.Envelope.decode(bytes)
          this.carried.push(decoded)
          target.deliverRemote(decoded, fromPeer)
        })
      }
    }
  }

  join (peerId: string, log?: Logger): ActorSystem {
    const system = new ActorSystem({ peerId, remote: this.transport(peerId), log })
    this.systems.set(peerId, system)
    return system
  }
}

/** capture is a Logger that keeps warnings, and emits them so a test can wait for one. */
function capture (): Logger & { warnings: EventEmitter } {
  const warnings = new EventEmitter()
  const nothing = (): void => {}
  return { debug: nothing, info: nothing, error: nothing, warn: (msg, fields) => { warnings.emit('warn', msg, fields) }, warnings }
}

describe('ActorSystem (remote)', () => {
  let wire: Wire
  let a: ActorSystem
  let b: ActorSystem
  let bLog: ReturnType<typeof capture>
  beforeEach(() => {
    wire = new Wire()
    a = wire.join('peerA')
    bLog = capture()
    b = wire.join('peerB', bLog)
  })
  afterEach(async () => { await Promise.all([a.stop(), b.stop()]) })

  it('asks an actor on another node and gets its reply through the wire', async () => {
    let seenSender: string | undefined
    b.spawn('scheduler', () => ({
      receive (msg, ctx) {
        seenSender = ctx.sender
        return { leaseGrant: { leaseId: `lease-for-${msg.leaseRequest?.taskId ?? ''}`, expiresAtMs: 1_700_000_000_000 } }
      }
    }))
    const reply = await a.ask('peerB/scheduler', { leaseRequest: { taskId: 't1', ttlMs: 5000 } }, { from: 'peerA/manager', timeoutMs: 1000 })
    assert.equal(reply.leaseGrant?.leaseId, 'lease-for-t1')
    assert.equal(reply.leaseGrant?.expiresAtMs, 1_700_000_000_000)
    assert.equal(seenSender, 'peerA/manager')
    const [ask, answer] = wire.carried
    assert.equal(ask.kind, envelopeKind.ask)
    assert.equal(answer.kind, envelopeKind.reply)
    assert.ok((ask.correlation ?? 0) > 0)
    assert.equal(answer.correlation, ask.correlation)
  })

  it('fails the asks waiting on a peer that left the mesh at once, and only those', async () => {
    b.spawn('proxy', () => ({ receive () { return { ok: {} } } }))
    wire.blackholes.add('peerB') // the ask is written, and never answered
    const started = Date.now()
    const lost = a.ask('peerB/proxy', tick('lease'), { timeoutMs: 10_000 })
    const elsewhere = a.ask('peerC/proxy', tick('lease'), { timeoutMs: 10_000 }).catch((err: ActorError) => err)
    a.peerLeft('peerB')
    await assert.rejects(lost, (err: ActorError) => err.code === 'ERR_PEER_LEFT' && /peerB\/proxy left the mesh/.test(err.message))
    assert.ok(Date.now() - started < 1000, 'not at the ask timeout')
    assert.notEqual((await elsewhere as ActorError).code, 'ERR_PEER_LEFT', 'an ask to another peer is not failed by it')
  })

  it('delivers tells both ways: an actor answers its remote sender with a tell', async () => {
    const heard = new EventEmitter()
    a.spawn('manager', () => ({ receive (msg) { heard.emit('tick', nameOf(msg)) } }))
    b.spawn('echo', () => ({ receive (msg, ctx) { if (ctx.sender !== undefined) ctx.tell(ctx.sender, tick(`echo ${nameOf(msg)}`)) } }))
    const back = once(heard, 'tick', { signal: AbortSignal.timeout(2000) })
    a.tell('peerB/echo', tick('hello'), 'peerA/manager')
    assert.deepEqual(await back, ['echo hello'])
    assert.ok(wire.carried.every(e => e.kind === envelopeKind.tell))
  })

  it('lets actors ask across nodes with ctx.ask', async () => {
    b.spawn('repository', () => ({ receive: (msg) => tick(`stored ${nameOf(msg)}`) }))
    const proxy = a.spawn('proxy', () => ({ receive: async (msg, ctx) => await ctx.ask('peerB/repository', msg, 1000) }))
    assert.equal(nameOf(await a.ask(proxy, tick('block-7'))), 'stored block-7')
  })

  it('carries an error code back to the remote asker', async () => {
    b.spawn('repository', () => ({
      receive (msg) {
        if (nameOf(msg) === 'full') throw new UserError('ERR_NO_SPACE', 'repository is full: free space or add a repository')
        throw new Error('index corrupted')
      }
    }))
    await assert.rejects(a.ask('peerB/repository', tick('full'), { timeoutMs: 1000 }), (err: unknown) => {
      assert.ok(err instanceof ActorError)
      assert.equal(err.code, 'ERR_NO_SPACE')
      assert.equal(err.message, 'repository is full: free space or add a repository')
      return true
    })
    await assert.rejects(a.ask('peerB/repository', tick('bug'), { timeoutMs: 1000 }), { code: 'ERR_REMOTE', message: 'index corrupted' })
  })

  it('rejects a remote ask to a missing actor with ERR_NO_SUCH_ACTOR', async () => {
    await assert.rejects(a.ask('peerB/nobody', tick('x'), { timeoutMs: 1000 }), { code: 'ERR_NO_SUCH_ACTOR' })
  })

  it('counts a remote tell to a missing actor as a dead letter on the receiving node', async () => {
    b.spawn('probe', () => ({ receive: () => tick('ok') }))
    a.tell('peerB/nobody', tick('x'))
    await a.ask('peerB/probe', tick('after'), { timeoutMs: 1000 }) // same link, so it arrives after the tell
    assert.equal(b.deadLetters, 1)
  })

  it('times out a remote ask when the node does not answer', async () => {
    wire.blackholes.add('peerB')
    await assert.rejects(a.ask('peerB/scheduler', { placeTask: {} }, { timeoutMs: 50 }), (err: unknown) => {
      assert.ok(err instanceof ActorError)
      assert.equal(err.code, 'ERR_ASK_TIMEOUT')
      assert.match(err.message, /peerB\/scheduler/)
      assert.match(err.message, /placeTask/)
      return true
    })
  })

  it('rejects with ERR_REMOTE when the transport cannot send', async () => {
    await assert.rejects(a.ask('peerC/scheduler', tick('x'), { timeoutMs: 1000 }), { code: 'ERR_REMOTE', message: /no connection to peerC/ })
    const lonely = new ActorSystem({ peerId: 'peerD' })
    await assert.rejects(lonely.ask('peerB/x', tick('x')), { code: 'ERR_REMOTE' })
    lonely.tell('peerB/x', tick('x'))
    assert.equal(lonely.deadLetters, 1)
  })

  it('drops an envelope whose from is not on the connection\'s peer', async () => {
    const received: string[] = []
    b.spawn('scheduler', () => ({ receive (msg) { received.push(nameOf(msg)) } }))
    const warned = once(bLog.warnings, 'warn', { signal: AbortSignal.timeout(2000) })
    const spoof = pb.Envelope.decode(pb.Envelope.encode({ to: 'peerB/scheduler', from: 'peerC/admin', kind: envelopeKind.tell, body: tick('spoofed') }).finish())
    b.deliverRemote(spoof, 'peerA')
    const [msg, fields] = await warned as [string, Record<string, unknown>]
    assert.match(msg, /dropped/)
    assert.equal(fields.from, 'peerC/admin')
    await a.ask('peerB/scheduler', tick('genuine'), { timeoutMs: 1000 })
    assert.deepEqual(received, ['genuine'])
  })

  it('ignores a reply from a peer other than the one asked', async () => {
    wire.blackholes.add('peerB')
    const pending = a.ask('peerB/scheduler', tick('x'), { timeoutMs: 100 })
    const correlation = 1 // the first ask of a fresh system
    // from the right address but over another peer's connection, then from another actor
    a.deliverRemote({ to: 'peerA/$system', from: 'peerB/scheduler', correlation, kind: envelopeKind.reply, body: tick('forged') }, 'peerC')
    a.deliverRemote({ to: 'peerA/$system', from: 'peerC/scheduler', correlation, kind: envelopeKind.reply, body: tick('forged') }, 'peerC')
    await assert.rejects(pending, { code: 'ERR_ASK_TIMEOUT' })
  })

  it('rejects pending remote asks with ERR_ACTOR_STOPPED when the system stops', async () => {
    wire.blackholes.add('peerB')
    const pending = a.ask('peerB/scheduler', tick('x'), { timeoutMs: 5000 })
    await a.stop()
    await assert.rejects(pending, { code: 'ERR_ACTOR_STOPPED' })
  })
})
