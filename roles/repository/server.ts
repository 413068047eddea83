/**
 * @packageDocumentation
 * The repository's network endpoints: the datapipe (proxies send disks in), the restore
 * protocol (requesters read disks out) and block fetch (other repositories copy points out), both on the node's libp2p host, plus the throughput the
 * repository announces (payload bytes received per second over the last few seconds).
 *
 * @example
 * ```ts
 * const server = await serveRepository({ libp2p, repo, leases, released })
 * server.throughputBps()
 * await server.stop()
 * ```
 */
import { RateMeter } from '../../node/core/rate-meter.ts'
import type { Libp2p } from '@libp2p/interface'
import { DATAPIPE_PROTOCOL } from '../../protocols/datapipe/protocol.ts'
import { handlePipe } from '../../protocols/datapipe/server.ts'
import { handleRestore, unhandleRestore, type HandleRestoreOptions } from '../../protocols/restore.ts'
import { handleBlockFetch, unhandleBlockFetch } from '../../protocols/block-fetch.ts'
import type { BulkLane } from '../../protocols/bulk-lane.ts'
import type { LeaseTable } from '../../node/runtime/leases.ts'
import { silentLogger, type Logger } from '../../node/core/logger.ts'
import { receiver } from './receiver.ts'
import type { NodeMetrics } from '../../node/runtime/metrics.ts'
import type { Repository } from './store.ts'

export interface RepositoryServerInit {
  libp2p: Libp2p
  repo: Repository
  leases: LeaseTable
  /** tells a lease's holder that the lease was released */
  released: (holder: string, leaseId: string) => void
  log?: Logger
  /** blocks in flight per pipe (8) */
  inFlight?: number
  /** the daemon's Prometheus counters */
  metrics?: NodeMetrics
  /** the node's bulk lane: offered for restores; a repository with one also takes the lanes proxies offer */
  lane?: BulkLane
  /** bytes kept free in the repository's file system (free-space.ts) */
  reserveBytes?: number
  /** the limiter of a restore's traffic to `peer` under the rules its request brought */
  traffic?: HandleRestoreOptions['limiter']
}

export interface RepositoryServer {
  /** payload bytes received per second, recently */
  throughputBps(): number
  /** unregisters the protocols (pipes already open run to their end) */
  stop(): Promise<void>
}

export async function serveRepository (init: RepositoryServerInit): Promise<RepositoryServer> {
  const log = init.log ?? silentLogger
  const meter = new RateMeter()
  const lane = init.lane
  await handlePipe(init.libp2p, receiver({
    repo: init.repo,
    leases: init.leases,
    released: init.released,
    log,
    inFlight: init.inFlight,
    onBytes: (n) => meter.add(n),
    metrics: init.metrics,
    reserveBytes: init.reserveBytes
  }), { log, lane: lane !== undefined })
  await handleRestore(init.libp2p, init.repo, { log, lane, limiter: init.traffic })
  // other repository nodes copy points from this one, or take good copies of blocks (copy jobs, verify repair)
  await handleBlockFetch(init.libp2p, init.repo, { log, lane, limiter: init.traffic })
  return {
    throughputBps: () => meter.rate(),
    async stop () {
      await init.libp2p.unhandle(DATAPIPE_PROTOCOL)
      await unhandleRestore(init.libp2p)
      await unhandleBlockFetch(init.libp2p)
    }
  }
}
