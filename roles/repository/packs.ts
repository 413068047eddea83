/**
 * @packageDocumentation
 * Pack files: append-only files of self-describing block records (see FORMAT.md, "Pack files").
 * This file holds their format: the pack header, the record header and where a pack lives.
 * pack-writer.ts appends records, pack-reader.ts reads one, pack-scan.ts walks a whole pack.
 *
 * @example
 * ```ts
 * const header = encodeRecordHeader(digest, 'zstd', rawLength, data.byteLength)          // sealed: , true
 * const decoded = decodeRecordHeader(header)      // a RecordHeader, or why it is not one
 * packPath(join(repo, 'packs'), newPackId())      // packs/XX/<id>.pack
 * ```
 */
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import { compressionCode, compressionFromCode, type Compression } from './compression.ts'
import { DIGEST_LENGTH } from './digest.ts'

export const PACK_MAGIC = Buffer.from('MESHPACK', 'latin1')
export const PACK_VERSION = 1
export const PACK_HEADER_LENGTH = 16
/** "MBLK" read as a little-endian uint32. */
export const RECORD_MAGIC = 0x4b4c424d
export const RECORD_HEADER_LENGTH = 52
/** Record flags bit 0: the data is a sealed frame (node/core/crypto/block-cipher.ts), not the block. */
export const RECORD_SEALED = 0x01
/** Flag bits this version knows; a header with any other set is not read (a newer format). */
const KNOWN_RECORD_FLAGS = RECORD_SEALED

/** Where a block lives: its record in a pack, and what the record holds. */
export interface BlockLocation {
  packId: string
  /** Offset of the record (its header) in the pack file. */
  offset: number
  /** Stored (possibly compressed) data length. */
  length: number
  rawLength: number
  /** the compression of the block (inside the seal, when sealed) */
  compression: Compression
  /** the record's data is a sealed frame: only the key holder can read the block */
  sealed: boolean
}

/** A decoded record header. */
export interface RecordHeader {
  compression: Compression
  rawLength: number
  length: number
  digest: Buffer
  /** flags bit 0: the data is a sealed frame, the digest the keyed block id */
  sealed: boolean
}

export function newPackId (): string {
  return randomBytes(16).toString('hex')
}

export function isPackId (id: string): boolean {
  return /^[0-9a-f]{32}$/.test(id)
}

/** packs/XX/<id>.pack, XX being the id's first two hex digits. */
export function packPath (root: string, id: string): string {
  return join(root, id.slice(0, 2), `${id}.pack`)
}

/** The 16-byte header every pack starts with. */
export function packHeader (): Buffer {
  const h = Buffer.alloc(PACK_HEADER_LENGTH)
  PACK_MAGIC.copy(h, 0)
  h.writeUInt32LE(PACK_VERSION, 8)
  return h
}

/**
 * The 52-byte record header; its CRC-32 covers the header, the SHA-256 digest covers the data
 * (for a sealed record, the frame's own CRC-32 does).
 */
export function encodeRecordHeader (digest: Uint8Array, compression: Compression, rawLength: number, length: number, sealed = false): Buffer {
  const h = Buffer.allocUnsafe(RECORD_HEADER_LENGTH)
  h.writeUInt32LE(RECORD_MAGIC, 0)
  h[4] = compressionCode(compression)
  h[5] = sealed ? RECORD_SEALED : 0
  h.writeUInt16LE(0, 6)
  h.writeUInt32LE(rawLength, 8)
  h.writeUInt32LE(length, 12)
  h.set(digest.subarray(0, DIGEST_LENGTH), 16)
  h.writeUInt32LE(crc32(h.subarray(0, 48)), 48)
  return h
}

/** Decodes a record header, or returns why it is not one. */
export function decodeRecordHeader (h: Buffer): RecordHeader | string {
  if (h.length < RECORD_HEADER_LENGTH) return 'truncated record header'
  if (h.readUInt32LE(0) !== RECORD_MAGIC) return 'bad record magic'
  if (h.readUInt32LE(48) !== crc32(h.subarray(0, 48))) return 'record header checksum mismatch'
  const compression = compressionFromCode(h[4]!)
  if (compression === undefined) return `unknown compression code ${h[4]}`
  if ((h[5]! & ~KNOWN_RECORD_FLAGS) !== 0) return `unknown record flags 0x${h[5]!.toString(16)}`
  return { compression, rawLength: h.readUInt32LE(8), length: h.readUInt32LE(12), digest: h.subarray(16, 48), sealed: (h[5]! & RECORD_SEALED) !== 0 }
}
