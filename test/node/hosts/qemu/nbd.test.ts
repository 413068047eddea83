import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { parseAddress } from '../../../../node/hosts/qemu/nbd/address.ts'
import { NbdClient } from '../../../../node/hosts/qemu/nbd/client.ts'
import { NbdError } from '../../../../node/hosts/qemu/nbd/errors.ts'
import { extents } from '../../../../node/hosts/qemu/nbd/extents.ts'
import { NBD_STATE_DIRTY, NBD_STATE_ZERO, type Extent } from '../../../../node/hosts/qemu/nbd/protocol.ts'
import { requireTools, startQemuNbd } from '../../../helpers/qemu.ts'

const exec = promisify(execFile)
const KiB = 1024
const MiB = 1024 * KiB

async function freePort (): Promise<number> {
  const server = createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  await new Promise<void>(resolve => server.close(() => resolve()))
  return port
}

/** [start, end) of each data extent in `qemu-img map`, merged. */
async function dataRanges (file: string): Promise<[number, number][]> {
  const { stdout } = await exec('qemu-img', ['map', '-U', '--output=json', '-f', 'qcow2', file])
  return merge((JSON.parse(stdout) as { start: number, length: number, data: boolean, zero: boolean }[])
    .filter(e => e.data && !e.zero).map(e => [e.start, e.start + e.length]))
}

function merge (ranges: [number, number][]): [number, number][] {
  const out: [number, number][] = []
  for (const r of ranges) {
    const last = out[out.length - 1]
    if (last !== undefined && last[1] === r[0]) last[1] = r[1]
    else out.push([r[0], r[1]])
  }
  return out
}

const isCode = (code: string, pattern?: RegExp) => (err: unknown): boolean => {
  assert.ok(err instanceof NbdError, `expected an NbdError, got ${String(err)}`)
  assert.equal(err.code, code, err.message)
  if (pattern !== undefined) assert.match(err.message, pattern)
  return true
}

describe('NBD client against qemu-nbd', function () {
  this.timeout(60_000)
  let dir: string
  let raw: Buffer
  let image: string
  const servers: { stop: () => Promise<void> }[] = []
  let unixAddress: string
  let tcpAddress: string
  const SIZE = 40 * MiB + 1536

  before(async function () {
    requireTools(this, 'qemu-img', 'qemu-nbd', 'qemu-io')
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-nbd-'))
    // data, holes, a data run across the 32 MiB request maximum, a short tail
    raw = Buffer.alloc(SIZE)
    randomBytes(3 * MiB).copy(raw, 0)
    randomBytes(100 * KiB).copy(raw, 8 * MiB)
    randomBytes(3 * MiB).copy(raw, 31 * MiB)
    randomBytes(1536).copy(raw, 40 * MiB)
    await writeFile(join(dir, 'disk.raw'), raw)
    image = join(dir, 'disk.qcow2')
    await exec('qemu-img', ['convert', '-f', 'raw', '-O', 'qcow2', join(dir, 'disk.raw'), image])
    const socket = join(dir, 'ro.sock')
    servers.push(await startQemuNbd(dir, ['-r', '-f', 'qcow2', '-x', 'disk', '-t', '-e', '32', '-k', socket, image]))
    unixAddress = `unix:${socket}`
    const port = await freePort()
    servers.push(await startQemuNbd(dir, ['-r', '-f', 'qcow2', '-x', 'disk', '-t', '-e', '32', '-b', '127.0.0.1', '-p', String(port), image]))
    tcpAddress = `tcp:127.0.0.1:${port}`
  })

  after(async () => {
    for (const s of servers.splice(0)) await s.stop()
    if (dir !== undefined) await rm(dir, { recursive: true, force: true })
  })

  for (const transport of ['unix', 'tcp', 'uri'] as const) {
    it(`handshakes and reads the whole export equal to the image (${transport})`, async () => {
      const address = transport === 'unix' ? unixAddress : transport === 'tcp' ? tcpAddress : `nbd://${tcpAddress.slice(4)}/disk`
      const client = await NbdClient.connect(address, { exportName: transport === 'uri' ? undefined : 'disk', metaContexts: ['base:allocation'] })
      try {
        assert.equal(client.size, SIZE)
        assert.equal(client.readOnly, true)
        assert.equal(client.structured, true)
        assert.deepEqual(client.blockSizes, { minimum: 1, preferred: 4096, maximum: 32 * MiB })
        assert.deepEqual([...client.contexts.keys()], ['base:allocation'])
        const whole = await client.read(0, SIZE)
        assert.ok(whole.equals(raw), 'export differs from the image')
      } finally {
        await client.close()
      }
    })
  }

  it('pipelines reads in random order, each landing in its own buffer', async () => {
    const client = await NbdClient.connect(unixAddress, { exportName: 'disk', maxInFlight: 8 })
    try {
      const reads = Array.from({ length: 200 }, () => {
        const length = 1 + Math.floor(Math.random() * 300 * KiB)
        const offset = Math.floor(Math.random() * (SIZE - length))
        return { offset, length }
      })
      const results = await Promise.all(reads.map(async r => await client.read(r.offset, r.length)))
      results.forEach((got, i) => {
        const { offset, length } = reads[i]!
        assert.ok(got.equals(raw.subarray(offset, offset + length)), `read ${i} at ${offset}+${length} differs`)
      })
      assert.ok(client.stats.requests >= 200)
    } finally {
      await client.close()
    }
  })

  it('splits a read over the server maximum (32 MiB) into several requests', async () => {
    const client = await NbdClient.connect(unixAddress, { exportName: 'disk', requestBytes: 64 * MiB })
    try {
      const into = Buffer.alloc(SIZE, 0xee)
      const got = await client.read(0, 40 * MiB, into)
      assert.equal(client.stats.requests, 2)
      assert.equal(got.buffer, into.buffer)
      assert.ok(got.equals(raw.subarray(0, 40 * MiB)))
    } finally {
      await client.close()
    }
  })

  it('fills holes (OFFSET_HOLE chunks) with zeros over whatever the buffer held', async () => {
    const client = await NbdClient.connect(unixAddress, { exportName: 'disk' })
    try {
      const into = Buffer.alloc(5 * MiB, 0xff)
      await client.read(3 * MiB, 5 * MiB, into)
      assert.ok(into.equals(Buffer.alloc(5 * MiB)), 'hole not zero-filled')
      assert.ok(client.stats.holeBytes >= 5 * MiB, `expected hole chunks, got ${JSON.stringify(client.stats)}`)
      // a read straddling data and hole
      const mixed = await client.read(2 * MiB, 2 * MiB, Buffer.alloc(2 * MiB, 0xff))
      assert.ok(mixed.equals(raw.subarray(2 * MiB, 4 * MiB)))
    } finally {
      await client.close()
    }
  })

  it('reports base:allocation extents matching qemu-img map', async () => {
    const client = await NbdClient.connect(tcpAddress, { exportName: 'disk', metaContexts: ['base:allocation'] })
    try {
      const all: Extent[] = []
      for await (const e of extents(client, 'base:allocation', { chunk: 8 * MiB })) all.push(e)
      assert.equal(all[0]!.offset, 0)
      assert.equal(all.reduce((n, e) => n + e.length, 0), SIZE)
      for (let i = 1; i < all.length; i++) {
        assert.equal(all[i]!.offset, all[i - 1]!.offset + all[i - 1]!.length)
        assert.notEqual(all[i]!.flags, all[i - 1]!.flags, 'neighbours with equal flags are merged')
      }
      const data = all.filter(e => (e.flags & NBD_STATE_ZERO) === 0).map(e => [e.offset, e.offset + e.length] as [number, number])
      assert.deepEqual(data, await dataRanges(image))
      await assert.rejects(client.blockStatus('qemu:dirty-bitmap:none', 0, 4096), isCode('ERR_NBD_NO_CONTEXT', /qemu:dirty-bitmap:none/))
    } finally {
      await client.close()
    }
  })

  it('reads a dirty bitmap: the dirty extents are exactly the ranges written while it recorded', async () => {
    const bm = join(dir, 'bitmap.qcow2')
    await exec('qemu-img', ['create', '-f', 'qcow2', bm, '16M'])
    await exec('qemu-io', ['-f', 'qcow2', '-c', 'write -P 0x11 0 1M', bm]) // before the bitmap: not dirty
    await exec('qemu-img', ['bitmap', '--add', bm, 'cbt-0'])
    const written: [number, number][] = [[1 * MiB, 1 * MiB + 64 * KiB], [5 * MiB, 5 * MiB + 256 * KiB], [12 * MiB, 13 * MiB]]
    await exec('qemu-io', ['-f', 'qcow2', ...written.flatMap(([s, e]) => ['-c', `write -P 0x5a ${s} ${e - s}`]), bm])
    await exec('qemu-img', ['bitmap', '--disable', bm, 'cbt-0']) // a read-only export refuses an enabled bitmap
    const socket = join(dir, 'bm.sock')
    const server = await startQemuNbd(dir, ['-r', '-f', 'qcow2', '-x', 'bm', '-B', 'cbt-0', '-t', '-k', socket, bm])
    servers.push(server)
    const client = await NbdClient.connect(`unix:${socket}`, { exportName: 'bm', metaContexts: ['base:allocation', 'qemu:dirty-bitmap:cbt-0'] })
    try {
      assert.ok(client.contexts.has('qemu:dirty-bitmap:cbt-0'))
      const dirty: [number, number][] = []
      for await (const e of extents(client, 'qemu:dirty-bitmap:cbt-0')) {
        if ((e.flags & NBD_STATE_DIRTY) !== 0) dirty.push([e.offset, e.offset + e.length])
      }
      assert.deepEqual(dirty, written)
      // a request smaller than the export covers just that range
      const part = await client.blockStatus('qemu:dirty-bitmap:cbt-0', 5 * MiB, 128 * KiB)
      assert.deepEqual(part, [{ offset: 5 * MiB, length: 128 * KiB, flags: NBD_STATE_DIRTY }])
    } finally {
      await client.close()
    }
  })

  it('writes and flushes through a writable export, and the image holds the data', async () => {
    const target = join(dir, 'restore.qcow2')
    await exec('qemu-img', ['create', '-f', 'qcow2', target, '8M'])
    const socket = join(dir, 'rw.sock')
    const server = await startQemuNbd(dir, ['-f', 'qcow2', '-x', 'rw', '-t', '-k', socket, target])
    servers.push(server)
    const client = await NbdClient.connect(`unix:${socket}`, { exportName: 'rw', requestBytes: MiB })
    const data = randomBytes(3 * MiB + 100)
    try {
      assert.equal(client.readOnly, false)
      await client.write(MiB + 512, data)
      await client.write(0, Buffer.from('boot'))
      await client.flush()
      assert.ok((await client.read(MiB + 512, data.length)).equals(data))
    } finally {
      await client.close()
    }
    const out = join(dir, 'restore.raw')
    await exec('qemu-img', ['convert', '-U', '-f', 'qcow2', '-O', 'raw', target, out])
    const back = await readFile(out)
    assert.ok(back.subarray(MiB + 512, MiB + 512 + data.length).equals(data))
    assert.equal(back.subarray(0, 4).toString(), 'boot')
  })

  it('refuses writes to a read-only export before sending them', async () => {
    const client = await NbdClient.connect(unixAddress, { exportName: 'disk' })
    try {
      await assert.rejects(client.write(0, Buffer.alloc(512)), isCode('ERR_NBD_READ_ONLY', /read-only/))
      await assert.rejects(client.read(SIZE - 10, 11), isCode('ERR_NBD_OUT_OF_RANGE'))
      await assert.rejects(client.read(0, 100, Buffer.alloc(10)), isCode('ERR_NBD_BUFFER_TOO_SMALL'))
      assert.equal((await client.read(0, 16)).length, 16, 'the connection is still usable')
    } finally {
      await client.close()
    }
  })

  it('names a missing export, an unreachable server and a bad address', async () => {
    await assert.rejects(NbdClient.connect(unixAddress, { exportName: 'nope' }), isCode('ERR_NBD_NO_EXPORT', /"nope"/))
    await assert.rejects(NbdClient.connect(`unix:${join(dir, 'nothing.sock')}`), isCode('ERR_NBD_UNREACHABLE', /nothing\.sock/))
    await assert.rejects(NbdClient.connect(`tcp:127.0.0.1:${await freePort()}`), isCode('ERR_NBD_UNREACHABLE', /ECONNREFUSED/))
    assert.throws(() => parseAddress('http://x'), isCode('ERR_NBD_BAD_ADDRESS'))
    assert.throws(() => parseAddress('tcp:host'), isCode('ERR_NBD_BAD_ADDRESS'))
  })

  it('close waits for reads in flight, and later calls fail ERR_NBD_CLOSED', async () => {
    const client = await NbdClient.connect(unixAddress, { exportName: 'disk' })
    const reading = client.read(0, 8 * MiB)
    const closing = client.close()
    assert.ok((await reading).equals(raw.subarray(0, 8 * MiB)))
    await closing
    await client.close()
    await assert.rejects(client.read(0, 1), isCode('ERR_NBD_CLOSED'))
  })
})

// ---------------------------------------------------------------------------------------------
// A scripted NBD server (node:net) that handshakes correctly, then answers as each test says.

interface FakeRequest { command: number, cookie: Buffer, offset: number, length: number, data?: Buffer }

interface FakeOptions {
  size?: number
  minimum?: number
  maximum?: number
  structured?: boolean
  /** Misbehave during the handshake: return true when the option was answered here. */
  onOption?: (option: number, socket: Socket) => boolean
  onRequest?: (request: FakeRequest, socket: Socket, all: FakeRequest[]) => void
}

const u16 = (n: number): Buffer => { const b = Buffer.alloc(2); b.writeUInt16BE(n); return b }
const u32 = (n: number): Buffer => { const b = Buffer.alloc(4); b.writeUInt32BE(n); return b }
const u64 = (n: number | bigint): Buffer => { const b = Buffer.alloc(8); b.writeBigUInt64BE(BigInt(n)); return b }

function optionReply (option: number, type: number, data: Buffer = Buffer.alloc(0)): Buffer {
  return Buffer.concat([u64(0x3e889045565a9), u32(option), u32(type), u32(data.length), data])
}
function chunk (flags: number, type: number, cookie: Buffer, payload: Buffer = Buffer.alloc(0)): Buffer {
  return Buffer.concat([u32(0x668e33ef), u16(flags), u16(type), cookie, u32(payload.length), payload])
}
function simple (errno: number, cookie: Buffer, data: Buffer = Buffer.alloc(0)): Buffer {
  return Buffer.concat([u32(0x67446698), u32(errno), cookie, data])
}
/** The content of the fake export: byte i is i mod 251. */
function pattern (offset: number, length: number): Buffer {
  const b = Buffer.alloc(length)
  for (let i = 0; i < length; i++) b[i] = (offset + i) % 251
  return b
}
const DONE = 1

async function fakeServer (options: FakeOptions): Promise<{ address: string, requests: FakeRequest[], close: () => Promise<void> }> {
  const size = options.size ?? MiB
  const requests: FakeRequest[] = []
  const sockets = new Set<Socket>()
  const server: Server = createServer(socket => {
    sockets.add(socket)
    socket.setNoDelay(true)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => {})
    void serve(socket).catch(() => socket.destroy())
  })
  async function serve (socket: Socket): Promise<void> {
    let buf = Buffer.alloc(0)
    let wake: (() => void) | undefined
    let closed = false
    socket.on('data', (d: Buffer) => { buf = Buffer.concat([buf, d]); wake?.() })
    socket.on('close', () => { closed = true; wake?.() })
    const take = async (n: number): Promise<Buffer> => {
      while (buf.length < n) {
        if (closed) throw new Error('closed')
        await new Promise<void>(resolve => { wake = resolve })
      }
      const out = buf.subarray(0, n)
      buf = buf.subarray(n)
      return out
    }
    socket.write(Buffer.concat([u64(0x4e42444d41474943n), Buffer.from('IHAVEOPT'), u16(3)]))
    await take(4)
    for (;;) {
      const h = await take(16)
      const option = h.readUInt32BE(8)
      const data = await take(h.readUInt32BE(12))
      if (options.onOption?.(option, socket) === true) continue
      if (option === 8) {
        socket.write(optionReply(8, options.structured === false ? 0x80000001 : 1))
      } else if (option === 10) {
        socket.write(optionReply(10, 4, Buffer.concat([u32(1), Buffer.from('base:allocation')])))
        socket.write(optionReply(10, 1))
      } else if (option === 7) {
        const info = Buffer.concat([u16(0), u64(size), u16(1 | 4)])
        socket.write(optionReply(7, 3, info))
        socket.write(optionReply(7, 3, Buffer.concat([u16(3), u32(options.minimum ?? 1), u32(4096), u32(options.maximum ?? 32 * MiB)])))
        socket.write(optionReply(7, 1))
        assert.equal(data.readUInt32BE(0), data.length - 8, 'GO carries the name and one info request')
        break
      } else {
        socket.write(optionReply(option, 0x80000001))
      }
    }
    for (;;) {
      const h = await take(28)
      const request: FakeRequest = { command: h.readUInt16BE(6), cookie: Buffer.from(h.subarray(8, 16)), offset: Number(h.readBigUInt64BE(16)), length: h.readUInt32BE(24) }
      if (request.command === 1) request.data = Buffer.from(await take(request.length))
      if (request.command === 2) { socket.end(); return }
      requests.push(request)
      options.onRequest?.(request, socket, requests)
    }
  }
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  return {
    address: `tcp:127.0.0.1:${port}`,
    requests,
    close: async () => {
      for (const s of sockets) s.destroy()
      await new Promise<void>(resolve => server.close(() => resolve()))
    }
  }
}

/** Answers a read correctly with a single data chunk. */
function answer (r: FakeRequest, socket: Socket): void {
  socket.write(chunk(DONE, 1, r.cookie, Buffer.concat([u64(r.offset), pattern(r.offset, r.length)])))
}

describe('NBD client against a scripted server', function () {
  this.timeout(10_000)
  let fake: Awaited<ReturnType<typeof fakeServer>> | undefined
  afterEach(async () => { await fake?.close(); fake = undefined })

  it('reassembles data and hole chunks sent out of order and split into tiny writes', async () => {
    fake = await fakeServer({
      onRequest: (r, socket) => {
        const half = r.length / 2
        const bytes = Buffer.concat([
          chunk(0, 1, r.cookie, Buffer.concat([u64(r.offset + half), pattern(r.offset + half, half - 100)])),
          chunk(0, 2, r.cookie, Buffer.concat([u64(r.offset + r.length - 100), u32(100)])),
          chunk(0, 1, r.cookie, Buffer.concat([u64(r.offset), pattern(r.offset, half)])),
          chunk(DONE, 0, r.cookie)
        ])
        // one byte at a time for the first 200 bytes, then the rest
        for (let i = 0; i < 200; i++) socket.write(bytes.subarray(i, i + 1))
        socket.write(bytes.subarray(200))
      }
    })
    const client = await NbdClient.connect(fake.address)
    const got = await client.read(4096, 64 * KiB, Buffer.alloc(64 * KiB, 0xff))
    const expected = pattern(4096, 64 * KiB)
    expected.fill(0, 64 * KiB - 100)
    assert.ok(got.equals(expected))
    assert.equal(client.stats.holeBytes, 100)
    await client.close()
  })

  it('splits reads and writes at the maximum block size the server announced', async () => {
    fake = await fakeServer({
      maximum: 64 * KiB,
      onRequest: (r, socket) => {
        if (r.command === 0) answer(r, socket)
        else socket.write(simple(0, r.cookie))
      }
    })
    const client = await NbdClient.connect(fake.address, { requestBytes: MiB })
    const got = await client.read(1000, 200_000)
    assert.ok(got.equals(pattern(1000, 200_000)))
    const reads = fake.requests.filter(r => r.command === 0)
    assert.deepEqual(reads.map(r => r.length), [65536, 65536, 65536, 200_000 - 3 * 65536])
    assert.deepEqual(reads.map(r => r.offset), [1000, 1000 + 65536, 1000 + 2 * 65536, 1000 + 3 * 65536])
    const data = randomBytes(100_000)
    await client.write(5, data)
    const writes = fake.requests.filter(r => r.command === 1)
    assert.deepEqual(writes.map(r => r.length), [65536, 100_000 - 65536])
    assert.ok(Buffer.concat(writes.map(w => w.data!)).equals(data))
    await client.flush()
    assert.equal(fake.requests.at(-1)!.command, 3)
    await client.close()
  })

  it('keeps requests aligned to the minimum block size the server announced', async () => {
    fake = await fakeServer({ minimum: 512, size: 10_000, onRequest: answer })
    const client = await NbdClient.connect(fake.address)
    assert.deepEqual(client.blockSizes, { minimum: 512, preferred: 4096, maximum: 32 * MiB })
    await assert.rejects(client.read(100, 512), isCode('ERR_NBD_UNALIGNED', /512-byte minimum/))
    await assert.rejects(client.read(512, 100), isCode('ERR_NBD_UNALIGNED'))
    assert.ok((await client.read(512, 1024)).equals(pattern(512, 1024)))
    assert.ok((await client.read(9728, 272)).equals(pattern(9728, 272)), 'the short tail of the export is allowed')
    assert.equal(fake.requests.length, 2)
    await client.close()
  })

  it('speaks simple replies when the server has no structured replies', async () => {
    fake = await fakeServer({
      structured: false,
      onRequest: (r, socket) => { socket.write(simple(0, r.cookie, pattern(r.offset, r.length))) }
    })
    const client = await NbdClient.connect(fake.address, { metaContexts: ['base:allocation'] })
    assert.equal(client.structured, false)
    assert.equal(client.contexts.size, 0)
    const got = await Promise.all([client.read(0, 5000), client.read(70_000, 3)])
    assert.ok(got[0].equals(pattern(0, 5000)))
    assert.ok(got[1].equals(pattern(70_000, 3)))
    await client.close()
  })

  it('rejects one read with the server error and keeps the connection', async () => {
    fake = await fakeServer({
      onRequest: (r, socket) => {
        if (r.offset === 0) {
          const message = Buffer.from('disk on fire')
          socket.write(chunk(DONE, 0x8001, r.cookie, Buffer.concat([u32(5), u16(message.length), message])))
        } else {
          answer(r, socket)
        }
      }
    })
    const client = await NbdClient.connect(fake.address)
    const failing = client.read(0, 4096)
    const fine = client.read(4096, 4096)
    await assert.rejects(failing, (err: unknown) => {
      isCode('ERR_NBD_SERVER_ERROR', /EIO.*disk on fire/)(err)
      assert.equal((err as NbdError).errno, 5)
      return true
    })
    assert.ok((await fine).equals(pattern(4096, 4096)))
    assert.ok((await client.read(8192, 10)).equals(pattern(8192, 10)))
    await client.close()
  })

  const malformed: { name: string, reply: (r: FakeRequest) => Buffer, message: RegExp }[] = [
    { name: 'a bad reply magic', reply: r => Buffer.concat([u32(0xdeadbeef), Buffer.alloc(16), r.cookie]), message: /bad reply magic 0xdeadbeef/ },
    { name: 'an unknown reply type', reply: r => chunk(DONE, 9, r.cookie), message: /unknown structured reply type 9/ },
    { name: 'a hole chunk of the wrong length', reply: r => chunk(DONE, 2, r.cookie, Buffer.alloc(10)), message: /OFFSET_HOLE chunk of 10 bytes/ },
    { name: 'a NONE chunk with a payload', reply: r => chunk(DONE, 0, r.cookie, Buffer.alloc(4)), message: /NONE chunk with a 4-byte payload/ },
    { name: 'a reply for an unknown cookie', reply: () => chunk(DONE, 0, Buffer.from([0, 0, 0, 0, 0, 0, 0x12, 0x34])), message: /unknown cookie 0x1234/ },
    { name: 'a data chunk outside the request', reply: r => chunk(DONE, 1, r.cookie, Buffer.concat([u64(r.offset + r.length), Buffer.alloc(16)])), message: /outside read of 4096 bytes/ },
    { name: 'overlapping data chunks', reply: r => Buffer.concat([chunk(0, 1, r.cookie, Buffer.concat([u64(r.offset), Buffer.alloc(2048)])), chunk(DONE, 1, r.cookie, Buffer.concat([u64(r.offset + 1024), Buffer.alloc(3072)]))]), message: /overlapping chunks/ },
    { name: 'DONE before the whole range', reply: r => chunk(DONE, 1, r.cookie, Buffer.concat([u64(r.offset), Buffer.alloc(100)])), message: /ended after 100 of 4096 bytes/ },
    { name: 'a block status chunk in a read reply', reply: r => chunk(DONE, 5, r.cookie, Buffer.concat([u32(1), u32(4096), u32(0)])), message: /block status chunk in the reply to read/ },
    { name: 'an error chunk whose message overruns it', reply: r => chunk(DONE, 0x8001, r.cookie, Buffer.concat([u32(5), u16(500), Buffer.alloc(10)])), message: /overruns/ }
  ]
  for (const c of malformed) {
    it(`fails the connection on ${c.name}: every pending read rejects ERR_NBD_PROTOCOL`, async () => {
      fake = await fakeServer({
        onRequest: (r, socket, all) => { if (all.length === 1) socket.write(c.reply(r)) }
      })
      const client = await NbdClient.connect(fake.address)
      const reads = [client.read(0, 4096), client.read(4096, 4096), client.read(8192, 4096)]
      for (const read of reads) await assert.rejects(read, isCode('ERR_NBD_PROTOCOL', c.message))
      await assert.rejects(client.read(0, 1), isCode('ERR_NBD_PROTOCOL'))
      await client.close()
    })
  }

  it('fails the handshake on an oversized option reply', async () => {
    fake = await fakeServer({
      onOption: (option, socket) => {
        if (option !== 8) return false
        socket.write(Buffer.concat([u64(0x3e889045565a9), u32(8), u32(1), u32(1 << 20)]))
        return true
      }
    })
    await assert.rejects(NbdClient.connect(fake.address), isCode('ERR_NBD_PROTOCOL', /oversized option reply of 1048576 bytes/))
  })

  it('rejects every pending read with ERR_NBD_DISCONNECTED when the server drops mid-read', async () => {
    fake = await fakeServer({
      onRequest: (r, socket, all) => {
        if (all.length === 3) {
          // a data chunk announcing 64 KiB, of which only 1000 bytes arrive
          socket.write(Buffer.concat([u32(0x668e33ef), u16(DONE), u16(1), all[0]!.cookie, u32(8 + 64 * KiB), u64(0), pattern(0, 1000)]))
          socket.destroy()
        }
      }
    })
    const client = await NbdClient.connect(fake.address)
    const reads = [client.read(0, 64 * KiB), client.read(64 * KiB, 4096), client.read(128 * KiB, 4096)]
    for (const read of reads) await assert.rejects(read, isCode('ERR_NBD_DISCONNECTED', /closed the connection with 3 requests pending/))
    await assert.rejects(client.read(0, 1), isCode('ERR_NBD_DISCONNECTED'))
    await client.close()
  })

  it('times out a server that accepts requests and never answers', async () => {
    fake = await fakeServer({})
    const client = await NbdClient.connect(fake.address, { timeoutMs: 200 })
    await assert.rejects(client.read(0, 10), isCode('ERR_NBD_TIMEOUT', /sent nothing for 200 ms/))
    await client.close()
  })

  it('aborts a connection through its signal', async () => {
    fake = await fakeServer({})
    const controller = new AbortController()
    const client = await NbdClient.connect(fake.address, { signal: controller.signal })
    const read = client.read(0, 10)
    controller.abort()
    await assert.rejects(read, isCode('ERR_NBD_ABORTED'))
    await client.close()
    await assert.rejects(NbdClient.connect(fake.address, { signal: AbortSignal.abort() }), isCode('ERR_NBD_ABORTED'))
  })

  it('survives random garbage replies: each read rejects with an NbdError, nothing hangs or throws', async () => {
    for (let round = 0; round < 40; round++) {
      const garbage = randomBytes(4 + Math.floor(Math.random() * 200))
      if (round % 2 === 0) garbage.writeUInt32BE(0x668e33ef, 0) // half of them past the magic check
      fake = await fakeServer({
        onRequest: (_r, socket) => { socket.end(garbage) }
      })
      const client = await NbdClient.connect(fake.address, { timeoutMs: 2000 })
      await assert.rejects(client.read(0, 4096), (err: unknown) => {
        assert.ok(err instanceof NbdError)
        assert.ok(['ERR_NBD_PROTOCOL', 'ERR_NBD_DISCONNECTED'].includes(err.code), err.message)
        return true
      })
      await client.close()
      await fake.close()
      fake = undefined
    }
  })
})

describe('parseAddress', () => {
  it('understands unix:, tcp: and nbd URIs', () => {
    assert.deepEqual(parseAddress('unix:/run/x.sock').connect, { path: '/run/x.sock' })
    assert.deepEqual(parseAddress('tcp:10.0.0.1:10809').connect, { host: '10.0.0.1', port: 10809 })
    assert.deepEqual(parseAddress('tcp:[::1]:99').connect, { host: '::1', port: 99 })
    const uri = parseAddress('nbd://host.example/vm1-disk0')
    assert.deepEqual(uri.connect, { host: 'host.example', port: 10809 })
    assert.equal(uri.exportName, 'vm1-disk0')
    const unix = parseAddress('nbd+unix:///d?socket=/tmp/s')
    assert.deepEqual(unix.connect, { path: '/tmp/s' })
    assert.equal(unix.exportName, 'd')
  })
})
