/**
 * Tests for protocols/frames/ (codec.ts, stream-frames.ts): the pure decoder under random splits and garbage, and framed
 * streams between two real libp2p nodes (tcp + noise + yamux on 127.0.0.1).
 */
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { Uint8ArrayList } from 'uint8arraylist'
import type { Connection, Libp2p, Stream } from '@libp2p/interface'
import { DEFAULT_MAX_FRAME_BYTES, FrameDecoder, encodeFrameHeader } from '../../../protocols/frames/codec.ts'
import { FrameError } from '../../../protocols/frames/frame-error.ts'
import type { FramedOptions } from '../../../protocols/frames/frames.ts'
import { framed, type FramedStream } from '../../../protocols/frames/stream-frames.ts'
import { yamuxStreamOptions } from '../../../protocols/frames/yamux-options.ts'
import { pb } from '../../../proto/index.ts'
import { startNodes, stopNodes } from '../../helpers/libp2p.ts'

const MiB = 1024 * 1024

/** Small seeded PRNG (mulberry32) so a failing case can be replayed from its seed. */
function prng (seed: number): (n: number) => number {
  let a = seed >>> 0
  return (n: number) => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n)
  }
}

function encodeFrames (frames: Uint8Array[]): Uint8Array {
  const list = new Uint8ArrayList()
  for (const frame of frames) list.append(encodeFrameHeader(frame.byteLength), frame)
  return list.subarray()
}

/** Splits `bytes` at `cuts` random points into chunks, some handed over as Uint8ArrayLists. */
function randomChunks (bytes: Uint8Array, cuts: number, rand: (n: number) => number): Array<Uint8Array | Uint8ArrayList> {
  const points = Array.from({ length: cuts }, () => rand(bytes.byteLength + 1)).sort((x, y) => x - y)
  const pieces: Uint8Array[] = []
  let start = 0
  for (const point of [...points, bytes.byteLength]) {
    pieces.push(bytes.subarray(start, point))
    start = point
  }
  const chunks: Array<Uint8Array | Uint8ArrayList> = []
  for (let i = 0; i < pieces.length;) {
    const take = 1 + rand(3)
    if (take === 1) chunks.push(pieces[i])
    else chunks.push(new Uint8ArrayList(...pieces.slice(i, i + take)))
    i += take
  }
  return chunks
}

/** Compares bytes whatever their class (Buffer or Uint8Array). */
function assertBytes (actual: Uint8Array | undefined, expected: Uint8Array, message?: string): void {
  assert.ok(actual !== undefined, message ?? 'no frame')
  assert.deepEqual(new Uint8Array(actual), new Uint8Array(expected), message ?? 'bytes differ')
}

function assertFrameError (err: unknown, codes: string[]): void {
  assert.ok(err instanceof FrameError, `expected a FrameError, got ${String(err)}`)
  assert.ok(codes.includes(err.code), `unexpected code ${err.code}`)
}

describe('protocols/frames', () => {
  describe('encodeFrameHeader', () => {
    it('encodes the shortest unsigned varint', () => {
      assert.deepEqual(encodeFrameHeader(0), Uint8Array.from([0]))
      assert.deepEqual(encodeFrameHeader(127), Uint8Array.from([0x7f]))
      assert.deepEqual(encodeFrameHeader(128), Uint8Array.from([0x80, 0x01]))
      assert.deepEqual(encodeFrameHeader(300), Uint8Array.from([0xac, 0x02]))
      assert.equal(encodeFrameHeader(2 ** 32).byteLength, 5)
      assert.equal(encodeFrameHeader(Number.MAX_SAFE_INTEGER).byteLength, 8)
    })

    it('refuses lengths that are not integers from 0 to 2^53 - 1', () => {
      for (const bad of [-1, 1.5, 2 ** 53, Number.NaN]) {
        assert.throws(() => encodeFrameHeader(bad), RangeError)
      }
    })
  })

  describe('FrameDecoder', () => {
    it('reassembles random frames split at random chunk boundaries', () => {
      const sizes = [0, 1, 2, 127, 128, 129, 300, 16383, 16384, 16385, 70_000]
      for (let seed = 1; seed <= 300; seed++) {
        const rand = prng(seed)
        const frames = Array.from({ length: rand(12) }, () => {
          const size = rand(2) === 0 ? sizes[rand(sizes.length)] : rand(5000)
          return randomBytes(size) as Uint8Array
        })
        const wire = encodeFrames(frames)
        const decoder = new FrameDecoder({ maxFrameBytes: 70_000 })
        const out: Uint8Array[] = []
        for (const chunk of randomChunks(wire, rand(40), rand)) {
          out.push(...decoder.push(chunk))
          assert.ok(decoder.bufferedBytes <= 70_000, `seed ${seed}: ${decoder.bufferedBytes} bytes buffered`)
        }
        decoder.end()
        assert.equal(decoder.bufferedBytes, 0, `seed ${seed}`)
        assert.equal(out.length, frames.length, `seed ${seed}`)
        for (let i = 0; i < frames.length; i++) {
          assertBytes(out[i], frames[i], `seed ${seed}, frame ${i}`)
        }
      }
    })

    it('keeps nothing of a transient chunk: frames survive the reuse of the read buffer', () => {
      for (let seed = 1; seed <= 200; seed++) {
        const rand = prng(seed)
        const frames = Array.from({ length: 1 + rand(12) }, () => randomBytes(rand(2) === 0 ? rand(20) : rand(70_000)) as Uint8Array)
        const decoder = new FrameDecoder({ maxFrameBytes: 70_000 })
        const wire = encodeFrames(frames)
        const reused = new Uint8Array(wire.byteLength)
        const out: Uint8Array[] = []
        for (const piece of randomChunks(wire, rand(40), rand)) {
          const chunk = piece instanceof Uint8Array ? piece : piece.subarray()
          reused.set(chunk)
          out.push(...decoder.push(reused.subarray(0, chunk.byteLength), { transient: true }))
          reused.fill(0xee) // what the next read does to the buffer
        }
        decoder.end()
        assert.equal(out.length, frames.length, `seed ${seed}`)
        for (let i = 0; i < frames.length; i++) assertBytes(out[i], frames[i], `seed ${seed}, frame ${i}`)
      }
    })

    it('assembles a frame read straight into its room, between frames read into a scratch buffer', () => {
      const frames = [randomBytes(70_000), Uint8Array.from([7]), randomBytes(300)] as Uint8Array[]
      const wire = encodeFrames(frames)
      const decoder = new FrameDecoder({ maxFrameBytes: 70_000 })
      const out: Uint8Array[] = []
      let at = 0
      while (at < wire.byteLength) {
        const room = decoder.room()
        if (room === undefined) {
          // a read into the scratch buffer: a header, maybe the start of its payload
          const n = Math.min(5, wire.byteLength - at)
          out.push(...decoder.push(wire.subarray(at, at + n), { transient: true }))
          at += n
        } else {
          const n = Math.min(room.byteLength, 16_384, wire.byteLength - at)
          room.set(wire.subarray(at, at + n))
          const frame = decoder.filled(n)
          if (frame !== undefined) out.push(frame)
          at += n
        }
      }
      decoder.end()
      assert.equal(out.length, frames.length)
      for (let i = 0; i < frames.length; i++) assertBytes(out[i], frames[i], `frame ${i}`)
      assert.throws(() => decoder.filled(1), RangeError)
    })

    it('never throws anything but FrameError on garbage and never holds more than the bound', () => {
      for (let seed = 1; seed <= 3000; seed++) {
        const rand = prng(seed)
        const maxFrameBytes = [0, 1, 10, 200, 1000][rand(5)]
        const garbage = randomBytes(rand(600))
        if (rand(3) === 0) garbage.fill(0xff, 0, rand(garbage.byteLength + 1)) // long varints
        const decoder = new FrameDecoder({ maxFrameBytes })
        try {
          for (const chunk of randomChunks(garbage, rand(10), rand)) {
            for (const frame of decoder.push(chunk)) {
              assert.ok(frame.byteLength <= maxFrameBytes, `seed ${seed}: frame of ${frame.byteLength} bytes`)
            }
            assert.ok(decoder.bufferedBytes <= Math.max(maxFrameBytes, 8), `seed ${seed}: ${decoder.bufferedBytes} bytes buffered`)
          }
          decoder.end()
        } catch (err) {
          assertFrameError(err, ['ERR_MALFORMED_FRAME', 'ERR_FRAME_TOO_LARGE'])
          assert.equal(decoder.bufferedBytes, 0)
        }
      }
    })

    it('refuses an oversized length prefix before any payload arrives', () => {
      const decoder = new FrameDecoder({ maxFrameBytes: MiB })
      const err = (() => {
        try {
          decoder.push(encodeFrameHeader(2 ** 40))
        } catch (e) {
          return e
        }
        return undefined
      })()
      assertFrameError(err, ['ERR_FRAME_TOO_LARGE'])
      const tooLarge = err as FrameError
      assert.equal(tooLarge.size, 2 ** 40)
      assert.equal(tooLarge.limit, MiB)
      assert.match(tooLarge.message, new RegExp(`${2 ** 40}.*${MiB}`))
      assert.equal(decoder.bufferedBytes, 0)
      // the decoder stays failed
      assert.throws(() => decoder.push(new Uint8Array([0])), (e: unknown) => e === err)
    })

    it('refuses a frame one byte over the bound, accepts one at the bound', () => {
      const ok = new FrameDecoder({ maxFrameBytes: 100 })
      assert.equal(ok.push(encodeFrames([new Uint8Array(100)]))[0].byteLength, 100)
      const over = new FrameDecoder({ maxFrameBytes: 100 })
      assert.throws(() => over.push(encodeFrameHeader(101)), { code: 'ERR_FRAME_TOO_LARGE', size: 101, limit: 100 })
    })

    it('refuses malformed varints', () => {
      const cases = [
        Uint8Array.from([0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80]), // more than 8 bytes
        Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]), // 2^56 - 1
        Uint8Array.from([0x80, 0x00]) // not the shortest form
      ]
      for (const bytes of cases) {
        const decoder = new FrameDecoder({ maxFrameBytes: Number.MAX_SAFE_INTEGER })
        assert.throws(() => decoder.push(bytes), { code: 'ERR_MALFORMED_FRAME' }, `bytes ${bytes.join(',')}`)
      }
    })

    it('end() refuses a truncated frame or header', () => {
      const partial = new FrameDecoder({ maxFrameBytes: 100 })
      partial.push(Uint8Array.from([5, 1, 2]))
      assert.throws(() => partial.end(), { code: 'ERR_MALFORMED_FRAME' })
      const header = new FrameDecoder({ maxFrameBytes: 1000 })
      header.push(Uint8Array.from([0x80]))
      assert.throws(() => header.end(), { code: 'ERR_MALFORMED_FRAME' })
    })

    it('returns a view, not a copy, of a frame that lies in one chunk', () => {
      const wire = encodeFrames([Uint8Array.from([1, 2, 3]), Uint8Array.from([4, 5])])
      const frames = new FrameDecoder({ maxFrameBytes: 10 }).push(wire)
      assert.equal(frames.length, 2)
      assert.equal(frames[0].buffer, wire.buffer)
      assert.equal(frames[1].buffer, wire.buffer)
      assert.deepEqual([...frames[1]], [4, 5])
    })
  })

  describe('framed streams over libp2p', function () {
    this.timeout(60_000)
    const PROTOCOL = '/meshbackup/test-framing/1.0.0'
    let nodes: Libp2p[] = []
    let a: Libp2p
    let b: Libp2p

    beforeEach(async () => {
      nodes = await startNodes(2)
      ;[a, b] = nodes
    })

    afterEach(async () => {
      await stopNodes(nodes)
    })

    /** Registers a handler on b that hands out each inbound stream, framed with `options`. */
    async function inbound (options: FramedOptions = {}): Promise<() => Promise<FramedStream>> {
      const queue: FramedStream[] = []
      const waiting: Array<(f: FramedStream) => void> = []
      await b.handle(PROTOCOL, (stream: Stream, connection: Connection) => {
        const f = framed(stream, { ...options, remotePeer: connection.remotePeer })
        const w = waiting.shift()
        if (w !== undefined) w(f)
        else queue.push(f)
      })
      return async () => {
        const ready = queue.shift()
        if (ready !== undefined) return ready
        return withTimeout(new Promise<FramedStream>((resolve) => waiting.push(resolve)), 10_000, 'inbound stream')
      }
    }

    async function outbound (options: FramedOptions = {}): Promise<FramedStream> {
      const stream = await a.dialProtocol(b.peerId, PROTOCOL)
      return framed(stream, { ...options, remotePeer: b.peerId })
    }

    it('carries empty, multi-part and protobuf frames, then ends cleanly', async () => {
      const accept = await inbound()
      const sender = await outbound()
      const receiver = await accept()
      assert.equal(receiver.remotePeer, a.peerId.toString())
      assert.equal(sender.remotePeer, b.peerId.toString())

      await sender.write()
      await sender.write(Uint8Array.from([1, 2]), new Uint8Array(0), Uint8Array.from([3]))
      await sender.writeMessage(pb.Envelope, { to: 'peer/actor', correlation: 7, kind: 1 })
      await sender.close()

      assertBytes(await receiver.read(), new Uint8Array(0))
      assertBytes(await receiver.read(), Uint8Array.from([1, 2, 3]))
      const envelope = await receiver.readMessage(pb.Envelope)
      assert.equal(envelope?.to, 'peer/actor')
      assert.equal(envelope?.correlation, 7)
      assert.equal(await receiver.read(), undefined)
      assert.equal(await receiver.read(), undefined)
    })

    it('times out a read and reports an undecodable frame as malformed', async () => {
      const accept = await inbound()
      const sender = await outbound()
      await sender.write(Uint8Array.from([0x0f])) // field 1 with wire type 7: not protobuf
      const receiver = await accept()
      await assert.rejects(receiver.readMessage(pb.Envelope), { code: 'ERR_MALFORMED_FRAME' })
      await assert.rejects(receiver.read({ timeoutMs: 50 }), { code: 'ERR_READ_TIMEOUT' })
      await sender.write(Uint8Array.from([9]))
      assertBytes(await receiver.read({ timeoutMs: 10_000 }), Uint8Array.from([9]))
    })

    it('delivers 200 frames of 1 MiB intact and in order', async () => {
      const count = 200
      const base = randomBytes(MiB + count)
      const accept = await inbound()
      const sender = await outbound()
      const writing = (async () => {
        for (let i = 0; i < count; i++) {
          const index = new Uint8Array(4)
          new DataView(index.buffer).setUint32(0, i)
          await sender.write(index, base.subarray(i, i + MiB - 4))
        }
        await sender.close()
      })()
      const receiver = await accept()
      for (let i = 0; i < count; i++) {
        const frame = await receiver.read({ timeoutMs: 10_000 })
        assert.ok(frame !== undefined, `frame ${i} missing`)
        assert.equal(frame.byteLength, MiB)
        assert.equal(new DataView(frame.buffer, frame.byteOffset).getUint32(0), i)
        assert.ok(Buffer.from(frame.buffer, frame.byteOffset + 4, MiB - 4).equals(base.subarray(i, i + MiB - 4)), `frame ${i} corrupted`)
      }
      assert.equal(await receiver.read({ timeoutMs: 10_000 }), undefined)
      await writing
    })

    it('holds the writer back while the reader does not read, with a bounded send queue', async () => {
      const highWaterBytes = MiB
      const frameBytes = MiB
      const count = 64
      const accept = await inbound({ readHighWaterBytes: 2 * MiB })
      const sender = await outbound({ highWaterBytes })
      const receiver = await accept()
      const bound = highWaterBytes + frameBytes + 8
      let maxQueued = 0
      let maxUnread = 0
      const sample = (): void => {
        maxQueued = Math.max(maxQueued, sender.stream.writeBufferLength)
        maxUnread = Math.max(maxUnread, receiver.stream.readBufferLength)
      }
      sender.stream.addEventListener('drain', sample)
      const sampler = setInterval(sample, 1)
      const progress = { written: 0 }
      const payload = randomBytes(frameBytes)
      const writing = (async () => {
        for (let i = 0; i < count; i++) {
          await sender.write(payload)
          sample()
          progress.written++
        }
      })()
      try {
        await waitForStall(progress, 300, 15_000)
        assert.ok(progress.written < count, `all ${count} writes finished although nothing was read`)
        const stalledAt = progress.written
        assert.equal(receiver.stream.readStatus, 'paused', 'the reader did not pause the stream')
        // the pending write stays pending while nothing is read
        assert.equal(await Promise.race([writing.then(() => 'done'), delay(500).then(() => 'pending')]), 'pending')
        assert.equal(progress.written, stalledAt)
        assert.ok(maxQueued <= bound, `send queue reached ${maxQueued} bytes, bound ${bound}`)
        // reading a little resumes the stream; it must pause again and hold the writer again
        const firstRead = 3
        for (let i = 0; i < firstRead; i++) {
          const frame = await receiver.read({ timeoutMs: 10_000 })
          assert.equal(frame?.byteLength, frameBytes)
        }
        await waitForStall(progress, 300, 15_000)
        assert.ok(progress.written < count, 'the writer was not held back after a partial read')
        assert.equal(receiver.stream.readStatus, 'paused', 'the reader did not pause the stream again')
        sample()
        for (let i = firstRead; i < count; i++) {
          const frame = await receiver.read({ timeoutMs: 10_000 })
          assert.equal(frame?.byteLength, frameBytes)
          sample()
        }
        await withTimeout(writing, 10_000, 'writes after draining')
        assert.ok(maxQueued <= bound, `send queue reached ${maxQueued} bytes, bound ${bound}`)
        // while paused only the granted window may arrive; a pause that yamux undid would let it all in
        const windowBound = 2 * yamuxStreamOptions.maxStreamWindowSize
        assert.ok(maxUnread <= windowBound, `receiver buffered ${maxUnread} bytes, bound ${windowBound}`)
      } finally {
        clearInterval(sampler)
      }
    })

    it('carries frames of the maximum size to a slow reader', async () => {
      const count = 6
      const accept = await inbound()
      const sender = await outbound()
      const frame = randomBytes(DEFAULT_MAX_FRAME_BYTES)
      const progress = { written: 0 }
      const writing = (async () => {
        for (let i = 0; i < count; i++) {
          frame[0] = i
          await sender.write(Buffer.from(frame))
          progress.written++
        }
        await sender.close()
      })()
      const receiver = await accept()
      await waitForStall(progress, 300, 15_000)
      assert.ok(progress.written < count, 'the writer was not held back')
      assert.equal(receiver.stream.readStatus, 'paused')
      for (let i = 0; i < count; i++) {
        const got = await receiver.read({ timeoutMs: 10_000 })
        assert.equal(got?.byteLength, DEFAULT_MAX_FRAME_BYTES)
        assert.equal(got?.[0], i)
      }
      assert.equal(await receiver.read({ timeoutMs: 10_000 }), undefined)
      await writing
    })

    it('aborts the stream of a peer sending an oversized frame and keeps serving others', async () => {
      const accept = await inbound({ maxFrameBytes: 64 * 1024 })
      const stream = await a.dialProtocol(b.peerId, PROTOCOL)
      const reset = new Promise<Error | undefined>((resolve) => {
        stream.addEventListener('close', (evt) => { resolve(evt.error) }, { once: true })
      })
      stream.send(encodeFrameHeader(100 * MiB)) // the header alone, no payload
      const receiver = await accept()
      await assert.rejects(receiver.read({ timeoutMs: 10_000 }), (err: unknown) => {
        assertFrameError(err, ['ERR_FRAME_TOO_LARGE'])
        assert.equal((err as FrameError).size, 100 * MiB)
        assert.equal((err as FrameError).limit, 64 * 1024)
        return true
      })
      assert.ok((await withTimeout(reset, 10_000, 'reset of the sender')) !== undefined, 'the sender stream closed without an error')
      assert.equal(stream.status, 'reset')

      const again = await outbound()
      await again.write(Uint8Array.from([42]))
      const next = await accept()
      assertBytes(await next.read({ timeoutMs: 10_000 }), Uint8Array.from([42]))
    })

    it('refuses to write a frame over its own bound without touching the stream', async () => {
      await inbound()
      const sender = await outbound({ maxFrameBytes: 10 })
      await assert.rejects(sender.write(new Uint8Array(6), new Uint8Array(5)), { code: 'ERR_FRAME_TOO_LARGE', size: 11, limit: 10 })
      assert.equal(sender.stream.status, 'open')
      await sender.write(new Uint8Array(10))
    })
  })
})

async function delay (ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

async function withTimeout<T> (promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}

/** Resolves once `progress.written` has not changed for `quietMs` (a stall), or fails after `timeoutMs`. */
async function waitForStall (progress: { readonly written: number }, quietMs: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let last = -1
  while (Date.now() < deadline) {
    const now = progress.written
    if (now === last && now > 0) return
    last = now
    await delay(quietMs)
  }
  throw new Error(`no stall within ${timeoutMs} ms`)
}
