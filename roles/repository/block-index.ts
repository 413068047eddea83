/**
 * @packageDocumentation
 * The block index: digest → where the block lives (pack id, record offset, stored length, raw
 * length, compression), kept in the repository's LevelDB under the key prefix "b". Entries are
 * written only after the pack bytes they point at are fsynced (see FORMAT.md, "Index").
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
import type { BlockLocation } from './packs.ts'

/** The repository's LevelDB: binary keys and values. */
export type Database = Level<Buffer, Buffer>

const BLOCK_PREFIX = 0x62 // "b"
const ENTRY_VERSION = 1
const ENTRY_LENGTH = 34
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

/** version u8, compression u8, pack id 16 bytes, offset u64 LE, length u32 LE, raw length u32 LE. */
export function encodeLocation (loc: BlockLocation): Buffer {
  const v = Buffer.allocUnsafe(ENTRY_LENGTH)
  v[0] = ENTRY_VERSION
  v[1] = compressionCode(loc.compression)
  v.write(loc.packId, 2, 16, 'hex')
  v.writeUInt32LE(loc.offset % TWO_32, 18)
  v.writeUInt32LE(Math.floor(loc.offset / TWO_32), 22)
  v.writeUInt32LE(loc.length, 26)
  v.writeUInt32LE(loc.rawLength, 30)
  return v
}

export function decodeLocation (v: Buffer): BlockLocation {
  const compression = compressionFromCode(v[1]!)
  if (v.length !== ENTRY_LENGTH || v[0] !== ENTRY_VERSION || compression === undefined) {
    throw new Error(`unsupported block index entry (version ${v[0]}, ${v.length} bytes)`)
  }
  return {
    packId: v.toString('hex', 2, 18),
    offset: v.readUInt32LE(18) + v.readUInt32LE(22) * TWO_32,
    length: v.readUInt32LE(26),
    rawLength: v.readUInt32LE(30),
    compression
  }
}

/** Digest → block location, over the repository's LevelDB. */
export class BlockIndex {
  private readonly db: Database

  constructor (init: { db: Database }) {
    this.db = init.db
  }

  async get (digest: Uint8Array): Promise<BlockLocation | undefined> {
    const v = await this.db.get(blockKey(digest))
    return v === undefined ? undefined : decodeLocation(v)
  }

  /** Writes the entries in one batch, fsynced (the manifests written next rely on it). */
  async putMany (entries: Iterable<IndexEntry>): Promise<void> {
    const ops: Array<{ type: 'put', key: Buffer, value: Buffer }> = []
    for (const e of entries) ops.push({ type: 'put', key: blockKey(e.digest), value: encodeLocation(e.location) })
    if (ops.length === 0) return
    await this.db.batch(ops, { sync: true })
  }

  async delete (digest: Uint8Array): Promise<void> {
    await this.db.del(blockKey(digest))
  }

  /** Writes `put` and removes `del` in one synced batch: all of it survives a crash, or none. */
  async apply (changes: { put?: Iterable<IndexEntry>, del?: Iterable<Uint8Array> }): Promise<void> {
    const ops: Array<{ type: 'put', key: Buffer, value: Buffer } | { type: 'del', key: Buffer }> = []
    for (const e of changes.put ?? []) ops.push({ type: 'put', key: blockKey(e.digest), value: encodeLocation(e.location) })
    for (const d of changes.del ?? []) ops.push({ type: 'del', key: blockKey(d) })
    if (ops.length === 0) return
    await this.db.batch(ops, { sync: true })
  }

  /** Every entry, in digest order. */
  async * entries (): AsyncGenerator<IndexEntry> {
    for await (const [k, v] of this.db.iterator({ gte: Buffer.from([BLOCK_PREFIX]), lt: Buffer.from([BLOCK_PREFIX + 1]) })) {
      yield { digest: k.subarray(1), location: decodeLocation(v) }
    }
  }

  /** Removes every entry (before a rebuild from the packs). */
  async clear (): Promise<void> {
    await this.db.clear({ gte: Buffer.from([BLOCK_PREFIX]), lt: Buffer.from([BLOCK_PREFIX + 1]) })
  }
}
