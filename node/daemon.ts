/**
 * @packageDocumentation
 * The node daemon every host runs: the libp2p mesh, the actor system with remote delivery over
 * rpc, capacity gossip, the node's LevelDB, the roles named in its config, and the admin protocol.
 *
 * @example
 * ```ts
 * const daemon = await startDaemon({ home: '/var/lib/meshbackup' })
 * process.on('SIGTERM', () => { void daemon.stop() })
 * ```
 */
import { rm } from 'node:fs/promises'
import { Level } from 'level'
import { ActorSystem } from './actors/system.ts'
import type { Logger } from './actors/logger.ts'
import { createMesh, type Mesh } from './mesh.ts'
import { createCapacity, type Capacity } from '../protocols/capacity.ts'
import { rpc } from '../protocols/rpc.ts'
import { handleAdmin } from '../protocols/admin.ts'
import { BulkLane } from '../protocols/bulk-lane.ts'
import { adminHandler } from './admin-handler.ts'
import { ConfigError, bulkLaneAddress, homePaths, loadConfig, loadKey, processAlive, readDaemonInfo, writeDaemonInfo, DEFAULT_HTTP, ensureHttpToken } from './config.ts'
import { createMetrics, type NodeMetrics, type SchedulerGaugeStats } from './metrics.ts'
import { startHttpServer, type HttpServer } from './http/server.ts'
import { createApi } from './http/api.ts'
import type { Role } from './role.ts'
import { roleRegistry } from './roles.ts'
import { createLogger } from './log.ts'

export interface Daemon {
  readonly peerId: string
  readonly mesh: Mesh
  readonly system: ActorSystem
  readonly capacity: Capacity
  readonly metrics: NodeMetrics
  /** the HTTP status endpoint's URL (undefined when config.http is "off") */
  readonly http: string | undefined
  stop(): Promise<void>
}

export interface DaemonInit {
  home: string
  log?: Logger
}

export async function startDaemon (init: DaemonInit): Promise<Daemon> {
  const { home } = init
  const log = init.log ?? createLogger()
  const config = await loadConfig(home)
  const running = await readDaemonInfo(home)
  if (running != null && running.pid !== process.pid && processAlive(running.pid)) {
    throw new ConfigError('ERR_DAEMON_RUNNING', `a daemon is already running for ${home} (pid ${running.pid}); stop it first`)
  }
  const privateKey = await loadKey(homePaths(home).nodeKey)
  const mesh = await createMesh({
    privateKey,
    listen: config.listen,
    members: config.members,
    admins: config.admins,
    bootstrap: config.bootstrap,
    log
  }).catch((err: Error) => {
    throw new ConfigError('ERR_LISTEN', `cannot start the mesh on ${config.listen.join(', ')}: ${err.message}; is another process using that port?`)
  })
  let system: ActorSystem | undefined
  const transport = rpc({
    libp2p: mesh.libp2p,
    deliver: (envelope, peer) => system?.deliverRemote(envelope, peer),
    log
  })
  system = new ActorSystem({ peerId: mesh.peerId, remote: transport, log })
  system.on('escalated', (addr, err) => log.error('actor gave up after repeated failures', { actor: addr, error: err.message }))
  const capacity = createCapacity({ mesh, roles: config.roles, periodMs: config.announcePeriodMs, log })
  capacity.on('expired', (peer) => system!.peerLeft(peer))
  // one lane per node, opened when a role first asks (a proxy and a repository on one node share it)
  let lane: Promise<BulkLane | undefined> | undefined
  const bulkLane = async (): Promise<BulkLane | undefined> => await (lane ??= (async () => {
    const at = bulkLaneAddress(config)
    if (at === undefined) return undefined
    const opened = await BulkLane.listen({ ...at, log })
    log.info('bulk lane open', opened.address)
    return opened
  })())
  const db = new Level<string, Uint8Array>(homePaths(home).db, { valueEncoding: 'view' })
  await db.open().catch((err: Error) => {
    throw new ConfigError('ERR_DB', `cannot open the node database ${homePaths(home).db}: ${err.message} (is another daemon using this home?)`)
  })

  await transport.start()
  await capacity.start()
  const roles: Role[] = []
  // the scheduler role reports its queue (roles/scheduler stats()); node/ sees roles only as Role
  const schedulerStats = config.roles.includes('scheduler')
    ? () => (roles.find((r) => r.name === 'scheduler') as Partial<{ stats(): SchedulerGaugeStats }> | undefined)?.stats?.() ?? { queued: 0, placed: 0, failed: 0, refusals: 0, longestWaitMs: 0 }
    : undefined
  const metrics = createMetrics({ peerId: mesh.peerId, capacity, scheduler: schedulerStats })
  const handler = adminHandler({ home, config, mesh, system, capacity })
  let http: HttpServer | undefined
  if (config.http !== 'off') {
    const api = createApi({ handler, scheduler: schedulerStats, url: () => http?.url ?? '' })
    http = await startHttpServer({ address: config.http ?? DEFAULT_HTTP, token: await ensureHttpToken(home), api, metrics, log })
  }
  for (const name of config.roles) {
    const role = roleRegistry[name]({ peerId: mesh.peerId, home, config, system, capacity, mesh, db, log, metrics, bulkLane })
    await role.start()
    roles.push(role)
  }
  await handleAdmin({
    libp2p: mesh.libp2p,
    isAdmin: (peer) => mesh.isAdmin(peer),
    handler,
    log
  })
  await writeDaemonInfo(home, { pid: process.pid, peerId: mesh.peerId, addrs: mesh.addrs(), startedAt: Date.now(), http: http?.url })
  log.info('daemon started', { peerId: mesh.peerId, roles: config.roles, addrs: mesh.addrs(), http: http?.url })

  let stopping: Promise<void> | undefined
  return {
    peerId: mesh.peerId,
    mesh,
    system,
    capacity,
    metrics,
    http: http?.url,
    async stop () {
      stopping ??= (async () => {
        await http?.stop()
        for (const role of roles.reverse()) await role.stop().catch((err: Error) => log.warn('role stop failed', { role: role.name, error: err.message }))
        await (await lane?.catch(() => undefined))?.close()
        await system!.stop()
        await capacity.stop()
        await transport.stop()
        await mesh.stop()
        await db.close()
        await rm(homePaths(home).daemon, { force: true })
        log.info('daemon stopped')
      })()
      await stopping
    }
  }
}
