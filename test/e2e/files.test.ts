/**
 * `meshbackup files ls|find|get` against a real daemon: the admin requests (proto/files.proto)
 * reach node/daemon/admin/files.ts, which reads a guest disk image on the daemon's host with
 * debugfs: an image on the daemon's host, or a restore point's disk served by the daemon's own NBD
 * server (blocks fetched on demand from the repository) and mounted by nbdfuse; guest-fs codes keep
 * their exit codes.
 */
import assert from 'node:assert/strict'
import { copyFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import { startCluster, type Cluster } from '../../sim/cluster.ts'
import { homePaths, readDaemonInfo } from '../../node/daemon/config.ts'
import { buildGuestImages, IMAGE_TOOLS, type GuestImages } from '../helpers/guest-images.ts'
import { requirePrograms } from '../helpers/tools.ts'
import { PassThrough } from 'node:stream'
import { connectHome } from '../../node/daemon/cli/common.ts'
import { meshApi } from '../../node/daemon/repl/mesh-client.ts'
import { commandOf, runCommand, type CommandContext } from '../../node/daemon/repl/commands.ts'

describe('e2e: files ls, find and get through the daemon', function () {
  this.timeout(180_000)
  let dir: string
  let images: GuestImages
  let cluster: Cluster | undefined

  before(async function () {
    requirePrograms(this, ...IMAGE_TOOLS)
    dir = await mkdtemp(join(tmpdir(), 'e2e-files-'))
    images = buildGuestImages(join(dir, 'images'), { bigFileMiB: 1 })
    cluster = await startCluster({ dir: join(dir, 'mesh'), nodes: [{ name: 'a', roles: ['manager', 'scheduler'] }] })
  })
  after(async () => {
    await cluster?.stop()
    if (dir != null) await rm(dir, { recursive: true, force: true })
  })

  it('lists, finds and gets files of a partitioned image', async () => {
    const ls = await cluster!.cli('a', ['files', 'ls', '-', '--image', images.gpt, '/perm'])
    assert.match(ls.stdout, /^part2: \/perm$/m)
    assert.match(ls.stdout, /^-rwsr-xr-x +1 +100000 +200000 +2 .* setuid$/m)
    assert.match(ls.stdout, /^drwxrwsr-x .* setgid-dir$/m)
    assert.match(ls.stdout, /^drwxrwxrwt .* sticky-dir$/m)
    assert.match(ls.stdout, /^-rw-r--r-- .* 1960-01-01 00:00:00 t1960$/m)
    assert.match(ls.stdout, /^-rw-r--r-- .* 2040-01-01 00:00:00 t2040$/m)

    const json = await cluster!.json('a', ['files', 'ls', '-', '--image', images.mbr, '--partition', '5'])
    assert.equal(json.volume, 'part5')
    assert.ok(json.entries.some((e: any) => e.name === 'rel-link' && e.type === 'symlink' && e.target === 'a/b/c/d/nested.txt'))

    const find = await cluster!.cli('a', ['files', 'find', '-', '--image', images.ext4, 'nested.*'])
    assert.match(find.stdout, / \/a\/b\/c\/d\/nested\.txt$/m)
    const limited = await cluster!.cli('a', ['files', 'find', '-', '--image', images.ext4, 'f0*', '--limit', '3'], { allowFailure: true })
    assert.equal(limited.code, 3)
    assert.match(limited.stdout, /stopped at 3 matches/)

    const to = join(dir, 'got')
    const get = await cluster!.cli('a', ['files', 'get', '-', '--image', images.ext4, '/a', '/perm/setuid', '/sparse1g.bin', '--to', to])
    assert.match(get.stdout, /^got 3 files, 4 folders/m)
    assert.equal(await readFile(join(to, 'a/b/c/d/nested.txt'), 'utf8'), 'nested hello\n')
    assert.equal((await stat(join(to, 'setuid'))).mode & 0o7777, 0o4755)
    assert.ok((await stat(join(to, 'sparse1g.bin'))).blocks * 512 <= 64 * 1024)
  })

  it('runs files ls, find and get in the REPL', async () => {
    const mesh = meshApi({ connect: async () => await connectHome(cluster!.node('a').home) })
    const out = new PassThrough()
    let text = ''
    out.on('data', (d) => { text += d })
    const ctx: CommandContext = { mesh, out, cwd: dir, onInterrupt: () => () => {}, invalidate: () => {}, exit: () => {} }
    const run = async (line: string): Promise<string> => {
      text = ''
      await runCommand(commandOf(line)!, line, ctx)
      return text
    }
    try {
      assert.match(await run(`files ls - --image ${images.ext3} /a/b/c/d`), /^disk: \/a\/b\/c\/d\n-rw-r--r-- .* nested\.txt$/m)
      assert.match(await run(`files find - --image ${images.ext3} "t19*"`), / \/perm\/t1960$/m)
      assert.match(await run(`files get - --image ${images.ext3} /perm --to repl-got`), /^got 4 files, 3 folders/m)
      assert.equal((await stat(join(dir, 'repl-got/perm/setuid'))).mode & 0o7777, 0o4755)
      await assert.rejects(run('files ls'), /usage: files ls/)
    } finally {
      await mesh.close()
    }
  })

  it('lists a guest folder and downloads a file over HTTP, with the token only', async () => {
    const home = cluster!.node('a').home
    const http = (await readDaemonInfo(home))?.http
    const token = (await readFile(homePaths(home).httpToken, 'utf8')).trim()
    const auth = { authorization: `Bearer ${token}` }
    const query = (path: string): string => `image=${encodeURIComponent(images.mbr)}&path=${encodeURIComponent(path)}`
    const denied = await fetch(`${http}/api/points/-/files?${query('/')}`)
    assert.equal(denied.status, 401)
    const listing = await (await fetch(`${http}/api/points/-/files?${query('/perm')}`, { headers: auth })).json() as any
    assert.equal(listing.volume, 'part5')
    const setuid = listing.entries.find((e: any) => e.name === 'setuid')
    assert.deepEqual([setuid.type, setuid.mode, setuid.uid], ['file', 0o4755, 100000])

    const bigQuery = `image=${encodeURIComponent(images.ext4)}&path=${encodeURIComponent('/big.bin')}`
    const big = await fetch(`${http}/api/points/-/download?${bigQuery}`, { headers: auth })
    assert.equal(big.status, 200)
    assert.equal(big.headers.get('content-disposition'), "attachment; filename*=UTF-8''big.bin")
    const body = Buffer.from(await big.arrayBuffer())
    const want = await readFile(join(images.src, 'big.bin'))
    assert.equal(createHash('sha256').update(body).digest('hex'), createHash('sha256').update(want).digest('hex'))
    const unicode = await fetch(`${http}/api/points/-/download?${query('/ünïcødé ファイル.txt')}`, { headers: auth })
    assert.equal(await unicode.text(), 'u\n')
    const folder = await fetch(`${http}/api/points/-/download?${query('/perm')}`, { headers: auth })
    assert.equal(folder.status, 400)
    const missing = await fetch(`${http}/api/points/-/files?${query('/nope')}`, { headers: auth })
    assert.equal(missing.status, 404)
    assert.equal(((await missing.json()) as any).error.code, 'ERR_FS_NOT_FOUND')
    const swap = await fetch(`${http}/api/points/-/files?image=${encodeURIComponent(images.swap)}`, { headers: auth })
    assert.equal(swap.status, 422)
    assert.match(((await swap.json()) as any).error.message, /swap/)
  })

  it('answers errors with their codes and exit codes', async () => {
    const missing = await cluster!.cli('a', ['files', 'ls', '-', '--image', images.ext4, '/nope'], { allowFailure: true })
    assert.equal(missing.code, 4)
    assert.match(missing.stderr, /ERR_FS_NOT_FOUND/)
    const vfat = await cluster!.cli('a', ['files', 'ls', '-', '--image', images.vfat], { allowFailure: true })
    assert.equal(vfat.code, 1)
    assert.match(vfat.stderr, /vfat.*ERR_FS_UNSUPPORTED/)
    const exists = await cluster!.cli('a', ['files', 'get', '-', '--image', images.ext4, '/hard1', '--to', dir], { allowFailure: true })
    assert.equal(exists.code, 0, exists.stderr)
    const again = await cluster!.cli('a', ['files', 'get', '-', '--image', images.ext4, '/hard1', '--to', dir], { allowFailure: true })
    assert.equal(again.code, 6)
    assert.match(again.stderr, /ERR_FS_TARGET_EXISTS/)
  })

  it('browses and gets files of a restore point, served by the daemon\'s NBD server and read on demand', async function () {
    requirePrograms(this, { program: 'nbdfuse', debian: 'libnbd-bin' })
    // a second mesh: a file host whose VM's disk is the GPT image, backed up to a repository
    const hostDir = join(dir, 'host')
    await mkdir(join(hostDir, 'web01'), { recursive: true })
    await copyFile(images.gpt, join(hostDir, 'web01', 'disk0.raw'))
    await writeFile(join(hostDir, 'web01', 'vm.json'), JSON.stringify({ name: 'web01', disks: [{ name: 'disk0', file: 'disk0.raw' }] }))
    const mesh = await startCluster({
      dir: join(dir, 'mesh2'),
      nodes: [{ name: 'm', roles: ['manager', 'scheduler', 'proxy'] }, { name: 'r', roles: ['repository'], repositoryName: 'main' }]
    })
    try {
      await mesh.addFileHost('m', 'lab', hostDir)
      await mesh.waitForHost('m', 'lab')
      await mesh.cli('m', ['job', 'add', 'web', '--host', 'lab', '--repository', 'main'])
      const run = await mesh.json('m', ['job', 'run', 'web', '--wait'])
      assert.equal(run.state, 'success', JSON.stringify(run.log))
      const [point] = await mesh.json('m', ['points', 'list', '--job', 'web'])
      const ls = await mesh.cli('m', ['files', 'ls', point.id, '--vm', 'web01', '/perm'])
      assert.match(ls.stdout, /^part2: \/perm$/m)
      assert.match(ls.stdout, /^-rwsr-xr-x .* setuid$/m)
      const to = join(dir, 'from-point')
      await mesh.cli('m', ['files', 'get', point.id, '--vm', 'web01', '/a', '--to', to])
      assert.equal(await readFile(join(to, 'a/b/c/d/nested.txt'), 'utf8'), 'nested hello\n')
      const wrong = await mesh.cli('m', ['files', 'ls', 'no-such-point', '--vm', 'web01'], { allowFailure: true })
      assert.match(wrong.stderr, /ERR_NO_SUCH_POINT/)
    } finally {
      await mesh.stop()
    }
  })
})
