/**
 * @packageDocumentation
 * In-process micro-benchmark of the block content hash and the zstd level, in CPU-seconds of this
 * process (all its threads) per GiB of 1 MiB blocks: SHA-256 and HMAC-SHA-256 (node:crypto)
 * against BLAKE3 plain and keyed (@napi-rs/blake-hash, native; hash-wasm, WASM, if installed),
 * and zstd levels 3, 1 and the fast levels -2..-5 for ratio and CPU through the codec threads'
 * own path (node/core/codec-pool.ts, one thread): digest + compression as a proxy pays per block,
 * decompression + digest as a repository pays per new block. The corpus is sim/corpus.ts's mix (half zero, a quarter text, a quarter random)
 * plus blocks of the machine's own /usr files, standing in for an installed system.
 *
 *   npx node sim/hash-bench.ts [--mib 128] [--rounds 3]
 */
import { createHash, createHmac } from 'node:crypto'
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { zstdCompressSync } from 'node:zlib'
import { Blake3Hasher, blake3 } from '@napi-rs/blake-hash'
import { CodecPool, packRoom, sharedBlock } from '../node/core/codec-pool.ts'
import { writeFileHost } from './corpus.ts'

const BLOCK = 1 << 20
const { values } = parseArgs({ options: { mib: { type: 'string', default: '128' }, rounds: { type: 'string', default: '3' } } })
const mib = Number(values.mib)
const rounds = Number(values.rounds)

function cpu (): number {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1e6
}

async function systemBlocks (count: number): Promise<Buffer[]> {
  const out: Buffer[] = []
  let pending = Buffer.alloc(0)
  const walk = async (dir: string): Promise<void> => {
    for (const name of (await readdir(dir)).sort()) {
      if (out.length >= count) return
      const path = join(dir, name)
      const s = await stat(path).catch(() => undefined)
      if (s === undefined) continue
      if (s.isDirectory()) await walk(path)
      else if (s.isFile() && s.size > 0 && s.size < 64 << 20) {
        pending = Buffer.concat([pending, await readFile(path)])
        while (pending.byteLength >= BLOCK && out.length < count) {
          out.push(Buffer.from(pending.subarray(0, BLOCK)))
          pending = pending.subarray(BLOCK)
        }
      }
    }
  }
  await walk('/usr/lib')
  return out
}

async function corpus (): Promise<{ kind: string, block: Buffer }[]> {
  const dir = await mkdtemp(join(tmpdir(), 'hash-bench-'))
  try {
    await writeFileHost(dir, { seed: 21, vms: [{ name: 'vm', disks: [{ name: 'd', size: mib * BLOCK }] }] })
    const image = await readFile(join(dir, 'vm', 'd.raw'))
    const blocks: { kind: string, block: Buffer }[] = []
    for (let at = 0; at < image.byteLength; at += BLOCK) {
      const block = Buffer.from(new SharedArrayBuffer(BLOCK))
      image.copy(block, 0, at, at + BLOCK)
      const kind = block.every(b => b === 0) ? 'zero' : zstdCompressSync(block).byteLength < BLOCK / 2 ? 'text' : 'random'
      blocks.push({ kind, block })
    }
    for (const b of await systemBlocks(Math.round(mib / 4))) {
      const block = Buffer.from(new SharedArrayBuffer(BLOCK))
      b.copy(block)
      blocks.push({ kind: 'system', block })
    }
    return blocks
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

const blocks = await corpus()
const nonZero = blocks.filter(b => b.kind !== 'zero')
// zero blocks never reach the codec (the proxy skips them first): the timings run over the others
const bytes = nonZero.length * BLOCK
const gib = bytes / 2 ** 30
const kinds = new Map<string, number>()
for (const b of blocks) kinds.set(b.kind, (kinds.get(b.kind) ?? 0) + 1)
console.log(`corpus: ${blocks.length} blocks of 1 MiB (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}), best of ${rounds} rounds, on a ${(await readFile('/proc/loadavg', 'utf8')).split(' ')[0]} load average`)

function time (run: () => void): number {
  let best = Infinity
  for (let r = 0; r < rounds; r++) {
    const start = cpu()
    run()
    best = Math.min(best, cpu() - start)
  }
  return best
}

const hashes: [string, (b: Uint8Array) => Uint8Array][] = [
  ['SHA-256 (node:crypto)', b => createHash('sha256').update(b).digest()],
  ['HMAC-SHA-256 (node:crypto, encrypted ids)', b => createHmac('sha256', Buffer.alloc(32, 1)).update(b).digest()],
  ['BLAKE3 (@napi-rs/blake-hash)', b => blake3(b)],
  ['BLAKE3 keyed (@napi-rs/blake-hash)', b => Blake3Hasher.newKeyed(Buffer.alloc(32, 1)).update(b).digestBuffer()]
]
try {
  const require = createRequire(import.meta.url)
  const wasm = require('hash-wasm') as { createBLAKE3: () => Promise<{ init(): unknown, update(b: Uint8Array): unknown, digest(f: 'binary'): Uint8Array }> }
  const h = await wasm.createBLAKE3()
  hashes.push(['BLAKE3 (hash-wasm, WASM)', b => { h.init(); h.update(b); return h.digest('binary') }])
} catch { console.log('(hash-wasm not installed: its row is left out)') }

console.log('\n| hash | CPU-s per GiB of non-zero blocks | GB/s per core |\n|---|---|---|')
for (const [name, hash] of hashes) {
  const s = time(() => { for (const b of nonZero) hash(b.block) })
  console.log(`| ${name} | ${(s / gib).toFixed(3)} | ${(bytes / s / 1e9).toFixed(2)} |`)
}

// the codec threads' own path (one thread, its long-lived zstd contexts, shared buffers): what a
// proxy pays per block (digest + compression) and a repository per new block (decompression + digest)
const pool = new CodecPool({ threads: 1 })
const shared = nonZero.map(b => b.block)
const output = sharedBlock(packRoom(BLOCK))
const into = sharedBlock(BLOCK + 1)
async function timeAsync (run: () => Promise<void>): Promise<number> {
  let best = Infinity
  for (let r = 0; r < rounds; r++) {
    const start = cpu()
    await run()
    best = Math.min(best, cpu() - start)
  }
  return best
}
await pool.pack({ input: shared[0]!, output, level: 1 })
console.log('\n| zstd level | stored/raw, non-zero blocks | text | system | proxy: digest + compress, CPU-s per GiB (SHA-256 / BLAKE3) | repository: decompress + digest, CPU-s per GiB (SHA-256 / BLAKE3) |\n|---|---|---|---|---|---|')
// (-1 is left out: through node:zlib it compresses exactly as the default level 3)
for (const level of [3, 1, -2, -3, -4, -5]) {
  const packed: Buffer[] = []
  for (const b of shared) {
    const r = await pool.pack({ input: b, output, level })
    packed.push(Buffer.from(r.length >= 0 ? output.subarray(0, r.length) : b))
  }
  const stored = (kind?: string): string => {
    let raw = 0
    let kept = 0
    nonZero.forEach((b, i) => {
      if (kind !== undefined && b.kind !== kind) return
      raw += BLOCK
      kept += packed[i]!.byteLength
    })
    return (kept / raw).toFixed(3)
  }
  const packs: string[] = []
  const unpacks: string[] = []
  for (const algorithm of ['sha256', 'blake3'] as const) {
    const p = await timeAsync(async () => { for (const b of shared) await pool.pack({ input: b, output, level, algorithm }) })
    const stagedInputs = packed.map(b => { const s = sharedBlock(b.byteLength); b.copy(s); return s })
    const u = await timeAsync(async () => {
      for (const [i, b] of stagedInputs.entries()) await pool.unpack({ input: b, compression: packed[i]!.byteLength < BLOCK ? 'zstd' : 'none', rawLength: BLOCK, output: into, algorithm })
    })
    packs.push((p / gib).toFixed(3))
    unpacks.push((u / gib).toFixed(3))
  }
  console.log(`| ${level} | ${stored()} | ${stored('text')} | ${stored('system')} | ${packs.join(' / ')} | ${unpacks.join(' / ')} |`)
}
await pool.close()
