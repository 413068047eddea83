/**
 * @packageDocumentation
 * `meshbackup host …`: the hypervisor hosts the manager knows.
 */
import { resolve } from 'node:path'
import type { Command } from 'commander'
import { adminPb as pb } from '../../../proto/admin-codec.ts'
import { call, json, plain, print } from './common.ts'
import { table } from './render.ts'
import { renderHostCheck } from './host-check-render.ts'
import { EXIT } from './exit-codes.ts'

export function addHostCommands (program: Command): void {
  const host = program.command('host').description('hypervisor hosts known to the manager')
  host.command('add')
    .description('register a host with the manager')
    .argument('<name>', 'host name jobs refer to')
    .requiredOption('--type <type>', 'file | qemu | synthetic')
    .option('--path <dir>', 'file host: the folder with one subfolder per VM; synthetic host: <seed>:<vms>x<disks>x<size>, e.g. 7:40x2x256M')
    .option('--qmp <address>', 'qemu host: unix:PATH or tcp:HOST:PORT')
    .option('--nbd <address>', 'qemu host: where its NBD server listens, unix:PATH (hot-add) or tcp:HOST:PORT (nbd); default unix:<QMP socket>.nbd')
    .action(async (name: string, opts, cmd: Command) => {
      await call(cmd, { hostAdd: { name, type: opts.type, path: opts.path ? (opts.type === 'synthetic' ? opts.path : resolve(opts.path)) : '', qmp: opts.qmp ?? '', nbd: opts.nbd ?? '' } })
      console.log(`host ${name} added`)
    })
  host.command('list')
    .description('list registered hosts')
    .action(async (_opts, cmd: Command) => {
      const hosts = (await call(cmd, { hostList: {} })).hosts?.hosts ?? []
      if (json(cmd)) return print(hosts.map((h) => plain(pb.HostSpec, h)))
      console.log(table([['NAME', 'TYPE', 'WHERE'], ...hosts.map((h) => [h.name ?? '', h.type ?? '', h.path || h.qmp || ''])]))
    })
  host.command('check')
    .description('take the host\'s inventory through a proxy that reaches it: every VM, and every VM it cannot describe with the reason (exit 1 when there is one)')
    .argument('<name>', 'host name')
    .action(async (name: string, _opts, cmd: Command) => {
      const check = (await call(cmd, { hostCheck: { name } })).hostCheck!
      const problems = check.problems ?? []
      if (json(cmd)) print(plain(pb.HostCheckReply, check))
      else console.log(renderHostCheck(check))
      if (problems.length > 0) process.exitCode = EXIT.failed
    })
  host.command('remove')
    .description('forget a host (refused while a job uses it)')
    .argument('<name>', 'host name')
    .option('--force', 'remove it even though jobs use it (they fail until a host by that name is added again)')
    .action(async (name: string, opts, cmd: Command) => {
      await call(cmd, { hostRemove: { name, force: opts.force === true } })
      console.log(`host ${name} removed`)
    })
}
