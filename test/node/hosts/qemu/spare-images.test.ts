/**
 * Spare snapshot images that nobody takes (a disk no longer backed up) do not pile up: a sweep
 * removes those older than SPARE_MAX_AGE_MS and keeps the fresh ones, at most once an hour.
 */
import assert from 'node:assert/strict'
import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SPARE_MAX_AGE_MS, SpareImages } from '../../../../node/hosts/qemu/spare-images.ts'

describe('SpareImages.sweep', () => {
  let dir: string
  beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'meshbackup-spares-')) })
  afterEach(async () => { await rm(dir, { recursive: true, force: true }) })

  it('removes the spares older than the limit, keeps the others and what is not a spare', async () => {
    const now = Date.now()
    for (const name of ['old.qcow2', 'fresh.qcow2', 'notes.txt']) await writeFile(join(dir, name), 'x')
    const old = (now - SPARE_MAX_AGE_MS - 60_000) / 1000
    await utimes(join(dir, 'old.qcow2'), old, old)
    await utimes(join(dir, 'notes.txt'), old, old)
    const spares = new SpareImages(dir, 'qemu-img')
    assert.equal(await spares.sweep(now), 1)
    assert.deepEqual((await readdir(dir)).sort(), ['fresh.qcow2', 'notes.txt'])
    // once an hour per folder: a second sweep right after reads nothing
    await utimes(join(dir, 'fresh.qcow2'), old, old)
    assert.equal(await spares.sweep(now + 60_000), 0)
    assert.equal(await spares.sweep(now + 3600_000 + 1), 1)
    assert.deepEqual(await readdir(dir), ['notes.txt'])
  })

  it('sweeps a folder that does not exist yet as empty', async () => {
    assert.equal(await new SpareImages(join(dir, 'none'), 'qemu-img').sweep(), 0)
  })
})
