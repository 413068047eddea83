/**
 * @packageDocumentation
 * Manifest files: staged disks (`staging/<id>.disk`, a `pb.DiskManifest`) and restore points
 * (`points/<id>.point`, a `pb.RestorePoint`). Each file is the encoded message followed by the
 * SHA-256 of it, written atomically (tmp/ → fsync → rename → fsync dir) and checked on read.
 *
 * @example
 * ```ts
 * await writeManifest({ root, path: pointPath(root, id), bytes: encodePoint(point) })
 * const point = decodePoint(await readManifest(pointPath(root, id)), pointPath(root, id))
 * ```
 */
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pb, type DiskManifest, type VmConfig } from '../../proto/index.ts'
import { asBuffer, DIGEST_LENGTH, sha256 } from './digest.ts'
import { RepositoryError } from './errors.ts'
import { writeFileAtomic } from './files.ts'

/** Version of the RestorePoint manifest written here (RestorePoint.format). */
export const POINT_FORMAT = 1

/** A disk of a manifest, every field present. */
export interface StoredDisk {
  index: number
  name: string
  size: number
  blockSize: number
  /** 32 bytes per block, ceil(size / blockSize) blocks; all-zero marks a zero block. */
  digests: Buffer
  /** the host bitmap that started tracking changes at this point ('' without CBT) */
  cbtBitmap: string
  /** the data key its blocks are sealed under ('' : plain) */
  keyFingerprint: string
}

/** A restore point manifest, every field present. Shared with a cache: treat as read-only. */
export interface StoredPoint {
  format: number
  id: string
  job: string
  sessionId: string
  vm: string
  createdAtMs: number
  host: string
  disks: StoredDisk[]
  /** not deletable nor changeable before this time (ms); 0: no lock (older points too) */
  lockUntilMs: number
  /** the data key every disk's blocks are sealed under ('': plain) */
  keyFingerprint: string
  /** that key wrapped for each recovery key (node/core/crypto/recovery-key.ts); empty for a plain point */
  recoveryWraps: Uint8Array[]
  /** the VM's configuration at snapshot time (absent in older points: recovery uses the default) */
  config?: VmConfig
}

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/

/** Throws ERR_BAD_ARGUMENT unless `id` is usable as a file name (no separators, no "..."). */
export function checkId (kind: string, id: string): string {
  if (!ID_PATTERN.test(id)) {
    throw new RepositoryError('ERR_BAD_ARGUMENT',
      `${kind} id "${id}" is not valid (letters, digits, ".", "_", "-"; at most 200)`, { subject: id })
  }
  return id
}

export function pointPath (root: string, id: string): string {
  return join(root, 'points', `${checkId('point', id)}.point`)
}

export function stagedPath (root: string, id: string): string {
  return join(root, 'staging', `${checkId('staged disk', id)}.disk`)
}

/** yyyymmddThhmmssZ of `ms`: sorts as time does. */
export function timeStamp (ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')
}

/** A new staged disk id: `<yyyymmddThhmmssZ>-<12 random hex>`. */
export function newStagedId (now = Date.now()): string {
  return `${timeStamp(now)}-${randomBytes(6).toString('hex')}`
}

/** Writes `bytes` + SHA-256(bytes) to `path` atomically, through `<root>/tmp`. */
export async function writeManifest (init: { root: string, path: string, bytes: Uint8Array }): Promise<void> {
  await writeFileAtomic({ tmpDir: join(init.root, 'tmp'), path: init.path, data: [await manifestFile(init.bytes)] })
}

/** A manifest's file (or object) contents: the message and its SHA-256. */
export async function manifestFile (bytes: Uint8Array): Promise<Buffer> {
  return Buffer.concat([bytes, await sha256(bytes)])
}

/**
 * Reads a manifest file and returns its message bytes (a view, no copy) after checking the
 * trailing SHA-256. ENOENT passes through for the caller to name.
 */
export async function readManifest (path: string): Promise<Buffer> {
  return await checkManifest(await readFile(path), path)
}

/** The message bytes of a manifest file's contents `file` (named `path`) once its SHA-256 checks out. */
export async function checkManifest (file: Buffer, path: string): Promise<Buffer> {
  if (file.length < DIGEST_LENGTH) throw corruptManifest(path, 'the file is too short')
  const body = file.subarray(0, file.length - DIGEST_LENGTH)
  const sum = await sha256(body)
  if (!sum.equals(file.subarray(file.length - DIGEST_LENGTH))) throw corruptManifest(path, 'its checksum does not match')
  return body
}

export function corruptManifest (path: string, why: string): RepositoryError {
  return new RepositoryError('ERR_CORRUPT_MANIFEST',
    `manifest ${path} is corrupt: ${why}; restore it from another copy or delete it`, { subject: path })
}

export function encodeDisk (disk: StoredDisk): Uint8Array {
  return pb.DiskManifest.encode(disk).finish()
}

export function encodePoint (point: StoredPoint): Uint8Array {
  return pb.RestorePoint.encode(point).finish()
}

function toDisk (m: DiskManifest, path: string): StoredDisk {
  const disk: StoredDisk = {
    index: m.index ?? 0,
    name: m.name ?? '',
    size: m.size ?? 0,
    blockSize: m.blockSize ?? 0,
    digests: asBuffer(m.digests ?? new Uint8Array(0)),
    cbtBitmap: m.cbtBitmap ?? '',
    keyFingerprint: m.keyFingerprint ?? ''
  }
  const blocks = disk.blockSize > 0 ? Math.ceil(disk.size / disk.blockSize) : -1
  if (blocks < 0 || disk.digests.length !== blocks * DIGEST_LENGTH) {
    throw corruptManifest(path, `disk ${disk.index} lists ${disk.digests.length / DIGEST_LENGTH} digests for ${blocks} blocks`)
  }
  return disk
}

/** Decodes a staged disk manifest (bytes from `readManifest`); `path` names it in errors. */
export function decodeDisk (bytes: Uint8Array, path: string): StoredDisk {
  let m: ReturnType<typeof pb.DiskManifest.decode>
  try {
    m = pb.DiskManifest.decode(bytes)
  } catch (err) {
    throw corruptManifest(path, `it does not decode (${(err as Error).message})`)
  }
  return toDisk(m, path)
}

/** Decodes a restore point manifest (bytes from `readManifest`); `path` names it in errors. */
export function decodePoint (bytes: Uint8Array, path: string): StoredPoint {
  let m: ReturnType<typeof pb.RestorePoint.decode>
  try {
    m = pb.RestorePoint.decode(bytes)
  } catch (err) {
    throw corruptManifest(path, `it does not decode (${(err as Error).message})`)
  }
  if (m.format !== POINT_FORMAT) {
    throw new RepositoryError('ERR_UNSUPPORTED_FORMAT',
      `restore point ${path} has format ${m.format}; this meshbackup reads format ${POINT_FORMAT}: upgrade`, { subject: path })
  }
  return {
    format: m.format,
    id: m.id,
    job: m.job,
    sessionId: m.sessionId,
    vm: m.vm,
    createdAtMs: m.createdAtMs,
    host: m.host,
    disks: m.disks.map(d => toDisk(d, path)),
    lockUntilMs: m.lockUntilMs ?? 0,
    keyFingerprint: m.keyFingerprint ?? '',
    recoveryWraps: (m.recoveryWraps ?? []).map(asBuffer),
    ...(m.config == null ? {} : { config: m.config })
  }
}
