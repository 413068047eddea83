/**
 * Tests for node/core/crypto/key-file.ts and passphrase-wrap.ts: a data key stored wrapped by
 * scrypt at the real cost, read back from its JSON, opened only by its passphrase (a stable code
 * otherwise), rewrapped by a passphrase change without changing the key, and files that are
 * damaged, edited or foreign refused naming what is wrong. Most cases use a cheaper scrypt
 * (N = 1024) so the suite stays quick; one runs the default N = 65536.
 */
import assert from 'node:assert/strict'
import { hasCode } from '../../../helpers/coded-error.ts'
import { createHash, hkdfSync } from 'node:crypto'
import { BlockCipher } from '../../../../node/core/crypto/block-cipher.ts'
import { dataKeyFingerprint } from '../../../../node/core/crypto/fingerprint.ts'
import { changePassphrase, createDataKey, formatKeyFile, parseKeyFile, unlockDataKey } from '../../../../node/core/crypto/key-file.ts'
import { decodeWrapped, DEFAULT_SCRYPT, encodeWrapped, WRAPPED_BYTES } from '../../../../node/core/crypto/passphrase-wrap.ts'
import { createRecoveryKeyPair } from '../../../../node/core/crypto/recovery-key.ts'

const QUICK = { N: 1024, r: 8, p: 1 }

describe('node/core/crypto/key-file', function () {
  this.timeout(30_000)

  it('stores a random key wrapped by scrypt N=65536 r=8 p=1, and only its passphrase opens it', async function () {
    const { file, key } = await createDataKey({ name: 'prod', passphrase: 'correct horse battery staple' })
    assert.equal(key.material.byteLength, 32)
    assert.equal(key.fingerprint, dataKeyFingerprint(key.material))
    // the first 16 hex digits of SHA-256 of the key's public id, an HKDF output under its own label
    const publicId = Buffer.from(hkdfSync('sha256', key.material, Buffer.alloc(0), 'meshbackup/v1/key-id', 32))
    assert.equal(key.fingerprint, createHash('sha256').update(publicId).digest('hex').slice(0, 16))
    assert.match(key.fingerprint, /^[0-9a-f]{16}$/)
    const text = formatKeyFile(file)
    const doc = JSON.parse(text)
    assert.deepEqual({ format: doc.format, version: doc.version, kind: doc.kind, name: doc.name, fingerprint: doc.fingerprint, cipher: doc.cipher },
      { format: 'meshbackup-key', version: 1, kind: 'data', name: 'prod', fingerprint: key.fingerprint, cipher: 'aes-256-gcm' })
    assert.deepEqual({ name: doc.kdf.name, N: doc.kdf.N, r: doc.kdf.r, p: doc.kdf.p }, { name: 'scrypt', ...DEFAULT_SCRYPT })
    assert.equal(Buffer.from(doc.kdf.salt, 'base64').byteLength, 16)
    for (const form of ['hex', 'base64', 'base64url'] as const) assert.ok(!text.includes(key.material.toString(form)), `the key shows in the file (${form})`)
    const opened = await unlockDataKey(parseKeyFile(text), 'correct horse battery staple')
    assert.deepEqual(opened, key)
    await assert.rejects(unlockDataKey(parseKeyFile(text), 'correct horse battery stapler'),
      hasCode('ERR_WRONG_PASSPHRASE', new RegExp(`does not open key "prod" \\(fingerprint ${key.fingerprint}\\)`)))
  })

  it('the fingerprint names the key and not its block keys', async function () {
    const { key } = await createDataKey({ name: 'a', passphrase: 'x', scrypt: QUICK })
    assert.equal(new BlockCipher(key.material).fingerprint, key.fingerprint)
    const { key: other } = await createDataKey({ name: 'a', passphrase: 'x', scrypt: QUICK })
    assert.notEqual(other.fingerprint, key.fingerprint)
  })

  it('a passphrase change rewraps the same key: the old passphrase no longer opens it', async function () {
    const { file, key } = await createDataKey({ name: 'prod', passphrase: 'old one', scrypt: QUICK })
    const changed = await changePassphrase(parseKeyFile(formatKeyFile(file)), 'old one', 'new one')
    assert.notDeepEqual(changed.wrapped.kdf.salt, file.wrapped.kdf.salt)
    assert.equal(changed.wrapped.fingerprint, key.fingerprint)
    assert.deepEqual((await unlockDataKey(changed, 'new one')).material, key.material)
    await assert.rejects(unlockDataKey(changed, 'old one'), hasCode('ERR_WRONG_PASSPHRASE'))
    await assert.rejects(changePassphrase(file, 'not it', 'new one'), hasCode('ERR_WRONG_PASSPHRASE'))
    // the stronger default cost on the way, if asked
    assert.equal((await changePassphrase(file, 'old one', 'x', { N: 2048, r: 8, p: 1 })).wrapped.kdf.N, 2048)
  })

  it('takes a passphrase typed on another system alike (Unicode NFC), and refuses an empty one', async function () {
    const composed = 'Kennwort Müßiggang'.normalize('NFC')
    const decomposed = composed.normalize('NFD')
    assert.notEqual(composed, decomposed)
    const { file, key } = await createDataKey({ name: 'u', passphrase: composed, scrypt: QUICK })
    assert.deepEqual((await unlockDataKey(file, decomposed)).material, key.material)
    assert.deepEqual((await unlockDataKey(file, Buffer.from(composed))).material, key.material)
    await assert.rejects(createDataKey({ name: 'e', passphrase: '', scrypt: QUICK }), hasCode('ERR_BAD_PASSPHRASE', /empty/))
    await assert.rejects(unlockDataKey(file, ''), hasCode('ERR_BAD_PASSPHRASE'))
  })

  it('an edited scrypt cost, fingerprint, nonce or wrapped key does not open', async function () {
    const { file } = await createDataKey({ name: 'prod', passphrase: 'pw', scrypt: QUICK })
    const doc = JSON.parse(formatKeyFile(file))
    const edits: Array<(d: any) => void> = [
      (d) => { d.kdf.N = 2048 },
      (d) => { d.kdf.r = 9 },
      (d) => { d.fingerprint = '0123456789abcdef' },
      (d) => { d.nonce = Buffer.alloc(12).toString('base64') },
      (d) => { const w = Buffer.from(d.wrapped, 'base64'); w[3]! ^= 1; d.wrapped = w.toString('base64') }
    ]
    for (const edit of edits) {
      const d = structuredClone(doc)
      edit(d)
      await assert.rejects(unlockDataKey(parseKeyFile(JSON.stringify(d)), 'pw'), hasCode('ERR_WRONG_PASSPHRASE', /altered/))
    }
    // the name is not part of the wrapping: a key may be renamed
    assert.equal((await unlockDataKey(parseKeyFile(JSON.stringify({ ...doc, name: 'renamed' })), 'pw')).name, 'renamed')
  })

  it('refuses files that are not key files of this version, naming the field', async function () {
    const { file } = await createDataKey({ name: 'prod', passphrase: 'pw', scrypt: QUICK })
    const doc = JSON.parse(formatKeyFile(file))
    const cases: Array<[string, RegExp]> = [
      ['not json', /not JSON/],
      ['[1]', /not a JSON object/],
      [JSON.stringify({ ...doc, format: 'something-else' }), /"format"/],
      [JSON.stringify({ ...doc, version: 2 }), /"version" 2 .* newer meshbackup/],
      [JSON.stringify({ ...doc, cipher: 'aes-128-cbc' }), /"cipher"/],
      [JSON.stringify({ ...doc, kdf: { ...doc.kdf, name: 'pbkdf2' } }), /"kdf.name"/],
      [JSON.stringify({ ...doc, kdf: { ...doc.kdf, N: 1 << 24 } }), /out of bounds/],
      [JSON.stringify({ ...doc, kdf: { ...doc.kdf, N: 1000 } }), /out of bounds/],
      [JSON.stringify({ ...doc, kdf: { ...doc.kdf, salt: 'AAAA' } }), /salt is 3 bytes/],
      [JSON.stringify({ ...doc, nonce: '*' }), /"nonce" is not base64/],
      [JSON.stringify({ ...doc, kind: 'other' }), /kind "other"/],
      [JSON.stringify({ ...doc, name: 5 }), /"name" is not text/]
    ]
    for (const [text, message] of cases) assert.throws(() => parseKeyFile(text), hasCode('ERR_BAD_KEY_FILE', message), text)
  })

  it('a recovery key file is not a data key, and names must be plain', async function () {
    const { file } = await createRecoveryKeyPair({ name: 'safe', passphrase: 'pw', scrypt: QUICK })
    await assert.rejects(unlockDataKey(parseKeyFile(formatKeyFile(file)), 'pw'), hasCode('ERR_BAD_KEY_FILE', /is a recovery key pair, not a data key/))
    for (const name of ['', '-x', 'a b', 'a/b', 'x'.repeat(65)]) {
      await assert.rejects(createDataKey({ name, passphrase: 'pw', scrypt: QUICK }), hasCode('ERR_BAD_KEY_NAME', /not a key name/))
    }
  })

  it('the compact binary form (for paper) holds the same wrapping', async function () {
    const { file, key } = await createDataKey({ name: 'prod', passphrase: 'pw', scrypt: QUICK })
    const bytes = encodeWrapped(file.wrapped)
    assert.equal(bytes.byteLength, WRAPPED_BYTES)
    assert.deepEqual((await unlockDataKey({ ...file, wrapped: decodeWrapped(bytes) }, 'pw')).material, key.material)
    assert.throws(() => decodeWrapped(bytes.subarray(1)), hasCode('ERR_BAD_KEY_FILE', /89 bytes/))
    assert.throws(() => decodeWrapped(Object.assign(Buffer.from(bytes), { 0: 9 })), hasCode('ERR_BAD_KEY_FILE', /version 9/))
    assert.throws(() => decodeWrapped(Object.assign(Buffer.from(bytes), { 1: 7 })), hasCode('ERR_BAD_KEY_FILE', /kind 7/))
    assert.throws(() => decodeWrapped(Object.assign(Buffer.from(bytes), { 2: 40 })), hasCode('ERR_BAD_KEY_FILE', /out of bounds/))
  })
})
