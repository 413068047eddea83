/**
 * A repository whose file system fills up, on a real 12 MiB tmpfs: a disk that does not fit
 * fails with ERR_REPOSITORY_FULL naming the repository's path and what the disk needed, its
 * partial pack is removed at once (the space is back), a pack another writer borrowed a block
 * from is kept, and the points stored before stay intact.
 */
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdir, readdir, rmdir } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Libp2p } from '@libp2p/interface'
import { PipeError } from '../../../protocols/datapipe/protocol.ts'
import { openPipe } from '../../../protocols/datapipe/client.ts'
import { handlePipe } from '../../../protocols/datapipe/server.ts'
import { LeaseTable } from '../../../node/runtime/leases.ts'
import { Repository } from '../../../roles/repository/store.ts'
import { receiver } from '../../../roles/repository/receiver.ts'
import { DEFAULT_RESERVE_BYTES, isOutOfSpace, repositorySpace, reserveFor } from '../../../roles/repository/free-space.ts'
import { startNodes, stopNodes } from '../../helpers/libp2p.ts'
import { BS, header, makeImage, pipeBlock, restoreImage, sendImage, TempDirs } from './helpers.ts'

const run = promisify(execFile)
const MiB = 1024 * 1024

async function packFiles (root: string): Promise<string[]> {
  const found: string[] = []
  for (const dir of await readdir(join(root, 'packs'))) {
    for (const f of await readdir(join(root, 'packs', dir)).catch(() => [])) if (f.endsWith('.pack')) found.push(f)
  }
  return found
}

describe('roles/repository on a full file system', function () {
  this.timeout(60_000)
  const temps = new TempDirs()
  let mount: string
  let path: string
  let repo: Repository | undefined

  beforeEach(async function () {
    mount = join(await temps.make(), 'fs')
    await mkdir(mount)
    await run('mount', ['-t', 'tmpfs', '-o', 'size=12m', 'tmpfs', mount])
    path = join(mount, 'repo')
    repo = await Repository.open({ path, name: 'main', create: true })
  })

  afterEach(async function () {
    await repo?.close().catch(() => {})
    repo = undefined
    await run('umount', [mount]).catch(() => {})
    await rmdir(mount).catch(() => {})
    await temps.cleanup()
  })

  it('removes the partial pack of a disk that met ENOSPC at once, and keeps the earlier point whole', async function () {
    const small = makeImage(1 * MiB)
    const w1 = await repo!.beginDisk(header({ taskId: 't1', vm: 'web', size: small.length }))
    const first = await sendImage(w1, small, { compression: 'none' })
    const point = await repo!.commitPoint({ job: 'nightly', sessionId: 's1', vm: 'web', stagedIds: [first.stagedId] })
    const packsBefore = await packFiles(path)
    const freeBefore = (await repositorySpace(path, 0)).free

    const big = makeImage(16 * MiB)
    const w2 = await repo!.beginDisk(header({ taskId: 't2', vm: 'db', size: big.length }))
    await assert.rejects(sendImage(w2, big, { compression: 'none' }), (err: Error) => isOutOfSpace(err) && /ENOSPC/.test(err.message))
    await w2.abort()
    assert.deepEqual((await packFiles(path)).sort(), packsBefore.sort(), 'the failed disk left no pack behind')
    const freeAfter = (await repositorySpace(path, 0)).free
    assert.ok(freeAfter >= freeBefore - 64 * 1024, `the space is back: ${freeAfter} free after, ${freeBefore} before`)

    const report = await repo!.verify(point.id)
    assert.equal(report.ok, true, report.problems.join('; '))
    assert.ok((await restoreImage(repo!, point.id)).equals(small))
    // and the repository takes the next disk that fits
    const w3 = await repo!.beginDisk(header({ taskId: 't3', vm: 'db', size: 2 * MiB }))
    const third = await sendImage(w3, makeImage(2 * MiB), { compression: 'none' })
    assert.ok(third.blocksStored > 0)
  })

  it('keeps the pack of an aborted writer when another writer borrowed a block from it', async function () {
    const img = makeImage(4 * BS)
    const a = await repo!.beginDisk(header({ taskId: 'ta', vm: 'web', size: img.length }))
    const b = await repo!.beginDisk(header({ taskId: 'tb', vm: 'db', size: img.length }))
    for (let i = 0; i < 4; i++) await a.putBlock(await pipeBlock(img, i, 'none'))
    // b's blocks are a's, still pending in a's pack: b borrows them
    const result = await sendImage(b, img, { compression: 'none' })
    assert.equal(result.blocksDeduped, 4)
    await a.abort()
    assert.equal((await packFiles(path)).length, 1, 'the borrowed pack stays')
    const point = await repo!.commitPoint({ job: 'nightly', sessionId: 's1', vm: 'db', stagedIds: [result.stagedId] })
    assert.ok((await restoreImage(repo!, point.id)).equals(img))
  })

  describe('through the receiver', function () {
    let nodes: Libp2p[] = []
    let leases: LeaseTable

    afterEach(async function () {
      await stopNodes(nodes)
      nodes = []
      leases?.close()
    })

    const serve = async (reserveBytes: number): Promise<void> => {
      nodes = await startNodes(2)
      leases = new LeaseTable({ slots: 2, peerId: nodes[1]!.peerId.toString(), name: 'repository' })
      await handlePipe(nodes[1]!, receiver({ repo: repo!, leases, released: () => {}, reserveBytes }))
    }
    const grant = (taskId: string): string => {
      const answer = leases.request({ taskId, ttlMs: 30_000, holder: 'peer/scheduler' })
      assert.ok('leaseGrant' in answer)
      return answer.leaseGrant.leaseId!
    }
    const send = async (taskId: string, img: Buffer): Promise<void> => {
      const pipe = await openPipe(nodes[0]!, nodes[1]!.peerId, header({ taskId, leaseId: grant(taskId), vm: 'db', size: img.length }))
      await pipe.baseDigests()
      for (let i = 0; i * BS < img.length; i++) {
        const block = await pipeBlock(img, i, 'none')
        if (block.zero === true) continue
        await pipe.sendBlock(block, Buffer.from(block.data!))
      }
      await pipe.end()
    }

    it('fails a disk that eats the reserve with ERR_REPOSITORY_FULL naming the path and the need, and frees its pack', async function () {
      await serve(4 * MiB)
      await assert.rejects(send('t1', makeImage(16 * MiB)), (err: PipeError) => {
        assert.equal(err.remoteCode, 'ERR_REPOSITORY_FULL')
        assert.ok(err.message.includes(path), err.message)
        assert.match(err.message, /needed up to [\d.]+ MiB \(\d+ bytes\) more/)
        assert.match(err.message, /free; it keeps 4\.0 MiB \(4194304 bytes\) in reserve/)
        return true
      })
      assert.deepEqual(await packFiles(path), [])
      const space = await repositorySpace(path, 4 * MiB)
      assert.ok(space.free > 8 * MiB, `the space is back: ${space.free} bytes free`)
    })

    it('turns ENOSPC into ERR_REPOSITORY_FULL when there is no reserve', async function () {
      await serve(0)
      await assert.rejects(send('t2', makeImage(16 * MiB)), (err: PipeError) => {
        assert.equal(err.remoteCode, 'ERR_REPOSITORY_FULL')
        assert.ok(err.message.includes(path), err.message)
        return true
      })
      assert.deepEqual(await packFiles(path), [])
    })
  })
})

describe('roles/repository free space', function () {
  it('keeps 256 MiB in reserve, 5% of a smaller file system, or what the configuration says', function () {
    assert.equal(reserveFor(100 * 1024 * MiB), DEFAULT_RESERVE_BYTES)
    assert.equal(reserveFor(1024 * MiB), Math.floor(1024 * MiB * 0.05))
    assert.equal(reserveFor(1024 * MiB, 0), 0)
    assert.equal(reserveFor(1024 * MiB, 4 * MiB), 4 * MiB)
  })
})
