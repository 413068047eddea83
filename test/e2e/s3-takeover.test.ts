/**
 * A repository kept in a bucket of the real Ceph gateway, served by one of two repository nodes
 * configured with it (the other stands by): backups land in the bucket; the serving node is
 * killed with SIGKILL while idle; the standby takes the lease over once the dead node stops
 * renewing it, rebuilds its cache from the bucket, and the next incremental continues from the
 * existing point and dedups against its blocks; both points restore bit-exact.
 */
import assert from 'node:assert/strict'
import { createHash, randomBytes } from 'node:crypto'
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCluster, waitUntil, type Cluster } from '../../sim/cluster.ts'
import { changeBlocks, writeFileHost } from '../../sim/corpus.ts'
import { s3Gateway } from '../helpers/s3-gateway.ts'

const MiB = 1024 * 1024

describe('a repository in a bucket survives its node (real Ceph RGW)', function () {
  this.timeout(240_000)
  let dir: string
  let cluster: Cluster | undefined

  after(async function () {
    if (this.currentTest?.state === 'failed' && cluster != null) {
      for (const name of ['a', 'c', 'd']) console.error(`--- log of ${name}\n${cluster.logTail(name, 40)}`)
    }
    await cluster?.stop()
    if (dir !== undefined) await rm(dir, { recursive: true, force: true })
  })

  it('a standby takes over after kill -9, and incrementals continue against the bucket\'s points', async function () {
    const gateway = await s3Gateway(this)
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-s3-takeover-'))
    const credentials = join(dir, 's3.json')
    await writeFile(credentials, JSON.stringify({ accessKeyId: gateway.accessKeyId, secretAccessKey: gateway.secretAccessKey }))
    await chmod(credentials, 0o600)
    const bucket = `meshbackup-takeover-${randomBytes(4).toString('hex')}`
    const s3 = { url: `${gateway.endpoint}/${bucket}`, credentials, leaseSeconds: 3 }
    const hostDir = join(dir, 'host')
    await writeFileHost(hostDir, { seed: 5, vms: [{ name: 'app01', disks: [{ name: 'disk0', size: 24 * MiB }] }] })
    cluster = await startCluster({
      dir: join(dir, 'mesh'),
      nodes: [
        { name: 'a', roles: ['manager', 'scheduler', 'proxy'] },
        { name: 'c', roles: ['repository'], repositoryName: 'offsite', repositoryS3: s3 },
        { name: 'd', roles: ['repository'], repositoryName: 'offsite', repositoryS3: s3 }
      ]
    })
    const serving = async (): Promise<string | undefined> => {
      const status = await cluster!.json('a', ['status'])
      const holders = status.capacity.filter((c: any) => c.announcement.repository?.name === 'offsite')
      return holders.length === 1 ? holders[0].announcement.peerId as string : undefined
    }
    const first = await waitUntil('one node to serve the bucket\'s repository', serving, 60_000)
    await cluster.addFileHost('a', 'lab', hostDir)
    await cluster.waitForHost('a', 'lab')
    await cluster.cli('a', ['job', 'add', 'app', '--host', 'lab', '--repository', 'offsite'])
    const run1 = await cluster.json('a', ['job', 'run', 'app', '--wait'])
    assert.equal(run1.state, 'success', JSON.stringify(run1.log))

    const holder = [...cluster.nodes.values()].find((n) => n.peerId === first)!
    const standby = [...cluster.nodes.values()].find((n) => n.spec.name !== 'a' && n.peerId !== first)!
    await cluster.stopDaemon(holder.spec.name, 'SIGKILL')
    const second = await waitUntil('the standby to take the repository over', async () => {
      const now = await serving()
      return now !== undefined && now !== first ? now : undefined
    }, 60_000, 250)
    assert.equal(second, standby.peerId)
    assert.match(cluster.logTail(standby.spec.name, 400), /repository bucket opened/)

    await changeBlocks(join(hostDir, 'app01', 'disk0.raw'), { fraction: 0.1, blockSize: MiB, seed: 9 })
    const run2 = await cluster.json('a', ['job', 'run', 'app', '--wait'])
    assert.equal(run2.state, 'success', JSON.stringify(run2.log))
    const session = await cluster.json('a', ['session', 'show', run2.id])
    const stored = session.tasks.reduce((n: number, t: any) => n + Number(t.stats?.bytesStored ?? 0), 0)
    assert.ok(stored < 6 * MiB, `the incremental stored ${stored} bytes: only the changed blocks, the rest dedups against the first node's packs`)

    const points = await cluster.json('a', ['points', 'list', '--job', 'app'])
    assert.equal(points.length, 2)
    const newest = points[points.length - 1]
    const to = join(dir, 'restored')
    await cluster.cli('a', ['restore', newest.id, '--vm', 'app01', '--to', to])
    const digest = async (f: string): Promise<string> => createHash('sha256').update(await readFile(f)).digest('hex')
    assert.equal(await digest(join(to, 'disk0.raw')), await digest(join(hostDir, 'app01', 'disk0.raw')))
  })
})
