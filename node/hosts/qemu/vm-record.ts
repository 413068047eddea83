/**
 * @packageDocumentation
 * The QEMU host's state folder: one record per live snapshot, written BEFORE anything is created
 * in QEMU or on disk, so that release() and the snapshot hunter can clean up from the record alone
 * (after a crash of the node, of QEMU, or both).
 *
 * ```
 * <state>/meshbackup/<host key>/snapshots/<snapshotId>/snapshot.json   this record (format 1)
 * <state>/meshbackup/<host key>/snapshots/<snapshotId>/<i>-<disk>.overlay.qcow2   overlay (kind overlay)
 * <state>/meshbackup/<host key>/snapshots/<snapshotId>/<i>-<disk>.fleece.qcow2    fleece image (kind fleece)
 * ```
 * `<state>` is the folder of the QMP socket unless configured (tcp: os.tmpdir()); `<host key>`
 * the QMP socket's file name (tcp: `tcp-HOST-PORT`) with anything but letters, digits, `_` and
 * `-` made `_` (`vm1.qmp` → `vm1_qmp`), so hosts sharing a folder keep apart. Snapshot ids are
 * `<sessionId>-<vm>-<8 hex>` as on the file host. The folder must be
 * reachable at the same path by this node and by the QEMU process (QEMU opens the images).
 * A snapshot folder exists exactly as long as the snapshot is not fully released.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** Snapshot ids become folder names: no separators, no dot-dot. */
export const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/

/** A name made safe for a path: the same as the file host's, so both name snapshots `<session>-<slug(vm)>-<8 hex>`. */
export function slug (s: string): string {
  return s.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64) || '_'
}

/** What snapshot() created (or was about to create) for one disk. */
export interface DiskRecord {
  index: number
  name: string
  /** the disk's node: the base of an overlay, the source of a fleece */
  node: string
  file: string
  format: string
  size: number
  overlay?: { node: string, fileNode: string, file: string, job: string }
  fleece?: { node: string, fileNode: string, file: string, job: string }
  export?: { id: string, name: string }
  cbt?: { frozen: string, next: string, reason: string, removed: string[] }
}

/** snapshot.json. */
export interface QemuSnapshotRecord {
  format: 1
  id: string
  host: string
  qmp: string
  vm: string
  sessionId: string
  createdAt: string
  kind: 'overlay' | 'fleece'
  /** creating: recorded, maybe partly made; taken: the transaction succeeded; ready: exported */
  state: 'creating' | 'taken' | 'ready'
  /** the NBD server address the exports are on */
  nbd: string
  disks: DiskRecord[]
}

/** The records of one host's state folder. */
export class SnapshotRecords {
  /** `<state>/meshbackup/<host key>/snapshots` */
  readonly folder: string

  constructor (folder: string) {
    this.folder = folder
  }

  /** The folder of one snapshot (its record and images). */
  dir (id: string): string {
    return join(this.folder, id)
  }

  /** Writes (replaces) a record atomically, creating its folder. */
  async write (record: QemuSnapshotRecord): Promise<void> {
    const dir = this.dir(record.id)
    await mkdir(dir, { recursive: true })
    const tmp = join(dir, 'snapshot.json.tmp')
    await writeFile(tmp, JSON.stringify(record, null, 2) + '\n')
    await rename(tmp, join(dir, 'snapshot.json'))
  }

  /** The record, or undefined when there is none (released) or it cannot be read. */
  async read (id: string): Promise<QemuSnapshotRecord | undefined> {
    if (!SAFE_ID.test(id)) return undefined
    try {
      const r = JSON.parse(await readFile(join(this.dir(id), 'snapshot.json'), 'utf8')) as QemuSnapshotRecord
      return r.format === 1 && r.id === id && Array.isArray(r.disks) ? r : undefined
    } catch {
      return undefined
    }
  }

  /** Ids of every snapshot folder, sorted (also one whose record is unreadable: it still holds files). */
  async list (): Promise<string[]> {
    try {
      const entries = await readdir(this.folder, { withFileTypes: true })
      return entries.filter(e => e.isDirectory() && SAFE_ID.test(e.name)).map(e => e.name).sort()
    } catch (err) {
      if ((err as { code?: unknown }).code === 'ENOENT') return []
      throw err
    }
  }

  /** Removes a snapshot's folder with whatever it still holds. */
  async remove (id: string): Promise<void> {
    await rm(this.dir(id), { recursive: true, force: true })
  }
}
