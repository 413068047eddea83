/**
 * @packageDocumentation
 * A stop-gap RecoveryExports: each point disk is first restored into a sparse raw file (its
 * blocks fetched from the repository, opened, checked against their digests; zero blocks left as
 * holes) and that file is served read-only by qemu-nbd (`--persistent --shared=8`). It is what the
 * tests and a daemon without the project's on-demand NBD server (node/hosts/nbd-server/) use:
 * correct, but the time to a running VM grows with the data of the disk, where the on-demand
 * server's does not. The daemon plugs the on-demand server in its place.
 *
 * @example
 * ```ts
 * const exports = qemuNbdExports({ dir: '/var/lib/meshbackup/exports' })
 * const e = await exports.open(disk, fetch, key)   // { nbdAddress: 'unix:/var/lib/…/r1-0.sock', exportName: 'r1-0' }
 * ```
 */
import { execFile } from 'node:child_process'
import { open, mkdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { codecPool } from '../../core/codec-pool.ts'
import { RecoveryError } from './recovery-error.ts'
import type { FetchBlocks, RecoveryDisk, RecoveryExport, RecoveryExports } from './recovery-exports.ts'

const DIGEST = 32
/** digests asked for at once */
const BATCH = 256

export interface QemuNbdExportsInit {
  /** folder for the raw files, sockets and pid files */
  dir: string
  /** the qemu-nbd program (default on PATH) */
  qemuNbd?: string
}

export function qemuNbdExports (init: QemuNbdExportsInit): RecoveryExports {
  return {
    async open (disk: RecoveryDisk, fetch: FetchBlocks, key?: Uint8Array): Promise<RecoveryExport> {
      await mkdir(init.dir, { recursive: true, mode: 0o700 })
      const name = `${disk.recoveryId}-${disk.index}`
      const file = join(init.dir, `${name}.raw`)
      const socket = join(init.dir, `${name}.sock`)
      const pidFile = join(init.dir, `${name}.pid`)
      const cleanup = async (): Promise<void> => {
        await rm(file, { force: true })
        await rm(socket, { force: true })
        await rm(pidFile, { force: true })
      }
      try {
        await restoreRaw(disk, fetch, key, file)
        await run(init.qemuNbd ?? 'qemu-nbd', ['--fork', `--pid-file=${pidFile}`, '--read-only', '--persistent', '--shared=8', '--format=raw', `--export-name=${name}`, `--socket=${socket}`, file])
      } catch (err) {
        await cleanup()
        if (err instanceof RecoveryError) throw err
        throw new RecoveryError('ERR_RECOVERY_START_FAILED', `serving disk ${disk.index} of point ${disk.pointId} failed: ${(err as Error).message}`, { cause: err })
      }
      const pid = Number((await readFile(pidFile, 'utf8')).trim())
      let closed = false
      return {
        nbdAddress: `unix:${socket}`,
        exportName: name,
        close: async () => {
          if (closed) return
          closed = true
          try { process.kill(pid, 'SIGTERM') } catch {}
          await cleanup()
        }
      }
    }
  }
}

/** Every non-zero block of the disk, fetched, opened and checked, written at its offset of a sparse file. */
async function restoreRaw (disk: RecoveryDisk, fetch: FetchBlocks, key: Uint8Array | undefined, file: string): Promise<void> {
  const out = await open(file, 'w', 0o600)
  try {
    await out.truncate(disk.size)
    const zero = Buffer.alloc(DIGEST)
    const blocks = disk.digests.length / DIGEST
    const wanted: number[] = []
    for (let i = 0; i < blocks; i++) if (!disk.digests.subarray(i * DIGEST, (i + 1) * DIGEST).equals(zero)) wanted.push(i)
    for (let k = 0; k < wanted.length; k += BATCH) {
      const batch = wanted.slice(k, k + BATCH)
      const digests = batch.map(i => Buffer.from(disk.digests.subarray(i * DIGEST, (i + 1) * DIGEST)))
      const answers = await fetch(digests)
      for (let j = 0; j < batch.length; j++) {
        const block = answers[j]
        const index = batch[j]!
        if (block === undefined || block.missingCode) {
          throw new RecoveryError('ERR_RECOVERY_START_FAILED', `block ${index} of disk ${disk.index} of point ${disk.pointId} cannot be read from the repository (${block?.missingCode ?? 'not answered'}); verify the point, or recover another one`)
        }
        const length = Math.min(disk.blockSize, disk.size - index * disk.blockSize)
        // a block stored as it is needs no copy; a compressed or sealed one lands in `raw`
        const asIs = block.compression === 'none' && !block.sealed
        const raw = asIs ? Buffer.from(block.data.buffer, block.data.byteOffset, block.data.byteLength) : Buffer.alloc(block.rawLength)
        const { digest } = await codecPool().unpack({ input: block.data, compression: block.compression, rawLength: block.rawLength, output: asIs ? undefined : raw, sealed: block.sealed, key, blockId: digests[j], algorithm: block.digestAlgorithm })
        if (!digest.equals(digests[j]!)) throw new RecoveryError('ERR_RECOVERY_START_FAILED', `block ${index} of disk ${disk.index} of point ${disk.pointId} does not match its digest: the repository's copy is damaged; verify the point`)
        await out.write(raw, 0, Math.min(length, block.rawLength), index * disk.blockSize)
      }
    }
  } finally {
    await out.close()
  }
}

async function run (cmd: string, args: string[]): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    execFile(cmd, args, { timeout: 60_000 }, (err, _stdout, stderr) => {
      if (err === null) resolve()
      else reject(new Error(`${cmd}: ${String(stderr).trim() || err.message}`, { cause: err }))
    })
  })
}
