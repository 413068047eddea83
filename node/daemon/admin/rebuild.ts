/**
 * @packageDocumentation
 * The admin `rebuild` request: every repository node of the named repository (or of every
 * repository) rebuilds its block index from its packs and manifests. The nodes report as tells
 * to a short-lived actor here (a rebuild reads every pack: it outlasts any ask timeout); their
 * progress goes back to the requester as progress frames, summed over the nodes, and the reply
 * holds one report per node.
 */
import type { AdminReply, AdminRequest, Progress, RebuildReport } from '../../../proto/index.ts'
import { waitForNodes, type Capacity } from '../../../protocols/capacity.ts'
import { address } from '../../runtime/actors/address.ts'
import { UserError } from '../../runtime/actors/errors.ts'
import type { ActorSystem } from '../../runtime/actors/system.ts'

export interface RebuildContext {
  system: ActorSystem
  capacity: Capacity
  /** how long to wait for a repository to appear in the capacity view */
  discoveryMs: number
  peerId: string
}

let rebuilds = 0

export async function rebuildRepositories (ctx: RebuildContext, req: NonNullable<AdminRequest['rebuild']>, progress: (p: Progress) => Promise<void>): Promise<AdminReply> {
  const wanted = req.repository ?? ''
  const repositories = (): Array<{ peerId: string, name: string }> => ctx.capacity.entries().map((e) => e.announcement)
    .filter((a) => a.roles?.includes('repository') && (wanted === '' || a.repository?.name === wanted))
    .map((a) => ({ peerId: a.peerId!, name: a.repository?.name ?? '' }))
  const targets = await waitForNodes(ctx.capacity, () => repositories().map((r) => r.peerId), ctx.discoveryMs,
    () => new UserError('ERR_NO_SUCH_REPOSITORY', wanted === ''
      ? `no node with the repository role is in the mesh view of ${ctx.peerId}; is the repository daemon running and a member of this mesh?`
      : `no repository named "${wanted}" in the mesh; \`meshbackup status\` lists them`))
  const names = new Map(repositories().map((r) => [r.peerId, r.name]))
  const reports = await new Promise<RebuildReport[]>((resolve, reject) => {
    const got = new Map<string, RebuildReport>()
    const done = new Map<string, { bytesDone: number, bytesTotal: number, packsDone: number, packsTotal: number }>()
    const started = Date.now()
    ctx.system.spawn(`admin-rebuild-${++rebuilds}`, () => ({
      started (actor) {
        for (const peer of targets) actor.tell(address(peer, 'repository'), { rebuildRequest: { repository: names.get(peer) ?? '' } })
      },
      receive (msg, actor) {
        const from = msg.rebuildProgress ?? msg.rebuildReport
        if (from == null) return
        const peer = actor.sender?.split('/')[0] ?? msg.rebuildReport?.repositoryPeer ?? ''
        if (msg.rebuildProgress != null) {
          const p = msg.rebuildProgress
          done.set(peer, { bytesDone: p.bytesDone ?? 0, bytesTotal: p.bytesTotal ?? 0, packsDone: p.packsDone ?? 0, packsTotal: p.packsTotal ?? 0 })
          const sum = [...done.values()].reduce((a, b) => ({ bytesDone: a.bytesDone + b.bytesDone, bytesTotal: a.bytesTotal + b.bytesTotal, packsDone: a.packsDone + b.packsDone, packsTotal: a.packsTotal + b.packsTotal }))
          void progress({
            what: `rebuild: ${sum.packsDone} of ${sum.packsTotal} packs`,
            doneBytes: sum.bytesDone,
            totalBytes: sum.bytesTotal,
            bytesPerSecond: sum.bytesDone / Math.max((Date.now() - started) / 1000, 0.001)
          }).catch(() => {})
          return
        }
        got.set(msg.rebuildReport!.repositoryPeer || peer, msg.rebuildReport!)
        if (got.size === targets.length) {
          resolve([...got.values()].sort((a, b) => (a.repository ?? '').localeCompare(b.repository ?? '') || (a.repositoryPeer ?? '').localeCompare(b.repositoryPeer ?? '')))
          void actor.stop()
        }
      },
      stopped (_actor, reason) { if (reason != null) reject(reason) }
    }), { restart: 'temporary' })
  })
  return { rebuildReports: { reports } }
}
