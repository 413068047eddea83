/**
 * @packageDocumentation
 * `job edit`: the saved job with only the named fields replaced. Everything else, guest
 * credentials included, stays as saved, so a secret never travels back to be edited.
 */
import { pb, type Job, type JobEdit } from '../../proto/index.ts'
import { UserError } from '../../node/runtime/actors/errors.ts'

/** Job fields an edit may name; a dot reaches into a nested message. */
export const EDITABLE_FIELDS = [
  'host', 'vms', 'repository', 'blockSize', 'compression', 'compressionLevel', 'rateLimitBps', 'mode', 'noCbt', 'schedule', 'key',
  'noSkipFree', 'noSkipSwap', 'exclude',
  'retention.keepLast', 'retention.keepDays', 'retention.weekly', 'retention.monthly',
  'notify.webhook', 'notify.on',
  'guest.enabled', 'guest.preFreeze', 'guest.postThaw', 'guest.credentials.user', 'guest.credentials.privateKey', 'guest.credentials.password',
  'guest.vms', 'guest.scriptTimeoutS', 'guest.failurePolicy', 'guest.qga'
] as const

const PLAIN = { defaults: true, arrays: true, longs: Number }

/** The saved job with the edit's fields taken from the edit; the result is checked like a new job. */
export function editedJob (saved: Job, edit: JobEdit): Job {
  const name = saved.name ?? ''
  const fields = [...new Set(edit.fields ?? [])]
  if (fields.length === 0) throw new UserError('ERR_BAD_REQUEST', `job edit of "${name}" names nothing to change; give at least one option (\`meshbackup job edit --help\`)`)
  const unknown = fields.filter((f) => !(EDITABLE_FIELDS as readonly string[]).includes(f))
  if (unknown.length > 0) throw new UserError('ERR_BAD_FIELD', `job field(s) ${unknown.join(', ')} cannot be edited; editable: ${EDITABLE_FIELDS.join(', ')}`)
  const job = pb.Job.toObject(pb.Job.fromObject(saved), PLAIN) as Record<string, unknown>
  const changes = pb.Job.toObject(pb.Job.fromObject(edit.job ?? {}), PLAIN) as Record<string, unknown>
  for (const field of fields) {
    const path = field.split('.')
    let from: unknown = changes
    for (const key of path) from = (from as Record<string, unknown> | null | undefined)?.[key]
    let to = job
    for (const key of path.slice(0, -1)) {
      to[key] = { ...((to[key] as object | null | undefined) ?? {}) }
      to = to[key] as Record<string, unknown>
    }
    to[path.at(-1)!] = from
  }
  job.name = name
  // an exclusion dropped or changed: blocks stored as zero for it are read again by the next
  // session (digest comparison, not CBT, which would keep the zeros of files no longer excluded)
  const now = (job.exclude as string[] | undefined) ?? []
  if (fields.includes('exclude') && (saved.exclude ?? []).some((p) => !now.includes(p))) job.excludeNarrowedMs = Date.now()
  return job as Job
}

/** The fields an edit changes, each with its new value, for the change log; secrets say only that they changed. */
export function describeEdit (edited: Job, fields: string[]): string {
  return [...new Set(fields)].map((field) => {
    if (/password|privateKey|preFreeze|postThaw/.test(field)) return `${field} changed`
    let value: unknown = edited
    for (const key of field.split('.')) value = (value as Record<string, unknown> | null | undefined)?.[key]
    return `${field}=${JSON.stringify(value ?? null)}`
  }).join(', ')
}
