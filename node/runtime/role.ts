/**
 * @packageDocumentation
 * What a role is to the daemon. Each role folder exports a factory over these components; the
 * daemon knows roles only through the registry in node/daemon/role-registry.ts. A role spawns its top-level
 * actor under its own name (`<peerId>/manager`, `<peerId>/scheduler`, `<peerId>/proxy`,
 * `<peerId>/repository`), so any node can address it knowing only the peer id.
 */
import type { Level } from 'level'
import type { ActorSystem } from './actors/system.ts'
import type { Logger } from '../core/logger.ts'
import type { Capacity } from '../../protocols/capacity.ts'
import type { Mesh } from './mesh.ts'
import type { NodeConfig } from './node-config.ts'
import type { NodeMetrics } from './metrics.ts'
import type { BulkLane } from '../../protocols/bulk-lane.ts'
import type { RecoveryExports } from '../hosts/recovery/recovery-exports.ts'

export interface RoleComponents {
  peerId: string
  home: string
  config: NodeConfig
  system: ActorSystem
  capacity: Capacity
  mesh: Mesh
  /** the node's LevelDB; a role keeps its data in a sublevel named after it */
  db: Level<string, Uint8Array>
  log: Logger
  /** the daemon's Prometheus metrics (absent in tests that build components by hand) */
  metrics?: NodeMetrics
  /**
   * The node's bulk lane (protocols/bulk-lane.ts): one TLS endpoint per node, opened by the first
   * role that asks, shared by the proxy (backups) and the repository (restores); undefined when
   * config.json switches it off. Absent: block data stays on libp2p.
   */
  bulkLane?: () => Promise<BulkLane | undefined>
  /**
   * What serves a point's disks over NBD for an instant recovery run on this node (the proxy's
   * recoveries; node/hosts/recovery/recovery-exports.ts). Absent: the node runs none.
   */
  recoveryExports?: RecoveryExports
}

export interface Role {
  readonly name: string
  start(): Promise<void>
  stop(): Promise<void>
}

export type RoleFactory = (components: RoleComponents) => Role
