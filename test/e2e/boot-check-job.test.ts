/**
 * `meshbackup bootcheck` through the daemons (roles/manager/boot-check-job.ts, node/daemon/
 * boot-check-actor.ts): the test guest (test/helpers/boot-guest.ts) and a copy with its boot sector
 * wiped are backed up from a file host; a boot-check job of the guest VM runs as a session, the
 * manager asks a node that announces boot checks to check the VM's newest good point, and the
 * session says it passed; the check is recorded as `verify --boot`'s (`points list` shows it). A
 * job over every VM fails its run and names the VM that does not boot. Boot times are printed,
 * never asserted (TCG on 2 shared cores).
 */
import assert from 'node:assert/strict'
import type { Cluster } from '../../sim/cluster.ts'
import type { BootGuest } from '../helpers/boot-guest.ts'
import { bootGuestMesh, type BootGuestMesh } from '../helpers/boot-guest-mesh.ts'

describe('e2e: boot-check jobs (real QEMU, TCG)', function () {
  this.timeout(900_000)
  let mesh: BootGuestMesh | undefined
  let guest: BootGuest
  let cluster: Cluster | undefined
  let good: string

  before(async function () {
    mesh = await bootGuestMesh(this, 'meshbackup-bootjob-')
    ;({ guest, cluster } = mesh)
    good = mesh.points.guest01
  })

  after(async function () {
    await mesh?.stop(this.currentTest?.state === 'failed')
  })

  it('runs a boot-check job of the guest VM: its session says the newest point passed; points list shows the check', async () => {
    await cluster!.cli('a', ['bootcheck', 'add', 'nightly-boot', '--job', 'vms', '--vm', 'guest01', '--schedule', '0 5 * * *',
      '--script-path', guest.testScript, '--boot-timeout', '240', '--script-timeout', '180'])
    const jobs = await cluster!.json('a', ['bootcheck', 'list'])
    assert.deepEqual(jobs.map((j: any) => [j.name, j.job, j.vms, j.schedule]), [['nightly-boot', 'vms', ['guest01'], '0 5 * * *']])
    const s = await cluster!.json('a', ['bootcheck', 'run', 'nightly-boot', '--wait'])
    console.log(`      ${(s.log ?? []).filter((l: string) => /VM guest01: restore point .* passed/.test(l)).join('\n      ')}`)
    assert.equal(s.state, 'success', JSON.stringify(s.log, null, 1))
    assert.equal(s.kind, 'boot-check-job')
    assert.deepEqual(s.points, [good])
    assert.ok(s.log.some((l: string) => l.includes(`VM guest01: restore point ${good} passed`)), JSON.stringify(s.log, null, 1))
    const listed = await cluster!.json('a', ['points', 'list', '--job', 'vms'])
    const point = listed.find((p: any) => p.id === good)
    assert.equal(point.lastBootCheck?.pass, true, JSON.stringify(point))
    assert.match(point.lastBootCheck?.output ?? '', /BOOTCHECK-TEST-OK/)
  })

  it('fails the run of a job over every VM, naming the VM whose point does not boot', async () => {
    await cluster!.cli('a', ['bootcheck', 'add', 'all-boot', '--job', 'vms', '--boot-timeout', '240'])
    const out = await cluster!.cli('a', ['--json', 'bootcheck', 'run', 'all-boot', '--wait'], { allowFailure: true })
    assert.equal(out.code, 1)
    const s = JSON.parse(out.stdout)
    assert.equal(s.state, 'failed')
    assert.deepEqual((s.failedVms ?? []).map((f: any) => f.vm), ['broken01'], JSON.stringify(s.log, null, 1))
    assert.match(s.failedVms[0].reason, /failed its boot check/)
    assert.ok(s.log.some((l: string) => l.includes('VM guest01: restore point') && l.includes('passed')), JSON.stringify(s.log, null, 1))
  })
})
