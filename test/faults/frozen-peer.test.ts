/**
 * A frozen peer (SIGSTOP: its process alive, its sockets open, nothing answered) is noticed by
 * the mesh's own pings (node/runtime/mesh.ts pingConnections, every 10 s, 15 s to answer) and its
 * connection closed within about 25 s, before its capacity entry expires; once it thaws, it is
 * redialled and back. Guards the pings too: they use yamux's ping on libp2p's connection, which
 * libp2p does not export, so an upgrade that hides it must fail here, not silently.
 */
import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCluster, waitUntil, type Cluster } from '../../sim/cluster.ts'

describe('faults: a frozen peer', function () {
  this.timeout(120_000)
  let dir: string
  let cluster: Cluster | undefined
  let frozenPid: number | undefined

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-frozen-'))
    cluster = await startCluster({
      dir: join(dir, 'mesh'),
      nodes: [
        { name: 'a', roles: ['manager', 'scheduler'] },
        { name: 'b', roles: ['proxy'] }
      ]
    })
  })

  after(async function () {
    if (frozenPid !== undefined) process.kill(frozenPid, 'SIGCONT')
    if (this.currentTest?.state === 'failed' && cluster != null) {
      for (const name of ['a', 'b']) console.error(`--- log of ${name}\n${cluster.logTail(name, 30)}`)
    }
    await cluster?.stop()
    await rm(dir, { recursive: true, force: true })
  })

  it('is dropped by pings within about 25 s, and is back once it thaws', async () => {
    const b = cluster!.node('b').peerId
    const connected = async (): Promise<boolean> => ((await cluster!.api('a', '/api/status')).connected ?? []).includes(b)
    await waitUntil('a to be connected to b', async () => await connected() ? true : undefined, 30_000, 200)
    frozenPid = cluster!.node('b').process!.pid!
    const frozenAt = Date.now()
    process.kill(frozenPid, 'SIGSTOP')
    const dropped = await waitUntil('a to drop the frozen b', async () => await connected() ? undefined : Date.now() - frozenAt, 40_000, 250)
    assert.ok(dropped <= 30_000, `the frozen peer was dropped after ${dropped} ms`)
    console.log(`      a frozen peer was dropped after ${dropped} ms`)
    process.kill(frozenPid, 'SIGCONT')
    frozenPid = undefined
    await waitUntil('a to reconnect to the thawed b', async () => await connected() ? true : undefined, 30_000, 250)
  })
})
