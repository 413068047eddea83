/**
 * @packageDocumentation
 * The bootable test guest of the boot-check specs: a 128 MiB raw disk (syslinux, a Debian kernel,
 * busybox, qemu-ga, a serial heartbeat, /usr/local/bin/bootcheck-test.sh) built by
 * test/helpers/boot-guest.sh from Debian packages. Built at most once per mocha run, on first use,
 * into a cache folder (~/.cache/meshbackup/boot-guest, or $MESHBACKUP_GUEST_CACHE) under a name
 * that carries the script's hash, so a later run reuses it until the script changes; the kernel
 * package is downloaded once into the same folder. Specs boot it through a qcow2 overlay and never
 * write the image.
 *
 * Building takes 10–30 s (plus ~70 MB of kernel package the first time). Without the tools it
 * needs, the spec fails under CI=true (.ci/run installs them) and is skipped with a loud notice
 * otherwise.
 *
 * @example
 * ```ts
 * let guest: BootGuest
 * before(async function () { guest = await bootGuest(this) })
 * ```
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { requirePrograms } from './tools.ts'

const run = promisify(execFile)
const SCRIPT = fileURLToPath(new URL('./boot-guest.sh', import.meta.url))
/** the build's own limit; the hook waiting for it gets a minute more */
const BUILD_TIMEOUT_S = 300

export interface BootGuest {
  /** the raw image (read-only for specs: boot it through an overlay) */
  image: string
  /** what boot-guest.sh wrote beside it: partitions, kernel, sha256 of the known files */
  manifest: string
  /** the in-guest test script, exit 0 and "BOOTCHECK-TEST-OK" when the guest is sound */
  testScript: string
  /** the line the guest prints on its serial console every 2 s once up */
  heartbeatLine: string
  /** how long the build took in this run (0: the cached image was reused) */
  buildMs: number
}

let built: Promise<BootGuest> | undefined

/** Call in a mocha `before` with `this`: the guest image, built on the first call. */
export async function bootGuest (ctx: Mocha.Context): Promise<BootGuest> {
  requirePrograms(ctx,
    { program: 'qemu-system-x86_64', debian: 'qemu-system-x86' },
    { program: 'qemu-img', debian: 'qemu-utils' },
    { program: 'qemu-ga', debian: 'qemu-guest-agent' },
    { program: 'busybox', debian: 'busybox-static' },
    { program: 'syslinux', debian: 'syslinux' },
    { program: 'mcopy', debian: 'mtools' },
    { program: 'mkfs.fat', debian: 'dosfstools' },
    { program: 'sfdisk', debian: 'fdisk' },
    { program: 'mke2fs', debian: 'e2fsprogs' },
    { program: 'cpio', debian: 'cpio' },
    { program: 'modinfo', debian: 'kmod' },
    { program: 'openssl', debian: 'openssl' },
    { program: 'dpkg-deb', debian: 'dpkg' })
  if (!exists(MBR)) skipOrFail(ctx, `${MBR} is missing (Debian: syslinux-common)`)
  ctx.timeout(Math.max(ctx.timeout(), (BUILD_TIMEOUT_S + 60) * 1000))
  built ??= build()
  try {
    return await built
  } catch (err) {
    // the script's exit 2: a tool it needs is missing or unfit (a dynamic busybox, no kernel package)
    if ((err as { missingTool?: boolean }).missingTool === true) skipOrFail(ctx, (err as Error).message)
    throw err
  }
}

const MBR = '/usr/lib/syslinux/mbr/mbr.bin'

/** Fails under CI=true (.ci/run installs what the guest needs), else skips loudly, as requirePrograms does. */
function skipOrFail (ctx: Mocha.Context, why: string): never {
  const what = `${ctx.test?.parent?.fullTitle() ?? 'spec'}: ${why}`
  if (process.env.CI === 'true') throw new Error(`${what}; CI must run this spec (.ci/run installs it)`)
  console.warn(`\n  !!! SKIPPED ${what} !!!\n`)
  ctx.skip()
}

async function build (): Promise<BootGuest> {
  const cache = process.env.MESHBACKUP_GUEST_CACHE ?? join(homedir(), '.cache', 'meshbackup', 'boot-guest')
  mkdirSync(cache, { recursive: true })
  const hash = createHash('sha256').update(readFileSync(SCRIPT)).digest('hex').slice(0, 12)
  const image = join(cache, `guest-${hash}.raw`)
  const guest = { image, manifest: `${image}.manifest`, testScript: '/usr/local/bin/bootcheck-test.sh', heartbeatLine: 'BOOTCHECK-HEARTBEAT' }
  if (exists(image) && exists(`${image}.manifest`)) return { ...guest, buildMs: 0 }
  // built under a temporary name and renamed: a build cut short never passes for an image
  const partial = join(cache, `guest-${hash}.${process.pid}.partial.raw`)
  const t0 = performance.now()
  try {
    await run('bash', [SCRIPT, partial], { env: { ...process.env, CACHE_DIR: cache }, timeout: BUILD_TIMEOUT_S * 1000, maxBuffer: 16 * 1024 * 1024 })
  } catch (err) {
    rmSync(partial, { force: true })
    rmSync(`${partial}.manifest`, { force: true })
    const stderr = (err as { stderr?: string }).stderr ?? ''
    const failure = new Error(`boot-guest.sh could not build the test guest:\n${stderr}`, { cause: err })
    if ((err as { code?: unknown }).code === 2) Object.assign(failure, { missingTool: true })
    throw failure
  }
  renameSync(`${partial}.manifest`, `${image}.manifest`)
  renameSync(partial, image)
  return { ...guest, buildMs: Math.round(performance.now() - t0) }
}

function exists (path: string): boolean {
  try {
    statSync(path)
    return true
  } catch {
    return false
  }
}
