/**
 * Tests for roles/repository/leveldb-check.ts (with crc32c.ts and snappy.ts): a real LevelDB
 * written by `level`, closed, then damaged byte by byte. Every flipped byte of a live table and
 * every damaged log record followed by an intact one is found, naming the file; a torn log tail
 * (a crash) is not damage.
 */
import assert from 'node:assert/strict'
import { cp, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Level } from 'level'
import { crc32c, maskCrc, unmaskCrc } from '../../../roles/repository/crc32c.ts'
import { checkLevelDb } from '../../../roles/repository/leveldb-check.ts'
import { snappyDecompress, SnappyError } from '../../../roles/repository/snappy.ts'
import { TempDirs } from './helpers.ts'
import { flipByte } from '../../helpers/corrupt.ts'

function levelDb (dir: string): Level<Buffer, Buffer> {
  return new Level<Buffer, Buffer>(dir, { keyEncoding: 'buffer', valueEncoding: 'buffer' })
}

/** Sequential keys, compressible values: tables with several Snappy-compressed blocks. */
async function writeDb (dir: string, batches: number, perBatch = 2000): Promise<void> {
  const db = levelDb(dir)
  await db.open()
  for (let b = 0; b < batches; b++) {
    await db.batch(Array.from({ length: perBatch }, (_, i) => ({
      type: 'put' as const,
      key: Buffer.from(`key-${String(b * perBatch + i).padStart(8, '0')}`),
      value: Buffer.alloc(40, (b * perBatch + i) % 251)
    })))
  }
  await db.close()
}

async function files (dir: string, ext: string): Promise<string[]> {
  return (await readdir(dir)).filter(f => f.endsWith(ext)).sort().map(f => join(dir, f))
}

describe('roles/repository: LevelDB check', () => {
  const temp = new TempDirs()
  let pristine: string
  let dir: string

  before(async () => {
    pristine = join(await temp.make(), 'db')
    await writeDb(pristine, 10)
    // reopening turns the log into a table
    const db = levelDb(pristine)
    await db.open()
    await db.close()
  })
  after(async () => { await temp.cleanup() })
  beforeEach(async () => {
    dir = join(pristine, '..', `copy-${Math.random().toString(16).slice(2)}`)
    await cp(pristine, dir, { recursive: true })
  })
  afterEach(async () => { await rm(dir, { recursive: true, force: true }) })

  it('computes CRC-32C and LevelDB\'s mask, and decodes Snappy', () => {
    assert.equal(crc32c(Buffer.from('123456789')), 0xe3069283)
    assert.equal(crc32c(Buffer.from('56789'), crc32c(Buffer.from('1234'))), 0xe3069283)
    assert.equal(crc32c(Buffer.alloc(32)), 0x8a9136aa)
    assert.equal(unmaskCrc(maskCrc(0x12345678)), 0x12345678)
    // "abc" as a literal, then a 9-byte copy from 3 back: "abcabcabcabc"
    assert.equal(snappyDecompress(Buffer.from([12, 0x08, 0x61, 0x62, 0x63, 0x15, 0x03])).toString(), 'abcabcabcabc')
    assert.throws(() => snappyDecompress(Buffer.from([12, 0x08, 0x61, 0x62, 0x63, 0x15, 0x09])), SnappyError)
    assert.throws(() => snappyDecompress(Buffer.from([13, 0x08, 0x61, 0x62, 0x63, 0x15, 0x03])), SnappyError)
  })

  it('passes a sound LevelDB, Snappy-compressed blocks included', async () => {
    const tables = await files(dir, '.ldb')
    assert.ok(tables.length >= 1)
    const check = await checkLevelDb(dir)
    assert.deepEqual(check.problems, [])
    assert.equal(check.tables, tables.length)
    // the index block of the table is Snappy-compressed: its decoding is exercised
    const t = await readFile(tables[0]!)
    const footer = t.subarray(t.length - 48)
    let pos = 0
    const varint = (): number => { let r = 0; for (let s = 0; ; s += 7) { const b = footer[pos++]!; r += (b & 0x7f) * 2 ** s; if ((b & 0x80) === 0) return r } }
    varint(); varint()
    const indexOffset = varint()
    const indexSize = varint()
    assert.equal(t[indexOffset + indexSize], 1, 'the index block is stored with Snappy')
  })

  it('finds a flipped byte anywhere in a table, naming the file', async () => {
    const [table] = await files(dir, '.ldb')
    const size = (await stat(table!)).size
    // the first data block, the middle, the last blocks before the footer, the footer magic
    const offsets = [0, 7, 4096, Math.floor(size / 2), size - 48 - 60, size - 48 - 3, size - 1]
    for (const offset of offsets) {
      await cp(pristine, dir, { recursive: true, force: true })
      await flipByte(table!, offset)
      const check = await checkLevelDb(dir)
      assert.ok(check.problems.length > 0, `a flipped byte at offset ${offset} of ${size} went unnoticed`)
      assert.match(check.problems[0]!, /table \d+\.ldb/)
    }
  })

  it('finds a truncated or missing table, and a missing CURRENT or MANIFEST', async () => {
    const [table] = await files(dir, '.ldb')
    await truncate(table!, 1000)
    assert.match((await checkLevelDb(dir)).problems[0]!, /has 1000 bytes/)
    await rm(table!)
    assert.match((await checkLevelDb(dir)).problems[0]!, /is missing/)
    const manifest = (await readdir(dir)).find(f => f.startsWith('MANIFEST-'))!
    await rm(join(dir, manifest))
    assert.match((await checkLevelDb(dir)).problems[0]!, /named by CURRENT, is missing/)
    await rm(join(dir, 'CURRENT'))
    assert.match((await checkLevelDb(dir)).problems[0]!, /no CURRENT file/)
    await rm(dir, { recursive: true })
    assert.match((await checkLevelDb(dir)).problems[0]!, /is missing/)
  })

  it('finds a damaged log record followed by intact ones, and accepts a torn tail', async () => {
    // a log that LevelDB has not replayed yet: written, closed, not reopened
    const fresh = join(dir, '..', `log-${Math.random().toString(16).slice(2)}`)
    try {
      await writeDb(fresh, 6, 200)
      const [log] = await files(fresh, '.log')
      const bytes = await readFile(log!)
      assert.ok(bytes.length > 32768, 'the log spans more than one block')
      assert.deepEqual((await checkLevelDb(fresh)).problems, [])

      const torn = bytes.subarray(0, bytes.length - 100)
      await writeFile(log!, torn)
      assert.deepEqual((await checkLevelDb(fresh)).problems, [], 'a torn tail is what a crash leaves')

      const damaged = Buffer.from(bytes)
      damaged[200] ^= 0x01
      await writeFile(log!, damaged)
      const problems = (await checkLevelDb(fresh)).problems
      assert.equal(problems.length, 1)
      assert.match(problems[0]!, /\.log: record at offset 0: checksum mismatch; a later record is intact/)
    } finally {
      await rm(fresh, { recursive: true, force: true })
    }
  })
})
