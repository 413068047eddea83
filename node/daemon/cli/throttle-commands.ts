/**
 * @packageDocumentation
 * `meshbackup throttle …`: the manager's throttling rules. A rule caps the bytes on the wire
 * (compressed, sealed, as sent) of all traffic from one network to another, on the days and hours
 * given, read in the manager's local time zone (stored with the rule); when several rules are in
 * force for a pair of nodes, the lowest rate binds. Rules travel with every task: backups
 * (proxy → repository) and restores (repository → restoring node).
 *
 * @example
 * ```sh
 * meshbackup throttle add office --from 10.1.0.0/16 --to any --days mon-fri --hours 08:00-18:00 --rate 100MB/s
 * meshbackup throttle list
 * meshbackup throttle remove office
 * ```
 */
import type { Command } from 'commander'
import type { ThrottleList } from '../../../proto/index.ts'
import { adminPb as pb } from '../../../proto/admin-codec.ts'
import { formatRate, parseRate } from '../../core/traffic-rules.ts'
import { call, json, plain, print } from './common.ts'
import { table } from './render.ts'

/** The rules as a table, with which are in force now. */
export function renderThrottle (list: ThrottleList): string {
  const rules = list.rules ?? []
  if (rules.length === 0) return 'no throttling rules'
  const now = new Set(list.inForce ?? [])
  return table([['NAME', 'FROM', 'TO', 'DAYS', 'HOURS', 'ZONE', 'RATE', 'NOW'],
    ...rules.map((r) => [r.name ?? '', r.from ?? '', r.to ?? '', r.days || 'every day', r.hours || 'all day', r.timeZone ?? '', formatRate(Number(r.rateBps ?? 0)), now.has(r.name ?? '') ? 'in force' : '-'])])
}

export function addThrottleCommands (program: Command): void {
  const throttle = program.command('throttle').description('throttling rules: cap the bytes on the wire between networks, by day and hour')
  throttle.command('add')
    .description('add a rule (a name in use must be removed first)')
    .argument('<name>', 'rule name: letters, digits, dash, underscore')
    .requiredOption('--from <cidr>', 'the sending nodes\' network: a CIDR (10.1.0.0/16, fd00::/8, 192.0.2.7) or "any"')
    .requiredOption('--to <cidr>', 'the receiving nodes\' network, as --from')
    .option('--days <days>', 'days it is in force: mon-fri, sat,sun, … (default: every day)', '')
    .option('--hours <windows>', 'hours it is in force, in the manager\'s local time: 08:00-18:00, 22:00-06:00, … (default: all day)', '')
    .requiredOption('--rate <rate>', 'bytes per second on the wire, shared by every task the rule covers: 100MB/s, 800Mbit/s, 50MiB/s, 50M')
    .action(async (name: string, opts, cmd: Command) => {
      const rateBps = parseRate(opts.rate, '--rate')
      const list = (await call(cmd, { throttleAdd: { name, from: opts.from, to: opts.to, days: opts.days, hours: opts.hours, rateBps } })).throttleRules ?? {}
      if (json(cmd)) return print(plain(pb.ThrottleList, list))
      console.log(`rule ${name} added\n${renderThrottle(list)}`)
    })
  throttle.command('list')
    .description('list the rules and which are in force now')
    .action(async (_opts, cmd: Command) => {
      const list = (await call(cmd, { throttleList: {} })).throttleRules ?? {}
      if (json(cmd)) return print(plain(pb.ThrottleList, list))
      console.log(renderThrottle(list))
    })
  throttle.command('remove')
    .description('remove a rule (running tasks keep it until they end)')
    .argument('<name>', 'rule name')
    .action(async (name: string, _opts, cmd: Command) => {
      await call(cmd, { throttleRemove: { name } })
      console.log(`rule ${name} removed`)
    })
}
