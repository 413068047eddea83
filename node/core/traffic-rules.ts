/**
 * @packageDocumentation
 * Throttling rules: which traffic a rule covers and when. A rule names a source and a target
 * network (CIDR, IPv4 or IPv6, or "any"), the days and hours it is in force, and a rate in bytes
 * per second on the wire. The sending node matches its own address (`local`, the host of its
 * first listen address) against `from` and its peer's (`remote`) against `to`; when several rules
 * are in force for a pair, the lowest rate wins (shared-rate.ts enforces it).
 *
 * Days and hours are read in the rule's time zone: the manager's local zone when the rule was
 * added (an IANA name such as "Europe/Berlin", or "UTC"), stored with the rule, so every sending
 * node reads "mon-fri 08:00-18:00" as the manager meant it, whatever its own clock's zone.
 * A window that ends before it starts ("22:00-06:00") runs past midnight; days and hours are both
 * checked against the same moment (so "fri 22:00-06:00" covers Friday 00:00-06:00 and 22:00-24:00).
 *
 * @example
 * ```ts
 * const rule = checkRule({ name: 'office', from: '10.1.0.0/16', to: 'any', days: 'mon-fri', hours: '08:00-18:00', rate: '100MB/s' })
 * inForce(rule, new Date())                       // true on a weekday at 10:00 manager time
 * rulesFor([rule], { local: '10.1.2.3', remote: '192.0.2.9', now: new Date() })  // [rule] while in force
 * ```
 */
import { BlockList, isIPv4, isIPv6 } from 'node:net'
import { CodedError } from './errors.ts'
import type { TrafficRuleErrorCode } from './error-codes.ts'

/** A rule, checked (the shape proto/throttle.proto's TrafficRule carries). */
export interface TrafficRule {
  name: string
  /** source network of the sending node: a CIDR ("10.0.0.0/8", "fd00::/8", a bare address) or "any" */
  from: string
  /** target network of the receiving node, as `from` */
  to: string
  /** canonical days, e.g. "mon-fri" or "sat,sun"; "" every day */
  days: string
  /** canonical windows, e.g. "08:00-18:00" or "00:00-06:00,22:00-24:00"; "" all day */
  hours: string
  /** bytes per second on the wire, > 0 */
  rateBps: number
  /** IANA time zone days and hours are read in ("UTC" or the manager's zone) */
  timeZone: string
}

/** What a user types: strings, as the CLI and the wire carry them. */
export interface RuleInput {
  name?: string | null
  from?: string | null
  to?: string | null
  days?: string | null
  hours?: string | null
  /** "100MB/s", "800Mbit/s", "50M", "1000000"; or a number of bytes per second */
  rate?: string | number | null
  rateBps?: number | null
  timeZone?: string | null
}

/** A rule that cannot be saved as given: the message names the part and what to write instead. */
export class TrafficRuleError extends CodedError<TrafficRuleErrorCode> {}

const RULE_NAME = /^[A-Za-z0-9_-]{1,64}$/
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const
/** Monday first, as people write day ranges ("mon-sun"); indexes into DAYS. */
const WEEK = [1, 2, 3, 4, 5, 6, 0]

/** The zone of this process's clock (the manager's "local time"). */
export function localTimeZone (): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC'
}

/** Checks every part of a rule and returns it in canonical form; throws TrafficRuleError. */
export function checkRule (input: RuleInput): TrafficRule {
  const name = input.name ?? ''
  if (!RULE_NAME.test(name)) throw new TrafficRuleError('ERR_BAD_RULE_NAME', `throttling rule name "${name}" must be 1-64 letters, digits, dash or underscore`)
  const from = checkNetwork(name, '--from', input.from ?? 'any')
  const to = checkNetwork(name, '--to', input.to ?? 'any')
  const days = formatDays(parseDays(name, input.days ?? ''))
  const hours = formatHours(parseHours(name, input.hours ?? ''))
  const rateBps = input.rateBps != null && input.rateBps > 0 ? input.rateBps : parseRate(input.rate ?? '', `throttling rule "${name}": --rate`)
  const timeZone = checkTimeZone(name, input.timeZone || localTimeZone())
  return { name, from, to, days, hours, rateBps, timeZone }
}

/** "any", or a CIDR in canonical text ("10.0.0.0/8"; a bare address gets /32 or /128). */
function checkNetwork (rule: string, option: string, text: string): string {
  const t = text.trim().toLowerCase()
  if (t === 'any' || t === '*' || t === '') return 'any'
  const cidr = parseCidr(t)
  if (cidr === undefined) {
    throw new TrafficRuleError('ERR_BAD_RULE_NETWORK', `throttling rule "${rule}": ${option} "${text}" is not a network; write a CIDR such as 10.1.0.0/16, 192.0.2.7, fd00::/8, or "any"`)
  }
  return `${cidr.address}/${cidr.prefix}`
}

interface Cidr { address: string, prefix: number, type: 'ipv4' | 'ipv6' }

function parseCidr (text: string): Cidr | undefined {
  const [address = '', prefixText, extra] = text.split('/')
  if (extra !== undefined) return undefined
  const type = isIPv4(address) ? 'ipv4' : isIPv6(address) ? 'ipv6' : undefined
  if (type === undefined) return undefined
  const max = type === 'ipv4' ? 32 : 128
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return undefined
  const prefix = prefixText === undefined ? max : Number(prefixText)
  if (prefix > max) return undefined
  return { address, prefix, type }
}

/** A bitmask of days (bit 0 Sunday … bit 6 Saturday); "" or "any" is every day. */
export function parseDays (rule: string, text: string): number {
  const t = text.trim().toLowerCase()
  if (t === '' || t === 'any' || t === 'all' || t === '*') return 0x7f
  let mask = 0
  for (const part of t.split(',').map((s) => s.trim())) {
    const [a, b, extra] = part.split('-')
    const first = DAYS.indexOf((a ?? '').slice(0, 3) as typeof DAYS[number])
    const last = b === undefined ? first : DAYS.indexOf(b.slice(0, 3) as typeof DAYS[number])
    if (extra !== undefined || first < 0 || last < 0 || (a ?? '').length < 3 || (b !== undefined && b.length < 3)) {
      throw new TrafficRuleError('ERR_BAD_RULE_TIME', `throttling rule "${rule}": --days "${text}" is not a list of days; write e.g. mon-fri, sat,sun or mon,wed,fri (English, three letters)`)
    }
    // a range follows the week from Monday and wraps past Sunday ("fri-mon")
    let k = WEEK.indexOf(first)
    for (;;) {
      mask |= 1 << WEEK[k]!
      if (WEEK[k] === last) break
      k = (k + 1) % 7
    }
  }
  return mask
}

/** Days in canonical text: "" for every day, else ranges Monday first ("mon-fri,sun"). */
export function formatDays (mask: number): string {
  if ((mask & 0x7f) === 0x7f) return ''
  const parts: string[] = []
  for (let k = 0; k < 7;) {
    if ((mask & (1 << WEEK[k]!)) === 0) { k++; continue }
    let end = k
    while (end + 1 < 7 && (mask & (1 << WEEK[end + 1]!)) !== 0) end++
    parts.push(end === k ? DAYS[WEEK[k]!]! : `${DAYS[WEEK[k]!]}-${DAYS[WEEK[end]!]}`)
    k = end + 1
  }
  return parts.join(',')
}

/** Windows as [start, end) minutes of the day, sorted; a window past midnight is split in two. */
export function parseHours (rule: string, text: string): Array<[number, number]> {
  const t = text.trim()
  if (t === '' || t === 'any' || t === '*') return [[0, 1440]]
  const out: Array<[number, number]> = []
  for (const part of t.split(',').map((s) => s.trim())) {
    const m = /^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$/.exec(part)
    const start = m == null ? NaN : Number(m[1]) * 60 + Number(m[2])
    const end = m == null ? NaN : Number(m[3]) * 60 + Number(m[4])
    if (m == null || Number(m[2]) > 59 || Number(m[4]) > 59 || start >= 1440 || end > 1440 || start === end) {
      throw new TrafficRuleError('ERR_BAD_RULE_TIME', `throttling rule "${rule}": --hours "${text}" is not a list of windows; write HH:MM-HH:MM, e.g. 08:00-18:00 or 22:00-06:00 (past midnight), 24:00 for the end of the day`)
    }
    if (start < end) out.push([start, end])
    else {
      out.push([start, 1440])
      if (end > 0) out.push([0, end])
    }
  }
  out.sort((x, y) => x[0] - y[0])
  // merge overlapping windows, so the canonical text is one per span
  const merged: Array<[number, number]> = []
  for (const w of out) {
    const last = merged[merged.length - 1]
    if (last !== undefined && w[0] <= last[1]) last[1] = Math.max(last[1], w[1])
    else merged.push([w[0], w[1]])
  }
  return merged
}

export function formatHours (windows: Array<[number, number]>): string {
  if (windows.length === 1 && windows[0]![0] === 0 && windows[0]![1] === 1440) return ''
  const hm = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
  return windows.map(([a, b]) => `${hm(a)}-${hm(b)}`).join(',')
}

const RATE_UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  m: 1024 ** 2,
  g: 1024 ** 3,
  t: 1024 ** 4,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
  tib: 1024 ** 4,
  bit: 1 / 8,
  kbit: 1e3 / 8,
  mbit: 1e6 / 8,
  gbit: 1e9 / 8,
  tbit: 1e12 / 8
}

/**
 * Bytes per second from "100MB/s" (SI: 10^8), "100MiB/s", "800Mbit/s" (10^8 bytes/s), "50M"
 * (binary, as a job's --rate), or a plain number of bytes per second; "/s" and "ps" are optional.
 */
export function parseRate (text: string | number, what = 'rate'): number {
  if (typeof text === 'number') {
    if (Number.isFinite(text) && text > 0) return Math.round(text)
    throw new TrafficRuleError('ERR_BAD_RULE_RATE', `${what} ${text} is not a positive rate; write e.g. 100MB/s, 800Mbit/s or 50M`)
  }
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*?)(?:\/s|ps)?$/i.exec(text.trim())
  const unit = m == null ? undefined : RATE_UNITS[m[2]!.toLowerCase()]
  const bps = m == null || unit === undefined ? NaN : Math.round(Number(m[1]) * unit)
  if (!(bps >= 1) || !Number.isFinite(bps)) {
    throw new TrafficRuleError('ERR_BAD_RULE_RATE', `${what} "${text}" is not a rate of at least 1 byte/s; write e.g. 100MB/s, 800Mbit/s, 50MiB/s or 50M (units: B, KB, MB, GB, KiB, MiB, GiB, K, M, G, bit, Kbit, Mbit, Gbit)`)
  }
  return bps
}

/** A rate as people read it: "100 MB/s (800 Mbit/s)". */
export function formatRate (bps: number): string {
  const scale = (n: number, units: string[]): string => {
    let u = 0
    while (n >= 1000 && u < units.length - 1) { n /= 1000; u++ }
    return `${n >= 100 || Number.isInteger(n) ? Math.round(n) : n.toFixed(1)} ${units[u]}`
  }
  return `${scale(bps, ['B/s', 'KB/s', 'MB/s', 'GB/s'])} (${scale(bps * 8, ['bit/s', 'Kbit/s', 'Mbit/s', 'Gbit/s'])})`
}

function checkTimeZone (rule: string, zone: string): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone
  } catch {
    throw new TrafficRuleError('ERR_BAD_RULE_TIME', `throttling rule "${rule}": time zone "${zone}" is unknown; use an IANA name such as Europe/Berlin, or UTC`)
  }
}

const formats = new Map<string, Intl.DateTimeFormat>()

/** Weekday (0 Sunday) and minute of the day of `now` in `zone`. */
export function zonedTime (now: Date, zone: string): { day: number, minute: number } {
  let f = formats.get(zone)
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    formats.set(zone, f)
  }
  let day = 0
  let minute = 0
  for (const p of f.formatToParts(now)) {
    if (p.type === 'weekday') day = DAYS.indexOf(p.value.slice(0, 3).toLowerCase() as typeof DAYS[number])
    else if (p.type === 'hour') minute += Number(p.value) * 60
    else if (p.type === 'minute') minute += Number(p.value)
  }
  return { day, minute }
}

/** Whether `rule` is in force at `now` (its days and hours, in its time zone). */
export function inForce (rule: TrafficRule, now: Date): boolean {
  if (rule.days === '' && rule.hours === '') return true
  const { day, minute } = zonedTime(now, rule.timeZone || 'UTC')
  if ((parseDays(rule.name, rule.days) & (1 << day)) === 0) return false
  return parseHours(rule.name, rule.hours).some(([a, b]) => minute >= a && minute < b)
}

/** An address as the rules compare it: IPv4-mapped IPv6 ("::ffff:10.0.0.1") as IPv4, no zone. */
export function plainAddress (address: string): string {
  const a = address.trim().replace(/^\[|\]$/g, '').replace(/%.*$/, '')
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a)
  return mapped != null ? mapped[1]! : a
}

/** Whether `address` lies in `network` ("any" or a canonical CIDR). */
export function inNetwork (network: string, address: string): boolean {
  if (network === 'any') return true
  const cidr = parseCidr(network)
  const a = plainAddress(address)
  const type = isIPv4(a) ? 'ipv4' : isIPv6(a) ? 'ipv6' : undefined
  if (cidr === undefined || type === undefined || type !== cidr.type) return false
  const list = new BlockList()
  list.addSubnet(cidr.address, cidr.prefix, cidr.type)
  return list.check(a, type)
}

/** Whether `rule` covers traffic sent from `local` to `remote` (addresses, not times). */
export function covers (rule: TrafficRule, local: string, remote: string): boolean {
  return inNetwork(rule.from, local) && inNetwork(rule.to, remote)
}

/** The rules in force now for traffic from `local` to `remote`, lowest rate first. */
export function rulesFor (rules: readonly TrafficRule[], pair: { local: string, remote: string, now?: Date }): TrafficRule[] {
  const now = pair.now ?? new Date()
  return rules.filter((r) => covers(r, pair.local, pair.remote) && inForce(r, now)).sort((a, b) => a.rateBps - b.rateBps)
}

/** A rule off the wire (proto TrafficRule), checked again: a sender enforces only what it understands. */
export function ruleFromWire (wire: RuleInput): TrafficRule {
  return checkRule(wire)
}
