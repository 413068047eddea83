/**
 * @packageDocumentation
 * What the proxy reads a disk through, whatever the transport mode: a raw image file
 * ({@link fileSource}), the read-only qcow2 base of a QEMU snapshot read directly
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
import { DiskReader } from './disk-reader.ts'

export { blockTarget } from './disk-reader.ts'
import { HostError } from './host.ts'
import { nbdSource } from './nbd-reader.ts'
import { dataBlocks, qcow2Source, readMap } from './qcow2-reader.ts'
import { SYNTHETIC_MARKER, syntheticSource } from './synthetic.ts'

/** A disk cut into fixed-size blocks, read in any order, several reads in flight. */
export interface BlockSource {
  /** Disk size in bytes. */
  readonly size: number
  /** Bytes per block; the last block may be shorter. */
  readonly blockSize: number
  readonly blockCount: number
  /** Block `index`, into `into` when given (the result is then a view of it); the last block may be short. */
  read(index: number, into?: Buffer): Promise<Buffer>
  /**
   * Block indexes worth reading, ascending, each once. `changedSince`: the name of a dirty bitmap
   * (CBT): only the blocks it marks; a source that cannot answer throws ERR_CBT_UNAVAILABLE (read
   * every block instead). Otherwise every block that may hold data: holes, unallocated and zero
   * extents are skipped when the transport knows them.
   */
  blocks(options?: { changedSince?: string }): AsyncIterable<number>
  /** True once the source saw the image change while it was read (where it can tell). */
  readonly modified?: boolean
  close(): Promise<void>
}

export interface BlockSourceOptions {
  /** The size the inventory or snapshot reported; any other size fails the open. */
  expectedSize: number
  /** Bytes per block. */
  blockSize: number
}

/** How to reach a disk: the transports a proxy knows. */
export type BlockSourceSpec =
  | { type: 'file', file: string, expectedMtimeMs?: number }
  | { type: 'qcow2', file: string }
  | { type: 'nbd', address: string, exportName?: string, bitmap?: string, timeoutMs?: number, signal?: AbortSignal }
  /** a disk of a synthetic host (synthetic.ts): `file` is its `synthetic:` marker */
  | { type: 'synthetic', file: string }

/** The transport modes of the seed, as the proxy names them. */
export type TransportMode = 'direct' | 'hotadd' | 'nbd'

/**
 * A raw image file through {@link DiskReader}. It has no CBT; blocks() skips the file's holes
 * when `qemu-img map` is there to find them (it asks the filesystem, SEEK_DATA/SEEK_HOLE): the
 * kernel fills every page of a hole it is asked to read with zeros, which cost a sparse disk
 * more than hashing its data. Without qemu-img every block is read.
 */
export async function fileSource (file: string, options: BlockSourceOptions & { expectedMtimeMs?: number }): Promise<BlockSource> {
  const reader = await DiskReader.open(file, options)
  return {
    size: reader.size,
    blockSize: reader.blockSize,
    blockCount: reader.blockCount,
    read: async (index, into) => await reader.read(index, into),
    blocks: (blockOptions = {}) => {
      if (blockOptions.changedSince !== undefined) throw cbtUnavailable(blockOptions.changedSince, `raw image ${file}`, { file })
      return holesSkipped(file, reader.size, reader.blockSize, reader.blockCount)
    },
    get modified () { return reader.modified },
    close: async () => { await reader.close() }
  }
}

async function * holesSkipped (file: string, size: number, blockSize: number, blockCount: number): AsyncGenerator<number> {
  let mapping
  try {
    mapping = await readMap('qemu-img', file, size, 'raw')
  } catch {
    // no qemu-img, or a file it cannot map: every block is read
    yield * countTo(blockCount)
    return
  }
  yield * dataBlocks(mapping, blockSize)
}

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

/** The error for a CBT question a source cannot answer. */
export function cbtUnavailable (bitmap: string, what: string, init: { file?: string } = {}): HostError {
  return new HostError('ERR_CBT_UNAVAILABLE',
    `${what} cannot tell which blocks changed since bitmap "${bitmap}" (no CBT through this transport); read every block and compare digests with the base point, or use the nbd/hotadd mode`,
    init)
}

/** 0, 1, ..., count - 1. */
export async function * countTo (count: number): AsyncGenerator<number> {
  for (let i = 0; i < count; i++) yield i
}
