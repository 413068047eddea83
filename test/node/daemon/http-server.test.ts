/**
 * The HTTP endpoint alone: routes, token check, JSON errors, Host header check, metrics and the
 * dashboard page, over a fake API on 127.0.0.1.
 */
import assert from 'node:assert/strict'
import { request } from 'node:http'
import { startHttpServer, parseHttpAddress, type HttpServer } from '../../../node/daemon/http/server.ts'
import { tokenMatches } from '../../../node/daemon/http/auth.ts'
import type { Api, SessionView } from '../../../node/daemon/http/api.ts'
import { createMetrics } from '../../../node/runtime/metrics.ts'
import { UserError } from '../../../node/runtime/actors/errors.ts'
import { initHome, homePaths, ensureHttpToken } from '../../../node/daemon/config.ts'
import { mkdtemp, rm, stat, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const TOKEN = 'a'.repeat(64)

interface Answer { status: number, headers: Record<string, string | string[] | undefined>, text: string, json: any }

async function call (url: string, path: string, options: { method?: string, headers?: Record<string, string> } = {}): Promise<Answer> {
  return await new Promise((resolve, reject) => {
    const req = request(url + path, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (d) => { text += d })
      res.on('end', () => {
        let json: any
        try { json = JSON.parse(text) } catch {}
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json })
      })
    })
    req.on('error', reject)
    req.end()
  })
}

const session = (id: string, job: string): SessionView => ({ id, job, state: 'running', startedAtMs: 1, tasks: [], progress: 0, bytesPerSecond: 0 })

describe('HTTP status endpoint', function () {
  let server: HttpServer
  const runs: string[] = []
  const queries: unknown[] = []
  const metrics = createMetrics({
    peerId: 'self',
    capacity: {
      entries: () => [
        { announcement: { peerId: 'self', roles: ['proxy'], proxy: { slots: 4, active: 2 } }, receivedAt: Date.now() - 1500 },
        { announcement: { peerId: 'other', roles: ['repository'], repository: { slots: 8, active: 1 } }, receivedAt: Date.now() }
      ]
    }
  })
  const api: Api = {
    status: async () => ({ peerId: 'self', roles: ['proxy'] }),
    jobs: async () => [{ name: 'nightly' }],
    sessions: async (q) => { queries.push(q); return { sessions: [session('s1', 'nightly')], complete: true } },
    session: async (id) => {
      if (id === 'missing') throw new UserError('ERR_NO_SUCH_SESSION', 'no session "missing"')
      if (id === 'boom') throw new Error('something broke')
      return session(id, 'nightly')
    },
    points: async () => [],
    run: async (job) => {
      if (job === 'nope') throw new UserError('ERR_NO_SUCH_JOB', 'no job named "nope"')
      runs.push(job)
      return session('s2', job)
    },
    hostCheck: async (name) => ({ host: { name }, vms: [], problems: [], checkedBy: 'self' }),
    events: async () => [],
    throttle: async () => ({ rules: [], inForce: [], sending: [] }),
    files: async () => ({ volume: 'disk', volumes: [], entries: [] }),
    download: async () => {},
    recoveries: async () => [],
    recover: async (q) => { queries.push(q); return { id: 'r1', pointId: q.point, host: q.host, state: 'running' } },
    recoveryAction: async (id, action) => ({ id, state: action === 'stop' ? 'stopped' : 'migrating' }),
    bootChecks: async (q) => { queries.push(q); return [{ id: 'p1@000000000000001', pointId: 'p1', vm: 'vm1', pass: true }] },
    bootCheckScreenshot: async (id) => {
      if (id !== 'p1@000000000000001') throw new UserError('ERR_BOOT_CHECK_NO_SCREENSHOT', `no screenshot "${id}"`)
      return Buffer.from('\x89PNG fake')
    },
    protection: async (q) => { queries.push(q); return { vms: [{ job: 'nightly', vm: 'vm1', protected: false, missing: ['no locked copy'] }] } },
    bootCheckJobs: async () => [{ name: 'nightly-boot', job: 'nightly', schedule: '0 5 * * *' }]
  }

  before(async function () {
    server = await startHttpServer({ address: '127.0.0.1:0', token: TOKEN, api, metrics })
  })
  after(async function () {
    await server.stop()
  })

  it('listens on the address given, on a free port', function () {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/)
    assert.ok(server.port > 0)
  })

  it('answers the read routes with JSON', async function () {
    const status = await call(server.url, '/api/status')
    assert.equal(status.status, 200)
    assert.match(String(status.headers['content-type']), /application\/json/)
    assert.deepEqual(status.json, { peerId: 'self', roles: ['proxy'] })
    assert.deepEqual((await call(server.url, '/api/jobs')).json, [{ name: 'nightly' }])
    const one = await call(server.url, '/api/sessions/nightly%2F20260101')
    assert.equal(one.json.id, 'nightly/20260101', 'path parameters are URL-decoded')
    const list = await call(server.url, '/api/sessions?job=nightly&limit=5')
    assert.equal(list.json.sessions[0].id, 's1')
    assert.deepEqual(queries.at(-1), { job: 'nightly', limit: 5 })
  })

  it('answers boot checks, their screenshots as PNG, the boot-check jobs, and the protection view', async function () {
    const checks = await call(server.url, '/api/boot-checks?point=p1&vm=vm1&limit=3')
    assert.equal(checks.status, 200)
    assert.equal(checks.json[0].pass, true)
    assert.deepEqual(queries.at(-1), { pointId: 'p1', vm: 'vm1', limit: 3 })
    const png = await call(server.url, '/api/boot-checks/p1%40000000000000001/screenshot.png')
    assert.equal(png.status, 200)
    assert.equal(png.headers['content-type'], 'image/png')
    assert.match(png.text, /PNG fake/)
    const none = await call(server.url, '/api/boot-checks/nope/screenshot.png')
    assert.equal(none.status, 404)
    assert.equal(none.json.error.code, 'ERR_BOOT_CHECK_NO_SCREENSHOT')
    const jobs = await call(server.url, '/api/boot-check-jobs')
    assert.deepEqual(jobs.json.map((j: any) => [j.name, j.job]), [['nightly-boot', 'nightly']])
    const protection = await call(server.url, '/api/protection?job=nightly')
    assert.deepEqual(protection.json.vms[0].missing, ['no locked copy'])
    assert.deepEqual(queries.at(-1), { job: 'nightly', vm: undefined })
  })

  it('refuses a run without the token, and runs with it', async function () {
    const without = await call(server.url, '/api/jobs/nightly/run', { method: 'POST' })
    assert.equal(without.status, 401)
    assert.equal(without.json.error.code, 'ERR_UNAUTHORIZED')
    assert.match(without.json.error.message, /http\.token/)
    const wrong = await call(server.url, '/api/jobs/nightly/run', { method: 'POST', headers: { authorization: 'Bearer ' + 'b'.repeat(64) } })
    assert.equal(wrong.status, 401)
    assert.deepEqual(runs, [])
    const ok = await call(server.url, '/api/jobs/nightly/run', { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } })
    assert.equal(ok.status, 202)
    assert.equal(ok.json.job, 'nightly')
    assert.deepEqual(runs, ['nightly'])
  })

  it('starts a recovery with the token: a new VM on a host, or the disks into a running VM, from a named repository', async function () {
    const without = await call(server.url, '/api/recoveries?point=p1&host=h1', { method: 'POST' })
    assert.equal(without.status, 401)
    const auth = { authorization: `Bearer ${TOKEN}` }
    const onHost = await call(server.url, '/api/recoveries?point=p1&host=h1&name=web-ir&network=1', { method: 'POST', headers: auth })
    assert.equal(onHost.status, 201)
    assert.deepEqual(queries.at(-1), { point: 'p1', host: 'h1', name: 'web-ir', vm: undefined, network: true, attachTo: undefined, repository: undefined })
    const attached = await call(server.url, '/api/recoveries?point=p1&attach-to=h2&repository=dr', { method: 'POST', headers: auth })
    assert.equal(attached.status, 201)
    assert.deepEqual(queries.at(-1), { point: 'p1', host: '', name: undefined, vm: undefined, network: false, attachTo: 'h2', repository: 'dr' })
    const stop = await call(server.url, '/api/recoveries/r1/stop', { method: 'POST', headers: auth })
    assert.equal(stop.status, 202)
    assert.equal(stop.json.state, 'stopped')
  })

  it('maps errors to statuses with the code and message as JSON', async function () {
    const missing = await call(server.url, '/api/sessions/missing')
    assert.equal(missing.status, 404)
    assert.deepEqual(missing.json, { error: { code: 'ERR_NO_SUCH_SESSION', message: 'no session "missing"' } })
    const noJob = await call(server.url, '/api/jobs/nope/run', { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } })
    assert.equal(noJob.status, 404)
    assert.equal(noJob.json.error.code, 'ERR_NO_SUCH_JOB')
    const broken = await call(server.url, '/api/sessions/boom')
    assert.equal(broken.status, 500)
    assert.equal(broken.json.error.message, 'something broke')
    const unknown = await call(server.url, '/api/nothing')
    assert.equal(unknown.status, 404)
    assert.equal(unknown.json.error.code, 'ERR_NOT_FOUND')
    const method = await call(server.url, '/api/jobs/nightly/run')
    assert.equal(method.status, 405)
    assert.equal(method.headers.allow, 'POST')
    const limit = await call(server.url, '/api/sessions?limit=-1')
    assert.equal(limit.status, 400)
    assert.equal(limit.json.error.code, 'ERR_BAD_QUERY')
  })

  it('answers only requests addressed to loopback (no DNS rebinding)', async function () {
    const evil = await call(server.url, '/api/status', { headers: { host: 'evil.example:80' } })
    assert.equal(evil.status, 403)
    assert.equal(evil.json.error.code, 'ERR_BAD_HOST_HEADER')
    const local = await call(server.url, '/api/status', { headers: { host: `localhost:${server.port}` } })
    assert.equal(local.status, 200)
  })

  it('serves Prometheus metrics', async function () {
    metrics.bytesRead.inc(1234)
    metrics.taskDuration.observe({ role: 'proxy', result: 'ok' }, 3)
    const res = await call(server.url, '/metrics')
    assert.equal(res.status, 200)
    assert.match(String(res.headers['content-type']), /^text\/plain/)
    assert.match(res.text, /^meshbackup_bytes_read_total 1234$/m)
    assert.match(res.text, /^meshbackup_active_tasks\{role="proxy"\} 2$/m)
    assert.match(res.text, /^meshbackup_slots\{peer="other",role="repository"\} 8$/m)
    assert.match(res.text, /^meshbackup_capacity_entry_age_seconds\{peer="self"\} 1\.\d+$/m)
    assert.match(res.text, /^meshbackup_task_duration_seconds_count\{role="proxy",result="ok"\} 1$/m)
    for (const line of res.text.split('\n').filter((l) => l !== '' && !l.startsWith('#'))) {
      assert.match(line, /^meshbackup_/, `metric outside the meshbackup_ prefix: ${line}`)
    }
  })

  it('serves a self-contained dashboard', async function () {
    const res = await call(server.url, '/')
    assert.equal(res.status, 200)
    assert.match(String(res.headers['content-type']), /^text\/html/)
    assert.match(String(res.headers['content-security-policy']), /default-src 'none'/)
    assert.match(res.text, /<title>meshbackup<\/title>/)
    assert.doesNotMatch(res.text, /(src|href)=["']?(https?:)?\/\//, 'the page loads nothing from elsewhere')
    assert.match(res.text, /\/api\/sessions/)
  })
})

describe('HTTP token and address parsing', function () {
  it('accepts only the exact bearer token', function () {
    assert.equal(tokenMatches(`Bearer ${TOKEN}`, TOKEN), true)
    assert.equal(tokenMatches(`bearer ${TOKEN}`, TOKEN), true)
    assert.equal(tokenMatches(`Bearer ${TOKEN}x`, TOKEN), false)
    assert.equal(tokenMatches(`Bearer ${TOKEN.slice(1)}`, TOKEN), false)
    assert.equal(tokenMatches(TOKEN, TOKEN), false)
    assert.equal(tokenMatches(undefined, TOKEN), false)
    assert.equal(tokenMatches('Bearer ', ''), false)
  })

  it('parses host:port and [v6]:port, and names a bad address', function () {
    assert.deepEqual(parseHttpAddress('127.0.0.1:7180'), { host: '127.0.0.1', port: 7180 })
    assert.deepEqual(parseHttpAddress('[::1]:0'), { host: '::1', port: 0 })
    assert.deepEqual(parseHttpAddress('localhost:80'), { host: 'localhost', port: 80 })
    assert.throws(() => parseHttpAddress('7180'), (err: any) => err.code === 'ERR_BAD_HTTP_ADDRESS' && /"7180"/.test(err.message))
    assert.throws(() => parseHttpAddress('127.0.0.1:99999'), /HOST:PORT/)
  })

  it('names the address it cannot listen on', async function () {
    const first = await startHttpServer({ address: '127.0.0.1:0', token: TOKEN, api: {} as Api, metrics: createMetrics({ peerId: 'x', capacity: { entries: () => [] } }) })
    try {
      await assert.rejects(startHttpServer({ address: `127.0.0.1:${first.port}`, token: TOKEN, api: {} as Api, metrics: createMetrics({ peerId: 'x', capacity: { entries: () => [] } }) }),
        (err: any) => err.code === 'ERR_HTTP_LISTEN' && err.message.includes(`127.0.0.1:${first.port}`))
    } finally {
      await first.stop()
    }
  })
})

describe('HTTP settings of a home', function () {
  let dir: string
  beforeEach(async function () { dir = await mkdtemp(join(tmpdir(), 'meshbackup-http-home-')) })
  afterEach(async function () { await rm(dir, { recursive: true, force: true }) })

  it('init writes the address and a private token; an older home gets a token on demand', async function () {
    const home = join(dir, 'a')
    const { config } = await initHome(home, { roles: ['proxy'], listen: [], http: '127.0.0.1:7180' })
    assert.equal(config.http, '127.0.0.1:7180')
    const file = homePaths(home).httpToken
    assert.equal((await stat(file)).mode & 0o777, 0o600)
    const token = (await readFile(file, 'utf8')).trim()
    assert.equal(await ensureHttpToken(home), token, 'an existing token is kept')
    await rm(file)
    const fresh = await ensureHttpToken(home)
    assert.match(fresh, /^[0-9a-f]{64}$/)
    assert.notEqual(fresh, token)
  })

  it('init refuses an address that is not HOST:PORT', async function () {
    await assert.rejects(initHome(join(dir, 'b'), { roles: ['proxy'], listen: [], http: '7180' }),
      (err: any) => err.code === 'ERR_BAD_HTTP_ADDRESS' && err.message.includes('"7180"'))
  })
})
