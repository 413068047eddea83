/**
 * Boot checks of the real test guest (test/helpers/boot-guest.ts): QEMU 7.2 under TCG, each VM in
 * isolation (isolated-vm.ts) on a qcow2 overlay over the raw image, which is never written.
 *
 * Measured on the shared 2-core machine (no KVM), load average 5–9, QEMU start →
 *   heartbeat by the guest agent: 10.0, 10.4, 16.5, 19.8 s (qemu-ga opened its port at the same
 *   moment); by the console line: 8.2, 9.1, 12.2, 12.8 s; whole check (heartbeat,
 *   bootcheck-test.sh, screenshot): 11.0, 11.0, 17.2, 20.2 s; the wiped disk failed after
 *   0.5–1.3 s (SeaBIOS "No bootable device." on the serial console). Building the guest: 27–29 s
 *   (the kernel package, ~70 MB, downloaded in ~1 s the first time).
 * Boot timeouts are 120 s or more; no duration is asserted.
 */
import assert from 'node:assert/strict'
import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PNG } from 'pngjs'
import { bootCheck, bootCheckRecordOf, ppmToPng, type BootCheckInit, type BootCheckResult } from '../../../../node/hosts/qemu/boot-check.ts'
import { connectVmQmp, isolatedVmCommand, launchVm } from '../../../../node/hosts/qemu/isolated-vm.ts'
import type { QmpClient } from '../../../../node/hosts/qemu/qmp.ts'
import { bootGuest, type BootGuest } from '../../../helpers/boot-guest.ts'
import { run, stopPid } from '../../../helpers/qemu.ts'

const BOOT_TIMEOUT_MS = 180_000

describe('boot check of a VM started in isolation (real guest, TCG)', function () {
  this.timeout(BOOT_TIMEOUT_MS + 120_000)
  let guest: BootGuest
  let dir: string

  before(async function () {
    guest = await bootGuest(this)
    if (guest.buildMs > 0) console.log(`      (test guest built in ${(guest.buildMs / 1000).toFixed(1)} s)`)
  })
  beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'mb-bootcheck-')) })
  afterEach(async () => { await rm(dir, { recursive: true, force: true }) })

  /** Boots `base` (raw) through an overlay, runs the check, kills QEMU by pid. */
  async function check (base: string, options: Partial<BootCheckInit> = {}): Promise<{ result: BootCheckResult, serial: string }> {
    const overlay = join(dir, 'disk0.qcow2')
    await run('qemu-img', ['create', '-q', '-f', 'qcow2', '-F', 'raw', '-b', base, overlay])
    const cmd = isolatedVmCommand({ name: 'bootcheck-test', workDir: dir, disks: [{ file: overlay }] })
    assert.ok(cmd.argv.includes('-nic') && cmd.argv[cmd.argv.indexOf('-nic') + 1] === 'none', 'isolated: no network')
    for (const f of cmd.files) await writeFile(f.path, f.data)
    const vm = launchVm(cmd)
    let qmp: QmpClient | undefined
    try {
      qmp = await connectVmQmp(cmd, vm)
      const result = await bootCheck({ qmp, qga: cmd.qga, serialLog: cmd.serialLog, startedAtMs: vm.startedAtMs, exited: vm.exited, workDir: dir, bootTimeoutMs: BOOT_TIMEOUT_MS, ...options })
      console.log(`      ${result.pass ? 'PASS' : 'FAIL'} boot ${(result.bootMs / 1000).toFixed(1)} s (qemu-ga port open ${(result.agentPortMs / 1000).toFixed(1)} s), check ${(result.durationMs / 1000).toFixed(1)} s: ${result.reason}`)
      return { result, serial: await readFile(cmd.serialLog, 'latin1') }
    } finally {
      await qmp?.close().catch(() => {})
      await stopPid(vm.pid)
      await vm.exited
    }
  }

  it('passes: the guest agent answers, the test script exits 0, a screenshot PNG decodes; the image is not written', async () => {
    const before = await run('sha256sum', [guest.image])
    const { result, serial } = await check(guest.image, { script: { path: guest.testScript, timeoutMs: 120_000 } })
    assert.equal(result.pass, true, result.reason)
    assert.equal(result.code, '')
    assert.equal(result.heartbeat, 'guest-agent')
    assert.ok(result.bootMs > 0)
    assert.equal(result.scriptExit, 0)
    assert.match(result.scriptOutput, /BOOTCHECK-TEST-OK/)
    assert.match(serial, /BOOTCHECK-HEARTBEAT/)
    assert.ok(result.screenshotPng != null, result.screenshotError ?? "")
    const png = PNG.sync.read(result.screenshotPng)
    assert.ok(png.width >= 640 && png.height >= 400, `${png.width}x${png.height}`)
    // the screen is not blank: the kernel log and the heartbeat are on it
    let lit = 0
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! + png.data[i + 1]! + png.data[i + 2]! > 0) lit++
    assert.ok(lit > 1000, `only ${lit} lit pixels`)
    assert.equal(await run('sha256sum', [guest.image]), before)
  })

  it('fails a disk whose boot sector was wiped, saying why: no bootable device', async () => {
    const wiped = join(dir, 'wiped.raw')
    await run('cp', ['--sparse=always', guest.image, wiped])
    const fh = await open(wiped, 'r+')
    await fh.write(Buffer.alloc(512), 0, 512, 0)
    await fh.close()
    const { result, serial } = await check(wiped, { script: { path: guest.testScript } })
    assert.equal(result.pass, false)
    assert.equal(result.code, 'ERR_BOOT_CHECK_NO_BOOT_DEVICE')
    assert.match(result.reason, /no bootable device/i)
    assert.match(result.reason, /not a bootable disk/)
    assert.equal(result.scriptExit, null)
    assert.match(serial, /No bootable device/)
    assert.ok(result.screenshotPng != null, result.screenshotError ?? "")
  })

  it('fails when the operator script exits non-zero, keeping its exit code and output; a console line can be the heartbeat', async () => {
    const { result } = await check(guest.image, {
      agent: false,
      serialLine: guest.heartbeatLine,
      script: { text: 'echo "checking the app"; echo "app down" >&2; exit 3', timeoutMs: 60_000 }
    })
    assert.equal(result.pass, false)
    assert.equal(result.heartbeat, 'serial')
    assert.equal(result.code, 'ERR_BOOT_CHECK_SCRIPT_FAILED')
    assert.equal(result.scriptExit, 3)
    assert.match(result.scriptOutput, /checking the app/)
    assert.match(result.scriptOutput, /app down/)
    assert.match(result.reason, /exited with code 3/)
    // what verify --boot sends the manager
    const record = bootCheckRecordOf(result, { pointId: 'P1', vm: 'web01', job: 'nightly' }, 1_000_000)
    assert.deepEqual([record.check?.pass, record.check?.code, record.check?.scriptRan, record.check?.scriptExit, record.check?.heartbeat], [false, 'ERR_BOOT_CHECK_SCRIPT_FAILED', true, 3, 'serial'])
    assert.ok((record.screenshotPng?.byteLength ?? 0) > 0)
    assert.match(record.log!.join('\n'), /the serial console ends: .*BOOTCHECK-HEARTBEAT/)
  })
})

describe('boot check screenshots', () => {
  it('converts a PPM screendump to PNG (unit)', () => {
    const ppm = Buffer.concat([Buffer.from('P6\n# made by a test\n2 1\n255\n'), Buffer.from([255, 0, 0, 0, 0, 255])])
    const png = PNG.sync.read(ppmToPng(ppm))
    assert.deepEqual([png.width, png.height, ...png.data], [2, 1, 255, 0, 0, 255, 0, 0, 255, 255])
    assert.throws(() => ppmToPng(Buffer.from('P3\n1 1\n255\n0 0 0')), /not a P6 PPM/)
  })
})
