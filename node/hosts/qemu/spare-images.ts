/**
 * @packageDocumentation
 * Empty qcow2 images made ahead of need. A snapshot makes one image per disk (an overlay over
 * the disk's image, or a fleecing target) with `qemu-img create`, and starting that program was
 * the largest fixed cost of a snapshot (40-70 ms of about 100 on a busy host: a CBT incremental
 * of a small change is mostly such costs). So when a snapshot is released the same images are
 * made again in the background, as spares: the next snapshot of those disks moves them into
 * place (a rename) instead of waiting for the program. An image made by `qemu-img create` holds nothing but its
 * arguments (with -u the backing image is not even opened), so a spare made with the same
 * arguments is the very image the program would make now.
 *
 * Spares live in `<state>/meshbackup/<host key>/spares/`, named by a hash of the arguments; a
 * spare is complete before its name appears (made under a temporary name, then renamed). One
 * per set of arguments; a spare nobody took for SPARE_MAX_AGE_MS (a disk no longer backed up, a
 * base image renamed) is removed when the next spare is made.
 *
 * @example
 * ```ts
 * const spares = new SpareImages(join(state, 'spares'), 'qemu-img')
 * await spares.create(['-f', 'qcow2', '-b', base, '-F', 'qcow2', '-u'], overlay, size)
 * spares.prepare(['-f', 'qcow2', '-b', base, '-F', 'qcow2', '-u'], size) // for the next one
 * ```
 */
import { execFile } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'

/** spares being made, by path, in this process (a host's connector is made afresh per request) */
const making = new Map<string, Promise<void>>()
/** A spare not taken for this long is for a disk that is no longer snapshotted. */
export const SPARE_MAX_AGE_MS = 7 * 24 * 3600_000
/** when each folder was last swept of old spares, in this process */
const swept = new Map<string, number>()

export class SpareImages {
  /** the spares' folder */
  readonly folder: string
  readonly #qemuImg: string

  constructor (folder: string, qemuImg: string) {
    this.folder = folder
    this.#qemuImg = qemuImg
  }

  /**
   * Makes `file` as `qemu-img create -q <options> file size` would: by moving the spare made
   * with these arguments into place when there is one, else by running the program.
   */
  async create (options: string[], file: string, size: number): Promise<void> {
    const spare = this.#path(options, size)
    // a spare still being made is not waited for: the program is as quick
    if (!making.has(spare)) {
      try {
        await rename(spare, file)
        return
      } catch (err) {
        if ((err as { code?: unknown }).code !== 'ENOENT') throw err
      }
    }
    await run(this.#qemuImg, ['create', '-q', ...options, file, String(size)])
  }

  /**
   * Makes the spare for these arguments in the background, unless one is being made; never fails.
   * It starts once the caller's reply is on its way (setImmediate): qemu-img is started from this
   * process, which costs it tens of ms.
   */
  prepare (options: string[], size: number): void {
    const spare = this.#path(options, size)
    if (making.has(spare)) return
    const made = (async () => {
      await new Promise((resolve) => setImmediate(resolve))
      await mkdir(this.folder, { recursive: true })
      const tmp = `${spare}.${randomBytes(4).toString('hex')}.tmp`
      try {
        await run(this.#qemuImg, ['create', '-q', ...options, tmp, String(size)])
        await rename(tmp, spare)
      } finally {
        await rm(tmp, { force: true })
      }
      await this.sweep()
    })().catch(() => {}).finally(() => making.delete(spare))
    making.set(spare, made)
  }

  /**
   * Removes the spares nobody took for SPARE_MAX_AGE_MS (`now`: for tests), at most once an hour
   * per folder; returns how many. A spare's time is when it was made (rename keeps it).
   */
  async sweep (now = Date.now()): Promise<number> {
    if (now - (swept.get(this.folder) ?? -Infinity) < 3600_000) return 0
    swept.set(this.folder, now)
    let removed = 0
    for (const name of await readdir(this.folder).catch(() => [] as string[])) {
      if (!name.endsWith('.qcow2')) continue
      const path = join(this.folder, name)
      if (making.has(path)) continue
      const made = await stat(path).then((s) => s.mtimeMs, () => now)
      if (now - made > SPARE_MAX_AGE_MS) {
        await rm(path, { force: true })
        removed++
      }
    }
    return removed
  }

  /** Waits for the spares being made in this process (tests, before removing the state folder). */
  static async settled (): Promise<void> {
    await Promise.all(making.values())
  }

  #path (options: string[], size: number): string {
    const key = createHash('sha256').update(JSON.stringify([...options, size])).digest('hex').slice(0, 32)
    return join(this.folder, `${key}.qcow2`)
  }
}

async function run (cmd: string, args: string[]): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    execFile(cmd, args, { timeout: 60_000 }, (err, _stdout, stderr) => {
      if (err === null) resolve()
      else reject(new Error(`${cmd} ${args.join(' ')}: ${String(stderr).trim() || err.message}`, { cause: err }))
    })
  })
}
