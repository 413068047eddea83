/**
 * @packageDocumentation
 * "Is it protected?": for every VM of every backup job, the 3-2-1-1-0 figures auditors check —
 * copies of its latest good point (3), on distinct repositories or media (2), off the source's
 * site (1), locked (1), errors (0) — and the age of its newest good point and of its last good boot
 * check. A VM that falls short is named with what it lacks.
 *
 * - The latest good point: the VM's newest point with a sound copy (readable manifest, no bad
 *   blocks). Its copies are the repositories holding that point id sound: copy jobs keep a point's
 *   id (copy-job.ts). The VM's own disks are not counted: an attack takes them first.
 * - Distinct repositories or media: the repositories holding a copy, by name.
 * - Off-site: a copy in a repository marked off-site (config.json `repository.offsite`, announced
 *   in its capacity) or living in an S3 bucket.
 * - Locked: a copy whose lock_until_ms is in the future.
 * - Errors: the job's last backup session failed for this VM; a copy of the point damaged, or a
 *   newer point of the VM damaged; the point's last boot check failed, or it has none.
 *
 * `computeProtection` is pure (tests feed it); `gatherProtection` asks the mesh for its inputs.
 *
 * @example
 * ```ts
 * const report = await gatherProtection({ ask: ctx.ask, catalog, bootChecks, capacity }, {})
 * for (const vm of report.vms ?? []) if (!vm.protected) console.log(vm.vm, vm.missing?.join('; '))
 * ```
 */
import type { ActorMessage, BootCheck, Job, PointSummary, ProtectionReport, ProtectionRequest, SessionRecord, VmProtection } from '../../proto/index.ts'
import { address } from '../../node/runtime/actors/address.ts'
import type { Capacity } from '../../protocols/capacity.ts'
import type { BootChecks } from './boot-checks.ts'
import type { Catalog } from './catalog.ts'
import { allRepositoryNodes } from './mesh-view.ts'
import { short } from './session-log.ts'

/** A repository node that has not listed its points by then is reported, its copies not counted. */
const LIST_TIMEOUT_MS = 10_000

/** What each figure must reach. */
export const TARGETS = { copies: 3, repositories: 2, offsite: 1, locked: 1, errors: 0 } as const

/** A repository as its announcement describes it (absent from the view: unknown, neither off-site nor S3). */
export interface RepositoryFacts {
  storage: string
  offsite: boolean
}

export interface ProtectionInput {
  jobs: Job[]
  /** every point of every repository; `repository` names where each copy is */
  points: PointSummary[]
  repositories: Map<string, RepositoryFacts>
  /** each backup job's last ended session (kind ""), by job name */
  lastSessions: Map<string, SessionRecord>
  bootChecks: BootCheck[]
  now: number
  /** what could not be asked */
  problems?: string[]
}

export function computeProtection (input: ProtectionInput, filter: ProtectionRequest = {}): ProtectionReport {
  const vms: VmProtection[] = []
  for (const job of [...input.jobs].sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''))) {
    const name = job.name ?? ''
    if (filter.job && filter.job !== name) continue
    const jobPoints = input.points.filter((p) => p.job === name)
    const last = input.lastSessions.get(name)
    // a job of "every VM of the host" protects the VMs it has backed up or tried to
    const names = (job.vms ?? []).length > 0
      ? [...(job.vms ?? [])]
      : [...new Set([...jobPoints.map((p) => p.vm ?? ''), ...(last?.tasks ?? []).map((t) => t.vm ?? ''), ...(last?.failedVms ?? []).map((f) => f.vm ?? '')])].filter((v) => v !== '').sort()
    for (const vm of names) {
      if (filter.vm && filter.vm !== vm) continue
      vms.push(vmProtection(name, vm, jobPoints.filter((p) => p.vm === vm), last, input))
    }
  }
  const good = vms.filter((v) => v.protected === true).length
  return { vms, computedAtMs: input.now, protected: good, short: vms.length - good, problems: input.problems ?? [] }
}

function sound (p: PointSummary): boolean {
  return p.damaged !== true && (p.badBlocks ?? 0) === 0
}

function vmProtection (job: string, vm: string, points: PointSummary[], last: SessionRecord | undefined, input: ProtectionInput): VmProtection {
  const now = input.now
  const errors: string[] = []
  // the job's last backup session, for this VM
  if (last != null && last.state === 'failed') {
    const failure = (last.failedVms ?? []).find((f) => f.vm === vm)
    const gotPoint = points.some((p) => p.sessionId === last.id)
    if (failure != null) errors.push(`the last backup (session ${last.id}) failed for it: ${failure.reason}`)
    else if (!gotPoint) errors.push(`the last backup of job ${job} (session ${last.id}) failed`)
  } else if (last != null) {
    const failure = (last.failedVms ?? []).find((f) => f.vm === vm)
    if (failure != null) errors.push(`the last backup (session ${last.id}) left it without a point: ${failure.reason}`)
  }

  // the newest point id with a sound copy
  const ids = new Map<string, PointSummary[]>()
  for (const p of points) ids.set(p.id ?? '', [...(ids.get(p.id ?? '') ?? []), p])
  const byAge = [...ids.entries()].sort((a, b) => Number(b[1][0]!.createdAtMs ?? 0) - Number(a[1][0]!.createdAtMs ?? 0))
  const latest = byAge.find(([, copies]) => copies.some(sound))
  for (const [id, copies] of byAge) {
    if (latest != null && id === latest[0]) break
    if (copies.every((c) => !sound(c))) errors.push(`its newest point ${id} is damaged in every copy (${damage(copies[0]!)})`)
  }
  const result: VmProtection = {
    job, vm, pointId: '', copies: 0, repositories: 0, offsite: 0, locked: 0, errors: 0, errorList: [],
    pointAgeMs: 0, bootCheckAgeMs: 0, protected: false, missing: [], copyRepositories: [], lastBootCheck: ''
  }
  const checks = input.bootChecks.filter((c) => c.vm === vm && (c.job === job || (c.job ?? '') === ''))
  const lastGood = checks.filter((c) => c.pass === true).reduce((m, c) => Math.max(m, Number(c.checkedAtMs ?? 0)), 0)
  if (lastGood > 0) result.bootCheckAgeMs = Math.max(0, now - lastGood)

  if (latest != null) {
    const [id, all] = latest
    const copies = all.filter(sound)
    for (const c of all.filter((c) => !sound(c))) errors.push(`the copy of point ${id} in repository ${c.repository} is damaged (${damage(c)})`)
    const repos = [...new Set(copies.map((c) => c.repository ?? ''))].sort()
    result.pointId = id
    result.copies = copies.length
    result.repositories = repos.length
    result.copyRepositories = repos
    result.offsite = copies.filter((c) => {
      const facts = input.repositories.get(c.repository ?? '')
      return facts != null && (facts.offsite || facts.storage === 's3')
    }).length
    result.locked = copies.filter((c) => Number(c.lockUntilMs ?? 0) > now).length
    result.pointAgeMs = Math.max(0, now - Number(all[0]!.createdAtMs ?? now))
    const pointChecks = checks.filter((c) => c.pointId === id).sort((a, b) => Number(b.checkedAtMs ?? 0) - Number(a.checkedAtMs ?? 0))
    const check = pointChecks[0]
    if (check == null) {
      errors.push(`no boot check of point ${id}`)
    } else {
      result.lastBootCheck = check.pass === true ? 'pass' : 'fail'
      if (check.pass !== true) errors.push(`the boot check of point ${id} failed: ${check.reason}`)
    }
  }
  result.errors = errors.length
  result.errorList = errors

  const missing: string[] = []
  if (latest == null) {
    missing.push(points.length === 0 ? 'no restore point' : 'no sound restore point')
  } else {
    if (result.copies! < TARGETS.copies) missing.push(`${result.copies} ${plural(result.copies!, 'copy', 'copies')} of ${TARGETS.copies}`)
    if (result.repositories! < TARGETS.repositories) missing.push(`${result.repositories} ${plural(result.repositories!, 'repository', 'repositories')} of ${TARGETS.repositories}`)
    if (result.offsite! < TARGETS.offsite) missing.push('no off-site copy (a repository marked off-site, or S3)')
    if (result.locked! < TARGETS.locked) missing.push('no locked copy')
  }
  if (errors.length > TARGETS.errors) missing.push(`${errors.length} ${plural(errors.length, 'error', 'errors')}: ${errors.join('; ')}`)
  result.missing = missing
  result.protected = missing.length === 0
  return result
}

function damage (p: PointSummary): string {
  return p.damaged === true ? (p.damageReason || 'manifest unreadable') : `${p.badBlocks ?? 0} bad block(s)`
}

function plural (n: number, one: string, many: string): string {
  return n === 1 ? one : many
}

export interface ProtectionSources {
  ask: (to: string, msg: ActorMessage, timeoutMs: number) => Promise<ActorMessage>
  catalog: Pick<Catalog, 'jobs' | 'sessions'>
  bootChecks: Pick<BootChecks, 'all'>
  capacity: Capacity
  now?: () => number
}

/** Asks every repository node for its points, reads the catalog and the boot checks, and computes. */
export async function gatherProtection (sources: ProtectionSources, filter: ProtectionRequest = {}): Promise<ProtectionReport> {
  const problems: string[] = []
  const repositories = new Map<string, RepositoryFacts>()
  for (const e of sources.capacity.entries()) {
    const r = e.announcement.repository
    if (r?.name) repositories.set(r.name, { storage: r.storage ?? '', offsite: r.offsite === true })
  }
  const lists = await Promise.all(allRepositoryNodes(sources.capacity).map(async (node) => {
    try {
      const reply = await sources.ask(address(node, 'repository'), { pointsListRequest: { job: filter.job ?? '', vm: filter.vm ?? '' } }, LIST_TIMEOUT_MS)
      return reply.pointsList?.points ?? []
    } catch (err) {
      problems.push(`repository node ${short(node)} did not list its points (${(err as Error).message}); its copies are not counted`)
      return []
    }
  }))
  const jobs = await sources.catalog.jobs()
  const lastSessions = new Map<string, SessionRecord>()
  for (const job of jobs) {
    const ended = (await sources.catalog.sessions(20, job.name ?? '')).find((s) => (s.kind ?? '') === '' && s.state !== 'running')
    if (ended != null) lastSessions.set(job.name ?? '', ended)
  }
  return computeProtection({
    jobs,
    points: lists.flat(),
    repositories,
    lastSessions,
    bootChecks: await sources.bootChecks.all(),
    now: (sources.now ?? Date.now)(),
    problems
  }, filter)
}
