/**
 * @packageDocumentation
 * Block frames encoded by hand, so that a block's payload is its own part of the frame and is
 * written out without being copied into an encoded message (a Frames.write of several parts).
 *
 * @example
 * ```ts
 * await f.write(...encodeBlockFrame({ index: 0, digest, rawLength, compression: 'zstd' }, compressed))
 * ```
 */
import { pb, type PipeBlock } from '../../proto/index.ts'

/** Unsigned LEB128, as protobuf writes lengths and tags. */
function varint (value: number): number[] {
  const bytes: number[] = []
  while (value >= 0x80) {
    bytes.push((value % 0x80) | 0x80)
    value = Math.floor(value / 0x80)
  }
  bytes.push(value)
  return bytes
}

/**
 * Encodes `outer{ field: inner{ …head, 15: data } }` as two parts: everything up to the payload,
 * and the payload itself (not copied). `head` is the encoded inner message without its field 15.
 * Shared with protocols/restore, whose RestoreBlock also keeps its payload in field 15.
 */
export function encodePayloadFrame (field: number, head: Uint8Array, data: Uint8Array): Uint8Array[] {
  const dataPrefix = data.byteLength > 0 ? [(15 << 3) | 2, ...varint(data.byteLength)] : []
  const innerLength = head.byteLength + dataPrefix.length + data.byteLength
  const outerPrefix = [(field << 3) | 2, ...varint(innerLength)]
  const first = new Uint8Array(outerPrefix.length + head.byteLength + dataPrefix.length)
  first.set(outerPrefix, 0)
  first.set(head, outerPrefix.length)
  first.set(dataPrefix, outerPrefix.length + head.byteLength)
  return data.byteLength > 0 ? [first, data] : [first]
}

/**
 * The parts of a PipeFrame{ block } whose payload is `data`: pass them to FramedStream.write so
 * the payload is sent without being copied. `block.data`, if set, is ignored.
 */
export function encodeBlockFrame (block: PipeBlock, data: Uint8Array): Uint8Array[] {
  const { data: _ignored, ...meta } = block
  return encodePayloadFrame(3, pb.PipeBlock.encode(meta).finish(), data)
}
