/**
 * @packageDocumentation
 * A preload (`node --import sim/timer-census.ts`) that counts, per call site, how often each
 * setTimeout/setInterval/setImmediate callback of the process fires, and writes the rates to
 * `$TIMER_CENSUS_DIR/timers-<pid>.txt` at exit: which timers wake an idle daemon. Fires in the
 * first `$TIMER_CENSUS_SKIP_MS` (20 s) are start-up, not idle, and are not counted.
 *
 * @example
 * ```sh
 * node sim/idle-cost.ts --seconds 30 --count-timers /tmp/census
 * ```
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

const dir = process.env.TIMER_CENSUS_DIR ?? '/tmp'
const from = Date.now() + Number(process.env.TIMER_CENSUS_SKIP_MS ?? 20_000)
const fired = new Map<string, number>()

/** The first frame outside Node's internals and this file: where the timer was set. */
function callSite (): string {
  const frames = (new Error().stack ?? '').split('\n').slice(3)
  const frame = frames.find((f) => !f.includes('node:internal') && !f.includes('timer-census')) ?? frames[0] ?? '?'
  return frame.trim().replace(/^at /, '').replace(/file:\/\/\S*?\/node_modules\//, '').replace(/file:\/\/\S*?\/(node|roles|protocols|sim)\//, '$1/')
}

for (const name of ['setTimeout', 'setInterval', 'setImmediate'] as const) {
  const original = globalThis[name] as (...args: any[]) => any
  ;(globalThis as any)[name] = function (this: unknown, callback: unknown, ...rest: unknown[]) {
    if (typeof callback !== 'function') return original.call(this, callback, ...rest)
    const key = `${name} ${callSite()}`
    return original.call(this, function (this: unknown, ...args: unknown[]) {
      if (Date.now() > from) fired.set(key, (fired.get(key) ?? 0) + 1)
      return callback.apply(this, args)
    }, ...rest)
  }
}

process.on('exit', () => {
  const seconds = (Date.now() - from) / 1000
  if (seconds <= 0) return
  const lines = [...fired].sort((a, b) => b[1] - a[1]).map(([site, n]) => `${(n / seconds).toFixed(2)}/s ${site}`)
  writeFileSync(join(dir, `timers-${process.pid}.txt`), `${process.argv.slice(2).join(' ')}\nover ${seconds.toFixed(1)} s\n${lines.join('\n')}\n`)
})
