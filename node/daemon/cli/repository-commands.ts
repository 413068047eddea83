/**
 * @packageDocumentation
 * `meshbackup repository …`: maintenance of the repositories themselves. `rebuild` rebuilds a
 * repository's block index from its packs and restore point manifests (a daemon also does this
 * on its own at start when it finds the index deleted or damaged).
 */
import type { Command } from 'commander'
import { pb, type RebuildReport } from '../../../proto/index.ts'
import { progressBar } from '../progress.ts'
import { formatBytes, formatDuration } from '../../core/units.ts'
import { call, json, plain, print } from './common.ts'

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
