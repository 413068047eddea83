import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { nbdSource } from '../../../node/hosts/nbd-reader.ts'
import { HostError } from '../../../node/hosts/host.ts'
import type { BlockSource } from '../../../node/hosts/block-source.ts'
import { requireTools, startQemuNbd } from '../../helpers/qemu.ts'

const exec = promisify(execFile)
const KiB = 1024
const MiB = 1024 * KiB
const BLOCK = 256 * KiB

async function collect (it: AsyncIterable<number>): Promise<number[]> {
  const out: number[] = []
  for await (const i of it) out.push(i)
  return out
}

const hostError = (code: string, pattern?: RegExp) => (err: unknown): boolean => {
  assert.ok(err instanceof HostError, `expected a HostError, got ${String(err)}`)
  assert.equal(err.code, code, err.message)
  if (pattern !== undefined) assert.match(err.message, pattern)
  return true
}

describe('nbdSource', function () {
  this.timeout(60_000)
  let dir: string
  let image: string
  let raw: Buffer
  let address: string
  let server: { stop: () => Promise<void> } | undefined
  const SIZE = 16 * MiB + 4096

  before(async function () {
    requireTools(this, 'qemu-img', 'qemu-nbd', 'qemu-io')
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-nbdsource-'))
    image = join(dir, 'disk.qcow2')
    await exec('qemu-img', ['create', '-f', 'qcow2', image, String(SIZE)])
    // the base point's data: blocks 0-1 (300 KiB from 0) and block 16, a zeroed run in blocks 24-27
    await exec('qemu-io', ['-f', 'qcow2', '-c', 'write -P 0x11 0 300k', '-c', 'write -P 0x22 4M 64k', '-c', 'write -z 6M 1M', image])
    await exec('qemu-img', ['bitmap', '--add', image, 'cbt-0'])
    // changes while cbt-0 records: block 4, block 16 again, blocks 38-39 (a write across their border), the short last block 64
    await exec('qemu-io', ['-f', 'qcow2',
      '-c', 'write -P 0x5a 1088k 64k',
      '-c', 'write -P 0x33 4M 64k',
      '-c', 'write -P 0x44 9920k 128k',
      '-c', `write -P 0x55 ${16 * MiB} 4096`,
      image])
    await exec('qemu-img', ['bitmap', '--disable', image, 'cbt-0'])
    await exec('qemu-img', ['convert', '-f', 'qcow2', '-O', 'raw', image, join(dir, 'disk.raw')])
    raw = await readFile(join(dir, 'disk.raw'))
    const socket = join(dir, 'nbd.sock')
    server = await startQemuNbd(dir, ['-r', '-f', 'qcow2', '-x', 'vm1-disk0', '-B', 'cbt-0', '-t', '-e', '16', '-k', socket, image])
    address = `unix:${socket}`
  })

  after(async () => {
    await server?.stop()
    if (dir !== undefined) await rm(dir, { recursive: true, force: true })
  })

  const open = async (options: { bitmap?: string } = {}): Promise<BlockSource> =>
    await nbdSource(address, { exportName: 'vm1-disk0', expectedSize: SIZE, blockSize: BLOCK, ...options })

  it('reads every block equal to the image, the last one short', async () => {
    const source = await open()
    try {
      assert.equal(source.size, SIZE)
      assert.equal(source.blockCount, 65)
      const buf = Buffer.alloc(BLOCK)
      for (let i = 0; i < source.blockCount; i++) {
        const block = await source.read(i, buf)
        assert.equal(block.buffer, buf.buffer)
        assert.ok(block.equals(raw.subarray(i * BLOCK, Math.min(SIZE, (i + 1) * BLOCK))), `block ${i} differs`)
      }
      assert.equal((await source.read(64)).length, 4096)
      await assert.rejects(source.read(65), hostError('ERR_BLOCK_OUT_OF_RANGE'))
      await assert.rejects(source.read(0, Buffer.alloc(10)), hostError('ERR_BUFFER_TOO_SMALL'))
    } finally {
      await source.close()
    }
  })

  it('blocks() yields the blocks holding data, skipping unallocated and zeroed ones', async () => {
    const source = await open()
    try {
      assert.deepEqual(await collect(source.blocks()), [0, 1, 4, 16, 38, 39, 64])
      // every skipped block really reads as zeros
      const yielded = new Set(await collect(source.blocks()))
      for (let i = 0; i < source.blockCount; i++) {
        if (!yielded.has(i)) assert.ok((await source.read(i)).every(b => b === 0), `skipped block ${i} is not zero`)
      }
    } finally {
      await source.close()
    }
  })

  it('blocks({ changedSince }) yields exactly the blocks written while the bitmap recorded', async () => {
    const source = await open({ bitmap: 'cbt-0' })
    try {
      assert.deepEqual(await collect(source.blocks({ changedSince: 'cbt-0' })), [4, 16, 38, 39, 64])
      assert.throws(() => source.blocks({ changedSince: 'cbt-1' }), hostError('ERR_CBT_UNAVAILABLE', /cbt-1/))
    } finally {
      await source.close()
    }
    const plain = await open()
    try {
      assert.throws(() => plain.blocks({ changedSince: 'cbt-0' }), hostError('ERR_CBT_UNAVAILABLE', /without a dirty bitmap/))
    } finally {
      await plain.close()
    }
  })

  it('refuses an export of another size, naming the export', async () => {
    await assert.rejects(nbdSource(address, { exportName: 'vm1-disk0', expectedSize: SIZE + 512, blockSize: BLOCK }),
      hostError('ERR_DISK_SIZE_CHANGED', /NBD export "vm1-disk0" at unix:.* is 16781312 bytes but the disk was 16781824 bytes/))
  })

  it('refuses a bitmap the export does not carry: CBT must be reset', async () => {
    await assert.rejects(open({ bitmap: 'cbt-9' }), hostError('ERR_CBT_BITMAP_MISSING', /"cbt-9".*full/))
  })
})
