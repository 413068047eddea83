/**
 * @packageDocumentation
 * `npx node sim/crypto-bench.ts`: what encryption at rest costs one core, on 1 MiB blocks — the
 * steps of node/core/crypto/block-cipher.ts (block id, seal, open, the keyless frame check) next
 * to what the plain data path does per block today (SHA-256, zstd level 1, the proxy's default),
 * and the whole per-block work of a new block and of a restored one, plain and encrypted. Also
 * the costs paid once: scrypt at N = 65536 (opening a key), a recovery wrap and unwrap.
 *
 * A shared machine is noisy, so every step runs in many short windows, round-robin, and the best
 * window counts (as in the reference probe the design started from).
 *
 *   npx node sim/crypto-bench.ts                     # 12 rounds of 200 ms windows
 *   npx node sim/crypto-bench.ts --rounds 30 --window 250 --json
 */
import { createCipheriv, createHash, randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'
import { constants, crc32, zstdCompressSync, zstdDecompressSync } from 'node:zlib'
import { sharedBlock } from '../node/core/codec-pool.ts'
import { BlockCipher, checkSealedFrame, sealedLength } from '../node/core/crypto/block-cipher.ts'
import { createDataKey, unlockDataKey } from '../node/core/crypto/key-file.ts'
import { createRecoveryKeyPair, unlockRecoveryKey, unwrapWithRecovery, wrapForRecovery } from '../node/core/crypto/recovery-key.ts'
import { crc32c } from '../roles/repository/crc32c.ts'

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '12' },
    window: { type: 'string', default: '200' },
    json: { type: 'boolean', default: false }
  }
})
const ROUNDS = Number(args.rounds)
const WINDOW = Number(args.window)
const MiB = 1024 * 1024

// half random, half text: about what a used disk's blocks look like to zstd
const text = Buffer.from('lorem ipsum dolor sit amet, consectetur adipiscing elit '.repeat(20000)).subarray(0, MiB / 2)
const mixed = Buffer.concat([randomBytes(MiB / 2), text])
const random = randomBytes(MiB)
const level1 = { params: { [constants.ZSTD_c_compressionLevel]: 1 } }
const packed = zstdCompressSync(mixed, level1)

const { key } = await createDataKey({ name: 'bench', passphrase: 'bench', scrypt: { N: 1024, r: 8, p: 1 } })
const cipher = new BlockCipher(key.material)
const id = cipher.blockId(random)
const frame = cipher.seal(id, random)
const packedId = cipher.blockId(mixed)
const packedFrame = cipher.seal(packedId, packed)
const sharedIn = sharedBlock(MiB)
sharedIn.set(random)
const sharedOut = sharedBlock(sealedLength(MiB))
const sharedBack = sharedBlock(MiB)
const gcmKey = randomBytes(32)
const sha256 = (b: Uint8Array): Buffer => createHash('sha256').update(b).digest()

/** Each returns the raw bytes it stands for (for MiB/s of disk data). */
const steps: Record<string, () => void> = {
  'SHA-256 (the plain block id)': () => { sha256(random) },
  'HMAC-SHA-256 block id': () => { cipher.blockId(random) },
  'AES-256-GCM alone (OpenSSL, for comparison)': () => { const c = createCipheriv('aes-256-gcm', gcmKey, randomBytes(12)); c.update(random); c.final() },
  'seal (AES-256-GCM + CRC-32)': () => { cipher.seal(id, random) },
  'seal into shared memory': () => { cipher.seal(id, sharedIn, sharedOut) },
  'open (CRC-32 + AES-256-GCM)': () => { cipher.open(id, frame) },
  'open into shared memory': () => { cipher.open(id, sharedOut, sharedBack) },
  'frame check without the key (CRC-32, zlib)': () => { checkSealedFrame(frame) },
  'CRC-32C in JavaScript (for comparison)': () => { crc32c(frame) },
  'zstd-1 compress (mixed block)': () => { zstdCompressSync(mixed, level1) },
  'new block, plain: SHA-256 + zstd-1': () => { sha256(mixed); zstdCompressSync(mixed, level1) },
  'new block, encrypted: HMAC + zstd-1 + seal': () => { cipher.blockId(mixed); cipher.seal(packedId, zstdCompressSync(mixed, level1)) },
  'restore, plain: zstd decompress + SHA-256': () => { sha256(zstdDecompressSync(packed)) },
  'restore, encrypted: open + decompress + HMAC': () => { cipher.isBlock(packedId, zstdDecompressSync(cipher.open(packedId, packedFrame))) },
  'repository store, plain: decompress + SHA-256': () => { sha256(zstdDecompressSync(packed)) },
  'repository store, encrypted: CRC-32 only': () => { crc32(packedFrame) }
}

const best: Record<string, number> = Object.fromEntries(Object.keys(steps).map((k) => [k, 0]))
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, step] of Object.entries(steps)) {
    step()
    let n = 0
    const t0 = performance.now()
    while (performance.now() - t0 < WINDOW) { step(); n++ }
    best[name] = Math.max(best[name]!, Math.round(n / ((performance.now() - t0) / 1000)))
  }
}

async function timed (f: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now()
  await f()
  return Math.round(performance.now() - t0)
}
const real = await createDataKey({ name: 'bench', passphrase: 'bench' })
const recovery = await createRecoveryKeyPair({ name: 'bench', passphrase: 'bench', scrypt: { N: 1024, r: 8, p: 1 } })
const pair = await unlockRecoveryKey(recovery.file, 'bench')
const wrap = wrapForRecovery(recovery.publicKey, key)
const once = {
  'scrypt N=65536 r=8 p=1: unlock a key (ms)': await timed(async () => await unlockDataKey(real.file, 'bench')),
  'recovery wrap of a key, X25519 (ms)': await timed(async () => { for (let i = 0; i < 100; i++) wrapForRecovery(recovery.publicKey, key) }) / 100,
  'recovery unwrap, X25519 (ms)': await timed(async () => { for (let i = 0; i < 100; i++) unwrapWithRecovery(pair, wrap) }) / 100
}

const result = { node: process.version, openssl: process.versions.openssl, unit: 'MiB/s of 1 MiB blocks, one thread, best window', rounds: ROUNDS, windowMs: WINDOW, ...best, ...once }
if (args.json) {
  console.log(JSON.stringify(result, null, 1))
} else {
  console.log(`Node ${process.version}, OpenSSL ${process.versions.openssl}; best of ${ROUNDS} windows of ${WINDOW} ms; one thread\n`)
  console.log('| step (1 MiB blocks) | MiB/s |\n| --- | ---: |')
  for (const [name, rate] of Object.entries(best)) console.log(`| ${name} | ${rate.toLocaleString('en')} |`)
  console.log('\n| paid once | ms |\n| --- | ---: |')
  for (const [name, ms] of Object.entries(once)) console.log(`| ${name.replace(/ \(ms\)$/, '')} | ${ms} |`)
}
