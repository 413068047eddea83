/**
 * @packageDocumentation
 * How a migration makes a recovered disk local. The point's disk is restored into a raw file
 * beside the overlay (`CopyDisk`: the restore protocol, the repository's fastest path to a file)
 * while the guest runs on, its reads still served by the export. The point never changes, so
 * once the file is whole it holds exactly what the export serves: the overlay is re-based on it
 * (`blockdev-reopen` with the new backing), the export's nodes are dropped, and the overlay (only
 * the guest's writes since the recovery started) is committed into it (active `block-commit`,
 * completed once ready). The disk then runs on the raw file alone.
 *
 * Before, the migration mirrored the disk out of the export through QEMU (`blockdev-mirror`):
 * every block crossed the NBD server one 1 MiB request at a time, at 0.36–0.39× the rate of a
 * full restore of the same point (docs/PERFORMANCE.md).
 * ```
 * copy phase     rb-nbd ← rb-src ← rb-disk (overlay) ← device      restore → disk<i>.local.raw
 * re-based       rb-base (raw file) ← rb-disk (overlay) ← device
 * committed      rb-base ← device
 * ```
 * A copy that fails because the repository or the connection went away is tried again (the
 * guest's reads wait on QEMU's reconnect delay meanwhile); one that waiting does not cure
 * (damaged point, wrong key, no room for the file) fails the migration, and the VM keeps running
 * from the repository.
 *
 * @example
 * ```ts
 * const copies = new DiskCopies({ disks, dir, copy, what: 'recovery r1' })
 * await copies.run()
 * await rebaseOnLocal(q, diskNodes('rb', 0), localImagePath(dir, 0))
 * await q.execute('block-commit', { 'job-id': 'c0', device: 'rb-disk0', 'base-node': 'rb-base0' })
 * ```
 */
import type { MigrationLastingCopyCode } from '../error-codes.ts'
import type { QmpClient } from '../qemu/qmp.ts'
import { localImagePath } from './disk-images.ts'
import { RecoveryError } from './recovery-error.ts'

/**
 * Writes the whole point disk `disk` into the raw file `file` (replacing it; whole or not at all),
 * calling `onProgress` with the bytes done, at most `bytesPerSecond` (0: no cap); stops when
 * `signal` aborts.
 */
export type CopyDisk = (disk: { index: number, size: number }, file: string, options: CopyOptions) => Promise<void>

export interface CopyOptions {
  onProgress: (doneBytes: number) => void
  signal: AbortSignal
  bytesPerSecond: number
}

/** Failures a later attempt does not cure: the migration gives up and says why. */
const LASTING = new Set<MigrationLastingCopyCode | string>(['ERR_BLOCK_DAMAGED', 'ERR_NO_SUCH_DISK', 'ERR_NO_SUCH_POINT', 'ERR_CORRUPT_MANIFEST', 'ERR_POINT_DAMAGED',
  'ERR_RESTORE_BAD_BLOCK', 'ERR_RESTORE_DIGEST_MISMATCH', 'ERR_RESTORE_KEY_MISSING', 'ERR_RESTORE_TARGET', 'ERR_WRONG_KEY', 'ENOSPC', 'EDQUOT', 'EROFS', 'EACCES'])
/** The first wait before a copy is tried again; it doubles up to RETRY_MAX_MS. */
const RETRY_MS = 1000
const RETRY_MAX_MS = 10_000

export interface DiskCopiesInit {
  disks: ReadonlyArray<{ index: number, size: number }>
  /** the recovery's folder: each disk goes to localImagePath(dir, index) */
  dir: string
  copy: CopyDisk
  /** names the recovery in messages */
  what: string
  /** the operator's cap per disk (`recover migrate --speed`), 0 none */
  bytesPerSecond?: number
  /** a copy failed and will be tried again */
  onRetry?: () => void
  log?: (line: string) => void
}

/** The copies of a migration's disks, side by side, each tried again until it is whole. */
export class DiskCopies {
  readonly #init: DiskCopiesInit
  readonly #done = new Map<number, number>()
  readonly #abort = new AbortController()

  constructor (init: DiskCopiesInit) {
    this.#init = init
  }

  /** Bytes of disk `index` written into its local file so far. */
  doneBytes (index: number): number {
    return this.#done.get(index) ?? 0
  }

  /** Resolves once every disk is local; rejects on a lasting failure (a RecoveryError) or `cancel()`. */
  async run (): Promise<void> {
    await Promise.all(this.#init.disks.map(async d => { await this.#copyOne(d) }))
  }

  /** Stops every copy; `run()` rejects. */
  cancel (): void {
    this.#abort.abort(new RecoveryError('ERR_RECOVERY_STATE', `${this.#init.what}: the migration was cancelled`))
  }

  async #copyOne (disk: { index: number, size: number }): Promise<void> {
    const file = localImagePath(this.#init.dir, disk.index)
    const signal = this.#abort.signal
    let wait = RETRY_MS
    for (;;) {
      signal.throwIfAborted()
      this.#done.set(disk.index, 0)
      try {
        await this.#init.copy(disk, file, { onProgress: (n) => { this.#done.set(disk.index, n) }, signal, bytesPerSecond: this.#init.bytesPerSecond ?? 0 })
        this.#done.set(disk.index, disk.size)
        return
      } catch (err) {
        signal.throwIfAborted()
        const e = err as Error & { code?: string, remoteCode?: string }
        const code = e.remoteCode || e.code || ''
        if (LASTING.has(code) || LASTING.has(e.code ?? '')) {
          throw new RecoveryError('ERR_RECOVERY_MIGRATE_FAILED', `${this.#init.what}: copying disk ${disk.index} to ${file} failed: ${e.message}; the VM runs on from the repository: mend the cause, then \`recover migrate\` again`, { cause: err })
        }
        this.#init.onRetry?.()
        this.#init.log?.(`${this.#init.what}: copying disk ${disk.index} failed (${e.message}); trying again in ${wait / 1000} s`)
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, wait)
          signal.addEventListener('abort', () => { clearTimeout(timer); resolve() }, { once: true })
        })
        wait = Math.min(wait * 2, RETRY_MAX_MS)
      }
    }
  }
}

/**
 * The outcome of a recovery's migration as a promise (`migrated`): resolved once every disk is
 * local, rejected when the recovery stops; a migration that gives up rejects it and starts a new
 * one, so that `migrate()` can be asked again.
 */
export class MigrationOutcome {
  #current = MigrationOutcome.#fresh()

  static #fresh (): PromiseWithResolvers<void> {
    const p = Promise.withResolvers<void>()
    p.promise.catch(() => {})
    return p
  }

  get promise (): Promise<void> {
    return this.#current.promise
  }

  resolve (): void {
    this.#current.resolve()
  }

  /** Ends it for good (the recovery stopped or failed). */
  reject (err: Error): void {
    this.#current.reject(err)
  }

  /** This migration gave up (`why`); the next `migrate()` gets a new outcome. */
  giveUp (why: string): void {
    const failed = this.#current
    this.#current = MigrationOutcome.#fresh()
    failed.reject(new RecoveryError('ERR_RECOVERY_MIGRATE_FAILED', why))
  }
}

/** A disk of a migration: restored and re-based on its local copy yet? */
export interface MigratingDisk { index: number, rebased: boolean }

/**
 * A migration's copy phase for `jobs`: their disks restored side by side, then each re-based on
 * its copy with its commit started (`rebase`) and marked so. On a failure the copies stop and it
 * throws.
 */
export async function copyThenRebase (copies: DiskCopies, jobs: MigratingDisk[], rebase: (index: number) => Promise<void>, onCopied?: () => void): Promise<void> {
  try {
    await copies.run()
    onCopied?.()
    for (const job of jobs) {
      await rebase(job.index)
      job.rebased = true
    }
  } catch (err) {
    copies.cancel()
    throw err
  }
}

/** Bytes of `disks` made local: a re-based disk whole, one being copied as far as its copy got. */
export function localBytes (jobs: MigratingDisk[], disks: ReadonlyArray<{ index: number, size: number }>, copies: DiskCopies | undefined): number {
  return jobs.reduce((n, j) => n + (j.rebased ? disks.find(d => d.index === j.index)!.size : copies?.doneBytes(j.index) ?? 0), 0)
}

/** The block nodes of one recovered disk (`<prefix>-…` for attached disks, `rb-…` for a VM of its own). */
export interface DiskNodes {
  nbd: string
  src: string
  file: string
  disk: string
  /** the local raw file, once added */
  base: string
}

export function diskNodes (prefix: string, index: number): DiskNodes {
  return { nbd: `${prefix}-nbd${index}`, src: `${prefix}-src${index}`, file: `${prefix}-file${index}`, disk: `${prefix}-disk${index}`, base: `${prefix}-base${index}` }
}

/**
 * Puts the local copy `file` under the overlay in place of the export, then drops the export's
 * nodes. Steps already done (a daemon restarted in between) are skipped.
 */
export async function rebaseOnLocal (q: QmpClient, n: DiskNodes, file: string): Promise<void> {
  const names = new Set((await q.execute<Array<{ 'node-name': string }>>('query-named-block-nodes', { flat: true })).map(x => x['node-name']))
  if (!names.has(n.base)) {
    await q.execute('blockdev-add', { driver: 'raw', 'node-name': n.base, file: { driver: 'file', filename: file }, 'read-only': true })
  }
  if (names.has(n.src)) {
    // every option of the overlay again: blockdev-reopen resets what it is not told
    await q.execute('blockdev-reopen', { options: [{ driver: 'qcow2', 'node-name': n.disk, file: n.file, backing: n.base }] })
    await q.execute('blockdev-del', { 'node-name': n.src })
  }
  if (names.has(n.nbd)) await q.execute('blockdev-del', { 'node-name': n.nbd })
}

/**
 * Deletes those of `nodes` that exist, in order (a daemon may have stopped halfway through before):
 * once a disk runs on its local copy, its overlay's nodes hold nothing it needs.
 */
export async function dropNodes (q: QmpClient, nodes: string[]): Promise<void> {
  const names = new Set((await q.execute<Array<{ 'node-name': string }>>('query-named-block-nodes', { flat: true })).map(x => x['node-name']))
  for (const node of nodes) if (names.has(node)) await q.execute('blockdev-del', { 'node-name': node })
}

/** Starts committing the overlay of `n` into its local base (an active commit: it reports ready, then is completed). */
export async function startCommit (q: QmpClient, n: DiskNodes, jobId: string): Promise<void> {
  await q.execute('block-commit', { 'job-id': jobId, device: n.disk, 'base-node': n.base })
}
