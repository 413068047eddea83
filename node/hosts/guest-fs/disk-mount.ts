/**
 * @packageDocumentation
 * The seam between file-level restore and an NBD export of a restore point's disk: `nbdfuse`
 * mounts the export as one read-only file in a fresh folder, and debugfs and our own reads go
 * through it; FUSE asks the NBD server only for the ranges that are read. `close()` ends nbdfuse
 * (which unmounts), unmounts by hand if it lingers, and removes the folder.
 *
 * Works as root without fusermount3 (libfuse mounts directly); without /dev/fuse it says so.
 *
 * @example
 * ```ts
 * const mount = await mountNbd('unix:/run/meshbackup/nbd.sock', 'point-42-disk0')
 * const reader = await openGuestFiles({ disk: mount.file })
 * // …
 * await mount.close()
 * ```
 */
import { spawn, execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { GuestFsError } from './guest-fs-error.ts'
import { tiedToDaemon } from '../../core/tied-child.ts'

/** A disk shown as a local file, until `close()`. */
export interface MountedDisk {
  /** the file holding the disk's bytes */
  file: string
  close (): Promise<void>
}

/** What opens an NBD export as a file: nbdfuse here, something else in a test or on another OS. */
export type DiskMount = (address: string, exportName: string) => Promise<MountedDisk>

export interface NbdMountOptions {
  /** the nbdfuse program; default `nbdfuse` on PATH */
  program?: string
  /** where the mount folder is made; default the OS temp folder */
  parent?: string
  /** how long to wait for the mount to appear */
  timeoutMs?: number
}

/**
 * Mounts the export `exportName` of the NBD server at `address` (`unix:PATH` or `tcp:HOST:PORT`,
 * as NbdServer.listen answers) read-only as `<folder>/disk`.
 */
export async function mountNbd (address: string, exportName: string, options: NbdMountOptions = {}): Promise<MountedDisk> {
  const uri = nbdUri(address, exportName)
  if (!existsSync('/dev/fuse')) {
    throw new GuestFsError('ERR_FS_NO_FUSE', `this host has no /dev/fuse, so the restore point's disk cannot be shown as a file for file-level restore; load the fuse module (modprobe fuse) or run the restore on a host that has it`, { subject: address })
  }
  const dir = await mkdtemp(join(options.parent ?? tmpdir(), 'meshbackup-flr-'))
  const file = join(dir, 'disk')
  const pidFile = join(dir + '.pid')
  const program = options.program ?? 'nbdfuse'
  const child = spawn(...tiedToDaemon(program, ['-r', '-P', pidFile, file, uri]), { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (s: string) => { stderr += s })
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()))
  let spawnError: NodeJS.ErrnoException | undefined
  child.once('error', (err) => { spawnError = err })

  const cleanup = async (): Promise<void> => {
    if (child.exitCode == null && child.signalCode == null && child.pid != null) child.kill('SIGTERM')
    await Promise.race([exited, sleep(3000)])
    if (await isMounted(dir)) await unmount(dir)
    if (child.exitCode == null && child.signalCode == null) {
      child.kill('SIGKILL')
      await exited
    }
    await rm(dir, { recursive: true, force: true }).catch(() => {})
    await rm(pidFile, { force: true }).catch(() => {})
  }

  // nbdfuse writes its pid file once the mount serves
  const deadline = Date.now() + (options.timeoutMs ?? 15_000)
  for (;;) {
    if (spawnError != null) {
      await rm(dir, { recursive: true, force: true })
      throw new GuestFsError(spawnError.code === 'ENOENT' ? 'ERR_FS_TOOL_MISSING' : 'ERR_FS_MOUNT_FAILED',
        spawnError.code === 'ENOENT' ? `${program} is not installed: file-level restore of a restore point needs it (Debian: apt-get install libnbd-bin)` : `cannot start ${program}: ${spawnError.message}`, { subject: address, cause: spawnError })
    }
    if (child.exitCode != null || child.signalCode != null) {
      await cleanup()
      const fuse = /fuse|fusermount|permission/i.test(stderr)
      throw new GuestFsError(fuse ? 'ERR_FS_NO_FUSE' : 'ERR_FS_MOUNT_FAILED', `${program} could not show the export "${exportName}" of ${address} as a file: ${stderr.trim() || `exit ${child.exitCode ?? child.signalCode}`}`, { subject: address })
    }
    const ready = await readFile(pidFile, 'utf8').then((s) => s.trim() !== '', () => false)
    if (ready && await stat(file).then(() => true, () => false)) break
    if (Date.now() > deadline) {
      await cleanup()
      throw new GuestFsError('ERR_FS_MOUNT_FAILED', `${program} did not mount the export "${exportName}" of ${address} in time${stderr.trim() !== '' ? ': ' + stderr.trim() : ''}`, { subject: address })
    }
    await sleep(20)
  }
  let closed: Promise<void> | undefined
  return { file, close: async () => { closed ??= cleanup(); await closed } }
}

/** `unix:/run/x.sock` + `a b` → `nbd+unix:///a%20b?socket=/run/x.sock`; `tcp:h:10809` → `nbd://h:10809/a%20b`. */
export function nbdUri (address: string, exportName: string): string {
  const name = encodeURIComponent(exportName)
  if (address.startsWith('unix:')) return `nbd+unix:///${name}?socket=${encodeURIComponent(address.slice(5)).replace(/%2F/g, '/')}`
  if (address.startsWith('tcp:')) return `nbd://${address.slice(4)}/${name}`
  if (address.startsWith('nbd://') || address.startsWith('nbd+unix://')) return address
  throw new GuestFsError('ERR_FS_MOUNT_FAILED', `an NBD address is unix:PATH or tcp:HOST:PORT, not "${address}"`, { subject: address })
}

async function isMounted (dir: string): Promise<boolean> {
  const mounts = await readFile('/proc/self/mounts', 'utf8').catch(() => '')
  return mounts.split('\n').some((l) => l.split(' ')[1] === dir.replace(/ /g, '\\040'))
}

/** fusermount3 -u when present, else umount (root), lazily as a last resort. */
async function unmount (dir: string): Promise<void> {
  const run = async (cmd: string, args: string[]): Promise<boolean> => await new Promise((resolve) => execFile(cmd, args, (err) => resolve(err == null)))
  if (await run('fusermount3', ['-u', dir])) return
  if (await run('umount', [dir])) return
  await run('umount', ['-l', dir])
}
