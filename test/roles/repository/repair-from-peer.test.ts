/**
 * Repair from a copy, between two real repositories on two real libp2p nodes (127.0.0.1): a block
 * damaged in one (a flipped byte in its pack, found by verify) is taken from the other over block
 * fetch and stored through a disk writer (checked as a backup's block), which clears its mark and
 * repairs every point using it; a block the other repository cannot give stays damaged, named.
 */
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Libp2p } from '@libp2p/interface'
import { handleBlockFetch, openBlockFetch, unhandleBlockFetch } from '../../../protocols/block-fetch.ts'
import { BlockCipher } from '../../../node/core/crypto/block-cipher.ts'
import { compressBlock } from '../../../roles/repository/compression.ts'
import { runCopy } from '../../../roles/repository/copy-run.ts'
import { packPath, RECORD_HEADER_LENGTH } from '../../../roles/repository/packs.ts'
import { repairPoint, type RepairSource } from '../../../roles/repository/repair-from-peer.ts'
import { Repository } from '../../../roles/repository/store.ts'
import { startNodes, stopNodes } from '../../helpers/libp2p.ts'
import { flipByte } from '../../helpers/corrupt.ts'
import { BS, header, makeImage, restoreImage, sendImage, TempDirs } from './helpers.ts'

describe('roles/repository: repair from a copy', function () {
  this.timeout(60_000)
  const temp = new TempDirs()
  let nodes: Libp2p[] = []
  let main: Repository
  let dr: Repository
  let mainDir: string
  let drDir: string

  beforeEach(async () => {
    nodes = await startNodes(2)
    mainDir = join(await temp.make(), 'main')
    drDir = join(await temp.make(), 'dr')
    main = await Repository.open({ path: mainDir, name: 'main', create: true })
    dr = await Repository.open({ path: drDir, name: 'dr', create: true })
    await handleBlockFetch(nodes[0]!, main)
    await handleBlockFetch(nodes[1]!, dr)
  })
  afterEach(async () => {
    for (const n of nodes) await unhandleBlockFetch(n).catch(() => {})
    await stopNodes(nodes)
    await main.close()
    await dr.close()
    await temp.cleanup()
  })

  /** dr, as main's node reaches it */
  const fromDr: RepairSource = { repository: 'dr', open: async () => await openBlockFetch({ libp2p: nodes[0]!, peerId: nodes[1]!.peerId }) }

  async function backup (img: Buffer, pointId: string, base?: string): Promise<void> {
    const r = await sendImage(await main.beginDisk(header({ size: img.length, basePoint: base })), img)
    await main.commitPoint({ pointId, job: 'nightly', sessionId: `s-${pointId}`, vm: 'web-1', host: 'lab', stagedIds: [r.stagedId] })
  }

  async function copyToDr (pointIds: string[]): Promise<void> {
    const report = await runCopy({
      repo: dr,
      request: { copyJob: 'offsite', pointIds },
      open: async () => await openBlockFetch({ libp2p: nodes[1]!, peerId: nodes[0]!.peerId })
    })
    assert.deepEqual(report.failed, [])
  }

  /** Flips a data byte of the stored record of block `at` of the point's disk 0; returns its digest. */
  async function damage (repo: Repository, dir: string, pointId: string, at: number): Promise<Buffer> {
    const digest = (await repo.getPoint(pointId)).disks[0]!.digests.subarray(at * 32, (at + 1) * 32)
    const location = (await repo.readBlock(digest)).location!
    await flipByte(packPath(join(dir, 'packs'), location.packId), location.offset + RECORD_HEADER_LENGTH + location.length - 10)
    return Buffer.from(digest)
  }

  it('takes a good copy of a damaged block from the other repository: every point using it restores bit-exact', async () => {
    const img = makeImage(24 * BS + 500, { zeroBlocks: [2] })
    await backup(img, 'p1')
    await backup(img, 'p2', 'p1')               // shares every block
    await copyToDr(['p1'])
    await damage(main, mainDir, 'p1', 7)
    await damage(main, mainDir, 'p1', 24)        // the short last block
    const found = await main.verify('p1')
    assert.equal(found.ok, false)
    assert.equal((await main.pointSummary('p2'))?.badBlocks ?? 0, 0, 'p2 was not verified yet, its blocks are marked all the same')
    assert.equal((await main.damagedBlocksOf('p2', 0)).join(), '7,24')

    const r = await repairPoint({ repo: main, pointId: 'p1', sources: [fromDr] })
    assert.equal(r.blocksRepaired, 2)
    assert.deepEqual(r.repairedFrom, [{ repository: 'dr', blocks: 2 }])
    assert.deepEqual(r.unrepaired, [])
    assert.equal((await main.damagedBlocksOf('p2', 0)).length, 0, 'the marks are cleared')
    assert.equal((await main.pointSummary('p1'))?.badBlocks, 0)
    assert.ok((await restoreImage(main, 'p1')).equals(img))
    assert.ok((await restoreImage(main, 'p2')).equals(img))
    assert.equal((await main.verify('p1')).ok, true)
    assert.equal((await readdirStaged(mainDir)).length, 0, 'a repair leaves no staged disk')
    const again = await repairPoint({ repo: main, pointId: 'p1', sources: [fromDr] })
    assert.equal(again.blocksRepaired, 0, 'nothing left to repair')
  })

  it('a block the copy does not hold, or holds damaged too, stays damaged and is named; the rest is repaired', async () => {
    const img = makeImage(16 * BS)
    await backup(img, 'p1')
    await copyToDr(['p1'])
    await damage(main, mainDir, 'p1', 3)
    await damage(main, mainDir, 'p1', 9)
    await damage(dr, drDir, 'p1', 9)            // the copy of block 9 is bad as well
    assert.equal((await main.verify('p1')).ok, false)
    const nowhere: RepairSource = { repository: 'gone', open: async () => { throw new Error('unreachable') } }
    const r = await repairPoint({ repo: main, pointId: 'p1', sources: [nowhere, fromDr] })
    assert.equal(r.blocksRepaired, 1)
    assert.deepEqual(r.repairedFrom, [{ repository: 'dr', blocks: 1 }])
    assert.equal(r.unrepaired.length, 1)
    assert.match(r.unrepaired[0]!, /^disk 0 \(vda\) block 9 \([0-9a-f]{16}…\): gone: unreachable; dr('s copy was refused \(ERR_DIGEST_MISMATCH|.*cannot give it \(ERR_CORRUPT_BLOCK)/)
    assert.equal((await main.damagedBlocksOf('p1', 0)).join(), '9')
    const none = await repairPoint({ repo: main, pointId: 'p1', sources: [] })
    assert.match(none.unrepaired[0]!, /no other repository node/)
  })

  it('repairs a sealed block without the key: the copy\'s frame is checked on arrival', async () => {
    const cipher = new BlockCipher(randomBytes(32))
    const img = makeImage(6 * BS)
    const writer = await main.beginDisk(header({ size: img.length, keyFingerprint: cipher.fingerprint }))
    for (let i = 0; i < 6; i++) {
      const raw = img.subarray(i * BS, (i + 1) * BS)
      const id = cipher.blockId(raw)
      await writer.putBlock({ index: i, digest: id, rawLength: raw.length, compression: 'zstd', sealed: true, data: cipher.seal(id, await compressBlock(Buffer.from(raw), 'zstd')) })
    }
    const w = await writer.finish()
    await main.commitPoint({ pointId: 'sealed', job: 'nightly', vm: 'web-1', stagedIds: [w.stagedId], keyFingerprint: cipher.fingerprint })
    await copyToDr(['sealed'])
    const digest = await damage(main, mainDir, 'sealed', 4)
    assert.equal((await main.verify('sealed')).ok, false)
    const r = await repairPoint({ repo: main, pointId: 'sealed', sources: [fromDr] })
    assert.equal(r.blocksRepaired, 1)
    assert.ok((await main.readBlock(digest)).data.equals((await dr.readBlock(digest)).data), 'the very frame the copy holds')
    assert.equal((await main.verify('sealed')).ok, true)
  })

  it('repairs a block whose pack was lost', async () => {
    const img = makeImage(8 * BS)
    await backup(img, 'p1')
    await copyToDr(['p1'])
    const digest = (await main.getPoint('p1')).disks[0]!.digests.subarray(0, 32)
    const pack = packPath(join(mainDir, 'packs'), (await main.readBlock(digest)).location!.packId)
    await main.close()                          // its reader holds the file open
    await rm(pack)
    main = await Repository.open({ path: mainDir, name: 'main' })
    assert.equal((await main.verify('p1')).ok, false)
    const r = await repairPoint({ repo: main, pointId: 'p1', sources: [fromDr] })
    assert.equal(r.blocksRepaired, 8)
    assert.ok((await restoreImage(main, 'p1')).equals(img))
  })
})

async function readdirStaged (dir: string): Promise<string[]> {
  return (await readdir(join(dir, 'staging'))).filter((f) => f.endsWith('.disk'))
}
