/**
 * @packageDocumentation
 * `meshbackup files ls|find|get`: file-level restore, browsing and getting files inside a restore
 * point's disk without restoring the disk. The daemon reads the guest filesystem
 * (node/daemon/admin/files.ts) and writes `get`'s files on its own host.
 */
import { resolve } from 'node:path'
import type { Command } from 'commander'
import type { GuestDiskWire, GuestEntryWire } from '../../../proto/index.ts'
import { adminPb as pb } from '../../../proto/admin-codec.ts'
import { formatBytes, formatDuration } from '../../core/units.ts'
import { typeLetter, type EntryType } from '../../hosts/guest-fs/guest-entry.ts'
import { call, count, json, plain, print } from './common.ts'
import { EXIT } from './exit-codes.ts'

/** The options naming the guest disk, on every files command. */
function diskOptions (cmd: Command): Command {
  return cmd
    .option('--vm <name>', 'the VM of the point')
    .option('--disk <n>', 'the disk of the VM, by index (default 0)', count('--disk'))
    .option('--partition <p>', 'the partition: part2, 2, /dev/vda2, or disk (no table); default the first ext2/3/4')
    .option('--image <file>', 'read this disk image on the daemon\'s host instead of the point\'s disk (POINT may be -)')
    .option('--nbd <address>', 'read an NBD export (unix:PATH or tcp:HOST:PORT) instead of the point\'s disk (POINT may be -)')
    .option('--export <name>', 'the export\'s name with --nbd', '')
}

function guestDisk (point: string, opts: Record<string, any>): GuestDiskWire {
  return {
    pointId: point === '-' ? '' : point,
    vm: opts.vm ?? '',
    disk: opts.disk ?? 0,
    partition: opts.partition ?? '',
    file: opts.image != null ? resolve(opts.image) : '',
    nbdAddress: opts.nbd ?? '',
    nbdExport: opts.export ?? ''
  }
}

/** `drwsr-xr-t`-style permissions, setuid/setgid/sticky shown as ls shows them. */
export function modeString (type: string, mode: number): string {
  const rwx = (bits: number, special: boolean, letter: string): string =>
    ((bits & 4) !== 0 ? 'r' : '-') + ((bits & 2) !== 0 ? 'w' : '-') +
    (special ? ((bits & 1) !== 0 ? letter : letter.toUpperCase()) : ((bits & 1) !== 0 ? 'x' : '-'))
  return typeLetter(type as EntryType) +
    rwx(mode >> 6, (mode & 0o4000) !== 0, 's') + rwx(mode >> 3, (mode & 0o2000) !== 0, 's') + rwx(mode, (mode & 0o1000) !== 0, 't')
}

/** One `ls -l`-style line of an entry (UTC time). */
export function entryLine (e: GuestEntryWire, name = e.name ?? ''): string {
  const when = new Date(Number(e.mtimeSec ?? 0) * 1000).toISOString().replace('T', ' ').replace(/\.\d+Z$/, '')
  const target = e.type === 'symlink' ? ` -> ${e.target ?? ''}` : ''
  return `${modeString(e.type ?? 'file', e.mode ?? 0)} ${String(e.links ?? 1).padStart(3)} ${String(e.uid ?? 0).padStart(6)} ${String(e.gid ?? 0).padStart(6)} ${String(e.size ?? 0).padStart(12)} ${when} ${name}${target}`
}

export function addFilesCommands (program: Command): void {
  const files = program.command('files').description('file-level restore: browse and get files inside a restore point\'s disk, without restoring the disk')

  diskOptions(files.command('ls'))
    .description('list a folder of the guest filesystem (ls -l style; times in UTC)')
    .argument('<point>', 'restore point id')
    .argument('[path]', 'guest path', '/')
    .action(async (point: string, path: string, opts, cmd: Command) => {
      const listing = (await call(cmd, { filesList: { disk: guestDisk(point, opts), path } })).filesListing!
      if (json(cmd)) return print(plain(pb.FilesListing, listing))
      console.log(`${listing.volume}: ${path}`)
      for (const e of listing.entries ?? []) console.log(entryLine(e))
    })

  diskOptions(files.command('find'))
    .description('find guest paths by glob: * ? [..] within a name, ** across folders; a pattern without / matches a name anywhere')
    .argument('<point>', 'restore point id')
    .argument('<pattern>', 'glob pattern, e.g. "*.conf" or "/etc/**/*.conf"')
    .option('--under <path>', 'start the walk here', '/')
    .option('--limit <n>', 'at most this many matches', count('--limit'), 1000)
    .action(async (point: string, pattern: string, opts, cmd: Command) => {
      const listing = (await call(cmd, { filesFind: { disk: guestDisk(point, opts), pattern, under: opts.under, limit: opts.limit } })).filesListing!
      if (json(cmd)) return print(plain(pb.FilesListing, listing))
      for (const e of listing.entries ?? []) console.log(entryLine(e, e.path ?? ''))
      if (listing.truncated === true) {
        console.log(`(stopped at ${opts.limit} matches: narrow the pattern, or raise --limit)`)
        process.exitCode = EXIT.warning
      }
    })

  diskOptions(files.command('get'))
    .description('get guest files and folders (recursively) into a folder on the daemon\'s host, keeping modes, owners (as root), times, links and holes')
    .argument('<point>', 'restore point id')
    .argument('<paths...>', 'guest paths')
    .requiredOption('--to <dir>', 'the folder to write into (created if missing; nothing in it is overwritten)')
    .action(async (point: string, paths: string[], opts, cmd: Command) => {
      const got = (await call(cmd, { filesGet: { disk: guestDisk(point, opts), paths, to: resolve(opts.to) } })).filesGot!
      if (json(cmd)) return print(plain(pb.FilesGot, got))
      const seconds = Number(got.durationMs ?? 0) / 1000
      console.log(`got ${got.files} files, ${got.dirs} folders, ${got.symlinks} symlinks, ${got.hardlinks} hard links: ${formatBytes(Number(got.bytes ?? 0))} in ${formatDuration(seconds)} from ${got.volume} into ${got.to}`)
      for (const s of got.skipped ?? []) console.log(`  skipped ${s}`)
    })
}
