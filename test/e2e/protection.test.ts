/**
 * "Is it protected?" and boot check results end to end with real daemons (a: manager, scheduler
 * and proxy; c: repository "main", locked 1 day; d: repository "vault", marked off-site): after a
 * backup the VM falls short on copies, repositories, off-site and its missing boot check; a copy
 * job to the vault adds the second and the off-site copy; a boot check result sent to the manager
 * (what `verify POINT --boot` sends once the recovery path runs it) is listed by `points list` and
 * `points boot-checks`, ends a session of kind boot-check, serves its screenshot over HTTP, feeds
 * the gauges, and leaves the VM short of its third copy only.
 */
import assert from 'node:assert/strict'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PNG } from 'pngjs'
import { startCluster, type Cluster } from '../../sim/cluster.ts'
import { writeFileHost } from '../../sim/corpus.ts'
import { connectHome } from '../../node/daemon/cli/common.ts'
import { readDaemonInfo } from '../../node/daemon/config.ts'
import { removeTree } from '../roles/repository/helpers.ts'

const MiB = 1024 * 1024

describe('e2e: protection and boot check results', function () {
  this.timeout(300_000)
  let dir: string
  let cluster: Cluster | undefined

  before(async function () {
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-protection-'))
    await writeFileHost(join(dir, 'host'), { seed: 21, mix: { zero: 1, text: 1, random: 1 }, vms: [{ name: 'web01', disks: [{ name: 'disk0', size: 8 * MiB }] }] })
    cluster = await startCluster({
      dir: join(dir, 'mesh'),
      nodes: [
        { name: 'a', roles: ['manager', 'scheduler', 'proxy'] },
        { name: 'c', roles: ['repository'], repositoryName: 'main', lockDays: 1 },
        { name: 'd', roles: ['repository'], repositoryName: 'vault', offsite: true }
      ]
    })
    await cluster.addFileHost('a', 'lab', join(dir, 'host'))
    await cluster.cli('a', ['job', 'add', 'nightly', '--host', 'lab', '--repository', 'main'])
  })

  after(async function () {
    if (this.currentTest?.state === 'failed' && cluster != null) {
      for (const name of ['a', 'c', 'd']) console.error(`--- log of ${name}\n${cluster.logTail(name, 60)}`)
    }
    await cluster?.stop()
    // the locked points' files are immutable: cleared first
    await removeTree(dir)
  })

  const protection = async (): Promise<{ code: number, report: any, text: string }> => {
    const c = cluster!
    const json = await c.cli('a', ['--json', 'protection'], { allowFailure: true })
    const text = await c.cli('a', ['protection'], { allowFailure: true })
    assert.equal(text.code, json.code)
    return { code: json.code, report: JSON.parse(json.stdout), text: text.stdout }
  }

  it('names what a VM lacks, and counts a copy job\'s off-site copy and a boot check', async function () {
    const c = cluster!
    const backup = JSON.parse((await c.cli('a', ['--json', 'job', 'run', 'nightly', '--wait'])).stdout)
    assert.equal(backup.state, 'success', backup.log?.join('\n'))
    const point = backup.points[0] as string

    const first = await protection()
    assert.equal(first.code, 1, 'a VM falls short: exit 1')
    const vm = first.report.vms[0]
    assert.deepEqual([vm.job, vm.vm, vm.pointId, vm.copies, vm.repositories, vm.offsite, vm.locked], ['nightly', 'web01', point, 1, 1, 0, 1])
    assert.deepEqual(vm.missing, ['1 copy of 3', '1 repository of 2', 'no off-site copy (a repository marked off-site, or S3)', `1 error: no boot check of point ${point}`])
    assert.match(first.text, /SHORT nightly\/web01: 1 copy of 3; 1 repository of 2/)
    assert.match(first.text, /0 of 1 VM\(s\) protected/)

    await c.cli('a', ['copy', 'add', 'to-vault', '--from', 'main', '--to', 'vault', '--job', 'nightly'])
    const copied = JSON.parse((await c.cli('a', ['--json', 'copy', 'run', 'to-vault'])).stdout)
    assert.equal(copied.state, 'success', copied.log?.join('\n'))
    const second = (await protection()).report.vms[0]
    assert.deepEqual([second.copies, second.repositories, second.offsite, second.locked], [2, 2, 1, 1])
    assert.deepEqual(second.copyRepositories, ['main', 'vault'])

    // a boot check's result, as the recovery path sends it
    const png = new PNG({ width: 4, height: 3 })
    png.data.fill(200)
    const shot = PNG.sync.write(png)
    const admin = await connectHome(c.node('a').home)
    let sessionId: string
    try {
      const begun = await admin.request({ bootCheckBegin: { pointId: point, vm: 'web01', job: 'nightly', repository: 'main', host: 'lab' } })
      sessionId = begun.session!.id!
      const kept = await admin.request({
        bootCheckRecord: {
          check: { pointId: point, vm: 'web01', job: 'nightly', sessionId, pass: true, heartbeat: 'guest-agent', bootMs: 9_500, durationMs: 12_000, scriptRan: true, scriptExit: 0, output: 'BOOTCHECK-TEST-OK\n', reason: 'booted in 9.5 s (guest agent answered); script exited 0' },
          screenshotPng: shot,
          log: ['VM started from the point in isolation']
        }
      })
      assert.equal(kept.bootCheck?.screenshotId, kept.bootCheck?.id)
    } finally {
      await admin.close()
    }

    const listed = (await c.cli('a', ['points', 'list'])).stdout
    assert.match(listed, /BOOT CHECK/)
    assert.match(listed, /pass 9\.5s/)
    const checks = await c.json('a', ['points', 'boot-checks', '--vm', 'web01'])
    assert.equal(checks.length, 1)
    assert.equal(checks[0].pointId, point)
    const session = await c.json('a', ['session', 'show', sessionId])
    assert.equal(session.kind, 'boot-check')
    assert.equal(session.state, 'success')
    assert.match(session.log.join('\n'), /boot check passed/)
    assert.match((await c.cli('a', ['session', 'show', sessionId])).stdout, /PASSED: booted in 9\.5 s/)

    const info = await readDaemonInfo(c.node('a').home)
    const res = await fetch(`${info!.http}/api/boot-checks/${encodeURIComponent(checks[0].screenshotId)}/screenshot.png`)
    assert.equal(res.status, 200)
    assert.equal(res.headers.get('content-type'), 'image/png')
    assert.deepEqual(Buffer.from(await res.arrayBuffer()), shot)
    const apiChecks = await c.api('a', '/api/boot-checks?vm=web01')
    assert.equal(apiChecks[0].pass, true)
    const apiPoints = await c.api('a', '/api/points')
    assert.equal(apiPoints.find((p: any) => p.repository === 'main').lastBootCheck.pass, true)

    const third = await protection()
    const v = third.report.vms[0]
    assert.equal(v.lastBootCheck, 'pass')
    assert.ok(v.bootCheckAgeMs >= 0)
    assert.deepEqual(v.missing, ['2 copies of 3'])
    const api = await c.api('a', '/api/protection')
    assert.deepEqual(api.vms[0].missing, ['2 copies of 3'])

    const metrics = await (await fetch(`${info!.http}/metrics`)).text()
    assert.match(metrics, /meshbackup_boot_check_pass\{vm="web01"\} 1/)
    assert.match(metrics, /meshbackup_boot_check_age_seconds\{vm="web01"\} \d/)
    assert.match(metrics, /meshbackup_protection_ok\{job="nightly",vm="web01"\} 0/)
    assert.match(metrics, /meshbackup_protection_copies\{job="nightly",vm="web01"\} 2/)
    assert.match(metrics, /meshbackup_protection_offsite_copies\{job="nightly",vm="web01"\} 1/)
  })
})
