/**
 * Tests for the codec pool's keyed jobs (node/core/codec-pool.ts, codec-worker.ts): a block packed
 * under a data key gets its keyed id and a sealed frame that BlockCipher opens; unpacking opens,
 * decompresses and gives the id back; a frame of another key or with a flipped byte is refused
 * with the crypto codes; the `unless` compare uses the keyed id.
 */
import assert from 'node:assert/strict'
import { createHash, randomBytes } from 'node:crypto'
import { zstdDecompressSync } from 'node:zlib'
import { CodecPool, sealedPackRoom, sharedBlock } from '../../../node/core/codec-pool.ts'
import { BlockCipher, SEAL_OVERHEAD, checkSealedFrame, sealedFrameKey } from '../../../node/core/crypto/block-cipher.ts'
import { dataKeyFingerprint } from '../../../node/core/crypto/fingerprint.ts'
import { hasCode } from '../../helpers/coded-error.ts'

const MiB = 1024 * 1024
const text = (n: number, seed = 0): Buffer => Buffer.from(Array.from({ length: n / 16 + 1 }, (_, i) => `line ${String((i + seed) % 997).padStart(10)}\n`).join('').slice(0, n))

describe('node/codec-pool sealed blocks', function () {
  this.timeout(30_000)
  let pool: CodecPool
  const key = randomBytes(32)
  const other = randomBytes(32)
  const cipher = new BlockCipher(key)
  before(function () { pool = new CodecPool({ threads: 2 }) })
  after(async function () { await pool.close() })

  it('packs a compressible block into a sealed frame of its zstd form, under its keyed id', async function () {
    const input = sharedBlock(MiB)
    const output = sharedBlock(sealedPackRoom(MiB))
    for (let round = 0; round < 3; round++) {
      input.set(text(MiB, round))
      const { digest, length, compressed } = await pool.pack({ input, output, level: 1, key })
      assert.deepEqual(digest, cipher.blockId(input))
      assert.notDeepEqual(digest, createHash('sha256').update(input).digest(), 'the id is keyed, not SHA-256')
      assert.equal(compressed, true)
      assert.ok(length > SEAL_OVERHEAD && length < MiB / 2, `sealed frame of ${length} bytes`)
      const frame = output.subarray(0, length)
      assert.equal(checkSealedFrame(frame), undefined)
      assert.equal(sealedFrameKey(frame), dataKeyFingerprint(key))
      assert.deepEqual(zstdDecompressSync(cipher.open(digest, frame)), input)
    }
  })

  it('seals an incompressible block as it is, and a block without a level uncompressed', async function () {
    const input = sharedBlock(MiB)
    input.set(randomBytes(MiB))
    const output = sharedBlock(sealedPackRoom(MiB))
    const noise = await pool.pack({ input, output, level: 1, key })
    assert.equal(noise.compressed, false)
    assert.equal(noise.length, MiB + SEAL_OVERHEAD)
    assert.deepEqual(cipher.open(noise.digest, output.subarray(0, noise.length)), input)
    input.set(text(MiB))
    const plain = await pool.pack({ input, output, key })
    assert.equal(plain.compressed, false)
    assert.equal(plain.length, MiB + SEAL_OVERHEAD)
  })

  it('does not seal a block whose keyed id equals `unless`', async function () {
    const input = sharedBlock(MiB)
    input.set(text(MiB, 7))
    const r = await pool.pack({ input, output: sharedBlock(sealedPackRoom(MiB)), level: 1, key, unless: cipher.blockId(input) })
    assert.equal(r.length, -1)
    assert.deepEqual(r.digest, cipher.blockId(input))
    // its SHA-256 is not its id: an unkeyed base digest does not count as unchanged
    const changed = await pool.pack({ input, output: sharedBlock(sealedPackRoom(MiB)), level: 1, key, unless: createHash('sha256').update(input).digest() })
    assert.ok(changed.length > 0)
  })

  it('unpacks sealed frames (zstd and stored) into an output, or only checks them, giving the keyed id', async function () {
    const raw = text(MiB, 3)
    const input = sharedBlock(MiB)
    input.set(raw)
    const out = sharedBlock(sealedPackRoom(MiB))
    for (const level of [1, undefined]) {
      const packed = await pool.pack({ input, output: out, level, key })
      // an ordinary buffer, as a frame off the wire is
      const frame = Buffer.from(out.subarray(0, packed.length))
      const compression = packed.compressed ? 'zstd' : 'none'
      const into = sharedBlock(MiB + 1)
      const r = await pool.unpack({ input: frame, compression, rawLength: MiB, output: into, sealed: true, key, blockId: packed.digest })
      assert.equal(r.length, MiB)
      assert.deepEqual(r.digest, packed.digest)
      assert.deepEqual(into.subarray(0, MiB), raw)
      const checked = await pool.unpack({ input: frame, compression, rawLength: MiB, sealed: true, key, blockId: packed.digest })
      assert.deepEqual(checked.digest, packed.digest)
    }
  })

  it('refuses a frame of another key with ERR_WRONG_KEY naming both fingerprints', async function () {
    const input = sharedBlock(64 * 1024)
    input.set(text(64 * 1024))
    const out = sharedBlock(sealedPackRoom(64 * 1024))
    const packed = await pool.pack({ input, output: out, level: 1, key })
    const frame = Buffer.from(out.subarray(0, packed.length))
    await assert.rejects(pool.unpack({ input: frame, compression: 'zstd', rawLength: 64 * 1024, sealed: true, key: other, blockId: packed.digest }),
      hasCode('ERR_WRONG_KEY', new RegExp(`${dataKeyFingerprint(key)}.*${dataKeyFingerprint(other)}`)))
    // the pool goes on with the right key
    assert.deepEqual((await pool.unpack({ input: frame, compression: 'zstd', rawLength: 64 * 1024, sealed: true, key, blockId: packed.digest })).digest, packed.digest)
  })

  it('refuses a frame with a flipped byte, or opened under another id, with ERR_BLOCK_DAMAGED', async function () {
    const input = sharedBlock(64 * 1024)
    input.set(text(64 * 1024, 5))
    const out = sharedBlock(sealedPackRoom(64 * 1024))
    const packed = await pool.pack({ input, output: out, level: 1, key })
    const frame = Buffer.from(out.subarray(0, packed.length))
    for (const at of [0, 30, frame.length - 20, frame.length - 1]) {
      const bad = Buffer.from(frame)
      bad[at]! ^= 0x10
      await assert.rejects(pool.unpack({ input: bad, compression: 'zstd', rawLength: 64 * 1024, sealed: true, key, blockId: packed.digest }), hasCode('ERR_BLOCK_DAMAGED'))
    }
    await assert.rejects(pool.unpack({ input: frame, compression: 'zstd', rawLength: 64 * 1024, sealed: true, key, blockId: randomBytes(32) }), hasCode('ERR_BLOCK_DAMAGED', /altered|another block/))
  })

  it('refuses a sealed block without a key, and a key of the wrong size', async function () {
    await assert.rejects(pool.unpack({ input: randomBytes(100), compression: 'none', rawLength: 59, sealed: true, blockId: randomBytes(32) }), hasCode('ERR_CODEC', /data key/))
    await assert.rejects(pool.pack({ input: sharedBlock(10), output: sharedBlock(sealedPackRoom(10)), key: randomBytes(16) }), hasCode('ERR_BAD_KEY_MATERIAL'))
  })
})
