/**
 * Encryption at rest, end to end with real daemons (a: manager, scheduler and proxy; c: the
 * repository "main"), and the disaster drill: a job under a data key backs a VM up; the
 * repository's packs hold none of the disk's bytes; the point lists its key's fingerprint and
 * restores bit-exact with the manager's key; an incremental deduplicates under the key. Then every
 * daemon is gone: a fresh node that has only a copy of the repository folder (no manager, no
 * catalog) restores the VM bit-exact from the paper key and its passphrase, and again from the
 * recovery key; without a key it says which key is missing.
 */
import assert from 'node:assert/strict'
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCluster, type Cluster } from '../../sim/cluster.ts'
import { changeBlocks, writeFileHost } from '../../sim/corpus.ts'

const MiB = 1024 * 1024
const DISK_BYTES = 8 * MiB

/** Every pack file under a repository folder. */
async function packFiles (repo: string): Promise<string[]> {
  return (await readdir(join(repo, 'packs'), { recursive: true })).filter((f) => f.endsWith('.pack')).map((f) => join(repo, 'packs', f))
}

describe('e2e: encrypted backups, and a restore from nothing but the repository and a paper key', function () {
  this.timeout(600_000)
  let dir: string
  let disk: string
  let repoDir: string
  let cluster: Cluster | undefined
  let fresh: Cluster | undefined

  before(async function () {
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-encryption-'))
    const hostDir = join(dir, 'host')
    await writeFileHost(hostDir, { seed: 71, mix: { zero: 1, text: 1, random: 2 }, vms: [{ name: 'web01', disks: [{ name: 'disk0', size: DISK_BYTES }] }] })
    disk = join(hostDir, 'web01', 'disk0.raw')
    await writeFile(join(dir, 'pass'), 'correct horse battery staple\n')
    await writeFile(join(dir, 'rescue-pass'), 'kept in the safe\n')
    cluster = await startCluster({
      dir: join(dir, 'mesh'),
      nodes: [
        { name: 'a', roles: ['manager', 'scheduler', 'proxy'] },
        { name: 'c', roles: ['repository'], repositoryName: 'main' }
      ]
    })
    repoDir = join(dir, 'mesh', 'c-repository')
    await cluster.addFileHost('a', 'lab', hostDir)
  })

  after(async function () {
    if (this.currentTest?.state === 'failed') {
      if (cluster != null) for (const name of ['a', 'c']) console.error(`--- log of ${name}\n${cluster.logTail(name, 60)}`)
      if (fresh != null) console.error(`--- log of the fresh node\n${fresh.logTail('x', 60)}`)
    }
    await cluster?.stop()
    await fresh?.stop()
    await rm(dir, { recursive: true, force: true })
  })

  it('backs up under a key, never stores the plaintext, and restores with the paper key alone', async function () {
    const c = cluster!
    const original = await readFile(disk)
    await c.cli('a', ['key', 'create', 'prod', '--passphrase-file', join(dir, 'pass')])
    await c.cli('a', ['key', 'create', 'rescue', '--recovery', '--passphrase-file', join(dir, 'rescue-pass')])
    const keys = await c.json('a', ['key', 'list'])
    const prod = keys.find((k: any) => k.name === 'prod')
    assert.match(prod.fingerprint, /^[0-9a-f]{16}$/)
    await c.cli('a', ['key', 'export', 'prod', '--paper', '--out', join(dir, 'prod.paper'), '--qr', join(dir, 'prod.png')])
    await c.cli('a', ['key', 'export', 'rescue', '--out', join(dir, 'rescue.key')])
    assert.ok((await readFile(join(dir, 'prod.png'))).subarray(1, 4).toString() === 'PNG', 'a QR code image')

    await c.cli('a', ['job', 'add', 'nightly', '--host', 'lab', '--repository', 'main', '--key', 'prod'])
    const full = JSON.parse((await c.cli('a', ['--json', 'job', 'run', 'nightly', '--wait'])).stdout)
    assert.equal(full.state, 'success', full.log?.join('\n'))
    const pointId = full.points[0]

    // no 64-byte piece of any non-zero block of the disk is anywhere in the packs
    const packs = Buffer.concat(await Promise.all((await packFiles(repoDir)).map(async (f) => await readFile(f))))
    let probed = 0
    for (let at = 0; at < DISK_BYTES; at += MiB) {
      const piece = original.subarray(at + 4096, at + 4096 + 64)
      if (piece.every((b) => b === 0)) continue
      probed++
      assert.equal(packs.indexOf(piece), -1, `bytes of the disk at ${at + 4096} are readable in a pack`)
    }
    assert.ok(probed >= 4, `${probed} blocks probed`)

    const listed = (await c.json('a', ['points', 'list'])).find((p: any) => p.id === pointId)
    assert.equal(listed.keyFingerprint, prod.fingerprint)
    assert.equal((listed.recoveryFingerprints ?? []).length, 1, 'wrapped for the recovery key')

    // with the manager's key
    const restored = join(dir, 'restore-manager.raw')
    await c.cli('a', ['restore', pointId, '--disk', '0', '--to', restored])
    assert.ok((await readFile(restored)).equals(original), 'restored bit-exact with the manager\'s key')
    // the repository checks every stored record without the key
    const verified = JSON.parse((await c.cli('a', ['--json', 'verify', pointId])).stdout)
    assert.equal(verified.ok, true, (verified.problems ?? []).join('\n'))

    // an incremental under the same key sends only what changed, and deduplicates the rest
    await changeBlocks(disk, { fraction: 0.25, blockSize: MiB, seed: 5 })
    const changed = await readFile(disk)
    const incremental = JSON.parse((await c.cli('a', ['--json', 'job', 'run', 'nightly', '--wait'])).stdout)
    assert.equal(incremental.state, 'success', incremental.log?.join('\n'))
    const sent = incremental.tasks.reduce((n: number, t: any) => n + (t.stats?.blocksSent ?? 0), 0)
    assert.ok(sent > 0 && sent < DISK_BYTES / MiB, `${sent} blocks sent by the incremental`)
    const second = incremental.points[0]

    // the disaster: every daemon gone; a fresh node gets a copy of the repository folder only
    await c.stop()
    cluster = undefined
    fresh = await startCluster({ dir: join(dir, 'fresh'), nodes: [{ name: 'x', roles: ['repository'], repositoryName: 'main' }] })
    await fresh.stopDaemon('x')
    const freshRepo = join(dir, 'fresh', 'x-repository')
    await rm(freshRepo, { recursive: true, force: true })
    await cp(repoDir, freshRepo, { recursive: true })
    fresh.startDaemon('x')
    await fresh.cli('x', ['status', '--wait'])

    const points = await fresh.json('x', ['points', 'list'])
    assert.deepEqual(points.map((p: any) => p.id).sort(), [pointId, second].sort())
    const missing = await fresh.cli('x', ['restore', second, '--disk', '0', '--to', join(dir, 'no-key.raw')], { allowFailure: true })
    assert.notEqual(missing.code, 0)
    assert.match(missing.stderr, new RegExp(`${prod.fingerprint}.*--key-file.*ERR_KEY_UNAVAILABLE`, 's'))

    const fromPaper = join(dir, 'restore-paper.raw')
    await fresh.cli('x', ['restore', second, '--disk', '0', '--to', fromPaper, '--key-file', join(dir, 'prod.paper'), '--passphrase-file', join(dir, 'pass')])
    assert.ok((await readFile(fromPaper)).equals(changed), 'the latest point restored bit-exact from the paper key')
    const fromRecovery = join(dir, 'restore-recovery.raw')
    await fresh.cli('x', ['restore', pointId, '--disk', '0', '--to', fromRecovery, '--recovery-key', join(dir, 'rescue.key'), '--passphrase-file', join(dir, 'rescue-pass')])
    assert.ok((await readFile(fromRecovery)).equals(original), 'the first point restored bit-exact from the recovery key')
    // and reading every block with the key finds nothing wrong
    const readData = await fresh.cli('x', ['verify', second, '--read-data', '--key-file', join(dir, 'prod.paper'), '--passphrase-file', join(dir, 'pass')])
    assert.equal(readData.code, 0, readData.stderr)
  })
})
