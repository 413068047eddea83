/**
 * End to end, with real daemons (A manager + scheduler, B proxy, C repository) and a real file
 * host holding one good VM and three broken VM folders (a malformed vm.json, a missing image, a
 * disk path leaving the VM's folder): a broken VM is a failure with its reason, never a VM that
 * silently is not there — in a session, its webhook summary, `host check` and the HTTP API.
 */
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCluster, waitUntil, type Cluster, SPINE } from '../../sim/cluster.ts'
import { writeFileHost } from '../../sim/corpus.ts'
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhook.ts'

const MiB = 1024 * 1024

/** The broken VM folders and what their reason must say. */
const BROKEN: Record<string, RegExp> = {
  badjson: /badjson\/vm\.json: is not valid JSON/,
  noimage: /disks\[0\] "disk0": image .*noimage\/disk0\.raw cannot be read \(ENOENT\)/,
  escape: /disks\[0\]\.file "\.\.\/\.\.\/x" is outside the VM folder/
}

async function writeBrokenVms (host: string): Promise<void> {
  await mkdir(join(host, 'badjson'), { recursive: true })
  await writeFile(join(host, 'badjson', 'vm.json'), '{ "name": "badjson", "disks": [ ')
  await mkdir(join(host, 'noimage'), { recursive: true })
  await writeFile(join(host, 'noimage', 'vm.json'), JSON.stringify({ name: 'noimage', disks: [{ name: 'disk0', file: 'disk0.raw' }] }))
  await mkdir(join(host, 'escape'), { recursive: true })
  await writeFile(join(host, 'escape', 'vm.json'), JSON.stringify({ name: 'escape', disks: [{ name: 'disk0', file: '../../x' }] }))
}

describe('inventory problems fail the VMs they concern, by name and reason', function () {
  this.timeout(180_000)
  let dir: string
  let hostDir: string
  let cluster: Cluster | undefined
  let hook: WebhookReceiver | undefined
  let hookUrl = ''

  before(async function () {
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-problems-'))
    hostDir = join(dir, 'host')
    await writeFileHost(hostDir, { seed: 5, vms: [{ name: 'good01', disks: [{ name: 'disk0', size: 1 * MiB }] }, { name: 'later01', disks: [{ name: 'disk0', size: 1 * MiB }] }] })
    await writeBrokenVms(hostDir)
    hook = await startWebhookReceiver()
    hookUrl = hook.url
    cluster = await startCluster({ dir: join(dir, 'mesh'), nodes: SPINE })
    await cluster.addFileHost('a', 'lab', hostDir)
  })

  after(async function () {
    if (this.currentTest?.state === 'failed' && cluster != null) {
      for (const name of ['a', 'b', 'c']) console.error(`--- log of ${name}\n${cluster.logTail(name, 40)}`)
    }
    await cluster?.stop()
    await hook?.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('host check lists every VM and every broken VM with its reason, and exits 1', async function () {
    const text = await cluster!.cli('a', ['host', 'check', 'lab'], { allowFailure: true })
    assert.equal(text.code, 1, text.stderr)
    assert.match(text.stdout, /good01/)
    assert.match(text.stdout, /later01/)
    assert.match(text.stdout, /3 VM problem\(s\)/)
    for (const [vm, reason] of Object.entries(BROKEN)) assert.match(text.stdout, new RegExp(`${vm}: ERR_BAD_VM_MANIFEST: .*${reason.source}`))

    const json = JSON.parse((await cluster!.cli('a', ['--json', 'host', 'check', 'lab'], { allowFailure: true })).stdout)
    assert.deepEqual(json.vms.map((v: any) => v.name).sort(), ['good01', 'later01'])
    assert.deepEqual(json.problems.map((p: any) => p.vm).sort(), Object.keys(BROKEN).sort())
    for (const p of json.problems) {
      assert.equal(p.code, 'ERR_BAD_VM_MANIFEST')
      assert.match(p.message, BROKEN[p.vm]!)
      assert.match(p.file, new RegExp(`${p.vm}/vm\\.json$`))
    }
    assert.equal(json.checkedBy, cluster!.node('b').peerId)

    const api = await cluster!.api('a', '/api/hosts/lab/check')
    assert.deepEqual(api.problems.map((p: any) => p.vm).sort(), Object.keys(BROKEN).sort())

    const missing = await cluster!.cli('a', ['host', 'check', 'nohost'], { allowFailure: true })
    assert.equal(missing.code, 4)
    assert.match(missing.stderr, /no host named "nohost".*\(ERR_NO_SUCH_HOST\)/)
  })

  it('a job over every VM backs up the good ones and fails the session naming each broken VM and its reason', async function () {
    await cluster!.cli('a', ['job', 'add', 'all', '--host', 'lab', '--repository', 'main', '--notify', hookUrl])
    const run = await cluster!.cli('a', ['--json', 'job', 'run', 'all', '--wait'], { allowFailure: true })
    assert.equal(run.code, 1, run.stderr)
    const session = JSON.parse(run.stdout)
    assert.equal(session.state, 'failed')
    const log = session.log.join('\n')
    for (const [vm, reason] of Object.entries(BROKEN)) {
      assert.match(log, new RegExp(`error: VM ${vm}: host "lab" cannot describe it: .*${reason.source}.*\\(ERR_BAD_VM_MANIFEST\\)`))
    }
    // the good VMs still got their points
    assert.equal(session.points.length, 2)
    assert.deepEqual(session.tasks.map((t: any) => t.state), ['success', 'success'])
    assert.deepEqual(session.failedVms.map((f: any) => f.vm).sort(), Object.keys(BROKEN).sort())

    const summary = await waitUntil('the failure notification', () => hook!.received.find((r) => r.sessionId === session.id), 30_000, 100)
    assert.equal(summary.state, 'failed')
    assert.deepEqual(summary.failedVms.map((f: any) => f.vm).sort(), Object.keys(BROKEN).sort())
    for (const f of summary.failedVms) {
      assert.equal(f.code, 'ERR_BAD_VM_MANIFEST')
      assert.match(f.reason, BROKEN[f.vm]!)
    }
  })

  it('a VM named by the job that broke says why, not "not found"', async function () {
    await cluster!.cli('a', ['job', 'add', 'one', '--host', 'lab', '--repository', 'main', '--vm', 'later01'])
    await rm(join(hostDir, 'later01', 'disk0.raw'))
    const run = await cluster!.cli('a', ['--json', 'job', 'run', 'one', '--wait'], { allowFailure: true })
    assert.equal(run.code, 1, run.stderr)
    const session = JSON.parse(run.stdout)
    assert.equal(session.state, 'failed')
    const log = session.log.join('\n')
    assert.match(log, /error: VM later01: host "lab" cannot describe it: .*later01\/disk0\.raw cannot be read \(ENOENT\)/)
    assert.doesNotMatch(log, /not found/)
    assert.deepEqual(session.points, [])
  })

  it('job add refuses a VM the host cannot describe, and one it does not have, naming what it has', async function () {
    const broken = await cluster!.cli('a', ['job', 'add', 'bad', '--host', 'lab', '--repository', 'main', '--vm', 'escape'], { allowFailure: true })
    assert.equal(broken.code, 2, broken.stderr)
    assert.match(broken.stderr, /host "lab" cannot back up VM "escape": .*is outside the VM folder.*\(ERR_BAD_VM_MANIFEST\)/)
    const ghost = await cluster!.cli('a', ['job', 'add', 'bad', '--host', 'lab', '--repository', 'main', '--vm', 'good01', '--vm', 'ghost01'], { allowFailure: true })
    assert.equal(ghost.code, 4, ghost.stderr)
    assert.match(ghost.stderr, /host "lab" has no VM "ghost01"; it has: good01\b.*\(ERR_NO_SUCH_VM\)/)
    const jobs = await cluster!.json('a', ['job', 'list'])
    assert.equal(jobs.some((j: any) => j.name === 'bad'), false)
  })
})
