/**
 * @packageDocumentation
 * The manager's answers to the admin requests that change or check the configuration: hosts and
 * jobs added, edited, checked or removed, restore points forgotten, and the change log that
 * records each of them (with the changes other nodes tell, such as members added). A job is
 * checked against the mesh when it is written (job-checks.ts); removals refuse what would leave
 * something behind silently (a host a job uses).
 */
import type { ActorMessage, AdminEvent, AdminReply, HostCheckReply, HostSpec, Job, JobEdit, PointsForget } from '../../proto/index.ts'
import { UserError } from '../../node/runtime/actors/errors.ts'
import type { Capacity } from '../../protocols/capacity.ts'
import type { Catalog } from './catalog.ts'
import { DEFAULT_CHANGES_LISTED } from './change-log.ts'
import type { DiscoveryWindow } from './discovery-window.ts'
import { inventoryThroughProxy } from './host-inventory.ts'
import { checkJobTargets } from './job-checks.ts'
import { describeEdit, editedJob } from './job-edit.ts'
import { forgetPoints } from './points-forget.ts'
import type { KeyCatalog } from './key-catalog.ts'

export interface ConfigurationInit {
  catalog: Catalog
  capacity: Capacity
  window: DiscoveryWindow
  ask: (to: string, msg: ActorMessage, timeoutMs: number) => Promise<ActorMessage>
  /** republishes the host catalog in this node's announcement */
  publishHosts: () => Promise<void>
  /** follows a job's schedule as it is saved or removed */
  scheduleChanged: (job: Job) => Promise<void>
  /** the key catalog a job's key must be in (absent: a job naming a key is refused) */
  keys?: Pick<KeyCatalog, 'info'>
}

/** `node`: the peer id of the node where the change was asked, for the change log. */
export class Configuration {
  readonly #init: ConfigurationInit

  constructor (init: ConfigurationInit) {
    this.#init = init
  }

  async addHost (spec: HostSpec, node: string): Promise<AdminReply> {
    const { catalog } = this.#init
    const replaced = await catalog.host(spec.name ?? '').then(() => true, () => false)
    const host = await catalog.addHost(spec)
    // proxies probe it once they hear of it: a check of its VMs waits for them from now
    this.#init.window.open(host.name!)
    await this.#init.publishHosts()
    await this.record('host-add', host.name!, `${replaced ? 'replaced: ' : ''}${host.type} ${host.path || host.qmp}${host.nbd ? ` nbd ${host.nbd}` : ''}`, node)
    return { ok: {} }
  }

  async checkHost (name: string): Promise<AdminReply> {
    const host = await this.#init.catalog.host(name)
    return { hostCheck: await this.#inventory(host) }
  }

  async removeHost (name: string, force: boolean, node: string): Promise<AdminReply> {
    const { catalog } = this.#init
    await catalog.host(name)
    const users = (await catalog.jobs()).filter((j) => j.host === name).map((j) => j.name ?? '')
    if (users.length > 0 && !force) {
      throw new UserError('ERR_HOST_IN_USE', `host "${name}" is used by job(s) ${users.join(', ')}; remove them (\`meshbackup job remove NAME\`) or move them to another host (\`meshbackup job edit NAME --host OTHER\`) first, or remove the host anyway with --force (those jobs then fail until a host "${name}" is added again)`)
    }
    const host = await catalog.removeHost(name)
    await this.#init.publishHosts()
    const left = users.length > 0 ? `; forced: job(s) ${users.join(', ')} now name a host that is not registered` : ''
    await this.record('host-remove', name, `${host.type} ${host.path || host.qmp}${left}`, node)
    return { ok: {} }
  }

  async addJob (job: Job, node: string): Promise<AdminReply> {
    const { catalog } = this.#init
    const replaced = await catalog.job(job.name ?? '').then(() => true, () => false)
    const saved = await catalog.addJob(job, async (clean, host) => {
      await this.#checkKey(clean)
      await checkJobTargets(this.#checks(), clean, host, { repository: true, vms: true })
    })
    await this.#init.scheduleChanged(saved)
    await this.record('job-add', saved.name!, `${replaced ? 'replaced: ' : ''}host ${saved.host}, repository ${saved.repository}, VMs ${saved.vms?.length ? saved.vms.join(', ') : '(all)'}${saved.schedule ? `, schedule "${saved.schedule}"` : ''}${saved.key ? `, encrypted with key "${saved.key}"` : ''}`, node)
    return { ok: {} }
  }

  async editJob (edit: JobEdit, node: string): Promise<AdminReply> {
    const { catalog } = this.#init
    const saved = await catalog.job(edit.job?.name ?? '')
    const fields = edit.fields ?? []
    const changes = editedJob(saved, edit)
    const touches = (...names: string[]): boolean => fields.some((f) => names.includes(f))
    const job = await catalog.addJob(changes, async (clean, host) => {
      if (touches('key')) await this.#checkKey(clean)
      await checkJobTargets(this.#checks(), clean, host, { repository: touches('repository'), vms: touches('host', 'vms') })
    })
    await this.#init.scheduleChanged(job)
    await this.record('job-edit', job.name!, describeEdit(job, fields), node)
    return { ok: {} }
  }

  async removeJob (name: string, node: string): Promise<AdminReply> {
    const job = await this.#init.catalog.removeJob(name)
    // a removed job runs no more on its schedule
    await this.#init.scheduleChanged({ name, schedule: '' })
    await this.record('job-remove', name, `host ${job.host}, repository ${job.repository}; its restore points stay until forgotten`, node)
    return { ok: {} }
  }

  async forgetPoints (request: PointsForget, node: string): Promise<AdminReply> {
    const { capacity, ask, window } = this.#init
    const result = await forgetPoints({ capacity, ask, waitMs: window.remaining() }, request)
    if (result.dryRun !== true && (result.forgotten?.length ?? 0) > 0) {
      const kept = result.kept ?? []
      await this.record('points-forget', result.forgotten!.join(', '), kept.length > 0 ? `kept: ${kept.join('; ')}` : '', node)
    }
    return { pointsForgotten: result }
  }

  async events (limit: number): Promise<AdminReply> {
    return { events: { events: await this.#init.catalog.changes.list(limit || DEFAULT_CHANGES_LISTED) } }
  }

  /** A change made here, or told by the node where it was made (`eventRecord`). */
  async record (kind: string, subject: string, detail: string, node: string, atMs = 0): Promise<AdminEvent> {
    return await this.#init.catalog.changes.record({ atMs, kind, subject, detail, node })
  }

  async #inventory (host: HostSpec): Promise<HostCheckReply> {
    const { capacity, ask, window } = this.#init
    return await inventoryThroughProxy({ capacity, ask, waitMs: window.remaining(host.name ?? '') }, host)
  }

  /** A job's key must be a data key of the catalog: checked when written, not at its first run. */
  async #checkKey (job: Job): Promise<void> {
    if (!job.key) return
    const missing = (): UserError => new UserError('ERR_NO_SUCH_KEY', `job "${job.name}" names key "${job.key}", which the manager's key catalog lacks; create it (\`meshbackup key create ${job.key}\`) or import it (\`meshbackup key import FILE --name ${job.key}\`), or leave --key out for unencrypted points`)
    if (this.#init.keys == null) throw missing()
    const key = await this.#init.keys.info(job.key).catch((err: Error & { code?: string }) => { throw err.code === 'ERR_NO_SUCH_KEY' ? missing() : err })
    if (key.kind !== 'data') throw new UserError('ERR_BAD_JOB', `job "${job.name}": key "${job.key}" is a recovery key pair; a job encrypts with a data key (\`meshbackup key create NAME\`), and every recovery key wraps it into every point by itself`)
  }

  #checks (): Parameters<typeof checkJobTargets>[0] {
    return { capacity: this.#init.capacity, repositoryWaitMs: this.#init.window.remaining(), inventory: async (host) => await this.#inventory(host) }
  }
}
