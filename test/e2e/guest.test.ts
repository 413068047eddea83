/**
 * Application-aware processing through the whole mesh: a job's pre-freeze and post-thaw scripts
 * run in the "guest" (a real sshd on a loopback port) around the VM's snapshot; a failing script
 * under the require policy fails the VM and no point is committed.
 */
import assert from 'node:assert/strict'
import { mkdtemp, rm, writeFile, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCluster, type Cluster, SPINE } from '../../sim/cluster.ts'
import { writeFileHost } from '../../sim/corpus.ts'
import { startSshd, type Sshd } from '../helpers/sshd.ts'

const MiB = 1024 * 1024

describe('guest processing in a backup session', function () {
  this.timeout(180_000)
  let dir: string
  let cluster: Cluster | undefined
  let sshd: Sshd | undefined

  before(async function () {
    sshd = await startSshd(this)
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-guest-e2e-'))
    await writeFileHost(join(dir, 'host'), { seed: 9, vms: [{ name: 'app01', disks: [{ name: 'disk0', size: 8 * MiB }] }] })
    await writeFile(join(dir, 'key'), sshd.privateKey, { mode: 0o600 })
    await writeFile(join(dir, 'pre.sh'), `#!/bin/sh\ndate +%s%N > ${join(dir, 'pre-marker')}\necho frozen\n`)
    await writeFile(join(dir, 'post.sh'), `#!/bin/sh\ndate +%s%N > ${join(dir, 'post-marker')}\n`)
    await writeFile(join(dir, 'fail.sh'), '#!/bin/sh\necho "database refused to quiesce" >&2\nexit 3\n')
    cluster = await startCluster({
      dir: join(dir, 'mesh'),
      nodes: SPINE
    })
    await cluster.addFileHost('a', 'lab', join(dir, 'host'))
  })

  after(async function () {
    if (this.currentTest?.state === 'failed' && cluster != null) console.error(cluster.logTail('a', 30))
    await cluster?.stop()
    await sshd?.stop()
    if (dir != null) await rm(dir, { recursive: true, force: true })
  })

  const guestArgs = (pre: string): string[] => [
    '--guest', '--pre-freeze', join(dir, pre), '--post-thaw', join(dir, 'post.sh'),
    '--guest-user', sshd!.user, '--guest-key', join(dir, 'key'), '--guest-address', `app01=127.0.0.1:${sshd!.port}`, '--guest-timeout', '20'
  ]

  it('runs pre-freeze before the snapshot and post-thaw right after it', async () => {
    await cluster!.cli('a', ['job', 'add', 'app', '--host', 'lab', '--repository', 'main', ...guestArgs('pre.sh')])
    const session = await cluster!.json('a', ['job', 'run', 'app', '--wait'])
    assert.equal(session.state, 'success', session.log.join('\n'))
    const log: string[] = session.log
    const at = (re: RegExp): number => log.findIndex((l) => re.test(l))
    assert.ok(at(/guest: .*pre-freeze/) >= 0, log.join('\n'))
    assert.ok(at(/guest: .*pre-freeze/) < at(/snapshot .* taken/), 'pre-freeze ran before the snapshot')
    assert.ok(at(/snapshot .* taken/) < at(/guest: .*post-thaw/), 'post-thaw ran after the snapshot')
    const pre = BigInt((await readFile(join(dir, 'pre-marker'), 'utf8')).trim())
    const post = BigInt((await readFile(join(dir, 'post-marker'), 'utf8')).trim())
    assert.ok(pre < post)
    assert.ok(!log.join('\n').includes(sshd!.privateKey.split('\n')[1]!), 'the key never reaches the log')
    const jobs = await cluster!.json('a', ['job', 'list'])
    assert.equal(jobs.find((j: any) => j.name === 'app').guest.credentials.privateKey, '(set)')
  })

  it('pins the guest\'s SSH host key at the first session, and refuses another key the job pins', async () => {
    const key = (session: any): string => /host key (SHA256:\S+),/.exec(session.log.join('\n'))?.[1] ?? ''
    await cluster!.cli('a', ['job', 'add', 'pinned', '--host', 'lab', '--repository', 'main', ...guestArgs('pre.sh')])
    const again = await cluster!.json('a', ['job', 'run', 'pinned', '--wait'])
    assert.equal(again.state, 'success', again.log.join('\n'))
    // the first job's session pinned the key: this one connects to it as pinned
    assert.match(again.log.join('\n'), /host key SHA256:\S+, as pinned at first use/)
    const other = 'SHA256:' + 'B'.repeat(43)
    assert.notEqual(key(again), other)
    await cluster!.cli('a', ['job', 'add', 'pinned', '--host', 'lab', '--repository', 'main', ...guestArgs('pre.sh'), '--guest-host-key', `app01=${other}`])
    const run = await cluster!.cli('a', ['--json', 'job', 'run', 'pinned', '--wait'], { allowFailure: true })
    const refused = JSON.parse(run.stdout)
    assert.equal(refused.state, 'failed')
    assert.match(refused.log.join('\n'), new RegExp(`VM app01: guest processing failed: .*host key is ${key(again).replace(/[+/]/g, '\\$&')}, not ${other} as pinned for it; no credential was sent`, 's'))
    const bad = await cluster!.cli('a', ['job', 'add', 'pinned', '--host', 'lab', '--repository', 'main', ...guestArgs('pre.sh'), '--guest-host-key', 'app01=ab:cd'], { allowFailure: true })
    assert.notEqual(bad.code, 0)
    assert.match(bad.stderr, /--guest-host-key app01=ab:cd: use VM=SHA256:/)
  })

  it('fails the VM when a required pre-freeze script fails, and commits no point', async () => {
    await cluster!.cli('a', ['job', 'add', 'strict', '--host', 'lab', '--repository', 'main', ...guestArgs('fail.sh')])
    const run = await cluster!.cli('a', ['--json', 'job', 'run', 'strict', '--wait'], { allowFailure: true })
    const session = JSON.parse(run.stdout)
    assert.equal(session.state, 'failed')
    assert.match(session.log.join('\n'), /VM app01: guest processing failed: .*exit.* 3.*database refused to quiesce/s)
    assert.equal((await cluster!.json('a', ['points', 'list', '--job', 'strict'])).length, 0)
  })

  it('goes on crash-consistent with a warning when the policy is ignore', async () => {
    await cluster!.cli('a', ['job', 'add', 'lenient', '--host', 'lab', '--repository', 'main', ...guestArgs('fail.sh'), '--guest-policy', 'ignore'])
    const ran = await cluster!.cli('a', ['--json', 'job', 'run', 'lenient', '--wait'], { allowFailure: true })
    assert.equal(ran.code, 3, `a session that ended with warnings exits 3: ${ran.stderr}`)
    const session = JSON.parse(ran.stdout)
    assert.equal(session.state, 'warning', session.log.join('\n'))
    assert.equal(session.points.length, 1)
  })
})
