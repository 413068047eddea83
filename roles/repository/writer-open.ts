/**
 * @packageDocumentation
 * Setting up the writer of one disk from its pipe header: the geometry checked, the digest list
 * seeded from the base point (cut or extended to the new size), and what an earlier attempt of
 * the task journaled put back (resume-journal.ts), so that the sender skips it.
 *
 * @example
 * ```ts
 * const writer = await openDiskWriter(header, { root, index, baseDisk, checkOpen, context })
 * writer.resumedRanges()       // blocks an earlier attempt made durable
 * ```
 */
import type { PipeHeader } from '../../proto/index.ts'
import type { BlockIndex } from './block-index.ts'
import { DIGEST_LENGTH, isZeroDigest } from './digest.ts'
import { DiskWriter, type WriterContext } from './disk-writer.ts'
import { badArgument, RepositoryError } from './errors.ts'
import { newStagedId, type StoredDisk } from './manifests.ts'
import { ResumeJournal } from './resume-journal.ts'
import { isKeyFingerprint } from '../../node/core/crypto/fingerprint.ts'

export const MIN_BLOCK_SIZE = 512
export const MAX_BLOCK_SIZE = 64 * 1024 * 1024

/** What setting up a writer needs from its repository. */
export interface WriterSetup {
  root: string
  index: BlockIndex
  /**
   * (vm, disk) of a base point and its blocks to send again (missing or damaged); undefined when
   * the point has no such disk. ERR_BASE_MISMATCH when it is sealed under another key than
   * `keyFingerprint` (or under one, for a plain disk, or not, for an encrypted one).
   */
  baseDisk: (pointId: string, vm: string, disk: number, keyFingerprint: string) => Promise<{ disk: StoredDisk, repair: number[] } | undefined>
  /** throws once the repository closed */
  checkOpen: () => void
  context: WriterContext
}

/**
 * A writer for the disk `header` describes. With `header.basePoint` the digest list starts as
 * that point's digests for (vm, disk), cut or extended with zero digests to the new size;
 * otherwise all zero. Throws ERR_NO_SUCH_POINT, ERR_BASE_MISMATCH (other VM, other block size,
 * other data key) or ERR_BAD_ARGUMENT.
 */
export async function openDiskWriter (header: PipeHeader, setup: WriterSetup): Promise<DiskWriter> {
  const vm = header.vm ?? ''
  const disk = header.disk ?? 0
  const size = header.size ?? 0
  const blockSize = header.blockSize ?? 0
  const keyFingerprint = header.keyFingerprint ?? ''
  if (vm === '') throw badArgument('the pipe header names no VM')
  if (keyFingerprint !== '' && !isKeyFingerprint(keyFingerprint)) throw badArgument(`key fingerprint "${keyFingerprint}" is not 16 lower-case hex digits`)
  if (!Number.isSafeInteger(size) || size < 0) throw badArgument(`disk size ${size} is not valid`)
  if (!Number.isInteger(blockSize) || blockSize < MIN_BLOCK_SIZE || blockSize > MAX_BLOCK_SIZE) {
    throw badArgument(`block size ${blockSize} is not supported (${MIN_BLOCK_SIZE} to ${MAX_BLOCK_SIZE} bytes)`)
  }
  const blocks = Math.ceil(size / blockSize)
  const digests = Buffer.alloc(blocks * DIGEST_LENGTH)
  const required: number[] = []
  const basePoint = header.basePoint ?? ''
  if (basePoint !== '') {
    const found = await setup.baseDisk(basePoint, vm, disk, keyFingerprint)
    if (found !== undefined) {
      const base = found.disk
      if (base.blockSize !== blockSize) {
        throw new RepositoryError('ERR_BASE_MISMATCH',
          `base point ${basePoint} has ${base.blockSize}-byte blocks for disk ${disk} of ${vm}, this backup uses ${blockSize}; run a full backup`,
          { subject: basePoint })
      }
      const common = Math.min(blocks, base.digests.length / DIGEST_LENGTH)
      base.digests.copy(digests, 0, 0, common * DIGEST_LENGTH)
      // The last common block changes length when the size changed within it: its old digest
      // describes other bytes, so the sender has to send it (a zero block stays zero).
      const last = common - 1
      if (last >= 0 && Math.min(blockSize, size - last * blockSize) !== Math.min(blockSize, base.size - last * blockSize) &&
        !isZeroDigest(digests, last * DIGEST_LENGTH)) {
        digests.fill(0, last * DIGEST_LENGTH, common * DIGEST_LENGTH)
        required.push(last)
      }
      // a base block whose stored copy is bad is not inherited: the sender sends it again
      for (const at of found.repair) {
        if (at >= common || at === last && required.includes(last)) continue
        digests.fill(0, at * DIGEST_LENGTH, (at + 1) * DIGEST_LENGTH)
        required.push(at)
      }
    }
  }
  const resumeKey = header.resumeKey ?? ''
  const journal = resumeKey === '' ? undefined : new ResumeJournal({ root: setup.root, key: resumeKey, geometry: { vm, disk, size, blockSize, basePoint, keyFingerprint } })
  const resumed = await journal?.load(setup.index) ?? { blocks: [], settledBelow: 0 }
  for (const r of resumed.blocks) r.digest.copy(digests, r.at * DIGEST_LENGTH)
  // a block that must be sent was sent if it is journaled; else a mark cannot cover it
  const sent = new Set(resumed.blocks.map(r => r.at))
  const stillRequired = required.filter(at => !sent.has(at))
  for (const at of stillRequired) resumed.settledBelow = Math.min(resumed.settledBelow, at)
  try {
    setup.checkOpen()
  } catch (err) {
    await journal?.close()
    throw err
  }
  return new DiskWriter({
    context: setup.context,
    stagedId: newStagedId(),
    geometry: { vm, disk, diskName: header.diskName ?? '', size, blockSize, cbtBitmap: header.cbtBitmap ?? '', keyFingerprint },
    digests,
    required: stillRequired,
    journal,
    resumeKey,
    resumed
  })
}
