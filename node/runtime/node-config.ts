/**
 * @packageDocumentation
 * What a node is configured to be: its roles, addresses, members and role settings, as
 * `config.json` holds them. Roles read it through their components (node/runtime/role.ts); the
 * daemon loads, checks and saves it (node/daemon/config.ts).
 */

export const ROLES = ['manager', 'scheduler', 'proxy', 'repository'] as const
export type RoleName = typeof ROLES[number]

/** The daemon's log levels (pino's), most verbose first. */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error'] as const
export type LogLevel = typeof LOG_LEVELS[number]

export interface NodeConfig {
  roles: RoleName[]
  /** multiaddrs to listen on, e.g. /ip4/127.0.0.1/tcp/7100 */
  listen: string[]
  /** multiaddrs of peers to dial at start (each ending in /p2p/<peer id>) */
  bootstrap: string[]
  /** peer ids allowed in the mesh; every other peer is refused after the handshake */
  members: string[]
  /** peer ids allowed to use the admin protocol (this home's admin key is always one) */
  admins: string[]
  proxy?: { slots: number }
  /** reserveBytes: kept free in the repository's file system (roles/repository/free-space.ts: 256 MiB or 5% by default) */
  /** checkpointSeconds: a disk being received is made durable this often, for a retry after a crash to resume from (30) */
  /** lockDays: the lock period a repository folder that has none starts with (roles/repository/lock-period.ts); then the folder's own rules */
  /** format: the format a repository created by this node gets (3: BLAKE3 block ids, the default; 2: SHA-256, for copies with format 2 repositories); an existing folder keeps its own */
  /** offsite: the repository's storage is off the site of the hosts it protects (counted by the protection view; an S3 repository counts as off-site anyway) */
  /**
   * s3: the repository lives in this bucket (roles/repository/s3/bucket-backend.ts: S3RepositoryConfig) and `path` is the
   * node's working folder, a cache the bucket can rebuild
   */
  repository?: {
    name: string
    path: string
    slots: number
    reserveBytes?: number
    checkpointSeconds?: number
    lockDays?: number
    format?: number
    offsite?: boolean
    s3?: { endpoint?: string, region?: string, bucket: string, credentialsFile: string, leaseBucket?: string, leaseSeconds?: number, lockSlackDays?: number, objectLock?: boolean }
  }
  /** ms between capacity announcements (default: 10 s, 250 ms per member from 40 members on; protocols/capacity.ts) */
  announcePeriodMs?: number
  /** host:port of the HTTP status endpoint (DEFAULT_HTTP: 127.0.0.1, a free port); "off" disables it */
  http?: string
  /**
   * The bulk lane (protocols/bulk-lane.ts): "off" keeps all block data on libp2p (set it on every
   * node of a mesh); otherwise the host:port a proxy or repository listens on for it. Default: the
   * host of the first listen address, a port the system picks.
   */
  bulkLane?: string
  /** the daemon's log level (default info); `daemon --log-level` and MESHBACKUP_LOG override it */
  logLevel?: LogLevel
  /** ms a restore this daemon writes may go without progress before it fails as stalled (30 s) */
  restoreStallMs?: number
}
