/**
 * @packageDocumentation
 * The volumes of a guest disk, found by themselves: each partition of its GPT or MBR, or the
 * whole disk when a filesystem lies on it without a table; each with the filesystem its
 * superblock names. `pickVolume` chooses the one a user means: the partition they named, else
 * the only (or first) filesystem file-level restore can read.
 *
 * @example
 * ```ts
 * const volumes = await findVolumes(disk)
 * const volume = pickVolume(volumes, 'part2', disk.path)   // ERR_FS_UNSUPPORTED if it is xfs
 * ```
 */
import type { DiskBytes } from './disk-file.ts'
import { detectFilesystem, SUPPORTED_FILESYSTEMS, type FilesystemInfo } from './fs-signature.ts'
import { GuestFsError } from './guest-fs-error.ts'
import { readPartitionTable } from './partition-table.ts'

/** One place on a disk that may hold a filesystem. */
export interface Volume {
  /** `part1`…, or `disk` for a filesystem on the whole disk */
  name: string
  offset: number
  size: number
  /** the partition type (GPT GUID, or MBR byte as `0x83`); empty for the whole disk */
  partitionType: string
  /** the partition's GPT name; else the filesystem's label */
  label: string
  /** undefined: no known signature (an empty or unknown partition) */
  filesystem?: FilesystemInfo
}

/** The name a volume on the whole disk (no partition table) has. */
export const WHOLE_DISK = 'disk'

/**
 * Every volume of the disk. A GPT wins over a filesystem signature at sector 0 (an ext
 * superblock at 1 KiB would overlap its entries); a filesystem on the whole disk wins over an MBR
 * (a FAT boot sector carries the MBR's 0x55AA too). Nothing of either is ERR_FS_UNRECOGNIZED.
 */
export async function findVolumes (disk: DiskBytes): Promise<Volume[]> {
  const table = await readPartitionTable(disk)
  if (table?.scheme !== 'gpt') {
    const whole = await detectFilesystem(disk, 0)
    if (whole != null) return [{ name: WHOLE_DISK, offset: 0, size: disk.size, partitionType: '', label: whole.label, filesystem: whole }]
  }
  if (table == null) {
    throw new GuestFsError('ERR_FS_UNRECOGNIZED', `${disk.path} holds neither a partition table (MBR, GPT) nor a filesystem this reader knows`, { subject: disk.path })
  }
  const volumes: Volume[] = []
  for (const p of table.partitions) {
    const filesystem = await detectFilesystem(disk, p.offset)
    volumes.push({ name: p.name, offset: p.offset, size: p.size, partitionType: p.type, label: p.label !== '' ? p.label : filesystem?.label ?? '', ...(filesystem != null ? { filesystem } : {}) })
  }
  return volumes
}

/** Whether file-level restore reads this volume's filesystem. */
export function isReadable (volume: Volume): boolean {
  return volume.filesystem != null && SUPPORTED_FILESYSTEMS.includes(volume.filesystem.kind)
}

/**
 * The volume `name` (`part2`, `2`, `/dev/vda2` or `disk`), or when none is named the only
 * readable one, else the first readable one. A named volume this reader cannot read is
 * ERR_FS_UNSUPPORTED naming what it holds; no readable volume at all is ERR_FS_UNSUPPORTED
 * naming every volume found.
 */
export function pickVolume (volumes: Volume[], name: string | undefined, diskName: string): Volume {
  const describe = (v: Volume): string => `${v.name} (${v.filesystem?.kind ?? 'no known filesystem'})`
  if (name != null && name !== '') {
    const wanted = normalizeVolumeName(name)
    const volume = volumes.find((v) => v.name === wanted)
    if (volume == null) {
      throw new GuestFsError('ERR_FS_NO_SUCH_PARTITION', `${diskName} has no partition "${name}"; it has ${volumes.map(describe).join(', ')}`, { subject: diskName })
    }
    if (!isReadable(volume)) throw unsupported(volume, diskName)
    return volume
  }
  const readable = volumes.filter(isReadable)
  if (readable.length > 0) return readable[0]!
  if (volumes.length === 1) throw unsupported(volumes[0]!, diskName)
  throw new GuestFsError('ERR_FS_UNSUPPORTED', `${diskName} has no ext2/ext3/ext4 filesystem file-level restore can read; it has ${volumes.map(describe).join(', ') || 'no partitions'}`, { subject: diskName })
}

function unsupported (volume: Volume, diskName: string): GuestFsError {
  const kind = volume.filesystem?.kind
  const what = kind == null ? 'no filesystem this reader knows' : kind === 'swap' ? 'swap space (no files)' : kind === 'lvm' ? 'an LVM physical volume' : kind === 'luks' ? 'a LUKS-encrypted volume' : `a ${kind} filesystem`
  return new GuestFsError('ERR_FS_UNSUPPORTED', `${volume.name} of ${diskName} holds ${what}; file-level restore reads ext2, ext3 and ext4 only: restore the whole disk instead`, { subject: `${diskName}:${volume.name}` })
}

/** `2`, `part2`, `/dev/vda2`, `sda2` → `part2`; `disk` stays. */
export function normalizeVolumeName (name: string): string {
  if (name === WHOLE_DISK) return name
  const m = /(\d+)$/.exec(name)
  return m == null ? name : `part${m[1]}`
}
