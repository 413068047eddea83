/**
 * Tests for roles/proxy/disk-move.ts with a data key, between two real libp2p nodes on 127.0.0.1:
 * the proxy's DiskMove against a pipe receiver in the test (protocols/datapipe/server.ts) that
 * keeps what arrives. An encrypted task names its key in the pipe header and sends every data
 * block sealed under its keyed id, compressed inside the seal when that is smaller; zero blocks
 * stay markers; the base compare uses keyed ids; a key that does not match the task's fingerprint
 * is refused before anything is read or sent.
 */
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { readFile } from 'node:fs/promises'
import { zstdDecompressSync } from 'node:zlib'
import type { Libp2p } from '@libp2p/interface'
import type { PipeBlock, PipeHeader, TaskSpec } from '../../../proto/index.ts'
import { handlePipe } from '../../../protocols/datapipe/server.ts'
import { DATAPIPE_PROTOCOL } from '../../../protocols/datapipe/protocol.ts'
import { DiskMove } from '../../../roles/proxy/disk-move.ts'
import { BlockCipher, checkSealedFrame, sealedFrameKey } from '../../../node/core/crypto/block-cipher.ts'
import { dataKeyFingerprint } from '../../../node/core/crypto/fingerprint.ts'
import { startNodes, stopNodes } from '../../helpers/libp2p.ts'
import { TempDirs, writeImage, type Region } from '../../helpers/datapath.ts'
import { hasCode } from '../../helpers/coded-error.ts'

/** 16 blocks of 256 KiB: zero, text, random, text, … */
const BS = 256 * 1024
const layout = (i: number): Region => (['zero', 'text', 'random', 'text'] as const)[i % 4]

describe('roles/proxy/disk-move with a data key', function () {
  this.timeout(60_000)
  const temps = new TempDirs()
  const key = randomBytes(32)
  const fingerprint = dataKeyFingerprint(key)
  const cipher = new BlockCipher(key)
  let nodes: Libp2p[] = []
  let image: Buffer
  let file: string
  /** what the receiver saw of the last pipe */
  let seen: { header?: PipeHeader, blocks: PipeBlock[] }
  /** the base digests the receiver offers */
  let base: Buffer | undefined

  before(async function () {
    nodes = await startNodes(2)
    const dir = await temps.make()
    file = join(dir, 'disk.raw')
    await writeImage(file, 16 * BS, BS, layout)
    image = await readFile(file)
    await handlePipe(nodes[1], async (pipe) => {
      seen = { header: pipe.header, blocks: [] }
      await pipe.sendDigests(base, base === undefined ? 0 : image.length)
      for (let b = await pipe.nextBlock(); b !== undefined; b = await pipe.nextBlock()) {
        seen.blocks.push({ ...b, data: Buffer.from(b.data ?? new Uint8Array(0)) })
        pipe.done(b)
      }
      await pipe.sendSummary({ stagedId: 'staged-1', blocksReceived: seen.blocks.length })
    })
  })

  after(async function () {
    await nodes[1]?.unhandle(DATAPIPE_PROTOCOL)
    await stopNodes(nodes)
    await temps.cleanup()
  })

  const move = (spec: TaskSpec): DiskMove => new DiskMove({
    libp2p: nodes[0],
    task: { taskId: 't1', vm: 'web01', disk: 0, size: image.length, source: file, blockSize: BS, compression: 'zstd', compressionLevel: 1, ...spec },
    repositoryPeer: nodes[1].peerId.toString(),
    repositoryLease: 'lease-1'
  })

  const rawBlock = (index: number): Buffer => image.subarray(index * BS, (index + 1) * BS)

  it('names the key in the header and sends every data block sealed under its keyed id', async function () {
    base = undefined
    const { stagedId, stats } = await move({ dataKey: key, keyFingerprint: fingerprint }).run()
    assert.equal(stagedId, 'staged-1')
    assert.equal(seen.header?.keyFingerprint, fingerprint)
    assert.equal(stats.blocksZero, 4)
    assert.equal(seen.blocks.length, 12, 'the 12 data blocks, no zero markers (no base)')
    let compressed = 0
    for (const b of seen.blocks) {
      const raw = rawBlock(b.index!)
      assert.equal(b.sealed, true)
      assert.equal(b.rawLength, BS)
      assert.deepEqual(Buffer.from(b.digest!), cipher.blockId(raw), `block ${b.index} goes under its keyed id`)
      const frame = b.data!
      assert.equal(checkSealedFrame(frame), undefined)
      assert.equal(sealedFrameKey(frame), fingerprint)
      const payload = cipher.open(b.digest!, frame)
      if (b.compression === 'zstd') compressed++
      assert.deepEqual(b.compression === 'zstd' ? zstdDecompressSync(payload) : payload, raw)
    }
    // the text blocks are compressed inside their seal, the random ones not
    assert.equal(compressed, 8)
    assert.equal(stats.bytesSent, seen.blocks.reduce((n, b) => n + b.data!.byteLength, 0))
  })

  it('seals uncompressed blocks for a job without compression', async function () {
    base = undefined
    await move({ dataKey: key, keyFingerprint: fingerprint, compression: 'none' }).run()
    assert.equal(seen.blocks.length, 12)
    for (const b of seen.blocks) {
      assert.equal(b.sealed, true)
      assert.equal(b.compression, 'none')
      assert.deepEqual(cipher.open(b.digest!, b.data!), rawBlock(b.index!))
    }
  })

  it('compares with the base by keyed ids: only changed blocks and new zeros go out', async function () {
    // the base holds this disk's keyed ids, except block 1 (changed) and block 4 (was data, now zero)
    base = Buffer.alloc(16 * 32)
    for (let i = 0; i < 16; i++) if (layout(i) !== 'zero') cipher.blockId(rawBlock(i)).copy(base, i * 32)
    base.fill(7, 1 * 32, 2 * 32)
    base.fill(9, 4 * 32, 5 * 32)
    const { stats } = await move({ dataKey: key, keyFingerprint: fingerprint, basePoint: 'p0' }).run()
    assert.equal(stats.blocksUnchanged, 11)
    assert.deepEqual(seen.blocks.map((b) => [b.index, b.zero === true, b.sealed === true]).sort((x, y) => Number(x[0]) - Number(y[0])), [[1, false, true], [4, true, false]])
  })

  it('sends plain blocks for a task without a key, and no fingerprint', async function () {
    base = undefined
    await move({}).run()
    assert.equal(seen.header?.keyFingerprint ?? '', '')
    assert.ok(seen.blocks.every((b) => b.sealed !== true))
  })

  it('refuses a key that does not match the task\'s fingerprint, or a fingerprint without a key, before sending', async function () {
    const other = dataKeyFingerprint(randomBytes(32))
    seen = { blocks: [] }
    await assert.rejects(move({ dataKey: key, keyFingerprint: other }).run(), hasCode('ERR_BAD_TASK', new RegExp(`${fingerprint}.*${other}`)))
    await assert.rejects(move({ keyFingerprint: fingerprint }).run(), hasCode('ERR_BAD_TASK', /carries no key/))
    await assert.rejects(move({ dataKey: randomBytes(16), keyFingerprint: fingerprint }).run(), hasCode('ERR_BAD_TASK', /16 bytes/))
    assert.equal(seen.header, undefined, 'no pipe was opened')
  })
})
