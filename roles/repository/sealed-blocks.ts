/**
 * @packageDocumentation
 * What the repository can check of a sealed block without the key, the one check behind receive,
 * verify, the verify pass, the pack scan and the index rebuild: the frame's CRC-32 and version
 * (`checkSealedFrame`), and that its size fits the block's raw length and compression. The GCM
 * tag, which also proves the frame belongs to its block id, is checked by the key holder (a
 * restore, or verify with the key). A plain block is checked by decompressing and re-hashing it.
 *
 * @example
 * ```ts
 * const why = sealedBlockProblem(frame, { rawLength, compression })   // undefined: intact
 * ```
 */
import { checkSealedFrame, sealedLength } from '../../node/core/crypto/block-cipher.ts'
import { packRoom } from '../../node/core/codec-pool.ts'
import type { Compression } from './compression.ts'

/**
 * Why a sealed frame cannot hold the block it is stored as, or undefined when it is intact: its
 * checksum and version hold, and its payload is the raw length ("none") or within zstd's bound.
 */
export function sealedBlockProblem (frame: Uint8Array, block: { rawLength: number, compression: Compression }): string | undefined {
  const damage = checkSealedFrame(frame)
  if (damage !== undefined) return damage
  if (block.compression === 'none' ? frame.byteLength !== sealedLength(block.rawLength) : frame.byteLength > sealedLength(packRoom(block.rawLength))) {
    return `the sealed block is ${frame.byteLength} bytes, which cannot hold ${block.rawLength} raw bytes compressed as ${block.compression}`
  }
  return undefined
}
