/**
 * @packageDocumentation
 * Named keys and their stored form. A data key is 32 random bytes; it is stored only wrapped by a
 * passphrase (node/core/crypto/passphrase-wrap.ts), in a versioned, self-describing JSON document
 * that the manager's catalog keeps and `key export` writes. The document shows the key's name and
 * fingerprint and never anything the key could be learnt from; changing the passphrase rewraps
 * the same key (fingerprint, block ids and sealed blocks unchanged). A recovery key pair's private
 * half is stored the same way (kind "recovery", node/core/crypto/recovery-key.ts), with its public
 * half in the clear beside it.
 *
 * ```json
 * { "format": "meshbackup-key", "version": 1, "kind": "data", "name": "prod",
 *   "fingerprint": "3f9a0c17d2e4b865", "created": "2026-12-07T00:00:00.000Z",
 *   "kdf": { "name": "scrypt", "N": 65536, "r": 8, "p": 1, "salt": "<base64>" },
 *   "cipher": "aes-256-gcm", "nonce": "<base64>", "wrapped": "<base64: key, then tag>" }
 * ```
 *
 * @example
 * ```ts
 * const { file, key } = await createDataKey({ name: 'prod', passphrase })
 * await writeFile('prod.key', formatKeyFile(file))
 * const same = await unlockDataKey(parseKeyFile(text), passphrase)        // ERR_WRONG_PASSPHRASE if not
 * const rewrapped = await changePassphrase(file, passphrase, newPassphrase)
 * ```
 */
import { randomBytes } from 'node:crypto'
import { CryptoError } from './crypto-error.ts'
import { dataKeyFingerprint } from './fingerprint.ts'
import { checkWrapped, unwrapSecret, wrapSecret, type ScryptParams, type WrappedKind, type WrappedSecret } from './passphrase-wrap.ts'

export const KEY_FILE_FORMAT = 'meshbackup-key'
export const KEY_FILE_VERSION = 1

/** A key as stored: its name, when it was made, and the secret wrapped by a passphrase. */
export interface KeyFile {
  name: string
  created: string
  wrapped: WrappedSecret
  /** a recovery key pair's public half (32 bytes, X25519); absent for a data key */
  publicKey?: Buffer
}

/** A data key in memory: for a task's life on a proxy, or a restore's. */
export interface DataKey {
  name: string
  fingerprint: string
  /** the 32 secret bytes */
  material: Buffer
}

/** A data key as the data path needs it: its bytes and the fingerprint that names it. */
export type KeyMaterial = { material: Uint8Array, fingerprint: string }

/** Key names go in file names and command lines: keep them plain. */
export function checkKeyName (name: string): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(name)) {
    throw new CryptoError('ERR_BAD_KEY_NAME', `"${name}" is not a key name: use 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit`)
  }
}

/** A new random data key, and its stored form wrapped by `passphrase`. */
export async function createDataKey (init: { name: string, passphrase: string | Uint8Array, scrypt?: ScryptParams, now?: Date }): Promise<{ file: KeyFile, key: DataKey }> {
  checkKeyName(init.name)
  const material = randomBytes(32)
  const fingerprint = dataKeyFingerprint(material)
  const wrapped = await wrapSecret({ kind: 'data', secret: material, fingerprint, passphrase: init.passphrase, scrypt: init.scrypt })
  return {
    file: { name: init.name, created: (init.now ?? new Date()).toISOString(), wrapped },
    key: { name: init.name, fingerprint, material }
  }
}

/** The data key a file holds, or ERR_WRONG_PASSPHRASE; ERR_BAD_KEY_FILE for a recovery key's file. */
export async function unlockDataKey (file: KeyFile, passphrase: string | Uint8Array): Promise<DataKey> {
  expectKind(file, 'data')
  const material = await unwrapSecret(file.wrapped, passphrase, `key "${file.name}"`)
  // the fingerprint is bound to the wrapping, so this fails only for a file made wrongly
  if (dataKeyFingerprint(material) !== file.wrapped.fingerprint) {
    throw new CryptoError('ERR_BAD_KEY_FILE', `key "${file.name}" opens to a key whose fingerprint is not ${file.wrapped.fingerprint}: the key file was not made by meshbackup`)
  }
  return { name: file.name, fingerprint: file.wrapped.fingerprint, material }
}

/** The same key wrapped by a new passphrase (a fresh salt and nonce); the old passphrase must open it. */
export async function changePassphrase (file: KeyFile, oldPassphrase: string | Uint8Array, newPassphrase: string | Uint8Array, scrypt?: ScryptParams): Promise<KeyFile> {
  const secret = await unwrapSecret(file.wrapped, oldPassphrase, `key "${file.name}"`)
  const wrapped = await wrapSecret({ kind: file.wrapped.kind, secret, fingerprint: file.wrapped.fingerprint, passphrase: newPassphrase, scrypt: scrypt ?? file.wrapped.kdf })
  return { ...file, wrapped }
}

export function expectKind (file: KeyFile, kind: WrappedKind): void {
  if (file.wrapped.kind !== kind) {
    const what = (k: WrappedKind): string => k === 'data' ? 'a data key' : 'a recovery key pair'
    throw new CryptoError('ERR_BAD_KEY_FILE', `key "${file.name}" (${file.wrapped.fingerprint}) is ${what(file.wrapped.kind)}, not ${what(kind)}`)
  }
}

/** The JSON document of a key file. */
export function formatKeyFile (file: KeyFile): string {
  const { wrapped } = file
  return JSON.stringify({
    format: KEY_FILE_FORMAT,
    version: KEY_FILE_VERSION,
    kind: wrapped.kind,
    name: file.name,
    fingerprint: wrapped.fingerprint,
    created: file.created,
    kdf: { name: 'scrypt', N: wrapped.kdf.N, r: wrapped.kdf.r, p: wrapped.kdf.p, salt: wrapped.kdf.salt.toString('base64') },
    cipher: 'aes-256-gcm',
    nonce: wrapped.nonce.toString('base64'),
    wrapped: wrapped.sealed.toString('base64'),
    ...(file.publicKey === undefined ? {} : { publicKey: file.publicKey.toString('base64') })
  }, null, 2) + '\n'
}

/** Reads a key file's JSON; ERR_BAD_KEY_FILE, naming the field, when it is not one this version reads. */
export function parseKeyFile (text: string): KeyFile {
  const bad = (why: string): never => { throw new CryptoError('ERR_BAD_KEY_FILE', `not a meshbackup key file: ${why}`) }
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (err) {
    return bad(`it is not JSON (${(err as Error).message})`)
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return bad('it is not a JSON object')
  const d = doc as Record<string, unknown>
  if (d.format !== KEY_FILE_FORMAT) return bad(`"format" is ${JSON.stringify(d.format)}, not "${KEY_FILE_FORMAT}"`)
  if (d.version !== KEY_FILE_VERSION) return bad(`"version" ${JSON.stringify(d.version)} is not one this meshbackup reads (${KEY_FILE_VERSION}): use a newer meshbackup`)
  const text_ = (v: unknown, field: string): string => typeof v === 'string' ? v : bad(`"${field}" is not text`)
  const number = (v: unknown, field: string): number => typeof v === 'number' ? v : bad(`"${field}" is not a number`)
  const base64 = (v: unknown, field: string): Buffer => {
    const s = text_(v, field)
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s)) bad(`"${field}" is not base64`)
    return Buffer.from(s, 'base64')
  }
  const kdf = d.kdf as Record<string, unknown> | undefined
  if (typeof kdf !== 'object' || kdf === null) return bad('"kdf" is missing')
  if (kdf.name !== 'scrypt') return bad(`"kdf.name" is ${JSON.stringify(kdf.name)}, not "scrypt"`)
  if (d.cipher !== 'aes-256-gcm') return bad(`"cipher" is ${JSON.stringify(d.cipher)}, not "aes-256-gcm"`)
  const name = text_(d.name, 'name')
  const wrapped: WrappedSecret = {
    kind: text_(d.kind, 'kind') as WrappedKind,
    fingerprint: text_(d.fingerprint, 'fingerprint'),
    kdf: { N: number(kdf.N, 'kdf.N'), r: number(kdf.r, 'kdf.r'), p: number(kdf.p, 'kdf.p'), salt: base64(kdf.salt, 'kdf.salt') },
    nonce: base64(d.nonce, 'nonce'),
    sealed: base64(d.wrapped, 'wrapped')
  }
  checkWrapped(wrapped)
  const file: KeyFile = { name, created: text_(d.created, 'created'), wrapped }
  // a recovery key imported from paper has no public half until it is unlocked once
  if (wrapped.kind === 'recovery' && d.publicKey !== undefined) {
    const publicKey = base64(d.publicKey, 'publicKey')
    if (publicKey.byteLength !== 32) return bad(`"publicKey" is ${publicKey.byteLength} bytes, not 32`)
    file.publicKey = publicKey
  }
  return file
}
