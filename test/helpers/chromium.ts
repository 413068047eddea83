/**
 * The browser of the dashboard specs: Debian's chromium, driven headless by playwright-core. A
 * spec without it fails under CI=true (.ci/run installs it) and skips loudly otherwise.
 *
 * @example
 * ```ts
 * before(async function () { requireChromium(this); browser = await launchChromium(join(dir, 'profile')) })
 * ```
 */
import { existsSync } from 'node:fs'
import { chromium, type BrowserContext } from 'playwright-core'

export const CHROMIUM = '/usr/bin/chromium'

export function requireChromium (ctx: Mocha.Context): void {
  if (existsSync(CHROMIUM)) return
  const what = `${ctx.test?.parent?.fullTitle() ?? 'dashboard'}: ${CHROMIUM} is not installed (Debian: apt-get install chromium)`
  if (process.env.CI === 'true') throw new Error(`${what}; CI must run the browser test`)
  console.warn(`\n  !!! SKIPPED ${what} !!!\n`)
  ctx.skip()
}

/** A headless chromium with its profile in `profileDir` (inside the spec's temp folder). */
export async function launchChromium (profileDir: string, options: { width?: number, height?: number } = {}): Promise<BrowserContext> {
  return await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    chromiumSandbox: false,
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
}
