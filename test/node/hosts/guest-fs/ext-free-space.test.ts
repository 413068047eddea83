/**
 * The free-space reader of skipping (node/hosts/guest-fs/ext-free-space.ts) against dumpe2fs,
 * the ext4 maintainers' own answer: on filesystems of every layout mke2fs makes (flex_bg with
 * BLOCK_UNINIT groups, metadata_csum and uninit_bg checksums, meta_bg, sparse_super2, 1 KiB
 * blocks, ext2 and ext3, a partition offset), every free run must be the same. Filesystems that
 * cannot be trusted (needs recovery, errors, not clean, bigalloc, a damaged bitmap) are refused
 * or read whole.
 */
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { openSync, closeSync, readSync, writeSync, truncateSync, writeFileSync, mkdirSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DiskFile } from '../../../../node/hosts/guest-fs/disk-file.ts'
import { readExtFreeSpace } from '../../../../node/hosts/guest-fs/ext-free-space.ts'
import { IMAGE_TOOLS } from '../../../helpers/guest-images.ts'
import { requirePrograms } from '../../../helpers/tools.ts'

/** dumpe2fs's free runs of the filesystem at `offset` of `image`. */
export function dumpe2fsFree (image: string, offset = 0): Array<[number, number]> {
  const out = execFileSync('dumpe2fs', [offset > 0 ? `${image}?offset=${offset}` : image], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 28 })
  const runs: Array<[number, number]> = []
  for (const line of out.split('\n')) {
    const m = /^\s+Free blocks: (.*)$/.exec(line)
    if (m == null) continue
    for (const part of m[1]!.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
      const [a, b] = part.split('-').map(Number) as [number, number | undefined]
      const first = a
      const count = (b ?? a) - a + 1
      const last = runs[runs.length - 1]
      if (last !== undefined && last[0] + last[1] === first) last[1] += count
      else runs.push([first, count])
    }
  }
  return runs
}

describe('guest-fs: ext free space from the allocation bitmaps', function () {
  this.timeout(120_000)
  let dir: string
  let src: string

  before(function () {
    requirePrograms(this, ...IMAGE_TOOLS, { program: 'dumpe2fs', debian: 'e2fsprogs' })
  })
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ext-free-'))
    src = join(dir, 'src')
    mkdirSync(join(src, 'd'), { recursive: true })
    writeFileSync(join(src, 'big.bin'), randomBytes(6 * 1024 * 1024))
    writeFileSync(join(src, 'gone.bin'), randomBytes(3 * 1024 * 1024))
    for (let i = 0; i < 50; i++) writeFileSync(join(src, 'd', `f${i}`), randomBytes(5000 + i * 300))
  })
  after(async () => { if (dir != null) await rm(dir, { recursive: true, force: true }) })

  const layouts: Array<{ name: string, args: string[], size: string }> = [
    { name: 'ext4 defaults (flex_bg, metadata_csum, BLOCK_UNINIT groups)', args: ['-t', 'ext4', '-b', '4096'], size: '600M' },
    { name: 'ext4 with uninit_bg (crc16 descriptors)', args: ['-t', 'ext4', '-b', '4096', '-O', '^metadata_csum,uninit_bg'], size: '300M' },
    { name: 'ext4 meta_bg without resize_inode', args: ['-t', 'ext4', '-b', '1024', '-O', 'meta_bg,^resize_inode'], size: '200M' },
    { name: 'ext4 sparse_super2', args: ['-t', 'ext4', '-b', '4096', '-O', 'sparse_super2'], size: '400M' },
    { name: 'ext4 without flex_bg, 32-bit', args: ['-t', 'ext4', '-b', '4096', '-O', '^flex_bg,^64bit'], size: '300M' },
    { name: 'ext4 on 1 KiB blocks', args: ['-t', 'ext4', '-b', '1024'], size: '100M' },
    { name: 'ext3', args: ['-t', 'ext3', '-b', '4096'], size: '200M' },
    { name: 'ext2 on 1 KiB blocks', args: ['-t', 'ext2', '-b', '1024'], size: '64M' },
    { name: 'ext4 without a journal, no checksums', args: ['-t', 'ext4', '-O', '^has_journal,^metadata_csum,^uninit_bg', '-b', '4096'], size: '200M' }
  ]
  for (const [i, layout] of layouts.entries()) {
    it(`matches dumpe2fs: ${layout.name}, with a deleted file`, async () => {
      const image = join(dir, `l${i}.raw`)
      execFileSync('mke2fs', ['-q', '-F', ...layout.args, '-d', src, image, layout.size], { stdio: 'ignore' })
      execFileSync('debugfs', ['-w', '-R', 'rm /gone.bin', image], { stdio: 'ignore' })
      const disk = await DiskFile.open(image)
      try {
        const free = await readExtFreeSpace(disk, 0)
        assert.ok(free.ok, free.ok ? '' : free.reason)
        assert.equal(free.badGroups, 0)
        assert.deepEqual(free.freeRuns, dumpe2fsFree(image))
      } finally { await disk.close() }
    })
  }

  it('matches dumpe2fs inside a partition (offset)', async () => {
    const image = join(dir, 'part.raw')
    writeFileSync(image, '')
    truncateSync(image, 200 * 1024 * 1024)
    execFileSync('sfdisk', ['-q', image], { input: 'label: gpt\nstart=2048, size=300000, type=0FC63DAF-8483-4772-8E79-3D69D8477DE4\n', stdio: ['pipe', 'ignore', 'ignore'] })
    execFileSync('mke2fs', ['-q', '-F', '-t', 'ext4', '-E', `offset=${2048 * 512}`, '-d', src, image, '140M'], { stdio: 'ignore' })
    const disk = await DiskFile.open(image)
    try {
      const free = await readExtFreeSpace(disk, 2048 * 512)
      assert.ok(free.ok)
      assert.deepEqual(free.freeRuns, dumpe2fsFree(image, 2048 * 512))
    } finally { await disk.close() }
  })

  const refused = async (image: string, pattern: RegExp): Promise<void> => {
    const disk = await DiskFile.open(image)
    try {
      const free = await readExtFreeSpace(disk, 0)
      assert.equal(free.ok, false)
      if (!free.ok) assert.match(free.reason, pattern)
    } finally { await disk.close() }
  }

  it('refuses a filesystem that needs recovery, has errors, is not clean, or uses bigalloc', async () => {
    const base = join(dir, 'states.raw')
    execFileSync('mke2fs', ['-q', '-F', '-t', 'ext4', '-d', src, base, '64M'], { stdio: 'ignore' })
    const variant = (name: string, cmd: string): string => {
      const image = join(dir, name)
      execFileSync('cp', ['--sparse=always', base, image])
      execFileSync('debugfs', ['-w', '-R', cmd, image], { stdio: 'ignore' })
      return image
    }
    await refused(variant('recover.raw', 'feature needs_recovery'), /needs journal recovery/)
    await refused(variant('errors.raw', 'ssv state 3'), /errors/)
    await refused(variant('unclean.raw', 'ssv state 0'), /not cleanly unmounted/)
    const big = join(dir, 'bigalloc.raw')
    execFileSync('mke2fs', ['-q', '-F', '-t', 'ext4', '-O', 'bigalloc', '-C', '65536', big, '128M'], { stdio: 'ignore' })
    await refused(big, /bigalloc/)
  })

  it('reads a group whose bitmap fails its checksum as used', async () => {
    const image = join(dir, 'badcsum.raw')
    execFileSync('mke2fs', ['-q', '-F', '-t', 'ext4', '-b', '4096', '-d', src, image, '64M'], { stdio: 'ignore' })
    const before = dumpe2fsFree(image)
    // group 0's block bitmap sits at the block dumpe2fs names: flip a bit of it
    const at = Number(/Block bitmap at (\d+)/.exec(execFileSync('dumpe2fs', [image], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))![1])
    const fd = openSync(image, 'r+')
    const byte = Buffer.alloc(1)
    readSync(fd, byte, 0, 1, at * 4096 + 100)
    byte[0]! ^= 0x10
    writeSync(fd, byte, 0, 1, at * 4096 + 100)
    closeSync(fd)
    const disk = await DiskFile.open(image)
    try {
      const free = await readExtFreeSpace(disk, 0)
      assert.ok(free.ok)
      assert.equal(free.badGroups, 1)
      const group0 = before.filter(([first]) => first < 16384).reduce((n, [, c]) => n + c, 0)
      assert.equal(free.freeBlocks, before.reduce((n, [, c]) => n + c, 0) - group0)
    } finally { await disk.close() }
  })
})
