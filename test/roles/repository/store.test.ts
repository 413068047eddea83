import assert from 'node:assert/strict'
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { decompressBlock } from '../../../roles/repository/compression.ts'
import { DIGEST_LENGTH } from '../../../roles/repository/digest.ts'
import { Repository, RepositoryError, ZERO_DIGEST } from '../../../roles/repository/store.ts'
import { BS, header, makeImage, pipeBlock, restoreImage, sendImage, sha, TempDirs, within } from './helpers.ts'

function code (c: string): (err: unknown) => boolean {
  return (err: unknown) => {
    assert.ok(err instanceof RepositoryError, `expected a RepositoryError, got ${String(err)}`)
    assert.equal(err.code, c, err.message)
    return true
  }
}

/** The digest list a full backup of `img` must produce. */
function expectedDigests (img: Buffer, bs = BS): Buffer {
  const n = Math.ceil(img.length / bs)
  const out = Buffer.alloc(n * DIGEST_LENGTH)
  for (let i = 0; i < n; i++) {
    const raw = img.subarray(i * bs, Math.min(img.length, (i + 1) * bs))
    if (!raw.every(b => b === 0)) sha(raw).copy(out, i * DIGEST_LENGTH)
  }
  return out
}

describe('roles/repository: Repository', () => {
  const temp = new TempDirs()
  const open: Repository[] = []
  let dir: string

  async function openRepo (create = true, name = 'main'): Promise<Repository> {
    const r = await Repository.open({ path: dir, name, create })
    open.push(r)
    return r
  }

  beforeEach(async () => { dir = join(await temp.make(), 'repo') })
  afterEach(async () => {
    await Promise.all(open.splice(0).map(async r => { await r.close() }))
    await temp.cleanup()
  })

  describe('open', () => {
    it('creates the layout in a missing folder and reopens it by name', async () => {
      const repo = await openRepo()
      assert.equal(repo.name, 'main')
      const entries = (await readdir(dir)).sort()
      assert.deepEqual(entries, ['FORMAT', 'index', 'index.seal', 'packs', 'points', 'staging', 'tmp'])
      assert.equal((await readdir(join(dir, 'packs'))).length, 256)
      await repo.close()
      const again = await openRepo(false)
      assert.deepEqual(await again.listPoints(), [])
    })

    it('refuses a folder that is not a repository, clearly', async () => {
      await assert.rejects(Repository.open({ path: dir, name: 'main' }), code('ERR_NOT_A_REPOSITORY'))
      await mkdir(dir)
      await writeFile(join(dir, 'notes.txt'), 'hello')
      await assert.rejects(Repository.open({ path: dir, name: 'main', create: true }), (err: unknown) => {
        code('ERR_NOT_A_REPOSITORY')(err)
        assert.match((err as Error).message, /not a meshbackup repository/)
        assert.match((err as Error).message, new RegExp(dir))
        return true
      })
      await writeFile(join(dir, 'FORMAT'), 'something-else 1\n')
      await assert.rejects(Repository.open({ path: dir, name: 'main' }), code('ERR_NOT_A_REPOSITORY'))
      await assert.rejects(Repository.open({ path: join(dir, 'notes.txt'), name: 'main', create: true }), code('ERR_NOT_A_REPOSITORY'))
    })

    it('refuses another name, a newer format, and a second open', async () => {
      const repo = await openRepo()
      await assert.rejects(Repository.open({ path: dir, name: 'other' }), code('ERR_REPOSITORY_NAME_MISMATCH'))
      await assert.rejects(Repository.open({ path: dir, name: 'main' }), code('ERR_REPOSITORY_LOCKED'))
      await repo.close()
      await writeFile(join(dir, 'FORMAT'), 'meshbackup-repository 4\nname: main\n')
      await assert.rejects(Repository.open({ path: dir, name: 'main' }), code('ERR_UNSUPPORTED_FORMAT'))
    })

    it('reports free bytes and refuses use after close', async () => {
      const repo = await openRepo()
      assert.ok(await repo.freeBytes() > 0)
      await repo.close()
      await assert.rejects(repo.listPoints(), code('ERR_REPOSITORY_CLOSED'))
    })
  })

  describe('backup and commit', () => {
    it('writes a full disk, commits it, and serves its digests and blocks', async () => {
      const repo = await openRepo()
      const size = 10 * BS + 1000
      const img = makeImage(size, { zeroBlocks: [2, 7] })
      const writer = await repo.beginDisk(header({ size, cbtBitmap: 'mb-s1-0' }))
      assert.equal(writer.blocks, 11)
      const result = await sendImage(writer, img, { sendZero: true })
      assert.equal(result.blocksReceived, 11)
      assert.equal(result.blocksStored, 9)
      assert.equal(result.blocksZero, 2)
      assert.equal(result.blocksDeduped, 0)
      assert.ok(result.bytesStored > 0 && result.bytesStored < 9 * BS, 'zstd shrank the half-zero blocks')

      const summary = await repo.commitPoint({ job: 'nightly', sessionId: 's1', vm: 'web-1', host: 'h1', stagedIds: [result.stagedId] })
      assert.match(summary.id, /^\d{8}T\d{6}Z-web-1-[0-9a-f]{6}$/)
      assert.equal(summary.repository, 'main')
      assert.deepEqual(summary.disks, [{ index: 0, name: 'vda', size, blocks: 11, zeroBlocks: 2, cbtBitmap: 'mb-s1-0' }])
      assert.deepEqual(await readdir(join(dir, 'staging')), [], 'staged file removed')

      const point = await repo.getPoint(summary.id)
      assert.equal(point.vm, 'web-1')
      assert.equal(point.host, 'h1')
      assert.ok(point.disks[0]!.digests.equals(expectedDigests(img)))
      assert.equal(point.disks[0]!.cbtBitmap, 'mb-s1-0', 'the point records the bitmap that started tracking at its snapshot')
      assert.ok((await restoreImage(repo, summary.id)).equals(img))
      assert.deepEqual((await repo.listPoints()).map(p => p.id), [summary.id])
      assert.equal((await repo.latestPoint('nightly', 'web-1'))?.id, summary.id)
      assert.equal(await repo.latestPoint('nightly', 'web-2'), undefined)
      await assert.rejects(repo.getPoint('20990101T000000Z-nope-000000'), (err: unknown) => {
        code('ERR_NO_SUCH_POINT')(err)
        assert.match((err as Error).message, /20990101T000000Z-nope-000000/)
        return true
      })
    })

    it('round-trips blocks as stored, compressed or not', async () => {
      const repo = await openRepo()
      const size = 4 * BS
      const img = makeImage(size)
      for (const [i, compression] of [[1, 'zstd'], [2, 'none']] as const) {
        const writer = await repo.beginDisk(header({ size, vm: `vm-${compression}` }))
        const block = await pipeBlock(img, i, compression)
        assert.equal(await writer.putBlock(block), 'stored')
        await assert.rejects(repo.readBlock(block.digest!), code('ERR_MISSING_BLOCK'), 'indexed only at finish')
        await writer.finish()
        const back = await repo.readBlock(block.digest!)
        assert.equal(back.compression, compression)
        assert.equal(back.rawLength, BS)
        assert.ok(back.data.equals(block.data!), 'returned exactly as sent')
        const raw = await decompressBlock(back.data, back.compression, back.rawLength)
        assert.ok(raw.equals(img.subarray(i * BS, (i + 1) * BS)))
      }
      await assert.rejects(repo.readBlock(sha(Buffer.from('nothing'))), code('ERR_MISSING_BLOCK'))
    })

    it('never stores zero blocks, flagged or not', async () => {
      const repo = await openRepo()
      const size = 3 * BS
      const writer = await repo.beginDisk(header({ size }))
      assert.equal(await writer.putBlock({ index: 0, zero: true }), 'zero')
      const zeros = Buffer.alloc(BS)
      assert.equal(await writer.putBlock({ index: 1, digest: sha(zeros), rawLength: BS, compression: 'none', data: zeros }), 'zero')
      const result = await writer.finish()
      assert.equal(result.blocksStored, 0)
      assert.equal(result.bytesStored, 0)
      assert.equal(repo.stats().blocksStored, 0)
      const p = await repo.commitPoint({ job: 'nightly', vm: 'web-1', stagedIds: [result.stagedId] })
      const point = await repo.getPoint(p.id)
      assert.ok(point.disks[0]!.digests.equals(Buffer.alloc(3 * DIGEST_LENGTH)))
      assert.deepEqual(p.disks[0]!.zeroBlocks, 3)
      await assert.rejects(repo.readBlock(ZERO_DIGEST), code('ERR_MISSING_BLOCK'))
      const packs = await readdir(join(dir, 'packs'), { recursive: true })
      assert.equal(packs.filter(f => f.endsWith('.pack')).length, 0)
    })

    it('pipelines many putBlock calls and keeps every block at its index', async () => {
      const repo = await openRepo()
      const size = 64 * BS
      const img = makeImage(size)
      const writer = await repo.beginDisk(header({ size }))
      const blocks = await Promise.all(Array.from({ length: 64 }, async (_, i) => await pipeBlock(img, 63 - i)))
      const results = await within(Promise.all(blocks.map(b => writer.putBlock(b))))
      assert.deepEqual(new Set(results), new Set(['stored']))
      const r = await writer.finish()
      const p = await repo.commitPoint({ job: 'nightly', vm: 'web-1', stagedIds: [r.stagedId] })
      assert.ok((await restoreImage(repo, p.id)).equals(img))
    })

    it('rolls to a new pack above the pack limit', async () => {
      const repo = await Repository.open({ path: dir, name: 'main', create: true, packLimit: 2 * BS })
      open.push(repo)
      const size = 8 * BS
      const img = makeImage(size)
      const r = await sendImage(await repo.beginDisk(header({ size })), img, { compression: 'none' })
      const packs = (await readdir(join(dir, 'packs'), { recursive: true })).filter(f => f.endsWith('.pack'))
      assert.ok(packs.length >= 3, `${packs.length} packs`)
      const p = await repo.commitPoint({ job: 'nightly', vm: 'web-1', stagedIds: [r.stagedId] })
      assert.ok((await restoreImage(repo, p.id)).equals(img))
    })
  })

  describe('dedup', () => {
    it('stores nothing new for a second writer of the same data', async () => {
      const repo = await openRepo()
      const size = 6 * BS
      const img = makeImage(size)
      const first = await sendImage(await repo.beginDisk(header({ size, vm: 'a' })), img)
      assert.equal(first.blocksStored, 6)
      const second = await sendImage(await repo.beginDisk(header({ size, vm: 'b', disk: 1 })), img)
      assert.equal(second.blocksStored, 0)
      assert.equal(second.bytesStored, 0)
      assert.equal(second.blocksDeduped, 6)
      const pb = await repo.commitPoint({ job: 'nightly', vm: 'b', stagedIds: [second.stagedId] })
      assert.ok((await restoreImage(repo, pb.id, 1)).equals(img))
    })

    it('dedups against blocks pending in another open writer, even one that aborts', async () => {
      const repo = await openRepo()
      const size = 4 * BS
      const img = makeImage(size)
      const a = await repo.beginDisk(header({ size, vm: 'a' }))
      const b = await repo.beginDisk(header({ size, vm: 'b' }))
      for (let i = 0; i < 4; i++) assert.equal(await a.putBlock(await pipeBlock(img, i)), 'stored')
      for (let i = 0; i < 4; i++) assert.equal(await b.putBlock(await pipeBlock(img, i)), 'deduped')
      await a.abort()
      const rb = await b.finish()
      assert.equal(rb.blocksStored, 0)
      assert.equal(repo.stats().blocksStored, 4)
      const p = await repo.commitPoint({ job: 'nightly', vm: 'b', stagedIds: [rb.stagedId] })
      assert.ok((await restoreImage(repo, p.id)).equals(img), 'borrowed blocks were indexed by b')
      assert.ok((await repo.verify(p.id)).ok)
    })

    it('stores each block once when two writers race on the same data', async () => {
      const repo = await openRepo()
      const size = 16 * BS
      const img = makeImage(size)
      const [ra, rb] = await within(Promise.all([
        sendImage(await repo.beginDisk(header({ size, vm: 'a' })), img),
        sendImage(await repo.beginDisk(header({ size, vm: 'b' })), img)
      ]))
      assert.equal(ra.blocksStored + rb.blocksStored, 16)
      assert.equal(ra.blocksDeduped + rb.blocksDeduped, 16)
      for (const [vm, r] of [['a', ra], ['b', rb]] as const) {
        const p = await repo.commitPoint({ job: 'nightly', vm, stagedIds: [r.stagedId] })
        assert.ok((await restoreImage(repo, p.id)).equals(img))
      }
    })
  })

  describe('incremental from a base point', () => {
    async function fullPoint (repo: Repository, img: Buffer): Promise<string> {
      const r = await sendImage(await repo.beginDisk(header({ size: img.length })), img)
      return (await repo.commitPoint({ job: 'nightly', sessionId: 's1', vm: 'web-1', stagedIds: [r.stagedId] })).id
    }

    it('inherits unchanged blocks and stores only the changed ones', async () => {
      const repo = await openRepo()
      const size = 8 * BS
      const img = makeImage(size)
      const base = await fullPoint(repo, img)
      const next = Buffer.from(img)
      next.fill(7, 3 * BS, 3 * BS + 100) // changed
      next.fill(0, 5 * BS, 6 * BS) // became zero
      const writer = await repo.beginDisk(header({ size, basePoint: base, sessionId: 's2' }))
      const r = await sendImage(writer, next, { indices: [3, 5], sendZero: true })
      assert.equal(r.blocksReceived, 2)
      assert.equal(r.blocksStored, 1)
      assert.equal(r.blocksZero, 1)
      const p = await repo.commitPoint({ job: 'nightly', sessionId: 's2', vm: 'web-1', stagedIds: [r.stagedId] })
      assert.ok((await repo.getPoint(p.id)).disks[0]!.digests.equals(expectedDigests(next)))
      assert.ok((await restoreImage(repo, p.id)).equals(next))
      assert.ok((await restoreImage(repo, base)).equals(img), 'the base point is untouched')
      assert.equal((await repo.latestPoint('nightly', 'web-1'))?.id, p.id)
      const digests = await repo.baseDigests(base, 'web-1', 0)
      assert.ok(digests?.digests.equals(expectedDigests(img)))
      assert.equal(await repo.baseDigests(base, 'web-1', 5), undefined)
    })

    it('follows a disk that grows or shrinks, requiring the block at the old or new end', async () => {
      const repo = await openRepo()
      const size = 4 * BS + 500
      const img = makeImage(size)
      const base = await fullPoint(repo, img)

      // Grow: the old partial last block (4) is now full; new blocks 5..6 are zero unless sent.
      const grown = Buffer.concat([img, Buffer.alloc(2 * BS)])
      grown.fill(9, 4 * BS + 500, 4 * BS + 600)
      let w = await repo.beginDisk(header({ size: grown.length, basePoint: base }))
      assert.equal(w.blocks, 7)
      await w.putBlock(await pipeBlock(grown, 6))
      await assert.rejects(w.finish(), (err: unknown) => {
        code('ERR_INCOMPLETE_DISK')(err)
        assert.match((err as Error).message, /block 4/)
        return true
      })
      w = await repo.beginDisk(header({ size: grown.length, basePoint: base }))
      const rg = await sendImage(w, grown, { indices: [4] })
      const pg = await repo.commitPoint({ job: 'nightly', vm: 'web-1', stagedIds: [rg.stagedId] })
      assert.ok((await restoreImage(repo, pg.id)).equals(grown))

      // Shrink into block 2: blocks 0..1 inherited, block 2 must be sent.
      const shrunk = img.subarray(0, 2 * BS + 10)
      w = await repo.beginDisk(header({ size: shrunk.length, basePoint: base }))
      assert.equal(w.blocks, 3)
      const rs = await sendImage(w, shrunk, { indices: [2] })
      assert.equal(rs.blocksStored, 1)
      const ps = await repo.commitPoint({ job: 'nightly', vm: 'web-1', stagedIds: [rs.stagedId] })
      assert.ok((await restoreImage(repo, ps.id)).equals(shrunk))

      // Shrink on a block boundary: nothing to send.
      const exact = img.subarray(0, 2 * BS)
      const re = await sendImage(await repo.beginDisk(header({ size: exact.length, basePoint: base })), exact, { indices: [] })
      const pe = await repo.commitPoint({ job: 'nightly', vm: 'web-1', stagedIds: [re.stagedId] })
      assert.ok((await restoreImage(repo, pe.id)).equals(exact))
    })

    it('refuses a missing base point, another VM, or another block size', async () => {
      const repo = await openRepo()
      const img = makeImage(2 * BS)
      const base = await fullPoint(repo, img)
      await assert.rejects(repo.beginDisk(header({ size: 2 * BS, basePoint: '20990101T000000Z-x-000000' })), code('ERR_NO_SUCH_POINT'))
      await assert.rejects(repo.beginDisk(header({ size: 2 * BS, basePoint: base, blockSize: 2 * BS })), code('ERR_BASE_MISMATCH'))
      await assert.rejects(repo.beginDisk(header({ size: 2 * BS, basePoint: base, vm: 'other' })), code('ERR_BASE_MISMATCH'))
      await assert.rejects(repo.beginDisk(header({ size: 2 * BS, basePoint: '../../etc/passwd' })), code('ERR_BAD_ARGUMENT'))
      // A disk the base does not have starts all zero.
      const w = await repo.beginDisk(header({ size: 2 * BS, basePoint: base, disk: 3 }))
      const r = await w.finish()
      const p = await repo.commitPoint({ job: 'nightly', vm: 'web-1', stagedIds: [r.stagedId] })
      assert.equal(p.disks[0]!.zeroBlocks, 2)
    })
  })

  describe('refusals', () => {
    it('refuses a block whose bytes do not match its digest and stores nothing', async () => {
      const repo = await openRepo()
      const size = 4 * BS
      const img = makeImage(size)
      const writer = await repo.beginDisk(header({ size }))
      const good = await pipeBlock(img, 1)
      const wrongDigest = { ...good, digest: sha(Buffer.from('other')) }
      await assert.rejects(writer.putBlock(wrongDigest), (err: unknown) => {
        code('ERR_DIGEST_MISMATCH')(err)
        assert.match((err as Error).message, /block 1\b/)
        return true
      })
      const damaged = Buffer.from(good.data!)
      damaged[damaged.length >> 1] ^= 0xff
      await assert.rejects(writer.putBlock({ ...good, data: damaged }), code('ERR_DIGEST_MISMATCH'))
      const raw = img.subarray(2 * BS, 3 * BS)
      const flipped = Buffer.from(raw)
      flipped[5] ^= 1
      await assert.rejects(writer.putBlock({ index: 2, digest: sha(raw), rawLength: BS, compression: 'none', data: flipped }), code('ERR_DIGEST_MISMATCH'))
      await assert.rejects(writer.putBlock({ ...good, rawLength: BS - 1 }), code('ERR_BAD_BLOCK_LENGTH'))
      await assert.rejects(writer.putBlock({ ...good, compression: 'lz4' }), code('ERR_UNSUPPORTED_COMPRESSION'))
      await assert.rejects(writer.putBlock({ ...good, index: 4 }), code('ERR_BLOCK_OUT_OF_RANGE'))
      assert.equal(repo.stats().blocksStored, 0)
      assert.equal(repo.stats().bytesStored, 0)
      await assert.rejects(repo.readBlock(good.digest!), code('ERR_MISSING_BLOCK'))
      await assert.rejects(writer.finish(), code('ERR_INCOMPLETE_DISK'))
      assert.deepEqual(await readdir(join(dir, 'staging')), [])
      await assert.rejects(repo.readBlock(good.digest!), code('ERR_MISSING_BLOCK'))
    })

    it('accepts a refused block sent again correctly', async () => {
      const repo = await openRepo()
      const size = 2 * BS
      const img = makeImage(size)
      const writer = await repo.beginDisk(header({ size }))
      const good = await pipeBlock(img, 0)
      await assert.rejects(writer.putBlock({ ...good, digest: sha(Buffer.from('x')) }), code('ERR_DIGEST_MISMATCH'))
      await writer.putBlock(good)
      await writer.putBlock(await pipeBlock(img, 1))
      const r = await writer.finish()
      const p = await repo.commitPoint({ job: 'nightly', vm: 'web-1', stagedIds: [r.stagedId] })
      assert.ok((await restoreImage(repo, p.id)).equals(img))
    })

    it('abort makes nothing visible', async () => {
      const repo = await openRepo()
      const size = 4 * BS
      const img = makeImage(size)
      const r0 = await sendImage(await repo.beginDisk(header({ size })), img)
      const p0 = await repo.commitPoint({ job: 'nightly', vm: 'web-1', stagedIds: [r0.stagedId] })
      const before = await repo.listPoints()

      const writer = await repo.beginDisk(header({ size, basePoint: p0.id }))
      const next = makeImage(size)
      await writer.putBlock(await pipeBlock(next, 0))
      await writer.abort()
      await assert.rejects(writer.putBlock(await pipeBlock(next, 1)), code('ERR_WRITER_CLOSED'))
      await assert.rejects(writer.finish(), code('ERR_WRITER_CLOSED'))
      assert.deepEqual(await repo.listPoints(), before)
      assert.deepEqual(await readdir(join(dir, 'staging')), [])
      await assert.rejects(repo.commitPoint({ job: 'nightly', vm: 'web-1', stagedIds: [writer.stagedId] }), code('ERR_NO_SUCH_STAGED_DISK'))
      await assert.rejects(repo.readBlock(sha(next.subarray(0, BS))), code('ERR_MISSING_BLOCK'))
      assert.equal(repo.stats().openWriters, 0)
    })

    it('close aborts an open writer and lets a finishing one complete', async () => {
      const repo = await openRepo()
      const img = makeImage(2 * BS)
      const idle = await repo.beginDisk(header({ size: img.length, vm: 'a' }))
      await idle.putBlock(await pipeBlock(img, 0))
      const busy = await repo.beginDisk(header({ size: img.length, vm: 'b' }))
      await busy.putBlock(await pipeBlock(img, 1))
      const finishing = busy.finish()
      await repo.close()
      const r = await finishing
      await assert.rejects(idle.finish(), code('ERR_WRITER_CLOSED'))
      assert.deepEqual(await readdir(join(dir, 'staging')), [`${r.stagedId}.disk`])
      const again = await openRepo(false)
      const p = await again.commitPoint({ job: 'nightly', vm: 'b', stagedIds: [r.stagedId] })
      assert.equal(p.disks[0]!.zeroBlocks, 1)
      assert.equal((await again.readBlock(sha(img.subarray(BS)))).rawLength, BS)
    })

    it('commits idempotently and refuses a different point under the same id', async () => {
      const repo = await openRepo()
      const img = makeImage(2 * BS)
      const r = await sendImage(await repo.beginDisk(header({ size: img.length })), img)
      const c = { pointId: 'p-1', job: 'nightly', sessionId: 's1', vm: 'web-1', stagedIds: [r.stagedId] }
      const first = await repo.commitPoint(c)
      const again = await repo.commitPoint(c)
      assert.deepEqual(again, first)
      await assert.rejects(repo.commitPoint({ ...c, sessionId: 's2' }), code('ERR_POINT_EXISTS'))
      await assert.rejects(repo.commitPoint({ ...c, pointId: 'p-2' }), code('ERR_NO_SUCH_STAGED_DISK'))
      assert.equal((await repo.listPoints()).length, 1)
    })
  })

  describe('persistence', () => {
    it('keeps points, blocks and the dedup index across close and reopen', async () => {
      let repo = await openRepo()
      const size = 5 * BS
      const img = makeImage(size, { zeroBlocks: [1] })
      const r = await sendImage(await repo.beginDisk(header({ size })), img)
      const p = await repo.commitPoint({ job: 'nightly', vm: 'web-1', stagedIds: [r.stagedId] })
      await repo.close()

      repo = await openRepo(false)
      assert.deepEqual(await repo.listPoints(), [p])
      assert.ok((await restoreImage(repo, p.id)).equals(img))
      const again = await sendImage(await repo.beginDisk(header({ size, vm: 'web-2' })), img)
      assert.equal(again.blocksStored, 0)
      assert.equal(again.blocksDeduped, 4)
      assert.ok((await repo.verify(p.id)).ok)
    })

    it('forgets a point whose file is gone', async () => {
      let repo = await openRepo()
      const img = makeImage(2 * BS)
      const ids: string[] = []
      for (const vm of ['a', 'b']) {
        const r = await sendImage(await repo.beginDisk(header({ size: img.length, vm })), img)
        ids.push((await repo.commitPoint({ job: 'nightly', vm, stagedIds: [r.stagedId] })).id)
      }
      await repo.close()
      await rm(join(dir, 'points', `${ids[0]}.point`))
      repo = await openRepo(false)
      assert.deepEqual((await repo.listPoints()).map(p => p.id), [ids[1]])
      await assert.rejects(repo.getPoint(ids[0]!), code('ERR_NO_SUCH_POINT'))
    })

    it('rebuilds a lost index from the packs', async () => {
      let repo = await openRepo()
      const size = 6 * BS
      const img = makeImage(size)
      const r = await sendImage(await repo.beginDisk(header({ size })), img)
      const p = await repo.commitPoint({ job: 'nightly', vm: 'web-1', stagedIds: [r.stagedId] })
      await repo.close()
      await rm(join(dir, 'index'), { recursive: true })
      repo = await openRepo(false)
      assert.match(repo.rebuiltAtOpen?.why ?? '', /block index folder .* is missing/)
      assert.equal(repo.rebuiltAtOpen?.result.recordsIndexed, 6)
      assert.equal((await repo.listPoints()).length, 1, 'points are re-listed from their files')
      assert.ok((await repo.verify(p.id)).ok)
      const rebuilt = await repo.rebuildIndex()
      assert.equal(rebuilt.packs, 1)
      assert.equal(rebuilt.recordsIndexed, 6)
      assert.deepEqual(rebuilt.problems, [])
      assert.ok((await restoreImage(repo, p.id)).equals(img))
      assert.ok((await repo.verify(p.id)).ok)
    })
  })
})
