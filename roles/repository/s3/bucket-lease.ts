/**
 * @packageDocumentation
 * Fencing for a bucket-backed repository: one node at a time writes it. The node that opens the
 * repository holds a lease, a small object in a bucket without versioning (conditional writes
 * are honoured there; Ceph RGW ignores them on a versioned, hence on every Object Lock, bucket),
 * and renews it with a compare-and-swap on its ETag every third of its time to live.
 *
 * A node that finds the lease held waits until it has seen the same version for a whole time to
 * live by its own clock (so no two clocks need agree), then swaps it for its own: of two racing
 * takers exactly one swap succeeds. The holder stops writing once a renewal has not succeeded
 * for the time to live less a margin, which is before any taker can have waited that long since
 * it last saw the lease change, and goes on when a later renewal's swap still matches (nobody
 * took it meanwhile); a renewal that finds the lease swapped fences it for good.
 *
 * @example
 * ```ts
 * const lease = await BucketLease.acquire({ store: leaseStore, repository: 'offsite', holder: peerId, ttlMs: 60_000 })
 * lease.check()          // before every write to the bucket: ERR_REPOSITORY_FENCED once it is lost
 * await lease.release()  // a clean stop: the next node takes over at once
 * ```
 */
import type { Logger } from '../../../node/core/logger.ts'
import { RepositoryError } from '../errors.ts'
import type { ObjectStore } from './object-store.ts'

export const DEFAULT_LEASE_TTL_MS = 60_000

interface LeaseBody {
  format: 'meshbackup-lease 1'
  repository: string
  holder: string
  generation: number
  /** set by a holder that stopped cleanly: take it at once */
  released?: boolean
  writtenAt: string
}

export interface LeaseInit {
  /** the store of the lease bucket (no versioning) */
  store: ObjectStore
  repository: string
  /** who takes it: the node's peer id */
  holder: string
  ttlMs?: number
  log?: Logger
  /** called once when the lease is lost for good: another node swapped it (a stale lease only refuses writes until renewed) */
  onLost?: (why: string) => void
  /** called once when another live holder makes this node wait */
  onWaiting?: (holder: string) => void
  /** stop waiting: acquire throws ERR_REPOSITORY_HELD */
  signal?: AbortSignal
}

export function leaseKey (repository: string): string {
  return `meshbackup/${repository}.lease`
}

/** The lease of one repository, held. */
export class BucketLease {
  readonly repository: string
  readonly holder: string
  readonly generation: number
  /** who held it before (undefined: nobody; this node: a restart) */
  readonly previousHolder: string | undefined
  readonly ttlMs: number
  private etag: string
  private renewedAt: number
  private lost: string | undefined
  private timer: NodeJS.Timeout | undefined
  private renewing: Promise<void> | undefined
  private readonly init: LeaseInit

  private constructor (init: LeaseInit, taken: { etag: string, generation: number, previousHolder: string | undefined, at: number }) {
    this.init = init
    this.repository = init.repository
    this.holder = init.holder
    this.ttlMs = init.ttlMs ?? DEFAULT_LEASE_TTL_MS
    this.etag = taken.etag
    this.generation = taken.generation
    this.previousHolder = taken.previousHolder
    this.renewedAt = taken.at
    this.timer = setInterval(() => { void this.renew() }, Math.max(200, Math.floor(this.ttlMs / 3)))
    this.timer.unref()
  }

  /** Takes the lease, waiting while another node holds it and renews it. */
  static async acquire (init: LeaseInit): Promise<BucketLease> {
    const ttl = init.ttlMs ?? DEFAULT_LEASE_TTL_MS
    const key = leaseKey(init.repository)
    let seen: { etag: string, since: number } | undefined
    let told = false
    for (;;) {
      if (init.signal?.aborted === true) throw held(init.repository, 'a holder that renews it', 'stopped waiting')
      const started = performance.now()
      const current = await readLease(init.store, key)
      if (current === undefined) {
        const put = await init.store.putIf(key, body(init, 1), { ifAbsent: true })
        if (put !== 'changed') return new BucketLease(init, { etag: put.etag, generation: 1, previousHolder: undefined, at: started })
        continue
      }
      const { lease, etag } = current
      if (seen?.etag !== etag) seen = { etag, since: performance.now() }
      const free = lease.released === true || lease.holder === init.holder || performance.now() - seen.since > ttl
      if (free) {
        const generation = lease.generation + 1
        const put = await init.store.putIf(key, body(init, generation), { ifMatch: etag })
        if (put !== 'changed') return new BucketLease(init, { etag: put.etag, generation, previousHolder: lease.holder, at: started })
        seen = undefined
        continue
      }
      if (!told) {
        told = true
        init.onWaiting?.(lease.holder)
        init.log?.info('the repository\'s bucket is held by another node: waiting until it stops renewing its lease', { repository: init.repository, holder: lease.holder, ttlMs: ttl })
      }
      await delay(Math.max(100, Math.floor(ttl / 6)), init.signal)
    }
  }

  /** Whether writes may go to the bucket now. */
  get valid (): boolean {
    return this.lost === undefined && performance.now() - this.renewedAt < this.ttlMs - this.margin
  }

  /** Throws ERR_REPOSITORY_FENCED unless this node may write to the bucket now. */
  check (): void {
    if (this.valid) return
    const what = this.lost !== undefined
      ? `${this.lost}; nothing more is written to its bucket from this node (let the node that took over serve it, or restart this daemon to stand by)`
      : `its lease has not been renewed for ${Math.round((performance.now() - this.renewedAt) / 1000)} s (the bucket does not answer); writes go on by themselves once a renewal succeeds`
    throw new RepositoryError('ERR_REPOSITORY_FENCED', `repository ${this.repository} takes no writes on this node now: ${what}`, { subject: this.repository })
  }

  /** Renews now (the timer does so every third of the time to live). */
  async renew (): Promise<void> {
    if (this.lost !== undefined || this.timer === undefined) return
    this.renewing ??= (async () => {
      const started = performance.now()
      try {
        const put = await this.init.store.putIf(leaseKey(this.repository), body(this.init, this.generation), { ifMatch: this.etag })
        if (put === 'changed') this.lose('another node took the repository over (its lease was swapped)')
        else {
          this.etag = put.etag
          this.renewedAt = started
        }
      } catch (err) {
        // writes wait (check() refuses them) while the lease is stale; a later swap that still
        // matches proves nobody took it meanwhile, and writes go on
        this.init.log?.warn('cannot renew the repository\'s lease', { repository: this.repository, error: (err as Error).message, staleForMs: Math.round(performance.now() - this.renewedAt) })
      } finally {
        this.renewing = undefined
      }
    })()
    await this.renewing
  }

  /** Stops renewing; with `handOver`, marks the lease released so the next node takes it at once. */
  async release (options: { handOver?: boolean } = {}): Promise<void> {
    clearInterval(this.timer)
    this.timer = undefined
    await this.renewing
    if (options.handOver === false || this.lost !== undefined) return
    await this.init.store.putIf(leaseKey(this.repository), body(this.init, this.generation, true), { ifMatch: this.etag }).catch(() => {})
    this.lost = 'the repository was closed'
  }

  /** A sixth of the time to live: a holder stops writing that much before a taker may take over. */
  private get margin (): number {
    return this.ttlMs / 6
  }

  private lose (why: string): void {
    if (this.lost !== undefined) return
    this.lost = why
    clearInterval(this.timer)
    this.init.log?.error('the repository is fenced: it takes no more writes on this node', { repository: this.repository, why })
    this.init.onLost?.(why)
  }
}

async function readLease (store: ObjectStore, key: string): Promise<{ lease: LeaseBody, etag: string } | undefined> {
  const head = await store.head(key)
  if (head === undefined) return undefined
  let text: Buffer
  try {
    text = await store.get(key)
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_S3_NO_SUCH_KEY') return undefined
    throw err
  }
  let lease: LeaseBody
  try {
    lease = JSON.parse(text.toString('utf8')) as LeaseBody
    if (lease.format !== 'meshbackup-lease 1' || typeof lease.generation !== 'number') throw new Error('not a lease')
  } catch {
    throw new RepositoryError('ERR_CORRUPT_MANIFEST', `the lease object "${key}" in bucket "${store.bucket}" cannot be read; delete it if no node serves the repository`, { subject: key })
  }
  // the body is read after the HEAD: a change in between shows as another ETag next round
  return { lease, etag: head.etag.replaceAll('"', '') }
}

function body (init: LeaseInit, generation: number, released = false): Buffer {
  const lease: LeaseBody = { format: 'meshbackup-lease 1', repository: init.repository, holder: init.holder, generation, writtenAt: new Date().toISOString() }
  if (released) lease.released = true
  return Buffer.from(JSON.stringify(lease))
}

function held (repository: string, holder: string, why: string): RepositoryError {
  return new RepositoryError('ERR_REPOSITORY_HELD', `repository ${repository} is held by ${holder} (${why}); it can be taken over once that node stops renewing its lease`, { subject: repository })
}

async function delay (ms: number, signal: AbortSignal | undefined): Promise<void> {
  await new Promise<void>(resolve => {
    const t = setTimeout(resolve, ms)
    signal?.addEventListener('abort', () => { clearTimeout(t); resolve() }, { once: true })
  })
}
