/**
 * node/daemon/admin/restore-target.ts on real folders: the cases the end-to-end spec (test/e2e/restore-targets)
 * does not reach through the CLI — odd disk names, a relative path, a character device, a
 * leftover partial file, and what `discard` removes after a failed restore.
 */
import assert from 'node:assert/strict'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { diskFileNames, prepareRestoreTargets, type RestoreTargetRequest } from '../../../node/daemon/admin/restore-target.ts'
import { TempDirs } from '../../helpers/datapath.ts'

describe('node/restore-target', function () {
  const temps = new TempDirs()
  let dir: string
  const disks = [{ index: 0, name: 'disk0', size: 4096, dataBytes: 4096 }, { index: 1, name: 'disk1', size: 4096, dataBytes: 0 }]
  const request = (extra: Partial<RestoreTargetRequest>): RestoreTargetRequest =>
    ({ to: dir, disks, single: false, format: 'raw', force: false, pointId: 'p1', ...extra })

  beforeEach(async function () { dir = await temps.make() })
  after(async function () { await temps.cleanup() })

  it('names disk files safely and distinctly', function () {
    assert.deepEqual(diskFileNames([
      { index: 0, name: 'vda' }, { index: 1, name: '../etc/passwd' }, { index: 2, name: '' }, { index: 3, name: 'vda' }, { index: 4, name: '..' }
    ], 'qcow2'), ['vda.qcow2', '.._etc_passwd.qcow2', 'disk2.qcow2', 'vda-3.qcow2', 'disk4.qcow2'])
  })

  it('refuses a relative path, a character device, and a leftover partial file without --force', async function () {
    await assert.rejects(prepareRestoreTargets(request({ to: 'relative/dir' })), { code: 'ERR_BAD_TARGET', message: /"relative\/dir" is not an absolute path/ })
    await assert.rejects(prepareRestoreTargets(request({ to: '/dev/null', single: true, disks: [disks[0]!] })), { code: 'ERR_BAD_TARGET', message: /\/dev\/null is a character device/ })
    await writeFile(join(dir, 'disk0.raw.partial'), 'someone else\'s')
    await assert.rejects(prepareRestoreTargets(request({})), { code: 'ERR_TARGET_EXISTS', message: /disk0\.raw\.partial exists: another restore may be writing disk0\.raw/ })
    const forced = await prepareRestoreTargets(request({ force: true }))
    assert.deepEqual(forced.disks.map((d) => d.file), [join(dir, 'disk0.raw'), join(dir, 'disk1.raw')])
  })

  it('discards only what the restore created: new disk files and the folder it made, never a file that was there', async function () {
    const folder = join(dir, 'made')
    const made = await prepareRestoreTargets(request({ to: folder }))
    assert.equal(made.createdFolder, folder)
    await writeFile(made.disks[0]!.file, 'restored')
    await made.discard()
    assert.deepEqual(await readdir(dir), [])

    const kept = join(dir, 'kept')
    await mkdir(kept)
    await writeFile(join(kept, 'disk1.raw'), 'was here')
    const over = await prepareRestoreTargets(request({ to: kept, force: true }))
    assert.equal(over.createdFolder, undefined)
    assert.deepEqual(over.disks.map((d) => d.existed), [false, true])
    await writeFile(over.disks[0]!.file, 'restored')
    await over.discard()
    assert.deepEqual(await readdir(kept), ['disk1.raw'])
    assert.equal(await readFile(join(kept, 'disk1.raw'), 'utf8'), 'was here')
  })
})
