/**
 * @packageDocumentation
 * The block index's seal: how a repository tells, before it trusts its LevelDB, that the index
 * is the one its packs and points were written with, whole. The seal is a random index id and a
 * generation that every index batch raises; it lives twice: in the LevelDB (key "s", written in
 * the same batch as the entries) and in `index.seal` beside the packs (rewritten after each
 * batch, in the background). On open the two must name the same index and the LevelDB must be
 * at least as new as the file. A deleted index has no seal; a replaced one has another id; an
 * index that lost batches (a damaged log) is older than the file. Damage inside LevelDB files
 * is found by `checkLevelDb` (every block and record against its CRC).
 *
 * @example
 * ```ts
 * const sealed = await readSealFile(root)          // undefined: no file; string: why unreadable
 * const seal = new IndexSeal({ root, id, generation })
 * await db.batch([...ops, seal.next()], { sync: true }); seal.committed()
 * await seal.flush()
 * ```
 */
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { isSystemError } from './errors.ts'
import { writeFileAtomic } from './files.ts'

export const SEAL_FILE = 'index.seal'
const SEAL_MAGIC = 'meshbackup-index-seal 1'
/** LevelDB key of the seal: "s". */
export const SEAL_KEY = Buffer.from([0x73])
const SEAL_VALUE_VERSION = 1
const TWO_32 = 2 ** 32

/** What a seal says. `rebuilding`: a rebuild started and has not finished. */
export interface Seal {
  id: string
  generation: number
  state: 'ok' | 'rebuilding'
}

export function newIndexId (): string {
  return randomBytes(16).toString('hex')
}

/** The seal as stored in the LevelDB: version u8 | id (16 bytes) | generation u64 LE. */
export function encodeSealValue (id: string, generation: number): Buffer {
  const v = Buffer.alloc(25)
  v[0] = SEAL_VALUE_VERSION
  v.write(id, 1, 16, 'hex')
  v.writeUInt32LE(generation % TWO_32, 17)
  v.writeUInt32LE(Math.floor(generation / TWO_32), 21)
  return v
}

/** The seal in the LevelDB, or why it is unreadable. */
export function decodeSealValue (v: Buffer): { id: string, generation: number } | string {
  if (v.length !== 25 || v[0] !== SEAL_VALUE_VERSION) return `the seal in the block index is unreadable (${v.length} bytes, version ${v[0]})`
  return { id: v.toString('hex', 1, 17), generation: v.readUInt32LE(17) + v.readUInt32LE(21) * TWO_32 }
}

/** `<root>/index.seal`: undefined when there is none, a string saying why it is unreadable. */
export async function readSealFile (root: string): Promise<Seal | undefined | string> {
  let text: string
  try {
    text = await readFile(join(root, SEAL_FILE), 'utf8')
  } catch (err) {
    if (isSystemError(err, 'ENOENT')) return undefined
    throw err
  }
  const lines = text.split('\n')
  const field = (name: string): string | undefined => lines.find(l => l.startsWith(`${name}: `))?.slice(name.length + 2).trim()
  const id = field('id') ?? ''
  const generation = Number(field('generation'))
  const state = field('state')
  if (lines[0] !== SEAL_MAGIC || !/^[0-9a-f]{32}$/.test(id) || !Number.isSafeInteger(generation) || generation < 0 || (state !== 'ok' && state !== 'rebuilding')) {
    return `${join(root, SEAL_FILE)} is unreadable`
  }
  return { id, generation, state }
}

export async function writeSealFile (root: string, seal: Seal): Promise<void> {
  const text = `${SEAL_MAGIC}\nid: ${seal.id}\ngeneration: ${seal.generation}\nstate: ${seal.state}\n`
  await writeFileAtomic({ tmpDir: join(root, 'tmp'), path: join(root, SEAL_FILE), data: [Buffer.from(text, 'utf8')] })
}

/**
 * The seal of an open index: hands out the seal entry of each batch (in batch order: the
 * caller runs batches one after the other) and keeps `index.seal` up to date behind them.
 */
export class IndexSeal {
  private readonly root: string
  private id_: string
  private generation_: number
  private durable: number
  private writing: Promise<void> | undefined
  private dirty = false
  private state: Seal['state'] = 'ok'

  constructor (init: { root: string, id: string, generation: number }) {
    this.root = init.root
    this.id_ = init.id
    this.generation_ = init.generation
    this.durable = init.generation
  }

  get id (): string {
    return this.id_
  }

  get generation (): number {
    return this.generation_
  }

  /** The seal entry for the next batch; raises the generation. */
  next (): { type: 'put', key: Buffer, value: Buffer } {
    return { type: 'put', key: SEAL_KEY, value: encodeSealValue(this.id_, ++this.generation_) }
  }

  /** A batch with the entry from `next()` is durable: `index.seal` follows (coalesced, in the background). */
  committed (generation: number): void {
    if (generation > this.durable) this.durable = generation
    this.dirty = true
    this.writing ??= this.writeLoop()
  }

  /**
   * A rebuild starts: a new index id, and `index.seal` says "rebuilding" (durably, before the
   * old entries go) so that a crash during the rebuild makes the next open rebuild again.
   */
  async beginRebuild (): Promise<void> {
    await this.flush()
    this.id_ = newIndexId()
    this.generation_ = 0
    this.durable = 0
    this.state = 'rebuilding'
    await writeSealFile(this.root, { id: this.id_, generation: 0, state: 'rebuilding' })
  }

  /** The rebuild is complete and durable: `index.seal` says "ok" again. */
  async finishRebuild (): Promise<void> {
    await this.flush()
    this.state = 'ok'
    await writeSealFile(this.root, { id: this.id_, generation: this.durable, state: 'ok' })
  }

  /** Waits until `index.seal` holds the newest durable generation. */
  async flush (): Promise<void> {
    while (this.writing !== undefined) await this.writing
  }

  private async writeLoop (): Promise<void> {
    try {
      while (this.dirty) {
        this.dirty = false
        // a failed write leaves the file behind the index, which open accepts: retried next batch
        await writeSealFile(this.root, { id: this.id_, generation: this.durable, state: this.state }).catch(() => {})
      }
    } finally {
      this.writing = undefined
    }
  }
}
