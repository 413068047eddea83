/**
 * @packageDocumentation
 * Application-aware processing of one VM around its snapshot (seed sections 2a–2c, 4): the
 * job's pre-freeze script runs in the guest before the snapshot and its post-thaw script right
 * after, over SSH; when SSH cannot reach the guest (refused, timeout, authentication) they run
 * through the QEMU guest agent instead. A job without scripts but with a guest agent quiesces
 * with guest-fsfreeze-freeze/thaw.
 *
 * The guest address comes from the VM's settings, else from the caller (the job), else from the
 * guest agent's interface list (first non-loopback IPv4), as the seed takes it from VMware Tools.
 *
 * Failure policy: a script that exits non-zero or passes its deadline, or a guest no channel
 * reaches, throws GuestError ERR_GUEST_PROCESSING under "require" (the manager fails the VM),
 * and under "ignore" becomes a warning: the backup goes on crash-consistent. A guest agent that
 * blocks fsfreeze is never a failure: it is logged, and the backup is crash-consistent.
 *
 * `log` holds every line for the session log (channel, fallbacks and why, exit codes, durations,
 * and the warnings too); `warnings` holds the lines that should mark the session "warning".
 * Neither ever holds a key, a password or a script's text.
 *
 * @example
 * ```ts
 * const guest = await openGuest({ vm: 'vm1', settings: job.guest })  // may throw under "require"
 * try {
 *   try {
 *     await guest.preFreeze()   // throws GuestError under "require": the VM fails, no snapshot
 *     await host.snapshot(vm)
 *   } finally {
 *     await guest.postThaw()    // also after a failed pre-freeze or snapshot
 *   }
 * } finally {
 *   await guest.close()
 *   sessionLog.push(...guest.log)
 * }
 * ```
 */
import { QgaClient, QgaError } from '../../../node/hosts/qemu/qga.ts'
import { GuestError } from './errors.ts'
import { openQgaRunner } from './qga-runner.ts'
import { openSshRunner } from './ssh-runner.ts'
import { stderrTail, type ScriptName, type ScriptRunner, type Scripts } from './script-runner.ts'
import { parseHostPort, pickGuestAddress, resolveGuestTarget, type GuestProcessing, type GuestTarget } from './settings.ts'

export type { GuestProcessing } from './settings.ts'

/** Opened before the VM's snapshot, closed after it. */
export interface GuestSession {
  /** Runs the pre-freeze script (or fsfreeze when there is no script and the channel is qga). */
  preFreeze: () => Promise<void>
  /** Runs post-thaw (or thaw); call it right after the snapshot, also when the snapshot or preFreeze failed. */
  postThaw: () => Promise<void>
  /** Removes the uploaded scripts and the temp folder, thaws if still frozen; always call it. */
  close: () => Promise<void>
  readonly channel: 'ssh' | 'qga' | 'none'
  readonly log: string[]
  readonly warnings: string[]
}

export interface OpenGuestInit {
  vm: string
  settings: GuestProcessing
  /** host[:port] known to the caller (the job's inventory); the VM's own settings win. */
  address?: string
  signal?: AbortSignal
  /** Bound for the SSH handshake and for reaching the guest agent. Default 10 s. */
  connectTimeoutMs?: number
  /** The guest's SSH host key fingerprint pinned at an earlier session (the job's own pin wins) */
  pinnedHostKey?: string
  /** Called with the host key of a guest that had none pinned, to pin it (trust on first use) */
  pinHostKey?: (fingerprint: string) => Promise<void>
}

const DEFAULT_CONNECT_TIMEOUT_MS = 10_000

/** Opens guest processing for one VM: picks the channel, uploads the scripts. */
export async function openGuest (init: OpenGuestInit): Promise<GuestSession> {
  init.signal?.throwIfAborted()
  const target = resolveGuestTarget(init.vm, init.settings, init.address)
  const session = new Session(target, init.signal)
  if (!target.enabled) {
    session.note(`guest processing of VM ${target.vm} is off for this job`)
    return session
  }
  const connectTimeoutMs = init.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS
  const scripts: Scripts = {}
  if (target.preFreeze.trim() !== '') scripts['pre-freeze'] = target.preFreeze
  if (target.postThaw.trim() !== '') scripts['post-thaw'] = target.postThaw
  const hasScripts = Object.keys(scripts).length > 0
  const why: string[] = []

  let qga: QgaClient | undefined
  let qgaTried = false
  const agent = async (): Promise<QgaClient | undefined> => {
    if (qgaTried || target.qga === undefined) return qga
    qgaTried = true
    try {
      qga = await QgaClient.connect(target.qga, { timeoutMs: connectTimeoutMs, signal: init.signal })
      session.note(`guest agent ${target.qga} answered`)
    } catch (err) {
      init.signal?.throwIfAborted()
      why.push((err as Error).message)
      session.note(`guest agent ${target.qga} cannot be used: ${(err as Error).message}`)
    }
    return qga
  }

  try {
    if (hasScripts) {
      const address = target.address ?? await addressFromAgent(target, agent, session, why)
      if (address !== undefined && target.credentials !== undefined) {
        const ssh = `${target.credentials.user}@${address.host}:${address.port}`
        try {
          // the guest proves its host key before any credential is sent: the job's pin, else the
          // one seen first (as OpenSSH's accept-new)
          const expected = target.hostKey ?? init.pinnedHostKey
          const runner = await openSshRunner({
            host: address.host,
            port: address.port,
            user: target.credentials.user,
            privateKey: target.credentials.privateKey,
            password: target.credentials.password,
            scripts,
            connectTimeoutMs,
            hostKey: expected,
            signal: init.signal
          })
          let pin = target.hostKey !== undefined ? 'as the job pins it' : 'as pinned at first use'
          if (expected === undefined) {
            pin = await init.pinHostKey?.(runner.hostKey).then(() => 'seen first: pinned for the next sessions', (err: Error) => `not pinned: ${err.message}`) ?? 'not pinned'
          }
          session.note(`SSH ${ssh} connected (host key ${runner.hostKey}, ${pin}); scripts uploaded to ${runner.dir}`)
          await qga?.close()
          session.useScripts(runner)
          return session
        } catch (err) {
          init.signal?.throwIfAborted()
          why.push((err as Error).message)
          // a changed host key may be another machine at the guest's address: it marks the session
          if ((err as GuestError).code === 'ERR_GUEST_HOST_KEY') session.warn((err as Error).message)
          session.note(`${(err as Error).message}; ` + (target.qga !== undefined
            ? `falling back to the guest agent ${target.qga}`
            : 'no guest agent channel (qga) is configured to fall back to'))
        }
      } else if (address !== undefined) {
        why.push(`no SSH user is configured for VM ${target.vm}`)
        session.note(`no SSH user is configured for VM ${target.vm}; ` +
          (target.qga !== undefined ? `using the guest agent ${target.qga}` : 'and no guest agent channel (qga)'))
      }
      const client = await agent()
      if (client !== undefined) {
        try {
          const runner = await openQgaRunner({ qga: client, scripts })
          session.note(`scripts injected through the guest agent ${client.address} into ${runner.dir}`)
          session.useScripts(runner, client)
          return session
        } catch (err) {
          init.signal?.throwIfAborted()
          why.push((err as Error).message)
          session.note((err as Error).message)
        }
      }
    } else {
      session.note(`VM ${target.vm}: no pre-freeze or post-thaw script; quiescing with the guest agent's fsfreeze`)
      const client = await agent()
      if (client !== undefined) {
        session.useFsfreeze(client)
        return session
      }
      if (target.qga === undefined) why.push('no script and no guest agent channel (qga) is configured')
    }
  } catch (err) {
    await qga?.close()
    throw err
  }
  await qga?.close()
  session.noChannel(why)
  return session
}

/** Asks the guest agent for the guest's address; logs where it came from or why there is none. */
async function addressFromAgent (target: GuestTarget, agent: () => Promise<QgaClient | undefined>, session: Session, why: string[]): Promise<{ host: string, port: number } | undefined> {
  const client = await agent()
  if (client === undefined) {
    why.push(`no guest address is configured for VM ${target.vm}`)
    session.note(`no guest address is configured for VM ${target.vm}` + (target.qga === undefined ? ' and no guest agent to ask' : ''))
    return undefined
  }
  try {
    const picked = pickGuestAddress(await client.networkInterfaces())
    if (picked !== undefined) {
      session.note(`guest address ${picked.address} (interface ${picked.iface}) from the guest agent`)
      return parseHostPort(picked.address, target.vm)
    }
    why.push(`the guest agent lists no IPv4 address for VM ${target.vm}`)
    session.note(`the guest agent lists no non-loopback IPv4 address for VM ${target.vm}`)
  } catch (err) {
    why.push((err as Error).message)
    session.note(`cannot read the guest's addresses from the guest agent: ${(err as Error).message}`)
  }
  return undefined
}

/** One VM's guest processing between openGuest and close. */
class Session implements GuestSession {
  channel: 'ssh' | 'qga' | 'none' = 'none'
  readonly log: string[] = []
  readonly warnings: string[] = []
  private readonly target: GuestTarget
  private readonly signal?: AbortSignal
  private runner?: ScriptRunner
  private qga?: QgaClient
  private mode: 'scripts' | 'fsfreeze' | 'none' = 'none'
  private frozen = false
  private closed = false

  constructor (target: GuestTarget, signal?: AbortSignal) {
    this.target = target
    this.signal = signal
  }

  note (line: string): void {
    this.log.push(line)
  }

  useScripts (runner: ScriptRunner, qga?: QgaClient): void {
    this.runner = runner
    this.qga = qga
    this.mode = 'scripts'
    this.channel = runner.channel
  }

  useFsfreeze (qga: QgaClient): void {
    this.qga = qga
    this.mode = 'fsfreeze'
    this.channel = 'qga'
  }

  /** No channel reached the guest: an error under "require", a warning under "ignore". */
  noChannel (why: string[]): void {
    const reasons = why.length > 0 ? why.join('; ') : 'nothing to run it with'
    this.fail(`guest processing of VM ${this.target.vm}: no channel reaches the guest (${reasons}); ` +
      'configure the VM\'s address and SSH credentials or its guest agent channel', {})
  }

  async preFreeze (): Promise<void> {
    this.signal?.throwIfAborted()
    if (this.mode === 'scripts') {
      await this.runScript('pre-freeze')
    } else if (this.mode === 'fsfreeze') {
      const qga = this.qga!
      const started = Date.now()
      try {
        const n = await qga.fsfreezeFreeze({ timeoutMs: this.target.timeoutMs })
        this.frozen = true
        this.note(`guest filesystems frozen (${n}) with guest-fsfreeze-freeze in ${seconds(Date.now() - started)}`)
      } catch (err) {
        if (err instanceof QgaError && err.code === 'ERR_QGA_COMMAND_DISABLED') {
          const line = `VM ${this.target.vm}: fsfreeze is disabled in the guest agent: crash-consistent`
          this.note(line)
          this.warnings.push(line)
          return
        }
        // it may have frozen some filesystems before failing: thaw at postThaw/close
        this.frozen = true
        this.fail(`guest processing of VM ${this.target.vm}: guest-fsfreeze-freeze failed: ${(err as Error).message}`, {})
      }
    }
  }

  async postThaw (): Promise<void> {
    if (this.mode === 'scripts') {
      await this.runScript('post-thaw')
    } else if (this.mode === 'fsfreeze' && this.frozen) {
      await this.thaw()
    }
  }

  async close (): Promise<void> {
    if (this.closed) return
    this.closed = true
    if (this.frozen) {
      try { await this.thaw() } catch { /* logged by thaw; close must not throw */ }
    }
    if (this.runner !== undefined) {
      const problem = await this.runner.close()
      if (problem === undefined) this.note(`removed the temp folder ${this.runner.dir} from the guest`)
      else this.warn(`VM ${this.target.vm}: ${problem}`)
    }
    await this.qga?.close()
  }

  private async thaw (): Promise<void> {
    const started = Date.now()
    try {
      const n = await this.qga!.fsfreezeThaw({ timeoutMs: this.target.timeoutMs })
      this.frozen = false
      this.note(`guest filesystems thawed (${n}) with guest-fsfreeze-thaw in ${seconds(Date.now() - started)}`)
    } catch (err) {
      this.frozen = false
      this.fail(`guest processing of VM ${this.target.vm}: guest-fsfreeze-thaw failed, the guest may stay frozen: ${(err as Error).message}`, {})
    }
  }

  private async runScript (name: ScriptName): Promise<void> {
    const runner = this.runner!
    const text = name === 'pre-freeze' ? this.target.preFreeze : this.target.postThaw
    if (text.trim() === '') {
      this.note(`no ${name} script`)
      return
    }
    this.signal?.throwIfAborted()
    let r
    try {
      r = await runner.run(name, { timeoutMs: this.target.timeoutMs, signal: this.signal })
    } catch (err) {
      this.signal?.throwIfAborted()
      this.fail(`guest processing of VM ${this.target.vm}: the ${name} script could not run over ${runner.channel}: ${(err as Error).message}`, { script: name })
      return
    }
    const tail = stderrTail(r.stderr)
    const ended = r.exitCode !== null ? `exited ${r.exitCode}` : `ended by signal ${r.signal ?? '?'}`
    this.note(`${name} script ${r.timedOut ? 'timed out and was killed' : ended} after ${seconds(r.durationMs)} over ${runner.channel}`)
    if (r.timedOut) {
      this.fail(`guest processing of VM ${this.target.vm}: the ${name} script ran past its ${seconds(this.target.timeoutMs)} timeout ` +
        `and was killed${tail !== '' ? `; stderr: ${tail}` : ''}`, { script: name, exitCode: r.exitCode, stderrTail: tail })
    } else if (r.exitCode !== 0) {
      this.fail(`guest processing of VM ${this.target.vm}: the ${name} script ${ended}` +
        `${tail !== '' ? `; stderr: ${tail}` : ''}`, { script: name, exitCode: r.exitCode, stderrTail: tail })
    }
  }

  warn (line: string): void {
    this.note(`warning: ${line}`)
    this.warnings.push(line)
  }

  /** Applies the failure policy. */
  private fail (message: string, details: { script?: string, exitCode?: number | null, stderrTail?: string }): void {
    if (this.target.policy === 'ignore') {
      this.warn(`${message}; continuing crash-consistent (failure policy "ignore")`)
      return
    }
    this.note(`error: ${message}`)
    throw new GuestError('ERR_GUEST_PROCESSING', `${message} (failure policy "require": the VM fails)`,
      { vm: this.target.vm, ...details, log: [...this.log] })
  }
}

function seconds (ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 0)} s`
}
