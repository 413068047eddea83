/**
 * @packageDocumentation
 * The repository's lock period, in its own folder (`lock.period`), so it travels with the data:
 * a point written now may not be deleted, pruned, collected or overwritten before its creation
 * time plus this many days (the point stores that date, `lock_until_ms`, so lowering the period
 * never shortens a lock already given). Fractional days are allowed (a test locks for seconds).
 * Who may lower it is decided by who calls: the repository refuses to lower it over the mesh
 * (`raiseOnly`); the CLI on the repository's own node writes the file directly.
 *
 * @example
 * ```ts
 * await writeLockPeriod(root, 30)
 * const days = await readLockPeriod(root)          // 30; 0 when no file
 * const until = lockUntil(Date.now(), days)        // ms since the epoch, 0 when days is 0
 * ```
 */
import { access, mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { isSystemError, RepositoryError } from './errors.ts'
import { writeFileAtomic } from './files.ts'

export const LOCK_PERIOD_FILE = 'lock.period'
const MAGIC = 'meshbackup-lock-period 1'
export const DAY_MS = 24 * 3600_000
/** Veeam's hardened repository allows up to 9999 days; nobody needs a lock longer than a century. */
export const MAX_LOCK_DAYS = 36_500

/** Throws ERR_BAD_ARGUMENT unless `days` is a usable lock period (0 to MAX_LOCK_DAYS, fractions allowed). */
export function checkLockDays (days: number): number {
  if (!Number.isFinite(days) || days < 0 || days > MAX_LOCK_DAYS) {
    throw new RepositoryError('ERR_BAD_ARGUMENT', `lock period ${days} days is not valid: use 0 (no lock) to ${MAX_LOCK_DAYS} days`)
  }
  return days
}

/** The lock period in days; 0 when the repository has none. ERR_CORRUPT_MANIFEST when the file is unreadable. */
export async function readLockPeriod (root: string): Promise<number> {
  const path = join(root, LOCK_PERIOD_FILE)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    if (isSystemError(err, 'ENOENT')) return 0
    throw err
  }
  const lines = text.split('\n')
  const days = Number(/^days: (.+)$/m.exec(text)?.[1])
  if (lines[0] !== MAGIC || !Number.isFinite(days) || days < 0) {
    // a lock that cannot be read is not a lock of 0: nothing may be deleted until it is fixed
    throw new RepositoryError('ERR_CORRUPT_MANIFEST', `lock period file ${path} cannot be read; write it again with \`meshbackup repository lock --days N\` on this node`, { subject: path })
  }
  return days
}

/** True when the folder has a lock period file (even one of 0 days). */
export async function hasLockPeriod (root: string): Promise<boolean> {
  return await access(join(root, LOCK_PERIOD_FILE)).then(() => true, () => false)
}

/** Writes the lock period (atomically). The caller decides whether lowering is allowed. */
export async function writeLockPeriod (root: string, days: number): Promise<void> {
  checkLockDays(days)
  const tmpDir = join(root, 'tmp')
  await mkdir(tmpDir, { recursive: true })
  const text = `${MAGIC}\ndays: ${days}\nset: ${new Date().toISOString()}\n`
  await writeFileAtomic({ tmpDir, path: join(root, LOCK_PERIOD_FILE), data: [Buffer.from(text, 'utf8')] })
}

/** The lock date of a point created at `createdAtMs` under `days`; 0 (no lock) when days is 0. */
export function lockUntil (createdAtMs: number, days: number): number {
  return days > 0 ? Math.ceil(createdAtMs + days * DAY_MS) : 0
}

/** ERR_POINT_LOCKED for a point, naming its unlock date. */
export function pointLocked (pointId: string, untilMs: number, action: string): RepositoryError {
  return new RepositoryError('ERR_POINT_LOCKED',
    `restore point ${pointId} is locked until ${new Date(untilMs).toISOString()}: it cannot be ${action} before then, by anyone (the repository's lock period)`,
    { subject: pointId })
}
