/**
 * @packageDocumentation
 * Snappy decompression (the raw format, no framing), for reading the index blocks of LevelDB
 * tables, which LevelDB compresses with Snappy when that saves an eighth or more. Only what the
 * block index check needs: small blocks, decoded in memory, every bound checked.
 *
 * @example
 * ```ts
 * const block = snappyDecompress(stored)   // throws SnappyError on damaged input
 * ```
 */

export class SnappyError extends Error {}

/** Decodes one Snappy-compressed buffer. Throws SnappyError when it is not valid Snappy. */
export function snappyDecompress (input: Uint8Array): Buffer {
  let pos = 0
  const varint = (): number => {
    let result = 0
    for (let shift = 0; shift < 35; shift += 7) {
      if (pos >= input.length) throw new SnappyError('truncated length')
      const b = input[pos++]!
      result += (b & 0x7f) * 2 ** shift
      if ((b & 0x80) === 0) return result
    }
    throw new SnappyError('length varint too long')
  }
  const length = varint()
  // a block is small; a huge claimed length is damage, not data
  if (length > 64 * 1024 * 1024) throw new SnappyError(`implausible uncompressed length ${length}`)
  const out = Buffer.allocUnsafe(length)
  let o = 0
  const le = (bytes: number): number => {
    if (pos + bytes > input.length) throw new SnappyError('truncated element')
    let v = 0
    for (let k = 0; k < bytes; k++) v += input[pos + k]! * 2 ** (8 * k)
    pos += bytes
    return v
  }
  while (pos < input.length) {
    const tag = input[pos++]!
    const kind = tag & 3
    if (kind === 0) {
      let len = tag >>> 2
      if (len >= 60) len = le(len - 59)
      len += 1
      if (pos + len > input.length || o + len > length) throw new SnappyError('literal out of bounds')
      out.set(input.subarray(pos, pos + len), o)
      pos += len
      o += len
      continue
    }
    let len: number
    let offset: number
    if (kind === 1) {
      len = ((tag >>> 2) & 7) + 4
      offset = ((tag >>> 5) << 8) | le(1)
    } else if (kind === 2) {
      len = (tag >>> 2) + 1
      offset = le(2)
    } else {
      len = (tag >>> 2) + 1
      offset = le(4)
    }
    if (offset === 0 || offset > o || o + len > length) throw new SnappyError('copy out of bounds')
    // byte by byte: a copy may overlap what it writes (a run)
    for (let k = 0; k < len; k++, o++) out[o] = out[o - offset]!
  }
  if (o !== length) throw new SnappyError(`decoded ${o} bytes, the header says ${length}`)
  return out
}
