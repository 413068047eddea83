/**
 * @packageDocumentation
 * What the manager needs to know about the mesh, read from the gossiped capacity view: which
 * nodes reach a host, which node holds a repository, which node schedules.
 */
import type { Capacity } from '../../protocols/capacity.ts'

export { waitForNodes } from '../../protocols/capacity.ts'

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

/** Every repository name some node announces, sorted. */
export function repositoryNames (capacity: Capacity): string[] {
  return [...new Set(capacity.entries().map((e) => e.announcement.repository?.name ?? '').filter((n) => n !== ''))].sort()
}

/** Every node announcing a repository, whatever its name. */
export function allRepositoryNodes (capacity: Capacity): string[] {
  return capacity.entries()
    .filter((e) => (e.announcement.repository?.name ?? '') !== '')
    .map((e) => e.announcement.peerId!)
    .sort()
}

/** The scheduler to use: this node's own when it runs one, else the first in the view. */
export function schedulerNode (capacity: Capacity, self: string): string | undefined {
  const all = capacity.entries().filter((e) => e.announcement.roles?.includes('scheduler')).map((e) => e.announcement.peerId!)
  return all.includes(self) ? self : all.sort()[0]
}
