/**
 * @packageDocumentation
 * An in-memory RestoreSource (protocols/restore.ts) holding one encrypted point of one disk, its
 * blocks sealed under a data key the way the proxy seals them and a repository stores them:
 * keyed ids, compressed inside the seal when that is smaller, zero blocks left out.
 *
 * @example
 * ```ts
 * const { source, blocks, digestOf } = sealedSource(image, blockSize, key)
 * blocks.set(digestOf(4), { ...blocks.get(digestOf(4))!, data: damaged })
 * ```
 */
import { zstdCompressSync } from 'node:zlib'
import type { RestorePoint } from '../../proto/index.ts'
import type { RestoreSource } from '../../protocols/restore.ts'
import { BlockCipher } from '../../node/core/crypto/block-cipher.ts'

export interface StoredBlock { data: Uint8Array, compression: string, rawLength: number, sealed?: boolean }

export function sealedSource (image: Buffer, blockSize: number, key: Uint8Array, pointId = 'p1', vm = 'web01'): {
  source: RestoreSource
  blocks: Map<string, StoredBlock>
  point: RestorePoint
  /** the hex digest (keyed id) of block `i`, the key of `blocks` */
  digestOf: (i: number) => string
} {
  const cipher = new BlockCipher(key)
  const blocks = new Map<string, StoredBlock>()
  const count = Math.ceil(image.length / blockSize)
  const digests = Buffer.alloc(count * 32)
  for (let i = 0; i < count; i++) {
    const raw = image.subarray(i * blockSize, Math.min(image.length, (i + 1) * blockSize))
    if (raw.every((b) => b === 0)) continue
    const id = cipher.blockId(raw)
    id.copy(digests, i * 32)
    const packed = zstdCompressSync(raw)
    const compressed = packed.length < raw.length
    blocks.set(id.toString('hex'), { data: cipher.seal(id, compressed ? packed : raw), compression: compressed ? 'zstd' : 'none', rawLength: raw.length, sealed: true })
  }
  const point: RestorePoint = {
    id: pointId,
    vm,
    keyFingerprint: cipher.fingerprint,
    disks: [{ index: 0, name: 'vda', size: image.length, blockSize, digests, keyFingerprint: cipher.fingerprint }]
  }
  const source: RestoreSource = {
    getPoint: async (id) => {
      if (id !== pointId) throw Object.assign(new Error(`restore point ${id} does not exist`), { code: 'ERR_NO_SUCH_POINT' })
      return point
    },
    readBlock: async (digest) => {
      const b = blocks.get(Buffer.from(digest).toString('hex'))
      if (b === undefined) throw Object.assign(new Error('missing block'), { code: 'ERR_MISSING_BLOCK' })
      return b
    }
  }
  return { source, blocks, point, digestOf: (i) => digests.subarray(i * 32, (i + 1) * 32).toString('hex') }
}
