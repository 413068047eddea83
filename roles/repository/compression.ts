/**
 * @packageDocumentation
 * Block compression as it travels and is stored: "zstd" (node:zlib) or "none". The repository
 * stores a block exactly as the proxy sent it and decompresses only to verify it.
 *
 * @example
 * ```ts
 * const raw = await decompressBlock(stored.data, stored.compression, stored.rawLength)
 * ```
 */
import { promisify } from 'node:util'
import { zstdCompress, zstdDecompress } from 'node:zlib'
import { RepositoryError } from './errors.ts'

export type Compression = 'none' | 'zstd'

/** Compression codes as written in pack records and index entries. */
const CODES: Record<Compression, number> = { none: 0, zstd: 1 }
const NAMES: Compression[] = ['none', 'zstd']

const zstdDecompressAsync = promisify(zstdDecompress)
const zstdCompressAsync = promisify(zstdCompress)

/** The compression named on the wire; an empty name means "none" (proto3 default). */
export function parseCompression (name: string | null | undefined): Compression {
  const n = name === '' || name == null ? 'none' : name
  if (n !== 'none' && n !== 'zstd') {
    throw new RepositoryError('ERR_UNSUPPORTED_COMPRESSION',
      `compression "${n}" is not supported by this repository (use "zstd" or "none")`, { subject: n })
  }
  return n
}

export function compressionCode (c: Compression): number {
  return CODES[c]
}

export function compressionFromCode (code: number): Compression | undefined {
  return NAMES[code]
}

/**
 * The raw bytes of a stored block. "none" returns a view of `data` (no copy); "zstd" inflates
 * into a single buffer of at most `rawLength` bytes (one output chunk: the zlib default of 16 KiB
 * chunks costs a thread-pool round trip each and is ten times slower). Rejects on bad input or
 * output longer than `rawLength`.
 */
export async function decompressBlock (data: Uint8Array, compression: Compression, rawLength: number): Promise<Buffer> {
  if (compression === 'none') return Buffer.from(data.buffer, data.byteOffset, data.byteLength)
  return await zstdDecompressAsync(data, { chunkSize: Math.max(64, rawLength), maxOutputLength: Math.max(1, rawLength) })
}

/** Compresses a raw block (tests, tools; the proxy compresses on its side). */
export async function compressBlock (raw: Uint8Array, compression: Compression): Promise<Buffer> {
  if (compression === 'none') return Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength)
  return await zstdCompressAsync(raw, { chunkSize: Math.max(64, raw.byteLength + 64) })
}
