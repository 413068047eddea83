/**
 * End to end: garbage collection through the CLI. Two backups of a VM under a keep-last-1
 * retention (the older point is deleted by the session), `meshbackup gc --dry-run` and
 * `meshbackup gc`, then the newer point restores bit-identically and verifies.
 */
import assert from 'node:assert/strict'
import { mkdtemp, rm, readFile } from 'node:fs/promises'
import { createHash } from 'node:crypto'
import { blockDigestSync } from '../../roles/repository/digest.ts'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCluster, type Cluster } from '../../sim/cluster.ts'
import { writeFileHost, changeBlocks } from '../../sim/corpus.ts'

const MiB = 1024 * 1024

async function sha256 (file: string): Promise<string> {
  return createHash('sha256').update(await readFile(file)).digest('hex')
}

/** Digests of the non-zero 1 MiB blocks of a disk image, as a new (format 3) repository names them. */
async function blockDigests (file: string): Promise<Set<string>> {
  const img = await readFile(file)
  const out = new Set<string>()
  for (let at = 0; at < img.length; at += MiB) {
    const block = img.subarray(at, Math.min(img.length, at + MiB))
    if (!block.every((b) => b === 0)) out.add(blockDigestSync('blake3', block).toString('hex'))
  }
  return out
}

describe('garbage collection through the CLI', function () {
  this.timeout(240_000)
  let dir: string
  let hostDir: string
  let cluster: Cluster | undefined

  before(async function () {
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-e2e-gc-'))
    hostDir = join(dir, 'host')
    await writeFileHost(hostDir, { seed: 11, mix: { zero: 0, text: 1, random: 1 }, vms: [{ name: 'web01', disks: [{ name: 'disk0', size: 8 * MiB }] }] })
    cluster = await startCluster({
      dir: join(dir, 'mesh'),
      nodes: [
        { name: 'a', roles: ['manager', 'scheduler', 'proxy'] },
        { name: 'c', roles: ['repository'], repositoryName: 'main' }
      ]
    })
    await cluster.addFileHost('a', 'lab', hostDir)
    await cluster.cli('a', ['job', 'add', 'nightly', '--host', 'lab', '--repository', 'main', '--keep-last', '1'])
  })

  after(async function () {
    if (this.currentTest?.state === 'failed' && cluster != null) {
      for (const name of ['a', 'c']) console.error(`--- log of ${name}\n${cluster.logTail(name, 40)}`)
    }
    await cluster?.stop()
    await rm(dir, { recursive: true, force: true })
  })

  it('frees the blocks of the point retention deleted and the newer point restores bit-identically', async function () {
    const first = await cluster!.json('a', ['job', 'run', 'nightly', '--wait'])
    assert.equal(first.state, 'success', first.log?.join('\n'))
    const disk = join(hostDir, 'web01', 'disk0.raw')
    const before = await blockDigests(disk)
    const changed = await changeBlocks(disk, { fraction: 0.75, blockSize: MiB, seed: 5 })
    assert.ok(changed.length > 0)
    const after = await blockDigests(disk)
    const garbage = [...before].filter((d) => !after.has(d)).length
    assert.ok(garbage > 0)
    const second = await cluster!.json('a', ['job', 'run', 'nightly', '--wait'])
    assert.equal(second.state, 'success', second.log?.join('\n'))
    const points = await cluster!.json('a', ['points', 'list', '--job', 'nightly'])
    assert.deepEqual(points.map((p: { id: string }) => p.id), second.points, 'retention kept only the newer point')

    const dry = await cluster!.json('a', ['gc', '--dry-run'])
    assert.equal(dry.repository, 'main')
    assert.equal(dry.blocksRemoved, garbage, 'the blocks only the deleted point had are garbage')
    const report = await cluster!.json('a', ['gc', '--repository', 'main'])
    assert.equal(report.blocksRemoved, dry.blocksRemoved)
    assert.deepEqual(report.problems, [])
    assert.ok(report.bytesFreed > 0, 'the first pack, a quarter live, was rewritten')
    const again = await cluster!.json('a', ['gc'])
    assert.equal(again.blocksRemoved, 0)

    const to = join(dir, 'restore')
    await cluster!.cli('a', ['restore', second.points[0], '--vm', 'web01', '--to', to])
    assert.equal(await sha256(join(to, 'disk0.raw')), await sha256(join(hostDir, 'web01', 'disk0.raw')))
    const verify = await cluster!.json('a', ['verify', second.points[0]])
    assert.equal(verify.ok, true)
  })
})
