/**
 * @packageDocumentation
 * The body of a node/core/codec-pool.ts worker thread: the block digest (SHA-256 or BLAKE3, by the
 * job's `algorithm`) and zstd for one block per message,
 * or, for a job that carries a data key, the keyed block id, zstd and a sealed frame
 * (node/core/crypto/block-cipher.ts).
 * Blocks arrive as views of SharedArrayBuffers when the caller has them (no copy either way),
 * and zstd reads and writes them in place through one long-lived context per thread: nothing is
 * allocated per block. (zlib's one-shot calls build a zstd context and an output buffer for every
 * block; at a gigabyte a second that churn cost more than the compression and let freed memory
 * pile up in the allocator.)
 */
import { createHash } from 'node:crypto'
import { blake3 } from '@napi-rs/blake-hash'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { parentPort } from 'node:worker_threads'
import { constants as zlib, createZstdCompress, createZstdDecompress } from 'node:zlib'
import { packRoom, type CodecJob, type CodecReply } from './codec-pool.ts'
import { BlockCipher, SEAL_OVERHEAD } from './crypto/block-cipher.ts'

/** The native side of a zlib stream: writeSync fills `state` with [output left, input left]. */
interface ZlibHandle {
  writeSync(flush: number, input: Uint8Array, inOffset: number, inLength: number, output: Uint8Array, outOffset: number, outLength: number): void
  reset(): void
  onerror: (message: string, errno: number) => void
}

interface ZlibStream { _handle: ZlibHandle, _writeState: Uint32Array, close(): void }

/** One zstd context, compressing or decompressing whole blocks as separate frames, reused. */
class Zstd {
  readonly #stream: ZlibStream
  readonly #handle: ZlibHandle
  readonly #state: Uint32Array
  #error: string | undefined

  constructor (make: () => unknown) {
    this.#stream = make() as ZlibStream
    this.#handle = this.#stream._handle
    this.#state = this.#stream._writeState
    this.#handle.onerror = (message) => { this.#error = message }
  }

  /**
   * Runs one frame from `input` into `output`: the bytes written, or -1 when the output filled up
   * (a frame that fits exactly counts as not fitting: give one byte more room than needed).
   */
  frame (input: Uint8Array, output: Uint8Array): number {
    this.#error = undefined
    this.#handle.writeSync(zlib.ZSTD_e_end, input, 0, input.byteLength, output, 0, output.byteLength)
    if (this.#error !== undefined) throw Object.assign(new Error(this.#error), { code: 'ERR_ZSTD' })
    const outLeft = this.#state[0]!
    if (outLeft === 0) {
      // out of room mid-frame: the next block starts on a clean context
      this.#handle.reset()
      return -1
    }
    return output.byteLength - outLeft
  }

  close (): void {
    this.#stream.close()
  }
}

// Each message brings its blocks as new handles on shared memory, and a handle keeps its memory
// alive until this thread collects it — which, allocating next to nothing, it would never do: a
// finished task's buffers stayed alive here for good. So collect this thread's tiny heap (about a
// millisecond) every COLLECT_EVERY jobs, and once it has been idle for a second.
setFlagsFromString('--expose-gc')
const collect = runInNewContext('gc') as () => void
const COLLECT_EVERY = 64
let sinceCollect = 0
let idle: NodeJS.Timeout | undefined

function collected (): void {
  sinceCollect = 0
  clearTimeout(idle)
  idle = undefined
  collect()
}

const compressors = new Map<number, Zstd>()
let decompressor: Zstd | undefined
let scratch = Buffer.alloc(0)
/** a sealed block's compressed payload before sealing, or its opened payload before decompressing */
let sealScratch = Buffer.alloc(0)

/**
 * One cipher per data key, by fingerprint: building one derives its keys (HKDF), which a block
 * should not pay for. Few keys are in use at once; the oldest is dropped past MAX_CIPHERS.
 */
const ciphers = new Map<string, { cipher: BlockCipher, key: Buffer }>()
const MAX_CIPHERS = 8

function cipherFor (key: Uint8Array, fingerprint: string): BlockCipher {
  const cached = ciphers.get(fingerprint)
  // the key's bytes are compared too (32 bytes): a name never stands for other key material
  if (cached !== undefined && cached.key.equals(key)) return cached.cipher
  const cipher = new BlockCipher(key)
  if (cipher.fingerprint !== fingerprint) throw Object.assign(new Error(`the data key given as ${fingerprint} has fingerprint ${cipher.fingerprint}`), { code: 'ERR_BAD_KEY_MATERIAL' })
  if (ciphers.size >= MAX_CIPHERS) ciphers.delete(ciphers.keys().next().value!)
  ciphers.set(fingerprint, { cipher, key: Buffer.from(key) })
  return cipher
}

function sealRoom (bytes: number): Buffer {
  if (sealScratch.byteLength < bytes) sealScratch = Buffer.allocUnsafe(bytes)
  return sealScratch
}

/**
 * The idle collection drops the ciphers too, so a task's key does not stay in this thread for
 * long after its last block; a slow task that meets it pays a rebuilt cipher (a few HKDFs).
 */
function idled (): void {
  ciphers.clear()
  collected()
}

/** BLAKE3 hashes the shared view in place (no copy), at about four times SHA-256's speed. */
function digestOf (algorithm: CodecJob['algorithm'], data: Uint8Array): Uint8Array {
  return algorithm === 'blake3' ? blake3(data) : createHash('sha256').update(data).digest()
}

function equal (a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b)
}

function compressor (level: number): Zstd {
  let z = compressors.get(level)
  if (z === undefined) {
    z = new Zstd(() => createZstdCompress({ params: { [zlib.ZSTD_c_compressionLevel]: level } }))
    compressors.set(level, z)
  }
  return z
}

/** Compressed length, or -1 when `output` (smaller than packRoom of the input) filled up. */
function compress (level: number, input: Uint8Array, output: Uint8Array): number {
  const z = compressor(level)
  const length = z.frame(input, output)
  // a reset context forgets its parameters (zstd's default level 3 would compress the blocks
  // after it at half the speed): the next block gets a new one
  if (length < 0) {
    z.close()
    compressors.delete(level)
  }
  return length
}

/** Keyed id, compression (kept only if smaller) and the sealed frame in `output`. */
function packSealed (job: Extract<CodecJob, { op: 'pack' }>, cipher: BlockCipher): CodecReply {
  const id = cipher.blockId(job.input, job.algorithm)
  // unchanged since the base: it will not be sent, so it need not be compressed nor sealed
  if (job.unless !== undefined && equal(id, job.unless)) return { id: job.id, digest: id, length: -1 }
  if (job.output === undefined || job.output.byteLength < job.input.byteLength + SEAL_OVERHEAD) {
    throw Object.assign(new Error(`a sealed block of ${job.input.byteLength} bytes needs ${job.input.byteLength + SEAL_OVERHEAD} bytes of output`), { code: 'ERR_CODEC' })
  }
  let payload: Uint8Array = job.input
  let compressed = false
  if (job.level !== undefined) {
    const room = sealRoom(packRoom(job.input.byteLength)).subarray(0, packRoom(job.input.byteLength))
    const length = compress(job.level, job.input, room)
    if (length >= 0 && length < job.input.byteLength) {
      payload = room.subarray(0, length)
      compressed = true
    }
  }
  const frame = cipher.seal(id, payload, job.output)
  return { id: job.id, digest: id, length: frame.byteLength, compressed }
}

/**
 * The payload of a sealed frame: opened straight into the caller's output when it is the raw
 * block, else into this thread's scratch, to be decompressed from there.
 */
function openSealed (job: Extract<CodecJob, { op: 'unpack' }>, cipher: BlockCipher): Uint8Array {
  if (job.blockId === undefined) throw Object.assign(new Error('a sealed block comes with its block id'), { code: 'ERR_CODEC' })
  const payloadLength = Math.max(0, job.input.byteLength - SEAL_OVERHEAD)
  const direct = job.compression !== 'zstd' && job.output !== undefined && job.output.byteLength >= payloadLength
  return cipher.open(job.blockId, job.input, (direct ? job.output! : sealRoom(payloadLength)).subarray(0, payloadLength))
}

function run (job: CodecJob): CodecReply {
  const cipher = job.key === undefined ? undefined : cipherFor(job.key, job.keyFingerprint ?? '')
  if (job.op === 'pack' && cipher !== undefined) return packSealed(job, cipher)
  if (job.op === 'pack') {
    const digest = digestOf(job.algorithm, job.input)
    // unchanged since the base: it will not be sent, so it need not be compressed
    if (job.level === undefined || job.output === undefined || (job.unless !== undefined && equal(digest, job.unless))) {
      return { id: job.id, digest, length: -1 }
    }
    const length = compress(job.level, job.input, job.output)
    // worth sending compressed only if smaller
    return { id: job.id, digest, length: length >= job.input.byteLength ? -1 : length }
  }
  const input = cipher === undefined ? job.input : openSealed(job, cipher)
  let raw: Uint8Array = input
  if (job.compression === 'zstd') {
    // one byte of room beyond the block tells a block that decompresses too long; straight into
    // the caller's output when it has that room, else through this thread's scratch buffer
    const direct = job.output !== undefined && job.output.byteLength > job.rawLength
    if (!direct && scratch.byteLength < job.rawLength + 1) scratch = Buffer.allocUnsafe(job.rawLength + 1)
    const into = (direct ? job.output! : scratch).subarray(0, job.rawLength + 1)
    decompressor ??= new Zstd(() => createZstdDecompress())
    let length: number
    try {
      length = decompressor.frame(input, into)
    } catch (err) {
      // a context that met damaged data is not trusted with the next block
      decompressor.close()
      decompressor = undefined
      throw err
    }
    if (length !== job.rawLength) {
      return { id: job.id, error: { code: 'ERR_BAD_LENGTH', message: length < 0 ? `it decompresses to more than ${job.rawLength} bytes` : `it decompresses to ${length} bytes, not ${job.rawLength}` } }
    }
    raw = into.subarray(0, length)
    if (!direct) job.output?.set(raw)
  } else if (raw.byteLength !== job.rawLength) {
    return { id: job.id, error: { code: 'ERR_BAD_LENGTH', message: `it holds ${raw.byteLength} bytes, not ${job.rawLength}` } }
  } else if (job.output !== undefined && !(raw.buffer === job.output.buffer && raw.byteOffset === job.output.byteOffset)) {
    // (a sealed block opened straight into the output is there already)
    job.output.set(raw)
  }
  return { id: job.id, digest: cipher === undefined ? digestOf(job.algorithm, raw) : cipher.blockId(raw, job.algorithm), length: raw.byteLength }
}

parentPort!.on('message', (job: CodecJob) => {
  let reply: CodecReply
  try {
    reply = run(job)
  } catch (err) {
    const e = err as Error & { code?: string }
    reply = { id: job.id, error: { code: e.code ?? 'ERR_CODEC', message: e.message } }
  }
  parentPort!.postMessage(reply)
  if (++sinceCollect >= COLLECT_EVERY) collected()
  else idle ??= setTimeout(idled, 1000)
})
