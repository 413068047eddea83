/**
 * Tests for node/core/codec-pool.ts and its worker threads: digests and zstd frames that node:zlib and
 * node:crypto agree with, blocks that are not worth compressing, damaged or mis-sized data
 * refused with a code, and a pool that keeps working after a refusal.
 */
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { createHash, randomBytes, randomInt } from 'node:crypto'
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { TempDirs } from '../../helpers/datapath.ts'
import { constants, zstdCompressSync, zstdDecompressSync } from 'node:zlib'
import { CodecPool, codecPool, packRoom, sharedBlock, startCodecThreads, type CodecError } from '../../../node/core/codec-pool.ts'

const MiB = 1024 * 1024
const sha256 = (b: Uint8Array): Buffer => createHash('sha256').update(b).digest()
const text = (n: number): Buffer => Buffer.from(Array.from({ length: n / 16 }, (_, i) => `line ${String(i % 997).padStart(10)}\n`).join('').slice(0, n))

describe('node/codec-pool', function () {
  this.timeout(30_000)
  let pool: CodecPool
  before(function () { pool = new CodecPool({ threads: 2 }) })
  after(async function () { await pool.close() })

  it('hashes and compresses a block in shared memory; zlib reads the frame back', async function () {
    const input = sharedBlock(MiB)
    const output = sharedBlock(MiB)
    for (let round = 0; round < 3; round++) {
      input.set(text(MiB))
      input[round] = 0x41 // a different block each round, through the same reused context
      const { digest, length } = await pool.pack({ input, output, level: 1 })
      assert.deepEqual(digest, sha256(input))
      assert.ok(length > 0 && length < MiB / 2, `compressed to ${length} bytes`)
      assert.deepEqual(zstdDecompressSync(output.subarray(0, length)), input)
    }
  })

  it('sends incompressible blocks as they are, and does not compress an unchanged one', async function () {
    const input = sharedBlock(MiB)
    input.set(randomBytes(MiB))
    assert.equal((await pool.pack({ input, output: sharedBlock(MiB), level: 1 })).length, -1)
    const compressible = sharedBlock(MiB)
    compressible.set(text(MiB))
    const unchanged = await pool.pack({ input: compressible, output: sharedBlock(MiB), level: 1, unless: sha256(compressible) })
    assert.equal(unchanged.length, -1)
    assert.deepEqual(unchanged.digest, sha256(compressible))
  })

  it('keeps the asked level after an incompressible block, whatever room the output had', async function () {
    // one thread, so every block meets the same compression context
    const single = new CodecPool({ threads: 1 })
    try {
      const noise = sharedBlock(MiB)
      noise.set(randomBytes(MiB))
      // lines of words drawn at random: zstd's levels 1 and 3 pack them about 8% apart
      const words = Array.from({ length: 400 }, (_, i) => (i * 2654435761 % 1e9).toString(36))
      let text = ''
      while (text.length < MiB) text += Array.from({ length: 8 }, () => words[randomInt(words.length)]).join(' ') + '\n'
      const lines = sharedBlock(MiB)
      lines.write(text.slice(0, MiB), 'latin1')
      const [one, three] = [1, 3].map((level) => zstdCompressSync(lines, { params: { [constants.ZSTD_c_compressionLevel]: level } }).length)
      assert.ok(three < one * 0.97, `levels 1 and 3 give ${one} and ${three} bytes`)
      for (const room of [MiB, packRoom(MiB)]) {
        assert.equal((await single.pack({ input: noise, output: sharedBlock(room), level: 1 })).length, -1)
        // a reused context packs a little differently from a fresh one, never by a level's worth
        const { length } = await single.pack({ input: lines, output: sharedBlock(packRoom(MiB)), level: 1 })
        assert.ok(Math.abs(length - one) < one * 0.01, `after an output of ${room} bytes: ${length} bytes, level 1 gives ${one}, level 3 ${three}`)
      }
    } finally {
      await single.close()
    }
  })

  it('compresses at a fast (negative) level: fewer bytes saved than level 1, and zlib reads it back', async function () {
    const input = sharedBlock(MiB)
    input.set(text(MiB))
    const packed = sharedBlock(packRoom(MiB))
    const fast = await pool.pack({ input, output: packed, level: -5 })
    assert.deepEqual(zstdDecompressSync(packed.subarray(0, fast.length)), input)
    const one = await pool.pack({ input, output: sharedBlock(packRoom(MiB)), level: 1 })
    assert.ok(fast.length > 0 && fast.length < MiB, `level -5 packed ${fast.length} bytes`)
    assert.ok(fast.length >= one.length, `level -5 gave ${fast.length} bytes, level 1 ${one.length}`)
    const raw = sharedBlock(MiB + 1)
    const back = await pool.unpack({ input: Buffer.from(zstdCompressSync(input, { params: { [constants.ZSTD_c_compressionLevel]: -5 } })), compression: 'zstd', rawLength: MiB, output: raw })
    assert.deepEqual(back.digest, sha256(input))
  })

  it('starts the daemon\'s threads when a role asks, once: the pool its tasks use', async function () {
    const started = startCodecThreads()
    assert.equal(startCodecThreads(), started)
    assert.equal(codecPool(), started)
    const input = sharedBlock(4096)
    assert.deepEqual((await started.pack({ input })).digest, sha256(input))
  })

  it('an idle pool started with its role lets the process exit (a stopped daemon is not held)', async function () {
    // the threads are idle and nothing else runs: the child must exit by itself
    const script = `import { startCodecThreads } from ${JSON.stringify(new URL('../../../node/core/codec-pool.ts', import.meta.url).href)}
      startCodecThreads()
      setTimeout(() => console.log('idle'), 200)`
    const started = Date.now()
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { timeout: 20_000 })
    assert.equal(stdout.trim(), 'idle')
    assert.ok(Date.now() - started < 20_000)
  })

  it('decompresses and hashes ordinary buffers, into a shared output when given one', async function () {
    const raw = text(MiB)
    const packed = zstdCompressSync(raw)
    const output = sharedBlock(MiB)
    const { digest, length } = await pool.unpack({ input: packed, compression: 'zstd', rawLength: MiB, output })
    assert.equal(length, MiB)
    assert.deepEqual(digest, sha256(raw))
    assert.deepEqual(output, raw)
    assert.deepEqual((await pool.unpack({ input: raw, compression: 'none', rawLength: MiB })).digest, sha256(raw))
  })

  it('refuses damaged data and wrong lengths with a code, then goes on working', async function () {
    const raw = text(MiB)
    const packed = zstdCompressSync(raw)
    const damaged = Buffer.from(packed)
    damaged.fill(0xff, 20, 200)
    await assert.rejects(pool.unpack({ input: damaged, compression: 'zstd', rawLength: MiB }), (e: CodecError) => typeof e.code === 'string' && e.code !== '')
    await assert.rejects(pool.unpack({ input: packed, compression: 'zstd', rawLength: MiB - 1 }), (e: CodecError) => e.code === 'ERR_BAD_LENGTH' && /more than/.test(e.message))
    await assert.rejects(pool.unpack({ input: packed, compression: 'zstd', rawLength: MiB + 5 }), (e: CodecError) => e.code === 'ERR_BAD_LENGTH')
    await assert.rejects(pool.unpack({ input: raw, compression: 'none', rawLength: 10 }), (e: CodecError) => e.code === 'ERR_BAD_LENGTH')
    // every thread still decompresses correctly
    const results = await Promise.all(Array.from({ length: 8 }, async () => await pool.unpack({ input: packed, compression: 'zstd', rawLength: MiB })))
    for (const r of results) assert.deepEqual(r.digest, sha256(raw))
  })

  describe('under the process\'s compile cache', function () {
    const temps = new TempDirs()
    after(async function () { await temps.cleanup() })

    // a thread that strips its own modules' types pays twice the start and memory: it takes them
    // from the cache the process enabled (node/bin/meshbackup.js does), and puts there what it compiled
    it('gives it to its threads, which keep their modules there', async function () {
      const dir = await temps.make()
      const script = join(dir, 'child.mjs')
      await writeFile(script, [
        "import { enableCompileCache } from 'node:module'",
        'enableCompileCache(process.argv[2])',
        'const { CodecPool, sharedBlock } = await import(process.argv[3])',
        "if (process.argv[4] === 'threads') {",
        '  const pool = new CodecPool({ threads: 1 })',
        '  await pool.pack({ input: sharedBlock(4096) })',
        '  await pool.close()',
        '}'
      ].join('\n'))
      const pool = new URL('../../../node/core/codec-pool.ts', import.meta.url).href
      const cached = async (threads: string): Promise<number> => {
        const cache = join(dir, `cache-${threads}`)
        await promisify(execFile)(process.execPath, [script, cache, pool, threads])
        return (await readdir(cache, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length
      }
      const withoutThreads = await cached('none')
      const withThreads = await cached('threads')
      assert.ok(withThreads > withoutThreads, `the cache holds ${withThreads} files after a thread ran, ${withoutThreads} without one`)
    })
  })
})
