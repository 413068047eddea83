/**
 * @packageDocumentation
 * Restore points in memory for the NBD server's specs: an image cut into blocks with SHA-256
 * digests (zero blocks marked by the all-zero digest, not stored), zstd-compressed with
 * node:zlib (or sealed under a data key, test/helpers/sealed-source.ts), kept in a Map and handed
 * out through a `fetch` function that counts its calls and can be made to fail for a while:
 * the seam a repository plugs into.
 *
 * @example
 * ```ts
 * const point = plainPoint(testImage(8 * MiB + 192 * KiB, 256 * KiB), 256 * KiB)
 * const source = new PointDiskSource({ ...point.init, cacheBytes: 0 })
 * point.failFor(2000)            // the repository is away for 2 s
 * ```
 */
import { createCipheriv, createHash } from 'node:crypto'
import { zstdCompressSync } from 'node:zlib'
import type { PointDiskInit, StoredBlock } from '../../node/hosts/nbd-server/point-disk.ts'
import { sealedSource } from './sealed-source.ts'

export const KiB = 1024
export const MiB = 1024 * KiB

/** A point's blocks behind a fetch that counts and can fail. */
export interface TestPoint {
  /** size, blockSize, digests and fetch, to spread into a PointDiskInit */
  init: Pick<PointDiskInit, 'size' | 'blockSize' | 'digests' | 'fetch'>
  blocks: Map<string, StoredBlock>
  /** the number of digests of each fetch call, in order */
  calls: number[]
  /** fetches fail (reject) until this time (ms since the epoch) */
  failUntil: number
  failFor: (ms: number) => void
  /** the hex digest of block `i` */
  digestOf: (i: number) => string
}

/** A deterministic pseudo-random stream (AES-128-CTR keystream of `seed`). */
export function pseudoRandom (bytes: number, seed = 0): Buffer {
  const key = Buffer.alloc(16)
  key.writeUInt32BE(seed)
  return createCipheriv('aes-128-ctr', key, Buffer.alloc(16)).update(Buffer.alloc(bytes))
}

/**
 * An image of whole `blockSize` blocks (plus a partial tail when `size` is not a multiple): in turn
 * random, zero, text-like (compressible), a pattern byte (0xab) and a copy of block 0 (a
 * duplicate), then zero blocks for the last quarter.
 */
export function testImage (size: number, blockSize: number, seed = 1): Buffer {
  const image = Buffer.alloc(size)
  const random = pseudoRandom(size, seed)
  const count = Math.ceil(size / blockSize)
  for (let i = 0; i < count; i++) {
    const start = i * blockSize
    const end = Math.min(size, start + blockSize)
    if (i >= Math.floor(count * 3 / 4) && i < count - 1) continue // a run of zeros before the tail
    switch (i % 5) {
      case 0: random.copy(image, start, start, end); break
      case 1: break // zero block
      case 2: image.write(`block ${i} says hello; `.repeat(Math.ceil((end - start) / 20)).slice(0, end - start), start, 'latin1'); break
      case 3: image.fill(0xab, start, end); break
      case 4: if (end - start === blockSize) image.copy(image, start, 0, blockSize); else random.copy(image, start, start, end); break
    }
  }
  return image
}

function fetcher (blocks: Map<string, StoredBlock>, point: { calls: number[], failUntil: number }): (digests: Buffer[]) => Promise<StoredBlock[]> {
  return async (digests) => {
    point.calls.push(digests.length)
    await Promise.resolve()
    if (Date.now() < point.failUntil) throw Object.assign(new Error('repository unreachable (test)'), { code: 'ERR_TEST_UNREACHABLE' })
    return digests.map((d) => {
      const b = blocks.get(d.toString('hex'))
      if (b === undefined) throw new Error(`no block ${d.toString('hex')}`)
      return b
    })
  }
}

/** The point of a plain (unencrypted) backup of `image`: SHA-256 digests, zstd where it is smaller. */
export function plainPoint (image: Buffer, blockSize: number): TestPoint {
  const count = Math.ceil(image.length / blockSize)
  const digests = Buffer.alloc(count * 32)
  const blocks = new Map<string, StoredBlock>()
  for (let i = 0; i < count; i++) {
    const raw = image.subarray(i * blockSize, Math.min(image.length, (i + 1) * blockSize))
    if (raw.every(b => b === 0)) continue
    const digest = createHash('sha256').update(raw).digest()
    digest.copy(digests, i * 32)
    const packed = zstdCompressSync(raw)
    blocks.set(digest.toString('hex'), packed.length < raw.length
      ? { data: packed, compression: 'zstd', rawLength: raw.length }
      : { data: Buffer.from(raw), compression: 'none', rawLength: raw.length })
  }
  return wrap(image.length, blockSize, digests, blocks)
}

/** The point of an encrypted backup of `image` under the 32-byte data `key`: keyed ids, sealed frames. */
export function encryptedPoint (image: Buffer, blockSize: number, key: Uint8Array): TestPoint {
  const { blocks, point } = sealedSource(image, blockSize, key)
  return wrap(image.length, blockSize, Buffer.from(point.disks![0]!.digests!), blocks)
}

function wrap (size: number, blockSize: number, digests: Buffer, blocks: Map<string, StoredBlock>): TestPoint {
  const point: TestPoint = {
    init: { size, blockSize, digests, fetch: async () => [] },
    blocks,
    calls: [],
    failUntil: 0,
    failFor: (ms) => { point.failUntil = Date.now() + ms },
    digestOf: (i) => digests.subarray(i * 32, (i + 1) * 32).toString('hex')
  }
  point.init.fetch = fetcher(blocks, point)
  return point
}
