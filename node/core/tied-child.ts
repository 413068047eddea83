/**
 * @packageDocumentation
 * Helper processes that must not outlive the daemon that started them: a boot check's VM, an
 * nbdfuse mount, a debugfs session. The shipped systemd unit signals the daemon only
 * (`KillMode=process`: instantly recovered VMs are meant to outlive it), so a daemon that crashed
 * or was killed -9 would otherwise leave them running, holding overlays, exports and mounts. On
 * Linux, util-linux's `setpriv --pdeathsig KILL` (an essential Debian package) asks the kernel to
 * kill the helper when its parent dies; setpriv then executes the program in place, so the
 * helper's pid is the one the caller knows and kills.
 *
 * @example
 * ```ts
 * const [command, args] = tiedToDaemon('nbdfuse', ['-r', file, uri])
 * const child = spawn(command, args, { stdio: 'ignore' })
 * ```
 */
import { accessSync, constants } from 'node:fs'
import { delimiter, isAbsolute, join } from 'node:path'

const SETPRIV = process.platform === 'linux' ? ['/usr/bin/setpriv', '/bin/setpriv'].find(executable) : undefined

/**
 * The command line that runs `program` so it dies with this process. A program that is not found
 * is returned as it is, so that spawn reports ENOENT for it as it always did (not setpriv's exit).
 */
export function tiedToDaemon (program: string, args: readonly string[]): [string, string[]] {
  const path = SETPRIV === undefined ? undefined : resolveProgram(program)
  if (path === undefined) return [program, [...args]]
  return [SETPRIV!, ['--pdeathsig', 'KILL', '--', path, ...args]]
}

function resolveProgram (program: string): string | undefined {
  if (program.includes('/')) return isAbsolute(program) && executable(program) ? program : undefined
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir !== '' && executable(join(dir, program))) return join(dir, program)
  }
  return undefined
}

function executable (path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}
