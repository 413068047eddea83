/**
 * @packageDocumentation
 * A file, folder or link inside a guest filesystem as file-level restore shows it, and the guest
 * path rules: absolute, `/`-separated, `.` and `..` resolved by name, no newline or NUL.
 */
import { GuestFsError } from './guest-fs-error.ts'
import type { Timestamp } from './debugfs-output.ts'

export type EntryType = 'file' | 'dir' | 'symlink' | 'fifo' | 'socket' | 'char' | 'block'

/** One entry of a guest directory. */
export interface GuestEntry {
  name: string
  /** the absolute guest path */
  path: string
  type: EntryType
  /** permission bits with setuid (0o4000), setgid (0o2000) and sticky (0o1000) */
  mode: number
  uid: number
  gid: number
  size: number
  mtime: Timestamp
  /** a symlink's target */
  target?: string
  inode: number
  links: number
}

/** The entry type of an inode's full mode (its S_IFMT bits). */
export function typeOfMode (mode: number): EntryType {
  switch (mode & 0o170000) {
    case 0o040000: return 'dir'
    case 0o120000: return 'symlink'
    case 0o010000: return 'fifo'
    case 0o140000: return 'socket'
    case 0o020000: return 'char'
    case 0o060000: return 'block'
    default: return 'file'
  }
}

/** `ls -l`-style letter of a type. */
export function typeLetter (type: EntryType): string {
  return { file: '-', dir: 'd', symlink: 'l', fifo: 'p', socket: 's', char: 'c', block: 'b' }[type]
}

/** An absolute guest path, normalized: `/a//b/./c/../d/` → `/a/b/d`. Throws ERR_FS_BAD_PATH. */
export function normalizeGuestPath (path: string): string {
  if (/[\n\r\0]/.test(path)) throw new GuestFsError('ERR_FS_BAD_PATH', `a guest path cannot hold a newline or NUL: ${JSON.stringify(path)}`, { subject: path })
  if (!path.startsWith('/')) throw new GuestFsError('ERR_FS_BAD_PATH', `guest paths are absolute: "${path}" should start with /`, { subject: path })
  const parts: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') parts.pop()
    else parts.push(part)
  }
  return '/' + parts.join('/')
}

/** `parent` + `/` + `name`, without doubling the root's slash. */
export function joinGuestPath (parent: string, name: string): string {
  return parent === '/' ? `/${name}` : `${parent}/${name}`
}

/** A Date of a guest timestamp (milliseconds; the nanoseconds past them are dropped). */
export function timestampDate (t: Timestamp): Date {
  return new Date(t.sec * 1000 + Math.floor(t.nsec / 1e6))
}
