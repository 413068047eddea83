/**
 * @packageDocumentation
 * Crockford's Base32, for keys typed back from paper: digits and capital letters without I, L, O
 * and U, so reading is forgiving — lower case is upper case, O is 0, I and L are 1 — and the
 * alphabet is inside a QR code's compact alphanumeric mode.
 *
 * @example
 * ```ts
 * encodeBase32(Buffer.from('hi'))   // 'D1MG'
 * decodeBase32('d1mg')              // <68 69>
 * ```
 */

export const BASE32_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

const VALUES = new Map<string, number>([...BASE32_ALPHABET].map((c, i) => [c, i]))
for (const [alias, value] of [['O', 0], ['I', 1], ['L', 1]] as const) VALUES.set(alias, value)

/** The symbol a typed character stands for (folding case and look-alikes), or undefined for none. */
export function base32Symbol (char: string): string | undefined {
  const value = VALUES.get(char.toUpperCase())
  return value === undefined ? undefined : BASE32_ALPHABET[value]
}

export function encodeBase32 (bytes: Uint8Array): string {
  let out = ''
  let bits = 0
  let value = 0
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += BASE32_ALPHABET[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
    value &= (1 << bits) - 1
  }
  if (bits > 0) out += BASE32_ALPHABET[(value << (5 - bits)) & 31]
  return out
}

/** Decodes canonical symbols (see {@link base32Symbol}); the bits of a last partial byte are dropped. */
export function decodeBase32 (text: string): Buffer {
  const out: number[] = []
  let bits = 0
  let value = 0
  for (const char of text) {
    const v = VALUES.get(char.toUpperCase())
    if (v === undefined) throw new RangeError(`"${char}" is not a Base32 character`)
    value = (value << 5) | v
    bits += 5
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff)
      bits -= 8
    }
    value &= (1 << bits) - 1
  }
  return Buffer.from(out)
}
