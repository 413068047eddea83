/**
 * Tests for protocols/datapipe/: the hand-made block frame encoding against protobufjs, and
 * pipes between two real libp2p nodes on 127.0.0.1 (digests, blocks, summary, errors at every
 * stage, malformed input, backpressure).
 */
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import type { Libp2p } from '@libp2p/interface'
import { pb, type PipeBlock } from '../../proto/index.ts'
import { DATAPIPE_PROTOCOL, DIGESTS_PER_CHUNK, PipeError } from '../../protocols/datapipe/protocol.ts'
import { encodeBlockFrame } from '../../protocols/datapipe/block-frame.ts'
import { openPipe } from '../../protocols/datapipe/client.ts'
import { handlePipe, type PipeHandler, type PipeServer } from '../../protocols/datapipe/server.ts'
import { framed } from '../../protocols/frames/stream-frames.ts'
import { encodeFrameHeader } from '../../protocols/frames/codec.ts'
import { startNodes, stopNodes } from '../helpers/libp2p.ts'
import { MiB, waitFor, within } from '../helpers/datapath.ts'

function concat (parts: Uint8Array[]): Uint8Array {
  return Buffer.concat(parts)
}

/** mulberry32: a failing case can be replayed from its seed. */
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

describe('protocols/datapipe', function () {
  describe('encodeBlockFrame', function () {
    it('encodes exactly what protobufjs encodes, with the payload as its own part', function () {
      const data = randomBytes(1 * MiB)
      const meta: PipeBlock = { index: 123456789012, digest: randomBytes(32), rawLength: 1 * MiB, compression: 'zstd' }
      const parts = encodeBlockFrame(meta, data)
      assert.equal(parts.length, 2)
      assert.equal(parts[1], data, 'the payload is passed through, not copied')
      const bytes = concat(parts)
      assert.deepEqual(bytes, Buffer.from(pb.PipeFrame.encode({ block: { ...meta, data } }).finish()))
      const frame = pb.PipeFrame.decode(bytes)
      assert.equal(frame.frame, 'block')
      assert.equal(frame.block!.index, 123456789012)
      assert.deepEqual(Buffer.from(frame.block!.digest!), meta.digest)
      assert.equal(frame.block!.rawLength, 1 * MiB)
      assert.equal(frame.block!.compression, 'zstd')
      assert.deepEqual(Buffer.from(frame.block!.data!), data)
    })

    it('round-trips random blocks of every size class, and zero markers without data', function () {
      const rand = prng(7)
      for (let n = 0; n < 300; n++) {
        const size = [0, 1, 127, 128, 16383, 16384, 70000, 2 * MiB][rand(8)] + rand(3)
        const data = randomBytes(size)
        const meta: PipeBlock = { index: rand(2 ** 31) * (rand(2) === 1 ? 4096 : 1), rawLength: rand(2 ** 22), compression: rand(2) === 1 ? 'zstd' : 'none' }
        if (rand(3) > 0) meta.digest = randomBytes(32)
        if (size === 0) meta.zero = true
        const frame = pb.PipeFrame.decode(concat(encodeBlockFrame(meta, data)))
        assert.equal(frame.frame, 'block', `seed 7 case ${n}`)
        const block = frame.block!
        assert.equal(block.index, meta.index ?? 0)
        assert.equal(block.rawLength, meta.rawLength ?? 0)
        assert.equal(block.zero, meta.zero === true)
        assert.equal(block.compression, meta.compression)
        assert.deepEqual(Buffer.from(block.digest ?? []), Buffer.from(meta.digest ?? []))
        assert.deepEqual(Buffer.from(block.data ?? []), data, `case ${n}: payload of ${size} bytes`)
      }
    })

    it('ignores a data field left in the metadata', function () {
      const frame = pb.PipeFrame.decode(concat(encodeBlockFrame({ index: 1, data: Buffer.from('stale') }, Buffer.from('fresh'))))
      assert.equal(Buffer.from(frame.block!.data!).toString(), 'fresh')
    })
  })

  describe('over libp2p', function () {
    this.timeout(60_000)
    let nodes: Libp2p[] = []
    let handler: PipeHandler
    const header = { taskId: 't1', leaseId: 'l1', vm: 'web01', disk: 0, size: 64 * MiB, blockSize: MiB }

    before(async function () {
      nodes = await startNodes(2)
      await handlePipe(nodes[1], async (pipe) => { await handler(pipe) })
    })

    after(async function () {
      await stopNodes(nodes)
    })

    /** A server that sends `digests`, keeps every block and answers a summary counting them. */
    const collector = (digests: Buffer | undefined, received: PipeBlock[]): PipeHandler => async (pipe) => {
      assert.equal(pipe.header.vm, 'web01')
      await pipe.sendDigests(digests, digests === undefined ? 0 : 64 * MiB)
      for (let b = await pipe.nextBlock(); b !== undefined; b = await pipe.nextBlock()) received.push(b)
      await pipe.sendSummary({ stagedId: 'staged-1', blocksReceived: received.length, bytesStored: received.reduce((n, b) => n + (b.data?.byteLength ?? 0), 0) })
    }

    it('carries the base digests in chunks, the blocks and the summary', async function () {
      const digests = randomBytes((DIGESTS_PER_CHUNK + 1000) * 32)
      const received: PipeBlock[] = []
      handler = collector(digests, received)
      const pipe = await openPipe(nodes[0], nodes[1].peerId, header)
      const base = await within(pipe.baseDigests(), 10_000, 'the digests')
      assert.deepEqual(base, digests)
      assert.equal(pipe.baseSize, 64 * MiB)
      const payloads = Array.from({ length: 20 }, () => randomBytes(MiB))
      for (let i = 0; i < payloads.length; i++) {
        await pipe.sendBlock({ index: i, digest: Buffer.alloc(32, i), rawLength: MiB, compression: 'none' }, payloads[i])
      }
      await pipe.sendZero(40)
      const summary = await within(pipe.end(), 10_000, 'the summary')
      assert.equal(summary.stagedId, 'staged-1')
      assert.equal(summary.blocksReceived, 21)
      assert.equal(summary.bytesStored, 20 * MiB)
      assert.equal(received.length, 21)
      for (let i = 0; i < payloads.length; i++) assert.deepEqual(Buffer.from(received[i].data!), payloads[i], `block ${i}`)
      assert.equal(received[20].zero, true)
      assert.equal(received[20].index, 40)
    })

    it('says "no base" with one empty last chunk', async function () {
      handler = collector(undefined, [])
      const pipe = await openPipe(nodes[0], nodes[1].peerId, header)
      assert.equal(await pipe.baseDigests(), undefined)
      assert.equal((await pipe.end()).blocksReceived, 0)
    })

    it('hands a refusal to the proxy with its code, and serves the next pipe', async function () {
      handler = async () => { throw Object.assign(new Error('no lease l1 for task t1'), { code: 'ERR_NO_LEASE' }) }
      const pipe = await openPipe(nodes[0], nodes[1].peerId, header)
      const err = await pipe.baseDigests().then(() => undefined, (e: PipeError) => e)
      assert.ok(err instanceof PipeError)
      assert.equal(err.code, 'ERR_PIPE_REFUSED')
      assert.equal(err.remoteCode, 'ERR_NO_LEASE')
      assert.match(err.message, /no lease l1/)
      await assert.rejects(pipe.sendBlock({ index: 0 }, Buffer.alloc(1)), (e: PipeError) => e.remoteCode === 'ERR_NO_LEASE')

      handler = collector(undefined, [])
      const next = await openPipe(nodes[0], nodes[1].peerId, header)
      assert.equal((await next.end()).stagedId, 'staged-1')
    })

    it('fails the proxy\'s sends when the repository refuses mid-stream', async function () {
      let got = 0
      handler = async (pipe: PipeServer) => {
        await pipe.sendDigests(undefined, 0)
        while (got < 3) { await pipe.nextBlock(); got++ }
        throw Object.assign(new Error('block 2 was refused: its bytes do not hash to its digest'), { code: 'ERR_DIGEST_MISMATCH' })
      }
      const pipe = await openPipe(nodes[0], nodes[1].peerId, header)
      await pipe.baseDigests()
      const err = await (async () => {
        for (let i = 0; i < 1000; i++) await pipe.sendBlock({ index: i, rawLength: 65536 }, randomBytes(65536))
        return await pipe.end()
      })().then(() => undefined, (e: PipeError) => e)
      assert.ok(err instanceof PipeError, 'the proxy noticed')
      assert.equal(err.remoteCode, 'ERR_DIGEST_MISMATCH')
      assert.equal(got, 3)
    })

    it('answers malformed input with an error frame and keeps serving', async function () {
      let called = 0
      handler = async () => { called++ }
      // a frame that is not a PipeFrame
      const s1 = framed(await nodes[0].dialProtocol(nodes[1].peerId, DATAPIPE_PROTOCOL))
      await s1.write(Uint8Array.from([0xff, 0xff, 0xff]))
      const e1 = await within(s1.readMessage(pb.PipeFrame), 10_000)
      assert.equal(e1?.frame, 'error')
      assert.match(e1!.error!.code!, /ERR_MALFORMED_FRAME|ERR_PIPE_PROTOCOL/)
      s1.abort(new Error('done'))
      // a block before any header
      const s2 = framed(await nodes[0].dialProtocol(nodes[1].peerId, DATAPIPE_PROTOCOL))
      await s2.write(...encodeBlockFrame({ index: 0 }, Buffer.alloc(10)))
      const e2 = await within(s2.readMessage(pb.PipeFrame), 10_000)
      assert.equal(e2!.error!.code, 'ERR_PIPE_PROTOCOL')
      assert.match(e2!.error!.message!, /header/)
      s2.abort(new Error('done'))
      // a header with an absurd block size
      const s3 = framed(await nodes[0].dialProtocol(nodes[1].peerId, DATAPIPE_PROTOCOL))
      await s3.writeMessage(pb.PipeFrame, { header: { ...header, blockSize: 1 << 30 } })
      const e3 = await within(s3.readMessage(pb.PipeFrame), 10_000)
      assert.equal(e3!.error!.code, 'ERR_PIPE_PROTOCOL')
      s3.abort(new Error('done'))
      // a frame announcing 1 GiB: the server resets before allocating it
      const s4 = framed(await nodes[0].dialProtocol(nodes[1].peerId, DATAPIPE_PROTOCOL))
      s4.stream.send(encodeFrameHeader(1 << 30))
      await assert.rejects(within(s4.read(), 10_000), (e: Error & { code?: string }) => e.code === 'ERR_STREAM_RESET')
      assert.equal(called, 0, 'no malformed pipe reached the role')

      const received: PipeBlock[] = []
      handler = collector(undefined, received)
      const pipe = await openPipe(nodes[0], nodes[1].peerId, header)
      await pipe.sendBlock({ index: 3 }, Buffer.from('still here'))
      assert.equal((await pipe.end()).blocksReceived, 1)
    })

    it('fails the pipe when the proxy says it sent more blocks than arrived', async function () {
      handler = collector(undefined, [])
      const s = framed(await nodes[0].dialProtocol(nodes[1].peerId, DATAPIPE_PROTOCOL))
      await s.writeMessage(pb.PipeFrame, { header })
      assert.equal((await s.readMessage(pb.PipeFrame))?.frame, 'digests')
      await s.writeMessage(pb.PipeFrame, { end: { blocksSent: 5 } })
      const e = await within(s.readMessage(pb.PipeFrame), 10_000)
      assert.equal(e!.error!.code, 'ERR_PIPE_PROTOCOL')
      assert.match(e!.error!.message!, /5 blocks/)
      s.abort(new Error('done'))
    })

    it('makes the proxy wait while the repository does not read (bounded buffering)', async function () {
      let release!: () => void
      const gate = new Promise<void>(resolve => { release = resolve })
      const received: PipeBlock[] = []
      handler = async (pipe) => {
        await pipe.sendDigests(undefined, 0)
        await gate
        for (let b = await pipe.nextBlock(); b !== undefined; b = await pipe.nextBlock()) received.push(b)
        await pipe.sendSummary({ blocksReceived: received.length })
      }
      const pipe = await openPipe(nodes[0], nodes[1].peerId, header)
      await pipe.baseDigests()
      const total = 64
      let sent = 0
      let lastProgress = Date.now()
      const sending = (async () => {
        for (let i = 0; i < total; i++) {
          await pipe.sendBlock({ index: i, rawLength: MiB }, randomBytes(MiB))
          sent++
          lastProgress = Date.now()
        }
        return await pipe.end()
      })()
      // wait until the sender has stalled for half a second
      await waitFor(() => Date.now() - lastProgress > 500, 20_000, 'the sender to stall')
      assert.ok(sent <= 12, `the proxy had to wait: ${sent} MiB went out while nobody read (window + high water marks)`)
      release()
      const summary = await within(sending, 30_000, 'the transfer')
      assert.equal(summary.blocksReceived, total)
      assert.equal(received.length, total)
    })
  })
})
