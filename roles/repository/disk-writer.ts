/**
 * @packageDocumentation
 * A `DiskWriter` receives the changed blocks of one disk of one backup task, verifies each one
 * (decompress, SHA-256, length), deduplicates it against the whole repository, appends new ones
 * to its own pack files and, on `finish`, makes them durable and writes the staged disk manifest
 * that `Repository.commitPoint` later turns into a restore point.
 *
 * An encrypted disk (its header names a key fingerprint) takes sealed blocks only, and a plain
 * one plain blocks only. A sealed block cannot be decompressed nor hashed here (no key): its
 * frame's checksum, its size and its key's fingerprint are checked instead (sealed-blocks.ts),
 * and it is stored as the frame, flagged sealed.
 *
 * @example
 * ```ts
 * const writer = await repo.beginDisk(header)
 * await Promise.all(blocks.map(b => writer.putBlock(b)))   // several in flight is fine
 * const { stagedId } = await writer.finish()
 * ```
 */
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { PipeBlock } from '../../proto/index.ts'
import type { BlockIndex, IndexEntry } from './block-index.ts'
import { parseCompression, type Compression } from './compression.ts'
import { sealedFrameKey } from '../../node/core/crypto/block-cipher.ts'
import { DIGEST_LENGTH, ZERO_DIGEST, zeroBlockDigest, type DigestAlgorithm } from './digest.ts'
import { codecPool } from '../../node/core/codec-pool.ts'
import { RepositoryError } from './errors.ts'
import { encodeDisk, stagedPath, writeManifest } from './manifests.ts'
import { PackWriter, type PackShipper } from './pack-writer.ts'
import { sealedBlockProblem } from './sealed-blocks.ts'
import type { BlockLocation } from './packs.ts'
import { blockRanges, toRanges, type Resumed, type ResumeJournal } from './resume-journal.ts'
import { WriterJournal } from './writer-journal.ts'

/** A block appended to a pack but not yet in the index: other writers dedup against it. */
export interface PendingBlock extends IndexEntry {
  key: string
  digest: Buffer
  location: BlockLocation
  pack: PackWriter
  owner: DiskWriter
  /** its write failed: it is not in the pack and never indexed */
  lost?: boolean
}

/** Counters shared by the writers of one repository (since it was opened). */
export interface WriterCounters {
  blocksStored: number
  bytesStored: number
  blocksDeduped: number
  blocksZero: number
}

/** What a writer needs from its repository. */
export interface WriterContext {
  root: string
  index: BlockIndex
  /** Blocks pending in every open writer of the repository, by hex digest. */
  pending: Map<string, PendingBlock>
  /** A pack is closed and a new one started once it grows past this many bytes. */
  packLimit: number
  /**
   * ...or once it is this old (ms), so that a journaled writer's blocks become durable, and a
   * retry after a crash resumes from them, at least this often
   */
  checkpointMs: number
  counters: WriterCounters
  /** the repository's block digest: every new plain block is checked by it */
  algorithm: DigestAlgorithm
  /** Called once when the writer finished or aborted. */
  onClosed: (writer: DiskWriter) => void
  /** a bucket-backed repository: a pack is durable once uploaded (closing it does that) */
  ship?: PackShipper
}

/** The disk a writer receives. */
export interface DiskGeometry {
  vm: string
  disk: number
  diskName: string
  size: number
  blockSize: number
  cbtBitmap: string
  /** PipeHeader.key_fingerprint: every block comes sealed under this data key ('': plain) */
  keyFingerprint: string
}

/** The outcome of `finish`, as reported in PipeSummary. */
export interface DiskWriterResult {
  stagedId: string
  blocksReceived: number
  blocksStored: number
  blocksDeduped: number
  blocksZero: number
  bytesStored: number
}

export type PutResult = 'stored' | 'deduped' | 'zero'

type State = 'open' | 'finishing' | 'finished' | 'aborted'

/** Receives one disk's blocks; created by `Repository.beginDisk`. */
export class DiskWriter {
  readonly stagedId: string
  readonly vm: string
  readonly disk: number
  readonly diskName: string
  readonly size: number
  readonly blockSize: number
  readonly cbtBitmap: string
  /** the data key every block is sealed under ('': a plain disk) */
  readonly keyFingerprint: string
  /** ceil(size / blockSize). */
  readonly blocks: number
  /** TaskSpec.resume_key: the task this writer is an attempt of ('' when not journaled) */
  readonly resumeKey: string

  private readonly ctx: WriterContext
  private readonly digests: Buffer
  private readonly required: Set<number>
  private readonly failed = new Set<number>()
  private readonly inflight = new Set<Promise<void>>()
  /** The pack being appended to, and its blocks (indexed when it is closed). */
  private pack: PackWriter | undefined
  private packStarted = 0
  private packBlocks: PendingBlock[] = []
  /** Full packs being synced and indexed. */
  private readonly rolled: Array<Promise<void>> = []
  /** Blocks deduped against another writer's pack that was not indexed yet. */
  private readonly borrowed = new Set<PendingBlock>()
  /** Every pack this writer started: an aborted writer removes the ones nothing else needs. */
  private readonly packs: PackWriter[] = []
  /** what of it is durable, for a retry to resume from (writer-journal.ts) */
  private readonly journal: WriterJournal | undefined
  /** what an earlier attempt left: its blocks are in the digest list already */
  readonly resumed: Resumed
  private state: State = 'open'
  private finishing: Promise<DiskWriterResult> | undefined
  private received = 0
  private stored = 0
  private deduped = 0
  private zero = 0
  private bytes = 0

  /**
   * `digests` is the starting digest list (from the base point, or all zero), owned by the
   * writer from now on; `required` lists blocks the sender must send (their base digest could
   * not be inherited). `journal` and `resumed`: the task's resume journal and what it gave back
   * (the digests of `resumed` are in `digests` already).
   */
  constructor (init: {
    context: WriterContext
    stagedId: string
    geometry: DiskGeometry
    digests: Buffer
    required?: Iterable<number>
    journal?: ResumeJournal
    resumeKey?: string
    resumed?: Resumed
  }) {
    this.ctx = init.context
    this.stagedId = init.stagedId
    this.vm = init.geometry.vm
    this.disk = init.geometry.disk
    this.diskName = init.geometry.diskName
    this.size = init.geometry.size
    this.blockSize = init.geometry.blockSize
    this.cbtBitmap = init.geometry.cbtBitmap
    this.keyFingerprint = init.geometry.keyFingerprint
    this.blocks = Math.ceil(this.size / this.blockSize)
    this.digests = init.digests
    this.required = new Set(init.required ?? [])
    this.journal = init.journal === undefined ? undefined : new WriterJournal(init.journal)
    this.resumeKey = init.resumeKey ?? ''
    this.resumed = init.resumed ?? { blocks: [], settledBelow: 0 }
    if (this.digests.length !== this.blocks * DIGEST_LENGTH) throw new Error('digest list does not match the disk geometry')
  }

  /**
   * Verifies and stores one block (or marks it zero). Resolves once the block is in the OS
   * (stored), found elsewhere (deduped) or marked zero; a block whose bytes do not match its
   * digest is refused with ERR_DIGEST_MISMATCH and nothing is stored (a sealed one whose frame
   * is damaged: ERR_SEALED_BLOCK_DAMAGED; of another key: ERR_KEY_MISMATCH; a plain block for an
   * encrypted disk or the reverse: ERR_SEALED_MISMATCH). Several calls may be in
   * flight; `block.data` must stay unchanged until the call settles.
   */
  putBlock (block: PipeBlock): Promise<PutResult> {
    if (this.state !== 'open') return Promise.reject(this.closedError())
    const index = block.index ?? 0
    if (!Number.isSafeInteger(index) || index < 0 || index >= this.blocks) {
      return Promise.reject(new RepositoryError('ERR_BLOCK_OUT_OF_RANGE',
        `block ${index} is beyond disk ${this.disk} of ${this.vm} (${this.blocks} blocks)`, { subject: `block ${index}` }))
    }
    const seq = this.received++
    this.journal?.started(seq)
    const result = this.put(index, block, seq).then(r => {
      this.failed.delete(index)
      this.required.delete(index)
      return r
    }, (err: unknown) => {
      this.failed.add(index)
      throw err
    })
    const settled = result.then(() => {}, () => {})
    this.inflight.add(settled)
    void settled.then(() => this.inflight.delete(settled))
    return result
  }

  /**
   * Waits for the blocks in flight, then: packs fsynced → index entries written (synced batch)
   * → staged manifest written atomically. Fails with ERR_INCOMPLETE_DISK when a block failed or
   * a required block was not sent; a failed finish aborts the writer.
   */
  finish (): Promise<DiskWriterResult> {
    if (this.state !== 'open') return Promise.reject(this.closedError())
    this.state = 'finishing'
    this.finishing = this.complete()
    return this.finishing
  }

  /**
   * Ends the writer without a staged manifest: the blocks put so far that were accepted are made
   * durable and indexed (their entries replace damaged ones and clear the marks, as a backup's
   * would), refused ones are left out. A repair stores good copies of damaged blocks this way:
   * the points already name them, so no manifest is needed. Resolves to the blocks stored.
   */
  async finishBlocks (): Promise<number> {
    if (this.state !== 'open') throw this.closedError()
    this.state = 'finishing'
    this.finishing = this.completeWith(async () => {
      await Promise.all([...this.inflight])
      // refused blocks are left out: their places keep the damaged copy's mark
      await this.makeDurable(this.packBlocks.filter(b => !b.lost))
      return ''
    })
    return (await this.finishing).blocksStored
  }

  /**
   * The blocks the sender must still send whatever its digest compare or CBT says (their base
   * copy is damaged or missing, or their length changed), as [first, count, ...] for the proxy
   * (PipeDigests.repair_ranges).
   */
  requiredRanges (): number[] {
    return blockRanges([...this.required].sort((a, b) => a - b))
  }

  /** The resumed blocks as [first, count, ...] for the proxy (PipeDigests.resumed_ranges). */
  resumedRanges (): number[] {
    return toRanges(this.resumed)
  }

  /**
   * A PipeMark: every block below `below` was put before this call or is as the base says. It is
   * journaled once the blocks put before it are durable.
   */
  mark (below: number): void {
    if (this.journal === undefined || this.state !== 'open' || below > this.blocks) return
    this.journal.mark(below, this.received)
  }

  /** The packs this writer may still write to (not closed yet). */
  get openPackIds (): string[] {
    return this.packs.filter(p => !p.finished).map(p => p.id)
  }

  /** Bytes of new blocks appended to packs so far. */
  get bytesWritten (): number {
    return this.bytes
  }

  /**
   * Drops the writer: nothing becomes visible. With `keep` (and a resume journal), the blocks it
   * stored are made durable and journaled, so that a retry of the task does not send them again.
   * Otherwise its packs that are not indexed and that no other writer borrowed from are removed at
   * once (a disk that did not fit must give its space back); the others stay, unreferenced, for GC.
   */
  async abort (options: { keep?: boolean } = {}): Promise<void> {
    if (this.state === 'finishing') {
      const ok = await this.finishing!.then(() => true, () => false)
      if (ok) await rm(stagedPath(this.ctx.root, this.stagedId), { force: true })
      this.state = 'aborted'
      return
    }
    if (this.state !== 'open') return
    this.state = 'aborted'
    await Promise.all([...this.inflight])
    if (options.keep === true && this.journal !== undefined) await this.checkpoint().catch(() => {})
    await this.release()
  }

  /** For Repository.close(): aborts an open writer (keeping what a retry can resume from), lets one that is finishing complete. */
  async shutdown (): Promise<void> {
    if (this.state === 'finishing') await this.finishing!.then(() => {}, () => {})
    else await this.abort({ keep: true })
  }

  /** Syncs and indexes the pack being appended to, as a roll does; a failure leaves it to be reclaimed. */
  private async checkpoint (): Promise<void> {
    await Promise.allSettled(this.rolled)
    const pack = this.pack
    if (pack === undefined || pack.indexed) return
    await pack.close()
    const blocks = this.packBlocks.filter(b => !b.lost)
    await this.ctx.index.putMany(blocks)
    pack.indexed = true
  }

  private async complete (): Promise<DiskWriterResult> {
    return await this.completeWith(async () => {
      await Promise.all([...this.inflight])
      if (this.failed.size > 0) {
        const first = smallest(this.failed)
        throw new RepositoryError('ERR_INCOMPLETE_DISK',
          `disk ${this.disk} of ${this.vm} is incomplete: block ${first} was refused (${this.failed.size} blocks in all); send it again or abort`,
          { subject: `block ${first}` })
      }
      if (this.required.size > 0) {
        const first = smallest(this.required)
        throw new RepositoryError('ERR_INCOMPLETE_DISK',
          `disk ${this.disk} of ${this.vm} is incomplete: block ${first} spans the old and the new end of the disk and must be sent when the disk size changes`,
          { subject: `block ${first}` })
      }
      await this.makeDurable(this.packBlocks)
      await writeManifest({
        root: this.ctx.root,
        path: stagedPath(this.ctx.root, this.stagedId),
        bytes: encodeDisk({ index: this.disk, name: this.diskName, size: this.size, blockSize: this.blockSize, digests: this.digests, cbtBitmap: this.cbtBitmap, keyFingerprint: this.keyFingerprint })
      })
      return this.stagedId
    })
  }

  /** Runs a finish's `work` (resolving to the staged id, '' for none); a failure aborts the writer, success ends it. */
  private async completeWith (work: () => Promise<string>): Promise<DiskWriterResult> {
    let stagedId: string
    try {
      stagedId = await work()
    } catch (err) {
      this.state = 'aborted'
      await this.release()
      throw err
    }
    this.state = 'finished'
    await this.journal?.remove().catch(() => {})
    await this.release()
    return { stagedId, blocksReceived: this.received, blocksStored: this.stored, blocksDeduped: this.deduped, blocksZero: this.zero, bytesStored: this.bytes }
  }

  /**
   * Packs synced (uploaded, for a bucket) → index entries of `own` and of the blocks borrowed
   * from other writers' packs in one synced batch. A borrowed block is durable once that pack is,
   * even if its writer later aborts: its entry is written here too.
   */
  private async makeDurable (own: PendingBlock[]): Promise<void> {
    await Promise.all(this.rolled)
    await this.pack?.close()
    const borrowed = [...this.borrowed].filter(b => !b.pack.indexed)
    const lent = [...new Set(borrowed.map(b => b.pack))]
    // in a bucket a pack is durable only once uploaded whole: its writer starts a new one
    if (this.ctx.ship !== undefined) for (const b of borrowed) b.owner.sealPack(b.pack)
    await Promise.all(lent.map(async p => { await (this.ctx.ship !== undefined ? p.close() : p.sync()) }))
    await this.ctx.index.putMany([...own, ...borrowed])
    if (this.pack !== undefined) this.pack.indexed = true
  }

  private async put (index: number, block: PipeBlock, seq: number): Promise<PutResult> {
    const at = index * DIGEST_LENGTH
    if (block.zero === true) return this.markZero(at, seq)
    const expected = Math.min(this.blockSize, this.size - index * this.blockSize)
    const claimed = block.digest
    if (claimed == null || claimed.byteLength !== DIGEST_LENGTH) {
      throw new RepositoryError('ERR_BAD_ARGUMENT', `block ${index} has no valid 32-byte digest`, { subject: `block ${index}` })
    }
    const rawLength = block.rawLength ?? 0
    if (rawLength !== expected) {
      throw new RepositoryError('ERR_BAD_BLOCK_LENGTH',
        `block ${index} claims ${rawLength} bytes; at its place on a ${this.size}-byte disk with ${this.blockSize}-byte blocks it has ${expected}`,
        { subject: `block ${index}` })
    }
    const compression = parseCompression(block.compression)
    const sealed = this.keyFingerprint !== ''
    if ((block.sealed === true) !== sealed) throw this.sealedMismatch(index, block.sealed === true)
    const data = block.data ?? new Uint8Array(0)
    // a copy: the claimed digest is a view of the whole received frame, which the index entry
    // kept alive until its pack was indexed (hundreds of megabytes)
    const claimedDigest = Buffer.from(claimed)
    if (claimedDigest.equals(zeroBlockDigest(rawLength, this.ctx.algorithm))) return this.markZero(at, seq)

    // A block the repository holds already is not stored again, so its bytes are not checked:
    // the point refers to the copy verified when it was first stored (as PBS does for known
    // chunks). Every block that is stored is decompressed and hashed first.
    const key = claimedDigest.toString('hex')
    let pending = this.ctx.pending.get(key)
    if (pending === undefined) {
      // a copy found damaged is not deduplicated against: this block is stored again
      const indexed = await this.ctx.index.get(claimedDigest)
      if (indexed !== undefined && this.ctx.index.damage(claimedDigest) === undefined) {
        if (indexed.sealed !== sealed) throw this.storedOtherwise(index, indexed.sealed)
        return this.markDeduped(at, claimedDigest, undefined, seq)
      }
      this.checkNotAborted()
      if (sealed) this.checkSealed(index, data, rawLength, compression)
      else await this.verifyPlain(index, data, rawLength, compression, claimedDigest)
      this.checkNotAborted()
      pending = this.ctx.pending.get(key) // appended by someone while we looked
    }
    const digest = claimedDigest
    if (pending !== undefined) {
      if (pending.location.sealed !== sealed) throw this.storedOtherwise(index, pending.location.sealed)
      if (pending.owner !== this) this.borrow(pending)
      return this.markDeduped(at, digest, pending.pack, seq)
    }

    const pack = this.currentPack()
    const { location, written } = pack.append(digest, compression, rawLength, data, sealed)
    const entry: PendingBlock = { key, digest, location, pack, owner: this }
    this.ctx.pending.set(key, entry)
    this.packBlocks.push(entry)
    this.digests.set(digest, at)
    this.stored++
    this.bytes += data.byteLength
    this.ctx.counters.blocksStored++
    this.ctx.counters.bytesStored += data.byteLength
    try {
      await written
    } catch (err) {
      entry.lost = true
      if (this.ctx.pending.get(key) === entry) this.ctx.pending.delete(key)
      throw err
    }
    this.journal?.settle(index, digest, pack, seq)
    return 'stored'
  }

  /** A plain block is stored only once it decompresses to its raw length and hashes to its digest. */
  private async verifyPlain (index: number, data: Uint8Array, rawLength: number, compression: Compression, digest: Buffer): Promise<void> {
    let verified
    try {
      verified = await codecPool().unpack({ input: data, compression, rawLength, algorithm: this.ctx.algorithm })
    } catch (err) {
      throw this.mismatch(index, `its data does not decompress as ${compression} to ${rawLength} bytes`, err)
    }
    if (!verified.digest.equals(digest)) throw this.mismatch(index, 'its bytes do not hash to its digest')
  }

  /**
   * A sealed block is stored once its frame is intact and sealed under the disk's key: that is
   * what the repository can check without the key (its id is checked by the key holder).
   */
  private checkSealed (index: number, frame: Uint8Array, rawLength: number, compression: Compression): void {
    const damage = sealedBlockProblem(frame, { rawLength, compression })
    if (damage !== undefined) {
      throw new RepositoryError('ERR_SEALED_BLOCK_DAMAGED',
        `block ${index} of disk ${this.disk} of ${this.vm} was refused: ${damage} (damaged on its way); nothing was stored`,
        { subject: `block ${index}` })
    }
    const key = sealedFrameKey(frame)
    if (key !== this.keyFingerprint) {
      throw new RepositoryError('ERR_KEY_MISMATCH',
        `block ${index} of disk ${this.disk} of ${this.vm} was refused: it is sealed under key ${key}, the backup under key ${this.keyFingerprint}; nothing was stored`,
        { subject: `block ${index}` })
    }
  }

  private markZero (at: number, seq: number): PutResult {
    this.digests.set(ZERO_DIGEST, at)
    this.zero++
    this.ctx.counters.blocksZero++
    this.journal?.settle(at / DIGEST_LENGTH, ZERO_DIGEST, undefined, seq)
    return 'zero'
  }

  /** `pack`: the pack not indexed yet that holds the block, if it is pending. */
  private markDeduped (at: number, digest: Buffer, pack: PackWriter | undefined, seq: number): PutResult {
    this.digests.set(digest, at)
    this.deduped++
    this.ctx.counters.blocksDeduped++
    this.journal?.settle(at / DIGEST_LENGTH, digest, pack, seq)
    return 'deduped'
  }

  private borrow (entry: PendingBlock): void {
    entry.pack.borrowed = true
    this.borrowed.add(entry)
    if (this.borrowed.size > 4096) for (const b of this.borrowed) if (b.pack.indexed) this.borrowed.delete(b)
  }

  private currentPack (): PackWriter {
    const now = performance.now()
    if (this.pack === undefined || this.pack.size >= this.ctx.packLimit ||
      (this.journal !== undefined && now - this.packStarted >= this.ctx.checkpointMs)) {
      if (this.pack !== undefined) this.roll(this.pack, this.packBlocks)
      this.packStarted = now
      this.pack = new PackWriter({ root: join(this.ctx.root, 'packs'), ship: this.ctx.ship })
      this.packs.push(this.pack)
      this.packBlocks = []
    }
    return this.pack
  }

  /** Another writer needs `pack` durable now (a bucket: uploaded): it is closed and indexed, and the next block starts a new pack. */
  sealPack (pack: PackWriter): void {
    if (this.pack !== pack || this.state !== 'open') return
    this.roll(pack, this.packBlocks)
    this.pack = undefined
    this.packBlocks = []
  }

  /**
   * Syncs and indexes a full pack in the background, so that a writer holds the pending blocks
   * of one pack at most (memory stays flat on a large disk). Until the manifest is written they
   * are unreferenced blocks, as after a crash; other writers may dedup against them already.
   */
  private roll (pack: PackWriter, blocks: PendingBlock[]): void {
    const done = (async () => {
      await pack.close()
      await this.ctx.index.putMany(blocks.filter(b => !b.lost))
      pack.indexed = true
      this.forget(blocks)
      this.journal?.journalDurable()
    })()
    done.catch(() => {}) // surfaces in finish()
    this.rolled.push(done)
  }

  private forget (blocks: PendingBlock[]): void {
    for (const e of blocks) if (this.ctx.pending.get(e.key) === e) this.ctx.pending.delete(e.key)
  }

  /** Closes the packs (synced, so blocks others borrowed stay durable) and leaves the repository. */
  private async release (): Promise<void> {
    await Promise.allSettled(this.rolled)
    await this.pack?.close().catch(() => {})
    this.forget(this.packBlocks)
    // no borrow can start now: the pending blocks are forgotten, and a borrow follows its lookup at once
    if (this.state === 'aborted') {
      this.journal?.journalDurable()
      await this.journal?.close()
      await this.reclaim()
    }
    this.ctx.onClosed(this)
  }

  private async reclaim (): Promise<void> {
    for (const pack of this.packs) {
      if (pack.indexed || pack.borrowed) continue
      await rm(pack.path, { force: true }).catch(() => {})
    }
  }

  private checkNotAborted (): void {
    if (this.state === 'aborted') throw this.closedError()
  }

  private closedError (): RepositoryError {
    return new RepositoryError('ERR_WRITER_CLOSED',
      `the writer of disk ${this.disk} of ${this.vm} (staged ${this.stagedId}) is ${this.state === 'aborted' ? 'aborted' : 'finished'}`,
      { subject: this.stagedId })
  }

  private sealedMismatch (index: number, blockSealed: boolean): RepositoryError {
    const what = `disk ${this.disk} of ${this.vm}`
    return new RepositoryError('ERR_SEALED_MISMATCH', blockSealed
      ? `block ${index} of ${what} was refused: it came sealed, but the backup of ${what} is not encrypted (its header names no key); nothing was stored`
      : `block ${index} of ${what} was refused: it came plain, but the backup of ${what} is encrypted under key ${this.keyFingerprint}; nothing was stored`,
    { subject: `block ${index}` })
  }

  /** The block's id is stored in the other form (plain for a sealed disk, or sealed for a plain one): it cannot be shared. */
  private storedOtherwise (index: number, storedSealed: boolean): RepositoryError {
    return new RepositoryError('ERR_SEALED_MISMATCH',
      `block ${index} of disk ${this.disk} of ${this.vm} was refused: its id is stored ${storedSealed ? 'sealed' : 'plain'} in this repository, and this disk is ${this.keyFingerprint === '' ? 'plain' : 'encrypted'}; nothing was stored`,
      { subject: `block ${index}` })
  }

  private mismatch (index: number, why: string, cause?: unknown): RepositoryError {
    return new RepositoryError('ERR_DIGEST_MISMATCH',
      `block ${index} of disk ${this.disk} of ${this.vm} was refused: ${why}; nothing was stored`,
      { subject: `block ${index}`, cause })
  }
}

function smallest (set: Set<number>): number {
  let min = Infinity
  for (const n of set) if (n < min) min = n
  return min
}
