/**
 * @packageDocumentation
 * The boot checks the manager keeps (proto/bootcheck.proto): every result per restore point in its
 * LevelDB, with the console screenshot beside it, read by the listing, the HTTP API, the metrics
 * (boot-check-metrics.ts) and the protection view (protection.ts). Results are kept for as long as
 * the manager's database: a point forgotten keeps its history.
 *
 * Keys: `boot-checks` holds `<point id>@<checked_at_ms, 15 digits>` → BootCheck, so one point's
 * checks sort oldest first; `boot-screens` holds the same id → PNG bytes.
 *
 * @example
 * ```ts
 * const checks = new BootChecks(db)
 * const kept = await checks.save({ check: { pointId, vm, pass: true, checkedAtMs: Date.now() }, screenshotPng: png })
 * const png = await checks.screenshot(kept.screenshotId!)
 * ```
 */
import type { Level } from 'level'
import { pb, type BootCheck, type BootCheckListRequest, type BootCheckRecord } from '../../proto/index.ts'
import { UserError } from '../../node/runtime/actors/errors.ts'

/** Script output kept per check (the rest is cut, saying how much). */
export const MAX_OUTPUT_BYTES = 4096
/** A screenshot larger than this is not kept (a 1024x768 console is ~10–40 KB as PNG). */
export const MAX_SCREENSHOT_BYTES = 4 * 1024 * 1024

interface Table {
  get(key: string): Promise<Uint8Array | undefined>
  put(key: string, value: Uint8Array): Promise<void>
  values(options?: { gte?: string, lt?: string, reverse?: boolean, limit?: number }): AsyncIterable<Uint8Array>
}

export class BootChecks {
  readonly #checks: Table
  readonly #screens: Table

  constructor (db: Level<string, Uint8Array>) {
    const root = db.sublevel<string, Uint8Array>('manager', { valueEncoding: 'view' })
    this.#checks = root.sublevel<string, Uint8Array>('boot-checks', { valueEncoding: 'view' }) as unknown as Table
    this.#screens = root.sublevel<string, Uint8Array>('boot-screens', { valueEncoding: 'view' }) as unknown as Table
  }

  /** Keeps a result (and its screenshot); answers it as kept: its id, screenshot id and output cut to size. */
  async save (record: BootCheckRecord): Promise<BootCheck> {
    const c = record.check ?? {}
    const pointId = c.pointId ?? ''
    if (pointId === '') throw new UserError('ERR_BAD_REQUEST', 'a boot check result must name its restore point (check.pointId)')
    const checkedAtMs = Number(c.checkedAtMs || Date.now())
    const id = checkId(pointId, checkedAtMs)
    const png = record.screenshotPng ?? new Uint8Array()
    if (png.byteLength > MAX_SCREENSHOT_BYTES) throw new UserError('ERR_BAD_REQUEST', `the boot check screenshot is ${png.byteLength} bytes; at most ${MAX_SCREENSHOT_BYTES} are kept`)
    const kept: BootCheck = {
      ...c,
      id,
      pointId,
      checkedAtMs,
      output: clip(c.output ?? ''),
      screenshotId: png.byteLength > 0 ? id : ''
    }
    if (png.byteLength > 0) await this.#screens.put(id, png)
    await this.#checks.put(id, pb.BootCheck.encode(kept).finish())
    return kept
  }

  /** Newest first, filtered as asked. */
  async list (query: BootCheckListRequest = {}): Promise<BootCheck[]> {
    const limit = query.limit || 100
    const range = query.pointId ? { gte: `${query.pointId}@`, lt: `${query.pointId}@~` } : {}
    const all: BootCheck[] = []
    for await (const bytes of this.#checks.values(range)) {
      const c = pb.BootCheck.decode(bytes)
      if (query.vm && c.vm !== query.vm) continue
      all.push(c)
    }
    all.sort((a, b) => Number(b.checkedAtMs ?? 0) - Number(a.checkedAtMs ?? 0))
    const out = query.latestPerPoint === true ? latestPerPoint(all) : all
    return out.slice(0, limit)
  }

  /** Every kept result, oldest first (the metrics and the protection view read them all). */
  async all (): Promise<BootCheck[]> {
    const out: BootCheck[] = []
    for await (const bytes of this.#checks.values()) out.push(pb.BootCheck.decode(bytes))
    return out.sort((a, b) => Number(a.checkedAtMs ?? 0) - Number(b.checkedAtMs ?? 0))
  }

  async screenshot (id: string): Promise<Uint8Array> {
    const png = await this.#screens.get(id)
    if (png == null) throw new UserError('ERR_BOOT_CHECK_NO_SCREENSHOT', `no screenshot "${id}": no boot check kept one by that id; \`meshbackup points boot-checks\` lists the checks and their screenshot ids`)
    return png
  }
}

/** `<point id>@<ms, 15 digits>`: a point's checks sort by time. */
export function checkId (pointId: string, checkedAtMs: number): string {
  return `${pointId}@${String(Math.max(0, Math.floor(checkedAtMs))).padStart(15, '0')}`
}

/** The newest check of each point, from a list sorted newest first. */
function latestPerPoint (newestFirst: BootCheck[]): BootCheck[] {
  const seen = new Set<string>()
  return newestFirst.filter((c) => {
    if (seen.has(c.pointId ?? '')) return false
    seen.add(c.pointId ?? '')
    return true
  })
}

function clip (text: string): string {
  const bytes = Buffer.from(text)
  if (bytes.length <= MAX_OUTPUT_BYTES) return text
  const cut = bytes.subarray(0, MAX_OUTPUT_BYTES).toString('utf8').replace(/\uFFFD$/, '')
  return `${cut}\n… (${bytes.length - Buffer.byteLength(cut)} more bytes)`
}
