/**
 * @packageDocumentation
 * The recovery key pair (PBS's "master key"): its public half wraps every job key into every
 * point it protects, so that whoever holds the private half can restore anything even with the
 * manager and its catalog gone. The private half is stored passphrase-wrapped like a data key
 * (node/core/crypto/key-file.ts, kind "recovery") and is best kept offline, on paper.
 *
 * X25519 with HKDF-SHA-256 and AES-256-GCM (an ECIES "sealed box"), from node:crypto, rather than
 * PBS's RSA: the private half is 32 bytes, so its paper key is six typed lines where an RSA-4096
 * key would be about a hundred; a pair is made in a millisecond (RSA-4096: seconds); a wrap is
 * 113 bytes per point (RSA-OAEP-4096: 512); and there is no padding to get wrong.
 *
 * A wrap, 113 bytes: "MBRW" | version u8 = 1 | recovery key fingerprint [8] | data key
 * fingerprint [8] | ephemeral public key [32] | nonce [12] | sealed key [32] | tag [16]. The
 * sealing key is HKDF(X25519(ephemeral, recovery public), salt = ephemeral public ‖ recovery
 * public); the associated data is everything before the nonce. Both fingerprints are readable
 * without any key, so a restore can say which recovery key it needs.
 *
 * @example
 * ```ts
 * const { file, publicKey } = await createRecoveryKeyPair({ name: 'office-safe', passphrase })
 * const wrap = wrapForRecovery(publicKey, dataKey)                // stored in every point
 * const pair = await unlockRecoveryKey(file, passphrase)
 * const dataKey2 = unwrapWithRecovery(pair, wrap)                 // ERR_WRONG_RECOVERY_KEY if not its pair
 * ```
 */
import { createCipheriv, createDecipheriv, createPrivateKey, createPublicKey, diffieHellman, generateKeyPairSync, hkdfSync, randomBytes, type KeyObject } from 'node:crypto'
import { CryptoError } from './crypto-error.ts'
import { checkKeyMaterial, dataKeyFingerprint, recoveryKeyFingerprint } from './fingerprint.ts'
import { checkKeyName, expectKind, type DataKey, type KeyFile } from './key-file.ts'
import { unwrapSecret, wrapSecret, type ScryptParams } from './passphrase-wrap.ts'

/** The public half: what the manager keeps to wrap job keys, and may show anyone. */
export interface RecoveryPublicKey {
  name: string
  fingerprint: string
  /** 32 bytes, X25519 */
  raw: Buffer
}

/** Both halves, unlocked: for a restore without the manager. */
export interface RecoveryKeyPair extends RecoveryPublicKey {
  privateKey: KeyObject
}

const MAGIC = Buffer.from('MBRW')
const VERSION = 1
export const RECOVERY_WRAP_BYTES = 113
const HEADER_BYTES = 4 + 1 + 8 + 8 + 32
const NONCE_BYTES = 12
/** PKCS#8 DER of an X25519 private key, up to its 32 raw bytes (RFC 8410) */
const PKCS8_X25519 = Buffer.from('302e020100300506032b656e04220420', 'hex')

function rawPublic (key: KeyObject): Buffer {
  return Buffer.from(key.export({ format: 'jwk' }).x!, 'base64url')
}

function publicKeyObject (raw: Buffer): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: raw.toString('base64url') }, format: 'jwk' })
}

/** A new recovery key pair; its private half wrapped by `passphrase` in a key file. */
export async function createRecoveryKeyPair (init: { name: string, passphrase: string | Uint8Array, scrypt?: ScryptParams, now?: Date }): Promise<{ file: KeyFile, publicKey: RecoveryPublicKey }> {
  checkKeyName(init.name)
  const pair = generateKeyPairSync('x25519')
  const secret = Buffer.from(pair.privateKey.export({ format: 'jwk' }).d!, 'base64url')
  const raw = rawPublic(pair.publicKey)
  const fingerprint = recoveryKeyFingerprint(raw)
  const wrapped = await wrapSecret({ kind: 'recovery', secret, fingerprint, passphrase: init.passphrase, scrypt: init.scrypt })
  return {
    file: { name: init.name, created: (init.now ?? new Date()).toISOString(), wrapped, publicKey: raw },
    publicKey: { name: init.name, fingerprint, raw }
  }
}

/** The public half a recovery key file carries. */
export function recoveryPublicKey (file: KeyFile): RecoveryPublicKey {
  expectKind(file, 'recovery')
  if (file.publicKey === undefined) {
    throw new CryptoError('ERR_BAD_KEY_FILE', `recovery key "${file.name}" (${file.wrapped.fingerprint}) was imported without its public half: unlock it once with its passphrase`)
  }
  return publicFromRaw(file.name, file.publicKey, file.wrapped.fingerprint)
}

function publicFromRaw (name: string, raw: Buffer, expected: string): RecoveryPublicKey {
  checkKeyMaterial(raw, 'a recovery public key')
  const fingerprint = recoveryKeyFingerprint(raw)
  if (fingerprint !== expected) throw new CryptoError('ERR_BAD_KEY_FILE', `recovery key "${name}": its public half has fingerprint ${fingerprint}, not ${expected}: the key file is damaged`)
  return { name, fingerprint, raw }
}

/** Both halves of the pair, or ERR_WRONG_PASSPHRASE. Works for a file imported from paper too. */
export async function unlockRecoveryKey (file: KeyFile, passphrase: string | Uint8Array): Promise<RecoveryKeyPair> {
  expectKind(file, 'recovery')
  const secret = await unwrapSecret(file.wrapped, passphrase, `recovery key "${file.name}"`)
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_X25519, secret]), format: 'der', type: 'pkcs8' })
  const pub = publicFromRaw(file.name, rawPublic(createPublicKey(privateKey)), file.wrapped.fingerprint)
  return { ...pub, privateKey }
}

/** Which keys a wrap needs and holds, read without any key. */
export function describeRecoveryWrap (wrap: Uint8Array): { recovery: string, key: string } {
  const w = Buffer.from(wrap)
  if (w.byteLength !== RECOVERY_WRAP_BYTES || !w.subarray(0, 4).equals(MAGIC)) {
    throw new CryptoError('ERR_RECOVERY_WRAP_DAMAGED', `a recovery wrap is ${RECOVERY_WRAP_BYTES} bytes starting "MBRW"; this one (${w.byteLength} bytes) is damaged or something else`)
  }
  if (w[4] !== VERSION) throw new CryptoError('ERR_RECOVERY_WRAP_DAMAGED', `the recovery wrap has version ${w[4]}, which this meshbackup does not know: use a newer one`)
  return { recovery: w.subarray(5, 13).toString('hex'), key: w.subarray(13, 21).toString('hex') }
}

function sealingKey (shared: Buffer, ephemeral: Buffer, recipient: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', shared, Buffer.concat([ephemeral, recipient]), 'meshbackup/v1/recovery-wrap', 32))
}

/** Wraps a data key to the recovery public key: the bytes to store with a point. */
export function wrapForRecovery (recovery: RecoveryPublicKey, key: Pick<DataKey, 'material'>): Buffer {
  checkKeyMaterial(key.material, 'a data key')
  const ephemeral = generateKeyPairSync('x25519')
  const ephemeralRaw = rawPublic(ephemeral.publicKey)
  const shared = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: publicKeyObject(recovery.raw) })
  const header = Buffer.concat([MAGIC, Buffer.from([VERSION]), Buffer.from(recovery.fingerprint, 'hex'), Buffer.from(dataKeyFingerprint(key.material), 'hex'), ephemeralRaw])
  const nonce = randomBytes(NONCE_BYTES)
  const cipher = createCipheriv('aes-256-gcm', sealingKey(shared, ephemeralRaw, recovery.raw), nonce)
  cipher.setAAD(header)
  return Buffer.concat([header, nonce, cipher.update(key.material), cipher.final(), cipher.getAuthTag()])
}

/** The data key a wrap holds. ERR_WRONG_RECOVERY_KEY for another pair's wrap, ERR_RECOVERY_WRAP_DAMAGED for an altered one. */
export function unwrapWithRecovery (pair: RecoveryKeyPair, wrap: Uint8Array, name?: string): DataKey {
  const { recovery, key } = describeRecoveryWrap(wrap)
  if (recovery !== pair.fingerprint) {
    throw new CryptoError('ERR_WRONG_RECOVERY_KEY', `data key ${key} is wrapped for recovery key ${recovery}, not for "${pair.name}" (${pair.fingerprint}): give recovery key ${recovery}`)
  }
  const w = Buffer.from(wrap)
  const header = w.subarray(0, HEADER_BYTES)
  const ephemeralRaw = w.subarray(HEADER_BYTES - 32, HEADER_BYTES)
  const damaged = (why: string): never => {
    throw new CryptoError('ERR_RECOVERY_WRAP_DAMAGED', `the recovery wrap of data key ${key} ${why}: it is damaged or was altered; use the key itself, or another point's wrap`)
  }
  let shared: Buffer
  try {
    shared = diffieHellman({ privateKey: pair.privateKey, publicKey: publicKeyObject(ephemeralRaw) })
  } catch {
    return damaged('has an invalid ephemeral key')
  }
  const sealed = w.subarray(HEADER_BYTES + NONCE_BYTES)
  const decipher = createDecipheriv('aes-256-gcm', sealingKey(shared, ephemeralRaw, pair.raw), w.subarray(HEADER_BYTES, HEADER_BYTES + NONCE_BYTES))
  decipher.setAAD(header)
  decipher.setAuthTag(sealed.subarray(32))
  const material = decipher.update(sealed.subarray(0, 32))
  try {
    decipher.final()
  } catch {
    return damaged('does not authenticate')
  }
  if (dataKeyFingerprint(material) !== key) damaged(`opens to a key whose fingerprint is not ${key}`)
  return { name: name ?? key, fingerprint: key, material }
}

/** The JSON of a public half, for the manager or anyone who should wrap keys to it. */
export function formatRecoveryPublicKey (key: RecoveryPublicKey): string {
  return JSON.stringify({ format: 'meshbackup-recovery-public-key', version: 1, name: key.name, fingerprint: key.fingerprint, publicKey: key.raw.toString('base64') }, null, 2) + '\n'
}

export function parseRecoveryPublicKey (text: string): RecoveryPublicKey {
  let d: Record<string, unknown>
  try {
    d = JSON.parse(text) as Record<string, unknown>
  } catch {
    throw new CryptoError('ERR_BAD_KEY_FILE', 'not a recovery public key: it is not JSON')
  }
  if (d?.format !== 'meshbackup-recovery-public-key' || d.version !== 1 || typeof d.name !== 'string' || typeof d.fingerprint !== 'string' || typeof d.publicKey !== 'string') {
    throw new CryptoError('ERR_BAD_KEY_FILE', 'not a meshbackup recovery public key (version 1): format, version, name, fingerprint or publicKey is missing')
  }
  return publicFromRaw(d.name, Buffer.from(d.publicKey, 'base64'), d.fingerprint)
}
