/**
 * @packageDocumentation
 * The repository folder's layout and its FORMAT file (see FORMAT.md, "FORMAT"): what makes a
 * folder a repository, which repository it is, and which format versions this meshbackup reads.
 * `Repository.open` checks a folder with these before it touches anything in it.
 *
 * @example
 * ```ts
 * const contents = await folderContents(path)
 * if (contents === 'missing' || contents === 'empty') await createLayout(path, name)
 * else await checkFormat(path, name, contents)     // { version, created }
 * ```
 */
import { mkdir, readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { DigestAlgorithm } from './digest.ts'
import { badArgument, isSystemError, RepositoryError } from './errors.ts'
import { writeFileAtomic } from './files.ts'

/** First line of the FORMAT file, then the format version. */
export const FORMAT_MAGIC = 'meshbackup-repository'
/**
 * Version 2 adds index.seal and the damage marks; version 1 folders are read and upgraded to 2.
 * Version 3 names blocks by BLAKE3 instead of SHA-256 (digest.ts): new repositories get it, while
 * a version 2 folder stays version 2 (its block ids are SHA-256 for good) and is read and written
 * as it is.
 */
export const FORMAT_VERSION = 3
const OLDEST_FORMAT = 1
/** The newest format whose block ids are SHA-256, which a version 1 folder is upgraded to. */
export const SHA256_FORMAT = 2
/** The formats a new repository may be created in (`format` option of Repository.open). */
export const CREATABLE_FORMATS: readonly number[] = [2, 3]

/** The block digest of a format version. */
export function digestAlgorithmOf (version: number): DigestAlgorithm {
  return version >= 3 ? 'blake3' : 'sha256'
}

/** Checks a requested format for a new repository. */
export function checkCreatableFormat (version: number | undefined): number {
  if (version === undefined) return FORMAT_VERSION
  if (!CREATABLE_FORMATS.includes(version)) {
    throw badArgument(`a new repository can have format ${CREATABLE_FORMATS.join(' or ')}, not ${version}`)
  }
  return version
}

export function checkName (name: string): string {
  if (typeof name !== 'string' || name.trim() === '' || name.length > 200 || /[\r\n]/.test(name)) {
    throw badArgument(`repository name "${name}" is not valid (one line, 1 to 200 characters)`)
  }
  return name.trim()
}

/** 'missing', 'empty', or the folder's entries. */
export async function folderContents (path: string): Promise<'missing' | 'empty' | string[]> {
  let entries: string[]
  try {
    if (!(await stat(path)).isDirectory()) {
      throw new RepositoryError('ERR_NOT_A_REPOSITORY', `${path} is a file, not a repository folder`, { subject: path })
    }
    entries = await readdir(path)
  } catch (err) {
    if (isSystemError(err, 'ENOENT')) return 'missing'
    throw err
  }
  return entries.length === 0 ? 'empty' : entries
}

export async function createLayout (path: string, name: string, version = FORMAT_VERSION): Promise<void> {
  for (const dir of ['tmp', 'staging', 'points', 'index', 'packs']) await mkdir(join(path, dir), { recursive: true })
  await Promise.all(Array.from({ length: 256 }, async (_, i) => {
    await mkdir(join(path, 'packs', i.toString(16).padStart(2, '0')), { recursive: true })
  }))
  // FORMAT last: a folder without it is not (yet) a repository.
  await writeFormat(path, name, new Date().toISOString(), version)
}

export async function writeFormat (path: string, name: string, created: string, version: number): Promise<void> {
  const text = `${FORMAT_MAGIC} ${version}\nname: ${name}\ncreated: ${created}\n`
  await writeFileAtomic({ tmpDir: join(path, 'tmp'), path: join(path, 'FORMAT'), data: [Buffer.from(text, 'utf8')] })
}

/** Checks FORMAT; returns its version and creation time. */
export async function checkFormat (path: string, name: string, entries: string[]): Promise<{ version: number, created: string }> {
  if (!entries.includes('FORMAT')) {
    throw new RepositoryError('ERR_NOT_A_REPOSITORY',
      `${path} is not a meshbackup repository (no FORMAT file) and not empty; pick an empty folder`, { subject: path })
  }
  const lines = (await readFile(join(path, 'FORMAT'), 'utf8')).split('\n')
  const m = /^(\S+) (\d+)$/.exec(lines[0]?.trim() ?? '')
  if (m === null || m[1] !== FORMAT_MAGIC) {
    throw new RepositoryError('ERR_NOT_A_REPOSITORY', `${path} is not a meshbackup repository (its FORMAT file says otherwise)`, { subject: path })
  }
  const version = Number(m[2])
  if (version < OLDEST_FORMAT || version > FORMAT_VERSION) {
    throw new RepositoryError('ERR_UNSUPPORTED_FORMAT',
      `repository ${path} has format ${m[2]}; this meshbackup reads formats ${OLDEST_FORMAT} to ${FORMAT_VERSION}: upgrade meshbackup`, { subject: path })
  }
  const stored = lines.find(l => l.startsWith('name: '))?.slice('name: '.length).trim()
  if (stored !== name) {
    throw new RepositoryError('ERR_REPOSITORY_NAME_MISMATCH',
      `the folder ${path} holds repository "${stored ?? ''}", not "${name}"; check the configured path and name`, { subject: path })
  }
  const created = lines.find(l => l.startsWith('created: '))?.slice('created: '.length).trim() ?? ''
  return { version, created }
}
