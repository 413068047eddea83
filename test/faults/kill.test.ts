/**
 * Faults lose nothing: kill -9 of each daemon in the middle of a backup, with real daemons
 * (a: manager and scheduler; b, d: proxies; c: the repository "main") and a file host whose
 * 32 MiB disk the job reads at 4 MB/s, so every kill lands mid-disk.
 *
 * - a proxy: with a second proxy the task moves there and the job completes; without one the job
 *   fails naming the reason within 30 s, and its snapshot is released once a proxy is back;
 *   no partial point is ever listed; the retry reads only the blocks the repository did not keep.
 * - the repository, restarted at once: the job completes on the retry, every earlier point
 *   verifies, and the next backup deduplicates against what was stored.
 * - the manager: the proxy abandons the orphaned task within seconds (its slot and the
 *   repository's lease freed, no staged disk left); after the restart the hosts are known again
 *   within seconds and the session is marked interrupted with no task still queued or running.
 * - a stranger dialling in: refused on every protocol, logged once with its id and address.
 */
import assert from 'node:assert/strict'
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { multiaddr } from '@multiformats/multiaddr'
import { startCluster, waitUntil, type Cluster } from '../../sim/cluster.ts'
import { writeFileHost } from '../../sim/corpus.ts'
import { startNode } from '../helpers/libp2p.ts'
import { loadConfig, saveConfig } from '../../node/daemon/config.ts'

const MiB = 1024 * 1024
const PROTOCOLS = ['/meshbackup/admin/1.0.0', '/meshbackup/datapipe/1.0.0', '/meshbackup/restore/1.0.0', '/meshbackup/rpc/1.0.0', '/meshbackup/x/1.0.0', '/meshsub/1.1.0', '/ipfs/id/1.0.0', '/ipfs/ping/1.0.0']

describe('faults: kill -9 of each daemon mid-backup', function () {
  this.timeout(600_000)
  let dir: string
  let hostDir: string
  let snapshots: string
  let staging: string
  let cluster: Cluster | undefined
  const figures: string[] = []

  const session = async (id: string): Promise<any> => await cluster!.api('a', `/api/sessions/${id}`).catch(async () => await cluster!.json('a', ['session', 'show', id]))
  const show = async (id: string): Promise<any> => await cluster!.json('a', ['session', 'show', id])
  /** Starts the job and waits until its disk is being read; returns the session id and the reading proxy. */
  const startReading = async (job = 'app'): Promise<{ id: string, proxy: string, at: number }> => {
    const run = await cluster!.json('a', ['job', 'run', job])
    const proxy = await waitUntil('the task to be reading', async () => {
      const task = (await show(run.id)).tasks[0]
      return task?.state === 'running' && task.proxy !== '' && task.blocksDone > 0 ? task.proxy as string : undefined
    }, 60_000, 250)
    return { id: run.id, proxy, at: Date.now() }
  }
  const ended = async (id: string, timeoutMs: number): Promise<any> => await waitUntil(`session ${id} to end`, async () => {
    const s = await show(id)
    return s.state !== 'running' ? s : undefined
  }, timeoutMs, 250)
  const nameOf = (peer: string): string => [...cluster!.nodes.values()].find((n) => n.peerId === peer)!.spec.name
  const ownAnnouncement = async (name: string): Promise<any> => {
    const status = await cluster!.api(name, '/api/status')
    return status.capacity.find((c: any) => c.announcement.peerId === cluster!.node(name).peerId)?.announcement
  }
  const digest = async (f: string): Promise<string> => createHash('sha256').update(await readFile(f)).digest('hex')
  const noTaskLeftOpen = (s: any): void => {
    for (const t of s.tasks) assert.ok(t.state !== 'queued' && t.state !== 'running', `task ${t.taskId} of the ended session says "${t.state}"`)
  }

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-kill-'))
    hostDir = join(dir, 'host')
    snapshots = join(hostDir, '.meshbackup', 'snapshots')
    // incompressible, no zero blocks: at 4 MB/s a disk takes 8 s, long enough to kill a daemon
    await writeFileHost(hostDir, { seed: 5, mix: { zero: 0, text: 0, random: 1 }, vms: [{ name: 'app01', disks: [{ name: 'disk0', size: 32 * MiB }] }] })
    cluster = await startCluster({
      dir: join(dir, 'mesh'),
      nodes: [
        { name: 'a', roles: ['manager', 'scheduler'] },
        { name: 'b', roles: ['proxy'], proxySlots: 1 },
        { name: 'd', roles: ['proxy'], proxySlots: 1 },
        { name: 'c', roles: ['repository'], repositoryName: 'main' }
      ],
      start: false
    })
    // a received disk is made durable every second: a repository killed 2 s into the disk has
    // something for the retry to resume from
    const home = cluster.node('c').home
    const config = await loadConfig(home)
    await saveConfig(home, { ...config, repository: { ...config.repository!, checkpointSeconds: 1 } })
    for (const name of ['a', 'b', 'd', 'c']) cluster.startDaemon(name)
    await cluster.waitForMesh()
    staging = join(dir, 'mesh', 'c-repository', 'staging')
    await cluster.addFileHost('a', 'lab', hostDir)
    await waitUntil('both proxies to reach the host', async () => {
      const status = await cluster!.json('a', ['status'])
      return status.capacity.filter((c: any) => (c.announcement.proxy?.hosts ?? []).length > 0).length === 2 ? true : undefined
    })
    await cluster.cli('a', ['job', 'add', 'app', '--host', 'lab', '--repository', 'main', '--rate', '4M'])
  })

  after(async function () {
    if (figures.length > 0) console.log(`      figures: ${figures.join('; ')}`)
    if (this.currentTest?.state === 'failed' && cluster != null) {
      for (const name of ['a', 'b', 'd', 'c']) console.error(`--- log of ${name}\n${cluster.logTail(name, 40)}`)
    }
    await cluster?.stop()
    await rm(dir, { recursive: true, force: true })
  })

  it('a killed proxy: the task moves to the other proxy, the job completes, no partial point is listed, the snapshot is released', async () => {
    const { id, proxy } = await startReading()
    const killedAt = Date.now()
    await cluster!.stopDaemon(nameOf(proxy), 'SIGKILL')
    const moved = await waitUntil('the task to run on the other proxy', async () => {
      const s = await show(id)
      const task = s.tasks[0]
      // until the session ends, no point is listed (a retry that resumes may end it before a poll sees it running)
      if (s.state === 'running') assert.equal((await cluster!.json('a', ['points', 'list', '--job', 'app'])).length, 0, 'no partial point is listed')
      return task.proxy !== proxy && (task.state === 'running' || s.state !== 'running') ? Date.now() - killedAt : undefined
    }, 30_000, 100)
    figures.push(`proxy kill → task running on the other proxy in ${moved} ms`)
    const s = await ended(id, 120_000)
    assert.equal(s.state, 'success', s.log.join('\n'))
    assert.equal(s.tasks[0].attempts, 2)
    assert.match(s.log.join('\n'), /retrying on another proxy; the blocks of the \d+ attempt 1 moved that the repository made durable are not read again/)
    // the repository kept what the dead proxy's attempt sent: the retry read only the rest
    const resumed = Number(s.tasks[0].stats.blocksResumed ?? 0)
    figures.push(`proxy kill → the retry resumed from ${resumed} of 32 blocks`)
    assert.ok(resumed > 0, `the retry resumed from the stored blocks: ${JSON.stringify(s.tasks[0].stats)}`)
    assert.match(s.log.join('\n'), /attempt 2 resumed from the \d+ blocks earlier attempts stored/)
    assert.equal(Number(s.tasks[0].stats.bytesRead), (32 - resumed) * MiB, 'the resumed blocks were not read')
    assert.equal((await cluster!.json('a', ['points', 'list', '--job', 'app'])).length, 1)
    assert.deepEqual(await readdir(snapshots), [], 'the session released its snapshot through the live proxy')
    cluster!.startDaemon(nameOf(proxy))
    await cluster!.waitForMesh()
  })

  it('a killed proxy and no other: the job fails naming the reason within 30 s, the snapshot is released once a proxy is back', async () => {
    await cluster!.stopDaemon('d')
    const { id, proxy } = await startReading()
    assert.equal(nameOf(proxy), 'b')
    const killedAt = Date.now()
    await cluster!.stopDaemon('b', 'SIGKILL')
    const s = await ended(id, 30_000)
    const failedIn = Date.now() - killedAt
    figures.push(`proxy kill without a second proxy → session failed in ${failedIn} ms`)
    assert.ok(failedIn < 30_000, `the session failed ${failedIn} ms after the kill`)
    assert.equal(s.state, 'failed')
    assert.match(s.log.join('\n'), /attempt 1 failed on proxy .*left the mesh|no proxy reaches host lab/)
    noTaskLeftOpen(s)
    assert.equal(s.tasks[0].error !== '', true, 'the task names why it failed')
    assert.equal((await cluster!.json('a', ['points', 'list', '--job', 'app'])).length, 1, 'no partial point is listed')
    assert.equal((await readdir(snapshots)).length, 1, 'the snapshot outlived its proxy')
    cluster!.startDaemon('b')
    cluster!.startDaemon('d')
    await cluster!.waitForMesh()
    await waitUntil('the leftover snapshot to be released through a proxy that is back', async () => (await readdir(snapshots)).length === 0 ? true : undefined, 30_000, 250)
    assert.match(await readFile(cluster!.node('a').log, 'utf8'), /snapshot hunter: released leftover snapshot .* of VM app01 on host lab from session /)
  })

  it('a killed repository restarted at once: the job completes, earlier points verify, the next backup deduplicates', async () => {
    await waitUntil('both proxies to reach the host', async () => {
      const status = await cluster!.json('a', ['status'])
      return status.capacity.filter((c: any) => (c.announcement.proxy?.hosts ?? []).length > 0).length === 2 ? true : undefined
    })
    const { id } = await startReading()
    // killed once a checkpoint made some blocks durable (their journal names them)
    await waitUntil('the repository to journal durable blocks', async () => {
      for (const f of await readdir(staging)) if (f.endsWith('.resume') && (await stat(join(staging, f))).size > 200) return true
      return undefined
    }, 30_000, 100)
    await cluster!.stopDaemon('c', 'SIGKILL')
    cluster!.startDaemon('c')
    const s = await ended(id, 120_000)
    assert.equal(s.state, 'success', s.log.join('\n'))
    assert.equal(s.tasks[0].attempts, 2)
    assert.match(s.log.join('\n'), /retrying/)
    const resumed = Number(s.tasks[0].stats.blocksResumed ?? 0)
    figures.push(`repository kill → the retry resumed from ${resumed} of 32 blocks`)
    assert.ok(resumed > 0, `the retry resumed from the blocks checkpointed before the kill: ${JSON.stringify(s.tasks[0].stats)}`)
    assert.equal(Number(s.tasks[0].stats.bytesRead), (32 - resumed) * MiB, 'the resumed blocks were not read')
    const points = await cluster!.json('a', ['points', 'list', '--job', 'app'])
    assert.equal(points.length, 2)
    for (const p of points) {
      const v = await cluster!.cli('a', ['--json', 'verify', p.id], { allowFailure: true })
      assert.equal(v.code, 0, `verify of ${p.id}: ${v.stdout}${v.stderr}`)
    }
    const to = join(dir, 'restored')
    await cluster!.cli('a', ['restore', s.points[0], '--vm', 'app01', '--to', to])
    assert.equal(await digest(join(to, 'disk0.raw')), await digest(join(hostDir, 'app01', 'disk0.raw')))
    await rm(to, { recursive: true, force: true })
    // another job has no base point: it reads every block, and each is already stored
    await cluster!.cli('a', ['job', 'add', 'copy', '--host', 'lab', '--repository', 'main'])
    const copy = JSON.parse((await cluster!.cli('a', ['--json', 'job', 'run', 'copy', '--wait'], { allowFailure: true })).stdout)
    assert.equal(copy.state, 'success', copy.log?.join('\n'))
    const stats = copy.tasks[0].stats
    assert.equal(Number(stats.bytesStored ?? 0), 0, `nothing stored again: ${JSON.stringify(stats)}`)
    assert.equal(Number(stats.blocksDeduped ?? 0), 32, `every block deduplicated: ${JSON.stringify(stats)}`)
  })

  it('a killed manager: its task is abandoned within seconds, hosts are known within seconds of the restart, the session is interrupted', async () => {
    const { id, proxy } = await startReading()
    const runner = nameOf(proxy)
    const stagedBefore = await readdir(staging).catch(() => [])
    const killedAt = Date.now()
    await cluster!.stopDaemon('a', 'SIGKILL')
    const abandoned = await waitUntil('the proxy to abandon the orphaned task and free its slot', async () => {
      const own = await ownAnnouncement(runner)
      return own?.proxy?.active === 0 ? Date.now() - killedAt : undefined
    }, 20_000, 100)
    figures.push(`manager kill → proxy slot freed in ${abandoned} ms`)
    assert.match(await readFile(cluster!.node(runner).log, 'utf8'), /abandoning the tasks of a manager that is gone/)
    await waitUntil('the repository to free its lease', async () => (await ownAnnouncement('c'))?.repository?.active === 0 ? true : undefined, 10_000, 100)
    // the repository saw the pipe end unfinished and aborted the staged disk
    await waitUntil('the repository to abort the staged disk', async () => /receiving a disk failed/.test(await readFile(cluster!.node('c').log, 'utf8')) ? true : undefined, 10_000, 100)
    // (its resume journal stays a day: the next session deduplicates against the blocks it names)
    const disks = (files: string[]): string[] => files.filter((f) => f.endsWith('.disk'))
    assert.deepEqual(disks(await readdir(staging).catch(() => [])), disks(stagedBefore), 'no staged disk left by the orphaned task')

    const restartedAt = Date.now()
    cluster!.startDaemon('a')
    await cluster!.waitForHost('a', 'lab', 30_000)
    const known = Date.now() - restartedAt
    figures.push(`manager restart → hosts known again in ${known} ms`)
    assert.ok(known < 10_000, `hosts known again ${known} ms after the restart`)
    const s = await waitUntil('the session to be closed as interrupted', async () => {
      const r = await session(id)
      return r.state === 'failed' ? r : undefined
    }, 30_000, 250)
    assert.match(s.log.join('\n'), /interrupted: its manager stopped before it ended/)
    noTaskLeftOpen(s)
    await waitUntil('the snapshot to be released', async () => (await readdir(snapshots)).length === 0 ? true : undefined, 30_000, 250)
    await cluster!.waitForMesh()
  })

  it('a stranger that dials in is refused on every protocol and logged once with its id and address', async () => {
    const stranger = await startNode()
    try {
      const a = cluster!.node('a')
      const target = multiaddr(`/ip4/127.0.0.1/tcp/${a.port}/p2p/${a.peerId}`)
      const opened: string[] = []
      for (const protocol of PROTOCOLS) {
        try {
          await stranger.dialProtocol(target, protocol, { signal: AbortSignal.timeout(5000) })
          opened.push(protocol)
        } catch {}
      }
      await waitUntil('the stranger to hold no connection', () => stranger.getConnections().length === 0 ? true : undefined, 10_000, 100)
      assert.deepEqual(opened.filter((p) => p.startsWith('/meshbackup/')), [], 'no meshbackup protocol opened for a stranger')
      const id = stranger.peerId.toString()
      const lines = await waitUntil('the refusal to be logged', async () => {
        const found = (await readFile(a.log, 'utf8')).split('\n').filter((l) => l.includes('refused a peer outside the member list') && l.includes(id))
        return found.length > 0 ? found : undefined
      }, 10_000, 100)
      assert.equal(lines.length, 1, `logged once per peer:\n${lines.join('\n')}`)
      assert.match(lines[0]!, /127\.0\.0\.1/)
      const status = await cluster!.api('a', '/api/status')
      assert.ok(!JSON.stringify(status).includes(id), 'the daemon holds nothing for the stranger')
    } finally {
      await stranger.stop()
    }
  })
})
