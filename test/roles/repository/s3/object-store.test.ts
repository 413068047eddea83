/**
 * Tests for the repository's S3 object store (roles/repository/s3/) against a real S3 server: a
 * single-node Ceph 16.2 RADOS Gateway on 127.0.0.1 (test/helpers/s3-gateway.ts), no mock. Each
 * describe makes buckets of its own. Covered: round trips of a small object and of a multipart one
 * (24 MiB in 8 MiB parts), byte ranges (across a part boundary, past the end), listing and deleting
 * more than one page / one DeleteObjects batch (1005 objects), the refusals mapped to codes (absent
 * key and bucket, wrong secret, nobody listening), the credentials file (refused when its group or
 * others may read it; the secret never shown; these checks run without the gateway too), and Object Lock: a version written with a COMPLIANCE
 * retention can be neither deleted nor given an earlier date, with the bucket owner's own keys; its
 * date can be extended; once it passed, the version can be deleted.
 *
 * Measured here (Ceph 16.2.15, Node 24; 2 cores shared with a full test run of another worktree,
 * load average 3–4; December 2026; `S3_TIMINGS=1` prints a run's figures):
 * - gateway start (`ceph-rgw.sh up`, from a mocha hook): 3.9–4.6 s; `down` 0.2 s
 * - a 32 MiB pack: single PUT 0.53–0.87 s (1 request); multipart, 4 × 8 MiB parts all in flight,
 *   0.40–0.86 s (6 requests: create, 4 parts, complete; 7 with a retention, set again after the
 *   complete because RGW drops it); GET whole 0.46–0.82 s (1 request); 4 parallel ranged GETs of
 *   8 MiB 0.33–0.51 s (4 requests). So 40–80 MiB/s per pack on this loaded loopback: CPU-bound,
 *   multipart pays little here (it pays over a real network, and for retrying a part alone).
 * - 1005 small PUTs at 16 in flight: ~4.5 s (~220/s); listing them: 2 requests (1000 per page);
 *   deleting them: 2 DeleteObjects requests.
 * - the whole file: ~18 s, of which ~4 s gateway start, ~5 s the 1005 objects, ~3.4 s waiting for
 *   a retention date to pass.
 */
import assert from 'node:assert/strict'
import { createHash, randomBytes } from 'node:crypto'
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inspect } from 'node:util'
import { readS3Credentials, type S3Credentials } from '../../../../roles/repository/s3/credentials.ts'
import { ObjectStore, type ObjectStoreOptions } from '../../../../roles/repository/s3/object-store.ts'
import { hasCode } from '../../../helpers/coded-error.ts'
import { s3Gateway, type S3GatewayAccess } from '../../../helpers/s3-gateway.ts'

const MiB = 1024 * 1024
const DAY_MS = 86_400_000
const timings = process.env.S3_TIMINGS === '1'

/** A bucket name no other test uses (S3: 3–63 lower-case letters, digits, hyphens). */
function bucketName (what: string): string {
  return `meshbackup-${what}-${randomBytes(4).toString('hex')}`
}

function md5Hex (bytes: Uint8Array): string {
  return createHash('md5').update(bytes).digest('hex')
}

/** Runs `task` for 0..count-1 with at most `width` at once. */
async function inParallel (count: number, width: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0
  await Promise.all(Array.from({ length: Math.min(width, count) }, async () => {
    while (next < count) await task(next++)
  }))
}

async function collect<T> (items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const item of items) out.push(item)
  return out
}

describe('roles/repository/s3: the object store on a real S3 server (Ceph RGW)', function () {
  this.timeout(60_000)
  let gateway: S3GatewayAccess
  let credentials: S3Credentials
  const stores: ObjectStore[] = []

  before(async function () {
    gateway = await s3Gateway(this)
    credentials = { accessKeyId: gateway.accessKeyId, secretAccessKey: gateway.secretAccessKey }
    if (timings) console.log(`      [timing] gateway start ${gateway.startMs} ms`)
  })

  after(() => { for (const store of stores) store.close() })

  function open (bucket: string, options: Partial<ObjectStoreOptions> = {}): ObjectStore {
    const store = new ObjectStore({ endpoint: gateway.endpoint, region: gateway.region, bucket, credentials, ...options })
    stores.push(store)
    return store
  }

  describe('objects', function () {
    let store: ObjectStore

    before(async function () {
      store = open(bucketName('objects'))
      await store.createBucket({ objectLock: false })
    })

    it('writes and reads back a small object in one PUT', async function () {
      const body = randomBytes(100 * 1024)
      const put = await store.put('small/one', body)
      assert.equal(put.parts, 1)
      assert.equal(put.etag, `"${md5Hex(body)}"`)
      assert.deepEqual(await store.get('small/one'), body)
      const head = await store.head('small/one')
      assert.equal(head?.size, body.length)
      assert.equal(head?.etag, put.etag)
      assert.equal(head?.retention, undefined)
    })

    it('writes a 24 MiB object as a multipart upload of 8 MiB parts and reads it back whole and in ranges', async function () {
      const body = randomBytes(24 * MiB)
      const before = store.requests
      const put = await store.put('packs/24', body)
      assert.equal(put.parts, 3)
      assert.equal(store.requests - before, 5, 'create, 3 parts, complete')
      // RGW answers CompleteMultipartUpload with no ETag: the store computes S3's multipart ETag
      assert.match(put.etag, /^"[0-9a-f]{32}-3"$/)
      assert.equal((await store.head('packs/24'))?.etag, put.etag)
      assert.ok((await store.get('packs/24')).equals(body))
      // across the boundary of parts 1 and 2, the first byte, the last bytes
      const ranges: Array<[number, number]> = [[8 * MiB - 1000, 3000], [0, 1], [24 * MiB - 4096, 4096], [12_345_678, 1 * MiB]]
      for (const [offset, length] of ranges) {
        assert.ok((await store.getRange('packs/24', offset, length)).equals(body.subarray(offset, offset + length)), `bytes ${offset}+${length}`)
      }
      assert.equal((await store.getRange('packs/24', 5, 0)).length, 0)
    })

    it('refuses a range past the end of the object with ERR_S3_BAD_RANGE', async function () {
      await store.put('short', randomBytes(1000))
      await assert.rejects(store.getRange('short', 900, 200), hasCode('ERR_S3_BAD_RANGE', /"short".*ends after 100 of the 200 bytes/))
      await assert.rejects(store.getRange('short', 5000, 10), hasCode('ERR_S3_BAD_RANGE', /"short"/))
    })

    it('lists and deletes more than one page: 1005 objects in 2 list requests and 2 DeleteObjects batches', async function () {
      this.timeout(120_000)
      const keys = Array.from({ length: 1005 }, (_, i) => `many/${String(i).padStart(4, '0')}`)
      await inParallel(keys.length, 16, async (i) => { await store.put(keys[i]!, Buffer.from(keys[i]!)) })
      await store.put('manyother', Buffer.from('not under the prefix "many/"'))

      let before = store.requests
      const listed = await collect(store.list('many/'))
      assert.equal(store.requests - before, 2, '1000 keys per page')
      assert.deepEqual(listed.map((o) => o.key), keys)
      assert.ok(listed.every((o) => o.size === 9))
      // a small page size walks the same keys
      assert.deepEqual((await collect(store.list('many/00', { pageSize: 7 }))).map((o) => o.key), keys.slice(0, 100))

      before = store.requests
      const result = await store.delete(keys.map((key) => ({ key })))
      assert.equal(store.requests - before, 2, '1000 keys per DeleteObjects')
      assert.equal(result.deleted.length, 1005)
      assert.deepEqual(result.locked, [])
      assert.deepEqual(await collect(store.list('many/')), [])
      assert.ok(await store.head('manyother'))
    })

    it('says what is missing: ERR_S3_NO_SUCH_KEY, undefined from head, ERR_S3_NO_SUCH_BUCKET', async function () {
      await assert.rejects(store.get('nothing/here'), hasCode('ERR_S3_NO_SUCH_KEY', /"nothing\/here" in bucket "meshbackup-objects-/))
      assert.equal(await store.head('nothing/here'), undefined)
      const nowhere = open(bucketName('absent'))
      await assert.rejects(nowhere.get('x'), hasCode('ERR_S3_NO_SUCH_BUCKET', /bucket "meshbackup-absent-[0-9a-f]+" does not exist/))
      await assert.rejects(nowhere.put('x', Buffer.from('x')), hasCode('ERR_S3_NO_SUCH_BUCKET'))
      await assert.rejects(collect(nowhere.list('')), hasCode('ERR_S3_NO_SUCH_BUCKET'))
      // creating a bucket one owns succeeds again (as on AWS in us-east-1), but not as a locked one
      await open(store.bucket).createBucket({ objectLock: false })
      await assert.rejects(open(store.bucket).createBucket({ objectLock: true }), hasCode('ERR_S3_BUCKET_EXISTS', /exists already, without Object Lock/))
    })

    it('works with credentials read from a file of mode 0600', async function () {
      const dir = await mkdtemp(join(tmpdir(), 'meshbackup-s3-credentials-'))
      try {
        const file = join(dir, 's3.json')
        await writeFile(file, JSON.stringify(credentials), { mode: 0o600 })
        const fromFile = open(store.bucket, { credentials: await readS3Credentials(file) })
        await fromFile.put('from-file', Buffer.from('v'))
        assert.equal((await store.get('from-file')).toString(), 'v')
      } finally {
        await rm(dir, { recursive: true, force: true })
      }
    })

    it('refuses a wrong secret with ERR_S3_BAD_CREDENTIALS, and a silent endpoint with ERR_S3_UNREACHABLE', async function () {
      const wrong = open(store.bucket, { credentials: { accessKeyId: gateway.accessKeyId, secretAccessKey: 'not-the-secret' } })
      await assert.rejects(wrong.get('small/one'), hasCode('ERR_S3_BAD_CREDENTIALS', /check the credentials file/))
      const stranger = open(store.bucket, { credentials: { accessKeyId: 'NOSUCHKEY0000000000', secretAccessKey: 'x' } })
      await assert.rejects(stranger.put('k', Buffer.from('k')), hasCode('ERR_S3_BAD_CREDENTIALS'))

      // a port that was free a moment ago: nothing listens there
      const server = createServer()
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      const port = (server.address() as { port: number }).port
      await new Promise((resolve) => server.close(resolve))
      const silent = open(store.bucket, { endpoint: `http://127.0.0.1:${port}`, maxAttempts: 1 })
      await assert.rejects(silent.get('small/one'), hasCode('ERR_S3_UNREACHABLE', new RegExp(`no answer from S3 at http://127.0.0.1:${port} \\(ECONNREFUSED\\)`)))
    })

    it('moves a 32 MiB pack in one PUT or in parallel parts, and reads it whole or in parallel ranges', async function () {
      this.timeout(120_000)
      const body = randomBytes(32 * MiB)
      const single = open(store.bucket, { multipartThreshold: 64 * MiB })
      const figures: string[] = []
      const timed = async <T>(what: string, s: ObjectStore, run: () => Promise<T>): Promise<T> => {
        const [t0, r0] = [performance.now(), s.requests]
        const result = await run()
        figures.push(`${what} ${Math.round(performance.now() - t0)} ms, ${s.requests - r0} requests`)
        return result
      }
      assert.equal((await timed('PUT single', single, async () => await single.put('bench/single', body))).parts, 1)
      assert.equal((await timed('PUT multipart', store, async () => await store.put('bench/parts', body))).parts, 4)
      for (const key of ['bench/single', 'bench/parts']) {
        assert.ok((await timed(`GET ${key}`, store, async () => await store.get(key))).equals(body))
      }
      const pieces = await timed('GET 4 ranges in parallel', store, async () =>
        await Promise.all([0, 1, 2, 3].map(async (i) => await store.getRange('bench/parts', i * 8 * MiB, 8 * MiB))))
      assert.ok(Buffer.concat(pieces).equals(body))
      if (timings) console.log(`      [timing] 32 MiB: ${figures.join('; ')}`)
      await store.delete([{ key: 'bench/single' }, { key: 'bench/parts' }])
    })
  })

  describe('Object Lock (COMPLIANCE)', function () {
    let locked: ObjectStore

    before(async function () {
      locked = open(bucketName('locked'))
      await locked.createBucket({ objectLock: true })
    })

    it('tells a bucket created with Object Lock from one without', async function () {
      assert.deepEqual(await locked.lockConfiguration(), { enabled: true, defaultRetention: undefined })
      const plain = open(bucketName('plain'))
      await plain.createBucket({ objectLock: false })
      assert.deepEqual(await plain.lockConfiguration(), { enabled: false, defaultRetention: undefined })
      await assert.rejects(plain.put('k', Buffer.from('v'), { retainUntil: new Date(Date.now() + DAY_MS) }), hasCode('ERR_S3_NO_OBJECT_LOCK', /created with Object Lock/))
    })

    it('keeps a version under retention from being deleted or given an earlier date, even by the bucket owner; extends it', async function () {
      const until = new Date(Date.now() + DAY_MS + 123) // not a whole second: stored rounded up
      const body = randomBytes(64 * 1024)
      const put = await locked.put('packs/locked', body, { retainUntil: until })
      assert.ok(put.versionId !== undefined && put.versionId !== '')
      const ref = { key: 'packs/locked', versionId: put.versionId }
      const whole = new Date(Math.ceil(until.getTime() / 1000) * 1000)
      assert.deepEqual(await locked.retention(ref), { mode: 'COMPLIANCE', until: whole })
      assert.deepEqual((await locked.head(ref))?.retention, { mode: 'COMPLIANCE', until: whole })

      // the test user owns the bucket: still refused
      const refused = await locked.delete([ref])
      assert.deepEqual(refused, { deleted: [], locked: [ref] })
      await assert.rejects(locked.extendRetention(ref, new Date(Date.now() + DAY_MS / 2)), hasCode('ERR_S3_OBJECT_LOCKED', /"packs\/locked".*retention/))
      assert.deepEqual(await locked.retention(ref), { mode: 'COMPLIANCE', until: whole })
      await assert.rejects(locked.extendRetention(ref, new Date(Date.now() - 1000)), hasCode('ERR_S3_BAD_RETENTION', /not in the future/))

      // a delete without version only hides the key behind a marker: the version stays
      const hidden = await locked.delete([{ key: 'packs/locked' }])
      assert.equal(hidden.deleted.length, 1)
      await assert.rejects(locked.get('packs/locked'), hasCode('ERR_S3_NO_SUCH_KEY'))
      assert.ok((await locked.get(ref)).equals(body))
      const versions = await collect(locked.listVersions('packs/locked'))
      assert.deepEqual(versions.map((v) => [v.versionId === put.versionId, v.deleteMarker, v.isLatest]).sort(), [[false, true, true], [true, false, false]])

      const later = new Date(Date.now() + 3 * DAY_MS)
      await locked.extendRetention(ref, later)
      assert.deepEqual(await locked.retention(ref), { mode: 'COMPLIANCE', until: new Date(Math.ceil(later.getTime() / 1000) * 1000) })
      assert.deepEqual(await locked.delete([ref]), { deleted: [], locked: [ref] })
    })

    it('locks a multipart upload too (RGW drops its retention headers: set again after), and answers no retention for a version written without one', async function () {
      const small = open(locked.bucket, { multipartThreshold: 5 * MiB, partBytes: 5 * MiB })
      const before = small.requests
      const put = await small.put('packs/multi', randomBytes(11 * MiB), { retainUntil: new Date(Date.now() + DAY_MS) })
      assert.equal(put.parts, 3)
      assert.equal(small.requests - before, 6, 'create, 3 parts, complete, retention')
      const ref = { key: 'packs/multi', versionId: put.versionId }
      assert.equal((await small.retention(ref))?.mode, 'COMPLIANCE')
      assert.deepEqual((await small.delete([ref])).locked, [ref])

      const free = await locked.put('free', Buffer.from('no retention'))
      assert.equal(await locked.retention({ key: 'free', versionId: free.versionId }), undefined)
      assert.deepEqual(await locked.delete([{ key: 'free', versionId: free.versionId }]), { deleted: [{ key: 'free', versionId: free.versionId }], locked: [] })
    })

    it('lets a version go once its retention date has passed (what GC relies on)', async function () {
      const put = await locked.put('packs/brief', Buffer.from('kept 2 s'), { retainUntil: new Date(Date.now() + 1500) })
      const ref = { key: 'packs/brief', versionId: put.versionId }
      assert.deepEqual((await locked.delete([ref])).locked, [ref])
      const until = (await locked.retention(ref))!.until.getTime()
      await new Promise((resolve) => setTimeout(resolve, until - Date.now() + 1100))
      assert.deepEqual(await locked.delete([ref]), { deleted: [ref], locked: [] })
      assert.deepEqual(await collect(locked.listVersions('packs/brief')), [])
    })
  })
})

describe('roles/repository/s3: the credentials file', function () {
  // made up: these checks need no server
  const credentials = { accessKeyId: 'MESHBACKUPTESTKEY', secretAccessKey: randomBytes(20).toString('hex') }
  let dir: string
  before(async () => { dir = await mkdtemp(join(tmpdir(), 'meshbackup-s3-credentials-')) })
  after(async () => { await rm(dir, { recursive: true, force: true }) })

  it('refuses a file its group or others can read, naming the file and the chmod, without the secret', async function () {
    const file = join(dir, 'open.json')
    await writeFile(file, JSON.stringify(credentials))
    await chmod(file, 0o644)
    await assert.rejects(readS3Credentials(file), (err: Error) => {
      hasCode('ERR_S3_CREDENTIALS_EXPOSED', new RegExp(`${file}.*mode 0644.*chmod 600 ${file}`))(err)
      assert.ok(!inspect(err).includes(credentials.secretAccessKey))
      return true
    })
    await chmod(file, 0o640)
    await assert.rejects(readS3Credentials(file), hasCode('ERR_S3_CREDENTIALS_EXPOSED', /mode 0640/))
  })

  it('reads a file only its owner can read, and keeps the secret out of inspect and JSON', async function () {
    const file = join(dir, 'private.json')
    await writeFile(file, JSON.stringify(credentials), { mode: 0o600 })
    const read = await readS3Credentials(file)
    assert.equal(read.secretAccessKey, credentials.secretAccessKey)
    assert.ok(!inspect(read).includes(credentials.secretAccessKey))
    assert.ok(!JSON.stringify(read).includes(credentials.secretAccessKey))
    assert.ok(!String(read).includes(credentials.secretAccessKey))
  })

  it('refuses a missing file, one that is not JSON (without quoting it) and one without both keys', async function () {
    await assert.rejects(readS3Credentials(join(dir, 'absent.json')), hasCode('ERR_S3_BAD_CREDENTIALS_FILE', /absent\.json/))
    const garbled = join(dir, 'garbled.json')
    await writeFile(garbled, `{"accessKeyId": "A", "secretAccessKey": "${credentials.secretAccessKey}"`, { mode: 0o600 })
    await assert.rejects(readS3Credentials(garbled), (err: Error) => {
      hasCode('ERR_S3_BAD_CREDENTIALS_FILE', /is not JSON/)(err)
      assert.ok(!inspect(err).includes(credentials.secretAccessKey))
      return true
    })
    const partial = join(dir, 'partial.json')
    await writeFile(partial, '{"accessKeyId": "A"}', { mode: 0o600 })
    await assert.rejects(readS3Credentials(partial), hasCode('ERR_S3_BAD_CREDENTIALS_FILE', /must hold/))
  })
})
