/**
 * @packageDocumentation
 * The daemon's HTTP status endpoint on node:http: the JSON API (see api.ts), Prometheus metrics
 * and the live dashboard. Reading is open to whoever reaches the address (127.0.0.1 by default);
 * anything that changes state needs `Authorization: Bearer <home/http.token>`. Every error is
 * JSON: `{ "error": { "code", "message" } }`.
 *
 * ```
 * GET  /                      the dashboard (one self-contained page)
 * GET  /metrics               Prometheus text format
 * GET  /api/status            this node, its roles, peers and capacity view
 * GET  /api/jobs              the manager's jobs (secrets redacted)
 * GET  /api/sessions          newest first; ?job=NAME&limit=N
 * GET  /api/sessions/:id      one session (or a job's latest) with live per-task progress
 * GET  /api/points            restore points; ?job=NAME&vm=NAME
 * GET  /api/hosts/:name/check  the host's VMs and the VMs it cannot describe, with the reason
 * GET  /api/events            the manager's change log, newest first; ?limit=N
 * GET  /api/throttle          the throttling rules, which are in force now, this node's shared rates
 * GET  /api/boot-checks       kept boot check results, newest first; ?point=ID&vm=NAME&limit=N
 * GET  /api/boot-checks/:id/screenshot.png   a boot check's console screenshot
 * GET  /api/boot-check-jobs   the boot-check jobs (their runs: /api/sessions, kind "boot-check-job")
 * GET  /api/protection        the 3-2-1-1-0 figures of every VM of a job; ?job=NAME&vm=NAME
 * POST /api/jobs/:name/run    starts a session (token), 202 with the session
 * GET  /api/points/:id/files  a guest folder of the point's disk (token); ?vm=&disk=&partition=&path=
 *                             (&image=FILE: a disk image on this host instead; :id is then -)
 * GET  /api/points/:id/download  one guest file's bytes (token), the same query
 * ```
 *
 * The file-level restore routes need the token although they change nothing: they hand out the
 * contents of a guest's disk (its /etc/shadow too), which the rest of the API never shows.
 *
 * @example
 * ```ts
 * const server = await startHttpServer({ address: '127.0.0.1:0', token, api, metrics })
 * console.log(server.url)   // http://127.0.0.1:41234
 * await server.stop()
 * ```
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Logger } from '../../core/logger.ts'
import { silentLogger } from '../../core/logger.ts'
import { ConfigError } from '../config.ts'
import type { NodeMetrics } from '../../runtime/metrics.ts'
import type { Api, FilesQuery } from './api.ts'
import { tokenMatches } from './auth.ts'
import { dashboardHtml } from './dashboard.ts'
import { HttpError, statusOf } from './errors.ts'

export interface HttpServerInit {
  /** host:port to listen on; port 0 picks a free one */
  address: string
  /** what POST requests must carry as a bearer token */
  token: string
  api: Api
  metrics: NodeMetrics
  log?: Logger
}

export interface HttpServer {
  /** e.g. http://127.0.0.1:41234 */
  readonly url: string
  readonly port: number
  stop(): Promise<void>
}

/** A route's answer: JSON `body`, `png` bytes, or `raw` writing the response itself (a download). */
type Route = (req: IncomingMessage, params: string[], query: URLSearchParams) => Promise<{ status?: number, body?: unknown, png?: Buffer, raw?: (res: ServerResponse) => Promise<void> }>

/** Splits "host:port" or "[v6]:port". */
export function parseHttpAddress (address: string): { host: string, port: number } {
  const match = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]]+)):(\d{1,5})$/.exec(address.trim())
  const port = match == null ? NaN : Number(match[3])
  if (match == null || port > 65535) {
    throw new ConfigError('ERR_BAD_HTTP_ADDRESS', `HTTP address "${address}" must be HOST:PORT, e.g. 127.0.0.1:7180 (port 0: any free port), or "off"`)
  }
  return { host: match[1] ?? match[2]!, port }
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/

export async function startHttpServer (init: HttpServerInit): Promise<HttpServer> {
  const { api, metrics } = init
  const log = init.log ?? silentLogger
  const { host, port } = parseHttpAddress(init.address)
  const loopbackOnly = LOOPBACK.test(host)

  const requireToken = (req: IncomingMessage): void => {
    if (!tokenMatches(req.headers.authorization, init.token)) {
      throw new HttpError(401, 'ERR_UNAUTHORIZED', 'this request changes state: send the token of the node\'s home as "Authorization: Bearer $(cat HOME/http.token)"')
    }
  }
  const limitOf = (query: URLSearchParams): number | undefined => {
    const text = query.get('limit')
    if (text == null || text === '') return undefined
    const limit = Number(text)
    if (!Number.isInteger(limit) || limit < 0) throw new HttpError(400, 'ERR_BAD_QUERY', `limit "${text}" must be a whole number (0: the default of 50)`)
    return limit
  }

  const filesQuery = (point: string, q: URLSearchParams): FilesQuery => {
    const disk = q.get('disk')
    if (disk != null && disk !== '' && !/^\d+$/.test(disk)) throw new HttpError(400, 'ERR_BAD_QUERY', `disk "${disk}" must be a disk index (0, 1, …)`)
    return {
      point,
      path: q.get('path') || '/',
      ...(q.get('vm') ? { vm: q.get('vm')! } : {}),
      ...(disk ? { disk: Number(disk) } : {}),
      ...(q.get('partition') ? { partition: q.get('partition')! } : {}),
      ...(q.get('image') ? { image: q.get('image')! } : {})
    }
  }

  const routes: { method: string, path: RegExp, route: Route }[] = [
    { method: 'GET', path: /^\/api\/status$/, route: async () => ({ body: await api.status() }) },
    { method: 'GET', path: /^\/api\/jobs$/, route: async () => ({ body: await api.jobs() }) },
    { method: 'GET', path: /^\/api\/sessions$/, route: async (_req, _p, q) => ({ body: await api.sessions({ job: q.get('job') ?? undefined, limit: limitOf(q) }) }) },
    { method: 'GET', path: /^\/api\/sessions\/([^/]+)$/, route: async (_req, [id]) => ({ body: await api.session(id!) }) },
    { method: 'GET', path: /^\/api\/points$/, route: async (_req, _p, q) => ({ body: await api.points({ job: q.get('job') ?? undefined, vm: q.get('vm') ?? undefined }) }) },
    { method: 'GET', path: /^\/api\/hosts\/([^/]+)\/check$/, route: async (_req, [name]) => ({ body: await api.hostCheck(name!) }) },
    { method: 'GET', path: /^\/api\/events$/, route: async (_req, _p, q) => ({ body: await api.events({ limit: limitOf(q) }) }) },
    { method: 'GET', path: /^\/api\/throttle$/, route: async () => ({ body: await api.throttle() }) },
    { method: 'GET', path: /^\/api\/recoveries$/, route: async () => ({ body: await api.recoveries() }) },
    {
      // ?point=ID&host=H[&name=N][&vm=V][&network=1][&repository=R], or &attach-to=H instead of
      // host (the disks into H's running VM): answers once the VM runs or the disks are attached
      method: 'POST',
      path: /^\/api\/recoveries$/,
      route: async (req, _p, q) => {
        requireToken(req)
        return { status: 201, body: await api.recover({ point: q.get('point') ?? '', host: q.get('host') ?? '', name: q.get('name') ?? undefined, vm: q.get('vm') ?? undefined, network: q.get('network') === '1', attachTo: q.get('attach-to') ?? undefined, repository: q.get('repository') ?? undefined }) }
      }
    },
    {
      method: 'POST',
      path: /^\/api\/recoveries\/([^/]+)\/(migrate|stop)$/,
      route: async (req, [id, action]) => {
        requireToken(req)
        return { status: 202, body: await api.recoveryAction(id!, action as 'migrate' | 'stop') }
      }
    },
    {
      method: 'GET',
      path: /^\/api\/points\/([^/]+)\/files$/,
      route: async (req, [point], q) => {
        requireToken(req)
        return { body: await api.files(filesQuery(point!, q)) }
      }
    },
    {
      method: 'GET',
      path: /^\/api\/points\/([^/]+)\/download$/,
      route: async (req, [point], q) => {
        requireToken(req)
        const query = filesQuery(point!, q)
        return {
          raw: async (res) => {
            await api.download(query, async ({ entry, chunks }) => {
              res.writeHead(200, {
                'content-type': 'application/octet-stream',
                'content-length': String(entry.size),
                'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(entry.name)}`,
                'cache-control': 'no-store',
                'x-content-type-options': 'nosniff'
              })
              for await (const chunk of chunks) {
                if (!res.write(chunk)) await new Promise<void>((resolve) => res.once('drain', resolve))
                if (res.destroyed) return
              }
              res.end()
            })
          }
        }
      }
    },
    { method: 'GET', path: /^\/api\/boot-checks$/, route: async (_req, _p, q) => ({ body: await api.bootChecks({ pointId: q.get('point') ?? undefined, vm: q.get('vm') ?? undefined, limit: limitOf(q) }) }) },
    { method: 'GET', path: /^\/api\/boot-check-jobs$/, route: async () => ({ body: await api.bootCheckJobs() }) },
    { method: 'GET', path: /^\/api\/boot-checks\/([^/]+)\/screenshot\.png$/, route: async (_req, [id]) => ({ body: null, png: await api.bootCheckScreenshot(id!) }) },
    { method: 'GET', path: /^\/api\/protection$/, route: async (_req, _p, q) => ({ body: await api.protection({ job: q.get('job') ?? undefined, vm: q.get('vm') ?? undefined }) }) },
    {
      method: 'POST',
      path: /^\/api\/jobs\/([^/]+)\/run$/,
      route: async (req, [name]) => {
        requireToken(req)
        return { status: 202, body: await api.run(name!) }
      }
    }
  ]

  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer): void => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' })
    res.end(body)
  }
  const sendJson = (res: ServerResponse, status: number, body: unknown): void => {
    send(res, status, 'application/json; charset=utf-8', JSON.stringify(body) + '\n')
  }

  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // a page on another site must not read a loopback endpoint through DNS rebinding
    const hostHeader = (req.headers.host ?? '').replace(/:\d+$/, '').replace(/^\[|\]$/g, '')
    if (loopbackOnly && !LOOPBACK.test(hostHeader)) {
      throw new HttpError(403, 'ERR_BAD_HOST_HEADER', `this endpoint listens on ${host} and answers only requests addressed to it, not to "${req.headers.host ?? ''}"`)
    }
    const url = new URL(req.url ?? '/', 'http://localhost')
    const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname
    if (path === '/' || path === '/index.html') {
      if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'ERR_METHOD', `${req.method} ${path} is not allowed; use GET`)
      // the file browser's downloads need nothing here: a fetch to 'self', saved from a Blob URL by
      // an a[download] click, which is a download and not a fetch or navigation the policy governs
      res.setHeader('content-security-policy', "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:")
      send(res, 200, 'text/html; charset=utf-8', await dashboardHtml())
      return
    }
    if (path === '/metrics') {
      if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'ERR_METHOD', `${req.method} ${path} is not allowed; use GET`)
      send(res, 200, metrics.contentType, await metrics.text())
      return
    }
    const matching = routes.map((r) => ({ ...r, match: r.path.exec(path) })).filter((r) => r.match != null)
    if (matching.length === 0) throw new HttpError(404, 'ERR_NOT_FOUND', `no route ${path}; the API has /api/status, /api/jobs, /api/sessions[/ID], /api/points, /api/hosts/NAME/check, /api/events, /api/throttle, /api/boot-checks[/ID/screenshot.png], /api/boot-check-jobs, /api/protection, /api/recoveries, POST /api/jobs/NAME/run, /api/points/ID/files and /api/points/ID/download (token), and /metrics`)
    const route = matching.find((r) => r.method === req.method)
    if (route == null) {
      res.setHeader('allow', matching.map((r) => r.method).join(', '))
      throw new HttpError(405, 'ERR_METHOD', `${req.method} ${path} is not allowed; use ${matching.map((r) => r.method).join(' or ')}`)
    }
    const params = route.match!.slice(1).map((p) => decodeURIComponent(p))
    const answer = await route.route(req, params, url.searchParams)
    if (answer.png != null) send(res, answer.status ?? 200, 'image/png', answer.png)
    else if (answer.raw != null) await answer.raw(res)
    else sendJson(res, answer.status ?? 200, answer.body)
  }

  const server = createServer((req, res) => {
    serve(req, res).catch((err: Error & { code?: string }) => {
      const status = statusOf(err)
      if (status >= 500) log.warn('HTTP request failed', { method: req.method, url: req.url, error: err.message })
      if (res.headersSent) {
        res.destroy(err)
        return
      }
      sendJson(res, status, { error: { code: err.code ?? 'ERR_INTERNAL', message: err.message } })
    })
  })
  server.keepAliveTimeout = 5000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  }).catch((err: Error) => {
    throw new ConfigError('ERR_HTTP_LISTEN', `cannot start the HTTP endpoint on ${init.address}: ${err.message}; choose another address with "http" in config.json (or "off")`)
  })
  const bound = server.address() as AddressInfo
  const url = `http://${bound.family === 'IPv6' ? `[${bound.address}]` : bound.address}:${bound.port}`
  log.info('HTTP endpoint listening', { url })

  return {
    url,
    port: bound.port,
    async stop () {
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    }
  }
}
