/**
 * The data path end to end on two real libp2p nodes (127.0.0.1): a proxy node (proxy actor,
 * data movers) and a repository node (repository actor, datapipe receiver, restore server, a
 * real Repository in a temp folder). Generated disk images go through data mover → datapipe →
 * receiver → commit → restoreDisk and must come back bit for bit.
 */
import assert from 'node:assert/strict'
import { hasTool } from '../../helpers/qemu.ts'
import { join } from 'node:path'
import { stat, truncate, writeFile } from 'node:fs/promises'
import type { Libp2p } from '@libp2p/interface'
import type { ActorMessage, TaskSpec } from '../../../proto/index.ts'
import { ActorSystem } from '../../../node/runtime/actors/system.ts'
import { address } from '../../../node/runtime/actors/address.ts'
import { LeaseTable } from '../../../node/runtime/leases.ts'
import { Repository } from '../../../roles/repository/store.ts'
import { repositoryActor } from '../../../roles/repository/actor.ts'
import { serveRepository, type RepositoryServer } from '../../../roles/repository/server.ts'
import { proxyActor } from '../../../roles/proxy/actor.ts'
import { DiskMove, type DiskMoveError } from '../../../roles/proxy/disk-move.ts'
import { restoreDisk } from '../../../protocols/restore.ts'
import { introduce, startNode, startNodes, stopNodes } from '../../helpers/libp2p.ts'
import {
  Inbox, MiB, TempDirs, blockContent, waitFor, fileSha256, linkSystems, writeBlock, writeImage, type Region
} from '../../helpers/datapath.ts'

/** 64 blocks of 1 MiB: per 8 blocks, 2 zero, 3 text, 3 random. */
const layout = (i: number): Region => (['zero', 'zero', 'text', 'text', 'text', 'random', 'random', 'random'] as const)[i % 8]

describe('roles/proxy data mover → datapipe → roles/repository → restore', function () {
  this.timeout(120_000)
  const temps = new TempDirs()
  let nodes: Libp2p[] = []
  let proxySystem: ActorSystem
  let repoSystem: ActorSystem
  let repo: Repository
  let server: RepositoryServer
  let proxyLeases: LeaseTable
  let repoLeases: LeaseTable
  let manager: Inbox
  let scheduler: Inbox
  let proxyAt: string
  let repositoryAt: string
  let dir: string
  let proxyPeer: string
  let repoPeer: string
  let taskCount = 0

  before(async function () {
    dir = await temps.make()
    nodes = await startNodes(2)
    proxyPeer = nodes[0].peerId.toString()
    repoPeer = nodes[1].peerId.toString()
    proxySystem = new ActorSystem({ peerId: proxyPeer })
    repoSystem = new ActorSystem({ peerId: repoPeer })
    linkSystems(proxySystem, repoSystem)
    repo = await Repository.open({ path: join(dir, 'repo'), name: 'main', create: true })
    repoLeases = new LeaseTable({ slots: 4, peerId: repoPeer, name: 'repository' })
    proxyLeases = new LeaseTable({ slots: 4, peerId: proxyPeer, name: 'proxy' })
    const repoSelf = address(repoPeer, 'repository')
    server = await serveRepository({
      libp2p: nodes[1],
      repo,
      leases: repoLeases,
      released: (holder, leaseId) => repoSystem.tell(holder, { leaseRelease: { leaseId, peerId: repoPeer } }, repoSelf)
    })
    repositoryAt = repoSystem.spawn('repository', repositoryActor({ repo, leases: repoLeases, name: 'main', peerId: repoPeer }))
    proxyAt = proxySystem.spawn('proxy', proxyActor({ leases: proxyLeases, libp2p: nodes[0], progressIntervalMs: 200 }))
    manager = new Inbox(proxySystem, 'manager')
    scheduler = new Inbox(repoSystem, 'scheduler')
  })

  after(async function () {
    await proxySystem?.stop()
    await repoSystem?.stop()
    await server?.stop().catch(() => {})
    await stopNodes(nodes)
    proxyLeases?.close()
    repoLeases?.close()
    await repo?.close()
    await temps.cleanup()
  })

  /** Leases from both actors, the assignment, and the task's result. */
  async function backup (spec: TaskSpec, options: { proxyLease?: string, repositoryLease?: string } = {}): Promise<{ result: NonNullable<ActorMessage['taskResult']>, ms: number, taskId: string }> {
    const taskId = `task-${++taskCount}`
    const ask = async (system: ActorSystem, to: string, msg: ActorMessage): Promise<string> => {
      const reply = await system.ask(to, msg)
      assert.ok(reply.leaseGrant != null, `lease granted (${JSON.stringify(reply)})`)
      return reply.leaseGrant.leaseId!
    }
    const proxyLease = options.proxyLease ?? await ask(proxySystem, proxyAt, { leaseRequest: { taskId, ttlMs: 30_000, holder: scheduler.address } })
    const repositoryLease = options.repositoryLease ?? await ask(repoSystem, repositoryAt, { leaseRequest: { taskId, ttlMs: 30_000, holder: scheduler.address } })
    const started = performance.now()
    proxySystem.tell(proxyAt, {
      taskAssignment: {
        task: { taskId, sessionId: 's1', job: 'nightly', vm: 'web01', disk: 0, diskName: 'vda', blockSize: MiB, compression: 'zstd', compressionLevel: 1, ...spec },
        proxyLease,
        repositoryPeer: repoPeer,
        repositoryLease,
        reportTo: manager.address
      }
    })
    const msg = await manager.next('taskResult', (m) => m.taskResult!.taskId === taskId, 60_000)
    return { result: msg.taskResult!, ms: performance.now() - started, taskId }
  }

  async function commit (stagedId: string, pointId?: string): Promise<string> {
    const reply = await repoSystem.ask(repositoryAt, { commitPoint: { pointId, job: 'nightly', sessionId: 's1', vm: 'web01', host: 'lab', stagedIds: [stagedId] } })
    assert.ok(reply.pointCommitted?.point != null)
    assert.equal(reply.pointCommitted.point.repository, 'main')
    assert.equal(reply.pointCommitted.point.repositoryPeer, repoPeer)
    return reply.pointCommitted.point.id!
  }

  async function restore (pointId: string, name: string): Promise<string> {
    const to = join(dir, name)
    const progress: number[] = []
    const r = await restoreDisk({ libp2p: nodes[0], peerId: repoPeer, pointId, vm: 'web01', disk: 0, to, onProgress: (done) => progress.push(done) })
    assert.equal(r.file, to)
    assert.ok(progress.length > 0 && progress[progress.length - 1] === r.bytes, 'progress ends at the disk size')
    for (let i = 1; i < progress.length; i++) assert.ok(progress[i] >= progress[i - 1], 'progress never goes back')
    return to
  }

  let image: string
  let imageSha: string
  let fullPoint: string

  it('backs up a 64 MiB disk in full and restores it bit for bit', async function () {
    image = join(dir, 'disk0.raw')
    await writeImage(image, 64 * MiB, MiB, layout)
    const { result, ms, taskId } = await backup({ size: 64 * MiB, source: image })
    assert.equal(result.ok, true, result.error ?? '')
    assert.equal(result.proxyPeer, proxyPeer)
    const s = result.stats!
    assert.equal(s.blocksTotal, 64)
    assert.equal(s.blocksZero, 16)
    assert.equal(s.blocksUnchanged, 0)
    assert.equal(s.blocksSent, 48)
    // the 16 zero blocks are holes: not read when qemu-img can map them
    assert.equal(s.bytesRead, (hasTool('qemu-img') ? 48 : 64) * MiB)
    assert.equal(s.rawBytesSent, 48 * MiB)
    assert.ok(s.bytesSent! < 48 * MiB && s.bytesSent! > 24 * MiB, `text compressed, random sent raw (${s.bytesSent} payload bytes)`)
    assert.equal(s.blocksDeduped, 0)
    assert.equal(s.bytesStored, s.bytesSent, 'every payload byte stored once')
    const mbps = 64 * MiB / 1e6 / (ms / 1000)
    console.log(`      full backup of 64 MiB through the pipe: ${ms.toFixed(0)} ms, ${mbps.toFixed(0)} MB/s (${(s.bytesSent! / 1e6).toFixed(1)} MB on the wire)`)

    const progress = manager.of('taskProgress').filter((m) => m.taskProgress!.taskId === taskId)
    assert.ok(progress.length > 0, 'progress was reported')
    assert.equal(progress[progress.length - 1].taskProgress!.blocksDone, 64)

    // both leases are given back and their holder told
    await scheduler.next('leaseRelease', (m) => m.leaseRelease!.peerId === proxyPeer)
    await scheduler.next('leaseRelease', (m) => m.leaseRelease!.peerId === repoPeer)
    assert.equal(proxyLeases.active + proxyLeases.reserved, 0)
    assert.equal(repoLeases.active + repoLeases.reserved, 0)

    fullPoint = await commit(result.stagedId!)
    const restored = await restore(fullPoint, 'restored-full.raw')
    assert.equal((await stat(restored)).size, 64 * MiB)
    imageSha = await fileSha256(image)
    assert.equal(await fileSha256(restored), imageSha)
  })

  it('sends only the changed blocks in an incremental, and restores it (a block that became zero too)', async function () {
    assert.ok(fullPoint !== undefined, 'needs the full backup')
    await writeBlock(image, 2, MiB, blockContent('random', MiB, 1002)) // text → random
    await writeBlock(image, 13, MiB, blockContent('text', MiB, 1013)) // random → text
    await writeBlock(image, 16, MiB, blockContent('random', MiB, 1016)) // zero → random
    await writeBlock(image, 5, MiB, Buffer.alloc(MiB)) // random → zero
    await writeBlock(image, 20, MiB, blockContent('text', MiB, 20)) // rewritten with the same bytes
    const { result } = await backup({ size: 64 * MiB, source: image, basePoint: fullPoint })
    assert.equal(result.ok, true, result.error ?? '')
    assert.deepEqual(result.warnings, [])
    const s = result.stats!
    assert.equal(s.blocksSent, 4, 'three changed blocks and one zero marker')
    assert.equal(s.rawBytesSent, 3 * MiB)
    assert.equal(s.blocksZero, 16)
    assert.equal(s.blocksUnchanged, 64 - 16 - 3)
    // block 16 is data now; block 5 was overwritten with zeros, which is data to the filesystem
    assert.equal(s.bytesRead, (hasTool('qemu-img') ? 49 : 64) * MiB)

    const point = await commit(result.stagedId!)
    const restored = await restore(point, 'restored-incremental.raw')
    assert.equal(await fileSha256(restored), await fileSha256(image))

    // the full point is unchanged by the incremental
    const again = await restore(fullPoint, 'restored-full-again.raw')
    assert.equal(await fileSha256(again), imageSha)
  })

  it('handles a size that is not a multiple of the block size, with small blocks', async function () {
    const odd = join(dir, 'odd.raw')
    const size = 5 * MiB + 12345
    await writeImage(odd, size, 256 * 1024, (i) => (['text', 'random', 'zero'] as const)[i % 3])
    const { result } = await backup({ size, source: odd, blockSize: 256 * 1024, vm: 'web01', disk: 0 })
    assert.equal(result.ok, true, result.error ?? '')
    assert.equal(result.stats!.blocksTotal, 21)
    const point = await commit(result.stagedId!)
    const restored = await restore(point, 'restored-odd.raw')
    assert.equal((await stat(restored)).size, size)
    assert.equal(await fileSha256(restored), await fileSha256(odd))
  })

  it('throttles to the task\'s rate limit', async function () {
    const file = join(dir, 'throttled.raw')
    await writeImage(file, 6 * MiB, MiB, () => 'random')
    const { result, ms } = await backup({ size: 6 * MiB, source: file, compression: 'none', rateLimitBps: 4 * MiB })
    assert.equal(result.ok, true, result.error ?? '')
    assert.equal(result.stats!.bytesSent, 6 * MiB)
    // a 1 MiB burst passes at once, the other 5 MiB at 4 MiB/s
    assert.ok(ms >= 1100, `6 MiB at 4 MiB/s took ${ms.toFixed(0)} ms`)
  })

  it('throttles the bytes read from the disk, zero and compressible blocks included', async function () {
    // 8 MiB written out (no holes): 6 blocks of zeros, 2 of text that zstd packs small; almost
    // nothing is sent, so a throttle on the bytes sent would let it through at once
    const file = join(dir, 'throttled-zeros.raw')
    await writeFile(file, Buffer.concat([Buffer.alloc(6 * MiB), blockContent('text', MiB, 1), blockContent('text', MiB, 2)]))
    const rate = 4 * MiB
    const { result, ms } = await backup({ size: 8 * MiB, source: file, rateLimitBps: rate })
    assert.equal(result.ok, true, result.error ?? '')
    const s = result.stats!
    assert.equal(s.bytesRead, 8 * MiB)
    assert.equal(s.blocksZero, 6)
    assert.ok(s.bytesSent! < MiB, `sent ${s.bytesSent} bytes`)
    // 8 MiB read at 4 MiB/s: 2 s, from the first block on
    const readRate = s.bytesRead! / (s.durationMs! / 1000)
    assert.ok(readRate <= rate * 1.1, `read at ${(readRate / MiB).toFixed(2)} MiB/s under a 4 MiB/s limit`)
    assert.ok(ms >= 1900, `8 MiB at 4 MiB/s took ${ms.toFixed(0)} ms`)
  })

  it('fails the task, naming the VM and disk, when the disk changed size; both leases come back', async function () {
    const file = join(dir, 'shrunk.raw')
    await writeImage(file, 4 * MiB, MiB, () => 'text')
    await truncate(file, 3 * MiB)
    const releases = scheduler.of('leaseRelease').length
    const { result } = await backup({ size: 4 * MiB, source: file, vm: 'db01', disk: 1, diskName: 'vdb' })
    assert.equal(result.ok, false)
    assert.match(result.error!, /disk 1 \(vdb\) of VM "db01"/)
    assert.match(result.error!, /changed|size/)
    assert.equal(result.stagedId, '')
    await waitFor(() => scheduler.of('leaseRelease').length >= releases + 2, 10_000, 'both lease releases')
    assert.equal(proxyLeases.active + proxyLeases.reserved, 0)
    assert.equal(repoLeases.active + repoLeases.reserved, 0)
  })

  it('fails the task when the repository holds no such lease, and the repository keeps working', async function () {
    const file = join(dir, 'small.raw')
    await writeImage(file, 2 * MiB, MiB, () => 'random')
    const { result } = await backup({ size: 2 * MiB, source: file }, { repositoryLease: 'forged-lease' })
    assert.equal(result.ok, false)
    assert.match(result.error!, /no lease forged-lease/)
    assert.match(result.error!, /VM "web01"/)
    assert.equal(proxyLeases.active + proxyLeases.reserved, 0)

    const ok = await backup({ size: 2 * MiB, source: file })
    assert.equal(ok.result.ok, true, ok.result.error ?? '')
  })

  it('answers an assignment without a proxy lease with a failed result and starts nothing', async function () {
    const { result } = await backup({ size: 2 * MiB, source: join(dir, 'small.raw') }, { proxyLease: 'no-such-lease', repositoryLease: 'unused' })
    assert.equal(result.ok, false)
    assert.match(result.error!, /no lease no-such-lease/)
    assert.equal(proxyLeases.active, 0)
  })

  it('cancels a move when its signal aborts; the repository drops the staged disk and frees the slot', async function () {
    const file = join(dir, 'cancelled.raw')
    await writeImage(file, 16 * MiB, MiB, () => 'random')
    const taskId = 'cancel-1'
    const answer = repoLeases.request({ taskId, holder: scheduler.address })
    assert.ok('leaseGrant' in answer)
    const controller = new AbortController()
    const move = new DiskMove({
      libp2p: nodes[0],
      task: { taskId, vm: 'web01', disk: 3, size: 16 * MiB, source: file, blockSize: MiB, compression: 'none', rateLimitBps: 4 * MiB },
      repositoryPeer: repoPeer,
      repositoryLease: answer.leaseGrant.leaseId!,
      signal: controller.signal
    })
    const running = move.run()
    await waitFor(() => move.blocksDone >= 2, 10_000, 'two blocks to go out')
    controller.abort(new Error('session stopped'))
    await assert.rejects(running, (err: DiskMoveError) => {
      assert.equal(err.code, 'ERR_TASK_CANCELLED')
      assert.match(err.message, /disk 3 of VM "web01" was cancelled after \d+ of 16 blocks/)
      return true
    })
    await waitFor(() => repoLeases.active + repoLeases.reserved === 0, 10_000, 'the repository lease to come back')
    await waitFor(() => repo.stats().openWriters === 0, 10_000, 'the writer to be dropped')
  })

  it('names the repository it cannot reach', async function () {
    const stranger = await startNode()
    try {
      await introduce(nodes[0], stranger)
      const move = new DiskMove({
        libp2p: nodes[0],
        task: { taskId: 'x', vm: 'web01', disk: 0, size: 2 * MiB, source: join(dir, 'small.raw'), blockSize: MiB },
        repositoryPeer: stranger.peerId.toString(),
        repositoryLease: 'l'
      })
      await assert.rejects(move.run(), (err: DiskMoveError) => {
        assert.equal(err.code, 'ERR_PIPE_UNREACHABLE')
        assert.match(err.message, new RegExp(`backup of disk 0 of VM "web01" failed: cannot open a data pipe to repository ${stranger.peerId.toString()}`))
        return true
      })
      assert.equal(move.pipeOpened, false)
    } finally {
      await stranger.stop()
    }
  })
})
