/**
 * A protocol served to its own process over a loopback socket pair: what a restore on the
 * repository's own node uses, since libp2p cannot dial itself.
 */
import assert from 'node:assert/strict'
import { pb } from '../../../proto/index.ts'
import { dialLoopback, serveLoopback, unserveLoopback } from '../../../protocols/frames/loopback.ts'

describe('protocols/frames loopback', () => {
  it('carries frames both ways to the handler served under the peer id and protocol, and nothing once stopped', async () => {
    serveLoopback('peer-a', '/test/1', async (frames) => {
      const asked = await frames.readMessage(pb.RestoreRequest)
      await frames.writeMessage(pb.RestoreRequest, { pointId: `answer to ${asked?.pointId}` })
      await frames.close()
    })
    assert.equal(await dialLoopback('peer-b', '/test/1'), undefined, 'another peer id is not served')
    assert.equal(await dialLoopback('peer-a', '/test/2'), undefined, 'another protocol is not served')
    const frames = (await dialLoopback('peer-a', '/test/1'))!
    await frames.writeMessage(pb.RestoreRequest, { pointId: 'p1' })
    assert.equal((await frames.readMessage(pb.RestoreRequest))?.pointId, 'answer to p1')
    assert.equal(await frames.readMessage(pb.RestoreRequest), undefined, 'closed by the handler')
    await frames.close()
    unserveLoopback('peer-a', '/test/1')
    assert.equal(await dialLoopback('peer-a', '/test/1'), undefined)
  })
})
