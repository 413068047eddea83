/**
 * @packageDocumentation
 * Guest processing over SSH (ssh2): connect with a key or a password, make a private temp folder
 * with `mktemp -d`, upload the scripts with SFTP (mode 0700), run them with a deadline (the
 * script's process group is killed when it passes), and `rm -rf` the folder at close.
 *
 * With `hostKey`, the guest must present that host key (its SHA-256 fingerprint, as
 * `ssh-keygen -l` prints it) before any credential is sent; without, the key is accepted and its
 * fingerprint reported, for the caller to pin. Credentials never appear in errors or logs.
 *
 * @example
 * ```ts
 * const ssh = await openSshRunner({ host: '10.0.0.5', port: 22, user: 'backup', privateKey,
 *   scripts: { 'pre-freeze': 'sync\n' } })
 * const r = await ssh.run('pre-freeze', { timeoutMs: 600_000 })
 * await ssh.close()
 * ```
 */
import { createHash } from 'node:crypto'
import { Client, type ClientChannel, type ConnectConfig, type SFTPWrapper } from 'ssh2'
import { GuestError } from './errors.ts'
import {
  OutputTail, killText, launchText, scriptPaths, shq,
  type RunOptions, type ScriptName, type ScriptResult, type ScriptRunner, type Scripts
} from './script-runner.ts'

export const DEFAULT_SSH_CONNECT_TIMEOUT_MS = 10_000

/** Short commands (mktemp, upload, kill, rm) must finish within this long. */
const COMMAND_TIMEOUT_MS = 30_000

export interface SshRunnerInit {
  host: string
  port: number
  user: string
  privateKey?: string
  password?: string
  scripts: Scripts
  /** Bound for the TCP connection and the SSH handshake. Default 10 s. */
  connectTimeoutMs?: number
  /** The host key fingerprint (SHA256:…) the guest must present; undefined: any, reported */
  hostKey?: string
  signal?: AbortSignal
}

interface ExecResult {
  code: number | null
  signal: string | null
  stdout: string
  stderr: string
}

/** A running remote command: its end, and a way to give up on it. */
interface RemoteProcess {
  done: Promise<ExecResult>
  channel: ClientChannel
}

/** Connects, makes the temp folder and uploads the scripts; fails with a GuestError saying why. */
export async function openSshRunner (init: SshRunnerInit): Promise<SshRunner> {
  const target = `${init.user}@${init.host}:${init.port}`
  const client = new Client()
  let hostKey = ''
  const config: ConnectConfig = {
    host: init.host,
    port: init.port,
    username: init.user,
    readyTimeout: init.connectTimeoutMs ?? DEFAULT_SSH_CONNECT_TIMEOUT_MS,
    tryKeyboard: init.password !== undefined,
    hostVerifier: (key: Buffer): boolean => {
      hostKey = 'SHA256:' + createHash('sha256').update(key).digest('base64').replace(/=+$/, '')
      return init.hostKey === undefined || hostKey === init.hostKey
    }
  }
  if (init.privateKey !== undefined) config.privateKey = init.privateKey
  if (init.password !== undefined) config.password = init.password
  if (init.privateKey === undefined && init.password === undefined) {
    throw new GuestError('ERR_GUEST_SSH_AUTH', `no SSH private key or password is configured for ${target}`)
  }
  if (init.password !== undefined) {
    const password = init.password
    client.on('keyboard-interactive', (_name, _instructions, _lang, prompts, finish) => { finish(prompts.map(() => password)) })
  }

  // ssh2 can report more errors after the first (e.g. "Connection lost before handshake" after
  // a timeout): those that come after the one we act on must not become uncaught exceptions
  client.on('error', () => {})
  await new Promise<void>((resolve, reject) => {
    const onAbort = (): void => { cleanup(); client.end(); reject(init.signal?.reason) }
    const cleanup = (): void => {
      init.signal?.removeEventListener('abort', onAbort)
      client.off('ready', onReady)
      client.off('error', onError)
      client.off('close', onClose)
    }
    const onReady = (): void => { cleanup(); resolve() }
    const onError = (err: Error & { level?: string, code?: string }): void => {
      cleanup()
      client.end()
      reject(init.hostKey !== undefined && hostKey !== '' && hostKey !== init.hostKey
        ? new GuestError('ERR_GUEST_HOST_KEY', `SSH to ${target}: the guest's host key is ${hostKey}, not ${init.hostKey} as pinned for it; ` +
          'no credential was sent. Another machine may answer at that address; if the guest was reinstalled, pin its new key with ' +
          '`meshbackup job add … --guest-host-key VM=' + hostKey + '`', { cause: err })
        : connectError(err, target, init))
    }
    const onClose = (): void => {
      cleanup()
      reject(new GuestError('ERR_GUEST_SSH_UNREACHABLE', `SSH to ${target}: the connection closed before the handshake finished`))
    }
    client.on('ready', onReady)
    client.on('error', onError)
    client.on('close', onClose)
    init.signal?.addEventListener('abort', onAbort, { once: true })
    try {
      client.connect(config)
    } catch (err) {
      // ssh2 throws here for a private key it cannot parse; its message does not contain the key
      cleanup()
      reject(new GuestError('ERR_GUEST_SSH_AUTH', `SSH to ${target}: the private key cannot be used (${(err as Error).message})`, { cause: err }))
    }
  })

  const runner = new SshRunner(client, target, hostKey)
  try {
    await runner.setup(init.scripts)
  } catch (err) {
    await runner.close()
    throw err
  }
  return runner
}

function connectError (err: Error & { level?: string, code?: string }, target: string, init: SshRunnerInit): GuestError {
  if (err.level === 'client-authentication') {
    const what = init.privateKey !== undefined ? 'key' : 'password'
    return new GuestError('ERR_GUEST_SSH_AUTH',
      `SSH to ${target}: authentication failed (wrong ${what}, or the guest does not allow user ${init.user}): ${err.message}`, { cause: err })
  }
  if (err.level === 'client-timeout') {
    return new GuestError('ERR_GUEST_SSH_UNREACHABLE',
      `SSH to ${target}: no SSH handshake within ${init.connectTimeoutMs ?? DEFAULT_SSH_CONNECT_TIMEOUT_MS} ms (firewall, wrong port, or the guest is down)`, { cause: err })
  }
  const why = err.code === 'ECONNREFUSED'
    ? 'connection refused (no SSH server listens on that port)'
    : err.code === 'EHOSTUNREACH' || err.code === 'ENETUNREACH'
      ? `no route to the guest (${err.code})`
      : err.message
  return new GuestError('ERR_GUEST_SSH_UNREACHABLE', `SSH to ${target}: ${why}`, { cause: err })
}

/** An SSH connection holding the uploaded scripts. */
export class SshRunner implements ScriptRunner {
  readonly channel = 'ssh' as const
  /** `user@host:port`. */
  readonly target: string
  /** The server's host key fingerprint, `SHA256:...` as ssh-keygen -l prints it. */
  readonly hostKey: string
  dir = ''
  private readonly client: Client
  private readonly texts: Scripts = {}
  private closed = false

  constructor (client: Client, target: string, hostKey: string) {
    this.client = client
    this.target = target
    this.hostKey = hostKey
  }

  /** Makes the temp folder and uploads the scripts. */
  async setup (scripts: Scripts): Promise<void> {
    const made = await this.command('mktemp -d "${TMPDIR:-/tmp}/meshbackup-guest.XXXXXXXX"')
    const dir = made.stdout.trim()
    if (made.code !== 0 || !dir.startsWith('/')) {
      throw this.failed(`mktemp -d failed (exit ${made.code}): ${made.stderr.trim()}`)
    }
    this.dir = dir
    for (const [name, text] of Object.entries(scripts) as Array<[ScriptName, string | undefined]>) {
      if (text === undefined || text === '') continue
      await this.upload(scriptPaths(dir, name).script, text)
      this.texts[name] = text
    }
  }

  async run (name: ScriptName, options: RunOptions): Promise<ScriptResult> {
    const text = this.texts[name]
    if (text === undefined) throw this.failed(`no ${name} script was uploaded`)
    const { script, pidFile } = scriptPaths(this.dir, name)
    // sshd makes the command's shell a session leader: its pid is the script's process group
    const inner = `echo $$ > ${shq(pidFile)} && cd ${shq(this.dir)} && ${launchText(script, text, options.timeoutMs)}`
    const started = Date.now()
    const proc = await this.start(`exec /bin/sh -c ${shq(inner)}`)
    let timedOut = false
    let aborted = false
    const timer = setTimeout(() => { timedOut = true; void this.kill(pidFile, proc) }, options.timeoutMs)
    const onAbort = (): void => { aborted = true; void this.kill(pidFile, proc) }
    options.signal?.addEventListener('abort', onAbort, { once: true })
    try {
      const r = await proc.done
      if (aborted) throw options.signal?.reason
      if (!timedOut && r.code === null && r.signal === null) throw this.failed(`the connection was lost before the ${name} script ended`)
      return { exitCode: r.code, signal: r.signal, stdout: r.stdout, stderr: r.stderr, timedOut, durationMs: Date.now() - started }
    } finally {
      clearTimeout(timer)
      options.signal?.removeEventListener('abort', onAbort)
    }
  }

  async close (): Promise<string | undefined> {
    if (this.closed) return undefined
    this.closed = true
    let problem: string | undefined
    if (this.dir !== '') {
      try {
        const r = await this.command(`rm -rf -- ${shq(this.dir)}`)
        if (r.code !== 0) problem = `rm -rf ${this.dir} exited ${r.code}: ${r.stderr.trim()}`
      } catch (err) {
        problem = `could not remove ${this.dir}: ${(err as Error).message}`
      }
    }
    await new Promise<void>(resolve => {
      this.client.once('close', () => { resolve() })
      this.client.end()
      setTimeout(resolve, 2_000).unref()
    })
    return problem
  }

  /** Kills the script's process group, then gives its channel 5 s to close before dropping it. */
  private async kill (pidFile: string, proc: RemoteProcess): Promise<void> {
    try {
      await this.command(killText(pidFile))
    } catch {
      // the connection is gone: sshd ends the session, the guest's `timeout` ends the script
    }
    const t = setTimeout(() => { proc.channel.close() }, 5_000)
    await proc.done.catch(() => {})
    clearTimeout(t)
  }

  private async upload (path: string, text: string): Promise<void> {
    let sftp: SFTPWrapper | undefined
    try {
      sftp = await new Promise<SFTPWrapper>((resolve, reject) => {
        this.client.sftp((err, s) => { if (err !== undefined && err !== null) reject(err); else resolve(s) })
      })
    } catch {
      // no SFTP subsystem in this guest: stream the file through cat instead
      const r = await this.command(`umask 077 && cat > ${shq(path)} && chmod 0700 ${shq(path)}`, text)
      if (r.code !== 0) throw this.failed(`uploading ${path} failed (exit ${r.code}): ${r.stderr.trim()}`)
      return
    }
    try {
      await new Promise<void>((resolve, reject) => {
        sftp.writeFile(path, text, { mode: 0o700 }, (err) => { if (err !== undefined && err !== null) reject(err); else resolve() })
      })
    } catch (err) {
      throw this.failed(`uploading ${path} with SFTP failed: ${(err as Error).message}`, err)
    } finally {
      sftp.end()
    }
  }

  /** Runs a short shell command to its end. */
  private async command (text: string, input?: string): Promise<ExecResult> {
    const proc = await this.start(`exec /bin/sh -c ${shq(text)}`, input)
    const t = setTimeout(() => { proc.channel.close() }, COMMAND_TIMEOUT_MS)
    try {
      return await proc.done
    } finally {
      clearTimeout(t)
    }
  }

  private async start (command: string, input?: string): Promise<RemoteProcess> {
    const channel = await new Promise<ClientChannel>((resolve, reject) => {
      try {
        this.client.exec(command, (err, ch) => { if (err !== undefined && err !== null) reject(this.failed(`cannot start a command: ${err.message}`, err)); else resolve(ch) })
      } catch (err) {
        reject(this.failed(`cannot start a command: ${(err as Error).message}`, err))
      }
    })
    const stdout = new OutputTail()
    const stderr = new OutputTail()
    let code: number | null = null
    let signal: string | null = null
    const done = new Promise<ExecResult>(resolve => {
      channel.on('data', (d: Buffer) => { stdout.push(d) })
      channel.stderr.on('data', (d: Buffer) => { stderr.push(d) })
      channel.on('exit', (c: number | null, s?: string) => { code = c; signal = s ?? null })
      channel.on('close', () => { resolve({ code, signal, stdout: stdout.toString(), stderr: stderr.toString() }) })
    })
    channel.end(input)
    return { done, channel }
  }

  private failed (message: string, cause?: unknown): GuestError {
    return new GuestError('ERR_GUEST_SSH_FAILED', `SSH to ${this.target}: ${message}`, { cause })
  }
}
