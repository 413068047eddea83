/**
 * @packageDocumentation
 * Chooses what the proxy reads a disk through, whatever the transport mode: a raw image file
 * (`fileSource`), the read-only qcow2 base of a QEMU snapshot read directly
 * (`qcow2Source`, direct mode), or an NBD export of the point-in-time view (`nbdSource`, hotadd
 * over a unix socket, nbd over TCP). All cut the disk into the same fixed-size blocks, so a
 * proxy can fall back from one mode to the next without changing anything else.
 *
 * @example
 * ```ts
 * const source = await openBlockSource(specForDisk(disk, 'nbd'), { expectedSize: disk.size, blockSize: 1 << 20 })
 * const buf = Buffer.allocUnsafe(source.blockSize)
 * try {
 *   for await (const index of source.blocks({ changedSince: disk.cbtBitmap || undefined })) {
 *     send(index, await source.read(index, buf))
 *   }
 * } finally {
 *   await source.close()
 * }
 * ```
 */
import type { DiskInfo } from '../../proto/index.ts'
import type { BlockSource, BlockSourceOptions } from './block-source.ts'
import { fileSource } from './file-source.ts'
import { HostError } from './host.ts'
import { nbdSource } from './nbd-reader.ts'
import { qcow2Source } from './qcow2-reader.ts'
import { SYNTHETIC_MARKER, syntheticSource } from './synthetic.ts'

/** How to reach a disk: the transports a proxy knows. */
export type BlockSourceSpec =
  | { type: 'file', file: string, expectedMtimeMs?: number }
  | { type: 'qcow2', file: string }
  | { type: 'nbd', address: string, exportName?: string, bitmap?: string, timeoutMs?: number, signal?: AbortSignal }
  /** a disk of a synthetic host (synthetic.ts): `file` is its `synthetic:` marker */
  | { type: 'synthetic', file: string }

/** The transport modes of the seed, as the proxy names them. */
export type TransportMode = 'direct' | 'hotadd' | 'nbd'

/** Opens the source a spec names. */
export async function openBlockSource (spec: BlockSourceSpec, options: BlockSourceOptions): Promise<BlockSource> {
  switch (spec.type) {
    case 'file':
      return await fileSource(spec.file, { ...options, expectedMtimeMs: spec.expectedMtimeMs })
    case 'qcow2':
      return await qcow2Source(spec.file, options)
    case 'nbd':
      return await nbdSource(spec.address, { ...options, exportName: spec.exportName, bitmap: spec.bitmap, timeoutMs: spec.timeoutMs, signal: spec.signal })
    case 'synthetic':
      return syntheticSource(spec.file, options)
  }
}

/**
 * How a snapshot's disk is read in a transport mode: `direct` opens `disk.file` (raw, or qcow2
 * through its map), `hotadd` and `nbd` the NBD view (`disk.nbd`: a unix socket for hotadd, TCP
 * for nbd), negotiating the frozen CBT bitmap when the snapshot names one.
 */
export function specForDisk (disk: DiskInfo, mode: TransportMode): BlockSourceSpec {
  const name = disk.name ?? ''
  if (mode === 'direct') {
    const file = disk.file ?? ''
    if (file === '') throw new HostError('ERR_MODE_UNAVAILABLE', `disk ${name} has no image file for direct mode; use the hotadd or nbd mode`)
    if (file.startsWith(SYNTHETIC_MARKER)) return { type: 'synthetic', file }
    const format = disk.format ?? ''
    if (format === 'qcow2') return { type: 'qcow2', file }
    if (format === '' || format === 'raw') return { type: 'file', file, expectedMtimeMs: disk.mtimeMs != null && disk.mtimeMs > 0 ? Number(disk.mtimeMs) : undefined }
    throw new HostError('ERR_MODE_UNAVAILABLE', `disk ${name} is a ${format} image, which direct mode cannot read; use the hotadd or nbd mode`, { file })
  }
  const address = disk.nbd ?? ''
  if (address === '') throw new HostError('ERR_MODE_UNAVAILABLE', `disk ${name} has no NBD view for ${mode} mode; use direct mode or export the view`)
  const bitmap = disk.cbtBitmap ?? ''
  return { type: 'nbd', address, exportName: disk.exportName ?? '', bitmap: bitmap === '' ? undefined : bitmap }
}
