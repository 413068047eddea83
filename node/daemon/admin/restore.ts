/**
 * @packageDocumentation
 * The admin `restore` request: this daemon pulls the disks of a restore point from the repository
 * node holding it and writes them on its own host. The target is checked before a block is read
 * (node/daemon/admin/restore-target.ts); the disks come side by side; when one fails the others stop, and what
 * this restore created is removed again, so a failed restore leaves the target as it found it
 * (a file replaced with --force stays replaced only once its disk was complete).
 *
 * An encrypted point (PointSummary.key_fingerprint) needs its data key: the one the request
 * carries (the CLI unlocked it from a key file, a paper key or a recovery key), else the one the
 * manager's key catalog gives (RestoreContext.keyFor); without either it fails before anything is
 * made, naming the key. The key stays in memory for the restore. `check_only` reads, opens and
 * checks every block of every disk and writes nothing (`verify --read-data`).
 */
import type { AdminReply, AdminRequest, HostSpec, PointSummary, Progress } from '../../../proto/index.ts'
import { blockRanges, requireKey, restoreDisk, RestoreError, type RestoreDiskOptions } from '../../../protocols/restore.ts'
import { dataKeyFingerprint } from '../../core/crypto/fingerprint.ts'
import type { KeyMaterial } from '../../core/crypto/key-file.ts'
import { UserError } from '../../runtime/actors/errors.ts'
import type { NodeConfig } from '../../runtime/node-config.ts'
import { attachDisks, convertImage, requireQemuImg } from '../../hosts/qemu/restore-disk.ts'
import type { Mesh } from '../../runtime/mesh.ts'
import { prepareRestoreTargets, type RestoreTargetDisk } from './restore-target.ts'

/** What a restore needs from the admin handler around it. */
export interface RestoreContext {
  mesh: Mesh
  config: NodeConfig
  findPoint: (id: string) => Promise<PointSummary>
  /** the registered QEMU host of that name; throws when there is none */
  qemuHost: (name: string) => Promise<HostSpec>
  /**
   * The data key (32 bytes) of that fingerprint from the manager's key catalog, or undefined
   * when the catalog has none; asked only for an encrypted point the request brought no key for.
   * Unset: only a key in the request restores an encrypted point.
   */
  keyFor?: (fingerprint: string) => Promise<Uint8Array | undefined>
  /** the manager's throttling rules, sent with each disk's request (none when no manager answers) */
  trafficRules?: () => Promise<NonNullable<RestoreDiskOptions['trafficRules']>>
}

/** How often progress goes back to the requester. */
const PROGRESS_EVERY_MS = 250

export async function restorePoint (ctx: RestoreContext, req: NonNullable<AdminRequest['restore']>, progress: (p: Progress) => Promise<void>): Promise<AdminReply> {
  const point = await ctx.findPoint(req.pointId ?? '')
  // the point names its VM: --vm is only a check
  if (req.vm && req.vm !== point.vm) throw new UserError('ERR_NO_SUCH_VM', `restore point ${point.id} holds VM "${point.vm}", not "${req.vm}"; leave out --vm, or pick a point of "${req.vm}" from \`meshbackup points list --vm ${req.vm}\``)
  const checkOnly = req.checkOnly === true
  if (!req.to && !checkOnly) throw new UserError('ERR_BAD_REQUEST', 'give --to PATH: the file (one disk) or folder (every disk) to restore into')
  const single = req.disk != null && req.disk >= 0
  const disks = (point.disks ?? []).filter((d) => !single || d.index === req.disk)
  if (disks.length === 0) throw new UserError('ERR_NO_SUCH_DISK', `restore point ${point.id} has no disk ${req.disk} (it has ${(point.disks ?? []).map((d) => d.index).join(', ')})`)
  const dataKey = await restoreKey(ctx, point, req.dataKey)
  if (checkOnly) return await checkPoint(ctx, point, disks, dataKey, progress)
  const format = req.format || 'raw'
  if (format !== 'raw' && format !== 'qcow2') throw new UserError('ERR_BAD_REQUEST', `restore format "${format}" must be raw or qcow2`)
  // everything that can refuse the restore is asked before any data moves
  const attachTo = req.attach ? await ctx.qemuHost(req.attach) : undefined
  const targets = await prepareRestoreTargets({
    to: req.to ?? '',
    disks: disks.map(targetDisk),
    single,
    format,
    force: req.force === true,
    pointId: point.id ?? ''
  })
  if (format === 'qcow2') {
    await requireQemuImg().catch(async (err) => {
      await targets.discard()
      throw err
    })
  }

  const files = targets.disks.map((t) => t.file)
  const read = await readDisks(ctx, point, disks, dataKey, 'restore', progress, {
    options: (_disk, i) => ({ allowDamaged: req.allowDamaged === true, to: targets.disks[i]!.file, inPlace: targets.disks[i]!.device }),
    after: async (_disk, i) => { await convertImage(targets.disks[i]!.file, format) }
  }).catch(async (err) => {
    await targets.discard()
    throw err
  })
  const attached = attachTo == null
    ? []
    : await attachDisks(attachTo.qmp!, attachTo.name!, files.map((file, i) => ({ file, format, name: disks[i]!.name ?? '' })))
  return { restoreDone: { files, bytes: read.bytes, durationMs: read.durationMs, attached: attached.map((a) => a.device ?? a.node), damagedRanges: read.damagedRanges } }
}

/**
 * The key an encrypted point needs: the request's, else the manager's catalog's (keyFor); a
 * missing or other key fails here, before any target is touched. Undefined for a plain point.
 */
async function restoreKey (ctx: RestoreContext, point: PointSummary, requested: Uint8Array | null | undefined): Promise<KeyMaterial | undefined> {
  const needed = point.keyFingerprint ?? ''
  if (needed === '') return undefined
  const what = `restore point ${point.id ?? ''} of VM "${point.vm ?? ''}"`
  let material = requested != null && requested.byteLength > 0 ? requested : undefined
  material ??= await ctx.keyFor?.(needed)
  const key = material === undefined ? undefined : { material, fingerprint: dataKeyFingerprint(material) }
  requireKey(key, needed, what)
  return key
}

/**
 * check_only: every disk's blocks read, opened and checked side by side, nothing written; the
 * damaged ones come back as damaged ranges, as an --allow-damaged restore lists them.
 */
async function checkPoint (ctx: RestoreContext, point: PointSummary, disks: PointDisks, dataKey: KeyMaterial | undefined, progress: (p: Progress) => Promise<void>): Promise<AdminReply> {
  const read = await readDisks(ctx, point, disks, dataKey, 'check', progress, { options: () => ({ checkOnly: true }) })
  return { restoreDone: { files: [], bytes: read.bytes, durationMs: read.durationMs, attached: [], damagedRanges: read.damagedRanges } }
}

type PointDisks = NonNullable<PointSummary['disks']>

/**
 * Reads every disk of the point from its repository side by side (each stream decompresses and
 * hashes on its own), with progress to the requester; the first failure stops the other disks and
 * is thrown. Per disk, `options` says what to do with the blocks and `after` runs once it is read.
 */
async function readDisks (ctx: RestoreContext, point: PointSummary, disks: PointDisks, dataKey: KeyMaterial | undefined, verb: string, progress: (p: Progress) => Promise<void>,
  how: { options: (disk: PointDisks[number], i: number) => Partial<RestoreDiskOptions>, after?: (disk: PointDisks[number], i: number) => Promise<void> }): Promise<{ bytes: number, durationMs: number, damagedRanges: string[] }> {
  const total = disks.reduce((n, d) => n + (d.size ?? 0), 0)
  const started = Date.now()
  let lastSent = 0
  const doneByDisk = disks.map(() => 0)
  const stop = new AbortController()
  // per disk, the byte ranges not restored (zeros there) because the repository's copy is bad
  const damagedRanges: string[] = []
  const trafficRules = await ctx.trafficRules?.() ?? []
  const results = await Promise.allSettled(disks.map(async (disk, i) => {
    try {
      const read = await restoreDisk({
        dataKey,
        trafficRules,
        libp2p: ctx.mesh.libp2p,
        peerId: point.repositoryPeer!,
        pointId: point.id!,
        vm: point.vm!,
        disk: disk.index ?? 0,
        signal: stop.signal,
        stallTimeoutMs: ctx.config.restoreStallMs,
        lane: ctx.config.bulkLane !== 'off',
        ...how.options(disk, i),
        onProgress: (done: number) => {
          doneByDisk[i] = done
          const now = Date.now()
          if (now - lastSent < PROGRESS_EVERY_MS) return
          lastSent = now
          const doneBytes = doneByDisk.reduce((a, b) => a + b, 0)
          void progress({ what: `${verb} ${point.vm}`, doneBytes, totalBytes: total, bytesPerSecond: doneBytes / Math.max((now - started) / 1000, 0.001) })
        }
      })
      for (const r of blockRanges(read.damagedBlocks, read.blockSize, disk.size ?? 0)) damagedRanges.push(`disk ${disk.index ?? 0}: ${r}`)
      await how.after?.(disk, i)
    } catch (err) {
      // the first failure is the restore's: the other disks stop with it
      if (!stop.signal.aborted) stop.abort(asDamaged(err))
      throw err
    }
  }))
  if (results.some((r) => r.status === 'rejected')) throw stop.signal.reason
  return { bytes: total, durationMs: Date.now() - started, damagedRanges }
}

/** A repository's refusal of a point with bad blocks keeps its own code: the CLI branches on it. */
function asDamaged (err: unknown): unknown {
  if (err instanceof RestoreError && err.remoteCode === 'ERR_POINT_DAMAGED') return new UserError('ERR_POINT_DAMAGED', err.message, { cause: err })
  return err
}

/** A disk of the point as the target checks see it: the bytes it writes at least are its size less its zero blocks. */
function targetDisk (d: NonNullable<PointSummary['disks']>[number]): RestoreTargetDisk {
  const size = d.size ?? 0
  const blocks = d.blocks ?? 0
  const blockSize = blocks > 0 ? Math.ceil(size / blocks) : 0
  return { index: d.index ?? 0, name: d.name ?? '', size, dataBytes: Math.max(0, size - (d.zeroBlocks ?? 0) * blockSize) }
}
