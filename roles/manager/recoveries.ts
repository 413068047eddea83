/**
 * @packageDocumentation
 * Instant recoveries as the manager keeps them: `recover POINT --host H` finds the point in any
 * repository holding it (the one named, else the job's own, else a copy), the node whose proxy
 * reaches QEMU host H (from the capacity announcements, as snapshots do), and an encrypted
 * point's key (the request's, else the key catalog's; it goes to that node only, which holds it
 * for the recovery's life), then asks that node to start it and keeps the record in LevelDB.
 * `recover migrate|stop ID` and `recover list` ask the node that runs each recovery; a node that
 * does not answer leaves the last record, marked with why. A node that answers it runs no such
 * recovery restarted: it is asked to adopt it (RecoveryStart with `adopt`, an encrypted point's
 * key handed again), from the record it left beside the VM, which kept running.
 *
 * `--attach-to H` hot-plugs the point's disks into the VM registered QEMU host H runs instead of
 * starting a new one: the node reaching H runs it (no proxy reaches H: no VM answers there).
 *
 * @example
 * ```ts
 * if (isRecoveryRequest(req)) return await answerRecoveryRequest(init, req, ask)
 * ```
 */
import { randomBytes } from 'node:crypto'
import type { ActorMessage, AdminReply, AdminRequest, PointSummary, RecoveryInfo } from '../../proto/index.ts'
import { UserError } from '../../node/runtime/actors/errors.ts'
import { address } from '../../node/runtime/actors/address.ts'
import type { Capacity } from '../../protocols/capacity.ts'
import type { Catalog } from './catalog.ts'
import type { KeyCatalog } from './key-catalog.ts'
import { allRepositoryNodes, proxiesReaching } from './mesh-view.ts'

export interface RecoveryRequestsInit {
  catalog: Catalog
  capacity: Capacity
  keys?: KeyCatalog
  /** records a change in the change log */
  record: (kind: string, subject: string, detail: string) => Promise<void>
}

type Ask = (to: string, msg: ActorMessage, timeoutMs: number) => Promise<ActorMessage>

/** A recovery start waits this long for the VM to run (the exports open first). */
const START_TIMEOUT_MS = 10 * 60_000
const CONTROL_TIMEOUT_MS = 30_000

export function isRecoveryRequest (req: AdminRequest): boolean {
  return req.recover != null || req.recoveryAction != null || req.recoveryList != null
}

export async function answerRecoveryRequest (init: RecoveryRequestsInit, req: AdminRequest, ask: Ask): Promise<AdminReply> {
  if (req.recover != null) return { recovery: await recover(init, req.recover, ask) }
  if (req.recoveryList != null) return { recoveries: { recoveries: await list(init, ask) } }
  const action = req.recoveryAction!
  const id = action.id ?? ''
  const kept = await init.catalog.recovery(id)
  if (kept == null) throw new UserError('ERR_NO_SUCH_RECOVERY', `no recovery "${id}"; \`meshbackup recover list\` shows them`)
  const verb = action.action ?? ''
  // status: the record as kept (a recovery being started has no answer from its node yet)
  if (verb === 'status') return { recovery: kept }
  if (verb !== 'migrate' && verb !== 'stop') throw new UserError('ERR_BAD_REQUEST', `recovery action "${verb}" is unknown; use migrate or stop`)
  if (kept.state === 'starting') throw new UserError('ERR_RECOVERY_STATE', `recovery ${id} is still starting; wait for it to run (\`meshbackup recover list\`)`)
  if (kept.state === 'stopped') throw new UserError('ERR_RECOVERY_STATE', `recovery ${id} is stopped`)
  let info: RecoveryInfo
  const control = async (): Promise<RecoveryInfo> => {
    const reply = await ask(address(kept.node ?? '', 'proxy'), { recoveryControl: { id, action: verb, speed: action.speed ?? 0 } }, CONTROL_TIMEOUT_MS)
    return { ...kept, ...reply.recoveryList?.recoveries?.[0] }
  }
  try {
    info = await control()
  } catch (err) {
    if ((err as { code?: string }).code !== 'ERR_NO_SUCH_RECOVERY') throw err
    // the node restarted: it takes the recovery up again from its record, then acts
    const adopted = await adopt(init, kept, ask).then(() => true, (e: Error & { code?: string }) => {
      // a node with no record, or whose VM is gone, has nothing left to stop: the record goes
      if (verb === 'stop' && (e.code === 'ERR_NO_SUCH_RECOVERY' || e.code === 'ERR_RECOVERY_ADOPT_FAILED')) return false
      throw e
    })
    info = adopted ? await control() : { ...kept }
  }
  if (verb === 'stop') info.state = 'stopped'
  await init.catalog.saveRecovery(info)
  await init.record(`recovery-${verb}`, id, `point ${info.pointId} as VM "${info.name}" on host ${info.host}`)
  return { recovery: info }
}

async function recover (init: RecoveryRequestsInit, r: NonNullable<AdminRequest['recover']>, ask: Ask): Promise<RecoveryInfo> {
  const pointId = r.pointId ?? ''
  if (pointId === '') throw new UserError('ERR_BAD_REQUEST', 'name the restore point to recover (`meshbackup points list` shows them)')
  if ((r.host ?? '') === '' && (r.attachTo ?? '') === '') throw new UserError('ERR_BAD_REQUEST', 'give --host H: the QEMU host whose machine runs the recovered VM (or --attach-to H: the QEMU host whose running VM gets the disks)')
  const attachTo = (r.attachTo ?? '') === '' ? undefined : await init.catalog.host(r.attachTo!)
  if (attachTo !== undefined && (r.host ?? '') !== '' && r.host !== attachTo.name) throw new UserError('ERR_BAD_REQUEST', `give either --host or --attach-to: the disks attached to host "${attachTo.name}" are served on its machine`)
  // attached: the node reaching the VM's host serves the disks on its machine
  const host = attachTo ?? await init.catalog.host(r.host!)
  if (host.type !== 'qemu') throw new UserError('ERR_BAD_REQUEST', `host "${host.name}" is a ${host.type} host; ${attachTo !== undefined ? 'disks attach only to the VM of a QEMU host' : 'a recovered VM runs only on a QEMU host'}`)
  const point = await findPoint(init, pointId, r.repository ?? '', ask)
  if (r.vm && r.vm !== point.vm) throw new UserError('ERR_NO_SUCH_VM', `restore point ${pointId} holds VM "${point.vm}", not "${r.vm}"; leave out --vm, or pick a point of "${r.vm}"`)
  const node = proxiesReaching(init.capacity, host.name ?? '')[0]
  if (node === undefined) {
    if (attachTo !== undefined) {
      throw new UserError('ERR_RECOVERY_ATTACH_NO_VM', `no VM answers as QEMU host "${host.name}": no proxy reaches its monitor ${host.qmp ?? ''} (is the VM running, and a proxy on its machine?); \`meshbackup host check ${host.name}\` says why`)
    }
    throw new UserError('ERR_RECOVERY_NO_NODE', `no proxy in the mesh reaches QEMU host "${host.name}", so no node can run the recovered VM there; \`meshbackup host check ${host.name}\` says why`)
  }
  const dataKey = await keyOf(init, point, r.dataKey)
  const id = `${point.vm ?? 'vm'}-${Date.now().toString(36)}-${randomBytes(2).toString('hex')}`.replace(/[^A-Za-z0-9._-]/g, '-')
  const name = (r.name ?? '') !== '' ? r.name! : attachTo !== undefined ? `${point.vm} in ${attachTo.name}` : `${point.vm}-recovered`
  const attachedTo = attachTo?.name ?? ''
  const info: RecoveryInfo = { id, pointId, vm: point.vm, name, host: host.name, node, state: 'starting', createdAtMs: Date.now(), repository: point.repository, attachedTo, repositoryPeer: point.repositoryPeer, keyFingerprint: point.keyFingerprint ?? '', network: r.network === true }
  await init.catalog.saveRecovery(info)
  // the start runs beside the manager's mailbox (opening the exports may take a while); the
  // record says how it went: the requester follows it with the "status" action
  void (async () => {
    try {
      const reply = await ask(address(node, 'proxy'), {
        recoveryStart: { id, pointId, vm: point.vm, name, host, attachTo, repositoryPeer: point.repositoryPeer, dataKey, network: r.network === true }
      }, START_TIMEOUT_MS)
      Object.assign(info, reply.recoveryInfo ?? {}, { repository: point.repository, attachedTo, repositoryPeer: point.repositoryPeer, keyFingerprint: point.keyFingerprint ?? '' })
      await init.record('recovery-start', id, attachTo !== undefined
        ? `point ${pointId} of VM "${point.vm}": its disks attached to the VM of host ${attachTo.name} (node ${node}, repository ${point.repository})`
        : `point ${pointId} of VM "${point.vm}" as VM "${name}" on host ${host.name} (node ${node}, repository ${point.repository})`)
    } catch (err) {
      info.state = 'failed'
      info.error = `${(err as Error).message}${(err as { code?: string }).code ? ` (${(err as { code?: string }).code})` : ''}`
    } finally {
      dataKey?.fill(0)
    }
    await init.catalog.saveRecovery(info)
  })().catch(() => {})
  return info
}

/** Every kept recovery, as its node reports it now (stopped ones as kept). */
async function list (init: RecoveryRequestsInit, ask: Ask): Promise<RecoveryInfo[]> {
  const kept = await init.catalog.recoveries()
  return await Promise.all(kept.map(async (k) => {
    if (k.state === 'stopped' || k.state === 'failed') return k
    const keep = { repository: k.repository, attachedTo: k.attachedTo, repositoryPeer: k.repositoryPeer, keyFingerprint: k.keyFingerprint }
    try {
      let reported: RecoveryInfo | undefined
      try {
        const reply = await ask(address(k.node ?? '', 'proxy'), { recoveryControl: { id: k.id, action: 'status' } }, CONTROL_TIMEOUT_MS)
        reported = reply.recoveryList?.recoveries?.[0]
      } catch (err) {
        if ((err as { code?: string }).code !== 'ERR_NO_SUCH_RECOVERY') throw err
        // the node restarted and lost it: it adopts it again (the VM kept running)
        reported = await adopt(init, k, ask)
      }
      const now: RecoveryInfo = { ...k, ...reported, ...keep }
      if (now.state !== k.state || now.error !== k.error || now.adoptions !== k.adoptions) await init.catalog.saveRecovery(now)
      return now
    } catch (err) {
      const code = (err as { code?: string }).code
      return { ...k, error: `node ${k.node} ${code === undefined ? 'did not answer' : 'cannot run it'}: ${(err as Error).message}${code === undefined ? '' : ` (${code})`}` }
    }
  }))
}

/**
 * Asks the node that ran recovery `k` before it restarted to take it up again from the record it
 * left (ERR_NO_SUCH_RECOVERY: it has none; the VM is gone). An encrypted point's key is handed
 * again from the catalog (a key given only to the CLI cannot be: ERR_NO_SUCH_KEY).
 */
async function adopt (init: RecoveryRequestsInit, k: RecoveryInfo, ask: Ask): Promise<RecoveryInfo> {
  const host = await init.catalog.host(k.host ?? '')
  const attachTo = (k.attachedTo ?? '') === '' ? undefined : await init.catalog.host(k.attachedTo!)
  const dataKey = (k.keyFingerprint ?? '') === '' ? undefined : await keyOf(init, { id: k.pointId, keyFingerprint: k.keyFingerprint }, undefined)
  try {
    const reply = await ask(address(k.node ?? '', 'proxy'), {
      recoveryStart: { id: k.id, pointId: k.pointId, vm: k.vm, name: k.name, host, attachTo, repositoryPeer: k.repositoryPeer, dataKey, network: k.network === true, adopt: true }
    }, START_TIMEOUT_MS)
    const info: RecoveryInfo = { ...k, ...reply.recoveryInfo, repository: k.repository, attachedTo: k.attachedTo, repositoryPeer: k.repositoryPeer, keyFingerprint: k.keyFingerprint }
    await init.catalog.saveRecovery(info)
    await init.record('recovery-adopt', k.id ?? '', `node ${k.node} took up again point ${k.pointId} as VM "${k.name}" on host ${k.host} after it restarted`)
    return info
  } finally {
    dataKey?.fill(0)
  }
}

/**
 * The copy of the point to run from: in `repository` when named, else the one in its job's
 * repository, else a copy (a point held only on a copy repository recovers from there).
 */
async function findPoint (init: RecoveryRequestsInit, id: string, repository: string, ask: Ask): Promise<PointSummary> {
  const lists = await Promise.all(allRepositoryNodes(init.capacity).map(async (peer) => {
    const reply = await ask(address(peer, 'repository'), { pointsListRequest: { job: '', vm: '' } }, 30_000).catch(() => undefined)
    return reply?.pointsList?.points ?? []
  }))
  const copies = lists.flat().filter((p) => p.id === id && p.damaged !== true)
  if (copies.length === 0) throw new UserError('ERR_NO_SUCH_POINT', `no sound restore point "${id}" in any repository of the mesh; \`meshbackup points list\` shows them`)
  if (repository !== '') {
    const named = copies.find((p) => p.repository === repository)
    if (named == null) throw new UserError('ERR_NO_SUCH_POINT', `repository "${repository}" holds no restore point "${id}"; it is in ${copies.map((p) => p.repository).join(', ')}`)
    return named
  }
  const original = await init.catalog.job(copies[0]!.job ?? '').then((j) => j.repository ?? '', () => '')
  const rank = (p: PointSummary): number => ((p.badBlocks ?? 0) > 0 ? 2 : 0) + (p.repository === original ? 0 : 1)
  return [...copies].sort((a, b) => rank(a) - rank(b))[0]!
}

/** An encrypted point's data key: the request's (a copy), else the catalog's; undefined for a plain point. */
async function keyOf (init: RecoveryRequestsInit, point: PointSummary, requested: Uint8Array | null | undefined): Promise<Uint8Array | undefined> {
  const fingerprint = point.keyFingerprint ?? ''
  if (fingerprint === '') return undefined
  if (requested != null && requested.byteLength > 0) return Uint8Array.from(requested)
  if (init.keys == null) throw new UserError('ERR_NO_SUCH_KEY', `restore point ${point.id} is encrypted with key ${fingerprint} and this manager has no key catalog; pass the key with --key-file`)
  const key = await init.keys.dataKey(fingerprint)
  await init.record('key-get', key.name, `data key ${key.fingerprint} handed to the node running an instant recovery of point ${point.id}`)
  return Uint8Array.from(key.material)
}
