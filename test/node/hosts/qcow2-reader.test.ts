import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { qcow2Source } from '../../../node/hosts/qcow2-reader.ts'
import { HostError } from '../../../node/hosts/host.ts'
import { requireTools } from '../../helpers/qemu.ts'

const exec = promisify(execFile)
const KiB = 1024
const MiB = 1024 * KiB
const BLOCK = 256 * KiB

async function collect (it: AsyncIterable<number>): Promise<number[]> {
  const out: number[] = []
  for await (const i of it) out.push(i)
  return out
}

async function toRaw (image: string, out: string): Promise<Buffer> {
  await exec('qemu-img', ['convert', '-U', '-f', 'qcow2', '-O', 'raw', image, out])
  return await readFile(out)
}

const hostError = (code: string, pattern?: RegExp) => (err: unknown): boolean => {
  assert.ok(err instanceof HostError, `expected a HostError, got ${String(err)}`)
  assert.equal(err.code, code, err.message)
  if (pattern !== undefined) assert.match(err.message, pattern)
  return true
}

describe('qcow2Source', function () {
  this.timeout(60_000)
  let dir: string
  const SIZE = 12 * MiB + 1536

  before(async function () {
    requireTools(this, 'qemu-img', 'qemu-io')
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-qcow2-'))
  })
  after(async () => { if (dir !== undefined) await rm(dir, { recursive: true, force: true }) })

  /** Writes in reverse guest order, so host clusters are not in guest order; unaligned ranges. */
  async function fragmented (name: string, extraCreate: string[] = []): Promise<string> {
    const image = join(dir, name)
    await exec('qemu-img', ['create', '-f', 'qcow2', ...extraCreate, image, String(SIZE)])
    await exec('qemu-io', ['-f', 'qcow2',
      '-c', `write -P 0x77 ${12 * MiB} 1536`, // the short last block
      '-c', 'write -P 0x66 9000k 700k', // blocks 35-37
      '-c', 'write -z 6M 512k', // zeroed: blocks 24-25 read as zeros
      '-c', 'write -P 0x55 3100k 10', // a few bytes in block 12
      '-c', 'write -P 0x44 0 300k', // blocks 0-1
      image])
    return image
  }

  it('reads every block equal to `qemu-img convert -O raw`, and blocks() skips blocks without data', async () => {
    const image = await fragmented('frag.qcow2')
    const raw = await toRaw(image, join(dir, 'frag.raw'))
    const source = await qcow2Source(image, { expectedSize: SIZE, blockSize: BLOCK })
    try {
      assert.equal(source.size, SIZE)
      assert.equal(source.blockCount, 49)
      const buf = Buffer.alloc(BLOCK, 0xee)
      for (let i = 0; i < source.blockCount; i++) {
        const block = await source.read(i, buf)
        assert.ok(block.equals(raw.subarray(i * BLOCK, Math.min(SIZE, (i + 1) * BLOCK))), `block ${i} differs`)
      }
      const all = await Promise.all(Array.from({ length: source.blockCount }, async (_, i) => await source.read(i)))
      assert.ok(Buffer.concat(all).equals(raw))
      // data clusters are 64 KiB: the 10 bytes at 3100k allocate [3072k, 3136k) in block 12 only
      assert.deepEqual(await collect(source.blocks()), [0, 1, 12, 35, 36, 37, 48])
      await assert.rejects(source.read(49), hostError('ERR_BLOCK_OUT_OF_RANGE'))
      assert.throws(() => source.blocks({ changedSince: 'cbt-0' }), hostError('ERR_CBT_UNAVAILABLE'))
    } finally {
      await source.close()
    }
    assert.equal(source.modified, false)
    await assert.rejects(source.read(0), hostError('ERR_READER_CLOSED'))
  })

  it('reads an image whose clusters live in an external data file', async () => {
    const image = await fragmented('external.qcow2', ['-o', `data_file=${join(dir, 'external.data')}`])
    const raw = await toRaw(image, join(dir, 'external.raw'))
    const source = await qcow2Source(image, { expectedSize: SIZE, blockSize: MiB })
    try {
      const all = await Promise.all(Array.from({ length: source.blockCount }, async (_, i) => await source.read(i)))
      assert.ok(Buffer.concat(all).equals(raw))
    } finally {
      await source.close()
    }
  })

  it('refuses an image with a backing file: ERR_UNSUPPORTED_IMAGE', async () => {
    const base = await fragmented('base.qcow2')
    const overlay = join(dir, 'overlay.qcow2')
    await exec('qemu-img', ['create', '-f', 'qcow2', '-b', base, '-F', 'qcow2', overlay])
    await exec('qemu-io', ['-f', 'qcow2', '-c', 'write -P 1 0 64k', overlay])
    await assert.rejects(qcow2Source(overlay, { expectedSize: SIZE, blockSize: BLOCK }), hostError('ERR_UNSUPPORTED_IMAGE', /backing file.*NBD mode/))
  })

  it('refuses an image with compressed clusters: ERR_UNSUPPORTED_IMAGE', async () => {
    const plain = await fragmented('plain.qcow2')
    const compressed = join(dir, 'compressed.qcow2')
    await exec('qemu-img', ['convert', '-c', '-f', 'qcow2', '-O', 'qcow2', plain, compressed])
    await assert.rejects(qcow2Source(compressed, { expectedSize: SIZE, blockSize: BLOCK }), hostError('ERR_UNSUPPORTED_IMAGE', /compressed clusters/))
  })

  it('refuses another virtual size, a raw file and a missing file', async () => {
    const image = await fragmented('sized.qcow2')
    await assert.rejects(qcow2Source(image, { expectedSize: SIZE - 512, blockSize: BLOCK }), hostError('ERR_DISK_SIZE_CHANGED', /sized\.qcow2/))
    const rawFile = join(dir, 'not.qcow2')
    await writeFile(rawFile, Buffer.alloc(MiB))
    await assert.rejects(qcow2Source(rawFile, { expectedSize: MiB, blockSize: BLOCK }), hostError('ERR_DISK_UNREADABLE', /not\.qcow2/))
    await assert.rejects(qcow2Source(join(dir, 'absent.qcow2'), { expectedSize: MiB, blockSize: BLOCK }), hostError('ERR_DISK_UNREADABLE', /absent\.qcow2/))
  })

  it('flags an image written while it was open as modified', async () => {
    const image = await fragmented('moving.qcow2')
    const source = await qcow2Source(image, { expectedSize: SIZE, blockSize: BLOCK })
    await source.read(0)
    await exec('qemu-io', ['-f', 'qcow2', '-c', 'write -P 9 8M 64k', image])
    await source.close()
    assert.equal(source.modified, true)
  })
})
