/**
 * End to end: the dashboard in headless Chromium (Debian's chromium driven by playwright-core;
 * never a downloaded browser). Three real daemons run a throttled job so a session is visibly
 * running; the page served by the manager node must show that session with a progress bar per
 * disk that moves, the mesh nodes, and then the finished session among the recent ones. The
 * screenshot is saved in the test's temp dir and copied to /tmp/meshbackup-dashboard.png.
 */
import assert from 'node:assert/strict'
import { copyFile, mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext } from 'playwright-core'
import { startCluster, waitUntil, type Cluster, SPINE } from '../../sim/cluster.ts'
import { writeFileHost } from '../../sim/corpus.ts'
import { homePaths, readDaemonInfo } from '../../node/daemon/config.ts'
import { connectHome } from '../../node/daemon/cli/common.ts'
import { PNG } from 'pngjs'
import { launchChromium, requireChromium } from '../helpers/chromium.ts'

const MiB = 1024 * 1024
const SHOWN_TO_LEAD = '/tmp/meshbackup-dashboard.png'

describe('the dashboard shows a running job live in a browser', function () {
  this.timeout(240_000)
  let dir: string | undefined
  let cluster: Cluster | undefined
  let browser: BrowserContext | undefined

  before(async function () {
    requireChromium(this)
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-dashboard-'))
    const hostDir = join(dir, 'host')
    // random data: every block is sent, so the throttle sets the pace
    await writeFileHost(hostDir, {
      seed: 11,
      mix: { zero: 0, text: 0, random: 1 },
      vms: [{ name: 'web01', disks: [{ name: 'disk0', size: 24 * MiB }, { name: 'disk1', size: 16 * MiB }] }]
    })
    cluster = await startCluster({
      dir: join(dir, 'mesh'),
      // the proxy announces its throughput every 500 ms: the page follows it closely
      nodes: SPINE.map((n) => n.name === 'b' ? { ...n, announcePeriodMs: 500 } : n)
    })
    await cluster.addFileHost('a', 'lab', hostDir)
    await cluster.cli('a', ['job', 'add', 'throttled', '--host', 'lab', '--repository', 'main', '--rate', '2M'])
    browser = await launchChromium(join(dir, 'chromium-profile'), { width: 1280, height: 860 })
  })

  after(async function () {
    if (this.currentTest?.state === 'failed' && cluster != null) {
      for (const name of ['a', 'b', 'c']) console.error(`--- log of ${name}\n${cluster.logTail(name, 30)}`)
    }
    await browser?.close()
    await cluster?.stop()
    if (dir != null) await rm(dir, { recursive: true, force: true })
  })

  it('loads, shows the running disks with moving progress bars, and the session result', async function () {
    const http = (await readDaemonInfo(cluster!.node('a').home))?.http
    assert.ok(http != null, 'daemon.json names the HTTP endpoint')
    const token = (await readFile(homePaths(cluster!.node('a').home).httpToken, 'utf8')).trim()
    const run = await fetch(`${http}/api/jobs/throttled/run`, { method: 'POST', headers: { authorization: `Bearer ${token}` } })
    assert.equal(run.status, 202)
    const session = await run.json() as { id: string }

    const page = browser!.pages()[0] ?? await browser!.newPage()
    const problems: string[] = []
    page.on('pageerror', (err) => problems.push(err.message))
    page.on('console', (msg) => { if (msg.type() === 'error') problems.push(msg.text()) })
    page.on('request', (req) => { if (!req.url().startsWith(http)) problems.push(`request outside the daemon: ${req.url()}`) })
    page.on('response', (res) => { if (res.status() >= 400) problems.push(`HTTP ${res.status()} for ${res.url()}`) })
    await page.goto(http)
    assert.equal(await page.title(), 'meshbackup')
    // every time the chart is drawn, what the page shows: the chart's latest MB/s, the proxy's
    // MB/s in the mesh table and the MB/s of each running disk, all from the same poll
    await page.evaluate(() => {
      const w = window as unknown as { shown: Array<{ chart: number, proxy: number, disks: number[] }> }
      w.shown = []
      const number = (text: string | null | undefined): number => Number(/([\d.]+)/.exec(text ?? '')?.[1] ?? NaN)
      new MutationObserver(() => {
        const proxyRow = [...document.querySelectorAll('#nodes tr[data-peer]')].find((tr) => /proxy/.test(tr.children[1]?.textContent ?? ''))
        const disks = [...document.querySelectorAll('#running .task')]
          .filter((task) => task.querySelector('.state.running') != null)
          .map((task) => number(task.children[3]?.textContent))
        w.shown.push({ chart: number(/([\d.]+) MB\/s now/.exec([...document.querySelectorAll('#chart text')].at(-1)?.textContent ?? '')?.[1]), proxy: number(proxyRow?.children[3]?.textContent), disks })
      }).observe(document.getElementById('chart')!, { childList: true })
    })

    // the session and a bar per disk, running
    await page.locator(`[data-session="${session.id}"]`).first().waitFor({ timeout: 30_000 })
    const bar = page.locator('[data-testid="task-progress"][data-state="running"][data-disk="0"]')
    await bar.waitFor({ timeout: 30_000 })
    assert.equal(await page.locator(`#running [data-session="${session.id}"] [data-testid="task-progress"]`).count(), 2)
    const first = Number(await bar.getAttribute('aria-valuenow'))
    await page.waitForFunction((before) => {
      const el = document.querySelector('[data-testid="task-progress"][data-disk="0"]')
      return el != null && Number(el.getAttribute('aria-valuenow')) > before
    }, first, { timeout: 30_000 })
    const moved = Number(await bar.getAttribute('aria-valuenow'))
    assert.ok(moved > first && moved <= 100, `the bar moved from ${first} % to ${moved} %`)
    const rate = await page.locator('#running .task').first().innerText()
    assert.match(rate, /\d+\.\d MB\/s/)
    // the mesh: all three nodes, with roles
    await page.waitForFunction(() => document.querySelectorAll('#nodes tr[data-peer]').length === 3, undefined, { timeout: 10_000 })
    assert.match(await page.locator('#nodes').innerText(), /proxy[\s\S]*repository|repository[\s\S]*proxy/)
    await page.waitForFunction(() => document.querySelectorAll('#chart polyline').length === 1, undefined, { timeout: 10_000 })

    // the chart plots the live read rate while the disks are read: the proxy's, which is the
    // sum of its running disks' (2 disks at --rate 2M: about 4 MB/s on this page, MB = MiB)
    await page.waitForFunction(() => (window as unknown as { shown: Array<{ disks: number[] }> }).shown.filter((x) => x.disks.length === 2 && x.disks[0]! > 0 && x.disks[1]! > 0).length >= 6, undefined, { timeout: 30_000 })
    const shown = await page.evaluate(() => (window as unknown as { shown: Array<{ chart: number, proxy: number, disks: number[] }> }).shown)
    // two disks running that have each read something (a poll may see one just placed, its rate
    // still 0 while the proxy's already counts its first block)
    const running = shown.filter((x) => x.disks.length === 2 && x.disks[0]! > 0 && x.disks[1]! > 0)
    // from the proxy's first announcement with a rate on: before it, the view may still hold its
    // announcement from before the disks started (announced every 500 ms; a loaded machine lags)
    const both = running.slice(Math.max(0, running.findIndex((x) => x.proxy > 0)))
    const described = shown.map((x) => `chart ${x.chart}, proxy ${x.proxy}, disks ${x.disks.join(' + ')}`).join('\n')
    assert.ok(both.length >= 3, `the proxy announced its rate while both disks were read:\n${described}`)
    for (const x of both) {
      assert.ok(x.chart > 0, `the chart is not flat while two disks are read:\n${described}`)
      assert.equal(x.chart, x.proxy, `the chart shows the proxy's read rate:\n${described}`)
    }
    // a disk's rate is over its mover's whole time, the proxy's over its last seconds: they agree
    // once the start is far enough behind (on a machine at load 10 the first polls differ by
    // 1.3-1.5× and the last three still by 1.07-1.34×)
    const ratios = both.slice(-3).map((x) => x.proxy / (x.disks[0]! + x.disks[1]!)).sort((a, b) => a - b)
    const median = ratios[Math.floor(ratios.length / 2)]!
    assert.ok(median >= 0.75 && median <= 1.4, `the proxy's MB/s is the sum of its running disks':\n${described}`)
    assert.ok(both.every((x) => x.chart <= 2 * 2 * 1.3), `two disks at 2 MiB/s:\n${described}`)

    // well under way, so the screenshot shows bars and a chart with some history
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="task-progress"][data-disk="0"]')?.getAttribute('aria-valuenow') ?? 0) >= 40, undefined, { timeout: 30_000 })
    const shot = join(dir!, 'dashboard.png')
    await page.screenshot({ path: shot, fullPage: true })
    assert.ok((await stat(shot)).size > 10_000, 'the screenshot holds a rendered page')
    await copyFile(shot, SHOWN_TO_LEAD)

    // the session ends and moves to the recent ones with its result
    await page.locator(`#recent [data-session="${session.id}"] .state.success`).waitFor({ timeout: 90_000 })
    await waitUntil('the running list to empty', async () => await page.locator('#running .empty').count() === 1 ? true : undefined, 10_000)

    // selecting it shows its log: per task the transport mode and change detection, then the lines
    await page.locator(`#recent [data-session="${session.id}"]`).click()
    await waitUntil('the session log panel', async () => (await page.locator('#detail-id').textContent())?.includes(session.id) === true ? true : undefined, 10_000)
    const log = await page.locator('[data-testid="session-log"]').textContent() ?? ''
    assert.match(log, /session ended: success/)
    assert.match(log, /placed on proxy .* \(direct\)/)
    const cells = await page.locator('#detail-tasks tr').first().locator('td').allTextContents()
    assert.ok(cells.includes('direct'), `the task row names its transport mode: ${cells.join(' | ')}`)
    assert.ok(cells.includes('full'), `the task row names its change detection: ${cells.join(' | ')}`)
    await page.screenshot({ path: join(dir!, 'dashboard-log.png'), fullPage: true })
    await copyFile(join(dir!, 'dashboard-log.png'), '/tmp/meshbackup-dashboard-log.png')
    assert.deepEqual(problems, [])
  })

  it('shows whether each VM is protected, and a boot check with its console screenshot', async function () {
    const http = (await readDaemonInfo(cluster!.node('a').home))!.http!
    // the point the first spec's session makes (it may still be on its way when that spec failed)
    const point = await waitUntil('a restore point', async () => (await cluster!.json('a', ['points', 'list']))[0]?.id as string | undefined, 120_000, 1000)
    // a boot check's result as verify --boot sends it, with a screenshot (a 64x48 gradient)
    const png = new PNG({ width: 64, height: 48 })
    for (let i = 0; i < png.data.length; i += 4) png.data.set([i % 256, 80, 160, 255], i)
    const admin = await connectHome(cluster!.node('a').home)
    try {
      await admin.request({ bootCheckRecord: { check: { pointId: point, vm: 'web01', job: 'throttled', pass: false, code: 'ERR_BOOT_CHECK_NO_BOOT_DEVICE', reason: 'no bootable device' }, screenshotPng: PNG.sync.write(png) } })
    } finally {
      await admin.close()
    }
    const page = browser!.pages()[0]!
    const problems: string[] = []
    page.on('pageerror', (err) => problems.push(err.message))
    page.on('console', (msg) => { if (msg.type() === 'error') problems.push(msg.text()) })
    await page.goto(http + '/#boot-checks')
    const row = page.locator(`[data-testid="boot-check"][data-point="${point}"]`)
    await row.waitFor({ timeout: 30_000 })
    assert.match(await row.innerText(), /fail[\s\S]*no bootable device/)
    // the screenshot loads from the daemon (the page's policy allows its own images)
    await page.waitForFunction(() => {
      const img = document.querySelector('[data-testid="boot-check-screenshot"]') as HTMLImageElement | null
      return img != null && img.complete && img.naturalWidth === 64
    }, undefined, { timeout: 10_000 })
    const vm = page.locator('[data-testid="protection-vm"][data-vm="web01"]')
    await vm.waitFor({ timeout: 30_000 })
    assert.equal(await vm.getAttribute('data-protected'), 'false')
    assert.match(await vm.innerText(), /1 copy of 3[\s\S]*the boot check of point .* failed: no bootable device/)
    await page.screenshot({ path: join(dir!, 'dashboard-protection.png'), fullPage: true })
    await copyFile(join(dir!, 'dashboard-protection.png'), '/tmp/meshbackup-dashboard-protection.png')
    assert.deepEqual(problems, [])
  })
})
