/**
 * The HTTP endpoint on real daemons (child processes on 127.0.0.1, made with sim/cluster.ts): the
 * address in daemon.json, the token file, status with the capacity view, a job run through POST
 * with live session progress, points, and the metrics each role counts.
 */
import assert from 'node:assert/strict'
import { hasTool } from '../../helpers/qemu.ts'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCluster, waitUntil, type Cluster, SPINE } from '../../../sim/cluster.ts'
import { writeFileHost } from '../../../sim/corpus.ts'
import { homePaths, readDaemonInfo } from '../../../node/daemon/config.ts'
import { readFile } from 'node:fs/promises'

const MiB = 1024 * 1024

async function get (url: string, init?: RequestInit): Promise<{ status: number, body: any, text: string }> {
  const res = await fetch(url, init)
  const text = await res.text()
  let body: any
  try { body = JSON.parse(text) } catch {}
  return { status: res.status, body, text }
}

/** The value of one sample in Prometheus text, or undefined. */
function sample (text: string, name: string, labels = ''): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels} `))
  return line == null ? undefined : Number(line.split(' ')[1])
}

describe('HTTP endpoint on real daemons', function () {
  this.timeout(180_000)
  let dir: string
  let cluster: Cluster | undefined
  const http: Record<string, string> = {}

  before(async function () {
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-http-'))
    const hostDir = join(dir, 'host')
    await writeFileHost(hostDir, {
      seed: 3,
      vms: [{ name: 'web01', disks: [{ name: 'disk0', size: 6 * MiB }, { name: 'disk1', size: 2 * MiB }] }]
    })
    cluster = await startCluster({
      dir: join(dir, 'mesh'),
      nodes: SPINE
    })
    for (const name of ['a', 'b', 'c']) {
      const info = await readDaemonInfo(cluster.node(name).home)
      assert.ok(info?.http != null, `daemon.json of ${name} names its HTTP endpoint`)
      http[name] = info.http
    }
    await cluster.addFileHost('a', 'lab', hostDir)
    await cluster.cli('a', ['job', 'add', 'nightly', '--host', 'lab', '--repository', 'main'])
  })

  after(async function () {
    if (this.currentTest?.state === 'failed' && cluster != null) {
      for (const name of ['a', 'b', 'c']) console.error(`--- log of ${name}\n${cluster.logTail(name, 30)}`)
    }
    await cluster?.stop()
    await rm(dir, { recursive: true, force: true })
  })

  it('listens on 127.0.0.1 and keeps its token in the home, mode 0600', async function () {
    for (const name of ['a', 'b', 'c']) assert.match(http[name]!, /^http:\/\/127\.0\.0\.1:\d+$/)
    const file = homePaths(cluster!.node('a').home).httpToken
    assert.equal((await stat(file)).mode & 0o777, 0o600)
    assert.match((await readFile(file, 'utf8')).trim(), /^[0-9a-f]{64}$/)
  })

  it('shows the node, its roles, peers and the capacity view', async function () {
    const { status, body } = await get(`${http.b}/api/status`)
    assert.equal(status, 200)
    assert.equal(body.peerId, cluster!.node('b').peerId)
    assert.deepEqual(body.roles, ['proxy'])
    assert.equal(body.http, http.b)
    const peers = body.capacity.map((c: any) => c.announcement.peerId).sort()
    assert.deepEqual(peers, ['a', 'b', 'c'].map((n) => cluster!.node(n).peerId).sort())
    const repo = body.capacity.find((c: any) => c.announcement.roles.includes('repository'))
    assert.equal(repo.announcement.repository.name, 'main')
    assert.equal(typeof repo.ageMs, 'number')
    const jobs = await get(`${http.b}/api/jobs`)
    assert.deepEqual(jobs.body.map((j: any) => j.name), ['nightly'], 'a node without the manager role asks the manager')
  })

  it('runs a job only with the token, and shows the session until it ends', async function () {
    const refused = await get(`${http.a}/api/jobs/nightly/run`, { method: 'POST' })
    assert.equal(refused.status, 401)
    assert.equal(refused.body.error.code, 'ERR_UNAUTHORIZED')
    const unknown = await get(`${http.a}/api/sessions/no-such-session`)
    assert.equal(unknown.status, 404)
    assert.equal(unknown.body.error.code, 'ERR_NO_SUCH_SESSION')

    const token = (await readFile(homePaths(cluster!.node('a').home).httpToken, 'utf8')).trim()
    const started = await get(`${http.a}/api/jobs/nightly/run`, { method: 'POST', headers: { authorization: `Bearer ${token}` } })
    assert.equal(started.status, 202, started.text)
    assert.equal(started.body.job, 'nightly')
    const id: string = started.body.id
    const done = await waitUntil('the session to end', async () => {
      const s = (await get(`${http.a}/api/sessions/${encodeURIComponent(id)}`)).body
      return s.state !== 'running' ? s : undefined
    }, 60_000, 250)
    assert.equal(done.state, 'success', done.log?.join('\n'))
    assert.equal(done.progress, 1)
    assert.equal(done.tasks.length, 2)
    for (const t of done.tasks) {
      assert.equal(t.progress, 1)
      assert.ok(t.bytesPerSecond > 0)
    }
    const list = await get(`${http.c}/api/sessions?job=nightly`)
    assert.equal(list.status, 200)
    assert.equal(list.body.sessions[0].id, id)
    const points = await get(`${http.a}/api/points?job=nightly`)
    assert.equal(points.body.length, 1)
    assert.equal(points.body[0].vm, 'web01')
  })

  it('counts what each role moved in its metrics', async function () {
    const proxy = (await get(`${http.b}/metrics`)).text
    // what the proxy read: the data of both disks; holes are not read when qemu-img maps them
    const read = sample(proxy, 'meshbackup_bytes_read_total')!
    assert.ok(read > 0 && read <= 8 * MiB && (hasTool('qemu-img') || read === 8 * MiB), `${read} bytes read`)
    assert.ok(sample(proxy, 'meshbackup_bytes_sent_total')! > 0)
    assert.ok(sample(proxy, 'meshbackup_zero_blocks_skipped_total') !== undefined)
    assert.equal(sample(proxy, 'meshbackup_task_duration_seconds_count', '{role="proxy",result="ok"}'), 2)
    assert.equal(sample(proxy, 'meshbackup_active_tasks', '{role="proxy"}'), 0)
    assert.equal(sample(proxy, 'meshbackup_slots', `{peer="${cluster!.node('b').peerId}",role="proxy"}`), 4)
    assert.ok(sample(proxy, 'meshbackup_capacity_entry_age_seconds', `{peer="${cluster!.node('c').peerId}"}`) !== undefined)

    const repo = (await get(`${http.c}/metrics`)).text
    assert.ok(sample(repo, 'meshbackup_bytes_stored_total')! > 0)
    assert.equal(sample(repo, 'meshbackup_blocks_deduplicated_total') !== undefined, true)
    assert.equal(sample(repo, 'meshbackup_task_duration_seconds_count', '{role="repository",result="ok"}'), 2)

    const scheduler = (await get(`${http.a}/metrics`)).text
    assert.equal(sample(scheduler, 'meshbackup_scheduler_tasks', '{state="placed"}'), 2)
    assert.equal(sample(scheduler, 'meshbackup_scheduler_tasks', '{state="queued"}'), 0)
  })
})
