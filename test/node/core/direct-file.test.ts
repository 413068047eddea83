/**
 * node/core/direct-file.ts on the machine's real filesystems: aligned writes go around the page
 * cache (from aligned memory as they are, from other memory through aligned scratch, or through
 * the page cache when given none), unaligned tails and small files through it, and `direct: false` always; in every case
 * the file reads back exactly what was written, holes as zeros.
 */
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { alignedBlock, DirectFile } from '../../../node/core/direct-file.ts'

const KiB = 1024
const MiB = 1024 * KiB

describe('protocols/direct-file', function () {
  this.timeout(30_000)
  const dirs: string[] = []
  const temp = async (root = tmpdir()): Promise<string> => {
    const dir = await mkdtemp(join(root, 'meshbackup-direct-'))
    dirs.push(dir)
    return dir
  }
  after(async () => { for (const d of dirs) await rm(d, { recursive: true, force: true }) })

  // blocks of 1 MiB on a disk whose size is not a multiple of 4 KiB; block 1 is a hole
  const writeDisk = async (file: DirectFile, size: number, blockSize: number): Promise<Buffer> => {
    const expected = Buffer.alloc(size)
    const writes: Array<Promise<void>> = []
    for (let index = 0; index * blockSize < size; index++) {
      if (index === 1) continue
      // by turns: from page-aligned memory (written as it is), from a Buffer staged in aligned
      // scratch, and from a Buffer with no scratch (through the page cache)
      const bytes = randomBytes(Math.min(blockSize, size - index * blockSize))
      bytes.copy(expected, index * blockSize)
      if (index % 3 === 0) {
        const block = alignedBlock(bytes.byteLength)
        bytes.copy(block)
        writes.push(file.write(block, index * blockSize))
      } else {
        writes.push(file.write(bytes, index * blockSize, index % 3 === 1 ? alignedBlock(blockSize) : undefined))
      }
    }
    await Promise.all(writes)
    await file.sync()
    await file.close()
    return expected
  }

  it('writes aligned blocks directly and an unaligned tail through the page cache, exactly', async function () {
    const path = join(await temp(), 'disk.raw')
    const size = 5 * MiB + 3 * KiB + 7
    const file = await DirectFile.create(path, size)
    if (!file.direct) {
      await file.close()
      // a property of the machine's filesystem, not a missing tool: the fallback is tested below
      console.warn(`    !!! skipped: the filesystem under ${tmpdir()} refuses O_DIRECT`)
      this.skip()
    }
    const expected = await writeDisk(file, size, MiB)
    assert.equal((await stat(path)).size, size)
    assert.ok((await readFile(path)).equals(expected), 'the file reads back what was written, the hole as zeros')
  })

  it('writes neighbouring aligned blocks with one writev, and any other parts one by one, exactly', async function () {
    const dir = await temp()
    const size = 6 * MiB + 1000
    const file = await DirectFile.create(join(dir, 'v.raw'), size)
    const expected = Buffer.alloc(size)
    const aligned = (bytes: number): Buffer => { const b = alignedBlock(bytes); randomBytes(bytes).copy(b); return b }
    // blocks 0-2 side by side from aligned memory (one pwritev); block 3 a hole; blocks 4-5 from
    // ordinary Buffers and the unaligned tail (part by part)
    const run = [aligned(MiB), aligned(MiB), aligned(MiB)]
    const rest = [randomBytes(MiB), randomBytes(MiB), randomBytes(1000)]
    Buffer.concat(run).copy(expected, 0)
    Buffer.concat(rest).copy(expected, 4 * MiB)
    await file.writev(run, 0)
    await file.writev(rest, 4 * MiB)
    await file.sync()
    await file.close()
    assert.deepEqual(await readFile(join(dir, 'v.raw')), expected)
  })

  it('writes a file smaller than 4 KiB, and blocks at unaligned offsets, through the page cache', async function () {
    const small = join(await temp(), 'small.raw')
    const file = await DirectFile.create(small, 1000)
    assert.equal(file.direct, false, 'no probe that would grow the file')
    const expected = await writeDisk(file, 1000, 512)
    assert.equal((await stat(small)).size, 1000)
    assert.ok((await readFile(small)).equals(expected))

    const odd = join(await temp(), 'odd.raw')
    const size = 9 * 3000 + 11
    const expectedOdd = await writeDisk(await DirectFile.create(odd, size), size, 3000)
    assert.ok((await readFile(odd)).equals(expectedOdd), '3000-byte blocks: most start off the 4 KiB grid')
  })

  it('writes through the page cache when asked, and on tmpfs whichever way its kernel allows', async function () {
    const path = join(await temp(), 'cached.raw')
    const file = await DirectFile.create(path, 3 * MiB, { direct: false })
    assert.equal(file.direct, false)
    const expectedCached = await writeDisk(file, 3 * MiB, MiB)
    assert.ok((await readFile(path)).equals(expectedCached))
    if (!existsSync('/dev/shm')) return
    // tmpfs took O_DIRECT only from Linux 6.6 on: either way the bytes are right
    const shm = join(await temp('/dev/shm'), 'disk.raw')
    const size = 3 * MiB + 5
    const expected = await writeDisk(await DirectFile.create(shm, size), size, MiB)
    assert.ok((await readFile(shm)).equals(expected))
  })
})
