/**
 * @packageDocumentation
 * Where a node home keeps its files, and what a running daemon leaves there for its CLI:
 * daemon.json and the admin socket. Kept apart from config.ts (keys, validation, libp2p) so the
 * CLI finds its daemon without loading any of that.
 */
import { readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'

export function defaultHome (): string {
  return process.env.MESHBACKUP_HOME ?? join(homedir(), '.meshbackup')
}

export const homePaths = (home: string) => ({
  config: join(home, 'config.json'),
  nodeKey: join(home, 'node.key'),
  adminKey: join(home, 'admin.key'),
  db: join(home, 'db'),
  daemon: join(home, 'daemon.json'),
  httpToken: join(home, 'http.token'),
  /** the running daemon's local admin socket (node/daemon/admin-socket.ts) */
  adminSocket: join(home, 'admin.sock')
})

export interface DaemonInfo {
  pid: number
  peerId: string
  addrs: string[]
  startedAt: number
  /** the HTTP status endpoint, e.g. http://127.0.0.1:41234 (absent when disabled) */
  http?: string
}

/** Whether a process with this pid exists (EPERM: it does, under another user). */
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
