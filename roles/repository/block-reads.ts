/**
 * @packageDocumentation
 * Reading one stored block for a restore or a verify: looked up in the block index, read from
 * its pack, read again where GC moved it meanwhile, and reported damaged when its record fails
 * its checks or its pack is gone, so that the next backup that has the block stores it again.
 *
 * @example
 * ```ts
 * const block = await readIndexedBlock({ index, reader, repository: 'main', onDamaged }, digest)
 * block.compression             // as sent: the caller decompresses
 * ```
 */
import type { BlockIndex } from './block-index.ts'
import type { Compression } from './compression.ts'
import { digestHex, isZeroDigest } from './digest.ts'
import { RepositoryError } from './errors.ts'
import type { BlockLocation } from './packs.ts'
import type { PackReader } from './pack-reader.ts'

/** A stored block as it sits in its pack: compressed as sent, sealed when it was sent sealed. */
export interface StoredBlock {
  data: Buffer
  /** the compression of the block (inside the seal, when sealed) */
  compression: Compression
  rawLength: number
  /** `data` is a sealed frame (node/core/crypto/block-cipher.ts): the reader needs the key */
  sealed: boolean
  /** where it was read from */
  location?: BlockLocation
}

/** Where blocks are read from, and who hears of a damaged one. */
export interface BlockSource {
  index: BlockIndex
  reader: PackReader
  /** the repository's name, for the messages */
  repository: string
  onDamaged: (digest: Uint8Array, why: string) => Promise<void>
}

/**
 * A stored block as stored (compressed as sent), read into `into` when it is large enough (see
 * PackReader.read). ERR_MISSING_BLOCK when it is not indexed; ERR_CORRUPT_BLOCK (the block is
 * then marked damaged) when its record fails its checks. `located`: where a lookup of many blocks
 * at once (BlockIndex.getMany) found it, so it is not looked up again; a block GC moved since is
 * read where the index says now (readFollowingMoves).
 */
export async function readIndexedBlock (from: BlockSource, digest: Uint8Array, into?: Buffer, located?: BlockLocation): Promise<StoredBlock> {
  const location = located ?? await from.index.get(digest)
  if (location === undefined) {
    throw new RepositoryError('ERR_MISSING_BLOCK',
      `block ${digestHex(digest)} is not stored in repository ${from.repository}${isZeroDigest(digest) ? ' (it is the zero-block marker)' : ''}: ` +
      'the restore points that use it are damaged; back their VMs up in full to store it again ' +
      '(when many blocks are missing, the block index may be damaged: `meshbackup repository rebuild` rebuilds it from the packs)',
      { subject: digestHex(digest) })
  }
  let where = location
  let data: Buffer
  try {
    ({ data, location: where } = await readFollowingMoves(from, digest, location, into))
  } catch (err) {
    const code = (err as RepositoryError).code
    if (code === 'ERR_CORRUPT_BLOCK' || code === 'ERR_MISSING_PACK') await from.onDamaged(digest, (err as Error).message)
    throw err
  }
  return { data, compression: where.compression, rawLength: where.rawLength, sealed: where.sealed, location: where }
}

/**
 * A record as stored at `location`. GC may have moved the block to a new pack between the lookup
 * and the read (a block in use is never removed): on a failed read the index is asked again, and
 * a new place is read once.
 */
export async function readFollowingMoves (from: Pick<BlockSource, 'index' | 'reader'>, digest: Uint8Array, location: BlockLocation, into?: Buffer): Promise<{ data: Buffer, location: BlockLocation }> {
  try {
    return { data: await from.reader.read(location, digest, into), location }
  } catch (err) {
    const again = await from.index.get(digest).catch(() => undefined)
    if (again === undefined || (again.packId === location.packId && again.offset === location.offset)) throw err
    return { data: await from.reader.read(again, digest, into), location: again }
  }
}
