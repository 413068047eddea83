/**
 * @packageDocumentation
 * Parsers of what debugfs 1.47 prints, over the latin1 text a DebugfsSession returns:
 * - `ls -p DIR`: one `/ino/mode/uid/gid/name/size/` line per entry (size empty for a directory);
 *   a name holding a newline spills onto the next lines, which are joined back;
 * - `stat FILE`: the inode's type, mode, owner, size, links, flags, times (with the extra epoch
 *   bits and nanoseconds of large inodes, so dates before 1970 and after 2038 come out right),
 *   a fast symlink's target, a device's numbers, and its data map (`EXTENTS:` of an extent-mapped
 *   inode, `BLOCKS:` of a block-mapped one: logical → physical runs, uninitialized extents marked,
 *   tree and indirect blocks left out);
 * - `stats -h`: the block size and features.
 */

/** One entry of `ls -p`. Names are UTF-8 (what the guest wrote, decoded). */
export interface LsEntry {
  inode: number
  /** the inode's full mode: type bits and permission bits (setuid, setgid, sticky included) */
  mode: number
  uid: number
  gid: number
  name: string
  /** undefined for a directory */
  size?: number
}

/** A run of a file's data: `length` blocks from logical block `logical` at physical `physical`. */
export interface DataRun {
  logical: number
  physical: number
  length: number
  /** an uninitialized (preallocated) extent: reads as zeros */
  uninit: boolean
}

export interface Timestamp {
  /** seconds since the epoch, negative before 1970 */
  sec: number
  nsec: number
}

/** What `stat` says of one inode. */
export interface InodeStat {
  inode: number
  /** debugfs's type word: regular, directory, symlink, FIFO, socket, character special, block special */
  typeWord: string
  /** permission bits with setuid, setgid and sticky (the mode's low 12 bits) */
  perm: number
  flags: number
  uid: number
  gid: number
  size: number
  links: number
  mtime: Timestamp
  atime: Timestamp
  /** a fast symlink's target (latin1: one char per byte), read for exactly `size` bytes */
  fastLink?: string
  /** a device's major and minor numbers */
  device?: { major: number, minor: number }
  /** the data map; empty for an inline or empty file */
  runs: DataRun[]
  /** stat printed no map at all (inline data) */
  hasMap: boolean
}

/** ext4 inode flag: the data lives in the inode (inline_data) */
export const INLINE_DATA_FL = 0x10000000
/** ext4 inode flag: the file is encrypted (fscrypt) */
export const ENCRYPT_FL = 0x800

/** latin1 text (one char per byte) → the UTF-8 it holds */
export function utf8 (latin1: string): string {
  return Buffer.from(latin1, 'latin1').toString('utf8')
}

const LS_HEAD = /^\/(\d+)\/([0-7]{6})\/(\d+)\/(\d+)\//
const LS_TAIL = /\/(\d*)\/$/

/** The entries of `ls -p` output, `.` and `..` included, unused slots (inode 0) left out. */
export function parseLsP (out: string): LsEntry[] {
  const entries: LsEntry[] = []
  const lines = out.split('\n')
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!
    if (!LS_HEAD.test(line)) continue
    // a name with a newline: the entry ends at the first line with the /size/ tail
    while (!LS_TAIL.test(line.slice(line.match(LS_HEAD)![0].length)) && i + 1 < lines.length) line += '\n' + lines[++i]!
    const head = LS_HEAD.exec(line)!
    const rest = line.slice(head[0].length)
    const tail = LS_TAIL.exec(rest)
    if (tail == null) continue
    const name = utf8(rest.slice(0, rest.length - tail[0].length))
    // inode 0: an unused slot (lost+found is full of them), not an entry
    if (head[1] === '0') continue
    entries.push({
      inode: Number(head[1]),
      mode: parseInt(head[2]!, 8),
      uid: Number(head[3]),
      gid: Number(head[4]),
      name,
      ...(tail[1] !== '' ? { size: Number(tail[1]) } : {})
    })
  }
  return entries
}

/** The inode `stat` described, or undefined when it printed none (an error went to stderr). */
export function parseStat (out: string): InodeStat | undefined {
  const head = /^Inode: (\d+)\s+Type: (.+?)\s+Mode:\s+([0-7]+)\s+Flags: 0x([0-9a-f]+)/m.exec(out)
  if (head == null) return undefined
  const owner = /^User:\s+(\d+)\s+Group:\s+(\d+)(?:\s+Project:\s+\d+)?\s+Size:\s+(\d+)/m.exec(out)
  const links = /^Links: (\d+)/m.exec(out)
  const stat: InodeStat = {
    inode: Number(head[1]),
    typeWord: head[2]!,
    perm: parseInt(head[3]!, 8) & 0o7777,
    flags: parseInt(head[4]!, 16),
    uid: Number(owner?.[1] ?? 0),
    gid: Number(owner?.[2] ?? 0),
    size: Number(owner?.[3] ?? 0),
    links: Number(links?.[1] ?? 1),
    mtime: parseTime(out, 'mtime'),
    atime: parseTime(out, 'atime'),
    runs: [],
    hasMap: false
  }
  const fast = out.indexOf('Fast link dest: "')
  if (fast >= 0) {
    const start = fast + 'Fast link dest: "'.length
    stat.fastLink = out.slice(start, start + stat.size)
  }
  const dev = /^Device major\/minor number: ([0-9a-f]+):([0-9a-f]+)/m.exec(out)
  if (dev != null) stat.device = { major: parseInt(dev[1]!, 16), minor: parseInt(dev[2]!, 16) }
  const map = /^(?:EXTENTS|BLOCKS):\n([\s\S]*?)(?:\nTOTAL: \d+|\n*$)/m.exec(out)
  if (map != null) {
    stat.hasMap = true
    stat.runs = parseRuns(map[1]!)
  }
  return stat
}

const RUN = /\((\d+)(?:-(\d+))?(\[u\])?\):(\d+)(?:-(\d+))?/g

/** `(0-11):786-797, (IND):798, (12-267):799-1054, (ETB0):7462, (0-99[u]):7500-7599` → runs. */
export function parseRuns (text: string): DataRun[] {
  const runs: DataRun[] = []
  for (const m of text.matchAll(RUN)) {
    const logical = Number(m[1])
    const last = m[2] != null ? Number(m[2]) : logical
    const physical = Number(m[4])
    runs.push({ logical, physical, length: last - logical + 1, uninit: m[3] != null })
  }
  return runs
}

/**
 * A time field of `stat`: `mtime: 0xLO:EXTRA -- …` on large inodes (LO a signed 32-bit second
 * count, EXTRA's low two bits its epoch, the rest nanoseconds, as Linux decodes them), or
 * `mtime: 0xLO -- …` on 128-byte inodes (seconds 1901–2038).
 */
export function parseTime (out: string, field: 'mtime' | 'atime' | 'ctime' | 'crtime'): Timestamp {
  const m = new RegExp(`^\\s*${field}: 0x([0-9a-f]+)(?::([0-9a-f]+))?`, 'm').exec(out)
  if (m == null) return { sec: 0, nsec: 0 }
  const lo = parseInt(m[1]!, 16) | 0
  const extra = m[2] != null ? parseInt(m[2], 16) >>> 0 : 0
  return { sec: lo + (extra & 3) * 2 ** 32, nsec: extra >>> 2 }
}

/** The filesystem block size `stats -h` printed. */
export function parseBlockSize (header: string): number {
  const m = /^Block size:\s+(\d+)/m.exec(header)
  return m == null ? 4096 : Number(m[1])
}
