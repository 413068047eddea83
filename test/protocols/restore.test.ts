/**
 * Tests for protocols/restore.ts between two real libp2p nodes on 127.0.0.1: a source in memory
 * (so a test can damage a block on purpose) and a real Repository, restored into temp folders.
 */
import assert from 'node:assert/strict'
import { createHash, randomBytes } from 'node:crypto'
import { access, open, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { zstdCompress } from 'node:zlib'
import type { Libp2p } from '@libp2p/interface'
import { pb, type RestorePoint } from '../../proto/index.ts'
import {
  RESTORE_PROTOCOL, RestoreError, encodeRestoreBlockFrame, handleRestore, restoreDisk, type RestoreSource
} from '../../protocols/restore.ts'
import { Repository } from '../../roles/repository/store.ts'
import { blockDigestSync } from '../../roles/repository/digest.ts'
import { BulkLane } from '../../protocols/bulk-lane.ts'
import { recordBuffers, restoreSlots } from '../../protocols/restore-memory.ts'
import { startNodes, stopNodes } from '../helpers/libp2p.ts'
import { TempDirs, blockContent, within } from '../helpers/datapath.ts'

const zstd = promisify(zstdCompress)
const BS = 64 * 1024
const sha = (b: Uint8Array): Buffer => createHash('sha256').update(b).digest()

interface Stored { data: Uint8Array, compression: string, rawLength: number }

/** An in-memory repository holding one point of one disk built from `image`. */
async function memorySource (image: Buffer, blockSize: number): Promise<{ source: RestoreSource, blocks: Map<string, Stored>, point: RestorePoint }> {
  const blocks = new Map<string, Stored>()
  const count = Math.ceil(image.length / blockSize)
  const digests = Buffer.alloc(count * 32)
  for (let i = 0; i < count; i++) {
    const raw = image.subarray(i * blockSize, Math.min(image.length, (i + 1) * blockSize))
    if (raw.every((b) => b === 0)) continue
    const digest = sha(raw)
    digest.copy(digests, i * 32)
    const compression = i % 2 === 0 ? 'zstd' : 'none'
    blocks.set(digest.toString('hex'), { data: compression === 'zstd' ? await zstd(raw) : Buffer.from(raw), compression, rawLength: raw.length })
  }
  const point: RestorePoint = { id: 'p1', vm: 'web01', disks: [{ index: 0, name: 'vda', size: image.length, blockSize, digests }] }
  const source: RestoreSource = {
    getPoint: async (id) => {
      if (id !== 'p1') throw Object.assign(new Error(`restore point ${id} does not exist`), { code: 'ERR_NO_SUCH_POINT' })
      return point
    },
    readBlock: async (digest) => {
      const b = blocks.get(Buffer.from(digest).toString('hex'))
      if (b === undefined) throw Object.assign(new Error('missing block'), { code: 'ERR_MISSING_BLOCK' })
      return b
    }
  }
  return { source, blocks, point }
}

/** 40 blocks of text, random and zero, and a short last block. */
function makeImage (): Buffer {
  const parts: Buffer[] = []
  for (let i = 0; i < 40; i++) parts.push(blockContent((['text', 'random', 'zero', 'zero'] as const)[i % 4], BS, i))
  parts.push(blockContent('text', 1000, 99))
  return Buffer.concat(parts)
}

async function exists (file: string): Promise<boolean> {
  return await access(file).then(() => true, () => false)
}

describe('protocols/restore', function () {
  this.timeout(60_000)
  const temps = new TempDirs()
  let nodes: Libp2p[] = []
  let current: RestoreSource
  let dir: string
  let lane: BulkLane
  const image = makeImage()

  // the repository offers its bulk lane: every test but one restores over TLS
  before(async function () {
    nodes = await startNodes(2)
    dir = await temps.make()
    lane = await BulkLane.listen({ host: '127.0.0.1' })
    await handleRestore(nodes[1], {
      getPoint: async (id) => await current.getPoint(id),
      readBlock: async (d, into, located) => await current.readBlock(d, into, located),
      // a source without lookups at once is asked block by block
      locateBlocks: async (ds) => await current.locateBlocks?.(ds) ?? ds.map(() => undefined),
      get digestAlgorithm () { return current.digestAlgorithm }
    }, { lane })
  })

  after(async function () {
    await lane.close()
    await stopNodes(nodes)
    await temps.cleanup()
  })

  const restore = async (to: string, extra: Partial<Parameters<typeof restoreDisk>[0]> = {}): Promise<Awaited<ReturnType<typeof restoreDisk>>> =>
    await within(restoreDisk({ libp2p: nodes[0], peerId: nodes[1].peerId, pointId: 'p1', vm: 'web01', disk: 0, to, ...extra }), 30_000, 'the restore')

  it('encodes a block frame exactly as protobufjs does, payload not copied', function () {
    const data = randomBytes(200_000)
    const meta = { index: 77, digest: randomBytes(32), rawLength: 1 << 20, compression: 'zstd' }
    const parts = encodeRestoreBlockFrame(meta, data)
    assert.equal(parts[parts.length - 1], data)
    const bytes = Buffer.concat(parts)
    assert.deepEqual(bytes, Buffer.from(pb.RestoreFrame.encode({ block: { ...meta, data } }).finish()))
    const frame = pb.RestoreFrame.decode(bytes)
    assert.equal(frame.frame, 'block')
    assert.equal(frame.block!.index, 77)
    assert.deepEqual(Buffer.from(frame.block!.data!), data)
  })

  it('restores a disk bit for bit: zstd and raw blocks, zero blocks as holes, a short last block', async function () {
    current = (await memorySource(image, BS)).source
    const to = join(dir, 'a.raw')
    const seen: Array<[number, number]> = []
    const r = await restore(to, { onProgress: (done, total) => seen.push([done, total]) })
    assert.equal(r.bytes, image.length)
    assert.equal(r.dataBlocks, 21)
    assert.equal(r.transport, 'tls')
    assert.deepEqual(await readFile(to), image)
    assert.equal(await exists(`${to}.partial`), false)
    assert.deepEqual(seen[seen.length - 1], [image.length, image.length])
  })

  it('restores two disks side by side bit for bit through the memory all restores share, and keeps no more of it afterwards than they needed', async function () {
    current = (await memorySource(image, BS)).source
    await restore(join(dir, 'warm.raw'))
    const kept = { slots: restoreSlots.kept, records: recordBuffers.kept }
    const [one, two] = [join(dir, 'side1.raw'), join(dir, 'side2.raw')]
    await Promise.all([restore(one), restore(two)])
    assert.deepEqual(await readFile(one), image)
    assert.deepEqual(await readFile(two), image)
    // every slot and read buffer came back, and no more are kept than the bound
    assert.equal(restoreSlots.out, 0)
    assert.equal(recordBuffers.out, 0)
    assert.ok(restoreSlots.kept >= kept.slots && restoreSlots.kept <= 16, `slots kept ${restoreSlots.kept}`)
    assert.ok(recordBuffers.kept >= kept.records && recordBuffers.kept <= 16, `read buffers kept ${recordBuffers.kept}`)
    // another restore takes what is kept: nothing grows
    const after = { slots: restoreSlots.kept, records: recordBuffers.kept }
    await restore(join(dir, 'again.raw'))
    assert.deepEqual({ slots: restoreSlots.kept, records: recordBuffers.kept }, after)
  })

  it('writes a stored block of whole pages from its lane frame without a slot, checked first, and neighbouring blocks together', async function () {
    const MB = 1024 * 1024
    const big = Buffer.concat([0, 1, 2, 3, 4, 5, 6, 7].map((i) => blockContent(i === 5 ? 'zero' : i % 3 === 0 ? 'text' : 'random', MB, i)))
    const m = await memorySource(big, MB)
    current = m.source
    const take = restoreSlots.take.bind(restoreSlots)
    let slots = 0
    restoreSlots.take = (bytes) => { slots++; return take(bytes) }
    try {
      const to = join(dir, 'pages.raw')
      const r = await restore(to)
      assert.equal(r.dataBlocks, 7)
      assert.deepEqual(await readFile(to), big)
      // the zstd blocks (even indexes) took slots; the raw ones were written from their frames
      assert.equal(slots, 4)
      assert.equal(restoreSlots.out, 0)
      // a raw block damaged in its frame is refused before a byte of it is written
      const digest = m.point.disks![0].digests!.subarray(3 * 32, 4 * 32)
      const stored = m.blocks.get(Buffer.from(digest).toString('hex'))!
      assert.equal(stored.compression, 'none')
      const bad = Buffer.from(stored.data)
      bad[MB - 1] ^= 0x01
      m.blocks.set(Buffer.from(digest).toString('hex'), { ...stored, data: bad })
      const damaged = join(dir, 'pages-damaged.raw')
      await assert.rejects(restore(damaged), (err: RestoreError) => {
        assert.equal(err.code, 'ERR_RESTORE_DIGEST_MISMATCH')
        assert.match(err.message, /block 3 of disk 0/)
        return true
      })
      assert.equal(await exists(damaged), false)
      assert.equal(await exists(`${damaged}.partial`), false)
    } finally {
      restoreSlots.take = take
    }
  })

  it('restores over libp2p when the requester does not ask for the bulk lane', async function () {
    current = (await memorySource(image, BS)).source
    const to = join(dir, 'libp2p.raw')
    const r = await restore(to, { lane: false })
    assert.equal(r.transport, 'libp2p')
    assert.deepEqual(await readFile(to), image)
  })

  it('refuses a block that does not match its digest, names it, and leaves no file', async function () {
    const m = await memorySource(image, BS)
    current = m.source
    // damage block 5 (raw, stored "none") without changing its digest
    const digest = m.point.disks![0].digests!.subarray(5 * 32, 6 * 32)
    const stored = m.blocks.get(Buffer.from(digest).toString('hex'))!
    assert.equal(stored.compression, 'none')
    const bad = Buffer.from(stored.data)
    bad[1234] ^= 0x40
    m.blocks.set(Buffer.from(digest).toString('hex'), { ...stored, data: bad })
    const to = join(dir, 'b.raw')
    await writeFile(to, 'an older file that must survive a failed restore')
    await assert.rejects(restore(to), (err: RestoreError) => {
      assert.equal(err.code, 'ERR_RESTORE_DIGEST_MISMATCH')
      assert.match(err.message, /block 5 of disk 0 of restore point p1/)
      return true
    })
    assert.equal(await readFile(to, 'utf8'), 'an older file that must survive a failed restore')
    assert.equal(await exists(`${to}.partial`), false)
  })

  it('refuses a zstd block that does not decompress to its raw length', async function () {
    const m = await memorySource(image, BS)
    current = m.source
    const digest = m.point.disks![0].digests!.subarray(4 * 32, 5 * 32)
    const key = Buffer.from(digest).toString('hex')
    m.blocks.set(key, { ...m.blocks.get(key)!, data: await zstd(Buffer.alloc(100, 1)) })
    await assert.rejects(restore(join(dir, 'c.raw')), (err: RestoreError) => err.code === 'ERR_RESTORE_BAD_BLOCK' && /block 4/.test(err.message))
  })

  it('passes on the repository\'s refusals with their codes, and keeps serving', async function () {
    current = (await memorySource(image, BS)).source
    await assert.rejects(restore(join(dir, 'd.raw'), { pointId: 'nope' }), (err: RestoreError) => err.code === 'ERR_RESTORE_REFUSED' && err.remoteCode === 'ERR_NO_SUCH_POINT')
    await assert.rejects(restore(join(dir, 'd.raw'), { vm: 'db01' }), (err: RestoreError) => err.remoteCode === 'ERR_NO_SUCH_DISK' && /web01/.test(err.message))
    await assert.rejects(restore(join(dir, 'd.raw'), { disk: 3 }), (err: RestoreError) => err.remoteCode === 'ERR_NO_SUCH_DISK' && /no disk 3/.test(err.message))
    // garbage instead of a request
    const stream = await nodes[0].dialProtocol(nodes[1].peerId, RESTORE_PROTOCOL)
    stream.send(Uint8Array.from([3, 0xff, 0xff, 0xff]))
    const { framed } = await import('../../protocols/frames/stream-frames.ts')
    const reply = await within(framed(stream).readMessage(pb.RestoreFrame), 10_000)
    assert.equal(reply?.frame, 'error')
    stream.abort(new Error('done'))
    const ok = await restore(join(dir, 'd.raw'))
    assert.equal(ok.bytes, image.length)
    assert.equal(await exists(join(dir, 'd.raw')), true)
  })

  it('names the block and disk the repository cannot read, with the repository\'s code, and leaves no file', async function () {
    const m = await memorySource(image, BS)
    const bad = m.point.disks![0]!.digests!.subarray(4 * 32, 5 * 32)
    current = {
      getPoint: m.source.getPoint,
      readBlock: async (d) => {
        if (Buffer.from(d).equals(bad)) throw Object.assign(new Error('pack 00 offset 16 is corrupt: record header checksum mismatch'), { code: 'ERR_CORRUPT_BLOCK' })
        return await m.source.readBlock(d)
      }
    }
    const to = join(dir, 'unreadable.raw')
    await assert.rejects(restore(to), (err: RestoreError) => {
      assert.equal(err.remoteCode, 'ERR_CORRUPT_BLOCK')
      assert.match(err.message, /block 4 of disk 0 of restore point p1: pack 00 offset 16 is corrupt/)
      return true
    })
    assert.equal(await exists(to), false)
    assert.equal(await exists(`${to}.partial`), false)
  })

  it('stops when cancelled and removes the partial file', async function () {
    const m = await memorySource(image, BS)
    let release!: () => void
    const gate = new Promise<void>((resolve) => { release = resolve })
    let reads = 0
    current = { getPoint: m.source.getPoint, readBlock: async (d) => { if (++reads > 3) await gate; return await m.source.readBlock(d) } }
    const controller = new AbortController()
    const to = join(dir, 'e.raw')
    const running = restore(to, { signal: controller.signal, onProgress: () => { if (!controller.signal.aborted) controller.abort() } })
    await assert.rejects(running, (err: RestoreError) => err.code === 'ERR_RESTORE_ABORTED')
    release()
    assert.equal(await exists(to), false)
    assert.equal(await exists(`${to}.partial`), false)
  })

  it('fails as stalled when the repository stops sending, naming point, disk and repository, and removes the partial file', async function () {
    const m = await memorySource(image, BS)
    let release!: () => void
    const gate = new Promise<void>((resolve) => { release = resolve })
    let reads = 0
    current = { getPoint: m.source.getPoint, readBlock: async (d) => { if (++reads > 3) await gate; return await m.source.readBlock(d) } }
    const to = join(dir, 'stalled.raw')
    await assert.rejects(restore(to, { stallTimeoutMs: 300 }), (err: RestoreError) => {
      assert.equal(err.code, 'ERR_RESTORE_STALLED')
      assert.match(err.message, new RegExp(`disk 0 of restore point p1 \\(VM "web01"\\) from repository node ${nodes[1].peerId} made no progress for 0.3 s`))
      return true
    })
    release()
    assert.equal(await exists(to), false)
    assert.equal(await exists(`${to}.partial`), false)
  })

  it('writes in place (a block device) over what was there: zero blocks as zeros, nothing truncated', async function () {
    current = (await memorySource(image, BS)).source
    const to = join(dir, 'in-place.raw')
    const before = Buffer.alloc(image.length + 3 * BS, 0xab)
    await writeFile(to, before)
    const r = await restore(to, { inPlace: true })
    assert.equal(r.bytes, image.length)
    const after = await readFile(to)
    assert.equal(after.length, before.length, 'nothing truncated')
    assert.deepEqual(after.subarray(0, image.length), image)
    assert.ok(after.subarray(image.length).every((b) => b === 0xab), 'nothing beyond the disk written')
    assert.equal(await exists(`${to}.partial`), false)
  })

  it('restores from a real Repository, and fails on a damaged pack', async function () {
    const repoDir = join(dir, 'repo')
    const repo = await Repository.open({ path: repoDir, name: 'main', create: true })
    try {
      current = repo
      const writer = await repo.beginDisk({ taskId: 't', vm: 'web01', disk: 0, diskName: 'vda', size: image.length, blockSize: BS })
      for (let i = 0; i * BS < image.length; i++) {
        const raw = image.subarray(i * BS, Math.min(image.length, (i + 1) * BS))
        if (raw.every((b) => b === 0)) continue
        await writer.putBlock({ index: i, digest: blockDigestSync(repo.digestAlgorithm, raw), rawLength: raw.length, compression: 'zstd', data: await zstd(raw) })
      }
      const { stagedId } = await writer.finish()
      const point = await repo.commitPoint({ pointId: 'p1', job: 'j', sessionId: 's', vm: 'web01', stagedIds: [stagedId] })
      assert.equal(point.id, 'p1')
      const to = join(dir, 'f.raw')
      await restore(to)
      assert.deepEqual(await readFile(to), image)

      // flip a byte in the middle of the pack: someone must notice, and no file appears
      const packs: string[] = []
      for (const sub of await readdir(join(repoDir, 'packs'))) {
        for (const f of await readdir(join(repoDir, 'packs', sub))) packs.push(join(repoDir, 'packs', sub, f))
      }
      assert.equal(packs.length, 1)
      const handle = await open(packs[0], 'r+')
      const { size } = await handle.stat()
      const byte = Buffer.alloc(1)
      await handle.read(byte, 0, 1, Math.floor(size / 2))
      byte[0] ^= 0xff
      await handle.write(byte, 0, 1, Math.floor(size / 2))
      await handle.close()
      const damaged = join(dir, 'g.raw')
      await assert.rejects(restore(damaged), (err: RestoreError) => err instanceof RestoreError && /digest|damaged|corrupt/i.test(err.message))
      assert.equal(await exists(damaged), false)
      assert.equal(await exists(`${damaged}.partial`), false)
    } finally {
      await repo.close()
    }
  })
})
