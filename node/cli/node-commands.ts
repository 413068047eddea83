/**
 * @packageDocumentation
 * Commands about this node itself: `init` (a new home), `daemon` (run it), `status`, the member
 * list, and `repl`.
 */
import type { Command } from 'commander'
import { pb } from '../../proto/index.ts'
import { ROLES, type RoleName, initHome, loadConfig, processAlive, readDaemonInfo, saveConfig, validatePeerId } from '../config.ts'
import { formatBytes } from '../progress.ts'
import { call, collect, connectHome, homeOf, json, plain, print } from './common.ts'
import { table } from './render.ts'

export function addNodeCommands (program: Command): void {
  program.command('init')
    .description('create a node home: identity, admin key and config')
    .requiredOption('--roles <list>', `comma-separated roles: ${ROLES.join(', ')}`, collect)
    .option('--listen <multiaddr>', 'address to listen on (repeatable)', collect)
    .option('--bootstrap <multiaddr>', 'a peer to join through, ending in /p2p/<peer id> (repeatable)', collect)
    .option('--members <ids>', 'peer ids of the other mesh members (repeatable)', collect)
    .option('--proxy-slots <n>', 'tasks a proxy runs at once', (v) => Number(v))
    .option('--repository-name <name>', 'the repository name jobs refer to')
    .option('--repository-path <dir>', 'the folder holding the repository')
    .option('--repository-slots <n>', 'tasks a repository receives at once', (v) => Number(v))
    .option('--http <host:port>', 'address of the HTTP status endpoint and dashboard ("off" to disable)', '127.0.0.1:0')
    .action(async (opts, cmd: Command) => {
      const home = homeOf(cmd)
      const result = await initHome(home, {
        roles: opts.roles as RoleName[],
        listen: opts.listen ?? ['/ip4/127.0.0.1/tcp/7100'],
        bootstrap: opts.bootstrap,
        members: opts.members,
        proxySlots: opts.proxySlots,
        repositoryName: opts.repositoryName,
        repositoryPath: opts.repositoryPath,
        repositorySlots: opts.repositorySlots,
        http: opts.http
      })
      if (json(cmd)) return print({ home, peerId: result.peerId, adminPeerId: result.adminPeerId, config: result.config })
      console.log(`created node ${result.peerId} in ${home}\nroles: ${result.config.roles.join(', ')}\nlisten: ${result.config.listen.join(', ')}\nadd this peer id to the other members with \`meshbackup members add ${result.peerId}\``)
    })

  program.command('daemon')
    .description('run the node daemon in the foreground (logs JSON lines to stdout)')
    .action(async (_opts, cmd: Command) => {
      const { startDaemon } = await import('../daemon.ts')
      const daemon = await startDaemon({ home: homeOf(cmd) })
      await new Promise<void>((resolve) => {
        const stop = (): void => { void daemon.stop().then(resolve) }
        process.once('SIGTERM', stop)
        process.once('SIGINT', stop)
      })
    })

  program.command('status')
    .description('this node, its peers and the capacity view')
    .action(async (_opts, cmd: Command) => {
      const s = (await call(cmd, { status: {} })).status!
      if (json(cmd)) return print(plain(pb.StatusReply, s))
      console.log(`node ${s.peerId} (${s.roles?.join(', ')})\nlistening on ${s.addrs?.join(', ')}\nconnected to ${s.connected?.length ?? 0} peer(s)\n`)
      const rows = [['PEER', 'ROLES', 'PROXY SLOTS', 'REPOSITORY', 'HOSTS', 'AGE']]
      for (const c of s.capacity ?? []) {
        const a = c.announcement ?? {}
        rows.push([a.peerId ?? '', a.roles?.join(',') ?? '', a.proxy ? `${a.proxy.active}/${a.proxy.slots}` : '-',
          a.repository ? `${a.repository.name} ${a.repository.active}/${a.repository.slots} ${formatBytes(a.repository.freeBytes ?? 0)} free` : '-',
          a.proxy?.hosts?.map((h) => `${h.host}(${h.modes?.join('/')})`).join(' ') || '-', `${((c.ageMs ?? 0) / 1000).toFixed(1)}s`])
      }
      console.log(table(rows))
    })

  const members = program.command('members').description('the mesh member list (peer ids allowed to connect)')
  members.command('add')
    .description('allow peer ids into the mesh')
    .argument('<ids...>', 'peer ids')
    .action(async (ids: string[], _opts, cmd: Command) => {
      const home = homeOf(cmd)
      const info = await readDaemonInfo(home)
      if (info != null && processAlive(info.pid)) {
        await call(cmd, { membersAdd: { peerIds: ids } })
      } else {
        const config = await loadConfig(home)
        config.members = [...new Set([...config.members, ...ids.map((id) => validatePeerId(id, 'member'))])]
        await saveConfig(home, config)
      }
      console.log(`added ${ids.length} member(s)`)
    })
  members.command('list')
    .description('show the member list')
    .action(async (_opts, cmd: Command) => {
      const config = await loadConfig(homeOf(cmd))
      if (json(cmd)) return print(config.members)
      console.log(config.members.join('\n'))
    })

  program.command('repl')
    .description('an interactive shell on the running daemon: commands with completion (`help`), and JavaScript with a `mesh` object')
    .action(async (_opts, cmd: Command) => {
      const { startRepl } = await import('../repl.ts')
      await startRepl({ connect: async () => await connectHome(homeOf(cmd)) })
    })
}
