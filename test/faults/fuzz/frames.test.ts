// Fuzzing of the varint length-prefixed framing every peer protocol reads (protocols/frames/codec.ts,
// protocols/frames/socket-frames.ts): any bytes, in any chunking, give frames or a FrameError, never
// an allocation past the frame limit, and valid frames come back byte for byte.
import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, connect, type Server, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { encodeFrameHeader, FrameDecoder } from '../../../protocols/frames/codec.ts'
import { FrameError } from '../../../protocols/frames/frame-error.ts'
import { framedSocket } from '../../../protocols/frames/socket-frames.ts'
import { ReusedReads } from '../../../protocols/frames/reused-reads.ts'
import { CodedError } from '../../../node/core/errors.ts'
import { budgetMs, runs, within } from './runs.ts'

const FRAME_CODES = new Set(['ERR_FRAME_TOO_LARGE', 'ERR_MALFORMED_FRAME', 'ERR_STREAM_ENDED', 'ERR_STREAM_RESET', 'ERR_READ_TIMEOUT'])

function assertFrameError (err: unknown): void {
  assert.ok(err instanceof FrameError && err instanceof CodedError, `expected a FrameError, got ${String(err)}`)
  assert.ok(FRAME_CODES.has(err.code), `unexpected code ${err.code}`)
}

/** Splits `bytes` at the given cut points (any order, duplicates allowed). */
function cut (bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map(c => c % (bytes.length + 1)))].sort((a, b) => a - b)
  const out: Uint8Array[] = []
  let at = 0
  for (const p of points) { out.push(bytes.subarray(at, p)); at = p }
  out.push(bytes.subarray(at))
  return out
}

const frame = (payload: Uint8Array): Uint8Array => Buffer.concat([encodeFrameHeader(payload.length), payload])

/** Bytes that look like frames often: valid frames, huge varints, overlong varints, and noise. */
const wireBytes = fc.array(fc.oneof(
  fc.uint8Array({ maxLength: 64 }).map(frame),
  fc.uint8Array({ maxLength: 64 }),
  fc.array(fc.integer({ min: 0x80, max: 0xff }), { minLength: 1, maxLength: 10 }).map(b => Uint8Array.from([...b, 0x01])),
  fc.bigInt({ min: 0n, max: (1n << 63n) }).map(n => { const b: number[] = []; while (n >= 0x80n) { b.push(Number(n & 0x7fn) | 0x80); n >>= 7n } b.push(Number(n)); return Uint8Array.from(b) })
), { maxLength: 8 }).map(parts => Buffer.concat(parts))

describe('fuzz: frame decoder', function () {
  this.timeout(budgetMs(3000, 0.2))

  it('any bytes in any chunking give frames or a FrameError, and never allocate past the limit', () => {
    fc.assert(fc.property(wireBytes, fc.array(fc.nat(), { maxLength: 6 }), fc.integer({ min: 0, max: 256 }), fc.boolean(), (bytes, cuts, limit, transient) => {
      let allocated = 0
      const decoder = new FrameDecoder({ maxFrameBytes: limit, allocate: (n) => { allocated = Math.max(allocated, n); return new Uint8Array(n) } })
      try {
        for (const chunk of cut(bytes, cuts)) {
          for (const f of decoder.push(chunk, { transient })) assert.ok(f.length <= limit, `a ${f.length}-byte frame over the ${limit}-byte limit`)
        }
        decoder.end()
      } catch (err) {
        assertFrameError(err)
        // a failed decoder stays failed with the same error
        assert.throws(() => decoder.push(new Uint8Array([0])), (again: unknown) => again === err)
      }
      assert.ok(allocated <= limit, `allocated ${allocated} bytes with a ${limit}-byte limit`)
    }), runs(3000))
  })

  it('a huge length prefix fails at once without allocating', () => {
    fc.assert(fc.property(fc.integer({ min: 8 * 1024 * 1024 + 1, max: Number.MAX_SAFE_INTEGER }), (length) => {
      let allocated = 0
      const decoder = new FrameDecoder({ maxFrameBytes: 8 * 1024 * 1024, allocate: (n) => { allocated += n; return new Uint8Array(n) } })
      assert.throws(() => decoder.push(encodeFrameHeader(length)), (err: unknown) => {
        assertFrameError(err)
        assert.equal((err as FrameError).code, 'ERR_FRAME_TOO_LARGE')
        return true
      })
      assert.equal(allocated, 0)
    }), runs(2000))
  })

  it('valid frames round-trip whatever the chunking', () => {
    fc.assert(fc.property(fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 10 }), fc.array(fc.nat(), { maxLength: 12 }), fc.boolean(), (payloads, cuts, transient) => {
      const decoder = new FrameDecoder({ maxFrameBytes: 300 })
      const got: Uint8Array[] = []
      for (const chunk of cut(Buffer.concat(payloads.map(frame)), cuts)) {
        // copy: a transient chunk's memory is reused by its owner
        for (const f of decoder.push(transient ? Uint8Array.from(chunk) : chunk, { transient })) got.push(Uint8Array.from(f))
      }
      decoder.end()
      assert.deepEqual(got.map(g => Buffer.from(g).toString('hex')), payloads.map(p => Buffer.from(p).toString('hex')))
      assert.equal(decoder.bufferedBytes, 0)
    }), runs(3000))
  })
})

describe('fuzz: framed socket', function () {
  this.timeout(budgetMs(2000, 2))
  let dir: string
  let server: Server
  let path: string
  let feed: Uint8Array[] = []

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-fuzz-frames-'))
    path = join(dir, 's')
    server = createServer((s: Socket) => {
      s.on('error', () => {})
      const parts = feed
      for (const p of parts) s.write(p)
      s.end()
    })
    await new Promise<void>(resolve => server.listen(path, resolve))
  })
  after(async () => {
    await new Promise<void>(resolve => server.close(() => resolve()))
    await rm(dir, { recursive: true, force: true })
  })

  it('a peer sending any bytes then closing gives frames, then the end or a FrameError, never a hang', async () => {
    await fc.assert(fc.asyncProperty(wireBytes, fc.array(fc.nat(), { maxLength: 4 }), fc.boolean(), async (bytes, cuts, reused) => {
      feed = cut(bytes, cuts).filter(c => c.length > 0)
      // both read paths: a Buffer per read, and reads straight into the frame (ReusedReads)
      const reads = reused ? new ReusedReads(16) : undefined
      const socket = reads === undefined ? connect(path) : connect({ path, onread: reads.onread })
      reads?.bind(socket)
      await new Promise<void>((resolve, reject) => { socket.once('connect', resolve); socket.once('error', reject) })
      const frames = framedSocket(socket, { maxFrameBytes: 200 })
      // what the plain decoder makes of the same bytes in one piece: the socket must agree
      const reference = new FrameDecoder({ maxFrameBytes: 200 })
      const expected: string[] = []
      let expectedError: string | undefined
      try {
        // byte by byte, so that the frames before a failure are kept
        for (const byte of bytes) expected.push(...reference.push(Uint8Array.of(byte)).map(f => Buffer.from(f).toString('hex')))
        reference.end()
      } catch (err) {
        expectedError = (err as FrameError).code
      }
      const got: string[] = []
      try {
        await within(5000, 'reading a fuzzed socket', (async () => {
          for (;;) {
            const f = await frames.read({ timeoutMs: 4000 })
            if (f === undefined) return
            assert.ok(f.length <= 200)
            got.push(Buffer.from(f).toString('hex'))
          }
        })()).then(() => {
          assert.equal(expectedError, undefined, `the socket read to the end where the decoder failed with ${expectedError}`)
          assert.deepEqual(got, expected)
        }, (err: unknown) => {
          if (err instanceof Error && /did not settle/.test(err.message)) throw err
          assertFrameError(err)
          assert.equal((err as FrameError).code, expectedError, `${(err as Error).message}`)
          // frames before the damage still arrive
          assert.deepEqual(got, expected.slice(0, got.length))
        })
      } finally {
        socket.destroy()
      }
    }), runs(2000))
  })
})
