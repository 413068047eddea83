/**
 * @packageDocumentation
 * The manager's throttling rules (`meshbackup throttle add|list|remove`): saved in its LevelDB
 * beside the jobs, and sent with every task assignment. A rule's rate covers all the traffic
 * between its networks together; the sending nodes enforce it (node/core/shared-rate.ts), each
 * for its own streams, so the manager splits the rate among the sending nodes: each assignment
 * carries, per rule, `node_rate_bps` = the rule's rate ÷ the number of distinct sending nodes
 * that run tasks under the rule now, this one included. A node already running under the rule
 * keeps the share it was given until a new task of its own brings the new one (the latest share
 * a node receives is the one it enforces), so when tasks start on a second node the sum may
 * exceed the rate until the first node's next assignment or the end of its tasks; with one sending
 * node (the usual site link: one proxy per site) the rule holds exactly.
 *
 * @example
 * ```ts
 * const rules = new ThrottleRules(db, capacity)
 * await rules.add({ name: 'office', from: '10.1.0.0/16', to: 'any', days: 'mon-fri', hours: '08:00-18:00', rateBps: 100e6 })
 * const traffic = rules.assign(taskId, proxyPeer, repositoryPeer)   // TaskAssignment.traffic_rules
 * rules.release(taskId)                                             // the task ended
 * ```
 */
import type { Level } from 'level'
import { pb, type AdminReply, type AdminRequest, type ThrottleList, type TrafficRuleWire } from '../../proto/index.ts'
import type { Capacity } from '../../protocols/capacity.ts'
import { UserError } from '../../node/runtime/actors/errors.ts'
import { checkRule, covers, formatRate, inForce, TrafficRuleError, type TrafficRule } from '../../node/core/traffic-rules.ts'

type Sub = {
  get(key: string): Promise<Uint8Array | undefined>
  put(key: string, value: Uint8Array): Promise<void>
  del(key: string): Promise<void>
  values(): AsyncIterable<Uint8Array>
}

/** One assignment under way: which node sends, and between which addresses. */
interface Running { sender: string, local: string, remote: string }

export class ThrottleRules {
  readonly #table: Sub
  readonly #capacity: Pick<Capacity, 'get'>
  #rules: TrafficRule[] | undefined
  readonly #running = new Map<string, Running>()

  constructor (db: Level<string, Uint8Array>, capacity: Pick<Capacity, 'get'>) {
    this.#table = db.sublevel<string, Uint8Array>('throttle-rules', { valueEncoding: 'view' }) as unknown as Sub
    this.#capacity = capacity
  }

  /** Reads the rules once; afterwards they are kept in memory (every assignment needs them). */
  async load (): Promise<TrafficRule[]> {
    if (this.#rules !== undefined) return this.#rules
    const out: TrafficRule[] = []
    for await (const bytes of this.#table.values()) out.push(fromWire(pb.TrafficRule.decode(bytes)))
    this.#rules = out.sort((a, b) => a.name.localeCompare(b.name))
    return this.#rules
  }

  /** Checks and saves a new rule; a rule of that name must be removed first. */
  async add (input: TrafficRuleWire): Promise<TrafficRule> {
    let rule: TrafficRule
    try {
      rule = checkRule({ ...input, rateBps: Number(input.rateBps ?? 0) })
    } catch (err) {
      if (err instanceof TrafficRuleError) throw new UserError(err.code, err.message)
      throw err
    }
    const rules = await this.load()
    if (rules.some((r) => r.name === rule.name)) {
      throw new UserError('ERR_RULE_EXISTS', `a throttling rule named "${rule.name}" exists; remove it first (\`meshbackup throttle remove ${rule.name}\`) or choose another name`)
    }
    await this.#table.put(rule.name, pb.TrafficRule.encode(rule).finish())
    this.#rules = [...rules, rule].sort((a, b) => a.name.localeCompare(b.name))
    return rule
  }

  async remove (name: string): Promise<TrafficRule> {
    const rules = await this.load()
    const rule = rules.find((r) => r.name === name)
    if (rule === undefined) throw new UserError('ERR_NO_SUCH_RULE', `no throttling rule named "${name}"; \`meshbackup throttle list\` shows them`)
    await this.#table.del(name)
    this.#rules = rules.filter((r) => r !== rule)
    return rule
  }

  /** The rules, and which are in force at `now`. */
  async list (now = new Date()): Promise<ThrottleList> {
    const rules = await this.load()
    return { rules, inForce: rules.filter((r) => inForce(r, now)).map((r) => r.name), atMs: now.getTime() }
  }

  /**
   * The rules to send with an assignment from `sender` to `receiver`, each with this node's share
   * of its rate (see the file's header); the task counts as running until {@link release}.
   */
  assign (taskId: string, sender: string, receiver: string): TrafficRuleWire[] {
    const rules = this.#rules ?? []
    if (rules.length === 0) return []
    const running: Running = { sender, local: hostOf(this.#capacity, sender), remote: hostOf(this.#capacity, receiver) }
    this.#running.set(taskId, running)
    return rules.map((rule) => {
      if (!covers(rule, running.local, running.remote)) return rule
      const senders = new Set<string>()
      for (const r of this.#running.values()) if (covers(rule, r.local, r.remote)) senders.add(r.sender)
      return { ...rule, nodeRateBps: Math.max(1, Math.floor(rule.rateBps / Math.max(1, senders.size))) }
    })
  }

  release (taskId: string): void {
    this.#running.delete(taskId)
  }
}

function fromWire (wire: TrafficRuleWire): TrafficRule {
  return {
    name: wire.name ?? '',
    from: wire.from ?? 'any',
    to: wire.to ?? 'any',
    days: wire.days ?? '',
    hours: wire.hours ?? '',
    rateBps: Number(wire.rateBps ?? 0),
    timeZone: wire.timeZone || 'UTC'
  }
}

/** The IP address a node announces first (its listen address), or '' when it announced none. */
export function hostOf (capacity: Pick<Capacity, 'get'>, peer: string): string {
  for (const addr of capacity.get(peer)?.announcement.addrs ?? []) {
    const m = /^\/ip[46]\/([^/]+)\//.exec(addr)
    if (m != null) return m[1]!
  }
  return ''
}

/** Whether `req` is one of the throttle requests (`meshbackup throttle …`). */
export function isThrottleRequest (req: AdminRequest): boolean {
  return req.throttleAdd != null || req.throttleList != null || req.throttleRemove != null
}

/** Answers a throttle request; adds and removes go to the change log. Every answer lists the rules. */
export async function answerThrottleRequest (rules: ThrottleRules, req: AdminRequest, record: (kind: string, subject: string, detail: string, node: string) => Promise<unknown>, node: string): Promise<AdminReply> {
  if (req.throttleAdd != null) {
    const rule = await rules.add(req.throttleAdd)
    await record('throttle-add', rule.name, describeRule(rule), node)
  } else if (req.throttleRemove != null) {
    const rule = await rules.remove(req.throttleRemove.name ?? '')
    await record('throttle-remove', rule.name, describeRule(rule), node)
  }
  return { throttleRules: await rules.list() }
}

/** "10.1.0.0/16 → any, mon-fri 08:00-18:00 Europe/Berlin, 100 MB/s (800 Mbit/s)" */
export function describeRule (rule: TrafficRule): string {
  const when = [rule.days || 'every day', rule.hours || 'all day'].join(' ')
  return `${rule.from} → ${rule.to}, ${when} (${rule.timeZone}), ${formatRate(rule.rateBps)}`
}
