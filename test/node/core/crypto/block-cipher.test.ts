/**
 * Tests for node/core/crypto/block-cipher.ts: ids that are HMAC-SHA-256 under the HKDF-derived id
 * key (equal within a key, unrelated across keys), frames that round-trip in ordinary and shared
 * memory, and every way a frame can fail — damaged, of another key, altered, moved to another
 * id — refused with the code that names it.
 */
import assert from 'node:assert/strict'
import { hasCode } from '../../../helpers/coded-error.ts'
import { createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto'
import { crc32 } from 'node:zlib'
import fc from 'fast-check'
import { sharedBlock } from '../../../../node/core/codec-pool.ts'
import { BlockCipher, checkSealedFrame, SEAL_OVERHEAD, sealedFrameKey, sealedLength } from '../../../../node/core/crypto/block-cipher.ts'
import { dataKeyFingerprint } from '../../../../node/core/crypto/fingerprint.ts'

const MiB = 1024 * 1024

/** The frame with its CRC made right again: damage an attacker would do, not bit rot. */
function recrc (frame: Buffer): Buffer {
  frame.writeUInt32LE(crc32(frame.subarray(0, frame.byteLength - 4)), frame.byteLength - 4)
  return frame
}

describe('node/core/crypto/block-cipher', function () {
  const key = randomBytes(32)
  const other = randomBytes(32)
  const cipher = new BlockCipher(key)

  it('ids are HMAC-SHA-256 under an HKDF-SHA-256 id key: equal within a key, unrelated across keys', function () {
    const raw = randomBytes(4096)
    const idKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'meshbackup/v1/block-id', 32))
    assert.deepEqual(cipher.blockId(raw), createHmac('sha256', idKey).update(raw).digest())
    assert.deepEqual(cipher.blockId(raw), new BlockCipher(key).blockId(raw))
    assert.notDeepEqual(cipher.blockId(raw), new BlockCipher(other).blockId(raw))
    assert.notDeepEqual(cipher.blockId(raw), createHash('sha256').update(raw).digest())
    assert.notDeepEqual(idKey, key)
    assert.ok(cipher.isBlock(cipher.blockId(raw), raw))
    assert.ok(!cipher.isBlock(cipher.blockId(raw), randomBytes(4096)))
  })

  it('seals and opens payloads of every size, each time under a fresh nonce', function () {
    fc.assert(fc.property(fc.uint8Array({ minLength: 0, maxLength: 5000 }), (payload) => {
      const id = cipher.blockId(payload)
      const frame = cipher.seal(id, payload)
      assert.equal(frame.byteLength, sealedLength(payload.byteLength))
      assert.equal(frame.byteLength, payload.byteLength + SEAL_OVERHEAD)
      assert.equal(checkSealedFrame(frame), undefined)
      assert.deepEqual(new Uint8Array(cipher.open(id, frame)), payload)
    }), { numRuns: 200 })
    const payload = randomBytes(1000)
    const id = cipher.blockId(payload)
    const a = cipher.seal(id, payload)
    const b = cipher.seal(id, payload)
    assert.notDeepEqual(a.subarray(9, 21), b.subarray(9, 21), 'the nonce repeats')
    assert.notDeepEqual(a, b)
  })

  it('lays the frame out as documented: version, fingerprint, nonce, ciphertext, tag, CRC-32', function () {
    const payload = Buffer.from('a block that compresses well '.repeat(100))
    const frame = cipher.seal(cipher.blockId(payload), payload)
    assert.equal(frame[0], 1)
    assert.equal(frame.subarray(1, 9).toString('hex'), dataKeyFingerprint(key))
    assert.equal(sealedFrameKey(frame), cipher.fingerprint)
    assert.equal(frame.readUInt32LE(frame.byteLength - 4), crc32(frame.subarray(0, frame.byteLength - 4)))
    assert.equal(frame.indexOf(payload.subarray(0, 16)), -1, 'the payload shows through')
  })

  it('writes into and reads from shared memory, as the codec threads would', function () {
    const raw = sharedBlock(MiB)
    raw.set(randomBytes(MiB))
    const frame = sharedBlock(sealedLength(MiB) + 100)
    const back = sharedBlock(MiB)
    const id = cipher.blockId(raw)
    const sealed = cipher.seal(id, raw, frame)
    assert.equal(sealed.buffer, frame.buffer)
    assert.equal(sealed.byteLength, sealedLength(MiB))
    const opened = cipher.open(id, sealed, back)
    assert.equal(opened.buffer, back.buffer)
    assert.deepEqual(back, raw)
    assert.throws(() => cipher.seal(id, raw, sharedBlock(MiB)), hasCode('ERR_BAD_KEY_MATERIAL', /has only/))
    assert.throws(() => cipher.open(id, sealed, sharedBlock(MiB - 1)), hasCode('ERR_BAD_KEY_MATERIAL', /has only/))
  })

  it('finds any flipped byte without the key, and opening names it damage', function () {
    const payload = randomBytes(2048)
    const id = cipher.blockId(payload)
    const frame = cipher.seal(id, payload)
    fc.assert(fc.property(fc.nat(frame.byteLength - 1), fc.integer({ min: 1, max: 255 }), (at, xor) => {
      const bad = Buffer.from(frame)
      bad[at]! ^= xor
      assert.match(checkSealedFrame(bad)!, /checksum/)
      assert.throws(() => cipher.open(id, bad), hasCode('ERR_BLOCK_DAMAGED', /damaged/))
    }), { numRuns: 300 })
    assert.match(checkSealedFrame(frame.subarray(0, 40))!, /shorter/)
    assert.throws(() => cipher.open(id, frame.subarray(0, 10)), hasCode('ERR_BLOCK_DAMAGED'))
  })

  it('names the key a frame needs when opened with another', function () {
    const payload = randomBytes(100)
    const wrong = new BlockCipher(other)
    const frame = wrong.seal(wrong.blockId(payload), payload)
    assert.equal(checkSealedFrame(frame), undefined)
    assert.throws(() => cipher.open(wrong.blockId(payload), frame),
      hasCode('ERR_WRONG_KEY', new RegExp(`sealed under key ${wrong.fingerprint}, not under the key given \\(${cipher.fingerprint}\\)`)))
  })

  it('refuses a frame altered with its checksum made right, or moved under another id', function () {
    const a = randomBytes(500)
    const b = randomBytes(500)
    const frameA = cipher.seal(cipher.blockId(a), a)
    // a record swapped: block a's frame stored as block b
    assert.throws(() => cipher.open(cipher.blockId(b), frameA), hasCode('ERR_BLOCK_DAMAGED', /altered, or stored under another block's id/))
    const altered = Buffer.from(frameA)
    altered[100]! ^= 1
    assert.throws(() => cipher.open(cipher.blockId(a), recrc(altered)), hasCode('ERR_BLOCK_DAMAGED', /altered/))
    // a shared output a failed open wrote into is wiped, not left holding unauthenticated bytes
    const output = sharedBlock(600)
    assert.throws(() => cipher.open(cipher.blockId(a), recrc(altered), output), hasCode('ERR_BLOCK_DAMAGED'))
    assert.ok(output.every((byte) => byte === 0))
    const version = recrc(Object.assign(Buffer.from(frameA), { 0: 2 }))
    assert.match(checkSealedFrame(version)!, /version 2/)
  })

  it('refuses keys and ids of the wrong size', function () {
    assert.throws(() => new BlockCipher(randomBytes(31)), hasCode('ERR_BAD_KEY_MATERIAL', /32 bytes, not 31/))
    assert.throws(() => cipher.seal(randomBytes(20), randomBytes(10)), hasCode('ERR_BAD_KEY_MATERIAL', /block id/))
    assert.throws(() => cipher.open(randomBytes(33), randomBytes(100)), hasCode('ERR_BAD_KEY_MATERIAL', /block id/))
  })
})
