/**
 * Copy runs between a repository in a folder and one in an S3 bucket of the real Ceph RADOS
 * Gateway (test/helpers/s3-gateway.ts), both ways, over block fetch between two real libp2p nodes:
 * folder → bucket (the copy's packs go up as objects; the point restores bit-exact from the bucket,
 * also after the node's working folder is thrown away and rebuilt from the bucket alone; an
 * incremental fetches only its changed blocks), and bucket → folder (blocks read with ranged GETs
 * at the source; the copy restores bit-exact, and a block damaged in the folder is repaired from
 * the bucket).
 */
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { chmod, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Libp2p } from '@libp2p/interface'
import { BulkLane } from '../../../../protocols/bulk-lane.ts'
import { handleBlockFetch, openBlockFetch, unhandleBlockFetch } from '../../../../protocols/block-fetch.ts'
import { runCopy } from '../../../../roles/repository/copy-run.ts'
import { packPath, RECORD_HEADER_LENGTH } from '../../../../roles/repository/packs.ts'
import { repairPoint } from '../../../../roles/repository/repair-from-peer.ts'
import { Repository } from '../../../../roles/repository/store.ts'
import { BucketBackend, createBuckets, type S3RepositoryConfig } from '../../../../roles/repository/s3/bucket-backend.ts'
import type { CopyReport } from '../../../../proto/index.ts'
import { flipByte } from '../../../helpers/corrupt.ts'
import { startNodes, stopNodes } from '../../../helpers/libp2p.ts'
import { s3Gateway, type S3GatewayAccess } from '../../../helpers/s3-gateway.ts'
import { BS, header, makeImage, restoreImage, sendImage, TempDirs } from '../helpers.ts'

describe('copy runs between a folder and an S3 bucket (real Ceph RGW)', function () {
  this.timeout(120_000)
  let gateway: S3GatewayAccess
  const dirs = new TempDirs()
  let credentialsFile: string
  let nodes: Libp2p[] = []
  let lane: BulkLane
  const open: Repository[] = []

  before(async function () {
    gateway = await s3Gateway(this)
    const d = await dirs.make()
    credentialsFile = join(d, 's3.json')
    await writeFile(credentialsFile, JSON.stringify({ accessKeyId: gateway.accessKeyId, secretAccessKey: gateway.secretAccessKey }))
    await chmod(credentialsFile, 0o600)
  })
  beforeEach(async () => {
    nodes = await startNodes(2)
    lane = await BulkLane.listen({ host: '127.0.0.1' })
  })
  afterEach(async () => {
    for (const n of nodes) await unhandleBlockFetch(n).catch(() => {})
    await stopNodes(nodes)
    await lane.close()
    for (const r of open.splice(0)) await r.close().catch(() => {})
  })
  after(async () => { await dirs.cleanup() })

  async function bucketConfig (): Promise<S3RepositoryConfig> {
    const config: S3RepositoryConfig = { endpoint: gateway.endpoint, region: gateway.region, bucket: `meshbackup-copy-${randomBytes(4).toString('hex')}`, credentialsFile, leaseSeconds: 3 }
    await createBuckets(config, { objectLock: false })
    return config
  }
  async function inBucket (config: S3RepositoryConfig, name: string, cache?: string): Promise<Repository> {
    const bucket = await BucketBackend.open({ config, repository: name, holder: `node-${name}`, create: true })
    const repo = await Repository.open({ path: cache ?? join(await dirs.make(), 'cache'), name, create: true, bucket, packLimit: 1024 * 1024 })
    open.push(repo)
    return repo
  }
  async function inFolder (name: string): Promise<{ repo: Repository, path: string }> {
    const path = join(await dirs.make(), name)
    const repo = await Repository.open({ path, name, create: true })
    open.push(repo)
    return { repo, path }
  }
  async function backup (repo: Repository, img: Buffer, pointId: string, base?: string): Promise<void> {
    const r = await sendImage(await repo.beginDisk(header({ size: img.length, basePoint: base })), img)
    await repo.commitPoint({ pointId, job: 'nightly', sessionId: `s-${pointId}`, vm: 'web-1', host: 'lab', stagedIds: [r.stagedId] })
  }
  /** `target` on node 1 pulls from `source` served on node 0 */
  async function copy (source: Repository, target: Repository, pointIds: string[]): Promise<CopyReport> {
    await unhandleBlockFetch(nodes[0]!).catch(() => {})
    await handleBlockFetch(nodes[0]!, source, { lane })
    const report = await runCopy({
      repo: target,
      request: { copyJob: 'offsite', pointIds },
      open: async () => await openBlockFetch({ libp2p: nodes[1]!, peerId: nodes[0]!.peerId })
    })
    assert.deepEqual(report.failed, [])
    return report
  }

  it('folder → bucket: the copy restores bit-exact from the bucket, also once its node\'s folder is rebuilt from it; an incremental fetches its changes only', async () => {
    const { repo: main } = await inFolder('main')
    const config = await bucketConfig()
    const cache = join(await dirs.make(), 'cache')
    const offsite = await inBucket(config, 'offsite', cache)
    const img = makeImage(40 * BS + 300, { zeroBlocks: [5, 6] })
    await backup(main, img, 'p1')
    assert.equal((await copy(main, offsite, ['p1'])).blocksFetched, 39)
    assert.ok((await restoreImage(offsite, 'p1')).equals(img))

    const img2 = Buffer.from(img)
    for (const i of [1, 20, 33]) randomBytes(BS).copy(img2, i * BS)
    await backup(main, img2, 'p2', 'p1')
    const second = await copy(main, offsite, ['p2'])
    assert.equal(second.blocksFetched, 3, 'the changed blocks only')
    assert.equal((await offsite.verify('p2')).ok, true)

    // a new node serves the bucket: its working folder rebuilt from the bucket alone
    await offsite.close()
    const again = await inBucket(config, 'offsite', join(await dirs.make(), 'fresh-cache'))
    assert.deepEqual((await again.listPoints()).map((p) => p.id), ['p1', 'p2'])
    assert.ok((await restoreImage(again, 'p1')).equals(img))
    assert.ok((await restoreImage(again, 'p2')).equals(img2))
  })

  it('bucket → folder: blocks read from the bucket restore bit-exact in the folder, and a block damaged there is repaired from the bucket', async () => {
    const config = await bucketConfig()
    const offsite = await inBucket(config, 'offsite')
    const { repo: dr, path: drPath } = await inFolder('dr')
    const img = makeImage(24 * BS, { zeroBlocks: [2] })
    await backup(offsite, img, 'p1')
    assert.equal((await copy(offsite, dr, ['p1'])).blocksFetched, 23)
    assert.ok((await restoreImage(dr, 'p1')).equals(img))
    assert.equal((await copy(offsite, dr, ['p1'])).blocksFetched, 0, 'nothing twice')

    const digest = (await dr.getPoint('p1')).disks[0]!.digests.subarray(7 * 32, 8 * 32)
    const location = (await dr.readBlock(digest)).location!
    await flipByte(packPath(join(drPath, 'packs'), location.packId), location.offset + RECORD_HEADER_LENGTH + 3)
    assert.equal((await dr.verify('p1')).ok, false)
    // the bucket-backed repository serves the repair (node 0), the folder pulls (node 1)
    const r = await repairPoint({ repo: dr, pointId: 'p1', sources: [{ repository: 'offsite', open: async () => await openBlockFetch({ libp2p: nodes[1]!, peerId: nodes[0]!.peerId }) }] })
    assert.deepEqual(r.repairedFrom, [{ repository: 'offsite', blocks: 1 }])
    assert.ok((await restoreImage(dr, 'p1')).equals(img))
  })
})
