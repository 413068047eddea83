/**
 * @packageDocumentation
 * The node's home folder: its configuration, its identities and where its daemon says it runs.
 *
 * ```
 * home/
 *   config.json   roles, listen addresses, bootstrap peers, mesh members, role settings
 *   node.key      the node's libp2p private key (mode 0600): its peer id in the mesh
 *   admin.key     the admin identity the CLI uses to talk to this daemon (mode 0600)
 *   db/           the node's LevelDB (the manager's configuration database lives here)
 *   http.token    the token HTTP requests that change state must carry (mode 0600)
 *   daemon.json   written by a running daemon: pid, peer id, the addresses it listens on
 * ```
 */
import { mkdir, readFile, rename, readdir, open } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { homedir } from 'node:os'
import { randomBytes } from 'node:crypto'
import { generateKeyPair, privateKeyFromProtobuf, privateKeyToProtobuf } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey, peerIdFromString } from '@libp2p/peer-id'
import type { PrivateKey } from '@libp2p/interface'
import { CodedError } from './errors.ts'

export const ROLES = ['manager', 'scheduler', 'proxy', 'repository'] as const
export type RoleName = typeof ROLES[number]

export interface NodeConfig {
  roles: RoleName[]
  /** multiaddrs to listen on, e.g. /ip4/127.0.0.1/tcp/7100 */
  listen: string[]
  /** multiaddrs of peers to dial at start (each ending in /p2p/<peer id>) */
  bootstrap: string[]
  /** peer ids allowed in the mesh; every other peer is refused after the handshake */
  members: string[]
  /** peer ids allowed to use the admin protocol (this home's admin key is always one) */
  admins: string[]
  proxy?: { slots: number }
  repository?: { name: string, path: string, slots: number }
  /** ms between capacity announcements (default: 2 s, 100 ms per member from 20 members on; protocols/capacity.ts) */
  announcePeriodMs?: number
  /** host:port of the HTTP status endpoint (DEFAULT_HTTP: 127.0.0.1, a free port); "off" disables it */
  http?: string
  /**
   * The bulk lane (protocols/bulk-lane.ts): "off" keeps all block data on libp2p (set it on every
   * node of a mesh); otherwise the host:port a proxy or repository listens on for it. Default: the
   * host of the first listen address, a port the system picks.
   */
  bulkLane?: string
}

/** Where a node's bulk lane listens, or undefined when the config switches it off. */
export function bulkLaneAddress (config: Pick<NodeConfig, 'bulkLane' | 'listen'>): { host: string, port: number } | undefined {
  if (config.bulkLane === 'off') return undefined
  if (config.bulkLane != null && config.bulkLane !== '') {
    const m = /^\[?([^\]]*)\]?:(\d+)$/.exec(config.bulkLane)
    if (m == null || Number(m[2]) > 65535) throw new ConfigError('ERR_BAD_CONFIG', `"bulkLane": "${config.bulkLane}" is neither "off" nor host:port (e.g. 0.0.0.0:7200); fix config.json`)
    return { host: m[1]!, port: Number(m[2]) }
  }
  const listen = /^\/ip([46])\/([^/]+)\//.exec(config.listen[0] ?? '')
  return { host: listen?.[2] ?? '127.0.0.1', port: 0 }
}

/** The HTTP status endpoint listens on loopback, on a port the system picks (daemon.json says which). */
export const DEFAULT_HTTP = '127.0.0.1:0'

/** A home or config problem the user can fix. */
export class ConfigError extends CodedError {}

export function defaultHome (): string {
  return process.env.MESHBACKUP_HOME ?? join(homedir(), '.meshbackup')
}

export const homePaths = (home: string) => ({
  config: join(home, 'config.json'),
  nodeKey: join(home, 'node.key'),
  adminKey: join(home, 'admin.key'),
  db: join(home, 'db'),
  daemon: join(home, 'daemon.json'),
  httpToken: join(home, 'http.token')
})

/** Writes a file whole or not at all, fsynced, with the given mode. */
export async function writeFileAtomic (file: string, data: string | Uint8Array, mode = 0o644): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}`
  const handle = await open(tmp, 'w', mode)
  try {
    await handle.writeFile(data)
    await handle.sync()
  } finally {
    await handle.close()
  }
  await rename(tmp, file)
}

export function validatePeerId (id: string, what: string): string {
  try {
    return peerIdFromString(id).toString()
  } catch {
    throw new ConfigError('ERR_BAD_PEER_ID', `${what} "${id}" is not a libp2p peer id (expected something like 12D3KooW...)`)
  }
}

export interface InitOptions {
  roles: RoleName[]
  listen: string[]
  bootstrap?: string[]
  members?: string[]
  proxySlots?: number
  repositoryName?: string
  repositoryPath?: string
  repositorySlots?: number
  /** host:port of the HTTP status endpoint (DEFAULT_HTTP) */
  http?: string
}

/** Creates a home folder; refuses to touch one that already holds a node. */
export async function initHome (home: string, options: InitOptions): Promise<{ peerId: string, adminPeerId: string, config: NodeConfig }> {
  home = resolve(home)
  const paths = homePaths(home)
  await mkdir(home, { recursive: true, mode: 0o700 })
  const existing = await readdir(home)
  if (existing.includes('config.json') || existing.includes('node.key')) {
    throw new ConfigError('ERR_HOME_EXISTS', `${home} already holds a meshbackup node (config.json / node.key); use another --home, or remove that folder to start over`)
  }
  for (const role of options.roles) {
    if (!(ROLES as readonly string[]).includes(role)) {
      throw new ConfigError('ERR_BAD_ROLE', `unknown role "${role}"; roles are ${ROLES.join(', ')}`)
    }
  }
  if (options.roles.length === 0) throw new ConfigError('ERR_BAD_ROLE', `give at least one role (${ROLES.join(', ')})`)
  if (options.roles.includes('repository') && (options.repositoryPath == null || options.repositoryName == null)) {
    throw new ConfigError('ERR_REPOSITORY_CONFIG', 'a repository node needs --repository-name and --repository-path')
  }
  const nodeKey = await generateKeyPair('Ed25519')
  const adminKey = await generateKeyPair('Ed25519')
  const peerId = peerIdFromPrivateKey(nodeKey).toString()
  const adminPeerId = peerIdFromPrivateKey(adminKey).toString()
  const members = (options.members ?? []).map((m) => validatePeerId(m, 'member'))
  const config: NodeConfig = {
    roles: options.roles,
    listen: options.listen,
    bootstrap: options.bootstrap ?? [],
    members: [...new Set([peerId, ...members])],
    admins: [adminPeerId]
  }
  if (options.http != null && options.http !== 'off' && !/^(\[[0-9a-fA-F:.]+\]|[^:[\]]+):\d{1,5}$/.test(options.http)) {
    throw new ConfigError('ERR_BAD_HTTP_ADDRESS', `--http "${options.http}" must be HOST:PORT, e.g. 127.0.0.1:7180 (port 0: any free port), or "off"`)
  }
  if (options.http != null) config.http = options.http
  if (options.roles.includes('proxy')) config.proxy = { slots: options.proxySlots ?? 4 }
  if (options.roles.includes('repository')) {
    config.repository = { name: options.repositoryName!, path: resolve(options.repositoryPath!), slots: options.repositorySlots ?? 8 }
  }
  await writeFileAtomic(paths.nodeKey, privateKeyToProtobuf(nodeKey), 0o600)
  await writeFileAtomic(paths.adminKey, privateKeyToProtobuf(adminKey), 0o600)
  await writeFileAtomic(paths.config, JSON.stringify(config, null, 2) + '\n')
  await ensureHttpToken(home)
  return { peerId, adminPeerId, config }
}

export async function loadConfig (home: string): Promise<NodeConfig> {
  const file = homePaths(home).config
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (err: any) {
    if (err.code === 'ENOENT') throw new ConfigError('ERR_NO_HOME', `no meshbackup node at ${resolve(home)} (no config.json); create one with \`meshbackup init --home ${home}\``)
    throw err
  }
  let config: NodeConfig
  try {
    config = JSON.parse(text)
  } catch (err: any) {
    throw new ConfigError('ERR_BAD_CONFIG', `${file} is not valid JSON (${err.message}); fix or recreate it`)
  }
  if (!Array.isArray(config.roles) || !Array.isArray(config.listen) || !Array.isArray(config.members)) {
    throw new ConfigError('ERR_BAD_CONFIG', `${file} lacks roles, listen or members; fix or recreate it`)
  }
  config.bootstrap ??= []
  config.admins ??= []
  return config
}

export async function saveConfig (home: string, config: NodeConfig): Promise<void> {
  await writeFileAtomic(homePaths(home).config, JSON.stringify(config, null, 2) + '\n')
}

export async function loadKey (file: string): Promise<PrivateKey> {
  try {
    return privateKeyFromProtobuf(await readFile(file))
  } catch (err: any) {
    if (err.code === 'ENOENT') throw new ConfigError('ERR_NO_KEY', `key file ${file} is missing; this home was not created by \`meshbackup init\``)
    throw new ConfigError('ERR_BAD_KEY', `key file ${file} is not a libp2p private key (${err.message})`)
  }
}

/** What a running daemon publishes about itself in its home. */
export interface DaemonInfo {
  pid: number
  peerId: string
  addrs: string[]
  startedAt: number
  /** the HTTP status endpoint, e.g. http://127.0.0.1:41234 (absent when disabled) */
  http?: string
}

/** The home's HTTP token, created (random, mode 0600) when missing, e.g. in a home older than it. */
export async function ensureHttpToken (home: string): Promise<string> {
  const file = homePaths(home).httpToken
  try {
    const token = (await readFile(file, 'utf8')).trim()
    if (token !== '') return token
  } catch (err: any) {
    if (err.code !== 'ENOENT') throw new ConfigError('ERR_BAD_TOKEN', `cannot read the HTTP token ${file}: ${err.message}`)
  }
  const token = randomBytes(32).toString('hex')
  await writeFileAtomic(file, token + '\n', 0o600)
  return token
}

export function processAlive (pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err: any) {
    return err.code === 'EPERM'
  }
}

export async function readDaemonInfo (home: string): Promise<DaemonInfo | undefined> {
  try {
    return JSON.parse(await readFile(homePaths(home).daemon, 'utf8'))
  } catch {
    return undefined
  }
}

export async function writeDaemonInfo (home: string, info: DaemonInfo): Promise<void> {
  await writeFileAtomic(homePaths(home).daemon, JSON.stringify(info, null, 2) + '\n')
}

export async function ensureDir (dir: string): Promise<void> {
  await mkdir(dir, { recursive: true })
}
