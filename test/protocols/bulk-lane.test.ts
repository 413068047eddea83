/**
 * Tests for protocols/bulk-lane.ts and protocols/frames/socket-frames.ts: one-time TLS 1.3 keys on
 * 127.0.0.1, and the data pipe switching onto the proxy's lane (the repository connects) between
 * real libp2p nodes — or staying on libp2p, with the reason, when the lane cannot be taken.
 */
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import type { Libp2p } from '@libp2p/interface'
import type { PipeBlock } from '../../proto/index.ts'
import { BulkLane, connectLane, LaneError } from '../../protocols/bulk-lane.ts'
import { framedSocket } from '../../protocols/frames/socket-frames.ts'
import { DATAPIPE_PROTOCOL } from '../../protocols/datapipe/protocol.ts'
import { openPipe } from '../../protocols/datapipe/client.ts'
import { handlePipe, type PipeHandler } from '../../protocols/datapipe/server.ts'
import { startNodes, stopNodes } from '../helpers/libp2p.ts'
import { MiB, waitFor, within } from '../helpers/datapath.ts'

describe('protocols/bulk-lane', function () {
  this.timeout(60_000)

  // one listening lane per test, for the tests of its sockets
  let lane: BulkLane
  const listening = (): void => {
    beforeEach(async function () { lane = await BulkLane.listen({ host: '127.0.0.1', offerTimeoutMs: 2000 }) })
    afterEach(async function () { await lane.close() })
  }

  describe('one-time keys', function () {
    listening()

    it('connects the holder of an offered key, and carries frames both ways', async function () {
      const offer = lane.offer()
      assert.equal(offer.lane.key?.byteLength, 32)
      const client = await connectLane(offer.lane, { host: '127.0.0.1' })
      const server = await within(offer.connection, 5000, 'the server side')
      assert.equal(client.getProtocol(), 'TLSv1.3')
      const a = framedSocket(client)
      const b = framedSocket(server)
      const payload = randomBytes(3 * MiB)
      await a.write(Buffer.from('head'), payload)
      const got = await within(b.read(), 5000, 'the frame')
      assert.deepEqual(Buffer.from(got!), Buffer.concat([Buffer.from('head'), payload]))
      await b.write(Buffer.from('back'))
      assert.equal(Buffer.from((await a.read())!).toString(), 'back')
      await a.close()
      assert.equal(await within(b.read(), 5000, 'the end'), undefined, 'a clean close ends the reader')
      await b.close()
    })

    it('refuses a wrong key and a key used once already', async function () {
      const offer = lane.offer()
      const wrong = { ...offer.lane, key: randomBytes(32) }
      await assert.rejects(connectLane(wrong, { host: '127.0.0.1' }), (e: LaneError) => e.code === 'ERR_LANE_CONNECT')
      const first = await connectLane(offer.lane, { host: '127.0.0.1' })
      await offer.connection
      await assert.rejects(connectLane(offer.lane, { host: '127.0.0.1' }), (e: LaneError) => e.code === 'ERR_LANE_CONNECT', 'the key works once')
      first.destroy()
    })

    it('fails an offer nobody takes up, and a withdrawn one', async function () {
      const unused = lane.offer()
      await assert.rejects(unused.connection, (e: LaneError) => e.code === 'ERR_LANE_TIMEOUT' && /firewall/.test(e.message))
      const withdrawn = lane.offer()
      withdrawn.cancel('declined')
      await assert.rejects(withdrawn.connection, (e: LaneError) => e.code === 'ERR_LANE_CLOSED')
      await assert.rejects(connectLane(withdrawn.lane, { host: '127.0.0.1' }), (e: LaneError) => e.code === 'ERR_LANE_CONNECT')
    })

    it('holds a writer back while the reader does not read', async function () {
      const offer = lane.offer()
      const client = await connectLane(offer.lane, { host: '127.0.0.1' })
      const server = await offer.connection
      const writer = framedSocket(client, { highWaterBytes: MiB })
      const reader = framedSocket(server, { readHighWaterBytes: 2 * MiB })
      let written = 0
      const writing = (async () => { for (let i = 0; i < 64; i++) { await writer.write(Buffer.alloc(MiB, i)); written++ } })()
      // nothing is read: the writer must stop long before 64 MiB are queued anywhere
      await new Promise((resolve) => setImmediate(resolve))
      const deadline = Date.now() + 1000
      let last = -1
      while (Date.now() < deadline && last !== written) { last = written; await new Promise((resolve) => setTimeout(resolve, 200)) }
      assert.ok(written < 32, `the writer stalled after ${written} frames`)
      assert.ok(client.writableLength <= 2 * MiB, `at most the high-water mark waits in the socket (${client.writableLength})`)
      for (let i = 0; i < 64; i++) assert.equal(Buffer.from((await within(reader.read(), 5000, `frame ${i}`))!)[0], i)
      await writing
      client.destroy()
      server.destroy()
    })
  })

  describe('a requester reading into reused memory (onread)', function () {
    listening()

    it('keeps what arrived before it attached, assembles frames larger than its buffer, and sees the end', async function () {
      const offer = lane.offer()
      const client = await connectLane(offer.lane, { host: '127.0.0.1' })
      const server = framedSocket(await offer.connection)
      const frames = [Buffer.from('first'), randomBytes(3 * MiB), Buffer.alloc(0), randomBytes(5000), Buffer.from('last')]
      for (const frame of frames) await server.write(frame)
      await server.close()
      // everything, the end included, has arrived (and the socket closed) before the framing attaches
      await waitFor(() => client.destroyed, 5000, 'the socket to read to its end')
      const f = framedSocket(client)
      for (const [i, frame] of frames.entries()) assert.deepEqual(Buffer.from((await within(f.read(), 5000, `frame ${i}`))!), frame, `frame ${i}`)
      assert.equal(await within(f.read(), 5000, 'the end'), undefined)
    })

    it('pauses the socket while the reader does not read', async function () {
      const offer = lane.offer()
      const client = await connectLane(offer.lane, { host: '127.0.0.1' })
      const server = await offer.connection
      const writer = framedSocket(server, { highWaterBytes: MiB })
      const reader = framedSocket(client, { readHighWaterBytes: 2 * MiB })
      let written = 0
      const writing = (async () => { for (let i = 0; i < 64; i++) { await writer.write(Buffer.alloc(MiB, i)); written++ } })()
      const deadline = Date.now() + 1000
      let last = -1
      while (Date.now() < deadline && last !== written) { last = written; await new Promise((resolve) => setTimeout(resolve, 200)) }
      assert.ok(written < 32, `the writer stalled after ${written} frames`)
      for (let i = 0; i < 64; i++) assert.equal(Buffer.from((await within(reader.read(), 5000, `frame ${i}`))!)[0], i)
      await writing
      client.destroy()
      server.destroy()
    })
  })

  describe('the data pipe on the lane', function () {
    let nodes: Libp2p[] = []
    // the proxy's lane: the repository, which receives the blocks, connects to it
    let lane: BulkLane
    const header = { taskId: 't1', leaseId: 'l1', vm: 'web01', disk: 0, size: 64 * MiB, blockSize: MiB }
    const received: PipeBlock[] = []
    const collector: PipeHandler = async (pipe) => {
      await pipe.sendDigests(undefined, 0)
      received.length = 0
      for (let b = await pipe.nextBlock(); b !== undefined; b = await pipe.nextBlock()) received.push(b)
      await pipe.sendSummary({ stagedId: 's', blocksReceived: received.length })
    }

    before(async function () {
      nodes = await startNodes(3)
      lane = await BulkLane.listen({ host: '127.0.0.1', offerTimeoutMs: 5000 })
      await handlePipe(nodes[1], collector, { lane: true })
      // a repository whose config keeps block data on libp2p
      await handlePipe(nodes[2], collector, { lane: false })
    })
    after(async function () {
      for (const node of nodes.slice(1)) await node.unhandle(DATAPIPE_PROTOCOL)
      await lane.close()
      await stopNodes(nodes)
    })

    const send = async (options: { lane?: BulkLane }, repository = nodes[1]): Promise<{ transport: string, declined?: string }> => {
      const pipe = await openPipe(nodes[0], repository.peerId, header, options)
      assert.equal(await within(pipe.baseDigests(), 10_000, 'the digests'), undefined)
      const payloads = Array.from({ length: 8 }, () => randomBytes(MiB))
      for (let i = 0; i < payloads.length; i++) await pipe.sendBlock({ index: i, digest: Buffer.alloc(32, i), rawLength: MiB, compression: 'none' }, payloads[i])
      const summary = await within(pipe.end(), 10_000, 'the summary')
      assert.equal(summary.blocksReceived, 8)
      for (let i = 0; i < payloads.length; i++) assert.deepEqual(Buffer.from(received[i]!.data!), payloads[i], `block ${i}`)
      return { transport: pipe.transport, declined: pipe.laneDeclined }
    }

    it('moves the blocks over TLS when the proxy offers its lane and the repository connects', async function () {
      assert.deepEqual(await send({ lane }), { transport: 'tls', declined: undefined })
    })

    it('stays on libp2p when the proxy offers no lane', async function () {
      assert.deepEqual(await send({}), { transport: 'libp2p', declined: undefined })
    })

    it('stays on libp2p, saying why, when the repository keeps block data on libp2p', async function () {
      const { transport, declined } = await within(send({ lane }, nodes[2]), 4000, 'a pipe declined at once, not after the offer timed out')
      assert.equal(transport, 'libp2p')
      assert.match(declined ?? '', /"bulkLane": "off"/)
    })

    it('stays on libp2p, saying why, when the offered lane cannot be reached', async function () {
      await lane.close() // offers still go out, to a port nobody listens on
      const { transport, declined } = await send({ lane })
      assert.equal(transport, 'libp2p')
      assert.match(declined ?? '', /cannot reach the bulk lane at 127\.0\.0\.1:\d+/)
    })
  })
})
