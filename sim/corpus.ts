/**
 * @packageDocumentation
 * Deterministic, realistic disk images for the demo and the benchmarks: a file host folder whose
 * raw images mix what real disks hold, in 1 MiB regions chosen from a seed.
 *
 * - zero: never-written space, left as holes (the file is sparse), in runs;
 * - text: log and JSON lines with varying numbers and ids (zstd level 1 packs them ~3-5x); about
 *   a third of text regions come from a small pool shared by every disk of the corpus, so
 *   deduplication has identical 1 MiB-aligned blocks to find across VMs;
 * - random: incompressible AES-CTR keystream keyed by a hash of (seed, VM, disk, region), made
 *   natively (about 1 GB/s on a small 2-vCPU VM).
 * Region kinds follow a Markov chain (a kind persists with probability 0.8, otherwise is redrawn
 * from the mix), so runs have realistic lengths and the long-run proportions equal the mix.
 * The same seed gives the same bytes on any machine.
 *
 * @example
 * ```ts
 * await writeFileHost('/tmp/lab', { seed: 1, vms: [{ name: 'web01', disks: [{ name: 'disk0', size: 1 << 30 }] }] })
 * const changed = await changeBlocks('/tmp/lab/web01/disk0.raw', { fraction: 0.05, blockSize: 1 << 20, seed: 2 })
 * ```
 */
import { createCipheriv, createHash } from 'node:crypto'
import { mkdir, open, writeFile, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'

export interface CorpusDisk { vm: string, name: string, size: number }

export interface CorpusMix { zero: number, text: number, random: number }

export interface CorpusSpec {
  vms: { name: string, disks: { name: string, size: number }[] }[]
  seed: number
  /** Relative weights of region kinds; default half zero, a quarter text, a quarter random. */
  mix?: CorpusMix
}

export interface ChangeOptions {
  /** Share of the image's blocks to overwrite, 0..1. */
  fraction: number
  blockSize: number
  seed: number
}

const REGION = 1 << 20
const STAY = 0.8
const SHARED_TEXT_SHARE = 0.3
const SHARED_POOL = 16
const IN_FLIGHT = 4
const DEFAULT_MIX: CorpusMix = { zero: 0.5, text: 0.25, random: 0.25 }

/** Writes `<folder>/<vm>/vm.json` and `<folder>/<vm>/<disk>.raw` for every VM of the spec. */
export async function writeFileHost (folder: string, spec: CorpusSpec): Promise<CorpusDisk[]> {
  const mix = normalizeMix(spec.mix ?? DEFAULT_MIX)
  const shared = new Map<number, Buffer>()
  const written: CorpusDisk[] = []
  for (const vm of spec.vms) {
    const dir = join(folder, vm.name)
    await mkdir(dir, { recursive: true })
    const manifest = {
      name: vm.name,
      uuid: uuidFrom(`${spec.seed}/uuid/${vm.name}`),
      disks: vm.disks.map(d => ({ name: d.name, file: `${d.name}.raw` }))
    }
    await writeFile(join(dir, 'vm.json'), JSON.stringify(manifest, null, 2) + '\n')
    for (const disk of vm.disks) {
      if (!Number.isSafeInteger(disk.size) || disk.size < 0) throw new RangeError(`disk ${vm.name}/${disk.name}: size must be a non-negative integer, got ${disk.size}`)
      await writeDisk(join(dir, `${disk.name}.raw`), disk.size, `${spec.seed}/${vm.name}/${disk.name}`, spec.seed, mix, shared)
      written.push({ vm: vm.name, name: disk.name, size: disk.size })
    }
  }
  return written
}

/**
 * Overwrites round(fraction × blocks) distinct blocks in place with new non-zero data (text or
 * random) and returns their indexes, ascending. The new bytes depend on the seed and on the old
 * bytes, so calling twice with the same seed still changes the blocks.
 */
export async function changeBlocks (file: string, options: ChangeOptions): Promise<number[]> {
  const { fraction, blockSize, seed } = options
  if (!(fraction >= 0 && fraction <= 1)) throw new RangeError(`fraction must be within 0..1, got ${fraction}`)
  if (!Number.isInteger(blockSize) || blockSize <= 0) throw new RangeError(`block size must be a positive integer, got ${blockSize}`)
  const handle = await open(file, 'r+')
  try {
    const size = (await handle.stat()).size
    const blockCount = Math.ceil(size / blockSize)
    const count = Math.min(blockCount, fraction > 0 ? Math.max(1, Math.round(fraction * blockCount)) : 0)
    const rng = Rng.from(`${seed}/change/${blockCount}`)
    // partial Fisher-Yates: the first `count` slots end up a uniform sample without repeats
    const order = new Uint32Array(blockCount)
    for (let i = 0; i < blockCount; i++) order[i] = i
    for (let i = 0; i < count; i++) {
      const j = i + rng.below(blockCount - i)
      const t = order[i]!
      order[i] = order[j]!
      order[j] = t
    }
    const indexes = Array.from(order.subarray(0, count)).sort((a, b) => a - b)
    for (const index of indexes) {
      const position = index * blockSize
      const length = Math.min(blockSize, size - position)
      const old = Buffer.alloc(length)
      await readFully(handle, old, position)
      const key = `${seed}/change/${index}/${createHash('sha256').update(old).digest('hex')}`
      const fresh = Rng.from(key).chance(0.5) ? randomBytesFor(key, length) : textBytes(key, length)
      if (fresh.equals(old)) fresh[0] = fresh[0]! ^ 0xff
      await handle.write(fresh, 0, length, position)
    }
    return indexes
  } finally {
    await handle.close()
  }
}

async function writeDisk (file: string, size: number, key: string, seed: number, mix: CorpusMix, shared: Map<number, Buffer>): Promise<void> {
  const handle = await open(file, 'w')
  try {
    await handle.truncate(size) // zero regions stay holes
    const rng = Rng.from(`${key}/layout`)
    const pending = new Set<Promise<unknown>>()
    let kind: keyof CorpusMix = 'zero'
    for (let region = 0, position = 0; position < size; region++, position += REGION) {
      if (region === 0 || rng.float() >= STAY) kind = pick(rng, mix)
      if (kind === 'zero') continue
      const length = Math.min(REGION, size - position)
      let data: Buffer
      if (kind === 'random') {
        data = randomBytesFor(`${key}/random/${region}`, length)
      } else if (rng.float() < SHARED_TEXT_SHARE) {
        const n = rng.below(SHARED_POOL)
        let full = shared.get(n)
        if (full === undefined) {
          full = textBytes(`${seed}/shared-text/${n}`, REGION)
          shared.set(n, full)
        }
        data = full.subarray(0, length)
      } else {
        data = textBytes(`${key}/text/${region}`, length)
      }
      // overlap generating the next region with writing this one
      const write = handle.write(data, 0, length, position)
      pending.add(write)
      void write.finally(() => pending.delete(write)).catch(() => {})
      if (pending.size >= IN_FLIGHT) await Promise.race(pending)
    }
    await Promise.all(pending)
  } finally {
    await handle.close()
  }
}

async function readFully (handle: FileHandle, buf: Buffer, position: number): Promise<void> {
  let done = 0
  while (done < buf.length) {
    const { bytesRead } = await handle.read(buf, done, buf.length - done, position + done)
    if (bytesRead === 0) break
    done += bytesRead
  }
}

function pick (rng: Rng, mix: CorpusMix): keyof CorpusMix {
  const x = rng.float()
  if (x < mix.zero) return 'zero'
  if (x < mix.zero + mix.text) return 'text'
  return 'random'
}

function normalizeMix (mix: CorpusMix): CorpusMix {
  const { zero, text, random } = mix
  if (![zero, text, random].every(w => Number.isFinite(w) && w >= 0) || zero + text + random <= 0) {
    throw new RangeError(`mix weights must be non-negative with a positive sum, got ${JSON.stringify(mix)}`)
  }
  const sum = zero + text + random
  return { zero: zero / sum, text: text / sum, random: random / sum }
}

const ZERO_REGION = Buffer.alloc(REGION)

// AES-CTR keystream: incompressible, deterministic from the key, and native speed (AES-NI) where a JS PRNG loop is not.
function randomBytesFor (key: string, length: number): Buffer {
  const k = createHash('sha256').update(key).digest()
  const cipher = createCipheriv('aes-128-ctr', k.subarray(0, 16), k.subarray(16, 32))
  if (length <= REGION) return cipher.update(ZERO_REGION.subarray(0, length))
  const parts: Buffer[] = []
  for (let done = 0; done < length; done += REGION) parts.push(cipher.update(ZERO_REGION.subarray(0, Math.min(REGION, length - done))))
  return Buffer.concat(parts, length)
}

const LEVELS = ['INFO ', 'INFO ', 'INFO ', 'INFO ', 'DEBUG', 'DEBUG', 'WARN ', 'ERROR']
const SERVICES = ['web', 'api', 'auth', 'orders', 'billing', 'search', 'cache', 'mailer', 'worker', 'gateway']
const METHODS = ['GET', 'GET', 'GET', 'POST', 'PUT', 'DELETE']
const PATHS = ['/api/v1/users/', '/api/v1/orders/', '/static/img/', '/api/v2/search?page=', '/cart/items/', '/api/v1/invoices/', '/media/thumbs/']
const STATUS = [200, 200, 200, 200, 201, 204, 301, 304, 400, 404, 500]
const MESSAGES = ['request completed', 'cache miss', 'connection reset by peer', 'retrying upstream call', 'user logged in',
  'order placed', 'payment authorized', 'session expired', 'queue drained', 'slow query detected']
const HOSTS = ['db01', 'db02', 'cache01', 'mq01', 'api03']
const BANK_SIZE = 4096

/** The bank as bytes: entry i is `prefix` at [start[i], split[i]) and `suffix + "\n"` at [split[i], end[i]). */
interface TextBank { bytes: Buffer, start: Int32Array, split: Int32Array, end: Int32Array }

let bank: TextBank | undefined

/**
 * Log lines (access log, JSON events, kernel counters, CSV metrics) with varying numbers, each
 * split where a hex id goes. Made once, because formatting every line of every region in JS
 * would cap text generation far below the target speed; regions copy from it.
 */
function textBank (): TextBank {
  if (bank !== undefined) return bank
  const rng = Rng.from('meshbackup corpus text bank')
  const parts: string[] = []
  const start = new Int32Array(BANK_SIZE)
  const split = new Int32Array(BANK_SIZE)
  const end = new Int32Array(BANK_SIZE)
  let offset = 0
  let t = 1_700_000_000_000
  for (let i = 0; i < BANK_SIZE; i++) {
    t += rng.below(60_000)
    let prefix: string
    let suffix = ''
    switch (rng.below(4)) {
      case 0:
        prefix = `${new Date(t).toISOString()} ${rng.of(LEVELS)} ${rng.of(SERVICES)}[${1000 + rng.below(30000)}]: ${rng.of(METHODS)} ` +
          `${rng.of(PATHS)}${rng.below(100000)} ${rng.of(STATUS)} ${rng.below(900)}ms bytes=${rng.below(65536)} req=`
        break
      case 1:
        prefix = `{"ts":${t},"level":"${rng.of(LEVELS).trim().toLowerCase()}","svc":"${rng.of(SERVICES)}","msg":"${rng.of(MESSAGES)}",` +
          `"user":${rng.below(50000)},"latency_ms":${rng.below(2500)},"trace":"`
        suffix = '"}'
        break
      case 2:
        prefix = `[${(t / 1000 - 1_699_000_000).toFixed(6)}] eth${rng.below(2)}: rx_packets=${rng.below(10_000_000)} ` +
          `tx_packets=${rng.below(10_000_000)} dropped=${rng.below(40)} peer=${rng.of(HOSTS)} cookie=`
        break
      default:
        prefix = `${t},${rng.of(SERVICES)},cpu=${rng.below(100)}.${rng.below(10)},mem=${rng.below(32768)},iops=${rng.below(5000)},id=`
        suffix = ',status=ok'
    }
    start[i] = offset
    split[i] = offset + prefix.length
    end[i] = split[i]! + suffix.length + 1
    offset = end[i]!
    parts.push(prefix, suffix, '\n')
  }
  bank = { bytes: Buffer.from(parts.join(''), 'latin1'), start, split, end }
  return bank
}

/**
 * `length` bytes of log-like text: lines drawn from the bank, each carrying a fresh hex id
 * (12-27 chars, from the AES keystream). The ids are the entropy that keeps zstd near 3-4x.
 */
function textBytes (key: string, length: number): Buffer {
  const { bytes, start, split, end } = textBank()
  const rng = Rng.from(key)
  const hex = Buffer.from(randomBytesFor(`${key}/hex`, Math.ceil(length / 5) + 64).toString('hex'), 'latin1')
  const buf = Buffer.allocUnsafe(length)
  let offset = 0
  let h = 0
  // Buffer.copy clips at the end of `buf`, so the last line is simply cut
  while (offset < length) {
    const r = rng.next()
    const i = r & (BANK_SIZE - 1)
    const n = 12 + ((r >>> 16) & 15)
    if (h + n > hex.length) h = 0
    offset += bytes.copy(buf, offset, start[i], split[i])
    offset += hex.copy(buf, offset, h, h + n)
    h += n
    offset += bytes.copy(buf, offset, split[i], end[i])
  }
  return buf
}

function uuidFrom (key: string): string {
  const h = createHash('sha256').update(key).digest()
  h[6] = (h[6]! & 0x0f) | 0x40
  h[8] = (h[8]! & 0x3f) | 0x80
  const x = h.subarray(0, 16).toString('hex')
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`
}

/** sfc32: a small, fast, seedable generator (decisions and text, not the random regions). */
class Rng {
  #a: number
  #b: number
  #c: number
  #d: number

  constructor (seed: Buffer) {
    this.#a = seed.readUInt32LE(0)
    this.#b = seed.readUInt32LE(4)
    this.#c = seed.readUInt32LE(8)
    this.#d = seed.readUInt32LE(12) | 1
    for (let i = 0; i < 12; i++) this.next()
  }

  static from (key: string): Rng {
    return new Rng(createHash('sha256').update(key).digest())
  }

  next (): number {
    const t = (((this.#a + this.#b) | 0) + this.#d) | 0
    this.#d = (this.#d + 1) | 0
    this.#a = this.#b ^ (this.#b >>> 9)
    this.#b = (this.#c + (this.#c << 3)) | 0
    this.#c = (this.#c << 21) | (this.#c >>> 11)
    this.#c = (this.#c + t) | 0
    return t >>> 0
  }

  float (): number {
    return this.next() / 4294967296
  }

  below (n: number): number {
    return Math.floor(this.float() * n)
  }

  chance (p: number): boolean {
    return this.float() < p
  }

  of<T> (list: readonly T[]): T {
    return list[this.below(list.length)]!
  }
}
