// Fuzzing of the clients that read what a hypervisor sends: QMP and QGA lines
// (node/hosts/qemu/qmp.ts, node/hosts/qemu/qga.ts) and NBD handshakes and replies (node/hosts/qemu/nbd/), each
// against a fake server on a unix socket that sends arbitrary input and then closes. Every call
// settles with a result or the client's coded error, within a bounded time, and once the
// server has gone every pending and later call is rejected with a coded error.
import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type Server, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { QmpClient, QmpError } from '../../../node/hosts/qemu/qmp.ts'
import { QgaClient, QgaError } from '../../../node/hosts/qemu/qga.ts'
import { NbdClient } from '../../../node/hosts/qemu/nbd/client.ts'
import { NbdError } from '../../../node/hosts/qemu/nbd/errors.ts'
import { CodedError } from '../../../node/core/errors.ts'
import { budgetMs, runs, within } from './runs.ts'

/** A unix-socket server whose connection handler each case replaces. */
class FakeServer {
  readonly path: string
  readonly #server: Server
  readonly #sockets = new Set<Socket>()
  handler: (s: Socket) => void = (s) => { s.end() }

  constructor (path: string) {
    this.path = path
    this.#server = createServer((s) => {
      this.#sockets.add(s)
      s.on('close', () => this.#sockets.delete(s))
      s.on('error', () => {})
      this.handler(s)
    })
  }

  async listen (): Promise<void> {
    await new Promise<void>(resolve => this.#server.listen(this.path, resolve))
  }

  async close (): Promise<void> {
    for (const s of this.#sockets) s.destroy()
    await new Promise<void>(resolve => this.#server.close(() => resolve()))
  }
}

/** Calls `each` on every complete line the peer sends. */
function onLines (s: Socket, each: (line: Buffer) => void): void {
  let buf = Buffer.alloc(0)
  s.on('data', (d: Buffer) => {
    buf = Buffer.concat([buf, d])
    for (let nl = buf.indexOf(0x0a); nl >= 0; nl = buf.indexOf(0x0a)) {
      const line = buf.subarray(0, nl)
      buf = buf.subarray(nl + 1)
      each(line)
    }
  })
}

/** Writes `parts` then ends; a socket the client already closed is fine. */
function writeAll (s: Socket, parts: Uint8Array[], end: boolean): void {
  if (s.destroyed) return
  for (const p of parts) if (p.length > 0) s.write(p)
  if (end) s.end()
}

function assertCoded (err: unknown, cls: new (...args: any[]) => CodedError, codes: string[]): void {
  assert.ok(err instanceof cls && err instanceof CodedError, `expected a ${cls.name}, got ${err instanceof Error ? `${err.constructor.name}: ${err.stack}` : String(err)}`)
  assert.ok(codes.includes(err.code), `unexpected code ${err.code}: ${err.message}`)
}

/** Outcomes per call name, so that a property whose calls all fail the same way is noticed. */
let outcomes = new Map<string, { ok: number, rejected: number }>()
function outcomesSeen (): string {
  return [...outcomes].map(([what, o]) => `${what}: ${o.ok} ok, ${o.rejected} rejected`).join('; ')
}

/** Settles `p`; a rejection must be a coded error of `cls` with one of `codes`. */
async function settled (what: string, p: Promise<unknown>, cls: new (...args: any[]) => CodedError, codes: string[]): Promise<'ok' | 'rejected'> {
  const o = outcomes.get(what) ?? { ok: 0, rejected: 0 }
  outcomes.set(what, o)
  try {
    await within(8000, what, p)
    o.ok++
    return 'ok'
  } catch (err) {
    if (err instanceof Error && /did not settle/.test(err.message)) throw err
    assertCoded(err, cls, codes)
    o.rejected++
    return 'rejected'
  }
}

/** Asserts that `what` both succeeded and failed over the run. */
function bothWays (...what: string[]): void {
  for (const w of what) {
    const o = outcomes.get(w)
    assert.ok(o !== undefined && o.ok > 0 && o.rejected > 0, `${w} did not go both ways: ${outcomesSeen()}`)
  }
}

/** Joins lines with \n or \r\n, and cuts the result into chunks at arbitrary points. */
const chunked = (lines: fc.Arbitrary<Uint8Array[]>): fc.Arbitrary<Uint8Array[]> =>
  fc.tuple(lines, fc.boolean(), fc.array(fc.nat(), { maxLength: 4 })).map(([ls, crlf, cuts]) => {
    const all = Buffer.concat(ls.flatMap(l => [l, Buffer.from(crlf ? '\r\n' : '\n')]))
    const points = [...new Set(cuts.map(c => c % (all.length + 1)))].sort((a, b) => a - b)
    const out: Uint8Array[] = []
    let at = 0
    for (const p of points) { out.push(all.subarray(at, p)); at = p }
    out.push(all.subarray(at))
    return out
  })

const text = (s: string): Uint8Array => Buffer.from(s)
const anyJson = fc.jsonValue({ maxDepth: 3 })
const id = fc.oneof(fc.nat({ max: 6 }), anyJson)

const qmpLine: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.constant(text('{"QMP": {"version": {"qemu": {"micro": 0, "minor": 2, "major": 8}, "package": ""}, "capabilities": []}}')),
  fc.record({ QMP: anyJson }).map(o => text(JSON.stringify(o))),
  fc.record({ return: anyJson, id }, { requiredKeys: ['return'] }).map(o => text(JSON.stringify(o))),
  fc.record({ error: anyJson, id }, { requiredKeys: ['error'] }).map(o => text(JSON.stringify(o))),
  fc.record({ error: fc.record({ class: anyJson, desc: anyJson }), id }).map(o => text(JSON.stringify(o))),
  fc.record({ event: fc.oneof(fc.constantFrom('STOP', 'JOB_STATUS_CHANGE', 'SHUTDOWN'), anyJson), data: anyJson, timestamp: anyJson }).map(o => text(JSON.stringify(o))),
  anyJson.map(v => text(JSON.stringify(v))),
  fc.string({ maxLength: 40 }).map(text),
  fc.uint8Array({ maxLength: 40 })
)

describe('fuzz: QMP client', function () {
  beforeEach(() => { outcomes = new Map() })
  this.timeout(budgetMs(300, 10, 10_000))
  let dir: string
  let server: FakeServer
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-fuzz-qmp-'))
    server = new FakeServer(join(dir, 'qmp.sock'))
    await server.listen()
  })
  after(async () => {
    await server.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('any lines, then the end: connect and every command settle with a result or a QmpError', async () => {
    // mostly a proper greeting, then the capabilities reply once asked, so that commands are fuzzed too
    const proper = fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, fc.constant(false))
    const replies = fc.array(fc.oneof(
      { weight: 3, arbitrary: fc.record({ return: anyJson, id: fc.integer({ min: 2, max: 5 }) }).map(o => text(JSON.stringify(o))) },
      qmpLine), { maxLength: 6 })
    await fc.assert(fc.asyncProperty(proper, chunked(fc.array(qmpLine, { maxLength: 4 })), chunked(replies), async (greet, first, later) => {
      server.handler = (s) => {
        if (greet) s.write('{"QMP": {"version": {}, "capabilities": []}}\r\n')
        else writeAll(s, first, false)
        let lines = 0
        onLines(s, () => {
          lines++
          if (greet && lines === 1) { s.write('{"return": {}}\r\n'); writeAll(s, first, false) }
          // the rest once the client has sent its first command, with commands pending
          if (lines === 2) writeAll(s, later, true)
        })
        s.on('end', () => { s.end() })
        setTimeout(() => { if (lines < 2) writeAll(s, later, true) }, 50).unref()
      }
      let client: QmpClient | undefined
      const connect = QmpClient.connect(`unix:${server.path}`, { connectTimeoutMs: 3000, commandTimeoutMs: 3000 }).then(c => { client = c })
      if (await settled('QMP connect', connect, QmpError, ['ERR_QMP_UNREACHABLE', 'ERR_QMP_PROTOCOL', 'ERR_QMP_COMMAND', 'ERR_QMP_CLOSED', 'ERR_QMP_TIMEOUT']) === 'rejected') return
      try {
        const calls = ['query-status', 'query-block', 'query-jobs'].map(c => settled(`QMP ${c}`, client!.execute(c), QmpError, ['ERR_QMP_PROTOCOL', 'ERR_QMP_COMMAND', 'ERR_QMP_CLOSED', 'ERR_QMP_TIMEOUT']))
        const event = settled('QMP waitEvent', client!.waitEvent('NEVER', { timeoutMs: 3000 }), QmpError, ['ERR_QMP_PROTOCOL', 'ERR_QMP_CLOSED', 'ERR_QMP_TIMEOUT'])
        await Promise.all([...calls, event])
        // the server has ended: the connection closes and later calls fail at once
        await within(3000, 'QMP close', new Promise<void>(resolve => { if (client!.closed) resolve(); else client!.once('close', () => { resolve() }) }))
        await assert.rejects(client!.execute('query-status'), (err: unknown) => { assertCoded(err, QmpError, ['ERR_QMP_CLOSED']); return true })
      } finally {
        await client!.close()
      }
    }), runs(300, 10_000))
    bothWays('QMP connect', 'QMP query-status')
  })
})

describe('fuzz: QGA client', function () {
  beforeEach(() => { outcomes = new Map() })
  this.timeout(budgetMs(300, 10, 10_000))
  let dir: string
  let server: FakeServer
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-fuzz-qga-'))
    server = new FakeServer(join(dir, 'qga.sock'))
    await server.listen()
  })
  after(async () => {
    await server.close()
    await rm(dir, { recursive: true, force: true })
  })

  const qgaLine: fc.Arbitrary<Uint8Array> = fc.oneof(
    fc.record({ return: anyJson }).map(o => text(JSON.stringify(o))),
    fc.record({ error: anyJson }).map(o => text(JSON.stringify(o))),
    fc.record({ error: fc.record({ class: anyJson, desc: anyJson }, { requiredKeys: [] }) }).map(o => text(JSON.stringify(o))),
    fc.record({ return: fc.record({ version: anyJson, supported_commands: anyJson, pid: anyJson, exited: anyJson, exitcode: anyJson, 'out-data': anyJson, 'buf-b64': anyJson, count: anyJson, eof: anyJson }, { requiredKeys: [] }) }).map(o => text(JSON.stringify(o))),
    anyJson.map(v => text(JSON.stringify(v))),
    fc.string({ maxLength: 40 }).map(text),
    fc.uint8Array({ maxLength: 40 })
  )
  const CODES = ['ERR_QGA_UNREACHABLE', 'ERR_QGA_COMMAND_DISABLED', 'ERR_QGA_COMMAND_NOT_FOUND', 'ERR_QGA_COMMAND_FAILED', 'ERR_QGA_TIMEOUT', 'ERR_QGA_CLOSED', 'ERR_QGA_PROTOCOL']

  it('any lines around the sync, then the end: connect and every command settle with a result or a QgaError', async () => {
    await fc.assert(fc.asyncProperty(
      chunked(fc.array(qgaLine, { maxLength: 4 })), fc.boolean(), fc.array(chunked(fc.array(qgaLine, { maxLength: 3 })), { maxLength: 4 }),
      async (beforeSync, answerSync, replies) => {
        server.handler = (s) => {
          const queue = [...replies]
          onLines(s, (line) => {
            const cmd = (() => { try { return JSON.parse(line.toString('latin1').replaceAll('\xff', '')) as { execute?: string, arguments?: { id?: number } } } catch { return {} } })()
            if (cmd.execute === 'guest-sync-delimited') {
              writeAll(s, beforeSync, false)
              if (answerSync) writeAll(s, [Buffer.concat([Buffer.from([0xff]), text(JSON.stringify({ return: cmd.arguments?.id }) + '\n')])], false)
              else s.end()
              return
            }
            const reply = queue.shift()
            if (reply === undefined) s.end()
            else writeAll(s, reply, queue.length === 0)
          })
          s.on('end', () => { s.end() })
        }
        let client: QgaClient | undefined
        const connect = QgaClient.connect(`unix:${server.path}`, { timeoutMs: 150 }).then(c => { client = c })
        if (await settled('QGA connect', connect, QgaError, CODES) === 'rejected') return
        try {
          for (const call of [() => client!.ping(), () => client!.info(), () => client!.execStatus(1), () => client!.fileRead(1, 10), () => client!.networkInterfaces(), () => client!.fsfreezeStatus()]) {
            await settled('QGA command', call(), QgaError, CODES)
          }
          // the server ends when its replies run out: later calls fail
          await assert.rejects(within(8000, 'QGA after the end', (async () => { for (;;) await client!.ping() })()),
            (err: unknown) => { assertCoded(err, QgaError, CODES); return true })
        } finally {
          await client!.close()
        }
      }), {
      ...runs(300, 10_000),
      // found by this property: an error that is null, and a guest-info reply that is null, were TypeErrors
      examples: [
        [[], true, [[text('{"error": null}\n')]]],
        [[], true, [[text('{"return": {}}\n')], [text('{"return": null}\n')]]],
        [[], true, [[text('{"return": {}}\n')], [text('{"return": {}}\n')], [text('{"return": []}\n')], [text('{"return": {"buf-b64": 5}}\n')], [text('{"return": [null]}\n')]]]
      ]
    })
    bothWays('QGA connect', 'QGA command')
  })
})

// NBD wire helpers (the spec's layouts, as test/node/hosts/qemu/nbd.test.ts writes them)
const u16 = (n: number): Buffer => { const b = Buffer.alloc(2); b.writeUInt16BE(n & 0xffff); return b }
const u32 = (n: number): Buffer => { const b = Buffer.alloc(4); b.writeUInt32BE(n >>> 0); return b }
const u64 = (n: number | bigint): Buffer => { const b = Buffer.alloc(8); b.writeBigUInt64BE(BigInt.asUintN(64, BigInt(n))); return b }
const GREETING = Buffer.concat([u64(0x4e42444d41474943n), Buffer.from('IHAVEOPT'), u16(3)])
const optionReply = (option: number, type: number, data: Uint8Array = Buffer.alloc(0)): Buffer =>
  Buffer.concat([u64(0x3e889045565a9), u32(option), u32(type), u32(data.length), data])
const EXPORT_SIZE = 1 << 20

/** Ends the connection once the client has sent nothing for 50 ms. */
function idleEnd (s: Socket): void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const arm = (): void => { clearTimeout(timer); timer = setTimeout(() => { if (!s.destroyed) s.end() }, 50) }
  s.on('data', arm)
  s.on('close', () => { clearTimeout(timer) })
  arm()
}

/** Reads exact byte counts from a socket. */
function reader (s: Socket): (n: number) => Promise<Buffer> {
  let buf = Buffer.alloc(0)
  let wake: (() => void) | undefined
  let closed = false
  s.on('data', (d: Buffer) => { buf = Buffer.concat([buf, d]); wake?.() })
  s.on('close', () => { closed = true; wake?.() })
  return async (n) => {
    while (buf.length < n) {
      if (closed) throw new Error('closed')
      await new Promise<void>(resolve => { wake = resolve })
    }
    const out = buf.subarray(0, n)
    buf = buf.subarray(n)
    return out
  }
}

/** The correct answer to one handshake option; true once NBD_OPT_GO is answered. */
function answerOption (s: Socket, option: number): boolean {
  if (option === 8) s.write(optionReply(8, 1))
  else if (option === 10) { s.write(optionReply(10, 4, Buffer.concat([u32(1), Buffer.from('base:allocation')]))); s.write(optionReply(10, 1)) } else if (option === 7) {
    s.write(optionReply(7, 3, Buffer.concat([u16(0), u64(EXPORT_SIZE), u16(1 | 4)])))
    s.write(optionReply(7, 3, Buffer.concat([u16(3), u32(1), u32(4096), u32(32 << 20)])))
    s.write(optionReply(7, 1))
    return true
  } else s.write(optionReply(option, 0x80000001))
  return false
}

/** A correct handshake: structured replies, base:allocation as context 1, a 1 MiB export. */
async function goodHandshake (s: Socket, take: (n: number) => Promise<Buffer>): Promise<void> {
  s.write(GREETING)
  await take(4)
  for (;;) {
    const h = await take(16)
    const option = h.readUInt32BE(8)
    await take(h.readUInt32BE(12))
    if (answerOption(s, option)) return
  }
}

/** One fuzzed option reply: a plausible type and payload for the option asked, or anything. */
const optionAnswer = fc.record({
  option: fc.oneof(fc.constant(-1), fc.nat({ max: 12 })),
  type: fc.oneof(fc.constantFrom(1, 3, 4, 0x80000001, 0x80000005, 0x80000006, 0x80000007), fc.nat({ max: 0xffffffff })),
  data: fc.oneof(
    fc.uint8Array({ maxLength: 40 }),
    fc.tuple(fc.nat({ max: 3 }), fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }), fc.nat({ max: 0xffff })).map(([kind, size, flags]) => kind === 0 ? Buffer.concat([u16(0), u64(size), u16(flags)]) : Buffer.concat([u16(kind), u32(Number(size & 0xffffffffn)), u32(flags), u32(Number(size >> 32n) >>> 0)])),
    fc.tuple(fc.nat({ max: 3 }), fc.string({ maxLength: 20 })).map(([ctx, name]) => Buffer.concat([u32(ctx), Buffer.from(name)]))
  ),
  lengthSkew: fc.oneof(fc.constant(0), fc.integer({ min: -4, max: 4 }))
})

/** One fuzzed transmission reply to the request it follows (or to another cookie). */
const transmissionReply = fc.record({
  structured: fc.boolean(),
  cookie: fc.oneof(fc.constant('this'), fc.constant('earlier'), fc.constant('random')),
  randomCookie: fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }),
  flags: fc.nat({ max: 3 }),
  type: fc.oneof(fc.constantFrom(0, 1, 2, 5, 0x8001, 0x8002), fc.nat({ max: 0xffff })),
  errno: fc.oneof(fc.constant(0), fc.constantFrom(5, 22, 28), fc.nat({ max: 0xffffffff })),
  offsetSkew: fc.oneof(fc.constant(0), fc.integer({ min: -4096, max: 4096 })),
  lengthSkew: fc.oneof(fc.constant(0), fc.integer({ min: -64, max: 64 })),
  payload: fc.uint8Array({ maxLength: 64 }),
  extents: fc.array(fc.tuple(fc.nat({ max: 0xffffffff }), fc.nat({ max: 7 })), { maxLength: 4 }),
  noise: fc.option(fc.uint8Array({ minLength: 1, maxLength: 30 }), { freq: 5 }),
  // a chunk claiming a huge payload must fail, not allocate or wait for it
  hugeLength: fc.option(fc.integer({ min: 1 << 20, max: 0xffffffff }), { freq: 6 })
})

interface Req { cookie: Buffer, offset: number, length: number, command: number }

function encodeTransmission (r: 'correct' | (typeof transmissionReply extends fc.Arbitrary<infer T> ? T : never), req: Req, earlier: Req | undefined): Buffer {
  if (r === 'correct') {
    const payload = req.command === 0
      ? Buffer.concat([u64(req.offset), Buffer.alloc(req.length, 0xcd)])
      : Buffer.concat([u32(1), u32(req.length), u32(0)])
    return Buffer.concat([u32(0x668e33ef), u16(1), u16(req.command === 0 ? 1 : 5), req.cookie, u32(payload.length), payload])
  }
  if (r.noise !== null) return Buffer.from(r.noise)
  const cookie = r.cookie === 'this' ? req.cookie : r.cookie === 'earlier' && earlier !== undefined ? earlier.cookie : u64(r.randomCookie)
  const offset = Math.max(0, req.offset + r.offsetSkew)
  if (!r.structured) {
    const data = r.errno === 0 && req.command === 0 ? Buffer.alloc(Math.max(0, req.length + r.lengthSkew)) : Buffer.alloc(0)
    return Buffer.concat([u32(0x67446698), u32(r.errno), cookie, data])
  }
  let payload: Buffer
  if (r.type === 1) payload = Buffer.concat([u64(offset), Buffer.alloc(Math.max(0, Math.min(req.length, 4096) + r.lengthSkew), 0xab)])
  else if (r.type === 2) payload = Buffer.concat([u64(offset), u32(Math.max(0, req.length + r.lengthSkew))])
  else if (r.type === 5) payload = Buffer.concat([u32(r.flags === 0 ? 1 : r.flags), ...r.extents.flatMap(([len, flags]) => [u32(len), u32(flags)])])
  else if (r.type === 0x8001 || r.type === 0x8002) {
    const msg = Buffer.from(r.payload).subarray(0, 16)
    payload = Buffer.concat([u32(r.errno), u16(msg.length + (r.lengthSkew % 3)), msg, r.type === 0x8002 ? u64(offset) : Buffer.alloc(0)])
  } else payload = Buffer.from(r.payload)
  return Buffer.concat([u32(0x668e33ef), u16(r.flags), u16(r.type), cookie, u32(r.hugeLength ?? Math.max(0, payload.length + (r.lengthSkew > 60 ? r.lengthSkew : 0))), payload])
}

const NBD_CODES = ['ERR_NBD_PROTOCOL', 'ERR_NBD_NO_EXPORT', 'ERR_NBD_UNSUPPORTED', 'ERR_NBD_SERVER_ERROR', 'ERR_NBD_DISCONNECTED', 'ERR_NBD_TIMEOUT', 'ERR_NBD_CLOSED', 'ERR_NBD_NO_CONTEXT', 'ERR_NBD_OUT_OF_RANGE', 'ERR_NBD_UNREACHABLE']

describe('fuzz: NBD client', function () {
  beforeEach(() => { outcomes = new Map() })
  this.timeout(budgetMs(300, 10, 10_000))
  let dir: string
  let server: FakeServer
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-fuzz-nbd-'))
    server = new FakeServer(join(dir, 'nbd.sock'))
    await server.listen()
  })
  after(async () => {
    await server.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('any handshake answers, then the end: connect gives a client or an NbdError', async () => {
    await fc.assert(fc.asyncProperty(
      fc.oneof({ weight: 4, arbitrary: fc.constant(GREETING) }, fc.uint8Array({ maxLength: 24 }).map(b => Buffer.from(b)), fc.nat({ max: 0xffff }).map(f => Buffer.concat([GREETING.subarray(0, 16), u16(f)]))),
      // per option: the correct answer (so that later options are reached) or fuzzed ones
      fc.array(fc.oneof({ weight: 3, arbitrary: fc.constant('correct' as const) }, fc.array(optionAnswer, { maxLength: 3 })), { maxLength: 5 }),
      async (greeting, answers) => {
        server.handler = (s) => {
          const take = reader(s)
          // a client waiting for more than the script holds is answered by the end, soon
          idleEnd(s)
          void (async () => {
            s.write(greeting)
            await take(4)
            for (const answer of answers) {
              const h = await take(16)
              const option = h.readUInt32BE(8)
              await take(h.readUInt32BE(12))
              if (answer === 'correct') { answerOption(s, option); continue }
              for (const a of answer) {
                const reply = optionReply(a.option < 0 ? option : a.option, a.type, a.data)
                reply.writeUInt32BE(Math.max(0, a.data.length + a.lengthSkew), 16)
                s.write(reply)
              }
            }
            s.end()
          })().catch(() => { s.destroy() })
        }
        let client: NbdClient | undefined
        const connect = NbdClient.connect(`unix:${server.path}`, { timeoutMs: 3000, metaContexts: ['base:allocation'] }).then(c => { client = c })
        if (await settled('NBD connect', connect, NbdError, NBD_CODES) === 'ok') {
          assert.ok(Number.isSafeInteger(client!.size) && client!.size >= 0, `export size ${client!.size}`)
          await client!.close().catch(() => {})
        }
      }), runs(300, 10_000))
    bothWays('NBD connect')
  })

  it('any transmission replies, then the end: every read and block status settles, later calls fail', async () => {
    await fc.assert(fc.asyncProperty(
      // per request: the correct reply (so that later ones are reached) or fuzzed ones
      fc.array(fc.oneof({ weight: 2, arbitrary: fc.constant(['correct' as const]) }, fc.array(transmissionReply, { maxLength: 3 })), { minLength: 1, maxLength: 4 }),
      fc.array(fc.tuple(fc.nat({ max: EXPORT_SIZE - 1 }), fc.integer({ min: 1, max: 8192 }), fc.boolean()), { minLength: 1, maxLength: 4 }),
      async (answers, calls) => {
        server.handler = (s) => {
          const take = reader(s)
          void (async () => {
            await goodHandshake(s, take)
            idleEnd(s)
            const queue = [...answers]
            let earlier: Req | undefined
            for (;;) {
              const h = await take(28)
              const req: Req = { command: h.readUInt16BE(6), cookie: Buffer.from(h.subarray(8, 16)), offset: Number(h.readBigUInt64BE(16)), length: h.readUInt32BE(24) }
              if (req.command === 1) await take(req.length)
              if (req.command === 2) { s.end(); return }
              const answer = queue.shift()
              if (answer === undefined) { s.end(); return }
              for (const a of answer) s.write(encodeTransmission(a, req, earlier))
              earlier = req
              if (queue.length === 0) { s.end(); return }
            }
          })().catch(() => { s.destroy() })
        }
        const client = await within(5000, 'NBD connect', NbdClient.connect(`unix:${server.path}`, { timeoutMs: 1000, metaContexts: ['base:allocation'] }))
        try {
          await Promise.all(calls.map(([offset, length, status]) => {
            const n = Math.min(length, EXPORT_SIZE - offset)
            return settled('NBD call', status ? client.blockStatus('base:allocation', offset, n) : client.read(offset, n), NbdError, NBD_CODES)
          }))
          // the server ends when its answers run out: later calls fail, none hangs
          await assert.rejects(within(8000, 'NBD after the end', (async () => { for (;;) await client.read(0, 512) })()),
            (err: unknown) => { assertCoded(err, NbdError, NBD_CODES); return true })
        } finally {
          await client.close().catch(() => {})
        }
      }), runs(300, 10_000))
    bothWays('NBD call')
  })
})
