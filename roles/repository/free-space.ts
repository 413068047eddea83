/**
 * @packageDocumentation
 * A repository's free space as it announces it: the file system's free bytes minus a reserve.
 * The reserve is kept for what must still be written when disks stop arriving — the block
 * index (LevelDB fails for good on a write error), staged and point manifests of disks already
 * received — so a repository that fills up fails the disk being written, not the commits and
 * points around it. A writer gives up once the free bytes drop below half the reserve
 * (`belowReserve`), before the file system is full.
 *
 * @example
 * ```ts
 * const space = await repositorySpace('/srv/backup', config.reserveBytes)
 * space.announced   // free bytes minus the reserve, what the scheduler places against
 * ```
 */
import { statfs } from 'node:fs/promises'
import { RepositoryError } from './errors.ts'
import { formatBytesExact as formatBytes } from '../../node/core/units.ts'

/** The reserve when the configuration sets none: 256 MiB, or 5% of a smaller file system. */
export const DEFAULT_RESERVE_BYTES = 256 * 1024 * 1024
export const DEFAULT_RESERVE_SHARE = 0.05

export interface RepositorySpace {
  /** bytes this process may still write in the repository's file system */
  free: number
  /** the file system's size */
  total: number
  /** bytes kept free for the index and the manifests */
  reserve: number
  /** free minus reserve, never below 0: what the repository announces */
  announced: number
}

/** The reserve for a file system of `total` bytes: the configured one, else the default. */
export function reserveFor (total: number, configured?: number): number {
  if (configured != null && Number.isFinite(configured) && configured >= 0) return Math.floor(configured)
  return Math.min(DEFAULT_RESERVE_BYTES, Math.floor(total * DEFAULT_RESERVE_SHARE))
}

export async function repositorySpace (path: string, reserveBytes?: number): Promise<RepositorySpace> {
  const s = await statfs(path)
  const free = s.bavail * s.bsize
  const total = s.blocks * s.bsize
  const reserve = reserveFor(total, reserveBytes)
  return { free, total, reserve, announced: Math.max(0, free - reserve) }
}

/** True when a writer must stop: less than half the reserve is left. */
export function belowReserve (space: RepositorySpace): boolean {
  return space.free < space.reserve / 2
}

/** ENOSPC (or EDQUOT) anywhere in an error's causes. */
export function isOutOfSpace (err: unknown): boolean {
  for (let e = err as { code?: unknown, cause?: unknown } | undefined, depth = 0; e != null && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e !== 'object') return false
    if (e.code === 'ENOSPC' || e.code === 'EDQUOT' || e.code === 'ERR_REPOSITORY_FULL') return true
  }
  return false
}

/**
 * The error a disk that did not fit fails with: it names the repository, its folder, the space
 * left and what the disk still needed, and says what to do.
 */
export function repositoryFull (init: { name: string, path: string, space?: RepositorySpace, what: string, neededBytes: number, cause?: unknown }): RepositoryError {
  const s = init.space
  const left = s != null ? `${formatBytes(s.free)} free; it keeps ${formatBytes(s.reserve)} in reserve` : 'no space left'
  return new RepositoryError('ERR_REPOSITORY_FULL',
    `repository ${init.name} at ${init.path} is full (${left}): ${init.what} needed up to ${formatBytes(init.neededBytes)} more; ` +
    'what it wrote was removed. Free space (retention, `meshbackup gc`), grow the file system, or back the VM up to another repository',
    { subject: init.path, cause: init.cause })
}

/**
 * The least drift of free space a timed re-read announces: other writers on the filesystem (logs,
 * other programs) move it a little all the time, and announcing each wiggle would send an
 * announcement every 10 s from an idle repository (the idle heartbeat is 60 s, sim/idle-cost.ts).
 * A lease change, where the repository's own disks take or give back space, announces it exactly.
 */
export function freeSpaceDriftMatters (announced: number, now: number): boolean {
  return Math.abs(now - announced) >= Math.max(16 * 1024 * 1024, announced / 100)
}
