/**
 * End to end, with real daemons (A manager + scheduler, B proxy, C repository "main"): a job is
 * checked against the mesh when it is written (repository, VMs, schedule, rate), `job edit`
 * changes only what it is given, jobs, hosts and restore points are removed through the manager
 * (a host a job uses only with --force), and every change lands in the change log (`events`,
 * GET /api/events).
 */
import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCluster, waitUntil, type Cluster, SPINE } from '../../sim/cluster.ts'
import { writeFileHost } from '../../sim/corpus.ts'

const MiB = 1024 * 1024

describe('configuration checked when written, lifecycle of hosts, jobs and points, the change log', function () {
  this.timeout(180_000)
  let dir: string
  let cluster: Cluster | undefined

  before(async function () {
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-lifecycle-'))
    await writeFileHost(join(dir, 'host'), { seed: 3, vms: [{ name: 'web01', disks: [{ name: 'disk0', size: 1 * MiB }] }, { name: 'db01', disks: [{ name: 'disk0', size: 1 * MiB }] }] })
    cluster = await startCluster({ dir: join(dir, 'mesh'), nodes: SPINE })
    await cluster.addFileHost('a', 'lab', join(dir, 'host'))
  })

  after(async function () {
    if (this.currentTest?.state === 'failed' && cluster != null) {
      for (const name of ['a', 'b', 'c']) console.error(`--- log of ${name}\n${cluster.logTail(name, 40)}`)
    }
    await cluster?.stop()
    await rm(dir, { recursive: true, force: true })
  })

  const cli = async (args: string[]): Promise<{ code: number, stdout: string, stderr: string }> => await cluster!.cli('a', args, { allowFailure: true })
  const job = async (name: string): Promise<any> => (await cluster!.json('a', ['job', 'list'])).find((j: any) => j.name === name)

  it('job edit changes only the settings given, keeps the secrets, and checks what it changes', async function () {
    await cluster!.cli('a', ['job', 'add', 'edited', '--host', 'lab', '--repository', 'main', '--vm', 'web01', '--rate', '10M', '--keep-last', '3',
      '--schedule', '0 3 * * *', '--guest', '--guest-user', 'backup', '--guest-password', 'hunter2'])
    const before = await job('edited')
    assert.equal(before.guest.credentials.password, '(set)')

    // asked on the proxy's node: its daemon forwards the edit to the manager
    await cluster!.cli('b', ['job', 'edit', 'edited', '--rate', '20M', '--keep-days', '7', '--vm', 'web01', '--vm', 'db01'])
    const after = await job('edited')
    assert.equal(after.rateLimitBps, 20 * MiB)
    assert.deepEqual(after.vms, ['web01', 'db01'])
    assert.deepEqual(after.retention, { ...before.retention, keepDays: 7 })
    // everything not named is as it was, the guest password included
    assert.deepEqual({ ...after, rateLimitBps: 0, vms: [], retention: {} }, { ...before, rateLimitBps: 0, vms: [], retention: {} })
    assert.equal(after.guest.credentials.password, '(set)')
    assert.equal(after.guest.credentials.user, 'backup')

    const vm = await cli(['job', 'edit', 'edited', '--vm', 'ghost01'])
    assert.equal(vm.code, 4, vm.stderr)
    assert.match(vm.stderr, /host "lab" has no VM "ghost01"; it has: db01, web01 \(ERR_NO_SUCH_VM\)/)
    const cron = await cli(['job', 'edit', 'edited', '--schedule', '* * *'])
    assert.equal(cron.code, 2, cron.stderr)
    const nothing = await cli(['job', 'edit', 'edited'])
    assert.equal(nothing.code, 2, nothing.stderr)
    assert.match(nothing.stderr, /give at least one setting to change/)
    const missing = await cli(['job', 'edit', 'nojob', '--rate', '1M'])
    assert.equal(missing.code, 4, missing.stderr)
    assert.deepEqual(await job('edited'), after, 'a refused edit changes nothing')
  })

  it('job remove drops the job and its schedule', async function () {
    await cluster!.cli('a', ['job', 'remove', 'edited'])
    assert.equal(await job('edited'), undefined)
    // the daemon logs JSON lines: the quotes arrive escaped
    assert.match(cluster!.logTail('a', 400), /job edited: schedule \\"0 3 \* \* \*\\" removed/)
    const again = await cli(['job', 'remove', 'edited'])
    assert.equal(again.code, 4, again.stderr)
    assert.match(again.stderr, /no job named "edited".*\(ERR_NO_SUCH_JOB\)/)
  })

  it('host remove is refused while a job uses the host, naming the jobs, and done with --force', async function () {
    await cluster!.addFileHost('a', 'spare', join(dir, 'host'))
    await cluster!.cli('a', ['job', 'add', 'onspare', '--host', 'spare', '--repository', 'main'])
    const refused = await cli(['host', 'remove', 'spare'])
    assert.equal(refused.code, 6, refused.stderr)
    assert.match(refused.stderr, /host "spare" is used by job\(s\) onspare;.*--force.*\(ERR_HOST_IN_USE\)/)
    assert.ok((await cluster!.json('a', ['host', 'list'])).some((h: any) => h.name === 'spare'))
    await cluster!.cli('a', ['host', 'remove', 'spare', '--force'])
    assert.deepEqual((await cluster!.json('a', ['host', 'list'])).map((h: any) => h.name), ['lab'])
    // proxies hear the host is gone and stop announcing it
    await waitUntil('no proxy announcing host spare', async () => {
      const status = await cluster!.json('a', ['status'])
      return (status.capacity ?? []).every((c: any) => (c.announcement?.proxy?.hosts ?? []).every((h: any) => h.host !== 'spare')) ? true : undefined
    }, 30_000, 300)
    const again = await cli(['host', 'remove', 'spare'])
    assert.equal(again.code, 4, again.stderr)
  })

  it('points forget: a dry run changes nothing, then the point is gone; an unknown id exits 4', async function () {
    await cluster!.cli('a', ['job', 'add', 'keep', '--host', 'lab', '--repository', 'main', '--vm', 'db01'])
    const session = await cluster!.json('a', ['job', 'run', 'keep', '--wait'])
    assert.equal(session.state, 'success', session.log.join('\n'))
    const [point] = session.points

    const dry = await cli(['points', 'forget', point, '--dry-run'])
    assert.equal(dry.code, 0, dry.stderr)
    assert.match(dry.stdout, new RegExp(`would forget: ${point}`))
    assert.ok((await cluster!.json('a', ['points', 'list', '--job', 'keep'])).some((p: any) => p.id === point))

    const real = await cli(['--json', 'points', 'forget', point, 'nosuchpoint'])
    assert.equal(real.code, 4, real.stderr)
    assert.match(real.stderr, /no restore point nosuchpoint in any repository.*\(ERR_NO_SUCH_POINT\)/)
    const result = JSON.parse(real.stdout)
    assert.deepEqual(result.forgotten, [point])
    assert.deepEqual(result.unknown, ['nosuchpoint'])
    assert.match(result.kept[0], /^nosuchpoint: no repository of the mesh holds/)
    assert.equal((await cluster!.json('a', ['points', 'list', '--job', 'keep'])).some((p: any) => p.id === point), false)
  })

  // late in the file: a manager just started waits for repositories to announce before refusing one
  it('job add and edit refuse an unknown repository, a bad schedule and a bad rate, naming what is wrong', async function () {
    const repo = await cli(['job', 'add', 'bad', '--host', 'lab', '--repository', 'mian'])
    assert.equal(repo.code, 4, repo.stderr)
    assert.match(repo.stderr, /no node of the mesh announces repository "mian"; the mesh has: main \(ERR_NO_SUCH_REPOSITORY\)/)
    const cron = await cli(['job', 'add', 'bad', '--host', 'lab', '--repository', 'main', '--schedule', '0 25 * * *'])
    assert.equal(cron.code, 2, cron.stderr)
    assert.match(cron.stderr, /schedule "0 25 \* \* \*" is not a cron expression.*e\.g\. "0 2 \* \* \*"/)
    const rate = await cli(['job', 'add', 'bad', '--host', 'lab', '--repository', 'main', '--rate', '50Q'])
    assert.equal(rate.code, 2, rate.stderr)
    assert.match(rate.stderr, /--rate "50Q" is not a size/)
    const level = await cli(['job', 'add', 'bad', '--host', 'lab', '--repository', 'main', '--level', 'fast'])
    assert.equal(level.code, 2, level.stderr)
    assert.match(level.stderr, /--level fast: use a whole number/)
    const host = await cli(['job', 'add', 'bad', '--host', 'nolab', '--repository', 'main'])
    assert.equal(host.code, 4, host.stderr)
    assert.match(host.stderr, /no host named "nolab"/)
    assert.equal(await job('bad'), undefined)
    const edit = await cli(['job', 'edit', 'keep', '--repository', 'mian'])
    assert.equal(edit.code, 4, edit.stderr)
    assert.match(edit.stderr, /repository "mian"; the mesh has: main/)
    assert.equal((await job('keep')).repository, 'main')
  })

  it('events lists every change, newest first, in the CLI and the HTTP API', async function () {
    const events = await cluster!.json('a', ['events'])
    const kinds = events.map((e: any) => `${e.kind} ${e.subject}`)
    const expected = ['points-forget', 'job-add keep', 'host-remove spare', 'job-add onspare', 'host-add spare', 'job-remove edited', 'job-edit edited', 'job-add edited', 'host-add lab']
    assert.deepEqual(kinds.map((k: string) => k.startsWith('points-forget') ? 'points-forget' : k), expected)
    for (let i = 1; i < events.length; i++) assert.ok(events[i - 1].atMs >= events[i].atMs)
    // each change names the node where it was asked
    const a = cluster!.node('a').peerId
    for (const e of events) assert.equal(e.node, e.kind === 'job-edit' ? cluster!.node('b').peerId : a, `${e.kind} ${e.subject}`)
    assert.equal(events.find((e: any) => e.kind === 'job-edit').detail, 'vms=["web01","db01"], rateLimitBps=20971520, retention.keepDays=7')
    assert.match(events.find((e: any) => e.kind === 'host-remove').detail, /forced: job\(s\) onspare/)

    const limited = await cluster!.json('a', ['events', '--limit', '2'])
    assert.equal(limited.length, 2)
    const api = await cluster!.api('a', '/api/events?limit=3')
    assert.deepEqual(api.map((e: any) => e.kind), ['points-forget', 'job-add', 'host-remove'])
    const text = await cluster!.cli('a', ['events'])
    assert.match(text.stdout, /host-remove\s+spare/)
  })
})
