/**
 * @packageDocumentation
 * This daemon serving restore points' disks over NBD: one NbdServer on a unix socket in the home
 * (started on first use), an export per disk asked for, each a PointDiskSource that fetches the
 * point's blocks on demand from a repository node holding the point over block fetch
 * (protocols/block-fetch.ts; the point's own repository or a copy), opening sealed blocks with the
 * point's data key, which lives in this process only while the export does. File-level restore
 * (admin/files.ts) mounts such an export with nbdfuse; instant recovery backs a VM's overlay with it.
 *
 * The block-fetch stream to the repository is opened on the first fetch and again after a
 * failure: while the repository's daemon is away, reads wait (PointDiskSource retries for
 * `retryForMs`), and carry on by themselves once it is back.
 *
 * @example
 * ```ts
 * const exports = pointExports({ libp2p, socketPath: join(home, 'nbd.sock'), locate, keyFor })
 * const served = await exports.open({ pointId, vm: 'web01', disk: 0 })   // { address: 'unix:…', exportName, size }
 * await served.close()
 * ```
 */
import { randomBytes } from 'node:crypto'
import type { Libp2p } from '@libp2p/interface'
import type { RestorePoint } from '../../../proto/index.ts'
import { checkedDigestAlgorithm, openBlockFetch, type BlockFetchClient } from '../../../protocols/block-fetch.ts'
import { silentLogger, type Logger } from '../../core/logger.ts'
import { NbdServer } from '../../hosts/nbd-server/server.ts'
import { PointDiskSource, type StoredBlock } from '../../hosts/nbd-server/point-disk.ts'
import { UserError } from '../../runtime/actors/errors.ts'

export interface PointExportsInit {
  libp2p: Libp2p
  /** where the NBD server listens (a unix socket, mode 0600) */
  socketPath: string
  /** the repository holding point `pointId` (`repository`: the one named, else the best copy) and the nodes that serve it */
  locate: (pointId: string, repository?: string) => Promise<{ peers: string[], repository: string }>
  /** the data key of fingerprint `fingerprint`, when the request brought none (the manager's catalog) */
  keyFor?: (fingerprint: string) => Promise<Uint8Array | undefined>
  /** how long a read waits for a repository that went away before failing (30 s) */
  retryForMs?: number
  log?: Logger
}

export interface PointExportRequest {
  pointId: string
  vm: string
  disk: number
  repository?: string
  /** the data key of an encrypted point; else asked of keyFor */
  key?: Uint8Array
}

/** A disk being served: where QEMU or nbdfuse connects, and how to stop serving it. */
export interface ServedDisk {
  address: string
  exportName: string
  size: number
  /** the repository it reads from */
  repository: string
  /** the point's manifest as that repository holds it (its recorded VM config among others) */
  point: RestorePoint
  source: PointDiskSource
  close: () => Promise<void>
}

export interface PointExports {
  open: (request: PointExportRequest) => Promise<ServedDisk>
  /** the disks served now */
  served: () => ServedDisk[]
  close: () => Promise<void>
}

export function pointExports (init: PointExportsInit): PointExports {
  const log = init.log ?? silentLogger
  let server: Promise<NbdServer> | undefined
  const live = new Set<ServedDisk>()

  const open = async (request: PointExportRequest): Promise<ServedDisk> => {
    const { peers, repository } = await init.locate(request.pointId, request.repository)
    // several nodes may serve one repository name: the point is on one of them
    let peerId = peers[0]!
    let point: RestorePoint | undefined
    for (const peer of peers) {
      const probe = await openBlockFetch({ libp2p: init.libp2p, peerId: peer })
      try {
        point = await probe.manifest(request.pointId)
        peerId = peer
        break
      } catch (err) {
        if ((err as { remoteCode?: string }).remoteCode !== 'ERR_NO_SUCH_POINT' || peer === peers[peers.length - 1]) throw err
      } finally {
        await probe.close().catch(() => {})
      }
    }
    if (point === undefined) throw new UserError('ERR_NO_SUCH_POINT', `no node of repository ${repository} holds restore point ${request.pointId}`)
    // one stream per export, opened again after a failure (the repository's daemon restarted)
    let client: Promise<BlockFetchClient> | undefined
    const stream = async (): Promise<BlockFetchClient> => {
      client ??= openBlockFetch({ libp2p: init.libp2p, peerId })
      client.catch(() => { client = undefined })
      return await client
    }
    if ((point.vm ?? '') !== request.vm && request.vm !== '') {
      throw new UserError('ERR_NO_SUCH_POINT', `restore point ${request.pointId} belongs to VM "${point.vm}", not "${request.vm}"`)
    }
    const disk = point.disks?.find(d => (d.index ?? 0) === request.disk)
    if (disk == null) {
      throw new UserError('ERR_NO_SUCH_DISK', `restore point ${request.pointId} of VM "${point.vm}" has no disk ${request.disk} (it has ${(point.disks ?? []).map(d => d.index ?? 0).join(', ')})`)
    }
    const fingerprint = disk.keyFingerprint || point.keyFingerprint || ''
    let key = request.key
    if (fingerprint !== '' && key === undefined) key = await init.keyFor?.(fingerprint)
    if (fingerprint !== '' && key === undefined) {
      throw new UserError('ERR_KEY_UNAVAILABLE', `restore point ${request.pointId} is encrypted with key ${fingerprint}; give its key (--key-file, --recovery-key) or import it into the manager's catalog`)
    }
    const fetch = async (digests: Buffer[]): Promise<StoredBlock[]> => {
      const c = await stream()
      const out: StoredBlock[] = []
      try {
        const digestAlgorithm = checkedDigestAlgorithm(c, repository)
        await c.blocks(digests, async (b) => {
          if ((b.missingCode ?? '') !== '') throw new UserError('ERR_MISSING_BLOCK', `repository ${repository} cannot give block ${Buffer.from(b.digest ?? []).toString('hex')}: ${b.missingCode} ${b.missing ?? ''}`)
          out.push({ data: b.data ?? new Uint8Array(0), compression: b.compression ?? 'none', rawLength: b.rawLength ?? 0, sealed: b.sealed === true, digestAlgorithm })
        })
      } catch (err) {
        // a broken stream is opened again by the next try
        if (client !== undefined) void c.close().catch(() => {})
        client = undefined
        throw err
      }
      return out
    }
    const name = `${request.pointId}-disk${request.disk}-${randomBytes(4).toString('hex')}`
    const source = new PointDiskSource({
      size: Number(disk.size ?? 0),
      blockSize: disk.blockSize ?? 0,
      digests: disk.digests ?? new Uint8Array(0),
      fetch,
      key,
      retryForMs: init.retryForMs,
      name,
      log
    })
    server ??= NbdServer.listen({ path: init.socketPath }, { log })
    const nbd = await server
    nbd.add(name, source)
    const served: ServedDisk = {
      address: nbd.address,
      exportName: name,
      size: Number(disk.size ?? 0),
      repository,
      point,
      source,
      close: async () => {
        if (!live.delete(served)) return
        nbd.remove(name)
        source.close()
        const c = client
        client = undefined
        await c?.then(async s => { await s.close() }, () => {})
      }
    }
    live.add(served)
    log.info('serving a restore point\'s disk over NBD', { point: request.pointId, vm: point.vm, disk: request.disk, repository, export: name, encrypted: fingerprint !== '' })
    return served
  }

  return {
    open,
    served: () => [...live],
    close: async () => {
      await Promise.all([...live].map(async s => { await s.close() }))
      const s = server
      server = undefined
      await s?.then(async n => { await n.close() }, () => {})
    }
  }
}
