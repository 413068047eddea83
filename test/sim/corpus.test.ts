import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { copyFile, mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { constants as zlibConstants, zstdCompressSync } from 'node:zlib'
import { changeBlocks, writeFileHost, type CorpusSpec } from '../../sim/corpus.ts'
import { isZero } from '../../node/hosts/disk-reader.ts'
import { FileHost } from '../../node/hosts/file.ts'

const MiB = 1 << 20
const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex')
const ratio = (b: Buffer): number => b.length / zstdCompressSync(b, { params: { [zlibConstants.ZSTD_c_compressionLevel]: 1 } }).length
const regions = (b: Buffer): Buffer[] => Array.from({ length: Math.ceil(b.length / MiB) }, (_, i) => b.subarray(i * MiB, (i + 1) * MiB))
const isText = (b: Buffer): boolean => !b.some(c => c !== 10 && (c < 32 || c > 126))

describe('corpus', () => {
  let dir: string
  beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'meshbackup-corpus-')) })
  afterEach(async () => { await rm(dir, { recursive: true, force: true }) })

  const spec: CorpusSpec = {
    seed: 11,
    vms: [
      { name: 'web01', disks: [{ name: 'disk0', size: 40 * MiB + 12345 }, { name: 'disk1', size: 3 * MiB }] },
      { name: 'db01', disks: [{ name: 'disk0', size: 24 * MiB }] }
    ]
  }

  it('writes a file host the FileHost can read, with exact sizes', async () => {
    const disks = await writeFileHost(dir, spec)
    assert.deepEqual(disks.map(d => `${d.vm}/${d.name}:${d.size}`), ['web01/disk0:41955385', 'web01/disk1:3145728', 'db01/disk0:25165824'])
    const host = new FileHost({ name: 'sim', type: 'file', path: dir })
    const vms = await host.inventory()
    assert.deepEqual(host.problems, [])
    assert.deepEqual(vms.map(v => [v.name, v.disks!.map(d => d.size)]), [['db01', [24 * MiB]], ['web01', [40 * MiB + 12345, 3 * MiB]]])
  })

  it('gives the same bytes for the same seed and different bytes for another', async () => {
    await writeFileHost(join(dir, 'a'), spec)
    await writeFileHost(join(dir, 'b'), spec)
    await writeFileHost(join(dir, 'c'), { ...spec, seed: 12 })
    for (const f of ['web01/vm.json', 'web01/disk0.raw', 'web01/disk1.raw', 'db01/disk0.raw']) {
      const a = sha(await readFile(join(dir, 'a', f)))
      assert.equal(sha(await readFile(join(dir, 'b', f))), a, f)
      // a small disk may be all holes under both seeds; the others must differ
      if (f !== 'web01/disk1.raw') assert.notEqual(sha(await readFile(join(dir, 'c', f))), a, f)
    }
  })

  it('mixes zero holes, text and random regions in runs, about half zero by default', async () => {
    await writeFileHost(dir, { seed: 3, vms: [{ name: 'vm', disks: [{ name: 'd', size: 128 * MiB }] }] })
    const file = join(dir, 'vm', 'd.raw')
    const kinds = regions(await readFile(file)).map(r => isZero(r) ? 'zero' : isText(r) ? 'text' : 'random')
    const count = (k: string): number => kinds.filter(x => x === k).length
    assert.ok(count('zero') >= 32 && count('zero') <= 96, `zero ${count('zero')}`)
    assert.ok(count('text') >= 12 && count('random') >= 12, `text ${count('text')} random ${count('random')}`)
    const runs = kinds.filter((k, i) => i === 0 || k !== kinds[i - 1]).length
    assert.ok(runs < kinds.length / 2, `${runs} runs in ${kinds.length} regions`)
    const s = await stat(file)
    assert.ok(s.blocks * 512 <= s.size - count('zero') * MiB + MiB, 'zero regions are holes')
  })

  it('makes text that zstd level 1 packs 3-5x and random data it cannot pack', async () => {
    await writeFileHost(dir, {
      seed: 5,
      vms: [
        { name: 't', disks: [{ name: 'd', size: 8 * MiB }] },
        { name: 'r', disks: [{ name: 'd', size: 4 * MiB }] }
      ],
      mix: { zero: 0, text: 1, random: 0 }
    })
    for (const r of regions(await readFile(join(dir, 't', 'd.raw')))) {
      assert.ok(isText(r))
      const x = ratio(r)
      assert.ok(x >= 3 && x <= 5, `text ratio ${x.toFixed(2)}`)
    }
    await writeFileHost(join(dir, 'rand'), { seed: 5, vms: [{ name: 'r', disks: [{ name: 'd', size: 4 * MiB }] }], mix: { zero: 0, text: 0, random: 1 } })
    for (const r of regions(await readFile(join(dir, 'rand', 'r', 'd.raw')))) assert.ok(ratio(r) < 1.01)
  })

  it('repeats some text regions across disks, aligned, for dedup to find', async () => {
    await writeFileHost(dir, {
      seed: 9,
      vms: [{ name: 'a', disks: [{ name: 'd', size: 16 * MiB }] }, { name: 'b', disks: [{ name: 'd', size: 16 * MiB }] }],
      mix: { zero: 0, text: 1, random: 0 }
    })
    const a = new Set(regions(await readFile(join(dir, 'a', 'd.raw'))).map(sha))
    const shared = regions(await readFile(join(dir, 'b', 'd.raw'))).map(sha).filter(h => a.has(h))
    assert.ok(shared.length >= 1 && shared.length <= 12, `${shared.length} shared regions`)
  })

  it('refuses a bad mix or size', async () => {
    await assert.rejects(writeFileHost(dir, { seed: 1, vms: [{ name: 'v', disks: [{ name: 'd', size: MiB }] }], mix: { zero: 0, text: 0, random: 0 } }), RangeError)
    await assert.rejects(writeFileHost(dir, { seed: 1, vms: [{ name: 'v', disks: [{ name: 'd', size: -1 }] }] }), RangeError)
  })

  describe('changeBlocks', () => {
    const blockSize = 256 * 1024

    it('changes exactly the listed blocks, with non-zero data, keeping the size', async () => {
      await writeFileHost(dir, { seed: 2, vms: [{ name: 'v', disks: [{ name: 'd', size: 4 * MiB + 1000 }] }] })
      const file = join(dir, 'v', 'd.raw')
      const before = await readFile(file)
      const changed = await changeBlocks(file, { fraction: 0.25, blockSize, seed: 7 })
      const after = await readFile(file)
      assert.equal(after.length, before.length)
      const blockCount = Math.ceil(before.length / blockSize)
      assert.equal(changed.length, Math.round(0.25 * blockCount))
      assert.deepEqual(changed, [...new Set(changed)].sort((x, y) => x - y))
      for (let i = 0; i < blockCount; i++) {
        const a = before.subarray(i * blockSize, (i + 1) * blockSize)
        const b = after.subarray(i * blockSize, (i + 1) * blockSize)
        if (changed.includes(i)) {
          assert.ok(!a.equals(b), `block ${i} listed but unchanged`)
          assert.ok(!isZero(b), `block ${i} is zero`)
        } else {
          assert.ok(a.equals(b), `block ${i} changed but not listed`)
        }
      }
    })

    it('is deterministic, and a second call with the same seed still changes the blocks', async () => {
      await writeFileHost(dir, { seed: 2, vms: [{ name: 'v', disks: [{ name: 'd', size: 2 * MiB }] }] })
      const file = join(dir, 'v', 'd.raw')
      const copy = join(dir, 'copy.raw')
      await copyFile(file, copy)
      const x = await changeBlocks(file, { fraction: 0.5, blockSize, seed: 1 })
      const y = await changeBlocks(copy, { fraction: 0.5, blockSize, seed: 1 })
      assert.deepEqual(x, y)
      const once = await readFile(file)
      assert.equal(sha(await readFile(copy)), sha(once))
      await changeBlocks(file, { fraction: 0.5, blockSize, seed: 1 })
      const twice = await readFile(file)
      for (const i of x) assert.ok(!once.subarray(i * blockSize, (i + 1) * blockSize).equals(twice.subarray(i * blockSize, (i + 1) * blockSize)))
    })

    it('changes nothing for fraction 0 and refuses a bad fraction', async () => {
      await writeFileHost(dir, { seed: 2, vms: [{ name: 'v', disks: [{ name: 'd', size: MiB }] }] })
      const file = join(dir, 'v', 'd.raw')
      assert.deepEqual(await changeBlocks(file, { fraction: 0, blockSize, seed: 1 }), [])
      await assert.rejects(changeBlocks(file, { fraction: 1.5, blockSize, seed: 1 }), RangeError)
    })
  })
})
