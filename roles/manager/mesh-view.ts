/**
 * @packageDocumentation
 * What the manager needs to know about the mesh, read from the gossiped capacity view: which
 * nodes reach a host, which node holds a repository, which node schedules.
 */
import type { Capacity, CapacityEntry } from '../../protocols/capacity.ts'
import { UserError } from '../../node/actors/errors.ts'

export function proxiesReaching (capacity: Capacity, host: string): string[] {
  return capacity.entries()
    .filter((e) => e.announcement.proxy?.hosts?.some((h) => h.host === host && (h.modes?.length ?? 0) > 0))
    .map((e) => e.announcement.peerId!)
    .sort()
}

export function repositoryNodes (capacity: Capacity, name: string): string[] {
  return capacity.entries()
    .filter((e) => e.announcement.repository?.name === name)
    .map((e) => e.announcement.peerId!)
    .sort()
}

/** The scheduler to use: this node's own when it runs one, else the first in the view. */
export function schedulerNode (capacity: Capacity, self: string): string | undefined {
  const all = capacity.entries().filter((e) => e.announcement.roles?.includes('scheduler')).map((e) => e.announcement.peerId!)
  return all.includes(self) ? self : all.sort()[0]
}

/**
 * Resolves with the first non-empty answer of `pick` over the view, waiting for capacity changes
 * (not polling) up to timeoutMs; then throws a UserError with `failure`'s message.
 */
export async function waitForNodes (capacity: Capacity, pick: () => string[], timeoutMs: number, failure: () => UserError, signal?: AbortSignal): Promise<string[]> {
  const now = pick()
  if (now.length > 0) return now
  return await new Promise<string[]>((resolve, reject) => {
    const onChange = (_entry: CapacityEntry | undefined): void => {
      const found = pick()
      if (found.length > 0) { done(); resolve(found) }
    }
    const onAbort = (): void => { done(); reject(signal?.reason ?? new Error('aborted')) }
    const timer = setTimeout(() => { done(); reject(failure()) }, timeoutMs)
    const done = (): void => {
      clearTimeout(timer)
      capacity.off('change', onChange)
      signal?.removeEventListener('abort', onAbort)
    }
    capacity.on('change', onChange)
    signal?.addEventListener('abort', onAbort)
  })
}
