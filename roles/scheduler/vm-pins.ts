/**
 * @packageDocumentation
 * Which repository node each VM of a session writes to. A restore point is committed per VM, on
 * one node, from the staged disks that node holds; when several nodes announce one repository
 * name, the disks of one VM must not be spread over them. The node that holds the VM's base point,
 * when the manager names it, or else the node that granted the repository lease of the VM's first
 * placed disk, pins the VM; its other disks, and every retry of any of them, go only to that
 * node. If the node leaves, they wait for it like for any missing repository and then fail: the
 * VM gets no point in this session, and the next session backs it up again (moving the disks
 * already stored would cost more than reading them again).
 *
 * Pins live as long as a retry may still come (a day after the VM's last placement by default),
 * and go with the session when it is cancelled.
 *
 * @example
 * ```ts
 * const pins = new VmPins()
 * const key = vmKey(task)          // undefined: the task names no session or VM, nothing to keep together
 * pins.set(key, 'peer-r1', now)
 * pins.get(key)                    // 'peer-r1'
 * ```
 */
import type { TaskSpec } from '../../proto/index.ts'

/** How long a pin outlives its VM's last placement: longer than any disk's backup may run. */
export const PIN_TTL_MS = 24 * 3600_000

/** The VM a task belongs to within its session, or undefined when it names no session or VM. */
export function vmKey (task: TaskSpec): string | undefined {
  const session = task.sessionId ?? ''
  const vm = task.vm ?? ''
  return session !== '' && vm !== '' ? `${session}\0${vm}` : undefined
}

interface Pin { peerId: string, at: number }

export class VmPins {
  private readonly ttlMs: number
  // in order of last use: the oldest are pruned from the front
  private readonly pins = new Map<string, Pin>()

  constructor (ttlMs = PIN_TTL_MS) {
    this.ttlMs = ttlMs
  }

  get size (): number {
    return this.pins.size
  }

  /** The node the VM writes to, if one of its disks was placed already. */
  get (key: string | undefined): string | undefined {
    return key != null ? this.pins.get(key)?.peerId : undefined
  }

  /** The VM's disks go to this node from now on (a newer placement on the same node refreshes the pin). */
  set (key: string | undefined, peerId: string, now: number): void {
    if (key == null) return
    this.pins.delete(key)
    this.pins.set(key, { peerId, at: now })
    this.prune(now)
  }

  /** Forgets the pins of a session (it was cancelled: no task of it comes back). */
  forgetSession (sessionId: string): void {
    const prefix = `${sessionId}\0`
    for (const key of this.pins.keys()) if (key.startsWith(prefix)) this.pins.delete(key)
  }

  private prune (now: number): void {
    for (const [key, pin] of this.pins) {
      if (now - pin.at < this.ttlMs) return
      this.pins.delete(key)
    }
  }
}
