/**
 * Test helper: guest disk images for file-level restore, built without root and without a mount
 * (a port of the parts of shared/reference/protect/mkimages.sh these tests need): a source tree
 * put into ext2/3/4 by `mke2fs -d`, partition tables by `sfdisk`, owners and times past 2038 set
 * afterwards with `debugfs -w set_inode_field` (mke2fs -d drops the epoch bits), and unsupported
 * volumes by `mkfs.fat` and `mkswap`.
 *
 * @example
 * ```ts
 * const images = buildGuestImages(dir, { bigFileMiB: 64 })
 * images.ext4 // bare ext4; images.gpt, images.mbr: partitioned; images.ext2, images.ext3
 * ```
 */
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { closeSync, linkSync, mkdirSync, openSync, symlinkSync, truncateSync, utimesSync, writeFileSync, writeSync, chmodSync } from 'node:fs'
import { join } from 'node:path'

/** the programs the helper runs, for requirePrograms */
export const IMAGE_TOOLS = [
  { program: 'mke2fs', debian: 'e2fsprogs' },
  { program: 'debugfs', debian: 'e2fsprogs' },
  { program: 'sfdisk', debian: 'fdisk' },
  { program: 'mkfs.fat', debian: 'dosfstools' },
  { program: 'mkswap', debian: 'util-linux' }
]

/** 1960-01-01T00:00:00Z and 2040-01-01T00:00:00Z, in seconds */
export const T1960 = -315619200
export const T2040 = 2208988800
/** where the sparse file's data lies: 512 MiB into a 1 GiB file, and past 4 GiB in a 5 GiB one */
export const SPARSE_AT = 512 * 1024 * 1024
export const SPARSE5G_AT = 4 * 1024 * 1024 * 1024 + 4096

export interface GuestImages {
  /** the source tree the images were made from */
  src: string
  /** the same, without the big file (in the partitioned and ext2/ext3 images) */
  smallSrc: string
  ext4: string
  /** GPT: part1 an empty ESP, part2 ext4 */
  gpt: string
  /** MBR: part1 vfat, an extended part2 holding logical part5 ext4 */
  mbr: string
  ext2: string
  ext3: string
  vfat: string
  swap: string
}

const run = (cmd: string, args: string[], input?: string): void => {
  execFileSync(cmd, args, { stdio: [input == null ? 'ignore' : 'pipe', 'ignore', 'pipe'], ...(input != null ? { input } : {}) })
}

/** Fills `dir` with the tree every image holds; `bigFileMiB` of random bytes in big.bin when > 0. */
export function buildTree (dir: string, bigFileMiB: number): void {
  mkdirSync(join(dir, 'dir1000'), { recursive: true })
  mkdirSync(join(dir, 'a/b/c/d'), { recursive: true })
  mkdirSync(join(dir, 'perm'), { recursive: true })
  if (bigFileMiB > 0) {
    const fd = openSync(join(dir, 'big.bin'), 'w')
    for (let i = 0; i < bigFileMiB; i++) writeSync(fd, randomBytes(1024 * 1024))
    closeSync(fd)
  }
  for (let i = 1; i <= 1000; i++) writeFileSync(join(dir, 'dir1000', `f${String(i).padStart(4, '0')}.txt`), `file ${i}\n`)
  writeFileSync(join(dir, 'a/b/c/d/nested.txt'), 'nested hello\n')
  symlinkSync('a/b/c/d/nested.txt', join(dir, 'rel-link'))
  symlinkSync('/etc/passwd', join(dir, 'abs-link'))
  symlinkSync('a/b/c/d/' + 'x'.repeat(80), join(dir, 'long-link')) // > 60 bytes: a slow symlink, in a data block
  writeFileSync(join(dir, 'hard1'), 'hard\n')
  linkSync(join(dir, 'hard1'), join(dir, 'hard2'))
  const sparse = join(dir, 'sparse1g.bin')
  writeFileSync(sparse, '')
  truncateSync(sparse, 1024 * 1024 * 1024)
  const fd = openSync(sparse, 'r+')
  writeSync(fd, Buffer.from('MIDDLE'), 0, 6, SPARSE_AT)
  closeSync(fd)
  const sparse5 = join(dir, 'sparse5g.bin')
  writeFileSync(sparse5, '')
  truncateSync(sparse5, 5 * 1024 * 1024 * 1024)
  const fd5 = openSync(sparse5, 'r+')
  writeSync(fd5, Buffer.from('PAST4G'), 0, 6, SPARSE5G_AT)
  closeSync(fd5)
  writeFileSync(join(dir, 'perm/setuid'), 's\n')
  chmodSync(join(dir, 'perm/setuid'), 0o4755)
  mkdirSync(join(dir, 'perm/setgid-dir'))
  chmodSync(join(dir, 'perm/setgid-dir'), 0o2775)
  mkdirSync(join(dir, 'perm/sticky-dir'))
  chmodSync(join(dir, 'perm/sticky-dir'), 0o1777)
  writeFileSync(join(dir, 'perm/private'), 'p\n')
  chmodSync(join(dir, 'perm/private'), 0o600)
  writeFileSync(join(dir, 'perm/t1960'), 't\n')
  utimesSync(join(dir, 'perm/t1960'), new Date(T1960 * 1000), new Date(T1960 * 1000)) // a Date: Node takes a negative number for "now"
  writeFileSync(join(dir, 'perm/t2040'), 't\n')
  writeFileSync(join(dir, 'ünïcødé ファイル.txt'), 'u\n')
  writeFileSync(join(dir, 'with "quotes" and spaces'), 'q\n')
  writeFileSync(join(dir, 'empty'), '')
}

/** Sets what mke2fs -d cannot: odd owners (no root needed) and a time past 2038. */
function fixInodes (image: string, offset: number, largeInodes: boolean): void {
  const dev = offset > 0 ? `${image}?offset=${offset}` : image
  const cmds = [
    'set_inode_field /perm/private uid 1234', 'set_inode_field /perm/private gid 5678',
    'set_inode_field /perm/setuid uid 100000', 'set_inode_field /perm/setuid gid 200000'
  ]
  if (largeInodes) cmds.push(`set_inode_field /perm/t2040 mtime @${T2040}`)
  run('debugfs', ['-w', '-f', '-', dev], cmds.join('\n') + '\n')
}

/** Builds every image in `dir`. */
export function buildGuestImages (dir: string, options: { bigFileMiB?: number } = {}): GuestImages {
  const bigFileMiB = options.bigFileMiB ?? 64
  const src = join(dir, 'src')
  const smallSrc = join(dir, 'small-src')
  buildTree(src, bigFileMiB)
  buildTree(smallSrc, 0)
  const images: GuestImages = {
    src,
    smallSrc,
    ext4: join(dir, 'ext4.raw'),
    gpt: join(dir, 'gpt.raw'),
    mbr: join(dir, 'mbr.raw'),
    ext2: join(dir, 'ext2.raw'),
    ext3: join(dir, 'ext3.raw'),
    vfat: join(dir, 'vfat.raw'),
    swap: join(dir, 'swap.raw')
  }
  run('mke2fs', ['-q', '-F', '-t', 'ext4', '-b', '4096', '-d', src, images.ext4, `${bigFileMiB + 192}M`])
  fixInodes(images.ext4, 0, true)

  // GPT: part1 = 16 MiB ESP left empty, part2 = ext4 of 128 MiB at sector 34816
  writeFileSync(images.gpt, '')
  truncateSync(images.gpt, 160 * 1024 * 1024)
  run('sfdisk', ['-q', images.gpt], 'label: gpt\nstart=2048, size=32768, type=C12A7328-F81F-11D2-BA4B-00A0C93EC93B\nstart=34816, size=262144, type=0FC63DAF-8483-4772-8E79-3D69D8477DE4\n')
  run('mke2fs', ['-q', '-F', '-t', 'ext4', '-b', '4096', '-E', `offset=${34816 * 512}`, '-d', smallSrc, images.gpt, '128M'])
  fixInodes(images.gpt, 34816 * 512, true)

  // MBR: part1 = 8 MiB vfat, part2 = extended, logical part5 = ext4 of 128 MiB
  writeFileSync(images.mbr, '')
  truncateSync(images.mbr, 160 * 1024 * 1024)
  run('sfdisk', ['-q', images.mbr], 'label: dos\nstart=2048, size=16384, type=c\nstart=20480, size=286720, type=5\nstart=22528, size=262144, type=83\n')
  run('mke2fs', ['-q', '-F', '-t', 'ext4', '-b', '4096', '-E', `offset=${22528 * 512}`, '-d', smallSrc, images.mbr, '128M'])
  fixInodes(images.mbr, 22528 * 512, true)

  // ext2 and ext3 on 1 KiB blocks: block maps with indirect blocks
  run('mke2fs', ['-q', '-F', '-t', 'ext2', '-b', '1024', '-d', smallSrc, images.ext2, '64M'])
  fixInodes(images.ext2, 0, true)
  run('mke2fs', ['-q', '-F', '-t', 'ext3', '-b', '1024', '-d', smallSrc, images.ext3, '64M'])
  fixInodes(images.ext3, 0, true)

  run('mkfs.fat', ['-C', images.vfat, String(16 * 1024)])
  writeFileSync(images.swap, '')
  truncateSync(images.swap, 16 * 1024 * 1024)
  run('mkswap', [images.swap])
  return images
}
