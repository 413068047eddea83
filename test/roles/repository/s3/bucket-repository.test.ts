/**
 * A repository kept in an S3 bucket (roles/repository/s3/bucket-backend.ts) against the real Ceph
 * RADOS Gateway (test/helpers/s3-gateway.ts): backup, dedup, incremental, restore, verify, delete
 * and GC; the node's working folder thrown away and rebuilt from the bucket alone with one small
 * ranged read per pack; Object Lock (packs and points retained, extended once per slack, the
 * bucket's own credentials cannot delete or overwrite a locked pack version, and the point still
 * restores bit-exact); and the lease: two racing takers, exactly one wins; a holder whose lease
 * was swapped is fenced.
 */
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { chmod, readdir, writeFile } from 'node:fs/promises'
import { createServer, connect, type AddressInfo, type Socket } from 'node:net'
import { join } from 'node:path'
import { Repository } from '../../../../roles/repository/store.ts'
import { BucketBackend, createBuckets, type S3RepositoryConfig } from '../../../../roles/repository/s3/bucket-backend.ts'
import { BucketLease } from '../../../../roles/repository/s3/bucket-lease.ts'
import { packKey } from '../../../../roles/repository/s3/bucket-packs.ts'
import { hasCode } from '../../../helpers/coded-error.ts'
import { sealedSource } from '../../../helpers/sealed-source.ts'
import { dataKeyFingerprint } from '../../../../node/core/crypto/fingerprint.ts'
import { s3Gateway, type S3GatewayAccess } from '../../../helpers/s3-gateway.ts'
import { BS, header, makeImage, restoreImage, sendImage, TempDirs } from '../helpers.ts'
import { waitFor } from '../../../helpers/datapath.ts'

function bucketName (what: string): string {
  return `meshbackup-${what}-${randomBytes(4).toString('hex')}`
}

describe('repository in an S3 bucket (real Ceph RGW)', function () {
  this.timeout(120_000)
  let gateway: S3GatewayAccess
  const dirs = new TempDirs()
  let credentialsFile: string

  before(async function () {
    gateway = await s3Gateway(this)
    const d = await dirs.make()
    credentialsFile = join(d, 's3.json')
    await writeFile(credentialsFile, JSON.stringify({ accessKeyId: gateway.accessKeyId, secretAccessKey: gateway.secretAccessKey }))
    await chmod(credentialsFile, 0o600)
  })
  after(async () => { await dirs.cleanup() })

  async function newConfig (what: string, objectLock: boolean): Promise<S3RepositoryConfig> {
    const config: S3RepositoryConfig = { endpoint: gateway.endpoint, region: gateway.region, bucket: bucketName(what), credentialsFile, leaseSeconds: 3 }
    await createBuckets(config, { objectLock })
    return config
  }

  async function openRepo (config: S3RepositoryConfig, holder: string, path?: string, extra: Partial<Parameters<typeof Repository.open>[0]> = {}): Promise<Repository> {
    const bucket = await BucketBackend.open({ config, repository: 'offsite', holder, create: true })
    return await Repository.open({ path: path ?? join(await dirs.make(), 'cache'), name: 'offsite', create: true, bucket, packLimit: 1024 * 1024, ...extra })
  }

  it('backs up, dedups, restores, verifies, deletes and collects garbage with packs and points as objects', async () => {
    const config = await newConfig('plain', false)
    const repo = await openRepo(config, 'node-a')
    try {
      const img = makeImage(48 * BS, { zeroBlocks: [3, 4, 5] })
      const w1 = await repo.beginDisk(header({ size: img.length }))
      const r1 = await sendImage(w1, img)
      const p1 = await repo.commitPoint({ job: 'nightly', vm: 'web-1', stagedIds: [r1.stagedId] })
      assert.equal(r1.blocksStored, 45)
      // every pack went up and left the node: the working folder holds none
      const { store } = await BucketBackend.stores(config)
      const keys = []
      for await (const o of store.list('')) keys.push(o.key)
      assert.ok(keys.includes(`points/${p1.id}.point`), 'the point is an object')
      assert.ok(keys.includes('FORMAT'))
      const packObjects = keys.filter(k => k.startsWith('packs/'))
      assert.ok(packObjects.length >= 2, `packs of 1 MiB: several objects (${packObjects.length})`)
      const local = await readdir(join(repo.path, 'packs', packObjects[0]!.slice(6, 8)))
      assert.deepEqual(local, [], 'no pack stays on the node once uploaded')

      // an incremental: 2 blocks changed, the rest dedups against the bucket's packs
      const img2 = Buffer.from(img)
      randomBytes(BS).copy(img2, 10 * BS)
      randomBytes(BS).copy(img2, 20 * BS)
      const w2 = await repo.beginDisk(header({ size: img2.length, basePoint: p1.id }))
      const r2 = await sendImage(w2, img2, { indices: [10, 20] })
      const p2 = await repo.commitPoint({ job: 'nightly', vm: 'web-1', stagedIds: [r2.stagedId] })
      assert.equal(r2.blocksStored, 2)
      assert.ok((await restoreImage(repo, p1.id)).equals(img), 'the full restores bit-exact from ranged GETs')
      assert.ok((await restoreImage(repo, p2.id)).equals(img2), 'the incremental restores bit-exact')
      const report = await repo.verify(p2.id)
      assert.equal(report.problems.length, 0, JSON.stringify(report.problems))

      // forget the full: its object goes; GC removes the one block only it used, and keeps the rest
      const deleted = await repo.deletePoints([p1.id])
      assert.deepEqual(deleted.deleted, [p1.id])
      assert.equal(await store.head(`points/${p1.id}.point`), undefined)
      const gc = await repo.gc({ compactBelow: 0 })
      assert.equal(gc.problems.length, 0, gc.problems.join('\n'))
      assert.equal(gc.blocksRemoved, 2, 'the two blocks the incremental replaced')
      assert.ok((await restoreImage(repo, p2.id)).equals(img2), 'still restores after GC')
      store.close()
    } finally {
      await repo.close()
    }
  })

  it('rebuilds a lost working folder from the bucket alone, one small read per pack', async () => {
    const config = await newConfig('rebuild', false)
    const img = makeImage(64 * BS)
    let pointId: string
    let packs: number
    {
      const repo = await openRepo(config, 'node-a')
      const w = await repo.beginDisk(header({ size: img.length }))
      const r = await sendImage(w, img)
      pointId = (await repo.commitPoint({ job: 'nightly', vm: 'web-1', stagedIds: [r.stagedId] })).id
      await repo.close()
    }
    // node-b, a new working folder: the index is rebuilt from the packs' record tables
    const repo = await openRepo(config, 'node-b')
    try {
      assert.ok(repo.rebuiltAtOpen !== undefined, 'the index was rebuilt at open')
      packs = repo.rebuiltAtOpen.result.packs
      assert.ok(packs >= 2)
      assert.equal(repo.rebuiltAtOpen.result.recordsIndexed, 64)
      assert.deepEqual(repo.rebuiltAtOpen.result.incompletePoints, [])
      assert.ok((await restoreImage(repo, pointId)).equals(img))
      // an incremental on node-b dedups against node-a's blocks
      const w = await repo.beginDisk(header({ size: img.length, basePoint: pointId }))
      const r = await sendImage(w, img)
      assert.equal(r.blocksStored, 0)
      assert.equal(r.blocksDeduped, 64)
    } finally {
      await repo.close()
    }
  })

  it('keeps an encrypted point\'s sealed blocks as they came, checks them without the key, and finds them sealed again after a rebuild', async () => {
    const config = await newConfig('sealed', false)
    const key = randomBytes(32)
    const img = makeImage(40 * BS, { zeroBlocks: [7] })
    const { blocks, point, digestOf } = sealedSource(img, BS, key)
    const fingerprint = dataKeyFingerprint(key)
    let pointId: string
    {
      const repo = await openRepo(config, 'node-a')
      const w = await repo.beginDisk(header({ size: img.length, keyFingerprint: fingerprint }))
      for (let i = 0; i < 40; i++) {
        const b = blocks.get(digestOf(i))
        if (b === undefined) continue
        await w.putBlock({ index: i, digest: Buffer.from(digestOf(i), 'hex'), rawLength: b.rawLength, compression: b.compression, data: b.data, sealed: true })
      }
      const r = await w.finish()
      pointId = (await repo.commitPoint({ job: 'nightly', vm: 'web-1', stagedIds: [r.stagedId], keyFingerprint: fingerprint })).id
      assert.equal((await repo.verify(pointId)).problems.length, 0)
      await repo.close()
    }
    assert.ok(point.disks?.[0] !== undefined)
    const repo = await openRepo(config, 'node-b')
    try {
      assert.ok(repo.rebuiltAtOpen !== undefined)
      for (let i = 0; i < 40; i++) {
        const b = blocks.get(digestOf(i))
        if (b === undefined) continue
        const stored = await repo.readBlock(Buffer.from(digestOf(i), 'hex'))
        assert.equal(stored.sealed, true)
        assert.ok(Buffer.from(stored.data).equals(Buffer.from(b.data)), `block ${i} is the frame that was sent`)
      }
      assert.equal((await repo.verify(pointId)).problems.length, 0, 'checked without the key after the rebuild')
    } finally {
      await repo.close()
    }
  })

  it('locks packs and points in an Object Lock bucket; the bucket\'s own keys cannot delete a locked pack version', async () => {
    const config = await newConfig('locked', true)
    const repo = await openRepo(config, 'node-a', undefined, { lockDays: 1 })
    const { store } = await BucketBackend.stores(config)
    try {
      const img = makeImage(32 * BS)
      const w = await repo.beginDisk(header({ size: img.length }))
      const r = await sendImage(w, img)
      const p = await repo.commitPoint({ job: 'nightly', vm: 'web-1', stagedIds: [r.stagedId] })
      assert.ok((p.lockUntilMs ?? 0) > Date.now())
      // new packs were retained at upload (period + slack): the commit extended none
      assert.equal(repo.retentionExtensionsOf(p.id), 0)
      const keys: string[] = []
      for await (const o of store.list('packs/')) keys.push(o.key)
      const head = await store.head(keys[0]!)
      assert.ok(head?.retention !== undefined && head.retention.until.getTime() > (p.lockUntilMs ?? 0), 'the pack is retained past the point\'s lock')
      const pointHead = await store.head(`points/${p.id}.point`)
      assert.equal(pointHead?.retention?.mode, 'COMPLIANCE')

      // the attacker holds the node's bucket credentials: deleting the version is refused
      const versions = []
      for await (const v of store.listVersions(keys[0]!)) versions.push({ key: v.key, versionId: v.versionId })
      const attempt = await store.delete(versions)
      assert.equal(attempt.locked.length, versions.length, 'every version of the pack is refused')
      await assert.rejects(store.extendRetention({ key: keys[0]!, versionId: versions[0]!.versionId }, new Date(Date.now() + 60_000)), hasCode('ERR_S3_OBJECT_LOCKED'))
      // overwriting only adds a version: the repository reads the version it wrote
      await store.put(keys[0]!, randomBytes(4096))
      const kept = await repo.deletePoints([p.id])
      assert.deepEqual(kept.deleted, [])
      assert.equal(kept.locked.length, 1, 'the locked point is refused deletion')
      assert.ok((await restoreImage(repo, p.id)).equals(img), 'the point restores bit-exact')
    } finally {
      store.close()
      await repo.close()
    }
  })

  it('re-locks a reused pack once per slack, not once per incremental: the calls per backup', async () => {
    const img = makeImage(160 * BS)
    const calls: Record<string, number[]> = {}
    for (const slackDays of [0, 10]) {
      const config = { ...await newConfig(`slack${slackDays}`, true), lockSlackDays: slackDays }
      const repo = await openRepo(config, 'node-a', undefined, { lockDays: 1 })
      try {
        let base: string | undefined
        calls[slackDays] = []
        for (let run = 0; run < 3; run++) {
          // each point locked a day longer than the last: as a daily incremental's lock ends a day later
          await repo.setLockPeriod(1 + run, { lower: false })
          const w = await repo.beginDisk(header({ size: img.length, basePoint: base }))
          const r = await sendImage(w, img, { indices: base === undefined ? undefined : [0] })
          const p = await repo.commitPoint({ job: 'nightly', vm: 'web-1', stagedIds: [r.stagedId] })
          calls[slackDays]!.push(repo.retentionExtensionsOf(p.id))
          base = p.id
        }
      } finally {
        await repo.close()
      }
    }
    // 160 blocks of 64 KiB, half random, in packs of 1 MiB: about five packs; without slack each incremental extends every one
    // its point uses (the new point's lock ends a day later than the pack's), with 10 days none
    assert.ok(calls[0]![1]! >= 2 && calls[0]![2]! >= 2, `no slack: every incremental re-locks the reused packs (${calls[0]!.join(', ')})`)
    assert.deepEqual(calls[10], [0, 0, 0], 'ten days of slack: no incremental within them re-locks a pack')
  })

  it('lets exactly one of two racing nodes take a lease over; the old holder is fenced', async () => {
    const config = await newConfig('lease', false)
    const { leaseStore } = await BucketBackend.stores(config)
    try {
      const a = await BucketLease.acquire({ store: leaseStore, repository: 'r', holder: 'node-a', ttlMs: 1500 })
      a.check()
      // node-a stops renewing (killed): two takers race for it
      await a.release({ handOver: false })
      const [b, c] = await Promise.all([
        BucketLease.acquire({ store: leaseStore, repository: 'r', holder: 'node-b', ttlMs: 1500, signal: AbortSignal.timeout(5000) }).catch((e: Error) => e),
        BucketLease.acquire({ store: leaseStore, repository: 'r', holder: 'node-c', ttlMs: 1500, signal: AbortSignal.timeout(5000) }).catch((e: Error) => e)
      ])
      const winners = [b, c].filter(x => x instanceof BucketLease)
      assert.equal(winners.length, 1, `exactly one taker wins: ${[b, c].map(x => x instanceof BucketLease ? x.holder : (x as Error).message).join(' / ')}`)
      const loser = [b, c].find(x => !(x instanceof BucketLease)) as Error
      assert.ok(hasCode('ERR_REPOSITORY_HELD')(loser))
      const winner = winners[0]!
      assert.equal(winner.previousHolder, 'node-a')
      assert.equal(winner.generation, 2)
      assert.throws(() => { a.check() }, hasCode('ERR_REPOSITORY_FENCED'))
      await winner.release()
    } finally {
      leaseStore.close()
    }
  })

  it('refuses writes while its lease is stale (the bucket does not answer) and takes them again once a renewal still matches', async () => {
    const config = await newConfig('stale', false)
    // a relay in front of the gateway that can stop answering, as a network would
    const target = new URL(gateway.endpoint)
    const sockets = new Set<Socket>()
    let blocked = false
    const relay = createServer(client => {
      if (blocked) { client.destroy(); return }
      const upstream = connect(Number(target.port), target.hostname)
      sockets.add(client).add(upstream)
      client.pipe(upstream).pipe(client)
      const drop = (): void => { client.destroy(); upstream.destroy(); sockets.delete(client); sockets.delete(upstream) }
      client.on('error', drop).on('close', drop)
      upstream.on('error', drop).on('close', drop)
    })
    await new Promise<void>(resolve => relay.listen(0, '127.0.0.1', resolve))
    const port = (relay.address() as AddressInfo).port
    const { leaseStore } = await BucketBackend.stores({ ...config, endpoint: `http://127.0.0.1:${port}` })
    const lost: string[] = []
    try {
      const lease = await BucketLease.acquire({ store: leaseStore, repository: 'r', holder: 'node-a', ttlMs: 1200, onLost: why => lost.push(why) })
      lease.check()
      blocked = true
      for (const s of sockets) s.destroy()
      await waitFor(() => !lease.valid, 5000, 'the lease to go stale')
      assert.throws(() => { lease.check() }, hasCode('ERR_REPOSITORY_FENCED'))
      blocked = false
      await lease.renew()
      assert.equal(lease.valid, true, 'a renewal that still matches makes it valid again')
      lease.check()
      assert.deepEqual(lost, [], 'a stale lease is not lost')
      await lease.release()
    } finally {
      leaseStore.close()
      relay.close()
      for (const s of sockets) s.destroy()
    }
  })
})
