/**
 * @packageDocumentation
 * How a data mover reaches its disk: the transport mode the scheduler placed it in, then the
 * modes the disk's view allows, in order (the seed's "automatic choice with failover"). Every
 * fallback is a warning for the session log, never silent. With changed block tracking the list
 * of changed blocks comes from the host's frozen bitmap over NBD block status — also for a direct
 * read, whose file cannot say what changed.
 */
import type { DiskInfo, TaskSpec } from '../../proto/index.ts'
import type { BlockSource } from '../../node/hosts/block-source.ts'
import { openBlockSource, specForDisk, type TransportMode } from '../../node/hosts/open-block-source.ts'
import { nbdSource } from '../../node/hosts/nbd-reader.ts'
import { HostError } from '../../node/hosts/host.ts'

export interface OpenedDisk {
  source: BlockSource
  mode: TransportMode
  /** the blocks to read when CBT answered (ascending); undefined: read every block */
  changed?: number[]
  warnings: string[]
}

const MODES: readonly TransportMode[] = ['direct', 'hotadd', 'nbd']

/** The disk's view: what the snapshot says, or (older managers, the file host) the source file. */
export function viewOf (task: TaskSpec): DiskInfo {
  return task.view ?? { name: task.diskName, size: task.size, file: task.source, format: 'raw' }
}

export async function openDisk (task: TaskSpec, blockSize: number, what: string, signal?: AbortSignal): Promise<OpenedDisk> {
  const view = viewOf(task)
  if (!view.file && task.source) view.file = task.source
  const first = (task.mode || 'direct') as TransportMode
  const modes = [first, ...(task.modes ?? []).filter((m): m is TransportMode => MODES.includes(m as TransportMode) && m !== first)]
  const warnings: string[] = []
  const failures: string[] = []
  for (const [i, mode] of modes.entries()) {
    signal?.throwIfAborted()
    let source: BlockSource | undefined
    try {
      source = await openBlockSource(specForDisk(view, mode), { expectedSize: task.size ?? 0, blockSize })
      // a read proves the mode works before any block is sent: failing over later would mean a second pipe
      if (source.blockCount > 0) await source.read(0)
      if (i > 0) warnings.push(`${what}: ${failures.join('; ')}; fell back to ${mode} mode`)
      const changed = await changedBlocks(task, view, source, mode, what, warnings)
      return { source, mode, changed, warnings }
    } catch (err: any) {
      await source?.close().catch(() => {})
      if (err.code === 'ERR_DISK_SIZE_CHANGED') throw err
      failures.push(`${mode} mode failed (${err.message})`)
    }
  }
  throw new HostError('ERR_NO_TRANSPORT', `${what}: no transport mode could read the disk: ${failures.join('; ')}`)
}

/**
 * The blocks the frozen bitmap marks, when the task is a CBT incremental. Any failure means a full
 * read with digest comparison — slower, never wrong — and a warning saying why.
 */
async function changedBlocks (task: TaskSpec, view: DiskInfo, source: BlockSource, mode: TransportMode, what: string, warnings: string[]): Promise<number[] | undefined> {
  const bitmap = view.cbtBitmap ?? ''
  if (bitmap === '' || !task.basePoint) return undefined
  let tracker: BlockSource | undefined
  try {
    // a direct read cannot ask the image what changed: ask the NBD view of the same point in time
    tracker = mode === 'direct' ? await nbdSource(view.nbd ?? '', { exportName: view.exportName ?? '', bitmap, expectedSize: source.size, blockSize: source.blockSize }) : source
    const changed: number[] = []
    for await (const index of tracker.blocks({ changedSince: bitmap })) changed.push(index)
    return changed
  } catch (err: any) {
    warnings.push(`${what}: changed block tracking unavailable (${err.message}); reading every block and comparing digests`)
    return undefined
  } finally {
    if (tracker != null && tracker !== source) await tracker.close().catch(() => {})
  }
}
