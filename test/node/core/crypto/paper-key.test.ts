/**
 * Tests for node/core/crypto/paper-key.ts and qr-image.ts: a page typed back gives the key (with
 * its passphrase), forgiving case, spacing, dashes, look-alike characters and line order; every
 * mistyped character is found and its line named (and the character, where one change explains
 * the checksum); missing lines are named; and the QR code, decoded from the PNG by an independent
 * reader (jsQR), holds the text that reads back to the same key.
 */
import assert from 'node:assert/strict'
import { hasCode } from '../../../helpers/coded-error.ts'
import fc from 'fast-check'
import jsQRModule from 'jsqr'
import { PNG } from 'pngjs'
import QRCode from 'qrcode'
import { BASE32_ALPHABET } from '../../../../node/core/crypto/base32.ts'
import type { CryptoError } from '../../../../node/core/crypto/crypto-error.ts'
import { createDataKey, unlockDataKey, type DataKey, type KeyFile } from '../../../../node/core/crypto/key-file.ts'
import { formatPaperKey, keyFileFromPaper, paperKeyQrText, parsePaperKey, QR_PREFIX } from '../../../../node/core/crypto/paper-key.ts'
import { paperKeyQrPng, paperKeyQrSvg } from '../../../../node/core/crypto/qr-image.ts'

const QUICK = { N: 1024, r: 8, p: 1 }
/** jsqr is CommonJS typed as an ES module: under Node its function is `default.default` too */
const jsQR = jsQRModule.default

/** The numbered key lines of a page: [line index in the page, number]. */
function keyLines (page: string): Array<[number, number]> {
  return page.split('\n').flatMap((line, i) => /^\s*(\d+)\s\s/.test(line) ? [[i, Number(/\d+/.exec(line)![0])] as [number, number]] : [])
}

describe('node/core/crypto/paper-key', function () {
  this.timeout(30_000)
  let file: KeyFile
  let key: DataKey
  let page: string
  before(async function () {
    ({ file, key } = await createDataKey({ name: 'prod', passphrase: 'pw', scrypt: QUICK }))
    page = formatPaperKey(file)
  })

  it('prints six checked lines under a header, and reads back to the key', async function () {
    const lines = page.split('\n')
    assert.equal(lines[0], `meshbackup paper key 1: data key "prod", fingerprint ${key.fingerprint}`)
    assert.deepEqual(keyLines(page).map(([, n]) => n), [1, 2, 3, 4, 5, 6])
    for (const [i] of keyLines(page)) assert.match(lines[i]!, /^[ \d]\d {2}([0-9A-Z]{1,4} ?){1,6} +[0-9A-Z]{4}$/)
    const paper = parsePaperKey(page)
    assert.equal(paper.name, 'prod')
    const back = await unlockDataKey(keyFileFromPaper(paper), 'pw')
    assert.deepEqual(back, key)
    await assert.rejects(unlockDataKey(keyFileFromPaper(paper), 'wrong'), hasCode('ERR_WRONG_PASSPHRASE'))
  })

  it('forgives case, spacing, dashes, look-alikes, line order and a missing header', async function () {
    const body = keyLines(page).map(([i]) => page.split('\n')[i]!)
    const sloppy = body
      .map((line) => /^\s*(\d+)\s+(.*)$/.exec(line)!)
      .map(([, n, rest]) => `\t${n}: ${rest!.toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l').replace(/ (?=\S)/g, (s, at: number) => at % 3 === 0 ? ' - ' : '   ')}   `)
      .reverse()
      .join('\r\n')
    assert.match(sloppy, /[ol]/)
    const paper = parsePaperKey(`some notes\n${sloppy}\n`)
    assert.equal(paper.name, undefined)
    assert.deepEqual((await unlockDataKey(keyFileFromPaper(paper, 'again'), 'pw')).material, key.material)
    // groups typed without spaces: the last four characters are the checksum
    const packed = body.map((line) => line.replace(/^(\s*\d+)\s+/, '$1 ').replace(/(?<=\S) (?=\S)/g, (s, at: number) => at < 4 ? s : '')).join('\n')
    assert.deepEqual(parsePaperKey(packed).wrapped, paper.wrapped)
  })

  it('finds every mistyped character, naming its line and mostly the character', function () {
    const lines = page.split('\n')
    const spots = keyLines(page).flatMap(([i, n]) => [...lines[i]!].flatMap((c, col) => col > 3 && c !== ' ' ? [{ i, n, col }] : []))
    let located = 0
    fc.assert(fc.property(fc.constantFrom(...spots), fc.constantFrom(...BASE32_ALPHABET), ({ i, n, col }, replacement) => {
      const line = lines[i]!
      fc.pre(line[col] !== replacement)
      const typed = [...lines]
      typed[i] = line.slice(0, col) + replacement + line.slice(col + 1)
      assert.throws(() => parsePaperKey(typed.join('\n')), (err: unknown) => {
        assert.equal((err as CryptoError).code, 'ERR_PAPER_KEY_TYPO', (err as Error).message)
        assert.match((err as Error).message, new RegExp(`^line ${n} does not match its checksum`))
        // a change to the checksum itself is named as a checksum that should read otherwise
        if (/should probably be/.test((err as Error).message)) {
          assert.match((err as Error).message, new RegExp(`"${replacement}", should probably be "${line[col]}"|the checksum should probably be`))
          located++
        }
        return true
      })
    }), { numRuns: 300 })
    // a change fails to be named only when another single change would explain the checksum too
    // (about 743 other changes against 2^20 checksums: under 0.1% of lines)
    assert.ok(located >= 290, `the character was named ${located} times of 300`)
  })

  it('names characters that are not on the page, and missing, extra, repeated or swapped lines', function () {
    const lines = page.split('\n')
    const [[i3], [i4], [i6]] = [keyLines(page)[2]!, keyLines(page)[3]!, keyLines(page)[5]!]
    const change = (f: (l: string[]) => void): string => { const l = [...lines]; f(l); return l.join('\n') }
    assert.throws(() => parsePaperKey(change((l) => { l[i3] = l[i3]!.replace(/^(\s*3\s+)./, '$1U') })), hasCode('ERR_PAPER_KEY_TYPO', /^line 3: character 1, "U", is not one of the page's characters/))
    assert.throws(() => parsePaperKey(change((l) => { l[i3] = l[i3]!.replace(/^(\s*3\s+)./, '$1') })), hasCode('ERR_PAPER_KEY_TYPO', /^line 3 has 23 characters .* one is missing/))
    assert.throws(() => parsePaperKey(change((l) => { l[i3] = l[i3]!.replace(/^(\s*3\s+)/, '$1A') })), hasCode('ERR_PAPER_KEY_TYPO', /^line 3 has 25 characters .* one is extra/))
    assert.throws(() => parsePaperKey(change((l) => {
      l[i3] = l[i3]!.replace(/^(\s*3\s+)./, '$1U')
      l[i6] = l[i6]!.replace(/^(\s*6\s+)(.)/, (m, head: string, c: string) => head + (c === 'A' ? 'B' : 'A'))
    })), hasCode('ERR_PAPER_KEY_TYPO', /^line 3: character 1, "U", .*; line 6 does not match its checksum/))
    assert.throws(() => parsePaperKey(change((l) => l.splice(i4, 1))), hasCode('ERR_BAD_PAPER_KEY', /^line 4 of 6 is missing/))
    assert.throws(() => parsePaperKey(change((l) => l.splice(i3, 2))), hasCode('ERR_BAD_PAPER_KEY', /^lines 3, 4 of 6 are missing/))
    assert.throws(() => parsePaperKey(change((l) => l.splice(i6, 1))), hasCode('ERR_BAD_PAPER_KEY', /line 6 of 6 is missing/))
    assert.throws(() => parsePaperKey(change((l) => l.splice(i4, 0, l[i3]!))), hasCode('ERR_BAD_PAPER_KEY', /^line 3 is there twice/))
    // the contents of lines 3 and 4 swapped, their numbers kept
    const swapped = change((l) => {
      const [a, b] = [l[i3]!.replace(/^\s*3/, ''), l[i4]!.replace(/^\s*4/, '')]
      l[i3] = ` 3${b}`
      l[i4] = ` 4${a}`
    })
    assert.throws(() => parsePaperKey(swapped), hasCode('ERR_PAPER_KEY_TYPO', /^line 3 does not match its checksum/))
    assert.throws(() => parsePaperKey(change((l) => { l[0] = l[0]!.replace(key.fingerprint, '0123456789abcdef') })), hasCode('ERR_PAPER_KEY_TYPO', /first line names fingerprint 0123456789abcdef/))
    assert.throws(() => parsePaperKey(change((l) => { l[0] = l[0]!.replace('key 1:', 'key 2:') })), hasCode('ERR_BAD_PAPER_KEY', /version 2 paper key/))
    assert.throws(() => parsePaperKey('hello\nworld\n'), hasCode('ERR_BAD_PAPER_KEY', /no numbered lines/))
  })

  it('the QR code holds the key in alphanumeric mode; read from the PNG, it gives the key back', async function () {
    const text = paperKeyQrText(file)
    assert.ok(text.startsWith(QR_PREFIX))
    assert.match(text, /^[0-9A-Z:]+$/)
    const qr = QRCode.create(text, { errorCorrectionLevel: 'M' })
    assert.deepEqual(qr.segments.map((s) => s.mode.id), ['Alphanumeric'])
    const png = PNG.sync.read(await paperKeyQrPng(file))
    const decoded = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.byteLength), png.width, png.height)
    assert.equal(decoded?.data, text)
    assert.deepEqual((await unlockDataKey(keyFileFromPaper(parsePaperKey(decoded!.data), 'prod'), 'pw')).material, key.material)
    // what a phone's reader gives back may come in lower case or with a line break
    assert.deepEqual(parsePaperKey(` ${text.toLowerCase().slice(0, 40)}\n${text.slice(40)} `).wrapped, parsePaperKey(page).wrapped)
    assert.throws(() => parsePaperKey(text.slice(0, -10)), hasCode('ERR_BAD_PAPER_KEY', /QR code holds 133 key characters where 143 are needed/))
    assert.throws(() => parsePaperKey(text + '!'), hasCode('ERR_PAPER_KEY_TYPO', /"!"/))
    const svg = await paperKeyQrSvg(file)
    assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* viewBox="0 0 (\d+) \1"/)
    assert.match(svg, /<path [^>]*d="M/)
    assert.match(svg, /<\/svg>\s*$/)
  })
})
