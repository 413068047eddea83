/**
 * @packageDocumentation
 * Fingerprints: the public name of a key, shown in listings, recorded in each point and in each
 * sealed block, so that "which key is missing" can always be answered without the key.
 *
 * A data key's fingerprint is the first 8 bytes (16 hex digits) of SHA-256 of its public id, an
 * HKDF output of the key under its own label: it names the key and says nothing of the block keys
 * derived from it under other labels (HKDF outputs under different labels are independent). A
 * recovery key pair's fingerprint is the same prefix of SHA-256 of its public half.
 *
 * @example
 * ```ts
 * const fp = dataKeyFingerprint(material)      // '3f9a0c17d2e4b865'
 * fingerprintBytes(fp)                         // the 8 bytes a sealed block carries
 * ```
 */
import { createHash, hkdfSync } from 'node:crypto'
import { CryptoError } from './crypto-error.ts'

/** Bytes of every symmetric key here (AES-256, HMAC-SHA-256, X25519). */
export const KEY_BYTES = 32
/** Bytes of a fingerprint (16 hex digits). */
export const FINGERPRINT_BYTES = 8

/** HKDF-SHA-256 of `material` under `label`: independent keys from one, by purpose. */
export function deriveKey (material: Uint8Array, label: string, bytes = KEY_BYTES): Buffer {
  return Buffer.from(hkdfSync('sha256', material, Buffer.alloc(0), `meshbackup/v1/${label}`, bytes))
}

/** Refuses key material of the wrong size, naming what it is for. */
export function checkKeyMaterial (material: Uint8Array, what: string): void {
  if (material.byteLength !== KEY_BYTES) {
    throw new CryptoError('ERR_BAD_KEY_MATERIAL', `${what} must be ${KEY_BYTES} bytes, not ${material.byteLength}`)
  }
}

function fingerprintOf (publicBytes: Uint8Array): string {
  return createHash('sha256').update(publicBytes).digest().subarray(0, FINGERPRINT_BYTES).toString('hex')
}

/** The fingerprint of a data key (a job's or a named key's). */
export function dataKeyFingerprint (material: Uint8Array): string {
  checkKeyMaterial(material, 'a data key')
  return fingerprintOf(deriveKey(material, 'key-id'))
}

/** The fingerprint of a recovery key pair, from its public half. */
export function recoveryKeyFingerprint (publicKey: Uint8Array): string {
  checkKeyMaterial(publicKey, 'a recovery public key')
  return fingerprintOf(publicKey)
}

/** Whether `text` has the form of a key fingerprint: 16 lower-case hex digits. */
export function isKeyFingerprint (text: string): boolean {
  return /^[0-9a-f]{16}$/.test(text)
}

/** A fingerprint as the bytes that are stored in binary forms. */
export function fingerprintBytes (fingerprint: string): Buffer {
  if (!isKeyFingerprint(fingerprint)) throw new CryptoError('ERR_BAD_KEY_MATERIAL', `"${fingerprint}" is not a key fingerprint (16 hex digits)`)
  return Buffer.from(fingerprint, 'hex')
}
