/**
 * @packageDocumentation
 * The partitions of a guest disk, read from its own table: GPT (primary header at LBA 1, its CRCs
 * checked, the backup header at the last LBA when the primary is damaged) or MBR (four primary
 * entries and the chain of logical partitions in an extended one). Partitions are named `part1`…
 * by their number in the table (logical MBR partitions from `part5`, as Linux numbers them),
 * with their byte offset and size. 512-byte sectors; a GPT on 4 KiB sectors is found too.
 *
 * @example
 * ```ts
 * const table = await readPartitionTable(await DiskFile.open('vm.raw'))
 * for (const p of table?.partitions ?? []) console.log(p.name, p.offset, p.size, p.type)
 * ```
 */
import { crc32 } from 'node:zlib'
import type { DiskBytes } from './disk-file.ts'
import { GuestFsError } from './guest-fs-error.ts'

/** One partition: where it lies in the disk and what its table says it holds. */
export interface Partition {
  /** `part1`, `part2`, … (the number the table gives it; logical MBR partitions from 5) */
  name: string
  number: number
  /** bytes from the start of the disk */
  offset: number
  size: number
  /** GPT: the type GUID (upper case); MBR: the type byte as `0x83` */
  type: string
  /** GPT: the partition's name; MBR: empty */
  label: string
}

export interface PartitionTable {
  scheme: 'gpt' | 'mbr'
  partitions: Partition[]
}

const MBR_EXTENDED = new Set([0x05, 0x0f, 0x85])
const MBR_PROTECTIVE = 0xee
/** logical partitions past this many are a loop in the EBR chain, not a disk */
const MAX_LOGICAL = 128

/**
 * The disk's partition table, or undefined when it has none (a filesystem on the whole disk, or
 * nothing). A GPT whose headers both fail their CRC, or an MBR entry past the disk's end, is
 * ERR_FS_BAD_PARTITION_TABLE.
 */
export async function readPartitionTable (disk: DiskBytes): Promise<PartitionTable | undefined> {
  for (const sector of [512, 4096]) {
    const gpt = await readGpt(disk, sector)
    if (gpt != null) return gpt
  }
  return await readMbr(disk)
}

/** A GPT on `sector`-byte sectors, or undefined when LBA 1 holds no "EFI PART" header. */
async function readGpt (disk: DiskBytes, sector: number): Promise<PartitionTable | undefined> {
  const primary = await disk.read(sector, sector)
  if (primary.toString('latin1', 0, 8) !== 'EFI PART') return undefined
  const lastLba = Math.floor(disk.size / sector) - 1
  for (const header of [primary, await disk.read(lastLba * sector, sector)]) {
    if (header.toString('latin1', 0, 8) !== 'EFI PART' || !headerCrcOk(header)) continue
    const entriesLba = Number(header.readBigUInt64LE(72))
    const count = header.readUInt32LE(80)
    const entrySize = header.readUInt32LE(84)
    if (entrySize < 128 || entrySize > 4096 || count * entrySize > 1024 * 1024) continue
    const entries = await disk.read(entriesLba * sector, count * entrySize)
    if (crc32(entries) !== header.readUInt32LE(88)) continue
    const partitions: Partition[] = []
    for (let i = 0; i < count; i++) {
      const e = entries.subarray(i * entrySize, (i + 1) * entrySize)
      if (e.subarray(0, 16).every((b) => b === 0)) continue
      const first = Number(e.readBigUInt64LE(32))
      const last = Number(e.readBigUInt64LE(40))
      if (last < first || (last + 1) * sector > disk.size) {
        throw new GuestFsError('ERR_FS_BAD_PARTITION_TABLE', `GPT partition ${i + 1} of ${disk.path} ends past the disk (LBA ${last}, disk of ${disk.size} bytes)`, { subject: disk.path })
      }
      const label = e.toString('utf16le', 56, 128).replace(/\0.*$/s, '')
      partitions.push({ name: `part${i + 1}`, number: i + 1, offset: first * sector, size: (last - first + 1) * sector, type: guid(e.subarray(0, 16)), label })
    }
    return { scheme: 'gpt', partitions }
  }
  throw new GuestFsError('ERR_FS_BAD_PARTITION_TABLE', `the GPT of ${disk.path} is damaged: neither its primary nor its backup header passes its CRC`, { subject: disk.path })
}

function headerCrcOk (header: Buffer): boolean {
  const size = header.readUInt32LE(12)
  if (size < 92 || size > header.length) return false
  const copy = Buffer.from(header.subarray(0, size))
  const stored = copy.readUInt32LE(16)
  copy.writeUInt32LE(0, 16)
  return crc32(copy) === stored
}

/** A GUID's mixed-endian bytes as text: 0FC63DAF-8483-4772-8E79-3D69D8477DE4. */
function guid (b: Buffer): string {
  const hex = (from: number, to: number, reverse: boolean): string => {
    const part = Buffer.from(b.subarray(from, to))
    return (reverse ? part.reverse() : part).toString('hex')
  }
  return [hex(0, 4, true), hex(4, 6, true), hex(6, 8, true), hex(8, 10, false), hex(10, 16, false)].join('-').toUpperCase()
}

interface MbrEntry { type: number, start: number, sectors: number }

function mbrEntries (sector: Buffer): MbrEntry[] {
  const out: MbrEntry[] = []
  for (let i = 0; i < 4; i++) {
    const e = sector.subarray(446 + i * 16, 462 + i * 16)
    out.push({ type: e[4]!, start: e.readUInt32LE(8), sectors: e.readUInt32LE(12) })
  }
  return out
}

/**
 * An MBR, or undefined when sector 0 is not one: no 0x55AA signature, a boot flag other than
 * 0x00/0x80, or no entry in use (a FAT boot sector has the signature but not sane entries).
 */
async function readMbr (disk: DiskBytes): Promise<PartitionTable | undefined> {
  const mbr = await disk.read(0, 512)
  if (mbr[510] !== 0x55 || mbr[511] !== 0xaa) return undefined
  for (let i = 0; i < 4; i++) if (mbr[446 + i * 16] !== 0 && mbr[446 + i * 16] !== 0x80) return undefined
  const entries = mbrEntries(mbr)
  if (entries.every((e) => e.type === 0 || e.sectors === 0)) return undefined
  if (entries.some((e) => e.type === MBR_PROTECTIVE)) {
    throw new GuestFsError('ERR_FS_BAD_PARTITION_TABLE', `${disk.path} has a protective MBR but no readable GPT`, { subject: disk.path })
  }
  const partitions: Partition[] = []
  const check = (number: number, start: number, sectors: number): void => {
    if ((start + sectors) * 512 > disk.size) {
      throw new GuestFsError('ERR_FS_BAD_PARTITION_TABLE', `MBR partition ${number} of ${disk.path} ends past the disk (sector ${start + sectors}, disk of ${disk.size} bytes)`, { subject: disk.path })
    }
  }
  let logical = 5
  for (const [i, e] of entries.entries()) {
    if (e.type === 0 || e.sectors === 0) continue
    check(i + 1, e.start, e.sectors)
    if (!MBR_EXTENDED.has(e.type)) {
      partitions.push({ name: `part${i + 1}`, number: i + 1, offset: e.start * 512, size: e.sectors * 512, type: typeHex(e.type), label: '' })
      continue
    }
    // the chain of extended boot records: each holds one logical partition (relative to itself)
    // and a link to the next (relative to the extended partition's start)
    let ebr = e.start
    while (logical < 5 + MAX_LOGICAL) {
      const sector = await disk.read(ebr * 512, 512)
      if (sector[510] !== 0x55 || sector[511] !== 0xaa) break
      const [own, next] = mbrEntries(sector)
      if (own != null && own.type !== 0 && own.sectors !== 0) {
        check(logical, ebr + own.start, own.sectors)
        partitions.push({ name: `part${logical}`, number: logical, offset: (ebr + own.start) * 512, size: own.sectors * 512, type: typeHex(own.type), label: '' })
        logical++
      }
      if (next == null || next.sectors === 0 || !MBR_EXTENDED.has(next.type)) break
      ebr = e.start + next.start
    }
  }
  return { scheme: 'mbr', partitions }
}

function typeHex (type: number): string {
  return '0x' + type.toString(16).padStart(2, '0')
}
