/**
 * @packageDocumentation
 * Changed block tracking on a QEMU disk with persistent dirty bitmaps named `mb-<session>-<disk>`:
 * which bitmap a snapshot freezes, which it starts, which it throws away, and how release puts
 * things back. Pure decisions; the connector sends the QMP commands.
 *
 * One live meshbackup bitmap per disk, recording since the last good point. At a snapshot, in the
 * same transaction as the point in time, that bitmap is frozen (disabled) and a new one starts.
 * The frozen bitmap is handed to the proxy (`cbt_bitmap`) only when the base point of the backup
 * recorded exactly that name, and it is persistent, consistent and not busy: it then names every
 * block changed since that point. Anything else means a full read, with `cbt_reason` saying why.
 *
 * Release:
 * - success: the frozen bitmap is removed; the new one carries on.
 * - failure: the new bitmap is merged INTO the frozen one, which is re-enabled, and the new one
 *   removed. The live bitmap then has the name the last good point recorded again and covers
 *   every change since that point, so the next backup (whose base is still that point) gets an
 *   incremental. (Merging the other way round would leave the last good point naming a bitmap
 *   that no longer exists, forcing a full read.)
 * - An inconsistent bitmap is never merged, only removed; a frozen bitmap whose successor is gone
 *   is removed too (it missed the writes since the snapshot). QEMU 7.2 crashes on a merge with an
 *   empty source list, so none is ever built.
 */
import { OWN_PREFIX, type QemuBitmap } from './inventory.ts'

/** What a snapshot does with one disk's bitmaps. */
export interface CbtPlan {
  /** bitmaps removed before the snapshot (inconsistent, foreign, left over) */
  remove: string[]
  /** the live bitmap to disable in the snapshot transaction; it becomes `cbt_bitmap` */
  freeze?: string
  /** the persistent bitmap added in the snapshot transaction (`cbt_next`) */
  add?: string
  /** why there is no `freeze` ('' when there is one) */
  reason: string
}

export interface CbtPlanInput {
  /** the disk's name (part of the new bitmap's name) */
  disk: string
  /** the disk node's driver */
  format: string
  bitmaps: readonly QemuBitmap[]
  /** the bitmap the base point recorded for this disk; '' for none */
  base: string
  sessionId: string
  /** false: the job does not keep changed block tracking */
  enabled: boolean
  /** appended to the new bitmap's name if that name is taken */
  token: string
}

/** Decides what a snapshot does with a disk's bitmaps. */
export function planCbt (input: CbtPlanInput): CbtPlan {
  if (!input.enabled) return { remove: [], reason: 'changed block tracking is off for this job: reading every block' }
  if (input.format !== 'qcow2') {
    return {
      remove: [],
      reason: `${input.format} image cannot persist a bitmap: reading every block (for changed block tracking use qcow2, or qcow2 with a raw data_file)`
    }
  }
  const ours = input.bitmaps.filter(b => b.name.startsWith(OWN_PREFIX))
  const remove: string[] = []
  let freeze: string | undefined
  for (const b of ours) {
    if (b.busy) continue // held by an export or job we do not own: leave it alone
    if (b.inconsistent !== true && b.recording && b.persistent && b.name === input.base) freeze = b.name
    else remove.push(b.name)
  }
  let add = `${OWN_PREFIX}${safeName(input.sessionId)}-${safeName(input.disk)}`
  if (input.bitmaps.some(b => b.name === add && !remove.includes(b.name))) add += `-${input.token}`
  return { remove, freeze, add, reason: freeze === undefined ? noBaseReason(input.base, ours) : '' }
}

function noBaseReason (base: string, ours: readonly QemuBitmap[]): string {
  if (base === '') return 'no base point: first backup'
  const b = ours.find(x => x.name === base)
  if (b === undefined) {
    const live = ours.filter(x => x.recording && x.inconsistent !== true).map(x => x.name)
    return live.length > 0
      ? `the base point recorded ${base} but the disk has ${live.join(', ')}: reading every block`
      : `the base point recorded ${base} but the disk has no meshbackup bitmap (removed, or the image was replaced): reading every block`
  }
  if (b.inconsistent === true) return `bitmap ${base} is inconsistent (QEMU was killed?): reset, reading every block`
  if (b.busy) return `bitmap ${base} is in use by an export or job (an unreleased snapshot?): reading every block`
  if (!b.recording) return `bitmap ${base} is not recording (left frozen by a snapshot that was never released): reset, reading every block`
  return `bitmap ${base} is not persistent: reset, reading every block`
}

/** One step of putting a disk's bitmaps back at release. */
export type CbtReleaseStep =
  | { op: 'remove', name: string }
  /** re-enable `target` (when disabled), merge `source` into it, remove `source` */
  | { op: 'fold', target: string, source: string, enable: boolean }

/**
 * What release does with the frozen (`frozen`, may be '') and new (`next`) bitmap of a disk,
 * given the bitmaps the node has now. `failed`: the backup did not complete, or the snapshot
 * never took effect.
 */
export function releaseCbt (frozen: string, next: string, bitmaps: readonly QemuBitmap[], failed: boolean): CbtReleaseStep[] {
  const find = (name: string): QemuBitmap | undefined => name === '' ? undefined : bitmaps.find(b => b.name === name)
  let f = find(frozen)
  let n = find(next)
  const steps: CbtReleaseStep[] = []
  if (n?.inconsistent === true) { steps.push({ op: 'remove', name: n.name }); n = undefined }
  if (f?.inconsistent === true) { steps.push({ op: 'remove', name: f.name }); f = undefined }
  if (!failed && n !== undefined) {
    if (f !== undefined) steps.push({ op: 'remove', name: f.name })
    return steps
  }
  if (f !== undefined && n !== undefined) {
    steps.push({ op: 'fold', target: f.name, source: n.name, enable: !f.recording })
  } else if (f !== undefined && !f.recording) {
    // frozen at the snapshot and nothing recorded since: re-enabling it would miss those writes
    steps.push({ op: 'remove', name: f.name })
  }
  // f recording and no n: the snapshot never froze it, nothing to undo; only n: it is the sole tracker
  return steps
}

/** A session or disk name reduced to what reads well in a bitmap name. */
export function safeName (s: string): string {
  return s.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 100) || '_'
}
