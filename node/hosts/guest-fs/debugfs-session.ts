/**
 * @packageDocumentation
 * One long-running `debugfs -c -f -` over a filesystem, fed commands on stdin: the filesystem is
 * opened once per browse (catastrophic mode reads no bitmaps, so opening is O(1) whatever its
 * size), and every later command costs only the blocks it reads. debugfs echoes each command on
 * stdout as `debugfs: CMD` and writes errors on stderr; after every command the session sends a
 * marker (an unknown command) whose echo closes the command's stdout and whose "Command not
 * found" closes its stderr, so many commands can be in flight at once and each gets its own
 * output. Output is kept as latin1 text, one character per byte, so byte counts (a symlink
 * target's size) hold; names are turned to UTF-8 by the parsers.
 *
 * @example
 * ```ts
 * const session = await DebugfsSession.open({ device: '/tmp/disk.raw', offset: 1048576 })
 * const { out } = await session.run('ls -p /')
 * await session.close()
 * ```
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process'
import type { Readable, Writable } from 'node:stream'
import { GuestFsError } from './guest-fs-error.ts'
import { tiedToDaemon } from '../../core/tied-child.ts'

export interface DebugfsSessionInit {
  /** the disk file (a raw image, or the file nbdfuse shows) */
  device: string
  /** where the filesystem starts in it, in bytes (a partition's offset) */
  offset?: number
  /** the debugfs program; default `debugfs` on PATH */
  program?: string
}

/** What one command wrote: stdout without its echo, and stderr. Both latin1 text. */
export interface DebugfsOutput {
  out: string
  err: string
}

interface Pending {
  marker: string
  resolve: (output: DebugfsOutput) => void
  reject: (err: Error) => void
}

const MARKER = 'meshbackup-sync-'

/** A debugfs process and the commands waiting for its answers, in order. */
export class DebugfsSession {
  readonly device: string
  private readonly child: ChildProcessByStdio<Writable, Readable, Readable>
  private readonly pending: Pending[] = []
  private stdout = ''
  private stderr = ''
  private next = 0
  private closed?: GuestFsError
  private readonly exited: Promise<void>

  private constructor (device: string, child: ChildProcessByStdio<Writable, Readable, Readable>) {
    this.device = device
    this.child = child
    child.stdout.setEncoding('latin1')
    child.stderr.setEncoding('latin1')
    child.stdout.on('data', (s: string) => { this.stdout += s; this.drain() })
    child.stderr.on('data', (s: string) => { this.stderr += s; this.drain() })
    child.stdin.on('error', () => {}) // EPIPE after an exit: the exit handler answers the waiters
    this.exited = new Promise((resolve) => {
      child.on('close', (code, signal) => {
        this.fail(new GuestFsError('ERR_FS_SESSION_CLOSED', `debugfs on ${device} ended (${signal ?? `exit ${code ?? '?'}`})${this.stderr.trim() !== '' ? ': ' + lastLines(this.stderr) : ''}`, { subject: device }))
        resolve()
      })
    })
  }

  /**
   * Starts debugfs on the filesystem and checks it opened: a device that is not ext2/3/4 or
   * cannot be read is ERR_FS_READ_FAILED with debugfs's words; no debugfs is ERR_FS_TOOL_MISSING.
   */
  static async open (init: DebugfsSessionInit): Promise<DebugfsSession> {
    const offset = init.offset ?? 0
    const device = offset > 0 ? `${init.device}?offset=${offset}` : init.device
    const program = init.program ?? 'debugfs'
    const child = spawn(...tiedToDaemon(program, ['-c', '-f', '-', device]), {
      stdio: ['pipe', 'pipe', 'pipe'],
      // never a pager between debugfs and us
      env: { ...process.env, DEBUGFS_PAGER: '__none__', PAGER: '__none__', LANG: 'C', LC_ALL: 'C' }
    })
    const spawned = await new Promise<Error | undefined>((resolve) => {
      child.once('spawn', () => resolve(undefined))
      child.once('error', (err) => resolve(err))
    })
    if (spawned != null) {
      const missing = (spawned as NodeJS.ErrnoException).code === 'ENOENT'
      throw new GuestFsError(missing ? 'ERR_FS_TOOL_MISSING' : 'ERR_FS_READ_FAILED',
        missing ? `${program} is not installed: file-level restore needs e2fsprogs (Debian: apt-get install e2fsprogs)` : `cannot start ${program}: ${spawned.message}`, { subject: device, cause: spawned })
    }
    const session = new DebugfsSession(device, child)
    const { out, err } = await session.run('stats -h')
    if (/while trying to open|Filesystem not open/.test(err) || !/Block size:/.test(out)) {
      await session.close()
      throw new GuestFsError('ERR_FS_READ_FAILED', `debugfs cannot open the filesystem on ${device}: ${lastLines(err) || 'no superblock'}`, { subject: device })
    }
    session.header = out
    return session
  }

  /** what `stats -h` printed when the session opened (block size, features, …) */
  header = ''

  /** Runs one command (no newline in it); resolves with what it printed. */
  async run (command: string): Promise<DebugfsOutput> {
    if (this.closed != null) throw this.closed
    if (/[\n\r\0]/.test(command)) throw new GuestFsError('ERR_FS_BAD_PATH', `a debugfs command cannot hold a newline or NUL: ${JSON.stringify(command)}`, { subject: this.device })
    const marker = MARKER + String(this.next++)
    return await new Promise<DebugfsOutput>((resolve, reject) => {
      this.pending.push({ marker, resolve, reject })
      this.child.stdin.write(Buffer.from(`${command}\n${marker}\n`, 'utf8'))
    })
  }

  /**
   * Answers the commands whose marker came back on both streams, in order. The buffers are cut
   * once per call, not once per command: a thousand pipelined stats stay linear.
   */
  private drain (): void {
    let outAt = 0
    let errAt = 0
    for (;;) {
      const head = this.pending[0]
      if (head == null) break
      const outMark = `debugfs: ${head.marker}\n`
      const errMark = `Command not found ${head.marker}\n`
      const outEnd = this.stdout.indexOf(outMark, outAt)
      if (outEnd < 0) break
      const errEnd = this.stderr.indexOf(errMark, errAt)
      if (errEnd < 0) break
      let out = this.stdout.slice(outAt, outEnd)
      outAt = outEnd + outMark.length
      // the stderr line is "debugfs: Command not found MARKER": its own line, dropped whole
      const lineStart = this.stderr.lastIndexOf('\n', errEnd) + 1
      const err = lineStart > errAt ? this.stderr.slice(errAt, lineStart) : ''
      errAt = errEnd + errMark.length
      if (out.startsWith('debugfs: ')) out = out.slice(out.indexOf('\n') + 1)
      this.pending.shift()
      head.resolve({ out, err })
    }
    if (outAt > 0) this.stdout = this.stdout.slice(outAt)
    if (errAt > 0) this.stderr = this.stderr.slice(errAt)
  }

  private fail (err: GuestFsError): void {
    this.closed ??= err
    for (const p of this.pending.splice(0)) p.reject(this.closed)
  }

  /** Ends debugfs (quit, then SIGKILL if it lingers); waiting commands get ERR_FS_SESSION_CLOSED. */
  async close (): Promise<void> {
    if (this.child.exitCode != null || this.child.signalCode != null) { await this.exited; return }
    this.fail(new GuestFsError('ERR_FS_SESSION_CLOSED', `the debugfs session on ${this.device} was closed`, { subject: this.device }))
    this.child.stdin.end('quit\n')
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 2000)
    await this.exited
    clearTimeout(timer)
  }
}

function lastLines (text: string): string {
  return text.trim().split('\n').filter((l) => !/^debugfs \d/.test(l)).slice(-3).join('; ')
}
