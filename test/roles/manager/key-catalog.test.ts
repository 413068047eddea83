/**
 * The manager's key catalog (roles/manager/key-catalog.ts, key-requests.ts) on a real LevelDB: keys
 * made, listed, exported (file and paper) and imported back under the same fingerprint, their
 * passphrases changed; data keys usable without a passphrase through the home secret, which is
 * made once with mode 0600; recovery keys usable only as their public half; and a job naming a
 * key the catalog lacks is refused when it is written.
 */
import assert from 'node:assert/strict'
import { stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Level } from 'level'
import { silentLogger } from '../../../node/core/logger.ts'
import { ActorSystem } from '../../../node/runtime/actors/system.ts'
import { address } from '../../../node/runtime/actors/address.ts'
import type { Capacity } from '../../../protocols/capacity.ts'
import { Catalog } from '../../../roles/manager/catalog.ts'
import { KeyCatalog } from '../../../roles/manager/key-catalog.ts'
import { managerActor } from '../../../roles/manager/actor.ts'
import { parseKeyFile, unlockDataKey } from '../../../node/core/crypto/key-file.ts'
import { parsePaperKey } from '../../../node/core/crypto/paper-key.ts'
import { unlockRecoveryKey, unwrapWithRecovery } from '../../../node/core/crypto/recovery-key.ts'
import { TempDirs } from '../../helpers/datapath.ts'
import { hasCode } from '../../helpers/coded-error.ts'
import { FakeCapacity, repositoryAnnouncement } from '../scheduler/fakes.ts'

// the lowest cost passphrase-wrap.ts takes: these tests are about the catalog, not scrypt
const scrypt = { N: 1024, r: 8, p: 1 }

describe('roles/manager key catalog', function () {
  const temps = new TempDirs()
  let dir: string
  let db: Level<string, Uint8Array>
  let keys: KeyCatalog

  beforeEach(async function () {
    dir = await temps.make()
    db = new Level<string, Uint8Array>(join(dir, 'db'), { valueEncoding: 'view' })
    await db.open()
    keys = new KeyCatalog(db, join(dir, 'keys.secret'), { scrypt })
  })
  afterEach(async function () {
    await db.close()
    await temps.cleanup()
  })

  it('creates a data key, lists it, and opens it without the passphrase through a home secret of mode 0600', async function () {
    const made = await keys.create({ name: 'prod', passphrase: 'correct horse' })
    assert.equal(made.kind, 'data')
    assert.match(made.fingerprint!, /^[0-9a-f]{16}$/)
    assert.equal((await stat(join(dir, 'keys.secret'))).mode & 0o777, 0o600)
    assert.equal((await stat(join(dir, 'keys.secret'))).size, 32)
    assert.deepEqual((await keys.list()).map((k) => [k.name, k.kind, k.fingerprint]), [['prod', 'data', made.fingerprint]])
    const byName = await keys.dataKey('prod')
    const byFingerprint = await keys.dataKey(made.fingerprint!)
    assert.equal(byName.fingerprint, made.fingerprint)
    assert.deepEqual(byFingerprint.material, byName.material)
    // the exported file opens with the passphrase to the same key
    const exported = await keys.export('prod', false)
    assert.deepEqual((await unlockDataKey(parseKeyFile(exported.text), 'correct horse')).material, byName.material)
    assert.doesNotMatch(exported.text, new RegExp(byName.material.toString('base64').slice(0, 20)))
    // a second catalog over the same home reads the same secret
    const again = new KeyCatalog(db, join(dir, 'keys.secret'), { scrypt })
    assert.deepEqual((await again.dataKey('prod')).material, byName.material)
    await assert.rejects(keys.create({ name: 'prod', passphrase: 'x' }), hasCode('ERR_KEY_EXISTS', /already has a key named "prod"/))
    await assert.rejects(keys.dataKey('nope'), hasCode('ERR_NO_SUCH_KEY', /no data key "nope"/))
  })

  it('refuses a damaged home secret, naming the file', async function () {
    await writeFile(join(dir, 'keys.secret'), 'short')
    await assert.rejects(keys.create({ name: 'prod', passphrase: 'pw' }), hasCode('ERR_KEYS_SECRET', /keys\.secret is 5 bytes, not 32/))
  })

  it('exports a paper key that imports back, under the same fingerprint, into another manager', async function () {
    const made = await keys.create({ name: 'prod', passphrase: 'pw' })
    const paper = await keys.export('prod', true)
    assert.match(paper.text, new RegExp(`fingerprint ${made.fingerprint}`))
    assert.deepEqual(paper.qrPng!.subarray(1, 4).toString('latin1'), 'PNG')
    const otherDir = await temps.make()
    const otherDb = new Level<string, Uint8Array>(join(otherDir, 'db'), { valueEncoding: 'view' })
    await otherDb.open()
    try {
      const other = new KeyCatalog(otherDb, join(otherDir, 'keys.secret'), { scrypt })
      await assert.rejects(other.import({ text: paper.text, name: 'prod', passphrase: 'wrong' }), hasCode('ERR_WRONG_PASSPHRASE'))
      assert.deepEqual(await other.list(), [], 'a key its passphrase does not open is not kept')
      const imported = await other.import({ text: paper.text, name: 'prod-copy', passphrase: 'pw' })
      assert.deepEqual([imported.name, imported.fingerprint], ['prod-copy', made.fingerprint])
      assert.deepEqual((await other.dataKey(made.fingerprint!)).material, (await keys.dataKey('prod')).material)
      // the key file form too, and the same key twice is refused
      const file = await keys.export('prod', false)
      await assert.rejects(other.import({ text: file.text, passphrase: 'pw' }), hasCode('ERR_KEY_EXISTS', /as "prod-copy"/))
    } finally {
      await otherDb.close()
    }
  })

  it('changes a passphrase: the old one no longer opens the export, the fingerprint and unattended use stay', async function () {
    const made = await keys.create({ name: 'prod', passphrase: 'old' })
    const material = (await keys.dataKey('prod')).material
    await assert.rejects(keys.changePassphrase('prod', 'wrong', 'new'), hasCode('ERR_WRONG_PASSPHRASE'))
    const changed = await keys.changePassphrase('prod', 'old', 'new')
    assert.equal(changed.fingerprint, made.fingerprint)
    const file = parseKeyFile((await keys.export('prod', false)).text)
    await assert.rejects(unlockDataKey(file, 'old'), hasCode('ERR_WRONG_PASSPHRASE'))
    assert.deepEqual((await unlockDataKey(file, 'new')).material, material)
    assert.deepEqual((await keys.dataKey('prod')).material, material)
  })

  it('keeps a recovery key pair usable only as its public half: wraps open with the private half and its passphrase', async function () {
    const recovery = await keys.create({ name: 'safe', passphrase: 'offline', recovery: true })
    assert.equal(recovery.kind, 'recovery')
    await assert.rejects(keys.dataKey('safe'), hasCode('ERR_NO_SUCH_KEY', /is a recovery key pair/))
    await keys.create({ name: 'prod', passphrase: 'pw' })
    const key = await keys.dataKey('prod')
    const wraps = await keys.recoveryWraps(key)
    assert.equal(wraps.length, 1)
    const paper = await keys.export('safe', true)
    // from paper, the public half comes back by unlocking it once with its passphrase
    const otherDir = await temps.make()
    const otherDb = new Level<string, Uint8Array>(join(otherDir, 'db'), { valueEncoding: 'view' })
    await otherDb.open()
    try {
      const other = new KeyCatalog(otherDb, join(otherDir, 'keys.secret'), { scrypt })
      await other.import({ text: paper.text, name: 'safe', passphrase: 'offline' })
      assert.deepEqual((await other.recoveryKeys()).map((k) => k.fingerprint), [recovery.fingerprint])
    } finally {
      await otherDb.close()
    }
    const pair = await unlockRecoveryKey(parseKeyFile((await keys.export('safe', false)).text), 'offline')
    assert.deepEqual(unwrapWithRecovery(pair, wraps[0]!).material, key.material)
    assert.equal(parsePaperKey(paper.text).wrapped.fingerprint, recovery.fingerprint)
  })

  describe('through the manager actor', function () {
    let system: ActorSystem
    let catalog: Catalog

    beforeEach(async function () {
      catalog = new Catalog(db)
      system = new ActorSystem({ peerId: 'self' })
      const capacity = new FakeCapacity()
      capacity.announce(repositoryAnnouncement('self', { name: 'main', slots: 2 }))
      system.spawn('manager', managerActor({ catalog, capacity: capacity as unknown as Capacity, log: silentLogger, publishHosts: async () => {}, keys, discoveryTimeoutMs: 200 }), { restart: 'permanent' })
    })
    afterEach(async function () {
      await system.stop()
    })

    it('answers the key requests, refuses a job naming an unknown key, and lists the jobs of a key', async function () {
      const manager = address('self', 'manager')
      const ask = async (adminRequest: object): Promise<any> => (await system.ask(manager, { adminRequest })).adminReply
      const created = (await ask({ keyCreate: { name: 'prod', passphrase: Buffer.from('pw') } })).key
      await catalog.addHost({ name: 'lab', type: 'file', path: '/tmp' })
      await assert.rejects(ask({ jobAdd: { name: 'nightly', host: 'lab', repository: 'main', key: 'missing' } }),
        hasCode('ERR_NO_SUCH_KEY', /job "nightly" names key "missing", which the manager's key catalog lacks/))
      await ask({ keyCreate: { name: 'safe', passphrase: Buffer.from('pw'), recovery: true } })
      await assert.rejects(ask({ jobAdd: { name: 'nightly', host: 'lab', repository: 'main', key: 'safe' } }), hasCode('ERR_BAD_JOB', /is a recovery key pair/))
      await ask({ jobAdd: { name: 'nightly', host: 'lab', repository: 'main', key: 'prod' } })
      assert.equal((await catalog.job('nightly')).key, 'prod')
      await assert.rejects(ask({ jobEdit: { job: { name: 'nightly', key: 'gone' }, fields: ['key'] } }), hasCode('ERR_NO_SUCH_KEY'))
      const listed = (await ask({ keyList: {} })).keys.keys
      assert.deepEqual(listed.map((k: any) => [k.name, k.kind, k.jobs]), [['prod', 'data', ['nightly']], ['safe', 'recovery', []]])
      const material = (await ask({ keyGet: { fingerprint: created.fingerprint } })).keyMaterial
      assert.equal(material.name, 'prod')
      assert.deepEqual(Buffer.from(material.dataKey), (await keys.dataKey('prod')).material)
      await assert.rejects(ask({ keyGet: { fingerprint: '0000000000000000' } }), hasCode('ERR_NO_SUCH_KEY'))
      // who read which key is in the change log; no passphrase or key material is
      const events = (await ask({ events: {} })).events.events
      assert.deepEqual(events.map((e: any) => e.kind).filter((k: string) => k.startsWith('key-')), ['key-get', 'key-create', 'key-create'])
      assert.doesNotMatch(JSON.stringify(events), new RegExp(Buffer.from(material.dataKey).toString('hex')))
      // changing a job's key is an edit of one field
      await ask({ keyCreate: { name: 'prod2', passphrase: Buffer.from('pw') } })
      await ask({ jobEdit: { job: { name: 'nightly', key: 'prod2' }, fields: ['key'] } })
      assert.equal((await catalog.job('nightly')).key, 'prod2')
    })
  })
})
