/**
 * @packageDocumentation
 * A {@link BlockSource} over one NBD export (the hotadd and nbd transport modes): blocks are read
 * with pipelined NBD_CMD_READ, and NBD_CMD_BLOCK_STATUS tells which blocks to read at all —
 * `base:allocation` skips never-written and zero extents, `qemu:dirty-bitmap:NAME` (CBT) names the
 * blocks changed since the bitmap started recording.
 *
 * @example
 * ```ts
 * const source = await nbdSource('unix:/run/vm1.nbd', { exportName: 'vm1-disk0', expectedSize: disk.size, blockSize: 1 << 20, bitmap: 'cbt-0' })
 * for await (const index of source.blocks({ changedSince: 'cbt-0' })) send(index, await source.read(index))
 * await source.close()
 * ```
 */
import { NbdClient } from './qemu/nbd/client.ts'
import { extents } from './qemu/nbd/extents.ts'
import { NBD_STATE_DIRTY, NBD_STATE_ZERO } from './qemu/nbd/protocol.ts'
import { blockTarget, countTo, type BlockSource } from './block-source.ts'
import { HostError } from './host.ts'

export interface NbdSourceOptions {
  exportName?: string
  /** The size the snapshot reported; an export of any other size is refused (ERR_DISK_SIZE_CHANGED). */
  expectedSize: number
  blockSize: number
  /** Dirty bitmap to negotiate (`qemu:dirty-bitmap:<bitmap>`), needed for blocks({ changedSince }). */
  bitmap?: string
  timeoutMs?: number
  signal?: AbortSignal
  /** Passed to the client: request size and requests in flight (default READ_REQUEST_BYTES, READ_IN_FLIGHT). */
  requestBytes?: number
  maxInFlight?: number
}

/**
 * Requests of 128 KiB, 32 on the wire (4 MiB), whatever the block size: QEMU's NBD server
 * allocates a buffer per read, and at 1 MiB glibc hands it fresh pages each time (mmap or heap
 * trim), so the server spent 1.5–2.2 CPU-s page-faulting per 477 MiB read against 0.4–0.7 CPU-s
 * at 128 KiB (qemu-storage-daemon 7.2, sim/bench-qemu.ts; docs/PERFORMANCE.md). A 128 KiB reply
 * also fits in a unix socket's send buffer, so the server's write never waits for the reader.
 */
export const READ_REQUEST_BYTES = 128 * 1024
export const READ_IN_FLIGHT = 32

const ALLOCATION = 'base:allocation'
const BITMAP_PREFIX = 'qemu:dirty-bitmap:'

/** Opens the export and checks its size; with `bitmap`, the bitmap must be exported with it. */
export async function nbdSource (address: string, options: NbdSourceOptions): Promise<BlockSource> {
  const { blockSize, expectedSize, bitmap } = options
  if (!Number.isInteger(blockSize) || blockSize <= 0) throw new RangeError(`block size must be a positive integer, got ${blockSize}`)
  const bitmapContext = bitmap === undefined ? undefined : BITMAP_PREFIX + bitmap
  const client = await NbdClient.connect(address, {
    exportName: options.exportName,
    metaContexts: bitmapContext === undefined ? [ALLOCATION] : [ALLOCATION, bitmapContext],
    timeoutMs: options.timeoutMs,
    signal: options.signal,
    requestBytes: options.requestBytes ?? READ_REQUEST_BYTES,
    maxInFlight: options.maxInFlight ?? READ_IN_FLIGHT
  })
  const what = `NBD export "${client.exportName}" at ${address}`
  try {
    if (client.size !== expectedSize) {
      throw new HostError('ERR_DISK_SIZE_CHANGED',
        `${what} is ${client.size} bytes but the disk was ${expectedSize} bytes at snapshot time: it is the wrong export or the disk was resized. Run the job again`)
    }
    if (bitmapContext !== undefined && !client.contexts.has(bitmapContext)) {
      throw new HostError('ERR_CBT_BITMAP_MISSING',
        `${what} does not export dirty bitmap "${bitmap}" (${client.structured ? 'the server did not offer it' : 'the server has no structured replies'}): it was not exported with the view or no longer exists. Reset CBT for this disk: back it up in full`)
    }
  } catch (err) {
    await client.close().catch(() => {})
    throw err
  }

  const blockCount = Math.ceil(client.size / blockSize)
  return {
    size: client.size,
    blockSize,
    blockCount,
    read: async (index, into) => {
      const { position, length, buf } = blockTarget(what, client.size, blockSize, index, into)
      return await client.read(position, length, buf)
    },
    blocks: (blockOptions = {}) => {
      const changedSince = blockOptions.changedSince
      if (changedSince !== undefined) {
        if (changedSince !== bitmap) {
          throw new HostError('ERR_CBT_UNAVAILABLE',
            `${what} was opened ${bitmap === undefined ? 'without a dirty bitmap' : `with bitmap "${bitmap}"`}, so it cannot list blocks changed since "${changedSince}"; open it with bitmap: "${changedSince}"`)
        }
        return touched(client, bitmapContext!, blockSize, e => (e.flags & NBD_STATE_DIRTY) !== 0)
      }
      // HOLE alone promises nothing about the content; only ZERO lets a block be skipped.
      if (!client.contexts.has(ALLOCATION)) return countTo(blockCount)
      return touched(client, ALLOCATION, blockSize, e => (e.flags & NBD_STATE_ZERO) === 0)
    },
    close: async () => { await client.close() }
  }
}

/** Each block index that an extent matching `wanted` touches, once, ascending. */
async function * touched (client: NbdClient, context: string, blockSize: number, wanted: (e: { flags: number }) => boolean): AsyncGenerator<number> {
  let next = 0
  for await (const e of extents(client, context)) {
    if (!wanted(e)) continue
    const first = Math.max(next, Math.floor(e.offset / blockSize))
    const end = Math.ceil((e.offset + e.length) / blockSize)
    for (let i = first; i < end; i++) yield i
    next = Math.max(next, end)
  }
}
