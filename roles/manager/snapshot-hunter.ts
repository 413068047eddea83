/**
 * @packageDocumentation
 * The snapshot hunter: every snapshot the mesh makes is recorded in the manager's database before
 * it is asked for and forgotten once released. A record that outlives its session (the manager or
 * a proxy died, a release failed) is a leftover: at daemon start and before each session it is
 * released through a proxy that reaches the host, as a failed backup (a QEMU host then merges its
 * frozen bitmap back, so the next backup still sees every change).
 */
import type { ActorMessage } from '../../proto/index.ts'
import { address } from '../../node/runtime/actors/address.ts'
import { UserError } from '../../node/runtime/actors/errors.ts'
import type { Capacity } from '../../protocols/capacity.ts'
import type { Catalog, SnapshotRecord } from './catalog.ts'
import { proxiesReaching, waitForNodes } from './mesh-view.ts'

export interface HuntInit {
  catalog: Catalog
  capacity: Capacity
  ask: (to: string, msg: ActorMessage, timeoutMs: number) => Promise<ActorMessage>
  /** sessions still running keep their snapshots */
  running: (sessionId: string) => boolean
  /** only this host's leftovers (before a session); all hosts at start */
  host?: string
  log: (line: string) => void
  discoveryTimeoutMs?: number
}

const RELEASE_TIMEOUT_MS = 5 * 60_000

/** Releases leftover snapshots; returns how many were cleaned. Never throws. */
export async function huntSnapshots (init: HuntInit): Promise<number> {
  let cleaned = 0
  let records: SnapshotRecord[]
  try {
    records = await init.catalog.snapshots()
  } catch (err: any) {
    init.log(`snapshot hunter: cannot read the snapshot records: ${err.message}`)
    return 0
  }
  for (const record of records) {
    if (init.running(record.sessionId) || (init.host != null && record.host.name !== init.host)) continue
    const what = `leftover snapshot ${record.snapshotId || '(being created)'} of VM ${record.vm} on host ${record.host.name} from session ${record.sessionId}`
    try {
      const proxies = await waitForNodes(init.capacity, () => proxiesReaching(init.capacity, record.host.name!), init.discoveryTimeoutMs ?? 15_000,
        () => new UserError('ERR_HOST_UNREACHABLE', `no proxy reaches host ${record.host.name} yet`))
      await init.ask(address(proxies[0]!, 'proxy'), {
        releaseRequest: { host: record.host, vm: record.vm, snapshotId: record.snapshotId, failed: true, sessionId: record.sessionId }
      }, RELEASE_TIMEOUT_MS)
      await init.catalog.forgetSnapshot(record)
      cleaned++
      init.log(`snapshot hunter: released ${what}`)
    } catch (err: any) {
      init.log(`snapshot hunter: could not release ${what}: ${err.message}; trying again before the next session`)
    }
  }
  return cleaned
}

/**
 * Hunts at start, and again for a host whenever a proxy starts reaching it: a snapshot whose
 * proxy died with no other proxy left could not be released then, and is released as soon as
 * one is back (not only at the manager's next start or the host's next session). Hunts run one
 * at a time, so two never release the same snapshot. Returns the function that stops watching.
 */
export function huntWhenProxiesArrive (capacity: Capacity, hunt: (host?: string) => Promise<unknown>): () => void {
  const reaching = new Map<string, Set<string>>()
  let chain: Promise<unknown> = hunt().catch(() => {})
  const pending = new Set<string>()
  const onChange = (): void => {
    const now = new Map<string, Set<string>>()
    for (const e of capacity.entries()) {
      const hosts = new Set((e.announcement.proxy?.hosts ?? []).filter((h) => (h.modes?.length ?? 0) > 0).map((h) => h.host ?? ''))
      if (hosts.size === 0) continue
      const peer = e.announcement.peerId ?? ''
      now.set(peer, hosts)
      for (const host of hosts) {
        if (reaching.get(peer)?.has(host) === true || pending.has(host)) continue
        pending.add(host)
        chain = chain.then(async () => { pending.delete(host); await hunt(host) }).catch(() => {})
      }
    }
    reaching.clear()
    for (const [peer, hosts] of now) reaching.set(peer, hosts)
  }
  capacity.on('change', onChange)
  return () => { capacity.off('change', onChange) }
}
