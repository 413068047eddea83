/**
 * Test helper: external programs a spec needs that are not QEMU's (test/helpers/qemu.ts has
 * those). A missing program fails the spec under CI=true, and skips it with a loud notice
 * otherwise, like requireTools.
 *
 * @example
 * ```ts
 * before(function () { requirePrograms(this, { program: 'systemd-analyze', debian: 'systemd' }) })
 * ```
 */
import { accessSync, constants as fsConstants } from 'node:fs'
import { delimiter, join } from 'node:path'

/** The executable `program` on PATH, or undefined. */
export function findProgram (program: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue
    try {
      accessSync(join(dir, program), fsConstants.X_OK)
      return join(dir, program)
    } catch {}
  }
  return undefined
}

/** Call in a mocha `before`/`it` with `this`: each program must be on PATH (`debian`: its package). */
export function requirePrograms (ctx: Mocha.Context, ...programs: Array<{ program: string, debian: string }>): void {
  const missing = programs.filter((p) => findProgram(p.program) == null)
  if (missing.length === 0) return
  const what = `${ctx.test?.parent?.fullTitle() ?? 'spec'}: ${missing.map((p) => p.program).join(', ')} not installed (Debian: ${[...new Set(missing.map((p) => p.debian))].join(', ')})`
  if (process.env.CI === 'true') throw new Error(`${what}; CI must run this spec (.ci/run installs it)`)
  console.warn(`\n  !!! SKIPPED ${what} !!!\n`)
  ctx.skip()
}
