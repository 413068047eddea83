/**
 * @packageDocumentation
 * The paper key: a passphrase-wrapped key (a data key, or a recovery key pair's private half)
 * as a page of text to print and, in a disaster, type back. Like `borg key export --paper`, every
 * line carries a checksum, so a typo is found at once and its line named — and when one changed
 * character explains the checksum, which one. Reading forgives what it can: spaces, dashes, case,
 * O for 0 and I or L for 1 (Crockford's Base32, node/core/crypto/base32.ts), and the lines in any
 * order. The page holds the key wrapped, as in its key file: the passphrase is needed as well.
 *
 * ```
 * meshbackup paper key 1: data key "prod", fingerprint 3f9a0c17d2e4b865
 * With this page and the key's passphrase, anyone can read the backups the key protects: keep it safe.
 *  1  0C00 G3KX 7Q2M ... (6 groups of 4)  CCCC
 *  ...
 *  6  ...
 * ```
 * Line n holds 24 characters of the Base32 of the compact wrapped key (89 bytes,
 * node/core/crypto/passphrase-wrap.ts), then 4 characters: the first 20 bits of SHA-256 of the
 * line's number and characters (a typo goes unnoticed once in a million lines; two lines swapped
 * are found too). The QR code (node/core/crypto/qr-image.ts) holds `MBKEY1:` and the same Base32
 * without line checksums (the QR code corrects errors itself); reading it back takes that text.
 *
 * @example
 * ```ts
 * const page = formatPaperKey(file)
 * const { name, wrapped } = parsePaperKey(typed)     // ERR_PAPER_KEY_TYPO naming the line
 * const file2 = keyFileFromPaper(parsePaperKey(typed), 'prod')
 * ```
 */
import { createHash } from 'node:crypto'
import { CryptoError } from './crypto-error.ts'
import { BASE32_ALPHABET, base32Symbol, decodeBase32, encodeBase32 } from './base32.ts'
import { parseKeyFile, type KeyFile } from './key-file.ts'
import { decodeWrapped, encodeWrapped, WRAPPED_BYTES, type WrappedSecret } from './passphrase-wrap.ts'

export const PAPER_VERSION = 1
/** The prefix of the QR code's text. */
export const QR_PREFIX = 'MBKEY1:'
const GROUP = 4
const GROUPS_PER_LINE = 6
const PER_LINE = GROUP * GROUPS_PER_LINE
const CHECK_CHARS = 4
const KEY_CHARS = Math.ceil(WRAPPED_BYTES * 8 / 5)
const LINES = Math.ceil(KEY_CHARS / PER_LINE)

export interface PaperKey {
  /** the name the page's first line gives, when it could be read */
  name?: string
  wrapped: WrappedSecret
}

function lineCheck (number: number, chars: string): string {
  const digest = createHash('sha256').update(`meshbackup paper key line ${number}: ${chars}`).digest()
  const bits = (digest[0]! << 12) | (digest[1]! << 4) | (digest[2]! >>> 4)
  let out = ''
  for (let shift = 15; shift >= 0; shift -= 5) out += BASE32_ALPHABET[(bits >>> shift) & 31]
  return out
}

function kindWords (wrapped: WrappedSecret): string {
  return wrapped.kind === 'data' ? 'data key' : 'recovery key'
}

/** The printable page of a key file. */
export function formatPaperKey (file: KeyFile): string {
  const chars = encodeBase32(encodeWrapped(file.wrapped))
  const lines = [
    `meshbackup paper key ${PAPER_VERSION}: ${kindWords(file.wrapped)} "${file.name}", fingerprint ${file.wrapped.fingerprint}`,
    file.wrapped.kind === 'data'
      ? "With this page and the key's passphrase, anyone can read the backups the key protects: keep it safe."
      : "With this page and its passphrase, anyone can read every backup wrapped for this recovery key: keep it safe.",
    ''
  ]
  for (let n = 1; (n - 1) * PER_LINE < chars.length; n++) {
    const part = chars.slice((n - 1) * PER_LINE, n * PER_LINE)
    const groups = part.match(/.{1,4}/g)!.join(' ')
    lines.push(`${String(n).padStart(2)}  ${groups.padEnd(PER_LINE + GROUPS_PER_LINE - 1)}  ${lineCheck(n, part)}`)
  }
  lines.push('', `Type it back with: meshbackup key import --paper (${LINES} lines; case, spaces and dashes do not matter)`)
  return lines.join('\n') + '\n'
}

/** The text a QR code of the key holds. */
export function paperKeyQrText (file: KeyFile): string {
  return QR_PREFIX + encodeBase32(encodeWrapped(file.wrapped))
}

function typo (message: string): never {
  throw new CryptoError('ERR_PAPER_KEY_TYPO', message)
}

function bad (message: string, cause?: unknown): never {
  throw new CryptoError('ERR_BAD_PAPER_KEY', message, { cause })
}

/** One changed character that makes the line match its checksum, when there is exactly one. */
function singleFix (number: number, data: string, check: string): string | undefined {
  const fixes: string[] = []
  for (let i = 0; i < data.length; i++) {
    for (const c of BASE32_ALPHABET) {
      if (c !== data[i] && lineCheck(number, data.slice(0, i) + c + data.slice(i + 1)) === check) fixes.push(`character ${i + 1}, "${data[i]}", should probably be "${c}"`)
    }
  }
  const right = lineCheck(number, data)
  let differ = 0
  for (let i = 0; i < CHECK_CHARS; i++) if (right[i] !== check[i]) differ++
  if (differ === 1) fixes.push(`the checksum should probably be "${right}"`)
  return fixes.length === 1 ? fixes[0] : undefined
}

/** What is wrong with a typed line (its characters canonical or not), or undefined when it is right. */
function lineProblem (number: number, typed: string, typedCheck: string): string | undefined {
  const canonical = (s: string): string | number => {
    let out = ''
    for (let i = 0; i < s.length; i++) {
      const symbol = base32Symbol(s[i]!)
      if (symbol === undefined) return i
      out += symbol
    }
    return out
  }
  const data = canonical(typed)
  if (typeof data === 'number') return `line ${number}: character ${data + 1}, "${typed[data]}", is not one of the page's characters (digits and letters other than U)`
  const check = canonical(typedCheck)
  if (typeof check === 'number') return `line ${number}: checksum character ${check + 1}, "${typedCheck[check]}", is not one of the page's characters`
  const expected = number < LINES ? PER_LINE : KEY_CHARS - (LINES - 1) * PER_LINE
  if (data.length !== expected) return `line ${number} has ${data.length} characters before its checksum where ${expected} are printed: one is ${data.length < expected ? 'missing' : 'extra'}`
  if (check.length !== CHECK_CHARS) return `line ${number}: its checksum has ${check.length} characters, not ${CHECK_CHARS}`
  if (lineCheck(number, data) === check) return undefined
  const fix = singleFix(number, data, check)
  return `line ${number} does not match its checksum: a character of it is mistyped${fix === undefined ? '' : ` (${fix})`}`
}

function decodeKey (chars: string, source: string): WrappedSecret {
  if (chars.length < KEY_CHARS) bad(`${source} holds ${chars.length} key characters where ${KEY_CHARS} are needed`)
  try {
    return decodeWrapped(decodeBase32(chars.slice(0, KEY_CHARS)))
  } catch (err) {
    return bad(`${source} does not hold a key this meshbackup reads: ${(err as Error).message}`, err)
  }
}

/**
 * Reads a typed page (or a QR code's text) back. ERR_PAPER_KEY_TYPO names the line (and, where it
 * can, the character) that is wrong; ERR_BAD_PAPER_KEY means lines are missing or it is no key.
 */
export function parsePaperKey (text: string): PaperKey {
  const trimmed = text.trim()
  if (trimmed.toUpperCase().startsWith(QR_PREFIX)) {
    const chars = [...trimmed.slice(QR_PREFIX.length).replace(/\s+/g, '')].map((c) => base32Symbol(c) ?? typo(`the QR code's text has "${c}", which is not one of its characters`)).join('')
    return { wrapped: decodeKey(chars, 'the QR code') }
  }
  const header = /meshbackup paper key (\d+): (data|recovery) key "([^"]*)", fingerprint ([0-9a-fA-F]{16})/.exec(text)
  if (header !== null && Number(header[1]) !== PAPER_VERSION) bad(`the page is a version ${header[1]} paper key; this meshbackup reads version ${PAPER_VERSION}: use a newer one`)
  const lines = new Map<number, string>()
  // every mistyped line is named at once, so one round of corrections fixes them all
  const typos: string[] = []
  for (const raw of text.split(/\r?\n/)) {
    const m = /^\s*(\d{1,3})\s*[:.)]?\s+(\S.*)$/.exec(raw)
    if (m === null) continue
    const number = Number(m[1])
    const tokens = m[2]!.trim().split(/[\s-]+/)
    let data: string
    let check: string
    if (tokens.length > 1) {
      check = tokens.pop()!
      data = tokens.join('')
    } else {
      data = tokens[0]!.slice(0, -CHECK_CHARS)
      check = tokens[0]!.slice(-CHECK_CHARS)
    }
    if (lines.has(number)) bad(`line ${number} is there twice`)
    if (number < 1 || number > LINES) bad(`line ${number}: a paper key has lines 1 to ${LINES}`)
    lines.set(number, data)
    const problem = lineProblem(number, data, check)
    if (problem !== undefined) typos.push(problem)
  }
  if (typos.length > 0) typo(typos.join('; '))
  if (lines.size === 0) bad('no numbered lines of a paper key were found')
  const missing: number[] = []
  for (let n = 1; n <= LINES; n++) if (!lines.has(n)) missing.push(n)
  if (missing.length > 0) bad(`line${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${LINES} ${missing.length > 1 ? 'are' : 'is'} missing`)
  const wrapped = decodeKey([...lines.keys()].sort((a, b) => a - b).map((n) => lines.get(n)!).join(''), 'the page')
  if (header !== null) {
    const fingerprint = header[4]!.toLowerCase()
    if (fingerprint !== wrapped.fingerprint) typo(`the first line names fingerprint ${fingerprint}, the key lines hold key ${wrapped.fingerprint}: the first line is mistyped or from another page`)
    if ((header[2] === 'data') !== (wrapped.kind === 'data')) typo(`the first line says ${header[2]} key, the key lines hold a ${wrapped.kind} key`)
  }
  return header === null ? { wrapped } : { name: header[3], wrapped }
}

/** A key file from a page read back, under `name` (else the page's own, else the fingerprint). */
export function keyFileFromPaper (paper: PaperKey, name?: string, now = new Date()): KeyFile {
  return { name: name ?? paper.name ?? paper.wrapped.fingerprint, created: now.toISOString(), wrapped: paper.wrapped }
}

/** A key file's JSON, or a paper key's text (or its QR code's): whichever `text` is. */
export function readKeyText (text: string, name?: string): KeyFile {
  const trimmed = text.trim()
  if (trimmed.startsWith('{')) return parseKeyFile(trimmed)
  return keyFileFromPaper(parsePaperKey(trimmed), name || undefined)
}
