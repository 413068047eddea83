/**
 * @packageDocumentation
 * `meshbackup host …`: the hypervisor hosts the manager knows.
 */
import { resolve } from 'node:path'
import type { Command } from 'commander'
import { pb } from '../../proto/index.ts'
import { call, json, plain, print } from './common.ts'
import { table } from './render.ts'

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
}
