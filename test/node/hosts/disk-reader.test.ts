import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { mkdtemp, open, rm, truncate, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DiskReader, isZero } from '../../../node/hosts/disk-reader.ts'
import { HostError } from '../../../node/hosts/host.ts'

const BLOCK = 64 * 1024

describe('DiskReader', () => {
  let dir: string
  let file: string
  let content: Buffer

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-reader-'))
    file = join(dir, 'disk.raw')
    content = randomBytes(5 * BLOCK + 1234)
    await writeFile(file, content)
    // an mtime in the past, so any write in the test moves it whatever the clock granularity
    await utimes(file, new Date('2020-01-01'), new Date('2020-01-01'))
  })
  afterEach(async () => { await rm(dir, { recursive: true, force: true }) })

  const sizeChanged = (err: unknown): boolean =>
    err instanceof HostError && err.code === 'ERR_DISK_SIZE_CHANGED' && err.message.includes(file) && err.file === file

  it('reads every block equal to the file contents, the last one short', async () => {
    const reader = await DiskReader.open(file, { expectedSize: content.length, blockSize: BLOCK })
    assert.equal(reader.size, content.length)
    assert.equal(reader.blockCount, 6)
    const blocks = await Promise.all(Array.from({ length: reader.blockCount }, async (_, i) => await reader.read(i)))
    assert.deepEqual(blocks.map(b => b.length), [BLOCK, BLOCK, BLOCK, BLOCK, BLOCK, 1234])
    assert.ok(Buffer.concat(blocks).equals(content))
    await reader.close()
    assert.equal(reader.modified, false)
  })

  it('reuses the buffer it is given', async () => {
    const reader = await DiskReader.open(file, { expectedSize: content.length, blockSize: BLOCK })
    const into = Buffer.alloc(BLOCK)
    const a = await reader.read(2, into)
    assert.equal(a, into)
    assert.ok(a.equals(content.subarray(2 * BLOCK, 3 * BLOCK)))
    const last = await reader.read(5, into)
    assert.equal(last.buffer, into.buffer)
    assert.equal(last.byteOffset, into.byteOffset)
    assert.ok(last.equals(content.subarray(5 * BLOCK)))
    await assert.rejects(reader.read(0, Buffer.alloc(10)), { code: 'ERR_BUFFER_TOO_SMALL' })
    await reader.close()
  })

  it('refuses to open an image whose size differs from the inventory', async () => {
    await assert.rejects(DiskReader.open(file, { expectedSize: content.length + 1, blockSize: BLOCK }), sizeChanged)
  })

  it('detects a truncation mid-read past the new end', async () => {
    const reader = await DiskReader.open(file, { expectedSize: content.length, blockSize: BLOCK })
    await reader.read(0)
    await truncate(file, 2 * BLOCK + 10)
    await assert.rejects(reader.read(4), sizeChanged)
    await assert.rejects(reader.close(), sizeChanged)
    await assert.rejects(reader.read(0), { code: 'ERR_READER_CLOSED' })
    await reader.close() // second close is a no-op
  })

  it('detects a size change below the blocks being read with the periodic check', async () => {
    const reader = await DiskReader.open(file, { expectedSize: content.length, blockSize: BLOCK, checkEvery: 2 })
    await reader.read(0)
    await truncate(file, 4 * BLOCK)
    await assert.rejects(reader.read(1), sizeChanged)
    await reader.close().catch(() => {})
  })

  it('detects growth at close', async () => {
    const reader = await DiskReader.open(file, { expectedSize: content.length, blockSize: BLOCK })
    for (let i = 0; i < reader.blockCount; i++) await reader.read(i)
    await truncate(file, content.length + BLOCK)
    await assert.rejects(reader.close(), sizeChanged)
  })

  it('flags an in-place write (same size, new mtime) as modified', async () => {
    const reader = await DiskReader.open(file, { expectedSize: content.length, blockSize: BLOCK })
    const handle = await open(file, 'r+')
    await handle.write(Buffer.from('changed'), 0, 7, BLOCK)
    await handle.close()
    await reader.read(1)
    await reader.close()
    assert.equal(reader.modified, true)
  })

  it('refuses blocks outside the image', async () => {
    const reader = await DiskReader.open(file, { expectedSize: content.length, blockSize: BLOCK })
    for (const bad of [-1, 6, 1.5]) await assert.rejects(reader.read(bad), { code: 'ERR_BLOCK_OUT_OF_RANGE' })
    await reader.close()
  })

  it('opens an empty image with no blocks', async () => {
    await writeFile(file, '')
    const reader = await DiskReader.open(file, { expectedSize: 0, blockSize: BLOCK })
    assert.equal(reader.blockCount, 0)
    await reader.close()
  })

  it('names a missing image in ERR_DISK_UNREADABLE', async () => {
    await assert.rejects(DiskReader.open(join(dir, 'gone.raw'), { expectedSize: 1, blockSize: BLOCK }),
      (err: unknown) => err instanceof HostError && err.code === 'ERR_DISK_UNREADABLE' && err.message.includes('gone.raw'))
  })
})

describe('isZero', () => {
  it('is true for all-zero blocks of any length', () => {
    for (const n of [0, 1, 4095, 65536, 65537, (1 << 20) + 3]) assert.equal(isZero(Buffer.alloc(n)), true, `length ${n}`)
    assert.equal(isZero(new Uint8Array(100)), true)
  })

  it('is false when any single byte is set', () => {
    const n = (1 << 20) + 3
    for (const at of [0, 1, 65535, 65536, 500_000, n - 1]) {
      const b = Buffer.alloc(n)
      b[at] = 1
      assert.equal(isZero(b), false, `byte ${at}`)
    }
    assert.equal(isZero(Buffer.alloc(65536, 0x80).subarray(10, 20)), false)
  })
})
