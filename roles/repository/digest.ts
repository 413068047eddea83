/**
 * @packageDocumentation
 * Block digests: SHA-256 of a block's raw (uncompressed) bytes, 32 bytes. An all-zero digest
 * (`ZERO_DIGEST`) marks a zero block in a manifest; such blocks are never stored.
 *
 * @example
 * ```ts
 * const d = await sha256(raw)          // hashed in the libuv thread pool
 * if (isZeroDigest(manifest.digests, i * DIGEST_LENGTH)) skip()
 * ```
 */
import { createHash, webcrypto } from 'node:crypto'

export const DIGEST_LENGTH = 32

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

const zeroHashes = new Map<number, Buffer>()

/** SHA-256 of `length` zero bytes (cached): a sent block with this digest is a zero block. */
export function zeroBlockDigest (length: number): Buffer {
  let d = zeroHashes.get(length)
  if (d === undefined) {
    d = sha256Sync(Buffer.alloc(length))
    if (zeroHashes.size > 64) zeroHashes.clear()
    zeroHashes.set(length, d)
  }
  return d
}
