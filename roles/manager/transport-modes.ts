/**
 * @packageDocumentation
 * How a session's disks may be read: the transport modes a disk's snapshot view offers, the
 * modes a placed proxy may fall back to, and the kind of snapshot the job's modes and the host's
 * proxies need. The scheduler picks the mode (roles/scheduler/placement.ts); the session only
 * says which ones the view and the job allow.
 *
 * @example
 * ```ts
 * const kind = snapshotKind(job, capacity, host.name)   // 'overlay' | 'fleece'
 * const modes = viewModes(disk)                        // e.g. ['direct', 'nbd']
 * ```
 */
import type { DiskInfo, Job } from '../../proto/index.ts'
import type { Capacity } from '../../protocols/capacity.ts'

const MODES = ['direct', 'hotadd', 'nbd']

/** The modes a disk's snapshot view can be read through. */
export function viewModes (view: DiskInfo): string[] {
  const modes: string[] = []
  if (view.file) modes.push('direct')
  if (view.nbd?.startsWith('unix:')) modes.push('hotadd')
  if (view.nbd?.startsWith('tcp:')) modes.push('nbd')
  return modes
}

/** The placed proxy's other modes for this host, in order of preference: its fallbacks. */
export function fallbacks (capacity: Capacity, proxy: string, host: string, placed: string, allowed: string[]): string[] {
  const reached = capacity.get(proxy)?.announcement.proxy?.hosts?.find((h) => h.host === host)?.modes ?? []
  return MODES.filter((m) => m !== placed && reached.includes(m) && (allowed.length === 0 || allowed.includes(m)))
}

/**
 * An external overlay lets every mode read the point in time (direct reads the read-only base,
 * NBD reads its export); fleecing serves NBD only, so it is used when the job pins an NBD mode
 * or no proxy reads the host's storage directly.
 */
export function snapshotKind (job: Job, capacity: Capacity, host: string): 'overlay' | 'fleece' {
  if (job.mode === 'hotadd' || job.mode === 'nbd') return 'fleece'
  if (job.mode === 'direct') return 'overlay'
  const direct = capacity.entries().some((e) => e.announcement.proxy?.hosts?.some((h) => h.host === host && h.modes?.includes('direct')))
  return direct ? 'overlay' : 'fleece'
}
