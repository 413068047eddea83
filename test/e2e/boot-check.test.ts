/**
 * `meshbackup verify POINT --boot` through the daemons: the test guest (test/helpers/boot-guest.ts,
 * a bootable Debian disk) is backed up from a file host; the boot check serves the point's disk
 * from the answering daemon's NBD server (blocks fetched on demand from the repository), boots it
 * in isolation (no network) on a local qcow2 overlay, waits for the guest agent, runs the guest's
 * test script, takes a screenshot and throws the VM away. A point of the same disk with its boot
 * sector wiped fails with a reason, and so does a script that exits non-zero. Results are listed
 * per point. Boot times are printed, never asserted (TCG on 2 shared cores).
 */
import assert from 'node:assert/strict'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Cluster } from '../../sim/cluster.ts'
import type { BootGuest } from '../helpers/boot-guest.ts'
import { bootGuestMesh, type BootGuestMesh } from '../helpers/boot-guest-mesh.ts'

describe('e2e: boot checks of restore points (real QEMU, TCG)', function () {
  this.timeout(900_000)
  let mesh: BootGuestMesh | undefined
  let dir: string
  let guest: BootGuest
  let cluster: Cluster | undefined
  let good: string
  let wiped: string

  before(async function () {
    mesh = await bootGuestMesh(this, 'meshbackup-bootcheck-')
    ;({ dir, guest, cluster } = mesh)
    good = mesh.points.guest01
    wiped = mesh.points.broken01
  })

  after(async function () {
    await mesh?.stop(this.currentTest?.state === 'failed')
  })

  it('passes a point that boots, answers its agent and runs its test script; lists the result', async () => {
    const check = await cluster!.json('a', ['verify', good, '--boot', '--script-path', guest.testScript, '--boot-timeout', '240', '--script-timeout', '180'])
    console.log(`      boot check of a point through the daemons: ${check.pass === true ? 'PASS' : 'FAIL'}, heartbeat ${(Number(check.bootMs) / 1000).toFixed(1)} s, whole ${(Number(check.durationMs) / 1000).toFixed(1)} s`)
    assert.equal(check.pass, true, check.reason)
    assert.equal(check.scriptExit, 0)
    assert.match(check.output ?? '', /BOOTCHECK-TEST-OK/)
    assert.ok((check.screenshotId ?? '') !== '', 'a screenshot was kept')
    const listed = await cluster!.json('a', ['points', 'boot-checks'])
    assert.ok(listed.some((c: any) => c.pointId === good && c.pass === true))
  })

  it('fails a point whose boot sector was wiped, and one whose script exits non-zero, each with its reason', async () => {
    const broken = await cluster!.cli('a', ['--json', 'verify', wiped, '--boot', '--boot-timeout', '240'], { allowFailure: true })
    assert.equal(broken.code, 1)
    const b = JSON.parse(broken.stdout)
    assert.equal(b.pass, false)
    assert.match(b.reason, /boot|bootable/i)
    await writeFile(join(dir, 'fail.sh'), 'echo checking the application; exit 3\n')
    const script = await cluster!.cli('a', ['--json', 'verify', good, '--boot', '--script', join(dir, 'fail.sh'), '--boot-timeout', '240'], { allowFailure: true })
    assert.equal(script.code, 1)
    const s = JSON.parse(script.stdout)
    assert.equal(s.pass, false)
    assert.equal(s.scriptExit, 3)
    assert.match(s.output ?? '', /checking the application/)
  })
})
