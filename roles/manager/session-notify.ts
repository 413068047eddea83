/**
 * @packageDocumentation
 * The last act of a session: when it ended in one of the states the job's `notify.on` names, its
 * summary goes to the job's webhook (notify.ts), and the outcome, sent or why not, is the last
 * line of its log. The session is saved before: a webhook that hangs never holds the record.
 *
 * @example
 * ```ts
 * await notifySessionEnd(job, record, log, { ...options, signal: ctx.signal })
 * ```
 */
import type { Job, SessionRecord } from '../../proto/index.ts'
import { notifies, notifySession, sessionSummary, type NotifyOptions } from './notify.ts'
import type { SessionLog } from './session-log.ts'

export async function notifySessionEnd (job: Job, record: SessionRecord, log: SessionLog, options: NotifyOptions): Promise<void> {
  if (!notifies(job.notify, record.state ?? '')) return
  const outcome = await notifySession(job.notify, sessionSummary(record, log.warnings), options)
  log.line(outcome.error != null ? `warning: ${outcome.error}` : `notification of the ${record.state} session sent to the job's webhook`)
  await log.flush()
}
