/**
 * @packageDocumentation
 * Checks a LevelDB folder byte for byte without opening it: CURRENT names a MANIFEST, the
 * MANIFEST's records say which table files are live and how long each is, and every block of
 * every live table (data, filter, meta index, index) and every record of the live logs must
 * match its CRC-32C. LevelDB itself checks none of this when it opens, and reads without
 * checksums: a flipped byte in a table could make entries vanish without an error (a damaged
 * bloom filter answers "not here"), a damaged log record is dropped in silence. The block index
 * is checked this way before it is trusted (see index-seal.ts); the format is LevelDB 1.x's
 * (table/format.h, db/log_format.h, db/version_edit.cc).
 *
 * @example
 * ```ts
 * const { problems } = await checkLevelDb(join(repo, 'index'))
 * if (problems.length > 0) rebuild()
 * ```
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { crc32c, unmaskCrc } from './crc32c.ts'
import { isSystemError } from './errors.ts'
import { snappyDecompress } from './snappy.ts'

export interface LevelDbCheck {
  /** What is wrong, each naming the file and the offset; empty when the folder is sound. */
  problems: string[]
  /** Live table files checked, and their bytes. */
  tables: number
  bytes: number
}

const FOOTER_LENGTH = 48
const TABLE_MAGIC_LO = 0x8b80fb57
const TABLE_MAGIC_HI = 0xdb477524
const BLOCK_TRAILER = 5
const LOG_BLOCK = 32768
const LOG_HEADER = 7

class Cursor {
  pos: number
  readonly buf: Uint8Array
  readonly end: number
  constructor (buf: Uint8Array, pos = 0, end = buf.length) {
    this.buf = buf
    this.pos = pos
    this.end = end
  }

  varint (): number {
    let result = 0
    for (let shift = 0; shift < 64; shift += 7) {
      if (this.pos >= this.end) throw new Error('truncated varint')
      const b = this.buf[this.pos++]!
      result += (b & 0x7f) * 2 ** shift
      if ((b & 0x80) === 0) return result
    }
    throw new Error('varint too long')
  }

  bytes (n: number): Uint8Array {
    if (n < 0 || this.pos + n > this.end) throw new Error('truncated field')
    const out = this.buf.subarray(this.pos, this.pos + n)
    this.pos += n
    return out
  }

  get done (): boolean {
    return this.pos >= this.end
  }
}

/**
 * Checks the LevelDB in `dir`. With `open` (this process has it open), logs are skipped (they
 * are being appended) and table files removed meanwhile by a compaction are not missing.
 */
export async function checkLevelDb (dir: string, options: { open?: boolean } = {}): Promise<LevelDbCheck> {
  const result: LevelDbCheck = { problems: [], tables: 0, bytes: 0 }
  const problem = (p: string): void => { result.problems.push(p) }
  let files: string[]
  try {
    files = await readdir(dir)
  } catch (err) {
    if (isSystemError(err, 'ENOENT')) return { ...result, problems: [`the folder ${dir} is missing`] }
    throw err
  }
  let current: string
  try {
    current = await readFile(join(dir, 'CURRENT'), 'latin1')
  } catch (err) {
    if (isSystemError(err, 'ENOENT')) return { ...result, problems: [`${dir} has no CURRENT file: it is not a LevelDB (deleted or emptied?)`] }
    throw err
  }
  const manifestName = current.endsWith('\n') ? current.slice(0, -1) : ''
  if (!/^MANIFEST-\d+$/.test(manifestName)) return { ...result, problems: [`${join(dir, 'CURRENT')} does not name a MANIFEST file`] }
  let manifest: Buffer
  try {
    manifest = await readFile(join(dir, manifestName))
  } catch (err) {
    if (isSystemError(err, 'ENOENT')) return { ...result, problems: [`${join(dir, manifestName)}, named by CURRENT, is missing`] }
    throw err
  }
  const edits = readLog(manifest, manifestName, problem)
  if (edits.length === 0) return { ...result, problems: [...result.problems, `${manifestName} holds no intact record`] }
  const live = new Map<number, number>() // file number → size
  let logNumber = 0
  let prevLogNumber = 0
  for (const edit of edits) {
    try {
      const c = new Cursor(edit)
      while (!c.done) {
        const tag = c.varint()
        switch (tag) {
          case 1: c.bytes(c.varint()); break // comparator name
          case 2: logNumber = c.varint(); break
          case 3: case 4: c.varint(); break // next file number, last sequence
          case 5: c.varint(); c.bytes(c.varint()); break // compaction pointer
          case 6: c.varint(); live.delete(c.varint()); break // deleted file
          case 7: { // new file: level, number, size, smallest key, largest key
            c.varint()
            const number = c.varint()
            const size = c.varint()
            c.bytes(c.varint())
            c.bytes(c.varint())
            live.set(number, size)
            break
          }
          case 9: prevLogNumber = c.varint(); break
          default: throw new Error(`unknown tag ${tag}`)
        }
      }
    } catch (err) {
      problem(`${manifestName}: a version record does not decode (${(err as Error).message})`)
    }
  }

  const present = new Set(files)
  for (const [number, size] of [...live].sort((a, b) => a[0] - b[0])) {
    const name = [`${pad(number)}.ldb`, `${pad(number)}.sst`].find(n => present.has(n))
    if (name === undefined) {
      if (options.open !== true) problem(`table ${pad(number)}.ldb, listed in ${manifestName}, is missing`)
      continue
    }
    let buf: Buffer
    try {
      buf = await readFile(join(dir, name))
    } catch (err) {
      if (!isSystemError(err, 'ENOENT')) throw err
      if (options.open !== true) problem(`table ${name}, listed in ${manifestName}, is missing`)
      continue
    }
    result.tables++
    result.bytes += buf.length
    if (buf.length !== size) {
      problem(`table ${name} has ${buf.length} bytes, ${manifestName} says ${size}`)
      continue
    }
    checkTable(buf, name, problem)
  }

  if (options.open !== true) {
    for (const f of files.sort()) {
      const m = /^(\d+)\.log$/.exec(f)
      if (m === null) continue
      const n = Number(m[1])
      if (n < logNumber && n !== prevLogNumber) continue // obsolete: LevelDB deletes it on open
      const log = await readFile(join(dir, f)).catch((err: unknown) => { if (isSystemError(err, 'ENOENT')) return undefined; throw err })
      if (log !== undefined) readLog(log, f, problem)
    }
  }
  return result
}

function pad (n: number): string {
  return String(n).padStart(6, '0')
}

/**
 * The records of a LevelDB log file (also the MANIFEST's format). A bad fragment followed by a
 * good one is damage; bad bytes after the last good record are a torn tail (a write cut short
 * by a crash, which LevelDB also drops) and are not reported.
 */
function readLog (buf: Buffer, name: string, problem: (p: string) => void): Buffer[] {
  const records: Buffer[] = []
  let fragments: Buffer[] | undefined
  let firstBad: string | undefined
  const bad = (at: number, why: string): void => {
    firstBad ??= `${name}: record at offset ${at}: ${why}`
    fragments = undefined
  }
  const good = (): void => {
    if (firstBad !== undefined) problem(`${firstBad}; a later record is intact, so this is damage, not a torn tail`)
    firstBad = undefined
  }
  let pos = 0
  while (pos < buf.length) {
    const blockEnd = Math.min(buf.length, (Math.floor(pos / LOG_BLOCK) + 1) * LOG_BLOCK)
    if (blockEnd - pos < LOG_HEADER) { pos = blockEnd; continue } // block trailer: zeros
    const length = buf.readUInt16LE(pos + 4)
    const type = buf[pos + 6]!
    if (type === 0 && length === 0) { pos = blockEnd; continue } // preallocated zeros
    if (pos + LOG_HEADER + length > blockEnd) {
      bad(pos, 'its length runs past its block')
      pos = blockEnd
      continue
    }
    if (unmaskCrc(buf.readUInt32LE(pos)) !== crc32c(buf.subarray(pos + 6, pos + LOG_HEADER + length))) {
      bad(pos, 'checksum mismatch')
      pos = blockEnd // LevelDB drops the rest of the block too
      continue
    }
    const payload = buf.subarray(pos + LOG_HEADER, pos + LOG_HEADER + length)
    pos += LOG_HEADER + length
    if (type === 1) {
      if (fragments !== undefined) bad(pos, 'a fragmented record is cut short')
      good()
      records.push(payload)
    } else if (type === 2) {
      if (fragments !== undefined) bad(pos, 'a fragmented record is cut short')
      fragments = [payload]
    } else if (type === 3 || type === 4) {
      if (fragments === undefined) {
        bad(pos, 'a record fragment without its start')
        continue
      }
      fragments.push(payload)
      if (type === 4) {
        good()
        records.push(Buffer.concat(fragments))
        fragments = undefined
      }
    } else {
      bad(pos, `unknown record type ${type}`)
    }
  }
  return records
}

/** Checks every block of one table file against its CRC. */
function checkTable (buf: Buffer, name: string, problem: (p: string) => void): void {
  if (buf.length < FOOTER_LENGTH) return problem(`table ${name} is too short (${buf.length} bytes)`)
  const footer = buf.length - FOOTER_LENGTH
  if (buf.readUInt32LE(footer + 40) !== TABLE_MAGIC_LO || buf.readUInt32LE(footer + 44) !== TABLE_MAGIC_HI) {
    return problem(`table ${name}: bad magic number at offset ${footer + 40}`)
  }
  let metaHandle: [number, number]
  let indexHandle: [number, number]
  try {
    const c = new Cursor(buf, footer, footer + 40)
    metaHandle = [c.varint(), c.varint()]
    indexHandle = [c.varint(), c.varint()]
  } catch (err) {
    return problem(`table ${name}: the footer at offset ${footer} does not decode (${(err as Error).message})`)
  }
  const block = (handle: [number, number], what: string): Buffer | undefined => {
    const [offset, size] = handle
    if (offset + size + BLOCK_TRAILER > footer) {
      problem(`table ${name}: the ${what} at offset ${offset} (${size} bytes) runs past the end of the data`)
      return undefined
    }
    const stored = unmaskCrc(buf.readUInt32LE(offset + size + 1))
    if (stored !== crc32c(buf.subarray(offset, offset + size + 1))) {
      problem(`table ${name}: the ${what} at offset ${offset} fails its checksum`)
      return undefined
    }
    const type = buf[offset + size]!
    const contents = buf.subarray(offset, offset + size)
    if (type === 0) return contents
    if (type === 1) {
      try {
        return snappyDecompress(contents)
      } catch (err) {
        problem(`table ${name}: the ${what} at offset ${offset} does not decompress (${(err as Error).message})`)
        return undefined
      }
    }
    problem(`table ${name}: the ${what} at offset ${offset} has unknown block type ${type}`)
    return undefined
  }
  const handles = (contents: Buffer, what: string, offset: number): Array<[number, number]> => {
    try {
      return blockValues(contents).map(v => {
        const c = new Cursor(v)
        return [c.varint(), c.varint()]
      })
    } catch (err) {
      problem(`table ${name}: the ${what} at offset ${offset} does not decode (${(err as Error).message})`)
      return []
    }
  }
  const index = block(indexHandle, 'index block')
  if (index !== undefined) {
    for (const h of handles(index, 'index block', indexHandle[0])) block(h, 'data block')
  }
  const meta = block(metaHandle, 'meta index block')
  if (meta !== undefined) {
    for (const h of handles(meta, 'meta index block', metaHandle[0])) block(h, 'filter block')
  }
}

/** The values of a table block's entries (keys are prefix-compressed; only values matter here). */
function blockValues (contents: Buffer): Uint8Array[] {
  if (contents.length < 4) throw new Error('block too short')
  const restarts = contents.readUInt32LE(contents.length - 4)
  const end = contents.length - 4 - 4 * restarts
  if (end < 0) throw new Error(`${restarts} restart points do not fit`)
  const c = new Cursor(contents, 0, end)
  const values: Uint8Array[] = []
  while (!c.done) {
    c.varint() // shared key bytes
    const unshared = c.varint()
    const valueLength = c.varint()
    c.bytes(unshared)
    values.push(c.bytes(valueLength))
  }
  return values
}
