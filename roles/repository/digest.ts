/**
 * @packageDocumentation
 * Block digests, 32 bytes, of a block's raw (uncompressed) bytes, by the repository's digest
 * algorithm: SHA-256 in format 1 and 2 repositories, BLAKE3 from format 3 on (repository-format.ts).
 * BLAKE3 runs natively (@napi-rs/blake-hash) at about four times SHA-256's speed per core here
 * (sim/hash-bench.ts), and every block is hashed twice in a backup (proxy and repository).
 * An all-zero digest (`ZERO_DIGEST`) marks a zero block in a manifest; such blocks are never stored.
 *
 * @example
 * ```ts
 * const d = await blockDigest('blake3', raw)     // SHA-256 hashes in the libuv pool, BLAKE3 inline
 * if (isZeroDigest(manifest.digests, i * DIGEST_LENGTH)) skip()
 * if (claimed.equals(zeroBlockDigest(rawLength, 'blake3'))) zeroBlock()
 * ```
 */
import { createHash, webcrypto } from 'node:crypto'
import { blake3 } from '@napi-rs/blake-hash'

export const DIGEST_LENGTH = 32

export { DIGEST_ALGORITHMS, parseDigestAlgorithm, type DigestAlgorithm } from '../../node/core/digest-algorithm.ts'
import type { DigestAlgorithm } from '../../node/core/digest-algorithm.ts'

/** The marker of a zero block in a digest list. Shared: never write into it. */
export const ZERO_DIGEST: Buffer = Buffer.alloc(DIGEST_LENGTH)

/**
 * SHA-256 of `data`, computed off the event loop: WebCrypto runs it in the libuv pool, so
 * several blocks hash in parallel while the loop keeps receiving (it copies the input once,
 * which is cheap next to hashing it).
 */
export async function sha256 (data: Uint8Array): Promise<Buffer> {
  const view = data.buffer instanceof ArrayBuffer ? data as Uint8Array<ArrayBuffer> : Uint8Array.from(data)
  return Buffer.from(await webcrypto.subtle.digest('SHA-256', view))
}

/** SHA-256 on the calling thread, for small inputs. */
export function sha256Sync (data: Uint8Array): Buffer {
  return createHash('sha256').update(data).digest()
}

/** The block digest on the calling thread (BLAKE3 takes about 0.2 ms per MiB). */
export function blockDigestSync (algorithm: DigestAlgorithm, data: Uint8Array): Buffer {
  return algorithm === 'blake3' ? blake3(data) : sha256Sync(data)
}

/** The block digest; SHA-256 off the event loop (see {@link sha256}), BLAKE3 inline (fast enough). */
export async function blockDigest (algorithm: DigestAlgorithm, data: Uint8Array): Promise<Buffer> {
  return algorithm === 'blake3' ? blake3(data) : await sha256(data)
}

/** A Buffer view of any Uint8Array, without copying. */
export function asBuffer (data: Uint8Array): Buffer {
  return Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength)
}

/** True when the 32 bytes at `offset` of `digests` are all zero. */
export function isZeroDigest (digests: Uint8Array, offset = 0): boolean {
  for (let i = offset; i < offset + DIGEST_LENGTH; i++) if (digests[i] !== 0) return false
  return true
}

/** True when the 32 bytes at `offset` of `digests` equal `digest`. */
export function digestAt (digests: Uint8Array, offset: number, digest: Uint8Array): boolean {
  return asBuffer(digests).compare(digest, 0, DIGEST_LENGTH, offset, offset + DIGEST_LENGTH) === 0
}

/** Lower-case hex of a digest, for keys and messages. */
export function digestHex (digest: Uint8Array): string {
  return asBuffer(digest).toString('hex')
}

const zeroHashes = new Map<string, Buffer>()

/** The digest of `length` zero bytes (cached): a sent block with this digest is a zero block. */
export function zeroBlockDigest (length: number, algorithm: DigestAlgorithm = 'sha256'): Buffer {
  const key = `${algorithm}/${length}`
  let d = zeroHashes.get(key)
  if (d === undefined) {
    d = blockDigestSync(algorithm, Buffer.alloc(length))
    if (zeroHashes.size > 64) zeroHashes.clear()
    zeroHashes.set(key, d)
  }
  return d
}
