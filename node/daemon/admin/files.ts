/**
 * @packageDocumentation
 * File-level restore on the daemon: `files_list`, `files_find` and `files_get` admin requests
 * (proto/files.proto) answered by reading the guest filesystem with node/hosts/guest-fs/. The
 * disk is a restore point's, served by this daemon's NBD server and mounted by nbdfuse
 * (`exportPoint`, wired where the NBD server is), or, for a snapshot's image in direct mode or
 * a test, a file on this host or an NBD export named by address.
 *
 * @example
 * ```ts
 * const reply = await filesRequest({}, { filesList: { disk: { file: '/vm/disk0.raw' }, path: '/etc' } })
 * ```
 */
import { resolve } from 'node:path'
import type { AdminReply, AdminRequest, GuestDiskWire, Progress } from '../../../proto/index.ts'
import { openGuestFiles, type GuestDiskSource, type GuestFiles } from '../../hosts/guest-fs/guest-files.ts'
import type { DiskMount } from '../../hosts/guest-fs/disk-mount.ts'
import { extractTree } from '../../hosts/guest-fs/extract-tree.ts'
import type { GuestEntry } from '../../hosts/guest-fs/guest-entry.ts'
import type { Volume } from '../../hosts/guest-fs/volumes.ts'
import { UserError } from '../../runtime/actors/errors.ts'

/** A restore point's disk served as an NBD export until `close()`. */
export interface PointExport {
  address: string
  exportName: string
  close (): Promise<void>
}

export interface FilesInit {
  /**
   * Serves a point's disk over NBD (NbdServer.add with a PointDiskSource). Undefined until the
   * NBD server is part of the daemon: a request naming only a point is then ERR_POINT_NOT_SERVED.
   */
  exportPoint?: (disk: { pointId: string, vm: string, disk: number }) => Promise<PointExport>
  /** how an NBD export becomes a file; default nbdfuse */
  mount?: DiskMount
  /** stops serving points (the daemon's stop) */
  close?: () => Promise<void>
}

/** The file-level restore requests this module answers. */
export function isFilesRequest (request: AdminRequest): boolean {
  return request.filesList != null || request.filesFind != null || request.filesGet != null
}

/** Answers one files_* request; GuestFsErrors go back to the asker with their ERR_FS_ codes. */
export async function filesRequest (init: FilesInit, request: AdminRequest, progress?: (p: Progress) => Promise<void>): Promise<AdminReply> {
  const wire = request.filesList?.disk ?? request.filesFind?.disk ?? request.filesGet?.disk
  return await withGuest(init, wire ?? {}, async (guest) => {
    if (request.filesList != null) {
      const entries = await guest.reader.list(request.filesList.path || '/')
      return { filesListing: listing(guest, entries, false) }
    }
    if (request.filesFind != null) {
      const f = request.filesFind
      if ((f.pattern ?? '') === '') throw new UserError('ERR_BAD_REQUEST', 'files find needs a pattern (e.g. "*.conf" or "/etc/**/*.conf")')
      const found = await guest.reader.find(f.pattern!, { under: f.under || '/', limit: f.limit || 1000 })
      return { filesListing: listing(guest, found.entries, found.truncated) }
    }
    const g = request.filesGet!
    if ((g.paths ?? []).length === 0) throw new UserError('ERR_BAD_REQUEST', 'files get needs at least one guest path')
    if ((g.to ?? '') === '') throw new UserError('ERR_BAD_REQUEST', 'files get needs a --to folder')
    const to = resolve(g.to!)
    const started = Date.now()
    let done = 0
    let sentAt = 0
    const summary = await extractTree(guest.reader, g.paths!, to, {
      // a progress frame at most every 250 ms: a folder of 100,000 small files is not 100,000 frames
      onFile: (path, bytes) => {
        done += bytes
        if (Date.now() - sentAt < 250) return
        sentAt = Date.now()
        void progress?.({ what: path, doneBytes: done, totalBytes: 0 })?.catch(() => {})
      }
    })
    return {
      filesGot: {
        volume: guest.volume.name,
        to,
        files: summary.files,
        dirs: summary.dirs,
        symlinks: summary.symlinks,
        hardlinks: summary.hardlinks,
        bytes: summary.bytes,
        skipped: summary.skipped.map((s) => `${s.path}: ${s.reason}`),
        durationMs: Date.now() - started
      }
    }
  })
}

/** Opens the guest disk a request names, runs `fn`, and closes everything (the export too). */
export async function withGuest<T> (init: FilesInit, wire: GuestDiskWire, fn: (guest: GuestFiles) => Promise<T>): Promise<T> {
  let source: GuestDiskSource
  let served: PointExport | undefined
  if ((wire.file ?? '') !== '') source = { file: resolve(wire.file!) }
  else if ((wire.nbdAddress ?? '') !== '') source = { nbd: { address: wire.nbdAddress!, exportName: wire.nbdExport ?? '' } }
  else if ((wire.pointId ?? '') !== '') {
    if (init.exportPoint == null) {
      throw new UserError('ERR_POINT_NOT_SERVED', `this daemon cannot serve restore point ${wire.pointId}'s disk for file-level restore yet (it has no NBD server); restore the disk with \`meshbackup restore\`, or name an image with --image`)
    }
    served = await init.exportPoint({ pointId: wire.pointId!, vm: wire.vm ?? '', disk: wire.disk ?? 0 })
    source = { nbd: { address: served.address, exportName: served.exportName } }
  } else {
    throw new UserError('ERR_BAD_REQUEST', 'a file-level restore names a restore point (with its VM), an image file, or an NBD export')
  }
  let guest: GuestFiles | undefined
  try {
    guest = await openGuestFiles({ disk: source, ...(wire.partition ? { partition: wire.partition } : {}), ...(init.mount != null ? { mount: init.mount } : {}) })
    return await fn(guest)
  } finally {
    await guest?.close()
    await served?.close()
  }
}

/** One guest file opened for a download: its entry and its bytes in order (holes as zeros). */
export interface GuestFileDownload {
  entry: GuestEntry
  chunks: AsyncIterable<Buffer>
}

/**
 * Opens the guest disk, checks that `path` is a regular file, and hands its bytes to `fn` (which
 * streams them); everything is closed when `fn` ends.
 */
export async function withGuestFile<T> (init: FilesInit, wire: GuestDiskWire, path: string, fn: (file: GuestFileDownload) => Promise<T>): Promise<T> {
  return await withGuest(init, wire, async (guest) => {
    const entry = await guest.reader.stat(path)
    if (entry.type !== 'file') throw new UserError('ERR_BAD_REQUEST', `${path} is a ${entry.type}, not a file: only files download; \`files get\` restores folders and links`)
    const st = await guest.reader.inodeOf(path)
    return await fn({ entry, chunks: guest.reader.chunks(st, entry.path) })
  })
}

function listing (guest: GuestFiles, entries: GuestEntry[], truncated: boolean): NonNullable<AdminReply['filesListing']> {
  return {
    volume: guest.volume.name,
    volumes: guest.volumes.map(volumeWire),
    entries: entries.map(entryWire),
    truncated
  }
}

export function entryWire (e: GuestEntry): NonNullable<NonNullable<AdminReply['filesListing']>['entries']>[number] {
  return { name: e.name, path: e.path, type: e.type, mode: e.mode, uid: e.uid, gid: e.gid, size: e.size, mtimeSec: e.mtime.sec, mtimeNsec: e.mtime.nsec, target: e.target ?? '', inode: e.inode, links: e.links }
}

function volumeWire (v: Volume): NonNullable<NonNullable<AdminReply['filesListing']>['volumes']>[number] {
  return { name: v.name, offset: v.offset, size: v.size, filesystem: v.filesystem?.kind ?? '', label: v.label, partitionType: v.partitionType }
}
