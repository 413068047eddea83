/**
 * @packageDocumentation
 * A host whose VMs and disks are generated from a short spec, for live runs of many nodes with
 * no image files: `meshbackup host add big --type synthetic --path 7:40x2x256M`.
 *
 * ```
 * path = <seed>:<vms>x<disks>x<size>      size with an optional K, M or G suffix (powers of 1024)
 * VMs vm001 … (zero-padded to the count), disks disk0 …, every disk of the same size
 * ```
 *
 * A disk's bytes are a function of (seed, VM, disk, offset): 1 MiB regions are zero, text (log
 * lines, compressible, different per region) or random (AES-CTR keystream, incompressible), about
 * half / a quarter / a quarter, as sim/corpus.ts makes its images — but computed on read, so a
 * terabyte costs nothing until a proxy reads it. The content never changes: a snapshot is the
 * disk itself, release() has nothing to undo, and the disk's view names it by a `synthetic:`
 * marker in DiskInfo.file that {@link syntheticSource} (open-block-source.ts 'synthetic') reads.
 *
 * @example
 * ```ts
 * const host = new SyntheticHost({ name: 'big', type: 'synthetic', path: '7:2x1x64M' })
 * const [vm] = await host.inventory()           // vm1 with disk0 of 64 MiB
 * const snap = await host.snapshot('vm1', 's1') // snap.disks[0].file = 'synthetic:7:vm1:disk0:67108864'
 * const source = syntheticSource(snap.disks![0]!.file!, { expectedSize: 64 << 20, blockSize: 1 << 20 })
 * ```
 */
import { createCipheriv, createHash } from 'node:crypto'
import type { HostSpec, SnapshotReply, VmInfo } from '../../proto/index.ts'
import { HostError, type HostConnector } from './host.ts'
import { blockTarget, cbtUnavailable, countTo, type BlockSource, type BlockSourceOptions } from './block-source.ts'

/** What a synthetic host's path says. */
export interface SyntheticSpec { seed: number, vms: number, disks: number, size: number }

/** The prefix of DiskInfo.file for a synthetic disk. */
export const SYNTHETIC_MARKER = 'synthetic:'

const REGION = 1 << 20
const UNITS: Record<string, number> = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 }

/** Parses `<seed>:<vms>x<disks>x<size>`; throws ERR_BAD_HOST_SPEC naming the host. */
export function parseSyntheticSpec (path: string, host = ''): SyntheticSpec {
  const m = /^(\d+):(\d+)x(\d+)x(\d+)([KMG]?)$/i.exec(path.trim())
  const spec = m == null ? undefined : { seed: Number(m[1]), vms: Number(m[2]), disks: Number(m[3]), size: Number(m[4]) * (UNITS[(m[5] ?? '').toUpperCase()] ?? 1) }
  if (spec == null || spec.vms < 1 || spec.disks < 1 || spec.size < 1 || !Number.isSafeInteger(spec.size)) {
    throw new HostError('ERR_BAD_HOST_SPEC', `synthetic host "${host}" has path "${path}"; give <seed>:<vms>x<disks>x<size>, e.g. 7:40x2x256M (size in bytes or with K, M, G)`, { host })
  }
  return spec
}

/** The VM names of a spec, in order. */
export function syntheticVms (spec: SyntheticSpec): string[] {
  const width = String(spec.vms).length
  return Array.from({ length: spec.vms }, (_, i) => `vm${String(i + 1).padStart(width, '0')}`)
}

/** A host generated from its spec; nothing on disk. */
export class SyntheticHost implements HostConnector {
  readonly spec: HostSpec
  readonly problems: readonly HostError[] = []
  readonly #synthetic: SyntheticSpec
  readonly #name: string
  #next = 0

  constructor (spec: HostSpec) {
    this.#name = spec.name ?? ''
    this.#synthetic = parseSyntheticSpec(spec.path ?? '', this.#name)
    this.spec = { name: this.#name, type: 'synthetic', path: spec.path ?? '', qmp: '', nbd: '' }
  }

  async probe (): Promise<string[]> {
    return ['direct']
  }

  async inventory (): Promise<VmInfo[]> {
    return syntheticVms(this.#synthetic).map((vm) => ({
      name: vm,
      uuid: uuidOf(`${this.#synthetic.seed}/${this.#name}/${vm}`),
      state: 'running',
      disks: this.#disks(vm)
    }))
  }

  async snapshot (vm: string, sessionId: string): Promise<SnapshotReply> {
    if (!syntheticVms(this.#synthetic).includes(vm)) {
      throw new HostError('ERR_NO_SUCH_VM', `no VM named "${vm}" on synthetic host "${this.#name}" (${this.spec.path}); it has vm1 … vm${this.#synthetic.vms}, zero-padded`, { host: this.#name, vm })
    }
    return { snapshotId: `${sessionId}-${vm}-${++this.#next}`, guarantee: 'reflink', warnings: [], disks: this.#disks(vm) }
  }

  async release (): Promise<void> {}

  async leftovers (): Promise<string[]> {
    return []
  }

  #disks (vm: string): NonNullable<VmInfo['disks']> {
    const { seed, disks, size } = this.#synthetic
    return Array.from({ length: disks }, (_, index) => ({
      index, name: `disk${index}`, size, format: 'raw', file: `${SYNTHETIC_MARKER}${seed}:${vm}:disk${index}:${size}`
    }))
  }
}

/** A synthetic disk cut into blocks; `file` is the DiskInfo.file marker its snapshot gave. */
export function syntheticSource (file: string, options: BlockSourceOptions): BlockSource {
  const m = /^synthetic:(\d+):([^:]+):([^:]+):(\d+)$/.exec(file)
  if (m == null) throw new HostError('ERR_BAD_HOST_SPEC', `"${file}" is not a synthetic disk; expected synthetic:<seed>:<vm>:<disk>:<size>`, { file })
  const size = Number(m[4])
  if (size !== options.expectedSize) {
    throw new HostError('ERR_DISK_SIZE_CHANGED', `synthetic disk ${m[2]}/${m[3]} has ${size} bytes, the snapshot said ${options.expectedSize}`, { file })
  }
  const key = `${m[1]}/${m[2]}/${m[3]}`
  const aesKey = createHash('sha256').update(`${key}/random`).digest().subarray(0, 16)
  const blockSize = options.blockSize
  const blockCount = Math.ceil(size / blockSize)
  const what = `synthetic disk ${m[2]}/${m[3]}`
  return {
    size,
    blockSize,
    blockCount,
    read: async (index, into) => {
      const { position, length, buf } = blockTarget(what, size, blockSize, index, into, { file })
      fill(buf, position, length, key, aesKey)
      return buf
    },
    blocks: (blockOptions = {}) => {
      if (blockOptions.changedSince !== undefined) throw cbtUnavailable(blockOptions.changedSince, what, { file })
      return countTo(blockCount)
    },
    close: async () => {}
  }
}

/** The kind of a region, from a hash of the disk's key and the region's index. */
export function regionKind (key: string, region: number): 'zero' | 'text' | 'random' {
  const x = createHash('sha256').update(`${key}/${region}`).digest().readUInt32BE(0) / 2 ** 32
  return x < 0.5 ? 'zero' : x < 0.75 ? 'text' : 'random'
}

// bytes [position, position + length) of the disk into buf, region by region
function fill (buf: Buffer, position: number, length: number, key: string, aesKey: Buffer): void {
  let done = 0
  while (done < length) {
    const at = position + done
    const region = Math.floor(at / REGION)
    const within = at - region * REGION
    const n = Math.min(length - done, REGION - within)
    const out = buf.subarray(done, done + n)
    const kind = regionKind(key, region)
    if (kind === 'zero') {
      out.fill(0)
    } else if (kind === 'random') {
      // CTR keystream from the 16-byte counter of this offset: any slice of a region reads the same bytes
      const iv = Buffer.alloc(16)
      iv.writeUInt32BE(region, 4)
      iv.writeUInt32BE(Math.floor(within / 16), 12)
      const skip = within % 16
      const stream = createCipheriv('aes-128-ctr', aesKey, iv).update(Buffer.alloc(skip + n))
      stream.copy(out, 0, skip)
    } else {
      text(out, within, `${key} region ${region}`)
    }
    done += n
  }
}

let bank: Buffer | undefined

// log lines: a 1 MiB bank shared by every region, each region stamped with its own header every 4 KiB
function text (out: Buffer, within: number, header: string): void {
  bank ??= textBank()
  bank.copy(out, 0, within, within + out.length)
  const stamp = Buffer.from(`${header}\n`)
  for (let page = Math.ceil(within / 4096) * 4096; page < within + out.length; page += 4096) {
    stamp.copy(out, page - within, 0, Math.min(stamp.length, within + out.length - page))
  }
}

function textBank (): Buffer {
  const lines: string[] = []
  let bytes = 0
  for (let i = 0; bytes < REGION; i++) {
    const line = `2026-11-21T03:${String(i % 60).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}.${String((i * 131) % 1000).padStart(3, '0')}Z ` +
      `INFO worker-${i % 17} request id=${(i * 2654435761 >>> 0).toString(16)} path=/api/v1/items/${i % 997} status=${i % 23 === 0 ? 500 : 200} ms=${(i * 37) % 900}\n`
    lines.push(line)
    bytes += line.length
  }
  return Buffer.from(lines.join('')).subarray(0, REGION)
}

function uuidOf (key: string): string {
  const h = createHash('sha256').update(key).digest('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`
}
