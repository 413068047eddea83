// Fuzzing of what the repository reads back from its disk: pack record headers and whole packs
// (roles/repository/packs.ts, pack-scan.ts), point and disk manifests (manifests.ts), Snappy blocks
// (snappy.ts) and the LevelDB checker (leveldb-check.ts). Damage gives the module's coded
// error or a reported problem, never a raw error or a hang; intact data reads back as written.
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { Level } from 'level'
import { scanPack, type ScannedRecord } from '../../../roles/repository/pack-scan.ts'
import { decodeRecordHeader, encodeRecordHeader, PACK_MAGIC, PACK_VERSION, PACK_HEADER_LENGTH, RECORD_HEADER_LENGTH } from '../../../roles/repository/packs.ts'
import { decodeDisk, decodePoint, encodeDisk, encodePoint, readManifest, POINT_FORMAT, type StoredPoint } from '../../../roles/repository/manifests.ts'
import { RepositoryError } from '../../../roles/repository/errors.ts'
import { snappyDecompress, SnappyError } from '../../../roles/repository/snappy.ts'
import { checkLevelDb } from '../../../roles/repository/leveldb-check.ts'
import { CodedError } from '../../../node/core/errors.ts'
import { budgetMs, runs, within } from './runs.ts'

const sha = (b: Uint8Array): Buffer => createHash('sha256').update(b).digest()

/** Damage done to a file's bytes: flipped bytes, a cut, inserted or overwritten garbage. */
type Damage = { kind: 'flip', at: number, xor: number } | { kind: 'cut', at: number } | { kind: 'insert', at: number, bytes: Uint8Array } | { kind: 'overwrite', at: number, bytes: Uint8Array }
const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 80 }) }),
  fc.record({ kind: fc.constant('overwrite' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 80 }) })
)

function applyDamage (file: Buffer, all: Damage[]): Buffer {
  let b = Buffer.from(file)
  for (const d of all) {
    const at = b.length === 0 ? 0 : d.at % (b.length + 1)
    if (d.kind === 'flip') { if (at < b.length) b[at]! ^= d.xor } else if (d.kind === 'cut') b = b.subarray(0, at)
    else if (d.kind === 'insert') b = Buffer.concat([b.subarray(0, at), d.bytes, b.subarray(at)])
    else { b = Buffer.from(b); Buffer.from(d.bytes).copy(b, at) }
  }
  return b
}

function assertRepositoryError (err: unknown, codes: string[]): void {
  assert.ok(err instanceof RepositoryError && err instanceof CodedError, `expected a RepositoryError, got ${String(err)}`)
  assert.ok(codes.includes(err.code), `unexpected code ${err.code}: ${err.message}`)
}

describe('fuzz: pack records', function () {
  this.timeout(budgetMs(1500, 1))
  let dir: string
  before(async () => { dir = await mkdtemp(join(tmpdir(), 'meshbackup-fuzz-packs-')) })
  after(async () => { await rm(dir, { recursive: true, force: true }) })

  it('a record header decodes to a header or a reason, never throws, and round-trips', () => {
    const header = fc.record({ digest: fc.uint8Array({ minLength: 32, maxLength: 32 }), compression: fc.constantFrom('none' as const, 'zstd' as const), rawLength: fc.nat({ max: 0xffffffff }), length: fc.nat({ max: 0xffffffff }), sealed: fc.boolean() })
    fc.assert(fc.property(header, fc.uint8Array({ maxLength: 70 }), fc.array(damage, { maxLength: 2 }), (h, noise, hurt) => {
      const encoded = encodeRecordHeader(h.digest, h.compression, h.rawLength, h.length, h.sealed)
      const back = decodeRecordHeader(encoded)
      assert.ok(typeof back !== 'string', back as string)
      assert.deepEqual({ ...back, digest: Buffer.from(back.digest) }, { ...h, digest: Buffer.from(h.digest) })
      for (const bytes of [Buffer.from(noise), applyDamage(encoded, hurt)]) {
        const got = decodeRecordHeader(bytes)
        if (typeof got !== 'string') assert.equal(got.digest.length, 32)
      }
    }), runs(3000))
  })

  it('a damaged pack scans without throwing; every byte is a record or a skipped region', async () => {
    let n = 0
    const records = fc.array(fc.uint8Array({ maxLength: 120 }), { maxLength: 6 })
    await fc.assert(fc.asyncProperty(records, fc.array(damage, { maxLength: 3 }), async (datas, hurt) => {
      const pack = Buffer.concat([
        Buffer.concat([PACK_MAGIC, Buffer.from([PACK_VERSION, 0, 0, 0, 0, 0, 0, 0])]),
        ...datas.flatMap(d => [encodeRecordHeader(sha(d), 'none', d.length, d.length), d])
      ])
      assert.equal(pack.readUInt32LE(8), PACK_VERSION)
      const file = join(dir, `${n++}.pack`)
      const damaged = applyDamage(pack, hurt)
      await writeFile(file, damaged)
      const seen: Array<{ r: ScannedRecord, damage: string | undefined }> = []
      const scan = await within(5000, 'scanPack', scanPack(file, {
        verify: async (r) => r.header.compression === 'none' && r.data.length === r.header.rawLength && sha(r.data).equals(r.header.digest) ? undefined : 'bad data',
        onRecord: (r, why) => { seen.push({ r: { ...r, data: Buffer.from(r.data) }, damage: why }) }
      }))
      await rm(file)
      assert.equal(scan.size, damaged.length)
      if (scan.problem !== undefined) return
      assert.equal(scan.records, seen.length)
      const covered = seen.reduce((sum, s) => sum + RECORD_HEADER_LENGTH + s.r.header.length, 0) + scan.skipped.reduce((sum, s) => sum + s.bytes, 0)
      assert.equal(covered, damaged.length - PACK_HEADER_LENGTH, 'records and skipped regions cover the pack')
      if (hurt.length === 0) {
        assert.deepEqual(seen.map(s => s.r.data.toString('hex')), datas.map(d => Buffer.from(d).toString('hex')))
        assert.ok(seen.every(s => s.damage === undefined))
        assert.deepEqual(scan.skipped, [])
      }
    }), runs(1500, 20_000))
  })

  it('a flipped byte in any record is found: a damaged record or a skipped region', async () => {
    let n = 0
    const records = fc.array(fc.uint8Array({ maxLength: 120 }), { minLength: 1, maxLength: 6 })
    await fc.assert(fc.asyncProperty(records, fc.nat(), fc.integer({ min: 1, max: 255 }), async (datas, at, xor) => {
      const pack = Buffer.concat([
        Buffer.concat([PACK_MAGIC, Buffer.from([PACK_VERSION, 0, 0, 0, 0, 0, 0, 0])]),
        ...datas.flatMap(d => [encodeRecordHeader(sha(d), 'none', d.length, d.length), d])
      ])
      pack[PACK_HEADER_LENGTH + (at % (pack.length - PACK_HEADER_LENGTH))]! ^= xor
      const file = join(dir, `flip-${n++}.pack`)
      await writeFile(file, pack)
      const damaged: string[] = []
      const scan = await scanPack(file, {
        verify: async (r) => sha(r.data).equals(r.header.digest) && r.data.length === r.header.rawLength ? undefined : 'bad data',
        onRecord: (r, why) => { if (why !== undefined) damaged.push(why) }
      })
      await rm(file)
      assert.ok(scan.skipped.length > 0 || damaged.length > 0, 'a flipped byte went unnoticed')
    }), runs(1000, 20_000))
  })
})

describe('fuzz: manifests', function () {
  this.timeout(budgetMs(3000, 0.3))
  let dir: string
  before(async () => { dir = await mkdtemp(join(tmpdir(), 'meshbackup-fuzz-manifests-')) })
  after(async () => { await rm(dir, { recursive: true, force: true }) })

  const disk = fc.record({
    index: fc.nat({ max: 64 }),
    name: fc.string({ maxLength: 12 }),
    blockSize: fc.constantFrom(512, 4096, 1 << 20),
    blocks: fc.nat({ max: 6 }),
    tail: fc.nat({ max: 511 }),
    cbtBitmap: fc.string({ maxLength: 12 }),
    keyFingerprint: fc.constantFrom('', '0123456789abcdef')
  }).map(d => {
    const size = d.blocks === 0 ? 0 : (d.blocks - 1) * d.blockSize + Math.min(d.blockSize, d.tail + 1)
    return { index: d.index, name: d.name, size, blockSize: d.blockSize, digests: Buffer.alloc(32 * d.blocks, 7), cbtBitmap: d.cbtBitmap, keyFingerprint: d.keyFingerprint }
  })
  const point: fc.Arbitrary<StoredPoint> = fc.record({
    format: fc.constant(POINT_FORMAT),
    id: fc.string({ maxLength: 20 }),
    job: fc.string({ maxLength: 10 }),
    sessionId: fc.string({ maxLength: 10 }),
    vm: fc.string({ maxLength: 10 }),
    createdAtMs: fc.nat(),
    lockUntilMs: fc.nat(),
    host: fc.string({ maxLength: 10 }),
    disks: fc.array(disk, { maxLength: 3 }),
    keyFingerprint: fc.constantFrom('', '0123456789abcdef'),
    recoveryWraps: fc.array(fc.uint8Array({ minLength: 1, maxLength: 113 }).map(b => Buffer.from(b)), { maxLength: 2 })
  }).map(p => ({ ...p }))

  it('a point and a disk manifest round-trip; damaged ones fail as ERR_CORRUPT_MANIFEST or ERR_UNSUPPORTED_FORMAT', () => {
    fc.assert(fc.property(point, fc.array(damage, { maxLength: 3 }), fc.uint8Array({ maxLength: 100 }), (p, hurt, noise) => {
      const bytes = Buffer.from(encodePoint(p))
      assert.deepEqual(decodePoint(bytes, 'p'), p)
      for (const d of p.disks) assert.deepEqual(decodeDisk(encodeDisk(d), 'd'), d)
      for (const garbage of [applyDamage(bytes, hurt), Buffer.from(noise)]) {
        try { decodePoint(garbage, 'p') } catch (err) { assertRepositoryError(err, ['ERR_CORRUPT_MANIFEST', 'ERR_UNSUPPORTED_FORMAT']) }
        try { decodeDisk(garbage, 'd') } catch (err) { assertRepositoryError(err, ['ERR_CORRUPT_MANIFEST']) }
      }
    }), runs(3000))
  })

  it('a manifest file with damage fails its checksum as ERR_CORRUPT_MANIFEST', async () => {
    let n = 0
    await fc.assert(fc.asyncProperty(point, fc.array(damage, { minLength: 1, maxLength: 3 }), async (p, hurt) => {
      const body = Buffer.from(encodePoint(p))
      const file = join(dir, `${n++}.point`)
      const intact = Buffer.concat([body, sha(body)])
      await writeFile(file, intact)
      assert.deepEqual(decodePoint(await readManifest(file), file), p)
      const damaged = applyDamage(intact, hurt)
      await writeFile(file, damaged)
      try {
        const back = await readManifest(file)
        assert.ok(damaged.equals(intact), 'a damaged manifest passed its checksum')
        assert.ok(back.equals(body))
      } catch (err) {
        assertRepositoryError(err, ['ERR_CORRUPT_MANIFEST'])
      }
      await rm(file)
    }), runs(500, 20_000))
  })
})

/** A Snappy encoder for the test: literals and back-references of every tag kind. */
type SnappyOp = { literal: Uint8Array } | { copy: number, back: number, kind: 1 | 2 | 3 }
function snappyEncode (ops: SnappyOp[]): { compressed: Buffer, raw: Buffer } {
  const out: number[] = []
  const raw: number[] = []
  for (const op of ops) {
    if ('literal' in op) {
      const n = op.literal.length - 1
      if (n < 60) out.push(n << 2)
      else if (n < 256) out.push(60 << 2, n)
      else out.push(61 << 2, n & 0xff, n >> 8)
      out.push(...op.literal)
      raw.push(...op.literal)
      continue
    }
    if (raw.length === 0) continue
    const offset = 1 + (op.back % Math.min(raw.length, op.kind === 1 ? 2047 : 65535))
    if (op.kind === 1) {
      const len = 4 + (op.copy % 8)
      out.push(((offset >> 8) << 5) | ((len - 4) << 2) | 1, offset & 0xff)
      for (let k = 0; k < len; k++) raw.push(raw[raw.length - offset]!)
    } else {
      const len = 1 + (op.copy % 64)
      out.push(((len - 1) << 2) | op.kind, offset & 0xff, offset >> 8)
      if (op.kind === 3) out.push(0, 0)
      for (let k = 0; k < len; k++) raw.push(raw[raw.length - offset]!)
    }
  }
  const length: number[] = []
  let n = raw.length
  while (n >= 0x80) { length.push((n & 0x7f) | 0x80); n >>>= 7 }
  length.push(n)
  return { compressed: Buffer.from([...length, ...out]), raw: Buffer.from(raw) }
}

describe('fuzz: snappy', function () {
  this.timeout(budgetMs(3000, 0.1))
  const ops = fc.array(fc.oneof(
    fc.record({ literal: fc.uint8Array({ minLength: 1, maxLength: 300 }) }),
    fc.record({ copy: fc.nat(), back: fc.nat(), kind: fc.constantFrom(1 as const, 2 as const, 3 as const) })
  ), { maxLength: 10 })

  it('valid input decompresses to its bytes; anything else throws SnappyError only', () => {
    fc.assert(fc.property(ops, fc.array(damage, { maxLength: 3 }), fc.uint8Array({ maxLength: 100 }), (o, hurt, noise) => {
      const { compressed, raw } = snappyEncode(o)
      assert.ok(snappyDecompress(compressed).equals(raw))
      for (const garbage of [applyDamage(compressed, hurt), Buffer.from(noise)]) {
        try {
          snappyDecompress(garbage)
        } catch (err) {
          assert.ok(err instanceof SnappyError, `expected a SnappyError, got ${String(err)}`)
        }
      }
    }), runs(3000))
  })

  it('a huge claimed length fails without allocating it', () => {
    fc.assert(fc.property(fc.integer({ min: 64 * 1024 * 1024 + 1, max: 2 ** 35 - 1 }), (length) => {
      const v: number[] = []
      let n = length
      while (n >= 0x80) { v.push((n % 0x80) | 0x80); n = Math.floor(n / 0x80) }
      v.push(n)
      assert.throws(() => snappyDecompress(Buffer.from(v)), SnappyError)
    }), runs(500))
  })
})

describe('fuzz: LevelDB check', function () {
  this.timeout(budgetMs(700, 10, 20_000))
  let dir: string
  let intact: Map<string, Buffer>

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-fuzz-leveldb-'))
    // a real LevelDB with tables (small write buffer) and a live log
    const db = new Level<string, string>(join(dir, 'db'), { writeBufferSize: 16 * 1024 })
    await db.open()
    for (let i = 0; i < 600; i++) await db.put(`key-${i}`, `value-${i}-`.repeat(1 + (i % 20)))
    await db.close()
    const reopened = new Level<string, string>(join(dir, 'db'), { writeBufferSize: 16 * 1024 })
    await reopened.open()
    for (let i = 0; i < 20; i++) await reopened.put(`late-${i}`, 'x'.repeat(i))
    await reopened.close()
    intact = new Map()
    for (const f of await readdir(join(dir, 'db'))) if (f !== 'LOCK' && f !== 'LOG' && f !== 'LOG.old') intact.set(f, await readFile(join(dir, 'db', f)))
    assert.ok([...intact.keys()].some(f => f.endsWith('.ldb')), `no table was written: ${[...intact.keys()].join(' ')}`)
    assert.deepEqual((await checkLevelDb(join(dir, 'db'))).problems, [])
  })
  after(async () => { await rm(dir, { recursive: true, force: true }) })

  it('damage to any of its files is reported as problems, never thrown, and never hangs', async () => {
    let n = 0
    const names = () => [...intact.keys()].sort()
    await fc.assert(fc.asyncProperty(fc.nat(), fc.array(damage, { minLength: 1, maxLength: 3 }), fc.boolean(), async (pick, hurt, open) => {
      const target = names()[pick % intact.size]!
      const caseDir = join(dir, `case-${n++}`)
      await mkdir(caseDir)
      for (const [f, bytes] of intact) await writeFile(join(caseDir, f), f === target ? applyDamage(bytes, hurt) : bytes)
      const check = await within(5000, 'checkLevelDb', checkLevelDb(caseDir, { open }))
      assert.ok(Array.isArray(check.problems) && check.problems.every(p => typeof p === 'string'))
      await rm(caseDir, { recursive: true })
    }), runs(400, 10_000))
  })

  it('a flipped byte anywhere in a table before its footer is reported', async () => {
    let n = 0
    const tables = () => [...intact.keys()].filter(f => f.endsWith('.ldb')).sort()
    await fc.assert(fc.asyncProperty(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 255 }), async (pick, at, xor) => {
      const target = tables()[pick % tables().length]!
      const caseDir = join(dir, `flip-${n++}`)
      await mkdir(caseDir)
      for (const [f, bytes] of intact) {
        const copy = Buffer.from(bytes)
        // every byte before the 48-byte footer belongs to a block or its checksummed trailer
        if (f === target) copy[at % (copy.length - 48)]! ^= xor
        await writeFile(join(caseDir, f), copy)
      }
      const check = await checkLevelDb(caseDir)
      assert.ok(check.problems.some(p => p.includes(target)), `a flipped byte at ${at % (intact.get(target)!.length - 48)} of ${target} went unreported`)
      await rm(caseDir, { recursive: true })
    }), runs(300, 10_000))
  })
})
