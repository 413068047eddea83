/**
 * @packageDocumentation
 * Which blocks of a guest disk a backup need not read, and why: the seed's "filters out zero
 * data blocks, blocks of swap files and blocks of excluded VM guest OS files", plus free space
 * (Veeam's BitLooker). A backup block is skipped only when every byte of it is one of:
 *
 * - free: an ext2/3/4 block its allocation bitmaps mark free (ext-free-space.ts, read through the
 *   proxy's own reader, so in every transport mode);
 * - swap: a swap partition past its first page (the header with its UUID stays, so the restored
 *   guest's `swapon UUID=…` works), or the data of a swap file (`/swapfile`, `/swap.img`, the
 *   files `/etc/fstab` names as swap; each checked for a swap signature) past its first page;
 * - excluded: the data of a regular file the job excludes (`/var/cache/**`); directories,
 *   symlinks and every piece of metadata (inodes, extent tree blocks) are kept, so the restored
 *   filesystem is consistent and the excluded files read as zeros.
 *
 * Swap files and exclusions need debugfs on a file holding the disk (`device`: the raw image of
 * direct mode, or an NBD export shown as a file by nbdfuse); without one they are not skipped and
 * a note says why. A filesystem that is not clean or not understood is read whole (notes say
 * why): its bitmaps and its file maps may lag what its journal holds.
 *
 * @example
 * ```ts
 * const plan = await planSkips({ disk, blockSize: 1 << 20, free: true, swap: true, exclude: ['/var/cache/**'], device: '/snap/vm.raw' })
 * if (plan.reasons[i] !== SKIP_NONE) // stored as zero, not read
 * ```
 */
import type { DiskBytes } from './disk-file.ts'
import { readExtFreeSpace } from './ext-free-space.ts'
import { ExtReader } from './ext-reader.ts'
import { detectInBytes } from './fs-signature.ts'
import { isReadable, findVolumes, type Volume } from './volumes.ts'
import type { GuestEntry } from './guest-entry.ts'

/** why a backup block is not read (0: it is read) */
export const SKIP_NONE = 0
export const SKIP_FREE = 1
export const SKIP_SWAP = 2
export const SKIP_EXCLUDED = 3

export interface SkipPlanInit {
  /** the guest disk, read through the proxy's reader */
  disk: DiskBytes
  /** bytes per backup block */
  blockSize: number
  /** skip ext free space */
  free: boolean
  /** skip swap partitions and swap files */
  swap: boolean
  /** guest paths (globs) whose regular files' data is skipped */
  exclude: readonly string[]
  /**
   * a file holding the same disk for debugfs (swap files, exclusions), or how to make one (it
   * may cost a process and a mount: it is made only when a clean ext volume is looked into; its
   * error's message is the note's why); undefined: not looked for
   */
  device?: string | (() => Promise<string>)
  /** why there is no device, for the note */
  noDevice?: string
  /** the debugfs program */
  debugfs?: string
}

export interface SkipPlan {
  /** per backup block: SKIP_NONE, or the reason it is not read (excluded > swap > free where they mix) */
  reasons: Uint8Array
  counts: { free: number, swap: number, excluded: number }
  /** what was found and what was read whole, and why: lines for the session log */
  notes: string[]
}

/** A byte range of the disk that need not be stored, and why. */
interface Span { start: number, end: number, reason: number }

const SWAP_NAMES = ['/swapfile', '/swap.img', '/swap']
/** how many matches one exclusion pattern may have before the rest are read */
const EXCLUDE_LIMIT = 1_000_000

export async function planSkips (init: SkipPlanInit): Promise<SkipPlan> {
  const { disk, blockSize } = init
  const blocks = Math.ceil(disk.size / blockSize)
  const notes: string[] = []
  const spans: Span[] = []
  let volumes: Volume[]
  try {
    volumes = await findVolumes(disk)
  } catch (err) {
    notes.push(`read whole: ${(err as Error).message}`)
    return summarize(blocks, blockSize, disk.size, spans, notes)
  }
  const clean: Array<{ volume: Volume, fsBlock: number }> = []
  for (const v of volumes) {
    const kind = v.filesystem?.kind
    if (kind === 'swap' && init.swap) {
      const page = swapPage(await disk.read(v.offset, 65536 + 4096))
      if (page > 0) {
        spans.push({ start: v.offset + page, end: v.offset + v.size, reason: SKIP_SWAP })
        notes.push(`${v.name}: swap partition of ${mib(v.size)} MiB, skipped past its header`)
      }
      continue
    }
    if (!isReadable(v)) {
      if (init.free) notes.push(`${v.name}: read whole (${kind ?? 'no filesystem this reader knows'})`)
      continue
    }
    const free = await readExtFreeSpace(disk, v.offset, v.size)
    if (!free.ok) {
      notes.push(`${v.name}: ${kind} read whole: ${free.reason}`)
      continue
    }
    if (free.badGroups > 0) notes.push(`${v.name}: ${free.badGroups} block groups failed their checksums and are read whole`)
    clean.push({ volume: v, fsBlock: free.blockSize })
    if (init.free) {
      for (const [first, count] of free.freeRuns) spans.push({ start: v.offset + first * free.blockSize, end: v.offset + (first + count) * free.blockSize, reason: SKIP_FREE })
    }
  }

  const wantFiles = (init.swap || init.exclude.length > 0) && clean.length > 0
  let device: string | undefined
  let noDevice = init.noDevice
  if (wantFiles) {
    try {
      device = typeof init.device === 'function' ? await init.device() : init.device
    } catch (err) {
      noDevice = (err as Error).message
    }
  }
  if (wantFiles && device === undefined) {
    notes.push(`swap files and excluded files not looked for: ${noDevice ?? 'no file shows this disk to debugfs'}`)
  } else if (device !== undefined) {
    await planFiles({ ...init, device }, clean, spans, notes)
  }
  return summarize(blocks, blockSize, disk.size, spans, notes)
}

/** Swap files and excluded files of the clean ext volumes, by debugfs over `device`. */
async function planFiles (init: Omit<SkipPlanInit, 'device'> & { device: string }, clean: Array<{ volume: Volume, fsBlock: number }>, spans: Span[], notes: string[]): Promise<void> {
  const readers = new Map<Volume, ExtReader>()
  try {
    for (const { volume } of clean) {
      const bytes: DiskBytes = { path: init.device, size: init.disk.size, read: async (o, n) => await init.disk.read(o, n) }
      readers.set(volume, await ExtReader.open({ disk: bytes, offset: volume.offset, ...(init.debugfs != null ? { debugfs: init.debugfs } : {}) }))
    }
    const mounts = await mountTable([...readers.entries()], notes)
    const at = (path: string): { reader: ExtReader, volume: Volume, path: string } | undefined => {
      const m = mounts.find((mt) => path === mt.point || path.startsWith(mt.point === '/' ? '/' : mt.point + '/'))
      if (m == null) return undefined
      const rest = m.point === '/' ? path : path.slice(m.point.length) || '/'
      return { reader: readers.get(m.volume)!, volume: m.volume, path: rest }
    }
    const fileSpans = (volume: Volume, reader: ExtReader, runs: Array<{ physical: number, length: number, logical: number }>, reason: number, keepBytes: number): number => {
      let bytes = 0
      for (const r of runs) {
        const keep = Math.max(0, Math.min(r.length, Math.ceil(keepBytes / reader.blockSize) - r.logical))
        if (r.length - keep <= 0) continue
        const start = volume.offset + (r.physical + keep) * reader.blockSize
        const end = volume.offset + (r.physical + r.length) * reader.blockSize
        if (end > volume.offset + volume.size) continue // a map past its volume: damaged; not trusted
        spans.push({ start, end, reason })
        bytes += end - start
      }
      return bytes
    }

    if (init.swap) {
      const candidates = new Set([...SWAP_NAMES, ...mounts.swapFiles])
      for (const path of candidates) {
        const where = at(path)
        if (where == null) continue
        const st = await where.reader.inodeOf(where.path).catch(() => undefined)
        if (st == null || st.typeWord !== 'regular' || st.runs.length === 0) continue
        let head = Buffer.alloc(0)
        for await (const chunk of where.reader.chunks(st, path)) { head = Buffer.concat([head, chunk]); if (head.length >= 65536 + 4096) break }
        const page = swapPage(head)
        if (page === 0) {
          if (mounts.swapFiles.includes(path)) notes.push(`${path}: named as swap in /etc/fstab but holds no swap signature; read`)
          continue
        }
        const bytes = fileSpans(where.volume, where.reader, st.runs, SKIP_SWAP, page)
        notes.push(`${path}: swap file of ${mib(st.size)} MiB on ${where.volume.name}, ${mib(bytes)} MiB skipped past its header`)
      }
    }

    for (const pattern of init.exclude) {
      const prefix = literalPrefix(pattern)
      const where = at(prefix)
      if (where == null) { notes.push(`exclude ${pattern}: no volume holds ${prefix}`); continue }
      const base = await where.reader.stat(where.path).catch(() => undefined)
      if (base == null) { notes.push(`exclude ${pattern}: nothing there`); continue }
      let files: GuestEntry[]
      let truncated = false
      if (base.type === 'file' && prefix === pattern) {
        files = [base]
      } else if (base.type === 'dir') {
        // a path without a glob is its whole tree; a glob is matched below its literal folders
        const glob = prefix === pattern ? `${pattern.replace(/\/+$/, '')}/**` : pattern
        const inVolume = !glob.includes('/') ? glob : (where.path === '/' ? '' : where.path) + (prefix === '/' ? glob : glob.slice(prefix.length))
        const found = await where.reader.find(inVolume, { under: where.path, limit: EXCLUDE_LIMIT })
        files = found.entries.filter((e) => e.type === 'file')
        truncated = found.truncated
      } else {
        files = []
      }
      let bytes = 0
      for (const f of files) {
        const st = await where.reader.inode(f.inode, f.path)
        if (st.links > 1) continue // a hard link may be reached by a path that is not excluded
        bytes += fileSpans(where.volume, where.reader, st.runs, SKIP_EXCLUDED, 0)
      }
      notes.push(`exclude ${pattern}: ${files.length} files, ${mib(bytes)} MiB of data on ${where.volume.name}${truncated ? ` (the first ${EXCLUDE_LIMIT} matches only)` : ''}`)
    }
  } catch (err) {
    notes.push(`swap files and excluded files not looked for: ${(err as Error).message}`)
    // nothing half-planned is trusted: drop the file spans, keep free space and swap partitions
    for (let i = spans.length - 1; i >= 0; i--) if (spans[i]!.reason === SKIP_EXCLUDED || (spans[i]!.reason === SKIP_SWAP && clean.some((c) => spans[i]!.start >= c.volume.offset && spans[i]!.end <= c.volume.offset + c.volume.size))) spans.splice(i, 1)
  } finally {
    for (const r of readers.values()) await r.close().catch(() => {})
  }
}

/** Where each clean volume is mounted in the guest, by its /etc/fstab (UUID=, LABEL=); the volume with /etc/fstab is `/`. */
async function mountTable (readers: Array<[Volume, ExtReader]>, notes: string[]): Promise<Array<{ point: string, volume: Volume }> & { swapFiles: string[] }> {
  const table: Array<{ point: string, volume: Volume }> & { swapFiles: string[] } = Object.assign([], { swapFiles: [] as string[] })
  let root: [Volume, ExtReader] | undefined
  let fstab = ''
  for (const [volume, reader] of readers) {
    const st = await reader.inodeOf('/etc/fstab').catch(() => undefined)
    if (st == null || st.typeWord !== 'regular' || st.size > 1 << 20) continue
    root = [volume, reader]
    for await (const chunk of reader.chunks(st, '/etc/fstab')) fstab += chunk.toString('utf8')
    break
  }
  root ??= readers[0]
  if (root == null) return table
  table.push({ point: '/', volume: root[0] })
  for (const line of fstab.split('\n')) {
    const [spec, point, type] = line.replace(/#.*/, '').trim().split(/\s+/)
    if (spec == null || point == null || type == null) continue
    if (type === 'swap') {
      if (spec.startsWith('/') && !spec.startsWith('/dev/')) table.swapFiles.push(spec)
      continue
    }
    if (!point.startsWith('/') || point === '/') continue
    const [key, value] = spec.split('=', 2)
    const volume = readers.map(([v]) => v).find((v) => (key === 'UUID' && v.filesystem?.uuid === value?.toLowerCase()) || (key === 'LABEL' && v.filesystem?.label === value))
    if (volume != null) table.push({ point: point.replace(/\/+$/, ''), volume })
  }
  table.sort((a, b) => b.point.length - a.point.length)
  if (fstab === '' && readers.length > 1) notes.push(`no /etc/fstab found: exclusions and swap files are looked for on ${root[0].name} only`)
  return table
}

/** The folders of a glob before its first wildcard: `/var/cache/**` → `/var/cache`; a pattern without a slash matches anywhere: `/`. */
export function literalPrefix (pattern: string): string {
  if (!pattern.startsWith('/')) return '/'
  const parts = pattern.split('/')
  const literal: string[] = []
  for (const p of parts) {
    if (/[*?[]/.test(p)) break
    literal.push(p)
  }
  const prefix = literal.join('/').replace(/\/+$/, '')
  return prefix === '' ? '/' : prefix
}

/** The page size a swap header says (where its signature lies), or 0 when these bytes are not swap. */
function swapPage (head: Buffer): number {
  if (detectInBytes(head)?.kind !== 'swap') return 0
  for (const page of [4096, 8192, 16384, 65536]) {
    const sig = head.toString('latin1', page - 10, page)
    if (sig === 'SWAPSPACE2' || sig === 'SWAP-SPACE') return page
  }
  return 0
}

/** The union of the spans, per backup block: skipped when covered whole, the strongest reason named. */
function summarize (blocks: number, blockSize: number, size: number, spans: Span[], notes: string[]): SkipPlan {
  const reasons = new Uint8Array(blocks)
  const covered = new Float64Array(blocks)
  const strongest = new Uint8Array(blocks)
  spans.sort((a, b) => a.start - b.start)
  let cur: Span | undefined
  // coverage from the union (a block named twice counts once); the reason from each span itself
  const flush = (s: Span): void => {
    const end = Math.min(s.end, size)
    for (let b = Math.floor(s.start / blockSize); b * blockSize < end; b++) covered[b]! += Math.min(end, (b + 1) * blockSize) - Math.max(s.start, b * blockSize)
  }
  for (const s of spans) {
    if (s.end <= s.start) continue
    for (let b = Math.floor(s.start / blockSize); b * blockSize < Math.min(s.end, size); b++) if (s.reason > strongest[b]!) strongest[b] = s.reason
    if (cur !== undefined && s.start <= cur.end) {
      if (s.end > cur.end) cur.end = s.end
      continue
    }
    if (cur !== undefined) flush(cur)
    cur = { ...s }
  }
  if (cur !== undefined) flush(cur)
  const counts = { free: 0, swap: 0, excluded: 0 }
  for (let b = 0; b < blocks; b++) {
    if (covered[b]! < Math.min(blockSize, size - b * blockSize)) continue
    reasons[b] = strongest[b]!
    if (reasons[b] === SKIP_FREE) counts.free++
    else if (reasons[b] === SKIP_SWAP) counts.swap++
    else if (reasons[b] === SKIP_EXCLUDED) counts.excluded++
  }
  return { reasons, counts, notes }
}

function mib (bytes: number): string {
  return (bytes / 1048576).toFixed(1)
}
