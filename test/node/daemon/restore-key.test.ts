/**
 * node/daemon/admin/restore.ts with encrypted points, between two real libp2p nodes on 127.0.0.1
 * (the repository side an in-memory source of sealed frames): the key comes from the request or
 * from the manager's catalog hook (keyFor); without either the restore fails before any target is
 * made, naming the key; check_only checks every disk and writes nothing.
 */
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { access, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Libp2p } from '@libp2p/interface'
import type { PointSummary } from '../../../proto/index.ts'
import { handleRestore, RESTORE_PROTOCOL } from '../../../protocols/restore.ts'
import { restorePoint, type RestoreContext } from '../../../node/daemon/admin/restore.ts'
import type { Mesh } from '../../../node/runtime/mesh.ts'
import { dataKeyFingerprint } from '../../../node/core/crypto/fingerprint.ts'
import { startNodes, stopNodes } from '../../helpers/libp2p.ts'
import { TempDirs, blockContent } from '../../helpers/datapath.ts'
import { hasCode } from '../../helpers/coded-error.ts'
import { sealedSource } from '../../helpers/sealed-source.ts'

const BS = 64 * 1024

describe('node/daemon/admin/restore of encrypted points', function () {
  this.timeout(60_000)
  const temps = new TempDirs()
  let nodes: Libp2p[] = []
  let dir: string
  const material = randomBytes(32)
  const fingerprint = dataKeyFingerprint(material)
  const image = Buffer.concat(Array.from({ length: 12 }, (_, i) => blockContent((['text', 'random', 'zero'] as const)[i % 3], BS, i)))
  const asked: string[] = []

  before(async function () {
    nodes = await startNodes(2)
    dir = await temps.make()
    await handleRestore(nodes[1], sealedSource(image, BS, material).source)
  })

  after(async function () {
    await nodes[1]?.unhandle(RESTORE_PROTOCOL)
    await stopNodes(nodes)
    await temps.cleanup()
  })

  const summary = (): PointSummary => ({
    id: 'p1',
    vm: 'web01',
    repositoryPeer: nodes[1].peerId.toString(),
    keyFingerprint: fingerprint,
    disks: [{ index: 0, name: 'vda', size: image.length, blocks: 12, zeroBlocks: 4 }]
  })

  const context = (keyFor?: RestoreContext['keyFor']): RestoreContext => ({
    mesh: { libp2p: nodes[0] } as unknown as Mesh,
    config: { bulkLane: 'off' } as RestoreContext['config'],
    findPoint: async () => summary(),
    qemuHost: async () => { throw new Error('no QEMU host in this test') },
    keyFor: keyFor === undefined ? undefined : async (fp) => { asked.push(fp); return await keyFor(fp) }
  })

  const exists = async (file: string): Promise<boolean> => await access(file).then(() => true, () => false)

  it('fails before making any target when neither the request nor the catalog has the key, naming it', async function () {
    const to = join(dir, 'none', 'vda.raw')
    for (const ctx of [context(), context(async () => undefined)]) {
      await assert.rejects(restorePoint(ctx, { pointId: 'p1', to, disk: 0 }, async () => {}),
        hasCode('ERR_RESTORE_KEY_MISSING', new RegExp(`restore point p1 of VM "web01" is encrypted under data key ${fingerprint}.*--key-file`)))
    }
    assert.deepEqual(asked, [fingerprint], 'the catalog was asked for the point\'s key')
    assert.equal(await exists(join(dir, 'none')), false)
  })

  it('refuses another key in the request, naming both', async function () {
    const other = randomBytes(32)
    await assert.rejects(restorePoint(context(), { pointId: 'p1', to: join(dir, 'other.raw'), disk: 0, dataKey: other }, async () => {}),
      hasCode('ERR_WRONG_KEY', new RegExp(`${fingerprint}.*${dataKeyFingerprint(other)}`)))
  })

  it('restores with the request\'s key, or with the catalog\'s when the request has none', async function () {
    const fromRequest = join(dir, 'request.raw')
    const r = await restorePoint(context(), { pointId: 'p1', to: fromRequest, disk: 0, dataKey: material }, async () => {})
    assert.deepEqual(r.restoreDone?.files, [fromRequest])
    assert.deepEqual(await readFile(fromRequest), image)
    asked.length = 0
    const fromCatalog = join(dir, 'catalog.raw')
    await restorePoint(context(async (fp) => fp === fingerprint ? material : undefined), { pointId: 'p1', to: fromCatalog, disk: 0 }, async () => {})
    assert.deepEqual(asked, [fingerprint])
    assert.deepEqual(await readFile(fromCatalog), image)
  })

  it('checks a point without writing (check_only), with no target needed', async function () {
    const before = await readdir(dir)
    const r = await restorePoint(context(), { pointId: 'p1', checkOnly: true, dataKey: material }, async () => {})
    assert.deepEqual(r.restoreDone?.files, [])
    assert.deepEqual(r.restoreDone?.damagedRanges, [])
    assert.equal(r.restoreDone?.bytes, image.length)
    assert.deepEqual(await readdir(dir), before)
    await assert.rejects(restorePoint(context(), { pointId: 'p1', checkOnly: true }, async () => {}), hasCode('ERR_RESTORE_KEY_MISSING'))
  })
})
