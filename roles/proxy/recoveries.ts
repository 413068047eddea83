/**
 * @packageDocumentation
 * The instant recoveries this node runs (it is a proxy that reaches the QEMU host: the recovered
 * VM runs on that host's machine). For a RecoveryStart from the manager it reads the point's
 * manifest (digests and recorded VM config) from the repository node holding it over block
 * fetch, opens one NBD export per disk through the RecoveryExports seam (blocks fetched on demand
 * from that repository; an encrypted point's key handed to the export and kept only while the
 * recovery lives), and starts the VM (node/hosts/recovery/recovered-vm.ts) in the host's state
 * folder. `control` answers status, migrate and stop; a migrated or stopped recovery's exports
 * are closed and its key forgotten.
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
import type { RecoveryControl, RecoveryInfo, RecoveryStart, RestorePoint } from '../../proto/index.ts'
import { openBlockFetch, MAX_BATCH, type BlockFetchClient } from '../../protocols/block-fetch.ts'
import { UserError } from '../../node/runtime/actors/errors.ts'
import { parseQmpAddress } from '../../node/hosts/qemu/qmp.ts'
import { qemuStateDir } from '../../node/hosts/qemu/qemu-host.ts'
import { effectiveVmConfig } from '../../node/hosts/qemu/vm-config.ts'
import { RecoveredVm } from '../../node/hosts/recovery/recovered-vm.ts'
import type { FetchBlocks, RecoveryExport, RecoveryExports, StoredBlock } from '../../node/hosts/recovery/recovery-exports.ts'

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
  vm?: RecoveredVm
  exports: RecoveryExport[]
  fetch?: BlockFetchClient
  /** the point's data key, while the recovery needs it */
  key?: Uint8Array
  error: string
  repository: string
}

const SAFE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/

export class Recoveries {
  readonly #init: RecoveriesInit
  readonly #running = new Map<string, Running>()

  constructor (init: RecoveriesInit) {
    this.#init = init
  }

  /** Starts a recovery; resolves once the VM runs with its disks attached. */
  async start (s: RecoveryStart): Promise<RecoveryInfo> {
    const id = s.id ?? ''
    if (!SAFE.test(id)) throw new UserError('ERR_BAD_REQUEST', `recovery id "${id}" is not valid`)
    const existing = this.#running.get(id)
    if (existing !== undefined) return this.#info(id, existing)
    const host = s.host ?? {}
    if (host.type !== 'qemu') throw new UserError('ERR_BAD_REQUEST', `host "${host.name ?? ''}" is a ${host.type ?? '?'} host; a recovered VM runs only on a QEMU host`)
    const entry: Running = { start: s, exports: [], error: '', repository: '', key: s.dataKey != null && s.dataKey.byteLength > 0 ? Uint8Array.from(s.dataKey) : undefined }
    this.#running.set(id, entry)
    try {
      entry.fetch = await openBlockFetch({ libp2p: this.#init.libp2p, peerId: s.repositoryPeer ?? '' })
      const point: RestorePoint = await entry.fetch.manifest(s.pointId ?? '')
      // the stream is opened again after a failure: a repository that restarted serves the next read
      const fetch = fetcher(async () => (entry.fetch ??= await openBlockFetch({ libp2p: this.#init.libp2p, peerId: s.repositoryPeer ?? '' })), () => {
        const broken = entry.fetch
        entry.fetch = undefined
        void broken?.close().catch(() => {})
      })
      const disks = point.disks ?? []
      for (const d of disks) {
        entry.exports.push(await this.#init.exports.open({
          recoveryId: id,
          pointId: s.pointId ?? '',
          index: d.index ?? 0,
          size: d.size ?? 0,
          blockSize: d.blockSize ?? 0,
          digests: Buffer.from(d.digests ?? new Uint8Array(0))
        }, fetch, entry.key))
      }
      const dir = join(qemuStateDir(parseQmpAddress(host.qmp ?? ''), this.#init.stateDir), 'recoveries', id)
      entry.vm = await RecoveredVm.start({
        id,
        name: s.name ?? `${s.vm ?? 'vm'}-recovered`,
        dir,
        config: effectiveVmConfig(point.config, disks),
        disks: disks.map((d, i) => ({ index: d.index ?? 0, size: d.size ?? 0, nbd: entry.exports[i]!.nbdAddress, exportName: entry.exports[i]!.exportName })),
        network: s.network === true,
        log: this.#init.log,
        onMigrated: async () => { await this.#release(entry) }
      })
      return this.#info(id, entry)
    } catch (err) {
      entry.error = (err as Error).message
      await this.#release(entry)
      this.#running.delete(id)
      throw err
    }
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
        await entry.vm!.migrate(c.speed ?? 0)
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
    return this.#running.get(id)?.vm
  }

  /** The ids of the recoveries this node runs. */
  ids (): string[] {
    return [...this.#running.keys()]
  }

  /** Closes the exports and the fetch stream, forgets the key. */
  async #release (entry: Running): Promise<void> {
    for (const e of entry.exports.splice(0)) await e.close().catch(() => {})
    await entry.fetch?.close().catch(() => {})
    entry.fetch = undefined
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
      pauses: vm?.pauses ?? 0
    }
  }
}

/** Stored blocks of the point from its repository, in the order asked (MAX_BATCH per request); a failed stream is dropped for the next call to open again. */
function fetcher (stream: () => Promise<BlockFetchClient>, broken: () => void): FetchBlocks {
  return async (digests: Buffer[]): Promise<StoredBlock[]> => {
    const out: StoredBlock[] = []
    try {
      const client = await stream()
      for (let i = 0; i < digests.length; i += MAX_BATCH) {
        await client.blocks(digests.slice(i, i + MAX_BATCH), async (b) => {
          out.push({ digest: b.digest ?? new Uint8Array(0), rawLength: b.rawLength ?? 0, compression: b.compression ?? 'none', sealed: b.sealed === true, missingCode: b.missingCode || undefined, data: b.data ?? new Uint8Array(0), digestAlgorithm: client.digestAlgorithm === 'blake3' ? 'blake3' : 'sha256' })
        })
      }
    } catch (err) {
      broken()
      throw err
    }
    return out
  }
}
