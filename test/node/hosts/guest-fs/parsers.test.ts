/**
 * The decoders of untrusted bytes in file-level restore: partition tables and superblocks from a
 * guest's disk, debugfs output holding guest names. Fixed cases, then fast-check: random bytes
 * never crash them (a GuestFsError or an answer), and glob patterns behave as a shell's.
 */
import assert from 'node:assert/strict'
import fc from 'fast-check'
import type { DiskBytes } from '../../../../node/hosts/guest-fs/disk-file.ts'
import { parseLsP, parseRuns, parseStat, parseTime } from '../../../../node/hosts/guest-fs/debugfs-output.ts'
import { globMatcher } from '../../../../node/hosts/guest-fs/glob.ts'
import { GuestFsError } from '../../../../node/hosts/guest-fs/guest-fs-error.ts'
import { normalizeGuestPath } from '../../../../node/hosts/guest-fs/guest-entry.ts'
import { findVolumes } from '../../../../node/hosts/guest-fs/volumes.ts'
import { detectInBytes } from '../../../../node/hosts/guest-fs/fs-signature.ts'

const memoryDisk = (bytes: Buffer): DiskBytes => ({
  path: 'memory',
  size: bytes.length,
  read: async (offset, length) => {
    const out = Buffer.alloc(length)
    if (offset < bytes.length) bytes.copy(out, 0, offset, Math.min(bytes.length, offset + length))
    return out
  }
})

describe('guest-fs: parsers of guest bytes and debugfs output', () => {
  it('parses ls -p, joining a name with a newline and skipping unused slots', () => {
    const out = '/2/040755/0/0/.//\n/11/040700/0/0/lost+found//\n/0/000000/0/0//0/\n/12/100644/1000/100/two\nlines/5/\n/13/120777/0/0/a/b/7/\n'
    const entries = parseLsP(out)
    assert.deepEqual(entries.map((e) => e.name), ['.', 'lost+found', 'two\nlines', 'a/b'])
    assert.equal(entries[2]!.size, 5)
    assert.equal(entries[2]!.uid, 1000)
    assert.equal(entries[1]!.size, undefined)
  })

  it('parses data maps: extents, uninitialized ones, tree and indirect blocks left out', () => {
    assert.deepEqual(parseRuns('(ETB0):7462, (0):7457, (97-99[u]):7458-7460'), [
      { logical: 0, physical: 7457, length: 1, uninit: false },
      { logical: 97, physical: 7458, length: 3, uninit: true }
    ])
    assert.deepEqual(parseRuns('(0-11):786-797, (IND):798, (12-267):799-1054, (DIND):1055'), [
      { logical: 0, physical: 786, length: 12, uninit: false },
      { logical: 12, physical: 799, length: 256, uninit: false }
    ])
  })

  it('decodes times with the epoch bits and nanoseconds, and 128-byte inodes', () => {
    assert.deepEqual(parseTime(' mtime: 0x83aa7e80:00000001 -- Sun Jan  1 00:00:00 2040', 'mtime'), { sec: 2208988800, nsec: 0 })
    assert.deepEqual(parseTime(' mtime: 0xed300880:00000000 -- 1960', 'mtime'), { sec: -315619200, nsec: 0 })
    assert.deepEqual(parseTime(' mtime: 0x00000001:00000014 --', 'mtime'), { sec: 1, nsec: 5 })
    assert.deepEqual(parseTime('mtime: 0xed300880 -- 1960', 'mtime'), { sec: -315619200, nsec: 0 })
  })

  it('reads a fast link target of exactly its size, quotes and all', () => {
    const st = parseStat('Inode: 14   Type: symlink    Mode:  0777   Flags: 0x0\nUser:     0   Group:     0   Project:     0   Size: 7\nLinks: 1   Blockcount: 0\nFast link dest: "a "q" b"\n')
    assert.equal(st?.fastLink, 'a "q" b')
    assert.equal(st?.perm, 0o777)
  })

  it('normalizes guest paths', () => {
    assert.equal(normalizeGuestPath('/a//b/./c/../d/'), '/a/b/d')
    assert.equal(normalizeGuestPath('/..'), '/')
    assert.throws(() => normalizeGuestPath('a'), (e: unknown) => e instanceof GuestFsError && e.code === 'ERR_FS_BAD_PATH')
  })

  it('matches globs like a shell', () => {
    assert.ok(globMatcher('*.conf')('/etc/nginx/nginx.conf'))
    assert.ok(!globMatcher('/etc/*.conf')('/etc/nginx/nginx.conf'))
    assert.ok(globMatcher('/etc/**/*.conf')('/etc/nginx/nginx.conf'))
    assert.ok(globMatcher('/etc/**/*.conf')('/etc/a.conf'))
    assert.ok(globMatcher('f[0-9]?.txt')('/x/f12.txt'))
    assert.ok(globMatcher('f[!0-9].txt')('/x/fa.txt'))
    assert.ok(globMatcher('a+b(1).txt')('/a+b(1).txt'))
  })

  it('never crashes on random disks: volumes or a GuestFsError', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 4096 }), fc.boolean(), async (raw, signed) => {
      const bytes = Buffer.alloc(70 * 1024)
      Buffer.from(raw).copy(bytes)
      if (signed) { bytes[510] = 0x55; bytes[511] = 0xaa; bytes.write('EFI PART', 512, 'latin1') }
      try {
        await findVolumes(memoryDisk(bytes))
      } catch (err) {
        assert.ok(err instanceof GuestFsError, String(err))
      }
      detectInBytes(bytes)
    }), { numRuns: 300 })
  })

  it('never crashes on random debugfs output', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      parseLsP(s)
      parseStat('Inode: 1   Type: regular    Mode:  0644   Flags: 0x0\n' + s)
      parseRuns(s)
    }), { numRuns: 500 })
  })
})
