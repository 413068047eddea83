/**
 * Tests for node/core/crypto/base32.ts: any bytes round-trip, and reading folds case and the
 * look-alikes (O for 0, I and L for 1) that a person typing from paper would produce.
 */
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { BASE32_ALPHABET, base32Symbol, decodeBase32, encodeBase32 } from '../../../../node/core/crypto/base32.ts'

describe('node/core/crypto/base32', function () {
  it('round-trips any bytes, in the 32 symbols only', function () {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      const text = encodeBase32(bytes)
      assert.equal(text.length, Math.ceil(bytes.byteLength * 8 / 5))
      assert.ok([...text].every((c) => BASE32_ALPHABET.includes(c)))
      assert.deepEqual(new Uint8Array(decodeBase32(text)), bytes)
      assert.deepEqual(new Uint8Array(decodeBase32(text.toLowerCase())), bytes)
    }))
  })

  it('reads look-alikes as the symbol they resemble, and nothing else', function () {
    assert.equal(BASE32_ALPHABET.length, 32)
    assert.deepEqual(['o', 'O', 'i', 'I', 'l', 'L', 'k'].map(base32Symbol), ['0', '0', '1', '1', '1', '1', 'K'])
    for (const c of ['U', 'u', '!', ' ', '-']) assert.equal(base32Symbol(c), undefined)
    assert.deepEqual(decodeBase32('D1MG'), decodeBase32('dlmg'))
    assert.throws(() => decodeBase32('D1UG'), RangeError)
  })
})
