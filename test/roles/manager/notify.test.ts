/**
 * Session notifications against a local HTTP server on 127.0.0.1: which states notify, the summary
 * sent, retries with backoff, timeouts, and a webhook that stays down.
 */
import assert from 'node:assert/strict'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { SessionRecord } from '../../../proto/index.ts'
import { notifies, notifySession, sessionSummary } from '../../../roles/manager/notify.ts'

const record: SessionRecord = {
  id: 'nightly.20260101T020000000Z',
  job: 'nightly',
  state: 'failed',
  trigger: 'schedule',
  startedAtMs: Date.parse('2026-01-01T02:00:00Z'),
  endedAtMs: Date.parse('2026-01-01T02:00:10Z'),
  tasks: [
    { vm: 'web01', disk: 0, diskName: 'disk0', state: 'success', stats: { bytesRead: 20_000_000, bytesStored: 1000, durationMs: 2000 }, error: '' },
    { vm: 'db01', disk: 0, diskName: 'disk0', state: 'failed', stats: {}, error: 'proxy left' }
  ],
  points: ['p1'],
  log: Array.from({ length: 30 }, (_, i) => `line ${i}`)
}

interface Received { body: any, headers: IncomingMessage['headers'] }

async function listen (handler: (req: IncomingMessage, res: ServerResponse, n: number) => void): Promise<{ server: Server, url: string, received: Received[] }> {
  const received: Received[] = []
  const server = createServer((req, res) => {
    let data = ''
    req.on('data', (d) => { data += d })
    req.on('end', () => {
      received.push({ body: JSON.parse(data), headers: req.headers })
      handler(req, res, received.length)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}/hook?token=secret`, received }
}

describe('session notifications', function () {
  let server: Server | undefined
  afterEach(async () => {
    server?.closeAllConnections()
    await new Promise<void>((resolve) => server == null ? resolve() : server.close(() => resolve()))
    server = undefined
  })

  it('notifies on failed and warning by default, and on the states asked for', function () {
    assert.equal(notifies({ webhook: 'http://x' }, 'failed'), true)
    assert.equal(notifies({ webhook: 'http://x' }, 'warning'), true)
    assert.equal(notifies({ webhook: 'http://x' }, 'success'), false)
    assert.equal(notifies({ webhook: 'http://x', on: ['success'] }, 'success'), true)
    assert.equal(notifies({ webhook: 'http://x', on: ['success'] }, 'failed'), false)
    assert.equal(notifies({ webhook: '', on: ['failed'] }, 'failed'), false)
    assert.equal(notifies(null, 'failed'), false)
  })

  it('summarises a session: tasks with bytes and speed, points, warnings, the last log lines', function () {
    const s = sessionSummary(record, 3)
    assert.equal(s.job, 'nightly')
    assert.equal(s.sessionId, record.id)
    assert.equal(s.state, 'failed')
    assert.equal(s.trigger, 'schedule')
    assert.equal(s.startedAt, '2026-01-01T02:00:00.000Z')
    assert.equal(s.endedAt, '2026-01-01T02:00:10.000Z')
    assert.equal(s.durationMs, 10_000)
    assert.deepEqual(s.tasks[0], { vm: 'web01', disk: 0, diskName: 'disk0', state: 'success', bytesRead: 20_000_000, bytesStored: 1000, bytesPerSecond: 10_000_000, error: '' })
    assert.equal(s.tasks[1]!.error, 'proxy left')
    assert.deepEqual(s.points, ['p1'])
    assert.equal(s.warnings, 3)
    assert.equal(s.log.length, 20)
    assert.equal(s.log.at(-1), 'line 29')
  })

  it('POSTs the summary as JSON to the webhook', async function () {
    const hook = await listen((_req, res) => { res.writeHead(204).end() })
    server = hook.server
    const outcome = await notifySession({ webhook: hook.url }, sessionSummary(record, 0))
    assert.deepEqual(outcome, { sent: true, attempts: 1 })
    assert.equal(hook.received.length, 1)
    assert.equal(hook.received[0]!.headers['content-type'], 'application/json')
    assert.equal(hook.received[0]!.body.sessionId, record.id)
    assert.equal(hook.received[0]!.body.tasks.length, 2)
  })

  it('does not call the webhook for a state it does not notify on', async function () {
    const hook = await listen((_req, res) => { res.writeHead(200).end() })
    server = hook.server
    const outcome = await notifySession({ webhook: hook.url }, { ...sessionSummary(record, 0), state: 'success' })
    assert.deepEqual(outcome, { sent: false, attempts: 0 })
    assert.equal(hook.received.length, 0)
  })

  it('retries an error status with backoff', async function () {
    const hook = await listen((_req, res, n) => { res.writeHead(n < 3 ? 503 : 200).end() })
    server = hook.server
    const started = Date.now()
    const outcome = await notifySession({ webhook: hook.url }, sessionSummary(record, 0), { backoffMs: 50 })
    assert.deepEqual(outcome, { sent: true, attempts: 3 })
    assert.equal(hook.received.length, 3)
    assert.ok(Date.now() - started >= 150, 'waits 50 ms then 100 ms between attempts')
  })

  it('gives up after the retries with an error naming the webhook but not its token', async function () {
    const hook = await listen((_req, res) => { res.writeHead(500, 'Internal Server Error').end() })
    server = hook.server
    const outcome = await notifySession({ webhook: hook.url }, sessionSummary(record, 0), { backoffMs: 1 })
    assert.equal(outcome.sent, false)
    assert.equal(outcome.attempts, 3)
    assert.match(outcome.error!, /notifying http:\/\/127\.0\.0\.1:\d+\/hook failed after 3 attempt\(s\): HTTP 500 Internal Server Error/)
    assert.doesNotMatch(outcome.error!, /secret/)
  })

  it('times out a webhook that never answers', async function () {
    const hook = await listen(() => { /* never answers */ })
    server = hook.server
    const outcome = await notifySession({ webhook: hook.url }, sessionSummary(record, 0), { timeoutMs: 100, retries: 1, backoffMs: 1 })
    assert.equal(outcome.sent, false)
    assert.equal(hook.received.length, 2)
    assert.match(outcome.error!, /no answer within 0.1 s/)
  })

  it('reports an unreachable webhook without throwing', async function () {
    const hook = await listen(() => {})
    const url = hook.url
    await new Promise<void>((resolve) => hook.server.close(() => resolve()))
    const outcome = await notifySession({ webhook: url }, sessionSummary(record, 0), { retries: 0 })
    assert.equal(outcome.sent, false)
    assert.match(outcome.error!, /failed after 1 attempt\(s\)/)
  })
})
