/**
 * @packageDocumentation
 * The resume journal of a disk being received (`staging/<resume key>.resume`): which blocks of
 * the disk are durable in the repository already, so that a retry of the same task (after a killed
 * proxy, repository or connection) sends only the rest. A writer appends a batch once the blocks
 * in it are in the block index (their pack synced and indexed, or deduplicated against an indexed
 * block, or zero), so a journal never names a block a crash could lose. The next attempt reads the
 * journal, keeps the records whose blocks are still in the index, and appends its own.
 *
 * Layout (FORMAT.md, "Resume journals"): a header (magic, JSON geometry, CRC-32C) then batches of
 * `u32 count · count × (u64 block index · 32-byte digest) · u32 CRC-32C`. A record whose index has
 * the top bit set is a mark: every block below the rest of its index was sent and is durable, or
 * is as the base point says (the proxy never sends unchanged blocks; PipeMark). A torn or damaged
 * batch ends the journal there: what follows is sent again, never trusted.
 *
 * @example
 * ```ts
 * const journal = new ResumeJournal({ root, key: 'session-1.t3', geometry })
 * const resumed = await journal.load(index)     // Map<block, digest> still held by the repository
 * await journal.append([{ at: 7, digest }])
 * ```
 */
import { createHash } from 'node:crypto'
import { open, readFile, rm, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import type { BlockIndex } from './block-index.ts'
import { crc32c } from './crc32c.ts'
import { DIGEST_LENGTH, isZeroDigest } from './digest.ts'

const MAGIC = Buffer.from('MBRESUME1\n')
const RECORD_LENGTH = 8 + DIGEST_LENGTH
/** Index lookups per LevelDB getMany while loading. */
const LOOKUP = 1024
/**
 * Ranges of resumed blocks told to the proxy at most (1.1 MB on the wire): an attempt moves
 * blocks nearly in order, so a journal holds a few ranges; past this, the rest is sent again.
 */
export const MAX_RANGES = 65_536

/** What a journal belongs to: a journal of another disk, size or base is not resumed from. */
export interface ResumeGeometry {
  vm: string
  disk: number
  size: number
  blockSize: number
  basePoint: string
  /** the data key the disk's blocks are sealed under ('' or absent: plain) */
  keyFingerprint?: string
}

export interface ResumedBlock {
  /** the block's index in the disk */
  at: number
  digest: Buffer
}

/** What a journal gives back: blocks stored, and the mark below which every block is settled. */
export interface Resumed {
  /** blocks stored (or made zero) by earlier attempts that the index still holds, by index */
  blocks: ResumedBlock[]
  /** every block below this is settled: stored (in `blocks`) or as the base point says */
  settledBelow: number
}

const MARK_BIT = 1n << 63n
const MARK_DIGEST = Buffer.alloc(DIGEST_LENGTH)

/** The key is the manager's task id, which any job name shapes: its hash names the file. */
export function resumePath (root: string, key: string): string {
  return join(root, 'staging', `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.resume`)
}

/**
 * The resumed blocks as [first, count, first, count, ...], at most `maxRanges` ranges: everything
 * below `settledBelow`, then the stored blocks above it (ascending).
 */
export function toRanges (resumed: Resumed, maxRanges = MAX_RANGES): number[] {
  const above = resumed.blocks.map(b => b.at).filter(at => at >= resumed.settledBelow)
  return blockRanges(above, resumed.settledBelow > 0 ? [0, resumed.settledBelow] : [], maxRanges)
}

/**
 * Ascending block indexes as [first, count, first, count, ...] (the wire's range lists:
 * PipeDigests.resumed_ranges and repair_ranges), appended to `ranges`, at most `maxRanges` ranges.
 */
export function blockRanges (ascending: Iterable<number>, ranges: number[] = [], maxRanges = Infinity): number[] {
  for (const at of ascending) {
    const n = ranges.length
    if (n > 0 && ranges[n - 2]! + ranges[n - 1]! === at) ranges[n - 1]!++
    else if (n / 2 < maxRanges) ranges.push(at, 1)
    else break
  }
  return ranges
}

/** True for a file name in `staging/` that is a resume journal. */
export function isResumeFile (name: string): boolean {
  return name.endsWith('.resume')
}

/** One disk's journal, open for appending. */
export class ResumeJournal {
  readonly path: string
  private readonly geometry: ResumeGeometry
  private fh: FileHandle | undefined
  private size = 0
  /** appends run one after the other: a batch is never interleaved with another */
  private tail: Promise<void> = Promise.resolve()

  constructor (init: { root: string, key: string, geometry: ResumeGeometry }) {
    this.path = resumePath(init.root, init.key)
    this.geometry = init.geometry
  }

  /**
   * The blocks an earlier attempt recorded that the index still holds (zero blocks always), and
   * makes the journal ready for this attempt's records: a journal of another geometry, or the tail
   * after a damaged batch, is dropped. An absent journal resumes nothing.
   */
  async load (index: BlockIndex): Promise<Resumed> {
    const bytes = await readFile(this.path).catch(() => undefined)
    const parsed = bytes === undefined ? undefined : parseJournal(bytes)
    const records = parsed !== undefined && sameGeometry(parsed.geometry, this.geometry) ? parsed : undefined
    const kept: ResumedBlock[] = []
    const blocks = Math.ceil(this.geometry.size / this.geometry.blockSize)
    let settledBelow = 0
    if (records !== undefined) {
      const latest = new Map<number, Buffer>()
      for (const r of records.blocks) if (r.at < blocks) latest.set(r.at, r.digest)
      const stored: ResumedBlock[] = []
      for (const [at, digest] of latest) {
        if (isZeroDigest(digest)) kept.push({ at, digest })
        else stored.push({ at, digest })
      }
      for (let i = 0; i < stored.length; i += LOOKUP) {
        const part = stored.slice(i, i + LOOKUP)
        const found = await index.getMany(part.map(r => r.digest))
        part.forEach((r, j) => { if (found[j] !== undefined && index.damage(r.digest) === undefined) kept.push(r) })
      }
      kept.sort((a, b) => a.at - b.at)
      // a mark counts only up to the first block it covers that the index lost
      settledBelow = Math.min(records.settledBelow, blocks)
      const held = new Set(kept.map(k => k.at))
      for (const at of latest.keys()) if (at < settledBelow && !held.has(at)) settledBelow = at
    }
    // rewritten with what holds: the next attempt trusts no record this one did not check
    this.fh = await open(this.path, 'w')
    const header = encodeHeader(this.geometry)
    await this.fh.write(header, 0, header.byteLength, 0)
    this.size = header.byteLength
    if (kept.length > 0) await this.write(kept)
    if (settledBelow > 0) await this.writeMark(settledBelow)
    return { blocks: kept, settledBelow }
  }

  /** Appends blocks that are durable in the index (call in the order they became so). */
  append (blocks: ResumedBlock[]): Promise<void> {
    if (blocks.length === 0) return this.tail
    const next = this.tail.then(async () => { await this.write(blocks) })
    this.tail = next.catch(() => {})
    return next
  }

  /** Appends a mark: every block below `below` is durable or as the base says (after the blocks it covers). */
  mark (below: number): Promise<void> {
    const next = this.tail.then(async () => { await this.writeMark(below) })
    this.tail = next.catch(() => {})
    return next
  }

  /** Closes the file and keeps it, for the next attempt. */
  async close (): Promise<void> {
    await this.tail
    await this.fh?.close().catch(() => {})
    this.fh = undefined
  }

  /** Closes and deletes the journal: the disk was staged, nothing is left to resume. */
  async remove (): Promise<void> {
    await this.close()
    await rm(this.path, { force: true })
  }

  private async writeMark (below: number): Promise<void> {
    await this.write([{ at: below, digest: MARK_DIGEST }], MARK_BIT)
  }

  private async write (blocks: ResumedBlock[], flag = 0n): Promise<void> {
    if (this.fh === undefined) return
    const batch = Buffer.alloc(4 + blocks.length * RECORD_LENGTH + 4)
    batch.writeUInt32BE(blocks.length, 0)
    let at = 4
    for (const b of blocks) {
      batch.writeBigUInt64BE(BigInt(b.at) | flag, at)
      b.digest.copy(batch, at + 8, 0, DIGEST_LENGTH)
      at += RECORD_LENGTH
    }
    batch.writeUInt32BE(crc32c(batch.subarray(0, at)), at)
    // no fsync: a record is only ever written after its block is durable, and a journal lost
    // with the page cache costs a re-send, not data
    await this.fh.write(batch, 0, batch.byteLength, this.size)
    this.size += batch.byteLength
  }
}

function encodeHeader (g: ResumeGeometry): Buffer {
  // no key, no field: a plain disk's journal reads as it did before encryption existed
  const key = g.keyFingerprint === undefined || g.keyFingerprint === '' ? {} : { keyFingerprint: g.keyFingerprint }
  const json = Buffer.from(JSON.stringify({ vm: g.vm, disk: g.disk, size: g.size, blockSize: g.blockSize, basePoint: g.basePoint, ...key }))
  const out = Buffer.alloc(MAGIC.byteLength + 4 + json.byteLength + 4)
  MAGIC.copy(out, 0)
  out.writeUInt32BE(json.byteLength, MAGIC.byteLength)
  json.copy(out, MAGIC.byteLength + 4)
  out.writeUInt32BE(crc32c(out.subarray(0, MAGIC.byteLength + 4 + json.byteLength)), MAGIC.byteLength + 4 + json.byteLength)
  return out
}

function sameGeometry (a: Partial<ResumeGeometry>, b: ResumeGeometry): boolean {
  return a.vm === b.vm && a.disk === b.disk && a.size === b.size && a.blockSize === b.blockSize && a.basePoint === b.basePoint &&
    (a.keyFingerprint ?? '') === (b.keyFingerprint ?? '')
}

/**
 * A journal's geometry and its records up to the first torn or damaged batch (GC keeps their
 * blocks); undefined when its header is damaged.
 */
export function parseJournal (bytes: Buffer): { geometry: Partial<ResumeGeometry>, blocks: ResumedBlock[], settledBelow: number } | undefined {
  if (bytes.byteLength < MAGIC.byteLength + 8 || !bytes.subarray(0, MAGIC.byteLength).equals(MAGIC)) return undefined
  const jsonLength = bytes.readUInt32BE(MAGIC.byteLength)
  const headerEnd = MAGIC.byteLength + 4 + jsonLength
  if (headerEnd + 4 > bytes.byteLength) return undefined
  if (bytes.readUInt32BE(headerEnd) !== crc32c(bytes.subarray(0, headerEnd))) return undefined
  let recorded: Partial<ResumeGeometry>
  try {
    recorded = JSON.parse(bytes.toString('utf8', MAGIC.byteLength + 4, headerEnd)) as Partial<ResumeGeometry>
  } catch {
    return undefined
  }
  const blocks: ResumedBlock[] = []
  let settledBelow = 0
  let at = headerEnd + 4
  while (at + 4 <= bytes.byteLength) {
    const count = bytes.readUInt32BE(at)
    const end = at + 4 + count * RECORD_LENGTH
    if (count === 0 || end + 4 > bytes.byteLength || bytes.readUInt32BE(end) !== crc32c(bytes.subarray(at, end))) break
    for (let r = at + 4; r < end; r += RECORD_LENGTH) {
      let index = bytes.readBigUInt64BE(r)
      const mark = (index & MARK_BIT) !== 0n
      index &= ~MARK_BIT
      if (index > BigInt(Number.MAX_SAFE_INTEGER)) continue
      if (mark) {
        settledBelow = Math.max(settledBelow, Number(index))
        continue
      }
      blocks.push({ at: Number(index), digest: Buffer.from(bytes.subarray(r + 8, r + RECORD_LENGTH)) })
    }
    at = end + 4
  }
  return { geometry: recorded, blocks, settledBelow }
}
