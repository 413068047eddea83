/**
 * @packageDocumentation
 * The check of a base point before it seeds an incremental backup: every block its disk refers
 * to must be indexed and not known damaged, or the new point would inherit a block that cannot
 * be read; the blocks that are not are sent again. A disk found sound is remembered until the
 * index next loses entries (GC, damage marks).
 *
 * @example
 * ```ts
 * const bases = new BaseBlockCheck(index)
 * const repair = await bases.check(pointId, disk)    // block numbers to send again
 * ```
 */
import type { BlockIndex } from './block-index.ts'
import { DIGEST_LENGTH, isZeroDigest } from './digest.ts'
import type { StoredDisk } from './manifests.ts'

/** Digests of a base disk looked up in the index at once. */
const BASE_LOOKUP = 8192

/** Checks base disks against one repository's block index. */
export class BaseBlockCheck {
  private readonly index: BlockIndex
  /** (point, vm, disk) whose every block was found indexed and sound, at a count of index removals */
  private readonly soundBases = new Map<string, number>()

  constructor (index: BlockIndex) {
    this.index = index
  }

  /**
   * An incremental inherits the digests of the blocks that did not change: each must be indexed
   * and not known damaged, or the new point would refer to a block that cannot be read. Returns
   * the block numbers of the disk that are not (missing or damaged, in order): the writer
   * requires them and the proxy sends them again whatever its digest compare or CBT says, which
   * stores them anew and repairs every point that uses them (PBS re-uploads bad chunks alike).
   */
  async check (pointId: string, disk: StoredDisk): Promise<number[]> {
    const key = `${pointId}\n${disk.index}`
    if (this.soundBases.get(key) === this.index.removals) return []
    const removals = this.index.removals
    const wanted: Buffer[] = []
    const seen = new Set<string>()
    for (let at = 0; at < disk.digests.length; at += DIGEST_LENGTH) {
      if (isZeroDigest(disk.digests, at)) continue
      const d = disk.digests.subarray(at, at + DIGEST_LENGTH)
      const k = d.toString('latin1')
      if (seen.has(k)) continue
      seen.add(k)
      wanted.push(d)
    }
    const unusable = new Set<string>()
    for (let i = 0; i < wanted.length; i += BASE_LOOKUP) {
      const chunk = wanted.slice(i, i + BASE_LOOKUP)
      const found = await this.index.getMany(chunk)
      found.forEach((loc, k) => {
        if (loc === undefined || this.index.damage(chunk[k]!) !== undefined) unusable.add(chunk[k]!.toString('latin1'))
      })
    }
    if (unusable.size === 0) {
      if (this.soundBases.size > 256) this.soundBases.clear()
      this.soundBases.set(key, removals)
      return []
    }
    const repair: number[] = []
    for (let i = 0, at = 0; at < disk.digests.length; i++, at += DIGEST_LENGTH) {
      if (!isZeroDigest(disk.digests, at) && unusable.has(disk.digests.toString('latin1', at, at + DIGEST_LENGTH))) repair.push(i)
    }
    return repair
  }

  /**
   * Disk `diskIndex` of a point just committed, whose writer opened when the index had seen
   * `removals` removals: each of its blocks was found indexed (inherited from a checked base,
   * resumed from a journal) or stored since, so if the index lost nothing meanwhile the point is
   * sound as a base without a lookup (a CBT incremental's base check cost ~25 ms).
   */
  remember (pointId: string, diskIndex: number, removals: number): void {
    if (removals !== this.index.removals) return
    if (this.soundBases.size > 256) this.soundBases.clear()
    this.soundBases.set(`${pointId}\n${diskIndex}`, removals)
  }

  /** After a rebuild of the index: every base is checked again. */
  clear (): void {
    this.soundBases.clear()
  }
}
