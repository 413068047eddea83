/**
 * @packageDocumentation
 * A VM's guest processing around its snapshot, as a session runs it: pre-freeze before the
 * snapshot, post-thaw right after it, whether it was taken or not (guest/ holds the processing
 * itself). The guest's lines go to the session log as they come, each once, and its warnings
 * mark the session; under the job's "require" policy a failure fails the VM.
 *
 * @example
 * ```ts
 * const guest = await freezeGuest(vm, { job, host, hostKeys, log, signal: ctx.signal })
 * if (guest === null) return   // the VM failed
 * // ... snapshot
 * const thawed = await thawGuest(guest, vm, log)
 * ```
 */
import type { HostSpec, Job } from '../../proto/index.ts'
import type { Catalog } from './catalog.ts'
import { openGuest, type GuestSession } from './guest/guest-processing.ts'
import type { SessionLog } from './session-log.ts'

/** What freezing a guest needs of its session. */
export interface GuestFreezeInit {
  job: Job
  host: HostSpec
  /** the guests' pinned SSH host keys (absent: every key is accepted and none pinned) */
  hostKeys?: Pick<Catalog, 'guestHostKey' | 'pinGuestHostKey'>
  log: SessionLog
  signal: AbortSignal
}

/** Opens guest processing and runs pre-freeze; null when the VM must fail (policy require). */
export async function freezeGuest (vm: string, init: GuestFreezeInit): Promise<GuestSession | undefined | null> {
  const { job, host, log } = init
  if (job.guest?.enabled !== true) return undefined
  let guest: GuestSession | undefined
  try {
    const keys = init.hostKeys
    guest = await openGuest({
      vm,
      settings: job.guest,
      signal: init.signal,
      pinnedHostKey: await keys?.guestHostKey(host.name!, vm),
      pinHostKey: keys === undefined ? undefined : async (fingerprint) => { await keys.pinGuestHostKey(host.name!, vm, fingerprint) }
    })
    await guest.preFreeze()
    guestLines(vm, guest, log)
    return guest
  } catch (err: any) {
    guestLines(vm, guest, log, err.log)
    log.vmFailed(vm, `guest processing failed: ${err.message}`)
    await guest?.close().catch(() => {})
    return null
  }
}

/** Runs post-thaw and closes the guest session; false when the VM must fail (policy require). */
export async function thawGuest (guest: GuestSession | undefined, vm: string, log: SessionLog): Promise<boolean> {
  if (guest == null) return true
  let ok = true
  try {
    await guest.postThaw()
  } catch (err: any) {
    ok = false
    log.vmFailed(vm, `guest processing failed after the snapshot: ${err.message}`)
  }
  await guest.close().catch((err: Error) => log.warn(`VM ${vm}: removing the guest scripts failed: ${err.message}`))
  guestLines(vm, guest, log)
  return ok
}

// the guest session's log holds every line, warnings included; warnings also mark the session.
// How much of each guest's log is written already (a guest belongs to one session)
const logged = new WeakMap<GuestSession, { lines: number, warnings: number }>()

function guestLines (vm: string, guest: GuestSession | undefined, log: SessionLog, extra: string[] = []): void {
  const lines = guest?.log ?? extra
  const seen = (guest != null ? logged.get(guest) : undefined) ?? { lines: 0, warnings: 0 }
  for (const line of lines.slice(seen.lines)) log.line(`VM ${vm}: guest: ${line}`)
  for (let i = seen.warnings; i < (guest?.warnings.length ?? 0); i++) log.countWarning()
  if (guest != null) logged.set(guest, { lines: lines.length, warnings: guest.warnings.length })
}
