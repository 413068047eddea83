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
import { join } from 'node:path'
import { rm } from 'node:fs/promises'
import { Level } from 'level'
import { ActorSystem } from '../runtime/actors/system.ts'
import type { Logger } from '../core/logger.ts'
import { createMesh, type Mesh } from '../runtime/mesh.ts'
import { createCapacity, type Capacity } from '../../protocols/capacity.ts'
import { rpc } from '../../protocols/rpc.ts'
import { handleAdmin } from '../../protocols/admin.ts'
import { serveAdminSocket, type AdminSocket } from './admin-socket.ts'
import { BulkLane } from '../../protocols/bulk-lane.ts'
import { adminHandler } from './admin/handler.ts'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { PrivateKey } from '@libp2p/interface'
import { nbdServerExports } from '../hosts/recovery/nbd-server-exports.ts'
import { ConfigError, bulkLaneAddress, checkRepositoryPath, homePaths, loadConfig, loadKey, parseLogLevel, processAlive, readDaemonInfo, writeDaemonInfo, DEFAULT_HTTP, ensureHttpToken } from './config.ts'
import type { LogLevel, NodeConfig } from '../runtime/node-config.ts'
import { CodedError } from '../core/errors.ts'
import { notifyReady } from './systemd.ts'
import { createMetrics, type NodeMetrics, type SchedulerGaugeStats } from '../runtime/metrics.ts'
import { startHttpServer, type HttpServer } from './http/server.ts'
import { createApi } from './http/api.ts'
import type { Role } from '../runtime/role.ts'
import { roleRegistry } from './role-registry.ts'
import { createLogger } from './log.ts'
import type { FilesInit } from './admin/files.ts'
import { bootCheckActor, canBootCheck } from './boot-check-actor.ts'

export interface Daemon {
  readonly peerId: string
  readonly mesh: Mesh
  readonly system: ActorSystem
  readonly capacity: Capacity
  readonly metrics: NodeMetrics
  /** the HTTP status endpoint's URL (undefined when config.http is "off") */
  readonly http: string | undefined
  /** the local admin socket the CLI uses (admin.sock in the home) */
  readonly adminSocket: AdminSocket
  stop(): Promise<void>
}

export interface DaemonInit {
  home: string
  log?: Logger
  /** the log level (`daemon --log-level`); before MESHBACKUP_LOG and config.json's "logLevel" (default info) */
  logLevel?: LogLevel
}

/** How long each part started so far gets to stop when the start fails. */
const UNWIND_STEP_MS = 3000

/**
 * Starts a daemon whole or not at all: when any part fails (the config, a key, the repository
 * path, the node database, the libp2p or HTTP port, a role), every part started so far is stopped
 * again and the error is thrown with a code, naming the thing and what to do. daemon.json is
 * written, and systemd told (READY=1), only once everything is up.
 */
export async function startDaemon (init: DaemonInit): Promise<Daemon> {
  const { home } = init
  const config = await loadConfig(home)
  const envLevel = process.env.MESHBACKUP_LOG
  const level = init.logLevel ?? (envLevel != null && envLevel !== '' ? parseLogLevel(envLevel, 'MESHBACKUP_LOG') : config.logLevel ?? 'info')
  const log = init.log ?? createLogger({ level })
  const paths = homePaths(home)
  const privateKey = await loadKey(paths.nodeKey)
  // the CLI talks to the daemon with this key: a daemon no one can administer does not start
  const adminKey = await loadKey(paths.adminKey)
  const adminPeer = peerIdFromPrivateKey(adminKey).toString()
  if (!config.admins.includes(adminPeer)) config.admins = [...config.admins, adminPeer]
  if (config.roles.includes('repository') && config.repository != null) {
    await checkRepositoryPath(config.repository.path, { what: `the repository path ("repository.path" in ${homePaths(home).config})` })
  }

  // what has started so far, stopped in reverse order when a later part fails
  const started: Array<{ what: string, stop: () => Promise<unknown> }> = []
  const unwind = async (): Promise<void> => {
    for (const part of started.reverse()) {
      let timer: NodeJS.Timeout | undefined
      await Promise.race([
        part.stop(),
        new Promise((resolve) => { timer = setTimeout(resolve, UNWIND_STEP_MS) })
      ]).catch((err: Error) => log.warn('stopping a part of a failed start failed', { part: part.what, error: err.message }))
      clearTimeout(timer)
    }
  }
  try {
    return await startParts({ home, config, log, privateKey, started })
  } catch (err) {
    await unwind()
    throw startError(err, home)
  }
}

/** Every start failure carries a code; an uncoded one says which daemon failed. */
function startError (err: unknown, home: string): Error {
  const code = (err as { code?: unknown } | undefined)?.code
  if (err instanceof Error && typeof code === 'string' && /^ERR_/.test(code)) return err
  return new CodedError('ERR_DAEMON_START', `the daemon for ${home} could not start: ${(err as Error)?.message ?? String(err)}`, { cause: err })
}

interface Parts {
  home: string
  config: NodeConfig
  log: Logger
  privateKey: PrivateKey
  started: Array<{ what: string, stop: () => Promise<unknown> }>
}

async function startParts ({ home, config, log, privateKey, started }: Parts): Promise<Daemon> {
  const paths = homePaths(home)
  // the node database first: its lock is what keeps a second daemon off a home
  const db = new Level<string, Uint8Array>(paths.db, { valueEncoding: 'view' })
  await db.open().catch(async (err: Error & { cause?: { code?: string } }) => {
    if (err.cause?.code === 'LEVEL_LOCKED') {
      // a daemon.json left by a daemon that was killed does not count: only the lock does
      const running = await readDaemonInfo(home)
      if (running != null && running.pid !== process.pid && processAlive(running.pid)) {
        throw new ConfigError('ERR_DAEMON_RUNNING', `a daemon is already running for ${home} (pid ${running.pid}); stop it first`)
      }
      throw new ConfigError('ERR_DB_LOCKED', `the node database ${paths.db} is locked by another process: another daemon is using the home ${home}; stop it, or give this one another --home`)
    }
    throw new ConfigError('ERR_DB', `cannot open the node database ${paths.db}: ${err.cause instanceof Error ? err.cause.message : err.message}; check the folder's permissions and free space`)
  })
  started.push({ what: 'node database', stop: async () => await db.close() })
  const mesh = await createMesh({
    privateKey,
    listen: config.listen,
    members: config.members,
    admins: config.admins,
    bootstrap: config.bootstrap,
    log
  }).catch((err: Error) => {
    const taken = /EADDRINUSE|address already in use/i.test(err.message)
    throw new ConfigError('ERR_LISTEN', taken
      ? `cannot listen on ${config.listen.join(', ')}: the port is in use by another process; stop that process, or change "listen" in ${paths.config}`
      : `cannot start the mesh on ${config.listen.join(', ')}: ${err.message}; check "listen" in ${paths.config}`)
  })
  started.push({ what: 'mesh', stop: async () => await mesh.stop() })
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

  await transport.start()
  started.push({ what: 'rpc', stop: async () => await transport.stop() })
  started.push({ what: 'actor system', stop: async () => await system!.stop() })
  await capacity.start()
  started.push({ what: 'capacity gossip', stop: async () => await capacity.stop() })
  started.push({ what: 'bulk lane', stop: async () => await (await lane?.catch(() => undefined))?.close() })
  const roles: Role[] = []
  // the scheduler role reports its queue (roles/scheduler stats()); node/ sees roles only as Role
  const schedulerStats = config.roles.includes('scheduler')
    ? () => (roles.find((r) => r.name === 'scheduler') as Partial<{ stats(): SchedulerGaugeStats }> | undefined)?.stats?.() ?? { queued: 0, placed: 0, failed: 0, refusals: 0, longestWaitMs: 0 }
    : undefined
  const metrics = createMetrics({ peerId: mesh.peerId, capacity, scheduler: schedulerStats })
  // restore points this daemon serves over NBD (file-level restore): shared by the admin handler and the HTTP downloads
  const files: FilesInit = {}
  const handler = adminHandler({ home, config, mesh, system, capacity, files, log })
  started.push({ what: 'NBD exports', stop: async () => await files.close?.() })
  let http: HttpServer | undefined
  if (config.http !== 'off') {
    const api = createApi({ handler, scheduler: schedulerStats, url: () => http?.url ?? '', files })
    http = await startHttpServer({ address: config.http ?? DEFAULT_HTTP, token: await ensureHttpToken(home), api, metrics, log })
    const server = http
    started.push({ what: 'HTTP endpoint', stop: async () => await server.stop() })
  }
  // recovered VMs read their points' disks on demand from this daemon's NBD server
  const recoveryExports = nbdServerExports({ socketPath: join(home, 'recovery.nbd.sock'), log })
  started.push({ what: 'recovery NBD exports', stop: async () => await recoveryExports.close() })
  for (const name of config.roles) {
    const role = roleRegistry[name]({ peerId: mesh.peerId, home, config, system, capacity, mesh, db, log, metrics, bulkLane, recoveryExports })
    // a role that fails half-way is stopped too: its stop tolerates parts it never started
    started.push({ what: `${name} role`, stop: async () => await role.stop() })
    try {
      await role.start()
    } catch (err: any) {
      const code = typeof err?.code === 'string' && /^ERR_/.test(err.code) ? err.code : 'ERR_ROLE_START'
      throw new CodedError(code, `the ${name} role cannot start: ${err?.message ?? String(err)}`, { cause: err })
    }
    roles.push(role)
  }
  // boot-check jobs reach `verify --boot`'s code here through the boot-check actor, on a node
  // that can run QEMU; the announcement says it can
  if (await canBootCheck()) {
    system.spawn('boot-check', bootCheckActor({ handler, log, busy: (active) => capacity.set({ bootCheck: { slots: 1, active } }) }), { restart: 'permanent' })
    capacity.set({ bootCheck: { slots: 1, active: 0 } })
  }
  await handleAdmin({
    libp2p: mesh.libp2p,
    isAdmin: (peer) => mesh.isAdmin(peer),
    handler,
    log
  })
  // the CLI on this machine comes in here: no libp2p dial, the file's mode is the guard
  const adminSocket = await serveAdminSocket({ path: paths.adminSocket, handler, log })
  started.push({ what: 'admin socket', stop: async () => await adminSocket.close() })
  await writeDaemonInfo(home, { pid: process.pid, peerId: mesh.peerId, addrs: mesh.addrs(), startedAt: Date.now(), http: http?.url })
  started.push({ what: 'daemon.json', stop: async () => await rm(paths.daemon, { force: true }) })
  log.info('daemon started', { peerId: mesh.peerId, roles: config.roles, addrs: mesh.addrs(), http: http?.url })
  await notifyReady(log)

  let stopping: Promise<void> | undefined
  return {
    peerId: mesh.peerId,
    mesh,
    system,
    capacity,
    metrics,
    http: http?.url,
    adminSocket,
    async stop () {
      stopping ??= (async () => {
        await adminSocket.close()
        await http?.stop()
        for (const role of roles.reverse()) await role.stop().catch((err: Error) => log.warn('role stop failed', { role: role.name, error: err.message }))
        // the NBD servers: file-level restore's, and the recovered VMs' (they wait for the next
        // daemon, which adopts them: NBD reconnect-delay); left open they held the process
        await files.close?.().catch((err: Error) => log.warn('file-level restore exports did not close', { error: err.message }))
        await recoveryExports.close().catch((err: Error) => log.warn('recovery exports did not close', { error: err.message }))
        await (await lane?.catch(() => undefined))?.close()
        await system!.stop()
        await capacity.stop()
        await transport.stop()
        await mesh.stop()
        await db.close()
        await rm(paths.daemon, { force: true })
        log.info('daemon stopped')
      })()
      await stopping
    }
  }
}
