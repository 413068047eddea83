/**
 * @packageDocumentation
 * What a volume holds, told by its superblock or signature alone (the way blkid does): ext2, ext3
 * and ext4, which file-level restore reads, and the kinds it names but cannot read yet (xfs,
 * btrfs, ntfs, vfat, exfat, swap, an LVM physical volume, LUKS). Reads the first 68 KiB of the
 * volume at most.
 *
 * @example
 * ```ts
 * const fs = await detectFilesystem(disk, 1048576)
 * if (fs?.kind === 'ext4') console.log(fs.label, fs.uuid)
 * ```
 */
import type { DiskBytes } from './disk-file.ts'

export type FilesystemKind = 'ext2' | 'ext3' | 'ext4' | 'xfs' | 'btrfs' | 'ntfs' | 'vfat' | 'exfat' | 'swap' | 'lvm' | 'luks' | 'iso9660'

/** the kinds this reader lists and extracts */
export const SUPPORTED_FILESYSTEMS: readonly FilesystemKind[] = ['ext2', 'ext3', 'ext4']

export interface FilesystemInfo {
  kind: FilesystemKind
  label: string
  uuid: string
}

/** how much of a volume the probes read: up to btrfs's superblock at 64 KiB (and ISO's at 32 KiB) */
const PROBE_BYTES = 65536 + 4096

// ext's feature bits that tell the three apart (as blkid does)
const EXT3_COMPAT_JOURNAL = 0x0004
const EXT2_INCOMPAT = 0x0002 | 0x0010 // filetype, meta_bg
const EXT3_INCOMPAT = EXT2_INCOMPAT | 0x0004 // + recover
const EXT2_RO_COMPAT = 0x0001 | 0x0002 | 0x0004 // sparse_super, large_file, btree_dir

/** The filesystem at `offset` of the disk, or undefined when no known signature is there. */
export async function detectFilesystem (disk: DiskBytes, offset: number): Promise<FilesystemInfo | undefined> {
  const b = await disk.read(offset, PROBE_BYTES)
  return detectInBytes(b)
}

/** The same, over a volume's first bytes already read. */
export function detectInBytes (b: Buffer): FilesystemInfo | undefined {
  const ascii = (at: number, len: number): string => b.toString('latin1', at, at + len)
  if (b.length >= 1024 + 264 && b.readUInt16LE(1024 + 56) === 0xef53) return ext(b.subarray(1024))
  if (ascii(0, 4) === 'XFSB') return { kind: 'xfs', label: cstr(b, 108, 12), uuid: uuidHex(b.subarray(32, 48)) }
  if (ascii(65536 + 64, 8) === '_BHRfS_M') return { kind: 'btrfs', label: cstr(b, 65536 + 299, 256), uuid: uuidHex(b.subarray(65536 + 32, 65536 + 48)) }
  if (ascii(0, 6) === 'LUKS\xba\xbe') return { kind: 'luks', label: '', uuid: cstr(b, 168, 40) }
  if (ascii(3, 8) === 'NTFS    ') return { kind: 'ntfs', label: '', uuid: b.subarray(72, 80).reverse().toString('hex').toUpperCase() }
  if (ascii(3, 8) === 'EXFAT   ') return { kind: 'exfat', label: '', uuid: '' }
  if (b[510] === 0x55 && b[511] === 0xaa && (ascii(54, 5) === 'FAT12' || ascii(54, 5) === 'FAT16' || ascii(82, 5) === 'FAT32')) {
    const fat32 = ascii(82, 5) === 'FAT32'
    return { kind: 'vfat', label: ascii(fat32 ? 71 : 43, 11).trim(), uuid: b.readUInt32LE(fat32 ? 67 : 39).toString(16).toUpperCase().padStart(8, '0') }
  }
  for (const page of [4096, 8192, 16384, 65536]) {
    if (page <= b.length && (ascii(page - 10, 10) === 'SWAPSPACE2' || ascii(page - 10, 10) === 'SWAP-SPACE')) {
      return { kind: 'swap', label: cstr(b, 1024 + 28, 16), uuid: uuidHex(b.subarray(1024 + 12, 1024 + 28)) }
    }
  }
  for (let sector = 0; sector < 4; sector++) {
    if (ascii(sector * 512, 8) === 'LABELONE' && ascii(sector * 512 + 24, 8) === 'LVM2 001') return { kind: 'lvm', label: '', uuid: ascii(sector * 512 + 32, 32) }
  }
  if (ascii(32769, 5) === 'CD001') return { kind: 'iso9660', label: ascii(32808, 32).trim(), uuid: '' }
  return undefined
}

function ext (sb: Buffer): FilesystemInfo {
  const compat = sb.readUInt32LE(92)
  const incompat = sb.readUInt32LE(96)
  const roCompat = sb.readUInt32LE(100)
  const info = { label: cstr(sb, 120, 16), uuid: uuidHex(sb.subarray(104, 120)) }
  if ((incompat & ~EXT3_INCOMPAT) !== 0 || (roCompat & ~EXT2_RO_COMPAT) !== 0) return { kind: 'ext4', ...info }
  if ((compat & EXT3_COMPAT_JOURNAL) !== 0) return { kind: 'ext3', ...info }
  return { kind: 'ext2', ...info }
}

/** A NUL-terminated string of at most `len` bytes. */
function cstr (b: Buffer, at: number, len: number): string {
  const raw = b.subarray(at, at + len)
  const end = raw.indexOf(0)
  return raw.subarray(0, end < 0 ? raw.length : end).toString('utf8')
}

function uuidHex (b: Buffer): string {
  const h = b.toString('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

