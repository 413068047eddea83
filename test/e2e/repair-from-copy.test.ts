/**
 * Repair from a copy, end to end with real daemons (a: manager, scheduler and proxy; c: repository
 * "main"; d: repository "dr", a copy job's target): a byte flipped in a pack of main is found by
 * `verify POINT --repair`, which takes a good copy of the block from dr over block fetch and
 * stores it on main (checked as a backup's block): the CLI says how many blocks and from which
 * repository, the marks are gone and both points restore bit-exact from main. A block dr never
 * received (an incremental not copied yet) stays damaged, named, and the command exits 1.
 */
import assert from 'node:assert/strict'
import { blockDigestSync } from '../../roles/repository/digest.ts'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCluster, type Cluster } from '../../sim/cluster.ts'
import { changeBlocks, writeFileHost } from '../../sim/corpus.ts'
import { scanPack } from '../../roles/repository/pack-scan.ts'
import { RECORD_HEADER_LENGTH } from '../../roles/repository/packs.ts'
import { flipByte } from '../helpers/corrupt.ts'

const MiB = 1024 * 1024

function blockDigests (img: Buffer): Set<string> {
  const out = new Set<string>()
  for (let at = 0; at < img.length; at += MiB) out.add(blockDigestSync('blake3', img.subarray(at, at + MiB)).toString('hex'))
  return out
}

describe('e2e: verify --repair takes good copies of bad blocks from another repository', function () {
  this.timeout(300_000)
  let dir: string
  let disk: string
  let mainDir: string
  let cluster: Cluster | undefined

  before(async function () {
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-repair-'))
    await writeFileHost(join(dir, 'host'), { seed: 43, mix: { zero: 1, text: 1, random: 2 }, vms: [{ name: 'web01', disks: [{ name: 'disk0', size: 12 * MiB }] }] })
    disk = join(dir, 'host', 'web01', 'disk0.raw')
    cluster = await startCluster({
      dir: join(dir, 'mesh'),
      nodes: [
        { name: 'a', roles: ['manager', 'scheduler', 'proxy'] },
        { name: 'c', roles: ['repository'], repositoryName: 'main' },
        { name: 'd', roles: ['repository'], repositoryName: 'dr' }
      ]
    })
    mainDir = join(dir, 'mesh', 'c-repository')
    await cluster.addFileHost('a', 'lab', join(dir, 'host'))
    await cluster.cli('a', ['job', 'add', 'nightly', '--host', 'lab', '--repository', 'main'])
    await cluster.cli('a', ['copy', 'add', 'offsite', '--from', 'main', '--to', 'dr'])
  })

  after(async function () {
    if (this.currentTest?.state === 'failed' && cluster != null) {
      for (const name of ['a', 'c', 'd']) console.error(`--- log of ${name}\n${cluster.logTail(name, 60)}`)
    }
    await cluster?.stop()
    await rm(dir, { recursive: true, force: true })
  })

  const backup = async (): Promise<string> => {
    const s = JSON.parse((await cluster!.cli('a', ['--json', 'job', 'run', 'nightly', '--wait'])).stdout)
    assert.equal(s.state, 'success', s.log?.join('\n'))
    return s.points[0]
  }

  /** Flips a data byte of the first record of main's packs whose digest `pick` accepts. */
  const damageMain = async (pick: (digest: string) => boolean): Promise<void> => {
    const packs = (await readdir(join(mainDir, 'packs'), { recursive: true })).filter((f) => f.endsWith('.pack')).map((f) => join(mainDir, 'packs', f))
    for (const pack of packs) {
      let offset: number | undefined
      await scanPack(pack, { onRecord: (r) => { if (offset === undefined && pick(r.header.digest.toString('hex'))) offset = r.offset } })
      if (offset !== undefined) return await flipByte(pack, offset + RECORD_HEADER_LENGTH + 5)
    }
    throw new Error('no such record in main')
  }

  const restoreFromMain = async (point: string): Promise<Buffer> => {
    const to = join(dir, `restore-${point}`)
    await cluster!.cli('a', ['restore', point, '--to', to, '--repository', 'main'])
    const got = await readFile(join(to, 'disk0.raw'))
    await rm(to, { recursive: true, force: true })
    return got
  }

  it('repairs a damaged block of main from dr; a block dr lacks stays damaged and is named', async function () {
    const c = cluster!
    const original = await readFile(disk)
    const p1 = await backup()
    const p2 = await backup()                      // nothing changed: shares every block
    const copied = JSON.parse((await c.cli('a', ['--json', 'copy', 'run', 'offsite'])).stdout)
    assert.equal(copied.state, 'success', copied.log?.join('\n'))

    const first = blockDigests(original)
    await damageMain((d) => first.has(d))
    const run = await c.cli('a', ['verify', p1, '--repair'])
    assert.match(run.stdout, new RegExp(`^DAMAGED: point ${p1} in repository main, `))
    assert.match(run.stdout, /\nREPAIRED 1 block\(s\) \(1 from dr\)/)
    assert.doesNotMatch(run.stdout, /NOT REPAIRED/)
    assert.deepEqual((await c.json('a', ['points', 'list'])).map((p: any) => p.badBlocks ?? 0), [0, 0, 0, 0])
    assert.ok((await restoreFromMain(p1)).equals(original), 'p1 restores bit-exact from main')
    assert.ok((await restoreFromMain(p2)).equals(original), 'so does p2, which shares the block')
    const again = JSON.parse((await c.cli('a', ['--json', 'verify', p1, '--repository', 'main'])).stdout)
    assert.equal(again.ok, true)

    // an incremental dr has not received: its new blocks exist only on main
    await changeBlocks(disk, { fraction: 0.25, blockSize: MiB, seed: 9 })
    const changed = await readFile(disk)
    const p3 = await backup()
    const fresh = [...blockDigests(changed)].filter((d) => !first.has(d))
    await damageMain((d) => fresh.includes(d))
    const failed = await c.cli('a', ['--json', 'verify', p3, '--repair'], { allowFailure: true })
    assert.equal(failed.code, 1, 'a block is still damaged')
    const report = JSON.parse(failed.stdout)
    assert.equal(report.repository, 'main')
    assert.equal(report.blocksRepaired ?? 0, 0)
    assert.equal(report.unrepaired.length, 1)
    assert.match(report.unrepaired[0], /^disk 0 \(disk0\) block \d+ \([0-9a-f]{16}…\): dr cannot give it \(ERR_MISSING_BLOCK\)/)
    assert.equal((await c.json('a', ['points', 'list'])).find((p: any) => p.id === p3 && p.repository === 'main').badBlocks, 1)
  })
})
