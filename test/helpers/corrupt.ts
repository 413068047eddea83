/**
 * @packageDocumentation
 * Damage on purpose, for the tests that prove damage is found: one flipped byte in a file.
 */
import { open } from 'node:fs/promises'

/** Flips one byte of a file in place (XOR 0x5a, so it always changes). */
export async function flipByte (path: string, offset: number): Promise<void> {
  const fh = await open(path, 'r+')
  try {
    const b = Buffer.alloc(1)
    await fh.read(b, 0, 1, offset)
    b[0]! ^= 0x5a
    await fh.write(b, 0, 1, offset)
  } finally {
    await fh.close()
  }
}
