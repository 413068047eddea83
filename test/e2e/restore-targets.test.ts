/**
 * Restore targets end to end, with real daemons (A manager + scheduler, B proxy, C repository) and
 * one backed-up point: the CLI restores to bad targets and each is refused before a block moves,
 * with the code and exit code a script can rely on; nothing is overwritten without --force; a
 * block device is written in place; a restore whose repository freezes (SIGSTOP) fails as stalled
 * and leaves nothing behind.
 */
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { execFile } from 'node:child_process'
import { constants } from 'node:fs'
import { mkdir, mkdtemp, open, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { CLI, startCluster, waitUntil, type Cluster, SPINE } from '../../sim/cluster.ts'
import { writeFileHost } from '../../sim/corpus.ts'
import { loadConfig, saveConfig } from '../../node/daemon/config.ts'
import { blockContent, fileSha256, writeBlock } from '../helpers/datapath.ts'

const MiB = 1024 * 1024
const STALL_MS = 3000
const sh = promisify(execFile)

interface Run { code: number | null, stdout: string, stderr: string, ms: number }

/** The CLI against node a's home, killed after `timeoutMs` (a hang fails the test, it does not stall it). */
async function meshbackup (cluster: Cluster, args: string[], timeoutMs = 60_000): Promise<Run> {
  const started = Date.now()
  return await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, '--home', cluster.node('a').home, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => { stdout += d })
    child.stderr.on('data', (d) => { stderr += d })
    const timer = setTimeout(() => { stderr += `\n(killed after ${timeoutMs} ms)`; child.kill('SIGKILL') }, timeoutMs)
    child.on('error', reject)
    child.on('close', (code) => { clearTimeout(timer); resolve({ code, stdout, stderr, ms: Date.now() - started }) })
  })
}

/** Skips a spec that needs a privilege this machine does not give, saying so loudly. */
function skipLoudly (ctx: Mocha.Context, why: string): never {
  console.warn(`\n  !!! SKIPPED ${ctx.test?.fullTitle() ?? 'spec'}: ${why} !!!\n`)
  ctx.skip()
}

describe('restore targets end to end', function () {
  this.timeout(240_000)
  let dir: string
  let hostDir: string
  let cluster: Cluster | undefined
  let point: string
  let stopped: number | undefined
  const mounts: string[] = []
  const loops: string[] = []

  const source = (disk: string): string => join(hostDir, 'web01', `${disk}.raw`)

  before(async function () {
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-restore-targets-'))
    hostDir = join(dir, 'host')
    // disk0 is large enough to be caught mid-restore; disk1 has zero and data blocks for the device test
    await writeFileHost(hostDir, { seed: 23, vms: [{ name: 'web01', disks: [{ name: 'disk0', size: 128 * MiB }, { name: 'disk1', size: 8 * MiB }] }] })
    await writeBlock(source('disk1'), 0, MiB, Buffer.alloc(MiB))
    await writeBlock(source('disk1'), 2, MiB, blockContent('random', MiB, 2))
    await writeBlock(source('disk1'), 5, MiB, blockContent('text', MiB, 5))
    cluster = await startCluster({ dir: join(dir, 'mesh'), nodes: SPINE, start: false })
    const a = cluster.node('a').home
    await saveConfig(a, { ...await loadConfig(a), restoreStallMs: STALL_MS })
    try {
      for (const name of ['a', 'b', 'c']) cluster.startDaemon(name)
      await cluster.waitForMesh()
    } catch (err) {
      await cluster.stop()
      throw err
    }
    await cluster.addFileHost('a', 'lab', hostDir)
    await cluster.cli('a', ['job', 'add', 'nightly', '--host', 'lab', '--repository', 'main'])
    await cluster.cli('a', ['job', 'run', 'nightly', '--wait'])
    const points = await cluster.json('a', ['points', 'list', '--job', 'nightly'])
    assert.equal(points.length, 1)
    point = points[0].id
  })

  after(async function () {
    if (stopped !== undefined) process.kill(stopped, 'SIGCONT')
    if (this.currentTest?.state === 'failed' && cluster != null) {
      for (const name of ['a', 'b', 'c']) console.error(`--- log of ${name}\n${cluster.logTail(name, 30)}`)
    }
    await cluster?.stop()
    for (const m of mounts) await sh('umount', [m]).catch((err) => console.error(`umount ${m}: ${err.message}`))
    for (const l of loops) await sh('losetup', ['-d', l]).catch((err) => console.error(`losetup -d ${l}: ${err.message}`))
    await rm(dir, { recursive: true, force: true })
  })

  it('refuses /proc and /sys at once, and the daemon stays responsive', async function () {
    for (const args of [['--to', '/proc/nope'], ['--disk', '1', '--to', '/proc/nope.raw'], ['--disk', '1', '--to', '/sys/kernel/nope.raw']]) {
      const r = await meshbackup(cluster!, ['restore', point, '--vm', 'web01', ...args], 10_000)
      assert.equal(r.code, 2, `restore ${args.join(' ')}: ${r.stderr}`)
      assert.match(r.stderr, /is on (proc|sysfs), a virtual filesystem that stores no files.*\(ERR_BAD_TARGET\)/)
      assert.ok(r.ms < 10_000, `refused in ${r.ms} ms`)
    }
    const status = await meshbackup(cluster!, ['--json', 'status'], 5000)
    assert.equal(status.code, 0, status.stderr)
    assert.equal(JSON.parse(status.stdout).peerId, cluster!.node('a').peerId)
  })

  it('writes one disk into an existing folder as DIR/<disk name>.raw, bit-identical to the source', async function () {
    const folder = join(dir, 'into-folder')
    await mkdir(folder)
    const r = await meshbackup(cluster!, ['restore', point, '--vm', 'web01', '--disk', '0', '--to', folder])
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, new RegExp(`^${join(folder, 'disk0.raw')}$`, 'm'))
    assert.deepEqual(await readdir(folder), ['disk0.raw'])
    assert.equal(await fileSha256(join(folder, 'disk0.raw')), await fileSha256(source('disk0')))
    await rm(folder, { recursive: true })
  })

  it('refuses to overwrite an existing file (exit code 6) and leaves it untouched; --force replaces it', async function () {
    const file = join(dir, 'precious.raw')
    const precious = Buffer.from('precious data, not a disk\n'.repeat(1000))
    await writeFile(file, precious)
    const before = await stat(file)
    const refused = await meshbackup(cluster!, ['restore', point, '--vm', 'web01', '--disk', '1', '--to', file])
    assert.equal(refused.code, 6, refused.stderr)
    assert.match(refused.stderr, new RegExp(`${file} exists.*--force.*\\(ERR_TARGET_EXISTS\\)`))
    assert.deepEqual(await readFile(file), precious)
    assert.equal((await stat(file)).mtimeMs, before.mtimeMs)
    assert.deepEqual((await readdir(dir)).filter((f) => f.startsWith('precious')), ['precious.raw'], 'no partial file')

    // every disk into a folder that holds one of the disk files: nothing is written at all
    const folder = join(dir, 'holds-disk1')
    await mkdir(folder)
    await writeFile(join(folder, 'disk1.raw'), precious)
    const all = await meshbackup(cluster!, ['restore', point, '--vm', 'web01', '--to', folder])
    assert.equal(all.code, 6, all.stderr)
    assert.match(all.stderr, /disk1\.raw exists/)
    assert.deepEqual(await readdir(folder), ['disk1.raw'])
    assert.deepEqual(await readFile(join(folder, 'disk1.raw')), precious)

    const forced = await meshbackup(cluster!, ['restore', point, '--vm', 'web01', '--disk', '1', '--to', file, '--force'])
    assert.equal(forced.code, 0, forced.stderr)
    assert.equal(await fileSha256(file), await fileSha256(source('disk1')))
  })

  it('restores every disk without --vm, and checks --vm when given', async function () {
    const folder = join(dir, 'all-disks')
    const r = await meshbackup(cluster!, ['restore', point, '--to', folder])
    assert.equal(r.code, 0, r.stderr)
    for (const disk of ['disk0', 'disk1']) assert.equal(await fileSha256(join(folder, `${disk}.raw`)), await fileSha256(source(disk)), disk)
    await rm(folder, { recursive: true })

    const other = join(dir, 'other-vm')
    const wrong = await meshbackup(cluster!, ['restore', point, '--vm', 'db99', '--to', other])
    assert.equal(wrong.code, 4, wrong.stderr)
    assert.match(wrong.stderr, /holds VM "web01", not "db99".*\(ERR_NO_SUCH_VM\)/)
    await assert.rejects(stat(other), { code: 'ENOENT' })
  })

  it('refuses a target whose folder is a file or is missing, and makes no folders down the path', async function () {
    const file = join(dir, 'a-file')
    await writeFile(file, 'not a folder\n')
    for (const args of [['--disk', '1', '--to', join(file, 'x.raw')], ['--to', join(file, 'sub')]]) {
      const r = await meshbackup(cluster!, ['restore', point, '--vm', 'web01', ...args])
      assert.equal(r.code, 2, r.stderr)
      assert.match(r.stderr, new RegExp(`${file} is a file, not a folder.*\\(ERR_BAD_TARGET\\)`))
    }
    assert.equal(await readFile(file, 'utf8'), 'not a folder\n')

    const missing = join(dir, 'missing')
    for (const args of [['--disk', '1', '--to', join(missing, 'x.raw')], ['--to', join(missing, 'deeper')]]) {
      const r = await meshbackup(cluster!, ['restore', point, '--vm', 'web01', ...args])
      assert.equal(r.code, 4, r.stderr)
      assert.match(r.stderr, new RegExp(`the folder ${missing} does not exist.*\\(ERR_NO_SUCH_FOLDER\\)`))
    }
    await assert.rejects(stat(missing), { code: 'ENOENT' })
  })

  it('refuses a read-only folder before any data moves', async function () {
    const folder = join(dir, 'read-only')
    await mkdir(folder)
    if (process.getuid?.() !== 0) {
      await sh('chmod', ['0555', folder])
    } else {
      // root writes through permissions: a read-only mount is read-only for root too
      try {
        await sh('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', folder])
      } catch (err) {
        skipLoudly(this, `cannot mount a read-only tmpfs as root here (${(err as Error).message.trim()})`)
      }
      mounts.push(folder)
    }
    const r = await meshbackup(cluster!, ['restore', point, '--vm', 'web01', '--disk', '1', '--to', join(folder, 'x.raw')])
    assert.equal(r.code, 2, r.stderr)
    assert.match(r.stderr, new RegExp(`${folder} (is on a read-only filesystem|is not writable for the daemon).*\\(ERR_BAD_TARGET\\)`))
    assert.deepEqual(await readdir(folder), [])
  })

  it('refuses a disk larger than the free space of its folder before any data moves', async function () {
    if (process.getuid?.() !== 0) skipLoudly(this, 'mounting a 1 MiB tmpfs needs root')
    const folder = join(dir, 'small')
    await mkdir(folder)
    try {
      await sh('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', folder])
    } catch (err) {
      skipLoudly(this, `cannot mount a tmpfs here (${(err as Error).message.trim()})`)
    }
    mounts.push(folder)
    const r = await meshbackup(cluster!, ['restore', point, '--vm', 'web01', '--disk', '1', '--to', join(folder, 'x.raw')])
    assert.equal(r.code, 1, r.stderr)
    assert.match(r.stderr, new RegExp(`${folder} has \\d+ bytes free; point ${point} needs at least \\d+ for disk 1.*\\(ERR_TARGET_NO_SPACE\\)`))
    assert.deepEqual(await readdir(folder), [])
  })

  it('writes one disk onto a block device in place, only with --force, and only one raw disk that fits', async function () {
    if (process.getuid?.() !== 0) skipLoudly(this, 'a loop device needs root')
    const image = join(dir, 'device.img')
    const size = 16 * MiB
    await writeFile(image, Buffer.alloc(size, 0xab))
    let device: string
    try {
      device = (await sh('losetup', ['-f', '--show', image])).stdout.trim()
    } catch (err) {
      skipLoudly(this, `cannot make a loop device here (${(err as Error).message.trim()})`)
    }
    loops.push(device!)
    const untouched = async (): Promise<void> => {
      assert.ok((await stat(device)).isBlockDevice(), `${device} is still a block device`)
      assert.ok((await readFile(device)).every((b) => b === 0xab), `${device} is untouched`)
    }

    const refused = await meshbackup(cluster!, ['restore', point, '--vm', 'web01', '--disk', '1', '--to', device!])
    assert.equal(refused.code, 6, refused.stderr)
    assert.match(refused.stderr, /is a block device; .* overwrites what it holds\. Add --force.*\(ERR_TARGET_EXISTS\)/)
    const every = await meshbackup(cluster!, ['restore', point, '--vm', 'web01', '--to', device!, '--force'])
    assert.equal(every.code, 2, every.stderr)
    assert.match(every.stderr, /is a block device, but every disk .* is restored into a folder.*\(ERR_BAD_TARGET\)/)
    const tooSmall = await meshbackup(cluster!, ['restore', point, '--vm', 'web01', '--disk', '0', '--to', device!, '--force'])
    assert.equal(tooSmall.code, 2, tooSmall.stderr)
    assert.match(tooSmall.stderr, new RegExp(`block device ${device!} holds ${size} bytes; disk 0 .* needs ${128 * MiB}.*\\(ERR_BAD_TARGET\\)`))
    // held exclusively, as the kernel holds a mounted device
    const holder = await open(device!, constants.O_RDONLY | constants.O_EXCL)
    try {
      const held = await meshbackup(cluster!, ['restore', point, '--vm', 'web01', '--disk', '1', '--to', device!, '--force'])
      assert.equal(held.code, 6, held.stderr)
      assert.match(held.stderr, /is in use.*\(ERR_TARGET_IN_USE\)/)
    } finally {
      await holder.close()
    }
    await untouched()

    const written = await meshbackup(cluster!, ['restore', point, '--vm', 'web01', '--disk', '1', '--to', device!, '--force'])
    assert.equal(written.code, 0, written.stderr)
    assert.ok((await stat(device!)).isBlockDevice())
    const bytes = await readFile(device!)
    assert.deepEqual(bytes.subarray(0, 8 * MiB), await readFile(source('disk1')), 'the disk, its zero blocks written as zeros')
    assert.ok(bytes.subarray(8 * MiB).every((b) => b === 0xab), 'the rest of the device is untouched')
  })

  it('fails a restore whose repository freezes with ERR_RESTORE_STALLED, and removes what it wrote', async function () {
    const folder = join(dir, 'stalled')
    const repository = cluster!.node('c')
    const running = meshbackup(cluster!, ['restore', point, '--vm', 'web01', '--to', folder])
    let finished: Run | undefined
    void running.then((r) => { finished = r })
    // freeze the repository once the restore has begun writing
    const began = await waitUntil('a partial file of the restore', async () => {
      if (finished !== undefined) return 'ended'
      return (await readdir(folder).catch(() => [])).some((f) => f.endsWith('.partial')) ? 'writing' : undefined
    }, 30_000, 5)
    assert.equal(began, 'writing', `the restore ended before the repository was frozen: ${JSON.stringify(finished)}`)
    process.kill(repository.process!.pid!, 'SIGSTOP')
    stopped = repository.process!.pid!
    const frozenAt = Date.now()
    const r = await running
    assert.equal(r.code, 1, `${r.stderr}\n${r.stdout}`)
    assert.match(r.stderr, new RegExp(`restore of disk \\d of restore point ${point} \\(VM "web01"\\) from repository node ${repository.peerId} made no progress for ${STALL_MS / 1000} s.*\\(ERR_RESTORE_STALLED\\)`))
    assert.ok(Date.now() - frozenAt < STALL_MS + 10_000, `failed ${Date.now() - frozenAt} ms after the freeze`)
    // the folder was made by this restore: it goes, with every disk file and partial in it
    await assert.rejects(stat(folder), { code: 'ENOENT' })

    process.kill(stopped, 'SIGCONT')
    stopped = undefined
    await cluster!.waitForMesh()
    const again = await meshbackup(cluster!, ['restore', point, '--vm', 'web01', '--disk', '1', '--to', join(dir, 'after-the-stall.raw')])
    assert.equal(again.code, 0, again.stderr)
    assert.equal(await fileSha256(join(dir, 'after-the-stall.raw')), await fileSha256(source('disk1')))
  })
})
