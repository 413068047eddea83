/**
 * @packageDocumentation
 * A real mesh on 127.0.0.1 made the way an operator makes one: `meshbackup init` per node,
 * `members add` of every other node, then one `meshbackup daemon` child process per node.
 * Used by the end-to-end tests, the `npm start` demo and `npm run bench`.
 *
 * @example
 * ```ts
 * const cluster = await startCluster({ dir, nodes: [
 *   { name: 'a', roles: ['manager', 'scheduler'] },
 *   { name: 'b', roles: ['proxy'] },
 *   { name: 'c', roles: ['repository'], repositoryName: 'main' }] })
 * await cluster.cli('a', ['job', 'list'])
 * await cluster.stop()
 * ```
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { openSync, closeSync, readFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadConfig, readDaemonInfo, saveConfig } from '../node/daemon/config.ts'

export const CLI = join(dirname(fileURLToPath(import.meta.url)), '..', 'node', 'bin', 'meshbackup.js')

export interface NodeSpec {
  name: string
  roles: string[]
  repositoryName?: string
  proxySlots?: number
  repositorySlots?: number
  /** the repository's lock period in days (`init --lock-days`) */
  lockDays?: number
  /** the repository's storage is off-site (`init --offsite`) */
  offsite?: boolean
  /** capacity announcement period, ms (the daemon's default when unset) */
  announcePeriodMs?: number
  /** keep the repository in a bucket (`init --repository-s3 URL --s3-credentials FILE`); leaseSeconds goes into config.json */
  repositoryS3?: { url: string, credentials: string, leaseSeconds?: number }
  /** address to listen on (default 127.0.0.1; any 127.x.y.z is loopback on Linux) */
  host?: string
}

/** The spine's layout: a (manager, scheduler), b (proxy), c (repository "main"). */
export const SPINE: NodeSpec[] = [
  { name: 'a', roles: ['manager', 'scheduler'] },
  { name: 'b', roles: ['proxy'] },
  { name: 'c', roles: ['repository'], repositoryName: 'main' }
]

export interface ClusterNode {
  spec: NodeSpec
  home: string
  port: number
  peerId: string
  log: string
  process?: ChildProcess
}

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

/**
 * A port free now, below Linux's ephemeral range (32768–60999 by default): a port the kernel
 * handed out there was, with 50 daemons dialling each other, often taken by some connection's
 * local end before the daemon meant to listen on it had started.
 */
export async function freePort (): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    const wanted = attempt < 50 ? 20_000 + Math.floor(Math.random() * 12_000) : 0
    const port = await new Promise<number | undefined>((resolve) => {
      const server = createServer()
      server.unref()
      server.on('error', () => resolve(undefined))
      server.listen(wanted, '127.0.0.1', () => {
        const port = (server.address() as { port: number }).port
        server.close(() => resolve(port))
      })
    })
    if (port != null) return port
  }
}

/** Runs the CLI as a child process (the same Node as this one). */
export async function runCli (home: string, args: string[], options: { env?: NodeJS.ProcessEnv, onStderr?: (chunk: string) => void } = {}): Promise<CliResult> {
  return await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, '--home', home, ...args], { env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => { stdout += d })
    child.stderr.on('data', (d) => { stderr += d; options.onStderr?.(String(d)) })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }))
  })
}

/** Waits until `check` returns a value (polled every `everyMs`), or fails naming `what`. */
export async function waitUntil<T> (what: string, check: () => Promise<T | undefined> | T | undefined, timeoutMs = 20_000, everyMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let lastError: unknown
  for (;;) {
    try {
      const value = await check()
      if (value !== undefined && value !== false) return value
    } catch (err) {
      lastError = err
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError != null ? ` (last error: ${(lastError as Error).message})` : ''}`)
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
}

export class Cluster {
  readonly dir: string
  readonly nodes: Map<string, ClusterNode>

  constructor (dir: string, nodes: ClusterNode[]) {
    this.dir = dir
    this.nodes = new Map(nodes.map((n) => [n.spec.name, n]))
  }

  node (name: string): ClusterNode {
    const node = this.nodes.get(name)
    if (node == null) throw new Error(`no node ${name} in the cluster`)
    return node
  }

  /** Runs the CLI against a node's home; throws with the CLI's stderr unless `allowFailure`. */
  async cli (name: string, args: string[], options: { allowFailure?: boolean, onStderr?: (chunk: string) => void } = {}): Promise<CliResult> {
    const result = await runCli(this.node(name).home, args, { onStderr: options.onStderr })
    if (result.code !== 0 && options.allowFailure !== true) {
      throw new Error(`meshbackup ${args.join(' ')} on ${name} exited ${result.code}: ${result.stderr.trim()}`)
    }
    return result
  }

  async json<T = any> (name: string, args: string[]): Promise<T> {
    return JSON.parse((await this.cli(name, ['--json', ...args])).stdout) as T
  }

  /**
   * GET on a running daemon's HTTP API (e.g. `/api/status`, `/api/sessions/ID`): what the CLI
   * answers, without starting a Node process per question (which, polled across 50 daemons,
   * cost more CPU than the daemons did).
   */
  async api<T = any> (name: string, path: string): Promise<T> {
    const node = this.node(name)
    const info = await readDaemonInfo(node.home)
    if (info?.http == null || info.pid !== node.process?.pid) throw new Error(`daemon ${name} has not written its HTTP address yet`)
    const res = await fetch(`${info.http}${path}`, { signal: AbortSignal.timeout(10_000) })
    if (!res.ok) throw new Error(`GET ${path} on ${name}: HTTP ${res.status} ${await res.text()}`)
    return await res.json() as T
  }

  startDaemon (name: string): ChildProcess {
    const node = this.node(name)
    const out = openSync(node.log, 'a')
    const child = spawn(process.execPath, [CLI, '--home', node.home, 'daemon'], { stdio: ['ignore', out, out], env: { ...process.env, MESHBACKUP_LOG: process.env.MESHBACKUP_LOG ?? 'info' } })
    closeSync(out)
    node.process = child
    return child
  }

  /** Every node sees every other node in its capacity view. */
  async waitForMesh (timeoutMs = 30_000): Promise<void> {
    const all = [...this.nodes.values()].filter((n) => n.process != null && n.process.exitCode == null)
    for (const node of all) {
      await waitUntil(`node ${node.spec.name} to see ${all.length} nodes`, async () => {
        if (node.process?.exitCode != null) throw new Error(`daemon ${node.spec.name} exited ${node.process.exitCode}; log:\n${this.logTail(node.spec.name)}`)
        const status = await this.api(node.spec.name, '/api/status')
        const seen = new Set((status.capacity ?? []).map((c: any) => c.announcement?.peerId))
        return all.every((n) => seen.has(n.peerId)) ? true : undefined
      }, timeoutMs, 300)
    }
  }

  /** Registers a file host through node `from` and waits until a proxy reaches it. */
  async addFileHost (from: string, host: string, path: string): Promise<void> {
    await this.cli(from, ['host', 'add', host, '--type', 'file', '--path', path])
    await this.waitForHost(from, host)
  }

  /** Waits until some proxy announces that it reaches `host`. */
  async waitForHost (from: string, host: string, timeoutMs = 30_000): Promise<void> {
    await waitUntil(`a proxy reaching host ${host}`, async () => {
      const status = await this.json(from, ['status'])
      return (status.capacity ?? []).some((c: any) => (c.announcement?.proxy?.hosts ?? []).some((h: any) => h.host === host && (h.modes?.length ?? 0) > 0)) ? true : undefined
    }, timeoutMs, 300)
  }

  logTail (name: string, lines = 30): string {
    try {
      return readFileSync(this.node(name).log, 'utf8').trim().split('\n').slice(-lines).join('\n')
    } catch {
      return '(no log)'
    }
  }

  /** Stops one daemon with SIGTERM (SIGKILL after `graceMs`). */
  async stopDaemon (name: string, signal: NodeJS.Signals = 'SIGTERM', graceMs = 10_000): Promise<void> {
    const child = this.node(name).process
    if (child == null || child.exitCode != null || child.signalCode != null) return
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    child.kill(signal)
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
    await exited
    clearTimeout(timer)
  }

  async stop (): Promise<void> {
    await Promise.all([...this.nodes.keys()].map(async (name) => await this.stopDaemon(name)))
  }
}

export interface ClusterInit {
  dir: string
  nodes: NodeSpec[]
  /** start the daemons and wait until every node sees every other (default true) */
  start?: boolean
}

/**
 * Creates every node's home (the first three nodes are the bootstrap seeds of the others, as an
 * operator lists a few), makes them members of each other, and starts the daemons.
 */
export async function startCluster (init: ClusterInit): Promise<Cluster> {
  await mkdir(init.dir, { recursive: true })
  const nodes: ClusterNode[] = []
  const seeds: string[] = []
  const ports = new Set<number>()
  for (const spec of init.nodes) {
    const home = join(init.dir, spec.name)
    let port = await freePort()
    while (ports.has(port)) port = await freePort()
    ports.add(port)
    const host = spec.host ?? '127.0.0.1'
    const args = ['--json', 'init', '--roles', spec.roles.join(','), '--listen', `/ip4/${host}/tcp/${port}`]
    for (const seed of seeds) args.push('--bootstrap', seed)
    if (spec.repositoryName != null) args.push('--repository-name', spec.repositoryName, '--repository-path', join(init.dir, `${spec.name}-repository`))
    if (spec.proxySlots != null) args.push('--proxy-slots', String(spec.proxySlots))
    if (spec.repositorySlots != null) args.push('--repository-slots', String(spec.repositorySlots))
    if (spec.lockDays != null) args.push('--lock-days', String(spec.lockDays))
    if (spec.offsite === true) args.push('--offsite')
    if (spec.repositoryS3 != null) args.push('--repository-s3', spec.repositoryS3.url, '--s3-credentials', spec.repositoryS3.credentials)
    const result = await runCli(home, args)
    if (result.code !== 0) throw new Error(`meshbackup init of ${spec.name} failed: ${result.stderr}`)
    const { peerId } = JSON.parse(result.stdout)
    if (spec.announcePeriodMs != null) await saveConfig(home, { ...await loadConfig(home), announcePeriodMs: spec.announcePeriodMs })
    if (spec.repositoryS3?.leaseSeconds != null) {
      const config = await loadConfig(home)
      config.repository!.s3!.leaseSeconds = spec.repositoryS3.leaseSeconds
      await saveConfig(home, config)
    }
    if (seeds.length < 3) seeds.push(`/ip4/127.0.0.1/tcp/${port}/p2p/${peerId}`)
    if (seeds.length < 3) seeds.push(`/ip4/${host}/tcp/${port}/p2p/${peerId}`)
    nodes.push({ spec, home, port, peerId, log: join(init.dir, `${spec.name}.log`) })
  }
  for (const node of nodes) {
    const others = nodes.filter((n) => n !== node).map((n) => n.peerId)
    if (others.length === 0) continue
    const result = await runCli(node.home, ['members', 'add', ...others])
    if (result.code !== 0) throw new Error(`meshbackup members add on ${node.spec.name} failed: ${result.stderr}`)
  }
  const cluster = new Cluster(init.dir, nodes)
  if (init.start !== false) {
    try {
      for (const node of nodes) cluster.startDaemon(node.spec.name)
      await cluster.waitForMesh()
    } catch (err) {
      await cluster.stop()
      throw err
    }
  }
  return cluster
}
