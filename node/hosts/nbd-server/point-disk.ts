/**
 * @packageDocumentation
 * A restore point's disk as an NBD export source: offsets map to blocks of the point's manifest,
 * and a block is fetched from the repository only when a read first needs it. The blocks a read
 * lacks go in one fetch (in batches of `fetchBlocks`), several reads fetch at once, and reads of a
 * block already on its way wait for that fetch instead of asking again. Each block is decompressed
 * (or its sealed frame opened with the point's data key) and checked against its digest in a
 * codec thread before anything of it is served: a block that fails the check is an error for
 * the read (EIO to the NBD client), logged with its number, never wrong data. Raw blocks stay in
 * an LRU cache of `cacheBytes`. Zero blocks are never fetched: they read as zeros and
 * `allocation` reports them as holes.
 *
 * While the repository is away (the fetch rejects), a read waits and retries with backoff for up
 * to `retryForMs`, so a short outage only slows the guest down; after that the read fails with
 * ERR_NBD_SERVER_FETCH_FAILED.
 *
 * @example
 * ```ts
 * const source = new PointDiskSource({ size, blockSize, digests, fetch: (ds) => repository.readBlocks(ds), key })
 * server.add('web01-disk0', source)
 * // ...
 * server.remove('web01-disk0'); source.close()
 * ```
 */
import { codecPool, sharedBlock, type CodecError } from '../../core/codec-pool.ts'
import { silentLogger, type Logger } from '../../core/logger.ts'
import type { CodecKeyErrorCode } from '../error-codes.ts'
import { NbdServerError } from './errors.ts'
import { zeroBlockRuns, type NbdExportSource, type ZeroBlockMap } from './export-source.ts'
import { BlockCache } from './block-cache.ts'
import type { DigestAlgorithm } from '../../core/digest-algorithm.ts'

/** A block as the repository stores it: compressed (zstd or none), and for an encrypted point sealed under its data key. */
/** `digestAlgorithm`: the block digest of the repository it came from (BLAKE3 in format 3; absent: SHA-256) */
/** `release`: hands the memory `data` lies in back to the fetch once the block is opened (a compressed or sealed block's; an uncompressed one's may be kept) */
export interface StoredBlock { data: Uint8Array, compression: string, rawLength: number, sealed?: boolean, digestAlgorithm?: DigestAlgorithm, release?: () => void }

export interface PointDiskInit {
  size: number
  blockSize: number
  /** 32 bytes per block, the all-zero digest for a zero block (as DiskManifest.digests) */
  digests: Uint8Array
  /** fetches stored blocks by digest (from a repository over the mesh); may reject transiently */
  fetch: (digests: Buffer[]) => Promise<StoredBlock[]>
  /** the data key for a sealed (encrypted) point; held only in memory for the source's life */
  key?: Uint8Array
  /** bytes of raw blocks kept, least recently used dropped first (default 64 MiB) */
  cacheBytes?: number
  /** how long a read waits, retrying the fetch, while the repository is away, before failing with EIO (default 30 s) */
  retryForMs?: number
  /** most blocks asked for in one fetch (default 32) */
  fetchBlocks?: number
  /** a name for the log lines (e.g. the point and disk) */
  name?: string
  /**
   * blocks kept fetched ahead of a read that follows an earlier one (a migration, a sequential
   * copy): they come in the background, in batches of a quarter of this, so the next reads find
   * them cached (default 32; 0: none). The cache must hold them: keep it several times larger.
   */
  readAheadBlocks?: number
  /** holes shorter than this are told as data to a one-extent BLOCK_STATUS (export-source.ts's `mergeHolesBelow`; default 0) */
  mergeHolesBelow?: number
  log?: Logger
}

const MiB = 1024 * 1024
const DEFAULT_CACHE_BYTES = 64 * MiB
const DEFAULT_RETRY_FOR_MS = 30_000
const DEFAULT_FETCH_BLOCKS = 32
const DEFAULT_READ_AHEAD_BLOCKS = 32
/** Read ends remembered to tell a sequential reader: several requests of one copy are in flight at once. */
const RECENT_READS = 16
/** The first wait after a failed fetch, doubled up to the longest. */
const FIRST_BACKOFF_MS = 50
const LONGEST_BACKOFF_MS = 1000
const DIGEST_BYTES = 32
/** the codec's answers to a key that does not open a sealed block */
const KEY_ERRORS: CodecKeyErrorCode[] = ['ERR_WRONG_KEY', 'ERR_BAD_KEY_MATERIAL']

/** A block a read needs and nobody fetches yet. */
interface Wanted { index: number, digest: Buffer, hex: string }

export class PointDiskSource implements NbdExportSource {
  readonly size: number
  readonly blockSize: number
  /** NBD's preferred request size: the block size when it is a power of two */
  readonly preferredBlockSize: number | undefined
  /**
   * What serving cost, logged on close: `fetchMs` sums the wall time of fetches (several overlap),
   * `openMs` the time blocks spent in the codec, `waitMs` the time reads waited for blocks.
   */
  /** its zero blocks (shared memory: a server thread reads the map in place) */
  readonly zeroBlocks: ZeroBlockMap
  readonly mergeHolesBelow: number
  readonly stats = { blocksFetched: 0, bytesFetched: 0, cacheHits: 0, retries: 0, readAhead: 0, fetches: 0, fetchMs: 0, openMs: 0, reads: 0, readBytes: 0, waitMs: 0 }

  readonly #digests: Buffer
  /** 1 where the block is a zero block */
  readonly #zero: Uint8Array
  readonly #fetch: (digests: Buffer[]) => Promise<StoredBlock[]>
  readonly #key: Buffer | undefined
  readonly #cache: BlockCache
  readonly #retryForMs: number
  readonly #fetchBlocks: number
  readonly #name: string
  readonly #log: Logger
  /** blocks on their way, by digest: later reads of them wait for the same fetch */
  readonly #inflight = new Map<string, Promise<Buffer>>()
  readonly #sleeping = new Set<{ timer: ReturnType<typeof setTimeout>, wake: () => void }>()
  readonly #readAhead: number
  /** where the last reads ended (a ring): a read starting at one of them is sequential */
  readonly #recentEnds: number[] = new Array<number>(RECENT_READS).fill(-1)
  #nextEnd = 0
  #closed = false
  #outage = false

  constructor (init: PointDiskInit) {
    const { size, blockSize, digests } = init
    this.#name = init.name ?? 'point disk'
    const bad = (why: string): NbdServerError => new NbdServerError('ERR_NBD_SERVER_BAD_POINT', `${this.#name} cannot be served: ${why}`)
    if (!Number.isSafeInteger(size) || size < 0) throw bad(`its size ${size} is not a byte count`)
    if (!Number.isSafeInteger(blockSize) || blockSize <= 0 || blockSize > 0xffffffff) throw bad(`its block size ${blockSize} is not usable`)
    const count = Math.ceil(size / blockSize)
    if (digests.byteLength !== count * DIGEST_BYTES) throw bad(`${digests.byteLength} bytes of digests for ${count} blocks (${count * DIGEST_BYTES} expected)`)
    if (init.key !== undefined && init.key.byteLength !== 32) throw bad(`its data key is ${init.key.byteLength} bytes (32 expected)`)
    this.size = size
    this.blockSize = blockSize
    this.preferredBlockSize = (blockSize & (blockSize - 1)) === 0 ? blockSize : undefined
    this.#digests = Buffer.from(digests.buffer, digests.byteOffset, digests.byteLength)
    this.#zero = new Uint8Array(new SharedArrayBuffer(count))
    for (let i = 0; i < count; i++) {
      let zero = 1
      for (let j = i * DIGEST_BYTES; j < (i + 1) * DIGEST_BYTES; j++) {
        if (this.#digests[j] !== 0) {
          zero = 0
          break
        }
      }
      this.#zero[i] = zero
    }
    this.zeroBlocks = { blockSize, zero: this.#zero }
    this.mergeHolesBelow = Math.max(0, init.mergeHolesBelow ?? 0)
    this.#fetch = init.fetch
    this.#key = init.key === undefined ? undefined : Buffer.from(init.key) // our copy, wiped on close
    this.#cache = new BlockCache(init.cacheBytes ?? DEFAULT_CACHE_BYTES)
    this.#retryForMs = Math.max(0, init.retryForMs ?? DEFAULT_RETRY_FOR_MS)
    this.#fetchBlocks = Math.max(1, init.fetchBlocks ?? DEFAULT_FETCH_BLOCKS)
    this.#readAhead = Math.max(0, init.readAheadBlocks ?? DEFAULT_READ_AHEAD_BLOCKS)
    this.#log = init.log ?? silentLogger
  }

  /** bytes [offset, offset + length) of the disk */
  async read (offset: number, length: number): Promise<Buffer> {
    this.#check('read', offset, length)
    if (length === 0) return Buffer.alloc(0)
    const bs = this.blockSize
    const end = offset + length
    const only = Math.floor(offset / bs)
    if (Math.floor((end - 1) / bs) === only && this.#zero[only] !== 1) return await this.#readInBlock(only, offset, end)
    const out = Buffer.allocUnsafe(length)
    const waits: Promise<void>[] = []
    const wanted: Wanted[] = []
    const wantedHere = new Map<string, Wanted>()
    /** blocks of this read that the fetches it starts bring */
    const later: Array<{ index: number, hex: string }> = []
    // copies the part of block `index` that this read covers
    const place = (index: number, raw: Buffer): void => {
      const from = Math.max(offset, index * bs)
      const to = Math.min(end, (index + 1) * bs)
      raw.copy(out, from - offset, from - index * bs, to - index * bs)
    }
    for (let index = Math.floor(offset / bs); index * bs < end; index++) {
      if (this.#zero[index] === 1) {
        out.fill(0, Math.max(offset, index * bs) - offset, Math.min(end, (index + 1) * bs) - offset)
        continue
      }
      const digest = this.#digests.subarray(index * DIGEST_BYTES, (index + 1) * DIGEST_BYTES)
      const hex = digest.toString('hex')
      const cached = this.#cache.get(hex)
      if (cached !== undefined) {
        this.stats.cacheHits++
        place(index, cached)
        continue
      }
      const coming = this.#inflight.get(hex)
      if (coming !== undefined) {
        waits.push(coming.then(raw => place(index, raw)))
        continue
      }
      // a block the disk holds twice (dedup) is fetched once
      if (!wantedHere.has(hex)) {
        const w = { index, digest: Buffer.from(digest), hex }
        wantedHere.set(hex, w)
        wanted.push(w)
      }
      later.push({ index, hex })
    }
    for (let i = 0; i < wanted.length; i += this.#fetchBlocks) this.#startFetch(wanted.slice(i, i + this.#fetchBlocks))
    for (const { index, hex } of later) waits.push(this.#inflight.get(hex)!.then(raw => place(index, raw)))
    // a read that goes on where an earlier one ended is a sequential reader's: fetch ahead of it
    if (this.#follows(offset, end) && this.#readAhead > 0) this.#fetchAhead(Math.ceil(end / bs))
    this.stats.reads++
    this.stats.readBytes += length
    if (waits.length > 0) {
      const t = performance.now()
      await Promise.all(waits)
      this.stats.waitMs += performance.now() - t
    }
    return out
  }

  /** A read inside one non-zero block: a view of the block as cached, not a copy (the server only writes it out). */
  async #readInBlock (index: number, offset: number, end: number): Promise<Buffer> {
    const from = offset - index * this.blockSize
    const to = end - index * this.blockSize
    const digest = this.#digests.subarray(index * DIGEST_BYTES, (index + 1) * DIGEST_BYTES)
    const hex = digest.toString('hex')
    this.stats.reads++
    this.stats.readBytes += end - offset
    const cached = this.#cache.get(hex)
    let coming: Promise<Buffer> | undefined
    if (cached !== undefined) {
      this.stats.cacheHits++
    } else {
      coming = this.#inflight.get(hex)
      if (coming === undefined) {
        this.#startFetch([{ index, digest: Buffer.from(digest), hex }])
        coming = this.#inflight.get(hex)!
      }
    }
    if (this.#follows(offset, end) && this.#readAhead > 0) this.#fetchAhead(Math.ceil(end / this.blockSize))
    if (cached !== undefined) return cached.subarray(from, to)
    const t = performance.now()
    const raw = await coming!
    this.stats.waitMs += performance.now() - t
    return raw.subarray(from, to)
  }

  /**
   * Keeps the next `readAhead` non-zero blocks from `first` cached or on their way. It refills
   * only once a quarter of the window is missing, in batches of that quarter: a reader moving a
   * block at a time then costs the repository one request per several blocks, not one per block,
   * and a few batches are in flight at once to hide the fetch latency.
   */
  #fetchAhead (first: number): void {
    const ahead: Wanted[] = []
    const count = this.#zero.length
    const window = this.#readAhead
    let covered = 0
    let index = first
    for (; index < count && ahead.length + covered < window; index++) {
      if (this.#zero[index] === 1) continue
      const digest = this.#digests.subarray(index * DIGEST_BYTES, (index + 1) * DIGEST_BYTES)
      const hex = digest.toString('hex')
      if (this.#cache.has(hex) || this.#inflight.has(hex)) {
        covered++
        continue
      }
      if (ahead.some(w => w.hex === hex)) continue
      ahead.push({ index, digest: Buffer.from(digest), hex })
    }
    const batch = Math.max(1, Math.floor(window / 4))
    // near the end of the disk what is left goes at once
    if (ahead.length === 0 || (ahead.length < batch && index < count)) return
    this.stats.readAhead += ahead.length
    const size = Math.min(this.#fetchBlocks, batch)
    for (let i = 0; i < ahead.length; i += size) this.#startFetch(ahead.slice(i, i + size))
  }

  /** Whether a read at `offset` follows one of the last reads: a sequential reader's, or one of several working side by side (qemu-img convert). */
  #follows (offset: number, end: number): boolean {
    const follows = this.#recentEnds.some(e => e === offset || (e >= 0 && e < offset && this.#zerosBetween(e, offset)))
    this.#recentEnds[this.#nextEnd] = end
    this.#nextEnd = (this.#nextEnd + 1) % this.#recentEnds.length
    return follows
  }

  /**
   * Whether [from, to) holds zero blocks only, looking at most `readAhead` blocks: a copy that
   * skips holes (blockdev-mirror, qemu-img convert) jumps over them and still reads in order.
   */
  #zerosBetween (from: number, to: number): boolean {
    const bs = this.blockSize
    if (from % bs !== 0) return false
    const last = Math.ceil(to / bs)
    if (last - from / bs > Math.max(1, this.#readAhead)) return false
    for (let index = from / bs; index < last; index++) {
      if (index * bs >= to) break
      if (this.#zero[index] !== 1) return false
    }
    return true
  }

  /** base:allocation for [offset, offset + length): zero blocks are holes */
  async allocation (offset: number, length: number): Promise<Array<{ length: number, zero: boolean }>> {
    this.#check('allocation', offset, length)
    return zeroBlockRuns(this.zeroBlocks, offset, length)
  }

  /** Drops the cache and the key; reads waiting for the repository fail with ERR_NBD_SERVER_CLOSED. */
  close (): void {
    if (this.#closed) return
    this.#closed = true
    if (this.stats.reads > 0) this.#log.info('point disk closed', { disk: this.#name, ...roundStats(this.stats) })
    this.#cache.clear()
    this.#key?.fill(0)
    for (const s of this.#sleeping) {
      clearTimeout(s.timer)
      s.wake()
    }
    this.#sleeping.clear()
  }

  #check (what: string, offset: number, length: number): void {
    if (this.#closed) throw new NbdServerError('ERR_NBD_SERVER_CLOSED', `${this.#name} is closed: no more reads`)
    if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0 || offset + length > this.size) {
      throw new NbdServerError('ERR_NBD_SERVER_OUT_OF_RANGE', `${what} of ${length} bytes at ${offset} is outside ${this.#name} (${this.size} bytes)`)
    }
  }

  /** Fetches `batch`, registering each block as on its way first; each block's promise settles on its own. */
  #startFetch (batch: Wanted[]): void {
    const waiting = batch.map((w) => {
      const d = Promise.withResolvers<Buffer>()
      d.promise.catch(() => {}) // the reads that wait for it see the rejection
      this.#inflight.set(w.hex, d.promise)
      return d
    })
    void (async () => {
      let stored: StoredBlock[]
      try {
        stored = await this.#fetchRetrying(batch)
      } catch (err) {
        for (let k = 0; k < batch.length; k++) {
          this.#inflight.delete(batch[k]!.hex)
          waiting[k]!.reject(err)
        }
        return
      }
      await Promise.all(batch.map(async (w, k) => {
        try {
          const raw = await this.#open(w, stored[k]!)
          if (!this.#closed) this.#cache.set(w.hex, raw)
          this.#inflight.delete(w.hex)
          waiting[k]!.resolve(raw)
        } catch (err) {
          this.#inflight.delete(w.hex)
          waiting[k]!.reject(err)
        }
      }))
    })()
  }

  async #fetchRetrying (batch: Wanted[]): Promise<StoredBlock[]> {
    const started = Date.now()
    let backoff = FIRST_BACKOFF_MS
    const blocks = describeBlocks(batch)
    for (;;) {
      if (this.#closed) throw new NbdServerError('ERR_NBD_SERVER_CLOSED', `${this.#name} was closed while ${blocks} were fetched`)
      let stored: StoredBlock[]
      const t = performance.now()
      try {
        stored = await this.#fetch(batch.map(w => w.digest))
        this.stats.fetches++
        this.stats.fetchMs += performance.now() - t
      } catch (err) {
        if (this.#closed) throw new NbdServerError('ERR_NBD_SERVER_CLOSED', `${this.#name} was closed while ${blocks} were fetched`)
        const elapsed = Date.now() - started
        if (elapsed >= this.#retryForMs) {
          this.#log.error('repository unreachable: read failed', { disk: this.#name, blocks, waitedMs: elapsed, reason: (err as Error).message })
          throw new NbdServerError('ERR_NBD_SERVER_FETCH_FAILED',
            `${this.#name}: ${blocks} could not be fetched for ${elapsed} ms (${(err as Error).message}); check that the repository node is up and reachable`,
            { block: batch[0]!.index, cause: err })
        }
        if (!this.#outage) {
          this.#outage = true
          this.#log.warn('repository unreachable: reads wait and retry', { disk: this.#name, blocks, retryForMs: this.#retryForMs, reason: (err as Error).message })
        }
        this.stats.retries++
        await this.#sleep(Math.min(backoff, this.#retryForMs - elapsed))
        backoff = Math.min(backoff * 2, LONGEST_BACKOFF_MS)
        continue
      }
      if (this.#outage) {
        this.#outage = false
        this.#log.info('repository reachable again', { disk: this.#name })
      }
      if (!Array.isArray(stored) || stored.length !== batch.length) {
        throw new NbdServerError('ERR_NBD_SERVER_BAD_BLOCK', `${this.#name}: the repository answered ${Array.isArray(stored) ? stored.length : 'no list of'} blocks for ${blocks}`, { block: batch[0]!.index })
      }
      this.stats.blocksFetched += stored.length
      for (const s of stored) this.stats.bytesFetched += s.data.byteLength
      return stored
    }
  }

  async #sleep (ms: number): Promise<void> {
    await new Promise<void>(resolve => {
      const s = { timer: setTimeout(() => { this.#sleeping.delete(s); resolve() }, ms), wake: resolve }
      this.#sleeping.add(s)
    })
  }

  /** The raw block from its stored form, checked against its digest (or keyed id) in a codec thread. */
  async #open (w: Wanted, stored: StoredBlock): Promise<Buffer> {
    const t = performance.now()
    try {
      return await this.#unpack(w, stored)
    } finally {
      this.stats.openMs += performance.now() - t
    }
  }

  async #unpack (w: Wanted, stored: StoredBlock): Promise<Buffer> {
    const rawLength = Math.min(this.blockSize, this.size - w.index * this.blockSize)
    const fail = (code: 'ERR_NBD_SERVER_BAD_BLOCK' | 'ERR_NBD_SERVER_KEY_MISSING' | 'ERR_NBD_SERVER_WRONG_KEY', why: string, cause?: unknown): NbdServerError => {
      this.#log.error('block not served', { disk: this.#name, block: w.index, digest: w.hex, code, reason: why })
      return new NbdServerError(code, `${this.#name}: block ${w.index} (${w.hex.slice(0, 16)}…) ${why}`, { block: w.index, cause })
    }
    if (stored.rawLength !== rawLength) throw fail('ERR_NBD_SERVER_BAD_BLOCK', `has raw length ${stored.rawLength} where ${rawLength} bytes belong; run \`meshbackup verify\` on the point`)
    const compression = stored.compression === '' ? 'none' : stored.compression
    if (compression !== 'none' && compression !== 'zstd') throw fail('ERR_NBD_SERVER_BAD_BLOCK', `has unknown compression "${compression}"`)
    const sealed = stored.sealed === true
    if (sealed && this.#key === undefined) throw fail('ERR_NBD_SERVER_KEY_MISSING', 'is encrypted and no data key was given: give the point\'s key to serve it')
    // an encrypted point's blocks are all sealed: a plain one in it was not written by its proxy
    if (!sealed && this.#key !== undefined) throw fail('ERR_NBD_SERVER_BAD_BLOCK', 'is not sealed, although the point is encrypted; run `meshbackup verify` on the point')
    let raw: Buffer
    let digest: Buffer
    try {
      if (!sealed && compression === 'none') {
        if (stored.data.byteLength !== rawLength) throw fail('ERR_NBD_SERVER_BAD_BLOCK', `holds ${stored.data.byteLength} bytes, not ${rawLength}`)
        raw = ownBlock(stored.data)
        if (raw.buffer !== stored.data.buffer) stored.release?.()
        digest = (await codecPool().unpack({ input: raw, compression, rawLength, algorithm: stored.digestAlgorithm })).digest
      } else {
        // one byte of room beyond the block lets the codec tell a block that decompresses too long
        const output = sharedBlock(rawLength + 1)
        try {
          digest = (await codecPool().unpack({ input: stored.data, compression, rawLength, output, sealed, key: this.#key, blockId: w.digest, algorithm: stored.digestAlgorithm })).digest
        } finally {
          // the frame it came in is free for the next block
          stored.release?.()
        }
        raw = output.subarray(0, rawLength)
      }
    } catch (err) {
      if (err instanceof NbdServerError) throw err
      const e = err as CodecError
      if (KEY_ERRORS.includes(e.code as CodecKeyErrorCode)) throw fail('ERR_NBD_SERVER_WRONG_KEY', `does not open with the data key given (${e.message}); give the point's own key`, err)
      throw fail('ERR_NBD_SERVER_BAD_BLOCK', `does not open or decompress (${e.message}); run \`meshbackup verify\` on the point`, err)
    }
    if (!digest.equals(w.digest)) throw fail('ERR_NBD_SERVER_BAD_BLOCK', `does not match its digest (got ${digest.toString('hex').slice(0, 16)}…); run \`meshbackup verify\` on the point`)
    return raw
  }
}

/**
 * An uncompressed block as the cache keeps it, checked and served without a copy where it can be:
 * a frame the block-fetch client assembled in shared memory holds this block alone, so keeping it
 * costs nothing more and the codec threads hash it in place (copying a megabyte out of shared
 * memory took 2.7 ms of the event loop, and QEMU's next request waited for it). Other memory is
 * copied, so the cache does not keep a larger buffer alive.
 */
function ownBlock (data: Uint8Array): Buffer {
  if (data.buffer instanceof SharedArrayBuffer && data.buffer.byteLength - data.byteLength <= 64 * 1024) return Buffer.from(data.buffer, data.byteOffset, data.byteLength)
  const copy = Buffer.allocUnsafeSlow(data.byteLength)
  copy.set(data)
  return copy
}

function roundStats (stats: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(stats).map(([k, v]) => [k, Math.round(v)]))
}

function describeBlocks (batch: Wanted[]): string {
  const first = batch[0]!.index
  return batch.length === 1 ? `block ${first}` : `${batch.length} blocks from ${first}`
}
