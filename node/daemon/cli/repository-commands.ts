/**
 * @packageDocumentation
 * `meshbackup repository …`: maintenance of the repositories themselves. `rebuild` rebuilds a
 * repository's block index from its packs and restore point manifests (a daemon also does this
 * on its own at start when it finds the index deleted or damaged). `lock` sets the lock period of
 * new points: on the repository's own node it writes the folder directly (the only way to lower
 * it: holding the admin key is not enough, one needs the node itself); from any other node it
 * asks over the mesh, where it can only be raised.
 */
import type { Command } from 'commander'
import type { RebuildReport } from '../../../proto/index.ts'
import { adminPb as pb } from '../../../proto/admin-codec.ts'
import { progressBar } from '../progress.ts'
import { formatBytes, formatDuration } from '../../core/units.ts'
import { readLockPeriod, writeLockPeriod } from '../../../roles/repository/lock-period.ts'
import { loadConfig } from '../config.ts'
import { call, homeOf, json, lockDays, plain, print } from './common.ts'

export function addRepositoryCommands (program: Command): void {
  const repository = program.command('repository').description('repository maintenance')
  repository.command('rebuild')
    .description('rebuild the block index of repositories from their packs and restore point manifests (backups wait meanwhile)')
    .option('--repository <name>', 'only this repository (default: every repository of the mesh)')
    .action(async (opts, cmd: Command) => {
      const bar = progressBar()
      let reply
      try {
        reply = await call(cmd, { rebuild: { repository: opts.repository ?? '' } }, (p) => bar.update(p.doneBytes ?? 0, p.totalBytes ?? 0, p.what ?? ''))
      } finally {
        bar.done()
      }
      const reports = reply.rebuildReports?.reports ?? []
      if (json(cmd)) print(reports.map((r) => plain(pb.RebuildReport, r)))
      else for (const r of reports) console.log(describe(r))
      // the index is rebuilt either way; what it could not find means damaged points
      if (reports.some(failed)) process.exitCode = 1
    })

  repository.command('lock')
    .description('set the lock period of new restore points (days, fractions allowed): on the repository\'s node it may be lowered; from elsewhere only raised')
    .requiredOption('--days <days>', 'lock period in days; 0: no lock for new points (points already written keep theirs)', lockDays('--days'))
    .option('--repository <name>', 'the repository (default: this node\'s, else every repository of the mesh)')
    .action(async (opts, cmd: Command) => {
      const home = homeOf(cmd)
      const own = (await loadConfig(home)).repository
      if (own != null && (opts.repository == null || opts.repository === own.name)) {
        const { name, before } = await setLocalLock(own, opts.days)
        if (json(cmd)) return print({ repository: name, days: opts.days, before })
        console.log(`repository ${name}: lock period ${before} → ${opts.days} days for new points (points already written keep their lock dates)`)
        return
      }
      await call(cmd, { lockPeriod: { repository: opts.repository ?? '', days: opts.days } })
      if (json(cmd)) return print({ repository: opts.repository ?? '', days: opts.days })
      console.log(`lock period of ${opts.repository ?? 'every repository'}: ${opts.days} days for new points`)
    })
}

/**
 * The lock period on this node's own repository, written into the folder (the running daemon
 * reads it before each commit). config.json's "lockDays" only starts a repository that has none.
 */
async function setLocalLock (repo: { name: string, path: string }, days: number): Promise<{ name: string, before: number }> {
  const before = await readLockPeriod(repo.path)
  await writeLockPeriod(repo.path, days)
  return { name: repo.name, before }
}

function failed (r: RebuildReport): boolean {
  return (r.problems ?? []).length > 0 || (r.damagedPoints ?? []).length > 0 || (r.incompletePoints ?? []).length > 0
}

function describe (r: RebuildReport): string {
  const lines = [
    `repository ${r.repository} (${r.repositoryPeer}): ${r.packs ?? 0} packs scanned (${formatBytes(r.bytesScanned ?? 0)}) in ${formatDuration((r.durationMs ?? 0) / 1000)}; ` +
    `${r.recordsIndexed ?? 0} blocks indexed, ${r.recordsDamaged ?? 0} damaged blocks skipped, ` +
    `${r.regionsSkipped ?? 0} unreadable regions skipped (${formatBytes(r.bytesSkipped ?? 0)}); ${r.points ?? 0} restore points`
  ]
  for (const p of r.damagedPoints ?? []) lines.push(`  damaged point ${p}`)
  for (const p of r.incompletePoints ?? []) lines.push(`  incomplete point ${p}`)
  for (const p of r.problems ?? []) lines.push(`  ${p}`)
  return lines.join('\n')
}
