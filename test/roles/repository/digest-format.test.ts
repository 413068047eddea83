/**
 * The block digest follows the repository's format: format 3 (new repositories) names blocks by
 * BLAKE3, format 2 keeps SHA-256 and is read and written as it is. Real repositories in temp
 * folders, real codec threads; BLAKE3 is checked against a plain TypeScript implementation
 * (test/helpers/blake3-reference.ts), not against the package the repository uses.
 */
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { codecPool, packRoom, sealedPackRoom, sharedBlock } from '../../../node/core/codec-pool.ts'
import { BlockCipher } from '../../../node/core/crypto/block-cipher.ts'
import { deriveKey } from '../../../node/core/crypto/fingerprint.ts'
import { compressBlock } from '../../../roles/repository/compression.ts'
import { DIGEST_LENGTH, isZeroDigest, zeroBlockDigest } from '../../../roles/repository/digest.ts'
import { Repository, RepositoryError } from '../../../roles/repository/store.ts'
import { blake3Reference } from '../../helpers/blake3-reference.ts'
import { BS, header, makeImage, restoreImage, sendImage, sha256, TempDirs } from './helpers.ts'

describe('roles/repository: the block digest by repository format', function () {
  this.timeout(30_000)
  const temp = new TempDirs()
  const open: Repository[] = []
  let dir: string

  async function openRepo (format?: number, create = true): Promise<Repository> {
    const r = await Repository.open({ path: dir, name: 'main', create, format })
    open.push(r)
    return r
  }

  async function backup (repo: Repository, img: Buffer, pointId: string, algorithm = repo.digestAlgorithm, base?: string): Promise<{ stored: number, deduped: number }> {
    const r = await sendImage(await repo.beginDisk(header({ size: img.length, basePoint: base })), img, { algorithm })
    await repo.commitPoint({ pointId, job: 'nightly', sessionId: `s-${pointId}`, vm: 'web-1', host: 'lab', stagedIds: [r.stagedId] })
    return { stored: r.blocksStored, deduped: r.blocksDeduped }
  }

  function digestsOf (point: { disks: Array<{ digests: Buffer }> }): Buffer[] {
    const d = point.disks[0]!.digests
    const out: Buffer[] = []
    for (let at = 0; at < d.length; at += DIGEST_LENGTH) if (!isZeroDigest(d, at)) out.push(d.subarray(at, at + DIGEST_LENGTH))
    return out
  }

  beforeEach(async () => { dir = join(await temp.make(), 'repo') })
  afterEach(async () => {
    await Promise.all(open.splice(0).map(async r => { await r.close() }))
    await temp.cleanup()
  })

  it('the reference BLAKE3 gives the specification\'s digest of the empty input', () => {
    assert.equal(blake3Reference(Buffer.alloc(0)).toString('hex'), 'af1349b9f5f9a1a6a0404dea36dcc9499bcb25c9adc112b7cc9a93cae41f3262')
  })

  it('a new repository is format 3 and stores each block under the BLAKE3 of its raw bytes', async () => {
    const repo = await openRepo()
    assert.equal(repo.formatVersion, 3)
    assert.equal(repo.digestAlgorithm, 'blake3')
    assert.match(await readFile(join(dir, 'FORMAT'), 'utf8'), /^meshbackup-repository 3\n/)
    const img = makeImage(12 * BS + 777, { zeroBlocks: [2, 9] })
    await backup(repo, img, 'p1')
    const point = await repo.getPoint('p1')
    const d = point.disks[0]!.digests
    for (let i = 0; i * BS < img.length; i++) {
      const raw = img.subarray(i * BS, Math.min(img.length, (i + 1) * BS))
      const stored = d.subarray(i * DIGEST_LENGTH, (i + 1) * DIGEST_LENGTH)
      if (i === 2 || i === 9) assert.ok(isZeroDigest(stored), `block ${i} is zero`)
      else assert.deepEqual(stored, blake3Reference(raw), `block ${i} is named by its BLAKE3`)
    }
    assert.ok((await restoreImage(repo, 'p1')).equals(img))
    const verified = await repo.verify('p1')
    assert.deepEqual(verified.problems, [])
    assert.equal(verified.ok, true)
  })

  it('a format 2 repository stays format 2 and still backs up, deduplicates, restores and verifies by SHA-256', async () => {
    await openRepo(2)
    await open.pop()!.close()
    const repo = await openRepo(undefined, false)
    assert.equal(repo.formatVersion, 2, 'reopened by this meshbackup, it keeps its format')
    assert.equal(repo.digestAlgorithm, 'sha256')
    assert.match(await readFile(join(dir, 'FORMAT'), 'utf8'), /^meshbackup-repository 2\n/)
    const img = makeImage(10 * BS, { zeroBlocks: [4] })
    const first = await backup(repo, img, 'p1')
    assert.equal(first.stored, 9)
    for (const [i, digest] of digestsOf(await repo.getPoint('p1')).entries()) {
      const index = i < 4 ? i : i + 1
      assert.deepEqual(digest, sha256(img.subarray(index * BS, (index + 1) * BS)), `block ${index}`)
    }
    const second = await backup(repo, img, 'p2')
    assert.equal(second.stored, 0, 'the same blocks again are deduplicated')
    assert.equal(second.deduped, 9)
    assert.ok((await restoreImage(repo, 'p2')).equals(img))
    assert.equal((await repo.verify('p2')).ok, true)
    assert.equal((await repo.verifyPoints()).damagedPoints.length, 0)
    const rebuilt = await repo.rebuildIndex()
    assert.equal(rebuilt.recordsDamaged, 0, 'the index rebuild checks the packs by SHA-256')
    assert.equal(rebuilt.recordsIndexed, 9)
  })

  it('a format 1 folder is upgraded to format 2, not 3: its blocks keep their SHA-256 ids', async () => {
    const repo = await openRepo(2)
    await backup(repo, makeImage(3 * BS), 'p1')
    await repo.close()
    open.pop()
    const text = await readFile(join(dir, 'FORMAT'), 'utf8')
    await writeFile(join(dir, 'FORMAT'), text.replace(/^meshbackup-repository 2\n/, 'meshbackup-repository 1\n'))
    const again = await openRepo(undefined, false)
    assert.equal(again.formatVersion, 2)
    assert.match(await readFile(join(dir, 'FORMAT'), 'utf8'), /^meshbackup-repository 2\n/)
  })

  it('refuses to create a repository in a format it cannot write', async () => {
    await assert.rejects(Repository.open({ path: dir, name: 'main', create: true, format: 1 }), (err: unknown) => err instanceof RepositoryError && err.code === 'ERR_BAD_ARGUMENT')
  })

  for (const format of [2, 3]) {
    it(`format ${format}: a block whose bytes do not hash to the digest sent is refused, and so is another algorithm's digest`, async () => {
      const repo = await openRepo(format)
      const raw = randomBytes(BS)
      const data = await compressBlock(raw, 'zstd')
      const own = format === 3 ? blake3Reference(raw) : sha256(raw)
      const other = format === 3 ? sha256(raw) : blake3Reference(raw)
      const writer = await repo.beginDisk(header({ size: 3 * BS }))
      const refused = (err: unknown): boolean => err instanceof RepositoryError && err.code === 'ERR_DIGEST_MISMATCH'
      // a member proxy must not store wrong data under another block's id
      await assert.rejects(writer.putBlock({ index: 0, digest: blake3Reference(randomBytes(BS)), rawLength: BS, compression: 'zstd', data }), refused)
      await assert.rejects(writer.putBlock({ index: 1, digest: other, rawLength: BS, compression: 'zstd', data }), refused)
      assert.equal(await writer.putBlock({ index: 2, digest: own, rawLength: BS, compression: 'zstd', data }), 'stored')
      await writer.abort()
    })
  }

  it('a zero block is known by the zero digest of the repository\'s own algorithm', async () => {
    const repo = await openRepo()
    const writer = await repo.beginDisk(header({ size: 2 * BS }))
    assert.deepEqual(zeroBlockDigest(BS, 'blake3'), blake3Reference(Buffer.alloc(BS)))
    assert.equal(await writer.putBlock({ index: 0, digest: zeroBlockDigest(BS, 'blake3'), rawLength: BS, compression: 'none', data: Buffer.alloc(BS) }), 'zero')
    await writer.abort()
  })

  it('the codec threads hash shared blocks by the asked algorithm, packing and unpacking', async () => {
    const raw = sharedBlock(BS)
    randomBytes(BS).copy(raw)
    const output = sharedBlock(packRoom(BS))
    const b3 = await codecPool().pack({ input: raw, output, level: 1, algorithm: 'blake3' })
    assert.deepEqual(b3.digest, blake3Reference(raw))
    const s2 = await codecPool().pack({ input: raw, output, level: 1 })
    assert.deepEqual(s2.digest, sha256(raw), 'SHA-256 stays the default')
    const stored = await compressBlock(Buffer.from(raw), 'zstd')
    assert.deepEqual((await codecPool().unpack({ input: stored, compression: 'zstd', rawLength: BS, algorithm: 'blake3' })).digest, blake3Reference(raw))
  })

  it('encrypted format 3 block ids are keyed BLAKE3 under a key derived from the data key: two keys, two ids', async () => {
    const raw = sharedBlock(BS)
    randomBytes(BS).copy(raw)
    const keyA = randomBytes(32)
    const keyB = randomBytes(32)
    const a = new BlockCipher(keyA)
    const b = new BlockCipher(keyB)
    const idA = a.blockId(raw, 'blake3')
    assert.deepEqual(idA, blake3Reference(raw, deriveKey(keyA, 'block-id-blake3')))
    assert.notDeepEqual(idA, b.blockId(raw, 'blake3'), 'another key gives another id')
    assert.notDeepEqual(idA, blake3Reference(raw), 'the id is not the plain digest')
    assert.notDeepEqual(idA, a.blockId(raw), 'nor the format 2 id (HMAC-SHA-256)')
    // through the codec threads: sealed, and opened again, by the same id
    const out = sharedBlock(sealedPackRoom(BS))
    const sealed = await codecPool().pack({ input: raw, output: out, level: 1, key: keyA, algorithm: 'blake3' })
    assert.deepEqual(sealed.digest, idA)
    const frame = Buffer.from(out.subarray(0, sealed.length))
    const opened = await codecPool().unpack({ input: frame, compression: sealed.compressed ? 'zstd' : 'none', rawLength: BS, sealed: true, key: keyA, blockId: idA, algorithm: 'blake3' })
    assert.deepEqual(opened.digest, idA)
    // format 2 encrypted points keep their HMAC-SHA-256 ids
    const old = await codecPool().pack({ input: raw, output: out, level: 1, key: keyA })
    assert.deepEqual(old.digest, a.blockId(raw))
  })
})
