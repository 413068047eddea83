/**
 * @packageDocumentation
 * A {@link BlockSource} seen as {@link DiskBytes}: reads of any offset and length, served from
 * whole blocks of the source with a few kept (the superblock, the descriptors and a flex group's
 * bitmaps sit together, so most reads of a skip plan hit the same block). This is how the proxy
 * reads a guest's filesystem metadata through the very reader it backs the disk up with, in every
 * transport mode.
 *
 * @example
 * ```ts
 * const bytes = sourceBytes(source, 'disk 0 of VM "web"')
 * const superblock = await bytes.read(1024, 1024)
 * console.log(bytes.bytesRead)
 * ```
 */
import type { BlockSource } from '../block-source.ts'
import type { DiskBytes } from './disk-file.ts'

export interface SourceBytes extends DiskBytes {
  /** bytes read from the source so far (whole blocks) */
  readonly bytesRead: number
}

/** `keep` blocks are cached, least recently used dropped first. */
export function sourceBytes (source: BlockSource, path: string, keep = 16): SourceBytes {
  const cache = new Map<number, Promise<Buffer>>()
  let bytesRead = 0
  const block = async (index: number): Promise<Buffer> => {
    let b = cache.get(index)
    if (b !== undefined) {
      cache.delete(index)
      cache.set(index, b)
      return await b
    }
    b = source.read(index).then((buf) => { bytesRead += buf.length; return buf })
    b.catch(() => cache.delete(index))
    cache.set(index, b)
    if (cache.size > keep) cache.delete(cache.keys().next().value!)
    return await b
  }
  return {
    path,
    size: source.size,
    get bytesRead () { return bytesRead },
    async read (offset: number, length: number): Promise<Buffer> {
      const out = Buffer.alloc(length)
      const end = Math.min(offset + length, source.size)
      for (let pos = offset; pos < end;) {
        const index = Math.floor(pos / source.blockSize)
        const b = await block(index)
        const within = pos - index * source.blockSize
        const n = Math.min(end - pos, b.length - within)
        if (n <= 0) break
        b.copy(out, pos - offset, within, within + n)
        pos += n
      }
      return out
    }
  }
}
