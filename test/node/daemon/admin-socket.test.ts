/**
 * The daemon's local admin socket (node/daemon/admin-socket.ts), with a real daemon as a child
 * process and the CLI as another: the socket is there with mode 0600 while the daemon runs and
 * gone after it stopped; `status` and `points list` go through it (the daemon's debug log names
 * each request it served there); the libp2p admin protocol still answers when asked for; a user
 * who may not open the socket gets ERR_ADMIN_SOCKET_DENIED; the socket left by a killed daemon is
 * replaced by the next start.
 */
import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CLI, runCli } from '../../../sim/cluster.ts'
import { homePaths } from '../../../node/daemon/home.ts'
import { buildCli, commandWord } from '../../../node/daemon/cli/main.ts'
import { pb } from '../../../proto/index.ts'
import { adminPb } from '../../../proto/admin-codec.ts'

/** The unprivileged user a root test run becomes to be refused; the account Debian always has. */
const NOBODY = 65534

interface DaemonChild { child: ChildProcess, log: () => string, exited: Promise<number | null> }

function startDaemon (home: string): DaemonChild {
  const child = spawn(process.execPath, [CLI, '--home', home, 'daemon'], { env: { ...process.env, MESHBACKUP_LOG: 'debug' }, stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  child.stdout!.on('data', (d) => { log += d })
  child.stderr!.on('data', (d) => { log += d })
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)))
  return { child, log: () => log, exited }
}

/** The requests the daemon's log says it served over the local socket, in order. */
function socketRequests (log: string): string[] {
  return log.split('\n').filter((l) => l.includes('admin request over the local socket')).map((l) => JSON.parse(l).request)
}

async function stopDaemon (d: DaemonChild | undefined, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (d == null || d.child.exitCode != null || d.child.signalCode != null) return
  d.child.kill(signal)
  const timer = setTimeout(() => d.child.kill('SIGKILL'), 30_000)
  await d.exited
  clearTimeout(timer)
}

describe('the daemon\'s local admin socket', function () {
  this.timeout(120_000)
  let dir: string
  let home: string
  let socket: string
  let daemon: DaemonChild | undefined

  const up = async (): Promise<DaemonChild> => {
    const d = startDaemon(home)
    const ready = await runCli(home, ['status', '--wait', '--timeout', '60'])
    assert.equal(ready.code, 0, `${ready.stderr}\n${d.log()}`)
    return d
  }

  before(async function () {
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-sock-'))
    home = join(dir, 'home')
    socket = homePaths(home).adminSocket
    const init = await runCli(home, ['init', '--roles', 'manager,scheduler,repository', '--repository-name', 'main', '--repository-path', join(dir, 'repo'), '--listen', '/ip4/127.0.0.1/tcp/0'])
    assert.equal(init.code, 0, init.stderr)
    daemon = await up()
  })

  after(async function () {
    await stopDaemon(daemon, 'SIGKILL')
    await rm(dir, { recursive: true, force: true })
  })

  it('is a socket of mode 0600 in the home while the daemon runs', async function () {
    const s = await stat(socket)
    assert.ok(s.isSocket(), `${socket} is no socket`)
    assert.equal(s.mode & 0o777, 0o600)
    assert.equal((await stat(home)).mode & 0o777, 0o700)
  })

  it('carries status and points list, and the libp2p admin protocol still answers when asked for', async function () {
    const before = socketRequests(daemon!.log()).length
    const status = await runCli(home, ['--json', 'status'])
    assert.equal(status.code, 0, status.stderr)
    assert.ok(JSON.parse(status.stdout).roles.includes('repository'))
    const points = await runCli(home, ['points', 'list'])
    assert.equal(points.code, 0, points.stderr)
    assert.match(points.stdout, /no restore points/)
    const served = socketRequests(daemon!.log()).slice(before)
    assert.equal(served[0], 'status')
    assert.ok(served.includes('pointsList'), `served over the socket: ${served.join(', ')}`)

    const viaLibp2p = await runCli(home, ['--json', 'status'], { env: { MESHBACKUP_ADMIN_VIA: 'libp2p' } })
    assert.equal(viaLibp2p.code, 0, viaLibp2p.stderr)
    assert.equal(JSON.parse(viaLibp2p.stdout).peerId, JSON.parse(status.stdout).peerId)
    assert.equal(socketRequests(daemon!.log()).length, before + served.length, 'the libp2p call went through the socket')
  })

  it('refuses a user who may not open it with ERR_ADMIN_SOCKET_DENIED, saying who may', async function () {
    // root opens any file: a root run asks as nobody; another user takes the socket's mode away from itself
    const asRoot = process.getuid?.() === 0
    if (!asRoot) await chmod(socket, 0o000)
    try {
      const refused = await new Promise<{ code: number | null, stderr: string }>((resolve, reject) => {
        const child = spawn(process.execPath, [CLI, '--home', home, 'status'], { stdio: ['ignore', 'ignore', 'pipe'], ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}) })
        let stderr = ''
        child.stderr!.on('data', (d) => { stderr += d })
        child.on('error', reject)
        child.on('close', (code) => resolve({ code, stderr }))
      })
      assert.equal(refused.code, 1, refused.stderr)
      assert.match(refused.stderr, /cannot open the daemon's admin socket .*admin\.sock \(EACCES\): only .* may .*run the command as .*\(ERR_ADMIN_SOCKET_DENIED\)$/m)
    } finally {
      if (!asRoot) await chmod(socket, 0o600)
    }
  })

  it('is removed when the daemon stops', async function () {
    await stopDaemon(daemon)
    assert.equal(await daemon!.exited, 0, daemon!.log())
    assert.equal(existsSync(socket), false, `${socket} is left after the daemon stopped`)
  })

  it('is replaced on start when a killed daemon left it', async function () {
    daemon = await up()
    await stopDaemon(daemon, 'SIGKILL')
    const left = await stat(socket)
    assert.ok(left.isSocket(), 'the killed daemon left no socket: nothing to test')
    const dead = await runCli(home, ['status'])
    assert.equal(dead.code, 5, dead.stderr)
    assert.match(dead.stderr, /no daemon is running for .*left from a daemon that has exited.*\(ERR_NO_DAEMON\)$/m)

    daemon = await up()
    const fresh = await stat(socket)
    // (the inode number may come back: the new file's change time tells it from the old one)
    assert.notEqual(fresh.ctimeMs, left.ctimeMs, 'the socket was not made anew')
    assert.equal(fresh.mode & 0o777, 0o600)
    const before = socketRequests(daemon.log()).length
    assert.equal((await runCli(home, ['status'])).code, 0)
    assert.ok(socketRequests(daemon.log()).length > before)
  })

  it('refuses to start with ERR_ADMIN_SOCKET when something that is no socket is in its place', async function () {
    await stopDaemon(daemon)
    await writeFile(socket, 'not a socket')
    const d = startDaemon(home)
    const code = await d.exited
    assert.notEqual(code, 0)
    assert.match(d.log(), /admin\.sock is in the place of the admin socket but is no socket.*\(ERR_ADMIN_SOCKET\)/)
    await rm(socket)
  })
})

describe('the CLI loads only the command group it runs', function () {
  it('finds the command word after the program\'s own options', function () {
    assert.equal(commandWord(['status']), 'status')
    assert.equal(commandWord(['--home', '/x', '--json', 'points', 'list']), 'points')
    assert.equal(commandWord(['--home=/x', 'status', '--wait']), 'status')
    assert.equal(commandWord(['--help']), undefined)
    assert.equal(commandWord(['--', 'status']), 'status')
  })

  it('names the group of every command, so each loads with the group that adds it', async function () {
    const all = (await buildCli()).commands.map((c) => c.name()).filter((name) => name !== 'help')
    assert.ok(all.includes('status') && all.includes('points') && all.includes('recover'))
    for (const name of all) {
      const alone = (await buildCli(['node', 'meshbackup', '--json', name])).commands.map((c) => c.name())
      assert.ok(alone.includes(name), `\`meshbackup ${name}\` does not load the group that adds it: add it to GROUPS in node/daemon/cli/main.ts`)
      assert.ok(alone.length < all.length, `\`meshbackup ${name}\` loads every group: add it to GROUPS in node/daemon/cli/main.ts`)
    }
  })
})

describe('the CLI\'s admin codec (proto/gen/admin.js)', function () {
  it('is current: each of its messages is coded as in proto/gen/meshbackup.js', function () {
    type Codec = { encode?: Function, decode?: Function, toObject?: Function, fromObject?: Function }
    const all = pb as unknown as Record<string, Codec>
    // admin.js is generated without comments and indentation (proto/generate.ts): compare the code alone
    const code = (f: Function | undefined): string | undefined => f?.toString().replace(/\/\*.*?\*\//g, '').replace(/^\s+/gm, '')
    const stale: string[] = []
    for (const [name, type] of Object.entries(adminPb as unknown as Record<string, Codec>)) {
      if (typeof type.encode !== 'function') continue
      const full = all[name]
      if (code(full?.encode) !== code(type.encode) || code(full?.decode) !== code(type.decode) || code(full?.toObject) !== code(type.toObject)) stale.push(name)
      assert.equal(type.fromObject, undefined, `${name}: the CLI's codec should have no fromObject (proto/generate.ts leaves it out)`)
    }
    assert.deepEqual(stale, [], 'proto/gen/admin.js is older than the .proto files: run `npm run proto` (it makes both)')
    assert.ok(Object.keys(adminPb).length < Object.keys(pb).length, 'admin.js holds every message: it should hold only the admin protocol\'s')
  })
})
