/**
 * @packageDocumentation
 * The seam between instant recovery and whatever serves a point's disks over NBD. A recovery asks
 * `open()` once per disk of the point and gets where the export is (`unix:PATH` or
 * `tcp:HOST:PORT`, and its name); the recovered VM's overlay is backed by it until a migration
 * has copied every block, then `close()` drops it (and on `recover stop`).
 *
 * The project's NBD server (node/hosts/nbd-server/: `NbdServer` + `PointDiskSource`, reading
 * blocks on demand through `fetch` and opening sealed ones with `key`) implements it; the tests
 * plug in qemu-nbd over a restored raw image (test/helpers/recovery.ts).
 *
 * @example
 * ```ts
 * const exports: RecoveryExports = { open: async (disk, fetch, key) => ... }
 * const e = await exports.open({ pointId, index: 0, size, blockSize, digests }, fetch, key)
 * // -blockdev driver=nbd,server.type=unix,server.path=<e.nbdAddress without unix:>,export=<e.exportName>
 * await e.close()
 * ```
 */
import type { DigestAlgorithm } from '../../core/digest-algorithm.ts'

/** A stored block as the repository gives it (protocols/block-fetch.ts's FetchedBlock). */
export interface StoredBlock {
  digest: Uint8Array
  rawLength: number
  compression: string
  sealed: boolean
  /** the repository cannot give it (ERR_MISSING_BLOCK, ERR_CORRUPT_BLOCK): no data */
  missingCode?: string
  data: Uint8Array
  /** the block digest of the repository it came from (BLAKE3 in format 3; absent: SHA-256), which it is checked by */
  digestAlgorithm?: DigestAlgorithm
  /** hands the memory `data` lies in back to the fetch, once nothing refers to it (optional) */
  release?: () => void
}

/** Reads stored blocks of the point from the repository holding it, in the order asked. */
export type FetchBlocks = (digests: Buffer[]) => Promise<StoredBlock[]>

/** One disk of the point to serve. */
export interface RecoveryDisk {
  /** the recovery it belongs to, and the point */
  recoveryId: string
  pointId: string
  index: number
  /** virtual size in bytes */
  size: number
  blockSize: number
  /** 32 bytes per block in order; all-zero marks a zero block */
  digests: Buffer
}

/** An open export of one disk. */
export interface RecoveryExport {
  /** where the NBD server listens: `unix:PATH` (or `tcp:HOST:PORT`) */
  nbdAddress: string
  exportName: string
  /** stops serving it (idempotent) */
  close: () => Promise<void>
}

/** What serves a recovery's disks. */
export interface RecoveryExports {
  /** `key`: the point's data key (32 bytes) for a sealed point, held only while the export lives */
  open: (disk: RecoveryDisk, fetch: FetchBlocks, key?: Uint8Array) => Promise<RecoveryExport>
}
