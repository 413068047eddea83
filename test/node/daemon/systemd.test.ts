/**
 * The systemd unit (node/daemon/systemd/meshbackup.service) passes `systemd-analyze verify`, and a daemon
 * started with NOTIFY_SOCKET tells systemd READY=1 only once it is fully started, and never when
 * its start fails. The notification socket is a unix datagram socket a small python3 listener
 * binds (Node cannot open one); the daemon sends through `systemd-notify`.
 */
import assert from 'node:assert/strict'
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { CLI, runCli } from '../../../sim/cluster.ts'
import { homePaths } from '../../../node/daemon/config.ts'
import { requirePrograms } from '../../helpers/tools.ts'

const UNIT = new URL('../../../node/daemon/systemd/meshbackup.service', import.meta.url)

/** Prints {"listening": path} once bound, then {"message": text} for each datagram. */
const LISTENER = `
import json, socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(sys.argv[1])
print(json.dumps({"listening": sys.argv[1]}), flush=True)
while True:
    # no room for ancillary data: the kernel closes the fd of systemd-notify's BARRIER=1, which ends its wait
    data = s.recv(65536)
    print(json.dumps({"message": data.decode("utf8", "replace")}), flush=True)
`

interface Listener {
  proc: ChildProcess
  socket: string
  messages: string[]
  /** resolves with the first message that `match` accepts */
  next: (match: (message: string) => boolean, timeoutMs: number) => Promise<string>
}

async function listen (dir: string): Promise<Listener> {
  const socket = join(dir, 'notify')
  const proc = spawn('python3', ['-c', LISTENER, socket], { stdio: ['ignore', 'pipe', 'inherit'] })
  const messages: string[] = []
  const waiters: Array<() => void> = []
  const ready = new Promise<void>((resolve, reject) => {
    proc.once('error', reject)
    proc.once('exit', (code) => reject(new Error(`the notify listener exited ${code}`)))
    createInterface({ input: proc.stdout! }).on('line', (line) => {
      const parsed = JSON.parse(line)
      if (parsed.listening != null) resolve()
      if (parsed.message != null) {
        messages.push(parsed.message)
        for (const w of waiters.splice(0)) w()
      }
    })
  })
  await ready
  const next = async (match: (message: string) => boolean, timeoutMs: number): Promise<string> => await new Promise((resolve, reject) => {
    const check = (): void => {
      const found = messages.find(match)
      if (found != null) { clearTimeout(timer); resolve(found) } else waiters.push(check)
    }
    const timer = setTimeout(() => reject(new Error(`no matching notification within ${timeoutMs} ms (got: ${JSON.stringify(messages)})`)), timeoutMs)
    check()
  })
  return { proc, socket, messages, next }
}

async function stop (child: ChildProcess | undefined, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child == null || child.exitCode != null || child.signalCode != null) return
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()))
  child.kill(signal)
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
  await closed
  clearTimeout(timer)
}

describe('systemd', function () {
  this.timeout(60_000)
  let dir: string

  beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'meshbackup-systemd-')) })
  afterEach(async () => { await rm(dir, { recursive: true, force: true }) })

  describe('the unit file', () => {
    it('is a notify unit with a dedicated user, MESHBACKUP_HOME, restart on failure and the installed command', () => {
      const unit = readFileSync(UNIT, 'utf8')
      const service = unit.slice(unit.indexOf('[Service]'))
      for (const line of ['Type=notify', 'NotifyAccess=all', 'Restart=on-failure', 'User=meshbackup', 'Environment=MESHBACKUP_HOME=/var/lib/meshbackup', 'ExecStart=/usr/local/bin/meshbackup daemon']) {
        assert.match(service, new RegExp(`^${line.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`, 'm'), `the unit's [Service] has ${line}`)
      }
    })

    it('passes systemd-analyze verify', async function () {
      requirePrograms(this, { program: 'systemd-analyze', debian: 'systemd' })
      // verify checks that ExecStart's program exists: point it at this checkout's command
      const unit = readFileSync(UNIT, 'utf8').replace(/^ExecStart=\/usr\/local\/bin\/meshbackup /m, `ExecStart=${CLI} `)
      assert.ok(unit.includes(`ExecStart=${CLI} daemon`))
      const file = join(dir, 'meshbackup.service')
      await writeFile(file, unit)
      const { code, output } = await new Promise<{ code: number, output: string }>((resolve) => {
        execFile('systemd-analyze', ['verify', file], { timeout: 30_000 }, (err, stdout, stderr) => {
          resolve({ code: err == null ? 0 : (typeof err.code === 'number' ? err.code : 1), output: `${stdout}${stderr}`.trim() })
        })
      })
      assert.equal(code, 0, output)
      // verify exits 0 on unknown keys and bad values too: it must not have said anything
      assert.equal(output, '', `systemd-analyze verify warned:\n${output}`)
    })
  })

  describe('NOTIFY_SOCKET', () => {
    let listener: Listener | undefined
    let daemon: ChildProcess | undefined
    let server: Server | undefined

    before(function () {
      requirePrograms(this, { program: 'python3', debian: 'python3' }, { program: 'systemd-notify', debian: 'systemd' })
    })
    afterEach(async () => {
      await stop(daemon, 'SIGKILL')
      await stop(listener?.proc, 'SIGKILL')
      await new Promise<void>((resolve) => server == null ? resolve() : server.close(() => resolve()))
      daemon = listener = server = undefined
    })

    const startDaemon = (home: string): { exited: Promise<number | null>, stderr: () => string } => {
      const env: NodeJS.ProcessEnv = { ...process.env, NOTIFY_SOCKET: listener!.socket }
      delete env.MESHBACKUP_LOG
      daemon = spawn(process.execPath, [CLI, '--home', home, 'daemon'], { env, stdio: ['ignore', 'ignore', 'pipe'] })
      let stderr = ''
      daemon.stderr!.on('data', (d) => { stderr += d })
      const child = daemon
      return { exited: new Promise((resolve) => child.once('close', (code) => resolve(code))), stderr: () => stderr }
    }

    it('sends READY=1 with MAINPID once the daemon is fully started', async () => {
      listener = await listen(dir)
      const home = join(dir, 'a')
      const init = await runCli(home, ['init', '--roles', 'manager,scheduler,proxy', '--listen', '/ip4/127.0.0.1/tcp/0'])
      assert.equal(init.code, 0, init.stderr)
      const run = startDaemon(home)
      let infoAtReady: string | undefined
      const ready = await listener.next((m) => {
        // looked at the moment the notification arrives
        if (m.split('\n').includes('READY=1')) infoAtReady ??= existsSync(homePaths(home).daemon) ? readFileSync(homePaths(home).daemon, 'utf8') : 'missing'
        return m.split('\n').includes('READY=1')
      }, 30_000).catch(async (err: Error) => { throw new Error(`${err.message}; daemon stderr: ${run.stderr()}`) })
      assert.ok(ready.split('\n').includes(`MAINPID=${daemon!.pid}`), `MAINPID names the daemon (pid ${daemon!.pid}): ${JSON.stringify(ready)}`)
      assert.notEqual(infoAtReady, 'missing', 'daemon.json (written once every part is up) exists when READY=1 arrives')
      assert.equal(JSON.parse(infoAtReady!).pid, daemon!.pid)
      // and the daemon answers its admin protocol
      const status = await runCli(home, ['--json', 'status'])
      assert.equal(status.code, 0, status.stderr)
      assert.deepEqual(JSON.parse(status.stdout).roles, ['manager', 'scheduler', 'proxy'])
      assert.equal(listener.messages.filter((m) => m.split('\n').includes('READY=1')).length, 1, 'READY=1 is sent once')
      await stop(daemon)
      assert.equal(await run.exited, 0)
    })

    it('sends nothing when the start fails', async () => {
      listener = await listen(dir)
      server = createServer()
      await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
      const port = (server.address() as { port: number }).port
      const home = join(dir, 'a')
      const init = await runCli(home, ['init', '--roles', 'proxy', '--listen', '/ip4/127.0.0.1/tcp/0', '--http', `127.0.0.1:${port}`])
      assert.equal(init.code, 0, init.stderr)
      const run = startDaemon(home)
      let timer: NodeJS.Timeout | undefined
      const code = await Promise.race([run.exited, new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`the daemon did not exit after its HTTP port was refused; stderr: ${run.stderr()}`)), 20_000)
      })]).finally(() => clearTimeout(timer))
      assert.notEqual(code, 0)
      assert.match(run.stderr(), /ERR_HTTP_LISTEN/)
      // systemd-notify returns only once the listener has the message, and the daemon has exited
      assert.deepEqual(listener.messages, [], 'no notification from a daemon whose start failed')
      assert.equal(await readFile(homePaths(home).daemon, 'utf8').catch(() => 'none'), 'none')
    })
  })
})
