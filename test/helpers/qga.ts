/**
 * Test helper: a real qemu-ga listening on a unix socket in a temp folder, standing in for the
 * agent inside a guest. It runs on THIS machine, so every RPC that could change the machine is
 * blocked with -b; above all the fsfreeze commands, which would freeze this host's filesystems.
 *
 * @example
 * ```ts
 * const agent = await startQga(this)   // skips (or fails on CI) when qemu-ga is missing
 * const qga = await QgaClient.connect(agent.address)
 * await agent.stop()
 * ```
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { access, mkdtemp, readFile, rm } from 'node:fs/promises'
import { constants } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const QGA_BINARY = '/usr/sbin/qemu-ga'

/** Never allowed on a test host: freezing, powering off, clock/password/cpu/memory changes. */
export const QGA_BLOCKED = [
  'guest-fsfreeze-freeze', 'guest-fsfreeze-freeze-list', 'guest-fsfreeze-thaw',
  'guest-shutdown', 'guest-suspend-disk', 'guest-suspend-ram', 'guest-suspend-hybrid',
  'guest-set-time', 'guest-set-user-password', 'guest-set-vcpus', 'guest-set-memory-blocks',
  'guest-fstrim', 'guest-ssh-add-authorized-keys', 'guest-ssh-remove-authorized-keys'
]

export interface QgaAgent {
  /** `unix:PATH` as the job's qga setting spells it. */
  address: string
  socket: string
  dir: string
  pid: number
  /** Kills the agent (by pid) and removes its folder. */
  stop: () => Promise<void>
}

/** Skips the running test with a loud notice when `binary` is missing; fails instead on CI. */
export async function requireBinary (ctx: Mocha.Context, binary: string): Promise<void> {
  try {
    await access(binary, constants.X_OK)
  } catch {
    const msg = `${binary} is not installed: this test needs it`
    if (process.env.CI === 'true') throw new Error(msg)
    console.warn(`\n  !!! SKIPPED: ${msg} (install it; on CI this fails) !!!\n`)
    ctx.skip()
  }
}

/** Starts qemu-ga on a fresh unix socket and waits until it accepts connections. */
export async function startQga (ctx: Mocha.Context): Promise<QgaAgent> {
  await requireBinary(ctx, QGA_BINARY)
  const dir = await mkdtemp(join(tmpdir(), 'meshbackup-qga-'))
  const socket = join(dir, 'qga.sock')
  const child = spawn(QGA_BINARY, [
    '-m', 'unix-listen', '-p', socket, '-t', dir, '-f', join(dir, 'qga.pid'),
    '-l', join(dir, 'qga.log'), '-b', QGA_BLOCKED.join(',')
  ], { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr?.on('data', (d: Buffer) => { stderr += d.toString() })
  const stop = async (): Promise<void> => {
    await killChild(child)
    await rm(dir, { recursive: true, force: true })
  }
  try {
    await waitForSocket(socket, child, 10_000, () => stderr)
  } catch (err) {
    await stop()
    throw err
  }
  return { address: `unix:${socket}`, socket, dir, pid: child.pid ?? 0, stop }
}

/** The agent's own log, for failure messages. */
export async function qgaLog (agent: QgaAgent): Promise<string> {
  return await readFile(join(agent.dir, 'qga.log'), 'utf8').catch(() => '')
}

async function waitForSocket (path: string, child: ChildProcess, timeoutMs: number, stderr: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`qemu-ga exited (${child.exitCode ?? child.signalCode}) before listening: ${stderr()}`)
    }
    const ok = await new Promise<boolean>(resolve => {
      const s = connect({ path })
      s.once('connect', () => { s.destroy(); resolve(true) })
      s.once('error', () => { resolve(false) })
    })
    if (ok) return
    if (Date.now() > deadline) throw new Error(`qemu-ga did not listen on ${path} within ${timeoutMs} ms: ${stderr()}`)
    await new Promise(resolve => setTimeout(resolve, 20))
  }
}

/** Ends a child we started, by its pid: SIGTERM, then SIGKILL after 5 s. */
export async function killChild (child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>(resolve => child.once('exit', () => { resolve() }))
  child.kill('SIGTERM')
  const timer = setTimeout(() => { child.kill('SIGKILL') }, 5_000)
  await exited
  clearTimeout(timer)
}
