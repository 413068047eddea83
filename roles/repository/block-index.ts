/**
 * @packageDocumentation
 * The block index: digest → where the block lives (pack id, record offset, stored length, raw
 * length, compression, sealed or not), kept in the repository's LevelDB under the key prefix "b", and the
 * stored blocks found damaged (prefix "d"). Entries are written only after the pack bytes they
 * point at are fsynced (see FORMAT.md, "Index").
 *
 * @example
 * ```ts
 * const index = new BlockIndex({ db })
 * await index.putMany([{ digest, location }])   // one synced batch
 * const where = await index.get(digest)           // undefined when not stored
 * ```
 */
import type { Level } from 'level'
import { compressionCode, compressionFromCode } from './compression.ts'
import { DIGEST_LENGTH } from './digest.ts'
import type { IndexSeal } from './index-seal.ts'
import type { BlockLocation } from './packs.ts'

/** The repository's LevelDB: binary keys and values. */
export type Database = Level<Buffer, Buffer>

const BLOCK_PREFIX = 0x62 // "b"
const DAMAGE_PREFIX = 0x64 // "d"
const ENTRY_VERSION = 1
const ENTRY_LENGTH = 34
/**
 * Bit 7 of an entry's compression byte: the record is sealed. Entries written before have it
 * clear; an older meshbackup finds no compression with that code and refuses the entry.
 */
const SEALED_BIT = 0x80
const TWO_32 = 2 ** 32

export interface IndexEntry {
  digest: Uint8Array
  location: BlockLocation
}

function blockKey (digest: Uint8Array): Buffer {
  const k = Buffer.allocUnsafe(1 + DIGEST_LENGTH)
  k[0] = BLOCK_PREFIX
  k.set(digest.subarray(0, DIGEST_LENGTH), 1)
  return k
}

/** version u8, compression u8 (bit 7: sealed), pack id 16 bytes, offset u64 LE, length u32 LE, raw length u32 LE. */
export function encodeLocation (loc: BlockLocation): Buffer {
  const v = Buffer.allocUnsafe(ENTRY_LENGTH)
  v[0] = ENTRY_VERSION
  v[1] = compressionCode(loc.compression) | (loc.sealed ? SEALED_BIT : 0)
  v.write(loc.packId, 2, 16, 'hex')
  v.writeUInt32LE(loc.offset % TWO_32, 18)
  v.writeUInt32LE(Math.floor(loc.offset / TWO_32), 22)
  v.writeUInt32LE(loc.length, 26)
  v.writeUInt32LE(loc.rawLength, 30)
  return v
}

export function decodeLocation (v: Buffer): BlockLocation {
  const compression = compressionFromCode(v[1]! & ~SEALED_BIT)
  if (v.length !== ENTRY_LENGTH || v[0] !== ENTRY_VERSION || compression === undefined) {
    throw new Error(`unsupported block index entry (version ${v[0]}, ${v.length} bytes)`)
  }
  return {
    packId: v.toString('hex', 2, 18),
    offset: v.readUInt32LE(18) + v.readUInt32LE(22) * TWO_32,
    length: v.readUInt32LE(26),
    rawLength: v.readUInt32LE(30),
    compression,
    sealed: (v[1]! & SEALED_BIT) !== 0
  }
}

type Op = { type: 'put', key: Buffer, value: Buffer } | { type: 'del', key: Buffer }

/**
 * Digest → block location, over the repository's LevelDB, and the blocks found damaged. Every
 * write is one synced batch, carrying the seal's next generation when there is a seal; batches
 * run one after the other so that the generation in the LevelDB only grows.
 */
export class BlockIndex {
  private readonly db: Database
  private readonly seal: IndexSeal | undefined
  /** hex digest → why its stored copy is damaged */
  private readonly damaged = new Map<string, string>()
  private tail: Promise<unknown> = Promise.resolve()
  private removals_ = 0

  constructor (init: { db: Database, seal?: IndexSeal }) {
    this.db = init.db
    this.seal = init.seal
  }

  /**
   * Counts the writes that removed entries or marked blocks damaged: a check that every block
   * of a list is indexed and sound stays true while this does not change.
   */
  get removals (): number {
    return this.removals_
  }

  /** Reads the damage marks into memory (once, after open). */
  async load (): Promise<void> {
    this.damaged.clear()
    for await (const [k, v] of this.db.iterator({ gte: Buffer.from([DAMAGE_PREFIX]), lt: Buffer.from([DAMAGE_PREFIX + 1]) })) {
      this.damaged.set(k.toString('hex', 1), v.toString('utf8'))
    }
  }

  async get (digest: Uint8Array): Promise<BlockLocation | undefined> {
    const v = await this.db.get(blockKey(digest))
    return v === undefined ? undefined : decodeLocation(v)
  }

  /** The locations of many blocks at once, in the order asked. */
  async getMany (digests: Uint8Array[]): Promise<Array<BlockLocation | undefined>> {
    const values = await this.db.getMany(digests.map(blockKey))
    return values.map(v => v === undefined ? undefined : decodeLocation(v))
  }

  /** Why the stored copy of a block is damaged, or undefined when none was found damaged. */
  damage (digest: Uint8Array): string | undefined {
    return this.damaged.size === 0 ? undefined : this.damaged.get(Buffer.from(digest.subarray(0, DIGEST_LENGTH)).toString('hex'))
  }

  /** Blocks marked damaged: hex digest → why. */
  damagedBlocks (): ReadonlyMap<string, string> {
    return this.damaged
  }

  /**
   * Marks a stored block as damaged: a backup that meets it again stores it anew (and so
   * repairs every point that uses it) instead of deduplicating against the bad copy.
   */
  async markDamaged (digest: Uint8Array, why: string): Promise<void> {
    const hex = Buffer.from(digest.subarray(0, DIGEST_LENGTH)).toString('hex')
    if (this.damaged.get(hex) === why) return
    this.removals_++
    await this.write([{ type: 'put', key: damageKey(hex), value: Buffer.from(why, 'utf8') }])
    this.damaged.set(hex, why)
  }

  /** Writes the entries in one batch, fsynced (the manifests written next rely on it). */
  async putMany (entries: Iterable<IndexEntry>): Promise<void> {
    await this.apply({ put: entries })
  }

  async delete (digest: Uint8Array): Promise<void> {
    await this.apply({ del: [digest] })
  }

  /**
   * Writes `put` and removes `del` in one synced batch: all of it survives a crash, or none. A
   * block put again (stored anew) or removed loses its damage mark in the same batch.
   */
  async apply (changes: { put?: Iterable<IndexEntry>, del?: Iterable<Uint8Array> }): Promise<void> {
    const ops: Op[] = []
    const healed: string[] = []
    const unmark = (digest: Uint8Array): void => {
      if (this.damaged.size === 0) return
      const hex = Buffer.from(digest.subarray(0, DIGEST_LENGTH)).toString('hex')
      if (!this.damaged.has(hex)) return
      healed.push(hex)
      ops.push({ type: 'del', key: damageKey(hex) })
    }
    for (const e of changes.put ?? []) {
      ops.push({ type: 'put', key: blockKey(e.digest), value: encodeLocation(e.location) })
      unmark(e.digest)
    }
    for (const d of changes.del ?? []) {
      ops.push({ type: 'del', key: blockKey(d) })
      unmark(d)
    }
    if (ops.length === 0) return
    if (changes.del !== undefined) this.removals_++
    await this.write(ops)
    for (const hex of healed) this.damaged.delete(hex)
  }

  /** Every entry, in digest order. */
  async * entries (): AsyncGenerator<IndexEntry> {
    for await (const [k, v] of this.db.iterator({ gte: Buffer.from([BLOCK_PREFIX]), lt: Buffer.from([BLOCK_PREFIX + 1]) })) {
      yield { digest: k.subarray(1), location: decodeLocation(v) }
    }
  }

  /** Removes every entry and damage mark (before a rebuild from the packs). */
  async clear (): Promise<void> {
    this.removals_++
    await this.serially(async () => {
      await this.db.clear({ gte: Buffer.from([BLOCK_PREFIX]), lt: Buffer.from([BLOCK_PREFIX + 1]) })
      await this.db.clear({ gte: Buffer.from([DAMAGE_PREFIX]), lt: Buffer.from([DAMAGE_PREFIX + 1]) })
    })
    this.damaged.clear()
  }

  /** Writes the seal alone (a rebuild that found nothing to index still seals the new index). */
  async sealNow (): Promise<void> {
    await this.write([])
  }

  /** Resolves once every write started so far is done. */
  async settled (): Promise<void> {
    await this.tail.catch(() => {})
  }

  private async write (ops: Op[]): Promise<void> {
    await this.serially(async () => {
      if (this.seal === undefined) return await this.db.batch(ops, { sync: true })
      const sealOp = this.seal.next()
      const generation = this.seal.generation
      await this.db.batch([...ops, sealOp], { sync: true })
      this.seal.committed(generation)
    })
  }

  /** Runs `fn` after every earlier write settled. */
  private async serially (fn: () => Promise<void>): Promise<void> {
    const run = this.tail.then(fn, fn)
    this.tail = run.catch(() => {})
    await run
  }
}

function damageKey (hex: string): Buffer {
  const k = Buffer.allocUnsafe(1 + DIGEST_LENGTH)
  k[0] = DAMAGE_PREFIX
  k.write(hex, 1, DIGEST_LENGTH, 'hex')
  return k
}
