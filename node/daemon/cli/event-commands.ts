/**
 * @packageDocumentation
 * `meshbackup events`: the manager's change log, newest first: hosts and jobs added, edited or
 * removed, restore points forgotten, members added or removed, with when, and on which node.
 */
import type { Command } from 'commander'
import { adminPb as pb } from '../../../proto/admin-codec.ts'
import { call, count, json, plain, print } from './common.ts'
import { table } from './render.ts'

export function addEventCommands (program: Command): void {
  program.command('events')
    .description('configuration changes recorded by the manager, newest first')
    .option('--limit <n>', 'at most this many', count('--limit'), 100)
    .action(async (opts, cmd: Command) => {
      const events = (await call(cmd, { events: { limit: opts.limit } })).events?.events ?? []
      if (json(cmd)) return print(events.map((e) => plain(pb.Event, e)))
      if (events.length === 0) return console.log('no changes recorded')
      console.log(table([['WHEN', 'KIND', 'SUBJECT', 'NODE', 'DETAIL'],
        ...events.map((e) => [new Date(e.atMs ?? 0).toISOString(), e.kind ?? '', e.subject ?? '', e.node ? `…${e.node.slice(-6)}` : '-', e.detail ?? ''])]))
    })
}
