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

/**
 * The nodes that run boot checks (Announcement.boot_check), best first: the one `on` names (its
 * peer id or a unique start of it) when given; else proxies' nodes first, then the least busy.
 */
export function bootCheckNodes (capacity: Capacity, on = ''): string[] {
  const able = capacity.entries().filter((e) => (e.announcement.bootCheck?.slots ?? 0) > 0)
  if (on !== '') {
    const named = able.filter((e) => e.announcement.peerId === on || (e.announcement.peerId ?? '').startsWith(on))
    return named.length === 1 ? [named[0]!.announcement.peerId!] : []
  }
  const proxy = (e: typeof able[number]): number => e.announcement.roles?.includes('proxy') === true ? 0 : 1
  return able
    .sort((a, b) => proxy(a) - proxy(b) || (a.announcement.bootCheck?.active ?? 0) - (b.announcement.bootCheck?.active ?? 0) || (a.announcement.peerId ?? '').localeCompare(b.announcement.peerId ?? ''))
    .map((e) => e.announcement.peerId!)
}
