/**
 * @packageDocumentation
 * A sender's throttle on the mesh: the limiter for the traffic this node sends to `peer` under the
 * throttling rules its task brought (node/core/shared-rate.ts does the sharing). A node's address,
 * for the rules' networks, is the host of its first listen address, as it announces it in its
 * capacity: the same the manager sees, whatever source address the kernel picks for a connection.
 *
 * @example
 * ```ts
 * const limiter = wireLimiter({ mesh, capacity, peer: repositoryPeer, rules: assignment.trafficRules })
 * await limiter.take(frameBytes, signal)
 * const waits = throttleWaits(limiter, rules)      // TaskResult.throttled
 * ```
 */
import type { ThrottleWait, TrafficRuleWire } from '../../proto/index.ts'
import type { Capacity } from '../../protocols/capacity.ts'
import { limiterFor, type RuleShare, type WireLimiter } from '../core/shared-rate.ts'
import { ruleFromWire } from '../core/traffic-rules.ts'

export interface WireLimiterInit {
  /** this node's listen addresses (Mesh.addrs) */
  mesh: { addrs(): string[] }
  /** the capacity view: the peer's announced addresses */
  capacity: Pick<Capacity, 'get'>
  peer: string
  /** the rules that came with the task (TaskAssignment.traffic_rules) */
  rules: readonly TrafficRuleWire[] | null | undefined
  now?: () => Date
}

/** The IP address (no port) of the first /ip4 or /ip6 multiaddr, or ''. */
export function hostOfAddrs (addrs: readonly string[]): string {
  for (const addr of addrs) {
    const m = /^\/ip[46]\/([^/]+)\//.exec(addr)
    if (m != null) return m[1]!
  }
  return ''
}

/** The rules off the wire that this node understands (a malformed one is skipped, not fatal). */
export function rulesFromWire (rules: readonly TrafficRuleWire[] | null | undefined): RuleShare[] {
  const out: RuleShare[] = []
  for (const wire of rules ?? []) {
    try {
      out.push({ ...ruleFromWire({ ...wire, rateBps: Number(wire.rateBps ?? 0) }), nodeRateBps: Number(wire.nodeRateBps ?? 0) })
    } catch {}
  }
  return out
}

export function wireLimiter (init: WireLimiterInit): WireLimiter {
  const local = hostOfAddrs(init.mesh.addrs())
  const remote = hostOfAddrs(init.capacity.get(init.peer)?.announcement.addrs ?? [])
  return limiterFor({ local, remote, rules: rulesFromWire(init.rules), now: init.now })
}

/** What the stream waited on each rule, for TaskResult.throttled (whole ms, longest first). */
export function throttleWaits (limiter: WireLimiter, rules: readonly TrafficRuleWire[] | null | undefined): ThrottleWait[] {
  const shares = rulesFromWire(rules)
  return [...limiter.waitedMs].sort((a, b) => b[1] - a[1]).map(([rule, ms]) => {
    const r = shares.find((s) => s.name === rule)
    return { rule, waitedMs: Math.round(ms), rateBps: r?.nodeRateBps || r?.rateBps || 0 }
  })
}
