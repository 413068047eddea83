import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { constants as fsConstants } from 'node:fs'
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FileHost, type SnapshotRecord } from '../../../node/hosts/file.ts'
import { HostError } from '../../../node/hosts/host.ts'

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex')
const bytes = (n: number, fill: number): Buffer => Buffer.alloc(n, fill)

async function writeVm (root: string, folder: string, manifest: unknown, images: Record<string, Buffer> = {}): Promise<void> {
  await mkdir(join(root, folder), { recursive: true })
  await writeFile(join(root, folder, 'vm.json'), typeof manifest === 'string' ? manifest : JSON.stringify(manifest))
  for (const [file, data] of Object.entries(images)) await writeFile(join(root, folder, file), data)
}

/** Whether FICLONE works in `dir` (ext4 and tmpfs: no; btrfs, XFS: yes). */
async function reflinkWorks (dir: string): Promise<boolean> {
  const src = join(dir, '.probe-src')
  await writeFile(src, 'x')
  try {
    await copyFile(src, join(dir, '.probe-dst'), fsConstants.COPYFILE_FICLONE_FORCE)
    return true
  } catch {
    return false
  } finally {
    await rm(src, { force: true })
    await rm(join(dir, '.probe-dst'), { force: true })
  }
}

const plainCopy = async (src: string, dst: string): Promise<void> => { await copyFile(src, dst) }

describe('FileHost', () => {
  let root: string
  let spec: { name: string, type: string, path: string }

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'meshbackup-filehost-'))
    spec = { name: 'lab', type: 'file', path: root }
    await writeVm(root, 'web01', { name: 'web01', uuid: 'u-web01', disks: [{ name: 'disk0', file: 'disk0.raw' }, { name: 'data', file: 'sub/data.raw' }] },
      { 'disk0.raw': bytes(3 * 65536 + 7, 1) })
    await mkdir(join(root, 'web01', 'sub'))
    await writeFile(join(root, 'web01', 'sub', 'data.raw'), bytes(4096, 2))
    await writeVm(root, 'db', { name: 'db01', disks: [{ name: 'disk0', file: 'disk0.raw' }] }, { 'disk0.raw': bytes(65536, 3) })
  })
  afterEach(async () => { await rm(root, { recursive: true, force: true }) })

  describe('inventory', () => {
    it('lists both VMs with their disks, sizes from stat, format raw, state stopped', async () => {
      const host = new FileHost(spec)
      const vms = await host.inventory()
      assert.deepEqual(vms.map(v => v.name), ['db01', 'web01'])
      const web = vms.find(v => v.name === 'web01')!
      assert.equal(web.uuid, 'u-web01')
      assert.equal(web.state, 'stopped')
      assert.deepEqual(web.disks, [
        { index: 0, name: 'disk0', size: 3 * 65536 + 7, format: 'raw', file: join(root, 'web01', 'disk0.raw') },
        { index: 1, name: 'data', size: 4096, format: 'raw', file: join(root, 'web01', 'sub', 'data.raw') }
      ])
      const db = vms.find(v => v.name === 'db01')!
      assert.match(db.uuid!, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
      assert.equal((await new FileHost(spec).inventory()).find(v => v.name === 'db01')!.uuid, db.uuid, 'derived uuid is stable')
      assert.deepEqual(host.problems, [])
    })

    it('ignores the .meshbackup folder and other dot-folders', async () => {
      const host = new FileHost(spec, { reflink: false })
      await host.snapshot('db01', 's1')
      await mkdir(join(root, '.trash'))
      assert.deepEqual((await host.inventory()).map(v => v.name), ['db01', 'web01'])
      assert.deepEqual(host.problems, [])
    })

    it('fails with ERR_HOST_UNREACHABLE when the folder is missing, and probe() says so without throwing', async () => {
      const host = new FileHost({ ...spec, path: join(root, 'nope') })
      assert.deepEqual(await host.probe(), [])
      await assert.rejects(host.inventory(), (err: unknown) => err instanceof HostError && err.code === 'ERR_HOST_UNREACHABLE' &&
        err.message.includes(join(root, 'nope')) && err.message.includes('"lab"'))
      assert.deepEqual(await new FileHost(spec).probe(), ['direct'])
    })
  })

  describe('malformed vm.json', () => {
    const cases: { title: string, manifest: unknown, images?: Record<string, Buffer>, says: RegExp }[] = [
      { title: 'invalid JSON', manifest: '{"name": "bad", "disks": [', says: /is not valid JSON/ },
      { title: 'not an object', manifest: [1, 2], says: /must be a JSON object/ },
      { title: 'no name', manifest: { disks: [{ name: 'd', file: 'd.raw' }] }, says: /"name" must be a non-empty string/ },
      { title: 'no disks', manifest: { name: 'bad' }, says: /"disks" must be a non-empty array/ },
      { title: 'disk without file', manifest: { name: 'bad', disks: [{ name: 'd' }] }, says: /disks\[0\]\.file must be a non-empty string/ },
      { title: 'duplicate disk names', manifest: { name: 'bad', disks: [{ name: 'd', file: 'a.raw' }, { name: 'd', file: 'b.raw' }] }, images: { 'a.raw': bytes(1, 0), 'b.raw': bytes(1, 0) }, says: /"d" is used twice/ },
      { title: 'image missing', manifest: { name: 'bad', disks: [{ name: 'd', file: 'gone.raw' }] }, says: /disks\[0\] "d": image .*gone\.raw cannot be read \(ENOENT\)/ },
      { title: 'image outside the folder', manifest: { name: 'bad', disks: [{ name: 'd', file: '../web01/disk0.raw' }] }, says: /is outside the VM folder/ },
      { title: 'bad uuid', manifest: { name: 'bad', uuid: 7, disks: [{ name: 'd', file: 'd.raw' }] }, says: /"uuid" must be a string/ }
    ]
    for (const c of cases) {
      it(`reports ${c.title}, naming the file, and still lists the other VMs`, async () => {
        await writeVm(root, 'broken', c.manifest, c.images)
        const host = new FileHost(spec)
        const vms = await host.inventory()
        assert.deepEqual(vms.map(v => v.name), ['db01', 'web01'])
        assert.equal(host.problems.length, 1)
        const p = host.problems[0]!
        assert.equal(p.code, 'ERR_BAD_VM_MANIFEST')
        assert.equal(p.file, join(root, 'broken', 'vm.json'))
        assert.ok(p.message.startsWith(join(root, 'broken', 'vm.json') + ': '), p.message)
        assert.match(p.message, c.says)
      })
    }

    it('reports a VM folder without vm.json', async () => {
      await mkdir(join(root, 'stray'))
      const host = new FileHost(spec)
      await host.inventory()
      assert.equal(host.problems.length, 1)
      assert.match(host.problems[0]!.message, /stray[/\\]vm\.json: missing; every VM folder needs a vm\.json/)
    })

    it('reports a second VM with the same name as ERR_DUPLICATE_VM', async () => {
      await writeVm(root, 'web01-copy', { name: 'web01', disks: [{ name: 'd', file: 'd.raw' }] }, { 'd.raw': bytes(10, 1) })
      const host = new FileHost(spec)
      const vms = await host.inventory()
      assert.equal(vms.filter(v => v.name === 'web01').length, 1)
      assert.equal(host.problems[0]!.code, 'ERR_DUPLICATE_VM')
      assert.match(host.problems[0]!.message, /web01-copy.*already used by .*web01[/\\]vm\.json/)
    })

    it('answers a snapshot of the malformed VM with the manifest error', async () => {
      await writeVm(root, 'broken', '{oops')
      await assert.rejects(new FileHost(spec).snapshot('broken', 's1'), { code: 'ERR_BAD_VM_MANIFEST' })
    })
  })

  describe('snapshot and release', () => {
    it('names an unknown VM and the host in ERR_NO_SUCH_VM', async () => {
      await assert.rejects(new FileHost(spec).snapshot('web99', 's1'), (err: unknown) => err instanceof HostError &&
        err.code === 'ERR_NO_SUCH_VM' && err.message.includes('"web99"') && err.message.includes('"lab"') && err.message.includes('db01, web01'))
    })

    it('rejects session ids and snapshot ids that are not plain names', async () => {
      const host = new FileHost(spec)
      await assert.rejects(host.snapshot('db01', '../x'), { code: 'ERR_BAD_SESSION_ID' })
      await assert.rejects(host.snapshot('db01', ''), { code: 'ERR_BAD_SESSION_ID' })
      await assert.rejects(host.release('db01', '../../web01', false), { code: 'ERR_BAD_SNAPSHOT_ID' })
      assert.ok((await stat(join(root, 'web01', 'disk0.raw'))).isFile())
    })

    for (const options of [{}, { reflink: false }, { clone: plainCopy }]) {
      it(`snapshot → release leaves nothing behind (${JSON.stringify(Object.keys(options))})`, async () => {
        const host = new FileHost(spec, options)
        const before = sha(await readFile(join(root, 'web01', 'disk0.raw')))
        const snap = await host.snapshot('web01', 'session-42')
        assert.ok(snap.snapshotId!.startsWith('session-42-web01-'), snap.snapshotId!)
        assert.deepEqual(await host.leftovers(), [snap.snapshotId])
        await host.release('web01', snap.snapshotId!, false)
        assert.deepEqual(await host.leftovers(), [])
        assert.deepEqual(await readdir(host.snapshotsFolder), [])
        await host.release('web01', snap.snapshotId!, true) // twice is fine
        assert.equal(sha(await readFile(join(root, 'web01', 'disk0.raw'))), before, 'live image untouched')
        assert.deepEqual((await host.inventory()).map(v => v.name), ['db01', 'web01'])
      })
    }

    it('release of an id that never existed is a no-op', async () => {
      await new FileHost(spec).release('db01', 'never-was', false)
      assert.deepEqual(await new FileHost(spec).leftovers(), [])
    })

    it('takes the path this machine supports when left to choose', async function () {
      const host = new FileHost(spec)
      const works = await reflinkWorks(root)
      const snap = await host.snapshot('web01', 's1')
      const live = join(root, 'web01', 'disk0.raw')
      if (works) {
        assert.equal(snap.guarantee, 'reflink')
        assert.deepEqual(snap.warnings, [])
        assert.ok(snap.disks![0]!.file!.startsWith(host.snapshotsFolder))
        assert.equal(sha(await readFile(snap.disks![0]!.file!)), sha(await readFile(live)))
      } else {
        assert.equal(snap.guarantee, 'none')
        assert.equal(snap.disks![0]!.file, live)
        assert.equal(snap.warnings!.length, 1)
        assert.match(snap.warnings![0]!, /reflink is not available .*\(E[A-Z]+\).*only as consistent as the images stay quiet/)
        assert.deepEqual(await readdir(join(host.snapshotsFolder, snap.snapshotId!)), ['snapshot.json'], 'no partial clone left')
      }
      await host.release('web01', snap.snapshotId!, false)
    })

    it('is point-in-time with a real reflink: writes to the live image after the snapshot do not reach it', async function () {
      if (!await reflinkWorks(root)) this.skip() // ext4 and tmpfs cannot reflink; btrfs/XFS can
      const host = new FileHost(spec)
      const snap = await host.snapshot('web01', 's1')
      const before = sha(await readFile(snap.disks![0]!.file!))
      await writeFile(join(root, 'web01', 'disk0.raw'), bytes(3 * 65536 + 7, 9))
      assert.equal(sha(await readFile(snap.disks![0]!.file!)), before)
      await host.release('web01', snap.snapshotId!, false)
    })

    it('with { reflink: false } reads the live images, warns, and records size and mtime', async () => {
      const host = new FileHost(spec, { reflink: false })
      const snap = await host.snapshot('web01', 'sess')
      assert.equal(snap.guarantee, 'none')
      assert.deepEqual(snap.disks!.map(d => [d.file, d.size, d.format]), [
        [join(root, 'web01', 'disk0.raw'), 3 * 65536 + 7, 'raw'],
        [join(root, 'web01', 'sub', 'data.raw'), 4096, 'raw']
      ])
      assert.equal(snap.warnings!.length, 1)
      assert.match(snap.warnings![0]!, /reflink disabled on host "lab".*only as consistent as the images stay quiet during the read/)
      const record = (await host.snapshotRecord(snap.snapshotId!))!
      const s = await stat(join(root, 'web01', 'disk0.raw'))
      assert.equal(record.state, 'none')
      assert.equal(record.sessionId, 'sess')
      assert.equal(record.vm, 'web01')
      assert.deepEqual([record.disks[0]!.size, record.disks[0]!.mtimeMs], [s.size, s.mtimeMs])
      await host.release('web01', snap.snapshotId!, false)
    })

    it('in clone mode reads from the snapshot folder and is point-in-time', async () => {
      const host = new FileHost(spec, { clone: plainCopy })
      const live = join(root, 'web01', 'disk0.raw')
      const before = sha(await readFile(live))
      const snap = await host.snapshot('web01', 's1')
      assert.equal(snap.guarantee, 'reflink')
      assert.deepEqual(snap.warnings, [])
      const dir = join(host.snapshotsFolder, snap.snapshotId!)
      assert.deepEqual(snap.disks!.map(d => [d.index, d.name, d.size, d.file]), [
        [0, 'disk0', 3 * 65536 + 7, join(dir, '0-disk0.raw')],
        [1, 'data', 4096, join(dir, '1-data.raw')]
      ])
      await writeFile(live, bytes(100, 5))
      assert.equal(sha(await readFile(snap.disks![0]!.file!)), before)
      assert.equal((await host.snapshotRecord(snap.snapshotId!))!.state, 'reflink')
      await host.release('web01', snap.snapshotId!, false)
    })

    it('writes snapshot.json before cloning, so a crash mid-clone leaves a findable leftover', async () => {
      let seen: SnapshotRecord | undefined
      let listed: string[] = []
      const host: FileHost = new FileHost(spec, {
        clone: async (src, dst) => {
          const id = dst.split(/[/\\]/).at(-2)!
          seen ??= await host.snapshotRecord(id)
          if (listed.length === 0) listed = await host.leftovers()
          await copyFile(src, dst)
        }
      })
      const snap = await host.snapshot('db01', 'crashy')
      assert.equal(seen?.state, 'cloning')
      assert.equal(seen?.id, snap.snapshotId)
      assert.deepEqual(listed, [snap.snapshotId])
      await host.release('db01', snap.snapshotId!, false)
    })

    it('falls back to live reads when a later disk cannot be cloned, removing the clones made', async () => {
      let calls = 0
      const host = new FileHost(spec, {
        clone: async (src, dst) => {
          if (++calls === 2) throw Object.assign(new Error('operation not supported'), { code: 'EXDEV' })
          await copyFile(src, dst)
        }
      })
      const snap = await host.snapshot('web01', 's1')
      assert.equal(snap.guarantee, 'none')
      assert.match(snap.warnings![0]!, /\(EXDEV\)/)
      assert.deepEqual(await readdir(join(host.snapshotsFolder, snap.snapshotId!)), ['snapshot.json'])
      await host.release('web01', snap.snapshotId!, false)
    })

    it('fails with ERR_SNAPSHOT_FAILED on a real clone error and leaves nothing', async () => {
      const host = new FileHost(spec, { clone: async () => { throw Object.assign(new Error('disk full'), { code: 'ENOSPC' }) } })
      await assert.rejects(host.snapshot('db01', 's1'), (err: unknown) => err instanceof HostError && err.code === 'ERR_SNAPSHOT_FAILED' &&
        err.message.includes('"db01"') && err.message.includes('ENOSPC'))
      assert.deepEqual(await host.leftovers(), [])
    })
  })
})
