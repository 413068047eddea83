/**
 * The admin REPL against a real three-node mesh: `meshbackup repl` as a child process driven
 * through piped stdin/stdout, completion called in-process, and a daemon lost and back.
 */
import assert from 'node:assert/strict'
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CLI, startCluster, waitUntil, type Cluster, SPINE } from '../../../sim/cluster.ts'
import { writeFileHost } from '../../../sim/corpus.ts'
import { connectHome } from '../../../node/daemon/cli/common.ts'
import { meshApi, type MeshApi } from '../../../node/daemon/repl/mesh-client.ts'
import { completionCache, replCompleter } from '../../../node/daemon/repl/repl.ts'
import { complete, tokenize } from '../../../node/daemon/repl/commands.ts'

const MiB = 1024 * 1024
const PROMPT = 'mesh> '

/** A `meshbackup repl` child: send a line, get what it printed up to the next prompt. */
class ReplChild {
  readonly child: ChildProcessWithoutNullStreams
  out = ''
  err = ''
  private seen = 0
  private readonly waiters = new Set<() => void>()

  constructor (home: string) {
    this.child = spawn(process.execPath, [CLI, '--home', home, 'repl'], { stdio: ['pipe', 'pipe', 'pipe'] })
    this.child.stdout.on('data', (d) => { this.out += d; for (const w of [...this.waiters]) w() })
    this.child.stderr.on('data', (d) => { this.err += d })
    this.child.on('close', () => { for (const w of [...this.waiters]) w() })
  }

  /** Everything printed since the last call, once a prompt ends it. */
  async nextPrompt (timeoutMs = 60_000): Promise<string> {
    return await new Promise((resolve, reject) => {
      const check = (): void => {
        const at = this.out.indexOf(PROMPT, this.seen)
        if (at >= 0) {
          const text = this.out.slice(this.seen, at)
          this.seen = at + PROMPT.length
          finish()
          resolve(text)
        } else if (this.child.exitCode != null) {
          finish()
          reject(new Error(`repl exited ${this.child.exitCode} before a prompt; stdout:\n${this.out}\nstderr:\n${this.err}`))
        }
      }
      const timer = setTimeout(() => { finish(); reject(new Error(`no prompt within ${timeoutMs} ms; stdout:\n${this.out}\nstderr:\n${this.err}`)) }, timeoutMs)
      const finish = (): void => { clearTimeout(timer); this.waiters.delete(check) }
      this.waiters.add(check)
      check()
    })
  }

  async send (line: string, timeoutMs?: number): Promise<string> {
    this.child.stdin.write(line + '\n')
    return await this.nextPrompt(timeoutMs)
  }

  async exited (): Promise<number | null> {
    if (this.child.exitCode != null) return this.child.exitCode
    return await new Promise((resolve) => this.child.once('exit', (code) => resolve(code)))
  }

  kill (): void {
    if (this.child.exitCode == null && this.child.signalCode == null) this.child.kill('SIGKILL')
  }
}

describe('admin REPL', function () {
  this.timeout(180_000)
  let dir: string
  let cluster: Cluster | undefined
  let repl: ReplChild | undefined

  before(async function () {
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-repl-'))
    const hostDir = join(dir, 'host')
    await writeFileHost(hostDir, { seed: 3, vms: [{ name: 'web01', disks: [{ name: 'disk0', size: 4 * MiB }] }] })
    cluster = await startCluster({
      dir: join(dir, 'mesh'),
      nodes: SPINE
    })
    await cluster.addFileHost('a', 'lab', hostDir)
    await cluster.cli('a', ['job', 'add', 'nightly', '--host', 'lab', '--repository', 'main'])
    repl = new ReplChild(cluster.node('a').home)
  })

  after(async function () {
    if (this.currentTest?.state === 'failed' && cluster != null) {
      for (const name of ['a', 'b', 'c']) console.error(`--- log of ${name}\n${cluster.logTail(name, 30)}`)
    }
    repl?.kill()
    await cluster?.stop()
    await rm(dir, { recursive: true, force: true })
  })

  it('connects and lists the nodes and jobs', async function () {
    const banner = await repl!.nextPrompt()
    assert.match(banner, new RegExp(`connected to daemon ${cluster!.node('a').peerId} \\(manager, scheduler\\)`))
    const nodes = await repl!.send('nodes')
    for (const name of ['a', 'b', 'c']) assert.ok(nodes.includes(cluster!.node(name).peerId), `nodes names ${name}:\n${nodes}`)
    const jobs = await repl!.send('jobs')
    assert.match(jobs, /^NAME\s+HOST\s+VMS\s+REPOSITORY/m)
    assert.match(jobs, /^nightly\s+lab\s+\(all\)\s+main/m)
  })

  it('runs a job with --wait and shows its sessions and points', async function () {
    const run = await repl!.send('run nightly --wait', 120_000)
    assert.match(run, /^session \S+\s+job nightly\s+success/m, run)
    assert.match(run, /^web01\s+0 disk0\s+success/m)
    const watched = await repl!.send('watch nightly')
    assert.match(watched, /^session \S+\s+job nightly\s+success/m, watched)
    const sessions = await repl!.send('sessions')
    assert.match(sessions, /^SESSION\s+JOB\s+STATE/m)
    assert.match(sessions, /nightly\s+success/)
    const points = await repl!.send('points --job nightly')
    assert.match(points, /^\S+-web01-\S+\s+nightly\s+web01\s/m, points)
  })

  it('evaluates JavaScript with top-level await and the mesh object', async function () {
    assert.equal((await repl!.send('(await mesh.points()).length')).trim(), '1')
    assert.equal((await repl!.send('const j = await mesh.jobs(); j.map((x) => x.name).join()')).trim(), "'nightly'")
    assert.equal((await repl!.send('(await mesh.request({ hostList: {} })).hosts.hosts[0].name')).trim(), "'lab'")
  })

  it('restores and verifies a point', async function () {
    const id = (await repl!.send('(await mesh.points())[0].id')).trim().replace(/'/g, '')
    const to = join(dir, 'restored.raw')
    const restored = await repl!.send(`restore ${id} --vm web01 --disk 0 --to ${to}`)
    assert.match(restored, /^restored 4\.0 MiB in/m)
    assert.equal((await stat(to)).size, 4 * MiB)
    assert.match(await repl!.send(`verify ${id}`), new RegExp(`^OK: point ${id} in repository main, \\d+ blocks`, 'm'))
    assert.match(await repl!.send(`verify ${id} --repair`), new RegExp(`^OK: point ${id} in repository main, `, 'm'), 'nothing to repair: no REPAIRED line')
  })

  it('restores without --vm, and overwrites a file only with --force', async function () {
    const id = (await repl!.send('(await mesh.points())[0].id')).trim().replace(/'/g, '')
    const to = join(dir, 'restored-no-vm.raw')
    assert.match(await repl!.send(`restore ${id} --disk 0 --to ${to}`), /^restored 4\.0 MiB in/m)
    assert.equal((await stat(to)).size, 4 * MiB)
    const again = await repl!.send(`restore ${id} --disk 0 --to ${to}`)
    assert.match(again, new RegExp(`^error: ${to} exists; .*--force.*\\(ERR_TARGET_EXISTS\\)$`, 'm'))
    assert.match(await repl!.send(`restore ${id} --disk 0 --to ${to} --force`), /^restored 4\.0 MiB in/m)
  })

  it('adds, lists and removes copy jobs', async function () {
    assert.match(await repl!.send('copy add offsite --from main --to dr --job nightly --keep-last 3'), /^copy job offsite saved$/m)
    assert.match(await repl!.send('copy'), /^offsite\s+main\s+dr\s+nightly\s+\*\s+-$/m)
    assert.match(await repl!.send('copy add bad --from main --to main'), /\(ERR_COPY_BAD_JOB\)$/m)
    assert.match(await repl!.send('copy add x --to dr'), /^error: copy add needs --from and --to.*\(ERR_BAD_ARGUMENT\)$/m)
    assert.match(await repl!.send('copy remove offsite'), /^copy job offsite removed/m)
    assert.match(await repl!.send('copy list'), /^no copy jobs/m)
    assert.match(await repl!.send('help copy'), /^copy \[list \| add NAME/m)
  })

  it('prints user errors with message and code, no stack, and keeps running', async function () {
    const verify = await repl!.send('verify nope')
    assert.match(verify, /^error: no restore point "nope" in any repository of the mesh.*\(ERR_NO_SUCH_POINT\)$/m)
    assert.doesNotMatch(verify, /\n\s+at /)
    const js = await repl!.send('await mesh.verify("nope")')
    assert.match(js, /AdminCallError: no restore point "nope".*\(ERR_NO_SUCH_POINT\)/)
    assert.doesNotMatch(js, /\n\s+at /)
    assert.match(await repl!.send('run'), /^error: run needs a job name.*\(ERR_BAD_ARGUMENT\)$/m)
    assert.match(await repl!.send('points --bogus'), /\(ERR_BAD_ARGUMENT\)$/m)
    assert.match(await repl!.send('help run'), /^run JOB \[--wait\]/m)
    assert.match(await repl!.send('help'), /^\s+watch ID\|JOB\s+live progress/m)
  })

  it('survives a lost daemon and reconnects on a later command', async function () {
    await cluster!.stopDaemon('a')
    const lost = await repl!.send('jobs')
    assert.match(lost, /^error: .*\((ERR_DAEMON_LOST|ERR_NO_DAEMON|ERR_DAEMON_UNREACHABLE)\)$/m)
    assert.match(await repl!.send('jobs'), /^error: no daemon is running for .*\(ERR_NO_DAEMON\)$/m)
    cluster!.startDaemon('a')
    await waitUntil('daemon a back', async () => (await cluster!.cli('a', ['job', 'list'], { allowFailure: true })).code === 0 ? true : undefined, 30_000, 300)
    assert.match(await repl!.send('jobs'), /^nightly\s+lab/m)
  })

  it('ends with code 0 on exit', async function () {
    repl!.child.stdin.write('exit\n')
    assert.equal(await repl!.exited(), 0)
  })

  describe('completion', function () {
    let mesh: MeshApi

    before(async function () {
      const home = cluster!.node('a').home
      mesh = meshApi({ connect: async () => await connectHome(home) })
    })

    after(async function () { await mesh?.close() })

    it('completes command names, job names, options and point ids from the daemon', async function () {
      const points = await mesh.points()
      assert.equal(points.length, 1)
      const cache = completionCache(mesh)
      const completer = replCompleter(cache)
      const ask = async (line: string): Promise<[string[], string] | undefined> =>
        await new Promise((resolve, reject) => completer(line, (err, result) => err != null ? reject(err) : resolve(result)))
      assert.deepEqual(await ask('ses'), [['session', 'sessions'], 'ses'])
      assert.deepEqual(await ask('run ni'), [['nightly'], 'ni'])
      assert.deepEqual(await ask('points --job '), [['nightly'], ''])
      assert.deepEqual(await ask('points --v'), [['--vm'], '--v'])
      assert.deepEqual(await ask('verify '), [[points[0].id], ''])
      assert.deepEqual(await ask(`restore ${points[0].id.slice(0, 4)}`), [[points[0].id], points[0].id.slice(0, 4)])
      assert.deepEqual(await ask(`restore ${points[0].id} --vm w`), [['web01'], 'w'])
      assert.deepEqual(await ask('help wa'), [['watch'], 'wa'])
      // not a command: JavaScript's completer would answer
      assert.deepEqual(await ask('mesh.po'), [[], 'mesh.po'])
    })

    it('offers a point made after the lists were fetched at once, after restore and verify', async function () {
      const completer = replCompleter(completionCache(mesh))
      const ask = async (line: string): Promise<[string[], string] | undefined> =>
        await new Promise((resolve, reject) => completer(line, (err, result) => err != null ? reject(err) : resolve(result)))
      const [first] = await mesh.points()
      assert.deepEqual(await ask('verify '), [[first.id], ''])
      await cluster!.cli('a', ['job', 'run', 'nightly', '--wait'])
      const made = (await mesh.points()).map((p) => p.id).find((id) => id !== first.id)
      assert.ok(made != null, 'the second session made a point')
      assert.deepEqual(await ask(`verify ${made}`), [[made], made])
      assert.deepEqual(await ask(`restore ${made}`), [[made], made])
      assert.deepEqual(await ask(`restore ${made} --to /tmp/x --vm w`), [['web01'], 'w'])
    })
  })
})

describe('admin REPL commands, offline', function () {
  it('tokenizes quoted words', function () {
    assert.deepEqual(tokenize(`restore p1 --vm web01 --to "/tmp/a b"`), ['restore', 'p1', '--vm', 'web01', '--to', '/tmp/a b'])
  })

  it('counts positionals past option values when completing', function () {
    const lists = { jobs: ['nightly', 'weekly'], points: ['p1', 'p2'], vms: ['web01'] }
    assert.deepEqual(complete('restore --vm web01 p', lists), [['p1', 'p2'], 'p'])
    assert.deepEqual(complete('sessions ', lists), [['nightly', 'weekly'], ''])
    assert.equal(complete('const x = 1', lists), undefined)
  })
})
