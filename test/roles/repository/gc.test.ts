/**
 * Tests for point deletion and garbage collection (roles/repository/gc.ts, Repository.deletePoints,
 * Repository.gc, Repository.hold): real LevelDB and packs in temp folders; restores through the
 * real restore protocol between two libp2p nodes on 127.0.0.1.
 */
import assert from 'node:assert/strict'
import { readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Libp2p } from '@libp2p/interface'
import { handleRestore, restoreDisk, RESTORE_PROTOCOL } from '../../../protocols/restore.ts'
import { Repository, RepositoryError, type GcResult } from '../../../roles/repository/store.ts'
import { startNodes, stopNodes } from '../../helpers/libp2p.ts'
import { Inbox } from '../../helpers/datapath.ts'
import { ActorSystem } from '../../../node/runtime/actors/system.ts'
import type { ActorError } from '../../../node/runtime/actors/errors.ts'
import { LeaseTable } from '../../../node/runtime/leases.ts'
import { repositoryActor } from '../../../roles/repository/actor.ts'
import { BS, header, makeImage, restoreImage, sendImage, sha, TempDirs, within } from './helpers.ts'

function code (c: string): (err: unknown) => boolean {
  return (err: unknown) => {
    assert.ok(err instanceof RepositoryError, `expected a RepositoryError, got ${String(err)}`)
    assert.equal(err.code, c, err.message)
    return true
  }
}

/** Digests (hex) of the data blocks of an image. */
function digestsOf (img: Buffer): Set<string> {
  const out = new Set<string>()
  for (let at = 0; at < img.length; at += BS) {
    const raw = img.subarray(at, Math.min(img.length, at + BS))
    if (!raw.every(b => b === 0)) out.add(sha(raw).toString('hex'))
  }
  return out
}

/** Pack id → size of every pack file of the repository at `dir`. */
async function packFiles (dir: string): Promise<Map<string, number>> {
  const out = new Map<string, number>()
  for (const sub of await readdir(join(dir, 'packs'))) {
    for (const f of await readdir(join(dir, 'packs', sub))) out.set(f.slice(0, -5), (await stat(join(dir, 'packs', sub, f))).size)
  }
  return out
}

async function stored (repo: Repository, hex: string): Promise<boolean> {
  try {
    await repo.readBlock(Buffer.from(hex, 'hex'))
    return true
  } catch (err) {
    if ((err as RepositoryError).code === 'ERR_MISSING_BLOCK') return false
    throw err
  }
}

function withoutTime (r: GcResult): Omit<GcResult, 'durationMs'> {
  const { durationMs: _, ...rest } = r
  return rest
}

describe('roles/repository: point deletion and garbage collection', function () {
  this.timeout(30_000)
  const temp = new TempDirs()
  let dir: string
  let repo: Repository

  /** Backs `img` up as one point of `vm` (one writer, so its new blocks go to one new pack). */
  async function backup (img: Buffer, vm = 'web-1', basePoint = ''): Promise<string> {
    const w = await repo.beginDisk(header({ size: img.length, vm, basePoint }))
    const r = await sendImage(w, img)
    return (await repo.commitPoint({ job: 'nightly', sessionId: 's1', vm, stagedIds: [r.stagedId] })).id
  }

  /**
   * A: 8 blocks (pack 1); B: A's first 2 blocks and 6 new ones (pack 2); C: 4 new blocks
   * (pack 3). Deleting A and C leaves pack 1 a quarter live and pack 3 dead.
   */
  async function threePoints (): Promise<{ a: string, b: string, c: string, imgA: Buffer, imgB: Buffer, imgC: Buffer }> {
    const imgA = makeImage(8 * BS)
    const imgB = Buffer.concat([imgA.subarray(0, 2 * BS), makeImage(6 * BS)])
    const imgC = makeImage(4 * BS)
    const a = await backup(imgA)
    const b = await backup(imgB)
    const c = await backup(imgC, 'db-1')
    return { a, b, c, imgA, imgB, imgC }
  }

  beforeEach(async () => {
    dir = join(await temp.make(), 'repo')
    repo = await Repository.open({ path: dir, name: 'main', create: true })
  })
  afterEach(async () => {
    await repo.close()
    await temp.cleanup()
  })

  it('deleting points then collecting frees exactly the blocks only they referenced', async () => {
    const { a, b, c, imgA, imgB, imgC } = await threePoints()
    assert.equal((await packFiles(dir)).size, 3)
    const deleted = await repo.deletePoints([a, c])
    assert.deepEqual(deleted, { deleted: [a, c], kept: [], locked: [] })
    assert.deepEqual((await repo.listPoints()).map(p => p.id), [b])
    await assert.rejects(repo.getPoint(a), code('ERR_NO_SUCH_POINT'))
    assert.deepEqual((await readdir(join(dir, 'points'))).sort(), [`${b}.point`])

    const report = await repo.gc()
    assert.equal(report.repository, 'main')
    assert.equal(report.blocksRemoved, 6 + 4)
    assert.equal(report.packsRewritten, 1)
    assert.equal(report.packsDeleted, 1)
    assert.ok(report.bytesFreed > 0)
    assert.deepEqual(report.problems, [])

    const onlyGone = [...digestsOf(imgA), ...digestsOf(imgC)].filter(d => !digestsOf(imgB).has(d))
    assert.equal(onlyGone.length, 10)
    for (const d of onlyGone) assert.equal(await stored(repo, d), false, `block ${d} should be gone`)
    for (const d of digestsOf(imgB)) assert.equal(await stored(repo, d), true, `block ${d} should survive`)
    assert.equal((await packFiles(dir)).size, 2)
    assert.equal((await repo.verify(b)).ok, true)
    assert.ok((await restoreImage(repo, b)).equals(imgB))

    // survives a reopen, and a second collection finds nothing left to do
    await repo.close()
    repo = await Repository.open({ path: dir, name: 'main' })
    assert.ok((await restoreImage(repo, b)).equals(imgB))
    const again = await repo.gc()
    assert.deepEqual([again.blocksRemoved, again.packsRewritten, again.packsDeleted, again.bytesFreed], [0, 0, 0, 0])
  })

  it('keeps blocks deduplicated between points when one of them is deleted', async () => {
    const img = makeImage(6 * BS, { zeroBlocks: [2] })
    const first = await backup(img)
    const second = await backup(img, 'web-2') // every block deduplicated
    assert.equal((await packFiles(dir)).size, 1) // the second writer stored nothing
    assert.deepEqual((await repo.deletePoints([first])).deleted, [first])
    const report = await repo.gc()
    assert.equal(report.blocksRemoved, 0)
    assert.equal(report.packsRewritten, 0)
    assert.equal(report.packsDeleted, 0)
    assert.equal(report.bytesFreed, 0)
    assert.equal((await repo.verify(second)).ok, true)
    assert.ok((await restoreImage(repo, second)).equals(img))
  })

  it('reports unknown and invalid ids as kept, and deletes a point once', async () => {
    const p = await backup(makeImage(2 * BS))
    const r = await repo.deletePoints([p, p, 'nope', '../etc'])
    assert.deepEqual(r.deleted, [p])
    assert.deepEqual(r.kept, ['nope: no such point', '../etc: not a valid point id'])
    assert.deepEqual((await repo.deletePoints([p])).kept, [`${p}: no such point`])
  })

  it('keeps the base point of an open writer until the writer is done', async () => {
    const img = makeImage(4 * BS)
    const base = await backup(img)
    const writer = await repo.beginDisk(header({ size: img.length, basePoint: base }))
    const r = await repo.deletePoints([base])
    assert.deepEqual(r.deleted, [])
    assert.equal(r.kept.length, 1)
    assert.match(r.kept[0]!, new RegExp(`^${base}: it is the base of a backup in progress$`))
    await writer.abort()
    assert.deepEqual((await repo.deletePoints([base])).deleted, [base])
  })

  it('refuses to collect while a disk is being written, and a new disk waits for a running collection', async () => {
    const img = makeImage(4 * BS)
    const p = await backup(img)
    const writer = await repo.beginDisk(header({ size: img.length }))
    await assert.rejects(repo.gc(), code('ERR_REPOSITORY_BUSY'))
    await writer.abort()
    await repo.deletePoints([p])

    const order: string[] = []
    const gc = repo.gc().then(r => { order.push('gc'); return r })
    await assert.rejects(repo.gc(), code('ERR_REPOSITORY_BUSY')) // one at a time
    const begun = repo.beginDisk(header({ size: img.length })).then(w => { order.push('beginDisk'); return w })
    const [report, w2] = await within(Promise.all([gc, begun]))
    assert.deepEqual(order, ['gc', 'beginDisk'])
    assert.equal(report.blocksRemoved, 4)
    // the collected blocks are stored again, not deduplicated against entries GC removed
    const staged = await sendImage(w2, img)
    assert.equal(staged.blocksStored, 4)
    const again = (await repo.commitPoint({ job: 'nightly', sessionId: 's2', vm: 'web-1', stagedIds: [staged.stagedId] })).id
    assert.ok((await restoreImage(repo, again)).equals(img))
  })

  it('a dry run reports what a collection would do and changes nothing', async () => {
    const { a, b, c, imgA } = await threePoints()
    await repo.deletePoints([a, c])
    const packsBefore = await packFiles(dir)
    const dry = await repo.gc({ dryRun: true })
    assert.deepEqual(await packFiles(dir), packsBefore)
    for (const d of digestsOf(imgA)) assert.equal(await stored(repo, d), true)
    const real = await repo.gc()
    assert.deepEqual(withoutTime(dry), withoutTime(real))
    assert.equal((await repo.verify(b)).ok, true)
  })

  it('compacts a mostly-dead pack: survivors move to a new pack and still verify', async () => {
    const { a, b, imgB } = await threePoints()
    const before = await packFiles(dir)
    await repo.deletePoints([a])
    const report = await repo.gc()
    assert.equal(report.packsRewritten, 1)
    assert.equal(report.packsDeleted, 0)
    const after = await packFiles(dir)
    const gone = [...before.keys()].filter(id => !after.has(id))
    const added = [...after.keys()].filter(id => !before.has(id))
    assert.equal(gone.length, 1)
    assert.equal(added.length, 1)
    assert.ok(after.get(added[0]!)! < before.get(gone[0]!)! / 2, 'the new pack holds a quarter of the old one')
    assert.equal(report.bytesFreed, before.get(gone[0]!)! - after.get(added[0]!)!)
    assert.equal((await repo.verify(b)).ok, true)
    assert.ok((await restoreImage(repo, b)).equals(imgB))
    // a pack above the threshold is left alone
    const none = await repo.gc({ compactBelow: 0.5 })
    assert.equal(none.packsRewritten, 0)
  })

  for (const crashAt of ['pack-written', 'pack-indexed'] as const) {
    it(`a crash at ${crashAt} leaves a readable repository and the next collection cleans up`, async () => {
      const { a, b, c, imgB } = await threePoints()
      await repo.deletePoints([a])
      const before = await packFiles(dir)
      await assert.rejects(repo.gc({ onStep: (step) => { if (step === crashAt) throw new Error('simulated crash') } }), /simulated crash/)
      const crashed = await packFiles(dir)
      assert.equal(crashed.size, before.size + 1, 'old pack and its copy both on disk')

      await repo.close()
      repo = await Repository.open({ path: dir, name: 'main' })
      assert.equal((await repo.verify(b)).ok, true)
      assert.equal((await repo.verify(c)).ok, true)
      assert.ok((await restoreImage(repo, b)).equals(imgB))

      const report = await repo.gc()
      assert.deepEqual(report.problems, [])
      if (crashAt === 'pack-written') {
        // the copy was never indexed: deleted; the old pack is still mostly dead: rewritten again
        assert.equal(report.packsDeleted, 1)
        assert.equal(report.packsRewritten, 1)
      } else {
        // the index had moved: the old pack is the orphan
        assert.equal(report.packsDeleted, 1)
        assert.equal(report.packsRewritten, 0)
      }
      assert.equal((await packFiles(dir)).size, before.size)
      assert.equal((await repo.verify(b)).ok, true)
      assert.equal((await repo.verify(c)).ok, true)
      assert.ok((await restoreImage(repo, b)).equals(imgB))
    })
  }

  it('keeps the blocks of staged disks, and removes staged disks abandoned for a week', async () => {
    const img = makeImage(3 * BS)
    const w = await repo.beginDisk(header({ size: img.length }))
    const { stagedId } = await sendImage(w, img)
    assert.equal((await repo.gc()).blocksRemoved, 0)
    const path = join(dir, 'staging', `${stagedId}.disk`)
    const old = new Date(Date.now() - 8 * 24 * 3600_000)
    await utimes(path, old, old)
    const report = await repo.gc()
    assert.equal(report.blocksRemoved, 3)
    assert.equal(report.packsDeleted, 1)
    assert.deepEqual(await readdir(join(dir, 'staging')), [])
  })

  it('removes nothing when a point file is damaged', async () => {
    const { a, b } = await threePoints()
    await repo.deletePoints([a])
    const path = join(dir, 'points', `${b}.point`)
    const bytes = await readFile(path)
    bytes[10]! ^= 0xff
    await writeFile(path, bytes)
    const before = await packFiles(dir)
    const report = await repo.gc()
    assert.equal(report.blocksRemoved, 0)
    assert.equal(report.problems.length, 1)
    assert.match(report.problems[0]!, /unreadable.*removed nothing/)
    assert.deepEqual(await packFiles(dir), before)
  })

  describe('with the restore protocol', () => {
    let nodes: Libp2p[] = []
    before(async () => { nodes = await startNodes(2) })
    after(async () => { await stopNodes(nodes) })
    afterEach(async () => { await nodes[1]!.unhandle(RESTORE_PROTOCOL) })

    it('keeps a point being restored, and collecting meanwhile does not disturb the restore', async () => {
      const { a, b, imgA } = await threePoints()
      let open!: () => void
      const gate = new Promise<void>(resolve => { open = resolve })
      let reading!: () => void
      const firstRead = new Promise<void>(resolve => { reading = resolve })
      let released!: () => void
      const done = new Promise<void>(resolve => { released = resolve })
      await handleRestore(nodes[1]!, {
        getPoint: async id => await repo.getPoint(id),
        digestAlgorithm: repo.digestAlgorithm,
        readBlock: async d => { reading(); await gate; return await repo.readBlock(d) },
        hold: id => {
          const release = repo.hold(id)
          return () => { release(); released() }
        }
      })
      const to = join(await temp.make(), 'a.raw')
      const restore = restoreDisk({ libp2p: nodes[0]!, peerId: nodes[1]!.peerId, pointId: a, vm: 'web-1', disk: 0, to })
      await within(firstRead)

      const r = await repo.deletePoints([a, b])
      assert.deepEqual(r.deleted, [b])
      assert.deepEqual(r.kept, [`${a}: it is being restored`])
      const report = await repo.gc()
      assert.deepEqual(report.problems, [])
      assert.equal(report.blocksRemoved, 6) // B's own blocks; A's all live
      open()
      await within(restore)
      assert.ok((await readFile(to)).equals(imgA))
      await within(done)
      assert.deepEqual((await repo.deletePoints([a])).deleted, [a])
    })
  })

  describe('through the repository actor', () => {
    const PEER = '12D3KooWRm8J3iL796zPFi2EtGGtUJn58AG67gcqzMFHZnnsTzqD'
    let system: ActorSystem
    let leases: LeaseTable
    let actor: string
    let inbox: Inbox

    beforeEach(() => {
      leases = new LeaseTable({ slots: 1, peerId: PEER, name: 'repository' })
      system = new ActorSystem({ peerId: PEER })
      actor = system.spawn('repository', repositoryActor({ repo, leases, name: 'main', peerId: PEER }))
      inbox = new Inbox(system, 'admin')
    })
    afterEach(async () => {
      await system.stop()
      leases.close()
    })

    it('answers deletePoints, and reports a collection (or why it could not run) to the requester', async () => {
      const { a, c, imgA } = await threePoints()
      const reply = await system.ask(actor, { deletePoints: { pointIds: [a, 'ghost'] } })
      assert.deepEqual(reply.pointsDeleted?.deleted, [a])
      assert.deepEqual(reply.pointsDeleted?.kept, ['ghost: no such point'])

      const ack = await system.ask(actor, { gcRequest: { repository: 'main', dryRun: true } }, { from: inbox.address })
      assert.ok(ack.ok != null)
      const dry = (await inbox.next('gcReport')).gcReport!
      assert.equal(dry.repository, 'main')
      assert.equal(dry.blocksRemoved, 6)
      assert.equal(await stored(repo, sha(imgA.subarray(5 * BS, 6 * BS)).toString('hex')), true, 'a dry run removes nothing')

      const writer = await repo.beginDisk(header({ size: BS }))
      await system.ask(actor, { gcRequest: {} }, { from: inbox.address })
      const busy = (await inbox.next('gcReport', m => m.gcReport!.problems!.length > 0)).gcReport!
      assert.match(busy.problems![0]!, /disks being written/)
      await writer.abort()

      await system.ask(actor, { gcRequest: {} }, { from: inbox.address })
      const real = (await inbox.next('gcReport', m => m.gcReport !== dry && m.gcReport !== busy)).gcReport!
      assert.equal(real.blocksRemoved, 6)
      assert.deepEqual(real.problems ?? [], [])
      assert.equal(await stored(repo, sha(imgA.subarray(5 * BS, 6 * BS)).toString('hex')), false)
      assert.equal((await repo.verify(c)).ok, true)

      await assert.rejects(system.ask(actor, { gcRequest: { repository: 'other' } }, { from: inbox.address }), (err: ActorError) => err.code === 'ERR_NO_SUCH_REPOSITORY')
      await assert.rejects(system.ask(actor, { gcRequest: {} }), (err: ActorError) => err.code === 'ERR_NO_SENDER')
    })
  })
})
