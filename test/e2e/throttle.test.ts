/**
 * End to end, with real daemons on three loopback addresses (A manager + scheduler on 127.0.0.1,
 * B proxy on 127.0.0.2, C repository on 127.0.0.3): a throttling rule between the proxy's and the
 * repository's networks holds a backup to the rule's rate on the wire, the session log names the
 * rule and how long the disk waited on it, and a rule outside its hours does not slow a backup.
 */
import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCluster, type Cluster } from '../../sim/cluster.ts'
import { writeFileHost } from '../../sim/corpus.ts'

const MiB = 1024 * 1024
const RATE = 6e6

/** An hours window that does not hold now (in this machine's zone: the manager's). */
function hoursNotNow (): string {
  const h = (new Date().getHours() + 3) % 24
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${pad(h)}:00-${pad((h + 1) % 24)}:00`
}

describe('throttling rules end to end', function () {
  this.timeout(240_000)
  let dir: string
  let cluster: Cluster | undefined

  before(async function () {
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-throttle-'))
    // incompressible disks: the bytes on the wire are the bytes of the disk
    await writeFileHost(join(dir, 'host'), {
      seed: 18,
      mix: { zero: 0, text: 0, random: 1 },
      vms: [
        { name: 'slow01', disks: [{ name: 'disk0', size: 36 * MiB }] },
        { name: 'fast01', disks: [{ name: 'disk0', size: 36 * MiB }] }
      ]
    })
    cluster = await startCluster({
      dir: join(dir, 'mesh'),
      nodes: [
        { name: 'a', roles: ['manager', 'scheduler'], host: '127.0.0.1' },
        { name: 'b', roles: ['proxy'], host: '127.0.0.2' },
        { name: 'c', roles: ['repository'], repositoryName: 'main', host: '127.0.0.3' }
      ]
    })
    await cluster.addFileHost('a', 'lab', join(dir, 'host'))
  })

  after(async function () {
    if (this.currentTest?.state === 'failed' && cluster != null) {
      for (const name of ['a', 'b', 'c']) console.error(`--- log of ${name}\n${cluster.logTail(name, 40)}`)
    }
    await cluster?.stop()
    await rm(dir, { recursive: true, force: true })
  })

  it('refuses malformed and duplicate rules with their codes', async function () {
    const bad = async (args: string[], code: string): Promise<void> => {
      const r = await cluster!.cli('a', ['throttle', 'add', ...args], { allowFailure: true })
      assert.notEqual(r.code, 0)
      assert.match(r.stderr, new RegExp(code), r.stderr)
    }
    await bad(['x', '--from', '10.0.0.0/33', '--to', 'any', '--rate', '1MB/s'], 'ERR_BAD_RULE_NETWORK')
    await bad(['x', '--from', 'any', '--to', 'any', '--hours', '8-18', '--rate', '1MB/s'], 'ERR_BAD_RULE_TIME')
    await bad(['x', '--from', 'any', '--to', 'any', '--days', 'someday', '--rate', '1MB/s'], 'ERR_BAD_RULE_TIME')
    await bad(['x', '--from', 'any', '--to', 'any', '--rate', 'fast'], 'ERR_BAD_RULE_RATE')
    await cluster!.cli('a', ['throttle', 'add', 'dup', '--from', 'any', '--to', 'any', '--rate', '1GB/s'])
    await bad(['dup', '--from', 'any', '--to', 'any', '--rate', '1GB/s'], 'ERR_RULE_EXISTS')
    await cluster!.cli('a', ['throttle', 'remove', 'dup'])
    const r = await cluster!.cli('a', ['throttle', 'remove', 'dup'], { allowFailure: true })
    assert.equal(r.code, 4, r.stderr)
    assert.match(r.stderr, /ERR_NO_SUCH_RULE/)
  })

  it('holds a backup from the proxy to the repository to the rule\'s rate, and says so in the log', async function () {
    await cluster!.cli('a', ['throttle', 'add', 'site-link', '--from', '127.0.0.2/32', '--to', '127.0.0.3/32', '--rate', `${RATE}`])
    // a rule for the other direction, and one outside its hours, change nothing here
    await cluster!.cli('a', ['throttle', 'add', 'reverse', '--from', '127.0.0.3', '--to', '127.0.0.2', '--rate', '100KB/s'])
    await cluster!.cli('a', ['throttle', 'add', 'later', '--from', 'any', '--to', 'any', '--hours', hoursNotNow(), '--rate', '100KB/s'])
    const list = await cluster!.json('a', ['throttle', 'list'])
    assert.deepEqual(list.inForce.sort(), ['reverse', 'site-link'])
    const status = await cluster!.json('a', ['status'])
    assert.ok(status != null)

    await cluster!.cli('a', ['job', 'add', 'slow', '--host', 'lab', '--repository', 'main', '--vm', 'slow01', '--compression', 'none'])
    const s = await cluster!.json('a', ['job', 'run', 'slow', '--wait'])
    assert.equal(s.state, 'success', s.log.join('\n'))
    const stats = s.tasks[0].stats
    assert.equal(stats.bytesSent, 36 * MiB)
    const bps = stats.bytesSent / (stats.durationMs / 1000)
    assert.ok(bps <= RATE * 1.05 && bps >= RATE * 0.8, `sent ${(bps / 1e6).toFixed(2)} MB/s under a ${RATE / 1e6} MB/s rule`)
    if (process.env.MESHBACKUP_REPORT != null) console.log(`rule 6 MB/s: task sent ${(bps / 1e6).toFixed(2)} MB/s`)
    const line = s.log.find((l: string) => l.includes('throttled by rule "site-link"'))
    assert.ok(line != null, s.log.join('\n'))
    const waited = Number(/waited ([\d.]+) s/.exec(line)![1])
    assert.ok(waited > 3, line)
    assert.ok(!s.log.some((l: string) => /rule "(reverse|later)"/.test(l)), s.log.join('\n'))
  })

  it('holds a restore from the repository to the restoring node to the rule\'s rate', async function () {
    await cluster!.cli('a', ['throttle', 'add', 'restore-link', '--from', '127.0.0.3', '--to', '127.0.0.1/32', '--rate', `${RATE}`])
    const points = await cluster!.json('a', ['points', 'list', '--job', 'slow'])
    const done = await cluster!.json('a', ['restore', points[0].id, '--to', join(dir, 'restored')])
    const bps = done.bytes / (done.durationMs / 1000)
    if (process.env.MESHBACKUP_REPORT != null) console.log(`rule 6 MB/s: restore moved ${(bps / 1e6).toFixed(2)} MB/s`)
    assert.ok(bps <= RATE * 1.05 && bps >= RATE * 0.75, `restored ${(bps / 1e6).toFixed(2)} MB/s under a ${RATE / 1e6} MB/s rule`)
    assert.match(cluster!.logTail('c', 40), /throttled by rule \\"restore-link\\"|throttled by rule "restore-link"/)
    await cluster!.cli('a', ['throttle', 'remove', 'restore-link'])
  })

  it('a rule outside its hours does not slow a backup', async function () {
    await cluster!.cli('a', ['throttle', 'remove', 'site-link'])
    await cluster!.cli('a', ['job', 'add', 'fast', '--host', 'lab', '--repository', 'main', '--vm', 'fast01', '--compression', 'none'])
    const s = await cluster!.json('a', ['job', 'run', 'fast', '--wait'])
    assert.equal(s.state, 'success', s.log.join('\n'))
    const stats = s.tasks[0].stats
    const bps = stats.bytesSent / (stats.durationMs / 1000)
    assert.ok(bps > 3 * RATE, `sent ${(bps / 1e6).toFixed(2)} MB/s with only a rule outside its hours`)
    assert.ok(!s.log.some((l: string) => l.includes('throttled by rule')), s.log.join('\n'))
  })
})
