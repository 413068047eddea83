/**
 * @packageDocumentation
 * The dashboard page (dashboard.html beside this file): one self-contained page, no external
 * assets, that polls the JSON API every second. Read once and kept.
 */
import { readFile } from 'node:fs/promises'

let page: Promise<Buffer> | undefined

export async function dashboardHtml (): Promise<Buffer> {
  page ??= readFile(new URL('./dashboard.html', import.meta.url))
  return await page
}
