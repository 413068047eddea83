/**
 * @packageDocumentation
 * Commands about this node itself: `init` (a new home), `daemon` (run it), `status`, the member
 * list, and `repl`. `status` needs none of the key and config code (libp2p's): the commands that
 * do import config.ts when they run.
 */
import type { Command } from 'commander'
import type { StatusReply } from '../../../proto/index.ts'
import { adminPb as pb } from '../../../proto/admin-codec.ts'
import type { AdminClient } from '../../../protocols/admin.ts'
import { LOG_LEVELS, ROLES, type LogLevel, type RoleName } from '../../runtime/node-config.ts'
import { processAlive, readDaemonInfo } from '../home.ts'
import { formatBytes } from '../../core/units.ts'
import { CliError, call, collect, connectHome, count, homeOf, lockDays, json, plain, print } from './common.ts'
import { EXIT } from './exit-codes.ts'
import { table } from './render.ts'

/** How long `status --wait` waits unless --timeout says otherwise. */
const DEFAULT_WAIT_S = 60
/** How often `status --wait` looks again. */
const WAIT_POLL_MS = 200

/** A parser for a task slot count: a whole number above 0. */
function slots (option: string): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new CliError('ERR_BAD_ARGUMENT', `${option} ${value}: use a whole number above 0`)
    return Number(value)
  }
}

/** A parser for a duration in seconds above 0 (fractions allowed). */
function seconds (option: string): (value: string) => number {
  return (value) => {
    if (!/^\d+(\.\d+)?$/.test(value.trim()) || Number(value) <= 0) throw new CliError('ERR_BAD_ARGUMENT', `${option} ${value}: use a number of seconds above 0 (e.g. 30 or 0.5)`)
    return Number(value)
  }
}

/** The member peers a status reply shows connected (admin connections and the node itself are not). */
function memberPeers (s: StatusReply): string[] {
  const members = new Set(s.members ?? [])
  return [...new Set(s.connected ?? [])].filter((id) => id !== s.peerId && members.has(id))
}

/**
 * Polls the home's daemon until it answers (daemon.json is written once every part has started)
 * and, when `peers` > 0, is connected to that many member peers. One admin connection is kept
 * between polls while it works. Throws ERR_NO_DAEMON when no daemon answered in time, and
 * ERR_WAIT_TIMEOUT when it answered but with too few peers.
 */
async function waitForDaemon (home: string, want: { peers: number, timeoutMs: number }): Promise<StatusReply> {
  const deadline = Date.now() + want.timeoutMs
  const bounded = async <T>(work: Promise<T>): Promise<T> => {
    let timer: NodeJS.Timeout | undefined
    const left = Math.max(deadline - Date.now(), 1)
    try {
      return await Promise.race([work, new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new CliError('ERR_WAIT_TIMEOUT', 'no answer in time')), left)
      })])
    } finally {
      clearTimeout(timer)
    }
  }
  let admin: AdminClient | undefined
  let last: StatusReply | undefined
  let lastError: Error | undefined
  try {
    for (;;) {
      try {
        if (admin == null) {
          const connecting = connectHome(home)
          // a connection that comes after the deadline is closed, not leaked
          admin = await bounded(connecting).catch(async (err) => {
            void connecting.then(async (late) => await late.close()).catch(() => {})
            throw err
          })
        }
        const s = (await bounded(admin.request({ status: {} }))).status!
        last = s
        if (memberPeers(s).length >= want.peers) return s
      } catch (err) {
        lastError = err as Error
        await admin?.close().catch(() => {})
        admin = undefined
      }
      const left = deadline - Date.now()
      if (left <= 0) break
      await new Promise((resolve) => setTimeout(resolve, Math.min(WAIT_POLL_MS, left)))
    }
  } finally {
    await admin?.close().catch(() => {})
  }
  const after = `${(want.timeoutMs / 1000).toString()} s`
  if (last == null) {
    throw new CliError('ERR_NO_DAEMON', `no daemon answered for ${home} within ${after}${lastError != null ? ` (last: ${lastError.message})` : ''}; start one with \`meshbackup daemon --home ${home}\` and look at its log, or wait longer with --timeout`)
  }
  const peers = memberPeers(last)
  throw new CliError('ERR_WAIT_TIMEOUT', `the daemon for ${home} (${last.peerId}) is connected to ${peers.length} of ${want.peers} member peer(s) after ${after}${peers.length > 0 ? ` (${peers.join(', ')})` : ''}; are the others running, and is each a member of the others (\`meshbackup members add\`)?`)
}

/** ", locked 7d (immutable)" or ", locked 7d (not immutable: why)": the repository's lock period, as status shows it. */
function lockNote (r: { lockDays?: number | null, immutableFiles?: boolean | null, immutableNote?: string | null }): string {
  if ((r.lockDays ?? 0) <= 0) return ''
  return `, locked ${r.lockDays}d (${r.immutableFiles === true ? 'immutable files' : `files not immutable: ${r.immutableNote ?? ''}`})`
}

export function addNodeCommands (program: Command): void {
  program.command('init')
    .description('create a node home: identity, admin key and config')
    .requiredOption('--roles <list>', `comma-separated roles: ${ROLES.join(', ')}`, collect)
    .option('--listen <multiaddr>', 'address to listen on (repeatable)', collect)
    .option('--bootstrap <multiaddr>', 'a peer to join through, ending in /p2p/<peer id> (repeatable)', collect)
    .option('--members <ids>', 'peer ids of the other mesh members (repeatable)', collect)
    .option('--proxy-slots <n>', 'tasks a proxy runs at once', slots('--proxy-slots'))
    .option('--repository-name <name>', 'the repository name jobs refer to')
    .option('--repository-path <dir>', 'the folder holding the repository (made now when missing; it must be writable)')
    .option('--repository-slots <n>', 'tasks a repository receives at once', slots('--repository-slots'))
    .option('--repository-s3 <url>', 'keep the repository in a bucket: http(s)://host:port/BUCKET (e.g. a Ceph gateway) or s3://BUCKET (AWS); --repository-path is then the node\'s cache')
    .option('--s3-credentials <file>', 'JSON { "accessKeyId", "secretAccessKey" } for --repository-s3, readable by the daemon only (chmod 600)')
    .option('--s3-region <region>', 'the bucket\'s region (default us-east-1)')
    .option('--lock-days <days>', 'lock period of the repository: its points cannot be deleted by anyone for this many days (fractions allowed)', lockDays('--lock-days'))
    .option('--repository-format <n>', 'format of a repository made new: 3 (BLAKE3 block ids, the default) or 2 (SHA-256: copies to and from format 2 repositories work only between repositories of one format)', Number)
    .option('--offsite', 'the repository\'s storage is off the site of the hosts it protects: the protection view counts its copies as off-site')
    .option('--http <host:port>', 'address of the HTTP status endpoint and dashboard ("off" to disable)', '127.0.0.1:0')
    .action(async (opts, cmd: Command) => {
      const home = homeOf(cmd)
      const { initHome } = await import('../config.ts')
      const result = await initHome(home, {
        roles: opts.roles as RoleName[],
        listen: opts.listen ?? ['/ip4/127.0.0.1/tcp/7100'],
        bootstrap: opts.bootstrap,
        members: opts.members,
        proxySlots: opts.proxySlots,
        repositoryName: opts.repositoryName,
        repositoryPath: opts.repositoryPath,
        repositorySlots: opts.repositorySlots,
        lockDays: opts.lockDays,
        offsite: opts.offsite === true,
        repositoryFormat: opts.repositoryFormat,
        repositoryS3: opts.repositoryS3,
        s3Credentials: opts.s3Credentials,
        s3Region: opts.s3Region,
        http: opts.http
      })
      if (json(cmd)) return print({ home, peerId: result.peerId, adminPeerId: result.adminPeerId, config: result.config })
      console.log(`created node ${result.peerId} in ${home}\nroles: ${result.config.roles.join(', ')}\nlisten: ${result.config.listen.join(', ')}\nadd this peer id to the other members with \`meshbackup members add ${result.peerId}\``)
    })

  program.command('daemon')
    .description('run the node daemon in the foreground (logs JSON lines to stdout); a start that fails prints one line to stderr and exits non-zero')
    .option('--log-level <level>', `${LOG_LEVELS.join('|')} (default: MESHBACKUP_LOG, else "logLevel" in config.json, else info)`)
    .action(async (opts: { logLevel?: string }, cmd: Command) => {
      const { parseLogLevel } = await import('../config.ts')
      const logLevel: LogLevel | undefined = opts.logLevel === undefined ? undefined : parseLogLevel(opts.logLevel, '--log-level')
      const { startDaemon } = await import('../daemon.ts')
      let daemon: Awaited<ReturnType<typeof startDaemon>>
      try {
        daemon = await startDaemon({ home: homeOf(cmd), logLevel })
      } catch (err) {
        // the failed start stopped what it had started; should anything still hold the event
        // loop (a socket libp2p did not close), the process exits anyway once main has printed
        setTimeout(() => process.exit(), 200).unref()
        throw err
      }
      await new Promise<void>((resolve) => {
        let stopping = false
        const stop = (): void => {
          // a second signal (a terminal's Ctrl-C also reaches a wrapper that forwards it) changes nothing
          if (stopping) return
          stopping = true
          setTimeout(() => {
            process.stderr.write('meshbackup: the daemon did not stop within 60 s; exiting (ERR_STOP_TIMEOUT)\n')
            process.exit(EXIT.failed)
          }, 60_000).unref()
          void daemon.stop().then(resolve)
        }
        process.on('SIGTERM', stop)
        process.on('SIGINT', stop)
      })
    })

  program.command('status')
    .description('this node, its peers and the capacity view; with --wait, once the daemon is up (for scripts right after a start)')
    .option('--wait', 'wait until the daemon is up and answers (polls daemon.json and the daemon); fails after --timeout')
    .option('--peers <n>', 'with --wait: also wait until it is connected to N member peers', count('--peers'))
    .option('--timeout <seconds>', 'with --wait: give up after this many seconds (default 60)', seconds('--timeout'))
    .action(async (opts: { wait?: boolean, peers?: number, timeout?: number }, cmd: Command) => {
      if (opts.wait !== true && (opts.peers != null || opts.timeout != null)) {
        throw new CliError('ERR_BAD_ARGUMENT', '--peers and --timeout go with --wait (`meshbackup status --wait --peers 2 --timeout 30`)')
      }
      const s = opts.wait === true
        ? await waitForDaemon(homeOf(cmd), { peers: opts.peers ?? 0, timeoutMs: (opts.timeout ?? DEFAULT_WAIT_S) * 1000 })
        : (await call(cmd, { status: {} })).status!
      if (json(cmd)) return print(plain(pb.StatusReply, s))
      console.log(`node ${s.peerId} (${s.roles?.join(', ')})\nlistening on ${s.addrs?.join(', ')}\nconnected to ${memberPeers(s).length} member peer(s)\n`)
      const rows = [['PEER', 'ROLES', 'PROXY SLOTS', 'REPOSITORY', 'HOSTS', 'AGE']]
      for (const c of s.capacity ?? []) {
        const a = c.announcement ?? {}
        rows.push([a.peerId ?? '', a.roles?.join(',') ?? '', a.proxy ? `${a.proxy.active}/${a.proxy.slots}` : '-',
          a.repository ? `${a.repository.name} ${a.repository.active}/${a.repository.slots} ${formatBytes(a.repository.freeBytes ?? 0)} free${lockNote(a.repository)}${a.repository.storage === 's3' ? ', S3' : ''}${a.repository.offsite === true ? ', off-site' : ''}` : '-',
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
        const { loadConfig, saveConfig, validatePeerId } = await import('../config.ts')
        const config = await loadConfig(home)
        config.members = [...new Set([...config.members, ...ids.map((id) => validatePeerId(id, 'member'))])]
        await saveConfig(home, config)
      }
      console.log(`added ${ids.length} member(s)`)
    })
  members.command('remove')
    .description('take peer ids off the member list: disconnected at once and refused from then on')
    .argument('<ids...>', 'peer ids')
    .action(async (ids: string[], _opts, cmd: Command) => {
      const home = homeOf(cmd)
      const info = await readDaemonInfo(home)
      if (info != null && processAlive(info.pid)) {
        await call(cmd, { membersRemove: { peerIds: ids } })
      } else {
        const [{ homePaths, loadConfig, loadKey, membersWithout, saveConfig }, { peerIdFromPrivateKey }] = await Promise.all([import('../config.ts'), import('@libp2p/peer-id')])
        const config = await loadConfig(home)
        const self = peerIdFromPrivateKey(await loadKey(homePaths(home).nodeKey)).toString()
        config.members = membersWithout(config.members, ids, self)
        await saveConfig(home, config)
      }
      console.log(`removed ${new Set(ids).size} member(s)`)
    })
  members.command('list')
    .description('show the member list')
    .action(async (_opts, cmd: Command) => {
      const { loadConfig } = await import('../config.ts')
      const config = await loadConfig(homeOf(cmd))
      if (json(cmd)) return print(config.members)
      console.log(config.members.join('\n'))
    })

  program.command('repl')
    .description('an interactive shell on the running daemon: commands with completion (`help`), and JavaScript with a `mesh` object')
    .action(async (_opts, cmd: Command) => {
      const { startRepl } = await import('../repl/repl.ts')
      await startRepl({ connect: async () => await connectHome(homeOf(cmd)) })
    })
}
