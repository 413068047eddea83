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
 *   admin.sock    the running daemon's local admin socket (mode 0600): how the CLI reaches it
 * ```
 * The paths, daemon.json and the liveness check live in home.ts: the CLI needs them without the
 * libp2p key code this file loads.
 */
import { mkdir, readFile, rename, readdir, open, stat, rm, rmdir, access, constants as fsConstants } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { randomBytes } from 'node:crypto'
import { generateKeyPair, privateKeyFromProtobuf, privateKeyToProtobuf } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey, peerIdFromString } from '@libp2p/peer-id'
import type { PrivateKey } from '@libp2p/interface'
import { multiaddr } from '@multiformats/multiaddr'
import { CodedError } from '../core/errors.ts'
import type { ConfigErrorCode, StartErrorCode } from './error-codes.ts'
import { LOG_LEVELS, ROLES, type LogLevel, type NodeConfig, type RoleName } from '../runtime/node-config.ts'
import { homePaths, type DaemonInfo } from './home.ts'

export { defaultHome, homePaths, processAlive, readDaemonInfo, type DaemonInfo } from './home.ts'

/** Checks a log level; `where` names its source (an option, a variable, a config key) in the error. */
export function parseLogLevel (value: unknown, where: string): LogLevel {
  if (typeof value === 'string' && (LOG_LEVELS as readonly string[]).includes(value)) return value as LogLevel
  throw new ConfigError('ERR_BAD_LOG_LEVEL', `${where} is ${JSON.stringify(value)}, not a log level; use one of ${LOG_LEVELS.join(', ')}`)
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
export class ConfigError extends CodedError<ConfigErrorCode | StartErrorCode> {}


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

/**
 * The member list without `ids`: each must be a peer id on the list, and not the node itself
 * (`self`). Refuses the whole change when one is not, so a typo removes nothing.
 */
export function membersWithout (members: string[], ids: string[], self: string): string[] {
  if (ids.length === 0) throw new ConfigError('ERR_BAD_PEER_ID', 'give the peer ids to remove (`meshbackup members list` shows them)')
  const clean = [...new Set(ids.map((id) => validatePeerId(id, 'member')))]
  if (clean.includes(self)) throw new ConfigError('ERR_BAD_MEMBER', `${self} is this node itself; remove it on the other nodes instead`)
  const unknown = clean.filter((id) => !members.includes(id))
  if (unknown.length > 0) {
    throw new ConfigError('ERR_NO_SUCH_MEMBER', `${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not on this node's member list, so nothing was removed; \`meshbackup members list\` shows the members`)
  }
  return members.filter((id) => !clean.includes(id))
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
  /** the repository's lock period in days (fractions allowed); 0 or absent: no lock */
  lockDays?: number
  /** the repository's storage is off the site of the hosts it protects (the protection view counts its copies as off-site) */
  offsite?: boolean
  /** the repository's format when it is made: 3 (BLAKE3 block ids, the default) or 2 (SHA-256, to copy to and from format 2 repositories) */
  repositoryFormat?: number
  /** the repository lives in this bucket: http(s)://host:port/bucket (an S3-compatible server) or s3://bucket (AWS S3) */
  repositoryS3?: string
  /** the S3 credentials file (JSON { accessKeyId, secretAccessKey }, mode 0600) */
  s3Credentials?: string
  s3Region?: string
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
  const s3 = options.repositoryS3 === undefined ? undefined : parseRepositoryS3(options.repositoryS3, options.s3Credentials, options.s3Region)
  if (options.lockDays !== undefined && !options.roles.includes('repository')) {
    throw new ConfigError('ERR_REPOSITORY_CONFIG', '--lock-days is the lock period of a repository: give it to a node with the repository role')
  }
  if (options.repositoryFormat !== undefined && options.repositoryFormat !== 2 && options.repositoryFormat !== 3) {
    throw new ConfigError('ERR_REPOSITORY_CONFIG', `--repository-format ${options.repositoryFormat}: use 3 (BLAKE3 block ids, the default) or 2 (SHA-256, to copy to and from format 2 repositories)`)
  }
  if (options.offsite === true && !options.roles.includes('repository')) {
    throw new ConfigError('ERR_REPOSITORY_CONFIG', '--offsite marks a repository\'s storage as off-site: give it to a node with the repository role')
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
  if (options.http != null && options.http !== 'off' && !HTTP_ADDRESS.test(options.http)) {
    throw new ConfigError('ERR_BAD_HTTP_ADDRESS', `--http "${options.http}" must be HOST:PORT, e.g. 127.0.0.1:7180 (port 0: any free port), or "off"`)
  }
  if (options.http != null) config.http = options.http
  if (options.roles.includes('proxy')) config.proxy = { slots: options.proxySlots ?? 4 }
  if (options.roles.includes('repository')) {
    // the last check: it makes the repository folder, so no other refusal can leave one behind
    const path = await checkRepositoryPath(options.repositoryPath!, { create: true, what: '--repository-path' })
    config.repository = { name: options.repositoryName!, path, slots: options.repositorySlots ?? 8 }
    if ((options.lockDays ?? 0) > 0) config.repository.lockDays = options.lockDays
    if (options.offsite === true) config.repository.offsite = true
    if (options.repositoryFormat !== undefined) config.repository.format = options.repositoryFormat
    if (s3 !== undefined) config.repository.s3 = s3
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
  if (config == null || typeof config !== 'object' || Array.isArray(config)) {
    throw new ConfigError('ERR_BAD_CONFIG', `${file} is not a JSON object; fix or recreate it`)
  }
  if (!Array.isArray(config.roles) || !Array.isArray(config.listen) || !Array.isArray(config.members)) {
    throw new ConfigError('ERR_BAD_CONFIG', `${file} lacks roles, listen or members; fix or recreate it`)
  }
  config.bootstrap ??= []
  config.admins ??= []
  checkConfig(config, file)
  return config
}

/**
 * Everything a daemon relies on in a loaded config, so a wrong value stops the start with its key
 * named instead of surfacing later as some component's error.
 */
function checkConfig (config: NodeConfig, file: string): void {
  const bad = (key: string, problem: string): never => {
    throw new ConfigError('ERR_BAD_CONFIG', `${file}: "${key}" ${problem}; fix it in config.json`)
  }
  const strings = (key: 'roles' | 'listen' | 'bootstrap' | 'members' | 'admins'): string[] => {
    const value = config[key] as unknown
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) bad(key, 'must be a list of strings')
    return value as string[]
  }
  const roles = strings('roles')
  if (roles.length === 0) bad('roles', `is empty; give at least one of ${ROLES.join(', ')}`)
  for (const role of roles) if (!(ROLES as readonly string[]).includes(role)) bad('roles', `holds unknown role "${role}"; roles are ${ROLES.join(', ')}`)
  for (const addr of strings('listen')) {
    try { multiaddr(addr) } catch { bad('listen', `holds "${addr}", which is not a multiaddr (e.g. /ip4/0.0.0.0/tcp/7100)`) }
  }
  for (const addr of strings('bootstrap')) {
    let peer: string | undefined
    try { peer = multiaddr(addr).getComponents().find((c) => c.name === 'p2p')?.value } catch {}
    if (peer == null) bad('bootstrap', `holds "${addr}", which is not a multiaddr ending in /p2p/<peer id> (copy it from the seed's \`meshbackup status\`)`)
  }
  for (const key of ['members', 'admins'] as const) {
    for (const id of strings(key)) {
      try { peerIdFromString(id) } catch { bad(key, `holds "${id}", which is not a libp2p peer id (expected something like 12D3KooW...)`) }
    }
  }
  const positive = (key: string, value: unknown, integer: boolean): void => {
    if (value === undefined) return
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
      bad(key, `is ${JSON.stringify(value)}; use a ${integer ? 'whole ' : ''}number above 0`)
    }
  }
  positive('announcePeriodMs', config.announcePeriodMs, false)
  positive('restoreStallMs', config.restoreStallMs, false)
  if (config.http !== undefined && (typeof config.http !== 'string' || (config.http !== 'off' && !HTTP_ADDRESS.test(config.http)))) {
    bad('http', `is ${JSON.stringify(config.http)}; use HOST:PORT (e.g. 127.0.0.1:7180, port 0: any free port) or "off"`)
  }
  if (config.bulkLane !== undefined && typeof config.bulkLane !== 'string') bad('bulkLane', 'must be "off" or host:port')
  bulkLaneAddress(config)
  if (config.logLevel !== undefined) parseLogLevel(config.logLevel, `"logLevel" in ${file}`)
  if (config.proxy !== undefined) positive('proxy.slots', config.proxy?.slots, true)
  if (roles.includes('repository')) {
    const repo = config.repository
    if (repo == null || typeof repo !== 'object') {
      throw new ConfigError('ERR_REPOSITORY_CONFIG', `${file}: this node has the repository role but no "repository" section ({ "name", "path", "slots" }); add it, or run \`meshbackup init\` again`)
    }
    if (typeof repo.name !== 'string' || repo.name === '') bad('repository.name', 'must be the repository\'s name (e.g. "main")')
    if (typeof repo.path !== 'string' || !repo.path.startsWith('/')) bad('repository.path', 'must be an absolute path to the repository\'s folder')
    positive('repository.slots', repo.slots, true)
    if (repo.reserveBytes !== undefined && (typeof repo.reserveBytes !== 'number' || !Number.isSafeInteger(repo.reserveBytes) || repo.reserveBytes < 0)) {
      bad('repository.reserveBytes', `is ${JSON.stringify(repo.reserveBytes)}; use a whole number of bytes, 0 or more`)
    }
    if (repo.lockDays !== undefined && (typeof repo.lockDays !== 'number' || !(repo.lockDays >= 0) || repo.lockDays > 36_500)) {
      bad('repository.lockDays', `is ${JSON.stringify(repo.lockDays)}; use a number of days from 0 (no lock) to 36500`)
    }
    if (repo.format !== undefined && repo.format !== 2 && repo.format !== 3) bad('repository.format', `is ${JSON.stringify(repo.format)}; use 3 (BLAKE3 block ids, the default) or 2 (SHA-256, to copy to and from format 2 repositories)`)
    if (repo.offsite !== undefined && typeof repo.offsite !== 'boolean') bad('repository.offsite', `is ${JSON.stringify(repo.offsite)}; use true (its storage is off the sources' site) or false`)
    if (repo.checkpointSeconds !== undefined && (typeof repo.checkpointSeconds !== 'number' || !(repo.checkpointSeconds > 0) || repo.checkpointSeconds > 86_400)) {
      bad('repository.checkpointSeconds', `is ${JSON.stringify(repo.checkpointSeconds)}; use a number of seconds above 0, at most 86400`)
    }
    if (repo.s3 !== undefined) {
      if (typeof repo.s3 !== 'object' || repo.s3 === null || typeof repo.s3.bucket !== 'string' || !BUCKET_NAME.test(repo.s3.bucket)) bad('repository.s3.bucket', 'must be an S3 bucket name (3 to 63 lower-case letters, digits, dots and hyphens)')
      if (typeof repo.s3.credentialsFile !== 'string' || !repo.s3.credentialsFile.startsWith('/')) bad('repository.s3.credentialsFile', 'must be the absolute path of the S3 credentials file (JSON { "accessKeyId", "secretAccessKey" }, mode 0600)')
      if (repo.s3.endpoint !== undefined && !/^https?:\/\/[^/]+$/.test(repo.s3.endpoint)) bad('repository.s3.endpoint', `is ${JSON.stringify(repo.s3.endpoint)}; use http(s)://host:port, or leave it out for AWS S3`)
      if (repo.s3.leaseSeconds !== undefined && (typeof repo.s3.leaseSeconds !== 'number' || !(repo.s3.leaseSeconds >= 1) || repo.s3.leaseSeconds > 3600)) bad('repository.s3.leaseSeconds', 'use 1 to 3600 seconds')
    }
  }
}

const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/

/** `--repository-s3`: http(s)://host:port/bucket (an S3-compatible server) or s3://bucket (AWS S3, `--s3-region`). */
function parseRepositoryS3 (url: string, credentials: string | undefined, region: string | undefined): NonNullable<NodeConfig['repository']>['s3'] {
  const m = /^(s3:\/\/|(https?:\/\/[^/]+)\/)([^/]+)\/?$/.exec(url)
  if (m === null || !BUCKET_NAME.test(m[3]!)) {
    throw new ConfigError('ERR_REPOSITORY_CONFIG', `--repository-s3 "${url}" must be http(s)://host:port/BUCKET (an S3-compatible server such as Ceph's gateway) or s3://BUCKET (AWS S3), with a valid bucket name`)
  }
  if (credentials === undefined) {
    throw new ConfigError('ERR_REPOSITORY_CONFIG', '--repository-s3 needs --s3-credentials FILE: a JSON file { "accessKeyId", "secretAccessKey" } readable by the daemon only (chmod 600); keys never go on a command line')
  }
  return { ...(m[2] === undefined ? {} : { endpoint: m[2] }), region: region ?? 'us-east-1', bucket: m[3]!, credentialsFile: resolve(credentials) }
}

/** HOST:PORT or [v6]:PORT, as `--http` and "http" take it. */
const HTTP_ADDRESS = /^(\[[0-9a-fA-F:.]+\]|[^:[\]]+):\d{1,5}$/

/**
 * Whether a repository can live at `path`: an existing folder, or one that can be made, that the
 * daemon can write. `create` (what `init` does) makes the folder when missing and proves it
 * writable with a probe file it removes again; nothing is created outside the folder (a failed
 * check removes the folders it made). Without `create` (a daemon's start) it only looks. Returns
 * the absolute path; throws ERR_BAD_REPOSITORY_PATH naming the part of the path that is wrong.
 */
export async function checkRepositoryPath (path: string, options: { create?: boolean, what?: string } = {}): Promise<string> {
  const target = resolve(path)
  const what = options.what ?? 'repository path'
  const fail = (problem: string, cause?: unknown): never => {
    throw new ConfigError('ERR_BAD_REPOSITORY_PATH', `${what} ${target} ${problem}`, { cause })
  }
  // the nearest part of the path that exists
  let existing = target
  for (;;) {
    try {
      const st = await stat(existing)
      if (!st.isDirectory()) {
        fail(existing === target ? 'is a file, not a folder; choose a folder' : `cannot be a folder: ${existing} is a file; choose a path under a folder`)
      }
      break
    } catch (err: any) {
      if (err instanceof ConfigError) throw err
      if (err.code !== 'ENOENT' && err.code !== 'ENOTDIR') fail(`cannot be checked (${err.code ?? err.message} on ${existing}); choose another path or fix its permissions`, err)
      const parent = dirname(existing)
      if (parent === existing) fail('has no existing folder above it')
      existing = parent
    }
  }
  if (options.create !== true) {
    try {
      await access(existing, fsConstants.W_OK | fsConstants.X_OK)
    } catch (err: any) {
      fail(existing === target ? `is not writable (${err.code}); let the daemon's user write it, or choose another folder` : `cannot be created: ${existing} is not writable (${err.code}); create the folder for the daemon's user, or choose another path`, err)
    }
    return target
  }
  // one folder at a time, not mkdir's recursive mode: that one loops forever where a parent
  // refuses new folders with ENOENT (/proc)
  const missing: string[] = []
  for (let dir = target; dir !== existing; dir = dirname(dir)) missing.unshift(dir)
  const made: string[] = []
  const undo = async (): Promise<void> => {
    for (const dir of made.reverse()) await rmdir(dir).catch(() => {})
  }
  for (const dir of missing) {
    try {
      await mkdir(dir)
      made.push(dir)
    } catch (err: any) {
      await undo()
      fail(`cannot be created (${err.code ?? err.message} on ${dir}); choose a path in a folder the daemon's user can write`, err)
    }
  }
  const probe = join(target, `.meshbackup-probe-${process.pid}`)
  try {
    await (await open(probe, 'wx', 0o600)).close()
    await rm(probe, { force: true })
  } catch (err: any) {
    await undo()
    fail(`is not writable (${err.code ?? err.message}); let the daemon's user write it, or choose another folder`, err)
  }
  return target
}

export async function saveConfig (home: string, config: NodeConfig): Promise<void> {
  await writeFileAtomic(homePaths(home).config, JSON.stringify(config, null, 2) + '\n')
}

export async function loadKey (file: string): Promise<PrivateKey> {
  let bytes: Buffer
  try {
    bytes = await readFile(file)
  } catch (err: any) {
    if (err.code === 'ENOENT') throw new ConfigError('ERR_NO_KEY', `key file ${file} is missing; this home was not created by \`meshbackup init\``)
    throw new ConfigError('ERR_KEY_UNREADABLE', `key file ${file} cannot be read (${err.code ?? err.message}); it must be a file the daemon's user can read (mode 0600, owned by that user)`, { cause: err })
  }
  try {
    return privateKeyFromProtobuf(bytes)
  } catch (err: any) {
    throw new ConfigError('ERR_BAD_KEY', `key file ${file} is not a libp2p private key (${err.message}); restore it from a backup of this home, or create a new home with \`meshbackup init\``)
  }
}

/** What a running daemon publishes about itself in its home. */

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


export async function writeDaemonInfo (home: string, info: DaemonInfo): Promise<void> {
  await writeFileAtomic(homePaths(home).daemon, JSON.stringify(info, null, 2) + '\n')
}

export async function ensureDir (dir: string): Promise<void> {
  await mkdir(dir, { recursive: true })
}
