/**
 * The installed `meshbackup` command (node/bin/meshbackup.js) on a Node older than 22.18 runs
 * itself again with the Node the project pins (node_modules/node), passing arguments, stdio, the
 * exit code and signals through; without a pinned Node it says what to do. Driven with the
 * system's /usr/bin/node (Debian's is older); skipped with a notice where that is missing or
 * new enough.
 */
import assert from 'node:assert/strict'
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readlinkSync, realpathSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { CLI, runCli } from '../../../sim/cluster.ts'
import { homePaths, readDaemonInfo } from '../../../node/daemon/config.ts'

const SYSTEM_NODE = '/usr/bin/node'
const PINNED = realpathSync(join(dirname(CLI), '..', '..', 'node_modules', 'node', 'bin', 'node'))
const VERSION = JSON.parse(execFileSync(process.execPath, ['-p', 'JSON.stringify(require("./package.json").version)'], { cwd: join(dirname(CLI), '..', '..'), encoding: 'utf8' }))

function oldSystemNode (): string | undefined {
  if (!existsSync(SYSTEM_NODE)) return 'there is no /usr/bin/node'
  const version = execFileSync(SYSTEM_NODE, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim()
  const [major, minor] = version.split('.').map(Number) as [number, number]
  if (major > 22 || (major === 22 && minor >= 18)) return `/usr/bin/node is ${version}, new enough to run the command itself`
  return undefined
}

interface Run { child: ChildProcess, stdout: () => string, stderr: () => string, exited: Promise<{ code: number | null, signal: NodeJS.Signals | null }> }

/** Runs `program args` with PATH=/usr/bin:/bin, so `#!/usr/bin/env node` finds the system's Node. */
function run (program: string, args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, PATH: '/usr/bin:/bin', ...env }
  delete childEnv.MESHBACKUP_PINNED_NODE
  delete childEnv.MESHBACKUP_LOG
  const child = spawn(program, args, { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (d) => { stdout += d })
  child.stderr!.on('data', (d) => { stderr += d })
  const exited = new Promise<{ code: number | null, signal: NodeJS.Signals | null }>((resolve) => child.once('close', (code, signal) => resolve({ code, signal })))
  return { child, stdout: () => stdout, stderr: () => stderr, exited }
}

describe('node/bin/meshbackup.js on an older Node', function () {
  this.timeout(60_000)
  let dir: string
  const started: ChildProcess[] = []
  const pids: number[] = []

  before(function () {
    const why = oldSystemNode()
    if (why != null) {
      console.warn(`\n  !!! SKIPPED ${this.test?.parent?.fullTitle()}: ${why} !!!\n`)
      this.skip()
    }
  })
  beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'meshbackup-bin-')) })
  afterEach(async () => {
    for (const pid of pids.splice(0)) { try { process.kill(pid, 'SIGKILL') } catch {} }
    for (const child of started.splice(0)) if (child.exitCode == null && child.signalCode == null) child.kill('SIGKILL')
    await rm(dir, { recursive: true, force: true })
  })

  it('runs under the pinned Node, also through a symlink on PATH, passing arguments, output and exit codes; without one it says what to do', async () => {
    const link = join(dir, 'bin', 'meshbackup')
    await mkdir(dirname(link))
    await symlink(CLI, link)
    const version = run(link, ['--version'])
    const v = await version.exited
    assert.equal(v.code, 0, version.stderr())
    assert.equal(version.stdout().trim(), VERSION)
    assert.equal(version.stderr(), '')

    const missing = run(SYSTEM_NODE, [CLI, '--home', join(dir, 'nowhere'), 'status'])
    assert.equal((await missing.exited).code, 5, missing.stderr())
    assert.match(missing.stderr(), /^meshbackup: no daemon is running for .*\(ERR_NO_DAEMON\)\n$/)

    // a copy with no pinned Node next to it says what to do
    const lone = join(dir, 'pkg', 'node', 'bin', 'meshbackup.js')
    await mkdir(dirname(lone), { recursive: true })
    await copyFile(CLI, lone)
    const alone = run(SYSTEM_NODE, [lone, '--version'])
    assert.equal((await alone.exited).code, 1)
    assert.match(alone.stderr(), /^meshbackup needs Node 22\.18 or newer \(found \d+\.\d+\.\d+\); run it through npm \(npx meshbackup\) or install Node 24\n$/)
    assert.equal(alone.stdout(), '')
  })

  it('passes signals to the daemon and ends the way it ended', async () => {
    const home = join(dir, 'a')
    assert.equal((await runCli(home, ['init', '--roles', 'proxy', '--listen', '/ip4/127.0.0.1/tcp/0'])).code, 0)
    const start = async (): Promise<{ wrapper: Run, pid: number }> => {
      const wrapper = run(SYSTEM_NODE, [CLI, '--home', home, 'daemon'])
      started.push(wrapper.child)
      const up = await runCli(home, ['status', '--wait', '--timeout', '30'])
      assert.equal(up.code, 0, `${up.stderr}\n${wrapper.stderr()}`)
      const info = await readDaemonInfo(home)
      pids.push(info!.pid)
      assert.notEqual(info!.pid, wrapper.child.pid, 'the daemon is the wrapper\'s child')
      assert.equal(readlinkSync(`/proc/${info!.pid}/exe`), PINNED, 'the daemon runs on the pinned Node')
      return { wrapper, pid: info!.pid }
    }

    // SIGTERM to the command reaches the daemon, which stops cleanly (removes daemon.json, exits 0)
    const first = await start()
    first.wrapper.child.kill('SIGTERM')
    assert.deepEqual(await first.wrapper.exited, { code: 0, signal: null }, first.wrapper.stderr())
    assert.equal(existsSync(homePaths(home).daemon), false, 'the daemon stopped cleanly')

    // a daemon killed by a signal: the command ends by that signal too
    const second = await start()
    process.kill(second.pid, 'SIGKILL')
    assert.deepEqual(await second.wrapper.exited, { code: null, signal: 'SIGKILL' })
  })
})
