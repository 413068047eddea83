/**
 * A retry resumes from the blocks an earlier attempt made durable: the resume journal of a task
 * (resume-journal.ts), kept by an aborted writer, a crashed repository (a checkpointed pack) or a
 * writer superseded by the next attempt; GC keeps its blocks; a damaged journal resumes less,
 * never wrongly.
 */
import assert from 'node:assert/strict'
import { readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { BlockCipher } from '../../../node/core/crypto/block-cipher.ts'
import { Repository } from '../../../roles/repository/store.ts'
import { parseJournal, resumePath, toRanges } from '../../../roles/repository/resume-journal.ts'
import { BS, header, makeImage, pipeBlock, restoreImage, TempDirs } from './helpers.ts'

describe('roles/repository: resuming a task from its journal', () => {
  const temp = new TempDirs()
  let dir: string
  let repo: Repository | undefined

  beforeEach(async () => {
    dir = join(await temp.make(), 'repo')
    // a pack per 16 blocks: the first attempt makes some durable before it dies
    repo = await Repository.open({ path: dir, name: 'main', create: true, packLimit: 16 * BS })
  })
  afterEach(async () => {
    await repo?.close()
    repo = undefined
    await temp.cleanup()
  })

  const size = 64 * BS
  const task = (attempt: number): ReturnType<typeof header> => header({ size, taskId: `s1.t1.a${attempt}`, resumeKey: 's1.t1' })

  it('an aborted attempt keeps what it stored; the next sends only the rest and its disk restores bit-exact', async () => {
    const img = makeImage(size, { zeroBlocks: [3, 40] })
    const first = await repo!.beginDisk(task(1))
    for (let i = 0; i < 40; i++) await first.putBlock(await pipeBlock(img, i))
    await first.abort({ keep: true })

    const second = await repo!.beginDisk(task(2))
    const resumed = new Set(second.resumed.blocks.map(r => r.at))
    // all 40 blocks: 32 in rolled packs, the last 8 in the pack the abort made durable
    assert.equal(resumed.size, 40)
    assert.deepEqual(second.resumedRanges(), [0, 40])
    let sent = 0
    for (let i = 0; i < 64; i++) {
      if (resumed.has(i)) continue
      await second.putBlock(await pipeBlock(img, i))
      sent++
    }
    assert.equal(sent, 24)
    const { stagedId } = await second.finish()
    assert.deepEqual((await readdir(join(dir, 'staging'))).filter(f => f.endsWith('.resume')), [], 'a staged disk needs no journal')
    const point = await repo!.commitPoint({ sessionId: 's1', job: 'nightly', vm: 'web-1', stagedIds: [stagedId] })
    assert.ok((await restoreImage(repo!, point.id, 0)).equals(img))
  })

  it('an attempt under another data key does not resume from a journal of plain blocks; one under the same key does', async () => {
    const img = makeImage(size)
    const first = await repo!.beginDisk(task(1))
    for (let i = 0; i < 20; i++) await first.putBlock(await pipeBlock(img, i))
    await first.abort({ keep: true })
    const cipher = new BlockCipher(randomBytes(32))
    const sealedTask = (attempt: number): ReturnType<typeof header> => ({ ...task(attempt), keyFingerprint: cipher.fingerprint })
    const second = await repo!.beginDisk(sealedTask(2))
    assert.deepEqual(second.resumedRanges(), [], 'plain blocks are no part of an encrypted disk')
    for (let i = 0; i < 5; i++) {
      const raw = img.subarray(i * BS, (i + 1) * BS)
      const id = cipher.blockId(raw)
      await second.putBlock({ index: i, digest: id, rawLength: BS, compression: 'none', sealed: true, data: cipher.seal(id, raw) })
    }
    await second.abort({ keep: true })
    const third = await repo!.beginDisk(sealedTask(3))
    assert.deepEqual(third.resumedRanges(), [0, 5])
    assert.equal(parseJournal(await readFile(resumePath(dir, 's1.t1')))?.geometry.keyFingerprint, cipher.fingerprint)
    await third.abort()
  })

  it('after a crash only what the journal names resumes; GC keeps those blocks for the retry and drops the rest', async () => {
    const img = makeImage(size)
    const first = await repo!.beginDisk(task(1))
    for (let i = 0; i < 40; i++) await first.putBlock(await pipeBlock(img, i))
    // the daemon dies: no abort runs; the two rolled packs (blocks 0-31) are durable and journaled
    await waitForJournal(dir, 's1.t1', 32)
    const journal = await readFile(resumePath(dir, 's1.t1'))
    await repo!.close()
    await writeFile(resumePath(dir, 's1.t1'), journal)   // as the crash left it, not as close() kept it
    repo = await Repository.open({ path: dir, name: 'main', packLimit: 16 * BS })
    const second = await repo.beginDisk(task(2))
    assert.deepEqual(second.resumedRanges(), [0, 32])
    await second.abort({ keep: true })

    // close() made blocks 32-39 durable too, but the journal the crash left does not name them
    const gc = await repo.gc()
    assert.equal(gc.blocksRemoved, 8, 'only blocks no journal names are collected')
    const third = await repo.beginDisk(task(3))
    assert.deepEqual(third.resumedRanges(), [0, 32], 'the journaled blocks outlived GC')
    await third.abort()
  })

  it('the next attempt supersedes one still receiving, and resumes from it', async () => {
    const img = makeImage(size)
    const first = await repo!.beginDisk(task(1))
    for (let i = 0; i < 20; i++) await first.putBlock(await pipeBlock(img, i))
    const second = await repo!.beginDisk(task(2))
    assert.deepEqual(second.resumedRanges(), [0, 20])
    await assert.rejects(first.putBlock(await pipeBlock(img, 21)), /aborted/)
    await second.abort()
  })

  it('a journal of another geometry or a damaged tail resumes less, never a wrong block', async () => {
    const img = makeImage(size)
    const first = await repo!.beginDisk(task(1))
    for (let i = 0; i < 48; i++) await first.putBlock(await pipeBlock(img, i))
    await first.abort({ keep: true })
    const path = resumePath(dir, 's1.t1')
    const whole = parseJournal(await readFile(path))!
    assert.equal(whole.blocks.length, 48)
    // a torn last batch: the records before it still count
    const { size: bytes } = await stat(path)
    await truncate(path, bytes - 3)
    const torn = parseJournal(await readFile(path))!
    assert.ok(torn.blocks.length < 48 && torn.blocks.every((b, i) => b.digest.equals(whole.blocks[i]!.digest)))
    // another disk size: nothing is resumed
    const other = await repo!.beginDisk(header({ size: size + BS, taskId: 's1.t1.a2', resumeKey: 's1.t1' }))
    assert.deepEqual(other.resumedRanges(), [])
    await other.abort()
  })

  it('a mark covers the unchanged blocks of an incremental once the blocks sent before it are durable', async () => {
    const img = makeImage(size)
    const full = await repo!.beginDisk(header({ size }))
    for (let i = 0; i < 64; i++) await full.putBlock(await pipeBlock(img, i))
    const base = await repo!.commitPoint({ sessionId: 's0', job: 'nightly', vm: 'web-1', stagedIds: [(await full.finish()).stagedId] })
    const changed = Buffer.from(img)
    changed.fill(7, 5 * BS, 6 * BS)
    const incremental = (attempt: number): ReturnType<typeof header> => ({ ...task(attempt), basePoint: base.id })

    const first = await repo!.beginDisk(incremental(1))
    await first.putBlock(await pipeBlock(changed, 5))   // the only changed block, in a pack not yet durable
    first.mark(30)                                      // blocks 0-29 settled: 5 sent, the rest unchanged
    const path = resumePath(dir, 's1.t1')
    assert.equal(parseJournal(await readFile(path))!.settledBelow, 0, 'no mark before block 5 is durable')
    await first.abort({ keep: true })
    assert.equal(parseJournal(await readFile(path))!.settledBelow, 30)

    const second = await repo!.beginDisk(incremental(2))
    assert.deepEqual(second.resumedRanges(), [0, 30])
    second.mark(64)
    const { stagedId } = await second.finish()
    const point = await repo!.commitPoint({ sessionId: 's1', job: 'nightly', vm: 'web-1', stagedIds: [stagedId] })
    assert.ok((await restoreImage(repo!, point.id, 0)).equals(changed), 'the resumed incremental restores bit-exact')
  })

  it('ranges are compact and capped', () => {
    const at = (settledBelow: number, ...n: number[]): { blocks: Array<{ at: number, digest: Buffer }>, settledBelow: number } =>
      ({ blocks: n.map(a => ({ at: a, digest: Buffer.alloc(32) })), settledBelow })
    assert.deepEqual(toRanges(at(0, 0, 1, 2, 5, 6, 9)), [0, 3, 5, 2, 9, 1])
    assert.deepEqual(toRanges(at(0, 0, 1, 2, 5, 6, 9), 2), [0, 3, 5, 2])
    assert.deepEqual(toRanges(at(4, 0, 1, 2, 4, 5, 9)), [0, 6, 9, 1], 'a mark covers what it names, and joins the blocks after it')
  })
})

async function waitForJournal (dir: string, key: string, blocks: number): Promise<void> {
  const deadline = Date.now() + 10_000
  for (;;) {
    const bytes = await readFile(resumePath(dir, key)).catch(() => undefined)
    if (bytes !== undefined && (parseJournal(bytes)?.blocks.length ?? 0) >= blocks) return
    if (Date.now() > deadline) throw new Error(`the journal of ${key} did not reach ${blocks} blocks in 10 s`)
    await new Promise<void>((resolve) => setImmediate(resolve))
  }
}
