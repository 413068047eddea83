/**
 * `meshbackup key …` and `job add --key` against a real manager daemon (one node): a key made
 * with a passphrase file, listed, exported as a key file, a paper key and a QR code, its
 * passphrase changed; the paper key read back; a job naming a key the catalog lacks refused with
 * its code and exit code; and no prompt when there is no terminal and no passphrase file.
 */
import assert from 'node:assert/strict'
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCluster, type Cluster } from '../../../sim/cluster.ts'
import { parseKeyFile, unlockDataKey } from '../../../node/core/crypto/key-file.ts'
import { parsePaperKey } from '../../../node/core/crypto/paper-key.ts'
import { EXIT } from '../../../node/daemon/cli/exit-codes.ts'

describe('meshbackup key commands', function () {
  this.timeout(120_000)
  let dir: string
  let cluster: Cluster

  before(async function () {
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-key-cli-'))
    cluster = await startCluster({ dir: join(dir, 'mesh'), nodes: [{ name: 'a', roles: ['manager'] }] })
  })
  after(async function () {
    await cluster?.stop()
    await rm(dir, { recursive: true, force: true })
  })

  it('creates, lists, exports, changes the passphrase of a key, and reads its paper key back', async function () {
    const pw = join(dir, 'pw')
    await writeFile(pw, 'correct horse\n')
    const created = await cluster.cli('a', ['key', 'create', 'prod', '--passphrase-file', pw])
    const fingerprint = /data key prod created, fingerprint ([0-9a-f]{16})/.exec(created.stdout)?.[1]
    assert.ok(fingerprint, created.stdout)
    assert.match(created.stdout, /key export prod --paper/)
    // the manager's home got its secret, for unattended use
    assert.equal((await stat(join(cluster.node('a').home, 'keys.secret'))).mode & 0o777, 0o600)

    const listed = await cluster.json('a', ['key', 'list'])
    assert.deepEqual(listed.map((k: any) => [k.name, k.kind, k.fingerprint]), [['prod', 'data', fingerprint]])

    const keyFile = join(dir, 'prod.key')
    await cluster.cli('a', ['key', 'export', 'prod', '--out', keyFile])
    assert.equal((await stat(keyFile)).mode & 0o077, 0, 'an exported key is not readable by others')
    assert.equal((await unlockDataKey(parseKeyFile(await readFile(keyFile, 'utf8')), 'correct horse')).fingerprint, fingerprint)

    const paper = join(dir, 'prod.txt')
    const qr = join(dir, 'prod.png')
    await cluster.cli('a', ['key', 'export', 'prod', '--paper', '--out', paper, '--qr', qr])
    assert.equal(parsePaperKey(await readFile(paper, 'utf8')).wrapped.fingerprint, fingerprint)
    assert.equal((await readFile(qr)).subarray(1, 4).toString('latin1'), 'PNG')
    // the paper key is detected and read; the manager holds that key already, under its name
    const again = await cluster.cli('a', ['key', 'import', paper, '--name', 'copy', '--passphrase-file', pw], { allowFailure: true })
    assert.match(again.stderr, new RegExp(`already has this key \\(fingerprint ${fingerprint}\\) as "prod" \\(ERR_KEY_EXISTS\\)`))

    const next = join(dir, 'next')
    await writeFile(next, 'battery staple')
    await cluster.cli('a', ['key', 'change-passphrase', 'prod', '--passphrase-file', pw, '--new-passphrase-file', next])
    await cluster.cli('a', ['key', 'export', 'prod', '--out', keyFile])
    assert.equal((await unlockDataKey(parseKeyFile(await readFile(keyFile, 'utf8')), 'battery staple')).fingerprint, fingerprint)
  })

  it('refuses a job naming a key the manager lacks, and a passphrase it cannot ask for', async function () {
    await cluster.cli('a', ['host', 'add', 'lab', '--type', 'file', '--path', dir])
    const refused = await cluster.cli('a', ['job', 'add', 'nightly', '--host', 'lab', '--repository', 'main', '--key', 'missing'], { allowFailure: true })
    assert.equal(refused.code, EXIT.notFound, refused.stderr)
    assert.match(refused.stderr, /job "nightly" names key "missing", which the manager's key catalog lacks.*\(ERR_NO_SUCH_KEY\)/)
    // the test's stdin is no terminal
    const noTty = await cluster.cli('a', ['key', 'create', 'other'], { allowFailure: true })
    assert.equal(noTty.code, EXIT.failed)
    assert.match(noTty.stderr, /passphrase for new key "other": no terminal to type it on; give it in a file with --passphrase-file FILE \(ERR_NO_PASSPHRASE\)/)
  })
})
