/**
 * @packageDocumentation
 * The repository role: opens (or creates) the configured repository folder, grants task slots
 * through a LeaseTable, serves the datapipe and restore protocols, runs the repository actor
 * (`<peerId>/repository`) and announces its capacity: slots, slots in use (claimed or
 * reserved: a granted lease counts at once), free bytes and throughput, at start and on every lease
 * change; free bytes, the lock period and the damaged-points gauge are re-read every 10 s, and a
 * drift of free bytes is announced only once it is worth a scheduler's notice.
 *
 * @example
 * ```ts
 * const role = repository({ peerId, config, system, capacity, mesh, log, home, db })
 * await role.start()
 * ```
 */
import type { Role, RoleFactory } from '../../node/runtime/role.ts'
import { LeaseTable } from '../../node/runtime/leases.ts'
import { address } from '../../node/runtime/actors/address.ts'
import { withFields } from '../../node/core/logger.ts'
import { Repository, type LockState } from './store.ts'
import { BucketBackend } from './s3/bucket-backend.ts'
import { repositoryActor } from './actor.ts'
import { serveRepository, type RepositoryServer } from './server.ts'
import { freeSpaceDriftMatters, repositorySpace } from './free-space.ts'
import { openBlockFetch } from '../../protocols/block-fetch.ts'
import { wireLimiter } from '../../node/runtime/traffic.ts'

/** ms between re-reads of free space, the lock period (the CLI may change it) and the damage gauge */
const REFRESH_MS = 10_000

export const repository: RoleFactory = (components): Role => {
  const { peerId, system, capacity, mesh } = components
  const log = withFields(components.log, { role: 'repository' })
  let repo: Repository | undefined
  let leases: LeaseTable | undefined
  let server: RepositoryServer | undefined
  let timer: NodeJS.Timeout | undefined
  let freeBytes = 0
  let lock: LockState | undefined
  const self = address(peerId, 'repository')
  const stopping = new AbortController()
  let waiting: Promise<void> | undefined

  const announce = (): void => {
    const config = components.config.repository
    if (config == null || leases === undefined) return
    capacity.set({
      repository: {
        name: config.name,
        slots: leases.slots,
        active: leases.active + leases.reserved,
        freeBytes,
        throughputBps: server?.throughputBps() ?? 0,
        writingBytes: repo?.stats().writingBytes ?? 0,
        lockDays: lock?.days ?? 0,
        immutableFiles: lock?.immutableFiles ?? false,
        immutableNote: lock?.immutableNote ?? '',
        storage: config.s3 != null ? 's3' : 'folder',
        offsite: config.offsite === true
      }
    })
  }
  const refresh = async (timed = false): Promise<void> => {
    try {
      // the reserve is not offered: the index and manifests need it when the disks are in
      if (repo !== undefined) {
        const now = (await repositorySpace(repo.path, components.config.repository?.reserveBytes)).announced
        if (!timed || freeSpaceDriftMatters(freeBytes, now)) freeBytes = now
      }
    } catch (err) {
      log.warn('cannot read the free space of the repository', { error: (err as Error).message })
    }
    const name = components.config.repository?.name
    if (repo !== undefined && name !== undefined) components.metrics?.damagedPoints.set({ repository: name }, repo.stats().damagedPoints.length)
    try {
      // the CLI on this node may have changed the lock period in the folder
      if (repo !== undefined) lock = await repo.lockState()
    } catch (err) {
      log.warn('cannot read the lock period of the repository', { error: (err as Error).message })
    }
    announce()
  }

  /** Opens the repository (a bucket's: its lease held already), serves it and announces it. */
  const serve = async (bucket?: BucketBackend): Promise<void> => {
    const config = components.config.repository!
    // a block index that cannot be trusted is rebuilt here, before anything is served
    repo = await Repository.open({
      path: config.path,
      name: config.name,
      create: true,
      format: config.format,
      log,
      checkpointMs: config.checkpointSeconds === undefined ? undefined : config.checkpointSeconds * 1000,
      lockDays: config.lockDays,
      onLockRefused: action => { components.metrics?.lockRefusals.inc({ action }) },
      bucket
    })
    const open = repo
    // free bytes are read again on every lease change: a disk that just ended took (or gave back) space
    const table = leases = new LeaseTable({ slots: config.slots, peerId, name: 'repository', onChange: () => { void refresh() } })
    server = await serveRepository({
      libp2p: mesh.libp2p,
      repo: open,
      leases: table,
      released: (holder, leaseId) => system.tell(holder, { leaseRelease: { leaseId, peerId } }, self),
      log,
      metrics: components.metrics,
      lane: await components.bulkLane?.(),
      reserveBytes: config.reserveBytes,
      traffic: (peer, rules) => wireLimiter({ mesh, capacity, peer, rules })
    })
    system.spawn('repository', repositoryActor({
      repo: open,
      leases: table,
      name: config.name,
      peerId,
      openFetch: async (peer, trafficRules) => await openBlockFetch({ libp2p: mesh.libp2p, peerId: peer, trafficRules })
    }), { restart: 'permanent' })
    await refresh()
    timer = setInterval(() => { void refresh(true) }, REFRESH_MS)
    timer.unref()
    log.info('repository open', { name: config.name, path: open.path, slots: config.slots, bucket: config.s3?.bucket })
  }

  /** Stops serving (a stop, or a bucket's lease lost): nothing is announced or written any more. */
  const unserve = async (): Promise<void> => {
    clearInterval(timer)
    await server?.stop().catch(() => {})
    server = undefined
    leases?.close()
    leases = undefined
    await repo?.close().catch(() => {})
    repo = undefined
    capacity.set({ repository: undefined })
  }

  /**
   * A bucket's repository: waits for its lease in the background (another node may hold it:
   * this node is then a standby that takes over once that one stops renewing) and serves it;
   * when the lease is lost it stops serving (fenced).
   */
  const standBy = (): void => {
    const config = components.config.repository!
    const s3 = config.s3!
    waiting = (async () => {
      while (!stopping.signal.aborted) {
        try {
          const bucket = await BucketBackend.open({
            config: s3,
            repository: config.name,
            holder: peerId,
            create: true,
            log,
            signal: stopping.signal,
            onWaiting: holder => { log.info('standing by: another node serves this repository\'s bucket', { repository: config.name, holder }) },
            onLost: why => {
              // the actor stays and answers ERR_REPOSITORY_CLOSED; a restart of the daemon stands by again
              log.error('this node no longer serves the repository: its bucket\'s lease was lost; restart the daemon to stand by for it again', { repository: config.name, why })
              void unserve()
            }
          })
          await serve(bucket)
          return
        } catch (err) {
          if (stopping.signal.aborted) return
          log.error('cannot open the repository\'s bucket; trying again in 30 s', { repository: config.name, bucket: s3.bucket, code: (err as { code?: string }).code, error: (err as Error).message })
          await new Promise<void>(resolve => { const t = setTimeout(resolve, 30_000); stopping.signal.addEventListener('abort', () => { clearTimeout(t); resolve() }, { once: true }) })
        }
      }
    })()
  }

  return {
    name: 'repository',
    async start () {
      const config = components.config.repository
      if (config == null) {
        throw Object.assign(new Error('this node has the repository role but no "repository" section ({ name, path, slots }) in its config.json; add it or run `meshbackup init` again'), { code: 'ERR_REPOSITORY_CONFIG' })
      }
      if (config.s3 !== undefined) standBy()
      else await serve()
    },
    async stop () {
      stopping.abort()
      await waiting?.catch(() => {})
      await unserve()
    }
  }
}
