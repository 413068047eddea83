/**
 * @packageDocumentation
 * What an NBD export serves, apart from the server so the connection code and the sources
 * (point-disk.ts) need not import the server. server.ts re-exports it.
 */

/** What an export serves: a disk of `size` bytes, read on demand. */
export interface NbdExportSource {
  readonly size: number
  /** bytes [offset, offset + length) of the export */
  read (offset: number, length: number): Promise<Buffer>
  /** base:allocation for [offset, offset + length): consecutive runs covering it, zero = reads as zeros and is not stored */
  allocation? (offset: number, length: number): Promise<Array<{ length: number, zero: boolean }>>
  /** the request size the source serves best (a power of two, announced as NBD's preferred block size; default 4096) */
  readonly preferredBlockSize?: number
  /** its zero blocks, when it knows them up front: `allocation` then follows from them alone */
  readonly zeroBlocks?: ZeroBlockMap
  /**
   * Holes shorter than this (bytes) are told as data in a BLOCK_STATUS answer of one extent
   * (NBD_CMD_FLAG_REQ_ONE, as QEMU asks): a copy (blockdev-mirror, qemu-img convert) asks extent
   * after extent, one round trip each, and reads a short hole along with the data around it in
   * requests it keeps in flight together, which costs less. Longer holes stay holes; an answer of
   * several extents stays exact. Default 0: every hole told.
   */
  readonly mergeHolesBelow?: number
}

/**
 * A source whose holes are whole blocks it knows up front (a point's zero blocks): a server
 * thread answers BLOCK_STATUS from this map itself, without asking the thread that reads the
 * blocks (server-thread.ts).
 */
export interface ZeroBlockMap {
  readonly blockSize: number
  /** one byte per block, 1 where the block is a zero block */
  readonly zero: Uint8Array
}

/** base:allocation for [offset, offset + length) of a disk whose zero blocks `map` marks: consecutive runs covering it. */
export function zeroBlockRuns (map: ZeroBlockMap, offset: number, length: number): Array<{ length: number, zero: boolean }> {
  const runs: Array<{ length: number, zero: boolean }> = []
  const bs = map.blockSize
  const end = offset + length
  for (let index = Math.floor(offset / bs); index * bs < end; index++) {
    const n = Math.min(end, (index + 1) * bs) - Math.max(offset, index * bs)
    const zero = map.zero[index] === 1
    const last = runs[runs.length - 1]
    if (last !== undefined && last.zero === zero) last.length += n
    else runs.push({ length: n, zero })
  }
  return runs
}

/**
 * The one extent a BLOCK_STATUS with NBD_CMD_FLAG_REQ_ONE answers, from the runs covering the
 * request: the first run, with holes shorter than `mergeHolesBelow` between data runs (or a short
 * hole first, before data) told as data together with the data around them.
 */
export function oneExtent (runs: Array<{ length: number, zero: boolean }>, mergeHolesBelow: number): { length: number, zero: boolean } {
  const first = runs[0]!
  if (mergeHolesBelow <= 0) return first
  let k = 0
  let length = 0
  // a short hole followed by data is read with it
  if (first.zero && (first.length >= mergeHolesBelow || runs.length === 1)) return first
  while (k < runs.length) {
    const r = runs[k]!
    if (r.zero && (r.length >= mergeHolesBelow || k === runs.length - 1)) break
    length += r.length
    k++
  }
  return { length, zero: false }
}
