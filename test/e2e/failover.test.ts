/**
 * A proxy killed in the middle of a task: the session notices it leave the mesh, retries the task
 * once on the other proxy, and the restore point is still bit-exact.
 */
import assert from 'node:assert/strict'
import { mkdtemp, rm, readFile, readdir } from 'node:fs/promises'
import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCluster, waitUntil, type Cluster } from '../../sim/cluster.ts'
import { readFileSync } from 'node:fs'
import { writeFileHost, changeBlocks } from '../../sim/corpus.ts'

const MiB = 1024 * 1024

describe('a proxy dies mid-task', function () {
  this.timeout(180_000)
  let dir: string
  let cluster: Cluster | undefined

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-failover-'))
  })

  after(async function () {
    if (this.currentTest?.state === 'failed' && cluster != null) {
      for (const name of ['a', 'b', 'd']) console.error(`--- log of ${name}\n${cluster.logTail(name, 30)}`)
    }
    await cluster?.stop()
    await rm(dir, { recursive: true, force: true })
  })

  it('retries the task on the other proxy and commits a bit-exact point', async () => {
    const hostDir = join(dir, 'host')
    // incompressible, no zero blocks: the throttle makes the task last long enough to be killed
    await writeFileHost(hostDir, { seed: 3, mix: { zero: 0, text: 0, random: 1 }, vms: [{ name: 'app01', disks: [{ name: 'disk0', size: 16 * MiB }] }] })
    cluster = await startCluster({
      dir: join(dir, 'mesh'),
      nodes: [
        { name: 'a', roles: ['manager', 'scheduler'] },
        { name: 'b', roles: ['proxy'], proxySlots: 1 },
        { name: 'd', roles: ['proxy'], proxySlots: 1 },
        { name: 'c', roles: ['repository'], repositoryName: 'main' }
      ]
    })
    await cluster.addFileHost('a', 'lab', hostDir)
    await waitUntil('both proxies to reach the host', async () => {
      const status = await cluster!.json('a', ['status'])
      return status.capacity.filter((c: any) => (c.announcement.proxy?.hosts ?? []).length > 0).length === 2 ? true : undefined
    })
    await cluster.cli('a', ['job', 'add', 'app', '--host', 'lab', '--repository', 'main', '--rate', '2M'])
    const run = await cluster.json('a', ['job', 'run', 'app'])

    const first = await waitUntil('the task to be running on a proxy', async () => {
      const s = await cluster!.json('a', ['session', 'show', run.id])
      const task = s.tasks[0]
      return task?.state === 'running' && task.proxy !== '' && task.blocksDone > 0 ? task.proxy as string : undefined
    }, 30_000)
    const victim = [...cluster.nodes.values()].find((n) => n.peerId === first)!
    await cluster.stopDaemon(victim.spec.name, 'SIGKILL')

    const session = await waitUntil('the session to end', async () => {
      const s = await cluster!.json('a', ['session', 'show', run.id])
      return s.state !== 'running' ? s : undefined
    }, 90_000, 500)
    assert.equal(session.state, 'success', session.log.join('\n'))
    const task = session.tasks[0]
    assert.equal(task.attempts, 2)
    assert.notEqual(task.proxy, first, 'the retry ran on the other proxy')
    assert.match(session.log.join('\n'), /attempt 1 failed on proxy/)

    const [point] = await cluster.json('a', ['points', 'list', '--job', 'app'])
    const to = join(dir, 'restored')
    await cluster.cli('a', ['restore', point.id, '--vm', 'app01', '--to', to])
    const digest = async (f: string): Promise<string> => createHash('sha256').update(await readFile(f)).digest('hex')
    assert.equal(await digest(join(to, 'disk0.raw')), await digest(join(hostDir, 'app01', 'disk0.raw')))
  })

  it('releases the snapshots of a session whose manager was killed, when the manager restarts', async () => {
    const hostDir = join(dir, 'host')
    const snapshots = join(hostDir, '.meshbackup', 'snapshots')
    const before = await readdir(snapshots).catch(() => [])
    // every block changed: the throttled incremental takes seconds, long enough to kill the manager
    await changeBlocks(join(hostDir, 'app01', 'disk0.raw'), { fraction: 1, blockSize: MiB, seed: 11 })
    const run = await cluster!.json('a', ['job', 'run', 'app'])
    await waitUntil('the task to be reading', async () => {
      const s = await cluster!.json('a', ['session', 'show', run.id])
      return s.tasks[0]?.blocksDone > 0 ? true : undefined
    }, 30_000)
    assert.equal((await readdir(snapshots)).length, before.length + 1, 'the session holds a snapshot')
    await cluster!.stopDaemon('a', 'SIGKILL')
    cluster!.startDaemon('a')
    await waitUntil('the snapshot hunter to release the leftover', async () => {
      return (await readdir(snapshots)).length === before.length ? true : undefined
    }, 60_000, 300)
    assert.match(readFileSync(cluster!.node('a').log, 'utf8'), /snapshot hunter: released leftover snapshot .* of VM app01 on host lab from session /)
    const interrupted = await cluster!.json('a', ['session', 'show', run.id])
    assert.equal(interrupted.state, 'failed', 'the cut-off session does not stay running forever')
    assert.match(interrupted.log.join('\n'), /interrupted: its manager stopped before it ended/)
  })
})
