/**
 * @packageDocumentation
 * A boot check (Veeam's SureBackup) of a VM started from a restore point in isolation
 * (isolated-vm.ts): does the point boot, and does the application in it answer?
 *
 * 1. Heartbeat: the guest agent answers (0xFF + guest-sync-delimited, then guest-ping; QEMU's
 *    VSERPORT_CHANGE tells when qemu-ga opened its port), or a line the operator names appears on
 *    the serial console, whichever comes first. It fails fast, with the reason, on "Kernel panic"
 *    or SeaBIOS's "No bootable device." on the console, and when QEMU exits; else at the boot
 *    timeout, quoting the console's last lines.
 * 2. The operator's script, when given, runs in the guest through guest-exec with a timeout; its
 *    exit code and output are kept; a non-zero exit fails the check.
 * 3. A screenshot of the console (QMP `screendump`, PPM, converted to PNG with pngjs), taken
 *    whether the check passed or not: the screen often says why a guest did not come up. The VM
 *    needs a display device for it (isolated-vm.ts gives `-vga std -display none`); a screenshot
 *    that cannot be taken is reported beside the result and does not fail the check.
 *
 * The check never stops the VM: whoever started it throws it and its overlays away.
 * Under TCG on a busy 2-core host the test guest needs 8–40 s to its heartbeat: keep boot timeouts
 * at 120 s or more.
 *
 * @example
 * ```ts
 * const result = await bootCheck({ qmp, qga: vm.qga, serialLog: vm.serialLog, startedAtMs: running.startedAtMs,
 *   exited: running.exited, workDir, script: { path: '/usr/local/bin/bootcheck-test.sh', timeoutMs: 60_000 } })
 * if (!result.pass) console.log(result.code, result.reason)
 * ```
 */
import { open, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { PNG } from 'pngjs'
import type { BootCheckRecord } from '../../../proto/index.ts'
import { CodedError } from '../../core/errors.ts'
import type { BootCheckCode } from '../error-codes.ts'
import { QgaClient, QgaError } from './qga.ts'
import type { QmpClient } from './qmp.ts'

/** A check that cannot start as asked. */
export class BootCheckError extends CodedError<BootCheckCode> {}

export interface BootCheckScript {
  /** a program in the guest, run with `args` */
  path?: string
  args?: string[]
  /** or a shell script's text, run as `/bin/sh -c TEXT` */
  text?: string
  /** the script must exit within this long (60 s) */
  timeoutMs?: number
}

export interface BootCheckInit {
  /** the VM's QMP, connected (the check reads its events and asks for the screenshot) */
  qmp: QmpClient
  /** the VM's guest agent channel, `unix:PATH` */
  qga: string
  /** the file the VM's serial console is written to */
  serialLog: string
  /** when the VM was started (ms since the epoch): boot time counts from here (default: now) */
  startedAtMs?: number
  /** resolves when QEMU exits: the check then fails at once */
  exited?: Promise<unknown>
  /** wait for the guest agent's answer (default true) */
  agent?: boolean
  /** a serial console line (a substring) that counts as the heartbeat too */
  serialLine?: string
  /** from startedAtMs to the heartbeat (120 s) */
  bootTimeoutMs?: number
  script?: BootCheckScript
  /** take a screenshot (default true) */
  screenshot?: boolean
  /** where the screendump file is written (QEMU writes it: a folder of the VM's host) */
  workDir: string
  /** console lines that fail the check at once (added to "Kernel panic" and "No bootable device") */
  failLines?: string[]
}

export interface BootCheckResult {
  pass: boolean
  /** why it failed ('' when it passed) */
  code: BootCheckCode | ''
  reason: string
  /** what answered: the guest agent or the awaited console line ('' when nothing did) */
  heartbeat: 'guest-agent' | 'serial' | ''
  /** VM start → heartbeat, ms (0: no heartbeat) */
  bootMs: number
  /** VM start → result, ms */
  durationMs: number
  /** when the VM started (ms since the epoch): what boot and duration count from */
  startedAtMs: number
  /** VM start → qemu-ga opened its port (QMP VSERPORT_CHANGE), ms (0: not seen) */
  agentPortMs: number
  /** the script's exit code (null: no script ran, or it was killed by a signal or left running) */
  scriptExit: number | null
  /** its stdout, then its stderr */
  scriptOutput: string
  screenshotPng?: Buffer
  /** why there is no screenshot, when one was asked for */
  screenshotError?: string
  /** the console's last lines */
  serialTail: string[]
}

const DEFAULT_BOOT_TIMEOUT_MS = 120_000
const DEFAULT_SCRIPT_TIMEOUT_MS = 60_000
/** each try of the agent: a connection and a guest-sync-delimited this long, then another */
const AGENT_TRY_MS = 2500
/** how often the serial log is read while waiting */
const SERIAL_POLL_MS = 200
const TAIL_LINES = 20
/** script output kept in the result (qemu-ga itself caps it at 16 MiB) */
const MAX_OUTPUT = 64 * 1024

/** console lines that end a check at once; `context`: the earlier lines quoted with it (else the two before) */
const FAIL_LINES: Array<{ text: string, code: BootCheckCode, why: string, context?: RegExp }> = [
  { text: 'No bootable device', code: 'ERR_BOOT_CHECK_NO_BOOT_DEVICE', why: 'no bootable device: the BIOS found no boot sector on any disk', context: /^Boot failed/ },
  { text: 'Kernel panic', code: 'ERR_BOOT_CHECK_PANIC', why: 'the guest kernel panicked' }
]

export async function bootCheck (init: BootCheckInit): Promise<BootCheckResult> {
  const startedAtMs = init.startedAtMs ?? Date.now()
  const deadline = startedAtMs + (init.bootTimeoutMs ?? DEFAULT_BOOT_TIMEOUT_MS)
  const wantAgent = init.agent !== false
  if (!wantAgent && (init.serialLine ?? '') === '') throw new BootCheckError('ERR_BOOT_CHECK_BAD_REQUEST', 'a boot check needs a heartbeat to wait for: the guest agent, a serial console line, or both')
  if (init.script != null && !init.script.path && !init.script.text) throw new BootCheckError('ERR_BOOT_CHECK_BAD_REQUEST', 'the boot check script needs a path in the guest or a script text')

  const serial = new SerialWatch(init.serialLog)
  let exitedWith: string | undefined
  void init.exited?.then((code) => { exitedWith ??= `QEMU exited (${String(code)})` })
  const onClose = (): void => { exitedWith ??= 'the VM\'s QMP connection closed (QEMU exited?)' }
  init.qmp.once('close', onClose)
  const agent = new AgentWait(init.qga)
  let portOpenedMs = 0
  const portOpened = init.qmp.waitEvent('VSERPORT_CHANGE', { predicate: (e) => e.data.open === true, timeoutMs: Math.max(1, deadline - Date.now()) })
  void portOpened.then(() => { portOpenedMs = Date.now() }, () => {})

  const result: BootCheckResult = { pass: false, code: '', reason: '', heartbeat: '', bootMs: 0, durationMs: 0, startedAtMs, agentPortMs: 0, scriptExit: null, scriptOutput: '', serialTail: [] }
  const fail = (code: BootCheckCode, reason: string): BootCheckResult => {
    result.code = code
    result.reason = reason
    return result
  }
  try {
    if (wantAgent) agent.start(deadline)
    // 1. the heartbeat
    for (;;) {
      const text = await serial.read()
      const bad = [...FAIL_LINES, ...(init.failLines ?? []).map((t) => ({ text: t, code: 'ERR_BOOT_CHECK_PANIC' as const, why: `the console showed "${t}"` }))]
        .find((f) => text.includes(f.text))
      if (bad != null) {
        const lines = serial.linesAround(bad.text, 'context' in bad ? bad.context : undefined)
        fail(bad.code, `${bad.why}; the serial console says: ${lines.join(' | ')}`)
        break
      }
      if ((init.serialLine ?? '') !== '' && text.includes(init.serialLine!)) {
        result.heartbeat = 'serial'
        break
      }
      if (agent.client != null) {
        result.heartbeat = 'guest-agent'
        break
      }
      if (exitedWith != null) {
        fail('ERR_BOOT_CHECK_VM_EXITED', `${exitedWith} before a heartbeat; the serial console ends: ${serial.tail(5).join(' | ') || '(nothing)'}`)
        break
      }
      if (Date.now() >= deadline) {
        const waited = [wantAgent ? 'the guest agent' : '', init.serialLine ? `the console line "${init.serialLine}"` : ''].filter((s) => s !== '').join(' or ')
        fail('ERR_BOOT_CHECK_NO_HEARTBEAT', `no heartbeat within ${Math.round((deadline - startedAtMs) / 1000)} s: ${waited} never answered` +
          `${wantAgent && portOpenedMs === 0 ? ' (qemu-ga never opened its port)' : ''}; the serial console ends: ${serial.tail(5).join(' | ') || '(nothing)'}`)
        break
      }
      await Promise.race([agent.settled, delay(SERIAL_POLL_MS)])
    }
    if (result.heartbeat !== '') result.bootMs = Date.now() - startedAtMs

    // 2. the operator's script
    if (result.heartbeat !== '' && init.script != null) {
      if (agent.client == null) {
        agent.start(deadline)
        while (agent.client == null && !agent.done && exitedWith == null) await Promise.race([agent.settled, delay(SERIAL_POLL_MS)])
      }
      if (agent.client == null) {
        fail('ERR_BOOT_CHECK_NO_AGENT', `the guest came up (${result.heartbeat}) but its guest agent did not answer within the boot timeout, so the script could not run${agent.lastError ? ` (${agent.lastError})` : ''}`)
      } else {
        await runScript(agent.client, init.script, result, fail)
      }
    }
    if (result.code === '') {
      result.pass = true
      result.reason = `booted in ${(result.bootMs / 1000).toFixed(1)} s (${result.heartbeat === 'serial' ? `console line "${init.serialLine}"` : 'guest agent answered'})` +
        (init.script != null ? `; script exited ${result.scriptExit}` : '')
    }

    // 3. the screenshot, pass or fail
    if (init.screenshot !== false) {
      if (exitedWith != null) {
        result.screenshotError = `no screenshot: ${exitedWith}`
      } else {
        try {
          result.screenshotPng = await screenshot(init.qmp, init.workDir)
        } catch (err) {
          result.screenshotError = `no screenshot: ${(err as Error).message}`
        }
      }
    }
  } finally {
    agent.stop()
    await agent.client?.close().catch(() => {})
    init.qmp.off('close', onClose)
    result.serialTail = serial.tail(TAIL_LINES)
    result.durationMs = Date.now() - startedAtMs
    if (portOpenedMs > 0) result.agentPortMs = portOpenedMs - startedAtMs
  }
  return result
}

/** What the check was of, for the manager's record. */
export interface BootCheckSubject {
  pointId: string
  vm: string
  job?: string
  repository?: string
  host?: string
  /** the session BootCheckBegin opened ('' or absent: the manager opens one) */
  sessionId?: string
  /** lines for the session log (the recovery path's own: VM started, overlays, …) */
  log?: string[]
}

/**
 * The result as the manager keeps it (AdminRequest.boot_check_record): what `verify POINT --boot`
 * sends once the check has run. The manager cuts the output to 4 KiB.
 */
export function bootCheckRecordOf (result: BootCheckResult, subject: BootCheckSubject, checkedAtMs = Date.now()): BootCheckRecord {
  return {
    check: {
      pointId: subject.pointId,
      vm: subject.vm,
      job: subject.job ?? '',
      repository: subject.repository ?? '',
      host: subject.host ?? '',
      sessionId: subject.sessionId ?? '',
      pass: result.pass,
      code: result.code,
      reason: result.reason,
      heartbeat: result.heartbeat,
      bootMs: result.bootMs,
      durationMs: result.durationMs,
      scriptRan: result.scriptExit !== null || result.scriptOutput !== '' || result.code === 'ERR_BOOT_CHECK_SCRIPT_TIMEOUT',
      scriptExit: result.scriptExit ?? -1,
      output: result.scriptOutput.slice(0, 64 * 1024),
      checkedAtMs
    },
    screenshotPng: result.screenshotPng ?? new Uint8Array(),
    log: [
      ...(subject.log ?? []),
      ...(result.screenshotError != null ? [`warning: ${result.screenshotError}`] : []),
      ...(result.pass ? [] : [`the serial console ends: ${result.serialTail.slice(-5).join(' | ') || '(nothing)'}`])
    ],
    startedAtMs: result.startedAtMs
  }
}

async function runScript (qga: QgaClient, script: BootCheckScript, result: BootCheckResult, fail: (code: BootCheckCode, reason: string) => BootCheckResult): Promise<void> {
  const timeoutMs = script.timeoutMs ?? DEFAULT_SCRIPT_TIMEOUT_MS
  const path = script.path || '/bin/sh'
  const args = script.path ? (script.args ?? []) : ['-c', script.text!]
  const what = script.path ? script.path : 'the script'
  try {
    const run = await qga.run(path, args, { timeoutMs })
    result.scriptExit = run.exitCode
    result.scriptOutput = clip(run.stdout + (run.stderr !== '' ? (run.stdout.endsWith('\n') || run.stdout === '' ? '' : '\n') + run.stderr : ''))
    if (run.exitCode !== 0) {
      const first = result.scriptOutput.trim().split('\n').slice(-3).join(' | ')
      fail('ERR_BOOT_CHECK_SCRIPT_FAILED', `${what} ${run.exitCode != null ? `exited with code ${run.exitCode}` : `was killed by signal ${run.signal}`}${first ? `: ${first}` : ' (no output)'}`)
    }
  } catch (err) {
    if (err instanceof QgaError && err.code === 'ERR_QGA_EXEC_TIMEOUT') {
      fail('ERR_BOOT_CHECK_SCRIPT_TIMEOUT', `${what} still ran after ${Math.round(timeoutMs / 1000)} s (guest pid ${err.pid}); it is thrown away with the VM`)
      return
    }
    fail('ERR_BOOT_CHECK_SCRIPT_FAILED', `${what} could not run through the guest agent: ${(err as Error).message}`)
  }
}

/** QMP screendump (PPM: QEMU 7.2 writes PNG only when built with it), as PNG. */
async function screenshot (qmp: QmpClient, dir: string): Promise<Buffer> {
  const file = join(dir, `screen-${process.pid}-${Date.now()}.ppm`)
  try {
    await qmp.execute('screendump', { filename: file }, { timeoutMs: 30_000 })
    return ppmToPng(await readFile(file))
  } finally {
    await rm(file, { force: true })
  }
}

/** A binary PPM (P6, maxval 255) as a PNG. */
export function ppmToPng (ppm: Buffer): Buffer {
  let at = 0
  const token = (): string => {
    for (;;) {
      while (at < ppm.length && /\s/.test(String.fromCharCode(ppm[at]!))) at++
      if (ppm[at] !== 0x23) break // '#': a comment to the end of the line
      while (at < ppm.length && ppm[at] !== 0x0a) at++
    }
    const start = at
    while (at < ppm.length && !/\s/.test(String.fromCharCode(ppm[at]!))) at++
    return ppm.subarray(start, at).toString('latin1')
  }
  const magic = token()
  const width = Number(token())
  const height = Number(token())
  const max = Number(token())
  at++ // the one whitespace byte before the pixels
  if (magic !== 'P6' || !(width > 0) || !(height > 0) || max !== 255 || ppm.length < at + width * height * 3) {
    throw new Error(`the screendump is not a P6 PPM of 8-bit pixels (${magic} ${width}x${height} max ${max}, ${ppm.length} bytes)`)
  }
  const png = new PNG({ width, height })
  for (let i = 0, o = 0; i < width * height; i++, o += 4) {
    png.data[o] = ppm[at + i * 3]!
    png.data[o + 1] = ppm[at + i * 3 + 1]!
    png.data[o + 2] = ppm[at + i * 3 + 2]!
    png.data[o + 3] = 255
  }
  return PNG.sync.write(png)
}

/** The serial console file, read as it grows. */
class SerialWatch {
  readonly #path: string
  #text = ''
  #offset = 0

  constructor (path: string) {
    this.#path = path
  }

  /** Everything written so far (QEMU creates the file at start; before that, nothing). */
  async read (): Promise<string> {
    let fh
    try {
      fh = await open(this.#path, 'r')
    } catch {
      return this.#text
    }
    try {
      for (;;) {
        const buf = Buffer.alloc(64 * 1024)
        const { bytesRead } = await fh.read(buf, 0, buf.length, this.#offset)
        if (bytesRead === 0) break
        this.#offset += bytesRead
        this.#text += buf.subarray(0, bytesRead).toString('latin1')
      }
    } finally {
      await fh.close()
    }
    return this.#text
  }

  #lines (): string[] {
    // escape sequences (SeaBIOS clears the screen) and carriage returns out, empty lines out
    return this.#text.replace(/\x1b(\[[0-9;?]*[A-Za-z]|[@-Z\\-_])/g, '').split(/\r?\n|\r/).map((l) => l.trim()).filter((l) => l !== '')
  }

  tail (n: number): string[] {
    return this.#lines().slice(-n)
  }

  /** The line holding `text` and the earlier lines matching `context` (else the two before it). */
  linesAround (text: string, context?: RegExp): string[] {
    const lines = this.#lines()
    const i = lines.findIndex((l) => l.includes(text))
    if (i < 0) return lines.slice(-3)
    if (context != null) return [...lines.slice(0, i).filter((l) => context.test(l)), lines[i]!]
    return lines.slice(Math.max(0, i - 2), i + 1)
  }
}

/** Tries the guest agent until it answers guest-ping or the deadline passes. */
class AgentWait {
  readonly #address: string
  client: QgaClient | undefined
  done = false
  lastError = ''
  #stopped = false
  #started = false
  #settle: () => void = () => {}
  /** resolves when a try ends (so a waiting loop looks again at once) */
  settled: Promise<void>

  constructor (address: string) {
    this.#address = address
    this.settled = new Promise((resolve) => { this.#settle = resolve })
  }

  start (deadline: number): void {
    if (this.#started) return
    this.#started = true
    void this.#run(deadline)
  }

  stop (): void {
    this.#stopped = true
  }

  async #run (deadline: number): Promise<void> {
    while (!this.#stopped && Date.now() < deadline) {
      const started = Date.now()
      let client: QgaClient | undefined
      try {
        client = await QgaClient.connect(this.#address, { timeoutMs: Math.max(100, Math.min(AGENT_TRY_MS, deadline - Date.now())) })
        await client.ping()
        if (this.#stopped) {
          await client.close()
        } else {
          this.client = client
        }
        break
      } catch (err) {
        await client?.close().catch(() => {})
        this.lastError = (err as Error).message
        // refused or no socket yet: the next try after a short pause, not a busy loop
        const spent = Date.now() - started
        if (spent < 250) await delay(250 - spent)
      }
    }
    this.done = true
    this.#settle()
  }
}

function clip (text: string): string {
  return text.length <= MAX_OUTPUT ? text : `${text.slice(0, MAX_OUTPUT)}\n… (${text.length - MAX_OUTPUT} more characters)`
}

async function delay (ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms))
}
