/**
 * @packageDocumentation
 * The real S3 server of the tests: a single-node Ceph cluster with its RADOS Gateway on 127.0.0.1
 * (test/helpers/ceph-rgw.sh), started once per mocha run on first use and stopped when mocha ends
 * (test/helpers/mocha-root-hooks.ts, registered in .mocharc.json). Every spec file that calls
 * `s3Gateway` shares the one start; each should make buckets of its own. No S3 mock anywhere.
 *
 * Starting takes 3–5 s on a quiet 2-core machine and up to ~16 s under load: the first caller's
 * hook gets a longer timeout. Without the ceph binaries the spec fails under CI=true (.ci/run
 * installs them) and is skipped with a loud notice otherwise.
 *
 * @example
 * ```ts
 * let gateway: S3GatewayAccess
 * before(async function () { gateway = await s3Gateway(this) })
 * ```
 */
import { execFile, spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { requirePrograms } from './tools.ts'

const run = promisify(execFile)
const SCRIPT = fileURLToPath(new URL('./ceph-rgw.sh', import.meta.url))
/** The script's own limit for `up`; the mocha hook waiting for it gets a minute more. */
const UP_TIMEOUT_S = 120

/** Where and how to reach the gateway: one S3 user that owns every bucket it makes. */
export interface S3GatewayAccess {
  endpoint: string
  region: string
  accessKeyId: string
  secretAccessKey: string
  /** how long `up` took, for specs that record timings */
  startMs: number
}

/** The one start of this mocha process, shared by every spec file (ES modules load once). */
let started: Promise<S3GatewayAccess> | undefined
/** The cluster's folder while it may be running: `down` needs it. */
let runningDir: string | undefined

/**
 * Call in a mocha `before` with `this`: the running gateway, started on the first call. Skips (or
 * fails under CI=true) when the ceph binaries are missing; a failed start fails every caller.
 */
export async function s3Gateway (ctx: Mocha.Context): Promise<S3GatewayAccess> {
  requirePrograms(ctx,
    { program: 'ceph-mon', debian: 'ceph-mon' },
    { program: 'ceph-osd', debian: 'ceph-osd' },
    { program: 'radosgw', debian: 'radosgw' },
    { program: 'radosgw-admin', debian: 'radosgw' },
    { program: 'ceph', debian: 'ceph-common' },
    { program: 'uuidgen', debian: 'uuid-runtime' })
  ctx.timeout(Math.max(ctx.timeout(), (UP_TIMEOUT_S + 60) * 1000))
  started ??= startGateway()
  return await started
}

async function startGateway (): Promise<S3GatewayAccess> {
  const dir = mkdtempSync(join(tmpdir(), 'meshbackup-ceph-'))
  runningDir = dir
  watchTheWayOut()
  const t0 = performance.now()
  let stdout: string
  try {
    ({ stdout } = await run('bash', [SCRIPT, 'up', dir], {
      env: { ...process.env, CEPH_UP_TIMEOUT: String(UP_TIMEOUT_S) },
      timeout: (UP_TIMEOUT_S + 30) * 1000
    }))
  } catch (err) {
    runningDir = undefined // the script killed what it started; its logs stay for a look
    unwatchTheWayOut()
    const stderr = (err as { stderr?: string }).stderr ?? ''
    throw new Error(`the Ceph S3 gateway did not start (logs in ${dir}/log):\n${stderr}`, { cause: err })
  }
  const env = new Map(stdout.trim().split('\n').map((line) => {
    const at = line.indexOf('=')
    return [line.slice(0, at), line.slice(at + 1)] as const
  }))
  const value = (key: string): string => {
    const v = env.get(key)
    if (v === undefined || v === '') throw new Error(`ceph-rgw.sh up printed no ${key}; see ${dir}/log`)
    return v
  }
  return {
    endpoint: value('S3_ENDPOINT'),
    region: value('S3_REGION'),
    accessKeyId: value('S3_ACCESS_KEY'),
    secretAccessKey: value('S3_SECRET_KEY'),
    startMs: Math.round(performance.now() - t0)
  }
}

/** Stops the gateway if this process started one (kills its daemons, removes its folder). */
export async function stopS3Gateway (): Promise<void> {
  const dir = runningDir
  if (dir === undefined) return
  await started?.catch(() => {}) // a start under way must finish before its pids are known
  await run('bash', [SCRIPT, 'down', dir])
  runningDir = undefined
  started = undefined
  unwatchTheWayOut()
}

/**
 * The daemons outlive this process: when mocha ends without its root hooks (an uncaught error, ^C,
 * a kill), they are killed on the way out, synchronously as 'exit' and signal listeners must. A
 * signal is raised again once the daemons are gone, so the process still dies of it.
 */
function stopOnTheWayOut (): void {
  if (runningDir !== undefined) spawnSync('bash', [SCRIPT, 'down', runningDir], { stdio: 'ignore' })
  runningDir = undefined
}
function stopAndDie (signal: NodeJS.Signals): void {
  stopOnTheWayOut()
  process.kill(process.pid, signal)
}
function watchTheWayOut (): void {
  process.once('exit', stopOnTheWayOut)
  process.once('SIGINT', stopAndDie)
  process.once('SIGTERM', stopAndDie)
}
function unwatchTheWayOut (): void {
  process.off('exit', stopOnTheWayOut)
  process.off('SIGINT', stopAndDie)
  process.off('SIGTERM', stopAndDie)
}
