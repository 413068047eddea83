/**
 * @packageDocumentation
 * Where a restore writes, checked before a single block is read: a restore that cannot finish
 * should say so in a second, not after moving the whole disk. The folder must exist and take new
 * files, on a filesystem that stores data (not /proc or /sys); nothing is overwritten unless the
 * user said --force; a block device is written in place and only for one disk. Folders are never
 * created down an unchecked path: only the last folder of an every-disk target, under a folder
 * that passed the checks.
 *
 * | --to is…            | one disk (--disk N)                      | every disk                         |
 * |---------------------|------------------------------------------|------------------------------------|
 * | missing             | a new file                               | a new folder, one file per disk    |
 * | a folder            | DIR/<disk name>.<format>                 | DIR/<disk name>.<format> per disk  |
 * | a regular file      | replaced, with --force                   | refused                            |
 * | a block device      | written in place (raw), with --force     | refused                            |
 *
 * @example
 * ```ts
 * const targets = await prepareRestoreTargets({ to: '/restore/web01', disks, single: false, format: 'raw', force: false, pointId })
 * try { … restore targets.disks[i].file … } catch (err) { await targets.discard(); throw err }
 * ```
 */
import { constants } from 'node:fs'
import { access, mkdir, open, readFile, realpath, rm, rmdir, stat, statfs } from 'node:fs/promises'
import type { Stats } from 'node:fs'
import { basename, dirname, isAbsolute, join } from 'node:path'
import { CodedError } from '../../core/errors.ts'
import type { RestoreTargetErrorCode } from '../error-codes.ts'

/**
 * Codes: ERR_BAD_TARGET (not a place a disk can be written to), ERR_NO_SUCH_FOLDER (the folder
 * to write in does not exist), ERR_TARGET_EXISTS (would overwrite; --force allows it),
 * ERR_TARGET_IN_USE (a block device someone holds, e.g. mounted), ERR_TARGET_NO_SPACE.
 */
export class RestoreTargetError extends CodedError<RestoreTargetErrorCode> {}

export interface RestoreTargetDisk {
  index: number
  name: string
  size: number
  /** bytes the restore writes at least (the disk without its zero blocks) */
  dataBytes: number
}

export interface RestoreTargetRequest {
  /** absolute: the daemon, not the CLI's working folder, resolves it */
  to: string
  disks: RestoreTargetDisk[]
  /** the user named one disk (--disk N): `to` may be a file or a block device */
  single: boolean
  format: 'raw' | 'qcow2'
  force: boolean
  /** for messages */
  pointId: string
}

export interface DiskTarget {
  index: number
  file: string
  /** a block device: written in place, no partial file, no truncation */
  device: boolean
  /** the file was there before: a failed restore must leave it be */
  existed: boolean
}

export interface RestoreTargets {
  disks: DiskTarget[]
  /** the folder this restore made, if any */
  createdFolder?: string
  /** Removes what this restore created (disk files that were not there before, its folder when empty). */
  discard(): Promise<void>
}

// statfs magic numbers (linux/magic.h) of filesystems that hold no data: a write there fails, or
// never settles (a recursive mkdir under /proc kept Node spinning for minutes)
const VIRTUAL_FILESYSTEMS = new Map<number, string>([
  [0x9fa0, 'proc'], [0x62656572, 'sysfs'], [0x1cd1, 'devpts'], [0x27e0eb, 'cgroup'], [0x63677270, 'cgroup2'],
  [0x64626720, 'debugfs'], [0x74726163, 'tracefs'], [0x73636673, 'securityfs'], [0xcafe4a11, 'bpf'],
  [0x6165676c, 'pstore'], [0x62656570, 'configfs'], [0xde5e81e4, 'efivarfs'], [0xf97cff8c, 'selinuxfs'],
  [0x65735543, 'fusectl'], [0x19800202, 'mqueue'], [0x42494e4d, 'binfmt_misc'], [0x6e736673, 'nsfs'],
  [0x67596969, 'rpc_pipefs'], [0x958458f6, 'hugetlbfs']
])

export async function prepareRestoreTargets (req: RestoreTargetRequest): Promise<RestoreTargets> {
  const fail = (code: RestoreTargetErrorCode, message: string, cause?: unknown): never => { throw new RestoreTargetError(code, message, { cause }) }
  if (!isAbsolute(req.to)) fail('ERR_BAD_TARGET', `restore target "${req.to}" is not an absolute path; give the full path the daemon should write`)
  const found = await look(req.to)
  const to = found === undefined ? req.to : await realpath(req.to)
  const names = diskFileNames(req.disks, req.format)

  if (req.single) {
    const disk = req.disks[0]!
    if (found?.isBlockDevice() === true) return { disks: [await deviceTarget(to, disk, req)], discard: async () => {} }
    if (found?.isDirectory() === true) {
      await checkFolder(to, req)
      const disks = [await fileTarget(join(to, names[0]!), disk, req)]
      await checkSpace(to, req)
      return { disks, discard: async () => await discard(disks) }
    }
    if (found !== undefined && !found.isFile()) fail('ERR_BAD_TARGET', `restore target ${to} is ${kindOf(found)}; give a file, a folder or a block device`)
    await checkFolder(dirname(to), req)
    const disks = [await fileTarget(to, disk, req)]
    await checkSpace(dirname(to), req)
    return { disks, discard: async () => await discard(disks) }
  }

  let createdFolder: string | undefined
  if (found === undefined) {
    // only the last folder of the path is made, and only under a folder that passed the checks
    await checkFolder(dirname(to), req)
    try {
      await mkdir(to)
    } catch (err: any) {
      fail('ERR_BAD_TARGET', `cannot create the folder ${to} to restore every disk of point ${req.pointId} into (${err.code ?? err.message}); create it yourself or choose another --to`, err)
    }
    createdFolder = to
  } else if (!found.isDirectory()) {
    fail('ERR_BAD_TARGET', `restore target ${to} is ${kindOf(found)}, but every disk of point ${req.pointId} is restored into a folder (one file per disk); give a folder, or one disk with --disk N`)
  }
  try {
    await checkFolder(to, req)
    const disks: DiskTarget[] = []
    for (const [i, disk] of req.disks.entries()) disks.push(await fileTarget(join(to, names[i]!), disk, req))
    await checkSpace(to, req)
    const discardAll = async (): Promise<void> => {
      await discard(disks)
      // only an empty folder goes: anything in it that this restore did not write stays
      if (createdFolder !== undefined) await rmdir(createdFolder).catch(() => {})
    }
    return { disks, createdFolder, discard: discardAll }
  } catch (err) {
    if (createdFolder !== undefined) await rmdir(createdFolder).catch(() => {})
    throw err
  }
}

/** `<disk name>.<format>` per disk, safe as a file name and distinct within the point. */
export function diskFileNames (disks: Array<{ index: number, name: string }>, format: string): string[] {
  const seen = new Set<string>()
  return disks.map((disk) => {
    let base = disk.name.replace(/[/\\\0]/g, '_')
    if (base === '' || base === '.' || base === '..') base = `disk${disk.index}`
    if (seen.has(base)) base = `${base}-${disk.index}`
    seen.add(base)
    return `${base}.${format}`
  })
}

async function look (path: string): Promise<Stats | undefined> {
  try {
    return await stat(path)
  } catch (err: any) {
    // ENOTDIR: a part of the path is a file; the folder check names it
    if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return undefined
    throw new RestoreTargetError('ERR_BAD_TARGET', `cannot look at restore target ${path} (${err.code ?? err.message}); choose another --to or fix its permissions`, { cause: err })
  }
}

function kindOf (st: Stats): string {
  if (st.isFile()) return 'a file'
  if (st.isDirectory()) return 'a folder'
  if (st.isBlockDevice()) return 'a block device'
  if (st.isCharacterDevice()) return 'a character device'
  if (st.isFIFO()) return 'a named pipe'
  if (st.isSocket()) return 'a socket'
  return 'neither a file nor a folder'
}

/** The folder a restore writes in: exists, is a folder on a filesystem that stores data, takes new files. */
async function checkFolder (folder: string, req: RestoreTargetRequest): Promise<void> {
  const refuse = (code: RestoreTargetErrorCode, problem: string, cause?: unknown): never => {
    throw new RestoreTargetError(code, `cannot restore point ${req.pointId} to ${req.to}: ${problem}`, { cause })
  }
  const st = await look(folder)
  if (st === undefined) {
    const parent = dirname(folder)
    const above = parent === folder ? undefined : await look(parent)
    if (above !== undefined && !above.isDirectory()) refuse('ERR_BAD_TARGET', `${parent} is ${kindOf(above)}, not a folder; choose a path in a folder`)
    refuse('ERR_NO_SUCH_FOLDER', `the folder ${folder} does not exist; create it first (a restore makes no folders but the last of an every-disk target) or choose another --to`)
  }
  if (!st!.isDirectory()) refuse('ERR_BAD_TARGET', `${folder} is ${kindOf(st!)}, not a folder; choose a path in a folder`)
  const fs = await statfs(folder).catch(() => undefined)
  const virtual = fs === undefined ? undefined : VIRTUAL_FILESYSTEMS.get(fs.type >>> 0)
  if (virtual !== undefined) refuse('ERR_BAD_TARGET', `${folder} is on ${virtual}, a virtual filesystem that stores no files; choose a folder on a disk`)
  try {
    await access(folder, constants.W_OK | constants.X_OK)
  } catch (err: any) {
    refuse('ERR_BAD_TARGET', `${folder} ${err.code === 'EROFS' ? 'is on a read-only filesystem' : `is not writable for the daemon (${err.code ?? err.message})`}; choose a writable folder`, err)
  }
}

/** A file target: new, or an existing file only with --force; a leftover partial only with --force too. */
async function fileTarget (file: string, disk: RestoreTargetDisk, req: RestoreTargetRequest): Promise<DiskTarget> {
  const st = await look(file)
  if (st !== undefined && !st.isFile()) {
    throw new RestoreTargetError('ERR_BAD_TARGET', `cannot restore disk ${disk.index} of point ${req.pointId} to ${file}: it is ${kindOf(st)}; move it away or choose another --to`)
  }
  if (st !== undefined && !req.force) {
    throw new RestoreTargetError('ERR_TARGET_EXISTS', `${file} exists; restoring disk ${disk.index} of point ${req.pointId} would overwrite it. Add --force to replace it, or choose another --to`)
  }
  const partial = `${file}.partial`
  if (!req.force && await look(partial) !== undefined) {
    throw new RestoreTargetError('ERR_TARGET_EXISTS', `${partial} exists: another restore may be writing ${basename(file)}; remove it if none is, or add --force`)
  }
  return { index: disk.index, file, device: false, existed: st !== undefined }
}

/** A block device target: one raw disk, with --force, not held by anyone, large enough. */
async function deviceTarget (device: string, disk: RestoreTargetDisk, req: RestoreTargetRequest): Promise<DiskTarget> {
  if (req.format !== 'raw') throw new RestoreTargetError('ERR_BAD_TARGET', `${device} is a block device: a disk is written onto it as raw, not ${req.format}; drop --format or restore into a file`)
  if (!req.force) {
    throw new RestoreTargetError('ERR_TARGET_EXISTS', `${device} is a block device; restoring disk ${disk.index} of point ${req.pointId} onto it overwrites what it holds. Add --force to write it`)
  }
  const size = await deviceSize(device)
  if (size !== undefined && size < disk.size) {
    throw new RestoreTargetError('ERR_BAD_TARGET', `block device ${device} holds ${size} bytes; disk ${disk.index} of point ${req.pointId} needs ${disk.size}; choose a larger device or restore into a file`)
  }
  // an exclusive open fails while the kernel holds the device (mounted, in an LVM or RAID set)
  try {
    await (await open(device, constants.O_RDONLY | constants.O_EXCL)).close()
  } catch (err: any) {
    if (err.code === 'EBUSY') throw new RestoreTargetError('ERR_TARGET_IN_USE', `block device ${device} is in use (mounted, or held by another program); unmount or release it before restoring onto it`, { cause: err })
    throw new RestoreTargetError('ERR_BAD_TARGET', `cannot open block device ${device} (${err.code ?? err.message}); check the daemon may write it`, { cause: err })
  }
  return { index: disk.index, file: device, device: true, existed: true }
}

/** A block device's size from sysfs (a device's stat says 0); undefined when sysfs does not say. */
async function deviceSize (device: string): Promise<number | undefined> {
  const { rdev } = await stat(device)
  const major = (rdev >>> 8) & 0xfff
  const minor = (rdev & 0xff) | ((rdev >>> 12) & 0xfff00)
  try {
    return Number((await readFile(`/sys/dev/block/${major}:${minor}/size`, 'utf8')).trim()) * 512
  } catch {
    return undefined
  }
}

/** Refuses a restore that cannot fit: the disks' data alone exceeds what the filesystem has free. */
async function checkSpace (folder: string, req: RestoreTargetRequest): Promise<void> {
  const fs = await statfs(folder).catch(() => undefined)
  if (fs === undefined) return
  const free = fs.bavail * fs.bsize
  const needed = req.disks.reduce((n, d) => n + d.dataBytes, 0)
  if (needed > free) {
    throw new RestoreTargetError('ERR_TARGET_NO_SPACE', `${folder} has ${free} bytes free; point ${req.pointId} needs at least ${needed} for ${req.disks.length === 1 ? `disk ${req.disks[0]!.index}` : 'its disks'}; free space or choose another --to`)
  }
}

async function discard (disks: DiskTarget[]): Promise<void> {
  for (const d of disks) {
    if (!d.existed && !d.device) await rm(d.file, { force: true }).catch(() => {})
  }
}
