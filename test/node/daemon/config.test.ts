/**
 * The node home: identities with private modes, a config that names what is wrong, and no
 * second init over an existing node.
 */
import assert from 'node:assert/strict'
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { homePaths, initHome, loadConfig, loadKey, saveConfig } from '../../../node/daemon/config.ts'

describe('node/config', () => {
  let dir: string
  beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'meshbackup-config-')) })
  afterEach(async () => { await rm(dir, { recursive: true, force: true }) })

  it('creates a home whose keys only the owner can read, and the node is its own member', async () => {
    const home = join(dir, 'a')
    const { peerId, adminPeerId, config } = await initHome(home, { roles: ['proxy'], listen: ['/ip4/127.0.0.1/tcp/0'] })
    for (const key of [homePaths(home).nodeKey, homePaths(home).adminKey]) {
      assert.equal((await stat(key)).mode & 0o777, 0o600, `${key} must be mode 0600`)
    }
    assert.equal(peerIdFromPrivateKey(await loadKey(homePaths(home).nodeKey)).toString(), peerId)
    assert.equal(peerIdFromPrivateKey(await loadKey(homePaths(home).adminKey)).toString(), adminPeerId)
    assert.deepEqual(config.members, [peerId])
    assert.deepEqual(config.admins, [adminPeerId])
    assert.equal(config.proxy?.slots, 4)
    assert.deepEqual(await loadConfig(home), config)
  })

  it('refuses a second init over an existing home, and keeps its identity', async () => {
    const home = join(dir, 'a')
    const first = await initHome(home, { roles: ['manager'], listen: [] })
    await assert.rejects(initHome(home, { roles: ['proxy'], listen: [] }), (err: any) => err.code === 'ERR_HOME_EXISTS' && err.message.includes(home))
    assert.equal(peerIdFromPrivateKey(await loadKey(homePaths(home).nodeKey)).toString(), first.peerId)
  })

  it('makes a repository of the format asked for, and refuses a format that does not exist', async () => {
    const { config } = await initHome(join(dir, 'r2'), { roles: ['repository'], listen: [], repositoryName: 'old', repositoryPath: join(dir, 'repo2'), repositoryFormat: 2 })
    assert.equal(config.repository?.format, 2)
    const { config: plain } = await initHome(join(dir, 'r3'), { roles: ['repository'], listen: [], repositoryName: 'new', repositoryPath: join(dir, 'repo3') })
    assert.equal(plain.repository?.format, undefined, 'no format given: the repository takes the newest when it is made')
    await assert.rejects(initHome(join(dir, 'r4'), { roles: ['repository'], listen: [], repositoryName: 'x', repositoryPath: join(dir, 'repo4'), repositoryFormat: 4 }),
      (err: any) => err.code === 'ERR_REPOSITORY_CONFIG' && /--repository-format 4: use 3 .* or 2/.test(err.message))
  })

  it('names what is wrong with bad input', async () => {
    await assert.rejects(initHome(join(dir, 'r'), { roles: ['repository'], listen: [] }), /needs --repository-name and --repository-path/)
    await assert.rejects(initHome(join(dir, 'x'), { roles: ['butler' as any], listen: [] }), /unknown role "butler"/)
    await assert.rejects(initHome(join(dir, 'm'), { roles: ['proxy'], listen: [], members: ['not-a-peer'] }), /"not-a-peer" is not a libp2p peer id/)
    await assert.rejects(loadConfig(join(dir, 'nothing')), (err: any) => err.code === 'ERR_NO_HOME' && /meshbackup init/.test(err.message))
    const home = join(dir, 'broken')
    await initHome(home, { roles: ['proxy'], listen: [] })
    await writeFile(homePaths(home).config, '{ roles: ')
    await assert.rejects(loadConfig(home), (err: any) => err.code === 'ERR_BAD_CONFIG' && err.message.includes('config.json'))
    await writeFile(homePaths(home).nodeKey, 'garbage')
    await assert.rejects(loadKey(homePaths(home).nodeKey), (err: any) => err.code === 'ERR_BAD_KEY')
  })

  it('saves the member list atomically', async () => {
    const home = join(dir, 'a')
    const { config } = await initHome(home, { roles: ['proxy'], listen: [] })
    const other = await initHome(join(dir, 'b'), { roles: ['proxy'], listen: [] })
    config.members.push(other.peerId)
    await saveConfig(home, config)
    assert.deepEqual((await loadConfig(home)).members, config.members)
  })
})
