/**
 * A daemon starts whole or not at all, and what an operator or a script needs around starting
 * one. Every fatal start error (a port in use, an unusable repository path, a bad config, an
 * unreadable admin key, a locked node database, a role that cannot start) is one line on stderr
 * naming the thing, with its code, and the process exits non-zero within seconds, having stopped
 * what it had started. `init` refuses a repository path it cannot use. `status --wait` tells a
 * script when a fresh daemon is up; `--version`; `--log-level`; `members remove`.
 */
import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Level } from 'level'
import { createLibp2p } from 'libp2p'
import { tcp } from '@libp2p/tcp'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { multiaddr } from '@multiformats/multiaddr'
import type { PrivateKey } from '@libp2p/interface'
import { CLI, freePort, runCli, startCluster, waitUntil, type CliResult, type Cluster } from '../../sim/cluster.ts'
import { homePaths, loadConfig, loadKey, saveConfig } from '../../node/daemon/config.ts'
import { startDaemon } from '../../node/daemon/daemon.ts'
import { silentLogger } from '../../node/core/logger.ts'

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version

interface DaemonRun {
  child: ChildProcess
  stdout: () => string
  stderr: () => string
  /** resolves once the process has exited and its output is read; ms from spawn to exit */
  exited: Promise<{ code: number | null, signal: NodeJS.Signals | null, ms: number }>
}

const running = new Set<ChildProcess>()

/** `meshbackup daemon` as a child process; MESHBACKUP_LOG is left out unless `env` sets it. */
function spawnDaemon (home: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): DaemonRun {
  const started = Date.now()
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env }
  if (!('MESHBACKUP_LOG' in env)) delete childEnv.MESHBACKUP_LOG
  const child = spawn(process.execPath, [CLI, '--home', home, 'daemon', ...args], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] })
  running.add(child)
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (d) => { stdout += d })
  child.stderr!.on('data', (d) => { stderr += d })
  let ms = 0
  child.on('exit', () => { ms = Date.now() - started })
  const exited = new Promise<{ code: number | null, signal: NodeJS.Signals | null, ms: number }>((resolve) => {
    child.on('close', (code, signal) => { running.delete(child); resolve({ code, signal, ms }) })
  })
  return { child, stdout: () => stdout, stderr: () => stderr, exited }
}

async function stopChild (child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode != null || child.signalCode != null) return
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()))
  child.kill(signal)
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
  await closed
  clearTimeout(timer)
}

async function within<T> (work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  try {
    return await Promise.race([work, new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms)
    })])
  } finally {
    clearTimeout(timer)
  }
}

/** A TCP port held by a listener of the test's own. */
async function holdPort (): Promise<{ port: number, server: Server }> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { port: (server.address() as { port: number }).port, server }
}

async function closeServer (server: Server): Promise<void> {
  await new Promise<void>((resolve) => server.close(() => resolve()))
}

async function init (home: string, args: string[]): Promise<{ peerId: string }> {
  const result = await runCli(home, ['--json', 'init', ...args])
  assert.equal(result.code, 0, `init failed: ${result.stderr}`)
  return JSON.parse(result.stdout)
}

/** The one line a failed command writes to stderr, checked for its code and what it names. */
function oneLine (result: { stderr: string }, code: string, names: string[]): string {
  const lines = result.stderr.trim().split('\n')
  assert.equal(lines.length, 1, `exactly one line on stderr, got:\n${result.stderr}`)
  const line = lines[0]!
  assert.ok(line.startsWith('meshbackup: ') && line.endsWith(`(${code})`), `"${line}" ends with (${code})`)
  for (const name of names) assert.ok(line.includes(name), `"${line}" names ${name}`)
  return line
}

async function newPeerId (): Promise<string> {
  return peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString()
}

describe('daemon start: whole or not at all', function () {
  this.timeout(60_000)
  let dir: string
  const servers: Server[] = []

  beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'meshbackup-start-')) })
  afterEach(async () => {
    await Promise.all([...running].map(async (child) => await stopChild(child, 'SIGKILL')))
    await Promise.all(servers.splice(0).map(closeServer))
    await rm(dir, { recursive: true, force: true })
  })

  /** Starts the home's daemon, which must exit non-zero within seconds with one stderr line. */
  const expectFatal = async (home: string, code: string, names: string[]): Promise<string> => {
    const run = spawnDaemon(home)
    const result = await within(run.exited, 20_000, `the daemon of ${home} to exit with ${code} (stderr so far: ${run.stderr().trim()})`)
    assert.notEqual(result.code, 0, `exit code ${result.code}, stderr: ${run.stderr()}`)
    assert.ok(result.ms < 10_000, `the failed daemon took ${result.ms} ms to exit`)
    const line = oneLine({ stderr: run.stderr() }, code, names)
    assert.equal(existsSync(homePaths(home).daemon), false, 'a daemon that did not start writes no daemon.json')
    return line
  }

  it('exits when its libp2p port is in use', async () => {
    const held = await holdPort()
    servers.push(held.server)
    const home = join(dir, 'a')
    await init(home, ['--roles', 'proxy', '--listen', `/ip4/127.0.0.1/tcp/${held.port}`])
    await expectFatal(home, 'ERR_LISTEN', [`/tcp/${held.port}`, 'in use', homePaths(home).config])
  })

  it('exits when its HTTP port is in use', async () => {
    const held = await holdPort()
    servers.push(held.server)
    const home = join(dir, 'a')
    await init(home, ['--roles', 'proxy', '--listen', '/ip4/127.0.0.1/tcp/0', '--http', `127.0.0.1:${held.port}`])
    await expectFatal(home, 'ERR_HTTP_LISTEN', [`127.0.0.1:${held.port}`])
  })

  it('exits when its bulk lane port is in use (a role that cannot start fails the start)', async () => {
    const held = await holdPort()
    servers.push(held.server)
    const home = join(dir, 'a')
    await init(home, ['--roles', 'proxy', '--listen', '/ip4/127.0.0.1/tcp/0'])
    await saveConfig(home, { ...await loadConfig(home), bulkLane: `127.0.0.1:${held.port}` })
    await expectFatal(home, 'ERR_LANE_LISTEN', ['proxy role', `127.0.0.1:${held.port}`])
  })

  it('exits when the repository path lies under a regular file', async () => {
    const home = join(dir, 'a')
    await init(home, ['--roles', 'repository', '--repository-name', 'main', '--repository-path', join(dir, 'repo'), '--listen', '/ip4/127.0.0.1/tcp/0'])
    await writeFile(join(dir, 'file'), 'not a folder\n')
    await saveConfig(home, { ...await loadConfig(home), repository: { name: 'main', path: join(dir, 'file', 'repo'), slots: 2 } })
    await expectFatal(home, 'ERR_BAD_REPOSITORY_PATH', [join(dir, 'file'), 'repository.path'])
  })

  it('exits when the repository folder holds something else (the repository role cannot start)', async () => {
    const home = join(dir, 'a')
    const repo = join(dir, 'repo')
    await init(home, ['--roles', 'repository', '--repository-name', 'main', '--repository-path', repo, '--listen', '/ip4/127.0.0.1/tcp/0'])
    await writeFile(join(repo, 'holiday.jpg'), 'someone else\'s file')
    await expectFatal(home, 'ERR_NOT_A_REPOSITORY', ['repository role', repo])
  })

  it('exits when the admin key cannot be read, or is not a key', async () => {
    const home = join(dir, 'a')
    await init(home, ['--roles', 'proxy', '--listen', '/ip4/127.0.0.1/tcp/0'])
    const key = homePaths(home).adminKey
    await rm(key)
    await mkdir(key)
    await expectFatal(home, 'ERR_KEY_UNREADABLE', [key])
    await rm(key, { recursive: true })
    await writeFile(key, 'garbage', { mode: 0o600 })
    await expectFatal(home, 'ERR_BAD_KEY', [key])
  })

  it('exits when the node database is locked by another process', async () => {
    const home = join(dir, 'a')
    await init(home, ['--roles', 'manager', '--listen', '/ip4/127.0.0.1/tcp/0'])
    const db = new Level(homePaths(home).db)
    await db.open()
    try {
      await expectFatal(home, 'ERR_DB_LOCKED', [homePaths(home).db, 'another daemon'])
    } finally {
      await db.close()
    }
  })

  it('exits when config.json is invalid, naming the key', async () => {
    const home = join(dir, 'a')
    await init(home, ['--roles', 'proxy', '--listen', '/ip4/127.0.0.1/tcp/0'])
    const config = await loadConfig(home)
    await saveConfig(home, { ...config, roles: ['butler' as any] })
    await expectFatal(home, 'ERR_BAD_CONFIG', ['"roles"', 'butler', homePaths(home).config])
    await saveConfig(home, { ...config, members: [...config.members, 'not-a-peer'] })
    await expectFatal(home, 'ERR_BAD_CONFIG', ['"members"', 'not-a-peer'])
    await saveConfig(home, { ...config, logLevel: 'loud' as any })
    await expectFatal(home, 'ERR_BAD_LOG_LEVEL', ['"logLevel"', 'loud'])
  })

  it('stops what it had started: after a failed start its libp2p port and node database are free again', async () => {
    const held = await holdPort()
    servers.push(held.server)
    const home = join(dir, 'a')
    const port = await freePort()
    await init(home, ['--roles', 'manager,scheduler', '--listen', `/ip4/127.0.0.1/tcp/${port}`, '--http', `127.0.0.1:${held.port}`])
    await assert.rejects(startDaemon({ home, log: silentLogger }), (err: any) => err.code === 'ERR_HTTP_LISTEN')
    // the mesh listened and the database was open before the HTTP endpoint failed
    const probe = await new Promise<Server>((resolve, reject) => {
      const server = createServer().once('error', reject)
      server.listen(port, '127.0.0.1', () => resolve(server))
    })
    await closeServer(probe)
    const db = new Level(homePaths(home).db)
    await db.open()
    await db.close()
  })

  it('init refuses a repository path it cannot create or write, and creates nothing', async () => {
    const file = join(dir, 'file')
    await writeFile(file, 'not a folder\n')
    const refused = async (path: string, names: string[]): Promise<void> => {
      const home = join(dir, `home-${Math.random().toString(36).slice(2)}`)
      const result = await runCli(home, ['init', '--roles', 'repository', '--repository-name', 'main', '--repository-path', path])
      assert.equal(result.code, 2, `init with --repository-path ${path} exited ${result.code}: ${result.stderr}`)
      oneLine(result, 'ERR_BAD_REPOSITORY_PATH', names)
      assert.equal(existsSync(homePaths(home).config), false, 'a refused init writes no config.json')
      assert.equal(existsSync(homePaths(home).nodeKey), false, 'a refused init writes no key')
    }
    await refused(join(file, 'repo'), [file, 'is a file'])
    await refused(file, [file, 'is a file'])
    await refused(`/proc/meshbackup-${process.pid}/repo`, ['/proc/meshbackup-'])
    if (process.getuid?.() !== 0) { // root writes in a read-only folder
      const ro = join(dir, 'read-only')
      await mkdir(ro)
      await chmod(ro, 0o555)
      await refused(join(ro, 'repo'), [ro])
      assert.deepEqual(await readdir(ro), [])
    }
    assert.equal(readFileSync(file, 'utf8'), 'not a folder\n')
    // a usable path is made now, and left empty
    const good = join(dir, 'new', 'repo')
    await init(join(dir, 'good'), ['--roles', 'repository', '--repository-name', 'main', '--repository-path', good])
    assert.deepEqual(await readdir(good), [])
  })
})

describe('the CLI around a daemon start', function () {
  this.timeout(90_000)
  let dir: string

  before(async () => { dir = await mkdtemp(join(tmpdir(), 'meshbackup-start-cli-')) })
  after(async () => {
    await Promise.all([...running].map(async (child) => await stopChild(child, 'SIGKILL')))
    await rm(dir, { recursive: true, force: true })
  })

  it('--version prints the package version', async () => {
    const result = await runCli(join(dir, 'none'), ['--version'])
    assert.equal(result.code, 0, result.stderr)
    assert.equal(result.stdout.trim(), VERSION)
  })

  it('status --wait with no daemon fails after --timeout with ERR_NO_DAEMON', async () => {
    const home = join(dir, 'idle')
    await init(home, ['--roles', 'proxy', '--listen', '/ip4/127.0.0.1/tcp/0'])
    const started = Date.now()
    const result = await runCli(home, ['status', '--wait', '--timeout', '1'])
    const ms = Date.now() - started
    assert.equal(result.code, 5, result.stderr)
    oneLine(result, 'ERR_NO_DAEMON', [home, '1 s'])
    assert.ok(ms >= 1000 && ms < 10_000, `took ${ms} ms`)
    const misuse = await runCli(home, ['status', '--peers', '1'])
    assert.equal(misuse.code, 2, misuse.stderr)
    oneLine(misuse, 'ERR_BAD_ARGUMENT', ['--wait'])
  })

  it('--log-level and "logLevel" in config.json pick what the daemon logs; status --wait answers once it is up', async () => {
    const home = join(dir, 'quiet')
    const { peerId } = await init(home, ['--roles', 'proxy', '--listen', '/ip4/127.0.0.1/tcp/0'])
    await saveConfig(home, { ...await loadConfig(home), logLevel: 'warn' })
    const quiet = spawnDaemon(home)
    // asked at once: it waits for the daemon instead of failing with ERR_NO_DAEMON
    const status = await runCli(home, ['--json', 'status', '--wait', '--timeout', '60'])
    assert.equal(status.code, 0, status.stderr)
    assert.equal(JSON.parse(status.stdout).peerId, peerId)
    // a second daemon on the home is refused by the node database's lock, naming the first
    const second = spawnDaemon(home)
    const refused = await within(second.exited, 20_000, 'a second daemon on the home to exit')
    assert.equal(refused.code, 6, second.stderr())
    oneLine({ stderr: second.stderr() }, 'ERR_DAEMON_RUNNING', [`pid ${quiet.child.pid}`])
    await stopChild(quiet.child)
    assert.equal((await quiet.exited).code, 0)
    assert.doesNotMatch(quiet.stdout(), /"level":30/, 'logLevel "warn" in config.json: no info lines')

    const loud = spawnDaemon(home, ['--log-level', 'info'])
    assert.equal((await runCli(home, ['status', '--wait'])).code, 0)
    await stopChild(loud.child)
    assert.equal((await loud.exited).code, 0)
    assert.match(loud.stdout(), /"level":30.*"msg":"daemon started"/, '--log-level info wins over config.json')

    const bad = spawnDaemon(home, ['--log-level', 'loud'])
    const result = await within(bad.exited, 20_000, 'a daemon with a bad --log-level to exit')
    assert.equal(result.code, 2)
    oneLine({ stderr: bad.stderr() }, 'ERR_BAD_LOG_LEVEL', ['--log-level', 'loud'])
  })

  it('members remove without a daemon edits config.json, and refuses a non-member, the node itself and a bad id', async () => {
    const home = join(dir, 'offline')
    const { peerId } = await init(home, ['--roles', 'proxy', '--listen', '/ip4/127.0.0.1/tcp/0'])
    const [x, y, z] = [await newPeerId(), await newPeerId(), await newPeerId()]
    assert.equal((await runCli(home, ['members', 'add', x, y])).code, 0)
    const removed = await runCli(home, ['members', 'remove', x])
    assert.equal(removed.code, 0, removed.stderr)
    assert.deepEqual((await loadConfig(home)).members, [peerId, y])
    const notMember = await runCli(home, ['members', 'remove', y, z])
    assert.equal(notMember.code, 4, notMember.stderr)
    oneLine(notMember, 'ERR_NO_SUCH_MEMBER', [z])
    const self = await runCli(home, ['members', 'remove', peerId])
    assert.equal(self.code, 2, self.stderr)
    oneLine(self, 'ERR_BAD_MEMBER', [peerId])
    const bad = await runCli(home, ['members', 'remove', 'not-a-peer'])
    assert.equal(bad.code, 2, bad.stderr)
    oneLine(bad, 'ERR_BAD_PEER_ID', ['not-a-peer'])
    assert.deepEqual((await loadConfig(home)).members, [peerId, y], 'a refused removal removes nothing')
  })
})

describe('a running mesh: status --wait --peers and members remove', function () {
  this.timeout(120_000)
  let dir: string
  let cluster: Cluster | undefined

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-members-'))
    cluster = await startCluster({
      dir,
      start: false,
      nodes: [{ name: 'a', roles: ['manager', 'scheduler'] }, { name: 'b', roles: ['proxy'] }]
    })
  })

  after(async function () {
    if (this.currentTest?.state === 'failed' && cluster != null) {
      for (const name of ['a', 'b']) console.error(`--- log of ${name}\n${cluster.logTail(name, 40)}`)
    }
    await cluster?.stop()
    await rm(dir, { recursive: true, force: true })
  })

  const connected = async (name: string): Promise<string[]> => (await cluster!.api(name, '/api/status')).connected ?? []
  const events = async (): Promise<any[]> => await cluster!.json('a', ['events'])
  const cli = async (name: string, args: string[]): Promise<CliResult> => await cluster!.cli(name, args, { allowFailure: true })

  it('status --wait --peers N returns once a fresh daemon is connected to N member peers, and fails after --timeout when it is not', async () => {
    const a = cluster!.node('a')
    const b = cluster!.node('b')
    cluster!.startDaemon('a')
    cluster!.startDaemon('b')
    const status = await cli('a', ['--json', 'status', '--wait', '--peers', '1', '--timeout', '60'])
    assert.equal(status.code, 0, status.stderr)
    const s = JSON.parse(status.stdout)
    assert.equal(s.peerId, a.peerId)
    assert.ok(s.connected.includes(b.peerId), `a is connected to b: ${s.connected.join(', ')}`)

    const started = Date.now()
    const short = await cli('a', ['status', '--wait', '--peers', '2', '--timeout', '1.5'])
    assert.equal(short.code, 1, short.stderr)
    oneLine(short, 'ERR_WAIT_TIMEOUT', ['1 of 2', b.peerId])
    assert.ok(Date.now() - started < 10_000)
  })

  it('members remove disconnects the peer at once, refuses it from then on, and the manager records it', async () => {
    const a = cluster!.node('a')
    const b = cluster!.node('b')
    await waitUntil('a and b connected', async () => (await connected('a')).includes(b.peerId) ? true : undefined)
    const removedAt = Date.now()
    const removed = await cli('a', ['members', 'remove', b.peerId])
    assert.equal(removed.code, 0, removed.stderr)
    await waitUntil('a to drop b', async () => (await connected('a')).includes(b.peerId) ? undefined : true, 5000, 50)
    assert.ok(Date.now() - removedAt < 5000, `b was disconnected ${Date.now() - removedAt} ms after the removal`)
    assert.equal((await loadConfig(a.home)).members.includes(b.peerId), false, 'config.json no longer lists b')
    const view = (await cluster!.api('a', '/api/status')).capacity.map((c: any) => c.announcement.peerId)
    assert.equal(view.includes(b.peerId), false, 'b left a\'s capacity view')
    await waitUntil('the manager to record the removal', async () =>
      (await events()).some((e) => e.kind === 'members-remove' && e.subject === b.peerId && e.node === a.peerId) ? true : undefined)

    // b's daemon keeps dialling a (a is its seed); with b's own identity, a dial is refused too
    await cluster!.stopDaemon('b')
    assert.ok(await refusedBy(await loadKey(homePaths(b.home).nodeKey), `/ip4/127.0.0.1/tcp/${a.port}/p2p/${a.peerId}`), 'a refuses b\'s identity')
    assert.equal((await connected('a')).includes(b.peerId), false)

    // taken back, b connects again
    assert.equal((await cli('a', ['members', 'add', b.peerId])).code, 0)
    cluster!.startDaemon('b')
    const back = await cli('a', ['status', '--wait', '--peers', '1', '--timeout', '60'])
    assert.equal(back.code, 0, back.stderr)
    await waitUntil('the manager to record the addition', async () =>
      (await events()).some((e) => e.kind === 'members-add' && e.subject === b.peerId && e.node === a.peerId) ? true : undefined)
  })

  it('a member change on a node without the manager role is recorded by the manager', async () => {
    const a = cluster!.node('a')
    const b = cluster!.node('b')
    await waitUntil('b to see the manager', async () =>
      ((await cluster!.api('b', '/api/status')).capacity ?? []).some((c: any) => c.announcement?.peerId === a.peerId) ? true : undefined)
    const x = await newPeerId()
    assert.equal((await cli('b', ['members', 'add', x])).code, 0)
    assert.equal((await cli('b', ['members', 'remove', x])).code, 0)
    await waitUntil('the manager to record b\'s changes', async () => {
      const all = await events()
      return ['members-add', 'members-remove'].every((kind) => all.some((e) => e.kind === kind && e.subject === x && e.node === b.peerId)) ? true : undefined
    })
  })
})

/**
 * Dials `addr` with `key`'s identity: true when the dial fails, or the connection is closed by
 * the other side within seconds (a gater refuses after the noise handshake).
 */
async function refusedBy (key: PrivateKey, addr: string): Promise<boolean> {
  const node = await createLibp2p({
    privateKey: key,
    transports: [tcp()],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()],
    connectionGater: { denyDialMultiaddr: () => false }
  })
  try {
    const conn = await node.dial(multiaddr(addr), { signal: AbortSignal.timeout(5000) }).catch(() => undefined)
    if (conn == null) return true
    await waitUntil('the refused connection to close', () => conn.status !== 'open' ? true : undefined, 5000, 50)
    return true
  } finally {
    await node.stop()
  }
}
