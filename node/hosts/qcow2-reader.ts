/**
 * @packageDocumentation
 * Direct mode for qcow2: a {@link BlockSource} that reads the read-only base image of a QEMU
 * external-overlay snapshot without QEMU in the data path. `qemu-img map -U --output=json` gives
 * the guest→host mapping once; blocks are then positioned reads of the host file (zeros for
 * unallocated and zero clusters), and blocks() skips blocks without data.
 *
 * Supported: a standalone qcow2 (no backing file), also with an external data file (its offsets
 * then point into that file). Refused with ERR_UNSUPPORTED_IMAGE, so the proxy falls back to an
 * NBD mode: a backing chain, compressed clusters (no host offset), encryption.
 *
 * @example
 * ```ts
 * const source = await qcow2Source('/var/lib/vms/vm1-disk0.qcow2', { expectedSize: disk.size, blockSize: 1 << 20 })
 * for await (const index of source.blocks()) send(index, await source.read(index))
 * await source.close()
 * ```
 */
import { spawn } from 'node:child_process'
import { open, type FileHandle } from 'node:fs/promises'
import { dirname, isAbsolute, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { blockTarget, cbtUnavailable, type BlockSource } from './block-source.ts'
import { HostError } from './host.ts'

export interface Qcow2SourceOptions {
  /** The size the snapshot reported; an image of any other virtual size is refused (ERR_DISK_SIZE_CHANGED). */
  expectedSize: number
  blockSize: number
  /** The qemu-img binary (default `qemu-img` on PATH). */
  qemuImg?: string
}

/** The guest→host map: parallel arrays, ascending and contiguous from 0. */
export interface Mapping {
  start: number[]
  length: number[]
  /** host offset of a data extent; -1: reads as zeros */
  host: number[]
}

/** Reads one qcow2 image's data clusters straight from the file that holds them. */
export async function qcow2Source (file: string, options: Qcow2SourceOptions): Promise<BlockSource> {
  const { blockSize, expectedSize } = options
  if (!Number.isInteger(blockSize) || blockSize <= 0) throw new RangeError(`block size must be a positive integer, got ${blockSize}`)
  const qemuImg = options.qemuImg ?? 'qemu-img'
  const what = `qcow2 image ${file}`

  // the map is read while info runs (two programs at once, not one after the other): it is used
  // only once info said the image is one this reader can read, of the size the snapshot saw
  const mapped = readMap(qemuImg, file, expectedSize)
  mapped.catch(() => {})
  const info = JSON.parse(await run(qemuImg, ['info', '-U', '--output=json', '-f', 'qcow2', file], file)) as QemuImgInfo
  const size = info['virtual-size']
  if (size !== expectedSize) {
    throw new HostError('ERR_DISK_SIZE_CHANGED',
      `${what} has a virtual size of ${size} bytes but the disk was ${expectedSize} bytes at snapshot time: it is the wrong image or was resized. Run the job again`, { file })
  }
  if (info['backing-filename'] !== undefined) {
    throw unsupported(file, `has a backing file (${info['backing-filename']}), so its data is spread over a chain`)
  }
  const specific = info['format-specific']?.data ?? {}
  if (specific.encrypt !== undefined) throw unsupported(file, 'is encrypted')
  const dataFile = specific['data-file']
  const hostFile = dataFile === undefined ? file : isAbsolute(dataFile) ? dataFile : resolve(dirname(file), dataFile)

  const mapping = await mapped
  let handle: FileHandle
  try {
    handle = await open(hostFile, 'r')
  } catch (err) {
    throw new HostError('ERR_DISK_UNREADABLE', `cannot open ${hostFile}, which holds the data of ${what} (${(err as Error).message}); check that this node can read it`, { file, cause: err })
  }
  const opened = await handle.stat()
  let modified = false
  let closed = false

  const blockCount = Math.ceil(size / blockSize)
  return {
    size,
    blockSize,
    blockCount,
    get modified () { return modified },
    read: async (index, into) => {
      if (closed) throw new HostError('ERR_READER_CLOSED', `reader for ${what} is closed`, { file })
      const { position, length, buf } = blockTarget(what, size, blockSize, index, into, { file })
      const reads: Promise<void>[] = []
      const end = position + length
      for (let i = find(mapping, position); i < mapping.start.length && mapping.start[i]! < end; i++) {
        const from = Math.max(position, mapping.start[i]!)
        const to = Math.min(end, mapping.start[i]! + mapping.length[i]!)
        const host = mapping.host[i]!
        if (host < 0) buf.fill(0, from - position, to - position)
        else reads.push(preadFully(handle, buf, from - position, to - from, host + (from - mapping.start[i]!)))
      }
      await Promise.all(reads)
      return buf
    },
    blocks: (blockOptions = {}) => {
      if (blockOptions.changedSince !== undefined) throw cbtUnavailable(blockOptions.changedSince, `direct read of ${what}`, { file })
      return dataBlocks(mapping, blockSize)
    },
    close: async () => {
      if (closed) return
      closed = true
      try {
        const now = await handle.stat()
        // a base image is read-only while the overlay exists: any change means the map is stale
        if (now.mtimeMs !== opened.mtimeMs || now.size !== opened.size) modified = true
      } finally {
        await handle.close()
      }
    }
  }
}

interface QemuImgInfo {
  'virtual-size': number
  'backing-filename'?: string
  'format-specific'?: { data?: { 'data-file'?: string, encrypt?: unknown } }
}

interface MapEntry {
  start: number
  length: number
  depth: number
  present: boolean
  zero: boolean
  data: boolean
  offset?: number
}

function unsupported (file: string, why: string): HostError {
  return new HostError('ERR_UNSUPPORTED_IMAGE',
    `qcow2 image ${file} ${why}, which the direct read does not handle; read this disk through an NBD mode (hotadd or nbd)`, { file })
}

/** Runs `qemu-img map` and keeps the extents in compact arrays, one JSON line at a time. */
export async function readMap (qemuImg: string, file: string, size: number, format: 'qcow2' | 'raw' = 'qcow2'): Promise<Mapping> {
  const mapping: Mapping = { start: [], length: [], host: [] }
  let failure: HostError | undefined
  let covered = 0
  await run(qemuImg, ['map', '-U', '--output=json', '-f', format, file], file, (line) => {
    if (failure !== undefined) return
    const text = line.trim().replace(/^\[/, '').replace(/[,\]]$/, '').replace(/\]$/, '')
    if (text === '') return
    let e: MapEntry
    try {
      e = JSON.parse(text) as MapEntry
    } catch {
      failure = new HostError('ERR_DISK_UNREADABLE', `qemu-img map printed a line this reader does not understand for ${file}: ${line.slice(0, 200)}`, { file })
      return
    }
    if (e.start !== covered) {
      failure = new HostError('ERR_DISK_UNREADABLE', `qemu-img map of ${file} has a gap or overlap at byte ${covered} (next extent starts at ${e.start})`, { file })
      return
    }
    covered += e.length
    if (e.depth > 0 && e.present) {
      failure = unsupported(file, `takes data from a backing file (depth ${e.depth} at byte ${e.start})`)
      return
    }
    let host = -1
    if (e.data && !e.zero) {
      if (e.offset === undefined) {
        failure = unsupported(file, `has compressed clusters (no host offset at byte ${e.start})`)
        return
      }
      host = e.offset
    }
    const last = mapping.start.length - 1
    // neighbours that read the same way make one extent: zeros after zeros, host-contiguous data
    if (last >= 0 && ((host < 0 && mapping.host[last]! < 0) || (host >= 0 && mapping.host[last]! >= 0 && mapping.host[last]! + mapping.length[last]! === host))) {
      mapping.length[last]! += e.length
    } else {
      mapping.start.push(e.start)
      mapping.length.push(e.length)
      mapping.host.push(host)
    }
  })
  if (failure !== undefined) throw failure
  if (covered !== size) {
    throw new HostError('ERR_DISK_UNREADABLE', `qemu-img map of ${file} covers ${covered} bytes of its ${size}`, { file })
  }
  return mapping
}

/** Each block index a data extent touches, once, ascending. */
export async function * dataBlocks (mapping: Mapping, blockSize: number): AsyncGenerator<number> {
  let next = 0
  for (let i = 0; i < mapping.start.length; i++) {
    if (mapping.host[i]! < 0) continue
    const first = Math.max(next, Math.floor(mapping.start[i]! / blockSize))
    const stop = Math.ceil((mapping.start[i]! + mapping.length[i]!) / blockSize)
    for (let b = first; b < stop; b++) yield b
    next = Math.max(next, stop)
  }
}

/** Index of the extent holding `position`. */
function find (mapping: Mapping, position: number): number {
  let lo = 0
  let hi = mapping.start.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1
    if (mapping.start[mid]! <= position) lo = mid
    else hi = mid - 1
  }
  return lo
}

async function preadFully (handle: FileHandle, buf: Buffer, at: number, length: number, position: number): Promise<void> {
  let done = 0
  while (done < length) {
    const { bytesRead } = await handle.read(buf, at + done, length - done, position + done)
    if (bytesRead === 0) {
      // past the end of the host file reads as zeros, as QEMU reads it
      buf.fill(0, at + done, at + length)
      return
    }
    done += bytesRead
  }
}

/** Runs qemu-img; with `onLine`, stdout is handed over line by line instead of returned. */
async function run (command: string, args: string[], file: string, onLine?: (line: string) => void): Promise<string> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  let err = ''
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk: string) => { if (err.length < 4096) err += chunk })
  if (onLine !== undefined) {
    createInterface({ input: child.stdout, crlfDelay: Infinity }).on('line', onLine)
  } else {
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => { out += chunk })
  }
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject)
    child.once('close', resolve)
  }).catch((error: NodeJS.ErrnoException) => {
    throw new HostError('ERR_DISK_UNREADABLE',
      error.code === 'ENOENT'
        ? `${command} is not installed, so qcow2 image ${file} cannot be read directly; install qemu-utils or use an NBD mode`
        : `cannot run ${command} for ${file} (${error.message})`,
      { file, cause: error })
  })
  if (code !== 0) {
    throw new HostError('ERR_DISK_UNREADABLE', `${command} ${args[0]} failed for ${file} (exit ${code}): ${err.trim() || 'no message'}; check that it is a readable qcow2 image`, { file })
  }
  return out
}
