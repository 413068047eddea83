/**
 * Test helper: a real OpenSSH sshd on 127.0.0.1 and a free port, standing in for a guest's SSH
 * server. Host key, user key (authorized), a second key that is not authorized, config and pid
 * file all live in a temp folder; the login user is the current user. Stopped by pid.
 *
 * As root, sshd needs its privilege separation folder /run/sshd (a systemd unit normally makes
 * it); the helper creates it when missing and removes it again when the last sshd stops.
 *
 * @example
 * ```ts
 * const sshd = await startSshd(this)   // skips (or fails on CI) when sshd/ssh-keygen are missing
 * // connect to 127.0.0.1:sshd.port as sshd.user with sshd.privateKey
 * await sshd.stop()
 * ```
 */
import { execFile, spawn } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, rmdir, stat, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir, userInfo } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { killChild, requireBinary } from './qga.ts'

const SSHD = '/usr/sbin/sshd'
const SSH_KEYGEN = '/usr/bin/ssh-keygen'
const PRIVSEP_DIR = '/run/sshd'

export interface Sshd {
  port: number
  user: string
  /** OpenSSH private key text of a key sshd accepts. */
  privateKey: string
  /** A valid key sshd does not accept. */
  wrongKey: string
  dir: string
  pid: number
  /** The tail of sshd's log (LogLevel VERBOSE: every authentication attempt is in it) */
  log: () => string
  /** Kills sshd (by pid) and removes its folder. */
  stop: () => Promise<void>
}

let running = 0
let madePrivsepDir = false

/** A TCP port on 127.0.0.1 that nothing listens on (it was free a moment ago). */
export async function freePort (): Promise<number> {
  const server = createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise(resolve => server.close(resolve))
  if (address === null || typeof address === 'string') throw new Error('no port')
  return address.port
}

async function keygen (path: string): Promise<void> {
  await promisify(execFile)(SSH_KEYGEN, ['-q', '-t', 'ed25519', '-N', '', '-C', 'meshbackup-test', '-f', path])
}

/** Starts sshd and waits until it reports that it listens. */
export async function startSshd (ctx: Mocha.Context): Promise<Sshd> {
  await requireBinary(ctx, SSHD)
  await requireBinary(ctx, SSH_KEYGEN)
  if (process.getuid?.() === 0) {
    const exists = await stat(PRIVSEP_DIR).then(() => true, () => false)
    if (!exists) {
      await mkdir(PRIVSEP_DIR, { mode: 0o755 })
      madePrivsepDir = true
    }
  }
  const dir = await mkdtemp(join(tmpdir(), 'meshbackup-sshd-'))
  await Promise.all([keygen(join(dir, 'host_key')), keygen(join(dir, 'user_key')), keygen(join(dir, 'wrong_key'))])
  await writeFile(join(dir, 'authorized_keys'), await readFile(join(dir, 'user_key.pub')))
  const user = userInfo().username
  const port = await freePort()
  const config = join(dir, 'sshd_config')
  await writeFile(config, [
    `Port ${port}`,
    'ListenAddress 127.0.0.1',
    `HostKey ${join(dir, 'host_key')}`,
    `PidFile ${join(dir, 'sshd.pid')}`,
    `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
    'UsePAM no',
    'StrictModes no',
    'PubkeyAuthentication yes',
    'PasswordAuthentication no',
    'KbdInteractiveAuthentication no',
    'PermitRootLogin prohibit-password',
    `AllowUsers ${user}`,
    'Subsystem sftp internal-sftp',
    'MaxStartups 100',
    'LogLevel VERBOSE',
    ''
  ].join('\n'))

  running++
  const child = spawn(SSHD, ['-D', '-e', '-f', config], { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  const stop = async (): Promise<void> => {
    await killChild(child)
    await rm(dir, { recursive: true, force: true })
    if (--running === 0 && madePrivsepDir) {
      await rmdir(PRIVSEP_DIR).catch(() => {})
      madePrivsepDir = false
    }
  }
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => { reject(new Error(`sshd did not start listening within 10 s: ${stderr}`)) }, 10_000)
      child.stderr?.on('data', (d: Buffer) => {
        stderr = (stderr + d.toString()).slice(-65536) // read on: a full pipe would block sshd
        if (stderr.includes(`Server listening on 127.0.0.1 port ${port}`)) { clearTimeout(timer); resolve() }
      })
      child.once('exit', (code, signal) => { clearTimeout(timer); reject(new Error(`sshd exited (${code ?? signal}) before listening: ${stderr}`)) })
    })
  } catch (err) {
    await stop()
    throw err
  }
  return {
    port,
    user,
    privateKey: await readFile(join(dir, 'user_key'), 'utf8'),
    wrongKey: await readFile(join(dir, 'wrong_key'), 'utf8'),
    dir,
    pid: child.pid ?? 0,
    log: () => stderr,
    stop
  }
}
