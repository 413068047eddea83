/**
 * @packageDocumentation
 * The record table at the end of a pack object in a bucket (FORMAT.md, "S3 repositories"): the
 * pack's records as its headers say, then a fixed trailer. Rebuilding a bucket's block index
 * reads one small range at the end of each pack instead of the pack whole: a 64 MiB pack of
 * 1 MiB blocks ends with a table of about 3 KiB.
 *
 * @example
 * ```ts
 * const tail = encodePackTable(records, packBytes)        // appended to the pack when it is uploaded
 * const table = decodePackTable(await store.getRange(key, size - TABLE_TAIL_GUESS, TABLE_TAIL_GUESS), size)
 * ```
 */
import { crc32 } from 'node:zlib'
import { compressionCode, compressionFromCode } from '../compression.ts'
import { DIGEST_LENGTH } from '../digest.ts'
import { RECORD_SEALED, type BlockLocation } from '../packs.ts'

/** "MBTABLE1": the trailer's magic. */
const TABLE_MAGIC = Buffer.from('MBTABLE1', 'latin1')
/** offset u64 | length u32 | rawLength u32 | compression u8 | flags u8 | reserved u16 | digest [32] */
export const TABLE_ENTRY_LENGTH = 52
/** magic [8] | record count u32 | CRC-32 of the entries u32 | offset of the table u64 */
export const TABLE_TRAILER_LENGTH = 24
/** Bytes read from the end of a pack first: the trailer and, mostly, the whole table. */
export const TABLE_TAIL_GUESS = 64 * 1024

/** One record of a pack, as its table lists it. */
export interface TableRecord {
  digest: Buffer
  location: BlockLocation
}

/** The table and trailer for the records of a pack whose records end at `recordsEnd`. */
export function encodePackTable (records: readonly TableRecord[], recordsEnd: number): Buffer {
  const out = Buffer.alloc(records.length * TABLE_ENTRY_LENGTH + TABLE_TRAILER_LENGTH)
  let at = 0
  for (const { digest, location } of records) {
    out.writeBigUInt64LE(BigInt(location.offset), at)
    out.writeUInt32LE(location.length, at + 8)
    out.writeUInt32LE(location.rawLength, at + 12)
    out[at + 16] = compressionCode(location.compression)
    out[at + 17] = location.sealed ? RECORD_SEALED : 0
    digest.copy(out, at + 20, 0, DIGEST_LENGTH)
    at += TABLE_ENTRY_LENGTH
  }
  TABLE_MAGIC.copy(out, at)
  out.writeUInt32LE(records.length, at + 8)
  out.writeUInt32LE(crc32(out.subarray(0, at)), at + 12)
  out.writeBigUInt64LE(BigInt(recordsEnd), at + 16)
  return out
}

/** Where a pack object's table starts and how long it is, from its last TABLE_TRAILER_LENGTH bytes; or why not. */
export function readTableTrailer (trailer: Buffer, objectSize: number): { tableOffset: number, count: number, crc: number } | string {
  if (trailer.length < TABLE_TRAILER_LENGTH) return 'the pack is too short to end with a record table'
  const t = trailer.subarray(trailer.length - TABLE_TRAILER_LENGTH)
  if (!t.subarray(0, 8).equals(TABLE_MAGIC)) return 'the pack does not end with a record table'
  const count = t.readUInt32LE(8)
  const tableOffset = Number(t.readBigUInt64LE(16))
  if (tableOffset + count * TABLE_ENTRY_LENGTH + TABLE_TRAILER_LENGTH !== objectSize) return 'the record table does not fit the pack\'s size'
  return { tableOffset, count, crc: t.readUInt32LE(12) }
}

/**
 * The records of a pack from its tail (`tail`: the last bytes of an object of `objectSize`
 * bytes, at least the table and trailer). Each entry is checked against the table's CRC and
 * must lie inside the records; the packId of each location is `packId`.
 */
export function decodePackTable (tail: Buffer, objectSize: number, packId: string): TableRecord[] | string {
  const trailer = readTableTrailer(tail, objectSize)
  if (typeof trailer === 'string') return trailer
  const tableBytes = trailer.count * TABLE_ENTRY_LENGTH
  if (tail.length < tableBytes + TABLE_TRAILER_LENGTH) return `the tail read holds ${tail.length} bytes, the table needs ${tableBytes + TABLE_TRAILER_LENGTH}`
  const table = tail.subarray(tail.length - TABLE_TRAILER_LENGTH - tableBytes, tail.length - TABLE_TRAILER_LENGTH)
  if (crc32(table) !== trailer.crc) return 'the record table fails its checksum'
  const out: TableRecord[] = []
  for (let at = 0; at < table.length; at += TABLE_ENTRY_LENGTH) {
    const offset = Number(table.readBigUInt64LE(at))
    const length = table.readUInt32LE(at + 8)
    const compression = compressionFromCode(table[at + 16]!)
    const flags = table[at + 17]!
    if (compression === undefined || (flags & ~RECORD_SEALED) !== 0) return `table entry ${at / TABLE_ENTRY_LENGTH} has an unknown compression or flag`
    if (offset + length > trailer.tableOffset) return `table entry ${at / TABLE_ENTRY_LENGTH} runs past the records`
    out.push({
      digest: Buffer.from(table.subarray(at + 20, at + 20 + DIGEST_LENGTH)),
      location: { packId, offset, length, rawLength: table.readUInt32LE(at + 12), compression, sealed: (flags & RECORD_SEALED) !== 0 }
    })
  }
  return out
}
