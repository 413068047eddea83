/**
 * Scheduled verify and repair, end to end with real daemons (a: manager, scheduler and proxy; c:
 * the repository "main"): a byte flipped in a pack is found by a verify job's run, which names
 * every point using the block (session, points list, /api/points, the Prometheus gauge, the
 * webhook); the restore of such a point is refused naming the block and its byte range, and with
 * --allow-damaged writes everything else; the next incremental of the VM — nothing changed on
 * its disk — sends the block again, and the old points restore bit-exact.
 */
import assert from 'node:assert/strict'
import { blockDigestSync } from '../../roles/repository/digest.ts'
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCluster, waitUntil, type Cluster } from '../../sim/cluster.ts'
import { writeFileHost } from '../../sim/corpus.ts'
import { scanPack } from '../../roles/repository/pack-scan.ts'
import { RECORD_HEADER_LENGTH } from '../../roles/repository/packs.ts'
import { readDaemonInfo } from '../../node/daemon/config.ts'
import { flipByte } from '../helpers/corrupt.ts'
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhook.ts'

const MiB = 1024 * 1024

/** A block's id in a new (format 3) repository: BLAKE3. */
function blockId (data: Uint8Array): string {
  return blockDigestSync('blake3', data).toString('hex')
}

describe('e2e: verify jobs find damage, and the next backup repairs it', function () {
  this.timeout(300_000)
  let dir: string
  let disk: string
  let repoDir: string
  let cluster: Cluster | undefined
  let hook: WebhookReceiver | undefined

  before(async function () {
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-verify-'))
    const hostDir = join(dir, 'host')
    await writeFileHost(hostDir, { seed: 41, mix: { zero: 1, text: 1, random: 2 }, vms: [{ name: 'web01', disks: [{ name: 'disk0', size: 12 * MiB }] }] })
    disk = join(hostDir, 'web01', 'disk0.raw')
    hook = await startWebhookReceiver()
    cluster = await startCluster({
      dir: join(dir, 'mesh'),
      nodes: [
        { name: 'a', roles: ['manager', 'scheduler', 'proxy'] },
        { name: 'c', roles: ['repository'], repositoryName: 'main' }
      ]
    })
    repoDir = join(dir, 'mesh', 'c-repository')
    await cluster.addFileHost('a', 'lab', hostDir)
    await cluster.cli('a', ['job', 'add', 'nightly', '--host', 'lab', '--repository', 'main'])
  })

  after(async function () {
    if (this.currentTest?.state === 'failed' && cluster != null) {
      for (const name of ['a', 'c']) console.error(`--- log of ${name}\n${cluster.logTail(name, 60)}`)
    }
    await cluster?.stop()
    await hook?.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('verify finds a flipped byte, restores refuse or skip it, and the next incremental repairs it', async function () {
    const c = cluster!
    const backup = async (): Promise<any> => {
      const s = JSON.parse((await c.cli('a', ['--json', 'job', 'run', 'nightly', '--wait'])).stdout)
      assert.equal(s.state, 'success', s.log?.join('\n'))
      return s
    }
    const original = await readFile(disk)
    const full = await backup()
    const second = await backup()      // nothing changed: every block is shared
    const points = [full.points[0], second.points[0]]

    // a data byte of a stored block: the first record of the only pack
    const pack = (await readdir(join(repoDir, 'packs'), { recursive: true })).filter((f) => f.endsWith('.pack')).map((f) => join(repoDir, 'packs', f))[0]!
    let record: { offset: number, digest: Buffer } | undefined
    await scanPack(pack, { onRecord: (r) => { record ??= { offset: r.offset, digest: r.header.digest } } })
    await flipByte(pack, record!.offset + RECORD_HEADER_LENGTH + 5)
    const bad = [...Array(12).keys()].find((i) => blockId(original.subarray(i * MiB, (i + 1) * MiB)) === record!.digest.toString('hex'))!
    assert.ok(bad !== undefined, 'the flipped record holds a block of the disk')

    await c.cli('a', ['verify-job', 'add', 'check', '--repository', 'main', '--older-than', '7', '--notify', hook!.url])
    const listed = await c.json('a', ['verify-job', 'list'])
    assert.deepEqual(listed.map((j: any) => [j.name, j.repository, j.olderThanDays]), [['check', 'main', 7]])
    const progress: string[] = []
    const run = await c.cli('a', ['--json', 'verify-job', 'run', 'check', '--wait'], { allowFailure: true, onStderr: (chunk) => progress.push(chunk) })
    assert.equal(run.code, 1, 'damage found: the session failed')
    const session = JSON.parse(run.stdout)
    assert.equal(session.kind, 'verify')
    assert.equal(session.state, 'failed')
    assert.match(progress.join(''), /MB\/s/)
    const report = session.verifyReport
    assert.equal(report.pointsChecked, 2)
    assert.equal(report.badBlocks, 1)
    assert.ok(report.blocksChecked > 0 && report.blocksChecked <= 12, 'each distinct block read once for both points')
    assert.deepEqual(report.damagedPoints.map((d: any) => d.pointId).sort(), [...points].sort())
    assert.match(report.damagedPoints[0].problems[0], new RegExp(`^disk 0 \\(disk0\\) block ${bad} .*: pack [0-9a-f]{32} offset ${record!.offset}: `))
    assert.ok((await c.json('a', ['session', 'list'])).some((s: any) => s.id === session.id), 'listed with the sessions')

    // shown damaged: listing, HTTP API, gauge, webhook
    const list = await c.json('a', ['points', 'list'])
    assert.deepEqual(list.map((p: any) => p.badBlocks), [1, 1])
    assert.ok(list.every((p: any) => p.verifiedAtMs > 0))
    assert.match((await c.cli('a', ['points', 'list'])).stdout, new RegExp(`DAMAGED ${points[0]}: 1 bad block`))
    assert.deepEqual((await c.api('a', '/api/points')).map((p: any) => p.badBlocks), [1, 1])
    const metricsUrl = `${(await readDaemonInfo(c.node('c').home))!.http}/metrics`
    await waitUntil('the gauge counts both points', async () => /meshbackup_damaged_points\{repository="main"\} 2/.test(await (await fetch(metricsUrl)).text()) ? true : undefined)
    await waitUntil('the webhook was told', () => hook!.received.length > 0 ? true : undefined)
    assert.deepEqual(hook!.received[0].verify.damagedPoints.map((d: any) => d.pointId).sort(), [...points].sort())

    // restore: refused naming the block and its bytes; with --allow-damaged the rest is written
    const to = join(dir, 'restore-damaged')
    const refused = await c.cli('a', ['restore', points[0], '--to', to], { allowFailure: true })
    assert.notEqual(refused.code, 0)
    assert.match(refused.stderr, new RegExp(`block ${bad} \\(bytes ${bad * MiB}-${(bad + 1) * MiB - 1}\\).*--allow-damaged.*\\(ERR_POINT_DAMAGED\\)`))
    await assert.rejects(stat(to), 'nothing was written')
    const partial = await c.cli('a', ['restore', points[0], '--to', to, '--allow-damaged'], { allowFailure: true })
    assert.equal(partial.code, 3, partial.stderr)
    assert.match(partial.stdout, new RegExp(`NOT restored .*\\n.*disk 0: block ${bad} \\(bytes ${bad * MiB}-${(bad + 1) * MiB - 1}\\)`))
    const got = await readFile(join(to, 'disk0.raw'))
    assert.ok(got.subarray(bad * MiB, (bad + 1) * MiB).equals(Buffer.alloc(MiB)), 'zeros where the block was bad')
    assert.ok(got.subarray(0, bad * MiB).equals(original.subarray(0, bad * MiB)) && got.subarray((bad + 1) * MiB).equals(original.subarray((bad + 1) * MiB)), 'the rest restored')
    await rm(to, { recursive: true, force: true })

    // repair: the disk did not change, yet the next incremental sends the damaged block again
    const repaired = await backup()
    assert.equal(repaired.tasks[0].changeDetection, 'digest', 'an incremental on the damaged point')
    assert.equal(repaired.tasks[0].stats.blocksSent, 1, 'exactly the damaged block was sent')
    assert.deepEqual((await c.json('a', ['points', 'list'])).map((p: any) => p.badBlocks), [0, 0, 0])
    for (const point of points) {
      const back = join(dir, `restore-${point}`)
      await c.cli('a', ['restore', point, '--to', back])
      assert.ok((await readFile(join(back, 'disk0.raw'))).equals(original), `point ${point} restores bit-exact again`)
      await rm(back, { recursive: true, force: true })
    }
    // the next run with --older-than 7 skips the points verified just now, and checks the new one
    const again = JSON.parse((await c.cli('a', ['--json', 'verify-job', 'run', 'check', '--wait'])).stdout)
    assert.equal(again.state, 'success', again.log?.join('\n'))
    assert.equal(again.verifyReport.pointsChecked, 1)
    assert.equal(again.verifyReport.pointsSkipped, 2)
  })
})
