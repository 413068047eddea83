/**
 * @packageDocumentation
 * The `mesh` object of the admin REPL: every admin operation as an async function returning plain
 * objects, over one admin connection kept for the REPL's lifetime. A lost daemon drops the
 * connection with a clear error; the next call connects again.
 *
 * @example
 * ```ts
 * const mesh = meshApi({ connect: async () => await connectHome(home) })
 * const points = await mesh.points({ job: 'nightly' })
 * await mesh.close()
 * ```
 */
import { pb, type AdminReply, type AdminRequest, type Progress } from '../../../proto/index.ts'
import { AdminCallError, type AdminClient } from '../../../protocols/admin.ts'
import { CodedError } from '../../core/errors.ts'
import type { ReplErrorCode } from '../error-codes.ts'

/** An admin connection the REPL lost, or REPL input it cannot run. */
export class ReplError extends CodedError<ReplErrorCode> {}

export interface MeshApiInit {
  /** opens an admin connection to the daemon; called again after a loss */
  connect: () => Promise<AdminClient>
}

export interface RestoreOptions {
  /** checked against the point's VM when given */
  vm?: string
  /** file (one disk) or folder (every disk), absolute: the daemon writes it */
  to: string
  /** one disk; default every disk */
  disk?: number
  format?: 'raw' | 'qcow2'
  attach?: string
  /** overwrite existing files, or write onto a block device */
  force?: boolean
}

export interface MeshApi {
  status(): Promise<any>
  jobs(): Promise<any[]>
  /** starts a session of the job; resolves to the record as started */
  run(job: string): Promise<any>
  /** sessions newest first, of one job or of all */
  sessions(job?: string, limit?: number): Promise<any[]>
  /** a session by id, or the latest of a job */
  session(id: string): Promise<any>
  points(filter?: { job?: string, vm?: string }): Promise<any[]>
  restore(point: string, options: RestoreOptions, onProgress?: (p: Progress) => void): Promise<any>
  verify(point: string, options?: { repository?: string, repair?: boolean }): Promise<any>
  /** any AdminRequest as a plain object, e.g. `{ hostList: {} }`; the reply as a plain object */
  request(raw: object, onProgress?: (p: Progress) => void): Promise<any>
  /** true while an admin connection is open */
  connected(): boolean
  close(): Promise<void>
}

/** Decoded messages keep defaults on the prototype: plain objects get every field, zeros included. */
function plain (type: { toObject(message: any, options?: object): object }, message: unknown): any {
  return type.toObject(message, { defaults: true, arrays: true, longs: Number, bytes: String })
}

export function meshApi (init: MeshApiInit): MeshApi {
  let client: Promise<AdminClient> | undefined

  const drop = async (): Promise<void> => {
    const was = client
    client = undefined
    await was?.then(async (c) => await c.close()).catch(() => {})
  }

  const call = async (request: AdminRequest, onProgress?: (p: Progress) => void): Promise<AdminReply> => {
    if (client == null) {
      client = init.connect()
      client.catch(() => { client = undefined })
    }
    const admin = await client
    try {
      return await admin.request(request, onProgress)
    } catch (err: any) {
      // the daemon answered with an error: the connection is fine
      if (err instanceof AdminCallError && err.code !== 'ERR_DAEMON_HUNG_UP') throw err
      await drop()
      throw new ReplError('ERR_DAEMON_LOST', `lost the connection to the daemon (${err.message ?? err}); is it still running? the next command connects again`, { cause: err })
    }
  }

  const sessionsFallback = async (job: string | undefined, limit: number): Promise<any[]> => {
    // a daemon without session lists: the latest session of each job
    const names = job ? [job] : ((await call({ jobList: {} })).jobs?.jobs ?? []).map((j) => j.name ?? '')
    const found: any[] = []
    for (const name of names) {
      try {
        found.push(plain(pb.SessionRecord, (await call({ sessionShow: { id: name } })).session))
      } catch (err: any) {
        if (err.code !== 'ERR_NO_SUCH_SESSION') throw err
      }
    }
    return found.sort((a, b) => b.startedAtMs - a.startedAtMs).slice(0, limit)
  }

  return {
    async status () { return plain(pb.StatusReply, (await call({ status: {} })).status) },
    async jobs () { return ((await call({ jobList: {} })).jobs?.jobs ?? []).map((j) => plain(pb.Job, j)) },
    async run (job) { return plain(pb.SessionRecord, (await call({ jobRun: { name: job } })).session) },
    async sessions (job, limit = 50) {
      try {
        return ((await call({ sessionList: { job: job ?? '', limit } })).sessions?.sessions ?? []).map((s) => plain(pb.SessionRecord, s))
      } catch (err: any) {
        if (err.code === 'ERR_BAD_REQUEST') return await sessionsFallback(job, limit)
        throw err
      }
    },
    async session (id) { return plain(pb.SessionRecord, (await call({ sessionShow: { id } })).session) },
    async points (filter = {}) {
      return ((await call({ pointsList: { job: filter.job ?? '', vm: filter.vm ?? '' } })).points?.points ?? []).map((p) => plain(pb.PointSummary, p))
    },
    async restore (point, options, onProgress) {
      const reply = await call({ restore: { pointId: point, vm: options.vm ?? '', disk: options.disk ?? -1, to: options.to, format: options.format ?? 'raw', attach: options.attach ?? '', force: options.force === true } }, onProgress)
      return plain(pb.RestoreDone, reply.restoreDone)
    },
    async verify (point, options = {}) { return plain(pb.VerifyReport, (await call({ verify: { pointId: point, repository: options.repository ?? '', repair: options.repair === true } })).verifyReport) },
    async request (raw, onProgress) {
      let request: AdminRequest
      try {
        request = pb.AdminRequest.fromObject(raw)
      } catch (err: any) {
        throw new ReplError('ERR_BAD_REQUEST', `not an AdminRequest (${err.message}); see proto/admin.proto, e.g. { jobList: {} }`)
      }
      return plain(pb.AdminReply, await call(request, onProgress))
    },
    connected () { return client != null },
    async close () { await drop() }
  }
}
