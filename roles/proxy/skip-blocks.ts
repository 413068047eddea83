/**
 * @packageDocumentation
 * The proxy's half of "skip what need not be stored": before the first block is hashed, the
 * disk's filesystems are read through the task's own BlockSource (node/hosts/guest-fs/
 * skip-plan.ts) and every block that is free space, swap, or data of an excluded file is marked;
 * disk-move.ts then stores those as zero without reading them. Swap files and exclusions need
 * debugfs on a file holding the disk: the snapshot's raw image in direct mode, the NBD export
 * shown as a file by nbdfuse in the hotadd and nbd modes; a qcow2 image in direct mode has
 * neither, so only free space and swap partitions are skipped there (a note says so).
 *
 * Nothing here can fail a backup: any error reading the guest's filesystems means the disk is
 * read whole, and the session log says why.
 *
 * @example
 * ```ts
 * const skips = await planTaskSkips(task, disk, what)
 * if (skips.reasons?.[index] !== 0) // store as zero
 * ```
 */
import type { TaskSpec } from '../../proto/index.ts'
import { planSkips, type SkipPlan } from '../../node/hosts/guest-fs/skip-plan.ts'
import { sourceBytes } from '../../node/hosts/guest-fs/source-bytes.ts'
import { mountNbd, type DiskMount, type MountedDisk } from '../../node/hosts/guest-fs/disk-mount.ts'
import type { OpenedDisk } from './open-disk.ts'
import { viewOf } from './open-disk.ts'

export interface TaskSkips {
  /** per block: 0 read, else why it is stored as zero unread (skip-plan.ts's SKIP_*); undefined: read every block */
  reasons?: Uint8Array
  counts: SkipPlan['counts']
  notes: string[]
  /** bytes the plan read from the disk (the filesystems' metadata) */
  bytesRead: number
}

export interface TaskSkipsOptions {
  /** how an NBD export becomes a file for debugfs (default nbdfuse) */
  mount?: DiskMount
  /** the debugfs program */
  debugfs?: string
}

export async function planTaskSkips (task: TaskSpec, disk: OpenedDisk, what: string, options: TaskSkipsOptions = {}): Promise<TaskSkips> {
  const free = task.noSkipFree !== true
  const swap = task.noSkipSwap !== true
  const exclude = (task.exclude ?? []).filter((p) => p.trim() !== '')
  const none: TaskSkips = { counts: { free: 0, swap: 0, excluded: 0 }, notes: [], bytesRead: 0 }
  if (!free && !swap && exclude.length === 0) return none
  const source = disk.source
  const view = viewOf(task)
  const bytes = sourceBytes(source, what)
  let mounted: MountedDisk | undefined
  try {
    let device: string | (() => Promise<string>) | undefined
    let noDevice: string | undefined
    const file = view.file || task.source || ''
    if (swap || exclude.length > 0) {
      if (disk.mode === 'direct' && (view.format || 'raw') === 'raw' && file !== '' && !file.startsWith('synthetic:')) {
        device = file
      } else if (disk.mode !== 'direct' && (view.nbd ?? '') !== '') {
        // mounted only when planSkips looks into an ext volume: a disk without one (or only
        // swap partitions) spares the nbdfuse process, its mount and unmount (0.1-0.2 s a task)
        device = async () => {
          try {
            mounted = await (options.mount ?? mountNbd)(view.nbd!, view.exportName ?? '')
            return mounted.file
          } catch (err) {
            throw new Error(`the NBD export cannot be shown as a file (${(err as Error).message})`)
          }
        }
      } else {
        noDevice = `debugfs cannot read a ${view.format ?? 'raw'} image in ${disk.mode} mode (a raw image, or the nbd or hotadd mode, can)`
      }
    }
    const started = performance.now()
    const plan = await planSkips({ disk: bytes, blockSize: source.blockSize, free, swap, exclude, ...(device !== undefined ? { device } : {}), ...(noDevice !== undefined ? { noDevice } : {}), ...(options.debugfs !== undefined ? { debugfs: options.debugfs } : {}) })
    const skipped = plan.counts.free + plan.counts.swap + plan.counts.excluded
    // the plan's own reads (superblocks, descriptors, bitmaps) are not in the task's bytes read:
    // they pass no throttle and most are read again as the disk's blocks; the note says what they cost
    const cost = `planned in ${((performance.now() - started) / 1000).toFixed(2)} s from ${(bytes.bytesRead / 1048576).toFixed(0)} MiB of filesystem metadata`
    const notes = plan.notes.length > 0 ? [...plan.notes, cost] : plan.notes
    return { reasons: skipped > 0 ? plan.reasons : undefined, counts: plan.counts, notes: notes.map((n) => `${what}: ${n}`), bytesRead: bytes.bytesRead }
  } catch (err) {
    return { ...none, notes: [`${what}: read whole: its filesystems could not be read (${(err as Error).message})`], bytesRead: bytes.bytesRead }
  } finally {
    await mounted?.close().catch(() => {})
  }
}
