/**
 * @packageDocumentation
 * Guest processing through the QEMU guest agent, the fallback when SSH cannot reach the guest:
 * `mktemp -d` and the scripts are injected with guest-exec and guest-file-open/write/close, run
 * with guest-exec and guest-exec-status polling, and the folder removed with guest-exec rm.
 *
 * qemu-ga 7.2 cannot kill what guest-exec started, and its children share the agent's own
 * process group. So each script is started under `setsid` (its own group, id written to
 * `NAME.pid`), and a script past its deadline is killed by a second guest-exec of kill on that
 * group, never on the agent's.
 *
 * @example
 * ```ts
 * const qga = await QgaClient.connect('unix:/run/qemu/vm1-qga.sock')
 * const runner = await openQgaRunner({ qga, scripts: { 'pre-freeze': 'sync\n' } })
 * const r = await runner.run('pre-freeze', { timeoutMs: 600_000 })
 * await runner.close()
 * ```
 */
import type { QgaClient } from '../../../node/hosts/qemu/qga.ts'
import { GuestError } from './errors.ts'
import {
  OUTPUT_TAIL_BYTES, killText, launchText, scriptPaths, shq,
  type RunOptions, type ScriptName, type ScriptResult, type ScriptRunner, type Scripts
} from './script-runner.ts'

/** Short commands (mktemp, chmod, kill, rm) must finish within this long. */
const COMMAND_TIMEOUT_MS = 30_000

/** A killed script must be gone within this long. */
const KILL_GRACE_MS = 10_000

export interface QgaRunnerInit {
  /** A connected agent; the runner uses it but does not close it. */
  qga: QgaClient
  scripts: Scripts
}

/** Makes the temp folder in the guest and injects the scripts; fails with ERR_GUEST_QGA_FAILED. */
export async function openQgaRunner (init: QgaRunnerInit): Promise<QgaRunner> {
  const runner = new QgaRunner(init.qga)
  try {
    await runner.setup(init.scripts)
  } catch (err) {
    await runner.close()
    if (err instanceof GuestError) throw err
    throw runner.failed(`cannot inject the scripts: ${(err as Error).message}`, err)
  }
  return runner
}

/** Scripts injected into the guest through its agent. */
export class QgaRunner implements ScriptRunner {
  readonly channel = 'qga' as const
  dir = ''
  private readonly qga: QgaClient
  private readonly texts: Scripts = {}
  private closed = false

  constructor (qga: QgaClient) {
    this.qga = qga
  }

  async setup (scripts: Scripts): Promise<void> {
    const made = await this.sh('mktemp -d "${TMPDIR:-/tmp}/meshbackup-guest.XXXXXXXX"')
    const dir = made.stdout.trim()
    if (made.exitCode !== 0 || !dir.startsWith('/')) {
      throw this.failed(`mktemp -d failed in the guest (exit ${made.exitCode}): ${made.stderr.trim()}`)
    }
    this.dir = dir
    for (const [name, text] of Object.entries(scripts) as Array<[ScriptName, string | undefined]>) {
      if (text === undefined || text === '') continue
      const { script } = scriptPaths(dir, name)
      await this.qga.writeFile(script, text)
      const chmod = await this.sh(`chmod 0700 ${shq(script)}`)
      if (chmod.exitCode !== 0) throw this.failed(`chmod of ${script} failed: ${chmod.stderr.trim()}`)
      this.texts[name] = text
    }
  }

  async run (name: ScriptName, options: RunOptions): Promise<ScriptResult> {
    const text = this.texts[name]
    if (text === undefined) throw this.failed(`no ${name} script was injected`)
    const { script, pidFile } = scriptPaths(this.dir, name)
    const launch = launchText(script, text, options.timeoutMs)
    const inGroup = `echo $$ > ${shq(pidFile)} && ${launch}`
    const outer = `cd ${shq(this.dir)} && if command -v setsid >/dev/null 2>&1; then exec setsid /bin/sh -c ${shq(inGroup)}; else ${launch}; fi`
    const started = Date.now()
    const deadline = started + options.timeoutMs
    const pid = await this.qga.exec('/bin/sh', ['-c', outer])
    let pause = 20
    let timedOut = false
    let killedAt = 0
    for (;;) {
      const st = await this.qga.execStatus(pid)
      const aborted = options.signal?.aborted === true
      if (st.exited) {
        if (aborted) throw options.signal?.reason
        return {
          exitCode: st.exitCode,
          signal: st.signal === null ? null : String(st.signal),
          stdout: tail(st.stdout),
          stderr: tail(st.stderr),
          timedOut,
          durationMs: Date.now() - started
        }
      }
      if (killedAt === 0 && (Date.now() >= deadline || aborted)) {
        timedOut = !aborted
        await this.sh(killText(pidFile, pid))
        killedAt = Date.now()
        pause = 20
        continue
      }
      if (killedAt !== 0 && Date.now() - killedAt > KILL_GRACE_MS) {
        // something (a child that left the group) still holds its output open
        if (aborted) throw options.signal?.reason
        return {
          exitCode: null,
          signal: null,
          stdout: '',
          stderr: `guest pid ${pid} did not end within ${KILL_GRACE_MS / 1000} s of being killed`,
          timedOut,
          durationMs: Date.now() - started
        }
      }
      const wait = killedAt !== 0 ? pause : Math.min(pause, deadline - Date.now())
      await new Promise(resolve => setTimeout(resolve, Math.max(1, wait)))
      pause = Math.min(pause * 2, 250)
    }
  }

  async close (): Promise<string | undefined> {
    if (this.closed || this.dir === '') return undefined
    this.closed = true
    try {
      const r = await this.sh(`rm -rf -- ${shq(this.dir)}`)
      return r.exitCode === 0 ? undefined : `rm -rf ${this.dir} exited ${r.exitCode}: ${r.stderr.trim()}`
    } catch (err) {
      return `could not remove ${this.dir}: ${(err as Error).message}`
    }
  }

  failed (message: string, cause?: unknown): GuestError {
    return new GuestError('ERR_GUEST_QGA_FAILED', `guest agent ${this.qga.address}: ${message}`, { cause })
  }

  private async sh (text: string): Promise<{ exitCode: number | null, stdout: string, stderr: string }> {
    return await this.qga.run('/bin/sh', ['-c', text], { timeoutMs: COMMAND_TIMEOUT_MS })
  }
}

function tail (b: Buffer): string {
  return b.subarray(Math.max(0, b.length - OUTPUT_TAIL_BYTES)).toString('utf8')
}
