/**
 * The NBD server against real clients over a unix socket: the project's NbdClient, `qemu-img
 * convert`/`compare`/`map`, `nbdinfo --map`/`--list` (libnbd) and `qemu-io -r`, each reading a
 * point built from an image (test/helpers/point-disk.ts) through a PointDiskSource; and a raw
 * socket for what no well-behaved client sends (writes, bad magics).
 */
import assert from 'node:assert/strict'
import { connect, type Socket } from 'node:net'
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Logger } from '../../../../node/core/logger.ts'
import { Inbox } from '../../../../node/hosts/nbd-server/inbox.ts'
import { PointDiskSource } from '../../../../node/hosts/nbd-server/point-disk.ts'
import { NbdServer } from '../../../../node/hosts/nbd-server/server.ts'
import { NbdClient } from '../../../../node/hosts/qemu/nbd/client.ts'
import { NbdError } from '../../../../node/hosts/qemu/nbd/errors.ts'
import {
  CMD_READ, CMD_TRIM, CMD_WRITE, CMD_WRITE_ZEROES, EPERM, IHAVEOPT, NBD_STATE_HOLE, NBD_STATE_ZERO, OPT_GO, OPT_STRUCTURED_REPLY,
  REP_ACK, REPLY_ERROR, SIMPLE_REPLY_MAGIC, STRUCTURED_REPLY_MAGIC, requestHeader
} from '../../../../node/hosts/qemu/nbd/protocol.ts'
import { KiB, MiB, plainPoint, testImage, type TestPoint } from '../../../helpers/point-disk.ts'
import { requireTools, run } from '../../../helpers/qemu.ts'

const BLOCK = 256 * KiB
const SIZE = 8 * MiB + 192 * KiB // a partial tail block

/** A logger that keeps its lines. */
function recordingLog (): Logger & { lines: Array<{ level: string, msg: string, fields?: Record<string, unknown> }> } {
  const lines: Array<{ level: string, msg: string, fields?: Record<string, unknown> }> = []
  const at = (level: string) => (msg: string, fields?: Record<string, unknown>): void => { lines.push({ level, msg, fields }) }
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') }
}

/** A hand-driven NBD client: the handshake up to NBD_OPT_GO, then requests as raw bytes. */
class RawClient {
  readonly socket: Socket
  readonly inbox: Inbox
  readonly closed: Promise<void>

  private constructor (socket: Socket) {
    this.socket = socket
    this.inbox = new Inbox(socket)
    this.closed = new Promise(resolve => socket.once('close', () => resolve()))
  }

  static async open (path: string, exportName: string, structured: boolean): Promise<RawClient> {
    const socket = connect({ path })
    await new Promise<void>((resolve, reject) => { socket.once('connect', resolve).once('error', reject) })
    const c = new RawClient(socket)
    await c.take(18)
    socket.write(Buffer.from([0, 0, 0, 3]))
    if (structured) {
      c.option(OPT_STRUCTURED_REPLY, Buffer.alloc(0))
      assert.equal((await c.take(20)).readUInt32BE(12), REP_ACK)
    }
    const name = Buffer.from(exportName)
    const go = Buffer.alloc(4 + name.length + 2)
    go.writeUInt32BE(name.length)
    name.copy(go, 4)
    c.option(OPT_GO, go)
    for (;;) {
      const h = await c.take(20)
      const data = await c.take(h.readUInt32BE(16))
      if (h.readUInt32BE(12) === REP_ACK) break
      void data
    }
    return c
  }

  option (code: number, data: Buffer): void {
    const h = Buffer.alloc(16)
    h.writeBigUInt64BE(IHAVEOPT)
    h.writeUInt32BE(code, 8)
    h.writeUInt32BE(data.length, 12)
    this.socket.write(Buffer.concat([h, data]))
  }

  async take (n: number): Promise<Buffer> {
    if (this.inbox.available < n) await this.inbox.wait(n)
    return this.inbox.take(n)
  }

  /** The next reply's error value: a simple reply, or a structured chunk (its error if it is an error chunk). */
  async reply (): Promise<{ cookie: number, error: number, structured: boolean }> {
    const magic = (await this.take(4)).readUInt32BE(0)
    if (magic === SIMPLE_REPLY_MAGIC) {
      const h = await this.take(12)
      return { cookie: h.readUInt32BE(8), error: h.readUInt32BE(0), structured: false }
    }
    assert.equal(magic, STRUCTURED_REPLY_MAGIC)
    const h = await this.take(16)
    const payload = await this.take(h.readUInt32BE(12))
    return { cookie: h.readUInt32BE(8), error: h.readUInt16BE(2) === REPLY_ERROR ? payload.readUInt32BE(0) : 0, structured: true }
  }
}

describe('NBD server (node/hosts/nbd-server)', function () {
  this.timeout(60_000)
  let dir: string
  let image: Buffer
  let imagePath: string
  let point: TestPoint
  let server: NbdServer
  let source: PointDiskSource
  let log: ReturnType<typeof recordingLog>
  let socketPath: string
  let url: string
  const clients: NbdClient[] = []

  before(async () => {
    image = testImage(SIZE, BLOCK)
    point = plainPoint(image, BLOCK)
  })

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nbd-server-'))
    imagePath = join(dir, 'disk.raw')
    await writeFile(imagePath, image)
    socketPath = join(dir, 'nbd.sock')
    log = recordingLog()
    server = await NbdServer.listen({ path: socketPath }, { log })
    source = new PointDiskSource({ ...point.init, log })
    server.add('web01-disk0', source)
    url = `nbd+unix:///web01-disk0?socket=${socketPath}`
  })

  afterEach(async () => {
    for (const c of clients.splice(0)) await c.close().catch(() => {})
    await server.close()
    source.close()
    await rm(dir, { recursive: true, force: true })
  })

  async function client (options: { metaContexts?: string[], maxInFlight?: number } = {}): Promise<NbdClient> {
    const c = await NbdClient.connect(`unix:${socketPath}`, { exportName: 'web01-disk0', metaContexts: ['base:allocation'], ...options })
    clients.push(c)
    return c
  }

  it('listens on a unix socket of mode 0600, and removes it on close', async () => {
    assert.equal(server.address, `unix:${socketPath}`)
    assert.equal((await stat(socketPath)).mode & 0o777, 0o600)
    await server.close()
    await assert.rejects(stat(socketPath), { code: 'ENOENT' })
  })

  it('refuses a second server on the same socket, and replaces a stale socket file', async () => {
    await assert.rejects(NbdServer.listen({ path: socketPath }), { code: 'ERR_NBD_SERVER_ADDRESS_IN_USE' })
    // a socket file left by a process that exited without closing its server
    const stale = join(dir, 'stale.sock')
    await run(process.execPath, ['-e', `require('node:net').createServer().listen(${JSON.stringify(stale)}, () => process.exit(0))`])
    assert.ok((await stat(stale)).isSocket())
    const second = await NbdServer.listen({ path: stale })
    await second.close()
  })

  it('listens on TCP on 127.0.0.1 with a free port', async () => {
    const tcp = await NbdServer.listen({ host: '127.0.0.1', port: 0 })
    try {
      assert.match(tcp.address, /^tcp:127\.0\.0\.1:\d+$/)
      tcp.add('d', source)
      const c = await NbdClient.connect(tcp.address, { exportName: 'd' })
      assert.deepEqual(await c.read(0, 4096), image.subarray(0, 4096))
      await c.close()
    } finally {
      await tcp.close()
    }
  })

  it('serves the point bit-exact to the project\'s NbdClient, with zero blocks as holes, read-only', async () => {
    const c = await client()
    assert.equal(c.size, SIZE)
    assert.equal(c.readOnly, true)
    assert.equal(c.structured, true)
    assert.deepEqual(await c.read(0, SIZE), image)
    assert.ok(c.stats.holeBytes >= 3 * BLOCK, `holes: ${c.stats.holeBytes}`)
    // reads across block edges, inside blocks and over the tail
    for (const [offset, length] of [[BLOCK - 512, 1024], [3 * BLOCK + 4096, 2 * BLOCK], [SIZE - 4096, 4096], [SIZE - 200 * KiB, 200 * KiB]] as const) {
      assert.deepEqual(await c.read(offset, length), image.subarray(offset, offset + length), `read of ${length} at ${offset}`)
    }
    const extents = await c.blockStatus('base:allocation', 0, SIZE)
    assert.deepEqual(extents[0], { offset: 0, length: BLOCK, flags: 0 })
    assert.deepEqual(extents[1], { offset: BLOCK, length: BLOCK, flags: NBD_STATE_HOLE | NBD_STATE_ZERO })
    assert.equal(extents.reduce((n, e) => n + e.length, 0), SIZE)
    await assert.rejects(c.write(0, Buffer.alloc(4096)), { code: 'ERR_NBD_READ_ONLY' })
  })

  it('answers many requests in flight on one connection, in any order', async () => {
    const c = await client({ maxInFlight: 64 })
    const reads: Array<Promise<void>> = []
    for (let i = 0; i < 300; i++) {
      const offset = (i * 37 * 4096) % (SIZE - 64 * KiB)
      const length = 4096 * (1 + (i % 16))
      reads.push(c.read(offset, length).then(b => { assert.ok(b.equals(image.subarray(offset, offset + length)), `read ${i}`) }))
    }
    await Promise.all(reads)
  })

  it('serves two connections at once, counts them, and closes them when the export is removed', async () => {
    const a = await client()
    const b = await client()
    assert.equal(server.connections('web01-disk0'), 2)
    const [ra, rb] = await Promise.all([a.read(0, SIZE), b.read(0, SIZE)])
    assert.ok(ra.equals(image) && rb.equals(image))
    server.remove('web01-disk0')
    await assert.rejects(a.read(0, 4096), (err: NbdError) => err.code === 'ERR_NBD_DISCONNECTED' || err.code === 'ERR_NBD_CLOSED')
    await assert.rejects(b.read(0, 4096), (err: NbdError) => err.code === 'ERR_NBD_DISCONNECTED' || err.code === 'ERR_NBD_CLOSED')
    assert.equal(server.connections('web01-disk0'), 0)
    await assert.rejects(NbdClient.connect(`unix:${socketPath}`, { exportName: 'web01-disk0' }), { code: 'ERR_NBD_NO_EXPORT' })
  })

  it('refuses an export name twice, and adds after close', async () => {
    assert.throws(() => server.add('web01-disk0', source), { code: 'ERR_NBD_SERVER_EXPORT_EXISTS' })
    assert.throws(() => server.add('x'.repeat(4097), source), { code: 'ERR_NBD_SERVER_BAD_EXPORT' })
    await server.close()
    assert.throws(() => server.add('other', source), { code: 'ERR_NBD_SERVER_CLOSED' })
  })

  it('refuses writes, trims and write-zeroes with EPERM and keeps the connection', async () => {
    for (const structured of [false, true]) {
      const raw = await RawClient.open(socketPath, 'web01-disk0', structured)
      const write = Buffer.concat([requestHeader(CMD_WRITE, 1, 0, 4096), Buffer.alloc(4096, 0x55)])
      raw.socket.write(write)
      assert.deepEqual(await raw.reply(), { cookie: 1, error: EPERM, structured })
      raw.socket.write(requestHeader(CMD_TRIM, 2, 0, 4096))
      assert.deepEqual(await raw.reply(), { cookie: 2, error: EPERM, structured })
      raw.socket.write(requestHeader(CMD_WRITE_ZEROES, 3, 0, 4096))
      assert.deepEqual(await raw.reply(), { cookie: 3, error: EPERM, structured })
      if (!structured) {
        raw.socket.write(requestHeader(CMD_READ, 4, 0, 4096))
        assert.deepEqual(await raw.reply(), { cookie: 4, error: 0, structured: false })
        assert.deepEqual(await raw.take(4096), image.subarray(0, 4096))
      }
      raw.socket.destroy()
    }
    const data = await readFile(imagePath)
    assert.ok(data.equals(image))
  })

  it('closes a connection that sends a bad request, logs why, and goes on serving the others', async () => {
    const good = await client()
    const raw = await RawClient.open(socketPath, 'web01-disk0', true)
    const bad = requestHeader(CMD_READ, 9, 0, 4096)
    bad.writeUInt32BE(0xdeadbeef, 0)
    raw.socket.write(bad)
    await raw.closed
    const dropped = log.lines.find(l => l.msg === 'NBD client dropped')
    assert.ok(dropped !== undefined, 'a log line says why the client was dropped')
    assert.equal(dropped.fields?.code, 'ERR_NBD_SERVER_PROTOCOL')
    assert.match(String(dropped.fields?.reason), /bad request magic 0xdeadbeef/)
    // a broken handshake too
    const s = connect({ path: socketPath })
    s.on('data', () => {})
    s.write(Buffer.concat([Buffer.from([0, 0, 0, 3]), Buffer.alloc(16, 0x41)]))
    await new Promise(resolve => s.once('close', resolve))
    assert.deepEqual(await good.read(SIZE - 4096, 4096), image.subarray(SIZE - 4096))
    const fresh = await client()
    assert.deepEqual(await fresh.read(0, 4096), image.subarray(0, 4096))
  })

  describe('with QEMU and libnbd tools', function () {
    before(function () { requireTools(this, 'qemu-img', 'qemu-io', 'nbdinfo') })

    it('qemu-img compare and convert read the point bit-exact', async () => {
      assert.match(await run('qemu-img', ['compare', '-f', 'raw', '-F', 'raw', imagePath, url]), /Images are identical/)
      const out = join(dir, 'out.raw')
      await run('qemu-img', ['convert', '-f', 'raw', '-O', 'raw', url, out])
      assert.ok((await readFile(out)).equals(image))
    })

    it('nbdinfo --map and qemu-img map show zero blocks as holes', async () => {
      const map = (await run('nbdinfo', ['--map', url])).trim().split('\n').map(l => l.trim().split(/\s+/))
      assert.deepEqual(map[0], ['0', String(BLOCK), '0', 'data'])
      assert.deepEqual(map[1], [String(BLOCK), String(BLOCK), '3', 'hole,zero'])
      const zeroBlocks = [...Array(Math.ceil(SIZE / BLOCK)).keys()].filter(i => image.subarray(i * BLOCK, (i + 1) * BLOCK).every(b => b === 0))
      const holeBytes = map.filter(m => m[3] === 'hole,zero').reduce((n, m) => n + Number(m[1]), 0)
      assert.equal(holeBytes, zeroBlocks.length * BLOCK)
      const qmap = JSON.parse(await run('qemu-img', ['map', '--output=json', '-f', 'raw', url])) as Array<{ start: number, length: number, zero: boolean, data: boolean }>
      assert.equal(qmap.filter(e => e.zero && !e.data).reduce((n, e) => n + e.length, 0), holeBytes)
    })

    it('nbdinfo lists the exports and their flags', async () => {
      server.add('web01-disk1', source)
      const list = await run('nbdinfo', ['--list', `nbd+unix://?socket=${socketPath}`])
      assert.match(list, /export="web01-disk0"/)
      assert.match(list, /export="web01-disk1"/)
      const info = await run('nbdinfo', [url])
      assert.match(info, /is_read_only: true/)
      assert.match(info, /can_multi_conn: true/)
      assert.match(info, new RegExp(`export-size: ${SIZE}`))
    })

    it('qemu-io -r reads patterns and zeros; qemu-io cannot open it writable', async () => {
      const out = await run('qemu-io', ['-r', '-f', 'raw', '-c', `read -P 0xab ${3 * BLOCK} ${BLOCK}`, '-c', `read -P 0 ${BLOCK} ${BLOCK}`, '-c', `read -P 0 ${6 * MiB} ${2 * MiB}`, url])
      assert.doesNotMatch(out, /Pattern verification failed/)
      assert.equal(out.match(/^read /gm)?.length, 3, out)
      await assert.rejects(run('qemu-io', ['-f', 'raw', '-c', 'write -P 1 0 4k', url]), /Permission denied|read-only/)
      assert.ok((await readFile(imagePath)).equals(image))
    })
  })
})
