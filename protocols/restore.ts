/**
 * @packageDocumentation
 * The restore protocol: a requester asks a repository for one disk of a restore point and writes
 * it to a file.
 *
 * ```
 * requester                         repository
 *   RestoreRequest              →
 *                               ←   { header } { block } … { block } { end }    (or { error } at any time)
 * ```
 *
 * Blocks travel as stored (compressed or not, with their digest and raw length), in index order;
 * zero blocks are not sent. The requester decompresses, checks every block's SHA-256 before
 * writing it, and writes `<to>.partial`, renamed to `<to>` only once complete and fsynced: a
 * damaged block fails the restore with ERR_RESTORE_DIGEST_MISMATCH, never a silently wrong file.
 * A block device is written in place instead (zero blocks written as zeros, nothing truncated). A
 * restore that makes no progress for 30 s (a frozen repository keeps its connection open) fails
 * with ERR_RESTORE_STALLED.
 *
 * Writes: neighbouring blocks go to the file in one write once each is checked (restore-writes.ts);
 * a block stored uncompressed is written from its lane frame, where it lies page-aligned
 * (frames/buffer-pool.ts), the others from the slot a codec thread decompressed them into. The
 * repository looks blocks up many at a time (RestoreSource.locateBlocks).
 *
 * Memory: the repository reads records into buffers, and the requester decompresses into aligned
 * slots and assembles lane frames in memory, all kept for the process and shared by every stream
 * (restore-memory.ts, frames/buffer-pool.ts); each stream keeps to its share of the blocks in flight (READS_AHEAD on the
 * repository, IN_FLIGHT on the requester), so four disks restored at once hold about what one does.
 *
 * An encrypted point's header names its data key's fingerprint and its blocks come as stored,
 * sealed (RestoreBlock.sealed; node/core/crypto/block-cipher.ts): the requester needs that key
 * (`dataKey`), opens each frame, decompresses, and checks the keyed block id instead of SHA-256.
 * Without the key, or with another, it fails before creating a file (ERR_RESTORE_KEY_MISSING,
 * ERR_WRONG_KEY, naming the fingerprint needed); a frame that does not open is a damaged block
 * (ERR_BLOCK_DAMAGED). `checkOnly` reads, opens and checks every block and writes nothing
 * (`verify --read-data`): damaged blocks are counted, not fatal.
 *
 * @example
 * ```ts
 * await handleRestore(libp2p, repo)                              // on the repository
 * const { bytes } = await restoreDisk({ libp2p, peerId: repositoryPeer, pointId, vm: 'web01', disk: 0,
 *   to: '/restore/web01-disk0.raw', onProgress: (done, total) => console.log(done, total) })
 * ```
 */
import { open, rename, rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { Libp2p, PeerId } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { pb, type RestoreFrame, type RestorePoint, type RestoreRequest } from '../proto/index.ts'
import { DEFAULT_MAX_FRAME_BYTES } from './frames/codec.ts'
import { closeAndDrain, type Frames } from './frames/frames.ts'
import { framed } from './frames/stream-frames.ts'
import { framedSocket } from './frames/socket-frames.ts'
import { dialLoopback, serveLoopback, unserveLoopback } from './frames/loopback.ts'
import { codecPool, type CodecError } from '../node/core/codec-pool.ts'
import { connectLane, offerLane, remoteHost, type BulkLane } from './bulk-lane.ts'
import { encodePayloadFrame } from './datapipe/block-frame.ts'
import { MAX_PIPE_BLOCK_SIZE } from './datapipe/protocol.ts'
import { alignedBlock, DirectFile, isAligned } from '../node/core/direct-file.ts'
import { recordBuffers, restoreSlots } from './restore-memory.ts'
import { BlockRuns } from './restore-writes.ts'
import { stallWatchdog } from './stall-watchdog.ts'
import { CodedError } from '../node/core/errors.ts'
import type { BadSourceBlockCode } from './error-codes.ts'
import { sealedFrameKey, SEAL_OVERHEAD } from '../node/core/crypto/block-cipher.ts'
import { dataKeyFingerprint } from '../node/core/crypto/fingerprint.ts'
import type { KeyMaterial } from '../node/core/crypto/key-file.ts'
import { parseDigestAlgorithm, type DigestAlgorithm } from '../node/core/digest-algorithm.ts'

export const RESTORE_PROTOCOL = '/meshbackup/restore/1.0.0'

const DIGEST_LENGTH = 32
/** A block frame's bytes besides its payload (length prefix, index, digest, lengths), about. */
const BLOCK_FRAME_OVERHEAD = 48
/** Room beyond a block in a read buffer, for its record header (packs.ts) */
const RECORD_ROOM = 4096
/** A source's codes for a block whose stored copy is bad or gone. */
const BAD_SOURCE_BLOCK = new Set<BadSourceBlockCode | string>(['ERR_CORRUPT_BLOCK', 'ERR_MISSING_BLOCK', 'ERR_MISSING_PACK'])
/** Blocks a server looks up at once (RestoreSource.locateBlocks) */
const LOOKUPS_AT_ONCE = 32
/** Blocks a server reads ahead per stream, unless its source says otherwise. */
const READ_AHEAD = 4
/**
 * Blocks read ahead by all the streams a server sends at once, each with at least two (one read
 * while one is sent): four disks restored at once hold 12 read buffers rather than 20. A source
 * that asks for more than READ_AHEAD (a bucket: each read waits on a round trip) keeps its own.
 */
const READS_AHEAD = 8
/** Restore streams this process is sending blocks on now. */
let sending = 0
/**
 * Blocks the restores of this process decompress, check and write at once, shared among their
 * streams, each of which has at least MIN_IN_FLIGHT: a stream's budget of slots and frames. A
 * lone stream needs many: its O_DIRECT writes each wait on the device, which took 280 MB/s one
 * megabyte at a time here and 450 MB/s four at a time.
 */
const IN_FLIGHT = 12
const MIN_IN_FLIGHT = 3
/** Restore streams of this process now receiving blocks. */
let streams = 0
/** A restore that moves nothing for this long has stalled. */
export const DEFAULT_STALL_MS = 30_000

type BlockFrame = NonNullable<RestoreFrame['block']>

/**
 * Codes: RestoreErrorCode (protocols/error-codes.ts), or on the server the code of a block the
 * repository could not read, passed through; `remoteCode` holds what the repository sent.
 */
export class RestoreError extends CodedError {
  readonly remoteCode: string

  constructor (code: string, message: string, options: { remoteCode?: string, cause?: unknown } = {}) {
    super(code, message, { cause: options.cause })
    this.remoteCode = options.remoteCode ?? ''
  }
}

/** What the server needs from a repository (roles/repository's Repository meets it). */
export interface RestoreSource {
  getPoint(id: string): Promise<RestorePoint>
  /**
   * The block as stored, read into `into` when given and large enough; `sealed`: `data` is a
   * sealed frame (of an encrypted point) whose payload is compressed as `compression` says.
   * `located`: what {@link locateBlocks} gave for it.
   */
  readBlock(digest: Uint8Array, into?: Buffer, located?: unknown): Promise<{ data: Uint8Array, compression: string, rawLength: number, sealed?: boolean }>
  /**
   * Where many blocks are stored, looked up at once (undefined: unknown), each handed back to
   * {@link readBlock}: one index lookup per run of blocks instead of one per block.
   */
  locateBlocks?(digests: Uint8Array[]): Promise<unknown[]>
  /** Marks the point as being restored until the returned function is called (it is not deleted meanwhile). */
  hold?(pointId: string): () => void
  /** The blocks of a disk whose stored copy is known bad (a verify found them), in order. */
  damagedBlocksOf?(pointId: string, disk: number): Promise<number[]>
  /** Blocks worth reading at once (default 4): more where each read waits on a network (a bucket's ranged GETs). */
  readonly readAhead?: number
  /** the repository's block digest (default SHA-256), told to the requester, which checks each block by it */
  readonly digestAlgorithm?: DigestAlgorithm
}

/**
 * Blocks of a disk as byte ranges, e.g. "blocks 2-3 (bytes 131072-262143)": what a damaged
 * point cannot give back, named so that an operator can tell which files of the guest it hits.
 */
export function blockRanges (blocks: readonly number[], blockSize: number, size: number): string[] {
  const out: string[] = []
  for (let k = 0; k < blocks.length;) {
    let end = k
    while (end + 1 < blocks.length && blocks[end + 1] === blocks[end]! + 1) end++
    const first = blocks[k]!
    const last = blocks[end]!
    out.push(`${first === last ? `block ${first}` : `blocks ${first}-${last}`} (bytes ${first * blockSize}-${Math.min(size, (last + 1) * blockSize) - 1})`)
    k = end + 1
  }
  return out
}

/** The parts of a RestoreFrame{ block } whose payload is `data` (sent without copying). */
export function encodeRestoreBlockFrame (block: { index: number, digest: Uint8Array, rawLength: number, compression: string, sealed?: boolean }, data: Uint8Array): Uint8Array[] {
  const head = pb.RestoreBlock.encode({ index: block.index, digest: block.digest, rawLength: block.rawLength, compression: block.compression, sealed: block.sealed === true }).finish()
  return encodePayloadFrame(2, head, data)
}

/** What a restore server waits on before each block frame (node/core/shared-rate.ts's WireLimiter). */
export interface RestoreLimiter {
  take(bytes: number, signal?: AbortSignal): Promise<void>
  readonly slowest: { rule: string, waitedMs: number } | undefined
  close(): void
}

export interface HandleRestoreOptions {
  log?: { warn: (msg: string, fields?: Record<string, unknown>) => void, info?: (msg: string, fields?: Record<string, unknown>) => void }
  /** the limiter of the traffic to `peer` under the throttling rules the request brought (none: unthrottled) */
  limiter?: (peer: string, rules: RestoreRequest['trafficRules']) => RestoreLimiter | undefined
  /** ms to wait for the request after the stream opens (30 s) */
  requestTimeoutMs?: number
  /** offer requesters that ask for it this TLS lane for the blocks */
  lane?: BulkLane
}

/**
 * Serves restores from `source`, over libp2p and to this process itself (a restore on the
 * repository's own node: protocols/frames/loopback.ts); stop with {@link unhandleRestore}.
 */
export async function handleRestore (libp2p: Libp2p, source: RestoreSource, options: HandleRestoreOptions = {}): Promise<void> {
  const self = libp2p.peerId.toString()
  serveLoopback(self, RESTORE_PROTOCOL, async (frames) => { await serveStream(frames, self, source, options) })
  await libp2p.handle(RESTORE_PROTOCOL, async (stream, connection) => {
    const peer = connection.remotePeer.toString()
    await serveStream(framed(stream, { remotePeer: peer }), peer, source, options)
  })
}

/** Stops serving restores (libp2p and this process). */
export async function unhandleRestore (libp2p: Libp2p): Promise<void> {
  unserveLoopback(libp2p.peerId.toString(), RESTORE_PROTOCOL)
  await libp2p.unhandle(RESTORE_PROTOCOL)
}

/** One restore request on `f`: the request, a lane if both ends can, the blocks or an error. */
async function serveStream (f: Frames, peer: string, source: RestoreSource, options: HandleRestoreOptions): Promise<void> {
  let frames: Frames = f
  try {
    const request = await f.readMessage(pb.RestoreRequest, { timeoutMs: options.requestTimeoutMs ?? 30_000 })
    if (request === undefined) return
    if (options.lane !== undefined && request.bulkLane === true) {
      const socket = await offerLane(options.lane, async (lane) => { await f.writeMessage(pb.RestoreFrame, { lane }) }, async () => {
        const answer = await f.readMessage(pb.RestoreRequest)
        return answer === undefined ? undefined : answer.laneDeclined || 'declined'
      })
      if (typeof socket !== 'string') {
        frames = framedSocket(socket, { remotePeer: peer })
        void f.close().catch(() => {})
      }
    }
    const release = source.hold?.(request.pointId ?? '')
    const limiter = (request.trafficRules ?? []).length > 0 ? options.limiter?.(peer, request.trafficRules) : undefined
    try {
      // a socket has taken the bytes when a write resolves; a libp2p stream keeps them longer
      await serve(frames, source, request, frames !== f, limiter)
    } finally {
      release?.()
      limiter?.close()
      const slowest = limiter?.slowest
      if (slowest !== undefined) options.log?.info?.(`restore of ${request.pointId} disk ${request.disk ?? 0} to ${peer} throttled by rule "${slowest.rule}": waited ${(slowest.waitedMs / 1000).toFixed(1)} s for it`, { peer, rule: slowest.rule, waitedMs: Math.round(slowest.waitedMs) })
    }
    await frames.close()
  } catch (err) {
    const e = err as Error & { code?: string }
    options.log?.warn('restore stream failed', { peer, code: e.code, error: e.message })
    try {
      await frames.writeMessage(pb.RestoreFrame, { error: { code: e.code ?? 'ERR_INTERNAL', message: e.message } })
      await closeAndDrain(frames, 5000)
    } catch (closeErr) {
      frames.abort(closeErr as Error)
    }
    if (frames !== f) f.abort(e)
  }
}

async function serve (f: Frames, source: RestoreSource, request: { pointId?: string | null, vm?: string | null, disk?: number | null, allowDamaged?: boolean | null }, recycle: boolean, limiter?: RestoreLimiter): Promise<void> {
  const pointId = request.pointId ?? ''
  const point = await source.getPoint(pointId)
  const vm = request.vm ?? ''
  if (vm !== '' && point.vm !== vm) {
    throw new RestoreError('ERR_NO_SUCH_DISK', `restore point ${pointId} is a backup of VM "${point.vm}", not "${vm}"; list the points of "${vm}" with \`meshbackup points\``)
  }
  const index = request.disk ?? 0
  const disk = (point.disks ?? []).find((d) => (d.index ?? 0) === index)
  if (disk == null) {
    throw new RestoreError('ERR_NO_SUCH_DISK', `restore point ${pointId} of VM "${point.vm}" has no disk ${index} (it has ${(point.disks ?? []).map((d) => d.index ?? 0).join(', ') || 'none'})`)
  }
  const size = disk.size ?? 0
  const blockSize = disk.blockSize ?? 0
  const digests = disk.digests ?? new Uint8Array(0)
  const blocks = blockSize > 0 ? Math.ceil(size / blockSize) : 0
  if (digests.byteLength !== blocks * DIGEST_LENGTH) {
    throw new RestoreError('ERR_RESTORE_PROTOCOL', `restore point ${pointId} disk ${index} lists ${digests.byteLength / DIGEST_LENGTH} digests for ${blocks} blocks: its manifest is damaged`)
  }
  const data: number[] = []
  for (let i = 0; i < blocks; i++) {
    if (!isZeroDigest(digests, i)) data.push(i)
  }
  const allowDamaged = request.allowDamaged === true
  const bad = new Set(await source.damagedBlocksOf?.(pointId, index) ?? [])
  if (bad.size > 0 && !allowDamaged) {
    const ranges = blockRanges([...bad], blockSize, size)
    throw new RestoreError('ERR_POINT_DAMAGED',
      `restore point ${pointId} disk ${index} has ${bad.size} bad block(s) a verify found: ${ranges.slice(0, 20).join(', ')}${ranges.length > 20 ? `, … (${ranges.length - 20} more ranges)` : ''}; ` +
      `the next backup of VM "${point.vm}" stores them again and repairs this point; restore another point, or restore this one with --allow-damaged (zeros in those ranges)`)
  }
  // an encrypted disk names its key: the requester must hold it before a block arrives
  const keyFingerprint = disk.keyFingerprint || point.keyFingerprint || ''
  await f.writeMessage(pb.RestoreFrame, { header: { diskName: disk.name ?? '', size, blockSize, blocks, dataBlocks: data.length, keyFingerprint, digestAlgorithm: source.digestAlgorithm ?? 'sha256' } })

  // read ahead a few blocks while earlier ones are on the wire; the framed writer paces us
  type Read = { data: Uint8Array, compression: string, rawLength: number, sealed?: boolean, buffer?: Buffer, damage?: string }
  const pending: Promise<Read>[] = []
  // read buffers go round among all restores (restore-memory.ts): room for a stored block and
  // its record header; a libp2p stream keeps the bytes after a write, so those reads get memory
  // of their own
  const bufferFor = async (): Promise<Buffer | undefined> => recycle ? recordBuffers.take(blockSize + RECORD_ROOM) : undefined
  const giveBack = (r: { buffer?: Buffer }): void => { if (r.buffer !== undefined) recordBuffers.give(r.buffer) }
  const own = source.readAhead ?? READ_AHEAD
  const readAhead = (): number => own > READ_AHEAD ? own : Math.min(own, Math.max(2, Math.floor(READS_AHEAD / sending)))
  // the data blocks' places, looked up LOOKUPS_AT_ONCE at a time, by position in `data`
  const places = new Map<number, Promise<unknown>>()
  let lookedUpTo = 0
  const placeOf = (k: number): Promise<unknown> => {
    if (source.locateBlocks === undefined) return Promise.resolve(undefined)
    if (k >= lookedUpTo) {
      const from = k
      lookedUpTo = Math.min(data.length, k + LOOKUPS_AT_ONCE)
      // a failed lookup leaves each block to be looked up on its own, failing with its own code
      const found = source.locateBlocks(data.slice(from, lookedUpTo).map((i) => digests.subarray(i * DIGEST_LENGTH, (i + 1) * DIGEST_LENGTH))).catch(() => [])
      for (let j = from; j < lookedUpTo; j++) places.set(j, found.then((all) => all[j - from]))
    }
    const place = places.get(k) ?? Promise.resolve(undefined)
    places.delete(k)
    return place
  }
  let next = 0
  const fill = (): void => {
    while (pending.length < readAhead() && next < data.length) {
      const k = next++
      const i = data[k]!
      const place = placeOf(k)
      if (bad.has(i)) {
        pending.push(Promise.resolve({ data: new Uint8Array(0), compression: '', rawLength: 0, damage: 'the stored copy is marked damaged' }))
        continue
      }
      const read = bufferFor().then(async (buffer): Promise<Read> => {
        try {
          return { ...await source.readBlock(digests.subarray(i * DIGEST_LENGTH, (i + 1) * DIGEST_LENGTH), buffer, await place ?? undefined), buffer }
        } catch (e) {
          const err = e as Error & { code?: string }
          // a bad copy found now is told as damaged too when the requester takes damage
          if (allowDamaged && BAD_SOURCE_BLOCK.has(err.code ?? '')) return { data: new Uint8Array(0), compression: '', rawLength: 0, damage: err.message, buffer }
          giveBack({ buffer })
          // the requester learns which block of which disk failed, not only its digest
          throw new RestoreError(err.code ?? 'ERR_RESTORE_BAD_BLOCK', `block ${i} of disk ${index} of restore point ${pointId}: ${err.message}`, { cause: err })
        }
      })
      read.catch(() => {})
      pending.push(read)
    }
  }
  sending++
  try {
    fill()
    for (const i of data) {
      const stored = await pending.shift()!
      fill()
      try {
        if (stored.damage !== undefined) {
          await f.writeMessage(pb.RestoreFrame, { block: { index: i, digest: digests.subarray(i * DIGEST_LENGTH, (i + 1) * DIGEST_LENGTH), damaged: true, damage: stored.damage } })
          continue
        }
        // throttling rules count the frame as it goes on the wire
        await limiter?.take(stored.data.byteLength + BLOCK_FRAME_OVERHEAD)
        await f.write(...encodeRestoreBlockFrame({
          index: i,
          digest: digests.subarray(i * DIGEST_LENGTH, (i + 1) * DIGEST_LENGTH),
          rawLength: stored.rawLength,
          compression: stored.compression,
          sealed: stored.sealed === true
        }, stored.data))
      } finally {
        giveBack(stored)
      }
    }
  } finally {
    sending--
    // a stream that failed gives back what its reads ahead took, once they are done
    for (const read of pending.splice(0)) read.then(giveBack, () => {})
  }
  await f.writeMessage(pb.RestoreFrame, { end: { blocksSent: data.length } })
}

function isZeroDigest (digests: Uint8Array, index: number): boolean {
  const at = index * DIGEST_LENGTH
  for (let k = at; k < at + DIGEST_LENGTH; k++) if (digests[k] !== 0) return false
  return true
}

export interface RestoreDiskOptions {
  libp2p: Libp2p
  /** the repository's peer */
  peerId: PeerId | string
  pointId: string
  vm: string
  disk: number
  /** the file to create (replaced if it exists); `<to>.partial` is written first; unused with `checkOnly` */
  to?: string
  /** `to` is a block device: written in place, zero blocks as zeros, nothing truncated or renamed */
  inPlace?: boolean
  /** called as blocks land; zero blocks count when passed */
  onProgress?: (doneBytes: number, totalBytes: number) => void
  signal?: AbortSignal
  /** ms without a frame before giving up (60 s) */
  idleTimeoutMs?: number
  /** ms without any progress (a frame read, a block written) before failing with ERR_RESTORE_STALLED (DEFAULT_STALL_MS) */
  stallTimeoutMs?: number
  /** receive the blocks over the repository's bulk lane when it offers one (true) */
  lane?: boolean
  /** restore a disk with bad blocks: they are written as zeros and listed in `damagedBlocks` (else ERR_POINT_DAMAGED) */
  allowDamaged?: boolean
  /** the manager's throttling rules: the repository enforces those covering it and this node */
  trafficRules?: RestoreRequest['trafficRules']
  /**
   * the data key of an encrypted point (32 bytes and its fingerprint), in memory only; without it
   * an encrypted point fails with ERR_RESTORE_KEY_MISSING
   */
  dataKey?: KeyMaterial
  /**
   * read, open and check every block and write nothing (`verify --read-data`): bad blocks are
   * listed in `damagedBlocks` rather than failing the check
   */
  checkOnly?: boolean
}

export interface RestoreResult {
  file: string
  /** the disk's size */
  bytes: number
  /** blocks received and written (the rest are zero, left as holes) */
  dataBlocks: number
  /** what carried the blocks: 'tls' (the bulk lane) or 'libp2p' */
  transport: 'tls' | 'libp2p'
  /** why an offered bulk lane was not used, if it was not */
  laneDeclined?: string
  /** allowDamaged: the blocks that could not be restored (zeros there), in order */
  damagedBlocks: number[]
  /** the disk's block size, for the byte ranges of `damagedBlocks` (blockRanges) */
  blockSize: number
  /** data blocks that arrived, opened (when sealed) and matched their digest */
  checkedBlocks: number
  /** the fingerprint of the data key the disk is encrypted under; '' for a plain disk */
  keyFingerprint: string
}

/** Restores one disk of a point from a repository into `to`. */
export async function restoreDisk (options: RestoreDiskOptions): Promise<RestoreResult> {
  const peerId = typeof options.peerId === 'string' ? peerIdFromString(options.peerId) : options.peerId
  const who = peerId.toString()
  const what = `disk ${options.disk} of restore point ${options.pointId} (VM "${options.vm}")`
  const idle = { timeoutMs: options.idleTimeoutMs ?? 60_000 }
  options.signal?.throwIfAborted()
  const checkOnly = options.checkOnly === true
  // a check lists bad blocks instead of failing at the first
  const allowDamaged = options.allowDamaged === true || checkOnly
  if (!checkOnly && (options.to ?? '') === '') throw new RestoreError('ERR_RESTORE_TARGET', `no file to restore ${what} into: give one`)
  const key = givenKey(options.dataKey)
  const stallMs = options.stallTimeoutMs ?? DEFAULT_STALL_MS
  const watchdog = stallWatchdog(stallMs, () => new RestoreError('ERR_RESTORE_STALLED',
    `restore of ${what} from repository node ${who} made no progress for ${stallMs / 1000} s; ` +
    'check that node\'s daemon is running and reachable (`meshbackup status`), then restore again'))
  const signal = options.signal == null ? watchdog.signal : AbortSignal.any([options.signal, watchdog.signal])
  const inPlace = options.inPlace === true
  // the codec threads start (on a first restore) while the repository is dialled
  codecPool()
  let f: Frames
  let transport: 'tls' | 'libp2p' = 'libp2p'
  let laneDeclined: string | undefined
  // the repository may be this very node (libp2p cannot dial itself)
  const local = who === options.libp2p.peerId.toString()
  try {
    if (local) {
      const here = await dialLoopback(who, RESTORE_PROTOCOL, { maxFrameBytes: DEFAULT_MAX_FRAME_BYTES })
      if (here === undefined) throw new Error('this node serves no repository')
      f = here
    } else {
      const timeout = AbortSignal.timeout(30_000)
      const stream = await options.libp2p.dialProtocol(peerId, RESTORE_PROTOCOL, { signal: AbortSignal.any([signal, timeout]) })
      f = framed(stream, { remotePeer: who, maxFrameBytes: DEFAULT_MAX_FRAME_BYTES })
    }
  } catch (err) {
    watchdog.stop()
    if (watchdog.signal.aborted) throw watchdog.signal.reason
    throw new RestoreError('ERR_RESTORE_UNREACHABLE', `cannot reach repository ${who} to restore ${what}: ${(err as Error).message}`, { cause: err })
  }
  const laneHost = options.lane === false || local ? undefined : remoteHost(options.libp2p, peerId)
  let failure: Error | undefined
  const onAbort = (): void => {
    failure ??= watchdog.signal.aborted ? watchdog.signal.reason as Error : new RestoreError('ERR_RESTORE_ABORTED', `restore of ${what} cancelled`)
    f.abort(failure)
  }
  signal.addEventListener('abort', onAbort, { once: true })
  // a write that hangs (a frozen disk) is not waited for once the restore is given up
  const aborted = new Promise<never>((_resolve, reject) => signal.addEventListener('abort', () => reject(failure), { once: true }))
  aborted.catch(() => {})

  const to = options.to ?? ''
  const partial = inPlace ? to : `${to}.partial`
  let handle: DirectFile | undefined
  try {
    const read = async (waitingFor: string): Promise<ReturnType<typeof pb.RestoreFrame.decode>> => {
      let frame
      try {
        frame = await f.readMessage(pb.RestoreFrame, idle)
      } catch (err) {
        throw failure ?? new RestoreError('ERR_RESTORE_PROTOCOL', `restore of ${what} from ${who} failed while waiting for ${waitingFor}: ${(err as Error).message}`, { cause: err })
      }
      watchdog.moved()
      if (frame === undefined) throw new RestoreError('ERR_RESTORE_INCOMPLETE', `repository ${who} closed the restore of ${what} before sending ${waitingFor}; see its log`)
      if (frame.frame === 'error') {
        const e = frame.error!
        throw new RestoreError('ERR_RESTORE_REFUSED', `repository ${who} cannot restore ${what}: ${e.message || e.code}`, { remoteCode: e.code ?? '' })
      }
      return frame
    }

    await f.writeMessage(pb.RestoreRequest, { pointId: options.pointId, vm: options.vm, disk: options.disk, bulkLane: laneHost !== undefined, allowDamaged, trafficRules: options.trafficRules ?? [] })
    let first = await read('the header')
    if (first.frame === 'lane' && laneHost !== undefined) {
      try {
        const socket = await connectLane(first.lane!, { host: laneHost, signal })
        const control = f
        f = framedSocket(socket, { remotePeer: who, maxFrameBytes: DEFAULT_MAX_FRAME_BYTES })
        transport = 'tls'
        void control.close().catch(() => {})
      } catch (err) {
        laneDeclined = (err as Error).message
        await f.writeMessage(pb.RestoreRequest, { laneDeclined })
      }
      first = await read('the header')
    }
    if (first.frame !== 'header') throw new RestoreError('ERR_RESTORE_PROTOCOL', `repository ${who} sent ${first.frame ?? 'an empty frame'} before the header of ${what}`)
    const header = first.header!
    const size = header.size ?? 0
    const blockSize = header.blockSize ?? 0
    const blocks = header.blocks ?? 0
    const dataBlocks = header.dataBlocks ?? 0
    if (blockSize <= 0 || blockSize > MAX_PIPE_BLOCK_SIZE || blocks !== Math.ceil(size / blockSize) || dataBlocks > blocks) {
      throw new RestoreError('ERR_RESTORE_PROTOCOL', `repository ${who} sent an inconsistent header for ${what} (size ${size}, block size ${blockSize}, ${blocks} blocks, ${dataBlocks} data blocks)`)
    }
    // the key is asked for before a file is made
    const keyFingerprint = header.keyFingerprint ?? ''
    if (keyFingerprint !== '') requireKey(key, keyFingerprint, what)
    const algorithm = parseDigestAlgorithm(header.digestAlgorithm)
    if (algorithm === undefined) {
      throw new RestoreError('ERR_RESTORE_PROTOCOL', `repository ${who} names the blocks of ${what} by "${header.digestAlgorithm}", which this meshbackup does not know: upgrade this node`)
    }

    if (!checkOnly) {
      try {
        handle = inPlace ? await DirectFile.overwrite(partial, size) : await DirectFile.create(partial, size)
      } catch (err) {
        throw new RestoreError('ERR_RESTORE_TARGET', `cannot ${inPlace ? 'open' : 'create'} ${partial} to restore ${what}: ${(err as Error).message}; check the folder exists and has ${size} bytes free`, { cause: err })
      }
    }
    const out = handle
    const zeros = inPlace && !checkOnly ? alignedBlock(blockSize) : undefined

    let done = 0
    let passed = 0
    let received = 0
    let lastIndex = -1
    const inflight = new Set<Promise<void>>()
    const progress = (bytes: number): void => {
      watchdog.moved()
      done += bytes
      options.onProgress?.(done, size)
    }
    // neighbouring blocks go to the file in one write, once each is checked (restore-writes.ts)
    const runs = new BlockRuns(async (position, parts) => {
      try {
        await out!.writev(parts, position)
      } catch (err) {
        const first = position / blockSize
        const blocksOf = parts.length === 1 ? `block ${first}` : `blocks ${first}-${first + parts.length - 1}`
        throw new RestoreError('ERR_RESTORE_TARGET', `cannot write ${blocksOf} of ${what} to ${partial}: ${(err as Error).message}`, { cause: err })
      }
      for (const part of parts) progress(part.byteLength)
    }, blockSize)
    const damagedBlocks: number[] = []
    let checkedBlocks = 0
    // allowDamaged: a block the repository could not give, or that fails its digest, becomes zeros
    const lost = async (index: number, length: number): Promise<undefined> => {
      damagedBlocks.push(index)
      if (zeros !== undefined) await writeZeros(out!, zeros, index * blockSize, length)
      progress(length)
      return undefined
    }
    /**
     * Decompresses (or opens, or copies) the block into `slot` and checks it: its raw bytes to
     * write, if any. Without a slot the block is written from its frame, where it lies aligned.
     */
    const check = async (block: BlockFrame, index: number, length: number, slot: Buffer | undefined): Promise<Uint8Array | undefined> => {
      if (block.damaged === true) {
        if (!allowDamaged) throw new RestoreError('ERR_RESTORE_PROTOCOL', `repository ${who} sent block ${index} of ${what} as damaged, which was not asked for`)
        return await lost(index, length)
      }
      let unpacked
      try {
        unpacked = await unpack(block, length, index, what, checkOnly ? undefined : slot, keyFingerprint, key, algorithm)
      } catch (err) {
        // another key's block is not damage: the restore needs that key
        if (allowDamaged && (err as RestoreError).code !== 'ERR_WRONG_KEY' && (err as RestoreError).code !== 'ERR_RESTORE_KEY_MISSING') return await lost(index, length)
        throw err
      }
      const { digest, raw } = unpacked
      const want = block.digest ?? new Uint8Array(0)
      if (allowDamaged && (want.byteLength !== DIGEST_LENGTH || digest.compare(want) !== 0)) return await lost(index, length)
      if (want.byteLength !== DIGEST_LENGTH || digest.compare(want) !== 0) {
        throw new RestoreError('ERR_RESTORE_DIGEST_MISMATCH',
          `block ${index} of ${what} from repository ${who} does not match its digest ` +
          `(expected ${Buffer.from(want).toString('hex')}, got ${digest.toString('hex')}): the repository copy is damaged; ` +
          'run `meshbackup verify` on that point and restore from another point or repository')
      }
      checkedBlocks++
      if (out === undefined) {
        progress(length)
        return undefined
      }
      // the block is in the aligned slot: a codec thread decompressed, opened or copied it there
      return slot === undefined ? block.data! : raw
    }

    streams++
    try {
      for (;;) {
        const frame = await read(`block ${received + 1} of ${dataBlocks}`)
        if (failure !== undefined) throw failure
        if (frame.frame === 'end') break
        if (frame.frame !== 'block') throw new RestoreError('ERR_RESTORE_PROTOCOL', `repository ${who} sent ${frame.frame ?? 'an empty frame'} inside the block stream of ${what}`)
        const block = frame.block!
        const index = block.index ?? 0
        if (index <= lastIndex || index >= blocks) {
          throw new RestoreError('ERR_RESTORE_BAD_BLOCK', `repository ${who} sent block ${index} of ${what} out of order or beyond its ${blocks} blocks`)
        }
        // the zero blocks skipped since the previous block are done: they are holes already
        const zeroBytes = Math.max(0, Math.min(size, index * blockSize) - passed)
        if (zeroBytes > 0 && zeros !== undefined) await writeZeros(out!, zeros, passed, zeroBytes)
        passed = Math.min(size, (index + 1) * blockSize)
        if (zeroBytes > 0) progress(zeroBytes)
        lastIndex = index
        received++
        const from = f
        const budget = Math.max(MIN_IN_FLIGHT, Math.floor(IN_FLIGHT / streams))
        // decompressed (or copied) and hashed in the codec threads, into aligned slots that go
        // round among all restores of this process (restore-memory.ts); a byte beyond the block
        // lets the codec thread decompress straight into the slot
        const length = Math.min(blockSize, size - index * blockSize)
        // a block stored as it is, page-aligned in its frame (frames/buffer-pool.ts), is hashed
        // and written where it lies, without a copy into a slot
        const inFrame = out !== undefined && from.release !== undefined && isStoredAligned(block, length)
        const slot = inFrame ? undefined : restoreSlots.take(blockSize + 1)
        const checked = check(block, index, length, slot)
        // half the budget at most, so that one run is checked while the one before is written
        const written = out === undefined ? checked : runs.add(index, checked, Math.ceil(budget / 2))
        const work = (async () => {
          try {
            await checked.finally(() => {
              // the block is in the slot now (or failed): its frame is free
              if (!inFrame) from.release?.(frame)
            })
            await written
          } finally {
            if (slot !== undefined) restoreSlots.give(slot)
            if (inFrame) from.release?.(frame)
          }
        })().catch((err: Error) => {
          failure ??= err
          f.abort(err)
        }).finally(() => {
          inflight.delete(work)
        })
        inflight.add(work)
        if (inflight.size >= budget) {
          // the blocks waited for may be in the open run
          runs.close()
          while (inflight.size >= budget) await Promise.race([...inflight, aborted])
        }
      }
      runs.close()
      await Promise.race([Promise.all(inflight), aborted])
    } finally {
      // a failed restore's open run settles too, giving its slots back
      runs.close()
      streams--
    }
    if (failure !== undefined) throw failure
    if (received !== dataBlocks) {
      throw new RestoreError('ERR_RESTORE_INCOMPLETE', `repository ${who} sent ${received} of the ${dataBlocks} data blocks of ${what}`)
    }
    if (size > passed && zeros !== undefined) await writeZeros(out!, zeros, passed, size - passed)
    if (size > passed) progress(size - passed)
    if (out !== undefined) {
      await out.sync()
      await out.close()
      handle = undefined
      if (!inPlace) {
        await rename(partial, to)
        await syncDir(dirname(to))
      }
    }
    await f.close().catch(() => {})
    return { file: checkOnly ? '' : to, bytes: size, dataBlocks, transport, laneDeclined, damagedBlocks: damagedBlocks.sort((a, b) => a - b), blockSize, checkedBlocks, keyFingerprint }
  } catch (err) {
    const reason = failure ?? err as Error
    f.abort(reason)
    await handle?.close().catch(() => {})
    if (!inPlace && !checkOnly) await rm(partial, { force: true }).catch(() => {})
    throw reason
  } finally {
    watchdog.stop()
    signal.removeEventListener('abort', onAbort)
  }
}

/** A plain block stored uncompressed, of whole pages, lying page-aligned in aligned memory: O_DIRECT writes it as it is. */
function isStoredAligned (block: BlockFrame, length: number): boolean {
  const data = block.data
  return data != null && block.damaged !== true && block.sealed !== true && (block.compression == null || block.compression === '' || block.compression === 'none') &&
    data.byteLength === length && length % 4096 === 0 && isAligned(data)
}

/** Zeros over `length` bytes from `from`, a block of `zeros` at a time: a device written in place still holds old data where the disk has zero blocks. */
async function writeZeros (out: DirectFile, zeros: Buffer, from: number, length: number): Promise<void> {
  for (let at = from; at < from + length; at += zeros.byteLength) {
    await out.write(zeros.subarray(0, Math.min(zeros.byteLength, from + length - at)), at)
  }
}

/**
 * The raw block (in `into` when it was compressed or sealed) and its digest, computed in a codec
 * thread: by the repository's `algorithm`, or for a sealed block (opened first) its keyed id. Without `into` the block is
 * only checked (`raw` is then empty).
 */
async function unpack (block: BlockFrame, length: number, index: number, what: string, into: Buffer | undefined,
  keyFingerprint: string, key: KeyMaterial | undefined, algorithm: DigestAlgorithm): Promise<{ digest: Buffer, raw: Buffer }> {
  const data = block.data ?? new Uint8Array(0)
  const sealed = block.sealed === true
  const bad = (why: string): RestoreError => new RestoreError('ERR_RESTORE_BAD_BLOCK', `block ${index} of ${what} is unusable: ${why}; the repository copy is damaged, run \`meshbackup verify\` on that point`)
  if ((block.rawLength ?? 0) !== length) throw bad(`raw length ${block.rawLength} where ${length} bytes belong`)
  const compression = block.compression === '' || block.compression == null ? 'none' : block.compression
  if (compression === 'none' && data.byteLength !== length + (sealed ? SEAL_OVERHEAD : 0)) throw bad(`${data.byteLength} stored bytes for a ${length}-byte block${sealed ? ' (sealed)' : ''}`)
  if (compression !== 'none' && compression !== 'zstd') throw bad(`unknown compression "${compression}"`)
  // an encrypted point's blocks are all sealed: a plain one in it was not written by its proxy
  if (!sealed && keyFingerprint !== '') throw bad(`it is not sealed, although the point is encrypted under key ${keyFingerprint}`)
  if (sealed && key === undefined) {
    // a sealed block in a point whose header named no key: ask for the key the frame names
    requireKey(undefined, data.byteLength >= SEAL_OVERHEAD ? sealedFrameKey(data) : 'unknown', what)
  }
  try {
    if (sealed) {
      const { digest } = await codecPool().unpack({ input: data, compression, rawLength: length, output: into, sealed, key: key!.material, blockId: block.digest ?? new Uint8Array(0), algorithm })
      return { digest, raw: into === undefined ? Buffer.alloc(0) : into.subarray(0, length) }
    }
    // a stored block is copied into the slot by the codec thread that hashes it (a copy on the
    // event loop cost the requester's main thread a third of its time); a compressed one is
    // decompressed there
    const { digest } = await codecPool().unpack({ input: data, compression, rawLength: length, output: into, algorithm })
    return { digest, raw: into === undefined ? Buffer.alloc(0) : into.subarray(0, length) }
  } catch (err) {
    const e = err as CodecError
    if (e.code === 'ERR_WRONG_KEY') throw new RestoreError('ERR_WRONG_KEY', `block ${index} of ${what}: ${e.message}`, { cause: err })
    if (e.code === 'ERR_BLOCK_DAMAGED') {
      throw new RestoreError('ERR_BLOCK_DAMAGED', `block ${index} of ${what} does not open: ${e.message}; run \`meshbackup verify\` on that point and restore from another point or repository`, { cause: err })
    }
    throw bad(e.code === 'ERR_BAD_LENGTH' ? e.message : `zstd cannot decompress it (${e.message})`)
  }
}

/** The key given to a restore, checked against its own fingerprint. */
function givenKey (key: KeyMaterial | undefined): KeyMaterial | undefined {
  if (key === undefined || key.material.byteLength === 0) return undefined
  const fingerprint = dataKeyFingerprint(key.material)
  if (key.fingerprint !== '' && key.fingerprint !== fingerprint) {
    throw new RestoreError('ERR_WRONG_KEY', `the data key given as ${key.fingerprint} has fingerprint ${fingerprint}: give the key file or paper key of ${key.fingerprint}`)
  }
  return { material: key.material, fingerprint }
}

/**
 * Fails unless `key` is the data key `needed` (of `what`, e.g. "restore point … of VM …"), with
 * ERR_RESTORE_KEY_MISSING or ERR_WRONG_KEY saying how to give the one needed.
 */
export function requireKey (key: { fingerprint: string } | undefined, needed: string, what: string): void {
  const how = `give it with --key-file FILE (its key file or paper key) or --recovery-key FILE, or import it into the manager's key catalog (\`meshbackup key import\`)`
  if (key === undefined) throw new RestoreError('ERR_RESTORE_KEY_MISSING', `${what} is encrypted under data key ${needed}, and no key was given: ${how}`)
  if (key.fingerprint !== needed) throw new RestoreError('ERR_WRONG_KEY', `${what} is encrypted under data key ${needed}, not under the key given (${key.fingerprint}): ${how}`)
}

async function syncDir (dir: string): Promise<void> {
  try {
    const h = await open(dir, 'r')
    try { await h.sync() } finally { await h.close() }
  } catch {
    // some filesystems refuse fsync on a directory; the rename is still in place
  }
}
