/**
 * End to end: instant recovery from the dashboard, in headless Chromium (Debian's chromium driven
 * by playwright-core, as in dashboard.test.ts). A qemu-system VM (never running) is backed up by
 * the spine's daemons; on the manager's page a point's "Recover" fills the recovery form, which
 * without the token says what is missing and with it starts the VM on the host; the row's
 * "Migrate" copies every block to the host and "Stop" throws the VM away. What the page did is
 * checked against the CLI's `recover list` and the recovered QEMU process itself.
 */
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import type { BrowserContext, Page } from 'playwright-core'
import { waitUntil, type Cluster } from '../../sim/cluster.ts'
import { homePaths, readDaemonInfo } from '../../node/daemon/config.ts'
import { MiB, QemuLab, requireTools } from '../helpers/qemu.ts'
import { backedUpSpine, writtenVm } from '../helpers/qemu-mesh.ts'
import { launchChromium, requireChromium } from '../helpers/chromium.ts'

describe('the dashboard recovers a point as a VM, migrates it and stops it', function () {
  this.timeout(300_000)
  let lab: QemuLab | undefined
  let cluster: Cluster | undefined
  let browser: BrowserContext | undefined

  before(async function () {
    requireChromium(this)
    requireTools(this, 'qemu-img', 'qemu-io', 'qemu-nbd', 'qemu-system-x86_64')
    lab = await QemuLab.create()
    const vm = await writtenVm(lab, 32 * MiB, [{ offset: 3 * MiB, length: MiB, pattern: 0x5a }])
    ;({ cluster } = await backedUpSpine(lab, vm.qmp))
    browser = await launchChromium(lab.path('chromium-profile'), { width: 1400, height: 1000 })
  })

  after(async function () {
    if (this.currentTest?.state === 'failed' && cluster != null) for (const n of ['a', 'b']) console.error(`--- ${n}\n${cluster.logTail(n, 25)}`)
    await browser?.close()
    await cluster?.stop()
    await lab?.cleanup()
  })

  /** The recovery's row once the page shows it in `state`. */
  const row = async (page: Page, id: string, state: string): Promise<void> => {
    await page.locator(`[data-testid="recovery"][data-recovery="${id}"][data-state="${state}"]`).waitFor({ timeout: 120_000 }).catch(async (err: Error) => {
      throw new Error(`${err.message}\nthe recoveries section shows:\n${await page.locator('#recover').innerText()}`)
    })
  }

  it('starts the recovery from a point\'s row with the token, migrates it and stops it from its row', async function () {
    const home = cluster!.node('a').home
    const http = (await readDaemonInfo(home))?.http
    assert.ok(http != null, 'daemon.json names the HTTP endpoint')
    const token = (await readFile(homePaths(home).httpToken, 'utf8')).trim()
    const [point] = await cluster!.json('a', ['points', 'list', '--job', 'q'])

    const page = browser!.pages()[0] ?? await browser!.newPage()
    const problems: string[] = []
    page.on('pageerror', (err) => problems.push(err.message))
    page.on('console', (msg) => { if (msg.type() === 'error' && !/status of 401/.test(msg.text())) problems.push(msg.text()) })
    page.on('response', (res) => { if (res.status() >= 400 && !(res.status() === 401 && res.url().includes('/api/recoveries'))) problems.push(`HTTP ${res.status()} for ${res.url()}`) })
    // Stop asks first: the test says yes
    const asked: string[] = []
    page.on('dialog', (dialog) => { asked.push(dialog.message()); void dialog.accept() })
    await page.goto(http + '/#points')

    // the point's Recover fills the form; without the token the page says what is missing
    const recover = page.locator(`[data-testid="recover-point"][data-point="${point.id}"]`)
    await recover.waitFor({ timeout: 30_000 })
    await recover.click()
    assert.equal(await page.locator('#recover-point').inputValue(), point.id)
    await page.locator('#recover-host').fill('h1')
    await page.locator('#recover-name').fill('app1-web')
    await page.locator('[data-testid="recover-start"]').click()
    await page.locator('[data-testid="recover-error"][data-code="ERR_UNAUTHORIZED"]').waitFor({ timeout: 30_000 })
    assert.match(await page.locator('[data-testid="recover-error"]').innerText(), /ERR_UNAUTHORIZED: [\s\S]*http\.token/)
    assert.deepEqual(await cluster!.json('a', ['recover', 'list']), [], 'nothing started without the token')

    await page.locator('#token').fill(token)
    await page.locator('#token').dispatchEvent('change')
    await page.locator('[data-testid="recover-start"]').click()
    const started = await waitUntil('the recovery the page started', async () => (await cluster!.json('a', ['recover', 'list']))[0], 60_000, 250)
    assert.equal(started.name, 'app1-web')
    assert.equal(started.pointId, point.id)
    await row(page, started.id, 'running')
    assert.equal(await page.locator('[data-testid="recover-error"]').isHidden(), true)
    process.kill(started.pid, 0)

    await page.locator(`[data-testid="recovery-migrate"][data-recovery="${started.id}"]`).click()
    await row(page, started.id, 'migrated')
    assert.equal((await cluster!.json('a', ['recover', 'list'])).find((r: any) => r.id === started.id)?.state, 'migrated')

    await page.locator(`[data-testid="recovery-stop"][data-recovery="${started.id}"]`).click()
    await page.locator(`[data-testid="recovery"][data-recovery="${started.id}"]`).waitFor({ state: 'detached', timeout: 60_000 })
    assert.equal(asked.length, 1)
    assert.match(asked[0]!, new RegExp(`Stop recovery ${started.id}\\?`))
    assert.equal((await cluster!.json('a', ['recover', 'list'])).find((r: any) => r.id === started.id)?.state, 'stopped')
    assert.throws(() => process.kill(started.pid, 0), 'the recovered VM is gone')
    assert.deepEqual(problems, [])
  })
})
