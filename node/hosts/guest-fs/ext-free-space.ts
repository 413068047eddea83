/**
 * @packageDocumentation
 * Which blocks of an ext2/ext3/ext4 filesystem its allocation bitmaps mark free, read by
 * ourselves from the superblock, the group descriptors and the block bitmaps through any
 * {@link DiskBytes} (so through the proxy's own BlockSource in every transport mode: a raw or
 * qcow2 image, an NBD export). Measured against `dumpe2fs` (README, "Skipping what need not be
 * stored"): the bitmaps of a filesystem are a few blocks per 128 MiB, and the reads go through
 * the block cache the backup then reads anyway.
 *
 * Trust is earned, never assumed: a filesystem that needs recovery (its journal holds updates
 * the bitmaps lack), has errors, was not cleanly unmounted or frozen, has a feature this reader
 * does not know, or uses bigalloc is answered `{ ok: false, reason }` and nothing in it is free.
 * A group whose descriptor checksum or bitmap checksum fails is used whole. A group flagged
 * BLOCK_UNINIT (no bitmap written yet) is free except its own and every other group's metadata
 * that lies in it, as libext2fs computes it.
 *
 * @example
 * ```ts
 * const map = await readExtFreeSpace(disk, partitionOffset)
 * if (map.ok) for (const [first, count] of map.freeRuns) console.log(first, count)
 * ```
 */
import type { DiskBytes } from './disk-file.ts'

/** The free blocks of a filesystem, in runs of its own blocks, ascending. */
export interface ExtFreeSpace {
  ok: true
  /** bytes per filesystem block */
  blockSize: number
  blocksCount: number
  /** [first block, block count] of each run of free blocks */
  freeRuns: Array<[number, number]>
  freeBlocks: number
  /** groups read whole because a checksum failed (their blocks count as used) */
  badGroups: number
}

/** Why a filesystem's bitmaps are not trusted: the volume is read whole. */
export interface ExtNotTrusted {
  ok: false
  reason: string
}

// superblock (at byte 1024 of the volume) fields used here
const SB = 1024
const STATE_VALID = 0x0001
const STATE_ERROR = 0x0002
const STATE_ORPHANS = 0x0004
const COMPAT_SPARSE_SUPER2 = 0x0200
const INCOMPAT_RECOVER = 0x0004
const INCOMPAT_JOURNAL_DEV = 0x0008
const INCOMPAT_META_BG = 0x0010
const INCOMPAT_64BIT = 0x0080
const INCOMPAT_CSUM_SEED = 0x2000
/** filetype, recover (checked apart), meta_bg, extents, 64bit, mmp, flex_bg, ea_inode, csum_seed, largedir, inline_data, encrypt, casefold */
const INCOMPAT_KNOWN = 0x0002 | 0x0004 | 0x0010 | 0x0040 | 0x0080 | 0x0100 | 0x0200 | 0x0400 | 0x2000 | 0x4000 | 0x8000 | 0x10000 | 0x20000
const RO_SPARSE_SUPER = 0x0001
const RO_GDT_CSUM = 0x0010
const RO_BIGALLOC = 0x0200
const RO_METADATA_CSUM = 0x0400
/** sparse_super, large_file, huge_file, gdt_csum, dir_nlink, extra_isize, quota, metadata_csum, readonly, project, shared_blocks, verity, orphan_present */
const RO_KNOWN = 0x0001 | 0x0002 | 0x0008 | 0x0010 | 0x0020 | 0x0040 | 0x0100 | 0x0400 | 0x1000 | 0x2000 | 0x4000 | 0x8000 | 0x10000
const BG_BLOCK_UNINIT = 0x0002
/** a sanity bound: more groups than this is a damaged superblock, not a filesystem (1 EiB of 4 KiB blocks) */
const MAX_GROUPS = 1 << 25

/**
 * The free blocks of the ext filesystem at `offset` of `disk`, or why they cannot be trusted.
 * Reads the superblock, the descriptors and one bitmap block per initialized group.
 */
export async function readExtFreeSpace (disk: DiskBytes, offset: number, limit = disk.size - offset): Promise<ExtFreeSpace | ExtNotTrusted> {
  const sb = await disk.read(offset + SB, 1024)
  if (sb.readUInt16LE(56) !== 0xef53) return { ok: false, reason: 'no ext superblock' }
  const state = sb.readUInt16LE(58)
  const compat = sb.readUInt32LE(92)
  const incompat = sb.readUInt32LE(96)
  const roCompat = sb.readUInt32LE(100)
  const revLevel = sb.readUInt32LE(76)
  if ((incompat & INCOMPAT_JOURNAL_DEV) !== 0) return { ok: false, reason: 'it is an external journal device' }
  if ((incompat & INCOMPAT_RECOVER) !== 0) return { ok: false, reason: 'it needs journal recovery (a crash-consistent snapshot of a mounted filesystem: freeze it with guest processing to skip its free space)' }
  if ((state & STATE_ERROR) !== 0) return { ok: false, reason: 'it has errors recorded (run e2fsck in the guest)' }
  if ((state & STATE_ORPHANS) !== 0) return { ok: false, reason: 'it was recovering orphan inodes' }
  if ((state & STATE_VALID) === 0) return { ok: false, reason: 'it was not cleanly unmounted (mounted without a journal, or checked as not clean)' }
  if (revLevel > 0 && (incompat & ~INCOMPAT_KNOWN) !== 0) return { ok: false, reason: `it has incompatible features this reader does not know (0x${(incompat & ~INCOMPAT_KNOWN).toString(16)})` }
  if ((roCompat & RO_BIGALLOC) !== 0) return { ok: false, reason: 'it uses bigalloc (bitmaps of clusters), which this reader does not map' }
  if (revLevel > 0 && (roCompat & ~RO_KNOWN) !== 0) return { ok: false, reason: `it has read-only-compatible features this reader does not know (0x${(roCompat & ~RO_KNOWN).toString(16)})` }

  const logBlock = sb.readUInt32LE(24)
  if (logBlock > 6) return { ok: false, reason: `its block size 2^${10 + logBlock} is not one ext uses` }
  const blockSize = 1024 << logBlock
  const is64 = (incompat & INCOMPAT_64BIT) !== 0
  const blocksCount = sb.readUInt32LE(4) + (is64 ? sb.readUInt32LE(0x150) * 2 ** 32 : 0)
  const firstDataBlock = sb.readUInt32LE(20)
  const blocksPerGroup = sb.readUInt32LE(32)
  const inodesPerGroup = sb.readUInt32LE(40)
  const inodeSize = revLevel > 0 ? sb.readUInt16LE(88) : 128
  const descSize = is64 ? Math.max(32, sb.readUInt16LE(254)) : 32
  if (blocksPerGroup === 0 || blocksPerGroup > blockSize * 8 || blocksCount <= firstDataBlock || inodeSize < 128 || descSize > 1024 || (descSize & (descSize - 1)) !== 0) {
    return { ok: false, reason: 'its superblock holds impossible geometry' }
  }
  if (blocksCount * blockSize > limit) return { ok: false, reason: `it claims ${blocksCount * blockSize} bytes, more than its ${limit}-byte volume` }
  const groups = Math.ceil((blocksCount - firstDataBlock) / blocksPerGroup)
  if (groups > MAX_GROUPS) return { ok: false, reason: 'its superblock claims too many groups' }
  const descPerBlock = blockSize / descSize
  const descBlocks = Math.ceil(groups / descPerBlock)
  const metaBg = (incompat & INCOMPAT_META_BG) !== 0
  const firstMetaBg = metaBg ? sb.readUInt32LE(260) : descBlocks
  const reservedGdt = sb.readUInt16LE(206)
  const metadataCsum = (roCompat & RO_METADATA_CSUM) !== 0
  const gdtCsum = (roCompat & RO_GDT_CSUM) !== 0
  const uuid = sb.subarray(104, 120)
  const seed = (incompat & INCOMPAT_CSUM_SEED) !== 0 ? sb.readUInt32LE(0x270) : crc32cRaw(0xffffffff, uuid)

  const hasSuper = (g: number): boolean => {
    if (g === 0) return true
    if ((compat & COMPAT_SPARSE_SUPER2) !== 0) return g === sb.readUInt32LE(0x24c) || g === sb.readUInt32LE(0x250)
    if (g <= 1 || (roCompat & RO_SPARSE_SUPER) === 0) return true
    if ((g & 1) === 0) return false
    return isPower(g, 3) || isPower(g, 5) || isPower(g, 7)
  }
  const groupFirst = (g: number): number => firstDataBlock + g * blocksPerGroup
  const descBlockAt = (i: number): number => {
    if (!metaBg || i < firstMetaBg) return firstDataBlock + 1 + i
    const g = i * descPerBlock
    return groupFirst(g) + (hasSuper(g) ? 1 : 0)
  }

  // the descriptors: contiguous blocks after the superblock, or spread over meta groups
  const descs = Buffer.alloc(descBlocks * blockSize)
  for (let i = 0; i < descBlocks;) {
    let run = 1
    while (i + run < descBlocks && descBlockAt(i + run) === descBlockAt(i) + run && run < 256) run++
    const at = descBlockAt(i)
    if ((at + run) * blockSize > limit) return { ok: false, reason: 'its group descriptors lie past its volume' }
    ;(await disk.read(offset + at * blockSize, run * blockSize)).copy(descs, i * blockSize)
    i += run
  }
  const desc = (g: number): Buffer => descs.subarray(g * descSize, (g + 1) * descSize)
  const loHi = (d: Buffer, lo: number, hi: number): number => d.readUInt32LE(lo) + (descSize >= 64 ? d.readUInt32LE(hi) * 2 ** 32 : 0)
  const inodeTableBlocks = Math.ceil(inodesPerGroup * inodeSize / blockSize)

  const descOk = (g: number): boolean => {
    const d = desc(g)
    if (metadataCsum) {
      const group = Buffer.alloc(4)
      group.writeUInt32LE(g)
      let c = crc32cRaw(seed, group)
      c = crc32cRaw(c, d.subarray(0, 0x1e))
      c = crc32cRaw(c, Buffer.alloc(2))
      if (descSize > 0x20) c = crc32cRaw(c, d.subarray(0x20, descSize))
      return (c & 0xffff) === d.readUInt16LE(0x1e)
    }
    if (gdtCsum) {
      const group = Buffer.alloc(4)
      group.writeUInt32LE(g)
      let c = crc16(0xffff, uuid)
      c = crc16(c, group)
      c = crc16(c, d.subarray(0, 0x1e))
      if (is64 && descSize > 0x20) c = crc16(c, d.subarray(0x20, descSize))
      return c === d.readUInt16LE(0x1e)
    }
    return true
  }

  // every group's bitmaps and inode table, for BLOCK_UNINIT groups they may lie in (flex_bg)
  const metadata: Array<[number, number]> = []
  for (let g = 0; g < groups; g++) {
    const d = desc(g)
    metadata.push([loHi(d, 0, 0x20), 1], [loHi(d, 4, 0x24), 1], [loHi(d, 8, 0x28), inodeTableBlocks])
  }
  metadata.sort((a, b) => a[0] - b[0])

  const freeRuns: Array<[number, number]> = []
  let freeBlocks = 0
  let badGroups = 0
  const addFree = (first: number, count: number): void => {
    if (count <= 0) return
    freeBlocks += count
    const last = freeRuns[freeRuns.length - 1]
    if (last !== undefined && last[0] + last[1] === first) last[1] += count
    else freeRuns.push([first, count])
  }
  const bitmapBytes = Math.ceil(blocksPerGroup / 8)
  for (let g = 0; g < groups; g++) {
    const first = groupFirst(g)
    const inGroup = Math.min(blocksPerGroup, blocksCount - first)
    const d = desc(g)
    if (!descOk(g)) { badGroups++; continue }
    const flags = d.readUInt16LE(18)
    let bitmap: Buffer
    if ((metadataCsum || gdtCsum) && (flags & BG_BLOCK_UNINIT) !== 0) {
      bitmap = uninitBitmap(g, first, inGroup)
    } else {
      const at = loHi(d, 0, 0x20)
      if (at < firstDataBlock || (at + 1) * blockSize > limit || at >= blocksCount) { badGroups++; continue }
      bitmap = await disk.read(offset + at * blockSize, bitmapBytes)
      if (metadataCsum) {
        const want = d.readUInt16LE(0x18) + (descSize >= 64 ? d.readUInt16LE(0x38) * 0x10000 : 0)
        const got = crc32cRaw(seed, bitmap.subarray(0, Math.floor(blocksPerGroup / 8)))
        if ((descSize >= 64 ? got >>> 0 : got & 0xffff) !== want) { badGroups++; continue }
      }
    }
    for (let i = 0; i < inGroup;) {
      const byte = bitmap[i >> 3]!
      if (byte === 0 && (i & 7) === 0 && i + 8 <= inGroup) { addFree(first + i, 8); i += 8; continue }
      if (byte === 0xff && (i & 7) === 0) { i += 8; continue }
      if ((byte & (1 << (i & 7))) === 0) addFree(first + i, 1)
      i++
    }
  }
  return { ok: true, blockSize, blocksCount, freeRuns, freeBlocks, badGroups }

  /** A BLOCK_UNINIT group's bitmap as libext2fs computes it: its superblock copy, descriptors and reserved descriptors, and any group's bitmaps and inode table in it. */
  function uninitBitmap (g: number, first: number, inGroup: number): Buffer {
    const bitmap = Buffer.alloc(bitmapBytes)
    const mark = (block: number, count: number): void => {
      for (let b = Math.max(block, first); b < Math.min(block + count, first + inGroup); b++) bitmap[(b - first) >> 3]! |= 1 << ((b - first) & 7)
    }
    const sup = hasSuper(g)
    if (sup) mark(first, 1)
    const metaGroup = Math.floor(g / descPerBlock)
    if (!metaBg || metaGroup < firstMetaBg) {
      if (sup) mark(first + 1, (metaBg ? firstMetaBg : descBlocks + reservedGdt))
    } else {
      const r = g % descPerBlock
      if (r === 0 || r === 1 || r === descPerBlock - 1) mark(first + (sup ? 1 : 0), 1)
    }
    // group 0 of a 1 KiB filesystem: block 0 (the boot block) is not in any group
    for (const [block, count] of metadata) {
      if (block >= first + inGroup) break
      if (block + count > first) mark(block, count)
    }
    return bitmap
  }
}

function isPower (n: number, base: number): boolean {
  let p = base
  while (p < n) p *= base
  return p === n
}

const CRC32C = (() => {
  const t = new Uint32Array(256)
  for (let i = 0; i < 256; i++) {
    let c = i
    for (let k = 0; k < 8; k++) c = (c & 1) !== 0 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1
    t[i] = c >>> 0
  }
  return t
})()

/** CRC-32C without the final inversion, from `crc` (ext4's ext4_chksum). */
export function crc32cRaw (crc: number, data: Uint8Array): number {
  let c = crc >>> 0
  for (let i = 0; i < data.length; i++) c = CRC32C[(c ^ data[i]!) & 0xff]! ^ (c >>> 8)
  return c >>> 0
}

const CRC16 = (() => {
  const t = new Uint16Array(256)
  for (let i = 0; i < 256; i++) {
    let c = i
    for (let k = 0; k < 8; k++) c = (c & 1) !== 0 ? (c >>> 1) ^ 0xa001 : c >>> 1
    t[i] = c
  }
  return t
})()

/** CRC-16 (ANSI, reflected), from `crc`: the descriptor checksum of uninit_bg. */
export function crc16 (crc: number, data: Uint8Array): number {
  let c = crc & 0xffff
  for (let i = 0; i < data.length; i++) c = (CRC16[(c ^ data[i]!) & 0xff]! ^ (c >>> 8)) & 0xffff
  return c
}
