/**
 * File-level restore's reader against real images (mke2fs -d, sfdisk; test/helpers/guest-images.ts)
 * and the real debugfs: volumes found by themselves, listings, stat, find, errors.
 *
 * Measured on the 2-core bench VM (load 7, other tenants), debugfs 1.47.0, 4 KiB blocks:
 * listing the 1,000-entry directory (ls -p, then 1,000 pipelined stats) 0.16–0.3 s, cold
 * session included; see the timing spec's output for this run's figure.
 */
import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openGuestFiles, type GuestFiles } from '../../../../node/hosts/guest-fs/guest-files.ts'
import { DiskFile } from '../../../../node/hosts/guest-fs/disk-file.ts'
import { findVolumes } from '../../../../node/hosts/guest-fs/volumes.ts'
import { GuestFsError } from '../../../../node/hosts/guest-fs/guest-fs-error.ts'
import { buildGuestImages, IMAGE_TOOLS, T1960, T2040, type GuestImages } from '../../../helpers/guest-images.ts'
import { requirePrograms } from '../../../helpers/tools.ts'

const fsError = (code: string, pattern?: RegExp) => (err: unknown): boolean => {
  assert.ok(err instanceof GuestFsError, `expected a GuestFsError, got ${String(err)}`)
  assert.equal(err.code, code, err.message)
  if (pattern !== undefined) assert.match(err.message, pattern)
  return true
}

describe('guest-fs: reading ext2/3/4 inside a disk', function () {
  this.timeout(120_000)
  let dir: string
  let images: GuestImages
  const open: GuestFiles[] = []
  const guest = async (file: string, partition?: string): Promise<GuestFiles> => {
    const g = await openGuestFiles({ disk: { file }, ...(partition != null ? { partition } : {}) })
    open.push(g)
    return g
  }

  before(async function () {
    requirePrograms(this, ...IMAGE_TOOLS)
    dir = await mkdtemp(join(tmpdir(), 'guest-fs-'))
    images = buildGuestImages(dir, { bigFileMiB: 8 })
  })
  afterEach(async () => { for (const g of open.splice(0)) await g.close() })
  after(async () => { if (dir != null) await rm(dir, { recursive: true, force: true }) })

  it('finds a whole-disk ext4, a GPT and an MBR with a logical partition, and names them', async () => {
    const volumesOf = async (file: string): Promise<Array<[string, number, string | undefined]>> => {
      const disk = await DiskFile.open(file)
      try {
        return (await findVolumes(disk)).map((v) => [v.name, v.offset, v.filesystem?.kind])
      } finally { await disk.close() }
    }
    assert.deepEqual(await volumesOf(images.ext4), [['disk', 0, 'ext4']])
    assert.deepEqual(await volumesOf(images.gpt), [['part1', 2048 * 512, undefined], ['part2', 34816 * 512, 'ext4']])
    assert.deepEqual(await volumesOf(images.mbr), [['part1', 2048 * 512, undefined], ['part5', 22528 * 512, 'ext4']])
    assert.deepEqual(await volumesOf(images.ext2), [['disk', 0, 'ext2']])
    assert.deepEqual(await volumesOf(images.ext3), [['disk', 0, 'ext3']])
  })

  for (const kind of ['ext4', 'gpt', 'mbr', 'ext2', 'ext3'] as const) {
    it(`lists / of ${kind} with types, modes, owners, sizes, times and link targets`, async () => {
      const g = await guest(images[kind])
      const root = await g.reader.list('/')
      const byName = new Map(root.map((e) => [e.name, e]))
      for (const name of ['a', 'dir1000', 'perm', 'rel-link', 'abs-link', 'long-link', 'hard1', 'hard2', 'sparse1g.bin', 'ünïcødé ファイル.txt', 'with "quotes" and spaces', 'empty']) {
        assert.ok(byName.has(name), `${name} listed in ${kind}: ${[...byName.keys()].join(', ')}`)
      }
      assert.equal(byName.get('dir1000')!.type, 'dir')
      assert.equal(byName.get('rel-link')!.type, 'symlink')
      assert.equal(byName.get('rel-link')!.target, 'a/b/c/d/nested.txt')
      assert.equal(byName.get('abs-link')!.target, '/etc/passwd')
      assert.equal(byName.get('long-link')!.target, 'a/b/c/d/' + 'x'.repeat(80))
      assert.equal(byName.get('hard1')!.inode, byName.get('hard2')!.inode)
      assert.equal(byName.get('hard1')!.links, 2)
      assert.equal(byName.get('sparse1g.bin')!.size, 1024 * 1024 * 1024)
      assert.equal(byName.get('empty')!.size, 0)
      const perm = new Map((await g.reader.list('/perm')).map((e) => [e.name, e]))
      assert.equal(perm.get('setuid')!.mode, 0o4755)
      assert.equal(perm.get('setuid')!.uid, 100000)
      assert.equal(perm.get('setuid')!.gid, 200000)
      assert.equal(perm.get('private')!.mode, 0o600)
      assert.equal(perm.get('private')!.uid, 1234)
      assert.equal(perm.get('setgid-dir')!.mode, 0o2775)
      assert.equal(perm.get('sticky-dir')!.mode, 0o1777)
      assert.equal(perm.get('t1960')!.mtime.sec, T1960)
      assert.equal(perm.get('t2040')!.mtime.sec, T2040)
    })
  }

  it('stats a path, a symlink itself, and the root', async () => {
    const g = await guest(images.gpt)
    const nested = await g.reader.stat('/a/b/c/d/nested.txt')
    assert.equal(nested.type, 'file')
    assert.equal(nested.size, 'nested hello\n'.length)
    assert.equal((await g.reader.stat('/rel-link')).type, 'symlink')
    assert.equal((await g.reader.stat('/')).type, 'dir')
    assert.equal((await g.reader.stat('/a/b/../b/./c//d/nested.txt')).inode, nested.inode)
    assert.equal((await g.reader.stat('/with "quotes" and spaces')).size, 2)
  })

  it('lists a directory of 1,000 entries within a second', async () => {
    const g = await guest(images.ext4)
    const t0 = performance.now()
    const entries = await g.reader.list('/dir1000')
    const ms = performance.now() - t0
    console.log(`      1,000-entry listing with stats: ${ms.toFixed(0)} ms`)
    assert.equal(entries.length, 1000)
    assert.equal(entries[0]!.name, 'f0001.txt')
    assert.equal(entries[999]!.size, 'file 1000\n'.length)
    assert.ok(ms < 1000, `listing took ${ms.toFixed(0)} ms`)
  })

  it('finds by glob: a name anywhere, a path pattern, ** across folders, a limit', async () => {
    const g = await guest(images.mbr)
    assert.deepEqual((await g.reader.find('nested.*')).entries.map((e) => e.path), ['/a/b/c/d/nested.txt'])
    assert.deepEqual((await g.reader.find('/a/**/*.txt')).entries.map((e) => e.path), ['/a/b/c/d/nested.txt'])
    assert.deepEqual((await g.reader.find('/perm/t[12]*')).entries.map((e) => e.path).sort(), ['/perm/t1960', '/perm/t2040'])
    const limited = await g.reader.find('f0*.txt', { limit: 10 })
    assert.equal(limited.entries.length, 10)
    assert.equal(limited.truncated, true)
    assert.equal((await g.reader.find('*.txt', { under: '/a' })).entries.length, 1)
  })

  it('answers a missing path, a file listed as a directory, a relative path with their codes', async () => {
    const g = await guest(images.ext4)
    await assert.rejects(g.reader.list('/nope'), fsError('ERR_FS_NOT_FOUND', /\/nope/))
    await assert.rejects(g.reader.stat('/a/nope.txt'), fsError('ERR_FS_NOT_FOUND'))
    await assert.rejects(g.reader.list('/hard1'), fsError('ERR_FS_NOT_A_DIRECTORY'))
    await assert.rejects(g.reader.list('etc'), fsError('ERR_FS_BAD_PATH'))
    await assert.rejects(g.reader.list('/a\nb'), fsError('ERR_FS_BAD_PATH'))
    // the session goes on after errors
    assert.equal((await g.reader.list('/a')).length, 1)
  })

  it('names vfat, swap and a partition without a filesystem in ERR_FS_UNSUPPORTED, never a crash', async () => {
    await assert.rejects(guest(images.vfat), fsError('ERR_FS_UNSUPPORTED', /vfat/))
    await assert.rejects(guest(images.swap), fsError('ERR_FS_UNSUPPORTED', /swap/))
    await assert.rejects(guest(images.gpt, 'part1'), fsError('ERR_FS_UNSUPPORTED', /part1/))
    await assert.rejects(guest(images.gpt, 'part9'), fsError('ERR_FS_NO_SUCH_PARTITION', /part2 \(ext4\)/))
    const g = await guest(images.gpt, '/dev/vda2')
    assert.equal(g.volume.name, 'part2')
  })
})
