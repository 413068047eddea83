/**
 * @packageDocumentation
 * The manager's change log: every change of configuration (hosts and jobs added, edited or
 * removed, restore points forgotten, members added or removed on any node), so an operator can
 * tell who changed what and when. Kept in a LevelDB sublevel of the catalog under keys that sort
 * by time, read newest first, and bounded: the oldest entries go once there are `max` of them.
 *
 * @example
 * ```ts
 * const changes = new ChangeLog(table)
 * await changes.record({ kind: 'job-remove', subject: 'nightly', detail: '', node: peerId })
 * const newest = await changes.list(20)
 * ```
 */
import { pb, type AdminEvent } from '../../proto/index.ts'

/** The part of a LevelDB sublevel the change log uses. */
export interface ChangeTable {
  put(key: string, value: Uint8Array): Promise<void>
  del(key: string): Promise<void>
  values(options?: { reverse?: boolean, limit?: number }): AsyncIterable<Uint8Array>
  keys(options?: { reverse?: boolean }): AsyncIterable<string>
}

export const CHANGE_KINDS = ['host-add', 'host-remove', 'job-add', 'job-edit', 'job-remove', 'points-forget', 'members-add', 'members-remove'] as const
export const DEFAULT_CHANGES_LISTED = 100
const KEPT = 1000
// a change told by another node is stored as told, but not beyond this many characters a field
const FIELD_CHARS = 2000

export class ChangeLog {
  readonly #table: ChangeTable
  readonly #max: number
  // entries recorded in one millisecond keep their order
  #sequence = 0
  #writing: Promise<void> = Promise.resolve()

  constructor (table: ChangeTable, max = KEPT) {
    this.#table = table
    this.#max = max
  }

  /** Records a change now (or at `atMs` when set); records run one after the other. */
  async record (event: AdminEvent): Promise<AdminEvent> {
    const clean: AdminEvent = {
      atMs: event.atMs || Date.now(),
      kind: clip(event.kind),
      subject: clip(event.subject),
      detail: clip(event.detail),
      node: clip(event.node)
    }
    const key = `${String(clean.atMs).padStart(15, '0')}.${String(++this.#sequence % 1e6).padStart(6, '0')}`
    const write = this.#writing.then(async () => {
      await this.#table.put(key, pb.Event.encode(clean).finish())
      await this.#trim()
    })
    this.#writing = write.catch(() => {})
    await write
    return clean
  }

  /** The newest `limit` changes, newest first. */
  async list (limit = DEFAULT_CHANGES_LISTED): Promise<AdminEvent[]> {
    const out: AdminEvent[] = []
    for await (const bytes of this.#table.values({ reverse: true, limit: Math.max(1, limit) })) out.push(pb.Event.decode(bytes))
    return out
  }

  async #trim (): Promise<void> {
    let seen = 0
    for await (const key of this.#table.keys({ reverse: true })) {
      if (++seen > this.#max) await this.#table.del(key)
    }
  }
}

function clip (text: string | null | undefined): string {
  const s = text ?? ''
  return s.length <= FIELD_CHARS ? s : `${s.slice(0, FIELD_CHARS)}…`
}
