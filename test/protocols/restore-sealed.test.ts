/**
 * Tests for protocols/restore.ts with encrypted points, between two real libp2p nodes on
 * 127.0.0.1: an in-memory source serving sealed frames (node/core/crypto/block-cipher.ts) the way
 * a repository stores them. With the key the disk comes back bit for bit; without it, or with
 * another, the restore fails before making a file, naming the key needed; a frame that does not
 * open is a damaged block; `checkOnly` checks every block and writes nothing.
 */
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { access, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Libp2p } from '@libp2p/interface'
import { pb } from '../../proto/index.ts'
import { encodeRestoreBlockFrame, handleRestore, restoreDisk, type RestoreSource } from '../../protocols/restore.ts'
import { dataKeyFingerprint } from '../../node/core/crypto/fingerprint.ts'
import { BulkLane } from '../../protocols/bulk-lane.ts'
import { startNodes, stopNodes } from '../helpers/libp2p.ts'
import { TempDirs, blockContent, within } from '../helpers/datapath.ts'
import { hasCode } from '../helpers/coded-error.ts'
import { sealedSource as sealedSourceOf } from '../helpers/sealed-source.ts'

const sealedSource = (image: Buffer, key: Uint8Array): ReturnType<typeof sealedSourceOf> => sealedSourceOf(image, BS, key)

const BS = 64 * 1024

/** 24 blocks of text, random and zero, and a short last block. */
function makeImage (): Buffer {
  const parts: Buffer[] = []
  for (let i = 0; i < 24; i++) parts.push(blockContent((['text', 'random', 'zero'] as const)[i % 3], BS, i))
  parts.push(blockContent('text', 1000, 99))
  return Buffer.concat(parts)
}

async function exists (file: string): Promise<boolean> {
  return await access(file).then(() => true, () => false)
}

describe('protocols/restore of encrypted points', function () {
  this.timeout(60_000)
  const temps = new TempDirs()
  let nodes: Libp2p[] = []
  let current: RestoreSource
  let dir: string
  let lane: BulkLane
  const image = makeImage()
  const material = randomBytes(32)
  const dataKey = { material, fingerprint: dataKeyFingerprint(material) }
  const otherMaterial = randomBytes(32)
  const otherKey = { material: otherMaterial, fingerprint: dataKeyFingerprint(otherMaterial) }

  before(async function () {
    nodes = await startNodes(2)
    dir = await temps.make()
    lane = await BulkLane.listen({ host: '127.0.0.1' })
    await handleRestore(nodes[1], {
      getPoint: async (id) => await current.getPoint(id),
      readBlock: async (d) => await current.readBlock(d)
    }, { lane })
  })

  after(async function () {
    await lane.close()
    await stopNodes(nodes)
    await temps.cleanup()
  })

  const restore = async (to: string | undefined, extra: Partial<Parameters<typeof restoreDisk>[0]> = {}): Promise<Awaited<ReturnType<typeof restoreDisk>>> =>
    await within(restoreDisk({ libp2p: nodes[0], peerId: nodes[1].peerId, pointId: 'p1', vm: 'web01', disk: 0, to, ...extra }), 30_000, 'the restore')

  it('carries the sealed flag in a block frame exactly as protobufjs encodes it', function () {
    const data = randomBytes(5000)
    const meta = { index: 3, digest: randomBytes(32), rawLength: BS, compression: 'zstd', sealed: true }
    const bytes = Buffer.concat(encodeRestoreBlockFrame(meta, data))
    assert.deepEqual(bytes, Buffer.from(pb.RestoreFrame.encode({ block: { ...meta, data } }).finish()))
    assert.equal(pb.RestoreFrame.decode(bytes).block!.sealed, true)
  })

  it('restores an encrypted disk bit for bit with its key, over the bulk lane and over libp2p', async function () {
    current = sealedSource(image, material).source
    for (const useLane of [true, false]) {
      const to = join(dir, `enc-${String(useLane)}.raw`)
      const r = await restore(to, { dataKey, lane: useLane })
      assert.equal(r.transport, useLane ? 'tls' : 'libp2p')
      assert.equal(r.keyFingerprint, dataKey.fingerprint)
      assert.equal(r.dataBlocks, 17)
      assert.equal(r.checkedBlocks, 17)
      assert.deepEqual(await readFile(to), image)
    }
  })

  it('fails without the key before making a file, naming the key needed and how to give it', async function () {
    current = sealedSource(image, material).source
    const to = join(dir, 'nokey.raw')
    await assert.rejects(restore(to), hasCode('ERR_RESTORE_KEY_MISSING', new RegExp(`encrypted under data key ${dataKey.fingerprint}.*--key-file.*paper key.*--recovery-key.*key import`)))
    assert.equal(await exists(to), false)
    assert.equal(await exists(`${to}.partial`), false)
  })

  it('fails with another key, naming both fingerprints', async function () {
    current = sealedSource(image, material).source
    const to = join(dir, 'wrongkey.raw')
    await assert.rejects(restore(to, { dataKey: otherKey }), hasCode('ERR_WRONG_KEY', new RegExp(`${dataKey.fingerprint}.*${otherKey.fingerprint}`)))
    assert.equal(await exists(`${to}.partial`), false)
    // a key given under a fingerprint that is not its own
    await assert.rejects(restore(to, { dataKey: { material: otherMaterial, fingerprint: dataKey.fingerprint } }), hasCode('ERR_WRONG_KEY', new RegExp(otherKey.fingerprint)))
  })

  it('refuses a sealed block of another key although the header named this one', async function () {
    const m = sealedSource(image, material)
    const foreign = sealedSource(image, otherMaterial)
    // block 3 (text) swapped for the same block sealed under the other key
    m.blocks.set(m.digestOf(3), { ...foreign.blocks.get(foreign.digestOf(3))! })
    current = m.source
    await assert.rejects(restore(join(dir, 'mixed.raw'), { dataKey, allowDamaged: true }), hasCode('ERR_WRONG_KEY', /block 3 of disk 0/))
  })

  it('takes a frame with a flipped byte for a damaged block: fails, or zeros with allowDamaged', async function () {
    const m = sealedSource(image, material)
    const stored = m.blocks.get(m.digestOf(4))!
    const bad = Buffer.from(stored.data)
    bad[40]! ^= 0x01
    m.blocks.set(m.digestOf(4), { ...stored, data: bad })
    current = m.source
    const to = join(dir, 'damaged.raw')
    await assert.rejects(restore(to, { dataKey }), hasCode('ERR_BLOCK_DAMAGED', /block 4 of disk 0 of restore point p1.*verify/))
    assert.equal(await exists(`${to}.partial`), false)
    const r = await restore(to, { dataKey, allowDamaged: true })
    assert.deepEqual(r.damagedBlocks, [4])
    const expected = Buffer.from(image)
    expected.fill(0, 4 * BS, 5 * BS)
    assert.deepEqual(await readFile(to), expected)
  })

  it('refuses a plain block inside an encrypted point', async function () {
    const m = sealedSource(image, material)
    const raw = image.subarray(6 * BS, 7 * BS)
    m.blocks.set(m.digestOf(6), { data: Buffer.from(raw), compression: 'none', rawLength: BS })
    current = m.source
    await assert.rejects(restore(join(dir, 'plain-inside.raw'), { dataKey }), hasCode('ERR_RESTORE_BAD_BLOCK', /block 6 .*not sealed/))
  })

  it('checks every block without writing anything (checkOnly), listing the damaged ones', async function () {
    const m = sealedSource(image, material)
    const stored = m.blocks.get(m.digestOf(9))!
    const bad = Buffer.from(stored.data)
    bad[bad.length - 30]! ^= 0x80
    m.blocks.set(m.digestOf(9), { ...stored, data: bad })
    current = m.source
    const before = await readdir(dir)
    const r = await restore(undefined, { dataKey, checkOnly: true })
    assert.equal(r.file, '')
    assert.equal(r.dataBlocks, 17)
    assert.equal(r.checkedBlocks, 16)
    assert.deepEqual(r.damagedBlocks, [9])
    assert.deepEqual(await readdir(dir), before, 'nothing written')
    // without the key a check fails as a restore does
    await assert.rejects(restore(undefined, { checkOnly: true }), hasCode('ERR_RESTORE_KEY_MISSING'))
  })
})
