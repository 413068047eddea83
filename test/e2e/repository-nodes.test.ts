/**
 * One repository name served by two nodes: each VM's points stay on one node, the next
 * session's incremental goes to the node holding the VM's base point (elsewhere it would read
 * every block), retention counts and deletes points on both nodes, and a point on either node
 * restores bit-exact.
 */
import assert from 'node:assert/strict'
import { mkdtemp, rm, readFile } from 'node:fs/promises'
import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCluster, waitUntil, type Cluster } from '../../sim/cluster.ts'
import { writeFileHost, changeBlocks } from '../../sim/corpus.ts'

const MiB = 1024 * 1024
const VMS = ['vm1', 'vm2', 'vm3', 'vm4', 'vm5', 'vm6']

describe('a repository served by two nodes', function () {
  this.timeout(180_000)
  let dir: string
  let cluster: Cluster | undefined

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-repo-nodes-'))
  })

  after(async function () {
    if (this.currentTest?.state === 'failed' && cluster != null) {
      for (const name of ['a', 'c1', 'c2']) console.error(`--- log of ${name}\n${cluster.logTail(name, 30)}`)
    }
    await cluster?.stop()
    await rm(dir, { recursive: true, force: true })
  })

  it('keeps each VM on the node of its base point, applies retention on both, restores from both', async () => {
    const hostDir = join(dir, 'host')
    await writeFileHost(hostDir, { seed: 5, vms: VMS.map((name) => ({ name, disks: [{ name: 'disk0', size: 8 * MiB }] })) })
    cluster = await startCluster({
      dir: join(dir, 'mesh'),
      nodes: [
        { name: 'a', roles: ['manager', 'scheduler'] },
        { name: 'b', roles: ['proxy'], proxySlots: 2 },
        // one slot each: two disks at a time must go to both nodes
        { name: 'c1', roles: ['repository'], repositoryName: 'main', repositorySlots: 1 },
        { name: 'c2', roles: ['repository'], repositoryName: 'main', repositorySlots: 1 }
      ]
    })
    await waitUntil('both repository nodes in the view', async () => {
      const status = await cluster!.json('a', ['status'])
      return status.capacity.filter((c: any) => c.announcement.repository?.name === 'main').length === 2 ? true : undefined
    })
    await cluster.addFileHost('a', 'lab', hostDir)
    await cluster.cli('a', ['job', 'add', 'nightly', '--host', 'lab', '--repository', 'main', '--keep-last', '1'])

    const full = await cluster.json('a', ['job', 'run', 'nightly', '--wait'])
    assert.equal(full.state, 'success', full.log.join('\n'))
    const first = await cluster.json('a', ['points', 'list', '--job', 'nightly'])
    assert.equal(first.length, VMS.length)
    const nodeOf = new Map<string, string>(first.map((p: any) => [p.vm, p.repositoryPeer]))
    assert.equal(new Set(nodeOf.values()).size, 2, 'the VMs went to both nodes')

    for (const [i, vm] of VMS.entries()) await changeBlocks(join(hostDir, vm, 'disk0.raw'), { fraction: 0.25, blockSize: MiB, seed: 40 + i })
    const incremental = await cluster.json('a', ['job', 'run', 'nightly', '--wait'])
    const log = incremental.log.join('\n')
    assert.equal(incremental.state, 'success', log)
    assert.doesNotMatch(log, /not usable/)
    for (const task of incremental.tasks) {
      assert.equal(task.changeDetection, 'digest', `VM ${task.vm} compared digests with its base point`)
      assert.ok(task.stats.blocksUnchanged > 0, `VM ${task.vm}: unchanged blocks were not sent (${JSON.stringify(task.stats)})`)
    }

    // keep-last 1: the first session's points are gone from both nodes
    const kept = await cluster.json('a', ['points', 'list', '--job', 'nightly'])
    assert.deepEqual(kept.map((p: any) => p.id).sort(), [...incremental.points].sort())
    for (const p of kept) assert.equal(p.repositoryPeer, nodeOf.get(p.vm), `VM ${p.vm} stayed on its node`)

    const digest = async (f: string): Promise<string> => createHash('sha256').update(await readFile(f)).digest('hex')
    for (const node of new Set(nodeOf.values())) {
      const point = kept.find((p: any) => p.repositoryPeer === node)
      const to = join(dir, `restored-${point.vm}`)
      await cluster.cli('a', ['restore', point.id, '--vm', point.vm, '--to', to])
      assert.equal(await digest(join(to, 'disk0.raw')), await digest(join(hostDir, point.vm, 'disk0.raw')))
    }
  })
})
