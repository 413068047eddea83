import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { connectHost } from '../../../node/hosts/connect-host.ts'
import { HostError } from '../../../node/hosts/host.ts'
import { FileHost } from '../../../node/hosts/file.ts'

describe('connectHost', () => {
  let dir: string
  beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'meshbackup-host-')) })
  afterEach(async () => { await rm(dir, { recursive: true, force: true }) })

  it('gives a FileHost for type "file"', async () => {
    const host = connectHost({ name: 'lab', type: 'file', path: dir })
    assert.ok(host instanceof FileHost)
    assert.equal(host.spec.name, 'lab')
    assert.deepEqual(await host.probe(), ['direct'])
  })

  it('refuses an unknown type with ERR_UNKNOWN_HOST_TYPE naming the host', () => {
    assert.throws(() => connectHost({ name: 'kvm7', type: 'vmware', path: dir }),
      (err: unknown) => err instanceof HostError && err.code === 'ERR_UNKNOWN_HOST_TYPE' &&
        err.message.includes('"kvm7"') && err.message.includes('"vmware"') && err.host === 'kvm7')
  })

  it('refuses a file host without a path', () => {
    assert.throws(() => connectHost({ name: 'lab', type: 'file' }), { code: 'ERR_BAD_HOST_SPEC' })
  })
})
