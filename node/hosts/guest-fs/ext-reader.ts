/**
 * @packageDocumentation
 * Reads an ext2/ext3/ext4 filesystem inside a guest disk over one debugfs session: lists a
 * directory (name, type, mode, owner, size, mtime, symlink target, inode), stats a path, finds
 * by glob pattern, and reads a file's data by its own map, straight from the disk at the
 * filesystem's offset: only the blocks the file holds are read, holes are never read, and
 * nothing goes through debugfs's `dump` (which writes holes as zeros). debugfs reads the disk
 * lazily, so a listing costs the directory's blocks and inodes, not the disk.
 *
 * @example
 * ```ts
 * const reader = await ExtReader.open({ disk: await DiskFile.open('vm.raw'), offset: 1048576 })
 * for (const e of await reader.list('/etc')) console.log(e.type, e.mode.toString(8), e.name)
 * await reader.close()
 * ```
 */
import type { FileHandle } from 'node:fs/promises'
import type { DiskBytes } from './disk-file.ts'
import { DebugfsSession } from './debugfs-session.ts'
import { ENCRYPT_FL, INLINE_DATA_FL, parseBlockSize, parseLsP, parseStat, utf8, type InodeStat, type LsEntry } from './debugfs-output.ts'
import { globMatcher } from './glob.ts'
import { joinGuestPath, normalizeGuestPath, typeOfMode, type GuestEntry } from './guest-entry.ts'
import { GuestFsError } from './guest-fs-error.ts'

export interface ExtReaderInit {
  /** the disk holding the filesystem (it stays the caller's to close) */
  disk: DiskBytes
  /** the filesystem's byte offset in the disk (its partition's) */
  offset?: number
  /** the debugfs program; default `debugfs` on PATH */
  debugfs?: string
}

/** A match of `find`, and whether the walk stopped at the limit. */
export interface FindResult {
  entries: GuestEntry[]
  truncated: boolean
}

/** largest single read of file data */
const CHUNK = 4 * 1024 * 1024

/** An open ext filesystem: one debugfs session, the disk, the block size. */
export class ExtReader {
  readonly disk: DiskBytes
  readonly offset: number
  readonly blockSize: number
  private readonly session: DebugfsSession

  private constructor (disk: DiskBytes, offset: number, session: DebugfsSession) {
    this.disk = disk
    this.offset = offset
    this.session = session
    this.blockSize = parseBlockSize(session.header)
  }

  static async open (init: ExtReaderInit): Promise<ExtReader> {
    const offset = init.offset ?? 0
    const session = await DebugfsSession.open({ device: init.disk.path, offset, ...(init.debugfs != null ? { program: init.debugfs } : {}) })
    return new ExtReader(init.disk, offset, session)
  }

  /** The entry at `path` (a symlink itself, not what it points to). */
  async stat (path: string): Promise<GuestEntry> {
    const p = normalizeGuestPath(path)
    const st = await this.statSpec(quote(p), p)
    const name = p === '/' ? '/' : p.slice(p.lastIndexOf('/') + 1)
    return await this.entryOf(st, name, p)
  }

  /** The entries of the directory at `path`, `.` and `..` left out, sorted by name. */
  async list (path: string): Promise<GuestEntry[]> {
    const p = normalizeGuestPath(path)
    const children = await this.lsSpec(quote(p), p)
    return await this.describe(children, p)
  }

  /** The entries of the directory inode `inode` (whose path is `path`). */
  async listInode (inode: number, path: string): Promise<GuestEntry[]> {
    return await this.describe(await this.lsSpec(`<${inode}>`, path), path)
  }

  /**
   * Every entry under `under` whose path (or name, for a pattern without a slash) matches the
   * glob `pattern`, at most `limit`, walking directories breadth first, each level's listings
   * sent at once.
   */
  async find (pattern: string, options: { under?: string, limit?: number } = {}): Promise<FindResult> {
    const root = normalizeGuestPath(options.under ?? '/')
    const limit = options.limit ?? 1000
    const match = globMatcher(pattern)
    const rootStat = await this.statSpec(quote(root), root)
    if (typeOfMode(modeOf(rootStat)) !== 'dir') throw new GuestFsError('ERR_FS_NOT_A_DIRECTORY', `${root} is not a directory`, { subject: root })
    const found: Array<{ entry: LsEntry, path: string }> = []
    let level: Array<{ inode: number, path: string }> = [{ inode: rootStat.inode, path: root }]
    let truncated = false
    while (level.length > 0 && !truncated) {
      const listings = await Promise.all(level.map(async (d) => ({ dir: d, entries: await this.lsSpec(`<${d.inode}>`, d.path).catch(() => []) })))
      const nextLevel: typeof level = []
      for (const { dir, entries } of listings) {
        for (const e of entries) {
          const path = joinGuestPath(dir.path, e.name)
          if (match(path)) {
            if (found.length >= limit) { truncated = true; break }
            found.push({ entry: e, path })
          }
          if (typeOfMode(e.mode) === 'dir') nextLevel.push({ inode: e.inode, path })
        }
        if (truncated) break
      }
      level = nextLevel
    }
    const entries = await Promise.all(found.map(async ({ entry, path }) => await this.entryOf(await this.statSpec(`<${entry.inode}>`, path), entry.name, path)))
    return { entries, truncated }
  }

  /** What `stat` says of the inode of `path` (for extraction: the data map, flags, links). */
  async inodeOf (path: string): Promise<InodeStat> {
    const p = normalizeGuestPath(path)
    return await this.statSpec(quote(p), p)
  }

  /** What `stat` says of inode `inode`. */
  async inode (inode: number, path: string): Promise<InodeStat> {
    return await this.statSpec(`<${inode}>`, path)
  }

  /**
   * Writes the data of a regular file into `out` at the same offsets: only its mapped,
   * initialized blocks are read and written, so its holes stay holes; then `out` is cut to the
   * file's size. Inline data (ext4 inline_data) comes through debugfs `cat`, clamped to the
   * size. Returns the bytes written.
   */
  async copyData (st: InodeStat, out: FileHandle, path: string): Promise<number> {
    if ((st.flags & ENCRYPT_FL) !== 0) throw new GuestFsError('ERR_FS_UNSUPPORTED', `${path} is encrypted inside the guest (fscrypt); its contents cannot be read without the guest's key`, { subject: path })
    let written = 0
    if ((st.flags & INLINE_DATA_FL) !== 0 || (!st.hasMap && st.size > 0)) {
      const data = await this.inlineData(st, path)
      await out.write(data, 0, data.length, 0)
      written = data.length
    } else {
      const bs = this.blockSize
      // reads run one chunk ahead of the writes
      let pendingWrite: Promise<unknown> = Promise.resolve()
      for (const run of st.runs) {
        if (run.uninit) continue
        const start = run.logical * bs
        const end = Math.min(st.size, (run.logical + run.length) * bs)
        for (let pos = start; pos < end; pos += CHUNK) {
          const n = Math.min(CHUNK, end - pos)
          const data = await this.readDisk(this.offset + run.physical * bs + (pos - start), n, path)
          await pendingWrite
          pendingWrite = out.write(data, 0, n, pos)
          written += n
        }
      }
      await pendingWrite
    }
    await out.truncate(st.size)
    return written
  }

  /**
   * The bytes of a regular file in order, holes as zeros (for a download, which has no holes),
   * in pieces of at most 4 MiB.
   */
  async * chunks (st: InodeStat, path: string): AsyncGenerator<Buffer> {
    if ((st.flags & ENCRYPT_FL) !== 0) throw new GuestFsError('ERR_FS_UNSUPPORTED', `${path} is encrypted inside the guest (fscrypt); its contents cannot be read without the guest's key`, { subject: path })
    if ((st.flags & INLINE_DATA_FL) !== 0 || (!st.hasMap && st.size > 0)) {
      yield await this.inlineData(st, path)
      return
    }
    const bs = this.blockSize
    const zeros = (n: number): Buffer => Buffer.alloc(n)
    let pos = 0
    const runs = st.runs.filter((r) => !r.uninit).sort((a, b) => a.logical - b.logical)
    for (const run of runs) {
      const start = run.logical * bs
      const end = Math.min(st.size, (run.logical + run.length) * bs)
      for (; pos < Math.min(start, st.size); pos += Math.min(CHUNK, start - pos)) yield zeros(Math.min(CHUNK, start - pos))
      for (; pos < end; pos += Math.min(CHUNK, end - pos)) {
        yield await this.readDisk(this.offset + run.physical * bs + (pos - start), Math.min(CHUNK, end - pos), path)
      }
    }
    for (; pos < st.size; pos += Math.min(CHUNK, st.size - pos)) yield zeros(Math.min(CHUNK, st.size - pos))
  }

  /** A symlink's target: the fast link in the inode, or the data of a slow one. */
  async linkTarget (st: InodeStat, path: string): Promise<string> {
    if (st.fastLink != null) return utf8(st.fastLink)
    if ((st.flags & INLINE_DATA_FL) !== 0 || !st.hasMap) return (await this.inlineData(st, path)).toString('utf8')
    const run = st.runs.find((r) => r.logical === 0 && !r.uninit)
    if (run == null) return ''
    return (await this.readDisk(this.offset + run.physical * this.blockSize, st.size, path)).toString('utf8')
  }

  async close (): Promise<void> {
    await this.session.close()
  }

  private async inlineData (st: InodeStat, path: string): Promise<Buffer> {
    const { out, err } = await this.session.run(`cat <${st.inode}>`)
    if (err.trim() !== '' && out === '') throw this.failure(err, path)
    return Buffer.from(out.slice(0, st.size), 'latin1')
  }

  private async readDisk (offset: number, length: number, path: string): Promise<Buffer> {
    if (offset + length > this.disk.size) {
      throw new GuestFsError('ERR_FS_READ_FAILED', `${path} maps blocks past the end of the disk ${this.disk.path} (${offset + length} > ${this.disk.size}): the filesystem is damaged or larger than its partition`, { subject: path })
    }
    return await this.disk.read(offset, length)
  }

  private async describe (children: LsEntry[], dir: string): Promise<GuestEntry[]> {
    const entries = await Promise.all(children.map(async (e) => {
      const path = joinGuestPath(dir, e.name)
      return await this.entryOf(await this.statSpec(`<${e.inode}>`, path), e.name, path)
    }))
    return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  }

  private async entryOf (st: InodeStat, name: string, path: string): Promise<GuestEntry> {
    const type = typeOfMode(modeOf(st))
    const entry: GuestEntry = { name, path, type, mode: st.perm, uid: st.uid, gid: st.gid, size: st.size, mtime: st.mtime, inode: st.inode, links: st.links }
    if (type === 'symlink') entry.target = await this.linkTarget(st, path)
    return entry
  }

  /** `ls -p SPEC` without `.` and `..`. */
  private async lsSpec (spec: string, path: string): Promise<LsEntry[]> {
    const { out, err } = await this.session.run(`ls -p ${spec}`)
    if (/not a directory/i.test(err)) throw new GuestFsError('ERR_FS_NOT_A_DIRECTORY', `${path} is not a directory`, { subject: path })
    if (err.trim() !== '') throw this.failure(err, path)
    return parseLsP(out).filter((e) => e.name !== '.' && e.name !== '..')
  }

  private async statSpec (spec: string, path: string): Promise<InodeStat> {
    const { out, err } = await this.session.run(`stat ${spec}`)
    const st = parseStat(out)
    if (st == null) throw this.failure(err, path)
    return st
  }

  private failure (err: string, path: string): GuestFsError {
    const text = err.trim().split('\n').filter((l) => !/^debugfs \d/.test(l)).join('; ')
    if (/File not found|not found by ext2_lookup/.test(text) || text === '') return new GuestFsError('ERR_FS_NOT_FOUND', `no ${path} in the guest filesystem`, { subject: path })
    return new GuestFsError('ERR_FS_READ_FAILED', `debugfs cannot read ${path}: ${text}`, { subject: path })
  }
}

/** A debugfs file spec for a path: quoted, a quote doubled (debugfs's own escape). */
export function quote (path: string): string {
  return `"${path.replace(/"/g, '""')}"`
}

/** The full mode (type bits too) of a stat: debugfs prints the type as a word. */
export function modeOf (st: InodeStat): number {
  const type: Record<string, number> = { regular: 0o100000, directory: 0o040000, symlink: 0o120000, FIFO: 0o010000, socket: 0o140000, 'character special': 0o020000, 'block special': 0o060000 }
  return (type[st.typeWord] ?? 0o100000) | st.perm
}
