/**
 * Encrypted backups in the repository: a disk whose header names a key fingerprint takes sealed
 * blocks (frames made here with BlockCipher, as the proxy makes them), checks them without the
 * key, stores them flagged sealed, dedups them by id, and refuses damaged frames, frames of
 * another key and plain blocks. Points record the key and the recovery wraps; a base of another
 * key seeds nothing; verify, the verify pass, the pack scan, rebuild and GC handle sealed records
 * by their frame checksum. Real LevelDB and real pack files in temp folders.
 */
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import type { PipeBlock, PipeHeader } from '../../../proto/index.ts'
import { BlockCipher, SEAL_OVERHEAD } from '../../../node/core/crypto/block-cipher.ts'
import { createRecoveryKeyPair, wrapForRecovery, type RecoveryPublicKey } from '../../../node/core/crypto/recovery-key.ts'
import { compressBlock, compressionFromCode, decompressBlock, type Compression } from '../../../roles/repository/compression.ts'
import { DIGEST_LENGTH } from '../../../roles/repository/digest.ts'
import { encodeLocation } from '../../../roles/repository/block-index.ts'
import { scanPack, type ScannedRecord } from '../../../roles/repository/pack-scan.ts'
import { decodeRecordHeader, encodeRecordHeader, RECORD_HEADER_LENGTH } from '../../../roles/repository/packs.ts'
import { Repository, type DiskWriter } from '../../../roles/repository/store.ts'
import { hasCode } from '../../helpers/coded-error.ts'
import { flipByte } from '../../helpers/corrupt.ts'
import { BS, header, makeImage, pipeBlock, TempDirs } from './helpers.ts'

const QUICK = { N: 1024, r: 8, p: 1 }

/** The PipeBlock a proxy sends for block `index` of `img` under `cipher`: keyed id, sealed frame. */
async function sealedBlock (cipher: BlockCipher, img: Buffer, index: number, compression: Compression = 'zstd'): Promise<PipeBlock> {
  const raw = img.subarray(index * BS, Math.min(img.length, (index + 1) * BS))
  const id = cipher.blockId(raw)
  const payload = await compressBlock(Buffer.from(raw), compression)
  return { index, digest: id, rawLength: raw.length, compression, sealed: true, data: cipher.seal(id, payload) }
}

/** Sends every non-zero block of `img` sealed, then finishes. */
async function sendSealed (writer: DiskWriter, cipher: BlockCipher, img: Buffer, indices?: number[]): Promise<Awaited<ReturnType<DiskWriter['finish']>>> {
  for (const i of indices ?? Array.from({ length: writer.blocks }, (_, k) => k)) {
    const raw = img.subarray(i * BS, Math.min(img.length, (i + 1) * BS))
    if (raw.every(b => b === 0)) continue
    await writer.putBlock(await sealedBlock(cipher, img, i))
  }
  return await writer.finish()
}

/** The raw block the key holder gets back from a stored sealed block. */
async function openStored (repo: Repository, cipher: BlockCipher, id: Uint8Array): Promise<Buffer> {
  const stored = await repo.readBlock(id)
  assert.equal(stored.sealed, true)
  const payload = cipher.open(id, stored.data)
  const raw = await decompressBlock(payload, stored.compression, stored.rawLength)
  assert.ok(cipher.isBlock(id, raw), 'the block opens to the bytes its id names')
  return raw
}

async function packFiles (dir: string): Promise<string[]> {
  return (await readdir(join(dir, 'packs'), { recursive: true })).filter(f => f.endsWith('.pack')).map(f => join(dir, 'packs', f))
}

async function records (path: string): Promise<ScannedRecord[]> {
  const out: ScannedRecord[] = []
  await scanPack(path, { onRecord: r => { out.push({ ...r, data: Buffer.from(r.data), header: { ...r.header, digest: Buffer.from(r.header.digest) } }) } })
  return out
}

describe('roles/repository: sealed blocks (encryption at rest)', function () {
  this.timeout(30_000)
  const temp = new TempDirs()
  const materialA = randomBytes(32)
  const keyA = new BlockCipher(materialA)
  const keyB = new BlockCipher(randomBytes(32))
  let recovery: RecoveryPublicKey
  let dir: string
  let repo: Repository
  const size = 5 * BS
  const sealedHeader = (init: Partial<PipeHeader> = {}): PipeHeader => header({ keyFingerprint: keyA.fingerprint, ...init, size: init.size ?? size })

  before(async () => {
    recovery = (await createRecoveryKeyPair({ name: 'office-safe', passphrase: 'pw', scrypt: QUICK })).publicKey
  })
  beforeEach(async () => {
    dir = join(await temp.make(), 'repo')
    repo = await Repository.open({ path: dir, name: 'main', create: true })
  })
  afterEach(async () => {
    await repo.close()
    await temp.cleanup()
  })

  /** A committed encrypted point of `img` under key A, with one recovery wrap. */
  async function sealedPoint (img: Buffer, pointId = 'p1'): Promise<string> {
    const r = await sendSealed(await repo.beginDisk(sealedHeader()), keyA, img)
    const p = await repo.commitPoint({
      pointId, job: 'nightly', vm: 'web-1', stagedIds: [r.stagedId], keyFingerprint: keyA.fingerprint,
      recoveryWraps: [wrapForRecovery(recovery, { material: materialA })]
    })
    return p.id
  }

  it('stores sealed blocks as their frames, flagged sealed, and gives them back with sealed: true', async () => {
    const img = makeImage(size, { zeroBlocks: [3] })
    const writer = await repo.beginDisk(sealedHeader())
    assert.equal(writer.keyFingerprint, keyA.fingerprint)
    const sent = await Promise.all([0, 1, 2, 4].map(async i => await sealedBlock(keyA, img, i)))
    for (const b of sent) assert.equal(await writer.putBlock(b), 'stored')
    const r = await writer.finish()
    assert.equal(r.blocksStored, 4)
    const point = await repo.commitPoint({ job: 'nightly', vm: 'web-1', stagedIds: [r.stagedId], keyFingerprint: keyA.fingerprint })
    const disk = (await repo.getPoint(point.id)).disks[0]!
    assert.equal(disk.keyFingerprint, keyA.fingerprint)
    for (const b of sent) {
      assert.deepEqual(disk.digests.subarray(b.index! * DIGEST_LENGTH, (b.index! + 1) * DIGEST_LENGTH), Buffer.from(b.digest!))
      const stored = await repo.readBlock(b.digest!)
      assert.equal(stored.sealed, true)
      assert.equal(stored.compression, 'zstd', 'the compression inside the seal')
      assert.deepEqual(Buffer.from(stored.data), Buffer.from(b.data!), 'the frame, byte for byte')
      assert.deepEqual(await openStored(repo, keyA, b.digest!), img.subarray(b.index! * BS, (b.index! + 1) * BS))
    }
    // on disk: flags bit 0 in the record header, bit 7 of the index entry's compression byte
    const [pack] = await packFiles(dir)
    const recs = await records(pack!)
    assert.equal(recs.length, 4)
    for (const rec of recs) assert.equal(rec.header.sealed, true)
    // a plain disk next to it still reads plain
    const plainImg = makeImage(BS)
    const p = await repo.beginDisk(header({ size: BS }))
    await p.putBlock(await pipeBlock(plainImg, 0))
    await p.finish()
    assert.equal((await repo.readBlock((await pipeBlock(plainImg, 0)).digest!)).sealed, false)
  })

  it('deduplicates a sealed block by its id: twice in one disk, and again in the next backup', async () => {
    const img = makeImage(size)
    img.copy(img, 4 * BS, 0, BS) // block 4 repeats block 0
    const r = await sendSealed(await repo.beginDisk(sealedHeader()), keyA, img)
    assert.equal(r.blocksStored, 4)
    assert.equal(r.blocksDeduped, 1)
    // the same block sealed again (another nonce, so another frame) is not stored again
    const again = await repo.beginDisk(sealedHeader({ taskId: 't2' }))
    assert.equal(await again.putBlock(await sealedBlock(keyA, img, 0)), 'deduped')
    await again.finish()
    // under key B the same content has another id: stored
    const other = await repo.beginDisk(sealedHeader({ taskId: 't3', keyFingerprint: keyB.fingerprint }))
    assert.equal(await other.putBlock(await sealedBlock(keyB, img, 0)), 'stored')
    await other.finish()
    assert.equal(repo.stats().blocksStored, 5)
  })

  it('refuses a damaged frame, a frame of another key, a plain block in an encrypted disk and a sealed one in a plain disk', async () => {
    const img = makeImage(size)
    const writer = await repo.beginDisk(sealedHeader())

    const damaged = await sealedBlock(keyA, img, 0)
    const frame = Buffer.from(damaged.data!)
    frame[SEAL_OVERHEAD]! ^= 0x01
    await assert.rejects(writer.putBlock({ ...damaged, data: frame }), hasCode('ERR_SEALED_BLOCK_DAMAGED', /block 0 of disk 0 of web-1 .*checksum.*nothing was stored/))

    const tooLong = await sealedBlock(keyA, img, 0, 'none')
    await assert.rejects(writer.putBlock({ ...tooLong, rawLength: BS - 1 }), hasCode('ERR_BAD_BLOCK_LENGTH'))
    const cut = img.subarray(0, BS)
    const id = keyA.blockId(cut)
    const padded = keyA.seal(id, Buffer.concat([cut, Buffer.alloc(7)]))
    await assert.rejects(writer.putBlock({ index: 0, digest: id, rawLength: BS, compression: 'none', sealed: true, data: padded }),
      hasCode('ERR_SEALED_BLOCK_DAMAGED', /cannot hold 65536 raw bytes compressed as none/))

    await assert.rejects(writer.putBlock(await sealedBlock(keyB, img, 1)),
      hasCode('ERR_KEY_MISMATCH', new RegExp(`sealed under key ${keyB.fingerprint}, the backup under key ${keyA.fingerprint}`)))
    await assert.rejects(writer.putBlock(await pipeBlock(img, 2)), hasCode('ERR_SEALED_MISMATCH', /came plain, but the backup of disk 0 of web-1 is encrypted/))
    await assert.rejects(writer.finish(), hasCode('ERR_INCOMPLETE_DISK'))

    const plain = await repo.beginDisk(header({ size, taskId: 't2' }))
    await assert.rejects(plain.putBlock(await sealedBlock(keyA, img, 0)), hasCode('ERR_SEALED_MISMATCH', /came sealed, but the backup of disk 0 of web-1 is not encrypted/))
    await plain.abort()
    assert.equal(repo.stats().blocksStored, 0, 'nothing of the refused blocks was stored')
    await assert.rejects(repo.beginDisk(sealedHeader({ keyFingerprint: 'not-a-key' })), hasCode('ERR_BAD_ARGUMENT'))
  })

  it('does not share a block id between a plain and a sealed disk', async () => {
    const img = makeImage(BS)
    const plain = await repo.beginDisk(header({ size: BS }))
    const block = await pipeBlock(img, 0)
    await plain.putBlock(block)
    await plain.finish()
    // a sender claiming a stored plain block's id for a sealed block: refused, not deduplicated
    const writer = await repo.beginDisk(sealedHeader({ size: BS }))
    const forged = await sealedBlock(keyA, img, 0)
    await assert.rejects(writer.putBlock({ ...forged, digest: block.digest }), hasCode('ERR_SEALED_MISMATCH', /its id is stored plain/))
    await writer.abort()
  })

  it('uses a base point only of the same key: another key, or none, sends the disk in full', async () => {
    const img = makeImage(size)
    const base = await sealedPoint(img)
    // same key: inherited, nothing to send
    const same = await repo.beginDisk(sealedHeader({ basePoint: base, taskId: 't2' }))
    const inherited = await same.finish()
    const p2 = await repo.commitPoint({ job: 'nightly', vm: 'web-1', stagedIds: [inherited.stagedId], keyFingerprint: keyA.fingerprint })
    assert.deepEqual((await repo.getPoint(p2.id)).disks[0]!.digests, (await repo.getPoint(base)).disks[0]!.digests)
    assert.ok((await repo.baseDigests(base, 'web-1', 0, keyA.fingerprint)) !== undefined)

    // another key, or a plain backup: no base (ERR_BASE_MISMATCH is what the receiver answers with a full disk)
    await assert.rejects(repo.baseDigests(base, 'web-1', 0, keyB.fingerprint), hasCode('ERR_BASE_MISMATCH', new RegExp(`sealed under key ${keyA.fingerprint}, this backup is sealed under key ${keyB.fingerprint}`)))
    await assert.rejects(repo.baseDigests(base, 'web-1', 0), hasCode('ERR_BASE_MISMATCH', /this backup is not encrypted/))
    await assert.rejects(repo.beginDisk(sealedHeader({ basePoint: base, keyFingerprint: keyB.fingerprint, taskId: 't3' })), hasCode('ERR_BASE_MISMATCH'))
    await assert.rejects(repo.beginDisk(header({ size, basePoint: base, taskId: 't4' })), hasCode('ERR_BASE_MISMATCH'))
    assert.equal(repo.stats().openWriters, 0)
  })

  it('commits with the key fingerprint and recovery wraps, lists them, and refuses a commit of another key', async () => {
    const material = randomBytes(32)
    const cipher = new BlockCipher(material)
    const img = makeImage(size)
    const staged = async (task: string): Promise<string> =>
      (await sendSealed(await repo.beginDisk(sealedHeader({ taskId: task, keyFingerprint: cipher.fingerprint })), cipher, img)).stagedId
    const s1 = await staged('t1')

    // the staged disk is under the key: a plain commit, or one of another key, is refused
    await assert.rejects(repo.commitPoint({ job: 'nightly', vm: 'web-1', stagedIds: [s1] }), hasCode('ERR_KEY_MISMATCH', new RegExp(`names no key \\(plain\\), but its staged disk ${s1} \\(disk 0\\) was written under key ${cipher.fingerprint}`)))
    await assert.rejects(repo.commitPoint({ job: 'nightly', vm: 'web-1', stagedIds: [s1], keyFingerprint: keyB.fingerprint }), hasCode('ERR_KEY_MISMATCH'))
    // a wrap of another key, an unreadable wrap, a wrap without a key
    const otherWrap = wrapForRecovery(recovery, { material: randomBytes(32) })
    await assert.rejects(repo.commitPoint({ job: 'nightly', vm: 'web-1', stagedIds: [s1], keyFingerprint: cipher.fingerprint, recoveryWraps: [otherWrap] }), hasCode('ERR_KEY_MISMATCH', /recovery wrap 0/))
    await assert.rejects(repo.commitPoint({ job: 'nightly', vm: 'web-1', stagedIds: [s1], keyFingerprint: cipher.fingerprint, recoveryWraps: [Buffer.alloc(113)] }), hasCode('ERR_BAD_ARGUMENT', /recovery wrap 0 .* cannot be read/))
    const plainStaged = (await (async () => { const w = await repo.beginDisk(header({ size: BS, taskId: 'tp' })); await w.putBlock(await pipeBlock(makeImage(BS), 0)); return await w.finish() })()).stagedId
    await assert.rejects(repo.commitPoint({ job: 'nightly', vm: 'web-1', stagedIds: [plainStaged], recoveryWraps: [wrapForRecovery(recovery, { material })] }), hasCode('ERR_BAD_ARGUMENT', /names no key/))

    const wrap = wrapForRecovery(recovery, { material })
    const committed = await repo.commitPoint({ pointId: 'enc-1', job: 'nightly', vm: 'web-1', stagedIds: [s1], keyFingerprint: cipher.fingerprint, recoveryWraps: [wrap] })
    assert.equal(committed.keyFingerprint, cipher.fingerprint)
    assert.deepEqual(committed.recoveryFingerprints, [recovery.fingerprint])
    const point = await repo.getPoint('enc-1')
    assert.equal(point.keyFingerprint, cipher.fingerprint)
    assert.deepEqual(point.recoveryWraps, [wrap])
    // a retry of the commit wraps the key afresh: same recovery keys, same point
    const retry = await repo.commitPoint({ pointId: 'enc-1', job: 'nightly', vm: 'web-1', stagedIds: [s1], keyFingerprint: cipher.fingerprint, recoveryWraps: [wrapForRecovery(recovery, { material })] })
    assert.equal(retry.id, 'enc-1')

    const listed = (await repo.listPoints()).find(p => p.id === 'enc-1')!
    assert.equal(listed.keyFingerprint, cipher.fingerprint)
    assert.deepEqual(listed.recoveryFingerprints, [recovery.fingerprint])
    // the summary in LevelDB carries it across a restart, and a rebuild summarizes it again
    await repo.close()
    repo = await Repository.open({ path: dir, name: 'main' })
    const reopened = (await repo.listPoints()).find(p => p.id === 'enc-1')!
    assert.equal(reopened.keyFingerprint, cipher.fingerprint)
    assert.deepEqual(reopened.recoveryFingerprints, [recovery.fingerprint])
    await repo.rebuildIndex()
    assert.deepEqual((await repo.pointSummary('enc-1'))?.recoveryFingerprints, [recovery.fingerprint])
    assert.equal((await repo.pointSummary('enc-1'))?.keyFingerprint, cipher.fingerprint)
  })

  it('verify finds a flipped byte in a sealed record without the key, names where, and marks the block damaged', async () => {
    const img = makeImage(size)
    const pointId = await sealedPoint(img)
    assert.deepEqual((await repo.verify(pointId)).problems, [])
    const [pack] = await packFiles(dir)
    const digests = (await repo.getPoint(pointId)).disks[0]!.digests
    const block2 = (await records(pack!)).find(r => r.header.digest.equals(digests.subarray(2 * DIGEST_LENGTH, 3 * DIGEST_LENGTH)))!
    await flipByte(pack!, block2.offset + RECORD_HEADER_LENGTH + 30)

    const report = await repo.verify(pointId)
    assert.equal(report.ok, false)
    assert.equal(report.problems.length, 1, report.problems.join('\n'))
    assert.match(report.problems[0]!, new RegExp(`disk 0 \\(vda\\) block 2 .*pack [0-9a-f]{32} offset ${block2.offset}: the sealed block does not match its checksum`))
    assert.ok((await repo.damagedBlocksOf(pointId, 0)).includes(2))

    // the verify pass reads it the same way
    const pass = await repo.verifyPoints({ olderThanDays: 0 })
    assert.equal(pass.badBlocks, 1)
    const problems = pass.damagedPoints.flatMap(p => p.problems ?? [])
    assert.ok(problems.some(p => /block 2 .*offset \d+: the sealed block does not match its checksum/.test(p)), problems.join('\n'))
    // the next backup of the block stores it again and repairs the point
    const repair = await repo.beginDisk(sealedHeader({ basePoint: pointId, taskId: 't2' }))
    assert.deepEqual(repair.requiredRanges(), [2, 1])
    await repair.putBlock(await sealedBlock(keyA, img, 2))
    await repair.finish()
    assert.deepEqual(await repo.damagedBlocksOf(pointId, 0), [])
    assert.deepEqual(await openStored(repo, keyA, digests.subarray(2 * DIGEST_LENGTH, 3 * DIGEST_LENGTH)), img.subarray(2 * BS, 3 * BS))
  })

  it('rebuild indexes sealed records, skips a damaged one, and finds one past a damaged header', async () => {
    const img = makeImage(size)
    const pointId = await sealedPoint(img)
    const digests = (await repo.getPoint(pointId)).disks[0]!.digests
    const [pack] = await packFiles(dir)
    const recs = await records(pack!)
    assert.equal(recs.length, 5)

    const clean = await repo.rebuildIndex()
    assert.equal(clean.recordsIndexed, 5)
    assert.equal(clean.recordsDamaged, 0)
    for (let i = 0; i < 5; i++) assert.deepEqual(await openStored(repo, keyA, digests.subarray(i * DIGEST_LENGTH, (i + 1) * DIGEST_LENGTH)), img.subarray(i * BS, (i + 1) * BS))

    // record 1: its frame damaged (skipped, reported); record 3: its header damaged (the scan
    // finds record 4 by its magic, header CRC and frame CRC)
    await flipByte(pack!, recs[1]!.offset + RECORD_HEADER_LENGTH + 5)
    await flipByte(pack!, recs[3]!.offset + 20)
    const r = await repo.rebuildIndex()
    assert.equal(r.recordsIndexed, 3, r.problems.join('\n'))
    assert.equal(r.recordsDamaged, 1)
    assert.equal(r.regionsSkipped, 1)
    assert.ok(r.problems.some(p => p.includes(`offset ${recs[1]!.offset}`) && /the sealed block does not match its checksum/.test(p)), r.problems.join('\n'))
    assert.ok(r.problems.some(p => p.includes(`to the next intact record at offset ${recs[4]!.offset}`)), r.problems.join('\n'))
    assert.deepEqual(r.incompletePoints, [`${pointId}: 2 blocks not found in any pack`])
    assert.equal((await repo.readBlock(recs[4]!.header.digest)).sealed, true)
  })

  it('GC keeps a moved sealed record sealed', async () => {
    const img = makeImage(size)
    const first = await sealedPoint(img, 'old')
    // a point of block 0 alone: the rest of the pack is dead once "old" goes
    const small = await repo.beginDisk(sealedHeader({ size: BS, taskId: 't2' }))
    assert.equal(await small.putBlock(await sealedBlock(keyA, img, 0)), 'deduped')
    const s = await small.finish()
    await repo.commitPoint({ pointId: 'new', job: 'nightly', vm: 'web-1', stagedIds: [s.stagedId], keyFingerprint: keyA.fingerprint })
    const id0 = (await repo.getPoint(first)).disks[0]!.digests.subarray(0, DIGEST_LENGTH)
    const before = (await repo.readBlock(id0)).location!
    await repo.deletePoints([first])
    const gc = await repo.gc()
    assert.ok(gc.packsRewritten! >= 1, JSON.stringify(gc))
    const after = await repo.readBlock(id0)
    assert.notEqual(after.location!.packId, before.packId)
    assert.equal(after.sealed, true)
    assert.deepEqual(await openStored(repo, keyA, id0), img.subarray(0, BS))
    assert.deepEqual((await repo.verify('new')).problems, [])
  })

  it('an older meshbackup cannot take a sealed record or index entry for a plain one', () => {
    // the index entry's compression byte is no compression code an older version knows: it refuses the entry
    const entry = encodeLocation({ packId: '0123456789abcdef0123456789abcdef', offset: 16, length: 10, rawLength: 10, compression: 'zstd', sealed: true })
    assert.equal(compressionFromCode(entry[1]!), undefined)
    // the record header carries flags 1; flags this version does not know make a header unreadable
    const h = encodeRecordHeader(Buffer.alloc(32, 1), 'none', 10, 51, true)
    assert.equal(h[5], 1)
    assert.equal((decodeRecordHeader(h) as { sealed: boolean }).sealed, true)
    const newer = Buffer.from(h)
    newer[5] = 0x03
    newer.writeUInt32LE(crc32(newer.subarray(0, 48)), 48)
    assert.equal(decodeRecordHeader(newer), 'unknown record flags 0x3')
  })
})
