/**
 * Tests for roles/repository/receiver.ts: the datapipe server of a repository, on two real
 * libp2p nodes with a real Repository in a temp folder (and a slow fake one for backpressure).
 */
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { blockDigestSync } from '../../../roles/repository/digest.ts'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { zstdCompress } from 'node:zlib'
import type { Libp2p } from '@libp2p/interface'
import type { PipeBlock, PipeHeader } from '../../../proto/index.ts'
import { PipeError } from '../../../protocols/datapipe/protocol.ts'
import { openPipe } from '../../../protocols/datapipe/client.ts'
import { handlePipe } from '../../../protocols/datapipe/server.ts'
import { LeaseTable } from '../../../node/runtime/leases.ts'
import { BlockCipher } from '../../../node/core/crypto/block-cipher.ts'
import { Repository } from '../../../roles/repository/store.ts'
import { DEFAULT_IN_FLIGHT, receiver } from '../../../roles/repository/receiver.ts'
import { startNodes, stopNodes } from '../../helpers/libp2p.ts'
import { MiB, TempDirs, blockContent, waitFor, within } from '../../helpers/datapath.ts'

const zstd = promisify(zstdCompress)
const BS = 256 * 1024
/** the digest of a repository created now (format 3) */
const sha = (b: Uint8Array): Buffer => blockDigestSync('blake3', b)

async function block (raw: Buffer, index: number): Promise<[PipeBlock, Buffer]> {
  const data = await zstd(raw)
  return [{ index, digest: sha(raw), rawLength: raw.length, compression: 'zstd' }, data]
}

describe('roles/repository receiver', function () {
  this.timeout(60_000)
  const temps = new TempDirs()
  let nodes: Libp2p[] = []
  let repo: Repository
  let leases: LeaseTable
  let dir: string
  const released: Array<[string, string]> = []
  let handler: Parameters<typeof handlePipe>[1]

  before(async function () {
    dir = await temps.make()
    nodes = await startNodes(2)
    repo = await Repository.open({ path: join(dir, 'repo'), name: 'main', create: true })
    leases = new LeaseTable({ slots: 2, peerId: nodes[1].peerId.toString(), name: 'repository' })
    handler = receiver({ repo, leases, released: (holder, leaseId) => released.push([holder, leaseId]) })
    await handlePipe(nodes[1], async (pipe) => { await handler(pipe) })
  })

  after(async function () {
    await stopNodes(nodes)
    leases.close()
    await repo.close()
    await temps.cleanup()
  })

  const grant = (taskId: string): string => {
    const answer = leases.request({ taskId, ttlMs: 30_000, holder: 'peer/scheduler' })
    assert.ok('leaseGrant' in answer)
    return answer.leaseGrant.leaseId!
  }
  const header = (taskId: string, leaseId: string, extra: Partial<PipeHeader> = {}): PipeHeader =>
    ({ taskId, leaseId, sessionId: 's', job: 'j', vm: 'web01', disk: 0, diskName: 'vda', size: 8 * BS, blockSize: BS, digestAlgorithms: ['sha256', 'blake3'], ...extra })
  const staged = async (): Promise<string[]> => await readdir(join(dir, 'repo', 'staging'))

  it('refuses a pipe without a lease, and keeps serving', async function () {
    const pipe = await openPipe(nodes[0], nodes[1].peerId, header('t0', 'forged'))
    await assert.rejects(pipe.baseDigests(), (err: PipeError) => {
      assert.equal(err.remoteCode, 'ERR_NO_LEASE')
      assert.match(err.message, /no lease forged for task t0/)
      return true
    })
    assert.equal(released.length, 0, 'a lease that is not ours is not released')

    const leaseId = grant('t1')
    const ok = await openPipe(nodes[0], nodes[1].peerId, header('t1', leaseId))
    assert.equal(await ok.baseDigests(), undefined)
    const raw = blockContent('text', BS, 1)
    await ok.sendBlock(...await block(raw, 3))
    const summary = await ok.end()
    assert.equal(summary.blocksReceived, 1)
    assert.equal(summary.blocksStored, 1)
    assert.ok(summary.stagedId !== '')
    assert.deepEqual(released.pop(), ['peer/scheduler', leaseId])
    assert.equal(leases.active + leases.reserved, 0)
  })

  it('refuses a block whose bytes do not match its digest: writer aborted, lease released, nothing staged', async function () {
    const before = await staged()
    const leaseId = grant('t2')
    const pipe = await openPipe(nodes[0], nodes[1].peerId, header('t2', leaseId))
    await pipe.baseDigests()
    const raw = blockContent('random', BS, 2)
    const [meta, data] = await block(raw, 0)
    meta.digest = sha(Buffer.from('something else'))
    const err = await (async () => {
      await pipe.sendBlock(meta, data)
      return await pipe.end()
    })().then(() => undefined, (e: PipeError) => e)
    assert.ok(err instanceof PipeError)
    assert.equal(err.remoteCode, 'ERR_DIGEST_MISMATCH')
    await waitFor(() => released.length > 0, 5000, 'the lease release')
    assert.deepEqual(released.pop(), ['peer/scheduler', leaseId])
    assert.equal(repo.stats().openWriters, 0)
    assert.deepEqual(await staged(), before)
  })

  it('cleans up when the proxy vanishes mid-disk', async function () {
    const leaseId = grant('t3')
    const pipe = await openPipe(nodes[0], nodes[1].peerId, header('t3', leaseId))
    await pipe.baseDigests()
    await pipe.sendBlock(...await block(blockContent('text', BS, 3), 0))
    pipe.abort(new Error('proxy crashed'))
    await waitFor(() => released.length > 0, 10_000, 'the lease release')
    assert.deepEqual(released.pop(), ['peer/scheduler', leaseId])
    await waitFor(() => repo.stats().openWriters === 0, 5000, 'the writer to close')
  })

  it('sends the base digests of a committed point: unsent blocks are inherited, a zero marker clears one', async function () {
    const leaseId = grant('t4')
    const first = await openPipe(nodes[0], nodes[1].peerId, header('t4', leaseId))
    await first.baseDigests()
    const raws = [blockContent('text', BS, 40), blockContent('random', BS, 41)]
    await first.sendBlock(...await block(raws[0], 0))
    await first.sendBlock(...await block(raws[1], 5))
    const { stagedId } = await first.end()
    const point = await repo.commitPoint({ pointId: 'base-1', job: 'j', sessionId: 's', vm: 'web01', stagedIds: [stagedId!] })

    const second = await openPipe(nodes[0], nodes[1].peerId, header('t5', grant('t5'), { basePoint: point.id }))
    const base = await second.baseDigests()
    assert.ok(base !== undefined)
    assert.equal(base.length, 8 * 32)
    assert.deepEqual(base.subarray(0, 32), sha(raws[0]))
    assert.deepEqual(base.subarray(5 * 32, 6 * 32), sha(raws[1]))
    assert.deepEqual(base.subarray(32, 64), Buffer.alloc(32))
    assert.equal(second.baseSize, 8 * BS)
    await second.sendZero(5)
    const s2 = await second.end()
    const p2 = await repo.commitPoint({ job: 'j', sessionId: 's2', vm: 'web01', stagedIds: [s2.stagedId!] })
    const manifest = (await repo.getPoint(p2.id)).disks[0].digests
    assert.deepEqual(manifest.subarray(0, 32), sha(raws[0]), 'unsent block 0 inherited from the base')
    assert.deepEqual(manifest.subarray(5 * 32, 6 * 32), Buffer.alloc(32), 'block 5 became zero')
  })

  it('falls back to a full backup when the base point is gone', async function () {
    const pipe = await openPipe(nodes[0], nodes[1].peerId, header('t6', grant('t6'), { basePoint: 'deleted-by-retention' }))
    assert.equal(await pipe.baseDigests(), undefined)
    await pipe.sendBlock(...await block(blockContent('text', BS, 60), 1))
    assert.equal((await pipe.end()).blocksReceived, 1)
  })

  it('receives an encrypted disk: sealed blocks stored as sent, a base of another key sends the disk in full, a plain block refused', async function () {
    const keyA = new BlockCipher(randomBytes(32))
    const keyB = new BlockCipher(randomBytes(32))
    const sealed = async (cipher: BlockCipher, raw: Buffer, index: number): Promise<[PipeBlock, Buffer]> => {
      const id = cipher.blockId(raw)
      return [{ index, digest: id, rawLength: raw.length, compression: 'zstd', sealed: true }, cipher.seal(id, await zstd(raw))]
    }
    const raw = blockContent('text', BS, 70)
    const first = await openPipe(nodes[0], nodes[1].peerId, header('t7', grant('t7'), { keyFingerprint: keyA.fingerprint }))
    assert.equal(await first.baseDigests(), undefined)
    await first.sendBlock(...await sealed(keyA, raw, 0))
    const s1 = await first.end()
    assert.equal(s1.blocksStored, 1)
    const point = await repo.commitPoint({ pointId: 'enc-base', job: 'j', sessionId: 's', vm: 'web01', stagedIds: [s1.stagedId!], keyFingerprint: keyA.fingerprint })
    const id = keyA.blockId(raw)
    assert.equal((await repo.readBlock(id)).sealed, true)

    // same key: the base digests come; another key: none (the proxy sends every block)
    const same = await openPipe(nodes[0], nodes[1].peerId, header('t8', grant('t8'), { keyFingerprint: keyA.fingerprint, basePoint: point.id }))
    assert.deepEqual((await same.baseDigests())?.subarray(0, 32), id)
    assert.equal((await same.end()).blocksReceived, 0)
    const other = await openPipe(nodes[0], nodes[1].peerId, header('t9', grant('t9'), { keyFingerprint: keyB.fingerprint, basePoint: point.id }))
    assert.equal(await other.baseDigests(), undefined)
    await other.sendBlock(...await sealed(keyB, raw, 0))
    const s3 = await other.end()
    assert.equal(s3.blocksStored, 1, 'another key, another id: stored')

    const plain = await openPipe(nodes[0], nodes[1].peerId, header('t10', grant('t10'), { keyFingerprint: keyA.fingerprint }))
    await plain.baseDigests()
    const err = await (async () => {
      await plain.sendBlock(...await block(blockContent('random', BS, 71), 1))
      return await plain.end()
    })().then(() => undefined, (e: PipeError) => e)
    assert.ok(err instanceof PipeError)
    assert.equal(err.remoteCode, 'ERR_SEALED_MISMATCH')
    await waitFor(() => repo.stats().openWriters === 0, 5000, 'the writer to close')
  })

  it('keeps at most DEFAULT_IN_FLIGHT blocks in flight and stops reading meanwhile: a slow store makes the proxy wait', async function () {
    let inFlight = 0
    let maxInFlight = 0
    let stored = 0
    const gates: Array<() => void> = []
    const slowLeases = new LeaseTable({ slots: 1, peerId: 'slow', timer: false })
    const fake = {
      name: 'slow',
      baseDigests: async () => undefined,
      beginDisk: async () => ({
        resumed: { blocks: [], settledBelow: 0 },
        resumedRanges: () => [],
        mark: () => {},
        putBlock: async () => {
          inFlight++
          maxInFlight = Math.max(maxInFlight, inFlight)
          await new Promise<void>((resolve) => gates.push(resolve))
          inFlight--
          stored++
          return 'stored'
        },
        finish: async () => ({ stagedId: 'slow-1', blocksReceived: stored, blocksStored: stored, blocksDeduped: 0, blocksZero: 0, bytesStored: 0 }),
        abort: async () => {}
      })
    } as unknown as Repository
    handler = receiver({ repo: fake, leases: slowLeases, released: () => {} })
    try {
      const leaseId = (slowLeases.request({ taskId: 'slow' }) as { leaseGrant: { leaseId: string } }).leaseGrant.leaseId
      const pipe = await openPipe(nodes[0], nodes[1].peerId, header('slow', leaseId, { size: 64 * MiB, blockSize: MiB }))
      await pipe.baseDigests()
      let sent = 0
      let lastProgress = Date.now()
      const sending = (async () => {
        for (let i = 0; i < 64; i++) {
          await pipe.sendBlock({ index: i, digest: Buffer.alloc(32), rawLength: MiB, compression: 'none' }, randomBytes(MiB))
          sent++
          lastProgress = Date.now()
        }
        return await pipe.end()
      })()
      await waitFor(() => gates.length === DEFAULT_IN_FLIGHT && Date.now() - lastProgress > 500, 20_000, `the proxy to stall behind ${DEFAULT_IN_FLIGHT} blocks in flight`)
      assert.equal(maxInFlight, DEFAULT_IN_FLIGHT)
      assert.ok(sent <= DEFAULT_IN_FLIGHT + 16, `${sent} MiB sent while the store held ${DEFAULT_IN_FLIGHT} blocks`)
      // let the store go: everything arrives, never more than DEFAULT_IN_FLIGHT at once
      const drain = setInterval(() => { for (const g of gates.splice(0)) g() }, 1)
      try {
        const summary = await within(sending, 30_000, 'the transfer')
        assert.equal(summary.blocksReceived, 64)
      } finally {
        clearInterval(drain)
      }
      assert.equal(maxInFlight, DEFAULT_IN_FLIGHT)
    } finally {
      handler = receiver({ repo, leases, released: (holder, leaseId) => released.push([holder, leaseId]) })
      slowLeases.close()
    }
  })

  it('tells the proxy to hash by BLAKE3, and refuses a proxy that cannot (an older meshbackup), naming what to do', async function () {
    const old = await openPipe(nodes[0], nodes[1].peerId, header('t-old', grant('t-old'), { digestAlgorithms: [] }))
    await assert.rejects(old.baseDigests(), (err: PipeError) => {
      assert.equal(err.remoteCode, 'ERR_DIGEST_MISMATCH')
      assert.match(err.message, /names blocks by blake3 \(format 3\).*upgrade meshbackup on the proxy's node/)
      return true
    })
    const pipe = await openPipe(nodes[0], nodes[1].peerId, header('t-new', grant('t-new')))
    assert.equal(await pipe.baseDigests(), undefined)
    assert.equal(pipe.digestAlgorithm, 'blake3')
    await pipe.end()
    released.splice(0)
  })
})
