/**
 * Copy runs between two real repositories on two real libp2p nodes (127.0.0.1): the source serves
 * block fetch (over its TLS bulk lane, or libp2p), the target pulls through its own disk writers.
 * A copy is bit-exact and keeps the point's identity; an incremental copy fetches only the blocks
 * the target lacks; a sealed point is copied without its key; an interrupted copy resumes; a block
 * the source cannot read fails its point, named.
 */
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import type { Libp2p } from '@libp2p/interface'
import { BulkLane } from '../../../protocols/bulk-lane.ts'
import { handleBlockFetch, openBlockFetch, unhandleBlockFetch } from '../../../protocols/block-fetch.ts'
import { BlockCipher } from '../../../node/core/crypto/block-cipher.ts'
import { compressBlock } from '../../../roles/repository/compression.ts'
import { runCopy } from '../../../roles/repository/copy-run.ts'
import { packPath, RECORD_HEADER_LENGTH } from '../../../roles/repository/packs.ts'
import { Repository } from '../../../roles/repository/store.ts'
import type { CopyReport } from '../../../proto/index.ts'
import { startNodes, stopNodes } from '../../helpers/libp2p.ts'
import { limiterFor, type WireLimiter } from '../../../node/core/shared-rate.ts'
import { ruleFromWire } from '../../../node/core/traffic-rules.ts'
import { flipByte } from '../../helpers/corrupt.ts'
import { BS, header, makeImage, restoreImage, sendImage, TempDirs } from './helpers.ts'

describe('roles/repository: copy runs over block fetch', function () {
  this.timeout(60_000)
  const temp = new TempDirs()
  let nodes: Libp2p[] = []
  let lane: BulkLane
  let source: Repository
  let target: Repository
  let sourceDir: string
  let targetDir: string

  beforeEach(async () => {
    nodes = await startNodes(2)
    lane = await BulkLane.listen({ host: '127.0.0.1' })
    sourceDir = join(await temp.make(), 'source')
    targetDir = join(await temp.make(), 'target')
    source = await Repository.open({ path: sourceDir, name: 'main', create: true })
    target = await Repository.open({ path: targetDir, name: 'offsite', create: true })
    await handleBlockFetch(nodes[0]!, source, { lane })
  })
  afterEach(async () => {
    await unhandleBlockFetch(nodes[0]!).catch(() => {})
    await stopNodes(nodes)
    await lane.close()
    await source.close()
    await target.close()
    await temp.cleanup()
  })

  const copy = async (pointIds: string[], options: { lane?: boolean, signal?: AbortSignal, streams?: number } = {}): Promise<CopyReport> => await runCopy({
    repo: target,
    request: { copyJob: 'offsite', sourceRepository: 'main', sourcePeer: nodes[0]!.peerId.toString(), pointIds },
    open: async () => await openBlockFetch({ libp2p: nodes[1]!, peerId: nodes[0]!.peerId, lane: options.lane }),
    streams: options.streams,
    signal: options.signal
  })

  async function backup (img: Buffer, pointId: string, base?: string): Promise<void> {
    const r = await sendImage(await source.beginDisk(header({ size: img.length, basePoint: base })), img, { algorithm: source.digestAlgorithm })
    await source.commitPoint({ pointId, job: 'nightly', sessionId: `s-${pointId}`, vm: 'web-1', host: 'lab', stagedIds: [r.stagedId] })
  }

  it('copies a point bit-exact, keeping its id, VM, job, session and creation time', async () => {
    const img = makeImage(40 * BS + 1000, { zeroBlocks: [3, 4, 17] })
    await backup(img, 'p1')
    const report = await copy(['p1'])
    assert.deepEqual(report.failed, [])
    assert.equal(report.copied?.length, 1)
    assert.equal(report.blocksFetched, 38, 'every non-zero block, once')
    const a = await source.getPoint('p1')
    const b = await target.getPoint('p1')
    for (const k of ['id', 'vm', 'job', 'sessionId', 'host', 'createdAtMs', 'keyFingerprint'] as const) assert.deepEqual(b[k], a[k], k)
    assert.ok((await restoreImage(target, 'p1')).equals(img))
  })

  it('holds a copy to a throttling rule: the source waits before each block frame it sends', async () => {
    // a source whose block fetch waits on the rules the hello brings, as a repository node's does
    await unhandleBlockFetch(nodes[0]!)
    let limited: WireLimiter | undefined
    await handleBlockFetch(nodes[0]!, source, {
      lane,
      limiter: (_peer, rules) => (limited = limiterFor({ local: '127.0.0.1', remote: '127.0.0.1', rules: (rules ?? []).map(r => ruleFromWire(r)) }))
    })
    const img = makeImage(64 * BS)  // about 2 MiB of stored data
    await backup(img, 'p1')
    const rate = 1_000_000
    const started = performance.now()
    const report = await runCopy({
      repo: target,
      request: { copyJob: 'offsite', sourcePeer: nodes[0]!.peerId.toString(), pointIds: ['p1'] },
      open: async () => await openBlockFetch({ libp2p: nodes[1]!, peerId: nodes[0]!.peerId, trafficRules: [{ name: 'wan', from: 'any', to: 'any', rateBps: rate, timeZone: 'UTC' }] }),
      streams: 1
    })
    const seconds = (performance.now() - started) / 1000
    assert.deepEqual(report.failed, [])
    const bytes = Number(report.bytesFetched)
    assert.ok(bytes > 1_500_000, `${bytes} bytes fetched`)
    // the bucket's first burst (a tenth of the rate) passes at once; the rest waits
    assert.ok(seconds >= (bytes - rate / 10) / rate * 0.9, `${bytes} bytes in ${seconds.toFixed(2)} s under ${rate} B/s`)
    assert.ok(limited?.slowest?.rule === 'wan' && limited.slowest.waitedMs > 500, 'the source waited on the rule and names it')
    assert.ok((await restoreImage(target, 'p1')).equals(img))
  })

  it('copies only the blocks the target lacks: an incremental fetches its changed blocks, a second run nothing', async () => {
    const img = makeImage(32 * BS)
    await backup(img, 'p1')
    assert.equal((await copy(['p1'], { lane: false })).blocksFetched, 32)
    const changed = Buffer.from(img)
    for (const i of [2, 9, 30]) randomBytes(BS).copy(changed, i * BS)
    await backup(changed, 'p2', 'p1')
    const second = await copy(['p2'])
    assert.equal(second.blocksFetched, 3, 'the three changed blocks only')
    assert.equal(second.blocksPresent, 29)
    assert.ok((await restoreImage(target, 'p2')).equals(changed))
    const third = await copy(['p1', 'p2'])
    assert.equal(third.blocksFetched, 0)
    assert.equal(third.copied?.length, 2)
  })

  it('copies a sealed point as it is, without its key, checked by its frames', async () => {
    const cipher = new BlockCipher(randomBytes(32))
    const img = makeImage(12 * BS)
    const writer = await source.beginDisk(header({ size: img.length, keyFingerprint: cipher.fingerprint }))
    for (let i = 0; i < 12; i++) {
      const raw = img.subarray(i * BS, (i + 1) * BS)
      const id = cipher.blockId(raw)
      await writer.putBlock({ index: i, digest: id, rawLength: raw.length, compression: 'zstd', sealed: true, data: cipher.seal(id, await compressBlock(Buffer.from(raw), 'zstd')) })
    }
    const r = await writer.finish()
    await source.commitPoint({ pointId: 'sealed', job: 'nightly', vm: 'web-1', stagedIds: [r.stagedId], keyFingerprint: cipher.fingerprint })
    const report = await copy(['sealed'])
    assert.deepEqual(report.failed, [])
    const p = await target.getPoint('sealed')
    assert.equal(p.keyFingerprint, cipher.fingerprint)
    const first = p.disks[0]!.digests.subarray(0, 32)
    const stored = await target.readBlock(first)
    assert.equal(stored.sealed, true)
    assert.ok((await source.readBlock(first)).data.equals(stored.data), 'the very frame the source holds')
  })

  it('resumes an interrupted copy: the blocks that arrived are not fetched again', async () => {
    const img = makeImage(256 * BS)
    await backup(img, 'p1')
    const stop = new AbortController()
    let fetched = 0
    const run = runCopy({
      repo: target,
      request: { copyJob: 'offsite', pointIds: ['p1'] },
      open: async () => await openBlockFetch({ libp2p: nodes[1]!, peerId: nodes[0]!.peerId }),
      streams: 1,
      window: 1,
      batch: 4,
      progressMs: 0,
      signal: stop.signal,
      onProgress: (p) => { fetched = p.blocksFetched ?? 0; if (fetched >= 64) stop.abort() }
    })
    const first = await run
    assert.equal(first.failed?.[0]?.code, 'ERR_COPY_ABORTED')
    assert.ok((first.blocksFetched ?? 0) >= 64 && (first.blocksFetched ?? 0) < 256)
    const second = await copy(['p1'])
    assert.deepEqual(second.failed, [])
    assert.equal((first.blocksFetched ?? 0) + (second.blocksFetched ?? 0), 256, 'nothing fetched twice')
    assert.ok((await restoreImage(target, 'p1')).equals(img))
  })

  it('refuses a block damaged at the source on arrival (re-hashed as a backup\'s): its point fails, named, the others are copied', async () => {
    const img = makeImage(8 * BS)
    await backup(img, 'p1')
    await backup(makeImage(8 * BS), 'p2')
    const digest = (await source.getPoint('p1')).disks[0]!.digests.subarray(5 * 32, 6 * 32)
    const location = (await source.readBlock(digest)).location!
    await flipByte(packPath(join(sourceDir, 'packs'), location.packId), location.offset + RECORD_HEADER_LENGTH + location.length - 10)
    const report = await copy(['p1', 'p2'])
    assert.equal(report.copied?.map((c) => c.pointId).join(), 'p2')
    assert.equal(report.failed?.[0]?.pointId, 'p1')
    assert.equal(report.failed?.[0]?.code, 'ERR_DIGEST_MISMATCH')
    assert.match(report.failed?.[0]?.message ?? '', /restore point p1 .*block 5 of disk 0/)
    assert.equal(await target.pointSummary('p1'), undefined, 'an incomplete copy is not visible')
  })

  it('says which point the source does not hold', async () => {
    const report = await copy(['nope'])
    assert.equal(report.failed?.[0]?.code, 'ERR_NO_SUCH_POINT')
  })

  describe('between repositories of different formats', () => {
    async function reopen (which: 'source' | 'target', format: number): Promise<void> {
      if (which === 'source') {
        await unhandleBlockFetch(nodes[0]!)
        await source.close()
        sourceDir = join(await temp.make(), 'source2')
        source = await Repository.open({ path: sourceDir, name: 'main', create: true, format })
        await handleBlockFetch(nodes[0]!, source, { lane })
      } else {
        await target.close()
        targetDir = join(await temp.make(), 'target2')
        target = await Repository.open({ path: targetDir, name: 'offsite', create: true, format })
      }
    }

    it('refuses a copy from a format 2 (SHA-256) repository to a format 3 (BLAKE3) one, naming both and what to do', async () => {
      await reopen('source', 2)
      await backup(makeImage(6 * BS), 'p1')
      const report = await copy(['p1'])
      assert.equal(report.copied?.length ?? 0, 0)
      assert.equal(report.failed?.[0]?.code, 'ERR_COPY_DIGEST_MISMATCH')
      assert.match(report.failed![0]!.message!, /"main" \(format 2 or older, SHA-256 block ids\)/)
      assert.match(report.failed![0]!.message!, /"offsite" \(format 3, BLAKE3 block ids\)/)
      assert.match(report.failed![0]!.message!, /"format": 2 in the "repository" section/)
      assert.deepEqual(await target.listPoints(), [], 'nothing was stored')
    })

    it('refuses the other way too, and copies between two format 2 repositories', async () => {
      await reopen('target', 2)
      await backup(makeImage(6 * BS), 'p1')
      const refused = await copy(['p1'])
      assert.equal(refused.failed?.[0]?.code, 'ERR_COPY_DIGEST_MISMATCH')

      await reopen('source', 2)
      const img = makeImage(8 * BS, { zeroBlocks: [1] })
      await backup(img, 'p2')
      const report = await copy(['p2'])
      assert.deepEqual(report.failed, [])
      assert.equal(report.blocksFetched, 7, 'each block checked by SHA-256 on arrival')
      assert.ok((await restoreImage(target, 'p2')).equals(img))
    })
  })
})
