/**
 * @packageDocumentation
 * BLAKE3 in plain TypeScript after the specification's reference implementation (hash and keyed
 * hash, 32-byte output): slow, but independent of the native package the repository uses, so a
 * test can check that a stored block id is the real BLAKE3 of the block. It is itself checked
 * against the specification's digest of the empty input.
 *
 * @example
 * ```ts
 * blake3Reference(Buffer.alloc(0)).toString('hex')   // 'af1349b9…3262'
 * blake3Reference(block, key)                        // keyed mode, 32-byte key
 * ```
 */
const IV = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
const PERMUTATION = [2, 6, 3, 10, 7, 0, 4, 13, 1, 11, 12, 5, 9, 14, 15, 8]
const CHUNK_START = 1
const CHUNK_END = 2
const PARENT = 4
const ROOT = 8
const KEYED_HASH = 16
const BLOCK = 64
const CHUNK = 1024

function rotr (x: number, n: number): number {
  return ((x >>> n) | (x << (32 - n))) >>> 0
}

function g (s: number[], a: number, b: number, c: number, d: number, x: number, y: number): void {
  s[a] = (s[a]! + s[b]! + x) >>> 0
  s[d] = rotr(s[d]! ^ s[a]!, 16)
  s[c] = (s[c]! + s[d]!) >>> 0
  s[b] = rotr(s[b]! ^ s[c]!, 12)
  s[a] = (s[a]! + s[b]! + y) >>> 0
  s[d] = rotr(s[d]! ^ s[a]!, 8)
  s[c] = (s[c]! + s[d]!) >>> 0
  s[b] = rotr(s[b]! ^ s[c]!, 7)
}

/** The compression function: the first 8 words of its output. */
function compress (cv: number[], words: number[], counter: number, blockLen: number, flags: number): number[] {
  const s = [...cv, IV[0]!, IV[1]!, IV[2]!, IV[3]!, counter >>> 0, Math.floor(counter / 2 ** 32) >>> 0, blockLen, flags]
  let m = words
  for (let round = 0; round < 7; round++) {
    g(s, 0, 4, 8, 12, m[0]!, m[1]!)
    g(s, 1, 5, 9, 13, m[2]!, m[3]!)
    g(s, 2, 6, 10, 14, m[4]!, m[5]!)
    g(s, 3, 7, 11, 15, m[6]!, m[7]!)
    g(s, 0, 5, 10, 15, m[8]!, m[9]!)
    g(s, 1, 6, 11, 12, m[10]!, m[11]!)
    g(s, 2, 7, 8, 13, m[12]!, m[13]!)
    g(s, 3, 4, 9, 14, m[14]!, m[15]!)
    m = PERMUTATION.map(i => m[i]!)
  }
  return Array.from({ length: 8 }, (_, i) => (s[i]! ^ s[i + 8]!) >>> 0)
}

function wordsOf (bytes: Uint8Array): number[] {
  const padded = Buffer.alloc(BLOCK)
  padded.set(bytes)
  return Array.from({ length: 16 }, (_, i) => padded.readUInt32LE(i * 4))
}

/** A chunk's last block, not yet compressed: the root flag may still be added to it. */
interface Output { cv: number[], words: number[], counter: number, blockLen: number, flags: number }

function chunkOutput (key: number[], chunk: Uint8Array, index: number, baseFlags: number): Output {
  let cv = key
  const blocks = Math.max(1, Math.ceil(chunk.byteLength / BLOCK))
  for (let b = 0; b < blocks - 1; b++) {
    cv = compress(cv, wordsOf(chunk.subarray(b * BLOCK, (b + 1) * BLOCK)), index, BLOCK, baseFlags | (b === 0 ? CHUNK_START : 0))
  }
  const last = chunk.subarray((blocks - 1) * BLOCK)
  return { cv, words: wordsOf(last), counter: index, blockLen: last.byteLength, flags: baseFlags | (blocks === 1 ? CHUNK_START : 0) | CHUNK_END }
}

function chainingValue (o: Output): number[] {
  return compress(o.cv, o.words, o.counter, o.blockLen, o.flags)
}

function parentOutput (key: number[], left: number[], right: number[], baseFlags: number): Output {
  return { cv: key, words: [...left, ...right], counter: 0, blockLen: BLOCK, flags: baseFlags | PARENT }
}

/** BLAKE3 of `input` (32 bytes); keyed mode under a 32-byte `key`. */
export function blake3Reference (input: Uint8Array, key?: Uint8Array): Buffer {
  const keyWords = key === undefined ? IV : Array.from({ length: 8 }, (_, i) => Buffer.from(key).readUInt32LE(i * 4))
  const flags = key === undefined ? 0 : KEYED_HASH
  const chunks = Math.max(1, Math.ceil(input.byteLength / CHUNK))
  // the chaining values of complete subtrees, merged as the chunk count's binary form says
  const stack: number[][] = []
  let output: Output | undefined
  for (let c = 0; c < chunks; c++) {
    const out = chunkOutput(keyWords, input.subarray(c * CHUNK, (c + 1) * CHUNK), c, flags)
    if (c === chunks - 1) {
      output = out
      break
    }
    let cv = chainingValue(out)
    let total = c + 1
    while ((total & 1) === 0) {
      cv = chainingValue(parentOutput(keyWords, stack.pop()!, cv, flags))
      total >>= 1
    }
    stack.push(cv)
  }
  let last = output!
  while (stack.length > 0) last = parentOutput(keyWords, stack.pop()!, chainingValue(last), flags)
  const words = compress(last.cv, last.words, last.counter, last.blockLen, last.flags | ROOT)
  const digest = Buffer.alloc(32)
  words.forEach((w, i) => digest.writeUInt32LE(w, i * 4))
  return digest
}
