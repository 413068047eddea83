// Fuzzing of the files a node reads at start and on every inventory: a file host's vm.json
// manifests (node/hosts/file.ts, through a FileHost on a temp folder) and the node's
// config.json (node/daemon/config.ts loadConfig). Any content gives a VM or a HostError problem, a
// config or a ConfigError: never a raw error.
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { FileHost } from '../../../node/hosts/file.ts'
import { HostError } from '../../../node/hosts/host.ts'
import { ConfigError, loadConfig, saveConfig } from '../../../node/daemon/config.ts'
import type { NodeConfig } from '../../../node/runtime/node-config.ts'
import { CodedError } from '../../../node/core/errors.ts'
import { budgetMs, runs } from './runs.ts'

const anyJson = fc.jsonValue({ maxDepth: 3 })
/** Text that is JSON, nearly JSON, or not JSON at all. */
const jsonText = (valid: fc.Arbitrary<unknown>): fc.Arbitrary<string> => fc.oneof(
  { weight: 4, arbitrary: valid.map(v => JSON.stringify(v)) },
  { weight: 1, arbitrary: valid.map(v => JSON.stringify(v)).chain(t => fc.nat({ max: Math.max(0, t.length - 1) }).map(n => t.slice(0, n))) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constant('\uFEFF{"name": "x"}') }
)

describe('fuzz: file host vm.json', function () {
  this.timeout(budgetMs(300, 8, 10_000))
  let dir: string
  before(async () => { dir = await mkdtemp(join(tmpdir(), 'meshbackup-fuzz-filehost-')) })
  after(async () => { await rm(dir, { recursive: true, force: true }) })

  const diskName = fc.oneof(fc.constantFrom('disk0', 'disk1', 'data'), fc.string({ maxLength: 6 }))
  const diskFile = fc.oneof(fc.constantFrom('disk0.raw', 'disk1.raw', 'missing.raw', '../escape.raw', '/etc/passwd', 'sub', 'nul\u0000.raw', ''), fc.string({ maxLength: 8 }))
  const validManifest = fc.record({
    name: fc.constantFrom('web01', 'db01', 'mail'),
    uuid: fc.option(fc.uuid(), { nil: undefined }),
    disks: fc.subarray([{ name: 'disk0', file: 'disk0.raw' }, { name: 'disk1', file: 'disk1.raw' }, { name: 'data', file: 'disk0.raw' }], { minLength: 1 })
  }, { requiredKeys: ['name', 'disks'] })
  const manifest = fc.oneof(
    { weight: 3, arbitrary: validManifest },
    fc.record({ name: fc.oneof(fc.constantFrom('web01', 'db01'), fc.string({ maxLength: 8 })), uuid: fc.option(fc.oneof(fc.uuid(), anyJson), { nil: undefined }), disks: fc.array(fc.record({ name: diskName, file: diskFile }), { maxLength: 3 }) }, { requiredKeys: ['name', 'disks'] }),
    fc.record({ name: anyJson, uuid: anyJson, disks: fc.oneof(anyJson, fc.array(fc.oneof(anyJson, fc.record({ name: anyJson, file: anyJson })), { maxLength: 3 })) }, { requiredKeys: [] }),
    anyJson
  )

  it('any vm.json gives a VM in the inventory or a coded problem naming it; valid ones read back', async () => {
    let n = 0
    let listed = 0
    await fc.assert(fc.asyncProperty(fc.array(fc.option(jsonText(manifest), { freq: 6 }), { minLength: 1, maxLength: 4 }), async (texts) => {
      const folder = join(dir, `host-${n++}`)
      for (const [i, text] of texts.entries()) {
        const vmDir = join(folder, `vm${i}`)
        await mkdir(join(vmDir, 'sub'), { recursive: true })
        await writeFile(join(vmDir, 'disk0.raw'), Buffer.alloc(512 * (i + 1)))
        await writeFile(join(vmDir, 'disk1.raw'), Buffer.alloc(0))
        if (text !== null) await writeFile(join(vmDir, 'vm.json'), text)
      }
      const host = new FileHost({ name: 'fuzz', type: 'file', path: folder }, { reflink: false })
      const vms = await host.inventory()
      listed += vms.length
      for (const p of host.problems) {
        assert.ok(p instanceof HostError && p instanceof CodedError, `expected a HostError, got ${String(p)}`)
        assert.ok(['ERR_BAD_VM_MANIFEST', 'ERR_DUPLICATE_VM'].includes(p.code), `unexpected code ${p.code}`)
      }
      assert.equal(vms.length + host.problems.length, texts.length, 'every VM folder is a VM or a problem')
      for (const [i, text] of texts.entries()) {
        let m: { name?: unknown, uuid?: unknown, disks?: Array<{ name: string, file: string }> } | undefined
        try { m = JSON.parse(text ?? '') } catch {}
        // a manifest of only good parts round-trips into the inventory
        const good = m !== undefined && m !== null && typeof m.name === 'string' && m.name !== '' && (m.uuid === undefined || typeof m.uuid === 'string') &&
          Array.isArray(m.disks) && m.disks.length > 0 && m.disks.every((d, k) => typeof d === 'object' && d !== null && ['disk0.raw', 'disk1.raw'].includes(d.file) && typeof d.name === 'string' && d.name !== '' && m!.disks!.findIndex(x => x.name === d.name) === k) &&
          texts.findIndex(t => { try { return JSON.parse(t ?? '').name === m!.name } catch { return false } }) === i
        if (!good) continue
        const vm = vms.find(v => v.name === m!.name)
        assert.ok(vm !== undefined, `vm${i} (${text}) is missing from the inventory: ${host.problems.map(p => p.message).join('; ')}`)
        if (typeof m!.uuid === 'string') assert.equal(vm.uuid, m!.uuid)
        assert.deepEqual(vm.disks?.map(d => [d.name, d.size]), m!.disks!.map(d => [d.name, d.file === 'disk0.raw' ? 512 * (i + 1) : 0]))
      }
      await rm(folder, { recursive: true })
    }), runs(300, 10_000))
    assert.ok(listed > 10, `only ${listed} VMs were ever listed: the generator makes too few valid manifests`)
  })
})

describe('fuzz: config.json', function () {
  this.timeout(budgetMs(1500, 2))
  let dir: string
  let peers: string[]
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-fuzz-config-'))
    peers = await Promise.all([0, 1].map(async () => peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString()))
  })
  after(async () => { await rm(dir, { recursive: true, force: true }) })

  const config = (): fc.Arbitrary<Record<string, unknown>> => fc.record({
    roles: fc.oneof(fc.subarray(['manager', 'scheduler', 'proxy', 'repository'], { minLength: 1 }), anyJson),
    listen: fc.oneof(fc.constant(['/ip4/127.0.0.1/tcp/7100']), fc.array(fc.oneof(fc.constantFrom('/ip4/0.0.0.0/tcp/0', '/ip6/::1/tcp/1', '/dns4/x/tcp/1'), fc.string({ maxLength: 12 })), { maxLength: 2 }), anyJson),
    bootstrap: fc.oneof(fc.constant([]), fc.array(fc.oneof(fc.constantFrom(`/ip4/127.0.0.1/tcp/1/p2p/${peers[1]}`, '/ip4/127.0.0.1/tcp/1'), fc.string({ maxLength: 12 })), { maxLength: 2 }), anyJson),
    members: fc.oneof(fc.constant(peers), fc.array(fc.oneof(fc.constantFrom(...peers), fc.string({ maxLength: 12 })), { maxLength: 2 }), anyJson),
    admins: fc.oneof(fc.constant([peers[0]]), anyJson),
    proxy: fc.oneof(fc.record({ slots: fc.oneof(fc.integer({ min: 1, max: 8 }), anyJson) }), anyJson),
    repository: fc.oneof(fc.record({ name: fc.oneof(fc.constant('main'), anyJson), path: fc.oneof(fc.constant('/srv/repo'), anyJson), slots: fc.oneof(fc.integer({ min: 1, max: 4 }), anyJson), reserveBytes: fc.oneof(fc.nat(), anyJson) }, { requiredKeys: ['name', 'path', 'slots'] }), anyJson),
    announcePeriodMs: fc.oneof(fc.integer({ min: 1, max: 10_000 }), anyJson),
    http: fc.oneof(fc.constantFrom('off', '127.0.0.1:0', '[::1]:7180', 'nope'), anyJson),
    bulkLane: fc.oneof(fc.constantFrom('off', '0.0.0.0:7200', '[::]:1', ':99999', ''), anyJson),
    logLevel: fc.oneof(fc.constantFrom('info', 'debug', 'loud'), anyJson),
    restoreStallMs: fc.oneof(fc.integer({ min: 1, max: 60_000 }), anyJson)
  }, { requiredKeys: [] }).map(c => ({ ...c }))
  const validConfig = (): fc.Arbitrary<Record<string, unknown>> => fc.record({
    roles: fc.subarray(['manager', 'scheduler', 'proxy'], { minLength: 1 }),
    listen: fc.constant(['/ip4/127.0.0.1/tcp/7100']),
    bootstrap: fc.constantFrom([], [`/ip4/127.0.0.1/tcp/1/p2p/${peers[1]}`]),
    members: fc.constant(peers),
    admins: fc.constant([peers[0]]),
    proxy: fc.record({ slots: fc.integer({ min: 1, max: 8 }) }),
    announcePeriodMs: fc.integer({ min: 1, max: 10_000 }),
    http: fc.constantFrom('off', '127.0.0.1:0', '[::1]:7180'),
    bulkLane: fc.constantFrom('off', '0.0.0.0:7200'),
    logLevel: fc.constantFrom('info', 'debug'),
    restoreStallMs: fc.integer({ min: 1, max: 60_000 })
  }, { requiredKeys: ['roles', 'listen', 'members'] }).map(c => ({ ...c }))

  it('any config.json loads, or fails as a ConfigError with a stable code; what loads saves and loads again the same', async () => {
    let n = 0
    const seen = { loaded: 0, refused: 0 }
    await fc.assert(fc.asyncProperty(jsonText(fc.oneof({ weight: 4, arbitrary: validConfig() }, { weight: 4, arbitrary: config() }, { weight: 1, arbitrary: anyJson })), async (text) => {
      const home = join(dir, `home-${n++}`)
      await mkdir(home)
      await writeFile(join(home, 'config.json'), text)
      let loaded: NodeConfig
      try {
        loaded = await loadConfig(home)
      } catch (err) {
        assert.ok(err instanceof ConfigError && err instanceof CodedError, `expected a ConfigError, got ${err instanceof Error ? err.stack : String(err)}`)
        assert.ok(['ERR_BAD_CONFIG', 'ERR_REPOSITORY_CONFIG', 'ERR_BAD_LOG_LEVEL'].includes(err.code), `unexpected code ${err.code}`)
        seen.refused++
        await rm(home, { recursive: true })
        return
      }
      seen.loaded++
      await saveConfig(home, loaded)
      assert.deepEqual(await loadConfig(home), loaded)
      await rm(home, { recursive: true })
    }), runs(1500, 100_000))
    // both paths were exercised
    assert.ok(seen.loaded > 5 && seen.refused > 5, `${seen.loaded} loaded, ${seen.refused} refused`)
  })
})
