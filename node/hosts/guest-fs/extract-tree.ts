/**
 * @packageDocumentation
 * Extracts guest files and directories (recursively) into a local folder and keeps what
 * debugfs's `rdump` loses: setuid/setgid/sticky bits, hard links (a second name of an inode
 * already written becomes a link to it), sparse files (only mapped blocks are written, holes
 * stay holes), mtimes before 1970 and after 2038, symlink owners and times; owners are set when
 * this process runs as root. Directories get their mode and times after their contents are in.
 * FIFOs, sockets and devices are not created: they are reported as skipped.
 *
 * @example
 * ```ts
 * const summary = await extractTree(reader, ['/etc/nginx', '/var/www/index.html'], '/tmp/restore')
 * console.log(summary.files, summary.bytes, summary.skipped)
 * ```
 */
import { chmod, chown, lchown, link, lstat, lutimes, mkdir, open, symlink, utimes } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { GuestFsError } from './guest-fs-error.ts'
import type { ExtReader } from './ext-reader.ts'
import { modeOf } from './ext-reader.ts'
import type { InodeStat, Timestamp } from './debugfs-output.ts'
import { normalizeGuestPath, typeOfMode } from './guest-entry.ts'

export interface ExtractOptions {
  /** set owners (uid/gid) as the guest had them; default: when running as root */
  owners?: boolean
  /** called after each file with its guest path and bytes (progress) */
  onFile?: (path: string, bytes: number) => void
}

/** What an extraction wrote. */
export interface ExtractSummary {
  files: number
  dirs: number
  symlinks: number
  hardlinks: number
  /** bytes of file data written (holes not counted) */
  bytes: number
  /** entries not written, with why */
  skipped: Array<{ path: string, reason: string }>
}

interface Pending { dest: string, st: InodeStat }

/**
 * Extracts each guest path into `toDir` under its own name (`/` puts the root's contents in
 * `toDir`). A destination that exists is ERR_FS_TARGET_EXISTS: nothing is overwritten.
 */
export async function extractTree (reader: ExtReader, paths: string[], toDir: string, options: ExtractOptions = {}): Promise<ExtractSummary> {
  const owners = options.owners ?? process.getuid?.() === 0
  const summary: ExtractSummary = { files: 0, dirs: 0, symlinks: 0, hardlinks: 0, bytes: 0, skipped: [] }
  const written = new Map<number, string>() // inode → first local path, for hard links
  const dirs: Pending[] = [] // directories whose mode and times are set last, deepest first

  const meta = async (dest: string, st: InodeStat, isLink: boolean): Promise<void> => {
    const time = seconds(st.mtime)
    const atime = seconds(st.atime)
    if (isLink) {
      if (owners) await lchown(dest, st.uid, st.gid)
      await lutimes(dest, atime, time)
      return
    }
    if (owners) await chown(dest, st.uid, st.gid)
    await chmod(dest, st.perm) // after chown, which clears setuid and setgid
    await utimes(dest, atime, time)
  }

  const one = async (st: InodeStat, guestPath: string, dest: string, isRoot: boolean): Promise<void> => {
    const type = typeOfMode(modeOf(st))
    if (!(isRoot && type === 'dir')) await refuseExisting(dest)
    if (type !== 'dir' && st.links > 1) {
      const first = written.get(st.inode)
      if (first != null) {
        await link(first, dest)
        summary.hardlinks++
        return
      }
    }
    switch (type) {
      case 'file': {
        const out = await open(dest, 'wx', 0o600)
        let bytes: number
        try {
          bytes = await reader.copyData(st, out, guestPath)
        } finally {
          await out.close()
        }
        await meta(dest, st, false)
        summary.files++
        summary.bytes += bytes
        options.onFile?.(guestPath, bytes)
        break
      }
      case 'symlink': {
        await symlink(await reader.linkTarget(st, guestPath), dest)
        await meta(dest, st, true)
        summary.symlinks++
        break
      }
      case 'dir': {
        await mkdir(dest, { recursive: isRoot, mode: 0o700 })
        summary.dirs++
        const children = await reader.listInode(st.inode, guestPath)
        const stats = await Promise.all(children.map(async (c) => await reader.inode(c.inode, c.path)))
        for (const [i, c] of children.entries()) await one(stats[i]!, c.path, join(dest, c.name), false)
        dirs.push({ dest, st })
        break
      }
      default:
        summary.skipped.push({ path: guestPath, reason: `a ${type} is not created by a file restore` })
        return
    }
    written.set(st.inode, dest)
  }

  await mkdir(toDir, { recursive: true })
  for (const path of paths) {
    const p = normalizeGuestPath(path)
    const st = await reader.inodeOf(p)
    await one(st, p, p === '/' ? toDir : join(toDir, basename(p)), p === '/')
  }
  // children before parents: a read-only directory is made read-only only once it is full
  for (const d of dirs) await meta(d.dest, d.st, false)
  return summary
}

async function refuseExisting (dest: string): Promise<void> {
  try {
    await lstat(dest)
  } catch {
    return
  }
  throw new GuestFsError('ERR_FS_TARGET_EXISTS', `${dest} exists; file restore does not overwrite: choose another --to folder or move it away`, { subject: dest })
}

/**
 * A guest timestamp as a Date for utimes (milliseconds kept): never a number, which Node takes
 * for "now" when it is negative (a time before 1970).
 */
function seconds (t: Timestamp): Date {
  return new Date(t.sec * 1000 + Math.floor(t.nsec / 1e6))
}

