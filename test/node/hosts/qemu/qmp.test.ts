import assert from 'node:assert/strict'
import { createServer, type Server, type Socket } from 'node:net'
import { writeFile } from 'node:fs/promises'
import { QmpClient, QmpError, parseQmpAddress, type QmpEvent } from '../../../../node/hosts/qemu/qmp.ts'
import { MiB, QemuLab, requireTools, type QemuProcess } from '../../../helpers/qemu.ts'

const GREETING = '{"QMP": {"version": {"qemu": {"micro": 0, "minor": 2, "major": 7}, "package": ""}, "capabilities": ["oob"]}}\r\n'

/** A scripted QMP server on a unix socket: `onLine` answers each line the client sends. */
async function fakeServer (path: string, onConnect: (socket: Socket) => void, onLine: (socket: Socket, msg: any) => void): Promise<Server> {
  const server = createServer(socket => {
    onConnect(socket)
    let buf = ''
    socket.on('data', d => {
      buf += d.toString()
      let nl
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl)
        buf = buf.slice(nl + 1)
        onLine(socket, JSON.parse(line))
      }
    })
    socket.on('error', () => {})
  })
  await new Promise<void>(resolve => server.listen(path, resolve))
  return server
}

const isQmp = (code: string, extra: (e: QmpError) => boolean = () => true) => (err: unknown): boolean =>
  err instanceof QmpError && err.code === code && extra(err)

describe('QMP client', () => {
  let lab: QemuLab
  const servers: Server[] = []

  beforeEach(async () => { lab = await QemuLab.create() })
  afterEach(async () => {
    for (const s of servers.splice(0)) {
      s.close()
    }
    await lab.cleanup()
  })

  describe('addresses', () => {
    it('parses unix and tcp addresses, IPv6 in brackets', () => {
      assert.deepEqual(parseQmpAddress('unix:/run/a.qmp'), { type: 'unix', path: '/run/a.qmp' })
      assert.deepEqual(parseQmpAddress('tcp:127.0.0.1:4444'), { type: 'tcp', host: '127.0.0.1', port: 4444 })
      assert.deepEqual(parseQmpAddress('tcp:[::1]:4444'), { type: 'tcp', host: '::1', port: 4444 })
      for (const bad of ['', 'unix:', '/run/a.qmp', 'tcp:host', 'tcp:host:0', 'tcp:host:70000']) {
        assert.throws(() => parseQmpAddress(bad), isQmp('ERR_QMP_UNREACHABLE', e => e.message.includes(`"${bad}"`)), bad)
      }
    })

    it('names the address when the socket is absent', async () => {
      const path = lab.path('nothing.qmp')
      await assert.rejects(QmpClient.connect(`unix:${path}`), isQmp('ERR_QMP_UNREACHABLE', e => e.message.includes(path) && e.message.includes('ENOENT') && e.address === `unix:${path}`))
    })

    it('names the address when the connection is refused (a file that is no socket, a closed port)', async () => {
      const path = lab.path('plain-file')
      await writeFile(path, '')
      await assert.rejects(QmpClient.connect(`unix:${path}`), isQmp('ERR_QMP_UNREACHABLE', e => e.message.includes(path) && e.message.includes('ECONNREFUSED')))
      const server = createServer()
      await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
      const port = (server.address() as { port: number }).port
      await new Promise<void>(resolve => server.close(() => { resolve() }))
      await assert.rejects(QmpClient.connect(`tcp:127.0.0.1:${port}`), isQmp('ERR_QMP_UNREACHABLE', e => e.message.includes(`tcp:127.0.0.1:${port}`)))
    })
  })

  describe('protocol (scripted server)', () => {
    it('matches replies by id with events and out-of-order replies in between', async () => {
      const path = lab.path('fake.qmp')
      const held: any[] = []
      servers.push(await fakeServer(path, s => s.write(GREETING), (s, msg) => {
        if (msg.execute === 'qmp_capabilities') { s.write(`{"return": {}, "id": ${JSON.stringify(msg.id)}}\r\n`); return }
        held.push(msg)
        if (held.length < 2) return
        // answer the second first, with an event before each reply
        s.write('{"event": "E1", "data": {"n": 1}, "timestamp": {"seconds": 1, "microseconds": 2}}\r\n')
        s.write(`{"return": "second", "id": ${JSON.stringify(held[1].id)}}\r\n`)
        s.write('{"event": "E2", "data": {"n": 2}, "timestamp": {"seconds": 1, "microseconds": 3}}\r\n')
        s.write(`{"return": "first", "id": ${JSON.stringify(held[0].id)}}\r\n`)
      }))
      const q = await QmpClient.connect(`unix:${path}`)
      try {
        assert.equal(q.greeting.version?.qemu?.major, 7)
        const seen: string[] = []
        q.on('event', (e: QmpEvent) => seen.push(e.event))
        const e2 = q.waitEvent('E2', { predicate: e => e.data.n === 2, timeoutMs: 5000 })
        const [a, b] = await Promise.all([q.execute('one'), q.execute('two', { x: 1 })])
        assert.equal(a, 'first')
        assert.equal(b, 'second')
        assert.deepEqual((await e2).data, { n: 2 })
        assert.deepEqual(seen, ['E1', 'E2'])
        assert.deepEqual(held.map(m => [m.execute, m.arguments]), [['one', undefined], ['two', { x: 1 }]])
      } finally {
        await q.close()
      }
    })

    it('closes with ERR_QMP_PROTOCOL on a malformed line, failing the pending command', async () => {
      const path = lab.path('bad.qmp')
      servers.push(await fakeServer(path, s => s.write(GREETING), (s, msg) => {
        if (msg.execute === 'qmp_capabilities') s.write(`{"return": {}, "id": ${msg.id}}\r\n`)
        else s.write('this is not json\r\n')
      }))
      const q = await QmpClient.connect(`unix:${path}`)
      const closed = new Promise(resolve => q.once('close', resolve))
      await assert.rejects(q.execute('query-status'), isQmp('ERR_QMP_PROTOCOL', e => e.message.includes('not JSON')))
      assert.ok(await closed instanceof QmpError)
      assert.equal(q.closed, true)
      await assert.rejects(q.execute('query-status'), isQmp('ERR_QMP_CLOSED'))
      await q.close()
    })

    it('bounds the line buffer', async () => {
      const path = lab.path('long.qmp')
      servers.push(await fakeServer(path, s => s.write(GREETING), (s, msg) => {
        if (msg.execute === 'qmp_capabilities') s.write(`{"return": {}, "id": ${msg.id}}\r\n`)
        else s.write('{"return": "' + 'x'.repeat(64 * 1024)) // never ends
      }))
      const q = await QmpClient.connect(`unix:${path}`, { maxLineBytes: 4096 })
      await assert.rejects(q.execute('query-status'), isQmp('ERR_QMP_PROTOCOL', e => e.message.includes('longer than 4096')))
      await q.close()
    })

    it('refuses a server that does not greet with QMP, and one that never greets', async () => {
      const path = lab.path('qga.qmp')
      servers.push(await fakeServer(path, s => s.write('{"return": {}}\n'), () => {}))
      await assert.rejects(QmpClient.connect(`unix:${path}`), isQmp('ERR_QMP_PROTOCOL', e => e.message.includes('did not greet')))
      const silent = lab.path('silent.qmp')
      servers.push(await fakeServer(silent, () => {}, () => {}))
      await assert.rejects(QmpClient.connect(`unix:${silent}`, { connectTimeoutMs: 200 }), isQmp('ERR_QMP_UNREACHABLE', e => e.message.includes('no QMP greeting') && e.message.includes(silent)))
    })

    it('times out a command without a reply, and rejects pending work on close', async () => {
      const path = lab.path('mute.qmp')
      servers.push(await fakeServer(path, s => s.write(GREETING), (s, msg) => {
        if (msg.execute === 'qmp_capabilities') s.write(`{"return": {}, "id": ${msg.id}}\r\n`)
      }))
      const q = await QmpClient.connect(`unix:${path}`)
      await assert.rejects(q.execute('slow', undefined, { timeoutMs: 100 }), isQmp('ERR_QMP_TIMEOUT', e => e.command === 'slow'))
      await assert.rejects(q.waitEvent('NEVER', { timeoutMs: 100 }), isQmp('ERR_QMP_TIMEOUT', e => e.message.includes('NEVER')))
      const pending = assert.rejects(q.execute('forever', undefined, { timeoutMs: 0 }), isQmp('ERR_QMP_CLOSED', e => e.command === 'forever'))
      const waiting = assert.rejects(q.waitEvent('NEVER', { timeoutMs: 60_000 }), isQmp('ERR_QMP_CLOSED'))
      const iterator = q.events()
      const next = iterator.next()
      await q.close()
      await pending
      await waiting
      assert.deepEqual(await next, { value: undefined, done: true })
    })
  })

  describe('against qemu-storage-daemon', () => {
    let qsd: QemuProcess

    before(function () { requireTools(this, 'qemu-img', 'qemu-storage-daemon') })
    beforeEach(async () => {
      const file = await lab.image('d0.qcow2', 'qcow2', 16 * MiB)
      qsd = await lab.qsd('qmp', [{ node: 'd0', file, format: 'qcow2' }])
    })

    it('greets, negotiates, runs commands and reports QEMU errors with class, desc and command', async () => {
      const q = await QmpClient.connect(qsd.qmp)
      try {
        assert.ok((q.greeting.version?.qemu?.major ?? 0) >= 7)
        const version = await q.execute<{ qemu: { major: number } }>('query-version')
        assert.equal(version.qemu.major, q.greeting.version?.qemu?.major)
        const nodes = await q.execute<{ 'node-name': string }[]>('query-named-block-nodes', { flat: true })
        assert.deepEqual(nodes.map(n => n['node-name']).sort(), ['d0', 'd0-file'])
        await assert.rejects(q.execute('query-name'), isQmp('ERR_QMP_COMMAND', e =>
          e.errorClass === 'CommandNotFound' && e.command === 'query-name' && e.desc!.includes('query-name') && e.address === qsd.qmp))
        await assert.rejects(q.execute('block-dirty-bitmap-add', { node: 'nope', name: 'x' }), isQmp('ERR_QMP_COMMAND', e =>
          e.errorClass === 'GenericError' && e.command === 'block-dirty-bitmap-add' && e.message.includes('nope')))
        // the connection stays usable after errors
        assert.deepEqual(await q.execute('query-jobs'), [])
      } finally {
        await q.close()
      }
    })

    it('delivers events registered before the command, and through events()', async () => {
      const q = await QmpClient.connect(qsd.qmp)
      try {
        const iterator = q.events()
        await q.execute('block-export-add', { type: 'nbd', id: 'ro', 'node-name': 'd0', name: 'ro', writable: false })
        const deleted = q.waitEvent('BLOCK_EXPORT_DELETED', { predicate: e => e.data.id === 'ro', timeoutMs: 10_000 })
        const other = q.waitEvent('BLOCK_EXPORT_DELETED', { predicate: e => e.data.id === 'someone-else', timeoutMs: 300 })
        await q.execute('block-export-del', { id: 'ro' })
        const event = await deleted
        assert.equal(event.event, 'BLOCK_EXPORT_DELETED')
        assert.equal(event.data.id, 'ro')
        assert.equal(typeof event.timestamp?.seconds, 'number')
        await assert.rejects(other, isQmp('ERR_QMP_TIMEOUT'))
        const first = await iterator.next()
        assert.equal(first.value?.event, 'BLOCK_EXPORT_DELETED')
        await iterator.return!()
      } finally {
        await q.close()
      }
    })

    it('reports the end of the connection when QEMU exits', async () => {
      const q = await QmpClient.connect(qsd.qmp)
      const closed = new Promise(resolve => q.once('close', resolve))
      await qsd.kill('SIGKILL')
      await closed
      await assert.rejects(q.execute('query-jobs'), isQmp('ERR_QMP_CLOSED', e => e.command === 'query-jobs'))
      await q.close()
    })
  })
})
