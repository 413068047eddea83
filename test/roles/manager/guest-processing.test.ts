/**
 * Guest processing against a real OpenSSH sshd and a real qemu-ga (fsfreeze blocked), both on
 * this machine standing in for the guest: scripts leave marker files in a temp folder.
 */
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer, type AddressInfo, type Socket } from 'node:net'
import { openGuest, type GuestProcessing, type GuestSession } from '../../../roles/manager/guest/guest-processing.ts'
import { GuestError } from '../../../roles/manager/guest/errors.ts'
import { startSshd, freePort, type Sshd } from '../../helpers/sshd.ts'
import { startQga, type QgaAgent } from '../../helpers/qga.ts'

/** Nanoseconds on the wall clock, read the way the scripts read it. */
function stamp (): bigint {
  return BigInt(execFileSync('date', ['+%s%N']).toString().trim())
}

/** A pid that no longer runs (or is a zombie nobody reaped). */
function isGone (pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return true
  }
  try {
    const state = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '')[0]
    return state === 'Z' || state === 'X'
  } catch {
    return true
  }
}

async function waitUntil (what: string, ok: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise(resolve => setTimeout(resolve, 20))
  }
}

async function exists (path: string): Promise<boolean> {
  return await stat(path).then(() => true, () => false)
}

describe('roles/manager/guest', function () {
  let sshd: Sshd | undefined
  let agent: QgaAgent | undefined
  let marks = ''
  let session: GuestSession | undefined

  before(async function () {
    sshd = await startSshd(this)
    agent = await startQga(this)
  })
  beforeEach(async function () {
    marks = await mkdtemp(join(tmpdir(), 'meshbackup-guest-marks-'))
  })
  afterEach(async function () {
    await session?.close()
    session = undefined
    await rm(marks, { recursive: true, force: true })
  })
  after(async function () {
    await agent?.stop()
    await sshd?.stop()
  })

  const mark = async (name: string): Promise<string> => (await readFile(join(marks, name), 'utf8')).trim()
  const preScript = (): string => `#!/bin/sh\npwd > ${marks}/dir\ndate +%s%N > ${marks}/pre\necho pre-freeze done\n`
  const postScript = (): string => `date +%s%N > ${marks}/post\n` // no shebang: run with /bin/sh

  function settings (extra: Partial<GuestProcessing> & { port?: number, key?: string, vm?: string }): GuestProcessing {
    const { port, key, vm, ...rest } = extra
    return {
      enabled: true,
      preFreeze: preScript(),
      postThaw: postScript(),
      credentials: { user: sshd!.user, privateKey: key ?? sshd!.privateKey },
      vms: [{ vm: vm ?? 'vm1', address: `127.0.0.1:${port ?? sshd!.port}` }],
      failurePolicy: 'require',
      ...rest
    }
  }

  function assertNoSecrets (lines: string[]): void {
    const text = lines.join('\n')
    assert.ok(!text.includes('PRIVATE KEY'), 'a key in the log')
    assert.ok(!text.includes(sshd!.privateKey.split('\n')[1]), 'a key in the log')
  }

  it('over SSH: pre-freeze before the snapshot, post-thaw after, temp folder gone at close', async function () {
    session = await openGuest({ vm: 'vm1', settings: settings({}) })
    assert.equal(session.channel, 'ssh')
    await session.preFreeze()
    const snapshot = stamp() // stands in for the VM snapshot
    await session.postThaw()
    const pre = BigInt(await mark('pre'))
    const post = BigInt(await mark('post'))
    assert.ok(pre < snapshot, `pre-freeze ${pre} before the snapshot ${snapshot}`)
    assert.ok(snapshot < post, `post-thaw ${post} after the snapshot ${snapshot}`)
    const dir = await mark('dir')
    assert.match(dir, /meshbackup-guest\./)
    assert.equal(await exists(join(dir, 'pre-freeze.sh')), true)
    assert.equal((await stat(join(dir, 'pre-freeze.sh'))).mode & 0o777, 0o700)
    await session.close()
    assert.equal(await exists(dir), false, 'the temp folder is removed')
    const log = session.log.join('\n')
    assert.match(log, /SSH .*@127\.0\.0\.1:\d+ connected \(host key SHA256:/)
    assert.match(log, /pre-freeze script exited 0 after [\d.]+ s over ssh/)
    assert.match(log, /post-thaw script exited 0/)
    assert.deepEqual(session.warnings, [])
    assertNoSecrets(session.log)
  })

  it('a script exiting 3 under "require" is a GuestError naming the VM, the script, exit code 3 and the stderr tail', async function () {
    const pre = `pwd > ${marks}/dir\necho "checking" >&2\necho "database busy: cannot quiesce" >&2\nexit 3\n`
    session = await openGuest({ vm: 'vm-db', settings: settings({ vm: 'vm-db', preFreeze: pre }) })
    const err = await session.preFreeze().then(() => undefined, (e: unknown) => e)
    assert.ok(err instanceof GuestError, String(err))
    assert.equal(err.code, 'ERR_GUEST_PROCESSING')
    assert.equal(err.exitCode, 3)
    assert.equal(err.script, 'pre-freeze')
    assert.equal(err.vm, 'vm-db')
    assert.match(err.message, /VM vm-db/)
    assert.match(err.message, /pre-freeze script exited 3/)
    assert.match(err.message, /database busy: cannot quiesce/)
    assert.ok(err.log.length > 0)
    const dir = await mark('dir')
    await session.close()
    assert.equal(await exists(dir), false)
  })

  it('a script exiting 3 under "ignore" is a warning and processing goes on', async function () {
    const pre = 'echo "database busy" >&2\nexit 3\n'
    session = await openGuest({ vm: 'vm1', settings: settings({ preFreeze: pre, failurePolicy: 'ignore' }) })
    await session.preFreeze()
    await session.postThaw()
    assert.equal(session.warnings.length, 1)
    assert.match(session.warnings[0], /pre-freeze script exited 3.*database busy.*crash-consistent/s)
    assert.ok(BigInt(await mark('post')) > 0n, 'post-thaw still ran')
  })

  it('a script hanging past its 1 s timeout is killed with its children and reported', async function () {
    const pre = `sleep 600 &\necho $! > ${marks}/child.pid\necho $$ > ${marks}/sh.pid\nwait\n`
    session = await openGuest({ vm: 'vm1', settings: settings({ preFreeze: pre, scriptTimeoutS: 1 }) })
    const started = Date.now()
    const err = await session.preFreeze().then(() => undefined, (e: unknown) => e)
    assert.ok(err instanceof GuestError, String(err))
    assert.equal(err.code, 'ERR_GUEST_PROCESSING')
    assert.match(err.message, /pre-freeze script ran past its 1\.00 s timeout and was killed/)
    assert.ok(Date.now() - started < 15_000)
    const sh = Number(await mark('sh.pid'))
    const child = Number(await mark('child.pid'))
    await waitUntil('the script and its sleep to end', () => isGone(sh) && isGone(child))
    assert.match(session.log.join('\n'), /pre-freeze script timed out and was killed/)
  })

  it('pins the guest\'s SSH host key the first time, and connects again only to that key', async function () {
    const pinned: string[] = []
    session = await openGuest({ vm: 'vm1', settings: settings({}), pinHostKey: async (fp) => { pinned.push(fp) } })
    assert.equal(session.channel, 'ssh')
    assert.equal(pinned.length, 1)
    assert.match(pinned[0]!, /^SHA256:[A-Za-z0-9+/]{43}$/)
    assert.match(session.log.join('\n'), /host key SHA256:\S+, seen first: pinned for the next sessions/)
    await session.close()
    session = await openGuest({ vm: 'vm1', settings: settings({}), pinnedHostKey: pinned[0], pinHostKey: async (fp) => { pinned.push(fp) } })
    assert.equal(session.channel, 'ssh')
    assert.equal(pinned.length, 1, 'a pinned key is not pinned again')
    assert.match(session.log.join('\n'), /as pinned at first use/)
  })

  it('another host key at the guest\'s address: no credential sent, a warning naming both keys, the guest agent runs the scripts', async function () {
    const other = 'SHA256:' + 'A'.repeat(43)
    const attempts = (): number => (sshd!.log().match(/publickey/g) ?? []).length
    const before = attempts()
    session = await openGuest({ vm: 'vm1', settings: settings({ qga: agent!.address }), pinnedHostKey: other })
    assert.equal(session.channel, 'qga')
    assert.equal(session.warnings.length, 1)
    assert.match(session.warnings[0]!, new RegExp(`host key is SHA256:\\S+, not ${other.replace(/[+/]/g, '\\$&')} as pinned for it; no credential was sent.*--guest-host-key VM=SHA256:`))
    await session.preFreeze()
    await session.postThaw()
    assert.equal(attempts(), before, 'sshd saw no authentication attempt')
    // the job's own pin wins over the manager's
    await session.close()
    session = undefined
    const first: string[] = []
    const probe = await openGuest({ vm: 'vm1', settings: settings({}), pinHostKey: async (fp) => { first.push(fp) } })
    await probe.close()
    const wrongJobPin = settings({})
    wrongJobPin.vms![0]!.hostKey = other
    await assert.rejects(openGuest({ vm: 'vm1', settings: wrongJobPin, pinnedHostKey: first[0] }), (err: GuestError) => {
      assert.equal(err.code, 'ERR_GUEST_PROCESSING')
      assert.match(err.message, /host key is SHA256:\S+, not SHA256:A+ as pinned/)
      return true
    })
  })

  it('SSH refused (wrong port): falls back to the guest agent, runs the scripts there, says why', async function () {
    const port = await freePort()
    session = await openGuest({ vm: 'vm1', settings: settings({ port, qga: agent!.address }) })
    assert.equal(session.channel, 'qga')
    await session.preFreeze()
    const snapshot = stamp()
    await session.postThaw()
    assert.ok(BigInt(await mark('pre')) < snapshot)
    assert.ok(snapshot < BigInt(await mark('post')))
    const log = session.log.join('\n')
    assert.match(log, new RegExp(`127\\.0\\.0\\.1:${port}: connection refused.*falling back to the guest agent unix:`))
    assert.match(log, /scripts injected through the guest agent/)
    assert.match(log, /pre-freeze script exited 0 after [\d.]+ s over qga/)
    const dir = await mark('dir')
    assert.equal(await exists(dir), true)
    await session.close()
    assert.equal(await exists(dir), false, 'the injected scripts are removed')
  })

  it('a wrong key: falls back to the guest agent with the authentication failure in the log', async function () {
    session = await openGuest({ vm: 'vm1', settings: settings({ key: sshd!.wrongKey, qga: agent!.address }) })
    assert.equal(session.channel, 'qga')
    await session.preFreeze()
    await session.postThaw()
    assert.ok(BigInt(await mark('pre')) < BigInt(await mark('post')))
    assert.match(session.log.join('\n'), /authentication failed \(wrong key.*falling back to the guest agent/)
    assertNoSecrets(session.log)
    assert.ok(!session.log.join('\n').includes(sshd!.wrongKey.split('\n')[1]))
  })

  it('a private key that cannot be parsed: falls back to the guest agent without logging the key', async function () {
    const bogus = '-----BEGIN OPENSSH PRIVATE KEY-----\nbm90IGEga2V5IGF0IGFsbA==\n-----END OPENSSH PRIVATE KEY-----\n'
    session = await openGuest({ vm: 'vm1', settings: settings({ key: bogus, qga: agent!.address }) })
    assert.equal(session.channel, 'qga')
    assert.match(session.log.join('\n'), /the private key cannot be used.*falling back to the guest agent/)
    assert.ok(!session.log.join('\n').includes('bm90IGEga2V5'))
  })

  it('no SSH handshake in time: falls back to the guest agent, saying so', async function () {
    const sockets = new Set<Socket>()
    const silent = createServer(sock => { sockets.add(sock) }) // accepts TCP, never speaks SSH
    await new Promise<void>(resolve => silent.listen(0, '127.0.0.1', resolve))
    try {
      const port = (silent.address() as AddressInfo).port
      session = await openGuest({ vm: 'vm1', settings: settings({ port, qga: agent!.address }), connectTimeoutMs: 300 })
      assert.equal(session.channel, 'qga')
      assert.match(session.log.join('\n'), /no SSH handshake within 300 ms.*falling back to the guest agent/)
      await session.preFreeze()
      assert.ok(BigInt(await mark('pre')) > 0n)
    } finally {
      for (const sock of sockets) sock.destroy()
      await new Promise(resolve => silent.close(resolve))
    }
  })

  it('over the guest agent, a hanging script is killed by its process group, not the agent', async function () {
    const pre = `sleep 600 &\necho $! > ${marks}/child.pid\necho $$ > ${marks}/sh.pid\nwait\n`
    session = await openGuest({ vm: 'vm1', settings: settings({ port: await freePort(), qga: agent!.address, preFreeze: pre, scriptTimeoutS: 1, failurePolicy: 'ignore' }) })
    assert.equal(session.channel, 'qga')
    await session.preFreeze()
    assert.equal(session.warnings.length, 1)
    assert.match(session.warnings[0], /ran past its 1\.00 s timeout and was killed/)
    const sh = Number(await mark('sh.pid'))
    const child = Number(await mark('child.pid'))
    await waitUntil('the script and its sleep to end', () => isGone(sh) && isGone(child))
    assert.equal(isGone(agent!.pid), false, 'qemu-ga still runs')
    await session.postThaw()
    assert.ok(BigInt(await mark('post')) > 0n)
  })

  it('no script and the guest agent blocks fsfreeze: a logged fallback to crash-consistent, not a crash', async function () {
    session = await openGuest({ vm: 'vm1', settings: { enabled: true, qga: agent!.address, failurePolicy: 'require' } })
    assert.equal(session.channel, 'qga')
    await session.preFreeze()
    await session.postThaw()
    await session.close()
    assert.match(session.log.join('\n'), /fsfreeze is disabled in the guest agent: crash-consistent/)
    assert.equal(session.warnings.length, 1)
  })

  it('no channel at all under "require" is a GuestError naming the VM and why', async function () {
    await assert.rejects(openGuest({ vm: 'vm-lost', settings: { enabled: true, preFreeze: 'true\n', failurePolicy: 'require' } }),
      (e: unknown) => e instanceof GuestError && e.code === 'ERR_GUEST_PROCESSING' && e.vm === 'vm-lost' &&
        /VM vm-lost: no channel reaches the guest \(no guest address is configured/.test(e.message))
    const port = await freePort()
    const s = settings({ vm: 'vm-lost', port })
    s.credentials = { user: sshd!.user, password: 'hunter2-secret' }
    const err = await openGuest({ vm: 'vm-lost', settings: s }).then(() => undefined, (e: unknown) => e)
    assert.ok(err instanceof GuestError)
    assert.match(err.message, /connection refused/)
    assert.ok(!err.message.includes('hunter2') && !err.log.join('\n').includes('hunter2'))
  })

  it('no channel under "ignore" is a warning and a session that does nothing', async function () {
    session = await openGuest({ vm: 'vm1', settings: { enabled: true, preFreeze: 'true\n', failurePolicy: 'ignore', qga: `unix:${marks}/{vm}.sock` } })
    assert.equal(session.channel, 'none')
    await session.preFreeze()
    await session.postThaw()
    assert.equal(session.warnings.length, 1)
    assert.match(session.warnings[0], /no channel reaches the guest/)
    assert.match(session.log.join('\n'), new RegExp(`guest agent unix:${marks}/vm1\\.sock cannot be used`))
  })

  it('guest processing switched off: no channel, nothing runs, no warning', async function () {
    session = await openGuest({ vm: 'vm1', settings: settings({ enabled: false }) })
    assert.equal(session.channel, 'none')
    await session.preFreeze()
    await session.postThaw()
    assert.equal(await exists(join(marks, 'pre')), false)
    assert.deepEqual(session.warnings, [])
  })

  it('an abort during a script kills it and rejects with the abort reason', async function () {
    const pre = `echo $$ > ${marks}/sh.pid\nexec sleep 600\n`
    const ac = new AbortController()
    session = await openGuest({ vm: 'vm1', settings: settings({ preFreeze: pre }), signal: ac.signal })
    const running = session.preFreeze()
    await waitUntil('the script to start', async () => await exists(join(marks, 'sh.pid')))
    const reason = new Error('job stopped')
    ac.abort(reason)
    await assert.rejects(running, (e: unknown) => e === reason)
    const sh = Number(await mark('sh.pid'))
    await waitUntil('the script to end', () => isGone(sh))
  })
})
