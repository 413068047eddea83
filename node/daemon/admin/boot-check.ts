/**
 * @packageDocumentation
 * `verify POINT --boot` on the daemon: the boot check of a restore point (README "Boot checks").
 * The manager opens the check's session; the point is started in isolation through the
 * instant-recovery path (`startIsolated`, which the daemon gets from the recovery engine: the
 * point's disks as read-only NBD exports, a local qcow2 overlay on each, the VM started with
 * node/hosts/qemu/isolated-vm.ts's command line); node/hosts/qemu/boot-check.ts waits for the
 * heartbeat, runs the script and takes the screenshot; the VM and its overlays are thrown away,
 * whatever happened; the result goes to the manager, which keeps it and ends the session.
 *
 * @example
 * ```ts
 * const reply = await bootCheckPoint({ findPoint, toManager, startIsolated }, { pointId, scriptPath: '/usr/local/bin/check.sh' }, progress)
 * console.log(reply.bootCheck?.pass, reply.bootCheck?.reason)
 * ```
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AdminReply, AdminRequest, BootCheckRequest, PointSummary, Progress } from '../../../proto/index.ts'
import { bootCheck, bootCheckRecordOf, type BootCheckResult } from '../../hosts/qemu/boot-check.ts'
import type { QmpClient } from '../../hosts/qemu/qmp.ts'
import { UserError } from '../../runtime/actors/errors.ts'

/** What the recovery path is asked to start. */
export interface IsolatedStart {
  point: PointSummary
  vm: string
  /** the registered QEMU host named by the request ('' : the recovery path's choice) */
  host: string
  /** a folder for the VM's sockets, serial log and screendump (removed afterwards) */
  workDir: string
  dataKey?: Uint8Array
}

/** A VM the recovery path started in isolation (isolated-vm.ts's channels). */
export interface IsolatedVm {
  qmp: QmpClient
  /** `unix:PATH` of its guest agent channel */
  qga: string
  serialLog: string
  startedAtMs: number
  /** resolves when QEMU exits */
  exited: Promise<unknown>
  /** the host it runs on, for the record */
  host: string
  /** lines for the session log (exports, overlays, the command line) */
  log: string[]
  /** stops the VM and throws its overlays and exports away */
  stop(): Promise<void>
}

export type StartIsolated = (start: IsolatedStart) => Promise<IsolatedVm>

export interface BootCheckDeps {
  findPoint: (id: string, repository: string) => Promise<PointSummary>
  toManager: (request: AdminRequest) => Promise<AdminReply>
  /** absent: this daemon cannot start points (ERR_BOOT_CHECK_UNAVAILABLE) */
  startIsolated?: StartIsolated
  /** where work folders go (the system's temp folder) */
  tmpDir?: string
}

const DEFAULT_BOOT_TIMEOUT_S = 120
const DEFAULT_SCRIPT_TIMEOUT_S = 60

export async function bootCheckPoint (deps: BootCheckDeps, req: BootCheckRequest, progress: (p: Progress) => Promise<void>): Promise<AdminReply> {
  if (deps.startIsolated == null) {
    throw new UserError('ERR_BOOT_CHECK_UNAVAILABLE', 'a boot check starts the point through instant recovery, which this daemon cannot do; run it on a daemon that can reach a QEMU host')
  }
  if (req.noAgent === true && !req.heartbeatLine) throw new UserError('ERR_BOOT_CHECK_BAD_REQUEST', 'without the guest agent (--no-agent) a boot check needs --heartbeat-line: a serial console line that says the guest is up')
  if (req.scriptText && req.scriptPath) throw new UserError('ERR_BOOT_CHECK_BAD_REQUEST', 'give the boot check script as a file (--script) or as a path in the guest (--script-path), not both')
  const point = await deps.findPoint(req.pointId ?? '', req.repository ?? '')
  if (req.vm && req.vm !== point.vm) throw new UserError('ERR_BOOT_CHECK_BAD_REQUEST', `restore point ${point.id} is a backup of VM "${point.vm}", not "${req.vm}"`)
  const vm = point.vm ?? ''
  const session = (await deps.toManager({ bootCheckBegin: { pointId: point.id, vm, job: point.job, repository: point.repository, host: req.host ?? '' } })).session
  await progress({ what: `boot check of ${point.id}: starting VM ${vm} in isolation`, session: session ?? undefined })

  const workDir = await mkdtemp(join(deps.tmpDir ?? tmpdir(), 'mb-boot-'))
  // lines for the session log, stamped when they happen (the manager stamps only unstamped ones)
  const log: string[] = []
  const note = (line: string): void => { log.push(`${new Date().toISOString()} ${line}`) }
  let result: BootCheckResult | undefined
  let host = req.host ?? ''
  try {
    let started: IsolatedVm | undefined
    try {
      started = await deps.startIsolated({ point, vm, host, workDir, dataKey: req.dataKey != null && req.dataKey.byteLength > 0 ? req.dataKey : undefined })
      host = started.host || host
      for (const line of started.log) note(line)
      note(`VM ${vm} started from restore point ${point.id} in isolation (no network) on host ${host || 'this node'}; waiting for its heartbeat`)
      await progress({ what: `boot check of ${point.id}: VM started, waiting for its heartbeat`, session: session ?? undefined })
      result = await bootCheck({
        qmp: started.qmp,
        qga: started.qga,
        serialLog: started.serialLog,
        startedAtMs: started.startedAtMs,
        exited: started.exited,
        workDir,
        agent: req.noAgent !== true,
        serialLine: req.heartbeatLine || undefined,
        bootTimeoutMs: (req.bootTimeoutS || DEFAULT_BOOT_TIMEOUT_S) * 1000,
        script: req.scriptText || req.scriptPath
          ? { text: req.scriptText || undefined, path: req.scriptPath || undefined, args: req.scriptArgs ?? [], timeoutMs: (req.scriptTimeoutS || DEFAULT_SCRIPT_TIMEOUT_S) * 1000 }
          : undefined
      })
    } finally {
      if (started != null) {
        await started.stop().catch((err: Error) => { note(`warning: the VM could not be stopped cleanly: ${err.message}`) })
        note('VM stopped, its overlays thrown away')
      }
    }
  } catch (err) {
    // the VM could not be started (or the check broke): recorded as a failed check, then answered
    const message = (err as Error).message
    note(`error: ${message}`)
    const record = await deps.toManager({
      bootCheckRecord: {
        check: { pointId: point.id, vm, job: point.job, repository: point.repository, host, sessionId: session?.id ?? '', pass: false, code: 'ERR_BOOT_CHECK_VM_EXITED', reason: `the VM could not be started from the point: ${message}` },
        log
      }
    }).catch(() => undefined)
    await rm(workDir, { recursive: true, force: true })
    if (record?.bootCheck != null) return { bootCheck: record.bootCheck }
    throw err
  }
  await rm(workDir, { recursive: true, force: true })
  const reply = await deps.toManager({
    bootCheckRecord: bootCheckRecordOf(result!, { pointId: point.id ?? '', vm, job: point.job ?? '', repository: point.repository ?? '', host, sessionId: session?.id ?? '', log })
  })
  return { bootCheck: reply.bootCheck }
}
