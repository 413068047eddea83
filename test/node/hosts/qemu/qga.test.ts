/**
 * QgaClient against a real qemu-ga on a unix socket (fsfreeze and other risky RPCs blocked), and
 * against small fake agents for the timing cases a real agent cannot be made to show.
 */
import assert from 'node:assert/strict'
import { createServer, connect, type Server, type Socket } from 'node:net'
import { mkdtemp, rm, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { QgaClient, QgaError, parseQgaAddress } from '../../../../node/hosts/qemu/qga.ts'
import { startQga, type QgaAgent } from '../../../helpers/qga.ts'

function isGone (pid: number): boolean {
  try { process.kill(pid, 0) } catch { return true }
  return false
}

describe('protocols/qga', function () {
  describe('addresses', function () {
    it('parses unix: and tcp: channels and refuses others', function () {
      assert.deepEqual(parseQgaAddress('unix:/run/vm1.sock'), { kind: 'unix', path: '/run/vm1.sock' })
      assert.deepEqual(parseQgaAddress('tcp:127.0.0.1:4444'), { kind: 'tcp', host: '127.0.0.1', port: 4444 })
      assert.deepEqual(parseQgaAddress('tcp:[::1]:4444'), { kind: 'tcp', host: '::1', port: 4444 })
      assert.throws(() => parseQgaAddress('/run/vm1.sock'), (e: unknown) => e instanceof QgaError && e.code === 'ERR_QGA_BAD_ADDRESS' && e.message.includes('/run/vm1.sock'))
      assert.throws(() => parseQgaAddress('tcp:host'), (e: unknown) => e instanceof QgaError && e.code === 'ERR_QGA_BAD_ADDRESS')
    })

    it('an absent socket is ERR_QGA_UNREACHABLE naming the address', async function () {
      const address = `unix:${join(tmpdir(), `meshbackup-no-such-${process.pid}.sock`)}`
      await assert.rejects(QgaClient.connect(address, { timeoutMs: 2_000 }),
        (e: unknown) => e instanceof QgaError && e.code === 'ERR_QGA_UNREACHABLE' && e.message.includes(address) && e.address === address)
    })
  })

  describe('against a real qemu-ga', function () {
    let agent: QgaAgent | undefined
    let qga: QgaClient | undefined
    let dir = ''

    before(async function () {
      agent = await startQga(this)
      dir = await mkdtemp(join(tmpdir(), 'meshbackup-qga-files-'))
    })
    afterEach(async function () {
      await qga?.close()
      qga = undefined
    })
    after(async function () {
      await agent?.stop()
      if (dir !== '') await rm(dir, { recursive: true, force: true })
    })

    it('resyncs after an earlier client left half a command in the agent\'s parser', async function () {
      const raw = connect({ path: agent!.socket })
      await new Promise<void>((resolve, reject) => { raw.once('connect', resolve); raw.once('error', reject) })
      // a complete ping (its reply proves the agent read what follows), then an unfinished command
      const answered = new Promise<string>(resolve => { raw.once('data', (d: Buffer) => { resolve(d.toString()) }) })
      raw.write('{"execute":"guest-ping"}\n{"execute": "guest-info", "arguments": {"x": [1, {"y": "')
      assert.match(await answered, /"return"/)
      await new Promise<void>(resolve => { raw.once('close', () => { resolve() }); raw.end() })

      qga = await QgaClient.connect(agent!.address, { timeoutMs: 5_000 })
      await qga.ping()
      const info = await qga.info()
      assert.ok(info.commands.length > 10)
    })

    it('ping and info: version and which commands are enabled', async function () {
      qga = await QgaClient.connect(agent!.address, { timeoutMs: 5_000 })
      await qga.ping()
      const info = await qga.info()
      assert.match(info.version, /^\d+\.\d+/)
      const enabled = new Map(info.commands.map(c => [c.name, c.enabled]))
      assert.equal(enabled.get('guest-exec'), true)
      assert.equal(enabled.get('guest-file-write'), true)
      assert.equal(enabled.get('guest-fsfreeze-freeze'), false)
      assert.equal(enabled.get('guest-fsfreeze-thaw'), false)
      assert.equal(await qga.fsfreezeStatus(), 'thawed')
    })

    it('writes a file with guest-file-* and reads it back with guest-exec cat and guest-file-read', async function () {
      qga = await QgaClient.connect(agent!.address, { timeoutMs: 5_000 })
      const path = join(dir, 'injected.sh')
      const text = '#!/bin/sh\necho injected "$@"\n' + 'x'.repeat(3 * 1024 * 1024) + '\n'
      await qga.writeFile(path, text)
      const r = await qga.run('/bin/cat', [path], { timeoutMs: 10_000 })
      assert.equal(r.exitCode, 0)
      assert.equal(r.stdout, text)
      assert.equal(await readFile(path, 'utf8'), text)
      const h = await qga.fileOpen(path, 'r')
      const part = await qga.fileRead(h, 30)
      await qga.fileClose(h)
      assert.equal(part.data.toString(), text.slice(0, 30))
      assert.equal(part.eof, false)
    })

    it('runs a process with stdin and reports its exit code, stdout and stderr', async function () {
      qga = await QgaClient.connect(agent!.address, { timeoutMs: 5_000 })
      const r = await qga.run('/bin/sh', ['-c', 'cat; echo oops >&2; exit 3'], { timeoutMs: 10_000, input: 'hello from stdin' })
      assert.equal(r.exitCode, 3)
      assert.equal(r.signal, null)
      assert.equal(r.stdout, 'hello from stdin')
      assert.equal(r.stderr, 'oops\n')
      const ok = await qga.run('/bin/true', [], { timeoutMs: 10_000 })
      assert.equal(ok.exitCode, 0)
    })

    it('a process past its deadline is ERR_QGA_EXEC_TIMEOUT with its pid, and says it was not killed', async function () {
      qga = await QgaClient.connect(agent!.address, { timeoutMs: 5_000 })
      const err = await qga.run('/bin/sleep', ['600'], { timeoutMs: 300 }).then(() => undefined, (e: unknown) => e)
      assert.ok(err instanceof QgaError, String(err))
      assert.equal(err.code, 'ERR_QGA_EXEC_TIMEOUT')
      assert.match(err.message, /no guest-exec kill/)
      assert.ok(err.pid !== undefined && err.pid > 0)
      assert.equal(isGone(err.pid), false, 'the process is still running')
      // the "guest" is this machine: end it, then the agent reports the signal
      process.kill(err.pid, 'SIGKILL')
      const deadline = Date.now() + 5_000
      let st = await qga.execStatus(err.pid)
      while (!st.exited && Date.now() < deadline) st = await qga.execStatus(err.pid)
      assert.equal(st.exited, true)
      assert.equal(st.signal, 9)
    })

    it('a blocked command is ERR_QGA_COMMAND_DISABLED naming it; other errors keep QEMU\'s class and desc', async function () {
      qga = await QgaClient.connect(agent!.address, { timeoutMs: 5_000 })
      await assert.rejects(qga.fsfreezeFreeze(), (e: unknown) =>
        e instanceof QgaError && e.code === 'ERR_QGA_COMMAND_DISABLED' && e.command === 'guest-fsfreeze-freeze' &&
        e.message.includes('guest-fsfreeze-freeze') && e.qemuClass === 'CommandNotFound' && /disabled/.test(e.desc))
      await assert.rejects(qga.execute('guest-no-such-command'), (e: unknown) =>
        e instanceof QgaError && e.code === 'ERR_QGA_COMMAND_NOT_FOUND' && e.qemuClass === 'CommandNotFound')
      await assert.rejects(qga.exec('/nonexistent/binary'), (e: unknown) =>
        e instanceof QgaError && e.code === 'ERR_QGA_COMMAND_FAILED' && e.qemuClass === 'GenericError' && e.desc.includes('/nonexistent/binary'))
      await qga.ping() // still in step after errors
    })

    it('lists network interfaces with their addresses', async function () {
      qga = await QgaClient.connect(agent!.address, { timeoutMs: 5_000 })
      const ifs = await qga.networkInterfaces()
      const lo = ifs.find(i => i.name === 'lo')
      assert.ok(lo !== undefined)
      assert.ok(lo.addresses.some(a => a.type === 'ipv4' && a.address === '127.0.0.1'))
    })
  })

  describe('against a fake agent', function () {
    let dir = ''
    let server: Server | undefined
    const sockets = new Set<Socket>()

    beforeEach(async function () { dir = await mkdtemp(join(tmpdir(), 'meshbackup-qga-fake-')) })
    afterEach(async function () {
      for (const s of sockets) s.destroy()
      sockets.clear()
      if (server !== undefined) await new Promise(resolve => server!.close(resolve))
      server = undefined
      await rm(dir, { recursive: true, force: true })
    })

    /** A fake agent: answers resyncs properly and hands every other command to `onCommand`. */
    async function fake (onCommand: (cmd: { execute: string }, reply: (obj: unknown) => void) => void, beforeSync = (): void => {}): Promise<string> {
      const path = join(dir, 'fake.sock')
      server = createServer(s => {
        sockets.add(s)
        let buf = ''
        s.on('data', (d: Buffer) => {
          buf += d.toString('latin1').replaceAll('\xff', '')
          let nl
          while ((nl = buf.indexOf('\n')) >= 0) {
            const cmd = JSON.parse(buf.slice(0, nl)) as { execute: string, arguments?: { id?: number } }
            buf = buf.slice(nl + 1)
            if (cmd.execute === 'guest-sync-delimited') {
              beforeSync()
              s.write('{"error": {"class": "GenericError", "desc": "JSON parse error"}}\n')
              s.write(Buffer.concat([Buffer.from([0xff]), Buffer.from(JSON.stringify({ return: cmd.arguments?.id }) + '\n')]))
            } else {
              onCommand(cmd, obj => { s.write(JSON.stringify(obj) + '\n') })
            }
          }
        })
      })
      await new Promise<void>(resolve => server!.listen(path, resolve))
      return `unix:${path}`
    }

    it('an agent that accepts but never answers is ERR_QGA_UNREACHABLE', async function () {
      const path = join(dir, 'silent.sock')
      server = createServer(s => { sockets.add(s) })
      await new Promise<void>(resolve => server!.listen(path, resolve))
      await assert.rejects(QgaClient.connect(`unix:${path}`, { timeoutMs: 300 }),
        (e: unknown) => e instanceof QgaError && e.code === 'ERR_QGA_UNREACHABLE' && /did not answer guest-sync-delimited/.test(e.message))
    })

    it('after a command times out, its late reply is discarded by a resync and not taken for the next', async function () {
      let pings = 0
      let lateReply: (() => void) | undefined
      const address = await fake((cmd, reply) => {
        if (cmd.execute === 'guest-ping' && ++pings === 1) { lateReply = () => { reply({ return: 'late' }) }; return }
        if (cmd.execute === 'guest-get-host-name') { reply({ return: { 'host-name': 'fresh' } }); return }
        reply({ return: {} })
      }, () => { lateReply?.(); lateReply = undefined })
      const qga = await QgaClient.connect(address, { timeoutMs: 200 })
      try {
        await assert.rejects(qga.ping(), (e: unknown) => e instanceof QgaError && e.code === 'ERR_QGA_TIMEOUT' && e.command === 'guest-ping')
        // as a real agent would, the fake answers the old ping before the resync: a client that
        // did not resync would take 'late' for the host name
        const name = await qga.execute<{ 'host-name': string }>('guest-get-host-name', undefined, { timeoutMs: 2_000 })
        assert.deepEqual(name, { 'host-name': 'fresh' })
      } finally {
        await qga.close()
      }
    })

    it('close() fails queued commands with ERR_QGA_CLOSED', async function () {
      const address = await fake(() => { /* never answers commands */ })
      const qga = await QgaClient.connect(address, { timeoutMs: 5_000 })
      const pending = assert.rejects(qga.ping(), (e: unknown) => e instanceof QgaError && e.code === 'ERR_QGA_CLOSED')
      await qga.close()
      await pending
    })
  })
})
