/**
 * @packageDocumentation
 * A 32-byte secret (a data key, or a recovery key pair's private half) wrapped by a passphrase:
 * scrypt (N = 65536, r = 8, p = 1, a random 16-byte salt — what PBS, restic and kopia use) derives
 * a wrapping key, AES-256-GCM seals the secret with it. The associated data binds the kind, the
 * fingerprint and the scrypt parameters, so none of them can be edited without the unwrap
 * failing. A wrong passphrase fails the GCM tag: ERR_WRONG_PASSPHRASE.
 *
 * Two forms of the same thing: the fields here (node/core/crypto/key-file.ts writes them as JSON),
 * and a compact binary form of {@link WRAPPED_BYTES} bytes for the paper key and its QR code:
 * ```
 *   0 version u8 = 1 | 1 kind u8 (1 data, 2 recovery) | 2 log2 N u8 | 3 r u8 | 4 p u8
 *   5 fingerprint [8] | 13 salt [16] | 29 nonce [12] | 41 sealed secret [32] | 73 tag [16]
 * ```
 *
 * @example
 * ```ts
 * const wrapped = await wrapSecret({ kind: 'data', secret, fingerprint, passphrase })
 * const secret2 = await unwrapSecret(wrapped, passphrase)   // ERR_WRONG_PASSPHRASE if not
 * ```
 */
import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto'
import { CryptoError } from './crypto-error.ts'
import { checkKeyMaterial, fingerprintBytes, KEY_BYTES } from './fingerprint.ts'

export type WrappedKind = 'data' | 'recovery'

export interface ScryptParams {
  N: number
  r: number
  p: number
}

export interface WrappedSecret {
  kind: WrappedKind
  /** the fingerprint of the key the secret is (16 hex digits) */
  fingerprint: string
  kdf: ScryptParams & { salt: Buffer }
  nonce: Buffer
  /** the secret under AES-256-GCM, then its 16-byte tag */
  sealed: Buffer
}

/** The cost every new key gets; a file may carry other values within {@link checkScryptParams}'s bounds. */
export const DEFAULT_SCRYPT: ScryptParams = { N: 65536, r: 8, p: 1 }
export const WRAPPED_BYTES = 89
const SALT_BYTES = 16
const NONCE_BYTES = 12
const TAG_BYTES = 16
const KINDS: WrappedKind[] = ['data', 'recovery']

/** Scrypt parameters a key file may carry: enough to resist guessing, not so much a bad file can exhaust memory. */
export function checkScryptParams (params: ScryptParams): void {
  const { N, r, p } = params
  const ok = Number.isInteger(N) && N >= 1024 && N <= 1 << 20 && (N & (N - 1)) === 0 &&
    Number.isInteger(r) && r >= 1 && r <= 32 && Number.isInteger(p) && p >= 1 && p <= 16 &&
    128 * N * r <= 1 << 30
  if (!ok) throw new CryptoError('ERR_BAD_KEY_FILE', `scrypt parameters N=${N} r=${r} p=${p} are out of bounds (N a power of two from 1024 to 2^20, r 1..32, p 1..16, at most 1 GiB of memory): the key file is damaged or not meshbackup's`)
}

/** Passphrases are text; the same text typed on another system must give the same key. */
function passphraseBytes (passphrase: string | Uint8Array): Buffer {
  const bytes = typeof passphrase === 'string' ? Buffer.from(passphrase.normalize('NFC'), 'utf8') : Buffer.from(passphrase)
  if (bytes.byteLength === 0) throw new CryptoError('ERR_BAD_PASSPHRASE', 'the passphrase is empty: give one (a file with --passphrase-file, or typed when asked)')
  return bytes
}

async function wrappingKey (passphrase: string | Uint8Array, kdf: ScryptParams & { salt: Buffer }): Promise<Buffer> {
  const { promise, resolve, reject } = Promise.withResolvers<Buffer>()
  // scrypt needs 128·N·r bytes; Node refuses past 32 MiB unless told
  scrypt(passphraseBytes(passphrase), kdf.salt, KEY_BYTES, { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: 256 * kdf.N * kdf.r + (1 << 20) },
    (err, key) => err === null ? resolve(key) : reject(err))
  return await promise
}

function associated (kind: WrappedKind, fingerprint: string, kdf: ScryptParams): Buffer {
  return Buffer.from(`meshbackup wrapped key v1\0${kind}\0${fingerprint}\0scrypt ${kdf.N} ${kdf.r} ${kdf.p}`)
}

/** Wraps `secret` (32 bytes) under `passphrase`, with a fresh salt and nonce. */
export async function wrapSecret (init: { kind: WrappedKind, secret: Uint8Array, fingerprint: string, passphrase: string | Uint8Array, scrypt?: ScryptParams }): Promise<WrappedSecret> {
  checkKeyMaterial(init.secret, `a ${init.kind} key`)
  fingerprintBytes(init.fingerprint)
  const params = init.scrypt ?? DEFAULT_SCRYPT
  checkScryptParams(params)
  const kdf = { ...params, salt: randomBytes(SALT_BYTES) }
  const nonce = randomBytes(NONCE_BYTES)
  const cipher = createCipheriv('aes-256-gcm', await wrappingKey(init.passphrase, kdf), nonce)
  cipher.setAAD(associated(init.kind, init.fingerprint, kdf))
  const sealed = Buffer.concat([cipher.update(init.secret), cipher.final(), cipher.getAuthTag()])
  return { kind: init.kind, fingerprint: init.fingerprint, kdf, nonce, sealed }
}

/** The secret, or ERR_WRONG_PASSPHRASE. `what` names the key in the message ('key "prod"'). */
export async function unwrapSecret (wrapped: WrappedSecret, passphrase: string | Uint8Array, what = `key ${wrapped.fingerprint}`): Promise<Buffer> {
  checkWrapped(wrapped)
  const decipher = createDecipheriv('aes-256-gcm', await wrappingKey(passphrase, wrapped.kdf), wrapped.nonce)
  decipher.setAAD(associated(wrapped.kind, wrapped.fingerprint, wrapped.kdf))
  decipher.setAuthTag(wrapped.sealed.subarray(KEY_BYTES))
  const secret = decipher.update(wrapped.sealed.subarray(0, KEY_BYTES))
  try {
    decipher.final()
  } catch {
    throw new CryptoError('ERR_WRONG_PASSPHRASE',
      `the passphrase does not open ${what} (fingerprint ${wrapped.fingerprint}); check it and try again (if you are sure of it, the key's stored copy was altered: use another copy)`)
  }
  return secret
}

/** Refuses a wrapped secret whose fields do not have their sizes (a damaged or foreign file). */
export function checkWrapped (wrapped: WrappedSecret): void {
  const bad = (what: string): never => { throw new CryptoError('ERR_BAD_KEY_FILE', `the wrapped key's ${what}: the key file is damaged or not meshbackup's`) }
  if (!KINDS.includes(wrapped.kind)) bad(`kind "${String(wrapped.kind)}" is unknown`)
  if (!/^[0-9a-f]{16}$/.test(wrapped.fingerprint)) bad('fingerprint is not 16 hex digits')
  checkScryptParams(wrapped.kdf)
  if (wrapped.kdf.salt.byteLength !== SALT_BYTES) bad(`salt is ${wrapped.kdf.salt.byteLength} bytes, not ${SALT_BYTES}`)
  if (wrapped.nonce.byteLength !== NONCE_BYTES) bad(`nonce is ${wrapped.nonce.byteLength} bytes, not ${NONCE_BYTES}`)
  if (wrapped.sealed.byteLength !== KEY_BYTES + TAG_BYTES) bad(`sealed secret is ${wrapped.sealed.byteLength} bytes, not ${KEY_BYTES + TAG_BYTES}`)
}

/** The compact binary form (for paper and QR). */
export function encodeWrapped (wrapped: WrappedSecret): Buffer {
  checkWrapped(wrapped)
  const out = Buffer.alloc(WRAPPED_BYTES)
  out[0] = 1
  out[1] = KINDS.indexOf(wrapped.kind) + 1
  out[2] = Math.log2(wrapped.kdf.N)
  out[3] = wrapped.kdf.r
  out[4] = wrapped.kdf.p
  Buffer.from(wrapped.fingerprint, 'hex').copy(out, 5)
  wrapped.kdf.salt.copy(out, 13)
  wrapped.nonce.copy(out, 29)
  wrapped.sealed.copy(out, 41)
  return out
}

/** Reads the compact binary form back; ERR_BAD_KEY_FILE when it is not one. */
export function decodeWrapped (bytes: Uint8Array): WrappedSecret {
  const b = Buffer.from(bytes)
  if (b.byteLength !== WRAPPED_BYTES) throw new CryptoError('ERR_BAD_KEY_FILE', `a wrapped key is ${WRAPPED_BYTES} bytes, this one ${b.byteLength}`)
  if (b[0] !== 1) throw new CryptoError('ERR_BAD_KEY_FILE', `the wrapped key has version ${b[0]}, which this meshbackup does not know: use a newer one`)
  const kind = KINDS[b[1]! - 1]
  if (kind === undefined) throw new CryptoError('ERR_BAD_KEY_FILE', `the wrapped key's kind ${b[1]} is unknown`)
  if (b[2]! > 30) throw new CryptoError('ERR_BAD_KEY_FILE', `the wrapped key's scrypt cost 2^${b[2]} is out of bounds`)
  const wrapped: WrappedSecret = {
    kind,
    fingerprint: b.subarray(5, 13).toString('hex'),
    kdf: { N: 2 ** b[2]!, r: b[3]!, p: b[4]!, salt: b.subarray(13, 29) },
    nonce: b.subarray(29, 41),
    sealed: b.subarray(41, 89)
  }
  checkWrapped(wrapped)
  return wrapped
}
