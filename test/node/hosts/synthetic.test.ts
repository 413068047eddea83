import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { connectHost } from '../../../node/hosts/connect-host.ts'
import { openBlockSource, specForDisk } from '../../../node/hosts/open-block-source.ts'
import { parseSyntheticSpec, regionKind, syntheticSource } from '../../../node/hosts/synthetic.ts'

const MiB = 1 << 20
const digest = (b: Buffer): string => createHash('sha256').update(b).digest('hex')

describe('synthetic host', () => {
  it('parses <seed>:<vms>x<disks>x<size> and names what is wrong otherwise', () => {
    assert.deepEqual(parseSyntheticSpec('7:40x2x256M'), { seed: 7, vms: 40, disks: 2, size: 256 * MiB })
    assert.deepEqual(parseSyntheticSpec('1:1x1x4096'), { seed: 1, vms: 1, disks: 1, size: 4096 })
    assert.throws(() => parseSyntheticSpec('7:40x2', 'big'), (err: any) => err.code === 'ERR_BAD_HOST_SPEC' && /synthetic host "big"/.test(err.message))
    assert.throws(() => connectHost({ name: 'big', type: 'synthetic', path: '/srv/vms' }), /<seed>:<vms>x<disks>x<size>/)
  })

  it('lists the VMs and disks of its spec, and snapshots them as synthetic: views', async () => {
    const host = connectHost({ name: 'big', type: 'synthetic', path: '3:12x2x8M' })
    assert.deepEqual(await host.probe(), ['direct'])
    const vms = await host.inventory()
    assert.equal(vms.length, 12)
    assert.equal(vms[0]!.name, 'vm01')
    assert.deepEqual(vms[11]!.disks!.map((d) => [d.name, d.size]), [['disk0', 8 * MiB], ['disk1', 8 * MiB]])
    const snap = await host.snapshot('vm02', 'session-1')
    assert.equal(snap.disks![1]!.file, `synthetic:3:vm02:disk1:${8 * MiB}`)
    assert.deepEqual(specForDisk(snap.disks![1]!, 'direct'), { type: 'synthetic', file: `synthetic:3:vm02:disk1:${8 * MiB}` })
    await assert.rejects(host.snapshot('vm13', 'session-1'), (err: any) => err.code === 'ERR_NO_SUCH_VM')
    await host.release('vm02', snap.snapshotId!, false)
    assert.deepEqual(await host.leftovers(), [])
  })

  it('gives the same bytes for the same (seed, VM, disk, offset), whatever the block size', async () => {
    const file = 'synthetic:5:vm1:disk0:' + String(16 * MiB + 1000)
    const big = await openBlockSource({ type: 'synthetic', file }, { expectedSize: 16 * MiB + 1000, blockSize: MiB })
    const small = syntheticSource(file, { expectedSize: 16 * MiB + 1000, blockSize: 64 * 1024 })
    assert.equal(big.blockCount, 17)
    for (const index of [0, 3, 9, 16]) {
      const whole = Buffer.from(await big.read(index))
      const parts: Buffer[] = []
      for (let i = index * 16; i < Math.min(small.blockCount, index * 16 + 16); i++) parts.push(Buffer.from(await small.read(i)))
      assert.equal(digest(Buffer.concat(parts)), digest(whole), `block ${index}`)
    }
    assert.equal((await big.read(16)).length, 1000)
    const other = syntheticSource('synthetic:6:vm1:disk0:' + String(16 * MiB + 1000), { expectedSize: 16 * MiB + 1000, blockSize: MiB })
    const differs = await Promise.all([0, 1, 2, 3, 4, 5, 6, 7].map(async (i) => digest(await big.read(i)) !== digest(await other.read(i))))
    assert.ok(differs.some(Boolean), 'another seed gives other bytes')
    assert.throws(() => syntheticSource(file, { expectedSize: 1, blockSize: MiB }), (err: any) => err.code === 'ERR_DISK_SIZE_CHANGED')
    assert.throws(() => big.blocks({ changedSince: 'b1' }), (err: any) => err.code === 'ERR_CBT_UNAVAILABLE')
  })

  it('mixes zero, text and random regions about half, a quarter and a quarter', async () => {
    const kinds = { zero: 0, text: 0, random: 0 }
    for (let r = 0; r < 2000; r++) kinds[regionKind('9/vm1/disk0', r)]++
    assert.ok(kinds.zero > 900 && kinds.zero < 1100, JSON.stringify(kinds))
    assert.ok(kinds.text > 400 && kinds.random > 400, JSON.stringify(kinds))
    const source = syntheticSource(`synthetic:9:vm1:disk0:${32 * MiB}`, { expectedSize: 32 * MiB, blockSize: MiB })
    let zero = 0
    for (let i = 0; i < 32; i++) {
      const block = await source.read(i)
      const kind = regionKind('9/vm1/disk0', i)
      assert.equal(block.equals(Buffer.alloc(block.length)), kind === 'zero', `region ${i} is ${kind}`)
      if (kind === 'text') assert.match(block.subarray(0, 200).toString('latin1'), /^9\/vm1\/disk0 region \d+\n/)
      if (kind === 'zero') zero++
    }
    assert.ok(zero > 6 && zero < 26)
  })
})
