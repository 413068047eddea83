/**
 * @packageDocumentation
 * The RecoveryExports a daemon uses: the project's on-demand NBD server (node/hosts/nbd-server/).
 * One NbdServer on a unix socket, on a thread of its own so that QEMU's questions are not queued
 * behind block arrivals (server-thread.ts; started on the first recovery), one export per disk of a
 * recovered point, each a PointDiskSource that fetches a block from the repository only when the
 * guest (or a migration) first reads it, checks it against its digest, opens it with the point's
 * key when sealed, and waits out a repository that went away (`retryForMs`) instead of failing
 * the guest's read. The time to a running VM does not grow with the disk.
 *
 * @example
 * ```ts
 * const exports = nbdServerExports({ socketPath: join(home, 'recovery.nbd.sock'), log })
 * const e = await exports.open(disk, fetch, key)     // { nbdAddress: 'unix:…', exportName: 'r1-0' }
 * await exports.close()                             // the daemon's stop
 * ```
 */
import type { Logger } from '../../core/logger.ts'
import { NbdServerThread } from '../nbd-server/server-thread.ts'
import { PointDiskSource, type StoredBlock } from '../nbd-server/point-disk.ts'
import { RecoveryError } from './recovery-error.ts'
import type { FetchBlocks, RecoveryDisk, RecoveryExport, RecoveryExports } from './recovery-exports.ts'

/**
 * Holes shorter than this are told to QEMU as data: a reader copying the whole export (a
 * blockdev-mirror, qemu-img convert) asks BLOCK_STATUS extent after extent, one round trip each,
 * and reads the short holes along with the data (as hole chunks: no bytes on the wire).
 */
const MERGE_HOLES_BELOW = 8 * 1024 * 1024

/**
 * The export serves the guest's reads only (a migration restores, local-copy.ts), so it keeps
 * PointDiskSource's defaults: 32 blocks fetched ahead of a sequential reader, a 64 MiB cache per
 * disk. For a copy of the whole export through it (it was a migration's blockdev-mirror, 16
 * requests in flight) 64 blocks ahead and a 128 MiB cache cut the reads' waits from 47 s to 1.7 s
 * on a 512 MiB disk; a guest does not read so.
 */

export interface NbdServerExportsInit {
  /** the server's unix socket */
  socketPath: string
  /** how long a read waits for a repository that went away (30 s, as QEMU's reconnect-delay) */
  retryForMs?: number
  log?: Logger
}

export function nbdServerExports (init: NbdServerExportsInit): RecoveryExports & { close: () => Promise<void> } {
  let server: Promise<NbdServerThread> | undefined
  return {
    async open (disk: RecoveryDisk, fetch: FetchBlocks, key?: Uint8Array): Promise<RecoveryExport> {
      const name = `${disk.recoveryId}-${disk.index}`
      const source = new PointDiskSource({
        size: disk.size,
        blockSize: disk.blockSize,
        digests: disk.digests,
        key,
        retryForMs: init.retryForMs,
        mergeHolesBelow: MERGE_HOLES_BELOW,
        name: `recovery ${disk.recoveryId} disk ${disk.index}`,
        log: init.log,
        fetch: async (digests): Promise<StoredBlock[]> => (await fetch(digests)).map((b, k) => {
          if (b.missingCode !== undefined && b.missingCode !== '') {
            throw new RecoveryError('ERR_RECOVERY_BLOCK_UNAVAILABLE', `block ${digests[k]!.toString('hex')} of restore point ${disk.pointId} disk ${disk.index} cannot be read from its repository (${b.missingCode})`)
          }
          // passed whole: a field the check needs (its digest algorithm) cannot be dropped on the way
          return b
        })
      })
      server ??= NbdServerThread.listen({ path: init.socketPath }, { log: init.log })
      const nbd = await server
      nbd.add(name, source)
      let closed = false
      return {
        nbdAddress: nbd.address,
        exportName: name,
        close: async () => {
          if (closed) return
          closed = true
          nbd.remove(name)
          source.close()
        }
      }
    },
    async close (): Promise<void> {
      const s = server
      server = undefined
      await s?.then(async n => { await n.close() }, () => {})
    }
  }
}
