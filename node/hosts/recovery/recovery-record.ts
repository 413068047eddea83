/**
 * @packageDocumentation
 * The record a recovery leaves in its folder (`recovery.json` beside the overlays), so that a
 * daemon that restarted can take it up again: the recovered VM (or the VM its disks were attached
 * to) keeps running without the daemon, as a production VM does, and the restarted daemon finds it
 * from this record: its QMP socket, the point's disks, the repository serving them and whether a
 * migration ran. The point's data key is never written: an encrypted point's adoption waits for
 * the manager to hand the key again.
 *
 * Written whole to a temporary file and renamed over the old one: a crash leaves the old record
 * or the new one, never half of one.
 *
 * @example
 * ```ts
 * await writeRecoveryRecord(dir, { ...record, migrating: true, speed: 0 })
 * const record = await readRecoveryRecord(dir)   // undefined: no recovery left there
 * ```
 */
import { readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

export const RECORD_FILE = 'recovery.json'

/** One disk as the record keeps it: enough to open its export and name its block nodes. */
export interface RecordedDisk {
  index: number
  size: number
}

export interface RecoveryRecord {
  id: string
  pointId: string
  vm: string
  name: string
  /** the repository node whose blocks serve the point */
  repositoryPeer: string
  /** the point is encrypted: its export needs the key, which only the manager can give again */
  sealed: boolean
  network: boolean
  disks: RecordedDisk[]
  /** the monitor the recovery drives: the recovered VM's own `unix:<dir>/qmp.sock`, or the attached VM's */
  qmp: string
  /** the recovered VM's QEMU process (0: disks attached to a VM the recovery did not start) */
  pid: number
  /** the peer id of the node that runs it: only that node adopts it by itself */
  node: string
  /** the disks were hot-plugged into this registered QEMU host's VM (empty: a VM of its own) */
  attachedTo: string
  /** a migration was asked for (with this bytes/s cap): the adopted recovery carries it on */
  migrating: boolean
  speed: number
  /** every block was local when the record was last written: no export is needed any more */
  migrated: boolean
  createdAtMs: number
  runningAtMs: number
}

export async function writeRecoveryRecord (dir: string, record: RecoveryRecord): Promise<void> {
  const file = join(dir, RECORD_FILE)
  await writeFile(`${file}.tmp`, JSON.stringify(record, null, 2), { mode: 0o600 })
  await rename(`${file}.tmp`, file)
}

/** The record in `dir`, or undefined when there is none (the recovery was stopped, or never started there). */
export async function readRecoveryRecord (dir: string): Promise<RecoveryRecord | undefined> {
  let text: string
  try {
    text = await readFile(join(dir, RECORD_FILE), 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw err
  }
  return JSON.parse(text) as RecoveryRecord
}
