/**
 * @packageDocumentation
 * A metadata context over a whole export as one stream of extents: block status answers a range
 * at a time and may stop early, so this asks again from where each answer ended, and merges
 * neighbours the server split (a dirty bitmap and the allocation map come back in pieces).
 *
 * @example
 * ```ts
 * for await (const e of extents(nbd, 'qemu:dirty-bitmap:cbt-0')) if ((e.flags & NBD_STATE_DIRTY) !== 0) changed.push(e)
 * ```
 */
import type { NbdClient } from './client.ts'
import { MAX_STATUS_LENGTH, type Extent } from './protocol.ts'

/**
 * Every extent of `context` over the whole export, in order, neighbours with equal flags merged.
 * `chunk`: bytes asked about per request (default 1 GiB).
 */
export async function * extents (client: NbdClient, context: string, options: { chunk?: number } = {}): AsyncGenerator<Extent> {
  const chunk = Math.max(1, Math.min(options.chunk ?? 2 ** 30, MAX_STATUS_LENGTH))
  let held: Extent | undefined
  let offset = 0
  while (offset < client.size) {
    const list = await client.blockStatus(context, offset, Math.min(chunk, client.size - offset))
    for (const e of list) {
      if (held !== undefined && held.flags === e.flags && held.offset + held.length === e.offset) {
        held.length += e.length
      } else {
        if (held !== undefined) yield held
        held = { offset: e.offset, length: e.length, flags: e.flags }
      }
      offset = e.offset + e.length
    }
  }
  if (held !== undefined) yield held
}
