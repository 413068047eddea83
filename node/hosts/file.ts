/**
 * @packageDocumentation
 * The built-in file host: a folder in which each subfolder is a VM, described by `vm.json` and
 * holding raw disk images, so meshbackup runs on a laptop with no hypervisor installed.
 *
 * ```
 * <host>/web01/vm.json     { "name": "web01", "uuid"?: "...", "disks": [ { "name": "disk0", "file": "disk0.raw" } ] }
 * <host>/web01/disk0.raw   raw image; `file` is relative to the VM folder and must stay inside it
 * <host>/.meshbackup/snapshots/<snapshotId>/snapshot.json + clones   (made by snapshot())
 * ```
 *
 * Inventory: every VM is "stopped", disks are format "raw" with the size the image has on disk.
 * A subfolder whose manifest is missing or malformed does not hide the others: it is left out of
 * the inventory and reported in `problems` (ERR_BAD_VM_MANIFEST naming the file and what is
 * wrong); asking to snapshot it throws that same error. Folders starting with "." are ignored.
 *
 * Snapshot guarantees:
 * - "reflink": each disk is cloned with FICLONE (btrfs, XFS, bcachefs, ...) into the snapshot
 *   folder. The clone is a crash-consistent point-in-time copy of that disk, however the live
 *   image is written afterwards; it costs no space until the live image diverges. Disks are
 *   cloned one after the other, so across disks the point holds only if the VM is quiet while
 *   snapshot() runs (a file host's VMs are images, not running guests).
 * - "none": where the filesystem cannot reflink (ext4, tmpfs, across filesystems) or with
 *   `{ reflink: false }`, nothing is copied: `disks[].file` is the live image and a warning says
 *   the backup is only as consistent as the image stays quiet during the read. The size and
 *   mtime at snapshot time are recorded in snapshot.json, the reply carries that size, and the
 *   DiskReader fails with ERR_DISK_SIZE_CHANGED if the size moves and flags `modified` if the
 *   mtime does.
 *
 * snapshot.json is written before any clone, so a crash mid-snapshot still leaves a folder that
 * leftovers() finds. release() removes the snapshot folder; it is idempotent and does the same
 * whether the backup failed or not (the file host has nothing to commit).
 *
 * @example
 * ```ts
 * const host = new FileHost({ name: 'lab', type: 'file', path: '/srv/vms' })
 * const vms = await host.inventory()            // host.problems lists skipped VM folders
 * const snap = await host.snapshot('web01', 'session-42')
 * if (snap.guarantee !== 'reflink') console.warn(snap.warnings)
 * await host.release('web01', snap.snapshotId!, false)
 * ```
 */
import { randomBytes, createHash } from 'node:crypto'
import { constants as fsConstants } from 'node:fs'
import { access, copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve } from 'node:path'
import type { DiskInfo, HostSpec, SnapshotReply, VmInfo } from '../../proto/index.ts'
import { HostError, type HostConnector } from './host.ts'

export interface FileHostOptions {
  /** false: never clone, always read the live image (guarantee "none"). Default: clone when the filesystem can. */
  reflink?: boolean
  /** Makes `dst` a block-sharing clone of `src`; default fs.copyFile with COPYFILE_FICLONE_FORCE. */
  clone?: (src: string, dst: string) => Promise<void>
}

/** What snapshot.json holds: enough for the snapshot hunter and for diagnosing a weak snapshot. */
export interface SnapshotRecord {
  id: string
  host: string
  vm: string
  sessionId: string
  createdAt: string
  /** "cloning" until snapshot() has finished, then the guarantee given. */
  state: 'cloning' | 'reflink' | 'none'
  disks: { index: number, name: string, file: string, size: number, mtimeMs: number }[]
}

interface VmEntry {
  dir: string
  info: VmInfo
}

// Errors with which FICLONE says "this filesystem (pair) cannot share blocks", as opposed to a real failure.
const CANNOT_REFLINK = new Set(['ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'ENOSYS', 'EINVAL', 'ENOTTY'])
// Ids become folder names: no separators, no dot-dot.
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/

const reflinkClone = async (src: string, dst: string): Promise<void> => {
  await copyFile(src, dst, fsConstants.COPYFILE_FICLONE_FORCE)
}

/** A host whose VMs are folders of raw images. */
export class FileHost implements HostConnector {
  readonly spec: HostSpec
  problems: readonly HostError[] = []
  readonly #folder: string
  readonly #name: string
  readonly #reflink: boolean
  readonly #clone: (src: string, dst: string) => Promise<void>

  constructor (spec: HostSpec, options: FileHostOptions = {}) {
    this.#name = spec.name ?? ''
    if (spec.path == null || spec.path === '') {
      throw new HostError('ERR_BAD_HOST_SPEC', `file host "${this.#name}" has no path; register it with the folder that holds its VMs`, { host: this.#name })
    }
    this.spec = { name: this.#name, type: 'file', path: spec.path, qmp: spec.qmp ?? '' }
    this.#folder = resolve(spec.path)
    this.#reflink = options.reflink ?? true
    this.#clone = options.clone ?? reflinkClone
  }

  /** The folder holding one snapshot folder per live snapshot. */
  get snapshotsFolder (): string {
    return join(this.#folder, '.meshbackup', 'snapshots')
  }

  async probe (): Promise<string[]> {
    try {
      const s = await stat(this.#folder)
      if (!s.isDirectory()) return []
      await access(this.#folder, fsConstants.R_OK | fsConstants.X_OK)
      return ['direct']
    } catch {
      return []
    }
  }

  async inventory (): Promise<VmInfo[]> {
    const { vms, problems } = await this.#scan()
    this.problems = problems
    return vms.map(v => v.info)
  }

  async snapshot (vm: string, sessionId: string): Promise<SnapshotReply> {
    if (!SAFE_ID.test(sessionId)) {
      throw new HostError('ERR_BAD_SESSION_ID',
        `session id "${sessionId}" cannot name a snapshot on host "${this.#name}": use letters, digits, ".", "_" and "-" only`,
        { host: this.#name, vm })
    }
    const entry = await this.#find(vm)
    const id = `${sessionId}-${slug(vm)}-${randomBytes(4).toString('hex')}`
    const dir = join(this.snapshotsFolder, id)
    const record: SnapshotRecord = {
      id, host: this.#name, vm, sessionId, createdAt: new Date().toISOString(), state: 'cloning', disks: []
    }
    try {
      await mkdir(dir, { recursive: true })
      await writeRecord(dir, record)
      const warnings: string[] = []
      let disks = this.#reflink ? await this.#cloneDisks(entry, dir, warnings) : undefined
      if (disks === undefined) {
        if (!this.#reflink) warnings.push(`reflink disabled on host "${this.#name}": ${liveWarning(vm)}`)
        disks = await liveDisks(entry)
        record.state = 'none'
      } else {
        record.state = 'reflink'
      }
      record.disks = disks
      await writeRecord(dir, record)
      return {
        snapshotId: id,
        guarantee: record.state,
        warnings,
        disks: disks.map(d => ({ index: d.index, name: d.name, size: d.size, format: 'raw', file: d.file }))
      }
    } catch (err) {
      await rm(dir, { recursive: true, force: true }).catch(() => {})
      if (err instanceof HostError) throw err
      throw new HostError('ERR_SNAPSHOT_FAILED',
        `snapshot of VM "${vm}" on host "${this.#name}" failed (${errorText(err)}); check free space and permissions in ${this.snapshotsFolder}`,
        { host: this.#name, vm, file: dir, cause: err })
    }
  }

  async release (vm: string, snapshotId: string, failed: boolean): Promise<void> {
    void failed // nothing to commit or roll back: the clone is simply dropped
    if (!SAFE_ID.test(snapshotId)) {
      throw new HostError('ERR_BAD_SNAPSHOT_ID', `"${snapshotId}" is not a snapshot id of host "${this.#name}"; pass the id snapshot() returned`, { host: this.#name, vm })
    }
    await rm(join(this.snapshotsFolder, snapshotId), { recursive: true, force: true })
  }

  async leftovers (): Promise<string[]> {
    let entries
    try {
      entries = await readdir(this.snapshotsFolder, { withFileTypes: true })
    } catch (err) {
      if (codeOf(err) === 'ENOENT') return []
      throw new HostError('ERR_HOST_UNREACHABLE', `cannot list snapshots of host "${this.#name}" in ${this.snapshotsFolder} (${errorText(err)})`, { host: this.#name, cause: err })
    }
    return entries.filter(e => e.isDirectory()).map(e => e.name).sort()
  }

  /** The snapshot.json of a snapshot, or undefined when it is gone or unreadable. */
  async snapshotRecord (snapshotId: string): Promise<SnapshotRecord | undefined> {
    if (!SAFE_ID.test(snapshotId)) return undefined
    try {
      return JSON.parse(await readFile(join(this.snapshotsFolder, snapshotId, 'snapshot.json'), 'utf8')) as SnapshotRecord
    } catch {
      return undefined
    }
  }

  async #find (vm: string): Promise<VmEntry> {
    const { vms, problems } = await this.#scan()
    const entry = vms.find(v => v.info.name === vm)
    if (entry !== undefined) return entry
    const problem = problems.find(p => p.vm === vm)
    if (problem !== undefined) throw problem
    const known = vms.map(v => v.info.name).join(', ') || 'none'
    throw new HostError('ERR_NO_SUCH_VM',
      `no VM named "${vm}" on host "${this.#name}" (${this.#folder}); known VMs: ${known}. Check the job's VM list or the host's folder`,
      { host: this.#name, vm })
  }

  async #scan (): Promise<{ vms: VmEntry[], problems: HostError[] }> {
    let entries
    try {
      entries = await readdir(this.#folder, { withFileTypes: true })
    } catch (err) {
      throw new HostError('ERR_HOST_UNREACHABLE',
        `file host "${this.#name}" cannot read its folder ${this.#folder} (${errorText(err)}); check that it exists and is mounted on this node`,
        { host: this.#name, file: this.#folder, cause: err })
    }
    const dirs = entries
      .filter(e => !e.name.startsWith('.') && (e.isDirectory() || e.isSymbolicLink()))
      .map(e => e.name)
      .sort()
    const results = await Promise.all(dirs.map(async name => {
      try {
        return await this.#readVm(name)
      } catch (err) {
        if (err instanceof HostError) return err
        throw err
      }
    }))
    const vms: VmEntry[] = []
    const problems: HostError[] = []
    for (const r of results) {
      if (r === undefined) continue
      if (r instanceof HostError) {
        problems.push(r)
      } else if (vms.some(v => v.info.name === r.info.name)) {
        const first = vms.find(v => v.info.name === r.info.name)!
        problems.push(new HostError('ERR_DUPLICATE_VM',
          `${join(r.dir, 'vm.json')}: VM name "${r.info.name}" is already used by ${join(first.dir, 'vm.json')}; give each VM a unique name`,
          { host: this.#name, vm: r.info.name ?? undefined, file: join(r.dir, 'vm.json') }))
      } else {
        vms.push(r)
      }
    }
    return { vms, problems }
  }

  // undefined: a symlink that is not a directory (not a VM, not worth a warning)
  async #readVm (folderName: string): Promise<VmEntry | undefined> {
    const dir = join(this.#folder, folderName)
    const manifest = join(dir, 'vm.json')
    const bad = (what: string, vm = folderName, cause?: unknown): HostError =>
      new HostError('ERR_BAD_VM_MANIFEST', `${manifest}: ${what}`, { host: this.#name, vm, file: manifest, cause })

    const dirStat = await stat(dir).catch(() => undefined)
    if (dirStat === undefined || !dirStat.isDirectory()) return undefined
    let text: string
    try {
      text = await readFile(manifest, 'utf8')
    } catch (err) {
      if (codeOf(err) === 'ENOENT') {
        throw bad('missing; every VM folder needs a vm.json like {"name": "web01", "disks": [{"name": "disk0", "file": "disk0.raw"}]}, or move the folder out of the host folder')
      }
      throw bad(`cannot be read (${errorText(err)})`, folderName, err)
    }
    let raw: unknown
    try {
      raw = JSON.parse(text)
    } catch (err) {
      throw bad(`is not valid JSON (${errorText(err)})`, folderName, err)
    }
    const m = parseManifest(raw, folderName)
    if (typeof m === 'string') throw bad(m)

    const disks: DiskInfo[] = []
    for (const [index, d] of m.disks.entries()) {
      const file = resolve(dir, d.file)
      const rel = relative(dir, file)
      if (isAbsolute(d.file) || rel.startsWith('..') || isAbsolute(rel)) {
        throw bad(`disks[${index}].file "${d.file}" is outside the VM folder; give a path relative to ${dir}`, m.name)
      }
      let s
      try {
        s = await stat(file)
      } catch (err) {
        throw bad(`disks[${index}] "${d.name}": image ${file} cannot be read (${errorText(err)})`, m.name, err)
      }
      if (!s.isFile()) throw bad(`disks[${index}] "${d.name}": ${file} is not a regular file; the file host reads raw image files`, m.name)
      disks.push({ index, name: d.name, size: s.size, format: 'raw', file })
    }
    return {
      dir,
      info: { name: m.name, uuid: m.uuid ?? stableUuid(`${this.#name}/${m.name}`), state: 'stopped', disks }
    }
  }

  // undefined: this filesystem cannot reflink (the reason is added to warnings); throws on real failures.
  async #cloneDisks (entry: VmEntry, dir: string, warnings: string[]): Promise<SnapshotRecord['disks'] | undefined> {
    const out: SnapshotRecord['disks'] = []
    for (const d of entry.info.disks ?? []) {
      const index = d.index ?? 0
      const name = d.name ?? ''
      const src = d.file ?? ''
      const dst = join(dir, `${index}-${slug(name)}.raw`)
      try {
        await this.#clone(src, dst)
      } catch (err) {
        const code = codeOf(err)
        if (code === undefined || !CANNOT_REFLINK.has(code)) throw err
        await Promise.all([dst, ...out.map(o => o.file)].map(f => rm(f, { force: true })))
        warnings.push(`reflink is not available for ${src} (${code}) on host "${this.#name}": ${liveWarning(entry.info.name ?? '')}`)
        return undefined
      }
      const s = await stat(dst)
      out.push({ index, name, file: dst, size: s.size, mtimeMs: s.mtimeMs })
    }
    return out
  }
}

async function liveDisks (entry: VmEntry): Promise<SnapshotRecord['disks']> {
  return await Promise.all((entry.info.disks ?? []).map(async d => {
    const s = await stat(d.file ?? '')
    return { index: d.index ?? 0, name: d.name ?? '', file: d.file ?? '', size: s.size, mtimeMs: s.mtimeMs }
  }))
}

function liveWarning (vm: string): string {
  return `VM "${vm}" is read from its live images, so the backup is only as consistent as the images stay quiet during the read ` +
    '(a size change fails the task). For a point-in-time snapshot put the host folder on a filesystem with reflinks (btrfs, XFS, bcachefs)'
}

function parseManifest (raw: unknown, folderName: string): { name: string, uuid?: string, disks: { name: string, file: string }[] } | string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'must be a JSON object with "name" and "disks"'
  const o = raw as Record<string, unknown>
  if (typeof o.name !== 'string' || o.name === '') return `"name" must be a non-empty string (e.g. "${folderName}")`
  if (o.uuid !== undefined && typeof o.uuid !== 'string') return '"uuid" must be a string when given'
  if (!Array.isArray(o.disks) || o.disks.length === 0) return '"disks" must be a non-empty array of {"name", "file"}'
  const disks: { name: string, file: string }[] = []
  for (const [i, d] of (o.disks as unknown[]).entries()) {
    if (typeof d !== 'object' || d === null) return `disks[${i}] must be an object {"name", "file"}`
    const { name, file } = d as Record<string, unknown>
    if (typeof name !== 'string' || name === '') return `disks[${i}].name must be a non-empty string`
    if (typeof file !== 'string' || file === '') return `disks[${i}].file must be a non-empty string (the image, relative to the VM folder)`
    if (disks.some(x => x.name === name)) return `disks[${i}].name "${name}" is used twice; disk names must be unique within a VM`
    disks.push({ name, file })
  }
  return { name: o.name, uuid: o.uuid as string | undefined, disks }
}

async function writeRecord (dir: string, record: SnapshotRecord): Promise<void> {
  const tmp = join(dir, 'snapshot.json.tmp')
  await writeFile(tmp, JSON.stringify(record, null, 2) + '\n')
  await rename(tmp, join(dir, 'snapshot.json'))
}

// A VM without a uuid in its manifest keeps the same one across runs and nodes.
function stableUuid (key: string): string {
  const h = createHash('sha256').update(key).digest()
  h[6] = (h[6]! & 0x0f) | 0x40
  h[8] = (h[8]! & 0x3f) | 0x80
  const x = h.subarray(0, 16).toString('hex')
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`
}

function slug (s: string): string {
  return s.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64) || '_'
}

function codeOf (err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}

function errorText (err: unknown): string {
  return codeOf(err) ?? (err instanceof Error ? err.message : String(err))
}
