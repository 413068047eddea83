/**
 * The NBD server on its own thread (node/hosts/nbd-server/server-thread.ts), as the daemon serves
 * recovery exports: a point served through it bit-exact, its holes answered by the thread from
 * the zero block map while this thread is busy, a source's failure answered as EIO, removal and
 * close; the project's NbdClient and `qemu-img convert` as clients.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Logger } from '../../../../node/core/logger.ts'
import { PointDiskSource } from '../../../../node/hosts/nbd-server/point-disk.ts'
import { NbdServerThread } from '../../../../node/hosts/nbd-server/server-thread.ts'
import { NbdServerError } from '../../../../node/hosts/nbd-server/errors.ts'
import { NbdClient } from '../../../../node/hosts/qemu/nbd/client.ts'
import { NbdError } from '../../../../node/hosts/qemu/nbd/errors.ts'
import { NBD_STATE_HOLE, NBD_STATE_ZERO } from '../../../../node/hosts/qemu/nbd/protocol.ts'
import { KiB, MiB, plainPoint, testImage, type TestPoint } from '../../../helpers/point-disk.ts'
import { requireTools, run } from '../../../helpers/qemu.ts'

const BLOCK = 256 * KiB
const SIZE = 8 * MiB + 192 * KiB

function recordingLog (): Logger & { lines: Array<{ level: string, msg: string, fields?: Record<string, unknown> }> } {
  const lines: Array<{ level: string, msg: string, fields?: Record<string, unknown> }> = []
  const at = (level: string) => (msg: string, fields?: Record<string, unknown>): void => { lines.push({ level, msg, fields }) }
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') }
}

describe('NBD server thread (node/hosts/nbd-server/server-thread.ts)', function () {
  this.timeout(60_000)
  let dir: string
  let image: Buffer
  let point: TestPoint
  let server: NbdServerThread
  let source: PointDiskSource
  let log: ReturnType<typeof recordingLog>
  let socketPath: string
  const clients: NbdClient[] = []

  before(() => {
    image = testImage(SIZE, BLOCK)
    point = plainPoint(image, BLOCK)
  })

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nbd-server-thread-'))
    socketPath = join(dir, 'nbd.sock')
    log = recordingLog()
    server = await NbdServerThread.listen({ path: socketPath }, { log })
    source = new PointDiskSource({ ...point.init, log })
    server.add('web01-disk0', source)
  })

  afterEach(async () => {
    for (const c of clients.splice(0)) await c.close().catch(() => {})
    await server.close()
    source.close()
    await rm(dir, { recursive: true, force: true })
  })

  async function client (): Promise<NbdClient> {
    const c = await NbdClient.connect(`unix:${socketPath}`, { exportName: 'web01-disk0', metaContexts: ['base:allocation'], maxInFlight: 16 })
    clients.push(c)
    return c
  }

  it('serves the point bit-exact, with zero blocks as holes, and logs through this thread\'s logger', async () => {
    assert.equal(server.address, `unix:${socketPath}`)
    assert.equal((await stat(socketPath)).mode & 0o777, 0o600)
    const c = await client()
    assert.equal(c.size, SIZE)
    assert.deepEqual(await c.read(0, SIZE), image)
    for (const [offset, length] of [[BLOCK - 512, 1024], [3 * BLOCK + 4096, 2 * BLOCK], [SIZE - 4096, 4096]] as const) {
      assert.deepEqual(await c.read(offset, length), image.subarray(offset, offset + length), `read of ${length} at ${offset}`)
    }
    const extents = await c.blockStatus('base:allocation', 0, SIZE)
    assert.deepEqual(extents[1], { offset: BLOCK, length: BLOCK, flags: NBD_STATE_HOLE | NBD_STATE_ZERO })
    assert.equal(extents.reduce((n, e) => n + e.length, 0), SIZE)
    await c.close()
    clients.length = 0
    await server.close()
    await assert.rejects(stat(socketPath), { code: 'ENOENT' })
    assert.ok(log.lines.some(l => l.msg === 'NBD export added'), 'the thread\'s log lines reach this logger')
  })

  it('answers BLOCK_STATUS while this thread is blocked, without asking it', async function () {
    requireTools(this, 'qemu-img')
    // spawnSync blocks this thread until qemu-img ends: only the server thread can answer its questions
    const map = spawnSync('qemu-img', ['map', '--output=json', '-f', 'raw', `nbd+unix:///web01-disk0?socket=${socketPath}`], { timeout: 20_000, encoding: 'utf8' })
    assert.equal(map.status, 0, `qemu-img map: ${map.stderr} ${map.error?.message ?? ''}`)
    const extents = JSON.parse(map.stdout) as Array<{ start: number, length: number, data: boolean, zero: boolean }>
    assert.deepEqual({ ...extents[1] }, { ...extents[1], start: BLOCK, length: BLOCK, data: false, zero: true })
    assert.equal(extents.reduce((n, e) => n + e.length, 0), SIZE)
  })

  it('copies through qemu-img convert with several requests in flight', async function () {
    requireTools(this, 'qemu-img')
    const out = join(dir, 'out.raw')
    await run('qemu-img', ['convert', '-f', 'raw', '-O', 'raw', `nbd+unix:///web01-disk0?socket=${socketPath}`, out])
    assert.ok((await readFile(out)).equals(image))
  })

  it('answers a read the source fails with EIO, and keeps serving', async () => {
    const failing = { size: 4 * MiB, read: async () => { throw new NbdServerError('ERR_NBD_SERVER_FETCH_FAILED', 'the repository is away') } }
    server.add('broken', failing)
    const c = await NbdClient.connect(`unix:${socketPath}`, { exportName: 'broken' })
    clients.push(c)
    await assert.rejects(c.read(0, 4096), { code: 'ERR_NBD_SERVER_ERROR' })
    assert.ok(log.lines.some(l => l.msg === 'NBD request failed: answered EIO' && l.fields?.code === 'ERR_NBD_SERVER_FETCH_FAILED'))
    const good = await client()
    assert.deepEqual(await good.read(0, 4096), image.subarray(0, 4096))
  })

  it('refuses an export name twice, closes connections when an export is removed, and adds nothing after close', async () => {
    assert.throws(() => server.add('web01-disk0', source), { code: 'ERR_NBD_SERVER_EXPORT_EXISTS' })
    const c = await client()
    assert.deepEqual(await c.read(0, 4096), image.subarray(0, 4096))
    server.remove('web01-disk0')
    assert.deepEqual(server.exports(), [])
    await assert.rejects(c.read(0, 4096), (err: NbdError) => err.code === 'ERR_NBD_DISCONNECTED' || err.code === 'ERR_NBD_CLOSED')
    await server.close()
    assert.throws(() => server.add('other', source), { code: 'ERR_NBD_SERVER_CLOSED' })
  })

  it('refuses a second server on the same socket', async () => {
    await assert.rejects(NbdServerThread.listen({ path: socketPath }), { code: 'ERR_NBD_SERVER_ADDRESS_IN_USE' })
  })
})
