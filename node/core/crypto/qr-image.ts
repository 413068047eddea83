/**
 * @packageDocumentation
 * The paper key as a QR code image, to print beside the text (PBS's `key paperkey` does the
 * same): SVG or PNG, drawn by the `qrcode` package from the text of
 * node/core/crypto/paper-key.ts's `paperKeyQrText`. That text is digits, capitals and a colon, so
 * the code uses QR's alphanumeric mode (150 characters: version 6, 41 × 41 modules, at error correction M,
 * which survives 15% of the code smudged or torn).
 *
 * @example
 * ```ts
 * await writeFile('prod-key.svg', await paperKeyQrSvg(file))
 * await writeFile('prod-key.png', await paperKeyQrPng(file))
 * ```
 */
import QRCode from 'qrcode'
import type { KeyFile } from './key-file.ts'
import { paperKeyQrText } from './paper-key.ts'

const OPTIONS = { errorCorrectionLevel: 'M', margin: 4 } as const

export async function paperKeyQrSvg (file: KeyFile): Promise<string> {
  return await QRCode.toString(paperKeyQrText(file), { ...OPTIONS, type: 'svg' })
}

/** A PNG of 8 pixels per module: sharp enough to print at any size a page allows. */
export async function paperKeyQrPng (file: KeyFile): Promise<Buffer> {
  return await QRCode.toBuffer(paperKeyQrText(file), { ...OPTIONS, type: 'png', scale: 8 })
}
