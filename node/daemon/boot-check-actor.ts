/**
 * @packageDocumentation
 * The node's "boot-check" actor: how a boot-check job's run (roles/manager/boot-check-job.ts)
 * reaches the code behind `verify POINT --boot`. It answers BootCheckRun by handing the request to
 * this daemon's admin handler as a BootCheckRequest (node/daemon/admin/boot-check.ts: the point
 * served from this daemon's NBD server, started in isolation by qemu-system here, checked, thrown
 * away, the result recorded with the manager) and answers the kept result. One check at a time:
 * TCG gets few cores. The daemon registers it, and announces Announcement.boot_check, only when
 * qemu-system-x86_64 is on its PATH.
 *
 * @example
 * ```ts
 * if (await canBootCheck()) system.spawn('boot-check', bootCheckActor({ handler, busy: (n) => capacity.set({ bootCheck: { slots: 1, active: n } }) }), { restart: 'permanent' })
 * ```
 */
import { access, constants } from 'node:fs/promises'
import { delimiter, join } from 'node:path'
import type { AdminHandler } from '../../protocols/admin.ts'
import type { Behavior } from '../runtime/actors/behavior.ts'
import type { Logger } from '../core/logger.ts'

export interface BootCheckActorInit {
  /** this daemon's admin handler: it runs `{ bootCheck }` as `verify --boot` does */
  handler: AdminHandler
  /** told how many checks run now (0 or 1), for the capacity announcement */
  busy?: (active: number) => void
  log?: Logger
}

export function bootCheckActor (init: BootCheckActorInit): () => Behavior {
  return () => {
    // one check at a time, whatever the mailbox does with long asks
    let chain: Promise<unknown> = Promise.resolve()
    let waiting = 0
    return {
      async receive (msg) {
        const run = msg.bootCheckRun
        if (run == null) return undefined
        waiting++
        init.busy?.(1)
        const mine = chain.then(async () => {
          const req = run.request ?? {}
          init.log?.info('boot check asked', { point: req.pointId, vm: req.vm, session: run.runSession })
          const reply = await init.handler({ bootCheck: req }, async () => {})
          return { bootCheckRunReply: { check: reply.bootCheck ?? undefined } }
        })
        chain = mine.catch(() => {})
        try {
          return await mine
        } finally {
          if (--waiting === 0) init.busy?.(0)
        }
      }
    }
  }
}

/** Whether `qemu-system-x86_64` (or the program named) is an executable on PATH. */
export async function canBootCheck (program = 'qemu-system-x86_64', path = process.env.PATH ?? ''): Promise<boolean> {
  for (const dir of path.split(delimiter).filter((d) => d !== '')) {
    try {
      await access(join(dir, program), constants.X_OK)
      return true
    } catch {}
  }
  return false
}
