/**
 * @packageDocumentation
 * The restore points of a bucket-backed repository: `points/<id>.point` objects, the same bytes
 * as a folder's point files. A commit publishes the object first (after the packs it uses are
 * retained as long as its lock: `cover`), then the node writes its local copy, so a point is in
 * the bucket before anyone can see it; a delete removes every version of the object first. The
 * node's points/ folder is a cache that `sync` makes equal to the bucket's (a node that takes
 * the repository over downloads them all).
 *
 * @example
 * ```ts
 * const points = new BucketPoints({ store, lease })
 * await points.publish(point.id, fileBytes, point.lockUntilMs)
 * await points.sync(root)                     // { downloaded, removed }
 * ```
 */
import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from '../files.ts'
import { RepositoryError } from '../errors.ts'
import { checkManifest } from '../manifests.ts'
import type { BucketLease } from './bucket-lease.ts'
import type { ObjectStore } from './object-store.ts'

const SYNC_IN_FLIGHT = 16

export function pointKey (id: string): string {
  return `points/${id}.point`
}

export class BucketPoints {
  private readonly store: ObjectStore
  private readonly lease: BucketLease
  private readonly versioned: boolean

  /** `versioned`: the bucket keeps versions (Object Lock): a point is read from the first version written, past any later one or delete marker */
  constructor (init: { store: ObjectStore, lease: BucketLease, versioned?: boolean }) {
    this.store = init.store
    this.lease = init.lease
    this.versioned = init.versioned === true
  }

  /** Writes the point's object; locked (COMPLIANCE) until `lockUntilMs` when that is still ahead. */
  async publish (id: string, file: Uint8Array, lockUntilMs: number): Promise<void> {
    this.lease.check()
    const retainUntil = lockUntilMs > Date.now() + 1000 ? new Date(lockUntilMs) : undefined
    await this.store.put(pointKey(id), file, { retainUntil })
  }

  /** Removes every version of the point's object; a locked version refuses (ERR_POINT_LOCKED). */
  async remove (id: string): Promise<void> {
    this.lease.check()
    const key = pointKey(id)
    const versions = []
    for await (const v of this.store.listVersions(key)) if (v.key === key) versions.push({ key, versionId: v.versionId })
    const { locked } = await this.store.delete(versions)
    if (locked.length > 0) {
      throw new RepositoryError('ERR_POINT_LOCKED', `restore point ${id} is locked in bucket "${this.store.bucket}" (its object's retention has not passed); it stays`, { subject: id })
    }
  }

  /** Makes the node's points/ folder hold exactly the bucket's points (each checked on download). */
  async sync (root: string): Promise<{ downloaded: number, removed: number }> {
    // id → the version to read (undefined: the latest)
    const inBucket = new Map<string, string | undefined>()
    if (this.versioned) {
      // newest first per key: the last version seen is the first written
      for await (const v of this.store.listVersions('points/')) {
        const id = /^points\/(.+)\.point$/.exec(v.key)?.[1]
        if (id !== undefined && !v.deleteMarker) inBucket.set(id, v.versionId)
      }
    } else {
      for await (const o of this.store.list('points/')) {
        const id = /^points\/(.+)\.point$/.exec(o.key)?.[1]
        if (id !== undefined) inBucket.set(id, undefined)
      }
    }
    const dir = join(root, 'points')
    const local = new Set((await readdir(dir).catch(() => [] as string[])).filter(f => f.endsWith('.point')).map(f => f.slice(0, -'.point'.length)))
    const missing = [...inBucket.keys()].filter(id => !local.has(id))
    let next = 0
    const worker = async (): Promise<void> => {
      while (next < missing.length) {
        const id = missing[next++]!
        const bytes = await this.store.get({ key: pointKey(id), versionId: inBucket.get(id) })
        // a damaged object is still copied: the catalog lists the point as damaged, with why
        await checkManifest(bytes, `${this.store.bucket}/${pointKey(id)}`).catch(() => {})
        await writeFileAtomic({ tmpDir: join(root, 'tmp'), path: join(dir, `${id}.point`), data: [bytes] })
      }
    }
    await Promise.all(Array.from({ length: Math.min(SYNC_IN_FLIGHT, missing.length) }, worker))
    let removed = 0
    for (const id of local) {
      if (inBucket.has(id)) continue
      await rm(join(dir, `${id}.point`), { force: true })
      removed++
    }
    return { downloaded: missing.length, removed }
  }
}
