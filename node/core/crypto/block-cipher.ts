/**
 * @packageDocumentation
 * Encryption of blocks under a data key: keyed block ids, and sealed frames the repository can
 * store and check without the key.
 *
 * From one data key, HKDF-SHA-256 derives id keys and a seal key (independent by label). A
 * block's id is HMAC-SHA-256(idKey, raw block) in a SHA-256 repository (format 2 and older), and
 * BLAKE3 in keyed mode under its own derived key (label 'block-id-blake3') in a BLAKE3 one
 * (format 3; about four times faster, roles/repository/digest.ts): equal blocks under one key get equal ids, so the
 * repository deduplicates them, while ids under different keys are unrelated, so nothing is
 * learnt across keys — not even that two tenants hold the same OS image (a plain SHA-256 would
 * let anyone confirm a known block is present). The proxy compresses the block, then seals the
 * payload with AES-256-GCM under a random 96-bit nonce; the associated data is the frame's
 * header and the block id, so a record moved under another id, or a frame of another key, fails
 * to open. Random nonces stay safe for 2^32 blocks per key (NIST SP 800-38D): 4 PiB of 1 MiB
 * blocks.
 *
 * Sealed frame (little-endian, overhead {@link SEAL_OVERHEAD} = 41 bytes):
 * ```
 *   0  version u8 = 1
 *   1  key fingerprint [8]     first bytes of the data key's fingerprint (node/core/crypto/fingerprint.ts)
 *   9  nonce [12]
 *  21  ciphertext [n]          the (compressed) payload, AES-256-GCM
 *  21+n tag [16]
 *  37+n crc32 u32              CRC-32 (zlib) of bytes 0 .. 37+n
 * ```
 * The checksum is CRC-32, as in the pack record header, so the repository can check every stored
 * frame without the key (verify, scan, rebuild). It guards against damage, not an attacker —
 * the GCM tag does that, for the key holder. CRC-32 rather than SHA-256 because it costs next to
 * nothing (node:zlib's native crc32 runs at several GiB/s, SHA-256 at about 1 GiB/s, and the
 * encrypted path already pays HMAC and GCM per block, against a cost budget of 1.1× the plain
 * backup); rather than CRC-32C because Node has it only in JavaScript, several times slower.
 * (`npx node sim/crypto-bench.ts` measures all of them.) PBS protects encrypted chunks the same
 * way (a CRC-32 in the blob header).
 *
 * Opening names what failed: a frame that fails its checksum or has an unknown version is
 * damaged (ERR_BLOCK_DAMAGED); an intact frame of another key is ERR_WRONG_KEY, naming both
 * fingerprints; an intact frame of this key that does not authenticate was altered or stored
 * under another id (ERR_BLOCK_DAMAGED, saying so).
 *
 * Every call works on plain byte arrays and writes into a caller's buffer when given one: the
 * codec pool's worker threads (node/core/codec-worker.ts) keep one BlockCipher per key and `seal`
 * each packed block straight into the shared output, or `open` it into the caller's slot.
 *
 * @example
 * ```ts
 * const cipher = new BlockCipher(dataKey)
 * const id = cipher.blockId(raw)                 // 32 bytes: the block's address in the repository
 * const frame = cipher.seal(id, payload)         // what the repository stores
 * checkSealedFrame(frame)                        // repository side, no key: undefined or what is wrong
 * const payload2 = cipher.open(id, frame)        // restore side
 * ```
 */
import { createCipheriv, createDecipheriv, createHmac, randomFillSync, timingSafeEqual } from 'node:crypto'
import { Blake3Hasher } from '@napi-rs/blake-hash'
import { crc32 } from 'node:zlib'
import { CryptoError } from './crypto-error.ts'
import { checkKeyMaterial, dataKeyFingerprint, deriveKey, FINGERPRINT_BYTES } from './fingerprint.ts'
import type { DigestAlgorithm } from '../digest-algorithm.ts'

export const SEAL_VERSION = 1
const NONCE_BYTES = 12
const TAG_BYTES = 16
const CRC_BYTES = 4
/** version, fingerprint: the part of the header that is also authenticated */
const HEAD_BYTES = 1 + FINGERPRINT_BYTES
const CIPHERTEXT_AT = HEAD_BYTES + NONCE_BYTES
/** Bytes a sealed frame adds to its payload. */
export const SEAL_OVERHEAD = CIPHERTEXT_AT + TAG_BYTES + CRC_BYTES
/**
 * GCM runs over the payload in pieces: OpenSSL's output for each comes as a new buffer, and
 * pieces keep that allocation small and in cache instead of a second block-sized buffer per block
 * (measured a little faster than one update of 1 MiB, and gentler on the worker's heap).
 */
const PIECE = 64 * 1024
/** Bytes of a block id. */
export const BLOCK_ID_BYTES = 32

/** The length of the frame that seals a payload of `bytes`. */
export function sealedLength (bytes: number): number {
  return bytes + SEAL_OVERHEAD
}

function view (bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

/**
 * Checks a stored frame without the key: undefined when it is intact, else what is wrong with it.
 * This is what the repository can verify of an encrypted block.
 */
export function checkSealedFrame (frame: Uint8Array): string | undefined {
  if (frame.byteLength < SEAL_OVERHEAD) return `the sealed block is ${frame.byteLength} bytes, shorter than its ${SEAL_OVERHEAD}-byte frame`
  const f = view(frame)
  const end = f.byteLength - CRC_BYTES
  if (f.readUInt32LE(end) !== crc32(f.subarray(0, end))) return 'the sealed block does not match its checksum'
  if (f[0] !== SEAL_VERSION) return `the sealed block has version ${f[0]}, which this meshbackup does not know`
  return undefined
}

/** The fingerprint of the key a frame was sealed under, read without the key (the frame is not checked). */
export function sealedFrameKey (frame: Uint8Array): string {
  if (frame.byteLength < HEAD_BYTES) throw new CryptoError('ERR_BLOCK_DAMAGED', `the sealed block is ${frame.byteLength} bytes, too short to name its key`)
  return view(frame).subarray(1, HEAD_BYTES).toString('hex')
}

/** Block ids and sealing under one data key. */
export class BlockCipher {
  /** the data key's fingerprint (16 hex digits) */
  readonly fingerprint: string
  readonly #idKey: Buffer
  readonly #blake3IdKey: Buffer
  readonly #sealKey: Buffer
  readonly #head: Buffer

  constructor (dataKey: Uint8Array) {
    checkKeyMaterial(dataKey, 'a data key')
    this.fingerprint = dataKeyFingerprint(dataKey)
    this.#idKey = deriveKey(dataKey, 'block-id')
    this.#blake3IdKey = deriveKey(dataKey, 'block-id-blake3')
    this.#sealKey = deriveKey(dataKey, 'block-seal')
    this.#head = Buffer.concat([Buffer.from([SEAL_VERSION]), Buffer.from(this.fingerprint, 'hex')])
  }

  /**
   * The block's id in a repository of `algorithm`'s block digest: HMAC-SHA-256 of the raw
   * (uncompressed) block under the id key, or keyed BLAKE3 under the BLAKE3 id key.
   */
  blockId (raw: Uint8Array, algorithm: DigestAlgorithm = 'sha256'): Buffer {
    if (algorithm === 'blake3') return Blake3Hasher.newKeyed(this.#blake3IdKey).update(raw).digestBuffer()
    return createHmac('sha256', this.#idKey).update(raw).digest()
  }

  /** True when `raw` is the block `id` names (a restore's last check, after decompressing). */
  isBlock (id: Uint8Array, raw: Uint8Array, algorithm: DigestAlgorithm = 'sha256'): boolean {
    return id.byteLength === BLOCK_ID_BYTES && timingSafeEqual(this.blockId(raw, algorithm), id)
  }

  /**
   * Seals `payload` (the block as stored: compressed or not) for the block `id`. Writes the frame
   * into `output` when given (it needs {@link sealedLength} bytes), and returns the frame.
   */
  seal (id: Uint8Array, payload: Uint8Array, output?: Uint8Array): Buffer {
    this.#checkId(id)
    const length = sealedLength(payload.byteLength)
    if (output !== undefined && output.byteLength < length) {
      throw new CryptoError('ERR_BAD_KEY_MATERIAL', `the output for a sealed block of ${length} bytes has only ${output.byteLength}`)
    }
    const frame = output === undefined ? Buffer.allocUnsafe(length) : view(output).subarray(0, length)
    this.#head.copy(frame, 0)
    const nonce = frame.subarray(HEAD_BYTES, CIPHERTEXT_AT)
    randomFillSync(nonce)
    const cipher = createCipheriv('aes-256-gcm', this.#sealKey, nonce)
    cipher.setAAD(this.#associated(id))
    let at = CIPHERTEXT_AT
    for (let from = 0; from < payload.byteLength; from += PIECE) at += cipher.update(payload.subarray(from, from + PIECE)).copy(frame, at)
    at += cipher.final().copy(frame, at)
    at += cipher.getAuthTag().copy(frame, at)
    frame.writeUInt32LE(crc32(frame.subarray(0, at)), at)
    return frame
  }

  /**
   * Opens a frame sealed for the block `id`: the payload, written into `output` when given.
   * Throws ERR_BLOCK_DAMAGED for a damaged or altered frame, ERR_WRONG_KEY for another key's.
   */
  open (id: Uint8Array, frame: Uint8Array, output?: Uint8Array): Buffer {
    this.#checkId(id)
    const damage = checkSealedFrame(frame)
    if (damage !== undefined) throw new CryptoError('ERR_BLOCK_DAMAGED', `${damage}: the stored copy of block ${hex(id)} is damaged`)
    const f = view(frame)
    const key = sealedFrameKey(f)
    if (key !== this.fingerprint) {
      throw new CryptoError('ERR_WRONG_KEY', `block ${hex(id)} is sealed under key ${key}, not under the key given (${this.fingerprint}): give key ${key}`)
    }
    const tagAt = f.byteLength - CRC_BYTES - TAG_BYTES
    const payloadLength = tagAt - CIPHERTEXT_AT
    if (output !== undefined && output.byteLength < payloadLength) {
      throw new CryptoError('ERR_BAD_KEY_MATERIAL', `the output for a block of ${payloadLength} bytes has only ${output.byteLength}`)
    }
    const decipher = createDecipheriv('aes-256-gcm', this.#sealKey, f.subarray(HEAD_BYTES, CIPHERTEXT_AT))
    decipher.setAAD(this.#associated(id))
    decipher.setAuthTag(f.subarray(tagAt, tagAt + TAG_BYTES))
    // the plaintext is written out before the tag is checked, so it is wiped if the tag fails
    const into = output === undefined ? Buffer.allocUnsafe(payloadLength) : view(output).subarray(0, payloadLength)
    let at = 0
    for (let from = CIPHERTEXT_AT; from < tagAt; from += PIECE) at += decipher.update(f.subarray(from, Math.min(from + PIECE, tagAt))).copy(into, at)
    try {
      decipher.final()
    } catch {
      into.fill(0)
      throw new CryptoError('ERR_BLOCK_DAMAGED',
        `block ${hex(id)} does not authenticate under its key ${key} although its checksum holds: it was altered, or stored under another block's id`)
    }
    return into
  }

  #associated (id: Uint8Array): Buffer {
    return Buffer.concat([this.#head, id])
  }

  #checkId (id: Uint8Array): void {
    if (id.byteLength !== BLOCK_ID_BYTES) throw new CryptoError('ERR_BAD_KEY_MATERIAL', `a block id is ${BLOCK_ID_BYTES} bytes, not ${id.byteLength}`)
  }
}

function hex (id: Uint8Array): string {
  return view(id).subarray(0, 8).toString('hex')
}
