/**
 * @packageDocumentation
 * A repository kept in an S3 bucket (FORMAT.md, "S3 repositories"). The bucket is the truth:
 * FORMAT, the lock period, every pack and every restore point are objects in it. The node keeps
 * a working folder in the repository's usual layout that serves as a cache: the block index
 * (rebuilt from the packs' record tables when it is missing, untrusted, or another node wrote the
 * bucket since), the point manifests (synced from the bucket at open), staged disks and resume
 * journals, and the packs being written until they are uploaded.
 *
 * One node writes a bucket at a time: opening takes the repository's lease (bucket-lease.ts) in
 * a companion bucket without versioning, `<bucket>-lease` unless configured, and waits while
 * another live node holds it.
 *
 * @example
 * ```ts
 * const backend = await BucketBackend.open({ config, repository: 'offsite', holder: peerId, create: true, log })
 * const cache = await backend.prepareCache('/var/lib/meshbackup/offsite-cache')  // { rebuild: true } after a takeover
 * const repo = await Repository.open({ path: cache.root, name: 'offsite', create: true, bucket: backend })
 * ```
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Logger } from '../../../node/core/logger.ts'
import { RepositoryError } from '../errors.ts'
import { writeFileAtomic } from '../files.ts'
import { LOCK_PERIOD_FILE } from '../lock-period.ts'
import { listPackFiles } from '../pack-storage.ts'
import { createLayout, folderContents, FORMAT_MAGIC, FORMAT_VERSION } from '../repository-format.ts'
import { BucketLease } from './bucket-lease.ts'
import { BucketPoints } from './bucket-points.ts'
import { readS3Credentials } from './credentials.ts'
import { ObjectStore } from './object-store.ts'
import { packPath } from '../packs.ts'

/** The `repository.s3` section of a node's config. */
export interface S3RepositoryConfig {
  /** an S3-compatible server, e.g. http://127.0.0.1:7480; omitted: AWS S3 */
  endpoint?: string
  region?: string
  bucket: string
  /** JSON { accessKeyId, secretAccessKey }, readable by the daemon only (mode 0600) */
  credentialsFile: string
  /** the bucket without versioning that holds the lease (default `<bucket>-lease`) */
  leaseBucket?: string
  /** the lease's time to live (60 s): a takeover waits this long after the holder's last renewal */
  leaseSeconds?: number
  /** a pack's lock runs this many days past the newest point that uses it (10) */
  lockSlackDays?: number
  /** a bucket the first open creates gets Object Lock (default true: S3 enables it only at creation) */
  objectLock?: boolean
}

/** The cache file naming the lease generation its index was built under. */
const CACHE_GENERATION_FILE = 'bucket.generation'

export interface BucketOpenInit {
  config: S3RepositoryConfig
  repository: string
  /** this node (its peer id) */
  holder: string
  /** write FORMAT into an empty bucket */
  create?: boolean
  log?: Logger
  /** told when another node holds the lease and this one waits */
  onWaiting?: (holder: string) => void
  /** told when the lease is lost: the repository takes no more writes */
  onLost?: (why: string) => void
  signal?: AbortSignal
}

export class BucketBackend {
  readonly store: ObjectStore
  readonly lease: BucketLease
  readonly points: BucketPoints
  /** the bucket was created with Object Lock: objects can be retained */
  readonly objectLock: boolean
  readonly slackDays: number | undefined
  private readonly leaseStore: ObjectStore
  private lockText: string | undefined

  private constructor (init: { store: ObjectStore, leaseStore: ObjectStore, lease: BucketLease, objectLock: boolean, slackDays?: number }) {
    this.store = init.store
    this.leaseStore = init.leaseStore
    this.lease = init.lease
    this.objectLock = init.objectLock
    this.slackDays = init.slackDays
    this.points = new BucketPoints({ store: init.store, lease: init.lease, versioned: init.objectLock })
  }

  /** The two buckets' stores (for `init`, which creates them, and for tests). */
  static async stores (config: S3RepositoryConfig): Promise<{ store: ObjectStore, leaseStore: ObjectStore }> {
    const credentials = await readS3Credentials(config.credentialsFile)
    const common = { endpoint: config.endpoint, region: config.region ?? 'us-east-1', credentials }
    return {
      store: new ObjectStore({ ...common, bucket: config.bucket }),
      leaseStore: new ObjectStore({ ...common, bucket: leaseBucketOf(config) })
    }
  }

  /** Takes the lease (waiting while another node holds it), then checks or writes FORMAT. */
  static async open (init: BucketOpenInit): Promise<BucketBackend> {
    const { store, leaseStore } = await BucketBackend.stores(init.config)
    let lease: BucketLease | undefined
    try {
      let objectLock: boolean
      try {
        objectLock = (await store.lockConfiguration()).enabled
      } catch (err) {
        if ((err as { code?: string }).code !== 'ERR_S3_NO_SUCH_BUCKET' || init.create !== true) throw err
        objectLock = init.config.objectLock ?? true
        await store.createBucket({ objectLock })
        await leaseStore.createBucket({ objectLock: false })
        init.log?.info('repository buckets created', { repository: init.repository, bucket: store.bucket, leaseBucket: leaseStore.bucket, objectLock })
      }
      lease = await BucketLease.acquire({
        store: leaseStore,
        repository: init.repository,
        holder: init.holder,
        ttlMs: (init.config.leaseSeconds ?? 60) * 1000,
        log: init.log,
        onWaiting: init.onWaiting,
        onLost: init.onLost,
        signal: init.signal
      })
      await checkBucketFormat(store, init.repository, init.create === true)
      return new BucketBackend({ store, leaseStore, lease, objectLock, slackDays: init.config.lockSlackDays })
    } catch (err) {
      await lease?.release({ handOver: true }).catch(() => {})
      store.close()
      leaseStore.close()
      throw err
    }
  }

  /**
   * Readies the node's working folder: the bucket's lock period and points copied in, packs
   * left by an earlier process dropped (none is indexed: a pack is indexed only once uploaded),
   * and the block index dropped when another node held the bucket since this folder's index was
   * built (the open then rebuilds it from the bucket). Returns what it did.
   */
  async prepareCache (root: string): Promise<{ root: string, indexDropped: boolean, downloaded: number, removed: number }> {
    root = resolve(root)
    const contents = await folderContents(root)
    if (contents === 'missing' || contents === 'empty') await createLayout(root, this.lease.repository)
    else if (!contents.includes('FORMAT')) {
      throw new RepositoryError('ERR_NOT_A_REPOSITORY', `${root}, the working folder of repository ${this.lease.repository}, is not empty and not a repository folder; pick an empty folder`, { subject: root })
    }
    for (const dir of ['tmp', 'points']) await mkdir(join(root, dir), { recursive: true })
    const generationFile = join(root, CACHE_GENERATION_FILE)
    const cached = await readFile(generationFile, 'utf8').then(t => t.trim(), () => '')
    const builtBy = `${this.lease.generation - 1} ${this.lease.holder}`
    const indexDropped = cached !== builtBy && (await readdir(join(root, 'index')).catch(() => [])).length > 0
    if (indexDropped) {
      await rm(join(root, 'index'), { recursive: true, force: true })
      await rm(join(root, 'index.seal'), { force: true })
    }
    await writeFile(generationFile, `${this.lease.generation} ${this.lease.holder}\n`)
    for (const id of (await listPackFiles(join(root, 'packs'))).keys()) await rm(packPath(join(root, 'packs'), id), { force: true })
    try {
      const text = (await this.store.get(LOCK_PERIOD_FILE)).toString('utf8')
      await writeFileAtomic({ tmpDir: join(root, 'tmp'), path: join(root, LOCK_PERIOD_FILE), data: [Buffer.from(text, 'utf8')] })
      this.lockText = text
    } catch (err) {
      if ((err as { code?: string }).code !== 'ERR_S3_NO_SUCH_KEY') throw err
    }
    const { downloaded, removed } = await this.points.sync(root)
    return { root, indexDropped, downloaded, removed }
  }

  /** Sends the working folder's lock period to the bucket when it changed there (the CLI writes the file). */
  async mirrorLockPeriod (root: string): Promise<void> {
    const text = await readFile(join(root, LOCK_PERIOD_FILE), 'utf8').catch(() => undefined)
    if (text === undefined || text === this.lockText) return
    this.lease.check()
    await this.store.put(LOCK_PERIOD_FILE, Buffer.from(text, 'utf8'))
    this.lockText = text
  }

  /** Stops renewing the lease; `handOver` (default) lets the next node take the bucket at once. */
  async close (options: { handOver?: boolean } = {}): Promise<void> {
    await this.lease.release({ handOver: options.handOver ?? true })
    this.store.close()
    this.leaseStore.close()
  }
}

export function leaseBucketOf (config: S3RepositoryConfig): string {
  return config.leaseBucket ?? `${config.bucket}-lease`
}

/** Creates the repository's bucket (with Object Lock when asked) and its lease bucket, for `init`. */
export async function createBuckets (config: S3RepositoryConfig, options: { objectLock: boolean }): Promise<void> {
  const { store, leaseStore } = await BucketBackend.stores(config)
  try {
    await store.createBucket({ objectLock: options.objectLock })
    await leaseStore.createBucket({ objectLock: false })
  } finally {
    store.close()
    leaseStore.close()
  }
}

async function checkBucketFormat (store: ObjectStore, name: string, create: boolean): Promise<void> {
  let text: string
  try {
    text = (await store.get('FORMAT')).toString('utf8')
  } catch (err) {
    if ((err as { code?: string }).code !== 'ERR_S3_NO_SUCH_KEY') throw err
    let empty = true
    for await (const o of store.list('')) { if (!o.key.startsWith('meshbackup/')) { empty = false; break } }
    if (!create || !empty) {
      throw new RepositoryError('ERR_NOT_A_REPOSITORY', empty
        ? `bucket "${store.bucket}" at ${store.endpoint} holds no repository yet; create one with \`meshbackup init --repository-s3\``
        : `bucket "${store.bucket}" at ${store.endpoint} is not a meshbackup repository (no FORMAT object) and not empty; pick an empty bucket`, { subject: store.bucket })
    }
    await store.put('FORMAT', Buffer.from(`${FORMAT_MAGIC} ${FORMAT_VERSION}\nname: ${name}\ncreated: ${new Date().toISOString()}\nstorage: s3\n`, 'utf8'))
    return
  }
  const lines = text.split('\n')
  const m = /^(\S+) (\d+)$/.exec(lines[0]?.trim() ?? '')
  if (m === null || m[1] !== FORMAT_MAGIC) throw new RepositoryError('ERR_NOT_A_REPOSITORY', `bucket "${store.bucket}" is not a meshbackup repository (its FORMAT object says otherwise)`, { subject: store.bucket })
  if (Number(m[2]) !== FORMAT_VERSION) {
    throw new RepositoryError('ERR_UNSUPPORTED_FORMAT', `the repository in bucket "${store.bucket}" has format ${m[2]}; this meshbackup reads format ${FORMAT_VERSION} from a bucket: upgrade meshbackup`, { subject: store.bucket })
  }
  const stored = lines.find(l => l.startsWith('name: '))?.slice('name: '.length).trim()
  if (stored !== name) {
    throw new RepositoryError('ERR_REPOSITORY_NAME_MISMATCH', `bucket "${store.bucket}" holds repository "${stored ?? ''}", not "${name}"; check the configured bucket and name`, { subject: store.bucket })
  }
}
