/**
 * Tests for node/core/crypto/recovery-key.ts: a data key wrapped with the public half opens with
 * the private half (unlocked by its passphrase, from its file or from paper), a wrap for another
 * pair is refused naming the pair it needs, and a damaged wrap is told apart from a wrong key.
 */
import assert from 'node:assert/strict'
import { hasCode } from '../../../helpers/coded-error.ts'
import { randomBytes } from 'node:crypto'
import { createDataKey, formatKeyFile, parseKeyFile } from '../../../../node/core/crypto/key-file.ts'
import { keyFileFromPaper, formatPaperKey, parsePaperKey } from '../../../../node/core/crypto/paper-key.ts'
import {
  createRecoveryKeyPair, describeRecoveryWrap, formatRecoveryPublicKey, parseRecoveryPublicKey, RECOVERY_WRAP_BYTES,
  recoveryPublicKey, unlockRecoveryKey, unwrapWithRecovery, wrapForRecovery
} from '../../../../node/core/crypto/recovery-key.ts'

const QUICK = { N: 1024, r: 8, p: 1 }

describe('node/core/crypto/recovery-key', function () {
  this.timeout(30_000)

  it('wraps a data key with the public half; the private half, unlocked by its passphrase, unwraps it', async function () {
    const { file, publicKey } = await createRecoveryKeyPair({ name: 'office-safe', passphrase: 'recovery pw', scrypt: QUICK })
    const { key } = await createDataKey({ name: 'prod', passphrase: 'pw', scrypt: QUICK })
    const wrap = wrapForRecovery(parseRecoveryPublicKey(formatRecoveryPublicKey(publicKey)), key)
    assert.equal(wrap.byteLength, RECOVERY_WRAP_BYTES)
    assert.deepEqual(describeRecoveryWrap(wrap), { recovery: publicKey.fingerprint, key: key.fingerprint })
    assert.equal(wrap.indexOf(key.material), -1)
    const stored = parseKeyFile(formatKeyFile(file))
    assert.deepEqual(recoveryPublicKey(stored), publicKey)
    const pair = await unlockRecoveryKey(stored, 'recovery pw')
    assert.equal(pair.fingerprint, publicKey.fingerprint)
    const back = unwrapWithRecovery(pair, wrap, 'prod')
    assert.deepEqual(back, key)
    assert.notDeepEqual(wrapForRecovery(publicKey, key), wrap, 'two wraps share an ephemeral key')
    await assert.rejects(unlockRecoveryKey(stored, 'pw'), hasCode('ERR_WRONG_PASSPHRASE', /recovery key "office-safe"/))
  })

  it('a wrap for another pair is refused naming the pair it needs', async function () {
    const mine = await createRecoveryKeyPair({ name: 'mine', passphrase: 'a', scrypt: QUICK })
    const theirs = await createRecoveryKeyPair({ name: 'theirs', passphrase: 'b', scrypt: QUICK })
    const wrap = wrapForRecovery(theirs.publicKey, { material: randomBytes(32) })
    const pair = await unlockRecoveryKey(mine.file, 'a')
    assert.throws(() => unwrapWithRecovery(pair, wrap),
      hasCode('ERR_WRONG_RECOVERY_KEY', new RegExp(`wrapped for recovery key ${theirs.publicKey.fingerprint}, not for "mine" \\(${mine.publicKey.fingerprint}\\)`)))
  })

  it('a damaged wrap is told apart from a wrong key', async function () {
    const { file, publicKey } = await createRecoveryKeyPair({ name: 'r', passphrase: 'a', scrypt: QUICK })
    const pair = await unlockRecoveryKey(file, 'a')
    const wrap = wrapForRecovery(publicKey, { material: randomBytes(32) })
    // past the magic, version and recovery fingerprint every byte is guarded
    for (let at = 13; at < wrap.byteLength; at++) {
      const bad = Buffer.from(wrap)
      bad[at]! ^= 0x10
      assert.throws(() => unwrapWithRecovery(pair, bad), hasCode('ERR_RECOVERY_WRAP_DAMAGED'), `byte ${at}`)
    }
    assert.throws(() => unwrapWithRecovery(pair, wrap.subarray(1)), hasCode('ERR_RECOVERY_WRAP_DAMAGED', /113 bytes/))
    assert.throws(() => describeRecoveryWrap(Object.assign(Buffer.from(wrap), { 4: 2 })), hasCode('ERR_RECOVERY_WRAP_DAMAGED', /version 2/))
  })

  it('the private half comes back from paper alone (with its passphrase), public half included', async function () {
    const { file, publicKey } = await createRecoveryKeyPair({ name: 'safe', passphrase: 'pw', scrypt: QUICK })
    const wrap = wrapForRecovery(publicKey, { material: randomBytes(32) })
    const fromPaper = keyFileFromPaper(parsePaperKey(formatPaperKey(file)))
    assert.equal(fromPaper.publicKey, undefined)
    assert.throws(() => recoveryPublicKey(fromPaper), hasCode('ERR_BAD_KEY_FILE', /without its public half/))
    const pair = await unlockRecoveryKey(parseKeyFile(formatKeyFile(fromPaper)), 'pw')
    assert.deepEqual(pair.raw, publicKey.raw)
    assert.equal(unwrapWithRecovery(pair, wrap).fingerprint, describeRecoveryWrap(wrap).key)
  })

  it('refuses a public key whose fingerprint does not match it', async function () {
    const { publicKey } = await createRecoveryKeyPair({ name: 'r', passphrase: 'a', scrypt: QUICK })
    const doc = JSON.parse(formatRecoveryPublicKey(publicKey))
    assert.throws(() => parseRecoveryPublicKey(JSON.stringify({ ...doc, fingerprint: '0123456789abcdef' })), hasCode('ERR_BAD_KEY_FILE', /damaged/))
    assert.throws(() => parseRecoveryPublicKey('{}'), hasCode('ERR_BAD_KEY_FILE'))
    assert.throws(() => parseRecoveryPublicKey('null'), hasCode('ERR_BAD_KEY_FILE'))
  })
})
