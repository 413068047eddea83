/**
 * @packageDocumentation
 * The instant recoveries this node runs (it is a proxy that reaches the QEMU host: the recovered
 * VM runs on that host's machine). For a RecoveryStart from the manager it reads the point's
 * manifest (digests and recorded VM config) from the repository node holding it over block
 * fetch, opens one NBD export per disk through the RecoveryExports seam (blocks fetched on demand
 * from that repository; an encrypted point's key handed to the export and kept only while the
 * recovery lives), and starts the VM (node/hosts/recovery/recovered-vm.ts) in the host's state
 * folder. `control` answers status, migrate and stop; a migration restores each disk of the point
 * into a local file over the restore protocol (node/hosts/recovery/local-copy.ts), the
 * repository's fastest path. A migrated or stopped recovery's exports are closed and its key
 * forgotten.
 *
 * With `attachTo` the point's disks are hot-plugged into the VM that registered QEMU host runs
 * instead (node/hosts/recovery/attach-disks.ts); migrate and stop work on them alike.
 *
 * Each recovery leaves a record in its folder (node/hosts/recovery/recovery-record.ts): a daemon
 * that restarted is asked by the manager to adopt it (RecoveryStart with `adopt`), re-opens its
 * exports under the same names (QEMU's NBD nodes reconnect by themselves) and takes the VM, or
 * the attached disks, up again.
 *
 * @example
 * ```ts
 * const recoveries = new Recoveries({ libp2p, exports, peerId })
 * const info = await recoveries.start(msg.recoveryStart)
 * await recoveries.control({ id: info.id, action: 'migrate' })
 * ```
 */
import type { Libp2p } from '@libp2p/interface'
import { join } from 'node:path'
import { readdir } from 'node:fs/promises'
import type { HostSpec, RecoveryControl, RecoveryInfo, RecoveryStart, RestorePoint } from '../../proto/index.ts'
import { checkedDigestAlgorithm, openBlockFetch, MAX_BATCH, type BlockFetchClient } from '../../protocols/block-fetch.ts'
import { restoreDisk } from '../../protocols/restore.ts'
import { UserError } from '../../node/runtime/actors/errors.ts'
import { parseQmpAddress } from '../../node/hosts/qemu/qmp.ts'
import { qemuStateDir } from '../../node/hosts/qemu/qemu-host.ts'
import { effectiveVmConfig } from '../../node/hosts/qemu/vm-config.ts'
import { RecoveredVm } from '../../node/hosts/recovery/recovered-vm.ts'
import { AttachedDisks } from '../../node/hosts/recovery/attach-disks.ts'
import { readRecoveryRecord, writeRecoveryRecord, type RecoveryRecord } from '../../node/hosts/recovery/recovery-record.ts'
import type { FetchBlocks, RecoveryExport, RecoveryExports, StoredBlock } from '../../node/hosts/recovery/recovery-exports.ts'
import type { CopyDisk } from '../../node/hosts/recovery/local-copy.ts'

export interface RecoveriesInit {
  libp2p: Libp2p
  /** what serves the point's disks over NBD */
  exports: RecoveryExports
  peerId: string
  /** overrides the host's state folder (tests) */
  stateDir?: string
  log?: (line: string) => void
}

interface Running {
  start: RecoveryStart
  /** a VM of its own, or the disks attached to the operator's VM */
  vm?: RecoveredVm | AttachedDisks
  /** its folder and the record kept there */
  dir: string
  record?: RecoveryRecord
  adoptions: number
  exports: RecoveryExport[]
  /** the block fetch streams the exports read through, FETCH_STREAMS of them once opened (the first also read the manifest) */
  streams: Array<BlockFetchClient | undefined>
  /** the point's data key, while the recovery needs it */
  key?: Uint8Array
  error: string
  repository: string
}

const SAFE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/

export class Recoveries {
  readonly #init: RecoveriesInit
  readonly #running = new Map<string, Running>()
  /** hosts whose state folder adoptLeftovers looked at */
  readonly #scanned = new Set<string>()
  /** recoveries whose VM was gone when this node tried to adopt them */
  readonly #unadoptable = new Set<string>()
  /** failed adoption attempts by recovery id (the retry backs off) */
  readonly #attempts = new Map<string, number>()

  constructor (init: RecoveriesInit) {
    this.#init = init
  }

  /** Starts a recovery (or adopts one, `adopt`); resolves once the VM runs with its disks attached. */
  async start (s: RecoveryStart): Promise<RecoveryInfo> {
    const id = s.id ?? ''
    if (!SAFE.test(id)) throw new UserError('ERR_BAD_REQUEST', `recovery id "${id}" is not valid`)
    const existing = this.#running.get(id)
    if (existing !== undefined) return this.#info(id, existing)
    const host = s.host ?? {}
    if (host.type !== 'qemu') throw new UserError('ERR_BAD_REQUEST', `host "${host.name ?? ''}" is a ${host.type ?? '?'} host; a recovered VM runs only on a QEMU host`)
    const attachTo = (s.attachTo?.name ?? '') === '' ? undefined : s.attachTo!
    // the overlays live beside the VM that uses them: the attached VM's host folder, else the host's
    const dir = join(qemuStateDir(parseQmpAddress((attachTo ?? host).qmp ?? ''), this.#init.stateDir), 'recoveries', id)
    const entry: Running = { start: s, dir, adoptions: 0, exports: [], streams: [], error: '', repository: '', key: s.dataKey != null && s.dataKey.byteLength > 0 ? Uint8Array.from(s.dataKey) : undefined }
    this.#running.set(id, entry)
    try {
      if (s.adopt === true) await this.#adopt(entry)
      else await this.#start(entry, attachTo)
      return await this.#info(id, entry)
    } catch (err) {
      entry.error = (err as Error).message
      await this.#release(entry)
      this.#running.delete(id)
      throw err
    }
  }

  async #start (entry: Running, attachTo: RecoveryStart['attachTo']): Promise<void> {
    const s = entry.start
    const id = s.id ?? ''
    const { point, disks } = await this.#serve(entry)
    const common = {
      id,
      name: s.name ?? `${s.vm ?? 'vm'}-recovered`,
      dir: entry.dir,
      disks,
      log: this.#init.log,
      copyDisk: this.#copier(entry),
      onMigrated: async () => { await this.#migrated(entry) }
    }
    entry.vm = attachTo == null
      ? await RecoveredVm.start({ ...common, config: effectiveVmConfig(point.config, point.disks ?? []), network: s.network === true })
      : await AttachedDisks.attach({ ...common, qmp: attachTo.qmp ?? '', hostName: attachTo.name ?? '' })
    entry.record = {
      id,
      pointId: s.pointId ?? '',
      vm: s.vm ?? '',
      name: common.name,
      repositoryPeer: s.repositoryPeer ?? '',
      sealed: entry.key !== undefined,
      network: s.network === true,
      disks: disks.map(d => ({ index: d.index, size: d.size })),
      qmp: entry.vm instanceof AttachedDisks ? entry.vm.control : `unix:${join(entry.dir, 'qmp.sock')}`,
      pid: entry.vm.pid,
      attachedTo: attachTo?.name ?? '',
      node: this.#init.peerId,
      migrating: false,
      speed: 0,
      migrated: false,
      createdAtMs: entry.vm.createdAtMs,
      runningAtMs: entry.vm.runningAtMs
    }
    await writeRecoveryRecord(entry.dir, entry.record)
  }

  /**
   * Takes up a recovery this node ran before it restarted, from the record in its folder: the
   * exports are opened again under the same names (unless every block was already local), then
   * the VM (or the attached disks) is found again over QMP.
   */
  async #adopt (entry: Running): Promise<void> {
    const s = entry.start
    const id = s.id ?? ''
    const record = await readRecoveryRecord(entry.dir)
    if (record === undefined) throw new UserError('ERR_NO_SUCH_RECOVERY', `node ${this.#init.peerId} runs no recovery ${id} and left no record of it in ${entry.dir}`)
    if (record.sealed && entry.key === undefined) throw new UserError('ERR_RESTORE_KEY_MISSING', `recovery ${id} serves an encrypted point: adopting it needs the point's data key again`)
    entry.record = record
    const disks = record.migrated ? record.disks.map(d => ({ ...d, nbd: '', exportName: '' })) : (await this.#serve(entry)).disks
    const common = { id, name: record.name, dir: entry.dir, disks, log: this.#init.log, copyDisk: this.#copier(entry), onMigrated: async () => { await this.#migrated(entry) } }
    entry.vm = record.attachedTo !== ''
      ? await AttachedDisks.adopt({ ...common, qmp: record.qmp, hostName: record.attachedTo }, record)
      : await RecoveredVm.adopt({ ...common, config: effectiveVmConfig(undefined, record.disks) }, record)
    entry.adoptions = 1
    this.#init.log?.(`recovery ${id}: adopted the ${record.attachedTo !== '' ? `disks attached to host ${record.attachedTo}` : `recovered VM "${record.name}" (qemu pid ${record.pid})`}, ${entry.vm.state}`)
  }

  /**
   * Adopts, without waiting for the manager, the recoveries this node left in the state folders
   * of `hosts` before it restarted, so that their guests' reads are served again at once. An
   * encrypted point's recovery waits for the manager, who hands its key (`start` with `adopt`).
   * Each host's folder is looked at once per daemon life.
   */
  async adoptLeftovers (hosts: HostSpec[]): Promise<void> {
    for (const h of hosts) {
      if (h.type !== 'qemu' || (h.qmp ?? '') === '' || this.#scanned.has(h.name ?? '')) continue
      this.#scanned.add(h.name ?? '')
      const root = join(qemuStateDir(parseQmpAddress(h.qmp!), this.#init.stateDir), 'recoveries')
      for (const id of await readdir(root).catch(() => [] as string[])) {
        if (this.#running.has(id) || this.#unadoptable.has(id) || !SAFE.test(id)) continue
        const record = await readRecoveryRecord(join(root, id)).catch(() => undefined)
        if (record === undefined || record.sealed || record.node !== this.#init.peerId) continue
        const attachTo = record.attachedTo === '' ? undefined : hosts.find(x => x.name === record.attachedTo)
        if (record.attachedTo !== '' && attachTo === undefined) continue
        await this.start({ id, pointId: record.pointId, vm: record.vm, name: record.name, host: attachTo ?? h, attachTo, repositoryPeer: record.repositoryPeer, network: record.network, adopt: true })
          .catch((err: Error & { code?: string }) => {
            this.#init.log?.(`recovery ${id} left by this node in ${root} was not adopted: ${err.message}`)
            // its VM is gone: the manager shows it, `recover stop` drops it; anything else (the
            // repository not yet in view after the restart) is tried again at the next refresh
            if (err.code === 'ERR_RECOVERY_ADOPT_FAILED') {
              this.#unadoptable.add(id)
              return
            }
            // soon: the guest's reads wait for it (1 s, doubling up to 30 s)
            this.#scanned.delete(h.name ?? '')
            const attempt = (this.#attempts.get(id) ?? 0) + 1
            this.#attempts.set(id, attempt)
            setTimeout(() => { void this.adoptLeftovers(hosts).catch(() => {}) }, Math.min(1000 * 2 ** (attempt - 1), 30_000)).unref()
          })
      }
    }
  }

  /** Opens the block fetch stream, reads the point's manifest and opens one export per disk. */
  async #serve (entry: Running): Promise<{ point: RestorePoint, disks: Array<{ index: number, size: number, nbd: string, exportName: string }> }> {
    const s = entry.start
    const id = s.id ?? ''
    const peer = s.repositoryPeer || entry.record?.repositoryPeer || ''
    const open = async (): Promise<BlockFetchClient> => await openBlockFetch({ libp2p: this.#init.libp2p, peerId: peer })
    const first = entry.streams[0] = await open()
    const point: RestorePoint = await first.manifest(s.pointId || entry.record?.pointId || '')
    // a stream is opened again after a failure: a repository that restarted serves the next read
    const streams: FetchStream[] = Array.from({ length: FETCH_STREAMS }, (_, k) => ({
      get: async () => (entry.streams[k] ??= await open()),
      broken: (c: BlockFetchClient) => { if (entry.streams[k] === c) entry.streams[k] = undefined }
    }))
    const fetch = fetcher(peer, streams)
    const pointDisks = point.disks ?? []
    for (const d of pointDisks) {
      entry.exports.push(await this.#init.exports.open({
        recoveryId: id,
        pointId: point.id ?? s.pointId ?? '',
        index: d.index ?? 0,
        size: d.size ?? 0,
        blockSize: d.blockSize ?? 0,
        digests: Buffer.from(d.digests ?? new Uint8Array(0))
      }, fetch, entry.key))
    }
    return { point, disks: pointDisks.map((d, i) => ({ index: d.index ?? 0, size: d.size ?? 0, nbd: entry.exports[i]!.nbdAddress, exportName: entry.exports[i]!.exportName })) }
  }

  /**
   * A migration's copy of one disk: the point's disk restored from its repository into a local
   * file (a cap per disk, `recover migrate --speed`, as a traffic rule the repository keeps to).
   */
  #copier (entry: Running): CopyDisk {
    return async (disk, file, { onProgress, signal, bytesPerSecond }) => {
      const s = entry.start
      const key = entry.key
      await restoreDisk({
        libp2p: this.#init.libp2p,
        peerId: s.repositoryPeer || entry.record?.repositoryPeer || '',
        pointId: s.pointId || entry.record?.pointId || '',
        vm: s.vm || entry.record?.vm || '',
        disk: disk.index,
        to: file,
        signal,
        onProgress: (done) => { onProgress(done) },
        // restoreDisk derives the fingerprint of a key given without one
        dataKey: key === undefined ? undefined : { material: key, fingerprint: '' },
        trafficRules: bytesPerSecond > 0 ? [{ name: `recover migrate --speed (${s.id ?? ''})`, from: 'any', to: 'any', rateBps: bytesPerSecond }] : undefined
      })
    }
  }

  /** Every block is local: the exports close, and the record says so (an adoption opens none). */
  async #migrated (entry: Running): Promise<void> {
    await this.#release(entry)
    await this.#saveRecord(entry, { migrated: true })
  }

  async #saveRecord (entry: Running, patch: Partial<RecoveryRecord>): Promise<void> {
    if (entry.record === undefined) return
    Object.assign(entry.record, patch)
    await writeRecoveryRecord(entry.dir, entry.record).catch((err: Error) => { this.#init.log?.(`recovery ${entry.start.id}: writing its record failed: ${err.message}`) })
  }

  /** status (of `id`, or of every recovery here when empty), migrate or stop. */
  async control (c: RecoveryControl): Promise<RecoveryInfo[]> {
    const id = c.id ?? ''
    if (id === '' && (c.action ?? 'status') === 'status') return await Promise.all([...this.#running.entries()].map(async ([k, e]) => await this.#info(k, e)))
    const entry = this.#running.get(id)
    if (entry === undefined) throw new UserError('ERR_NO_SUCH_RECOVERY', `node ${this.#init.peerId} runs no recovery ${id}; \`meshbackup recover list\` shows them`)
    switch (c.action ?? 'status') {
      case 'status':
        return [await this.#info(id, entry)]
      case 'migrate':
        if (entry.vm === undefined) throw new UserError('ERR_RECOVERY_STATE', `recovery ${id} is still starting`)
        await entry.vm.migrate(c.speed ?? 0)
        if (entry.vm.state === 'migrating') await this.#saveRecord(entry, { migrating: true, speed: c.speed ?? 0 })
        return [await this.#info(id, entry)]
      case 'stop': {
        await entry.vm?.stop()
        await this.#release(entry)
        const info = await this.#info(id, entry)
        this.#running.delete(id)
        return [info]
      }
      default:
        throw new UserError('ERR_BAD_REQUEST', `recovery action "${c.action}" is unknown; use status, migrate or stop`)
    }
  }

  /** The running VM of a recovery (the boot check drives it), if this node runs it. */
  vm (id: string): RecoveredVm | undefined {
    const vm = this.#running.get(id)?.vm
    return vm instanceof RecoveredVm ? vm : undefined
  }

  /** The ids of the recoveries this node runs. */
  ids (): string[] {
    return [...this.#running.keys()]
  }

  /** Closes the exports and the fetch streams, forgets the key. */
  async #release (entry: Running): Promise<void> {
    for (const e of entry.exports.splice(0)) await e.close().catch(() => {})
    for (const c of entry.streams.splice(0)) await c?.close().catch(() => {})
    entry.key?.fill(0)
    entry.key = undefined
  }

  async #info (id: string, entry: Running): Promise<RecoveryInfo> {
    const s = entry.start
    const vm = entry.vm
    const p = vm === undefined ? { doneBytes: 0, totalBytes: 0, bytesPerSecond: 0 } : await vm.progress()
    return {
      id,
      pointId: s.pointId,
      vm: s.vm,
      name: s.name,
      host: s.host?.name ?? '',
      node: this.#init.peerId,
      state: vm?.state ?? 'starting',
      doneBytes: p.doneBytes,
      totalBytes: p.totalBytes,
      bytesPerSecond: p.bytesPerSecond,
      error: vm?.error || entry.error,
      createdAtMs: vm?.createdAtMs ?? 0,
      runningAtMs: vm?.runningAtMs ?? 0,
      migratedAtMs: vm?.migratedAtMs ?? 0,
      pid: vm?.pid ?? 0,
      qmp: vm?.control ?? '',
      overlays: vm?.overlays ?? [],
      restarts: vm?.restarts ?? 0,
      pauses: vm?.pauses ?? 0,
      attachedTo: entry.record?.attachedTo ?? s.attachTo?.name ?? '',
      network: s.network === true,
      adoptions: entry.adoptions
    }
  }
}

/**
 * Block fetch streams an export reads through, taken in turn: a stream answers in order, so a
 * guest's read does not wait behind a read-ahead batch. Four paid when a migration's mirror read
 * through the export (4 streams 121 MB/s, 2 streams 95); the guest alone asks far less.
 */
const FETCH_STREAMS = 2

/** One of them: opened when first needed; `broken` drops a failed one, to be opened again. */
interface FetchStream { get: () => Promise<BlockFetchClient>, broken: (client: BlockFetchClient) => void }

/** Stored blocks of the point from its repository, in the order asked (MAX_BATCH per request), each call on the next stream; a failed stream is dropped for a later call to open again. */
function fetcher (peer: string, streams: FetchStream[]): FetchBlocks {
  let turn = 0
  return async (digests: Buffer[]): Promise<StoredBlock[]> => {
    const out: StoredBlock[] = []
    const stream = streams[turn++ % streams.length]!
    let client: BlockFetchClient | undefined
    try {
      const c = client = await stream.get()
      const digestAlgorithm = checkedDigestAlgorithm(c, peer)
      for (let i = 0; i < digests.length; i += MAX_BATCH) {
        await c.blocks(digests.slice(i, i + MAX_BATCH), async (b) => {
          out.push({ digest: b.digest ?? new Uint8Array(0), rawLength: b.rawLength ?? 0, compression: b.compression ?? 'none', sealed: b.sealed === true, missingCode: b.missingCode || undefined, data: b.data ?? new Uint8Array(0), digestAlgorithm, release: () => { c.release(b) } })
        })
      }
    } catch (err) {
      if (client !== undefined) {
        stream.broken(client)
        void client.close().catch(() => {})
      }
      throw err
    }
    return out
  }
}
