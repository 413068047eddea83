/**
 * @packageDocumentation
 * A guest disk for skipping's tests and bench, built without root and without a mount (mke2fs -d,
 * sfdisk, mkswap, debugfs -w): GPT with part1 an ext4 root filesystem and part2 a swap
 * partition. The root holds /etc/fstab (naming /swapfile as swap), kept data under /keep, a
 * cache under /var/cache (to exclude), a swap file /swapfile, and held a big file that was then
 * deleted with `debugfs -w rm` — its blocks are free but keep their old bytes, as on a real disk.
 * Every data byte is random, so nothing of it is a zero block by chance.
 *
 * @example
 * ```ts
 * const g = buildGuestDisk('/tmp/x', { deletedMiB: 64 })
 * // g.image, g.fsOffset, g.swapOffset
 * ```
 */
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync, truncateSync } from 'node:fs'
import { join } from 'node:path'

export interface GuestDiskOptions {
  /** the ext4 partition's size */
  fsMiB?: number
  /** the file written and then deleted */
  deletedMiB?: number
  swapFileMiB?: number
  swapPartMiB?: number
  /** data under /var/cache (the exclusion's target) */
  cacheMiB?: number
  /** data under /keep */
  keepMiB?: number
}

export interface GuestDisk {
  image: string
  src: string
  fsOffset: number
  fsSize: number
  swapOffset: number
  swapSize: number
  /** the ext4 partition as debugfs names it: `image?offset=N` */
  fsDevice: string
}

const run = (cmd: string, args: string[], input?: string): string =>
  execFileSync(cmd, args, { stdio: [input == null ? 'ignore' : 'pipe', 'pipe', 'pipe'], encoding: 'utf8', ...(input != null ? { input } : {}) })

function randomFile (path: string, bytes: number): void {
  const fd = openSync(path, 'w')
  for (let done = 0; done < bytes; done += 1 << 20) writeSync(fd, randomBytes(Math.min(1 << 20, bytes - done)))
  closeSync(fd)
}

export function buildGuestDisk (dir: string, options: GuestDiskOptions = {}): GuestDisk {
  const fsMiB = options.fsMiB ?? 256
  const swapPartMiB = options.swapPartMiB ?? 32
  const MiB = 1 << 20
  const src = join(dir, 'guest-src')
  mkdirSync(join(src, 'etc'), { recursive: true })
  mkdirSync(join(src, 'keep/deep'), { recursive: true })
  mkdirSync(join(src, 'var/cache/app/sub'), { recursive: true })
  mkdirSync(join(src, 'var/lib'), { recursive: true })
  writeFileSync(join(src, 'etc/fstab'), '# <file system> <mount point> <type> <options> <dump> <pass>\nLABEL=root / ext4 defaults 0 1\n/swapfile none swap sw 0 0\n')
  const keep = (options.keepMiB ?? 16) * MiB
  randomFile(join(src, 'keep/a.bin'), keep / 2)
  randomFile(join(src, 'keep/deep/b.bin'), keep / 2)
  writeFileSync(join(src, 'keep/small.txt'), 'small\n')
  writeFileSync(join(src, 'var/lib/state'), 'state\n')
  const cache = (options.cacheMiB ?? 16) * MiB
  randomFile(join(src, 'var/cache/app/c1.bin'), cache / 2)
  randomFile(join(src, 'var/cache/app/sub/c2.bin'), cache / 2)
  randomFile(join(src, 'deleted.bin'), (options.deletedMiB ?? 64) * MiB)
  const swapFile = join(src, 'swapfile')
  randomFile(swapFile, (options.swapFileMiB ?? 16) * MiB)
  run('mkswap', [swapFile])

  const image = join(dir, 'guest.raw')
  const fsOffset = MiB
  const fsSize = fsMiB * MiB
  const swapOffset = fsOffset + fsSize
  const swapSize = swapPartMiB * MiB
  writeFileSync(image, '')
  truncateSync(image, swapOffset + swapSize + MiB)
  run('sfdisk', ['-q', image], `label: gpt\nstart=${fsOffset / 512}, size=${fsSize / 512}, type=0FC63DAF-8483-4772-8E79-3D69D8477DE4\nstart=${swapOffset / 512}, size=${swapSize / 512}, type=0657FD6D-A4AB-43C4-84E5-0933C84B4F4F\n`)
  run('mke2fs', ['-q', '-F', '-t', 'ext4', '-b', '4096', '-L', 'root', '-E', `offset=${fsOffset}`, '-d', src, image, `${fsMiB}M`])
  const fsDevice = `${image}?offset=${fsOffset}`
  run('debugfs', ['-w', '-R', 'rm /deleted.bin', fsDevice])
  // the swap partition: random bytes (old pages), then its header
  const swapImage = join(dir, 'swap-part.raw')
  randomFile(swapImage, swapSize)
  run('mkswap', [swapImage])
  run('dd', [`if=${swapImage}`, `of=${image}`, 'bs=1M', `seek=${swapOffset / MiB}`, 'conv=notrunc,sparse', 'status=none'])
  return { image, src, fsOffset, fsSize, swapOffset, swapSize, fsDevice }
}
