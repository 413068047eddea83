/**
 * @packageDocumentation
 * What a channel into the guest (SSH or the guest agent) offers guest processing: scripts
 * uploaded into a private temp folder at open, run one at a time with a deadline, the folder
 * removed at close. Also the shell text both channels run in the guest.
 *
 * A script runs in its own process group, whose id it writes to `NAME.pid` beside itself, so
 * that a script past its deadline is killed with all its children. Where the guest has
 * `timeout`, the script also runs under it with a longer bound, so that it still ends if the
 * manager goes away mid-run.
 */

export type ScriptName = 'pre-freeze' | 'post-thaw'

/** Script texts by name; empty or absent scripts are not uploaded. */
export type Scripts = Partial<Record<ScriptName, string>>

/** How one script run ended. Output is the end of what it printed (at most OUTPUT_TAIL_BYTES each). */
export interface ScriptResult {
  exitCode: number | null
  /** The signal that ended it, when one did (e.g. 'KILL', or '9' from the guest agent). */
  signal: string | null
  stdout: string
  stderr: string
  /** It ran past its deadline and was killed. */
  timedOut: boolean
  durationMs: number
}

export interface RunOptions {
  timeoutMs: number
  signal?: AbortSignal
}

/** A channel holding uploaded scripts in a temp folder of the guest. */
export interface ScriptRunner {
  readonly channel: 'ssh' | 'qga'
  /** The temp folder in the guest. */
  readonly dir: string
  /** Runs an uploaded script; rejects only when the channel itself fails (or on abort). */
  run: (name: ScriptName, options: RunOptions) => Promise<ScriptResult>
  /** Removes the temp folder and ends the channel; never rejects. Returns what it could not do. */
  close: () => Promise<string | undefined>
}

/** Bytes of stdout/stderr kept per run. */
export const OUTPUT_TAIL_BYTES = 64 * 1024

/** The script runs under `timeout` with this much more than its deadline: a safety net only. */
export const SAFETY_TIMEOUT_EXTRA_S = 60

/** Keeps the last `limit` bytes written to it. */
export class OutputTail {
  private chunks: Buffer[] = []
  private bytes = 0
  private readonly limit: number

  constructor (limit = OUTPUT_TAIL_BYTES) {
    this.limit = limit
  }

  push (chunk: Buffer): void {
    this.chunks.push(chunk)
    this.bytes += chunk.length
    while (this.bytes - this.chunks[0].length >= this.limit) this.bytes -= this.chunks.shift()!.length
  }

  toString (): string {
    const all = Buffer.concat(this.chunks)
    return all.subarray(Math.max(0, all.length - this.limit)).toString('utf8')
  }
}

/** Quotes a string for a POSIX shell. */
export function shq (s: string): string {
  return `'${s.replaceAll("'", "'\\''")}'`
}

/** Where a script and its pid file live in the guest's temp folder. */
export function scriptPaths (dir: string, name: ScriptName): { script: string, pidFile: string } {
  return { script: `${dir}/${name}.sh`, pidFile: `${dir}/${name}.pid` }
}

/** Shell text that execs the script (by its shebang, else with /bin/sh), under `timeout` when the guest has it. */
export function launchText (script: string, text: string, timeoutMs: number): string {
  const run = text.startsWith('#!') ? shq(script) : `/bin/sh ${shq(script)}`
  const bound = Math.ceil(timeoutMs / 1000) + SAFETY_TIMEOUT_EXTRA_S
  return `if command -v timeout >/dev/null 2>&1; then exec timeout -k 5 ${bound} ${run}; else exec ${run}; fi`
}

/**
 * Shell text that kills the process group named in `pidFile`: TERM, then KILL if it is still
 * there after 2 s. Without a pid file it does nothing (or kills `fallbackPid` alone).
 */
export function killText (pidFile: string, fallbackPid?: number): string {
  const fallback = fallbackPid === undefined ? 'exit 0' : `kill -s KILL ${fallbackPid} 2>/dev/null; exit 0`
  return `p=$(cat ${shq(pidFile)} 2>/dev/null); case "$p" in ''|*[!0-9]*|0|1) ${fallback};; esac; ` +
    'kill -s TERM -- -"$p" 2>/dev/null || exit 0; ' +
    'i=0; while [ $i -lt 10 ]; do kill -0 -- -"$p" 2>/dev/null || exit 0; sleep 0.2; i=$((i+1)); done; ' +
    'kill -s KILL -- -"$p" 2>/dev/null; exit 0'
}

/** The last lines of a script's stderr, for an error message. */
export function stderrTail (stderr: string, maxChars = 600): string {
  const t = stderr.trimEnd()
  const lines = t.split('\n').slice(-8).join('\n')
  return lines.length > maxChars ? '…' + lines.slice(-maxChars) : lines
}
