/**
 * Resolving a job's guest processing settings for one VM, and picking the guest's address from
 * the guest agent's interface list.
 */
import assert from 'node:assert/strict'
import { pb } from '../../../proto/index.ts'
import { GuestError } from '../../../roles/manager/guest/errors.ts'
import { parseHostPort, pickGuestAddress, resolveGuestTarget } from '../../../roles/manager/guest/settings.ts'

describe('roles/manager/guest/settings', function () {
  it('takes defaults from an empty (decoded) message', function () {
    const t = resolveGuestTarget('vm1', pb.GuestProcessing.decode(pb.GuestProcessing.encode({}).finish()))
    assert.equal(t.enabled, false)
    assert.equal(t.timeoutMs, 600_000)
    assert.equal(t.policy, 'require')
    assert.equal(t.credentials, undefined)
    assert.equal(t.address, undefined)
    assert.equal(t.qga, undefined)
  })

  it('lets the VM entry override credentials, address and channel, and expands {vm}', function () {
    const settings = {
      enabled: true,
      credentials: { user: 'job', password: 'secret' },
      qga: 'unix:/run/qemu/{vm}-qga.sock',
      scriptTimeoutS: 5,
      failurePolicy: 'ignore',
      vms: [{ vm: 'vm2', address: '10.0.0.2:2222', credentials: { user: 'vm2user', privateKey: 'KEY' }, qga: 'tcp:127.0.0.1:{vm}' }]
    }
    const a = resolveGuestTarget('vm1', settings, 'vm1.example')
    assert.deepEqual(a.credentials, { user: 'job', privateKey: undefined, password: 'secret' })
    assert.deepEqual(a.address, { host: 'vm1.example', port: 22 })
    assert.equal(a.qga, 'unix:/run/qemu/vm1-qga.sock')
    assert.equal(a.timeoutMs, 5_000)
    assert.equal(a.policy, 'ignore')
    const b = resolveGuestTarget('vm2', settings, 'ignored.example')
    assert.deepEqual(b.credentials, { user: 'vm2user', privateKey: 'KEY', password: undefined })
    assert.deepEqual(b.address, { host: '10.0.0.2', port: 2222 })
    assert.equal(b.qga, 'tcp:127.0.0.1:vm2')
  })

  it('refuses an unknown failure policy and a malformed address, naming them', function () {
    assert.throws(() => resolveGuestTarget('vm1', { failurePolicy: 'maybe' }),
      (e: unknown) => e instanceof GuestError && e.code === 'ERR_GUEST_SETTINGS' && e.message.includes('maybe'))
    assert.throws(() => resolveGuestTarget('vm1', {}, 'host:99999'),
      (e: unknown) => e instanceof GuestError && e.code === 'ERR_GUEST_SETTINGS' && e.message.includes('host:99999'))
    assert.deepEqual(parseHostPort('[fd00::5]:2200'), { host: 'fd00::5', port: 2200 })
    assert.deepEqual(parseHostPort('fd00-host'), { host: 'fd00-host', port: 22 })
  })

  it('picks the first non-loopback, non-link-local IPv4 address', function () {
    assert.deepEqual(pickGuestAddress([
      { name: 'lo', hardwareAddress: '', addresses: [{ type: 'ipv4', address: '127.0.0.1', prefix: 8 }] },
      { name: 'eth0', hardwareAddress: '', addresses: [{ type: 'ipv6', address: 'fd00::2', prefix: 64 }, { type: 'ipv4', address: '169.254.3.3', prefix: 16 }] },
      { name: 'eth1', hardwareAddress: '', addresses: [{ type: 'ipv4', address: '192.0.2.7', prefix: 24 }] }
    ]), { address: '192.0.2.7', iface: 'eth1' })
    assert.equal(pickGuestAddress([{ name: 'lo', hardwareAddress: '', addresses: [{ type: 'ipv4', address: '127.0.0.1', prefix: 8 }] }]), undefined)
  })
})
