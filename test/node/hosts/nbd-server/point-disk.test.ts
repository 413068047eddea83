/**
 * PointDiskSource: a restore point's disk read on demand from a `fetch` (an in-memory Map of
 * zstd-compressed or sealed blocks, test/helpers/point-disk.ts), alone and behind the NBD server
 * with the project's NbdClient and qemu-img: batching, coalescing, the LRU cache, waiting out a
 * repository outage (and EIO after retryForMs), damaged blocks, encrypted points.
 */
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { zstdCompressSync } from 'node:zlib'
import type { Logger } from '../../../../node/core/logger.ts'
import { PointDiskSource, type PointDiskInit } from '../../../../node/hosts/nbd-server/point-disk.ts'
import { NbdServer } from '../../../../node/hosts/nbd-server/server.ts'
import { NbdClient } from '../../../../node/hosts/qemu/nbd/client.ts'
import type { NbdError } from '../../../../node/hosts/qemu/nbd/errors.ts'
import { KiB, MiB, encryptedPoint, plainPoint, testImage, type TestPoint } from '../../../helpers/point-disk.ts'
import { hasTool, requireTools, run } from '../../../helpers/qemu.ts'

const BLOCK = 256 * KiB
const SIZE = 8 * MiB + 192 * KiB
const COUNT = Math.ceil(SIZE / BLOCK)

function recordingLog (): Logger & { lines: Array<{ level: string, msg: string, fields?: Record<string, unknown> }> } {
  const lines: Array<{ level: string, msg: string, fields?: Record<string, unknown> }> = []
  const at = (level: string) => (msg: string, fields?: Record<string, unknown>): void => { lines.push({ level, msg, fields }) }
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') }
}

const isEio = (code: string) => (err: unknown): boolean => {
  const e = err as NbdError
  assert.equal(e.code, 'ERR_NBD_SERVER_ERROR', e.message)
  assert.equal(e.errno, 5, e.message)
  assert.match(e.message, new RegExp(code))
  return true
}

describe('PointDiskSource (node/hosts/nbd-server/point-disk.ts)', function () {
  this.timeout(60_000)
  const image = testImage(SIZE, BLOCK)
  const zeroBlocks = [...Array(COUNT).keys()].filter(i => image.subarray(i * BLOCK, (i + 1) * BLOCK).every(b => b === 0))
  const dataBlocks = COUNT - zeroBlocks.length
  let point: TestPoint
  const sources: PointDiskSource[] = []

  function open (p: TestPoint, init: Partial<PointDiskInit> = {}): PointDiskSource {
    const s = new PointDiskSource({ ...p.init, ...init })
    sources.push(s)
    return s
  }

  beforeEach(() => { point = plainPoint(image, BLOCK) })
  afterEach(() => { for (const s of sources.splice(0)) s.close() })

  it('reads bit-exact at any offset, zero blocks without a fetch, and reports them as holes', async () => {
    const s = open(point)
    assert.deepEqual(await s.read(0, SIZE), image)
    for (const [offset, length] of [[1, 1], [BLOCK - 3, 7], [BLOCK, BLOCK], [SIZE - 1, 1], [5 * BLOCK + 100, 3 * BLOCK]] as const) {
      assert.deepEqual(await s.read(offset, length), image.subarray(offset, offset + length))
    }
    const runs = await s.allocation(0, SIZE)
    assert.equal(runs.reduce((n, r) => n + r.length, 0), SIZE)
    assert.deepEqual(runs.slice(0, 3), [{ length: BLOCK, zero: false }, { length: BLOCK, zero: true }, { length: 4 * BLOCK, zero: false }])
    assert.deepEqual(await s.allocation(BLOCK + 10, 20), [{ length: 20, zero: true }])
    // block 4 repeats block 0 (dedup): every distinct stored block is fetched once
    assert.equal(s.stats.blocksFetched, point.blocks.size)
    assert.ok(point.blocks.size < dataBlocks)
  })

  it('fetches the blocks of one read in one call, in batches, and coalesces reads of the same block', async () => {
    const s = open(point, { fetchBlocks: 4 })
    await s.read(0, 6 * BLOCK) // blocks 0..5: block 1 is zero, 4 is block 0 again → 0, 2, 3, 5
    assert.deepEqual(point.calls, [4])
    point.calls.length = 0
    const reads = await Promise.all([...Array(10).keys()].map(() => s.read(10 * BLOCK + 512, 4096)))
    for (const r of reads) assert.deepEqual(r, image.subarray(10 * BLOCK + 512, 10 * BLOCK + 512 + 4096))
    assert.deepEqual(point.calls, [1])
    point.calls.length = 0
    await open(point, { fetchBlocks: 4 }).read(0, 20 * BLOCK)
    assert.ok(point.calls.every(n => n <= 4), `batches ${point.calls.join(',')}`)
    assert.ok(point.calls.length >= 2, `batches ${point.calls.join(',')}`)
  })

  it('fetches ahead of a sequential reader (a migration\'s block-stream), so its reads find the blocks cached', async () => {
    const s = open(point, { readAheadBlocks: 8 })
    const step = 64 * KiB
    const out = Buffer.alloc(SIZE)
    for (let at = 0; at < SIZE; at += step) (await s.read(at, Math.min(step, SIZE - at))).copy(out, at)
    assert.deepEqual(out, image)
    assert.ok(s.stats.readAhead > 0, 'blocks were fetched ahead')
    // the reader waited for a fetch only now and then: most of its reads were cache hits
    assert.ok(s.stats.cacheHits > (SIZE / step) / 2, `hits ${s.stats.cacheHits} of ${SIZE / step} reads`)
    assert.equal(s.stats.blocksFetched, point.blocks.size, 'every stored block once, none twice')
    const random = open(point, { readAheadBlocks: 8 })
    await random.read(7 * BLOCK, 4096)
    await random.read(2 * BLOCK, 4096)
    assert.equal(random.stats.readAhead, 0, 'reads that do not follow each other fetch nothing ahead')
  })

  it('reads a second time from its cache when the cache holds the disk, and fetches again when it does not', async () => {
    const big = open(point, { cacheBytes: 2 * SIZE })
    await big.read(0, SIZE)
    const fetched = big.stats.blocksFetched
    const calls = point.calls.length
    assert.deepEqual(await big.read(0, SIZE), image)
    assert.equal(big.stats.blocksFetched, fetched)
    assert.equal(point.calls.length, calls)
    assert.ok(big.stats.cacheHits >= dataBlocks, `hits ${big.stats.cacheHits}`)

    const small = open(point, { cacheBytes: 2 * BLOCK })
    await small.read(0, SIZE)
    const first = small.stats.blocksFetched
    assert.deepEqual(await small.read(0, SIZE), image)
    assert.ok(small.stats.blocksFetched >= 2 * first - 2, `fetched ${first} then ${small.stats.blocksFetched}`)
  })

  it('fails a block that does not match its digest (EIO, never wrong data), logs its number, and serves the others', async () => {
    const log = recordingLog()
    // block 2 stored with other content (valid zstd), block 3 stored truncated
    point.blocks.set(point.digestOf(2), { data: zstdCompressSync(Buffer.alloc(BLOCK, 7)), compression: 'zstd', rawLength: BLOCK })
    const b3 = point.blocks.get(point.digestOf(3))!
    point.blocks.set(point.digestOf(3), { ...b3, data: b3.data.subarray(0, b3.data.byteLength - 1) })
    const s = open(point, { log })
    await assert.rejects(s.read(2 * BLOCK + 10, 10), { code: 'ERR_NBD_SERVER_BAD_BLOCK', block: 2 })
    await assert.rejects(s.read(3 * BLOCK, 4096), { code: 'ERR_NBD_SERVER_BAD_BLOCK', block: 3 })
    const logged = log.lines.filter(l => l.level === 'error' && l.msg === 'block not served').map(l => l.fields?.block)
    assert.deepEqual(logged, [2, 3])
    assert.deepEqual(await s.read(0, 2 * BLOCK), image.subarray(0, 2 * BLOCK))
    assert.deepEqual(await s.read(5 * BLOCK, BLOCK), image.subarray(5 * BLOCK, 6 * BLOCK))
  })

  it('refuses an inconsistent point, reads outside the disk, and reads after close', async () => {
    assert.throws(() => new PointDiskSource({ ...point.init, size: SIZE + BLOCK }), { code: 'ERR_NBD_SERVER_BAD_POINT' })
    assert.throws(() => new PointDiskSource({ ...point.init, blockSize: 0 }), { code: 'ERR_NBD_SERVER_BAD_POINT' })
    assert.throws(() => new PointDiskSource({ ...point.init, key: new Uint8Array(16) }), { code: 'ERR_NBD_SERVER_BAD_POINT' })
    const s = open(point)
    await assert.rejects(s.read(SIZE - 1, 2), { code: 'ERR_NBD_SERVER_OUT_OF_RANGE' })
    await assert.rejects(s.allocation(-1, 2), { code: 'ERR_NBD_SERVER_OUT_OF_RANGE' })
    s.close()
    await assert.rejects(s.read(0, 1), { code: 'ERR_NBD_SERVER_CLOSED' })
  })

  it('a read waiting out an outage fails with ERR_NBD_SERVER_CLOSED when the source closes', async () => {
    const s = open(point, { retryForMs: 60_000 })
    point.failFor(60_000)
    const reading = s.read(0, 4096)
    // the first fetch has failed once the retry counter moves
    while (s.stats.retries === 0) await new Promise(resolve => setImmediate(resolve))
    s.close()
    await assert.rejects(reading, { code: 'ERR_NBD_SERVER_CLOSED' })
  })

  describe('behind the NBD server', () => {
    let dir: string
    let server: NbdServer
    let socketPath: string
    const clients: NbdClient[] = []

    beforeEach(async () => {
      dir = await mkdtemp(join(tmpdir(), 'nbd-point-'))
      socketPath = join(dir, 'nbd.sock')
      server = await NbdServer.listen({ path: socketPath })
    })
    afterEach(async () => {
      for (const c of clients.splice(0)) await c.close().catch(() => {})
      await server.close()
      await rm(dir, { recursive: true, force: true })
    })

    async function serve (source: PointDiskSource, name = 'disk'): Promise<NbdClient> {
      server.add(name, source)
      const c = await NbdClient.connect(`unix:${socketPath}`, { exportName: name, metaContexts: ['base:allocation'] })
      clients.push(c)
      return c
    }

    it('waits while the repository is away for 2 s, then answers: no EIO', async () => {
      const log = recordingLog()
      const s = open(point, { retryForMs: 10_000, log })
      const c = await serve(s)
      point.failFor(2000)
      const started = Date.now()
      assert.deepEqual(await c.read(0, 4 * BLOCK), image.subarray(0, 4 * BLOCK))
      assert.ok(Date.now() - started >= 1900, `answered after ${Date.now() - started} ms`)
      assert.ok(s.stats.retries > 0)
      assert.ok(log.lines.some(l => l.level === 'warn' && l.msg.startsWith('repository unreachable')))
      assert.ok(log.lines.some(l => l.msg === 'repository reachable again'))
      assert.deepEqual(await c.read(0, SIZE), image)
    })

    it('answers EIO when the repository stays away longer than retryForMs, and serves again once it is back', async () => {
      const s = open(point, { retryForMs: 500 })
      const c = await serve(s)
      point.failFor(60_000)
      await assert.rejects(c.read(0, 4096), isEio('ERR_NBD_SERVER_FETCH_FAILED'))
      point.failUntil = 0
      assert.deepEqual(await c.read(0, 4096), image.subarray(0, 4096))
    })

    it('serves an encrypted point bit-exact with its key, and fails cleanly without it or with another', async () => {
      const key = randomBytes(32)
      const sealed = encryptedPoint(image, BLOCK, key)
      const withKey = await serve(open(sealed, { key }), 'sealed')
      assert.deepEqual(await withKey.read(0, SIZE), image)
      const extents = await withKey.blockStatus('base:allocation', 0, SIZE)
      assert.equal(extents.filter(e => e.flags === 3).reduce((n, e) => n + e.length, 0), zeroBlocks.length * BLOCK)
      if (hasTool('qemu-img')) {
        const file = join(dir, 'image.raw')
        await writeFile(file, image)
        assert.match(await run('qemu-img', ['compare', '-f', 'raw', '-F', 'raw', file, `nbd+unix:///sealed?socket=${socketPath}`]), /Images are identical/)
      }
      const noKey = await serve(open(sealed), 'no-key')
      await assert.rejects(noKey.read(0, 4096), isEio('ERR_NBD_SERVER_KEY_MISSING'))
      // zero blocks need no key
      assert.deepEqual(await noKey.read(BLOCK, 4096), Buffer.alloc(4096))
      const otherKey = await serve(open(sealed, { key: randomBytes(32) }), 'other-key')
      await assert.rejects(otherKey.read(0, 4096), isEio('ERR_NBD_SERVER_WRONG_KEY'))
    })
  })

  describe('with qemu-img', function () {
    before(function () { requireTools(this, 'qemu-img') })

    it('qemu-img convert fetches each stored block once through the cache', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'nbd-point-'))
      const server = await NbdServer.listen({ path: join(dir, 's.sock') })
      try {
        const s = open(point)
        server.add('d', s)
        const out = join(dir, 'out.raw')
        await run('qemu-img', ['convert', '-f', 'raw', '-O', 'raw', `nbd+unix:///d?socket=${join(dir, 's.sock')}`, out])
        await writeFile(join(dir, 'in.raw'), image)
        assert.match(await run('qemu-img', ['compare', '-f', 'raw', '-F', 'raw', join(dir, 'in.raw'), out]), /Images are identical/)
        assert.equal(s.stats.blocksFetched, point.blocks.size)
      } finally {
        await server.close()
        await rm(dir, { recursive: true, force: true })
      }
    })
  })
})
