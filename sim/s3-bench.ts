/**
 * @packageDocumentation
 * A repository in a bucket against one in a folder: the same disk image backed up into each
 * (`Repository` directly: blocks compressed by the codec pool, checked and stored by the disk
 * writer; in the bucket, packs uploaded as they fill) and restored from each (every block read,
 * as many at once as a restore reads: 4 from a folder, 16 ranged GETs from a bucket). The bucket is a real single-node Ceph RADOS Gateway
 * on 127.0.0.1 started here (test/helpers/ceph-rgw.sh), sharing the machine's cores with the
 * bench: a loopback measure of the engine's overhead, not of a WAN.
 *
 *   npx node sim/s3-bench.ts                  # a 512 MiB image, 1 MiB blocks
 *   npx node sim/s3-bench.ts --size 256M --json out.json
 */
import { execFile } from 'node:child_process'
import { randomBytes, createHash } from 'node:crypto'
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs, promisify } from 'node:util'
import { fileURLToPath } from 'node:url'
import { codecPool } from '../node/core/codec-pool.ts'
import { parseSize } from '../node/daemon/cli/common.ts'
import { compressBlock } from '../roles/repository/compression.ts'
import { Repository } from '../roles/repository/store.ts'
import { BucketBackend, type S3RepositoryConfig } from '../roles/repository/s3/bucket-backend.ts'
import { blockDigestSync } from '../roles/repository/digest.ts'

const run = promisify(execFile)
const MiB = 1024 * 1024
const SCRIPT = fileURLToPath(new URL('../test/helpers/ceph-rgw.sh', import.meta.url))

export interface S3BenchRow {
  target: 'folder' | 'bucket'
  backupMBps: number
  restoreMBps: number
  backupSeconds: number
  restoreSeconds: number
}

/** Half compressible text, a quarter random, a quarter zero: blocks of 1 MiB. */
function image (size: number): Buffer {
  const img = Buffer.alloc(size)
  for (let i = 0; i * MiB < size; i++) {
    const kind = i % 4
    if (kind === 3) continue
    const block = kind === 2 ? randomBytes(MiB) : Buffer.from(`block ${i} `.repeat(MiB / 8).slice(0, MiB))
    block.copy(img, i * MiB)
  }
  return img
}

async function backupAndRestore (repo: Repository, img: Buffer): Promise<{ backupSeconds: number, restoreSeconds: number }> {
  const t0 = performance.now()
  const writer = await repo.beginDisk({ taskId: 't', sessionId: 's', job: 'bench', vm: 'vm1', disk: 0, diskName: 'vda', size: img.length, blockSize: MiB })
  let next = 0
  const blocks = Math.ceil(img.length / MiB)
  const lane = async (): Promise<void> => {
    while (next < blocks) {
      const i = next++
      const raw = img.subarray(i * MiB, (i + 1) * MiB)
      if (raw.every(b => b === 0)) continue
      const data = await compressBlock(raw, 'zstd')
      await writer.putBlock({ index: i, digest: blockDigestSync(repo.digestAlgorithm, raw), rawLength: raw.length, compression: 'zstd', data })
    }
  }
  await Promise.all(Array.from({ length: 8 }, lane))
  const { stagedId } = await writer.finish()
  const point = await repo.commitPoint({ job: 'bench', vm: 'vm1', stagedIds: [stagedId] })
  const t1 = performance.now()
  const stored = await repo.getPoint(point.id)
  const digests = stored.disks[0]!.digests
  let at = 0
  const reader = async (): Promise<void> => {
    while (at < blocks) {
      const i = at++
      const d = digests.subarray(i * 32, (i + 1) * 32)
      if (d.every(b => b === 0)) continue
      const block = await repo.readBlock(d)
      await codecPool().unpack({ input: block.data, compression: block.compression, rawLength: block.rawLength, algorithm: repo.digestAlgorithm })
    }
  }
  // as a restore reads: 4 at once from a folder, 16 from a bucket (Repository.readAhead)
  await Promise.all(Array.from({ length: repo.readAhead }, reader))
  return { backupSeconds: (t1 - t0) / 1000, restoreSeconds: (performance.now() - t1) / 1000 }
}

export async function runS3Bench (options: { size: number }): Promise<S3BenchRow[]> {
  const dir = await mkdtemp(join(tmpdir(), 'meshbackup-s3-bench-'))
  const gw = join(dir, 'ceph')
  const rows: S3BenchRow[] = []
  try {
    const { stdout } = await run('bash', [SCRIPT, 'up', gw], { timeout: 180_000 })
    const env = new Map(stdout.trim().split('\n').map(l => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]))
    const credentialsFile = join(dir, 's3.json')
    await writeFile(credentialsFile, JSON.stringify({ accessKeyId: env.get('S3_ACCESS_KEY'), secretAccessKey: env.get('S3_SECRET_KEY') }))
    await chmod(credentialsFile, 0o600)
    const img = image(options.size)
    const mb = options.size / 1e6
    for (const target of ['folder', 'bucket'] as const) {
      let bucket: BucketBackend | undefined
      if (target === 'bucket') {
        const config: S3RepositoryConfig = { endpoint: env.get('S3_ENDPOINT'), region: 'us-east-1', bucket: `bench-${randomBytes(4).toString('hex')}`, credentialsFile }
        bucket = await BucketBackend.open({ config, repository: 'bench', holder: 'bench', create: true })
      }
      const repo = await Repository.open({ path: join(dir, target), name: 'bench', create: true, bucket })
      try {
        const t = await backupAndRestore(repo, img)
        rows.push({ target, ...t, backupMBps: mb / t.backupSeconds, restoreMBps: mb / t.restoreSeconds })
      } finally {
        await repo.close()
      }
    }
  } finally {
    await run('bash', [SCRIPT, 'down', gw]).catch(() => {})
    await rm(dir, { recursive: true, force: true })
  }
  return rows
}

export function s3BenchTable (rows: S3BenchRow[]): string {
  const lines = ['| target | backup MB/s | restore MB/s | backup s | restore s |', '|---|---:|---:|---:|---:|']
  for (const r of rows) lines.push(`| ${r.target} | ${r.backupMBps.toFixed(0)} | ${r.restoreMBps.toFixed(0)} | ${r.backupSeconds.toFixed(2)} | ${r.restoreSeconds.toFixed(2)} |`)
  return lines.join('\n')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { size: { type: 'string', default: '512M' }, json: { type: 'string' } } })
  const rows = await runS3Bench({ size: parseSize(values.size!) })
  console.log(s3BenchTable(rows))
  if (values.json !== undefined) await writeFile(values.json, JSON.stringify(rows, null, 2))
  process.exit(0)
}
