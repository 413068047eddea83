import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { appendFile, readFile, stat, truncate } from 'node:fs/promises'
import { decodeLocation, encodeLocation } from '../../../roles/repository/block-index.ts'
import { RepositoryError } from '../../../roles/repository/errors.ts'
import { PackReader } from '../../../roles/repository/pack-reader.ts'
import { scanPack, type ScannedRecord } from '../../../roles/repository/pack-scan.ts'
import { PackWriter } from '../../../roles/repository/pack-writer.ts'
import {
  decodeRecordHeader, encodeRecordHeader, PACK_HEADER_LENGTH, RECORD_HEADER_LENGTH, type BlockLocation
} from '../../../roles/repository/packs.ts'
import { sha, TempDirs, within } from './helpers.ts'

describe('roles/repository: packs', () => {
  const temp = new TempDirs()
  afterEach(async () => { await temp.cleanup() })

  it('appends concurrently, reads back each record, and scans them in order', async () => {
    const root = await temp.make()
    const pack = new PackWriter({ root })
    const blocks = Array.from({ length: 50 }, (_, i) => randomBytes(1000 + i * 37))
    const appended = blocks.map(b => pack.append(sha(b), 'none', b.length, b))
    await within(Promise.all(appended.map(a => a.written)))
    await pack.close()
    await pack.close() // idempotent
    assert.throws(() => pack.append(sha(blocks[0]!), 'none', 1, blocks[0]!), /closed/)

    let expectedSize = PACK_HEADER_LENGTH
    for (const b of blocks) expectedSize += RECORD_HEADER_LENGTH + b.length
    assert.equal((await stat(pack.path)).size, expectedSize)
    assert.equal(pack.size, expectedSize)

    const reader = new PackReader({ root, maxOpen: 1 })
    try {
      const back = await Promise.all(appended.map(async (a, i) => await reader.read(a.location, sha(blocks[i]!))))
      back.forEach((b, i) => assert.ok(b.equals(blocks[i]!)))
      await assert.rejects(reader.read(appended[0]!.location, sha(blocks[1]!)), (err: unknown) => {
        assert.equal((err as RepositoryError).code, 'ERR_CORRUPT_BLOCK')
        assert.match((err as Error).message, /holds another block/)
        return true
      })
      await assert.rejects(reader.read({ ...appended[0]!.location, packId: 'ab'.repeat(16) }, sha(blocks[0]!)),
        (err: unknown) => (err as RepositoryError).code === 'ERR_MISSING_PACK')
    } finally {
      await reader.close()
    }

    const seen: ScannedRecord[] = []
    const damage: Array<string | undefined> = []
    const scan = await scanPack(pack.path, { algorithm: 'blake3', onRecord: (r, d) => { seen.push(r); damage.push(d) } })
    assert.deepEqual(scan, { records: 50, size: expectedSize, skipped: [] })
    assert.ok(damage.every(d => d === undefined))
    seen.sort((a, b) => a.offset - b.offset)
    seen.forEach((r, i) => {
      assert.equal(r.offset, appended[i]!.location.offset)
      assert.ok(r.header.digest.equals(sha(blocks[i]!)))
      assert.ok(r.data.equals(blocks[i]!))
    })
  })

  it('reports a torn tail and a garbage tail as skipped to the end of the pack', async () => {
    const root = await temp.make()
    const pack = new PackWriter({ root })
    const blocks = [randomBytes(500), randomBytes(600), randomBytes(700)]
    const locs = blocks.map(b => pack.append(sha(b), 'zstd', b.length * 2, b).location)
    await pack.close()
    const full = (await stat(pack.path)).size
    await truncate(pack.path, full - 10)
    // the data is not real zstd: only the framing is under test here
    const verify = async (): Promise<undefined> => undefined
    let scan = await scanPack(pack.path, { verify, onRecord: () => {} })
    assert.equal(scan.records, 2)
    assert.deepEqual(scan.skipped.map(s => [s.offset, s.bytes]), [[locs[2]!.offset, full - 10 - locs[2]!.offset]])
    assert.match(scan.skipped[0]!.why, /runs past the end of the pack/)

    await truncate(pack.path, locs[2]!.offset)
    await appendFile(pack.path, Buffer.alloc(RECORD_HEADER_LENGTH, 0x41))
    scan = await scanPack(pack.path, { verify, onRecord: () => {} })
    assert.equal(scan.records, 2)
    assert.deepEqual(scan.skipped.map(s => [s.offset, s.bytes]), [[locs[2]!.offset, RECORD_HEADER_LENGTH]])
    assert.match(scan.skipped[0]!.why, /bad record magic/)

    const bytes = await readFile(pack.path)
    const h = bytes.subarray(locs[1]!.offset, locs[1]!.offset + RECORD_HEADER_LENGTH)
    const decoded = decodeRecordHeader(Buffer.from(h))
    assert.ok(typeof decoded !== 'string')
    assert.equal(decoded.compression, 'zstd')
    assert.equal(decoded.rawLength, 1200)
    const bad = Buffer.from(h)
    bad[9]! ^= 1
    assert.equal(decodeRecordHeader(bad), 'record header checksum mismatch')
  })

  it('fails appends after a write error instead of losing data silently', async () => {
    const root = await temp.make()
    const first = new PackWriter({ root, id: 'cd'.repeat(16) })
    await first.close()
    const clash = new PackWriter({ root, id: 'cd'.repeat(16) }) // the file exists: 'wx' refuses it
    const b = randomBytes(100)
    const { written } = (() => {
      try {
        return clash.append(sha(b), 'none', 100, b)
      } catch (err) {
        return { written: Promise.reject(err) }
      }
    })()
    await assert.rejects(written, /EEXIST|writing pack/)
    await assert.rejects(clash.close(), /writing pack/)
  })

  it('encodes index entries losslessly, offsets beyond 4 GiB included', () => {
    const loc: BlockLocation = { packId: '0123456789abcdef0123456789abcdef', offset: 5 * 2 ** 32 + 12345, length: 70000, rawLength: 1 << 20, compression: 'zstd', sealed: false }
    assert.deepEqual(decodeLocation(encodeLocation(loc)), loc)
    assert.deepEqual(decodeLocation(encodeLocation({ ...loc, sealed: true })), { ...loc, sealed: true })
    assert.deepEqual(decodeLocation(encodeLocation({ ...loc, sealed: true, compression: 'none' })), { ...loc, sealed: true, compression: 'none' })
    assert.deepEqual(decodeLocation(encodeLocation({ ...loc, offset: 16, compression: 'none' })), { ...loc, offset: 16, compression: 'none' })
    assert.throws(() => decodeLocation(Buffer.alloc(10)), /unsupported block index entry/)
    const h = encodeRecordHeader(sha(Buffer.from('x')), 'none', 1, 1)
    assert.equal(h.length, RECORD_HEADER_LENGTH)
  })
})
