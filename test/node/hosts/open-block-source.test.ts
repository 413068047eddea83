import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { BlockSource } from '../../../node/hosts/block-source.ts'
import { fileSource } from '../../../node/hosts/file-source.ts'
import { openBlockSource, specForDisk, type BlockSourceSpec } from '../../../node/hosts/open-block-source.ts'
import { HostError } from '../../../node/hosts/host.ts'
import { requireTools, startQemuNbd, type QemuNbd } from '../../helpers/qemu.ts'

const exec = promisify(execFile)
const KiB = 1024
const MiB = 1024 * KiB
const BLOCK = 128 * KiB

async function collect (it: AsyncIterable<number>): Promise<number[]> {
  const out: number[] = []
  for await (const i of it) out.push(i)
  return out
}

async function readAll (source: BlockSource): Promise<Buffer> {
  const blocks = await Promise.all(Array.from({ length: source.blockCount }, async (_, i) => await source.read(i)))
  return Buffer.concat(blocks)
}

const hostError = (code: string, pattern?: RegExp) => (err: unknown): boolean => {
  assert.ok(err instanceof HostError, `expected a HostError, got ${String(err)}`)
  assert.equal(err.code, code, err.message)
  if (pattern !== undefined) assert.match(err.message, pattern)
  return true
}

describe('block sources', function () {
  this.timeout(60_000)
  let dir: string
  let rawFile: string
  let content: Buffer
  const SIZE = 3 * MiB + 5120

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-blocksource-'))
    rawFile = join(dir, 'disk.raw')
    content = Buffer.alloc(SIZE)
    randomBytes(200 * KiB).copy(content, 0)
    randomBytes(5120).copy(content, 3 * MiB)
    await writeFile(rawFile, content)
  })
  after(async () => { if (dir !== undefined) await rm(dir, { recursive: true, force: true }) })

  describe('fileSource', () => {
    it('reads a raw image block by block and lists every block (no CBT)', async () => {
      const source = await fileSource(rawFile, { expectedSize: SIZE, blockSize: BLOCK })
      try {
        assert.equal(source.blockCount, 25)
        assert.deepEqual(await collect(source.blocks()), Array.from({ length: 25 }, (_, i) => i))
        assert.ok((await readAll(source)).equals(content))
        assert.throws(() => source.blocks({ changedSince: 'cbt-0' }), hostError('ERR_CBT_UNAVAILABLE', /cbt-0/))
      } finally {
        await source.close()
      }
      assert.equal(source.modified, false)
    })

    it('lists only the blocks a sparse image holds data in (qemu-img finds the holes)', async function () {
      requireTools(this, 'qemu-img')
      const sparse = join(dir, 'sparse.raw')
      const { open } = await import('node:fs/promises')
      const fh = await open(sparse, 'w')
      await fh.truncate(SIZE)
      await fh.write(randomBytes(1000), 0, 1000, 5 * BLOCK + 10)   // inside block 5
      await fh.write(randomBytes(BLOCK), 0, BLOCK, 20 * BLOCK)      // block 20 exactly
      await fh.close()
      const source = await fileSource(sparse, { expectedSize: SIZE, blockSize: BLOCK })
      try {
        // filesystems allocate at least a 4 KiB page: the blocks written, and nothing else
        assert.deepEqual(await collect(source.blocks()), [5, 20])
      } finally {
        await source.close()
      }
    })

    it('keeps the disk reader checks: size at open', async () => {
      await assert.rejects(fileSource(rawFile, { expectedSize: SIZE + 1, blockSize: BLOCK }), hostError('ERR_DISK_SIZE_CHANGED'))
    })

    it('reports an image whose mtime moved since the snapshot as modified', async () => {
      const copy = join(dir, 'moving.raw')
      await writeFile(copy, content)
      const source = await fileSource(copy, { expectedSize: SIZE, blockSize: BLOCK, expectedMtimeMs: 1 })
      await source.read(0)
      await source.close()
      assert.equal(source.modified, true)
    })
  })

  describe('openBlockSource over every transport', function () {
    let server: QemuNbd | undefined
    let socket: string
    let image: string

    before(async function () {
      requireTools(this, 'qemu-img', 'qemu-nbd')
      image = join(dir, 'disk.qcow2')
      await exec('qemu-img', ['convert', '-f', 'raw', '-O', 'qcow2', rawFile, image])
      socket = join(dir, 'nbd.sock')
      server = await startQemuNbd(dir, ['-r', '-f', 'qcow2', '-x', 'disk0', '-t', '-k', socket, image])
    })

    after(async () => {
      await server?.stop()
    })

    it('gives the same blocks whichever transport reads the disk; only the raw file lists zero blocks', async () => {
      const specs: BlockSourceSpec[] = [
        { type: 'file', file: rawFile },
        { type: 'qcow2', file: image },
        { type: 'nbd', address: `unix:${socket}`, exportName: 'disk0' }
      ]
      const listed: number[][] = []
      for (const spec of specs) {
        const source = await openBlockSource(spec, { expectedSize: SIZE, blockSize: BLOCK })
        try {
          assert.equal(source.size, SIZE)
          assert.equal(source.blockCount, 25)
          assert.ok((await readAll(source)).equals(content), `${spec.type} differs`)
          listed.push(await collect(source.blocks()))
        } finally {
          await source.close()
        }
      }
      assert.equal(listed[0]!.length, 25)
      assert.deepEqual(listed[1], [0, 1, 24])
      assert.deepEqual(listed[2], [0, 1, 24])
    })
  })

  describe('specForDisk', () => {
    const disk = { name: 'disk0', size: SIZE, file: '/srv/base.qcow2', format: 'qcow2', nbd: 'unix:/run/vm1.nbd', exportName: 'vm1-disk0', cbtBitmap: 'cbt-3' }

    it('maps each transport mode to a source', () => {
      assert.deepEqual(specForDisk(disk, 'direct'), { type: 'qcow2', file: '/srv/base.qcow2' })
      assert.deepEqual(specForDisk({ ...disk, format: 'raw', mtimeMs: 42 }, 'direct'), { type: 'file', file: '/srv/base.qcow2', expectedMtimeMs: 42 })
      assert.deepEqual(specForDisk(disk, 'hotadd'), { type: 'nbd', address: 'unix:/run/vm1.nbd', exportName: 'vm1-disk0', bitmap: 'cbt-3' })
      assert.deepEqual(specForDisk({ ...disk, nbd: 'tcp:10.0.0.5:10809', cbtBitmap: '' }, 'nbd'), { type: 'nbd', address: 'tcp:10.0.0.5:10809', exportName: 'vm1-disk0', bitmap: undefined })
    })

    it('says which mode to use instead when one cannot work', () => {
      assert.throws(() => specForDisk({ ...disk, nbd: '' }, 'nbd'), hostError('ERR_MODE_UNAVAILABLE', /no NBD view/))
      assert.throws(() => specForDisk({ ...disk, file: '' }, 'direct'), hostError('ERR_MODE_UNAVAILABLE', /hotadd or nbd/))
      assert.throws(() => specForDisk({ ...disk, format: 'vmdk' }, 'direct'), hostError('ERR_MODE_UNAVAILABLE', /vmdk/))
    })
  })
})
