/**
 * Test harness for specs that drive real QEMU processes: a temp lab folder, images made with
 * qemu-img, qemu-storage-daemon (QSD) and qemu-system-x86_64 processes started and killed by pid,
 * and a "guest" that writes to their disks.
 *
 * - QSD: every disk also gets a writable NBD export `guest-<node>` on the QSD's own NBD server
 *   (unix socket `proc.nbd`); the guest writes through it with qemu-io. Register the host with
 *   `nbd: 'unix:' + proc.nbd` so the connector reuses that server.
 * - qemu-system: `-machine pc -S -nodefaults -display none` (guest code never runs, no KVM
 *   needed), virtio-blk disks; the guest writes with the HMP `qemu-io` command over a second QMP
 *   monitor (`proc.control`), leaving `proc.qmp` to the code under test.
 *
 * @example
 * ```ts
 * let lab: QemuLab
 * before(function () { requireTools(this, 'qemu-img', 'qemu-storage-daemon') })
 * beforeEach(async () => { lab = await QemuLab.create() })
 * afterEach(async () => { await lab.cleanup() })   // kills every process it started, removes the folder
 * it('...', async () => {
 *   const file = await lab.image('d0.qcow2', 'qcow2', 64 * MiB)
 *   const qsd = await lab.qsd('h1', [{ node: 'd0', file, format: 'qcow2' }])
 *   await qsd.write('d0', [{ offset: 0, length: 65536, pattern: 0x11 }])
 * })
 * ```
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { accessSync, constants as fsConstants, openSync, closeSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { QmpClient } from '../../node/hosts/qemu/qmp.ts'

export const MiB = 1024 * 1024

/** The external programs QEMU specs may need. */
export type QemuTool = 'qemu-img' | 'qemu-io' | 'qemu-nbd' | 'qemu-storage-daemon' | 'qemu-system-x86_64' | 'nbdcopy' | 'nbdinfo'

/** Whether `tool` is an executable on PATH. */
export function hasTool (tool: QemuTool): boolean {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue
    try {
      accessSync(join(dir, tool), fsConstants.X_OK)
      return true
    } catch {}
  }
  return false
}

/**
 * Call in a mocha `before`/`it` with `this`: when a tool is missing, fails under CI=true and
 * otherwise skips the suite with a loud warning.
 */
export function requireTools (ctx: Mocha.Context, ...tools: QemuTool[]): void {
  const missing = tools.filter(t => !hasTool(t))
  if (missing.length === 0) return
  const what = `${ctx.test?.parent?.fullTitle() ?? 'QEMU spec'}: ${missing.join(', ')} not installed (Debian: qemu-utils, qemu-system-x86, libnbd-bin)`
  if (process.env.CI === 'true') throw new Error(`${what}; CI must run the QEMU tests`)
  console.warn(`\n  !!! SKIPPED ${what} !!!\n`)
  ctx.skip()
}

/** Runs a program to completion; resolves with its stdout, rejects with its stderr in the message. */
export async function run (cmd: string, args: string[], options: { timeoutMs?: number } = {}): Promise<string> {
  return await new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: options.timeoutMs ?? 60_000, maxBuffer: 64 * MiB, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (err !== null) reject(new Error(`${cmd} ${args.join(' ')} failed: ${stderr.trim() || err.message}`, { cause: err }))
      else resolve(stdout)
    })
  })
}

/** A disk of a lab process: its block node, image and format; `id` names the virtio-blk device (VM only, default node). */
export interface LabDisk {
  node: string
  file: string
  format: 'raw' | 'qcow2'
  id?: string
}

/** A guest write: `length` bytes of `pattern` at `offset`. */
export interface GuestWrite {
  offset: number
  length: number
  pattern: number
}

// every pid this module started and has not seen exit, killed if the test process exits first
const alive = new Set<number>()
process.once('exit', () => {
  for (const pid of alive) {
    try { process.kill(pid, 'SIGKILL') } catch {}
  }
})

/** A QEMU process the lab started. */
export class QemuProcess {
  readonly kind: 'qsd' | 'vm'
  readonly name: string
  /** QMP address for the code under test: `unix:PATH` */
  readonly qmp: string
  /** VM only: a second QMP monitor the harness uses for guest writes */
  readonly control?: string
  /** QSD only: the NBD server's unix socket (holds the `guest-<node>` exports) */
  readonly nbd?: string
  readonly disks: LabDisk[]
  readonly log: string
  #child: ChildProcess
  #exited: Promise<number | string>
  readonly #argv: string[]

  constructor (init: { kind: 'qsd' | 'vm', name: string, qmp: string, control?: string, nbd?: string, disks: LabDisk[], log: string, argv: string[] }) {
    this.kind = init.kind
    this.name = init.name
    this.qmp = init.qmp
    this.control = init.control
    this.nbd = init.nbd
    this.disks = init.disks
    this.log = init.log
    this.#argv = init.argv
    const { child, exited } = launch(init.argv, init.log)
    this.#child = child
    this.#exited = exited
  }

  get pid (): number {
    return this.#child.pid ?? -1
  }

  /** Resolves with the exit code (or signal name) once the process has exited. */
  get exited (): Promise<number | string> {
    return this.#exited
  }

  /** Waits until the QMP socket answers (rejects with the process log if it exits first). */
  async ready (timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs
    let exited = false
    void this.#exited.then(() => { exited = true })
    const addrs = [this.qmp, ...(this.control === undefined ? [] : [this.control])]
    for (const addr of addrs) {
      for (;;) {
        if (exited) throw new Error(`${this.#argv[0]} (${this.name}) exited during start: ${await this.logText()}`)
        try {
          const q = await QmpClient.connect(addr, { connectTimeoutMs: 2000 })
          await q.close()
          break
        } catch (err) {
          if (Date.now() > deadline) throw new Error(`${this.name}: QMP ${addr} not ready within ${timeoutMs} ms (${(err as Error).message}); log: ${await this.logText()}`)
          await new Promise(resolve => setTimeout(resolve, 25))
        }
      }
    }
  }

  /** The process's stdout/stderr so far. */
  async logText (): Promise<string> {
    return await readFile(this.log, 'utf8').catch(() => '')
  }

  /** Sends a signal by pid and waits for the exit (SIGKILL: an unclean stop, as a crash). */
  async kill (signal: NodeJS.Signals = 'SIGKILL'): Promise<number | string> {
    if (alive.has(this.pid)) {
      try { process.kill(this.pid, signal) } catch {}
    }
    return await this.#exited
  }

  /** A clean stop: QMP `quit`, SIGKILL if it does not exit within 10 s. */
  async stop (): Promise<void> {
    if (!alive.has(this.pid)) return
    try {
      const q = await QmpClient.connect(this.control ?? this.qmp, { connectTimeoutMs: 3000 })
      await q.execute('quit').catch(() => {})
      await q.close()
    } catch {
      try { process.kill(this.pid, 'SIGTERM') } catch {}
    }
    const timer = setTimeout(() => { try { process.kill(this.pid, 'SIGKILL') } catch {} }, 10_000)
    await this.#exited
    clearTimeout(timer)
  }

  /** Starts the same command line again after the process exited (same images, same sockets). */
  async restart (): Promise<void> {
    if (alive.has(this.pid)) throw new Error(`${this.name} (pid ${this.pid}) is still running; kill() or stop() it first`)
    const { child, exited } = launch(this.#argv, this.log)
    this.#child = child
    this.#exited = exited
    await this.ready()
  }

  /** The guest writes to a disk (node name for QSD, device id for a VM). */
  async write (disk: string, writes: GuestWrite[]): Promise<void> {
    const cmds = writes.map(w => `write -P 0x${w.pattern.toString(16)} ${w.offset} ${w.length}`)
    if (this.kind === 'qsd') {
      if (!this.disks.some(d => d.node === disk)) throw new Error(`${this.name} has no disk node ${disk}`)
      for (let i = 0; i < cmds.length; i += 200) {
        const out = await run('qemu-io', ['-f', 'raw', ...cmds.slice(i, i + 200).flatMap(c => ['-c', c]), `nbd+unix:///guest-${disk}?socket=${this.nbd!}`])
        if (/error|failed/i.test(out)) throw new Error(`guest write to ${disk} failed: ${out}`)
      }
      return
    }
    const d = this.disks.find(x => (x.id ?? x.node) === disk)
    if (d === undefined) throw new Error(`${this.name} has no disk device ${disk}`)
    const q = await QmpClient.connect(this.control!)
    try {
      for (const c of cmds) {
        const out = await q.execute<string>('human-monitor-command', { 'command-line': `qemu-io -d /machine/peripheral/${disk}/virtio-backend "${c}"` })
        if (out !== '') throw new Error(`guest write "${c}" to ${disk} failed: ${out}`)
      }
    } finally {
      await q.close()
    }
  }
}

/** A temp folder holding images, sockets and logs, and the processes started in it. */
export class QemuLab {
  readonly dir: string
  readonly #procs: QemuProcess[] = []

  private constructor (dir: string) {
    this.dir = dir
  }

  static async create (): Promise<QemuLab> {
    return new QemuLab(await mkdtemp(join(tmpdir(), 'meshbackup-qemu-')))
  }

  /** A path inside the lab folder. */
  path (name: string): string {
    return join(this.dir, name)
  }

  /**
   * Makes an image with qemu-img. `dataFile`: a qcow2 whose data lives in that raw file
   * (data_file_raw=on: raw-readable data and persistent bitmaps).
   */
  async image (name: string, format: 'raw' | 'qcow2', size: number, options: { dataFile?: string } = {}): Promise<string> {
    const file = this.path(name)
    const opts = options.dataFile === undefined ? [] : ['-o', `data_file=${this.path(options.dataFile)},data_file_raw=on`]
    await run('qemu-img', ['create', '-q', '-f', format, ...opts, file, String(size)])
    return file
  }

  /** Starts a qemu-storage-daemon holding `disks`, with a writable `guest-<node>` NBD export per disk. */
  async qsd (name: string, disks: LabDisk[]): Promise<QemuProcess> {
    const qmpPath = this.path(`${name}.qmp`)
    const nbdPath = this.path(`${name}.nbd`)
    const argv = ['qemu-storage-daemon',
      '--chardev', `socket,id=qmp0,path=${qmpPath},server=on,wait=off`,
      '--monitor', 'chardev=qmp0',
      ...disks.flatMap(d => [
        '--blockdev', `driver=file,node-name=${d.node}-file,filename=${d.file}`,
        '--blockdev', `driver=${d.format},node-name=${d.node},file=${d.node}-file`]),
      '--nbd-server', `addr.type=unix,addr.path=${nbdPath}`,
      ...disks.flatMap(d => ['--export', `type=nbd,id=guest-${d.node},node-name=${d.node},name=guest-${d.node},writable=on`])]
    return await this.#start(new QemuProcess({ kind: 'qsd', name, qmp: `unix:${qmpPath}`, nbd: nbdPath, disks, log: this.path(`${name}.log`), argv }))
  }

  /**
   * Starts a never-running qemu-system-x86_64 VM with one virtio-blk device per disk (`machine`:
   * pc by default; `args`: more of the command line, e.g. PCIe root ports).
   */
  async vm (name: string, disks: LabDisk[], options: { uuid?: string, machine?: string, args?: string[] } = {}): Promise<QemuProcess> {
    const qmpPath = this.path(`${name}.qmp`)
    const controlPath = this.path(`${name}-control.qmp`)
    const argv = ['qemu-system-x86_64', '-name', name, ...(options.uuid === undefined ? [] : ['-uuid', options.uuid]),
      '-machine', options.machine ?? 'pc', '-S', '-nodefaults', '-display', 'none', ...(options.args ?? []),
      '-qmp', `unix:${qmpPath},server=on,wait=off`,
      '-qmp', `unix:${controlPath},server=on,wait=off`,
      ...disks.flatMap(d => [
        '-blockdev', `driver=file,node-name=${d.node}-file,filename=${d.file}`,
        '-blockdev', `driver=${d.format},node-name=${d.node},file=${d.node}-file`,
        '-device', `virtio-blk-pci,drive=${d.node},id=${d.id ?? d.node}`])]
    return await this.#start(new QemuProcess({ kind: 'vm', name, qmp: `unix:${qmpPath}`, control: `unix:${controlPath}`, disks, log: this.path(`${name}.log`), argv }))
  }

  /** Kills (by pid) every process still running and removes the lab folder. */
  async cleanup (): Promise<void> {
    await Promise.all(this.#procs.splice(0).map(async p => { await p.kill('SIGKILL') }))
    await rm(this.dir, { recursive: true, force: true })
  }

  async #start (proc: QemuProcess): Promise<QemuProcess> {
    this.#procs.push(proc)
    await proc.ready()
    return proc
  }
}

function launch (argv: string[], log: string): { child: ChildProcess, exited: Promise<number | string> } {
  const fd = openSync(log, 'a')
  const child = spawn(argv[0]!, argv.slice(1), { stdio: ['ignore', fd, fd] })
  closeSync(fd)
  if (child.pid !== undefined) alive.add(child.pid)
  const pid = child.pid
  const exited = new Promise<number | string>(resolve => {
    child.once('exit', (code, signal) => {
      if (pid !== undefined) alive.delete(pid)
      resolve(code ?? signal ?? -1)
    })
    child.once('error', () => {
      if (pid !== undefined) alive.delete(pid)
      resolve(-1)
    })
  })
  return { child, exited }
}

/** A qemu-nbd server started with --fork (its parent exits once the server listens), stopped by pid. */
export interface QemuNbd {
  pid: number
  stop: () => Promise<void>
}

export async function startQemuNbd (dir: string, args: string[]): Promise<QemuNbd> {
  const pidFile = join(dir, `qemu-nbd-${Math.random().toString(36).slice(2)}.pid`)
  await run('qemu-nbd', ['--fork', `--pid-file=${pidFile}`, ...args])
  const pid = Number((await readFile(pidFile, 'utf8')).trim())
  return { pid, stop: async () => { await stopPid(pid) } }
}

/** SIGTERM, then SIGKILL if the process has not exited (or become a zombie) within `graceMs`. */
export async function stopPid (pid: number, graceMs = 5000): Promise<void> {
  try { process.kill(pid, 'SIGTERM') } catch { return }
  const deadline = Date.now() + graceMs
  while (Date.now() < deadline) {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '')
    if (stat === '' || / Z /.test(stat.slice(stat.lastIndexOf(')')))) return
    await new Promise(resolve => setTimeout(resolve, 10))
  }
  try { process.kill(pid, 'SIGKILL') } catch {}
}
