/**
 * `verify POINT --boot` on the daemon side (node/daemon/admin/boot-check.ts) against a real
 * manager actor on LevelDB: the session opens, the point starts in isolation, the check runs, the
 * VM is thrown away, the result and its screenshot are kept and the session ends. The recovery
 * path is stood in for by a local one (the test guest through a qcow2 overlay, no NBD): the
 * integrator passes the instant-recovery engine's `startIsolated` instead.
 */
import assert from 'node:assert/strict'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Level } from 'level'
import { PNG } from 'pngjs'
import type { AdminRequest, PointSummary } from '../../../proto/index.ts'
import type { Capacity } from '../../../protocols/capacity.ts'
import { ActorSystem } from '../../../node/runtime/actors/system.ts'
import { address } from '../../../node/runtime/actors/address.ts'
import { silentLogger } from '../../../node/core/logger.ts'
import { bootCheckPoint, type StartIsolated } from '../../../node/daemon/admin/boot-check.ts'
import { connectVmQmp, isolatedVmCommand, launchVm } from '../../../node/hosts/qemu/isolated-vm.ts'
import { Catalog } from '../../../roles/manager/catalog.ts'
import { BootChecks } from '../../../roles/manager/boot-checks.ts'
import { managerActor } from '../../../roles/manager/actor.ts'
import { FakeCapacity } from '../../roles/scheduler/fakes.ts'
import { bootGuest, type BootGuest } from '../../helpers/boot-guest.ts'
import { run, stopPid } from '../../helpers/qemu.ts'

const POINT: PointSummary = { id: '20260601T120000Z-web01-abc123', job: 'nightly', vm: 'web01', repository: 'main', disks: [] }

describe('verify --boot on the daemon: a boot check of a point, recorded by the manager', function () {
  this.timeout(300_000)
  let dir: string
  let db: Level<string, Uint8Array>
  let system: ActorSystem
  let checks: BootChecks
  let catalog: Catalog

  beforeEach(async function () {
    dir = await mkdtemp(join(tmpdir(), 'mb-verify-boot-'))
    db = new Level<string, Uint8Array>(join(dir, 'db'), { valueEncoding: 'view' })
    await db.open()
    catalog = new Catalog(db)
    checks = new BootChecks(db)
    system = new ActorSystem({ peerId: 'self' })
    system.spawn('manager', managerActor({ catalog, bootChecks: checks, capacity: new FakeCapacity() as unknown as Capacity, log: silentLogger, publishHosts: async () => {} }), { restart: 'permanent' })
  })
  afterEach(async function () {
    await system.stop()
    await db.close()
    await rm(dir, { recursive: true, force: true })
  })

  const toManager = async (request: AdminRequest) => (await system.ask(address('self', 'manager'), { adminRequest: request }, { timeoutMs: 60_000 })).adminReply ?? {}
  const findPoint = async (id: string): Promise<PointSummary> => {
    if (id !== POINT.id) throw new Error(`no point ${id}`)
    return POINT
  }

  it('boots the point in isolation, runs the script, keeps the result and screenshot, ends the session, throws the VM away', async function () {
    const guest: BootGuest = await bootGuest(this)
    const pids: number[] = []
    const workDirs: string[] = []
    // the stand-in for instant recovery: the guest image under a local overlay
    const startIsolated: StartIsolated = async ({ workDir }) => {
      workDirs.push(workDir)
      const overlay = join(workDir, 'disk0.qcow2')
      await run('qemu-img', ['create', '-q', '-f', 'qcow2', '-F', 'raw', '-b', guest.image, overlay])
      const cmd = isolatedVmCommand({ name: 'verify-boot', workDir, disks: [{ file: overlay }] })
      for (const f of cmd.files) await writeFile(f.path, f.data)
      const vm = launchVm(cmd)
      pids.push(vm.pid)
      const qmp = await connectVmQmp(cmd, vm)
      return {
        qmp, qga: cmd.qga, serialLog: cmd.serialLog, startedAtMs: vm.startedAtMs, exited: vm.exited, host: 'local',
        log: ['overlay disk0.qcow2 over the point\'s disk 0'],
        stop: async () => {
          await qmp.close().catch(() => {})
          await stopPid(vm.pid)
          await vm.exited
        }
      }
    }
    const said: string[] = []
    const reply = await bootCheckPoint({ findPoint, toManager, startIsolated, tmpDir: dir }, { pointId: POINT.id, scriptPath: guest.testScript, scriptTimeoutS: 120, bootTimeoutS: 180 },
      async (p) => { said.push(p.what ?? '') })
    const check = reply.bootCheck!
    console.log(`      ${check.pass === true ? 'PASS' : 'FAIL'} boot ${(Number(check.bootMs) / 1000).toFixed(1)} s, whole check ${(Number(check.durationMs) / 1000).toFixed(1)} s: ${check.reason}`)
    assert.equal(check.pass, true, check.reason ?? '')
    assert.equal(check.scriptExit, 0)
    assert.match(check.output ?? '', /BOOTCHECK-TEST-OK/)
    assert.equal(check.host, 'local')
    assert.ok(said.some((w) => /waiting for its heartbeat/.test(w)))
    // the VM is gone, its work folder too
    for (const pid of pids) assert.throws(() => process.kill(pid, 0), { code: 'ESRCH' })
    assert.deepEqual((await readdir(dir)).filter((f) => workDirs.some((w) => w.endsWith(f))), [])

    const session = await catalog.session(check.sessionId!)
    assert.equal(session.kind, 'boot-check')
    assert.equal(session.state, 'success')
    const log = session.log!.join('\n')
    assert.match(log, /overlay disk0\.qcow2/)
    assert.match(log, /VM web01 started from restore point .* in isolation \(no network\) on host local/)
    assert.match(log, /VM stopped, its overlays thrown away/)
    assert.match(log, /script exited 0: .*BOOTCHECK-TEST-OK/)
    assert.match(log, /boot check passed/)
    const at = (re: RegExp): number => session.log!.findIndex((l) => re.test(l))
    assert.ok(at(/started from restore point/) < at(/heartbeat \(guest agent\)/) && at(/heartbeat/) < at(/script exited/) && at(/boot check passed/) < at(/VM stopped/),
      `the log reads in the order things happened:\n${log}`)
    const png = PNG.sync.read(Buffer.from(await checks.screenshot(check.screenshotId!)))
    assert.ok(png.width >= 640)
  })

  it('a VM that cannot be started is a failed check, recorded; without a recovery path the request is refused', async function () {
    const reply = await bootCheckPoint({ findPoint, toManager, startIsolated: async () => { throw new Error('the repository did not export the disk') }, tmpDir: dir }, { pointId: POINT.id }, async () => {})
    assert.equal(reply.bootCheck?.pass, false)
    assert.equal(reply.bootCheck?.code, 'ERR_BOOT_CHECK_VM_EXITED')
    assert.match(reply.bootCheck?.reason ?? '', /could not be started from the point: the repository did not export the disk/)
    assert.equal((await catalog.session(reply.bootCheck!.sessionId!)).state, 'failed')
    await assert.rejects(bootCheckPoint({ findPoint, toManager }, { pointId: POINT.id }, async () => {}), { code: 'ERR_BOOT_CHECK_UNAVAILABLE' })
    await assert.rejects(bootCheckPoint({ findPoint, toManager, startIsolated: async () => { throw new Error('unused') } }, { pointId: POINT.id, noAgent: true }, async () => {}), { code: 'ERR_BOOT_CHECK_BAD_REQUEST' })
  })
})
