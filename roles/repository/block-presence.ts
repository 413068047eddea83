/**
 * @packageDocumentation
 * Which blocks a repository holds intact: indexed and not marked damaged, or being appended by an
 * open writer. A copy asks before it fetches, so that only the blocks the target lacks cross the
 * wire (a damaged copy counts as lacking: the fetch stores it again and clears the mark).
 *
 * @example
 * ```ts
 * const held = await blocksHeld({ index, pending }, digests)   // [true, false, …]
 * ```
 */
import type { BlockIndex } from './block-index.ts'
import type { PendingBlock } from './disk-writer.ts'

/** Index lookups per LevelDB getMany. */
const LOOKUP = 1024

export async function blocksHeld (from: { index: BlockIndex, pending: ReadonlyMap<string, PendingBlock> }, digests: Uint8Array[]): Promise<boolean[]> {
  const out: boolean[] = []
  for (let k = 0; k < digests.length; k += LOOKUP) {
    const chunk = digests.slice(k, k + LOOKUP)
    const found = await from.index.getMany(chunk)
    chunk.forEach((d, i) => {
      const pending = from.pending.get(Buffer.from(d.buffer, d.byteOffset, d.byteLength).toString('hex'))
      out.push((pending !== undefined && pending.lost !== true) || (found[i] !== undefined && from.index.damage(d) === undefined))
    })
  }
  return out
}
