/**
 * End to end: the dashboard's file browser in headless Chromium (Debian's chromium driven by
 * playwright-core, as in dashboard.test.ts). A file host's VM has two disks, a GPT image (an
 * empty ESP, then ext4) and a bare ext4 image with a random big.bin; a backup makes a restore
 * point, whose disks the daemon serves from the repository through its NBD server. On the page:
 * the point's "Files", the token pasted, a folder entered with its modes and owners, a symlink's
 * target, the ESP's error naming the volumes, and big.bin downloaded through the page (fetched
 * with the token, saved from a Blob URL under the page's Content-Security-Policy) whose SHA-256
 * is the original's.
 */
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { startCluster, type Cluster } from '../../sim/cluster.ts'
import { homePaths, readDaemonInfo } from '../../node/daemon/config.ts'
import { buildGuestImages, IMAGE_TOOLS, type GuestImages } from '../helpers/guest-images.ts'
import { requirePrograms } from '../helpers/tools.ts'
import { launchChromium, requireChromium } from '../helpers/chromium.ts'

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')

describe('the dashboard browses a restore point\'s files and downloads one', function () {
  this.timeout(240_000)
  let dir: string | undefined
  let images: GuestImages
  let cluster: Cluster | undefined
  let browser: BrowserContext | undefined

  before(async function () {
    requireChromium(this)
    requirePrograms(this, ...IMAGE_TOOLS, { program: 'nbdfuse', debian: 'libnbd-bin' })
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-dashboard-files-'))
    images = buildGuestImages(join(dir, 'images'), { bigFileMiB: 1 })
    const hostDir = join(dir, 'host')
    await mkdir(join(hostDir, 'web01'), { recursive: true })
    await copyFile(images.gpt, join(hostDir, 'web01', 'disk0.raw'))
    await copyFile(images.ext4, join(hostDir, 'web01', 'disk1.raw'))
    await writeFile(join(hostDir, 'web01', 'vm.json'), JSON.stringify({ name: 'web01', disks: [{ name: 'disk0', file: 'disk0.raw' }, { name: 'disk1', file: 'disk1.raw' }] }))
    cluster = await startCluster({
      dir: join(dir, 'mesh'),
      nodes: [{ name: 'm', roles: ['manager', 'scheduler', 'proxy'] }, { name: 'r', roles: ['repository'], repositoryName: 'main' }]
    })
    await cluster.addFileHost('m', 'lab', hostDir)
    await cluster.cli('m', ['job', 'add', 'web', '--host', 'lab', '--repository', 'main'])
    const run = await cluster.json('m', ['job', 'run', 'web', '--wait'])
    assert.equal(run.state, 'success', JSON.stringify(run.log))
    browser = await launchChromium(join(dir, 'chromium-profile'), { width: 1280, height: 900 })
  })

  after(async function () {
    if (this.currentTest?.state === 'failed' && cluster != null) {
      for (const name of ['m', 'r']) console.error(`--- log of ${name}\n${cluster.logTail(name, 30)}`)
    }
    await browser?.close()
    await cluster?.stop()
    if (dir != null) await rm(dir, { recursive: true, force: true })
  })

  /** the rows the browser shows once it has listed `path`: name → [mode, owner, name cell] */
  const listed = async (page: Page, path: string): Promise<Map<string, string[]>> => {
    await page.locator(`#file-rows[data-path="${path}"] [data-testid="file-entry"]`).first().waitFor({ timeout: 60_000 }).catch(async (err: Error) => {
      throw new Error(`${err.message}\nthe file browser shows:\n${await page.locator('#files').innerText()}`)
    })
    const rows = await page.locator('#file-rows [data-testid="file-entry"]').evaluateAll((trs) =>
      trs.map((tr) => [tr.getAttribute('data-name') ?? '', ...[...tr.children].map((td) => td.textContent ?? '')]))
    return new Map(rows.map(([name, mode, owner, , , cell]) => [name!, [mode!, owner!, cell!]]))
  }

  it('lists a point\'s folders with modes, owners and link targets, and downloads a file with its exact bytes', async function () {
    const home = cluster!.node('m').home
    const http = (await readDaemonInfo(home))?.http
    assert.ok(http != null, 'daemon.json names the HTTP endpoint')
    const token = (await readFile(homePaths(home).httpToken, 'utf8')).trim()
    const [point] = await cluster!.json('m', ['points', 'list', '--job', 'web'])

    const page = browser!.pages()[0] ?? await browser!.newPage()
    const problems: string[] = []
    // the answers the test provokes: 401 before the token is pasted, 422 for the ESP
    const expected = (status: number, url: string): boolean => (status === 401 || status === 422) && url.includes(`/api/points/${point.id}/files`)
    page.on('pageerror', (err) => problems.push(err.message))
    page.on('console', (msg) => { if (msg.type() === 'error' && !/status of (401|422)/.test(msg.text())) problems.push(msg.text()) })
    page.on('request', (req) => { if (!req.url().startsWith(http) && !req.url().startsWith('blob:')) problems.push(`request outside the daemon: ${req.url()}`) })
    page.on('response', (res) => { if (res.status() >= 400 && !expected(res.status(), res.url())) problems.push(`HTTP ${res.status()} for ${res.url()}`) })
    await page.goto(http + '/#points')

    // the point's Files, without the token first: the page says what is missing
    const open = page.locator(`[data-testid="browse-point"][data-point="${point.id}"]`)
    await open.waitFor({ timeout: 30_000 })
    await open.click()
    const error = page.locator('[data-testid="files-error"]')
    await page.locator('[data-testid="files-error"][data-code="ERR_UNAUTHORIZED"]').waitFor({ timeout: 30_000 })
    assert.match(await error.innerText(), /ERR_UNAUTHORIZED: .*token/)

    // pasted: disk0's first ext4 volume, part2, opens at /
    await page.locator('#token').fill(token)
    await page.locator('#token').dispatchEvent('change')
    const root = await listed(page, '/')
    assert.equal(await page.locator('#files-volume').inputValue(), 'part2')
    assert.equal(await error.isHidden(), true)
    assert.deepEqual(root.get('rel-link')?.slice(0, 1), ['lrwxrwxrwx'])
    assert.match(root.get('rel-link')![2]!, /^rel-link → a\/b\/c\/d\/nested\.txt$/)
    assert.match(root.get('perm')![0]!, /^drwx/)

    // into /perm: setuid, setgid and sticky bits, odd owners, times before 1970 and after 2038
    await page.locator('#file-rows [data-testid="file-entry"][data-name="perm"] [data-testid="enter"]').click()
    const perm = await listed(page, '/perm')
    assert.deepEqual(perm.get('setuid')?.slice(0, 2), ['-rwsr-xr-x', '100000:200000'])
    assert.deepEqual(perm.get('private')?.slice(0, 2), ['-rw-------', '1234:5678'])
    assert.equal(perm.get('setgid-dir')?.[0], 'drwxrwsr-x')
    assert.equal(perm.get('sticky-dir')?.[0], 'drwxrwxrwt')
    const times = await page.locator('#file-rows [data-name^="t"]').evaluateAll((trs) => trs.map((tr) => tr.children[3]?.textContent))
    assert.deepEqual(times.sort(), ['1960-01-01 00:00:00', '2040-01-01 00:00:00'])
    assert.deepEqual(await page.locator('[data-testid="crumb"]').evaluateAll((as) => as.map((a) => a.getAttribute('data-path'))), ['/', '/perm'])
    // back to / by the breadcrumb, then down to the nested file
    await page.locator('[data-testid="crumb"][data-path="/"]').click()
    await listed(page, '/')
    for (const [name, path] of [['a', '/a'], ['b', '/a/b'], ['c', '/a/b/c'], ['d', '/a/b/c/d']] as const) {
      await page.locator(`#file-rows [data-name="${name}"] [data-testid="enter"]`).click()
      await listed(page, path)
    }
    assert.deepEqual([...(await listed(page, '/a/b/c/d')).keys()], ['nested.txt'])

    // the ESP holds no filesystem: the error names it and the disk's volumes
    await page.locator('#files-volume').selectOption('part1')
    await page.locator('[data-testid="files-error"][data-code="ERR_FS_UNSUPPORTED"]').waitFor({ timeout: 30_000 })
    assert.match(await error.innerText(), /ERR_FS_UNSUPPORTED: part1 .*restore the whole disk[\s\S]*volumes: part1 \(no filesystem\), part2 \(ext4\)/)

    // disk1 is a bare ext4: its volume is the whole disk; big.bin downloads with its bytes
    await page.locator('#files-disk').selectOption('1')
    const disk1 = await listed(page, '/')
    assert.equal(await page.locator('#files-volume').inputValue(), 'disk')
    assert.equal(disk1.get('big.bin')?.[0], '-rw-r--r--')
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.locator('#file-rows [data-name="big.bin"] [data-testid="download"]').click()
    ])
    assert.equal(download.suggestedFilename(), 'big.bin')
    const saved = join(dir!, 'downloaded-big.bin')
    await download.saveAs(saved)
    assert.equal(await download.failure(), null)
    assert.equal(sha256(await readFile(saved)), sha256(await readFile(join(images.src, 'big.bin'))))
    await page.locator('#file-rows [data-name="big.bin"] [data-testid="download"][data-state="done"]').waitFor({ timeout: 10_000 })
    // a file bigger than a browser download holds here: the command that gets it instead
    await page.locator('#file-rows [data-name="sparse5g.bin"] [data-testid="download"]').click()
    await error.waitFor({ timeout: 10_000 })
    assert.match(await error.innerText(), new RegExp(`5\\.0 GiB[\\s\\S]*meshbackup files get ${point.id} --vm web01 --disk 1 --partition disk '/sparse5g.bin' --to DIR`))

    await page.screenshot({ path: join(dir!, 'dashboard-files.png'), fullPage: true })
    await copyFile(join(dir!, 'dashboard-files.png'), '/tmp/meshbackup-dashboard-files.png')
    assert.deepEqual(problems, [])
  })
})
