/**
 * @packageDocumentation
 * The direct mode for a raw image: a {@link BlockSource} over {@link DiskReader} that skips the
 * file's holes when `qemu-img map` can find them.
 *
 * @example
 * ```ts
 * const source = await fileSource('/srv/vms/vm1/disk0.img', { expectedSize: disk.size, blockSize: 1 << 20 })
 * for await (const index of source.blocks()) send(index, await source.read(index))
 * await source.close()
 * ```
 */
import { cbtUnavailable, countTo, type BlockSource, type BlockSourceOptions } from './block-source.ts'
import { DiskReader } from './disk-reader.ts'
import { dataBlocks, readMap } from './qcow2-reader.ts'

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
