/**
 * A job's compression as the manager's catalog keeps it, on a real LevelDB: zstd or none, a level
 * from 1 to 19 or one of zstd's fast levels (-7 to -1), level 1 when none is given.
 */
import assert from 'node:assert/strict'
import { Level } from 'level'
import { join } from 'node:path'
import { Catalog } from '../../../roles/manager/catalog.ts'
import { TempDirs } from '../../helpers/datapath.ts'

describe('a job\'s compression setting', function () {
  const temps = new TempDirs()
  let db: Level<string, Uint8Array>
  let catalog: Catalog

  beforeEach(async function () {
    db = new Level<string, Uint8Array>(join(await temps.make(), 'db'), { valueEncoding: 'view' })
    await db.open()
    catalog = new Catalog(db)
    await catalog.addHost({ name: 'lab', type: 'file', path: '/tmp' })
  })
  afterEach(async function () {
    await db.close()
    await temps.cleanup()
  })

  const add = async (name: string, more: { compression?: string, compressionLevel?: number }) =>
    await catalog.addJob({ name, host: 'lab', repository: 'main', vms: [], ...more })

  it('keeps zstd level 1 when no level is given, and a level from 1 to 19 as given', async function () {
    assert.equal((await add('plain', {})).compressionLevel, 1)
    assert.equal((await add('plain', {})).compression, 'zstd')
    assert.equal((await add('dense', { compressionLevel: 19 })).compressionLevel, 19)
  })

  it('keeps a fast level from -7 to -1, and refuses one beyond it or above 19', async function () {
    assert.equal((await add('fast', { compressionLevel: -3 })).compressionLevel, -3)
    assert.equal((await add('fastest', { compressionLevel: -7 })).compressionLevel, -7)
    await assert.rejects(add('bad', { compressionLevel: -8 }), { code: 'ERR_BAD_JOB', message: /compression level -8 must be between 1 and 19, or a fast level from -7 to -1/ })
    await assert.rejects(add('bad', { compressionLevel: 20 }), { code: 'ERR_BAD_JOB', message: /compression level 20/ })
  })

  it('refuses a compression it does not know', async function () {
    await assert.rejects(add('bad', { compression: 'lz4' }), { code: 'ERR_BAD_JOB', message: /compression "lz4" must be zstd or none/ })
  })
})
