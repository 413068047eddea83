/**
 * @packageDocumentation
 * The image files of a recovery, made with qemu-img: each disk's qcow2 overlay on the point's NBD
 * export (metadata only: `-u`, so nothing of the export is read and a disk of any size is ready
 * at once), and the local raw image a migration restores a disk into (local-copy.ts).
 */
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { parseQmpAddress } from '../qemu/qmp.ts'
import { RecoveryError } from './recovery-error.ts'

/** Where a recovery keeps each disk's overlay, in its folder: `disk<index>.qcow2`. */
export function overlayPaths (dir: string, disks: ReadonlyArray<{ index: number }>): string[] {
  return disks.map((d) => join(dir, `disk${d.index}.qcow2`))
}

/** Where a migration restores disk `index` into, beside its overlay: `disk<index>.local.raw`. */
export function localImagePath (dir: string, index: number): string {
  return join(dir, `disk${index}.local.raw`)
}

/** One overlay per disk, `overlays[i]` for `disks[i]`, backed by the disk's export. */
export async function createOverlays (qemuImg: string, disks: ReadonlyArray<{ index: number, size: number, nbd: string, exportName: string }>, overlays: readonly string[], dir: string): Promise<void> {
  await Promise.all(disks.map(async (d, i) => {
    await run(qemuImg, ['create', '-q', '-f', 'qcow2', '-u', '-F', 'raw', '-b', nbdUri(d), overlays[i]!, String(d.size)]).catch((err: Error) => {
      throw new RecoveryError('ERR_RECOVERY_OVERLAY_FAILED', `creating the overlay ${overlays[i]} of disk ${d.index} failed: ${err.message}; is qemu-img (Debian: qemu-utils) installed and ${dir} writable?`, { cause: err })
    })
  }))
}

/** The backing file name written in an overlay's header (for `qemu-img info`; the VM is given the graph). */
function nbdUri (d: { nbd: string, exportName: string }): string {
  const a = parseQmpAddress(d.nbd)
  return a.type === 'unix' ? `nbd+unix:///${d.exportName}?socket=${a.path}` : `nbd://${a.host}:${a.port}/${d.exportName}`
}

async function run (cmd: string, args: string[]): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    execFile(cmd, args, { timeout: 60_000 }, (err, _stdout, stderr) => {
      if (err === null) resolve()
      else reject(new Error(String(stderr).trim() || err.message, { cause: err }))
    })
  })
}
