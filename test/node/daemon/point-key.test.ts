/**
 * The key of an encrypted point for `restore` and `verify --read-data` (node/daemon/cli/point-key.ts),
 * with real key files in a temp dir: from a key file or its paper key and a passphrase file,
 * through a recovery key and the point's wrap, or from the manager; a key of another fingerprint
 * is refused before any data moves, and a key found nowhere gives a coded error naming the
 * fingerprint and the three ways to give it. Also the passphrase rules: a file's trailing newline
 * is not part of it, and without a file or a terminal there is an error, not a hang.
 */
import assert from 'node:assert/strict'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { PointSummary } from '../../../proto/index.ts'
import { createDataKey, formatKeyFile } from '../../../node/core/crypto/key-file.ts'
import { formatPaperKey } from '../../../node/core/crypto/paper-key.ts'
import { createRecoveryKeyPair, wrapForRecovery } from '../../../node/core/crypto/recovery-key.ts'
import { pointDataKey } from '../../../node/daemon/cli/point-key.ts'
import { passphraseFromFile, readPassphrase } from '../../../node/daemon/cli/passphrase.ts'
import { hasCode } from '../../helpers/coded-error.ts'

const scrypt = { N: 1024, r: 8, p: 1 }
const noManager = async (): Promise<Uint8Array> => { throw Object.assign(new Error('no node with the manager role is in the mesh view'), { code: 'ERR_NO_MANAGER' }) }
// stdin of a test run is no terminal: any prompt would be an error, which these tests would show
const io = { input: { isTTY: false } as unknown as NodeJS.ReadStream }

describe('node/daemon/cli point keys', function () {
  let dir: string
  beforeEach(async function () { dir = await mkdtemp(join(tmpdir(), 'meshbackup-point-key-')) })
  afterEach(async function () { await rm(dir, { recursive: true, force: true }) })

  const file = async (name: string, text: string): Promise<string> => {
    const path = join(dir, name)
    await writeFile(path, text)
    return path
  }

  it('opens the key file or paper key with a passphrase file, and refuses a key of another fingerprint', async function () {
    const { file: keyFile, key } = await createDataKey({ name: 'prod', passphrase: 'pw', scrypt })
    const point: PointSummary = { id: 'p1', keyFingerprint: key.fingerprint }
    const passphraseFile = await file('pw.txt', 'pw\n')
    const fromFile = await pointDataKey(point, { keyFile: await file('prod.key', formatKeyFile(keyFile)), passphraseFile }, noManager, io)
    assert.deepEqual(fromFile, key.material)
    const fromPaper = await pointDataKey(point, { keyFile: await file('prod.txt', formatPaperKey(keyFile).toLowerCase()), passphraseFile }, noManager, io)
    assert.deepEqual(fromPaper, key.material)
    const other = await createDataKey({ name: 'other', passphrase: 'pw', scrypt })
    await assert.rejects(pointDataKey(point, { keyFile: await file('other.key', formatKeyFile(other.file)), passphraseFile }, noManager, io),
      hasCode('ERR_KEY_MISMATCH', new RegExp(`encrypted with key ${key.fingerprint}, but --key-file .* holds key "other" \\(${other.key.fingerprint}\\)`)))
    // no passphrase file and no terminal: an error naming the option
    await assert.rejects(pointDataKey(point, { keyFile: join(dir, 'prod.key') }, noManager, io), hasCode('ERR_NO_PASSPHRASE', /--passphrase-file FILE/))
    await assert.rejects(pointDataKey(point, { keyFile: join(dir, 'prod.key'), passphraseFile: await file('bad.txt', 'wrong') }, noManager, io), hasCode('ERR_WRONG_PASSPHRASE'))
  })

  it('unwraps the point\'s recovery wrap with a recovery key, which never leaves this process', async function () {
    const { key } = await createDataKey({ name: 'prod', passphrase: 'pw', scrypt })
    const recovery = await createRecoveryKeyPair({ name: 'safe', passphrase: 'offline', scrypt })
    const stranger = await createRecoveryKeyPair({ name: 'stranger', passphrase: 'offline', scrypt })
    const point: PointSummary = { id: 'p1', keyFingerprint: key.fingerprint, recoveryFingerprints: [recovery.publicKey.fingerprint], recoveryWraps: [wrapForRecovery(recovery.publicKey, key)] }
    const passphraseFile = await file('offline.txt', 'offline')
    const asked: string[] = []
    const manager = async (fp: string): Promise<Uint8Array> => { asked.push(fp); throw new Error('not asked') }
    // from its paper key too: a recovery key typed back has no public half, and needs none
    for (const text of [formatKeyFile(recovery.file), formatPaperKey(recovery.file)]) {
      const got = await pointDataKey(point, { recoveryKey: await file('safe', text), passphraseFile }, manager, io)
      assert.deepEqual(got, key.material)
    }
    assert.deepEqual(asked, [], 'the manager is not asked when a key is given')
    await assert.rejects(pointDataKey(point, { recoveryKey: await file('stranger', formatKeyFile(stranger.file)), passphraseFile }, manager, io),
      hasCode('ERR_KEY_MISMATCH', new RegExp(`recovery key "stranger" .* has no wrap in the point.*or a recovery key of ${recovery.publicKey.fingerprint}`)))
    // a repository that listed the fingerprints but not the wraps
    await assert.rejects(pointDataKey({ ...point, recoveryWraps: [] }, { recoveryKey: join(dir, 'safe'), passphraseFile }, manager, io), hasCode('ERR_KEY_UNAVAILABLE', /did not list it/))
  })

  it('asks the manager by fingerprint, and when it cannot give the key names the fingerprint and the three ways', async function () {
    const { key } = await createDataKey({ name: 'prod', passphrase: 'pw', scrypt })
    const point: PointSummary = { id: 'p1', keyFingerprint: key.fingerprint, recoveryFingerprints: ['00112233aabbccdd'] }
    assert.deepEqual(await pointDataKey(point, {}, async (fp) => { assert.equal(fp, key.fingerprint); return key.material }, io), key.material)
    await assert.rejects(pointDataKey(point, {}, noManager, io), hasCode('ERR_KEY_UNAVAILABLE',
      new RegExp(`p1 is encrypted with key ${key.fingerprint}.*ERR_NO_MANAGER.*--key-file FILE.*--recovery-key FILE \\(a recovery key the point has a wrap for: 00112233aabbccdd.*meshbackup key import FILE`)))
    assert.equal(await pointDataKey({ id: 'plain' }, {}, noManager, io), undefined, 'a plain point needs no key')
  })

  it('reads a passphrase file without its trailing newline, and refuses to wait for a terminal that is not there', async function () {
    assert.deepEqual(await passphraseFromFile(await file('a', 'secret\r\n')), Buffer.from('secret'))
    assert.deepEqual(await passphraseFromFile(await file('b', 'two\n\n')), Buffer.from('two\n'))
    await assert.rejects(readPassphrase({ prompt: 'passphrase for new key "prod": ', confirm: true }, io), hasCode('ERR_NO_PASSPHRASE', /passphrase for new key "prod": no terminal/))
  })
})
