/**
 * @packageDocumentation
 * The check that a base point can seed an incremental backup: every block its disk refers to
 * must be indexed and not known damaged, or the new point would inherit a block that cannot be
 * read. A disk found sound is remembered until the index next loses entries (GC, damage marks).
 *
 * @example
 * ```ts
 * const bases = new BaseBlockCheck(index)
 * await bases.check(pointId, disk)    // ERR_BASE_UNUSABLE names the first missing block
 * ```
 */
import type { BlockIndex } from './block-index.ts'
import { DIGEST_LENGTH, digestHex, isZeroDigest } from './digest.ts'
import { RepositoryError } from './errors.ts'
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
   * and not known damaged, or the new point would refer to a block that cannot be read.
   * ERR_BASE_UNUSABLE names the first missing block; a full backup stores them again.
   */
  async check (pointId: string, disk: StoredDisk): Promise<void> {
    const key = `${pointId}\n${disk.index}`
    if (this.soundBases.get(key) === this.index.removals) return
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
    let missing = 0
    let damaged = 0
    let first: string | undefined
    for (let i = 0; i < wanted.length; i += BASE_LOOKUP) {
      const chunk = wanted.slice(i, i + BASE_LOOKUP)
      const found = await this.index.getMany(chunk)
      found.forEach((loc, k) => {
        if (loc === undefined) {
          missing++
          first ??= `block ${digestHex(chunk[k]!)} is not in the block index`
        } else if (this.index.damage(chunk[k]!) !== undefined) {
          damaged++
          first ??= `block ${digestHex(chunk[k]!)} is damaged (${this.index.damage(chunk[k]!)})`
        }
      })
    }
    if (first !== undefined) {
      throw new RepositoryError('ERR_BASE_UNUSABLE',
        `base point ${pointId} cannot seed disk ${disk.index}: ${missing} of its blocks are not in the block index and ${damaged} are damaged (${first}); ` +
        'back the disk up in full (that stores them again and repairs the points that use them)', { subject: pointId })
    }
    if (this.soundBases.size > 256) this.soundBases.clear()
    this.soundBases.set(key, removals)
  }

  /** After a rebuild of the index: every base is checked again. */
  clear (): void {
    this.soundBases.clear()
  }
}
