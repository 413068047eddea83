/**
 * @packageDocumentation
 * The Linux immutable attribute (FS_IMMUTABLE_FL, `chattr +i`) on the files of locked points:
 * an immutable file cannot be written, renamed or deleted, even by root, until the attribute is
 * cleared (which needs CAP_LINUX_IMMUTABLE). The repository sets it on a locked point's file and
 * on the packs its blocks are in, and clears it only once no locked point needs the file. It is
 * set through `chattr` (e2fsprogs, on every Linux system): Node has no ioctl, and no kept
 * package offers one. `probe` tries it once on a scratch file in the repository's own file
 * system, so a file system or a process that cannot (tmpfs, NFS, no root) is known at start.
 *
 * @example
 * ```ts
 * const files = await ImmutableFiles.probe(join(root, 'tmp'))
 * if (!files.supported) log.warn('locked points are not made immutable', { why: files.note })
 * await files.set([pointFile, ...packFiles])
 * await files.clear([pointFile])
 * ```
 */
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
/** Paths per chattr call: well under any argument limit. */
const CHUNK = 200

export class ImmutableFiles {
  /** false: the attribute cannot be set here, and `set` and `clear` do nothing */
  readonly supported: boolean
  /** why it cannot, when it cannot */
  readonly note: string

  private constructor (supported: boolean, note: string) {
    this.supported = supported
    this.note = note
  }

  /** An instance that never touches attributes (tests, non-Linux). */
  static off (note: string): ImmutableFiles {
    return new ImmutableFiles(false, note)
  }

  /** Tries `chattr +i`, a delete that must fail, and `chattr -i` on a scratch file in `dir`. */
  static async probe (dir: string): Promise<ImmutableFiles> {
    if (process.platform !== 'linux') return ImmutableFiles.off(`the immutable attribute is a Linux feature; this is ${process.platform}`)
    const scratch = join(dir, `immutable-probe.${randomBytes(4).toString('hex')}`)
    try {
      await writeFile(scratch, 'probe')
    } catch (err) {
      // a full file system must not stop the repository from opening
      await rm(scratch, { force: true }).catch(() => {})
      return ImmutableFiles.off(`cannot try the immutable attribute in ${dir}: ${(err as Error).message}`)
    }
    try {
      try {
        await run('chattr', ['+i', scratch])
      } catch (err) {
        const e = err as { code?: unknown, stderr?: string, message: string }
        const why = e.code === 'ENOENT' ? 'chattr (e2fsprogs) is not installed' : (e.stderr ?? e.message).trim()
        return ImmutableFiles.off(`cannot set the immutable attribute in ${dir}: ${why} (it needs root, or CAP_LINUX_IMMUTABLE, and a file system that has it: ext4, XFS, btrfs)`)
      }
      const protectedNow = await rm(scratch).then(() => false, () => true)
      await run('chattr', ['-i', scratch]).catch(() => {})
      if (!protectedNow) return ImmutableFiles.off(`the file system of ${dir} accepted the immutable attribute but still let a file be deleted`)
      return new ImmutableFiles(true, '')
    } finally {
      await rm(scratch, { force: true }).catch(() => {})
    }
  }

  /** Makes the files immutable. A file that does not exist is skipped. */
  async set (paths: string[]): Promise<void> {
    await this.chattr('+i', paths)
  }

  /** Makes the files changeable again. A file that does not exist is skipped. */
  async clear (paths: string[]): Promise<void> {
    await this.chattr('-i', paths)
  }

  private async chattr (flag: '+i' | '-i', paths: string[]): Promise<void> {
    if (!this.supported || paths.length === 0) return
    for (let i = 0; i < paths.length; i += CHUNK) {
      const chunk = paths.slice(i, i + CHUNK)
      try {
        await run('chattr', [flag, '--', ...chunk])
      } catch {
        // one missing file fails the whole call: go one by one, skipping the missing ones
        for (const p of chunk) {
          await run('chattr', [flag, '--', p]).catch((err: { stderr?: string }) => {
            if (!/No such file/i.test(err.stderr ?? '')) throw new Error(`chattr ${flag} ${p} failed: ${(err.stderr ?? '').trim()}`)
          })
        }
      }
    }
  }
}
